#!/usr/bin/env python3
"""Blind gold for the demand-and-investment plan excerpt of the 2026 Fujian work report
(see NOTES_fujian_invest.md).

Written by hand, without running tongbao or cargo or reading its source, rules, tests or output.
Writes report_fujian_2026_invest.txt.{jsonl,doc.json} next to this script. The source text is
read from the corpus (lines 83-85 of 2026_福建省_政府工作报告.csv, as manifest.tsv says; the CSV's
last field holds the whole report, so its file lines are the report's paragraphs); when the
/tmp/b19 cut exists it is compared with it.
Checks that every `text` occurs in its source in the order listed (a text that repeats is searched
after its previous match; a fact may give `occ`, which occurrence at or after that point is meant,
or `same`, the very mention the fact before it matched: two facts read from one mention), that no
project/org/region name is listed twice per document, and that period and period_source are null
together. No report text other than the facts' own text, names and subjects is copied here; the
document title is derived from the cut by the rule its record states.
Modelled on ../blind18/build_zhejiang_invest.py (same constructors and checker).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_福建省_政府工作报告.csv"
CUTS = Path("/tmp/b19")

FJ, FJC = "福建省", "350000"
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
        psrc="section", entity=None, region=FJ, rcode=FJC, role="target", scope=None,
        currency="CNY", occ=None, same=False):
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
    if same:
        f["_same"] = True
    return f


def Q(text, value, unit, subject, **kw):
    return num("quantity", text, value, subject, unit=unit, **kw)


def M(text, value, subject, **kw):
    return num("money", text, value, subject, **kw)


def N(kind, name, occ=None):
    f = {"kind": kind, "text": name, "name": name}
    if occ:
        f["_occ"] = occ
    return f


# Every figure of the excerpt is a 2026 work-plan figure: the excerpt is part (二) of the 2026 work
# (plan heading line 76, the opening-year lead line 77 and the targets line 78, all outside the
# cut); its own part heading names no year and the cut has no date. So period 2026,
# period_source `section`, role `target` (blind18 Zhejiang invest, blind9 Jilin, blind10 Liaoning,
# blind14 Shanghai plan paragraphs). The investment threshold is a size: period, role null.
SIZE = dict(period=None, role=None)

# ---------------------------------------------------------------- invest (lines 83-85)
INVEST = [
    # line 1: the part heading (二) and its lead: no fact (the item number is an ordinal)
    # line 2 (consumption): no figure, no name. The quoted "two new" policies, the shopping
    # campaign with the one-character province word, the quoted "hundred-thousand-ten-thousand"
    # works (a programme), the quarter-hour living circles (a label, blind5 `一小时生活圈`) and the
    # quoted economies are labels; the income plan and the special action are plans/campaigns.
    # line 3 (investment): the quoted "two priorities" projects (label); the five networks
    # (transport, logistics, water, energy, information) are systems, not single works
    # (blind15 Hainan: the backbone water network not a project).
    # the entry-exit corridors to start (sections kept, blind5 Guangxi `南湛高速广西段`)
    N("project", "潮南高速三明段"),
    N("project", "上浦高速浦城段"),
    # airports to open (phase kept: blind15 `美兰机场二期`; the opening word is no part of the name)
    N("project", "福州长乐国际机场二期"),
    N("project", "厦门翔安国际机场"),
    # the modernised south-east coastal port cluster: a system of ports, not annotated (NOTES)
    N("project", "昌福厦高铁"),
    # the multimodal action (campaign), the state logistics hubs (generic designation)
    # the quoted "two links" works version 2.0: a programme and a version number (seed: `3.0`)
    Q("26个", 26, "个", "建设邻县高速通、乡镇便捷通、港口铁路通项目"),
    # water works (blind10 Liaoning `辽河干流防洪提升主体工程`, blind13 Qinghai `黄河干流防洪二期工程`)
    N("project", "上白石水利枢纽工程"),
    N("project", "白濑水利枢纽"),
    N("project", "闽江干流防洪提升"),
    N("project", "闽西南水资源配置工程"),
    N("project", "龙湘水库"),
    N("project", "闽赣电力联网工程"),
    # the nuclear projects under construction (generic), the computing service system (a system)
    # major industrial projects (owner and phase kept: blind10 Liaoning `大连石化（西中岛）炼化一体化`)
    N("project", "中沙古雷乙烯"),
    N("project", "古雷炼化一体化工程二期"),
    Q("200项以上", 200, "项", "实施工业战略性新兴产业重点项目", approx="以上"),
    # the housing-fund reform, the quoted "two priorities"/"two new" work: no facts
    # the quoted investment brand holds the province's name (a brand: blind7 Hebei, blind9 Jilin)
    # the threshold of the projects to bring in is a size (blind6 Fujian 2025 `10亿元以上`)
    M("超10亿元", 1_000_000_000, "项目总投资规模", approx="超", **SIZE),
    Q("50个以上", 50, "个", "新引进落地总投资超10亿元项目", approx="以上"),
]


# ---------------------------------------------------------------- title (derived, not copied)
def part_heading(text):
    """The cut's own part heading: line 1 up to its first 。 (the lead shares the line)."""
    return text.split("\n", 1)[0].split("。", 1)[0].strip()


DATE_LINE = ("the report was delivered 2026-01-27 by the governor at the fourth session of the 14th "
             "people's congress of 福建省 (line 12 of the CSV file, the report's date line); the "
             "newspaper copy's time line (2026-02-06, line 14) and the CSV record's publish_date field "
             "(2026-02-06) date the web copy and are outside the cut as well")

DOCS = {
    "report_fujian_2026_invest.txt": {
        "lines": (83, 85),
        "facts": INVEST,
        "title": part_heading,
        "record": {
            "year_source": f"the excerpt (lines 83-85 of 2026_福建省_政府工作报告.csv) has no date line and no date; its part heading (二) names no year and stands under the heading of the 2026 work (line 76), whose lead (line 77) names 2026 as the opening year of the 15th plan and whose targets (line 78) are this year's, all outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2026, and its figures take 2026 from the plan section (period_source section). issued null.",
            "issuer_source": "no signature line in the excerpt; the governor (line 15 of the CSV file: the title-and-name line) reports on behalf of the provincial people's government (line 17, the opening sentence), so the issuing body is 福建省人民政府 (blind6 Fujian 2025).",
            "title_source": "the excerpt's own part heading: line 1 of the cut up to its first 。, without the 。 (the part's lead sentences share the line).",
            "region_source": "the provincial work report of 福建省 (the cut names no region of its own: the places in it stand inside works' names, and the province's name only inside a quoted brand) → 福建省 350000.",
            "genre_source": "政府工作报告 → report.",
        },
    },
}

ENC = "the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands on line 1 only, so the cut is UTF-8 without BOM."


def check_and_strip(doc, text, facts):
    errors = []
    pos = 0
    seen = set()
    last = {}
    out = []
    prev_at = None
    for f in facts:
        occ = f.pop("_occ", None) or 1
        same = f.pop("_same", False)
        if same:
            # the very mention the fact before it matched (two facts read from one mention)
            at = prev_at if prev_at is not None and out and out[-1]["text"] == f["text"] else -1
        else:
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
        prev_at = at
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
        first, last = spec["lines"]
        rec = spec["record"]
        record = {
            "doc": doc, "title": spec["title"](text), "issued": None, "year": 2026,
            "issuer": "福建省人民政府", "genre": "report", "region": FJ, "region_code": FJC,
            "doc_number": None, "encoding": "UTF-8",
            "year_source": rec["year_source"],
            "issuer_source": rec["issuer_source"],
            "title_source": rec["title_source"],
            "region_source": rec["region_source"],
            "genre_source": rec["genre_source"],
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
