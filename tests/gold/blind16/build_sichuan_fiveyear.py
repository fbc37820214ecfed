#!/usr/bin/env python3
"""Blind gold for the five-year review's opening of the 2026 Sichuan work report
(see NOTES_sichuan_fiveyear.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_sichuan_2026_fiveyear.txt.{jsonl,doc.json} next to this script. The source text is
read from the corpus (lines 28-29 of 2026_四川省_政府工作报告.csv, as manifest.tsv says; the CSV's
last field holds the whole report, so its file lines are the report's paragraphs); when the
/tmp/b16 cut exists it is compared with it.
Checks that every `text` occurs in its source in the order listed (a text that repeats is searched
after its previous match; a fact may give `occ`, which occurrence at or after that point is meant,
so no report text other than the facts' own text is copied here), that no project/org/region name
is listed twice per document, and that period and period_source are null together.
The document title is not copied either: it is derived from the cut by the rule its record states.
Modelled on ../blind15/build_hainan_review.py (same constructors and checker).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_四川省_政府工作报告.csv"
CUTS = Path("/tmp/b16")

SC, SCC = "四川省", "510000"
P145 = {"date_start": "2021-01-01", "date_end": "2025-12-31"}   # the 十四五 period, the past five years


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=P145,
        psrc="paragraph", entity=None, region=SC, rcode=SCC, role="actual", scope=None,
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


# ---------------------------------------------------------------- fiveyear (lines 28-29)
# Line 1 opens the five-year part (the closing year of the plan, the past five years); line 2 is
# its first paragraph, opened by the five-years phrase. Figures: 2021-2025, `paragraph` (the
# five-years phrase opens an earlier sentence of the same paragraph, blind5/blind7), actual.
FIVEYEAR = [
    # ---- line 1
    # the closing-year sentence gives one date (FACTS; dev Sichuan 2025); the past-five-years
    # phrase is a duration (dev 20221110, blind5)
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    REG("四川", SC, SCC, "province", []),          # first standalone use
    Q("三次", 3, "次", "习近平总书记亲临四川视察"),   # a count of visits (blind12 news 两次)
    N("org", "党中央"),
    N("org", "国务院"),
    N("org", "省委"),
    REG("成渝地区双城经济圈", None, None, "other", None),   # dev Sichuan 2025
    # the development-strategy label with its counted words is a label, not numbers
    D("“十四五”", "2021-01-01", "2025-12-31", "period"),  # the plan concluded (dev Sichuan 2025 line 32)
    # ---- line 2 (the five-years phrase is a duration, not a date)
    Q("两个", 2, "个", "经济总量跨过万亿元大关"),      # blind9 Gansu / blind15 Hainan steps
    M("超过6万亿元", 6_000_000_000_000, "经济总量", approx="超过"),
    G("年均增速5.7%", 5.7, "经济总量", basis="年均"),
    M("突破1万美元", 10_000, "人均地区生产总值", approx="突破", currency="USD"),
    Q("10个", 10, "个", "国家大科学装置"),
    Q("5个", 5, "个", "国家技术创新中心"),
    Q("28个", 28, "个", "全国重点实验室"),
    Q("5个", 5, "个", "天府实验室"),
    Q("70位", 70, "位", "在川两院院士"),
    Q("470万人", 4_700_000, "人", "各类专业技术人才"),
    Q("9.3件", 9.3, "件", "每万人口高价值发明专利拥有量"),
    G("增长2倍多", 2, "每万人口高价值发明专利拥有量", unit="倍", approx="多"),   # blind8 Shanxi
    Q("1.9万家", 19_000, "家", "国家高新技术企业"),
    Q("2.9万家", 29_000, "家", "科技型中小企业"),
    # one doubling for both counts (blind9 Jilin 翻番, blind7 Hebei 均)
    G("倍增", 1, "国家高新技术企业、科技型中小企业", unit="倍"),
    G("年均增长6.1%", 6.1, "工业增加值", basis="年均"),
    R("升至全国第7位", 7, "全国", "工业规模"),
    Q("3个", 3, "个", "万亿级优势产业"),              # the trillion class is vague (seed 千亿级)
    Q("5个", 5, "个", "国家先进制造业集群"),
    M("9万亿元", 9_000_000_000_000, "建筑业产值"),
    M("3万亿元", 3_000_000_000_000, "服务业增加值"),  # the step crossed: no qualifier (blind3)
    P("超60%", 60, "服务业对经济增长贡献率", approx="超"),
    M("13万亿元", 13_000_000_000_000, "贷款余额"),
    G("增长83%", 83, "贷款余额"),
    Q("700亿斤以上", 70_000_000_000, "斤", "粮食年产量", approx="以上"),
    Q("14种", 14, "种", "油菜籽等农产品"),
    R("居全国第1位", 1, "全国", "油菜籽等农产品产量"),
    Q("超过1.3亿千瓦", 130_000_000, "千瓦", "清洁能源装机容量", approx="超过"),
    Q("超过8100亿千瓦时", 810_000_000_000, "千瓦时", "“西电东送”电量", approx="超过"),
    # the country's largest gas production base: a superlative, unnamed
    Q("9种", 9, "种", "钒钛、硫铁等矿产"),
    R("居全国第1位", 1, "全国", "钒钛、硫铁等矿产查明资源量"),
]


# ---------------------------------------------------------------- titles (derived, not copied)
def lead(text):
    """The cut's own lead up to the first 。, without the 。."""
    return text.split("。", 1)[0].strip()


COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the governor reports on behalf of the provincial people's government (lines 13 and 15 of the CSV file: the governor's name line and the opening sentence), so the issuing body is 四川省人民政府 (dev report_sichuan_2025).",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = ("the report was delivered 2026-02-03 by the governor at the fifth session of the 14th "
             "people's congress of 四川省 (line 12 of the CSV file); the newspaper's publication time "
             "(2026-02-10, line 3) and the CSV record's publish_date field (2026-02-25) are outside the cut as well")
ENC = "the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands on line 1 only, so the cut is UTF-8 without BOM."

DOCS = {
    "report_sichuan_2026_fiveyear.txt": {
        "lines": (28, 29),
        "facts": FIVEYEAR,
        "title": lead,
        "record": {
            "year_source": f"the excerpt (lines 28-29 of 2026_四川省_政府工作报告.csv) has no date line; it opens the five-year part of the review of 2025 and the 十四五 period (heading line 16, outside the cut) by calling 2025 the plan's closing year and looking back over the past five years; {DATE_LINE}. year 2026, its figures are the 2021-2025 period's (period_source paragraph: in line 1 the past-five-years phrase opens an earlier sentence of the paragraph, and line 2 opens with the five-years phrase). issued null.",
            "title_source": "no title line and no heading of its own (the address to the deputies is line 27, outside the cut); the lead up to the first 。, without the 。 (blind9-15 headless excerpts).",
            "region_source": "the provincial work report (the region fact 四川) → 四川省 510000 (全省 is the province's own).",
        },
    },
}


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
