#!/usr/bin/env python3
"""Blind gold for two plan excerpts of the 2026 Jiangxi work report (see NOTES_jiangxi_plan.md):
the 2026 part's heading, its lead with the general requirement, the main expected targets and the
line announcing the areas of work (lines 46-49), and the plan's first section with its heading, on
investment and consumption (lines 50-52).

Written by hand, without running tongbao or reading its source, rules, tests, benches or output.
Writes report_jiangxi_2026_{plan,invest}.txt.{jsonl,doc.json} next to this script. The source text
is read from the corpus (the lines of 2026_江西省_政府工作报告.csv that manifest.tsv names; the
CSV's last field holds the whole report, so its file lines are the report's paragraphs); when the
/tmp/b21 cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (each text is searched from the
end of the previous fact's match, so a text inside an earlier fact's text is not matched there; a
fact may give `occ`, which occurrence from that point is meant), that no text spans a line break,
that no project/org/region name is listed twice per document, that period and period_source are
null together, and that every `entity` is a project/org/region name listed for the same document.
No report text other than the facts' own text, names and subjects is copied here; the document
titles are derived from the cuts by the rule each record states.
Modelled on ../blind20/build_hunan_plan.py (itself on ../blind19/build_fujian_plan.py and
../blind19/build_fujian_invest.py): same constructors, same checker.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_江西省_政府工作报告.csv"
CSV = "2026_江西省_政府工作报告.csv"
CUTS = Path("/tmp/b21")

JX, JXC = "江西省", "360000"
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
        psrc="section", entity=None, region=JX, rcode=JXC, role="target", scope=None,
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

# ---------------------------------------------------------------- plan (lines 46-49)
# The 2026 part's heading (it names 2026), its lead (the opening-year sentence and the general
# requirement), the main expected targets and the line announcing the areas of work. Unlike the
# Hunan, Fujian and Zhejiang list heads, this list head names no year: the targets take 2026 from
# the part's heading (line 1 of the cut) and the lead's this-year word (the paragraph before), so
# period_source `section` for all (FACTS: under a 2025 plan heading or the year's targets the
# period is the section's; blind20 NOTES on blind17 Yunnan: `section` when the list head has no
# year). Role target for the whole list (the list head governs it, FACTS).
TP = dict(period=Y2026, psrc="section", role="target")
PLAN = [
    # ---- line 1: the part heading (the part number is an ordinal)
    D2026("2026年"),                       # blind20 Hunan plan: the heading's year is a date
    # ---- line 2: the lead and the general requirement
    # the opening-year sentence gives one date (FACTS: `今年是“十四五”规划收官之年` → 2025 only;
    # blind18-20 plans: the plan it opens is no second date)
    D2026("今年"),
    # the ideology's name (中国 in it is no region), the party congress and its plenums, the central
    # economic work conference (meetings), the general secretary (a person)
    # the province the general secretary inspected, standing alone: blind19 Fujian plan `福建`,
    # blind20 Hunan plan `湖南`; its later use in the closing modernisation phrase is the same name
    REG("江西", JX, JXC, "province", []),
    # the provincial committee only inside the name of its economic work conference: not an org
    # (NOTES; blind19 Fujian review: the central body only inside the eight-point rules' name; the
    # central economic work conference gives no org either)
    # the quoted "three highlands" and "five strategies", the quoted "two better coordinations",
    # the four stabilise slogans, the unified national market, the quality-and-quantity wording:
    # no facts
    D155("“十五五”"),                       # a good start of the 15th plan (blind18-20 plans)
    # ---- line 3: the main expected targets (list head without a year)
    G("增长5%-5.5%", 5, "地区生产总值", value_max=5.5, **TP),   # blind18 Zhejiang `增长5%—5.5%`
    G("增长7.3%以上", 7.3, "规模以上工业增加值", approx="以上", **TP),
    G("增长3.5%左右", 3.5, "固定资产投资", approx="左右", **TP),
    G("增长4.5%以上", 4.5, "社会消费品零售总额", approx="以上", **TP),
    # the 分别 pair (FACTS): the first member with its verb, the second bare (blind18 Zhejiang
    # review, blind19 Fujian review); the trailing qualifier is shared by both members (NOTES)
    G("增长4.5%", 4.5, "城镇居民人均可支配收入", approx="左右", **TP),
    G("5.5%左右", 5.5, "农村居民人均可支配收入", approx="左右", **TP),
    G("2%左右", 2, "居民消费价格涨幅", approx="左右", **TP),   # a price change → growth (every plan gold)
    P("5.5%左右", 5.5, "城镇调查失业率", approx="左右", **TP),  # the "held at" verb is no qualifier
    # the carbon dual-control: the progress on the targets the state set for the 15th plan; no
    # figure, but the plan's name is a date (FACTS: also in `“十四五”规划`; blind19 Fujian plan)
    D155("“十五五”"),
    # the ecological-quality indicators: no figure
    # ---- line 4: the areas of work announced: a count of the plan's own parts, not a quantity
    # (seed CONVENTIONS labels `十条政策`, `四大主导产业`; NOTES)
]

# ---------------------------------------------------------------- invest (lines 50-52)
# Part (一) of the 2026 work with its heading (heading and lead share line 1), the investment
# paragraph and the consumption paragraph. The cut names no year and has no date; its part heading
# has none. Every figure takes 2026 from the plan part outside the cut (heading line 46, lead line
# 47, targets line 48): period_source `section`, role `target` (blind18 Zhejiang invest, blind19
# Fujian invest, blind20 Hunan invest).
INVEST = [
    # line 1: the part heading and its lead: no fact (the item number is an ordinal)
    # line 2 (investment): the quoted "ten-hundred-thousand-ten-thousand" works is a programme
    # label (blind19 Fujian invest: the quoted hundred-thousand-ten-thousand works; seed `双百工程`)
    Q("5296个", 5296, "个", "实施省大中型项目"),      # verb kept (blind19, blind20 invest)
    # the annual word is no date (blind18 Zhejiang invest); the projects' head carried (blind18
    # Zhejiang `重大项目年度投资`); an aggregate of this year's list, not a threshold (blind20)
    M("1.1万亿元左右", 1_100_000_000_000, "省大中型项目年度完成投资", approx="左右"),
    # 5G-A is an identifier (FACTS `5G`); computing-power and other new infrastructure, urban
    # renewal, rural infrastructure and public-service projects: generic; the central budget
    # investment, the quoted "two priorities" and "two new", special bonds and the new policy
    # financial instruments: funds and labels
    N("project", "鄱阳湖水利枢纽工程"),
    # kept whole; the two provinces inside it are nested, not regions (blind18-20 invest)
    N("project", "内蒙古腾格里沙漠基地送电江西工程"),
    N("project", "浙赣粤运河"),                  # the three-province abbreviation is no region
    # the public-private partnership mechanism and the infrastructure REIT projects: generic;
    # private enterprises: generic
    # line 3 (consumption): no figure, no date, no name. The consumption campaign, the trade-in
    # policy, the consumption coupons, the culture-tourism integration plan and the quoted
    # "bring visitors to Jiangxi" works (programmes, seed `满园工程`; the one-character province
    # word in it is no region), the national pilot cities (designations), the quoted
    # digital-commerce campaign, the paid off-peak holidays: no facts.
]


# ---------------------------------------------------------------- titles (derived, not copied)
def heading(text):
    """The cut's own heading: its first line."""
    return text.split("\n", 1)[0].strip()


def part_heading(text):
    """The cut's own part heading: line 1 up to its first 。 (the lead shares the line)."""
    return text.split("\n", 1)[0].split("。", 1)[0].strip()


DATE_LINE = ("the report was delivered 2026-01-27 by the governor at the fourth session of the 14th "
             "people's congress of 江西省 (line 12 of the CSV file, the report text's date line); the "
             "newspaper copy's time line 2026-02-05 (line 14) and the CSV record's publish_date "
             "2026-02-05 (line 2) date the web copy, not the excerpt")
ISSUER_SRC = ("no signature line in the excerpt; the governor (line 15 of the CSV file) reports on "
              "behalf of the provincial people's government (line 18), so the issuing body is "
              "江西省人民政府 (blind18-20: the body, not the governor).")
ENC = "the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands before line 1 only, so the cut is UTF-8 without BOM."

DOCS = {
    "report_jiangxi_2026_plan.txt": {
        "lines": (46, 49),
        "facts": PLAN,
        "title": heading,
        "record": {
            "year_source": f"the excerpt (lines 46-49 of {CSV}) has no date line, so issued is null; {DATE_LINE}. Its own heading names 2026 and its lead's 今年 is 2026's, so year 2026; the targets' list head names no year, so the targets take 2026 from the part (its heading and lead): period_source section.",
            "title_source": "the excerpt has no title line; its own heading (line 1 of the cut) is used (blind20 Hunan plan).",
            "region_source": "the provincial work report (the region fact 江西; the excerpt's figures are the province's) → 江西省 360000.",
        },
    },
    "report_jiangxi_2026_invest.txt": {
        "lines": (50, 52),
        "facts": INVEST,
        "title": part_heading,
        "record": {
            "year_source": f"the excerpt (lines 50-52 of {CSV}) has no date line and no date; its part heading (一) names no year and stands under the heading of the 2026 work (line 46), whose lead (line 47) names this year as the opening year of the 15th plan and whose targets (line 48) are this year's, all outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2026, and its figures take 2026 from the plan section (period_source section). issued null.",
            "title_source": "the excerpt's own part heading: line 1 of the cut up to its first 。, without the 。 (the part's lead sentence shares the line; blind19 Fujian invest, blind20 Hunan invest).",
            "region_source": "the provincial work report of 江西省 (the cut names no region of its own: the places in it stand inside works' and programmes' names) → 江西省 360000.",
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
            "issuer": "江西省人民政府", "genre": "report", "region": JX, "region_code": JXC,
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
