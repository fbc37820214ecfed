#!/usr/bin/env python3
"""Blind gold for three excerpts of the 2025 Shanxi work report (see NOTES_shanxi.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_shanxi_2025_{review,industry,plan}.txt.{jsonl,doc.json} next to this script.
The source text is read from the corpus (lines 6-11, 14 and 22-25 of 2025年山西省政府工作报告.txt,
as manifest.tsv says); when the /tmp/b8 cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (a fact may give `occ`, which
occurrence of its text at or after the previous fact's position is meant; no report text other
than the facts' own text is copied here), that no project/org/region name is listed twice per
document, and that period and period_source are null together.
Modelled on ../blind7/build_beijing.py and ../blind7/build_hebei.py.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/alexzhu0__Jina_Embeddings_v4_RAG/txt/2025年山西省政府工作报告.txt"

SX, SXC = "山西省", "140000"
Y2024 = {"date_start": "2024-01-01", "date_end": "2024-12-31"}
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2024,
        psrc="section", entity=None, region=SX, rcode=SXC, role="actual", scope=None, occ=None):
    f = {"kind": kind, "text": text, "value": value, "approx": approx, "value_max": None}
    if kind == "money":
        f["currency"] = "CNY"
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


# sizes of a works: no period; an investment is money spent (actual), a length is neither (null)
SIZE_INV = dict(period=None, role="actual")
SIZE = dict(period=None, role=None)
FC = dict(role="forecast")
JCG = "晋创谷"

# ---------------------------------------------------------------- review (lines 6-11)
# The heading 一、2024年工作回顾 is in the cut; the three ——bullets (lines 4-6) are paragraphs of
# their own, dated by that heading: period 2024, period_source section, role actual unless 预计.
REVIEW = [
    # line 1: the heading
    D("2024年", "2024-01-01", "2024-12-31", "year"),
    # line 2: the lead (刚刚过去的2024年 …; 一年来 is not a date)
    D("2024年", "2024-01-01", "2024-12-31", "year", occ=2),
    REG("山西", SX, SXC, "province", []),
    N("org", "党中央"),
    N("org", "国务院"),
    N("org", "省委"),
    # line 3: 过去一年 …, the fourth quarter of 2024
    D("过去一年", "2024-01-01", "2024-12-31", "year"),
    D("四季度", "2024-10-01", "2024-12-31", "quarter"),
    # line 4: ——向新而行
    Q("6个", 6, "个", "设区市晋创谷", entity=JCG),
    N("project", JCG),
    Q("300多家", 300, "家", "入驻优质企业团队", approx="多", entity=JCG),
    Q("4400余件", 4400, "件", "签订技术交易、预约采购等合同", approx="余", entity=JCG),
    # a rise of five places in a ranking: an absolute change, so a quantity (open, see notes)
    Q("5位", 5, "位", "创新能力排名上升"),
    N("org", "太重轨道公司"),
    N("project", "高速飞车全尺寸试验线一期项目"),
    Q("1599家", 1599, "家", "新培育高新技术企业"),
    Q("626家", 626, "家", "新培育专精特新中小企业"),
    Q("120个", 120, "个", "“山西精品”"),
    G("增长两倍多", 2, "“新三样”出口", unit="倍", approx="多"),
    M("2000亿元", 200000000000, "电子信息营业收入", **FC),
    M("1800亿元", 180000000000, "高端装备制造营业收入", **FC),
    M("1400亿元", 140000000000, "现代消费品营业收入", **FC),
    # line 5: ——向绿而行
    Q("38个", 38, "个", "新创建省级绿色工厂"),
    D("“十四五”", "2021-01-01", "2025-12-31", "period"),
    Q("131.7万张", 1317000, "张", "累计成交绿证"),
    Q("76.6亿千瓦时", 7660000000, "千瓦时", "绿电交易量"),
    R("全国第一", 1, "全国", "外送量"),
    M("超过550亿元", 55000000000, "投资", approx="超过", entity="晋北采煤沉陷区新能源基地", **SIZE_INV),
    N("project", "晋北采煤沉陷区新能源基地"),
    P("49.7%", 49.7, "新能源和清洁能源装机占比"),
    Q("319万亩", 3190000, "亩", "营造林"),
    Q("579.6万亩", 5796000, "亩", "治理水土流失面积"),
    N("project", "平朔煤矿生态修复"),
    N("project", "静乐汾河川国家湿地公园"),
    R("保持全国首位", 1, "全国", "华北豹、褐马鸡种群数量"),
    Q("36微克/立方米", 36, "微克/立方米", "PM2.5年均浓度"),
    P("93.6%", 93.6, "国考断面优良水体比例"),
    # line 6: ——向效而行
    N("project", "集大原高铁"),
    N("project", "汾石"),
    N("project", "浮临高速"),
    N("project", "瓦日铁路"),
    Q("5个", 5, "个", "不通旅客列车的革命老区县", entity="瓦日铁路"),
    M("近千亿元", 100000000000, "投资", approx="近", entity="三个一号旅游公路", **SIZE_INV),
    Q("1.3万公里", 13000, "公里", "全长", entity="三个一号旅游公路", **SIZE),
    N("project", "三个一号旅游公路"),
    Q("22件", 22, "件", "便民利企“高效办成一件事”改革"),
    M("5.3亿元", 530000000, "降低电力供应成本"),
    Q("1802户", 1802, "户", "新增规上企业法人"),
    Q("9家", 9, "家", "上榜中国民营企业500强的民企"),
    G("增长4.1%", 4.1, "城镇居民收入", **FC),
    G("6%", 6, "农村居民收入", **FC),
    Q("15件", 15, "件", "民生实事"),
]

# ---------------------------------------------------------------- industry (line 14)
# Part (二) of the 2024 review; its heading 一、2024年工作回顾 (line 6) is outside the cut.
# Period 2024, period_source section (blind7 北京 region / 河北 economy), role actual unless 预计.
HUAIROU = "怀柔实验室山西研究院"
INDUSTRY = [
    N("org", HUAIROU),
    Q("8个", 8, "个", "高水平实验试验平台", entity=HUAIROU),
    Q("10个", 10, "个", "通过国家火炬中心验收的特色产业基地"),
    N("org", "国家火炬中心"),
    Q("4所", 4, "所", "开展“三项改革”试点的高校"),
    N("org", "山西中医药大学"),
    N("org", "运城学院"),
    Q("16条", 16, "条", "省级重点产业链"),
    Q("18个", 18, "个", "省级特色专业镇"),
    G("增长15.6%", 15.6, "省级重点产业链营业收入", **FC),
    G("14%", 14, "省级特色专业镇营业收入", **FC),
    REG("定襄", "定襄县", "140921", "county", ["山西省", "忻州市"]),
    P("63.6%", 63.6, "焦炉煤气化产加工利用率"),
    Q("10.8万个", 108000, "个", "5G基站"),
    Q("101.2万架", 1012000, "架", "标准机架"),
    N("project", "煤炭工业互联网智算平台"),
    Q("突破1700户", 1700, "户", "两化融合贯标达标企业", approx="突破"),
    REG("大同", "大同市", "140200", "prefecture", ["山西省"]),
    N("org", "山西数据交易中心"),
    N("org", "云冈研究院"),
    Q("268座", 268, "座", "智能化煤矿"),
    P("83%", 83, "煤炭先进产能占比"),
    Q("超过165亿立方米", 16500000000, "立方米", "非常规天然气产量", approx="超过"),
    G("增长12.7%", 12.7, "非常规天然气产量"),
    REG("山西转型综改示范区", "山西转型综合改革示范区", None, "zone", ["山西省"]),
    REG("晋城", "晋城市", "140500", "prefecture", ["山西省"]),
    REG("晋中", "晋中市", "140700", "prefecture", ["山西省"]),
    Q("3个", 3, "个", "国家级经开区"),
    Q("13个", 13, "个", "启动建设省级消费品特色园区"),
    Q("2个", 2, "个", "启动建设国际合作园区"),
]

# ---------------------------------------------------------------- plan (lines 22-25)
# The targets' own sentence opens with 今年: period 2025, period_source sentence, role target.
T = dict(period=Y2025, psrc="sentence", role="target")
PLAN = [
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    # 今年是“十四五”规划收官之年 gives only 今年 (FACTS); that “十四五” is skipped
    D("今年", "2025-01-01", "2025-12-31", "year"),
    REG("山西", SX, SXC, "province", []),
    N("org", "省委"),
    D("“十四五”", "2021-01-01", "2025-12-31", "period"),
    D("“十五五”", "2026-01-01", "2030-12-31", "period"),
    # line 3: the main targets
    D("今年", "2025-01-01", "2025-12-31", "year"),
    G("增长5%左右", 5, "地区生产总值", approx="左右", **T),
    G("增长6%以上", 6, "固定资产投资", approx="以上", **T),
    G("增长5%以上", 5, "社会消费品零售总额", approx="以上", **T),
    Q("45万人", 450000, "人", "城镇新增就业", **T),
    P("5.5%左右", 5.5, "城镇调查失业率", approx="左右", **T),
    G("2%左右", 2, "居民消费价格涨幅", approx="左右", **T),
    # line 4: confidence in this year's targets, the national setting
    D("今年", "2025-01-01", "2025-12-31", "year"),
    N("org", "党中央"),
]

COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the governor reports on behalf of the provincial people's government (line 5 of the full file), so the issuing body is 山西省人民政府.",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = "the report was delivered 2025-01-17 at the third session of the 14th provincial people's congress (line 3 of the full file)"

DOCS = {
    "report_shanxi_2025_review.txt": {
        "lines": (6, 11),
        "facts": REVIEW,
        "record": {
            "title": "一、2024年工作回顾",
            "year_source": f"the excerpt (lines 6-11 of 2025年山西省政府工作报告) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading reviews 2024 and its lead calls 2024 刚刚过去的 and 过去一年, so year 2025 and 过去一年 = 2024.",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "a provincial work report of 山西 (the region fact 山西, 对山西工作) → 山西省 140000.",
            "encoding_source": "the cut is sed output (lines 6-11) of a UTF-8 file without BOM.",
        },
    },
    "report_shanxi_2025_industry.txt": {
        "lines": (14, 14),
        "facts": INDUSTRY,
        "record": {
            "title": "（二）因地制宜发展新质生产力",
            "year_source": f"the excerpt (line 14 of 2025年山西省政府工作报告) has no date line and no date; it is part (二) of the list of the year's work (introduced on line 12) under the heading of the 2024 review (line 6), both outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2025, and its figures are 2024's (period_source section, as blind6/blind7's headless excerpts). issued null.",
            "title_source": "no title line and no section heading; the excerpt's own numbered sub-heading, up to the first 。 (without it), is used, as blind6 Shaanxi economy and blind7 Hebei economy did.",
            "region_source": "a provincial work report: 山西省 140000 (its places 定襄, 大同, 晋城, 晋中 and the 山西转型综改示范区 are Shanxi's).",
            "encoding_source": "the cut is sed output (line 14) of a UTF-8 file without BOM.",
        },
    },
    "report_shanxi_2025_plan.txt": {
        "lines": (22, 25),
        "facts": PLAN,
        "record": {
            "title": "二、2025年工作安排",
            "year_source": f"the excerpt (lines 22-25 of 2025年山西省政府工作报告) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading is 2025's plan and its 今年 is the last year of the 十四五 plan, so year 2025 and 今年 = 2025.",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "the region fact 山西 (对山西工作) → 山西省 140000; the targets are the province's.",
            "encoding_source": "the cut is sed output (lines 22-25) of a UTF-8 file without BOM.",
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
        pos = at
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
        cut = Path("/tmp/b8") / doc
        if cut.exists() and cut.read_text(encoding="utf-8") != text:
            all_errors.append(f"{doc}: /tmp/b8 copy differs from the corpus lines {spec['lines']}")
        facts, errors = check_and_strip(doc, text, [dict(f) for f in spec["facts"]])
        all_errors += errors
        record = {
            "doc": doc, "title": spec["record"]["title"], "issued": None, "year": 2025,
            "issuer": "山西省人民政府", "genre": "report", "region": SX, "region_code": SXC,
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
