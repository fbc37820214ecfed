#!/usr/bin/env python3
"""Blind gold for two review excerpts of the 2026 Guangdong work report (see NOTES_guangdong_review.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_guangdong_2026_year.txt.{jsonl,doc.json} and report_guangdong_2026_review.txt.{jsonl,doc.json}
next to this script. The source text is read from the corpus (lines 8-13 and 22-24 of
2026_广东省_政府工作报告.csv, as manifest.tsv says; the CSV's last field holds the whole report, so
its file lines are the report's paragraphs); when the /tmp/b26src cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (a text that repeats is searched
after its previous match; a fact may give `occ`, which occurrence at or after that point is meant),
that no text spans a line break, that no project/org/region name is listed twice per document, that
period and period_source are null together, and that every `entity` is the name of a project, org
or region fact of the same document. With --show it prints each match with its context. No report
text other than the facts' own text, names and subjects is copied here; the document titles are
derived from the cuts by the rule their records state.
Modelled on ../blind25/build_shandong_review.py (same constructors and checker).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_广东省_政府工作报告.csv"
CUTS = Path("/tmp/b26src")

GD, GDC = "广东省", "440000"
GZ, GZC = "广州市", "440100"
SZ, SZC = "深圳市", "440300"
JY, JYC = "揭阳市", "445200"
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}
P1425 = {"date_start": "2021-01-01", "date_end": "2025-12-31"}   # the 十四五 period


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2025,
        psrc="section", entity=None, region=GD, rcode=GDC, role="actual", scope=None,
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


YEAR_S = dict(period=Y2025)                         # the 2025 block of part 一 (section)
FC = dict(period=Y2025, role="forecast")            # after 预计, to the sentence's end
SIZE = dict(period=None, role=None)                 # a fund's size: neither done in a span nor aimed at
FIVE = dict(period=P1425)                           # the 十四五 block (section)

# ---------------------------------------------------------------- year (lines 8-13)
# Line 1: the heading of part 一 names 2025 and the 十四五 period (2025 first, as blind23/25).
# Line 2: the paragraph on 2025 (dates, no figure): the province standing alone; the days of the
# general secretary's inspection (one span, FACTS `6月1日至30日`); the central party, the State
# Council, the provincial party committee (the body whose leadership is named), the provincial
# people's congress and the provincial CPPCC (bodies whose supervision is named; the bare
# "its standing committee" is an anaphor). The games, the over-the-year phrase (a duration like the
# five-years word), the quoted deployment code and the slogans are no facts.
# Lines 3-6: the first two items of the 2025 work: no year of their own → 2025 from the part's
# 2025 paragraph, `section`, actual (blind25 Shandong year, blind24 Shanxi year, blind23 Guizhou).
YEAR = [
    # line 1
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    D("“十四五”时期", "2021-01-01", "2025-12-31", "period"),
    # line 2
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    REG("广东", GD, GDC, "province", []),
    D("11月6日至10日", "2025-11-06", "2025-11-10", "period"),
    N("org", "党中央"),
    N("org", "国务院"),
    N("org", "省委"),
    N("org", "省人大"),
    N("org", "省政协"),
    # line 3: the heading of item 一 (the Hong Kong-Macao pair of one-character forms and the two
    # games: no facts)
    # line 4: the games
    Q("超610亿次", 61_000_000_000, "次", "相关报道总点击量", approx="超", **YEAR_S),
    REG("香港", "香港特别行政区", "810000", "province", []),
    REG("澳门", "澳门特别行政区", "820000", "province", []),
    # the Greater Bay Area (a macro-area, blind25 news), the Pearl River and the Lingnan region
    # (a river, a cultural area) and the delegation (no org): no facts
    N("org", "省人民政府"),
    # line 5: the heading of item 二 (no figure)
    # line 6: the economy
    G("增长3.9%", 3.9, "地区生产总值", **YEAR_S),
    # the thirty-seven consecutive years: a duration (seed `连续2年`)
    R("居全国首位", 1, "全国", "地区生产总值总量", **YEAR_S),
    G("增长3%", 3, "地方一般公共预算收入", **YEAR_S),
    M("9.5万亿元", 9_500_000_000_000, "货物进出口总额", **YEAR_S),
    G("增长4.4%", 4.4, "货物进出口总额", **YEAR_S),
    P("24.1%", 24.1, "货物进出口总额贡献全国增量", **YEAR_S),
    Q("两届", 2, "届", "广交会", **YEAR_S),             # an unquoted count (blind25 `三批`)
    M("超百亿美元", 10_000_000_000, "广东团现场成交额", approx="超", currency="USD", **YEAR_S),  # one mention, 均
    M("突破2500亿美元", 250_000_000_000, "服务贸易总额", approx="突破", currency="USD", **YEAR_S),
    G("增长12.5%", 12.5, "服务贸易总额", **YEAR_S),
    M("1126.6亿元", 112_660_000_000, "实际使用外资", **YEAR_S),
    G("增长11.3%", 11.3, "实际使用外资", **YEAR_S),
    Q("3.6万家", 36_000, "家", "新设外资企业", **YEAR_S),
    G("增长38.7%", 38.7, "新设外资企业", **YEAR_S),
    G("增长4.9%", 4.9, "农林牧渔业总产值", **YEAR_S),
    Q("7.6万家", 76_000, "家", "规模以上工业企业", **YEAR_S),
    G("增长3%", 3, "规模以上工业企业增加值", **YEAR_S),
    # the four works put into production, owners kept in the names (blind25 `招远核电一期`); the
    # owners nested in them are not listed apart (blind23/24), nor the wafer size in the line's name
    N("project", "巴斯夫核心装置"),
    N("project", "埃克森美孚一期"),
    N("project", "华润微电子12英寸产线"),
    N("project", "深汕比亚迪二期"),
    G("增长39%", 39, "无人机产量", **YEAR_S),
    P("9成", 90, "无人机产量占全国比重", **YEAR_S),
    G("增长31.2%", 31.2, "工业机器人产量", **YEAR_S),
    P("4成", 40, "工业机器人产量占全国比重", **YEAR_S),
    G("增长11.2%", 11.2, "服务机器人产量", **YEAR_S),
    P("8成", 80, "服务机器人产量占全国比重", **YEAR_S),
    G("增长27.7%", 27.7, "新能源汽车产量", **YEAR_S),
    M("38.7万亿元", 38_700_000_000_000, "银行机构本外币存款余额", **YEAR_S),   # 分别
    M("29.9万亿元", 29_900_000_000_000, "银行机构本外币贷款余额", **YEAR_S),
    N("org", "招银金投"),
    N("org", "信银金投"),
    M("1000亿元", 100_000_000_000, "省战略性新兴产业投资引导基金总规模", **SIZE),
    # the Greater Bay Area: a macro-area, no region; the fund's place is the province
    M("超500亿元", 50_000_000_000, "国家创业投资引导基金设立区域基金", approx="超", **SIZE),
    M("4.6万亿元", 4_600_000_000_000, "社会消费品零售总额", **YEAR_S),
    G("增长2.8%", 2.8, "社会消费品零售总额", **YEAR_S),
    # the quoted tour campaign and the four maps: labels and products
    Q("9.6亿人次", 960_000_000, "人次", "接待游客", **FC),
    G("增长10.3%", 10.3, "接待游客", **FC),
    M("1.24万亿元", 1_240_000_000_000, "旅游总收入", **FC),
    G("增长12.5%", 12.5, "旅游总收入", **FC),
    Q("5.2亿人次", 520_000_000, "人次", "口岸出入境人员", **FC),
    G("增长13.2%", 13.2, "口岸出入境人员", **FC),
    G("增长34.9%", 34.9, "出入境外国游客", **FC),
    Q("2813.8万辆（艘、架、列）次", 28_138_000, "辆（艘、架、列）次", "抵离口岸的交通工具", **FC),
    R("居全国首位", 1, "全国", "新增专项债券和新型政策性金融工具规模", **YEAR_S),   # one mention, two heads
    # the record of the bonds and budget investment: a superlative, no rank
    N("project", "广湛高铁"),
    N("project", "广汕汕高铁"),
    Q("3411公里", 3411, "公里", "高铁运营总里程", **YEAR_S),
    R("跃居全国第一", 1, "全国", "高铁运营总里程", **YEAR_S),
    Q("171.7公里", 171.7, "公里", "新增地铁运营里程", **YEAR_S),
    REG("广州", GZ, GZC, "prefecture", [GD]),
    REG("深圳", SZ, SZC, "prefecture", [GD]),
    Q("1409万", 14_090_000, "人次", "广州地铁线网单日最高客运量", entity="广州", region=GZ, rcode=GZC, **YEAR_S),  # 分别
    Q("1305万人次", 13_050_000, "人次", "深圳地铁线网单日最高客运量", entity="深圳", region=SZ, rcode=SZC, **YEAR_S),
    N("project", "阳信高速"),
    N("project", "增天高速"),
    Q("1.2万公里", 12_000, "公里", "高速公路通车总里程", **YEAR_S),
    N("project", "广州白云机场三期"),
    N("project", "深圳宝安机场第三跑道"),
    N("project", "揭阳潮汕机场"),
    # the province's fourth such airport: an ordinal of succession, no rank (seed `全市首家`)
    Q("超千万人次", 10_000_000, "人次", "机场吞吐量", approx="超", entity="揭阳潮汕机场",
      region=JY, rcode=JYC, **YEAR_S),
    Q("1.8亿人次", 180_000_000, "人次", "机场旅客吞吐量", **YEAR_S),
    G("增长8.8%", 8.8, "机场旅客吞吐量", **YEAR_S),
    Q("159个", 159, "个", "民航国际及地区通航点", **YEAR_S),
    Q("496条", 496, "条", "国际集装箱班轮航线", **YEAR_S),
    Q("8097万标箱", 80_970_000, "标箱", "港口集装箱吞吐量", **YEAR_S),
    G("增长4.5%", 4.5, "港口集装箱吞吐量", **YEAR_S),
    Q("459万吨", 4_590_000, "吨", "机场货邮吞吐量", **YEAR_S),
    G("增长5.6%", 5.6, "机场货邮吞吐量", **YEAR_S),
    Q("10042万吨", 100_420_000, "吨", "铁路货运量", **YEAR_S),
    G("增长4.2%", 4.2, "铁路货运量", **YEAR_S),
    Q("4.4亿人次", 440_000_000, "人次", "铁路旅客发送量", **YEAR_S),
    G("增长5.8%", 5.8, "铁路旅客发送量", **YEAR_S),
]

# ---------------------------------------------------------------- review (lines 22-24)
# Line 1: the paragraph opening the 十四五 part: the plan period brought to its close is one date
# (FACTS `“十四五”`; blind24 Shanxi year); the five-years words, the three consecutive years and
# the first working day of the new spring (durations, a recurring day), the counted labels and the
# ordinal goal are no facts; the high-quality development conference is an event.
# Line 2: the first 这是…的五年 heading (no figure, no date).
# Line 3: its paragraph: no period of its own → 2021-2025 from the part's opening paragraph,
# `section`, actual (blind25 Shandong review, blind24 Shanxi review); levels, stocks and both ends
# of the from-to pairs without a year take the span too (blind25, via blind18/22).
REVIEW = [
    # line 1
    D("“十四五”", "2021-01-01", "2025-12-31", "period"),
    # line 3
    M("11.37万亿元", 11_370_000_000_000, "地区生产总值", **FIVE),
    M("14.58万亿元", 14_580_000_000_000, "地区生产总值", **FIVE),
    M("9万元", 90_000, "人均地区生产总值", **FIVE),
    M("11万元", 110_000, "人均地区生产总值", **FIVE),
    # the three sectors' shares written as a ratio of percentages
    P("4.0", 4.0, "第一产业比重", **FIVE),
    P("37.7", 37.7, "第二产业比重", **FIVE),
    P("58.3", 58.3, "第三产业比重", **FIVE),
    R("全国第二", 2, "全国", "第一产业增加值", **FIVE),
    P("56.2%", 56.2, "先进制造业增加值占规模以上工业增加值比重", **FIVE),   # 分别
    P("34.7%", 34.7, "高技术制造业增加值占规模以上工业增加值比重", **FIVE),
    P("64.9%", 64.9, "现代服务业增加值占服务业增加值比重", **FIVE),
    R("稳居全国首位", 1, "全国", "数字经济规模", **FIVE),
    M("1.29万亿元", 1_290_000_000_000, "地方一般公共预算收入", **FIVE),
    M("1.39万亿元", 1_390_000_000_000, "地方一般公共预算收入", **FIVE),
    # the two levels passed in turn, the shared 突破 giving both their qualifier
    M("突破8万亿元", 8_000_000_000_000, "进出口总额", approx="突破", **FIVE),
    M("9万亿元", 9_000_000_000_000, "进出口总额", approx="突破", **FIVE),
    M("千亿元以上", 100_000_000_000, "年实际使用外资", approx="以上", **FIVE),
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
    "issuer_source": "no signature line in the excerpt; the governor (line 5 of the CSV file, his title and name) reports on behalf of the provincial people's government (line 7, the opening sentence), so the issuing body is 广东省人民政府 (blind23-25: the body the governor speaks for).",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = ("the report was delivered 2026-01-26 by the governor at the fifth session of the 14th "
             "people's congress of 广东省 (lines 3-4 of the CSV file, the report's date line, broken "
             "over two lines); the CSV record's publish_date field (2026-01-31, line 2) dates the web "
             "copy, and both are outside the cut")
ENC = "the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands on line 1 only, so the cut is UTF-8 without BOM."

DOCS = {
    "report_guangdong_2026_year.txt": {
        "lines": (8, 13),
        "facts": YEAR,
        "title": first_line,
        "record": {
            "year_source": f"the excerpt (lines 8-13 of 2026_广东省_政府工作报告.csv) has no date line of its own, so issued is null; {DATE_LINE}. Its heading names 2025 and the 十四五 period, its next paragraph opens with 2025, and the two items that follow are that year's work (the 十四五 part begins only at line 22), so year 2026 and its figures are 2025's (period_source section; the fund sizes have none).",
            "title_source": "the excerpt has no title line; its own heading (line 1, part number kept) is used (blind23-25 reviews).",
            "region_source": "the provincial work report of 广东省 (广东 stands on its own in the 2025 paragraph; 全省 is the province's own) → 广东省 440000, level province.",
        },
    },
    "report_guangdong_2026_review.txt": {
        "lines": (22, 24),
        "facts": REVIEW,
        "title": lead,
        "record": {
            "year_source": f"the excerpt (lines 22-24 of 2026_广东省_政府工作报告.csv) has no date line; {DATE_LINE}. It opens the 十四五 part of the review (the plan period brought to its close, then the five years), and its heading and paragraph are the first of the five years' results. Read as a reader of the whole report would: year 2026, and its figures are 2021-2025's (period_source section). issued null.",
            "title_source": "the excerpt is headless: its lead, line 1 of the cut up to the first 。, without the 。 and without the salutation to the deputies before it (blind25 Shandong review, the same rule).",
            "region_source": "the provincial work report of 广东省 (我省 and 全省 are the province's own; the cut names the province by no name of its own) → 广东省 440000, level province.",
        },
    },
}


def check_and_strip(doc, text, facts, show=False):
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
        if show:
            ctx = text[max(0, at - 8):at + len(f["text"]) + 8].replace("\n", "⏎")
            print(f"  {at:5d} {f['kind']:8} {f['text']:<22} …{ctx}…")
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
            "issuer": "广东省人民政府", "genre": "report", "region": GD, "region_code": GDC,
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
