#!/usr/bin/env python3
"""Blind gold for two excerpts of the 2026 Hebei work report (see NOTES_hebei_plan.md): the
十五五 period's main goals, one paragraph (line 34 of the CSV, report_hebei_2026_plan.txt), and
the 2026 part's heading, its lead holding the opening-year sentence and the main expected
targets, and the line announcing the six work areas (lines 43-45, report_hebei_2026_targets.txt).

Written by hand, without running tongbao or reading its source, rules, tests, benches or output.
Writes report_hebei_2026_{plan,targets}.txt.{jsonl,doc.json} next to this script. The source
text is read from the corpus (the lines of 2026_河北省_政府工作报告.csv that manifest.tsv names;
the CSV's last field holds the whole report, so each later file line is one paragraph); when the
/tmp/b27src cuts exist they are compared with it.

Every fact is pinned to the CSV file line it stands on (`at(LINE)` before a run of facts). The
checker looks for each `text` on that line only, from the end of the previous fact's match (so a
repeated text is found after its earlier match; `skip()` passes over an occurrence that is not
annotated), refuses a text spanning a line break, a project/org/region name listed twice per
document, period and period_source not null together, and an `entity` that is not a listed
project/org/region name of the same document. It writes nothing when a check fails. With --show
it prints each match with a few characters of context and writes nothing.

No report text other than the facts' own text, names and subjects is copied here; the document
titles are derived from the cuts.
Modelled on ../blind26/build_guangdong_plan.py (constructors, record) and ../blind26/build_news.py
(facts pinned by line, --show).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_河北省_政府工作报告.csv"
CSV = "2026_河北省_政府工作报告.csv"
CUTS = Path("/tmp/b27src")

HB, HBC = "河北省", "130000"
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
        psrc="section", entity=None, region=HB, rcode=HBC, role="target", scope=None,
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


def DY(text):
    D(text, "2026-01-01", "2026-12-31", "year")


def N(kind, name, text=None):
    _add({"kind": kind, "text": text or name, "name": name})


def REG(name, canonical, code, level, parents):
    _add({"kind": "region", "text": name, "name": name, "canonical": canonical, "code": code,
          "level": level, "parents": parents})


# ================================================================ plan (line 34)
# One paragraph: the list head "the 十五五 period's main goals of economic and social development
# are:" and seven goals in words, up to the only 。.
doc("report_hebei_2026_plan.txt")
at(34)
# the period the list head names (FACTS `“十四五”时期`; blind25 Shandong plan, blind26 Guangdong
# plan: the goals' own `“十五五”时期` is a date)
D155("“十五五”时期")
# The seven goals carry no figure: no numeric fact. The two province-named construction goals
# (the Beautiful-Hebei and Safe-Hebei phrases) are campaign names, no region (blind25 Shandong
# plan, blind26 Guangdong plan: the province inside its Beautiful-X phrase is nested; the Safe-X
# phrase is the same construction, modelled on the nation's Safe-China campaign). Not projects
# (programmes, seed `满园工程`).

# ================================================================ targets (lines 43-45)
# Line 43: the part heading naming 2026. Line 44: one paragraph: the opening-year sentence with
# the general requirement (up to the first 。), then the list head "the main expected targets
# are:" (no year of its own) and eight targets joined by commas up to the second 。. Line 45: the
# line announcing the six work areas.
doc("report_hebei_2026_targets.txt")
at(43)
# the heading's year (blind24-26 plans)
DY("2026年")
at(44)
# the opening-year sentence's own this-year word (blind25 Shandong: the same sentence form);
# the plan period whose first year it is is no second date (FACTS `今年是“十四五”规划收官之年`
# gives one date; blind24-26 plans); the "first year" is an ordinal
DY("今年")
skip("“十五五”")
# the central economic work conference is a meeting (no org, no date: blind24 Shanxi, blind25
# Shandong plans). The provincial party committee stands alone as the body whose deployment is
# carried out: the body itself, not a meeting (blind24 Shanxi review, blind26 Guangdong review
# `省委`; seed CONVENTIONS relative names such as `市委`)
N("org", "省委")
# the four "stabilise" slogans and the "quality and efficiency" wording: no figures
# the good start of the plan period at the end of the general requirement (blind24 Shanxi,
# blind25 Shandong targets)
D155("“十五五”")
# ---- the targets. The list head names no year, but its paragraph does (the opening-year
# sentence's this-year word): period 2026, period_source paragraph (FACTS: the sentence, else the
# paragraph; blind26 Guangdong targets gave `paragraph` to a target whose own sentence had no
# date but whose paragraph did; blind25 Shandong wrote `section` only because its targets'
# paragraph had no date). Role target: the list head governs the list to its end (FACTS).
# Entity null (province-wide targets); region the province. Basis null (no comparison word).
G("增长5%以上", 5, "地区生产总值", approx="以上", psrc="paragraph")
G("增长2%左右", 2, "一般公共预算收入", approx="左右", psrc="paragraph")
G("增长5.5%左右", 5.5, "规上工业增加值", approx="左右", psrc="paragraph")
G("增长5.5%左右", 5.5, "固定资产投资", approx="左右", psrc="paragraph")
G("增长5%左右", 5, "社会消费品零售总额", approx="左右", psrc="paragraph")
G("增长5%左右", 5, "居民人均可支配收入", approx="左右", psrc="paragraph")
# the consumer price rise: a price change is growth (blind24 Shanxi, citing every plan gold;
# blind21/23 the same text and subject as recorded there)
G("2%左右", 2, "居民消费价格涨幅", approx="左右", psrc="paragraph")
# the surveyed urban unemployment rate: a rate, percent; the "held within" verb is no qualifier
# (blind24 Shanxi, blind25 Shandong)
P("5.5%左右", 5.5, "城镇调查失业率", approx="左右", psrc="paragraph")
at(45)
# the six work areas: an announced count of areas, no quantity (blind26 Guangdong targets, citing
# blind21/22 via blind23). Nothing to annotate on this line.


# ---------------------------------------------------------------- titles (derived, not copied)
def plan_title(text):
    """The plan cut has no heading line; its list head (before the colon of 'are:') is the heading
    the paragraph opens with."""
    first = text.split("\n")[0]
    return first.split("：")[0][:-1]   # drop the copula before the colon


def first_line(text):
    return text.split("\n")[0].strip()


DATE_LINE = ("the report was delivered 2026-01-26 by the governor 王正谱 at the fourth session of the "
             "14th people's congress of 河北省 (line 12 of the CSV file, the report text's date line "
             "under its title on line 11; the governor on line 15); the CSV record's publish_date "
             "2026-02-02 (line 2) and the newspaper copy's time line (line 14) date the web copy, not "
             "the excerpt")
ISSUER_SRC = ("no signature line in the excerpt; the governor (line 15 of the CSV file, with his title "
              "in the provincial people's government) reports on behalf of the provincial people's "
              "government (line 18), so the issuing body is 河北省人民政府 (blind24-26: the body, not "
              "the governor).")
ENC = ("the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands before line 1 "
       "only, so the cut is UTF-8 without BOM.")

DOCS = {
    "report_hebei_2026_plan.txt": {
        "lines": (34, 34),
        "title": plan_title,
        "record": {
            "year_source": f"the excerpt (line 34 of {CSV}) has no date line, so issued is null; {DATE_LINE}. It is the main goals of the 十五五 period (2026-2030), under part 二 on the period's goals and tasks (line 31, outside the cut); year 2026 (the report's year, as a reader of the whole report reads an excerpt; the period's first year; blind25 Shandong plan, blind26 Guangdong plan).",
            "title_source": "the excerpt has no heading line of its own: the paragraph opens with its list head (the 十五五 period's main goals of economic and social development), which is used without the copula and colon; it equals the heading blind26 Guangdong plan took from its cut. The part heading (line 31) is outside the cut.",
            "region_source": "the provincial work report of 河北省 (the province's name stands only inside the Beautiful-Hebei and Safe-Hebei campaign names, so the cut has no region fact) → 河北省 130000.",
        },
    },
    "report_hebei_2026_targets.txt": {
        "lines": (43, 45),
        "title": first_line,
        "record": {
            "year_source": f"the excerpt (lines 43-45 of {CSV}) has no date line, so issued is null; {DATE_LINE}. Its own heading names 2026 and its lead's this-year word is 2026's, so year 2026; the targets take 2026 from the this-year word of their own paragraph (period_source paragraph: their list head names no year).",
            "title_source": "the excerpt has no title line; its own part heading (line 1 of the cut) is used (blind24 Shanxi, blind25 Shandong, blind26 Guangdong targets).",
            "region_source": "the provincial work report of 河北省 (the excerpt names no place; its figures are the province's) → 河北省 130000.",
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
            "issuer": "河北省人民政府", "genre": "report", "region": HB, "region_code": HBC,
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
