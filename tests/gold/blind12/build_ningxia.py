#!/usr/bin/env python3
"""Blind gold for four excerpts of the 2025 Ningxia work report (see NOTES_ningxia.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_ningxia_2025_{review,housing,plan,farming}.txt.{jsonl,doc.json} next to this script.
The source text is read from the corpus (lines 7-11, 31, 39-42 and 52 of 2025年宁夏政府工作报告.txt,
as manifest.tsv says); when the /tmp/b12 cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (a text that repeats is searched
after its previous match; a fact may give `occ`, which occurrence at or after that point is meant,
so no report text other than the facts' own text is copied here), that no project/org/region name
is listed twice per document, and that period and period_source are null together.
Modelled on ../blind11/build_xinjiang.py (same constructors and checker).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/alexzhu0__Jina_Embeddings_v4_RAG/txt/2025年宁夏政府工作报告.txt"

NX, NXC = "宁夏回族自治区", "640000"
ND = "宁夏宁东能源化工基地"          # a functional zone the places data do not list: code null
Y2024 = {"date_start": "2024-01-01", "date_end": "2024-12-31"}
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}
Y14_5 = ("2021-01-01", "2025-12-31", "period")
Y15_5 = ("2026-01-01", "2030-12-31", "period")


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2024,
        psrc="section", entity=None, region=NX, rcode=NXC, role="actual", scope=None, occ=None):
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


NINGXIA = lambda occ=None: REG("宁夏", NX, NXC, "province", [], occ=occ)
SIZE = dict(period=None, role=None)

# ---------------------------------------------------------------- review (lines 7-11)
# The review heading is in the cut. Lines 3-5 have no date of their own (line 4 opens with the
# whole-year word, no date): 2024 from the heading, section (blind10 Heilongjiang, blind11).
# Role actual throughout (no forecast or target cue); stocks stated in the review are 2024's.
# Sizes of works (capacities in names, an investment of a works) have period null.
NDB = dict(entity="宁东基地", region=ND, rcode=None)
REVIEW = [
    # line 1: the heading
    D("2024年", "2024-01-01", "2024-12-31", "year"),
    # line 2: the lead (its first words; the new-year address of 2025, written with 年)
    D("2024年", "2024-01-01", "2024-12-31", "year"),
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    REG("银川", "银川市", "640100", "prefecture", [NX]),
    # the first 宁夏 is inside the province's own slogan; pinned to the inspection of Ningxia
    NINGXIA(occ=2),
    N("org", "党中央"),
    N("org", "国务院"),
    N("org", "自治区党委"),
    # line 3: part (一)'s heading and lead: the two-year run is a duration, no fact
    # line 4: main targets
    M("5503亿元", 550300000000, "地区生产总值"),
    G("增长5.4%", 5.4, "地区生产总值"),
    # the run of ten quarters above the national average is a duration (blind9 Gansu)
    G("增长6.2%", 6.2, "第一产业增加值"),
    R("居全国第四", 4, "全国", "第一产业增加值增速"),
    G("增长7%", 7, "第二产业增加值"),
    R("居全国第五", 5, "全国", "第二产业增加值增速"),
    G("增长9.6%", 9.6, "规上工业增加值"),
    R("居全国第三", 3, "全国", "规上工业增加值增速"),
    G("增长7.9%", 7.9, "固定资产投资"),
    R("居全国第三", 3, "全国", "固定资产投资增速"),
    G("增长5%", 5, "社会消费品零售总额"),
    R("居全国第六", 6, "全国", "社会消费品零售总额增速"),
    M("517亿元", 51700000000, "地方一般公共预算收入"),
    G("增长2.8%", 2.8, "地方一般公共预算收入"),
    R("居全国第八", 8, "全国", "地方税收增速"),
    G("增长5.5%", 5.5, "全体居民人均可支配收入"),
    R("居全国第六", 6, "全国", "全体居民人均可支配收入增速"),
    P("5.2%", 5.2, "城镇调查失业率均值"),
    G("下降0.3%", -0.3, "居民消费价格"),
    P("68.2%", 68.2, "城镇化率"),
    Q("6个", 6, "个", "先行区建设经验方面"),
    Q("16条", 16, "条", "先行区建设经验"),
    N("org", "国家发展改革委"),
    # line 5: projects and investment
    Q("2000多个", 2000, "个", "实施重点项目", approx="多"),
    M("1800多亿元", 180000000000, "重点项目完成投资", approx="多"),
    # the ten-billion class of the projects is a class word (seed 千亿级), not money
    Q("20个", 20, "个", "续建新建百亿级项目"),
    N("project", "25万吨煤基乙烯聚合物项目"),
    Q("25万吨", 250000, "吨", "煤基乙烯聚合物", entity="25万吨煤基乙烯聚合物项目", **SIZE),
    N("project", "300万吨CCUS碳利用示范项目一期"),
    Q("300万吨", 3000000, "吨", "CCUS碳利用", entity="300万吨CCUS碳利用示范项目一期", **SIZE),
    N("project", "135万吨聚烯烃升级改造项目"),
    Q("135万吨", 1350000, "吨", "聚烯烃", entity="135万吨聚烯烃升级改造项目", **SIZE),
    REG("宁东基地", ND, None, "zone", [NX]),
    # the first-in-the-west phrase is no ranking
    M("超过2000亿元", 200000000000, "产值", approx="超过", **NDB),
    R("位列全国第三", 3, "全国", "综合竞争力", **NDB),
    # the blade and the reducer (superlatives, no name) are not projects
    N("org", "吴忠仪表"),
    Q("3家", 3, "家", "入选全国首批卓越级智能工厂企业"),
    R("排名西北第二", 2, "西北", "制造业质量竞争力指数"),
    P("超过88%", 88, "特色农牧业产值占农业总产值比重", approx="超过"),
    R("保持全国首位", 1, "全国", "葡萄酒酒庄酒、枸杞深加工产品产量"),
    # the colostrum base (a superlative, no name) is not a project
    N("project", "蒙牛宁夏全数智化工厂"),
    N("org", "蒙牛"),
    Q("突破1亿吨", 100000000, "吨", "煤炭产量", approx="突破"),
    R("居全国第八", 8, "全国", "煤炭产量"),
    Q("超过320亿吨", 32000000000, "吨", "煤炭保有储量", approx="超过"),
    R("居全国第十", 10, "全国", "煤炭保有储量"),
    Q("近600万千瓦", 6000000, "千瓦", "新建火力发电", approx="近"),
    Q("超530万千瓦", 5300000, "千瓦", "新增新能源发电", approx="超"),
    Q("7500万千瓦", 75000000, "千瓦", "电力总装机"),
    P("55%", 55, "绿电装机占比"),
    N("project", "大唐源网荷储一体化"),
    N("org", "大唐"),
    Q("11个", 11, "个", "绿电园区"),
    N("project", "万吨级绿氢一体化"),
    Q("万吨", 10000, "吨", "绿氢", entity="万吨级绿氢一体化", **SIZE),
    # the heterojunction cells (a technology, no owner, place or size) are not a project
    M("700亿元", 70000000000, "域内投资", entity="“宁电入湘”工程宁夏段", period=None),
    N("project", "“宁电入湘”工程宁夏段"),
]

# ---------------------------------------------------------------- housing (line 31)
# One paragraph of part (五) of 一、2024年工作回顾 (heading line 7, part heading line 26), both
# outside the cut: 2024, section, actual (blind11 Xinjiang projects, blind5 Guangxi projects).
HOUSING = [
    Q("4500多套", 4500, "套", "建设保障性住房", approx="多"),
    Q("3.5万余户", 35000, "户", "改造老旧小区、低收入群体危房、抗震宜居农房", approx="余"),
    N("project", "北塔城中村改造项目"),
    Q("14万", 140000, None, "圆了安居梦的困难群众"),
    Q("70个", 70, "个", "完成“烂尾楼”整治"),
    P("100%", 100, "保交楼项目交付率"),
    # the room-temperature standard of the compliance rate: a specification (period, role null)
    Q("20℃", 20, "℃", "城市集中供热用户室温达标标准", **SIZE),
    P("96%", 96, "城市集中供热用户室温20℃达标率"),
    Q("23万户", 230000, "户", "累计容缺化解居民住宅“办证难”"),
    P("94%", 94, "居民住宅“办证难”化解率"),
    Q("70多万", 700000, None, "惠及群众", approx="多"),
    Q("8700多个", 8700, "个", "新增医院、小区等停车位", approx="多"),
    # the quarter-hour in the service-circle label is no number
    Q("48个", 48, "个", "城市“一刻钟便民生活圈”"),
]

# ---------------------------------------------------------------- plan (lines 39-42)
# The heading of the 2025 targets and tasks, the opening paragraph, the general requirements and the
# main targets. The targets' paragraph has no date of its own (no 今年, no year): 2025 from the
# heading in the cut, section (blind11 Tianjin, blind10 Liaoning). All target (the list head).
TS = dict(period=Y2025, psrc="section", role="target")
PLAN = [
    # line 1: heading
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    # line 2: the year of closing one plan and laying out the next: the year itself and the next
    # plan (blind10 Heilongjiang: the closing plan's mention in that clause is not annotated)
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    D("“十五五”", *Y15_5),
    N("org", "党中央"),
    # line 3: general requirements
    NINGXIA(),
    D("“十四五”", *Y14_5),                       # completing the plan's targets
    D("“十五五”", *Y15_5),                       # a good start
    # line 4: the main targets
    G("增长5.5%左右", 5.5, "地区生产总值", approx="左右", **TS),
    G("增长5.5%左右", 5.5, "一产增加值", approx="左右", **TS),
    G("6%左右", 6, "二产增加值", approx="左右", **TS),
    G("5%左右", 5, "三产增加值", approx="左右", **TS),
    G("增长6.5%左右", 6.5, "规上工业增加值", approx="左右", **TS),
    G("增长6%以上", 6, "固定资产投资", approx="以上", **TS),
    G("增长5%左右", 5, "社会消费品零售总额", approx="左右", **TS),
    G("增长3%左右", 3, "地方一般公共预算收入", approx="左右", **TS),
    G("增长6%左右", 6, "全体居民人均可支配收入", approx="左右", **TS),
    P("5.5%左右", 5.5, "城镇调查失业率", approx="左右", **TS),
    G("2%左右", 2, "居民消费价格涨幅", approx="左右", **TS),
    D("“十四五”", *Y14_5),                       # the plan's resource and environment tasks
    D("“十四五”", *Y14_5),                       # the targets weigh the plan's close
]

# ---------------------------------------------------------------- farming (line 52)
# Item 一 of part (二) of 二、2025年目标任务 (heading line 39, part heading line 51), both outside the
# cut: 2025, section, target (blind10 Heilongjiang invest, blind9 Jilin invest).
TG = dict(period=Y2025, psrc="section", role="target")
FARMING = [
    # the ten-million project, the grain-security programme, the ten-strong action, the six
    # specialities, the weak-village programme, the three-assets label, the 5331 action and the
    # five-year action are programmes or labels
    Q("80万亩", 800000, "亩", "新建和改造高标准农田", **TG),
    Q("30万亩", 300000, "亩", "发展高效节水农业", **TG),
    Q("15万亩", 150000, "亩", "盐碱地综合利用", **TG),
    D("2027年", "2027-01-01", "2027-12-31", "year"),
    Q("1500公里", 1500, "公里", "改造农村公路", **TG),
    P("71%以上", 71, "农村卫生厕所普及率", approx="以上", **TG),
    P("40%以上", 40, "农村生活污水治理（管控）率", approx="以上", **TG),
    N("project", "闽宁产业园"),
    REG("闽宁镇", "闽宁镇", None, "town", [NX, "银川市", "永宁县"]),
]

COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the chairman of 宁夏回族自治区人民政府 reports on behalf of the autonomous region's people's government (lines 4 and 6 of the full file), so the issuing body is 宁夏回族自治区人民政府.",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = "the report was delivered 2025-01-19 at the third session of the 13th people's congress of 宁夏回族自治区 (line 3 of the full file)"

DOCS = {
    "report_ningxia_2025_review.txt": {
        "lines": (7, 11),
        "facts": REVIEW,
        "record": {
            "title": "一、2024年工作回顾",
            "year_source": f"the excerpt (lines 7-11 of 2025年宁夏政府工作报告) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading reviews 2024 and its lead names 2024 as the year just ended, so year 2025.",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "the work report of the autonomous region (the region fact 宁夏) → 宁夏回族自治区 640000; 全区 and 我区 are the region's own.",
            "encoding_source": "the cut is sed output (lines 7-11) of a UTF-8 file without BOM.",
        },
    },
    "report_ningxia_2025_housing.txt": {
        "lines": (31, 31),
        "facts": HOUSING,
        "record": {
            "title": "人居条件不断改善",
            "year_source": f"the excerpt (line 31 of 2025年宁夏政府工作报告) has no date line and no date; it is a paragraph of part (五) of 一、2024年工作回顾 (heading line 7, part heading line 26), both outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2025, its figures are 2024's (period_source section). issued null.",
            "title_source": "no title line and no section heading; the excerpt's own lead up to the first 。, without the 。 (blind9-11 headless excerpts).",
            "region_source": "the work report of the autonomous region: 宁夏回族自治区 640000 (the excerpt names no place standing alone).",
            "encoding_source": "the cut is sed output (line 31) of a UTF-8 file without BOM.",
        },
    },
    "report_ningxia_2025_plan.txt": {
        "lines": (39, 42),
        "facts": PLAN,
        "record": {
            "title": "二、2025年目标任务",
            "year_source": f"the excerpt (lines 39-42 of 2025年宁夏政府工作报告) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading and lead are 2025's, so year 2025.",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "the region fact 宁夏 → 宁夏回族自治区 640000; the targets are the autonomous region's.",
            "encoding_source": "the cut is sed output (lines 39-42) of a UTF-8 file without BOM.",
        },
    },
    "report_ningxia_2025_farming.txt": {
        "lines": (52, 52),
        "facts": FARMING,
        "record": {
            "title": "一是加快推进农业农村现代化",
            "year_source": f"the excerpt (line 52 of 2025年宁夏政府工作报告) has no date line; it is item 一 of part (二) of 二、2025年目标任务 (heading line 39, part heading line 51), both outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2025, its figures are 2025 targets (period_source section). issued null.",
            "title_source": "no title line and no section heading; the excerpt's own lead up to the first 。, without the 。, enumerator kept (blind7 Beijing region excerpt `二是…`).",
            "region_source": "the work report of the autonomous region: 宁夏回族自治区 640000 (全区 is the region's own; 闽宁镇 is a town in it).",
            "encoding_source": "the cut is sed output (line 52) of a UTF-8 file without BOM.",
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
        cut = Path("/tmp/b12") / doc
        if cut.exists() and cut.read_text(encoding="utf-8") != text:
            all_errors.append(f"{doc}: /tmp/b12 copy differs from the corpus lines {spec['lines']}")
        facts, errors = check_and_strip(doc, text, [dict(f) for f in spec["facts"]])
        all_errors += errors
        record = {
            "doc": doc, "title": spec["record"]["title"], "issued": None, "year": 2025,
            "issuer": "宁夏回族自治区人民政府", "genre": "report", "region": NX, "region_code": NXC,
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
