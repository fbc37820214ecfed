#!/usr/bin/env python3
"""Blind gold for four plan excerpts of the 2026 Hainan work report (see NOTES_hainan_plan.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_hainan_2026_{goals,plan,targets,trade}.txt.{jsonl,doc.json} next to this script.
The source text is read from the corpus (lines 81-83, 107-108, 111 and 117 of the CSV file
2026_海南省_政府工作报告.csv, as manifest.tsv says: the cuts are `sed -n` of those lines); when
the /tmp/b15 cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (a text that repeats is searched
after its previous match; a fact may give `occ`, which occurrence at or after that point is meant,
so no report text other than the facts' own text is copied here), that no project/org/region name
is listed twice per document, and that period and period_source are null together.
Modelled on ../blind14/build_shanghai.py (same constructors and checker).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = ("reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/"
          "2026_海南省_政府工作报告.csv")
CUTS = Path("/tmp/b15")

HN, HNC = "海南省", "460000"
Y2026 = {"date_start": "2026-01-01", "date_end": "2026-12-31"}
P15 = {"date_start": "2026-01-01", "date_end": "2030-12-31"}   # the 15th five-year plan period


def source(first, last):
    # sed -n 'FIRST,LASTp' of the file as bytes: the lines are plain report text inside the CSV's
    # last (quoted) field; none of the cut lines holds an ASCII quote, so nothing is unescaped.
    raw = (CORPUS / REPORT).read_bytes()
    lines = raw.split(b"\n")
    lines = [l + b"\n" for l in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    return b"".join(lines[first - 1:last]).decode("utf-8")


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2026,
        psrc="section", entity=None, region=HN, rcode=HNC, role="target", scope=None,
        currency="CNY", occ=None):
    f = {"kind": kind, "text": text, "value": value, "approx": approx, "value_max": None}
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


HAINAN = lambda: REG("海南", HN, HNC, "province", [])
FTP = lambda: REG("海南自由贸易港", "海南自由贸易港", None, "zone", [HN])
D15 = lambda text: D(text, "2026-01-01", "2030-12-31", "period")
D2026 = lambda text: D(text, "2026-01-01", "2026-12-31", "year")

# ---------------------------------------------------------------- goals (lines 81-83)
# The heading of the 15th-plan goals, its opening paragraph (the period's significance, the draft
# outline submitted) and the goals paragraph. The goals list is headed by the outline's
# "struggle goals for the 15th-plan period": role target for the whole list (FACTS: a list head
# governs the list). Its two figures stand after `；` (a sentence end), so the period 2026-2030
# comes from the first sentence of the paragraph: `paragraph` (blind11 Xinjiang, blind12 Guangdong).
GS = dict(period=P15, psrc="paragraph", role="target")
GOALS = [
    # line 1: the heading
    D15("“十五五”时期"),
    # line 2: the opening paragraph
    D15("“十五五”时期"),
    FTP(),                                       # building the Hainan free trade port
    # the party's plenum is a meeting; the provincial committee from its plenum (blind6, blind8)
    N("org", "省委"),
    N("org", "省政府"),                           # the provincial government drew up the outline
    # the 15th five-year plan named in the outline's title (FACTS: `“十四五”规划`); the province's
    # name inside the title is nested, not a region
    D15("第十五个五年规划"),
    # line 3: the goals
    D15("“十五五”时期"),
    HAINAN(),                                    # the development of Hainan in the period
    # the bare free trade port built to a high standard stands for Hainan's (bare 自贸试验区, dev)
    REG("自由贸易港", "海南自由贸易港", None, "zone", [HN]),
    # the "two bases, two hubs, two networks" and the "four stores" are labels; [10], [11] notes
    G("年均增长6%以上", 6, "生产总值", approx="以上", basis="年均", **GS),
    # the "four leading industries" are a label (seed CONVENTIONS); their share is a percent
    P("73%左右", 73, "四大主导产业占地区生产总值比重", approx="左右", **GS),
    REG("海口", "海口市", "460100", "prefecture", [HN]),
    REG("三亚", "三亚市", "460200", "prefecture", [HN]),
    REG("儋州", "儋州市", "460400", "prefecture", [HN]),
    # the coastal city belt and the central ecological conservation area are not divisions;
    # the "beautiful Hainan" slogan; leading the country is no rank
    REG("中国", "中国", None, "country", []),   # showing the world China's ecological practice
]

# ---------------------------------------------------------------- plan (lines 107-108)
# The heading of the 2026 work and its opening sentence; no figure.
PLAN = [
    D2026("2026年"),
    # the opening-year sentence: only its 今年 (FACTS: `今年是“十四五”规划收官之年` gives one date)
    D2026("今年"),
    FTP(),                                       # the port's first year of island-wide closure
    # "the first step" is not a number
]

# ---------------------------------------------------------------- targets (line 111)
# The main expected targets, cut without the 2026 heading (line 107). The paragraph is one sentence
# (no `；`, one 。) whose lead names this year: 2026, `sentence` (blind14 Shanghai targets, blind7
# Beijing); role target (the list head governs the list).
TS = dict(period=Y2026, psrc="sentence", role="target")
TARGETS = [
    D2026("今年"),
    G("增长6%左右", 6, "地区生产总值", approx="左右", **TS),
    G("增长7%左右", 7, "固定资产投资", approx="左右", **TS),
    G("增长6%左右", 6, "社会消费品零售总额", approx="左右", **TS),
    P("5.5%左右", 5.5, "城镇调查失业率", approx="左右", **TS),
    G("增长2%左右", 2, "居民消费价格", approx="左右", **TS),
    # income in step with growth, the environment and the carbon targets: no figure
]

# ---------------------------------------------------------------- trade (line 117)
# A paragraph of part (一) of 三、2026年主要工作 (heading line 107, part heading line 113, item line
# 116), outside the cut, with no date of its own: 2026, `section`, target (blind13 Qinghai invest,
# blind14 Shanghai invest, Xizang works: in the plan part every figure is a target).
TG = dict(period=Y2026, psrc="section", role="target")
TRADE = [
    G("增长10%", 10, "服务贸易", **TG),
    G("增长10%", 10, "货物贸易", **TG),
    # cross-border e-commerce growing faster than goods trade: no figure
    # the platform for firms going abroad and the cross-border data platform: generic (dev 20221110)
    G("增长10%", 10, "实际对外直接投资", **TG),
    P("50%以上", 50, "对共建“一带一路”国家投资占比", approx="以上", **TG),
    # the registry-port name (a port: blind14 上海港, blind5 北部湾港); 中国 and 洋浦 nested
    N("project", "中国洋浦港"),
    # the forum's annual meeting: the forum is an organisation (blind4, news 20221205); 博鳌 nested
    N("org", "博鳌亚洲论坛"),
    Q("40期", 40, "期", "国家援外培训任务", **TG),
    HAINAN(),                                    # Hainan's international influence
]

COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the governor (line 4 of the CSV file) reports on behalf of 海南省人民政府 (line 6), so the issuing body is 海南省人民政府.",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = ("the report was delivered 2026-01-27 by the governor at the fifth session of the seventh "
             "people's congress of 海南省 (line 3 of the CSV file, the report text's date line; the CSV "
             "record's publish_date 2026-02-02 is the web posting's date, not the excerpt's)")
CSV = "2026_海南省_政府工作报告.csv"

DOCS = {
    "report_hainan_2026_goals.txt": {
        "lines": (81, 83),
        "facts": GOALS,
        "record": {
            "title": ("heading",),
            "year_source": f"the excerpt (lines 81-83 of {CSV}) has no date line of its own, so issued is null; {DATE_LINE}. Its heading sets the goals of the 15th-plan period (2026-2030), which the report's own year opens; year 2026 (blind4-14: an excerpt is read as a reader of the whole report reads it). Its figures take the period 2026-2030 from the goals' lead sentence (period_source paragraph).",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "the provincial work report (the region fact 海南) → 海南省 460000; 全省 is the province's own. 海口, 三亚, 儋州 are named as cities, not as the figures' place.",
            "encoding_source": "the cut is sed output (lines 81-83) of a UTF-8 CSV file whose BOM stands before line 1, so the cut itself is UTF-8 without BOM.",
        },
    },
    "report_hainan_2026_plan.txt": {
        "lines": (107, 108),
        "facts": PLAN,
        "record": {
            "title": ("heading",),
            "year_source": f"the excerpt (lines 107-108 of {CSV}) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading and 今年 are 2026's, so year 2026.",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "the provincial work report: 海南省 460000 (the excerpt names the Hainan free trade port).",
            "encoding_source": "the cut is sed output (lines 107-108) of a UTF-8 CSV file whose BOM stands before line 1, so the cut itself is UTF-8 without BOM.",
        },
    },
    "report_hainan_2026_targets.txt": {
        "lines": (111, 111),
        "facts": TARGETS,
        "record": {
            "title": ("colon",),
            "year_source": f"the excerpt (line 111 of {CSV}) has no date line; its own 今年 and the plan heading outside the cut (the 2026 work, line 107) make it 2026's; {DATE_LINE}. year 2026, issued null.",
            "title_source": "no title line and no section heading; the paragraph is one sentence up to its only 。, so its lead clause up to the colon is used (blind13 Qinghai, blind14 Shanghai and Xizang targets).",
            "region_source": "the provincial work report: 海南省 460000 (the excerpt names no place).",
            "encoding_source": "the cut is sed output (line 111) of a UTF-8 CSV file whose BOM stands before line 1, so the cut itself is UTF-8 without BOM.",
        },
    },
    "report_hainan_2026_trade.txt": {
        "lines": (117, 117),
        "facts": TRADE,
        "record": {
            "title": ("lead",),
            "year_source": f"the excerpt (line 117 of {CSV}) has no date line and no date; it is a paragraph of part (一) of the 2026 work (heading line 107, part heading line 113, item heading line 116), outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2026, its figures are 2026 targets (period_source section). issued null.",
            "title_source": "no title line and no section heading (the item heading, line 116, is outside the cut); the excerpt's own lead up to the first 。, without the 。 (blind9-14 headless excerpts).",
            "region_source": "the provincial work report: 海南省 460000 (the region fact 海南).",
            "encoding_source": "the cut is sed output (line 117) of a UTF-8 CSV file whose BOM stands before line 1, so the cut itself is UTF-8 without BOM.",
        },
    },
}


def make_title(text, how):
    """The record's title, taken from the excerpt so that no report text is copied here:
    `heading` its first line; `lead` its lead up to the first 。 (without it); `colon` its lead
    clause up to the colon that opens the list (without it)."""
    first = text.split("\n", 1)[0]
    if how == "heading":
        return first
    if how == "lead":
        return first.split("。", 1)[0]
    if how == "colon":
        return first.split("：", 1)[0]
    raise ValueError(how)


def check_and_strip(doc, text, facts):
    errors = []
    pos = 0
    seen = set()
    last = {}
    out = []
    for f in facts:
        occ = f.pop("_occ", None) or 1
        # a text that repeats is searched after its previous match; occ picks a later occurrence
        at = max(pos, last.get(f["text"], -1) + 1) - 1
        for _ in range(occ):
            at = text.find(f["text"], at + 1)
            if at < 0:
                break
        if at < 0:
            errors.append(f"{doc}: {f['kind']} {f['text']!r} not found at or after offset {pos}")
            continue
        if "\n" in f["text"]:
            errors.append(f"{doc}: {f['text']!r} spans a line break")
        pos = at
        last[f["text"]] = at
        if f["kind"] in ("project", "org", "region"):
            key = "".join(f["name"].split())
            if key in seen:
                errors.append(f"{doc}: name {key!r} listed twice")
            seen.add(key)
        if f["kind"] not in ("project", "org", "region", "date"):
            if (f["period"] is None) != (f["period_source"] is None):
                errors.append(f"{doc}: {f['text']!r}: period and period_source disagree")
        out.append({"doc": doc, **f})
    return out, errors


def main():
    all_errors = []
    for doc, spec in DOCS.items():
        text = source(*spec["lines"])
        cut = CUTS / doc
        if cut.exists() and cut.read_text(encoding="utf-8") != text:
            all_errors.append(f"{doc}: {CUTS} copy differs from the corpus lines {spec['lines']}")
        facts, errors = check_and_strip(doc, text, [dict(f) for f in spec["facts"]])
        all_errors += errors
        record = {
            "doc": doc, "title": make_title(text, spec["record"]["title"][0]), "issued": None, "year": 2026,
            "issuer": "海南省人民政府", "genre": "report", "region": HN, "region_code": HNC,
            "doc_number": None, "encoding": "UTF-8",
            "year_source": spec["record"]["year_source"],
            "issuer_source": COMMON_SRC["issuer_source"],
            "title_source": spec["record"]["title_source"],
            "region_source": spec["record"]["region_source"],
            "genre_source": COMMON_SRC["genre_source"],
            "encoding_source": spec["record"]["encoding_source"],
        }
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
    if all_errors:
        print("\n".join(all_errors), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
