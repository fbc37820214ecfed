#!/usr/bin/env python3
"""Blind gold for two excerpts of the 2026 Shanxi work report (see NOTES_shanxi_plan.md):
the 2026 part's heading, its lead with the general requirement and the main expected targets
(lines 53-55, report_shanxi_2026_targets.txt), and the plan's first section with its heading and
two paragraphs, on consumption and investment (lines 56-58, report_shanxi_2026_demand.txt).

Written by hand, without running tongbao or reading its source, rules, tests, benches or output.
Writes report_shanxi_2026_{targets,demand}.txt.{jsonl,doc.json} next to this script. The source
text is read from the corpus (the lines of 2026_山西省_政府工作报告.csv that manifest.tsv names;
the CSV's last field holds the whole report, so its file lines are the report's paragraphs); when
the /tmp/b24src cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (each text is searched from the
end of the previous fact's match, so a text inside an earlier fact's text is not matched there; a
fact may give `occ`, which occurrence from that point is meant), that no text spans a line break,
that no project/org/region name is listed twice per document, that period and period_source are
null together, and that every `entity` is a project/org/region name listed for the same document.
It writes nothing when a check fails.
No report text other than the facts' own text, names and subjects is copied here; the document
titles are derived from the cuts (their first line, the heading).
Modelled on ../blind23/build_guizhou_fiveyear.py and ../blind23/build_guizhou_invest.py (same
constructors and checker).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_山西省_政府工作报告.csv"
CSV = "2026_山西省_政府工作报告.csv"
CUTS = Path("/tmp/b24src")

SX, SXC = "山西省", "140000"
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
        psrc="section", entity=None, region=SX, rcode=SXC, role="target", scope=None,
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


def D155(text, occ=None):
    return D(text, "2026-01-01", "2030-12-31", "period", occ=occ)


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


# ---------------------------------------------------------------- targets (lines 53-55)
# Line 1: the heading naming 2026. Line 2: the opening-year sentence and the general requirement.
# Line 3: the main expected targets. Unlike blind21 Jiangxi, blind22 Anhui and blind23 Guizhou,
# whose list heads named no year (period_source `section`), this list head names this year, and
# the whole list is one sentence (commas only, up to the first 。): every target takes 2026 from
# its own sentence, period_source `sentence` (FACTS: the clause or sentence first; blind21's notes
# record that the earlier plan golds with a dated list head gave `sentence` inside that sentence).
# Role target for all: the list head governs the list to its end (FACTS). Basis null everywhere
# (no comparison word). Entity null; region 山西省 140000 (a provincial report's figures).
TS = dict(period=Y2026, psrc="sentence", role="target")
TARGETS = [
    # ---- line 1: heading (blind21-23 plans: the heading's year is a date)
    D("2026年", "2026-01-01", "2026-12-31", "year"),
    # ---- line 2: the opening-year sentence names its year (blind22 Anhui: the lead's `2026年`);
    # the plan period it opens is no second date (FACTS `今年是“十四五”规划收官之年`; blind21-23)
    D("2026年", "2026-01-01", "2026-12-31", "year"),
    # doing this year's work well (blind22 Anhui `今年` of the general requirement). The central and
    # provincial economic work conferences and the provincial committee's plenums are meetings
    # (no org, no date: blind21-23); the plenum ordinals are no numbers; the four "stabilise"
    # slogans and the "quality and quantity" wording are no facts
    D("今年", "2026-01-01", "2026-12-31", "year"),
    # the good start of the plan period at the end of the general requirement (blind21-23 plans)
    D155("“十五五”"),
    # ---- line 3: the list head's own this-year word
    D("今年", "2026-01-01", "2026-12-31", "year"),
    # the range with its em dash (blind21 `增长5%-5.5%`, blind22 `增长5%—5.5%`)
    G("增长4.5%—5%", 4.5, "地区生产总值", value_max=5, **TS),
    G("增长5%", 5, "固定资产投资", **TS),
    G("增长5%", 5, "社会消费品零售总额", **TS),
    # the trade total's "positive growth" and income growing in step with the economy: no figure
    # a price change is growth (every plan gold; blind21/23 `2%左右` 居民消费价格涨幅); the
    # "held within" verb is no qualifier, the trailing 左右 is
    G("2%左右", 2, "居民消费价格总水平上涨幅度", approx="左右", **TS),
    Q("45万人", 450_000, "人", "城镇新增就业人数", **TS),
    P("5.5%左右", 5.5, "城镇调查失业率", approx="左右", **TS),
    # the transformation indicators growing faster than the economy and the binding indicators
    # meeting the state's tasks: no figure
]

# ---------------------------------------------------------------- demand (lines 56-58)
# Part (一) of the 2026 work: its heading stands alone on line 1 (blind22 Anhui invest); line 2 is
# the consumption paragraph, line 3 the investment paragraph. The cut names no year and has no
# date; every figure takes 2026 from the plan part outside the cut (heading line 53, lead line
# 54, targets line 55): period_source `section`, role `target` (blind21 Jiangxi, blind22 Anhui,
# blind23 Guizhou invest: in the plan part every figure is a target, with or without a cue word
# of its own; the investment totals have 力争 anyway). Region 山西省 140000 on every figure;
# entity null on every figure (province-wide targets and counts of sets).
DEMAND = [
    # ---- line 1: heading: the item number (an ordinal): no fact
    # ---- line 2: consumption. The quoted "two new" policy (a label), the special consumption
    # action and the service-consumption action (programmes), the economies and consumer goods
    # named as kinds, the quoted "sports+" (a label): no facts
    # the city the province supports in its national retail pilot, standing alone with its 市
    # (blind22 Anhui invest `合肥`); the pilot itself is a designation, not a project (blind21)
    REG("太原市", "太原市", "140100", "prefecture", [SX]),
    # the five big micro-drama bases: an "N big X" set (seed CONVENTIONS `5大专业厂`; blind22 and
    # blind23 news "N big" sets): no quantity. The commerce and delivery systems, the key streets
    # and business districts (generic), the paid off-peak holidays (no bounds): no facts
    # ---- line 3: investment. The major-project construction year activity (a programme), the
    # quoted "two priorities" projects (a label): no facts
    Q("629个", 629, "个", "抓好省级重点工程项目"),   # verb kept (blind21 `实施省大中型项目`)
    # adjusting the project list by quarter: no fixed quarter, no date
    # projects under construction: route abbreviations kept bare with their head (blind20-22 news
    # `巴南高铁`, `桑龙高速`); places inside works' names are nested (no region)
    N("project", "雄忻高铁"),
    N("project", "武宿机场三期改扩建"),     # phase word kept (seed `威高疫苗二期`; blind22 `亳州机场`)
    N("project", "洪大高速"),
    # the backbone water network and county supporting works: a system and a generic class (blind23
    # Guizhou invest: the water network left out; blind22 fiveyear networks): no project
    # preparatory work
    N("project", "太绥高铁"),
    N("project", "黄河古贤山西水资源配置工程"),   # the river and the province nested in the name
    M("超600亿元", 60_000_000_000, "交通基础设施投资", approx="超"),   # 力争; seed `超 800 万元`
    M("超220亿元", 22_000_000_000, "水利投资", approx="超"),
    M("超600亿元", 60_000_000_000, "市政基础设施投资", approx="超"),
    # the count before the key-field projects (NOTES: the count of the energy key fields whose
    # projects are meant, a count with its measure word, not an "N big" label)
    Q("11个", 11, "个", "能源重点领域项目"),
    M("突破2000亿元", 200_000_000_000, "能源重点领域项目投资", approx="突破"),   # seed `突破 600 亿元`
    M("突破1300亿元", 130_000_000_000, "制造业投资", approx="突破"),
    # the investments in people (no figure); "a batch of" quoted "small and beautiful" livelihood
    # projects (vague, a label); the five musts of government investment, the approval-process
    # measures, project planning and the three kinds of investment attraction: no facts
]


# ---------------------------------------------------------------- titles (derived, not copied)
def heading(text):
    """The cut's own heading: its first line."""
    return text.split("\n", 1)[0].strip()


DATE_LINE = ("the report was delivered 2026-02-02 by the governor 卢东亮 at the fifth session of the "
             "14th people's congress of 山西省 (line 12 of the CSV file, the report text's date line, "
             "under the title on line 11; the governor on line 15); the newspaper copy's time line "
             "(line 14) and the CSV record's publish_date 2026-02-09 (line 2) date the web copy, not "
             "the excerpt")
ISSUER_SRC = ("no signature line in the excerpt; the governor (line 15 of the CSV file) reports on "
              "behalf of the provincial people's government (line 18), so the issuing body is "
              "山西省人民政府 (blind21-23: the body, not the governor).")
ENC = "the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands before line 1 only, so the cut is UTF-8 without BOM."

DOCS = {
    "report_shanxi_2026_targets.txt": {
        "lines": (53, 55),
        "facts": TARGETS,
        "record": {
            "year_source": f"the excerpt (lines 53-55 of {CSV}) has no date line, so issued is null; {DATE_LINE}. Its own heading names 2026, its lead names 2026 as the opening year and its this-year words are 2026's, so year 2026; the targets' list head names this year in the same sentence as the targets, so they take 2026 from their sentence (period_source sentence).",
            "title_source": "the excerpt has no title line; its own heading (line 1 of the cut) is used (blind21 Jiangxi, blind22 Anhui, blind23 Guizhou plans).",
            "region_source": "the provincial work report of 山西省 (the excerpt names no place; its figures are the province's) → 山西省 140000.",
        },
    },
    "report_shanxi_2026_demand.txt": {
        "lines": (56, 58),
        "facts": DEMAND,
        "record": {
            "year_source": f"the excerpt (lines 56-58 of {CSV}) has no date line and no date; its part heading (一) names no year and stands under the heading of the 2026 work (line 53), whose lead (line 54) names 2026 as the opening year of the 15th plan and whose targets (line 55) are this year's, all outside the cut; {DATE_LINE}. Read as a reader of the whole report would (blind21-23 invest): year 2026, and its figures take 2026 from the plan section (period_source section). issued null.",
            "title_source": "the excerpt's own part heading, line 1 of the cut, which holds the heading alone (blind22 Anhui invest).",
            "region_source": "the provincial work report of 山西省 (the cut's own region fact is 太原市, a city of the province; the other place names stand inside works' names) → 山西省 140000.",
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
    # every entity must be a listed name of the same document (an entity may join several listed
    # names with 、)
    for f in out:
        ent = f.get("entity")
        if ent and not all("".join(e.split()) in seen for e in ent.split("、")):
            errors.append(f"{doc}: {f['text']!r}: entity {ent!r} is not a listed name")
    return out, errors


def main():
    all_errors = []
    results = []
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
            "doc": doc, "title": heading(text), "issued": None, "year": 2026,
            "issuer": "山西省人民政府", "genre": "report", "region": SX, "region_code": SXC,
            "doc_number": None, "encoding": "UTF-8",
            "year_source": rec["year_source"],
            "issuer_source": ISSUER_SRC,
            "title_source": rec["title_source"],
            "region_source": rec["region_source"],
            "genre_source": "政府工作报告 → report.",
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
