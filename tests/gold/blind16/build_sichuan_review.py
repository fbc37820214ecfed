#!/usr/bin/env python3
"""Blind gold for two review excerpts of the 2026 Sichuan work report (see NOTES_sichuan_review.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_sichuan_2026_{review,demand}.txt.{jsonl,doc.json} next to this script. The source
text is read from the corpus (lines 16-17 and 19 of 2026_四川省_政府工作报告.csv, as manifest.tsv
says; the CSV's last field holds the whole report, so its file lines are the report's paragraphs);
when the /tmp/b16 cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (a text that repeats is searched
after its previous match; a fact may give `occ`, which occurrence at or after that point is meant,
or `same`, the very mention the fact before it matched: two facts read from one mention), that no
project/org/region name is listed twice per document, and that period and period_source are null
together. No report text other than the facts' own text, names and subjects is copied here; the
document titles are derived from the cut by the rule each record states.
Modelled on ../blind15/build_hainan_review.py (same constructors and checker, plus `same`).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_四川省_政府工作报告.csv"
CUTS = Path("/tmp/b16")

SC, SCC = "四川省", "510000"
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2025,
        psrc="section", entity=None, region=SC, rcode=SCC, role="actual", scope=None,
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


def G(text, value, subject, **kw):
    return num("growth", text, value, subject, unit=kw.pop("unit", "%"), **kw)


def Q(text, value, unit, subject, **kw):
    return num("quantity", text, value, subject, unit=unit, **kw)


def P(text, value, subject, **kw):
    return num("percent", text, value, subject, unit="%", **kw)


def M(text, value, subject, **kw):
    return num("money", text, value, subject, **kw)


def R(text, value, scope, subject, **kw):
    return num("ranking", text, value, subject, scope=scope, **kw)


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


def CITY(name, canonical, code):
    return REG(name, canonical, code, "prefecture", [SC])


LEAD = dict(period=Y2025, psrc="paragraph")        # figures of the lead paragraph (过去一年 opens it)

# ---------------------------------------------------------------- review (lines 16-17)
# The review's heading (2025 and the 14th plan period) and its lead paragraph, which opens with
# the year-just-past phrase; the headline figures stand in its second sentence, no date of their
# own → 2025, `paragraph`, actual (blind13 Qinghai review, blind4, blind5).
REVIEW = [
    # line 1: the heading names both the year and the plan period
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    D("“十四五”", "2021-01-01", "2025-12-31", "period"),
    # line 2
    D("过去一年", "2025-01-01", "2025-12-31", "year"),     # FACTS: a report of 2026
    N("org", "党中央"),
    N("org", "省委"),
    # the whole-year word is not a date (seed CONVENTIONS)
    M("67665亿元", 6_766_500_000_000, "地区生产总值", **LEAD),
    G("增长5.5%", 5.5, "地区生产总值", **LEAD),
    # both the total and the growth rate rank fifth: one mention, two facts (dev Sichuan 2025:
    # one rate written once for two subjects gives two facts)
    R("居全国第5位", 5, "全国", "地区生产总值总量", **LEAD),
    R("居全国第5位", 5, "全国", "地区生产总值增速", same=True, **LEAD),
    M("5853.9亿元", 585_390_000_000, "地方一般公共预算收入", **LEAD),
    G("增长3.9%", 3.9, "地方一般公共预算收入", **LEAD),
    # a 分别 pair
    G("增长4.4%", 4.4, "城镇居民人均可支配收入", **LEAD),
    G("5.6%", 5.6, "农村居民人均可支配收入", **LEAD),
]

# ---------------------------------------------------------------- demand (line 19)
# The first work paragraph of the 2025 part (heading line 16, the transition line 18 outside the
# cut), with no date of its own: 2025, `section`, actual.
DEMAND = [
    # the item number, the "two priorities"/"two new" labels and the self-review pilot are not facts
    M("1833亿元", 183_300_000_000, "发行用于项目建设的专项债券"),
    # the quoted policy packages are labels (dev Sichuan 2025 `“18条”“16条”`)
    # the national 102 major works: a programme's label, not a count
    Q("285个", 285, "个", "计划新开工项目"),
    Q("810个", 810, "个", "省重点项目"),
    M("10428.6亿元", 1_042_860_000_000, "省重点项目完成投资"),
    N("project", "西部陆海新通道西线主通道"),   # the corridor's branch kept whole
    N("project", "隆泸叙铁路"),
    N("project", "成南扩容"),                    # list members before the shared head, as written
    N("project", "九绵"),
    N("project", "比亚迪半导体"),                # a member of the major-projects list
    N("org", "比亚迪"),                          # the well-known owner nested in it
    N("project", "京东方第8.6代线"),             # the generation number is an identifier
    N("org", "京东方"),                          # owner nested in the works (dev Sichuan 2025 org)
    Q("突破1亿千瓦", 100_000_000, "千瓦", "水电装机容量", approx="突破"),
    R("保持全国第1位", 1, "全国", "水电装机容量"),
    # the many years of planning are a duration
    Q("3400万人", 34_000_000, "人", "惠及", entity="引大济岷工程"),
    N("project", "引大济岷工程"),
    N("project", "向家坝灌区一期一步工程"),
    M("169亿元", 16_900_000_000, "以旧换新补贴"),
    M("超7亿元", 700_000_000, "“蜀里安逸”消费券", approx="超"),
    Q("3万余场次", 30_000, "场次", "促消费活动", approx="余"),
    G("增长5.1%", 5.1, "社会消费品零售总额"),
    N("org", "省委"),                            # the body whose plenum's deployment is carried out
    # the scenic brands and the consumption brands are not projects; 九寨沟 the scenic area, not the county
    Q("超11亿人次", 1_100_000_000, "人次", "接待游客", approx="超"),
    Q("340万人次", 3_400_000, "人次", "入境游客"),
    Q("1.2万场", 12_000, "场", "引进营业性演出"),
    M("184亿元", 18_400_000_000, "带动综合消费"),
    # the art festival and the audiovisual conference are events; their ordinals are no numbers;
    # the film title's number is part of the title; "many records" is vague
    Q("突破百亿次", 10_000_000_000, "次", "《家里家外》全网传播量", approx="突破"),
    Q("50余场", 50, "场", "国际赛事", approx="余"),
    Q("超1亿人次", 100_000_000, "人次", "“川超”联赛观众", approx="超"),
    CITY("成都", "成都市", "510100"),
    CITY("眉山", "眉山市", "511400"),
    # "the country's first batch" is not a ranking
    CITY("广元", "广元市", "510800"),
    CITY("阿坝", "阿坝藏族羌族自治州", "513200"),
]


# ---------------------------------------------------------------- titles (derived, not copied)
def first_line(text):
    return text.split("\n", 1)[0].strip()


def lead(text):
    """The cut's own lead up to the first 。, without the 。."""
    return text.split("。", 1)[0].strip()


COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the governor reports on behalf of the provincial people's government (lines 13 and 15 of the CSV file: the governor's title-and-name line and the opening sentence), so the issuing body is 四川省人民政府.",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = ("the report was delivered 2026-02-03 by the governor at the fifth session of the 14th "
             "people's congress of 四川省 (line 12 of the CSV file); the web page's date line "
             "(2026-02-10, line 3) and the CSV record's publish_date field (2026-02-25) are outside "
             "the cut as well")
ENC = "the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands on line 1 only, so the cut is UTF-8 without BOM."

DOCS = {
    "report_sichuan_2026_review.txt": {
        "lines": (16, 17),
        "facts": REVIEW,
        "title": first_line,
        "record": {
            "year_source": f"the excerpt (lines 16-17 of 2026_四川省_政府工作报告.csv) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading reviews 2025 and the 十四五 period, and its lead opens with 过去一年 (2025), so year 2026.",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "the provincial work report of 四川省 (the source file is the 四川 report; the excerpt names no place of its own; 全省 is the province's own) → 四川省 510000, level province.",
        },
    },
    "report_sichuan_2026_demand.txt": {
        "lines": (19, 19),
        "facts": DEMAND,
        "title": lead,
        "record": {
            "year_source": f"the excerpt (line 19 of 2026_四川省_政府工作报告.csv) has no date line and no date of its own; it is the first work paragraph of the 2025 part of the review of 2025 and the 十四五 period (heading line 16, the transition line 18 listing the year's work), outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2026, its figures are 2025's (period_source section). issued null.",
            "title_source": "no title line and no section heading; the excerpt's own lead up to the first 。, without the 。 (blind9-15 headless excerpts).",
            "region_source": "the provincial work report: 四川省 510000 (全省 is the province's own; the cities named are places within it).",
        },
    },
}


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
        record = {
            "doc": doc, "title": spec["title"](text), "issued": None, "year": 2026,
            "issuer": "四川省人民政府", "genre": "report", "region": SC, "region_code": SCC,
            "doc_number": None, "encoding": "UTF-8",
            "year_source": spec["record"]["year_source"],
            "issuer_source": COMMON_SRC["issuer_source"],
            "title_source": spec["record"]["title_source"],
            "region_source": spec["record"]["region_source"],
            "genre_source": COMMON_SRC["genre_source"],
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
