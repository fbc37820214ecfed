#!/usr/bin/env python3
"""Blind gold for three excerpts of the 2025 Liaoning work report (see NOTES_liaoning.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_liaoning_2025_{review,plan,invest}.txt.{jsonl,doc.json} next to this script.
The source text is read from the corpus (lines 6-13, 26-29 and 34 of 2025年辽宁省政府工作报告.txt,
as manifest.tsv says); when the /tmp/b10 cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (a text that repeats is searched
after its previous match; a fact may give `occ`, which occurrence at or after the previous fact's
position is meant, so no report text other than the facts' own text is copied here), that no
project/org/region name is listed twice per document, and that period and period_source are null
together. Modelled on ../blind9/build_jilin.py.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/alexzhu0__Jina_Embeddings_v4_RAG/txt/2025年辽宁省政府工作报告.txt"

LN, LNC = "辽宁省", "210000"
Y2024 = {"date_start": "2024-01-01", "date_end": "2024-12-31"}
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2024,
        psrc="section", entity=None, region=LN, rcode=LNC, role="actual", scope=None, occ=None):
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


LIAONING = dict(canonical="辽宁省", code="210000", level="province", parents=[])
SHENYANG = dict(canonical="沈阳市", code="210100", level="prefecture", parents=["辽宁省"])
DALIAN = dict(canonical="大连市", code="210200", level="prefecture", parents=["辽宁省"])
BENXI = dict(canonical="本溪市", code="210500", level="prefecture", parents=["辽宁省"])

Y14_5 = ("2021-01-01", "2025-12-31", "period")
Y15_5 = ("2026-01-01", "2030-12-31", "period")
SIZE = dict(period=None, role=None)

# ---------------------------------------------------------------- review (lines 6-13)
# The heading 一、2024年工作回顾, the lead paragraph (no figures), four ——bullets, a one-sentence
# bridge and part (一) of the review. Every figure is 2024 from the heading (period_source
# section: the bullets and part (一) are paragraphs of their own without a date; blind8/blind9
# bullets), role actual (no 预计 or other cue in any clause).
REVIEW = [
    # line 1: heading
    D("2024年", "2024-01-01", "2024-12-31", "year"),
    # line 2: the lead (过去一年 of a report delivered in 2025 → 2024, FACTS; 2024 named as a key
    # year of the 十四五 plan, as blind7 Beijing and blind9 Jilin)
    D("过去一年", "2024-01-01", "2024-12-31", "year"),
    D("“十四五”", *Y14_5),
    REG("辽宁", **LIAONING),                      # 关于东北、辽宁全面振兴 (东北 is a macro area)
    N("org", "省委"),
    # line 3: bullet 1, the economy
    G("增长5.1%", 5.1, "地区生产总值"),
    G("增长5.3%", 5.3, "固定资产投资"),
    G("增长4%", 4, "社会消费品零售总额"),
    G("增长5.5%", 5.5, "一般公共预算收入"),
    Q("500.1亿斤", 50010000000, "斤", "粮食产量"),
    # line 4: bullet 2, new drivers
    G("增长17.8%", 17.8, "技术合同成交额"),
    G("增长11.3%", 11.3, "高技术制造业增加值"),
    Q("15个", 15, "个", "荣获国家科技奖科研项目"),
    # a product's rating (…千瓦级): a size, period and role null, text without 级 (Hunan 4000吨,
    # Sichuan/Fujian 26兆瓦)
    Q("1000千瓦", 1000, "千瓦", "内电混合动力机车", **SIZE),
    REG("沈阳", **SHENYANG),                      # qualifies the aviation cluster (open decision)
    Q("3个", 3, "个", "获评国家先进制造业集群"),
    # line 5: bullet 3, risks
    N("org", "锦州银行"),
    M("1969.9亿元", 196990000000, "发行政府债券"),
    N("org", "华晨集团"),
    N("org", "忠旺集团"),
    # line 6: bullet 4, people's welfare
    P("76.7%", 76.7, "民生支出占一般公共预算支出比例"),
    Q("48.6万人", 486000, "人", "城镇新增就业"),
    G("增长4.9%", 4.9, "居民人均可支配收入"),
    Q("160所", 160, "所", "受灾中小学按期开学"),
    Q("1.6万余户", 16000, "户", "灾损农房修缮重建", approx="余"),
    # line 7: the bridge sentence; its since-a-year phrase is vague (not a date)
    # line 8: part (一), policies
    N("org", "党中央"),
    Q("43条", 43, "条", "出台具体举措"),        # open decision: counts of measures, not labels
    Q("16条", 16, "条", "出台具体举措"),
    M("670亿元", 67000000000, "减税退税降费"),
    G("增长3.1%", 3.1, "经营主体"),
    G("增长8.8%", 8.8, "国有大行实际贷款余额"),
    G("增长28.5%", 28.5, "企业债券融资"),
    Q("15项", 15, "项", "实施重大工程"),
    # the landmark industrial projects (list members kept as written; blind8 Chongqing, dev 雄商)
    N("project", "华锦阿美精细化工及原料工程"),
    N("project", "沈飞局部搬迁"),
    N("org", "沈飞"),                              # open decision: well-known short name, nested owner
    N("project", "鼎际得高端新材料"),
    N("project", "恒力重工二期"),
    # infrastructure started, completed, listed and approved
    N("project", "大连金州湾国际机场"),
    N("project", "秦沈高速"),
    N("project", "新阜高速"),
    N("project", "辽河干流防洪提升主体工程"),
    N("project", "辽东半岛水资源配置一期"),
    N("project", "沈阳桃仙国际机场二跑道"),
    G("增长17.8%", 17.8, "设备工器具购置投资"),
    # 分别 list, paired in order (first member keeps its verb)
    G("增长47.3%", 47.3, "新能源汽车消费"),
    G("13.3%", 13.3, "家电消费"),
    # the blocks renovated (open decision: named works)
    N("project", "沈阳方城"),
    N("project", "大连东关街"),
    # the resort and the scenic area have no 景区/度假区 in their names (not projects); the
    # cities before them stand alone as places
    REG("大连", **DALIAN, occ=2),
    REG("本溪", **BENXI),
    G("增长28.1%", 28.1, "接待游客人次"),
    G("增长25.9%", 25.9, "旅游收入"),
]

# ---------------------------------------------------------------- plan (lines 26-29)
# The heading 二、2025年工作安排 is in the cut. The targets' sentence has no date of its own
# (全省…主要预期目标是：), so all ten targets take 2025 from the heading: period_source section
# (blind7 Beijing notes: Shaanxi/Jiangxi/Guizhou plans without 今年 in the target sentence).
# Role target: the list head governs the list (FACTS).
TS = dict(period=Y2025, psrc="section", role="target")
PLAN = [
    # line 1: heading
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    # line 2: 今年是“十四五”规划收官之年 gives only 今年 (FACTS)
    D("今年", "2025-01-01", "2025-12-31", "year"),
    N("org", "党中央"),
    REG("辽宁", **LIAONING),                      # 经历非凡奋斗的辽宁
    # line 3: the overall requirements
    D("今年", "2025-01-01", "2025-12-31", "year"),
    N("org", "省委"),                              # from 省委经济工作会议 (blind7 Hebei, blind8 Shanxi)
    D("“十四五”", *Y14_5),                        # 高质量完成“十四五”规划…目标任务
    D("“十五五”", *Y15_5),                        # 为实现“十五五”良好开局
    # line 4: the main targets
    G("增长5%以上", 5, "地区生产总值", approx="以上", **TS),
    G("增长4.5%以上", 4.5, "规模以上工业增加值", approx="以上", **TS),
    G("增长8%左右", 8, "固定资产投资", approx="左右", **TS),
    G("增长5%以上", 5, "社会消费品零售总额", approx="以上", **TS),
    G("增长4%", 4, "一般公共预算收入", **TS),
    G("增长5%左右", 5, "进出口总额", approx="左右", **TS),
    Q("47万人左右", 470000, "人", "城镇新增就业", approx="左右", **TS),
    P("5.5%左右", 5.5, "城镇调查失业率", approx="左右", **TS),
    G("2%左右", 2, "居民消费价格涨幅", approx="左右", **TS),
    Q("500亿斤左右", 50000000000, "斤", "粮食产量", approx="左右", **TS),
]

# ---------------------------------------------------------------- invest (line 34)
# A paragraph of part (一) of 二、2025年工作安排 (line 26; part heading line 33), both outside the
# cut: every figure is 2025, period_source section, role target (blind9 Jilin invest). The
# investment threshold is a size: period and role null (blind3 Anhui, blind5 Guizhou, blind6
# Fujian, blind9 Jilin).
T25 = dict(period=Y2025, psrc="section", role="target")
INVEST = [
    Q("15项", 15, "项", "实施重大工程", **T25),
    Q("300个", 300, "个", "推进省级重大项目", **T25),
    Q("6000个", 6000, "个", "推进亿元以上项目", **T25),
    M("亿元以上", 100000000, "项目投资规模", approx="以上", **SIZE),
    # key projects to start (list sharing the head 重点项目)
    N("project", "秦沈高速二期"),
    N("project", "本庄高速"),
    N("project", "长海大桥"),
    N("project", "辽东半岛水资源配置一期工程"),
    # to open ahead of schedule: a railway and four expressways (bare members kept, blind9 Gansu
    # 兰合/平庆, blind8 Shanxi 汾石)
    N("project", "沈白高铁"),
    N("project", "京哈高速改扩建"),
    N("project", "本桓"),
    N("project", "凌绥"),
    N("project", "台黑"),
    Q("4条", 4, "条", "提前建成通车高速公路", **T25),
    # major projects to speed up (owners nested in the names listed as orgs where well known)
    N("project", "中国原子能院葫芦岛基地"),
    N("org", "中国原子能院"),
    N("project", "华晨宝马大东工厂升级"),
    N("org", "华晨宝马"),
    N("project", "大连石化（西中岛）炼化一体化"),
    N("project", "鞍钢鲅鱼圈二期"),
    N("org", "鞍钢"),
    N("project", "辽阳石化乙烯节能"),
]

COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the governor reports on behalf of the provincial people's government (line 5 of the full file: 我代表省人民政府), so the issuing body is 辽宁省人民政府.",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = "the report was delivered 2025-01-16 at the third session of the 14th provincial people's congress (line 2 of the full file)"

DOCS = {
    "report_liaoning_2025_review.txt": {
        "lines": (6, 13),
        "facts": REVIEW,
        "record": {
            "title": "一、2024年工作回顾",
            "year_source": f"the excerpt (lines 6-13 of 2025年辽宁省政府工作报告) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading reviews 2024 and its lead speaks of the year just past, so year 2025; its figures are 2024's (period_source section: the ——bullets and part (一) are paragraphs of their own without a date).",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "a provincial work report of 辽宁 (the region fact 辽宁 → 辽宁省 210000; the figures are the province's, no figure has another place in its clause).",
            "encoding_source": "the cut is sed output (lines 6-13) of a UTF-8 file without BOM.",
        },
    },
    "report_liaoning_2025_plan.txt": {
        "lines": (26, 29),
        "facts": PLAN,
        "record": {
            "title": "二、2025年工作安排",
            "year_source": f"the excerpt (lines 26-29 of 2025年辽宁省政府工作报告) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading is 2025's plan and its 今年 is the last year of the 十四五 plan, so year 2025 and 今年 = 2025.",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "the region fact 辽宁 → 辽宁省 210000; the targets are the province's (全省).",
            "encoding_source": "the cut is sed output (lines 26-29) of a UTF-8 file without BOM.",
        },
    },
    "report_liaoning_2025_invest.txt": {
        "lines": (34, 34),
        "facts": INVEST,
        "record": {
            "title": "持续扩大有效投资",
            "year_source": f"the excerpt (line 34 of 2025年辽宁省政府工作报告) has no date line and no date; it is a paragraph of part (一) of 二、2025年工作安排 (line 26), whose heading is outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2025, its figures are 2025's targets (period_source section, blind9 Jilin invest). issued null.",
            "title_source": "no title line and no section heading; the excerpt's own lead, up to the first 。 (without it), is used, as blind9 Jilin/Gansu invest.",
            "region_source": "a provincial work report: 辽宁省 210000. Every place the excerpt names stands inside a project or org name, so it has no region fact.",
            "encoding_source": "the cut is sed output (line 34) of a UTF-8 file without BOM.",
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
        cut = Path("/tmp/b10") / doc
        if cut.exists() and cut.read_text(encoding="utf-8") != text:
            all_errors.append(f"{doc}: /tmp/b10 copy differs from the corpus lines {spec['lines']}")
        facts, errors = check_and_strip(doc, text, [dict(f) for f in spec["facts"]])
        all_errors += errors
        record = {
            "doc": doc, "title": spec["record"]["title"], "issued": None, "year": 2025,
            "issuer": "辽宁省人民政府", "genre": "report", "region": LN, "region_code": LNC,
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
