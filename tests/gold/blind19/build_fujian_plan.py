#!/usr/bin/env python3
"""Blind gold for two excerpts of the 2026 Fujian work report (see NOTES_fujian_plan.md): the
five-year review's first paragraph, cut without its heading (line 57), and the 2026 work part's
lead and main targets, cut without their heading (lines 77-78).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_fujian_2026_{fiveyear,plan}.txt.{jsonl,doc.json} next to this script. The source
text is read from the corpus (the lines of 2026_福建省_政府工作报告.csv that manifest.tsv names;
the CSV's last field holds the whole report, so its file lines are the report's paragraphs); when
the /tmp/b19 cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (each text is searched from the
end of the previous fact's match, so a text inside an earlier fact's text is not matched there; a
fact may give `occ`, which occurrence from that point is meant), that no project/org/region name
is listed twice per document, and that period and period_source are null together. No report
text other than the facts' own text, names and subjects is copied here; the document titles are
derived from the cut by the rule each record states.
Modelled on ../blind18/build_zhejiang_fiveyear.py (same constructors; the checker's search point
is the previous match's end).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_福建省_政府工作报告.csv"
CSV = "2026_福建省_政府工作报告.csv"
CUTS = Path("/tmp/b19")

FJ, FJC = "福建省", "350000"
P145 = {"date_start": "2021-01-01", "date_end": "2025-12-31"}   # the 十四五 period, "these five years"
Y2026 = {"date_start": "2026-01-01", "date_end": "2026-12-31"}


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=P145,
        psrc="paragraph", entity=None, region=FJ, rcode=FJC, role="actual", scope=None,
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


D2026 = lambda text: D(text, "2026-01-01", "2026-12-31", "year")
D155 = lambda text: D(text, "2026-01-01", "2030-12-31", "period")

# ---------------------------------------------------------------- fiveyear (line 57)
# The first paragraph of the five-year part of the review (the part opens at line 56: 2025's
# targets met, the 十四五 closed, the past five years; the review heading, line 18, names no
# year). The paragraph's first sentence opens with the five-years phrase (a duration, no date
# fact), which fixes the figures' span: 2021-2025, period_source `paragraph` (blind16 Sichuan: the
# phrase opens an earlier sentence of the figures' own paragraph). Role actual, except the two
# value-added levels whose own clause has 预计 (forecast; blind6 Fujian 2025 `预计达3.2万亿元`).
# No date, no project, no org, no region (福建 stands only inside the province's own quoted
# slogan and brand; blind6 Fujian's "new Fujian" slogan, blind7 Hebei, blind18 Zhejiang review).
FIVEYEAR = [
    # the pillar industries growing: no figure
    Q("2个", 2, "个", "新增国家先进制造业集群"),
    Q("19个", 19, "个", "新增国家中小企业特色产业集群"),
    # one rank for the two batteries' shipments (one shared rank: blind17 `均居全国第2位`);
    # the verb kept in the text (blind18 `稳居全国第4位`)
    R("稳居全球第一", 1, "全球", "动力电池、储能电池出货量"),
    Q("164条", 164, "条", "县域重点产业链"),
    P("超50%", 50, "县域重点产业链产值占全省比重", approx="超"),
    # the hundred-strong list is a list label, not a ranking (blind6 `百强`; dev Sichuan 2025 `20个`)
    Q("7个", 7, "个", "入选全国综合实力百强的县市"),
    # the private economy's number-label is a label (seed CONVENTIONS), no number
    M("3.4万亿元", 3_400_000_000_000, "数字经济增加值", role="forecast"),
    # the first echelon and the national front rank are group ranks (seed CONVENTIONS); the
    # maritime-Fujian building is a slogan/programme (no project, no region)
    P("66.1%", 66.1, "清洁能源装机比重"),
    M("6500亿元", 650_000_000_000, "文旅经济增加值", role="forecast"),
    # the tourism brand (slogan), the transport-circle number-label, the transport-power pilot
    # (a designation) and its first-echelon standing (a group rank): no facts
]

# ---------------------------------------------------------------- plan (lines 77-78)
# The 2026 work part's lead (the opening-year sentence, the general requirement) and the main
# targets, cut without the heading (line 76). The targets' list head names 今年 in the first
# sentence; the targets are separated by `；`, which ends a sentence (FACTS), so the first (GDP)
# takes `sentence` and the rest `paragraph` (blind16 Sichuan plan, blind18 Zhejiang plan). Role
# target for the whole list (the list head governs it, FACTS).
TP = dict(period=Y2026, psrc="paragraph", role="target")
PLAN = [
    # ---- line 1
    # the opening-year sentence gives one date (FACTS: `今年是“十四五”规划收官之年` → 2025 only;
    # blind15 Hainan, blind16 Sichuan, blind18 Zhejiang plans: the plan it opens is no second date)
    D2026("2026年"),
    # the province standing alone (blind6 Fujian 2025 plan `福建`); later inside the "new Fujian"
    # slogan (same name anyway); 中国 of the modernisation phrase is no region
    REG("福建", FJ, FJC, "province", []),
    N("org", "党中央"),
    N("org", "省委"),
    # carrying out the 15th plan period's targets (FACTS: `“十四五”时期` is a date; blind15 Hainan)
    D155("“十五五”时期"),
    # the cross-strait integration demonstration zone (the whole province's designation, like
    # 共同富裕示范区, blind5/blind8) and the national unified market: no region; the quoted
    # "head year" and "five years" are rhetoric (no date)
    # ---- line 2: the main expected targets
    D2026("今年"),
    G("增长5%左右", 5, "地区生产总值", approx="左右", period=Y2026, psrc="sentence", role="target"),
    P("5%左右", 5, "城镇调查失业率", approx="左右", **TP),
    Q("50万人", 500_000, "人", "城镇新增就业", **TP),
    G("2%左右", 2, "居民消费价格涨幅", approx="左右", **TP),   # a price change → growth
    # income growth in step with economic growth, the carbon-intensity task: no figure
    Q("513万吨以上", 5_130_000, "吨", "粮食产量", approx="以上", **TP),
    # laying the ground for the 15th plan's targets (blind18 Zhejiang `“十五五”`, FACTS `“十四五”规划`)
    D155("“十五五”"),
]

# ---------------------------------------------------------------- titles (derived, not copied)


def lead(text):
    """The cut's own lead up to the first 。, without the 。."""
    return text.split("。", 1)[0].strip()


COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the governor (line 15 of the CSV file) reports on behalf of the provincial people's government (line 17), so the issuing body is 福建省人民政府 (blind6 Fujian 2025).",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = ("the report was delivered 2026-01-27 by the governor at the fourth session of the 14th "
             "people's congress of 福建省 (line 12 of the CSV file, the report text's date line; the "
             "newspaper copy's time line 2026-02-06 (line 14) and the CSV record's publish_date "
             "2026-02-06 date the web copy, not the excerpt)")
ENC = "the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands before line 1 only, so the cut is UTF-8 without BOM."

DOCS = {
    "report_fujian_2026_fiveyear.txt": {
        "lines": (57, 57),
        "facts": FIVEYEAR,
        "record": {
            "year_source": f"the excerpt (line 57 of {CSV}) has no date line, so issued is null; {DATE_LINE}. It is the first paragraph of the five-year part (opened at line 56: 2025's targets met, the 十四五 brought to a close, the past five years) of the review headed at line 18, both outside the cut. year 2026 (the report's year, as a reader of the whole report reads an excerpt); its figures are the 2021-2025 period's (period_source paragraph: the five-years phrase opens the paragraph's first sentence).",
            "title_source": "no title line and no heading of its own (the review heading is line 18, the five-year part's opening line 56, both outside the cut); the lead up to the first 。, without the 。 (blind9-18 headless excerpts).",
            "region_source": "the provincial work report (全省 is the province's own; 福建 stands only inside the province's own slogans) → 福建省 350000.",
        },
    },
    "report_fujian_2026_plan.txt": {
        "lines": (77, 78),
        "facts": PLAN,
        "record": {
            "year_source": f"the excerpt (lines 77-78 of {CSV}) has no date line and no heading (the heading of the 2026 work, naming the 十五五's start, is line 76, outside the cut), so issued is null; {DATE_LINE}. Its opening-year sentence names 2026 and its 今年 is 2026's, so year 2026; the targets take 2026 from the list head's 今年 (period_source sentence for the first target, paragraph after the first ；).",
            "title_source": "no title line and no heading in the cut; the lead up to the first 。, without the 。 (blind6 Fujian plan, blind9-18 headless excerpts).",
            "region_source": "the provincial work report (the region fact 福建; 全省 is the province's own) → 福建省 350000.",
        },
    },
}


def check_and_strip(doc, text, facts):
    errors = []
    pos = 0
    seen = set()
    out = []
    for f in facts:
        occ = f.pop("_occ", None) or 1
        at = pos - 1
        for _ in range(occ):
            at = text.find(f["text"], at + 1)
            if at < 0:
                break
        if at < 0:
            errors.append(f"{doc}: {f['kind']} {f['text']!r} not found at or after offset {pos}")
            continue
        if "\n" in f["text"]:
            errors.append(f"{doc}: {f['text']!r} spans a line break")
        pos = at + len(f["text"])
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
        first, last = spec["lines"]
        record = {
            "doc": doc, "title": lead(text), "issued": None, "year": 2026,
            "issuer": "福建省人民政府", "genre": "report", "region": FJ, "region_code": FJC,
            "doc_number": None, "encoding": "UTF-8",
            "year_source": spec["record"]["year_source"],
            "issuer_source": COMMON_SRC["issuer_source"],
            "title_source": spec["record"]["title_source"],
            "region_source": spec["record"]["region_source"],
            "genre_source": COMMON_SRC["genre_source"],
            "encoding_source": ENC.format(f"lines {first}-{last}" if first != last else f"line {first}"),
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
