#!/usr/bin/env python3
"""Blind gold for two review excerpts of the 2026 Guizhou work report (see NOTES_guizhou_review.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_guizhou_2026_review.txt.{jsonl,doc.json} and report_guizhou_2026_industry.txt.{jsonl,doc.json}
next to this script. The source text is read from the corpus (lines 8-11 and 18 of
2026_贵州省_政府工作报告.csv, as manifest.tsv says; the CSV's last field holds the whole report, so
its file lines are the report's paragraphs); when the /tmp/b23src cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (a text that repeats is searched
after its previous match; a fact may give `occ`, which occurrence at or after that point is meant,
or `same`, the very mention the fact before it matched: two facts read from one mention), that no
project/org/region name is listed twice per document, that period and period_source are null
together, and that every `entity` is the name of a project, org or region fact of the same
document. No report text other than the facts' own text, names and subjects is copied here; the
document titles are derived from the cuts by the rule their records state.
Modelled on ../blind22/build_anhui_review.py (same constructors and checker).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_贵州省_政府工作报告.csv"
CUTS = Path("/tmp/b23src")

GZ, GZC = "贵州省", "520000"
Y2020 = {"date_start": "2020-01-01", "date_end": "2020-12-31"}
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}
P1425 = {"date_start": "2021-01-01", "date_end": "2025-12-31"}   # the 十四五 period
S2025 = {"date_start": "2020-01-01", "date_end": "2025-12-31"}   # the span written 2020年到2025年


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2025,
        psrc="section", entity=None, region=GZ, rcode=GZC, role="actual", scope=None,
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


FIVE = dict(period=P1425)                          # the 十四五 review part (section)
SPAN = dict(period=S2025, psrc="sentence")         # the sentence opened by the span 2020年到2025年
AT2020 = dict(period=Y2020, psrc="sentence")       # the level of the year written before it
AT2025 = dict(period=Y2025, psrc="sentence")

# ---------------------------------------------------------------- review (lines 8-11)
# Line 1: the review's heading names 2025 and the 十四五 period (two dates; blind20 Hunan and
# blind21 Jiangxi headings of the same form, FACTS' own `“十四五”时期`).
# Line 2: the overview opens with the year 2025 (a date) and holds no figure. Names: the province
# standing alone (three times, one entry; blind21 Jiangxi, blind22 Anhui), the central party and
# the State Council (blind20 Hunan, blind21 Jiangxi). The provincial party committee stands only
# inside the name of its plenums: no org (blind21 Jiangxi plan, blind22 Anhui plan). Meetings,
# ordinals and quoted slogans are no facts.
# Lines 3-4: the first two dash-led lines of the 2025 results: no year of their own → 2025 from
# the heading and the overview, `section`, actual (blind21 Jiangxi line 3: the overview holds no
# figure, so no fact takes `paragraph`). The quoted meetings, the quoted "5+3" mechanism and the
# quoted "8+5" tasks are labels; the whole-year word is no date (seed CONVENTIONS).
REVIEW = [
    # line 1
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    D("“十四五”时期", "2021-01-01", "2025-12-31", "period"),
    # line 2
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    REG("贵州", "贵州省", "520000", "province", []),             # standalone; named twice more
    N("org", "党中央"),
    N("org", "国务院"),
    # line 3: the first two quarters written with one shared 季度: one span (blind12 news
    # `2020、2021、2022三年` as one span); the quarters take 2025 from the section (FACTS)
    D("一、二季度", "2025-01-01", "2025-06-30", "quarter"),
    D("三季度", "2025-07-01", "2025-09-30", "quarter"),
    G("增长4.9%", 4.9, "地区生产总值"),
    G("增长2.5%", 2.5, "一般公共预算收入"),
    # line 4
    G("增长7%", 7, "规模以上工业增加值"),
    P("25.5%", 25.5, "工业增加值占地区生产总值比重"),          # the raise-to verb is no qualifier
    P("56.2%", 56.2, "服务业增加值占地区生产总值比重"),
]

# ---------------------------------------------------------------- industry (line 18)
# Item (三) of the 十四五 part of the review (the part opens at line 15 with the five years looked
# back on; items (一)-(十) are lines 16-25), heading sentence included. The item names no period of
# its own in its heading; its figures take 2021-2025 from the part (`section`; blind17 Yunnan and
# blind18 Zhejiang: a lead paragraph of its own heads the block), actual throughout. Exceptions
# dated by their own sentence: the three from-to pairs under the written span 2020年到2025年
# (both ends take the span: blind8/9 news, blind17 Yunnan fiveyear) and the processing ratio whose
# ends carry their own years (blind18 Zhejiang fiveyear `10.5万元`/`14万元左右`).
INDUSTRY = [
    # labels: the quoted six industrial bases, the quoted "one map three lists", the
    # hundred-billion-class projects (vague class, seed `千亿级`), "a batch" (vague)
    Q("突破1亿千瓦", 100_000_000, "千瓦", "电力装机规模", approx="突破", **FIVE),
    P("43.3%", 43.3, "水电、风电、光伏发电量占比", **FIVE),
    Q("1.83亿吨", 183_000_000, "吨", "调度原煤产量", **FIVE),
    Q("突破160Eflops", 160, "Eflops", "算力规模", approx="突破", **FIVE),   # blind22 `超4.8万P`
    # "one of the regions with the most ..." is a group superlative, no ranking (seed)
    Q("55GWh", 55, "GWh", "新能源电池产能", **FIVE),
    Q("突破25万辆", 250_000, "辆", "新能源汽车产量", approx="突破", **FIVE),
    # the quoted "three batches" campaign: a label
    N("project", "贵州航空产业城"),                              # open: a park planned and built
    P("83.3%", 83.3, "“六大产业基地”规模以上工业总产值占全省比重", **FIVE),
    D("2020年到2025年", "2020-01-01", "2025-12-31", "year"),   # one span (seed `2016年到2018年`)
    P("17.9%", 17.9, "工业投资占固定资产投资比重", **SPAN),
    P("35.5%", 35.5, "工业投资占固定资产投资比重", **SPAN),
    P("34.6%", 34.6, "工业税收占全部税收比重", **SPAN),
    P("49%", 49, "工业税收占全部税收比重", **SPAN),
    P("17.1%", 17.1, "工业对经济增长贡献率", **SPAN),
    P("35.1%", 35.1, "工业对经济增长贡献率", **SPAN),
    # the provincial tourism conference (an event), the quoted three elements and four actions
    # (labels), the quoted scenic-spot acronym, the village football and basketball events and
    # the quoted tour products: no facts (open, see notes)
    N("project", "花江峡谷大桥"),
    REG("贵州", "贵州省", "520000", "province", []),             # standalone: travelling to the province
    Q("16家", 16, "家", "新增五星级饭店", **FIVE),                # 五星级: a grade (seed `AA级`)
    Q("638家", 638, "家", "新增等级民宿", **FIVE),                # the shared 新增 carried
    Q("737家", 737, "家", "培育规上（限上）涉旅经营主体", **FIVE),
    N("project", "乌江寨"),                                     # a tourism project revived
    # 分别 triple and pair under 年均: the first member with its verb, the later ones bare
    G("增长4.4%", 4.4, "接待游客人次", basis="年均", **FIVE),
    G("10%", 10, "旅游总花费", basis="年均", **FIVE),
    G("5.4%", 5.4, "游客人均花费", basis="年均", **FIVE),
    G("增长8.5%", 8.5, "接待省外游客人次", basis="年均", **FIVE),
    G("80.9%", 80.9, "接待入境过夜游客人次", basis="年均", **FIVE),
    # the five consecutive years of the grain targets: a duration (seed `连续2年`)
    G("年均增长1.9%", 1.9, "粮食单产", basis="年均", **FIVE),
    D("“十四五”", "2021-01-01", "2025-12-31", "period"),        # the plan's target tasks
    # the quoted "six paths": a label
    M("突破3000亿元", 300_000_000_000, "一产增加值", approx="突破", **FIVE),
    D("2020年", "2020-01-01", "2020-12-31", "year"),
    P("51%", 51, "农产品加工转化率", **AT2020),
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    P("70%", 70, "农产品加工转化率", **AT2025),
    # the closing five-years phrase: a duration, no date (blind18-22)
]


# ---------------------------------------------------------------- titles (derived, not copied)
def first_line(text):
    """The cut's own first line: its heading."""
    return text.split("\n", 1)[0].strip()


def lead(text):
    """The cut's heading sentence, sharing line 1 with the item's text: up to the first 。, without the 。."""
    return text.split("。", 1)[0].strip()


COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the governor (line 5 of the CSV file, his title and name) reports on behalf of the provincial people's government (line 7, the opening sentence), so the issuing body is 贵州省人民政府 (blind20-22: the body the governor speaks for).",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = ("the report was delivered 2026-01-27 by the governor at the fourth session of the 14th "
             "people's congress of 贵州省 (line 4 of the CSV file, the report's date line); the CSV "
             "record's publish_date field (2026-02-02, line 2, with the newspaper photo credit) dates "
             "the web copy, and both are outside the cut")
ENC = "the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands on line 1 only, so the cut is UTF-8 without BOM."

DOCS = {
    "report_guizhou_2026_review.txt": {
        "lines": (8, 11),
        "facts": REVIEW,
        "title": first_line,
        "record": {
            "year_source": f"the excerpt (lines 8-11 of 2026_贵州省_政府工作报告.csv) has no date line of its own, so issued is null; {DATE_LINE}. Its heading names 2025 and the 十四五 period, its overview opens with 2025 and holds no figure, and the two dash-led lines that follow are 2025's results (the 十四五 part begins only at line 15), so year 2026 and its figures are 2025's (period_source section).",
            "title_source": "the excerpt has no title line; its own heading (line 1, item number kept) is used.",
            "region_source": "the provincial work report of 贵州省 (全省 is the province's own; 贵州 stands on its own in the overview) → 贵州省 520000, level province.",
        },
    },
    "report_guizhou_2026_industry.txt": {
        "lines": (18, 18),
        "facts": INDUSTRY,
        "title": lead,
        "record": {
            "year_source": f"the excerpt (line 18 of 2026_贵州省_政府工作报告.csv) has no date line; it is item (三) of the part reviewing the 十四五 period (opened at line 15, looking back on the past five years, after the 2025 results of lines 9-14, under the review heading of line 8 naming 2025 and the 十四五 period), all outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2026, and its figures take 2021-2025 from the 十四五 part (period_source section), except those dated by their own sentence (the span 2020年到2025年; the years 2020 and 2025 written before the two ends of the processing ratio). issued null.",
            "title_source": "the excerpt's own item heading: line 1 of the cut up to its first 。, without the 。 (the item's text shares the line; blind21 Jiangxi invest, blind22 Anhui invest: the part heading with its number kept).",
            "region_source": "the provincial work report of 贵州省 (贵州 stands on its own where travelling to the province is named; 全省 is the province's own) → 贵州省 520000, level province.",
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
    names = {f["name"] for f in out if f["kind"] in ("project", "org", "region")}
    for f in out:
        if f.get("entity") is not None and f["entity"] not in names:
            errors.append(f"{doc}: {f['text']!r}: entity {f['entity']!r} is not a listed name")
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
            "issuer": "贵州省人民政府", "genre": "report", "region": GZ, "region_code": GZC,
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
