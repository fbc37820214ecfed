#!/usr/bin/env python3
"""Blind gold for two plan excerpts of the 2026 Hunan work report (see NOTES_hunan_plan.md): the
2026 part's heading, lead, general requirement and main targets (lines 53-56), and the plan's
first section with its heading, on consumption and investment (lines 58-60).

Written by hand, without running tongbao or reading its source, rules, tests or output.
Writes report_hunan_2026_{plan,invest}.txt.{jsonl,doc.json} next to this script. The source text
is read from the corpus (the lines of 2026_湖南省_政府工作报告.csv that manifest.tsv names; the
CSV's last field holds the whole report, so its file lines are the report's paragraphs); when the
/tmp/b20 cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (each text is searched from the
end of the previous fact's match, so a text inside an earlier fact's text is not matched there; a
fact may give `occ`, which occurrence from that point is meant), that no project/org/region name
is listed twice per document, that period and period_source are null together, and that every
`entity` is a project/org/region name listed for the same document. No report text other than the
facts' own text, names and subjects is copied here; the document titles are derived from the cuts
by the rule each record states.
Modelled on ../blind19/build_fujian_plan.py and ../blind19/build_fujian_invest.py (same
constructors; the checker's search point is the previous match's end).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_湖南省_政府工作报告.csv"
CSV = "2026_湖南省_政府工作报告.csv"
CUTS = Path("/tmp/b20")

HN, HNC = "湖南省", "430000"
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
        psrc="section", entity=None, region=HN, rcode=HNC, role="target", scope=None,
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

# ---------------------------------------------------------------- plan (lines 53-56)
# The 2026 part's heading (it names 2026), its lead (the opening-year sentence), the general
# requirement and the main expected targets. The targets' list head names 今年 in the first
# sentence; the targets are separated by `；`, which ends a sentence (FACTS), so the first (GDP)
# takes `sentence` and the rest `paragraph` (blind18 Zhejiang plan, blind19 Fujian plan). Role
# target for the whole list (the list head governs it, FACTS).
TP = dict(period=Y2026, psrc="paragraph", role="target")
PLAN = [
    # ---- line 1: the part heading (the part number is an ordinal)
    D2026("2026年"),                       # blind17 Yunnan plan: the heading's year is a date
    # ---- line 2: the lead
    # the opening-year sentence gives one date (FACTS: `今年是“十四五”规划收官之年` → 2025 only;
    # blind18 Zhejiang, blind19 Fujian plans: the plan it opens is no second date); the whole-year
    # word is no date (seed CONVENTIONS)
    D2026("2026年"),
    N("org", "党中央"),                     # blind19 Fujian plan
    # the country word and the country's economy are no region; the province standing alone
    # (doing Hunan's own affairs well): blind17 Yunnan plan `云南`, blind19 Fujian plan `福建`
    REG("湖南", HN, HNC, "province", []),
    # 中国 inside the quoted-like "bright theory" slogan is no region; the opening year and its
    # "first step" are rhetoric (blind19 Fujian: the "head year" no date)
    # ---- line 3: the general requirement
    D2026("今年"),                          # blind18 Zhejiang plan: doing this year's work
    # the party congress, its plenums and the central economic work conference are meetings; the
    # general secretary is a person; 湖南 of his speeches on Hunan's work is the same name; the
    # quoted "three highs, four news" blueprint is a label; the four stabilise words are slogans
    D155("“十五五”"),                       # a good start of the 15th plan (blind17, blind18, blind19)
    # ---- line 4: the main expected targets
    D2026("今年"),
    G("增长5%左右", 5, "地区生产总值", approx="左右", period=Y2026, psrc="sentence", role="target"),
    # striving for a better result: no figure
    G("增长1.5%左右", 1.5, "地方一般公共预算收入", approx="左右", **TP),
    G("增长6%", 6, "规模工业增加值", **TP),
    # fixed-asset investment to grow positively: no figure (NOTES)
    G("增长4.5%以上", 4.5, "社会消费品零售总额", approx="以上", **TP),
    G("增长3%", 3, "进出口总额", **TP),
    Q("70万人", 700_000, "人", "城镇新增就业", **TP),
    # income growth above economic growth: no figure
    G("2%左右", 2, "居民消费价格涨幅", approx="左右", **TP),   # a price change → growth
    Q("615亿斤左右", 61_500_000_000, "斤", "粮食产量", approx="左右", **TP),
    # energy saving, emission and carbon-intensity tasks set by the state: no figure
]

# ---------------------------------------------------------------- invest (lines 58-60)
# Part (一) of the 2026 work with its heading (heading and lead share line 1), the consumption
# paragraph and the investment paragraph. The cut names no year; its heading has none. Every
# figure takes 2026 from the plan part outside the cut (heading line 53, lead line 54, targets
# line 56): period_source `section`, role `target` (blind18 Zhejiang invest, blind19 Fujian invest).
INVEST = [
    # line 1: the part heading and its lead: no fact (the item number is an ordinal)
    # line 2 (consumption): no figure, no name. The quoted "two new" policies, the quarter-hour
    # living circles (a label: blind19 Fujian invest), the economies (first-launch, silver-hair,
    # night, expressway service-area), the consumption centres (generic) and the county commerce
    # action (a campaign): no facts.
    # line 3 (investment): the quoted planning slogan, the ultra-long special treasury bonds, the
    # central budget investment and the new policy financial instruments (funds), the special-bond
    # pilot, the three rates (no figure), the quoted "hard/soft" pair: no facts.
    # the provincial key projects: their aggregate total investment is this year's list's size,
    # not a threshold (seed 000 `待签项目总投资`, blind17 Yunnan review `推介项目总投资`): 2026, target
    M("2万亿元", 2_000_000_000_000, "省重点项目总投资"),
    Q("389个", 389, "个", "抓好省重点项目"),
    # the three kinds of works of the quoted "ten infrastructure projects" (energy source-grid-
    # load-storage, computing four-network, urban infrastructure renewal) are programmes, not
    # single works (NOTES); the quoted "ten" is a label (seed `四大主导产业`)
    # high-speed railways: bare list members kept as written (blind17 Yunnan fiveyear `新昆楚大`,
    # `临清`; blind18 `义甬舟`), and their count (blind17 `40条`)
    N("project", "邵永"),
    N("project", "铜吉"),
    N("project", "长赣"),
    N("project", "宜常"),
    N("project", "永清广"),
    N("project", "黔吉"),
    Q("6条", 6, "条", "加快建设高铁"),
    # expressways: the two expansions joined by 和 split, the shared expansion word going with the
    # last member only (blind17 Yunnan `德厚`, `阿岗`, `车马碧大型水库`; NOTES)
    N("project", "京港澳"),
    N("project", "沪昆扩容"),
    N("project", "张官"),
    Q("17条", 17, "条", "加快建设高速公路"),
    # major water works (blind17 Yunnan review `景腊大型灌区`, `南瓜坪大型水库`)
    N("project", "梅山灌区"),
    N("project", "金塘冲水库"),
    # government-investment management, private enterprises (generic), private investment: no facts
]


# ---------------------------------------------------------------- titles (derived, not copied)
def heading(text):
    """The cut's own heading: its first line."""
    return text.split("\n", 1)[0].strip()


def part_heading(text):
    """The cut's own part heading: line 1 up to its first 。 (the lead shares the line)."""
    return text.split("\n", 1)[0].split("。", 1)[0].strip()


DATE_LINE = ("the report was delivered 2026-02-03 by the governor at the fourth session of the 14th "
             "people's congress of 湖南省 (line 12 of the CSV file, the report text's date line; the "
             "photo caption of line 16 names the same day); the newspaper copy's time line 2026-02-24 "
             "(line 14) and the CSV record's publish_date 2026-02-24 date the web copy, not the excerpt")
ISSUER_SRC = ("no signature line in the excerpt; the governor (line 15 of the CSV file) reports on "
              "behalf of the provincial people's government (line 18), so the issuing body is "
              "湖南省人民政府 (blind17-19: the body, not the governor).")
ENC = "the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands before line 1 only, so the cut is UTF-8 without BOM."

DOCS = {
    "report_hunan_2026_plan.txt": {
        "lines": (53, 56),
        "facts": PLAN,
        "title": heading,
        "record": {
            "year_source": f"the excerpt (lines 53-56 of {CSV}) has no date line, so issued is null; {DATE_LINE}. Its own heading names 2026, its opening-year sentence names 2026 and its 今年 is 2026's, so year 2026; the targets take 2026 from the list head's 今年 (period_source sentence for the first target, paragraph after the first ；).",
            "title_source": "the excerpt has no title line; its own heading (line 1 of the cut) is used (blind17 Yunnan plan).",
            "region_source": "the provincial work report (the region fact 湖南; 全省 is the province's own) → 湖南省 430000.",
        },
    },
    "report_hunan_2026_invest.txt": {
        "lines": (58, 60),
        "facts": INVEST,
        "title": part_heading,
        "record": {
            "year_source": f"the excerpt (lines 58-60 of {CSV}) has no date line and no date; its part heading (一) names no year and stands under the heading of the 2026 work (line 53), whose lead (line 54) names 2026 as the opening year of the 15th plan and whose targets (line 56) are this year's, all outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2026, and its figures take 2026 from the plan section (period_source section). issued null.",
            "title_source": "the excerpt's own part heading: line 1 of the cut up to its first 。, without the 。 (the part's lead sentence shares the line; blind19 Fujian invest).",
            "region_source": "the provincial work report of 湖南省 (the cut names no region of its own: the places in it stand inside works' names) → 湖南省 430000.",
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
            "issuer": "湖南省人民政府", "genre": "report", "region": HN, "region_code": HNC,
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
