#!/usr/bin/env python3
"""Blind gold for two excerpts of the 2026 Guangdong work report (see NOTES_guangdong_plan.md):
the 十五五 period's main goals, whose heading the source breaks over two lines before the
sentence goes on (lines 47-49, report_guangdong_2026_plan.txt), and the 2026 part's heading, its
lead (broken over two lines by the source) and the main expected targets (lines 61-64,
report_guangdong_2026_targets.txt).

Written by hand, without running tongbao or reading its source, rules, tests, benches or output.
Writes report_guangdong_2026_{plan,targets}.txt.{jsonl,doc.json} next to this script. The source
text is read from the corpus (the lines of 2026_广东省_政府工作报告.csv that manifest.tsv names;
the CSV's last field holds the whole report, so its file lines are the report's paragraphs, except
where the source itself breaks a heading or lead over lines, as in both cuts here); when the
/tmp/b26src cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (each text is searched from the
end of the previous fact's match, so a text inside an earlier fact's text is not matched there; a
fact may give `occ`, which occurrence from that point is meant), that no text spans a line break,
that no project/org/region name is listed twice per document, that period and period_source are
null together, and that every `entity` is a project/org/region name listed for the same document.
It writes nothing when a check fails.
No report text other than the facts' own text, names and subjects is copied here; the document
titles are derived from the cuts (their heading lines).
Modelled on ../blind25/build_shandong_plan.py (same constructors and checker).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_广东省_政府工作报告.csv"
CSV = "2026_广东省_政府工作报告.csv"
CUTS = Path("/tmp/b26src")

GD, GDC = "广东省", "440000"
P155 = {"date_start": "2026-01-01", "date_end": "2030-12-31"}   # the 十五五 period
Y2026 = {"date_start": "2026-01-01", "date_end": "2026-12-31"}
# from the party's 20th congress (2022) to 2035: the span the outlook sentence names for itself
P2035 = {"date_start": "2022-01-01", "date_end": "2035-12-31"}


def source(first, last):
    # sed -n 'FIRST,LASTp' of the file as bytes: the lines are plain report text inside the CSV's
    # last (quoted) field; none of the cut lines holds an ASCII quote, so nothing is unescaped.
    raw = (CORPUS / REPORT).read_bytes()
    lines = raw.split(b"\n")
    lines = [l + b"\n" for l in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    return b"".join(lines[first - 1:last]).decode("utf-8")


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2026,
        psrc="section", entity=None, region=GD, rcode=GDC, role="target", scope=None,
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


# ---------------------------------------------------------------- plan (lines 47-49)
# Lines 1-2: the heading "the 十五五 period's main goals of economic and social development",
# broken over two lines by the source; line 3 goes on with "are:" and the goals, so heading and
# goals form one sentence up to the first 。 (the source's line breaks end no paragraph). Then the
# 2035 outlook sentence, then the line announcing the five aspects of government work.
PLAN = [
    # ---- lines 1-2: the period named by the heading (blind23 Guizhou fiveyear, blind25 Shandong
    # plan: the heading's `“十五五”时期` is a date)
    D155("“十五五”时期"),
    # ---- line 3: the goals. The GDP growth is the only figure; its own sentence names the period
    # (the heading-and-list-head runs on into it): period 2026-2030, period_source sentence
    # (blind24 Shanxi targets: list head naming its time in the figures' sentence; blind25 Shandong
    # plan's note: a figure there would take `sentence`); role target (the main goals head the
    # list); basis 年均; the province-wide figure, entity null.
    G("年均增长5%左右", 5, "地区生产总值", approx="左右", basis="年均", period=P155, psrc="sentence"),
    # the rest of the goals are words only. The Green-Beautiful-Guangdong ecological construction is
    # a campaign name (blind25 Shandong plan: the Beautiful-Shandong phrase, no region; seed
    # `满园工程`: programmes are no projects).
    # ---- the 2035 outlook. The party's 20th congress is a meeting (no date, no org: blind23-25);
    # 二〇三五年 is the date the outlook runs to (seed CONVENTIONS `到2018年` is the date 2018年)
    D("二〇三五年", "2035-01-01", "2035-12-31", "year"),
    # the 13 years are a duration (seed CONVENTIONS; blind25 Shandong plan the "key five years");
    # the basic modernisation has no figure.
    # the doubling of the economic aggregate: one doubling is a growth of 1 倍 (FACTS `增长1.5倍`
    # → 1.5 倍; blind24 Shanxi review: `翻番` of blind20-22 is one doubling, unlike the vague
    # "multiplied"; blind25 Shandong review cites blind16 Sichuan `倍增` as a fact). Its period is
    # the span its own sentence names, from the 20th congress (2022) to 2035, period_source
    # sentence; role target (the outlook's goal); region the province (the report's figures).
    G("倍增", 1, "经济总量", unit="倍", period=P2035, psrc="sentence"),
    # per-capita GDP reaching the level of moderately developed countries: no figure, and the
    # countries are no place named. 中国 inside "Chinese modernisation" is nested (blind25 news).
    # The five aspects of government work: an announced count of areas, no quantity (blind21/22,
    # cited by blind23 Guizhou plan).
]

# ---------------------------------------------------------------- targets (lines 61-64)
# Line 1: the part heading naming 2026. Lines 2-4: one paragraph broken by the source: the
# opening-year sentence, then "this year's main expected targets of economic and social
# development are:" (the this-year word on line 2, the rest of the list head on lines 3-4) with the
# targets, then the closing sentences and the line announcing the fourteen work areas.
TARGETS = [
    # ---- line 1: heading (blind22-25 plans: the heading's year is a date)
    D("2026年", "2026-01-01", "2026-12-31", "year"),
    # ---- line 2: the opening-year sentence names its year (blind24 Shanxi: the lead's own
    # `2026年`); the plan period whose first year it is is no second date (FACTS `今年是“十四五”
    # 规划收官之年` gives one date; blind23-25 plans), and the "first year" is an ordinal
    D("2026年", "2026-01-01", "2026-12-31", "year"),
    # the list head's own this-year word (blind24 Shanxi)
    D("今年", "2026-01-01", "2026-12-31", "year"),
    # ---- line 4: the targets. The GDP range stands in the list head's sentence (up to the first
    # ；): period_source sentence (blind24 Shanxi). The em-dash range: value 4.5, value_max 5
    # (blind24 Shanxi `增长4.5%—5%`). Striving for a better result: no figure.
    G("增长4.5%—5%", 4.5, "地区生产总值", value_max=5, period=Y2026, psrc="sentence"),
    # after the ；: a new sentence of the same paragraph, whose this-year word (line 2) fixes the
    # period: period_source paragraph (blind21's record, cited by blind24 Shanxi plan notes).
    G("增长3%左右", 3, "地方一般公共预算收入", approx="左右", period=Y2026, psrc="paragraph"),
    # residents' income growing in step with the economy: no figure. The fourteen work areas: an
    # announced count of areas, no quantity (blind21/22, cited by blind23 Guizhou plan).
]


# ---------------------------------------------------------------- titles (derived, not copied)
def heading(text, nlines=1):
    """The cut's own heading: its first line, or its first lines joined where the source broke it."""
    return "".join(l.strip() for l in text.split("\n")[:nlines])


DATE_LINE = ("the report was delivered 2026-01-26 by the governor 孟凡利 at the fifth session of the "
             "14th people's congress of 广东省 (lines 3-4 of the CSV file, the report text's date line, "
             "broken over two lines, under the title opening the full_text field on line 2; the "
             "governor on line 5); the CSV record's publish_date 2026-01-31 (line 2) dates the web "
             "copy, not the excerpt")
ISSUER_SRC = ("no signature line in the excerpt; the governor (line 5 of the CSV file) reports on "
              "behalf of the provincial people's government (line 7), so the issuing body is "
              "广东省人民政府 (blind23-25: the body, not the governor).")
ENC = "the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands before line 1 only, so the cut is UTF-8 without BOM."

DOCS = {
    "report_guangdong_2026_plan.txt": {
        "lines": (47, 49),
        "title_lines": 2,
        "facts": PLAN,
        "record": {
            "year_source": f"the excerpt (lines 47-49 of {CSV}) has no date line, so issued is null; {DATE_LINE}. It is the main goals of the 十五五 period (2026-2030) and the 2035 outlook; year 2026 (the report's year, as a reader of the whole report reads an excerpt; the period's first year; blind23 Guizhou fiveyear, blind25 Shandong plan). The GDP goal takes 2026-2030 from its own sentence, the heading running on into it.",
            "title_source": "the excerpt has no title line; its own heading, broken by the source over lines 1 and 2 of the cut, is used with the two lines joined (blind23 Guizhou fiveyear, blind25 Shandong plan: the cut's own heading).",
            "region_source": "the provincial work report of 广东省 (the province's name stands only inside the Green-Beautiful-Guangdong campaign name, so the cut has no region fact; the figures are the province's) → 广东省 440000.",
        },
    },
    "report_guangdong_2026_targets.txt": {
        "lines": (61, 64),
        "title_lines": 1,
        "facts": TARGETS,
        "record": {
            "year_source": f"the excerpt (lines 61-64 of {CSV}) has no date line, so issued is null; {DATE_LINE}. Its own heading names 2026, its lead names 2026 as the first year of the 十五五 period and its list head's this-year word is 2026's, so year 2026; the targets take 2026 from the list head's this-year word (period_source sentence for the GDP range in the list head's own sentence, paragraph for the revenue target after the ；; blind24 Shanxi targets).",
            "title_source": "the excerpt has no title line; its own heading (line 1 of the cut) is used (blind23 Guizhou, blind24 Shanxi, blind25 Shandong plans).",
            "region_source": "the provincial work report of 广东省 (the excerpt names no place; its figures are the province's) → 广东省 440000.",
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
            "doc": doc, "title": heading(text, spec["title_lines"]), "issued": None, "year": 2026,
            "issuer": "广东省人民政府", "genre": "report", "region": GD, "region_code": GDC,
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
