#!/usr/bin/env python3
"""Blind gold for two plan excerpts of the 2026 Anhui work report (see NOTES_anhui_plan.md):
the 2026 part's heading, its lead with the general requirement, the main expected targets, the
line after them and the line announcing the eleven areas of work (lines 51-55), and the plan's
first section with its heading and its first two paragraphs, on growth policy and consumption
(lines 56-58).

Written by hand, without running tongbao or reading its source, rules, tests, benches or output.
Writes report_anhui_2026_{plan,invest}.txt.{jsonl,doc.json} next to this script. The source text
is read from the corpus (the lines of 2026_安徽省_政府工作报告.csv that manifest.tsv names; the
CSV's last field holds the whole report, so its file lines are the report's paragraphs); when the
/tmp/b22src cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (each text is searched from the
end of the previous fact's match, so a text inside an earlier fact's text is not matched there; a
fact may give `occ`, which occurrence from that point is meant), that no text spans a line break,
that no project/org/region name is listed twice per document, that period and period_source are
null together, and that every `entity` is a project/org/region name listed for the same document.
No report text other than the facts' own text, names and subjects is copied here; the document
titles are derived from the cuts by the rule each record states.
Modelled on ../blind21/build_jiangxi_plan.py (itself on ../blind20/build_hunan_plan.py and
../blind19/build_fujian_plan.py): same constructors, same checker.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_安徽省_政府工作报告.csv"
CSV = "2026_安徽省_政府工作报告.csv"
CUTS = Path("/tmp/b22src")

AH, AHC = "安徽省", "340000"
Y2026 = {"date_start": "2026-01-01", "date_end": "2026-12-31"}


def source(first, last):
    # sed -n 'FIRST,LASTp' of the file as bytes: the lines are plain report text inside the CSV's
    # last (quoted) field; none of the cut lines holds an ASCII quote, so nothing is unescaped.
    raw = (CORPUS / REPORT).read_bytes()
    lines = raw.split(b"\n")
    lines = [l + b"\n" for l in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    return b"".join(lines[first - 1:last]).decode("utf-8")


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2026,
        psrc="section", entity=None, region=AH, rcode=AHC, role="target", scope=None,
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

# ---------------------------------------------------------------- plan (lines 51-55)
# The 2026 part's heading (it names 2026), its lead (the opening-year sentence and the general
# requirement), the main expected targets, the paragraph after them and the line announcing the
# areas of work. As in blind21 Jiangxi, the targets' list head names no year: the targets take
# 2026 from the part (its heading in line 1, the lead's year and this-year word in line 2), so
# period_source `section` for all (FACTS: under the year's plan heading the period is the
# section's; blind21 Jiangxi plan). Role target for the whole list (the list head governs it).
TP = dict(period=Y2026, psrc="section", role="target")
PLAN = [
    # ---- line 1: the part heading (the part number is an ordinal)
    D2026("2026年"),                       # blind20 Hunan, blind21 Jiangxi: the heading's year
    # ---- line 2: the lead and the general requirement
    # the opening-year sentence gives one date (FACTS `今年是“十四五”规划收官之年`; blind19-21
    # plans: the plan it says the year opens is no second date); the party's anniversary is no
    # number and no date (blind19-20 news: anniversaries)
    D2026("2026年"),
    # the party itself named as the body whose founding is marked (blind20 news `中国共产党`);
    # 中国 inside it is nested
    N("org", "中国共产党"),
    D2026("今年"),                         # doing this year's government work well (blind20, blind21)
    # the ideology's name, the party congress and its plenums, the fourth plenum, the central
    # economic work conference (meetings), the general secretary (a person): no facts
    # the province the general secretary inspected, standing alone (blind21 Jiangxi `江西`,
    # blind19 Fujian `福建`); its later uses in line 4 are the same name, listed once
    REG("安徽", AH, AHC, "province", []),
    # the provincial committee only inside the names of its plenums and its economic work
    # conference: not an org (blind21 Jiangxi plan; NOTES). The quoted "two establishments",
    # "two safeguards", "three places one zone" and "three new greater progresses", the two
    # better coordinations, the four stabilise slogans, the unified national market: no facts
    D155("“十五五”"),                       # a good start of the 15th plan (blind19-21 plans)
    # ---- line 3: the main expected targets (list head without a year)
    G("增长5%—5.5%", 5, "地区生产总值", value_max=5.5, **TP),  # blind21 `增长5%-5.5%`
    # striving for better results; labour productivity and project investment growth above
    # others; the manufacturing and private investment shares to rise: no figure
    G("增长4%左右", 4, "社会消费品零售总额", approx="左右", **TP),
    G("增长6%左右", 6, "进出口总额", approx="左右", **TP),
    G("增长2%左右", 2, "一般公共预算收入", approx="左右", **TP),
    # the urban and rural income growth above the national average and the urban rate: no figure
    Q("68万人左右", 680_000, "人", "城镇新增就业", approx="左右", **TP),
    P("5.5%左右", 5.5, "城镇调查失业率", approx="左右", **TP),
    # a price change → growth (every plan gold); the verb kept in the text as 增长 is
    G("上涨2%左右", 2, "居民消费价格指数", approx="左右", **TP),
    # the grain area and the ecological indicators to meet the state's tasks: no figure
    # ---- line 4: the targets' rationale; "the Anhui of today" is a vague present, no date
    # (NOTES); the province's name again (listed once above)
    # ---- line 5: the eleven areas of work: a count of the plan's own parts, not a quantity
    # (blind21 Jiangxi plan's eight areas; seed CONVENTIONS `十条政策`)
]

# ---------------------------------------------------------------- invest (lines 56-58)
# Part (一) of the 2026 work: its heading alone on line 1, the growth-policy paragraph and the
# consumption paragraph. The cut names no year and has no date; every figure takes 2026 from the
# plan part outside the cut (heading line 51, lead line 52, targets line 53): period_source
# `section`, role `target` (blind19 Fujian invest, blind20 Hunan invest, blind21 Jiangxi invest).
INVEST = [
    # line 1: the part heading: no fact (the item number is an ordinal)
    # line 2: the central policy package (中央 alone is no body named with its kind; NOTES)
    M("350亿元以上", 35_000_000_000, "统筹安排省级财政资金", approx="以上"),
    # a count of measures written with its measure word (blind20 news `300多项` reform measures;
    # blind20 Hunan tech `13条`), not a quoted label (NOTES)
    Q("30项", 30, "项", "实施稳经济举措"),
    M("1000亿元以上", 100_000_000_000, "为经营主体减负", approx="以上"),   # blind20 `为企业减税降费`
    # the phased cuts of the unemployment-insurance rate and the VAT credit refunds, the fees, the
    # land-use tax, the gas pipeline tariffs, the loans: no figure
    P("80%以上", 80, "民营经营主体融资担保业务比重", approx="以上"),  # the reaching verb is no qualifier
    # line 3 (consumption)
    REG("合肥", "合肥市", "340100", "prefecture", [AH]),     # the city to build a consumption environment
    Q("200家以上", 200, "家", "引进省级首店", approx="以上"),   # verb kept (blind19-21 invest)
    Q("30个以上", 30, "个", "培育商文旅体展融合发展集聚区", approx="以上"),
    # the quoted "big consumption" mechanism, the service-consumption action, the trade-in policy,
    # the quoted Anhui consumption series and the quoted "ticket stub", the data and computing
    # coupons, the paid off-peak holidays and the school spring and autumn breaks, the quoted
    # "safe consumption in Anhui" campaign (the province inside a campaign's quoted name is no
    # region: blind19 Fujian invest, blind21 Jiangxi invest): no facts
]


# ---------------------------------------------------------------- titles (derived, not copied)
def heading(text):
    """The cut's own heading: its first line."""
    return text.split("\n", 1)[0].strip()


DATE_LINE = ("the report was delivered 2026-02-05 by the governor at the fourth session of the 14th "
             "people's congress of 安徽省 (line 12 of the CSV file, the report text's date line); the "
             "newspaper copy's time line 2026-02-11 (line 14) and the CSV record's publish_date "
             "2026-02-11 (line 2) date the web copy, not the excerpt")
ISSUER_SRC = ("no signature line in the excerpt; the governor (line 15 of the CSV file) reports on "
              "behalf of the provincial people's government (line 17), so the issuing body is "
              "安徽省人民政府 (blind19-21: the body, not the governor).")
ENC = "the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands before line 1 only, so the cut is UTF-8 without BOM."

DOCS = {
    "report_anhui_2026_plan.txt": {
        "lines": (51, 55),
        "facts": PLAN,
        "title": heading,
        "record": {
            "year_source": f"the excerpt (lines 51-55 of {CSV}) has no date line, so issued is null; {DATE_LINE}. Its own heading names 2026, its lead names 2026 as the opening year of the 15th plan and its 今年 is 2026's, so year 2026; the targets' list head names no year, so the targets take 2026 from the part (its heading and lead): period_source section (blind21 Jiangxi plan).",
            "title_source": "the excerpt has no title line; its own heading (line 1 of the cut) is used (blind20 Hunan plan, blind21 Jiangxi plan).",
            "region_source": "the provincial work report (the region fact 安徽; the excerpt's figures are the province's) → 安徽省 340000.",
        },
    },
    "report_anhui_2026_invest.txt": {
        "lines": (56, 58),
        "facts": INVEST,
        "title": heading,
        "record": {
            "year_source": f"the excerpt (lines 56-58 of {CSV}) has no date line and no date; its part heading (一) names no year and stands under the heading of the 2026 work (line 51), whose lead (line 52) names 2026 as the opening year of the 15th plan and whose targets (line 53) are this year's, all outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2026, and its figures take 2026 from the plan section (period_source section). issued null.",
            "title_source": "the excerpt's own part heading: line 1 of the cut, which holds the heading alone (no lead sentence shares the line, unlike blind21 Jiangxi invest).",
            "region_source": "the provincial work report of 安徽省 (the cut's own place names are 合肥, a city the plan supports, and 安徽 only inside a quoted campaign's name) → 安徽省 340000.",
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
    names = {"".join(f["name"].split()) for f in out if f["kind"] in ("project", "org", "region")}
    for f in out:
        ent = f.get("entity")
        if ent is not None and "".join(ent.split()) not in names:
            errors.append(f"{doc}: {f['text']!r}: entity {ent!r} is not a listed name")
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
        rec = spec["record"]
        record = {
            "doc": doc, "title": spec["title"](text), "issued": None, "year": 2026,
            "issuer": "安徽省人民政府", "genre": "report", "region": AH, "region_code": AHC,
            "doc_number": None, "encoding": "UTF-8",
            "year_source": rec["year_source"],
            "issuer_source": ISSUER_SRC,
            "title_source": rec["title_source"],
            "region_source": rec["region_source"],
            "genre_source": "政府工作报告 → report.",
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
