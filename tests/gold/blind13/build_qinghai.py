#!/usr/bin/env python3
"""Blind gold for five excerpts of the 2025 Qinghai work report (see NOTES_qinghai.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_qinghai_2025_{review,economy,plan,targets,invest}.txt.{jsonl,doc.json} next to this
script. The source text is read from the corpus (lines 7-8, 10, 18-19, 21 and 30-31 of
2025年青海省政府工作报告.txt, as manifest.tsv says); when the /tmp/b13 cuts exist they are compared
with it.
Checks that every `text` occurs in its source in the order listed (a text that repeats is searched
after its previous match; a fact may give `occ`, which occurrence at or after that point is meant,
so no report text other than the facts' own text is copied here), that no project/org/region name
is listed twice per document, and that period and period_source are null together.
Modelled on ../blind12/build_ningxia.py (same constructors and checker).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/alexzhu0__Jina_Embeddings_v4_RAG/txt/2025年青海省政府工作报告.txt"
CUTS = Path("/tmp/b13")

QH, QHC = "青海省", "630000"
Y2024 = {"date_start": "2024-01-01", "date_end": "2024-12-31"}
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}
Y14_5 = ("2021-01-01", "2025-12-31", "period")
Y15_5 = ("2026-01-01", "2030-12-31", "period")


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2024,
        psrc="section", entity=None, region=QH, rcode=QHC, role="actual", scope=None, occ=None):
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


QINGHAI = lambda occ=None: REG("青海", QH, QHC, "province", [], occ=occ)

# ---------------------------------------------------------------- review (lines 7-8)
# The review heading is in the cut. The lead paragraph opens with the year-just-past phrase; its
# four headline figures stand in its third sentence, which has no date of its own: 2024,
# `paragraph` (blind10 Heilongjiang line 2). Role actual; basis null (no comparison word).
YP = dict(period=Y2024, psrc="paragraph")
REVIEW = [
    # line 1: the heading
    D("2024年", "2024-01-01", "2024-12-31", "year"),
    # line 2: the lead
    D("过去一年", "2024-01-01", "2024-12-31", "year"),
    QINGHAI(),                                   # first standalone use (the province's history)
    N("org", "省委"),
    G("增长2.7%", 2.7, "生产总值", **YP),
    P("5.2%", 5.2, "城镇调查失业率", **YP),
    G("增长5.4%", 5.4, "全体居民人均可支配收入", **YP),
    G("上涨0.5%", 0.5, "居民消费价格", **YP),
]

# ---------------------------------------------------------------- economy (line 10)
# A paragraph of 一、2024年工作回顾 (heading line 7), outside the cut, with no date of its own:
# 2024, `section`, actual (blind11 Xinjiang projects, blind12 Guangdong works and Ningxia housing).
# 争取 in a review reports funds secured: actual (blind12 Guangdong).
ECONOMY = [
    # the "1+5" policy system, the eight actions and the one-table-one-list mechanism are labels
    Q("118.3万吨", 1183000, "吨", "粮食产量"),
    Q("33万吨", 330000, "吨", "油料产量"),
    Q("165万吨", 1650000, "吨", "蔬菜产量"),
    # the ten-year high is a duration
    Q("937万头只", 9370000, "头只", "牛羊出栏"),
    G("增长0.9%", 0.9, "规模以上工业增加值"),
    G("增长93.1%", 93.1, "钢材产量"),
    G("47.5%", 47.5, "电解铜产量"),
    G("8.3%", 8.3, "多晶硅产量"),
    # two years running and the national "hundred strong" list: a duration and a list, no rank;
    # the first green alloy-wheel smart-manufacturing project: a description, not a named project
    Q("133家", 133, "家", "新增两化融合管理体系贯标企业"),
    REG("西宁", "西宁市", "630100", "prefecture", [QH]),
    REG("香港", "香港特别行政区", "810000", "province", []),
    REG("兰州", "兰州市", "620100", "prefecture", ["甘肃省"]),
    # the one-hour high-speed rail link is a duration
    M("2164.9亿元", 216490000000, "一般公共预算支出"),
    M("56亿元", 5600000000, "新增减税降费、退税缓费"),
    P("29%", 29, "绿色信贷覆盖率"),
    G("增长4.3%", 4.3, "固定资产投资"),
    M("51.8亿元", 5180000000, "争取“两重”资金"),
    Q("96个", 96, "个", "“两重”资金支持项目"),
    G("增长14.7%", 14.7, "能源投资"),
    N("project", "乐都至化隆"),                  # bare first member sharing the head 公路
    Q("7条", 7, "条", "建成通车公路"),
    Q("1755公里", 1755, "公里", "新增公路通车里程"),
    D("“十四五”", *Y14_5),                       # the plan's target reached ahead of time
    N("project", "引大济湟工程"),
    Q("百万", 1000000, None, "惠及群众", entity="引大济湟工程"),
    Q("18条", 18, "条", "加力推动“两新”措施"),
    G("增长7.1%", 7.1, "设备购置投资"),
    G("87.7%", 87.7, "企业技术改造投资"),
    M("超10亿元", 1000000000, "补贴直达消费者", approx="超"),
    M("133.7亿元", 13370000000, "带动消费"),
    N("project", "青海电商总部"),
    N("project", "拉面产业数字化"),               # second member sharing the head 平台
    G("增长31%", 31, "网络零售额"),
    G("10%", 10, "购物交易额"),
    # the TV channel and its programme are not orgs or projects
    QINGHAI(),                                   # the province's food (first standalone use)
    G("增长23.2%", 23.2, "进出口总值"),
    G("增长73.7倍", 73.7, "多晶硅出口", unit="倍"),
    G("77.5倍", 77.5, "锂电池出口", unit="倍"),
]

# ---------------------------------------------------------------- plan (lines 18-19)
# The heading of the 2025 targets and tasks and its opening paragraph: no figure.
PLAN = [
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    # the closing-year sentence: only its 今年 (FACTS); the next plan being laid out is a date
    D("今年", "2025-01-01", "2025-12-31", "year"),
    D("“十五五”", *Y15_5),
    # the province in the "new Qinghai" slogan and the plateau are not regions
]

# ---------------------------------------------------------------- targets (line 21)
# The main expected targets, cut without the 2025 heading (line 18) and with no date of their own:
# 2025, `section` (blind9 Jilin, blind10 Heilongjiang invest), role target (the list head).
TS = dict(period=Y2025, psrc="section", role="target")
TARGETS = [
    G("增长4.5%左右", 4.5, "地区生产总值", approx="左右", **TS),
    Q("6万人以上", 60000, "人", "城镇新增就业", approx="以上", **TS),
    Q("106万人次以上", 1060000, "人次", "农牧区劳动力转移就业", approx="以上", **TS),
    P("5.5%左右", 5.5, "城镇调查失业率", approx="左右", **TS),
    G("2%左右", 2, "居民消费价格涨幅", approx="左右", **TS),
    Q("110万吨以上", 1100000, "吨", "粮食总产量", approx="以上", **TS),
    # the water-quality class is a grade, not a number
    P("96.3%以上", 96.3, "空气质量优良天数比例", approx="以上", **TS),
    D("“十四五”期间", *Y14_5),
]

# ---------------------------------------------------------------- invest (lines 30-31)
# Two paragraphs of part (二) of 二、2025年目标任务和重点工作 (heading line 18, part heading
# line 28), both outside the cut: 2025, `section`, target (blind9 Jilin, blind10 Heilongjiang invest).
TG = dict(period=Y2025, psrc="section", role="target")
INVEST = [
    # the "three quantities" label is no number
    G("增长5%以上", 5, "固定资产投资", approx="以上", **TG),
    N("project", "加定至西海"),                  # bare first member sharing the head 公路
    N("project", "同仁至赛尔龙高速公路"),
    N("project", "湟源至西海"),
    N("project", "贵德至同德"),
    N("project", "小柴旦湖至老茫崖"),
    Q("9.3万公里", 93000, "公里", "公路通车总里程", **TG),
    N("project", "西宁至成都铁路"),
    N("project", "格库铁路青海段扩能改造"),
    N("project", "青藏铁路格拉段电气化改造及外部配套电源工程"),
    N("project", "西宁机场三期"),
    N("project", "共和机场"),
    N("project", "那棱格勒河水利枢纽"),
    N("project", "柴达木盆地水资源配置一期"),
    N("project", "黄河干流防洪二期工程"),
    # members sharing the head 工程, kept as written
    N("project", "引黄济宁"),
    N("project", "引通济柴"),
    N("project", "“三滩”引水生态综合治理"),
    N("project", "香日德水库及配套灌区"),
    N("project", "南水北调西线工程"),
    # the "number one" programme of attracting investment is a programme; the fair is an event
    QINGHAI(),                                   # industries to move to Qinghai
]

COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the acting governor reports on behalf of the provincial people's government (lines 4 and 6 of the full file), so the issuing body is 青海省人民政府.",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = "the report was delivered 2025-01-19 at the third session of the 14th people's congress of 青海省 (line 3 of the full file)"

DOCS = {
    "report_qinghai_2025_review.txt": {
        "lines": (7, 8),
        "facts": REVIEW,
        "record": {
            "title": "一、2024年工作回顾",
            "year_source": f"the excerpt (lines 7-8 of 2025年青海省政府工作报告) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading reviews 2024 and its lead calls 2024 the year just past, so year 2025.",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "the provincial work report (the region fact 青海) → 青海省 630000; 全省 is the province's own.",
            "encoding_source": "the cut is sed output (lines 7-8) of a UTF-8 file without BOM.",
        },
    },
    "report_qinghai_2025_economy.txt": {
        "lines": (10, 10),
        "facts": ECONOMY,
        "record": {
            "title": "经济运行在多措并举中回升向好",
            "year_source": f"the excerpt (line 10 of 2025年青海省政府工作报告) has no date line and no year of its own; it is a paragraph of 一、2024年工作回顾 (heading line 7), outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2025, its figures are 2024's (period_source section). issued null.",
            "title_source": "no title line and no section heading; the excerpt's own lead up to the first 。, without the 。 (blind9-12 headless excerpts).",
            "region_source": "the provincial work report: 青海省 630000 (the region fact 青海; 西宁 is its capital; 香港 and 兰州 are the ends of links from it).",
            "encoding_source": "the cut is sed output (line 10) of a UTF-8 file without BOM.",
        },
    },
    "report_qinghai_2025_plan.txt": {
        "lines": (18, 19),
        "facts": PLAN,
        "record": {
            "title": "二、2025年目标任务和重点工作",
            "year_source": f"the excerpt (lines 18-19 of 2025年青海省政府工作报告) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading and 今年 are 2025's, so year 2025.",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "the provincial work report: 青海省 630000 (我省 is the province's own; it names no place standing alone).",
            "encoding_source": "the cut is sed output (lines 18-19) of a UTF-8 file without BOM.",
        },
    },
    "report_qinghai_2025_targets.txt": {
        "lines": (21, 21),
        "facts": TARGETS,
        "record": {
            "title": "全省经济社会发展的主要预期目标是",
            "year_source": f"the excerpt (line 21 of 2025年青海省政府工作报告) has no date line and no year of its own; it stands under 二、2025年目标任务和重点工作 (heading line 18), outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2025, its figures are 2025 targets (period_source section). issued null.",
            "title_source": "no title line and no section heading; the paragraph is one sentence up to its only 。, so its lead clause up to the colon is used (blind9 Gansu, blind11 Xinjiang: a lead clause when the first 。 comes late).",
            "region_source": "the provincial work report: 青海省 630000 (全省 is the province's own).",
            "encoding_source": "the cut is sed output (line 21) of a UTF-8 file without BOM.",
        },
    },
    "report_qinghai_2025_invest.txt": {
        "lines": (30, 31),
        "facts": INVEST,
        "record": {
            "title": "扩大有效投资",
            "year_source": f"the excerpt (lines 30-31 of 2025年青海省政府工作报告) has no date line and no date; they are two paragraphs of part (二) of 二、2025年目标任务和重点工作 (heading line 18, part heading line 28), both outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2025, its figures are 2025 targets (period_source section). issued null.",
            "title_source": "no title line and no section heading; the excerpt's own lead up to the first 。, without the 。 (blind9-12 headless excerpts).",
            "region_source": "the provincial work report (the region fact 青海) → 青海省 630000; 全省 is the province's own.",
            "encoding_source": "the cut is sed output (lines 30-31) of a UTF-8 file without BOM.",
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
        record = {
            "doc": doc, "title": spec["record"]["title"], "issued": None, "year": 2025,
            "issuer": "青海省人民政府", "genre": "report", "region": QH, "region_code": QHC,
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
