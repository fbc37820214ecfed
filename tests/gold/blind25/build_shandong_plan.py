#!/usr/bin/env python3
"""Blind gold for two excerpts of the 2026 Shandong work report (see NOTES_shandong_plan.md):
the heading of the part on the goals and tasks of the 十五五 period, its lead and the period's
main goals (lines 39-41, report_shandong_2026_plan.txt), and the 2026 part's heading, its lead
with the general requirement and the main expected targets (lines 44-46,
report_shandong_2026_targets.txt).

Written by hand, without running tongbao or reading its source, rules, tests, benches or output.
Writes report_shandong_2026_{plan,targets}.txt.{jsonl,doc.json} next to this script. The source
text is read from the corpus (the lines of 2026_山东省_政府工作报告.csv that manifest.tsv names;
the CSV's last field holds the whole report, so its file lines are the report's paragraphs); when
the /tmp/b25src cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (each text is searched from the
end of the previous fact's match, so a text inside an earlier fact's text is not matched there; a
fact may give `occ`, which occurrence from that point is meant), that no text spans a line break,
that no project/org/region name is listed twice per document, that period and period_source are
null together, and that every `entity` is a project/org/region name listed for the same document.
It writes nothing when a check fails.
No report text other than the facts' own text, names and subjects is copied here; the document
titles are derived from the cuts (their first line, the heading).
Modelled on ../blind24/build_shanxi_plan.py and ../blind23/build_guizhou_fiveyear.py (same
constructors and checker).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_山东省_政府工作报告.csv"
CSV = "2026_山东省_政府工作报告.csv"
CUTS = Path("/tmp/b25src")

SD, SDC = "山东省", "370000"
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
        psrc="section", entity=None, region=SD, rcode=SDC, role="target", scope=None,
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


# ---------------------------------------------------------------- plan (lines 39-41)
# Line 1: the part heading (an ordinal and the 十五五 period). Line 2: the lead (the period's
# place in the modernisation drive and the "key five years"; the party committee's proposal and
# the draft outline the provincial government drew up, both named by their 《》 titles). Line 3:
# the period's main goals, in words only: no figure, so no numeric fact and no period question.
PLAN = [
    # ---- line 1: heading (blind23 Guizhou fiveyear: the heading's period is a date)
    D155("“十五五”时期"),
    # ---- line 2: lead. The basic modernisation (no year in the cut), the "key five years" (a
    # duration, seed CONVENTIONS), the party's fourth plenum (a meeting: no org, blind21-23)
    D155("“十五五”时期"),
    # the plan's full ordinal name inside the proposal's 《》 title (blind23 Guizhou fiveyear:
    # the plan's name inside the outline's title is a date). The party committee named inside
    # the title as its author and the province inside both titles are nested (no org, no region)
    D155("第十五个五年规划"),
    # the provincial government that drew up the draft outline (blind23 Guizhou fiveyear)
    N("org", "省政府"),
    # the same plan name inside the draft outline's 《》 title (a second mention, listed again
    # as the three period mentions are: blind23 Guizhou fiveyear)
    D155("第十五个五年规划"),
    # the congress the draft goes to: a meeting (blind23 Guizhou fiveyear)
    # ---- line 3: the period's main goals
    D155("“十五五”时期"),
    # No facts in the rest: the province-wide word; the Yellow River basin strategy (a river
    # basin, a macro-area: blind22 news); the pilot zone and the opening highland (designations,
    # no named works); the quoted "eight" notable improvements and "ten" works (labels, seed
    # CONVENTIONS `四大主导产业`, `十条政策`); the province inside the Beautiful-Shandong
    # campaign name, twice (nested in a campaign phrase: blind23 news, the beautiful-China phrase);
    # the poetic province name inside the rural-revitalisation model label (blind22 Anhui
    # fiveyear: poetic names left out); the northern-region growth pole (a macro-area: blind23/24
    # news); the ten works themselves (programmes, seed `满园工程`); the new era and the strong
    # modern province (no date)
]

# ---------------------------------------------------------------- targets (lines 44-46)
# Line 1: the heading naming 2026. Line 2: the opening-year sentence and the general requirement.
# Line 3: the main expected targets. The list head ("proposed main expected targets of economic
# and social development are:") names no year and the targets' paragraph has no date, so the
# targets take 2026 from the part (heading and lead): period_source `section`, role target
# (blind22 Anhui plan, blind23 Guizhou plan; unlike blind24 Shanxi, whose list head named this
# year). Basis null everywhere (no comparison word). Entity null; region 山东省 370000.
TP = dict(period=Y2026, psrc="section", role="target")
TARGETS = [
    # ---- line 1: heading (blind22-24 plans: the heading's year is a date)
    D("2026年", "2026-01-01", "2026-12-31", "year"),
    # ---- line 2: the opening-year sentence (blind23 Guizhou `今年`); the plan period it opens is
    # no second date (FACTS `今年是“十四五”规划收官之年`; blind22-24 plans)
    D("今年", "2026-01-01", "2026-12-31", "year"),
    # the provincial committee's economic work conference (a meeting: no org, blind22/23 plans)
    # this year's government work (blind22 Anhui, blind24 Shanxi `今年` of the general requirement)
    D("今年", "2026-01-01", "2026-12-31", "year"),
    # the ideology (the new era no date), the party congress and plenums (meetings), the quoted
    # "two establishments", "four consciousnesses", "four confidences", "two safeguards" (labels),
    # the general secretary (a person); the province he inspected, standing alone (blind22 Anhui,
    # blind23 Guizhou plans, the same phrase)
    REG("山东", SD, SDC, "province", []),
    # the quoted slogans, the two overall situations, the industrial economy's quoted "number one
    # project" and the quoted "ten works" (labels and programmes, no project), the four
    # "stabilise" slogans, the pilot zone and opening highland (designations), the northern
    # region (a macro-area), the "quality and quantity" wording: no facts
    # the good start of the plan period at the end of the general requirement (blind22-24 plans)
    D155("“十五五”"),
    # the nation's overall situation: no region
    # ---- line 3: the main expected targets
    G("增长5%以上", 5, "地区生产总值", approx="以上", **TP),
    # striving for a better result in practice: no figure
    G("增长2%", 2, "一般公共预算收入", **TP),
    # residents' income growing in step with the economy: no figure
    # the "held within" verb is no qualifier, the trailing 左右 is (blind24 Shanxi)
    P("5.5%左右", 5.5, "城镇调查失业率", approx="左右", **TP),
    Q("110万人以上", 1_100_000, "人", "城镇新增就业", approx="以上", **TP),   # blind23 `60万人左右`
    # consumer prices kept at a reasonable level; the state's binding energy, emission and carbon
    # indicators and environmental-quality goals met in full: no figure (the state is no org)
]


# ---------------------------------------------------------------- titles (derived, not copied)
def heading(text):
    """The cut's own heading: its first line."""
    return text.split("\n", 1)[0].strip()


DATE_LINE = ("the report was delivered 2026-01-27 by the governor 周乃翔 at the fourth session of the "
             "14th people's congress of 山东省 (line 12 of the CSV file, the report text's date line, "
             "under the title on line 11; the governor on line 15); the newspaper copy's time line "
             "(line 14) and the CSV record's publish_date 2026-02-01 (line 2) date the web copy, not "
             "the excerpt")
ISSUER_SRC = ("no signature line in the excerpt; the governor (line 15 of the CSV file) reports on "
              "behalf of the provincial people's government (line 17), so the issuing body is "
              "山东省人民政府 (blind22-24: the body, not the governor).")
ENC = "the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands before line 1 only, so the cut is UTF-8 without BOM."

DOCS = {
    "report_shandong_2026_plan.txt": {
        "lines": (39, 41),
        "facts": PLAN,
        "record": {
            "year_source": f"the excerpt (lines 39-41 of {CSV}) has no date line, so issued is null; {DATE_LINE}. It is the heading, the lead and the main goals of the part on the goals and tasks of the 十五五 period (2026-2030); year 2026 (the report's year, as a reader of the whole report reads an excerpt; the period's first year; blind23 Guizhou fiveyear). The goals carry no figure, so no fact needs a period.",
            "title_source": "the excerpt has no title line; its own heading (line 1 of the cut) is used (blind23 Guizhou fiveyear, blind22-24 plans).",
            "region_source": "the provincial work report of 山东省 (the excerpt's province-wide word; the province's name stands only inside the two 《》 titles and inside campaign and label phrases, so the cut has no region fact) → 山东省 370000.",
        },
    },
    "report_shandong_2026_targets.txt": {
        "lines": (44, 46),
        "facts": TARGETS,
        "record": {
            "year_source": f"the excerpt (lines 44-46 of {CSV}) has no date line, so issued is null; {DATE_LINE}. Its own heading names 2026, its lead names this year as the opening year of the 十五五 period and its this-year words are 2026's, so year 2026; the targets' list head names no year, so they take 2026 from the part (period_source section; blind22 Anhui, blind23 Guizhou plans).",
            "title_source": "the excerpt has no title line; its own heading (line 1 of the cut) is used (blind22 Anhui, blind23 Guizhou, blind24 Shanxi plans).",
            "region_source": "the provincial work report of 山东省 (the region fact 山东, where the general secretary's inspection is named; the figures are the province's) → 山东省 370000.",
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
            "issuer": "山东省人民政府", "genre": "report", "region": SD, "region_code": SDC,
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
