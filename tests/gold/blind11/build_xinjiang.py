#!/usr/bin/env python3
"""Blind gold for four excerpts of the 2025 Xinjiang work report (see NOTES_xinjiang.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_xinjiang_2025_{review,projects,plan,invest}.txt.{jsonl,doc.json} next to this script.
The source text is read from the corpus (lines 7-12, 16, 35-38 and 45 of 2025年新疆政府工作报告.txt,
as manifest.tsv says); when the /tmp/b11 cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (a text that repeats is searched
after its previous match; a fact may give `occ`, which occurrence at or after that point is meant,
so no report text other than the facts' own text is copied here), that no project/org/region name
is listed twice per document, and that period and period_source are null together.
Modelled on ../blind10/build_heilongjiang.py.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/alexzhu0__Jina_Embeddings_v4_RAG/txt/2025年新疆政府工作报告.txt"

XJ, XJC = "新疆维吾尔自治区", "650000"
TC, TCC = "塔城地区", "654200"
Y2024 = {"date_start": "2024-01-01", "date_end": "2024-12-31"}
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}
Y14_5 = ("2021-01-01", "2025-12-31", "period")
Y15_5 = ("2026-01-01", "2030-12-31", "period")


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2024,
        psrc="section", entity=None, region=XJ, rcode=XJC, role="actual", scope=None, occ=None):
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


XINJIANG = lambda: REG("新疆", XJ, XJC, "province", [])
SIZE = dict(period=None, role=None)

# ---------------------------------------------------------------- review (lines 7-12)
# The review heading is in the cut. Line 2 opens with 过去一年 but has no figure; lines 3 and 6 are
# paragraphs of their own with no date: 2024 from the heading, section (blind10 Heilongjiang lines
# 3/5, blind10 Liaoning bullets). Role actual throughout (no 预计 or other cue in the cut); stocks
# stated in the review (sown area, output, ranks) are 2024's.
REVIEW = [
    # line 1: the heading
    D("2024年", "2024-01-01", "2024-12-31", "year"),
    # line 2: the lead (meetings, the general secretary, the ideology's 中国, 全疆 are not names)
    D("过去一年", "2024-01-01", "2024-12-31", "year"),
    N("org", "党中央"),
    N("org", "自治区党委"),                     # named again in line 4; listed once
    XINJIANG(),                                   # first standalone use; later uses are the same name
    # line 3: headline figures; 同比 is written on the first clause only (basis of the others null)
    G("同比增长6.1%", 6.1, "地区生产总值", basis="同比"),
    M("突破2万亿元", 2000000000000, "地区生产总值", approx="突破"),
    G("增长8%", 8, "规模以上工业增加值"),
    G("增长6.9%", 6.9, "固定资产投资"),
    G("增长2%", 2, "社会消费品零售总额"),
    G("增长21.8%", 21.8, "进出口贸易总额"),
    G("增长10.5%", 10.5, "一般公共预算收入"),
    G("增长5.5%", 5.5, "城镇居民人均可支配收入"),
    G("增长8.2%", 8.2, "农村居民人均可支配收入"),
    # the front-rank phrase of the growth rates is a group rank; the whole-year word is no date
    # line 4: 一年来 is no date (blind10 Heilongjiang); line 5: the part heading, no fact
    # line 6: part (一), agriculture
    M("1137.8亿元", 113780000000, "安排“三农”资金"),
    Q("4440万亩", 44400000, "亩", "粮食播种面积"),
    Q("202.9万亩", 2029000, "亩", "新增粮食播种面积"),
    Q("42.2亿斤", 4220000000, "斤", "粮食增产"),
    Q("466亿斤", 46600000000, "斤", "粮食总产"),
    R("全国排名上升到第13位", 13, "全国", "粮食总产"),
    Q("1050斤", 1050, "斤", "粮食单产"),
    R("跃居全国第一", 1, "全国", "粮食单产"),
    Q("568.6万吨", 5686000, "吨", "棉花总产"),
    P("占全国92.2%", 92.2, "棉花总产占全国比重"),
    Q("1400万吨", 14000000, "吨", "果品产量"),
    Q("2313万吨", 23130000, "吨", "蔬菜产量"),
    # the nine policy measures: a label in Chinese numerals (seed 十条政策)
    M("50.3亿元", 5030000000, "畜牧业发展各类资金"),
    Q("211.76万吨", 2117600, "吨", "肉类产量"),
    Q("198万吨", 1980000, "吨", "牛奶产量"),
    Q("19.65万吨", 196500, "吨", "水产品产量"),
    Q("434万亩", 4340000, "亩", "建设高标准农田"),
    Q("3个", 3, "个", "新增国家现代农业产业园"),
    Q("9个", 9, "个", "新增农业产业强镇"),
    M("149.2亿元", 14920000000, "中央乡村振兴补助资金"),
    # the ten-million project programme is a label
    Q("15个", 15, "个", "创建全国美丽宜居示范村"),
]

# ---------------------------------------------------------------- projects (line 16)
# One paragraph of part (三) of 一、2024年工作回顾 (heading line 7, part heading line 15), both
# outside the cut: 2024, section, actual (blind8 Chongqing industry, blind5 Guangxi projects).
# The 750-kV voltages are sizes of the works (dev 20230808 ±800千伏, Sichuan 1000千伏).
PROJECTS = [
    # sentence 1: labels (ten mechanisms, six lists, thousand-hundred-billion works, ten networks),
    # funds (central budget investment, ultra-long special bonds) are not names
    M("3557亿元", 355700000000, "重点项目投资"),
    # sentence 2: works started, sped up, completed, holed through, topped out
    N("project", "伊宁新机场高速公路"),
    N("project", "台斯水库"),
    N("project", "“疆电外送”第四通道煤电项目"),
    N("project", "塔额750千伏输变电工程"),
    Q("750千伏", 750, "千伏", "输变电工程电压等级", entity="塔额750千伏输变电工程", **SIZE),
    N("project", "G219昭苏至温宿公路"),
    N("project", "玉龙喀什水利枢纽工程"),
    N("project", "将军庙至淖毛湖铁路"),
    N("project", "格尔木至库尔勒铁路扩能改造项目"),
    N("project", "塔城至乌苏750千伏输变电工程"),
    # both ends lie in 塔城地区 (its common prefecture; see notes)
    Q("750千伏", 750, "千伏", "输变电工程电压等级", entity="塔城至乌苏750千伏输变电工程",
      region=TC, rcode=TCC, **SIZE),
    N("project", "奇台江布拉克机场"),
    # the two world superlatives are not rankings
    N("project", "乌鲁木齐至尉犁高速公路天山胜利隧道"),
    N("project", "“疆电外送”第三通道(新疆段)"),
    N("project", "新疆大石峡水利枢纽工程"),
    N("project", "乌鲁木齐机场改扩建工程"),
    # the closing sentence: the region standing alone (its earlier uses are nested in names)
    XINJIANG(),
]

# ---------------------------------------------------------------- plan (lines 35-38)
# The heading of the 2025 key work, the opening paragraph, the general requirements and the main
# targets. The targets' first sentence opens with 今年 (…主要预期目标是：) and ends at the first ；
# (FACTS: a sentence ends at 。；！？): its target is 2025, sentence; the targets after that ；
# stand in later sentences of the same paragraph: 2025, paragraph (blind9 Gansu plan, blind7 news
# story 5). All are targets (the list head governs the list to its end).
TS = dict(period=Y2025, psrc="sentence", role="target")
TP = dict(period=Y2025, psrc="paragraph", role="target")
PLAN = [
    # line 1: heading
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    # line 2: the anniversary year; only its 今年 (FACTS: the closing year of the 十四五 plan gives
    # one date); the 70th anniversary is not a number
    D("今年", "2025-01-01", "2025-12-31", "year"),
    D("今年", "2025-01-01", "2025-12-31", "year"),          # this year's government work
    # line 3: general requirements
    D("今年", "2025-01-01", "2025-12-31", "year"),
    XINJIANG(),
    N("org", "自治区党委"),                     # from its plenums (blind10 Liaoning, blind8 Shanxi)
    # the ten industry clusters and the five strategic positions are labels
    D("“十四五”", *Y14_5),                       # completing the plan's goals
    D("“十五五”", *Y15_5),                       # a good start
    # line 4: the main targets
    D("今年", "2025-01-01", "2025-12-31", "year"),
    G("增长6%左右", 6, "地区生产总值", approx="左右", **TS),
    G("增长8%左右", 8, "规模以上工业增加值", approx="左右", **TP),
    G("增长10%左右", 10, "固定资产投资", approx="左右", **TP),
    G("增长5%左右", 5, "社会消费品零售总额", approx="左右", **TP),
    G("增长12%左右", 12, "进出口贸易总额", approx="左右", **TP),
    G("增长10%左右", 10, "一般公共预算收入", approx="左右", **TP),
    Q("46万人以上", 460000, "人", "城镇新增就业", approx="以上", **TP),
    P("5.5%以内", 5.5, "城镇调查失业率", approx="以内", **TP),
    G("增长6%左右", 6, "城镇居民人均可支配收入", approx="左右", **TP),
    G("增长7%左右", 7, "农村居民人均可支配收入", approx="左右", **TP),
    G("2%左右", 2, "居民消费价格涨幅", approx="左右", **TP),
    Q("476亿斤以上", 47600000000, "斤", "粮食产量", approx="以上", **TP),
    G("降低3%以上", -3, "单位地区生产总值能耗", approx="以上", **TP),
    # the environment target has no figure
]

# ---------------------------------------------------------------- invest (line 45)
# One paragraph of part (三) of 二、2025年重点工作 (heading line 35, part heading line 44), both
# outside the cut. It has one figure, the size of a works (period and role null).
INVEST = [
    # sentence 1: labels (six lists, two priorities), funds and the project list are not names
    # sentence 2: works to be completed
    N("project", "“疆电外送”第三通道"),
    N("project", "G0711乌鲁木齐至尉犁高速公路"),
    # sentence 3: works to speed up
    N("project", "“疆电外送”第四通道"),
    N("project", "罗布泊至若羌铁路"),
    N("project", "将军庙至淖毛湖铁路二线"),
    N("project", "塔城2×66万千瓦煤电一体化"),
    # two units of 660 MW: the works' installed capacity, 1.32 GW (open, see notes)
    Q("2×66万千瓦", 1320000, "千瓦", "煤电一体化", entity="塔城2×66万千瓦煤电一体化",
      region=TC, rcode=TCC, **SIZE),
    # sentence 4: works to start
    N("project", "淖毛湖至梧桐水铁路"),
    N("project", "伊宁至阿克苏铁路"),
    N("project", "临河至哈密铁路扩能改造"),
    N("project", "G3033奎屯至独山子至库车高速公路"),
    N("project", "乔诺水库"),
    N("project", "伊宁机场迁建"),
    N("project", "库尔勒机场改扩建"),
    # sentence 5: the next plan, twice; the region standing alone
    D("“十五五”", *Y15_5),
    XINJIANG(),
    D("“十五五”", *Y15_5),
    # the strategic hinterland, backup and reserve bases are policy terms; the rest of the
    # paragraph (consumption) has no figure and no name
]

COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the chairman reports on behalf of the autonomous region's people's government (line 6 of the full file), so the issuing body is 新疆维吾尔自治区人民政府.",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = "the report was delivered 2025-01-19 at the third session of the 14th people's congress of 新疆维吾尔自治区 (line 3 of the full file)"

DOCS = {
    "report_xinjiang_2025_review.txt": {
        "lines": (7, 12),
        "facts": REVIEW,
        "record": {
            "title": "一、2024年工作回顾",
            "year_source": f"the excerpt (lines 7-12 of 2025年新疆政府工作报告) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading reviews 2024 and its lead calls it 过去一年, so year 2025 and 过去一年 = 2024.",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "the work report of the autonomous region (the region fact 新疆) → 新疆维吾尔自治区 650000; 全疆 is the region's own.",
            "encoding_source": "the cut is sed output (lines 7-12) of a UTF-8 file without BOM.",
        },
    },
    "report_xinjiang_2025_projects.txt": {
        "lines": (16, 16),
        "facts": PROJECTS,
        "record": {
            "title": "发挥投资拉动作用",
            "year_source": f"the excerpt (line 16 of 2025年新疆政府工作报告) has no date line and no date; it is the paragraph of part (三) of 一、2024年工作回顾 (heading line 7, part heading line 15), both outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2025, its figures are 2024's (period_source section). issued null.",
            "title_source": "no title line and no section heading; the first 。 comes only after the whole first sentence, so the excerpt's own lead clause (up to the first comma) is used (blind9 Gansu plan: the lead clause when the first 。 is late).",
            "region_source": "the work report of the autonomous region: 新疆维吾尔自治区 650000 (the region fact 新疆 of the closing sentence).",
            "encoding_source": "the cut is sed output (line 16) of a UTF-8 file without BOM.",
        },
    },
    "report_xinjiang_2025_plan.txt": {
        "lines": (35, 38),
        "facts": PLAN,
        "record": {
            "title": "二、2025年重点工作",
            "year_source": f"the excerpt (lines 35-38 of 2025年新疆政府工作报告) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading is 2025's and its 今年 is the closing year of the 十四五 plan, so year 2025 and 今年 = 2025.",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "the region fact 新疆 → 新疆维吾尔自治区 650000; the targets are the autonomous region's.",
            "encoding_source": "the cut is sed output (lines 35-38) of a UTF-8 file without BOM.",
        },
    },
    "report_xinjiang_2025_invest.txt": {
        "lines": (45, 45),
        "facts": INVEST,
        "record": {
            "title": "实施有效投资促进行动",
            "year_source": f"the excerpt (line 45 of 2025年新疆政府工作报告) has no date line; it is the paragraph of part (三) of 二、2025年重点工作 (heading line 35, part heading line 44), both outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2025 (its only figure is a size, with no period). issued null.",
            "title_source": "no title line and no section heading; the first 。 comes only after the whole first sentence, so the excerpt's own lead clause (up to the first comma) is used, as for the projects excerpt.",
            "region_source": "the work report of the autonomous region: 新疆维吾尔自治区 650000 (the region fact 新疆).",
            "encoding_source": "the cut is sed output (line 45) of a UTF-8 file without BOM.",
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
        cut = Path("/tmp/b11") / doc
        if cut.exists() and cut.read_text(encoding="utf-8") != text:
            all_errors.append(f"{doc}: /tmp/b11 copy differs from the corpus lines {spec['lines']}")
        facts, errors = check_and_strip(doc, text, [dict(f) for f in spec["facts"]])
        all_errors += errors
        record = {
            "doc": doc, "title": spec["record"]["title"], "issued": None, "year": 2025,
            "issuer": "新疆维吾尔自治区人民政府", "genre": "report", "region": XJ, "region_code": XJC,
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
