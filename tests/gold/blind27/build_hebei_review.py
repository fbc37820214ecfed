#!/usr/bin/env python3
"""Blind gold for two review excerpts of the 2026 Hebei work report (see NOTES_hebei_review.md):
the heading of part 一 (the 十四五 period), its lead and the first two paragraphs on the five
years (lines 19-22, report_hebei_2026_review.txt), and the paragraph on 2025 (line 27,
report_hebei_2026_year.txt).

Written by hand, without running tongbao or cargo and without reading its source, rules, tests,
benches or output. Writes report_hebei_2026_{review,year}.txt.{jsonl,doc.json} next to this
script. The source text is read from the corpus (the lines of 2026_河北省_政府工作报告.csv that
manifest.tsv names; the CSV's last field holds the whole report, so each later file line is one
paragraph of the report); when the /tmp/b27src cuts exist they are compared with it.

Every fact is pinned to the CSV line it stands on (`at(line, ...)`). Checks: every `text` occurs
in its source in the order listed, each searched from the end of the previous fact's match (a
fact may give `occ`, which occurrence from that point is meant), and the occurrence found lies on
the line the script names; no text spans a line break; no project/org/region name is listed twice
per document; period and period_source are null together; every `entity` is a project/org/region
name listed for the same document. It writes nothing when a check fails.
With --show it prints every fact with its line and a few characters of context.
No report text other than the facts' own text, names and subjects is copied here; the document
titles are derived from the cuts by the rule their records state.
Modelled on ../blind26/build_guangdong_review.py (same constructors and output format).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_河北省_政府工作报告.csv"
CUTS = Path("/tmp/b27src")

HB, HBC = "河北省", "130000"
BJ, BJC = "北京市", "110000"
XA, XAC = "河北雄安新区", "13102001"          # zones-2018.tsv, 国家级新区
Y2020 = {"date_start": "2020-01-01", "date_end": "2020-12-31"}
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}
P1425 = {"date_start": "2021-01-01", "date_end": "2025-12-31"}   # the 十四五 period


def source(first, last):
    # sed -n 'FIRST,LASTp' of the file as bytes: the cut lines are plain report text inside the
    # CSV's last (quoted) field and hold no ASCII quote, so nothing is unescaped.
    raw = (CORPUS / REPORT).read_bytes()
    lines = raw.split(b"\n")
    lines = [l + b"\n" for l in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    return b"".join(lines[first - 1:last]).decode("utf-8")


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=P1425,
        psrc="paragraph", entity=None, region=HB, rcode=HBC, role="actual", scope=None,
        currency="CNY", value_max=None, occ=None):
    f = {"kind": kind, "text": text, "value": value, "approx": approx, "value_max": value_max}
    if kind == "money":
        f["currency"] = currency
        f["unit"] = None
    elif kind == "ranking":
        f["unit"] = None
        f["scope"] = scope
    else:
        f["unit"] = unit
    if kind == "growth":
        f["basis"] = basis
    f.update({"subject": subject, "period": period, "period_source": psrc if period else None,
              "entity": entity, "region": region, "region_code": rcode, "role": role})
    if occ:
        f["_occ"] = occ
    return f


def G(text, value, subject, **kw):
    return num("growth", text, value, subject, unit=kw.pop("unit", "%"), **kw)


def Q(text, value, unit, subject, **kw):
    return num("quantity", text, value, subject, unit=unit, **kw)


def P(text, value, subject, **kw):
    return num("percent", text, value, subject, unit="%", **kw)


def M(text, value, subject, **kw):
    return num("money", text, value, subject, **kw)


def R(text, value, scope, subject, **kw):
    return num("ranking", text, value, subject, scope=scope, **kw)


def D(text, start, end, grain, approx=None, occ=None):
    f = {"kind": "date", "text": text, "date_start": start, "date_end": end, "grain": grain, "approx": approx}
    if occ:
        f["_occ"] = occ
    return f


def N(kind, name, occ=None):
    f = {"kind": kind, "text": name, "name": name}
    if occ:
        f["_occ"] = occ
    return f


def REG(name, canonical, code, level, parents, occ=None):
    f = {"kind": "region", "text": name, "name": name, "canonical": canonical, "code": code,
         "level": level, "parents": parents}
    if occ:
        f["_occ"] = occ
    return f


def at(line, *facts):
    """Pin facts to the CSV line they stand on."""
    out = []
    for f in facts:
        f = dict(f)
        f["_line"] = line
        out.append(f)
    return out


D1425 = ("2021-01-01", "2025-12-31", "period")
SENT = dict(psrc="sentence")
YEAR_P = dict(period=Y2025, psrc="paragraph")      # the 2025 paragraph, its year in its opening

# ---------------------------------------------------------------- review (CSV lines 19-22)
# 19: the heading of part 一: the 十四五 period alone (no 2025 block in the cut; blind24 Shanxi review).
# 20: the lead: the five-years words are durations (blind21-26); the general secretary (a person);
#     the province standing alone where his inspections are named; the provincial party committee
#     whose leadership is named; the plan period whose targets were completed (FACTS `“十四五”规划`);
#     the cultural name of the province's land (no division, blind26 Lingnan). No figure.
# 21: the first "these five years" paragraph: the five-years word opens the paragraph and fixes it
#     to 2021-2025 (`paragraph`; blind24 Shanxi via blind22 Anhui fiveyear); the output pair takes
#     its own written years (`sentence`, blind24 Shanxi per-capita pair); the revenue pair with no
#     year takes the span (blind25 Shandong, blind26 Guangdong review). Role actual throughout.
# 22: the second "these five years" paragraph (Xiong'an and the Beijing-Tianjin-Hebei work): same
#     period; macro-areas and pairs of one-character forms are no regions (blind25/26).
REVIEW = [
    *at(19, D("“十四五”时期", *D1425)),
    *at(20,
        REG("河北", HB, HBC, "province", []),
        N("org", "省委"),
        D("“十四五”", *D1425)),
    *at(21,
        D("2020年", "2020-01-01", "2020-12-31", "year"),
        M("3.68万亿元", 3_680_000_000_000, "生产总值", period=Y2020, **SENT),
        D("2025年", "2025-01-01", "2025-12-31", "year"),
        M("4.93万亿元", 4_930_000_000_000, "生产总值", period=Y2025, **SENT),
        # the trillion-level leap: vague (seed `千亿级`), no fact
        M("3826.5亿元", 382_650_000_000, "一般公共预算收入"),
        M("4398.6亿元", 439_860_000_000, "一般公共预算收入"),
        G("年均增长6.5%", 6.5, "规上工业增加值", basis="年均"),
        # investment growth above the national average in every year: no figure
        M("突破1.5万亿元", 1_500_000_000_000, "社会消费品零售总额", approx="突破"),
        Q("760亿斤以上", 76_000_000_000, "斤", "粮食产量", approx="以上"),
        N("project", "乌拉哈达水利枢纽"),
        Q("9000公里", 9000, "公里", "高速公路总里程"),
        Q("突破12亿吨", 1_200_000_000, "吨", "港口通过能力", approx="突破")),
    *at(22,
        REG("雄安新区", XA, XAC, "zone", [HB]),
        # the Beijing-Tianjin-Hebei macro-area (here and below) and the Beijing-Tianjin pair: no regions
        REG("北京", BJ, BJC, "province", []),
        # the three headquarters, list members before the shared relocation-projects head, kept
        # as written (blind24 `华为矿山油气军团全球总部`; bare list members, blind24/dev)
        N("project", "中国星网"),
        N("project", "中国中化"),
        N("project", "中国华能总部"),
        # the quoted motorway-network label: no number, no project
        Q("5300多栋", 5300, "栋", "楼宇", approx="多", entity="雄安新区", region=XA, rcode=XAC),
        # the sci-tech corridor, the scene fair and the quoted tour events, the lake: no facts
        P("接近80%", 80, "京津冀区域优良天数比率", approx="接近", region=None, rcode=None),
        # the quoted chains-and-clusters label: no number
        Q("超800家", 800, "家", "引进央企二、三级子公司", approx="超"),
        # the two quoted brands: labels
        REG("通州区与廊坊北三县一体化高质量发展示范区", "通州区与廊坊北三县一体化高质量发展示范区",
            None, "zone", []),
        REG("廊坊临空经济区", "廊坊临空经济区", None, "zone", [HB, "廊坊市"])),
        # the winter games: an event, no date
]

# ---------------------------------------------------------------- year (CSV line 27)
# One paragraph: it opens with the year just past (a date; text without the just-past words,
# blind24 Shanxi year); the first sentence names the central party and the provincial party
# committee as the bodies whose decisions and requirements were carried out, Xiong'an standing
# alone, and quoted policy labels; the second sentence holds the figures, which take 2025 from the
# paragraph's opening (`paragraph`, blind24 Shanxi year line 1), role actual, basis null (no
# comparison word); the province standing alone at the end (dev Hunan plan, the same phrase).
YEAR = [
    *at(27,
        D("2025年", "2025-01-01", "2025-12-31", "year"),
        N("org", "党中央"),
        N("org", "省委"),
        REG("雄安新区", XA, XAC, "zone", [HB]),
        G("增长5.6%", 5.6, "生产总值", **YEAR_P),
        G("增长2%", 2, "一般公共预算收入", **YEAR_P),
        G("增长7.9%", 7.9, "规上工业增加值", **YEAR_P),
        G("增长6.1%", 6.1, "固定资产投资", **YEAR_P),
        G("增长5.6%", 5.6, "社会消费品零售总额", **YEAR_P),
        # the main indicators' growth above the national average: no figure
        REG("河北", HB, HBC, "province", [])),
]


# ---------------------------------------------------------------- titles (derived, not copied)
def first_line(text):
    """The cut's own first line: its heading."""
    return text.split("\n", 1)[0].strip()


def lead(text):
    """A headless cut: its lead up to the first 。, without the 。."""
    return text.split("。", 1)[0].strip()


COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the governor (line 15 of the CSV file, his title and name under the date line) reports on behalf of the provincial people's government (line 18, the opening sentence), so the issuing body is 河北省人民政府 (blind24-26: the body the governor speaks for).",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = ("the report was delivered 2026-01-26 by the governor at the fourth session of the 14th "
             "people's congress of 河北省 (line 12 of the CSV file, the report's date line under its "
             "title on line 11); the newspaper copy's time (line 14) and the CSV record's publish_date "
             "field (2026-02-02, line 2) date the web copy, and all are outside the cut")
ENC = "the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands on line 1 only, so the cut is UTF-8 without BOM."

DOCS = {
    "report_hebei_2026_review.txt": {
        "lines": (19, 22),
        "facts": REVIEW,
        "title": first_line,
        "record": {
            "year_source": f"the excerpt (lines 19-22 of 2026_河北省_政府工作报告.csv) has no date line of its own, so issued is null; {DATE_LINE}. Its heading is part 一's, the review of the 十四五 period; its lead speaks of the past five years, and the two paragraphs that follow are the five years' results. Read as a reader of the whole report would: year 2026, and its figures are 2021-2025's (period_source paragraph), except the two output levels written after their own years (2020, 2025; period_source sentence).",
            "title_source": "the excerpt's own heading (line 1 of the cut, part number kept; blind24 Shanxi review, blind25-26 year cuts).",
            "region_source": "the provincial work report of 河北省 (河北 stands on its own where the general secretary's inspections are named; 全省 is the province's own) → 河北省 130000, level province.",
        },
    },
    "report_hebei_2026_year.txt": {
        "lines": (27, 27),
        "facts": YEAR,
        "title": lead,
        "record": {
            "year_source": f"the excerpt (line 27 of 2026_河北省_政府工作报告.csv) has no date line; {DATE_LINE}. It is the paragraph on the year just past, 2025, which it names in its opening words, standing in part 一 (the review, heading on line 19) after the five years' paragraphs. Read as a reader of the whole report would: year 2026, and its figures are 2025's (period_source paragraph). issued null.",
            "title_source": "the excerpt is headless: its lead, the cut up to the first 。, without the 。 (blind24 Shanxi year, the same construction and rule, applied as stated to a long first sentence).",
            "region_source": "the provincial work report of 河北省 (河北 stands on its own at the paragraph's end; 全省 is the province's own) → 河北省 130000, level province.",
        },
    },
}


def check_and_strip(doc, text, first_line_no, facts, show=False):
    errors = []
    line_starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            line_starts.append(i + 1)

    def line_of(off):
        n = 0
        for i, s in enumerate(line_starts):
            if s <= off:
                n = i
        return first_line_no + n

    pos = 0
    seen = set()
    out = []
    for f in facts:
        occ = f.pop("_occ", None) or 1
        want = f.pop("_line")
        at_ = pos - 1
        for _ in range(occ):
            at_ = text.find(f["text"], at_ + 1)
            if at_ < 0:
                break
        if at_ < 0:
            errors.append(f"{doc}: {f['kind']} {f['text']!r} not found at or after offset {pos}")
            continue
        got = line_of(at_)
        if got != want:
            errors.append(f"{doc}: {f['kind']} {f['text']!r} found on line {got}, script names line {want}")
        if "\n" in f["text"]:
            errors.append(f"{doc}: {f['text']!r} spans a line break")
        if show:
            ctx = text[max(0, at_ - 8):at_ + len(f["text"]) + 8].replace("\n", "⏎")
            print(f"  L{got} {at_:5d} {f['kind']:8} {f['text']:<24} …{ctx}…")
        pos = at_ + len(f["text"])
        if f["kind"] in ("project", "org", "region"):
            key = "".join(f["name"].split())
            if key in seen:
                errors.append(f"{doc}: name {key!r} listed twice")
            seen.add(key)
        if f["kind"] not in ("project", "org", "region", "date"):
            if (f["period"] is None) != (f["period_source"] is None):
                errors.append(f"{doc}: {f['text']!r}: period and period_source disagree")
        out.append({"doc": doc, **f})
    names = {f["name"] for f in out if f["kind"] in ("project", "org", "region")}
    for f in out:
        if f.get("entity") is not None and f["entity"] not in names:
            errors.append(f"{doc}: {f['text']!r}: entity {f['entity']!r} is not a listed name")
    return out, errors


def main():
    show = "--show" in sys.argv[1:]
    all_errors = []
    results = []
    for doc, spec in DOCS.items():
        first, last = spec["lines"]
        text = source(first, last)
        cut = CUTS / doc
        if cut.exists() and cut.read_bytes() != text.encode("utf-8"):
            all_errors.append(f"{doc}: {CUTS} copy differs from the corpus lines {spec['lines']}")
        if show:
            print(doc)
        facts, errors = check_and_strip(doc, text, first, [dict(f) for f in spec["facts"]], show)
        all_errors += errors
        record = {
            "doc": doc, "title": spec["title"](text), "issued": None, "year": 2026,
            "issuer": "河北省人民政府", "genre": "report", "region": HB, "region_code": HBC,
            "doc_number": None, "encoding": "UTF-8",
            "year_source": spec["record"]["year_source"],
            "issuer_source": COMMON_SRC["issuer_source"],
            "title_source": spec["record"]["title_source"],
            "region_source": spec["record"]["region_source"],
            "genre_source": COMMON_SRC["genre_source"],
            "encoding_source": ENC.format(f"lines {first}-{last}" if first != last else f"line {first}"),
        }
        results.append((doc, facts, record))
    if all_errors:
        print("\n".join(all_errors), file=sys.stderr)
        sys.exit(1)
    for doc, facts, record in results:
        with open(HERE / f"{doc}.jsonl", "w", encoding="utf-8") as fh:
            for f in facts:
                fh.write(json.dumps(f, ensure_ascii=False) + "\n")
        with open(HERE / f"{doc}.doc.json", "w", encoding="utf-8") as fh:
            json.dump(record, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        counts = {}
        for f in facts:
            counts[f["kind"]] = counts.get(f["kind"], 0) + 1
        print(doc, len(facts), dict(sorted(counts.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
