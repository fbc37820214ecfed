#!/usr/bin/env python3
"""Blind gold for four excerpts of the 2025 Inner Mongolia work report (see NOTES_neimenggu.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_neimenggu_2025_{review,works,plan,projects}.txt.{jsonl,doc.json} next to this script.
The source text is read from the corpus (lines 5-6, 8, 14-16 and 20-21 of
2025年内蒙古自治区政府工作报告.txt, as manifest.tsv says); when the /tmp/b13 cuts exist they are
compared with it.
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
REPORT = "reports/alexzhu0__Jina_Embeddings_v4_RAG/txt/2025年内蒙古自治区政府工作报告.txt"
CUTS = Path("/tmp/b13")

NM, NMC = "内蒙古自治区", "150000"
Y2024 = {"date_start": "2024-01-01", "date_end": "2024-12-31"}
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}
Y14_5 = ("2021-01-01", "2025-12-31", "period")
Y15_5 = ("2026-01-01", "2030-12-31", "period")


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2024,
        psrc="section", entity=None, region=NM, rcode=NMC, role="actual", scope=None, occ=None):
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


NEIMENGGU = lambda occ=None: REG("内蒙古", NM, NMC, "province", [], occ=occ)

# ---------------------------------------------------------------- review (lines 5-6)
# The heading 一、2024年工作回顾 is in the cut; the paragraph opens with the one-year-past phrase
# (FACTS: a report issued in 2025 → 2024). The figures stand in later sentences of that same
# paragraph: period 2024, period_source paragraph (blind4 Jiangxi line 2, dev CONVENTIONS).
# Roles: 预计 governs the GDP clause (its sentence runs to the first ；); 有望 governs the two
# national ranks and the rise of the industry's rank; the rest is actual (blind11 Tianjin,
# blind8 Chongqing: a cue governs its own clause).
RV = dict(period=Y2024, psrc="paragraph")
FC = dict(RV, role="forecast")
REVIEW = [
    # line 1: the heading
    D("2024年", "2024-01-01", "2024-12-31", "year"),
    # line 2, first sentence
    D("过去一年", "2024-01-01", "2024-12-31", "year"),
    N("org", "自治区党委"),
    NEIMENGGU(),
    # the forecast clause
    G("增长6%左右", 6, "地区生产总值", approx="左右", **FC),
    M("突破2.6万亿元", 2600000000000, "地区生产总值", approx="突破", **FC),
    R("全国排名有望上升至第20位", 20, "全国", "地区生产总值总量", **FC),
    # the five-years-apart phrase is a duration; the national middle rank is a group, no rank
    # industry: the trillion mark passed (blind3 跨上…台阶: no qualifier)
    M("万亿元", 1000000000000, "工业增加值", **RV),
    Q("3位", 3, "位", "工业增加值全国排名上升", **FC),          # blind8 Shanxi `5位`
    R("居第14位", 14, "全国", "工业增加值", **FC),
    R("居西部省份第2位", 2, "西部省份", "国家级先进制造业集群数量", **RV),
    # grain (the 21-harvests label is a run, no number)
    Q("820.1亿斤", 82010000000, "斤", "粮食总产量", **RV),
    R("居全国第3位", 3, "全国", "粮食总产量增量", **RV),
    # new energy: the hundred-million mark (no unit written) and the level reached
    Q("破亿", 100000000, None, "新能源装机", approx="破", **RV),
    Q("1.35亿千瓦", 135000000, "千瓦", "新能源装机", **RV),
    # the one-year-early phrase and the congress ordinal are no numbers
    G("下降3%", -3, "单位GDP能耗", **RV),
    D("“十四五”", *Y14_5),
    M("超5300亿元", 530000000000, "引进到位资金", approx="超", **RV),
    # the three-year target amount: a target, its span not stated (period null)
    M("1万亿元", 1000000000000, "三年引资目标", period=None, role="target"),
    Q("9.4万P", 94000, "P", "算力总规模", **RV),
    Q("8.7万P", 87000, "P", "智算规模", **RV),
    R("居全国第1位", 1, "全国", "智算规模", **RV),
]

# ---------------------------------------------------------------- works (line 8)
# A paragraph of 一、2024年工作回顾 (heading line 5, outside the cut); its opening over-the-year
# phrase is not a date (dev Shandong/Sichuan, blind3, blind6): 2024, section, actual
# (blind12 Guangdong works, blind11 Xinjiang projects).
WORKS = [
    # policy: the State Council's document No. 16 (the number is an identifier)
    N("org", "国务院"),
    Q("86个", 86, "个", "重大项目"),
    Q("74个", 74, "个", "已开工重大项目"),
    # the desert-control and wind-solar integration works and the warmth works are two of the
    # region's six programmes (seed 满园工程): no project; the western/north-eastern/Yellow River
    # strategies name no division
    Q("2727万千瓦", 27270000, "千瓦", "建设风电光伏装机"),
    Q("238万亩", 2380000, "亩", "治沙"),
    N("project", "库布其沙漠“光伏长城”"),
    N("project", "乌丹至白音套海治沙公路"),
    M("8.5亿元", 850000000, "“以工代赈”带动群众增收"),
    # warmth works
    M("近200亿元", 20000000000, "温暖工程投入", approx="近"),
    Q("近1万公里", 10000, "公里", "改造供热管网", approx="近"),
    P("99%以上", 99, "在线监测室温达标率", approx="以上"),
    Q("19.3万户", 193000, "户", "完成清洁取暖改造"),
    # credit
    M("71.4亿元", 7140000000, "为企业清欠账款、挽回损失"),
    # science and technology
    Q("5个", 5, "个", "科技“突围”点位"),
    Q("36项", 36, "项", "科技“突围”重点任务"),
    N("project", "空天跨尺度计量基准大科学装置与高性能光栅产业化项目"),
    N("org", "怀柔国家实验室"),
    # of the two laboratories sharing one head, only the one written in full (blind6 Shaanxi)
    N("org", "鄂尔多斯实验室"),
    N("org", "国家乳业技术创新中心"),
    Q("13个", 13, "个", "承接国家重点研发项目"),
    N("project", "“蒙科聚”平台"),
    Q("2412笔", 2412, "笔", "交易转化", entity="“蒙科聚”平台"),
    G("增长8.7%", 8.7, "交易转化", entity="“蒙科聚”平台"),
    G("增长33.6%", 33.6, "技术合同成交额"),
    Q("853家", 853, "家", "净增科技型中小企业"),
    Q("97家", 97, "家", "净增高新技术企业"),
    Q("20家", 20, "家", "净增科技领军企业"),
    Q("45个", 45, "个", "新增博士硕士学位授权点"),
    Q("11个", 11, "个", "实现博士点从无到有的学科专业"),
    Q("2个", 2, "个", "获国家科技进步二等奖项目"),
    Q("4位", 4, "位", "区域创新能力全国排名上升"),       # blind8 Shanxi `5位`
    # free-trade zone (the zone to be created is unnamed)
    Q("223项", 223, "项", "复制推广国家层面制度创新成果"),
]

# ---------------------------------------------------------------- plan (lines 14-16)
# The heading of the 2025 plan, the opening and the main targets. The targets' paragraph has no
# date of its own (no 今年): 2025 from the heading in the cut, section (blind12 Ningxia, blind11
# Tianjin, blind10 Liaoning). All target (the list head governs the list).
TS = dict(period=Y2025, psrc="section", role="target")
PLAN = [
    # line 1
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    # line 2: the year closing one plan and laying out the next: the year (FACTS, one date for
    # the closing clause) and the next plan (blind12 Ningxia, blind10 Heilongjiang)
    D("今年", "2025-01-01", "2025-12-31", "year"),
    D("“十五五”", *Y15_5),
    N("org", "自治区党委"),
    D("今年", "2025-01-01", "2025-12-31", "year"),
    NEIMENGGU(),
    # line 3: the main targets
    G("增长6%左右", 6, "地区生产总值", approx="左右", **TS),
    G("增长7%左右", 7, "规模以上工业增加值", approx="左右", **TS),
    G("增长10%左右", 10, "固定资产投资", approx="左右", **TS),
    G("增长4%以上", 4, "一般公共预算收入", approx="以上", **TS),
    Q("18万人以上", 180000, "人", "城镇新增就业", approx="以上", **TS),
    P("5.5%左右", 5.5, "城镇调查失业率", approx="左右", **TS),
    G("2%左右", 2, "居民消费价格涨幅", approx="左右", **TS),
    D("“十四五”", *Y14_5),                       # the plan's energy-intensity target
]

# ---------------------------------------------------------------- projects (lines 20-21)
# Two paragraphs of part (一) of 二、2025年工作安排 (heading line 14, part heading line 19), both
# outside the cut. Line 20: its second sentence opens with 今年, so the figures of its later
# sentences are 2025, paragraph; targets (确保, 力争). Line 21 has no date: 2025, section.
TP = dict(period=Y2025, psrc="paragraph", role="target")
PROJECTS = [
    # line 20
    D("今年", "2025-01-01", "2025-12-31", "year"),
    D("“十五五”", *Y15_5),
    M("超过3000亿元", 300000000000, "基础设施投资", approx="超过", **TP),
    M("5700亿元以上", 570000000000, "引进到位资金", approx="以上", **TP),
    M("4900亿元左右", 490000000000, "工业投资", approx="左右", **TP),
    G("增长10%以上", 10, "工业投资", approx="以上", **TP),
    # line 21: works, as written (bare list members sharing one head kept: dev 雄商, blind7
    # Hebei, blind9 Gansu, blind12 Guangdong)
    N("project", "包银高铁"),
    N("project", "太锡铁路"),
    N("project", "临哈线"),
    N("project", "集二线"),
    N("project", "包鄂榆高铁"),
    N("project", "S22白永段"),
    N("project", "S29呼凉高速"),
    N("project", "G0616海乌段"),
    N("project", "G1817乌巴段"),
    N("project", "S27呼鄂高速"),
    N("project", "呼和浩特盛乐国际机场"),
    N("project", "科右前旗"),
    N("project", "科右中旗"),
    N("project", "乌拉盖通用机场"),
    N("project", "引黄入呼三期工程"),
    N("project", "河套"),
    N("project", "镫口"),
    N("project", "引绰济辽一期"),
    # the projects already planned: a stock that stands (actual), 2025 from the section
    Q("近1400个", 1400, "个", "已经谋划的重点工业项目", approx="近", period=Y2025, psrc="section"),
    N("project", "中石化煤制烯烃"),
    N("org", "中石化"),
    N("project", "荣盛煤化一体化"),
    N("project", "赛盛新材料"),
    N("project", "远景零碳电池"),
    # the ten-billion class of the projects is a class word (seed 千亿级), not money
]

COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the chairwoman of the autonomous region's people's government reports on behalf of it (lines 2 and 4 of the full file: 自治区人民政府主席…; 我代表自治区人民政府), so the issuing body is 内蒙古自治区人民政府.",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = "the report was delivered 2025-01-14 at the third session of the 14th people's congress of 内蒙古自治区 (line 2 of the full file)"

DOCS = {
    "report_neimenggu_2025_review.txt": {
        "lines": (5, 6),
        "facts": REVIEW,
        "record": {
            "title": "一、2024年工作回顾",
            "year_source": f"the excerpt (lines 5-6 of 2025年内蒙古自治区政府工作报告) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading reviews 2024 and its lead names the year just past, so year 2025.",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "the work report of the autonomous region (the region fact 内蒙古) → 内蒙古自治区 150000.",
            "encoding_source": "the cut is sed output (lines 5-6) of a UTF-8 file without BOM.",
        },
    },
    "report_neimenggu_2025_works.txt": {
        "lines": (8, 8),
        "facts": WORKS,
        "record": {
            "title": "一年来，我们紧盯不放、紧抓快办，推动“六个工程”取得标志性成果",
            "year_source": f"the excerpt (line 8 of 2025年内蒙古自治区政府工作报告) has no date line and no date (its over-the-year opening is not one); it is a paragraph of 一、2024年工作回顾 (heading line 5), outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2025, its figures are 2024's (period_source section). issued null.",
            "title_source": "no title line and no section heading; the excerpt's own lead up to the first 。, without the 。 (blind9-12 headless excerpts).",
            "region_source": "the work report of the autonomous region: 内蒙古自治区 150000 (全区 and 我区 are the region's own; the excerpt names no division standing alone).",
            "encoding_source": "the cut is sed output (line 8) of a UTF-8 file without BOM.",
        },
    },
    "report_neimenggu_2025_plan.txt": {
        "lines": (14, 16),
        "facts": PLAN,
        "record": {
            "title": "二、2025年工作安排",
            "year_source": f"the excerpt (lines 14-16 of 2025年内蒙古自治区政府工作报告) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading is 2025's plan and 今年 is the closing year of the 十四五 plan, so year 2025.",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "the region fact 内蒙古 → 内蒙古自治区 150000; the targets are the autonomous region's (全区).",
            "encoding_source": "the cut is sed output (lines 14-16) of a UTF-8 file without BOM.",
        },
    },
    "report_neimenggu_2025_projects.txt": {
        "lines": (20, 21),
        "facts": PROJECTS,
        "record": {
            "title": "要精准谋划招引项目",
            "year_source": f"the excerpt (lines 20-21 of 2025年内蒙古自治区政府工作报告) has no date line; it is two paragraphs of part (一) of 二、2025年工作安排 (heading line 14, part heading line 19), both outside the cut; {DATE_LINE}. Its own 今年 is 2025 as a reader of the whole report reads it: year 2025. issued null.",
            "title_source": "no title line and no section heading; the excerpt's own lead up to the first 。, without the 。 (blind9-12 headless excerpts).",
            "region_source": "the work report of the autonomous region: 内蒙古自治区 150000 (全区 and 各盟市 are the region's own; the places in the works' names are not regions).",
            "encoding_source": "the cut is sed output (lines 20-21) of a UTF-8 file without BOM.",
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
            all_errors.append(f"{doc}: /tmp/b13 copy differs from the corpus lines {spec['lines']}")
        facts, errors = check_and_strip(doc, text, [dict(f) for f in spec["facts"]])
        all_errors += errors
        record = {
            "doc": doc, "title": spec["record"]["title"], "issued": None, "year": 2025,
            "issuer": "内蒙古自治区人民政府", "genre": "report", "region": NM, "region_code": NMC,
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
