#!/usr/bin/env python3
"""Blind gold for the plan excerpt of the 2026 Yunnan work report (see NOTES_yunnan_plan.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_yunnan_2026_plan.txt.{jsonl,doc.json} next to this script.
The source text is read from the corpus (lines 66-68 of the CSV file 2026_云南省_政府工作报告.csv,
as manifest.tsv says: the cut is `sed -n` of those lines); when the /tmp/b17 cut exists it is
compared with it.
Checks that every `text` occurs in its source in the order listed (a text that repeats is searched
after its previous match; a fact may give `occ`, which occurrence at or after that point is meant,
so no report text other than the facts' own text is copied here), that no project/org/region name
is listed twice per document, and that period and period_source are null together.
The document title is not copied either: it is derived from the cut by the rule its record states.
Modelled on ../blind16/build_sichuan_plan.py (same constructors and checker).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = ("reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/"
          "2026_云南省_政府工作报告.csv")
CUTS = Path("/tmp/b17")

YN, YNC = "云南省", "530000"
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
        psrc="section", entity=None, region=YN, rcode=YNC, role="target", scope=None,
        currency="CNY", occ=None):
    f = {"kind": kind, "text": text, "value": value, "approx": approx, "value_max": None}
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

# ---------------------------------------------------------------- plan (lines 66-68)
# The heading of the 2026 work, the general requirement (no figure) and the main expected targets.
# The targets' paragraph opens with its list head, which names no year (no 今年, no 2026年), and it
# is a paragraph of its own; the general requirement above it names no year either. So every
# target takes 2026 from the heading in the cut: period_source `section` (blind4 Yunnan 2025 plan,
# the same list head; blind10 Liaoning, blind11 Tianjin, blind12 Ningxia). The targets are
# separated by `，` only, so they share one sentence. Role target for the whole list (the list head
# governs the list to its end, FACTS).
TS = dict(period=Y2026, psrc="section", role="target")
PLAN = [
    # line 1: the heading
    D2026("2026年"),
    # line 2: the general requirement. The party congress, its plenums and the central economic
    # work conference are meetings, not orgs (every plan gold); the general secretary is a person;
    # 中国 in the ideology's name is not a region. The place of the general secretary's inspection
    # is the province (blind4 Yunnan 2025: `云南` from the same phrase; blind16 Sichuan fiveyear).
    REG("云南", YN, YNC, "province", []),
    # the stabilising slogans and the development wording: no figure
    # a good start of the 15th plan: the plan period (blind4 Yunnan 2025 plan, blind16 Sichuan plan)
    D("“十五五”", "2026-01-01", "2030-12-31", "period"),
    # line 3: the main expected targets
    G("增长4.5%左右", 4.5, "地区生产总值", approx="左右", **TS),
    # a share kept at or above a level → percent (blind10 Heilongjiang invest `60%以上`, 占比)
    P("50%以上", 50, "产业投资占比", approx="以上", **TS),
    G("增长2%", 2, "地方一般公共预算收入", **TS),
    # the text's own qualifier kept (blind4 Yunnan 2025 plan `5.5%以内`, blind7, blind11, blind14)
    P("5.5%以内", 5.5, "城镇调查失业率", approx="以内", **TS),
    Q("50万人以上", 500000, "人", "城镇新增就业", approx="以上", **TS),
    # income growth in step with economic growth: no figure
    Q("1955万吨以上", 19550000, "吨", "粮食总产量", approx="以上", **TS),
    # the carbon-intensity task set after the state's review: no figure; the state is generic
]

COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the governor (line 16 of the CSV file) reports on behalf of the provincial people's government (line 18), so the issuing body is 云南省人民政府.",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = ("the report was delivered 2026-01-28 by the governor at the fourth session of the 14th "
             "people's congress of 云南省 (line 15 of the CSV file, the report text's date line; the "
             "page's posting time 2026-02-03 (line 9) and the CSV record's publish_date 2026-02-03 "
             "date the web copy, not the excerpt)")
CSV = "2026_云南省_政府工作报告.csv"

DOCS = {
    "report_yunnan_2026_plan.txt": {
        "lines": (66, 68),
        "facts": PLAN,
        "record": {
            "title": ("heading",),
            "year_source": f"the excerpt (lines 66-68 of {CSV}) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading is 2026's, so year 2026; its targets take 2026 from that heading (period_source section: neither the targets' paragraph nor the general requirement names a year).",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "the provincial work report (the region fact 云南) → 云南省 530000.",
            "encoding_source": "the cut is sed output (lines 66-68) of a UTF-8 CSV file whose BOM stands before line 1, so the cut itself is UTF-8 without BOM.",
        },
    },
}


def make_title(text, how):
    """The record's title, taken from the excerpt so that no report text is copied here:
    `heading` its first line; `lead` its lead up to the first 。 (without it); `colon` its lead
    clause up to the colon that opens the list (without it)."""
    first = text.split("\n", 1)[0]
    if how == "heading":
        return first
    if how == "lead":
        return first.split("。", 1)[0]
    if how == "colon":
        return first.split("：", 1)[0]
    raise ValueError(how)


def check_and_strip(doc, text, facts):
    errors = []
    pos = 0
    seen = set()
    last = {}
    out = []
    for f in facts:
        occ = f.pop("_occ", None) or 1
        # a text that repeats is searched after its previous match; occ picks a later occurrence
        at = max(pos, last.get(f["text"], -1) + 1) - 1
        for _ in range(occ):
            at = text.find(f["text"], at + 1)
            if at < 0:
                break
        if at < 0:
            errors.append(f"{doc}: {f['kind']} {f['text']!r} not found at or after offset {pos}")
            continue
        if "\n" in f["text"]:
            errors.append(f"{doc}: {f['text']!r} spans a line break")
        pos = at
        last[f["text"]] = at
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
        record = {
            "doc": doc, "title": make_title(text, spec["record"]["title"][0]), "issued": None, "year": 2026,
            "issuer": "云南省人民政府", "genre": "report", "region": YN, "region_code": YNC,
            "doc_number": None, "encoding": "UTF-8",
            "year_source": spec["record"]["year_source"],
            "issuer_source": COMMON_SRC["issuer_source"],
            "title_source": spec["record"]["title_source"],
            "region_source": spec["record"]["region_source"],
            "genre_source": COMMON_SRC["genre_source"],
            "encoding_source": spec["record"]["encoding_source"],
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
