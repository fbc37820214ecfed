#!/usr/bin/env python3
"""Blind gold for two excerpts of the 2026 Guizhou work report (see NOTES_guizhou_fiveyear.md):
the heading of the part on the main goals and tasks of the 十五五 period, its lead and the first
dash-led goal line (lines 29-31), and the 2026 part's heading, its lead with the general
requirement, the main expected targets and the line announcing the work list (lines 40-43).

Written by hand, without running tongbao or reading its source, rules, tests, benches or output.
Writes report_guizhou_2026_{fiveyear,plan}.txt.{jsonl,doc.json} next to this script. The source
text is read from the corpus (the lines of 2026_贵州省_政府工作报告.csv that manifest.tsv names;
the CSV's last field holds the whole report, so its file lines are the report's paragraphs); when
the /tmp/b23src cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (each text is searched from the
end of the previous fact's match, so a text inside an earlier fact's text is not matched there; a
fact may give `occ`, which occurrence from that point is meant), that no text spans a line break,
that no project/org/region name is listed twice per document, that period and period_source are
null together, and that every `entity` is a project/org/region name listed for the same document.
No report text other than the facts' own text, names and subjects is copied here; the document
titles are derived from the cuts (their first line, the heading).
Modelled on ../blind22/build_anhui_fiveyear.py and ../blind22/build_anhui_plan.py (same
constructors and checker).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_贵州省_政府工作报告.csv"
CSV = "2026_贵州省_政府工作报告.csv"
CUTS = Path("/tmp/b23src")

GZ, GZC = "贵州省", "520000"
P155 = {"date_start": "2026-01-01", "date_end": "2030-12-31"}   # the 十五五 period
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
        psrc="section", entity=None, region=GZ, rcode=GZC, role="target", scope=None,
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


def D155(text, occ=None):
    return D(text, "2026-01-01", "2030-12-31", "period", occ=occ)


# ---------------------------------------------------------------- fiveyear (lines 29-31)
# Line 1: the part heading (an ordinal and the 十五五 period). Line 2: the lead (the period's
# place in the modernisation drive, the draft outline the provincial government drew up, and the
# list head announcing the main goals of the period). Line 3: the first dash-led goal.
# The goal line names no time of its own; its figures take the 十五五 period 2026-2030 from the
# part (heading and list head in the paragraphs before it): period_source `section`, as blind21
# Jiangxi and blind22 Anhui plan gave `section` when the list head stood in another paragraph.
# Role target throughout: the list head ("the following main goals are to be achieved")
# governs the dash-led goals (FACTS). Levels to be reached (the GDP step, per-capita GDP, the
# shares, the urbanisation rate) take the span too (blind22 Anhui fiveyear: stocks and levels
# take the period's span).
T5 = dict(period=P155, psrc="section", role="target")
FIVEYEAR = [
    # ---- line 1: heading
    D155("“十五五”时期"),
    # ---- line 2: lead. The basic modernisation (no date of its own: 2035 is not named in the
    # cut), the party's fourth plenum and the provincial committee's plenum (meetings: no org,
    # blind21/22), the congress session the draft goes to (a meeting)
    D155("“十五五”时期"),
    N("org", "省政府"),
    # the plan's full ordinal name inside the outline's title: the same period (FACTS: the plan's
    # name is a date also in `“十四五”规划`); the province's name nested in the title: no region
    D155("第十五个五年规划"),
    D155("“十五五”时期"),
    # ---- line 3: first goal (high-quality development)
    G("年均增长5%左右", 5, "地区生产总值", approx="左右", basis="年均", **T5),
    # the trillion step the GDP is to step onto: a level written as its own amount (blind20
    # Hunan fiveyear `5万亿`, approx null; the stepping verb is no qualifier)
    M("3万亿元", 3_000_000_000_000, "地区生产总值", **T5),
    M("8万元以上", 80_000, "人均地区生产总值", approx="以上", **T5),
    # the 分别 triple under one 年均, paired in order (FACTS; blind20 Hunan fiveyear 分别 pair
    # under one 年均); the heads split from the text's own abbreviation
    G("增长3.5%左右", 3.5, "一产增加值", approx="左右", basis="年均", **T5),
    G("6%左右", 6, "二产增加值", approx="左右", basis="年均", **T5),
    G("5%左右", 5, "三产增加值", approx="左右", basis="年均", **T5),
    G("年均增长5%左右", 5, "全员劳动生产率", approx="左右", basis="年均", **T5),
    # the province standing as a word in the province's own characteristic industrial system
    # (not quoted, not a title or a body's name)
    REG("贵州", GZ, GZC, "province", []),
    P("28%左右", 28, "工业增加值占地区生产总值比重", approx="左右", **T5),
    P("8%左右", 8, "数字经济核心产业增加值占地区生产总值比重", approx="左右", **T5),
    # the three-industry structure and the infrastructure: no figure
    P("63%左右", 63, "常住人口城镇化率", approx="左右", **T5),
]

# ---------------------------------------------------------------- plan (lines 40-43)
# Line 1: the heading naming 2026. Line 2: the opening-year sentence and the general requirement.
# Line 3: the main expected targets; the list head names no year and the paragraph has no date,
# so the targets take 2026 from the part (heading and lead): period_source `section`, role target
# (blind21 Jiangxi plan, blind22 Anhui plan). Line 4: the line announcing the work list (no fact).
TP = dict(period=Y2026, psrc="section", role="target")
PLAN = [
    # ---- line 1: heading
    D("2026年", "2026-01-01", "2026-12-31", "year"),
    # ---- line 2: the opening-year sentence (the plan it opens is not a second date: blind19-22
    # plans); the ideology, the party congress and plenums, the central and provincial economic
    # work conferences (meetings: no org, blind21/22), the general secretary (a person)
    D("今年", "2026-01-01", "2026-12-31", "year"),
    # the province the general secretary inspected, standing alone (blind20-22 plans); its later
    # use in the province's characteristic industrial system is the same name, listed once. The
    # quoted "four new" / "four modernisations", the two bottom lines and the four "stabilise"
    # slogans are labels (seed CONVENTIONS)
    REG("贵州", GZ, GZC, "province", []),
    # the good start of the plan period (blind19-22 plans)
    D155("“十五五”"),
    # ---- line 3: the main expected targets (basis null: no comparison word)
    G("增长5%左右", 5, "地区生产总值", approx="左右", **TP),
    # the 分别 triple, paired in order, the heads split (blind20 Hunan)
    G("增长3.5%左右", 3.5, "一产增加值", approx="左右", **TP),
    G("6%左右", 6, "二产增加值", approx="左右", **TP),
    G("5%左右", 5, "三产增加值", approx="左右", **TP),
    G("增长7.5%左右", 7.5, "规模以上工业增加值", approx="左右", **TP),
    G("增长3%左右", 3, "固定资产投资", approx="左右", **TP),
    G("增长4%左右", 4, "社会消费品零售总额", approx="左右", **TP),
    G("增长2%左右", 2, "一般公共预算收入", approx="左右", **TP),
    # the 分别 pair, each member with its own qualifier (blind22 Anhui review subjects)
    G("增长4%左右", 4, "城镇常住居民人均可支配收入", approx="左右", **TP),
    G("6%左右", 6, "农村常住居民人均可支配收入", approx="左右", **TP),
    Q("60万人左右", 600_000, "人", "城镇新增就业", approx="左右", **TP),
    P("5.5%左右", 5.5, "城镇调查失业率", approx="左右", **TP),
    # a price change is growth (every plan gold; blind21 `2%左右` 居民消费价格涨幅)
    G("2%左右", 2, "居民消费价格涨幅", approx="左右", **TP),
    P("59%左右", 59, "常住人口城镇化率", approx="左右", **TP),
    # ---- line 4: the work-list line (no count, no fact)
]


# ---------------------------------------------------------------- titles (derived, not copied)
def heading(text):
    """The cut's own heading: its first line."""
    return text.split("\n", 1)[0].strip()


DATE_LINE = ("the report was delivered 2026-01-27 by the governor at the fourth session of the 14th "
             "people's congress of 贵州省 (line 4 of the CSV file, the report text's date line, under "
             "the title on line 3); the CSV record's publish_date 2026-02-02 (line 2) dates the web "
             "copy, not the excerpt")
ISSUER_SRC = ("no signature line in the excerpt; the governor (line 5 of the CSV file) reports on "
              "behalf of the provincial people's government (line 7), so the issuing body is "
              "贵州省人民政府 (blind19-22: the body, not the governor).")
ENC = "the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands before line 1 only, so the cut is UTF-8 without BOM."

DOCS = {
    "report_guizhou_2026_fiveyear.txt": {
        "lines": (29, 31),
        "facts": FIVEYEAR,
        "record": {
            "year_source": f"the excerpt (lines 29-31 of {CSV}) has no date line, so issued is null; {DATE_LINE}. It is the heading, the lead and the first dash-led goal of the part on the main goals and tasks of the 十五五 period (2026-2030); year 2026 (the report's year, as a reader of the whole report reads an excerpt; the period's first year). The goal line's figures take 2026-2030 from the part (heading and list head): period_source section, role target.",
            "title_source": "the excerpt has no title line; its own heading (line 1 of the cut) is used (blind20 Hunan plan, blind21 Jiangxi plan, blind22 Anhui plan).",
            "region_source": "the provincial work report (the region fact 贵州; the figures are the province's, its province-wide word) → 贵州省 520000.",
        },
    },
    "report_guizhou_2026_plan.txt": {
        "lines": (40, 43),
        "facts": PLAN,
        "record": {
            "year_source": f"the excerpt (lines 40-43 of {CSV}) has no date line, so issued is null; {DATE_LINE}. Its own heading names 2026 and its lead's 今年 is 2026's, so year 2026; the targets' list head names no year, so the targets take 2026 from the part (its heading and lead): period_source section (blind21 Jiangxi plan, blind22 Anhui plan).",
            "title_source": "the excerpt has no title line; its own heading (line 1 of the cut) is used (blind20 Hunan plan, blind21 Jiangxi plan, blind22 Anhui plan).",
            "region_source": "the provincial work report (the region fact 贵州; the excerpt's figures are the province's) → 贵州省 520000.",
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
            "issuer": "贵州省人民政府", "genre": "report", "region": GZ, "region_code": GZC,
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
