#!/usr/bin/env python3
"""Blind gold for two review excerpts of the 2026 Shandong work report (see NOTES_shandong_review.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_shandong_2026_year.txt.{jsonl,doc.json} and report_shandong_2026_review.txt.{jsonl,doc.json}
next to this script. The source text is read from the corpus (lines 18-20 and 26-28 of
2026_山东省_政府工作报告.csv, as manifest.tsv says; the CSV's last field holds the whole report, so
its file lines are the report's paragraphs); when the /tmp/b25src cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (a text that repeats is searched
after its previous match; a fact may give `occ`, which occurrence at or after that point is meant,
or `same`, the very mention the fact before it matched: two facts read from one mention), that no
text spans a line break, that no project/org/region name is listed twice per document, that period
and period_source are null together, and that every `entity` is the name of a project, org or
region fact of the same document. With --show it prints each match with its context. No report
text other than the facts' own text, names and subjects is copied here; the document titles are
derived from the cuts by the rule their records state.
Modelled on ../blind24/build_shanxi_review.py (same constructors and checker).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_山东省_政府工作报告.csv"
CUTS = Path("/tmp/b25src")

SD, SDC = "山东省", "370000"
Y2020 = {"date_start": "2020-01-01", "date_end": "2020-12-31"}
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}
P1425 = {"date_start": "2021-01-01", "date_end": "2025-12-31"}   # the 十四五 period


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2025,
        psrc="section", entity=None, region=SD, rcode=SDC, role="actual", scope=None,
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


YEAR_S = dict(period=Y2025)                         # the 2025 block of part 一 (section)
FIVE = dict(period=P1425)                           # the 十四五 block (section)
FIVE_S = dict(period=P1425, psrc="sentence")        # a clause with the five-years phrase
AT2020 = dict(period=Y2020, psrc="sentence")        # the level of the year written before it

# ---------------------------------------------------------------- year (lines 18-20)
# Line 1: the heading of part 一 names 2025 and the 十四五 period (2025 first, as blind21-23).
# Line 2: the paragraph on 2025 (a date, no figure): the province standing alone where the
# general secretary's inspection is named, the central party and the State Council, and the
# provincial party committee under its full name (blind14 Shanghai review `中共上海市委`; the
# province nested in it is no second region). Meetings and slogans are no facts.
# Line 3: the first numbered item of the 2025 work: no year of its own → 2025 from the part's 2025
# paragraph, `section`, actual (blind22 Anhui line 4, blind23 Guizhou review, blind24 Shanxi year).
YEAR = [
    # line 1
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    D("“十四五”时期", "2021-01-01", "2025-12-31", "period"),
    # line 2
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    REG("山东", SD, SDC, "province", []),
    N("org", "党中央"),
    N("org", "国务院"),
    N("org", "中共山东省委"),
    # line 3: growth, projects, consumption
    Q("三批", 3, "批", "梯次推出政策清单", **YEAR_S),           # unquoted count of batches
    G("增长5.5%", 5.5, "地区生产总值", **YEAR_S),
    M("10.3万亿元", 10_300_000_000_000, "地区生产总值", **YEAR_S),
    # the national third and the northern first province to pass the mark: ordinals of
    # succession, no rankings (seed `全市首家`); the mark is the province's own level passed
    M("过10万亿元", 10_000_000_000_000, "地区生产总值", approx="过", **YEAR_S),
    M("超过1.3万亿元", 1_300_000_000_000, "农林牧渔业总产值", approx="超过", **YEAR_S),
    R("稳居全国首位", 1, "全国", "农林牧渔业总产值", **YEAR_S),
    G("增长7.6%", 7.6, "规上工业增加值", **YEAR_S),
    G("高于全国1.7个百分点", 1.7, "规上工业增加值增速高于全国", unit="pp", **YEAR_S),
    G("增长6.1%", 6.1, "服务业增加值", **YEAR_S),
    G("高于全国0.7个百分点", 0.7, "服务业增加值增速高于全国", unit="pp", **YEAR_S),
    G("增长5.1%", 5.1, "社会消费品零售总额", **YEAR_S),
    G("高于全国1.4个百分点", 1.4, "社会消费品零售总额增速高于全国", unit="pp", **YEAR_S),
    G("增长4.5%", 4.5, "进出口", **YEAR_S),
    G("高于全国0.7个百分点", 0.7, "进出口增速高于全国", unit="pp", **YEAR_S),
    P("64.7%", 64.7, "民间投资占比", **YEAR_S),
    G("增长9%", 9, "社会融资规模", **YEAR_S),
    G("增长10.6%", 10.6, "制造业中长期贷款余额", **YEAR_S),
    P("超过30%", 30, "非化石能源发电量、用电量占比", approx="超过", **YEAR_S),   # one mention, 均
    M("2.8万亿元", 2_800_000_000_000, "省市县重点项目完成投资", **YEAR_S),
    Q("3920个", 3920, "个", "新投产项目", **YEAR_S),
    M("5100多亿元", 510_000_000_000, "新投产项目增加产值", approx="多", **YEAR_S),
    M("4700多亿元", 470_000_000_000, "新争取国家政策性资金", approx="多", **YEAR_S),
    Q("4200余个", 4200, "个", "国家政策性资金支持项目", approx="余", **YEAR_S),
    G("增长5.3%", 5.3, "工业技改投资", **YEAR_S),
    M("5400多亿元", 540_000_000_000, "交通、能源、水利完成投资", approx="多", **YEAR_S),
    N("project", "董家口至五莲铁路及胶新铁路扩能改造"),       # one list member before 、
    N("project", "招远核电一期"),
    Q("15条", 15, "条", "高速公路建成通车", **YEAR_S),
    N("project", "临沂机场航站楼"),
    N("project", "东平湖老湖区洪水相机南排和航道主体工程"),
    # the five big consumption works: a label
    M("280多亿元", 28_000_000_000, "以旧换新落实资金", approx="多", **YEAR_S),
    M("2000多亿元", 200_000_000_000, "以旧换新带动商品销售", approx="多", **YEAR_S),
    G("增长8.7%", 8.7, "新能源汽车限上零售额", **YEAR_S),
    G("31.5%", 31.5, "智能家电限上零售额", **YEAR_S),
    G("32.3%", 32.3, "智能手机限上零售额", **YEAR_S),
    Q("6000多场", 6000, "场", "举办春夏秋冬消费季、外贸优品购物季等活动", approx="多", **YEAR_S),
    # the quoted tour train and sea tour (products, labels), the football league, the food
    # contest and concerts (events): no facts
    G("增长10%以上", 10, "游客人数、旅游收入", approx="以上", **YEAR_S),   # one mention, 均
    G("增长46%", 46, "接待入境游客", **YEAR_S),
]

# ---------------------------------------------------------------- review (lines 26-28)
# Line 1: the paragraph opening the 十四五 part: the closing-year sentence gives one date, 2025
# (FACTS; blind19 Fujian review, blind16 Sichuan fiveyear); the five-years word is a duration; the
# quoted slogans and the counted labels are no numbers.
# Lines 2-3: the first two dash-led lines on the five years' results: no period of their own →
# 2021-2025 from the part's opening paragraph, `section`, actual (blind23 Guizhou review, blind24
# Shanxi review: dash-led lines under the opening take `section`); levels, stocks and both ends of
# from-to pairs without a year take the span too (blind18 Zhejiang, blind22 Anhui fiveyear).
# Exceptions: the share written after 2020 takes 2020 (blind18 Zhejiang, blind24 Shanxi), and the
# two changes whose clause carries the five-years count (`5年`) take the span from that clause,
# `sentence` (blind18 Zhejiang `846亿美元`, blind24 Shanxi).
REVIEW = [
    # line 1
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    # line 2: overall strength
    G("年均增长5.9%", 5.9, "地区生产总值", basis="年均", **FIVE),
    G("高于全国0.5个百分点", 0.5, "地区生产总值年均增速高于全国", unit="pp", **FIVE),
    # the count of trillion marks passed, no money for the mark (blind16 Sichuan `两个`)
    Q("3个", 3, "个", "经济总量连续跨过万亿元大关", **FIVE),
    D("2020年", "2020-01-01", "2020-12-31", "year"),
    P("7.2%", 7.2, "经济总量占全国比重", **AT2020),
    P("7.4%", 7.4, "经济总量占全国比重", **FIVE),
    P("20.5%", 20.5, "经济总量在北方地区占比", **FIVE),
    P("21.1%", 21.1, "经济总量在北方地区占比", **FIVE),
    M("7.34万元", 73_400, "人均生产总值", **FIVE),
    M("10.26万元", 102_600, "人均生产总值", **FIVE),
    M("3.7万亿元", 3_700_000_000_000, "一般公共预算收入累计", **FIVE),
    G("增长18.7%", 18.7, "一般公共预算收入", **FIVE_S),
    # the yearly rates of industry, consumption and trade above the nation's: no figure
    Q("1100亿斤以上", 110_000_000_000, "斤", "粮食总产", approx="以上", **FIVE),
    # the marine output in the national front rank: a group rank
    G("增长31.6%", 31.6, "民营经济增加值", **FIVE),
    # line 3: the industrial system (the quoted "four beams, eight pillars": a label; the national
    # first tier and the national front rank: group ranks)
    Q("19条", 19, "条", "标志性产业链", **FIVE),
    Q("6个", 6, "个", "国家先进制造业集群", **FIVE),
    Q("274家", 274, "家", "国家制造业单项冠军", **FIVE),
    Q("1356家", 1356, "家", "专精特新“小巨人”", **FIVE),
    P("超过40%", 40, "钢铁、石化等产业先进产能占比", approx="超过", **FIVE),
    P("55.7%", 55.7, "高新技术产业产值占比", **FIVE),
    G("提升10.6个百分点", 10.6, "高新技术产业产值占比", unit="pp", **FIVE_S),
    P("超过50%", 50, "数字经济占比", approx="超过", **FIVE),
    G("提升9个百分点", 9, "数字经济占比", unit="pp", **FIVE),
    Q("超1100家", 1100, "家", "人工智能产业骨干龙头企业", approx="超", **FIVE),
    G("增长1.5倍", 1.5, "人工智能产业骨干龙头企业", unit="倍", **FIVE),
    N("project", "东方航天港"),
    Q("137颗", 137, "颗", "海上发射卫星", entity="东方航天港", **FIVE),
    Q("18家", 18, "家", "国家级数字领航企业", **FIVE),
    Q("46家", 46, "家", "工业互联网平台", **FIVE),
    R("居全国首位", 1, "全国", "国家级数字领航企业、工业互联网平台", **FIVE),   # one mention, 均
    P("59.1%", 59.1, "服务业对经济增长贡献率", **FIVE),
]


# ---------------------------------------------------------------- titles (derived, not copied)
def first_line(text):
    """The cut's own first line: its heading."""
    return text.split("\n", 1)[0].strip()


def lead(text):
    """A headless cut: its lead up to the first 。, without the 。 and without the salutation
    to the deputies that ends with ！ before it."""
    first = text.split("。", 1)[0].strip()
    if "！" in first:
        first = first.split("！", 1)[1].strip()
    return first


COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the governor (line 15 of the CSV file, his title and name) reports on behalf of the provincial people's government (line 17, the opening sentence), so the issuing body is 山东省人民政府 (blind21-24: the body the governor speaks for).",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = ("the report was delivered 2026-01-27 by the governor at the fourth session of the 14th "
             "people's congress of 山东省 (line 12 of the CSV file, the report's date line); the "
             "newspaper copy's time (line 14) and the CSV record's publish_date field (2026-02-01, "
             "line 2) date the web copy, and all are outside the cut")
ENC = "the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands on line 1 only, so the cut is UTF-8 without BOM."

DOCS = {
    "report_shandong_2026_year.txt": {
        "lines": (18, 20),
        "facts": YEAR,
        "title": first_line,
        "record": {
            "year_source": f"the excerpt (lines 18-20 of 2026_山东省_政府工作报告.csv) has no date line of its own, so issued is null; {DATE_LINE}. Its heading names 2025 and the 十四五 period, its next paragraph opens with 2025, and the numbered item that follows is that year's work (the 十四五 part begins only at line 26), so year 2026 and its figures are 2025's (period_source section).",
            "title_source": "the excerpt has no title line; its own heading (line 1, part number kept) is used (blind21-24 reviews).",
            "region_source": "the provincial work report of 山东省 (山东 stands on its own where the general secretary's inspection is named; 全省 is the province's own) → 山东省 370000, level province.",
        },
    },
    "report_shandong_2026_review.txt": {
        "lines": (26, 28),
        "facts": REVIEW,
        "title": lead,
        "record": {
            "year_source": f"the excerpt (lines 26-28 of 2026_山东省_政府工作报告.csv) has no date line; {DATE_LINE}. It opens the 十四五 part of the review (2025 as the plan's closing year, then the five years), and its two dash-led lines are the five years' results. Read as a reader of the whole report would: year 2026, and its figures are 2021-2025's (period_source section; sentence where the five-years count stands in the figure's clause), except the share dated by its own year 2020. issued null.",
            "title_source": "the excerpt is headless: its lead, line 1 of the cut up to the first 。, without the 。 and without the salutation to the deputies before it (blind21-24 headless excerpts; blind22 dropped a list dash the same way).",
            "region_source": "the provincial work report of 山东省 (全省 is the province's own; the cut names the province by no name of its own) → 山东省 370000, level province.",
        },
    },
}


def check_and_strip(doc, text, facts, show=False):
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
        if show:
            ctx = text[max(0, at - 8):at + len(f["text"]) + 8].replace("\n", "⏎")
            print(f"  {at:5d} {f['kind']:8} {f['text']:<22} …{ctx}…")
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
    show = "--show" in sys.argv[1:]
    all_errors = []
    results = []
    for doc, spec in DOCS.items():
        text = source(*spec["lines"])
        cut = CUTS / doc
        if cut.exists() and cut.read_text(encoding="utf-8") != text:
            all_errors.append(f"{doc}: {CUTS} copy differs from the corpus lines {spec['lines']}")
        if show:
            print(doc)
        facts, errors = check_and_strip(doc, text, [dict(f) for f in spec["facts"]], show)
        all_errors += errors
        first, last = spec["lines"]
        record = {
            "doc": doc, "title": spec["title"](text), "issued": None, "year": 2026,
            "issuer": "山东省人民政府", "genre": "report", "region": SD, "region_code": SDC,
            "doc_number": None, "encoding": "UTF-8",
            "year_source": spec["record"]["year_source"],
            "issuer_source": COMMON_SRC["issuer_source"],
            "title_source": spec["record"]["title_source"],
            "region_source": spec["record"]["region_source"],
            "genre_source": COMMON_SRC["genre_source"],
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
