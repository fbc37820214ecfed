#!/usr/bin/env python3
"""Blind gold for five review excerpts of the 2026 Hainan work report (see NOTES_hainan_review.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_hainan_2026_{review,economy,fiveyear,opening,infra}.txt.{jsonl,doc.json} next to
this script. The source text is read from the corpus (lines 7-8, 14, 23-25, 35 and 47 of
2026_海南省_政府工作报告.csv, as manifest.tsv says; the CSV's last field holds the whole report, so
its file lines are the report's paragraphs); when the /tmp/b15 cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (a text that repeats is searched
after its previous match; a fact may give `occ`, which occurrence at or after that point is meant,
so no report text other than the facts' own text is copied here), that no project/org/region name
is listed twice per document, and that period and period_source are null together.
Document titles are not copied either: they are derived from the cut by the rule its record states.
Modelled on ../blind14/build_shanghai.py (same constructors and checker).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_海南省_政府工作报告.csv"
CUTS = Path("/tmp/b15")

HN, HNC = "海南省", "460000"
YANGPU, YANGPUC = "海南洋浦经济开发区", "46101001"   # zones-2018 (parent city 4604 儋州)
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}
P145 = {"date_start": "2021-01-01", "date_end": "2025-12-31"}   # the 十四五 period


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2025,
        psrc="section", entity=None, region=HN, rcode=HNC, role="actual", scope=None,
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


HAINAN = lambda occ=None: REG("海南", HN, HNC, "province", [], occ=occ)
FTP = lambda occ=None: REG("海南自由贸易港", "海南自由贸易港", None, "zone", [HN], occ=occ)
SIZE = dict(period=None, role=None)                # sizes and specifications (dev CONVENTIONS)
FIVE = dict(period=P145, psrc="section")           # figures of the five-year review

# ---------------------------------------------------------------- review (lines 7-8)
# The review's heading (2025 and the 14th plan period) and its lead paragraph: no figure.
REVIEW = [
    # line 1: the heading names both the year and the plan period
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    D("“十四五”时期", "2021-01-01", "2025-12-31", "period"),
    # line 2: the year just past (text kept as the year, blind4); its closing-year clause gives
    # only this one date (FACTS: 今年是“十四五”规划收官之年 → one date)
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    FTP(),                                       # first use: the port's closing-off year
    HAINAN(occ=2),                               # the first standalone use (the inspection visit)
    # the over-the-year phrase is not a date (blind3, blind13, blind14)
    N("org", "党中央"),
    N("org", "国务院"),
    N("org", "省委"),
]

# ---------------------------------------------------------------- economy (line 14)
# A paragraph of the 2025 part of the review (heading line 7, part lead line 13), outside the
# cut, with no date of its own: 2025, `section`, actual.
ECONOMY = [
    G("增长4%", 4, "地区生产总值"),
    G("增长9.9%", 9.9, "规上工业增加值"),
    G("增长5%", 5, "社会消费品零售总额"),
    G("增长22.1%", 22.1, "服务进出口总额"),
    G("增长19.9%", 19.9, "实际使用外资"),
    G("增长20.7%", 20.7, "实际对外投资"),
    # the front rank of several growth rates is a group rank, not a ranking
    Q("突破1亿人次", 100_000_000, "人次", "接待游客", approx="突破"),
    P("约65%", 65, "热带特色高效农业增加值占农业比重", approx="约"),
    G("微降0.1%", -0.1, "CPI"),
    P("5.2%", 5.2, "城镇调查失业率"),
    G("增长3.4%", 3.4, "城镇居民人均可支配收入"),
    G("5.2%", 5.2, "农村居民人均可支配收入"),
    # fifteen years running is a duration; the income ratio 2:1 → percent 200 (blind11 news 5-7倍)
    P("2：1以内", 200, "城乡居民收入比", approx="以内"),
]

# ---------------------------------------------------------------- fiveyear (lines 23-25)
# The five-year review's opening (the plan period named), its first sub-lead (the five-years
# phrase, a duration) and its first figures: 2021-2025, `section`, actual.
FIVEYEAR = [
    # line 1
    D("“十四五”时期", "2021-01-01", "2025-12-31", "period"),
    FTP(),
    HAINAN(occ=2),
    # line 3
    Q("3个", 3, "个", "地区生产总值连跨千亿级台阶", **FIVE),
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    M("7.6万元", 76_000, "人均生产总值", period=Y2025, psrc="sentence"),
    G("年均增长9%", 9, "规上工业增加值", basis="年均", **FIVE),
    P("超75%", 75, "税收占一般公共预算收入比重", approx="超", **FIVE),
    G("增长31.3%", 31.3, "一般公共预算支出", **FIVE),
    M("超800亿元", 80_000_000_000, "新增减税降费及退税", approx="超", **FIVE),
    Q("242.8万户", 2_428_000, "户", "净增经营主体", **FIVE),
    Q("57.5万户", 575_000, "户", "净增企业", **FIVE),
    # a 分别 pair under one leading 突破 (blind14 Xizang: the qualifier covers both members)
    M("突破1.5万亿元", 1_500_000_000_000, "金融机构本外币存款余额", approx="突破", **FIVE),
    M("1.4万亿元", 1_400_000_000_000, "金融机构本外币贷款余额", approx="突破", **FIVE),
]

# ---------------------------------------------------------------- opening (line 35)
# A paragraph of the five-year review on opening up (sub-lead line 34, five-year lead line 30),
# outside the cut, with no date of its own: 2021-2025, `section`, actual.
PORT = dict(entity="中国洋浦港", region=YANGPU, rcode=YANGPUC)
OPENING = [
    G("年均增长24.1%", 24.1, "货物贸易", basis="年均", **FIVE),
    G("年均增长30.2%", 30.2, "服务贸易", basis="年均", **FIVE),
    G("年均增长16.7%", 16.7, "实际使用外资", basis="年均", **FIVE),
    Q("180个", 180, "个", "累计吸引投资的国家和地区", **FIVE),
    Q("41个", 41, "个", "建立伙伴关系的自贸区（港）", **FIVE),
    # the multi-function free-trade account is an account regime, not a project
    M("3500亿元", 350_000_000_000, "EF账户业务量", **FIVE),
    # four years running is a duration
    REG("香港", "香港特别行政区", "810000", "province", []),
    N("org", "国际船舶登记管理局"),
    N("project", "中国洋浦港"),                  # the port of registry (quotes wrap the whole name)
    Q("82艘", 82, "艘", "登记在册国际船舶", **PORT, **FIVE),
    R("居全国第二", 2, "全国", "登记在册国际船舶总吨位", **PORT, **FIVE),
    HAINAN(),
    Q("86个", 86, "个", "免签入境海南国家", **FIVE),
    # the nationally best entry policy is a superlative; the pilot is a programme
    N("org", "博鳌亚洲论坛"),                  # blind4: an org; its annual meeting is an event
]

# ---------------------------------------------------------------- infra (line 47)
# A paragraph of the five-year review on infrastructure (sub-lead line 46, five-year lead line 44),
# outside the cut, with no date: 2021-2025, `section`, actual; sizes have period and role null.
INFRA = [
    # the country's largest passenger-ro-ro hub: a superlative, the descriptor is not the name
    N("project", "新海港"),
    N("project", "美兰机场二期"),
    N("project", "洋浦港20万吨级泊位"),
    Q("20万吨级", 200_000, "吨", "泊位吨级", entity="洋浦港20万吨级泊位", region=YANGPU,
      rcode=YANGPUC, **SIZE),
    N("project", "深水航道"),                    # the second member under the shared owner, as written
    N("project", "凤凰机场三期"),
    N("project", "博鳌机场三期"),
    N("project", "“双环”旅游公路"),              # the footnote mark after it is not part of the name
    N("project", "G9812高速延长线"),
    Q("双向8车道", 8, "车道", "双向车道", entity="洋浦疏港高速公路", region=YANGPU, rcode=YANGPUC,
      **SIZE),
    N("project", "洋浦疏港高速公路"),
    N("project", "马村港三期"),
    N("project", "高排港一期"),
    N("project", "南渡江引水"),                  # list members before the head, kept as written
    N("project", "红岭灌区"),
    N("project", "迈湾水利枢纽"),
    Q("9个", 9, "个", "重大水利工程", **FIVE),
    # the island's backbone water network is a system being formed, not a works
    N("project", "海南电网500千伏主网架工程"),
    Q("500千伏", 500, "千伏", "主网架电压等级", entity="海南电网500千伏主网架工程", **SIZE),
    N("project", "环岛气网"),
    # the renewal of ageing urban gas pipes is a programme
    P("100%", 100, "行政村千兆光纤、5G网络通达率", **FIVE),
    # the first international submarine cable is unnamed; the three operators are generic owners
    N("project", "海口国际通信业务出入口局"),
    N("project", "文昌航天超算中心"),
]


# ---------------------------------------------------------------- titles (derived, not copied)
def first_line(text):
    return text.split("\n", 1)[0].strip()


def lead(text):
    """The cut's own lead up to the first 。, without the 。; a leading address to the deputies
    (a sentence that ends with ！ before it) is dropped."""
    s = text.split("。", 1)[0]
    if "！" in s:
        s = s.rsplit("！", 1)[1]
    return s.strip()


COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the governor reports on behalf of the provincial people's government (lines 4 and 6 of the CSV file: the governor's name line and the opening sentence), so the issuing body is 海南省人民政府.",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = ("the report was delivered 2026-01-27 by the governor at the fifth session of the 7th "
             "people's congress of 海南省 (line 3 of the CSV file, the first line of its last field); "
             "the CSV record's publish_date field (2026-02-02) is outside the cut as well")
ENC = "the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands on line 1 only, so the cut is UTF-8 without BOM."

DOCS = {
    "report_hainan_2026_review.txt": {
        "lines": (7, 8),
        "facts": REVIEW,
        "title": first_line,
        "record": {
            "year_source": f"the excerpt (lines 7-8 of 2026_海南省_政府工作报告.csv) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading reviews 2025 and the 十四五 period, and its lead calls 2025 the year just past, so year 2026.",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "the provincial work report (the region fact 海南) → 海南省 460000, level province.",
        },
    },
    "report_hainan_2026_economy.txt": {
        "lines": (14, 14),
        "facts": ECONOMY,
        "title": lead,
        "record": {
            "year_source": f"the excerpt (line 14 of 2026_海南省_政府工作报告.csv) has no date line and no date of its own; it is a paragraph of the 2025 part of the review of 2025 and the 十四五 period (heading line 7, the part's lead line 13), outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2026, its figures are 2025's (period_source section). issued null.",
            "title_source": "no title line and no section heading; the excerpt's own lead up to the first 。, without the 。 (blind9-14 headless excerpts).",
            "region_source": "the provincial work report: 海南省 460000 (the province's own figures).",
        },
    },
    "report_hainan_2026_fiveyear.txt": {
        "lines": (23, 25),
        "facts": FIVEYEAR,
        "title": lead,
        "record": {
            "year_source": f"the excerpt (lines 23-25 of 2026_海南省_政府工作报告.csv) has no date line; it opens the five-year part of the review of 2025 and the 十四五 period (heading line 7, outside the cut) by naming the 十四五 period; {DATE_LINE}. year 2026, its figures are the 2021-2025 period's (period_source section) except the one its own sentence dates 2025. issued null.",
            "title_source": "no title line and no heading of its own; the lead up to the first 。, without the 。 and without the opening address to the deputies (a sentence of its own ending in ！).",
            "region_source": "the provincial work report (the region fact 海南) → 海南省 460000 (全省 is the province's own).",
        },
    },
    "report_hainan_2026_opening.txt": {
        "lines": (35, 35),
        "facts": OPENING,
        "title": lead,
        "record": {
            "year_source": f"the excerpt (line 35 of 2026_海南省_政府工作报告.csv) has no date line and no date; it is a paragraph of the five-year part of the review (the review heading line 7, the part's opening line 23, its sub-lead on reform and opening line 30 and the paragraph's own sub-heading line 34), outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2026, its figures are the 2021-2025 period's (period_source section). issued null.",
            "title_source": "no title line and no section heading; the excerpt's own lead up to the first 。, without the 。 (blind9-14 headless excerpts).",
            "region_source": "the provincial work report: 海南省 460000 (the region fact 海南 stands in the visa-free clause).",
        },
    },
    "report_hainan_2026_infra.txt": {
        "lines": (47, 47),
        "facts": INFRA,
        "title": lead,
        "record": {
            "year_source": f"the excerpt (line 47 of 2026_海南省_政府工作报告.csv) has no date line and no date; it is a paragraph of the five-year part of the review (the review heading line 7, the part's opening line 23, its sub-lead on regional development line 44 and the paragraph's own sub-heading line 46), outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2026, its figures are the 2021-2025 period's (period_source section). issued null.",
            "title_source": "no title line and no section heading; the excerpt's own lead up to the first 。, without the 。 (blind9-14 headless excerpts).",
            "region_source": "the provincial work report: 海南省 460000 (its works are the province's).",
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
            "issuer": "海南省人民政府", "genre": "report", "region": HN, "region_code": HNC,
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
