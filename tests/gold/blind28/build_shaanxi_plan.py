#!/usr/bin/env python3
"""Blind gold for two excerpts of the 2026 Shaanxi work report (see NOTES_shaanxi_plan.md): the
heading of part 二 on the 十五五 period, its lead lines and the first of the three aspects (lines
36-40 of the CSV, report_shaanxi_2026_plan.txt), and the 2026 part's heading, its lead (the
opening-year sentence with the general requirement), the main expected targets and the line
announcing the work areas (lines 43-46, report_shaanxi_2026_targets.txt).

Written by hand, without running tongbao or reading its source, rules, tests, benches or output.
Writes report_shaanxi_2026_{plan,targets}.txt.{jsonl,doc.json} next to this script. The source
text is read from the corpus (the lines of 2026_陕西省_政府工作报告.csv that manifest.tsv names;
the CSV's last field holds the whole report, so each later file line is one paragraph); when the
/tmp/b28src cuts exist they are compared with it byte for byte.

Every fact is pinned to the CSV file line it stands on (`at(LINE)` before a run of facts). The
checker looks for each `text` on that line only, from the end of the previous fact's match (so a
repeated text is found after its earlier match; `skip()` passes over an occurrence that is not
annotated), refuses a text spanning a line break, a project/org/region name listed twice per
document, period and period_source not null together, and an `entity` that is not a listed
project/org/region name of the same document. It writes nothing when a check fails. With --show
it prints each match with a few characters of context and writes nothing.

No report text other than the facts' own text, names and subjects is copied here; the document
titles are derived from the cuts (their first line).
Modelled on ../blind27/build_hebei_plan.py (constructors, checker, record, --show).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_陕西省_政府工作报告.csv"
CSV = "2026_陕西省_政府工作报告.csv"
CUTS = Path("/tmp/b28src")

SX, SXC = "陕西省", "610000"
P155 = {"date_start": "2026-01-01", "date_end": "2030-12-31"}   # the 十五五 period
Y2026 = {"date_start": "2026-01-01", "date_end": "2026-12-31"}
Y2030 = {"date_start": "2030-01-01", "date_end": "2030-12-31"}


def source(first, last):
    # sed -n 'FIRST,LASTp' of the file as bytes: the lines are plain report text inside the CSV's
    # last (quoted) field; none of the cut lines holds an ASCII quote, so nothing is unescaped.
    raw = (CORPUS / REPORT).read_bytes()
    lines = raw.split(b"\n")
    lines = [l + b"\n" for l in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    return b"".join(lines[first - 1:last]).decode("utf-8")


# ---------------------------------------------------------------- constructors
FACTS = {}          # doc -> [(fact, CSV line)]
CUR = [None, None]  # current doc, current line


def doc(name):
    CUR[0] = name
    FACTS[name] = []


def at(line):
    """Facts that follow stand on this CSV file line."""
    CUR[1] = line


def _add(f):
    FACTS[CUR[0]].append((f, CUR[1]))


def skip(text):
    """Move past one occurrence of text on the current line without annotating it."""
    _add({"kind": None, "text": text})


def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2026,
        psrc="section", entity=None, region=SX, rcode=SXC, role="target", scope=None,
        currency="CNY", value_max=None):
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
    _add(f)


def G(text, value, subject, **kw):
    num("growth", text, value, subject, unit=kw.pop("unit", "%"), **kw)


def Q(text, value, unit, subject, **kw):
    num("quantity", text, value, subject, unit=unit, **kw)


def P(text, value, subject, **kw):
    num("percent", text, value, subject, unit="%", **kw)


def M(text, value, subject, **kw):
    num("money", text, value, subject, **kw)


def D(text, start, end, grain, approx=None):
    _add({"kind": "date", "text": text, "date_start": start, "date_end": end, "grain": grain,
          "approx": approx})


def D155(text):
    D(text, "2026-01-01", "2030-12-31", "period")


def DY(text, year=2026):
    D(text, f"{year}-01-01", f"{year}-12-31", "year")


def N(kind, name, text=None):
    _add({"kind": kind, "text": text or name, "name": name})


def REG(name, canonical, code, level, parents):
    _add({"kind": "region", "text": name, "name": name, "canonical": canonical, "code": code,
          "level": level, "parents": parents})


# ================================================================ plan (lines 36-40)
# Line 36: the part heading (the 十五五 period's main goals and major measures). Line 37: the
# proposal of the provincial party committee and the draft outline drawn up by the provincial
# government, both titles in 《》. Line 38: the period's place (a key period; the province's key
# five years) and its conditions. Line 39: the outline's aims and the list head announcing three
# aspects. Line 40: the first aspect, with the period's growth and share goals.
doc("report_shaanxi_2026_plan.txt")
at(36)
# the heading's period (FACTS `“十四五”时期`; blind25 Shandong plan, blind26 Guangdong plan,
# blind27 Hebei plan)
D155("“十五五”时期")
at(37)
# the provincial party committee, standing on its own before (not inside) the title of its
# proposal, as the author: the body itself (blind27 Hebei targets `省委` standing alone; blind25
# Shandong plan left the committee out only where it stood inside the proposal's 《》 title)
N("org", "省委")
# the plan's full ordinal name inside the proposal's title and inside the outline's title:
# dated each time (blind25 Shandong plan, twice, citing blind23 Guizhou fiveyear)
D155("第十五个五年规划")
# the provincial government, the body that drew up the draft outline (blind25 Shandong plan)
N("org", "省政府")
# the province's full name inside the outline's title is nested (no region); the congress the
# draft goes to is a meeting
D155("第十五个五年规划")
at(38)
D155("“十五五”时期")
# the province standing on its own (the key five years of the province in Chinese modernisation;
# again later on this line as the owner of the industrial system, and on line 39 as the
# province the general secretary gave its positioning; listed once: blind25-27 list the province
# once per cut). 中国 inside "Chinese modernisation", the country word and the province-wide word
# are no regions (blind25-27). The key five years: a duration (blind25 Shandong plan).
REG("陕西", SX, SXC, "province", [])
at(39)
# nothing to annotate: the province again (already listed); the coming five years (a duration,
# not a date: blind26 news "the next 50 years"; seed CONVENTIONS `近5年来`); the three aspects
# (an announced count, blind26 Guangdong and blind27 Hebei targets)
at(40)
# ---- the first aspect. Role target throughout: the main goals head the list of aspects (FACTS:
# a list head governs the list), and two of the sentences carry their own striving word.
# Entity null; region the province.
D155("“十五五”时期")
# GDP over the period: its sentence names the period itself -> sentence (blind26 Guangdong plan,
# the same goal and text)
G("年均增长5％左右", 5, "地区生产总值", approx="左右", basis="年均", period=P155, psrc="sentence")
# by 2030: the date `2030年` (seed CONVENTIONS `到2018年`), and the R&D intensity level to be
# reached that year (a ratio -> percent; period the year its own sentence names)
DY("2030年", 2030)
P("3.2％左右", 3.2, "全社会研发投入强度", approx="左右", period=Y2030, psrc="sentence")
# the industry sentence names no date: the paragraph's period (the 十五五 period of its GDP
# sentence) -> 2026-2030, paragraph (dev CONVENTIONS: a date of an earlier sentence of the
# paragraph)
G("年均增长6.5％左右", 6.5, "规模以上工业增加值", approx="左右", basis="年均", period=P155,
  psrc="paragraph")
# the digital economy's share: a share -> percent; the reaching verb is no qualifier
P("9.5％", 9.5, "数字经济核心产业增加值比重", period=P155, psrc="paragraph")
# industrial and private investment share one growth mention: one fact, both heads in the
# subject (blind25 Shandong review `增长10%以上`, one fact for two heads)
G("年均增长6％左右", 6, "工业投资、民间投资", approx="左右", basis="年均", period=P155,
  psrc="paragraph")

# ================================================================ targets (lines 43-46)
# Line 43: the part heading naming 2026. Line 44: the opening-year sentence and the general
# requirement (one paragraph). Line 45: the main expected targets, a paragraph of its own whose
# list head names no year. Line 46: the line counting the work areas, with its own this-year word.
doc("report_shaanxi_2026_targets.txt")
at(43)
DY("2026年")
at(44)
# the opening-year sentence's this-year word; the plan period whose first year it is is no second
# date (FACTS `今年是“十四五”规划收官之年` gives one date; blind25-27)
DY("今年")
skip("“十五五”")
# no org: the party only inside its congress and plenums, the central economic work conference a
# meeting, the general secretary a person. The province's one-character form in the inspection
# phrase: no region (blind25-27 news: one-character forms are not regions). 中国 inside the
# ideology's name; the nation-wide market; the quoted labels and the four "stabilise" slogans: none.
# the good start of the plan period at the end of the general requirement (blind25 Shandong,
# blind27 Hebei targets)
D155("“十五五”")
at(45)
# ---- the targets: their paragraph names no year; the part (heading 2026, lead this year) gives
# 2026 -> period_source section (blind25 Shandong targets, whose lead also stood on a line of its
# own; blind27 Hebei wrote paragraph only because its targets shared the lead's line). Role
# target: the list head governs the list (FACTS). Entity null; region the province. Basis null.
G("增长5％左右", 5, "生产总值", approx="左右")
# fixed-asset investment kept above the national average: no figure
G("增长3％", 3, "一般公共预算收入")
# residents' income growing faster than the economy and the nation: no figure
Q("40万人以上", 400000, "人", "城镇新增就业", approx="以上")
P("5.5％左右", 5.5, "城镇调查失业率", approx="左右")
# a price change is growth (blind27 Hebei, citing blind24 Shanxi)
G("2％左右", 2, "居民消费价格涨幅", approx="左右")
# the state's grain and carbon-intensity tasks met: no figure; the state no org
at(46)
# this year's work: a date (blind25 Shandong targets: the general requirement's this-year word);
# the nine work areas are an announced count (blind26 Guangdong, blind27 Hebei targets)
DY("今年")


# ---------------------------------------------------------------- titles (derived, not copied)
def first_line(text):
    return text.split("\n")[0].strip()


DATE_LINE = ("the report was delivered 2026-01-27 by the governor 赵刚 at the fourth session of the "
             "14th people's congress of 陕西省 (line 13 of the CSV file, the report text's date line "
             "under its title on line 12, which also names the governor; the page header repeats "
             "both on lines 3-4); the CSV record's publish_date 2026-02-02 (line 2) and the web "
             "copy's time line (line 15) date the web copy, not the excerpt")
ISSUER_SRC = ("no signature line in the excerpt; the governor (line 13 of the CSV file, with his "
              "title) reports on behalf of the provincial people's government (line 21), so the "
              "issuing body is 陕西省人民政府 (blind25-27: the body, not the governor).")
ENC = ("the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands before line 1 "
       "only, so the cut is UTF-8 without BOM.")

DOCS = {
    "report_shaanxi_2026_plan.txt": {
        "lines": (36, 40),
        "title": first_line,
        "record": {
            "year_source": f"the excerpt (lines 36-40 of {CSV}) has no date line, so issued is null; {DATE_LINE}. It is the heading, the lead and the first aspect of the part on the 十五五 period (2026-2030); year 2026 (the report's year, as a reader of the whole report reads an excerpt; the period's first year; blind25 Shandong, blind26 Guangdong, blind27 Hebei plans).",
            "title_source": "the excerpt has no title line; its own part heading (line 1 of the cut) is used (blind25 Shandong plan).",
            "region_source": "the provincial work report of 陕西省 (the province is also named on its own in the cut) → 陕西省 610000.",
        },
    },
    "report_shaanxi_2026_targets.txt": {
        "lines": (43, 46),
        "title": first_line,
        "record": {
            "year_source": f"the excerpt (lines 43-46 of {CSV}) has no date line, so issued is null; {DATE_LINE}. Its own heading names 2026 and its this-year words are 2026's, so year 2026; the targets' paragraph names no year, so they take 2026 from the part (period_source section; blind25 Shandong targets).",
            "title_source": "the excerpt has no title line; its own part heading (line 1 of the cut) is used (blind25 Shandong, blind26 Guangdong, blind27 Hebei targets).",
            "region_source": "the provincial work report of 陕西省 (the excerpt names the province only in its one-character form; its figures are the province's) → 陕西省 610000.",
        },
    },
}


def check(doc_name, text, first_line_no, facts, show):
    lines = text.split("\n")
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln) + 1)
    errors, out, seen = [], [], set()
    pos = 0
    for f, line in facts:
        t = f["text"]
        k = line - first_line_no
        if not 0 <= k < len(lines) or not lines[k]:
            errors.append(f"{doc_name}: line {line} is not a line of the cut")
            continue
        lo, hi = starts[k], starts[k] + len(lines[k])
        i = text.find(t, max(pos, lo))
        if i < 0 or i + len(t) > hi:
            errors.append(f"{doc_name}: {f['kind']} {t!r} not found (in order) on line {line} after {pos}")
            continue
        if "\n" in t:
            errors.append(f"{doc_name}: {t!r} spans a line break")
        if show:
            mark = f["kind"] or "(skip)"
            print(f"  {line:3d} {i:4d} {mark:8} {text[max(lo, i - 8):i]}[{t}]{text[i + len(t):min(hi, i + len(t) + 8)]}")
        pos = i + len(t)
        if f["kind"] is None:
            continue
        if f["kind"] in ("project", "org", "region"):
            key = "".join(f["name"].split())
            if key in seen:
                errors.append(f"{doc_name}: name {key!r} listed twice")
            seen.add(key)
        if "period" in f and (f["period"] is None) != (f["period_source"] is None):
            errors.append(f"{doc_name}: {t!r}: period and period_source not null together")
        out.append({"doc": doc_name, **f})
    for f in out:
        ent = f.get("entity")
        if ent is not None and "".join(ent.split()) not in seen:
            errors.append(f"{doc_name}: {f['text']!r}: entity {ent!r} is not a listed name")
    return out, errors


def main():
    show = "--show" in sys.argv[1:]
    all_errors, results = [], []
    for name, spec in DOCS.items():
        first, last = spec["lines"]
        text = source(first, last)
        cut = CUTS / name
        if cut.exists() and cut.read_bytes() != text.encode("utf-8"):
            all_errors.append(f"{name}: {CUTS} copy differs from the corpus lines {spec['lines']}")
        if show:
            print(name)
        facts, errors = check(name, text, first, FACTS[name], show)
        all_errors += errors
        rec = spec["record"]
        record = {
            "doc": name, "title": spec["title"](text), "issued": None, "year": 2026,
            "issuer": "陕西省人民政府", "genre": "report", "region": SX, "region_code": SXC,
            "doc_number": None, "encoding": "UTF-8",
            "year_source": rec["year_source"],
            "issuer_source": ISSUER_SRC,
            "title_source": rec["title_source"],
            "region_source": rec["region_source"],
            "genre_source": "政府工作报告 → report.",
            "encoding_source": ENC.format(f"lines {first}-{last}" if first != last else f"line {first}"),
        }
        if show:
            print(f"  title: {record['title']}")
        results.append((name, facts, record))
    if all_errors:
        print("\n".join(all_errors), file=sys.stderr)
        sys.exit(1)
    if show:
        return
    for name, facts, record in results:
        with open(HERE / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for f in facts:
                fh.write(json.dumps(f, ensure_ascii=False) + "\n")
        with open(HERE / f"{name}.doc.json", "w", encoding="utf-8") as fh:
            json.dump(record, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        counts = {}
        for f in facts:
            counts[f["kind"]] = counts.get(f["kind"], 0) + 1
        print(name, len(facts), dict(sorted(counts.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
