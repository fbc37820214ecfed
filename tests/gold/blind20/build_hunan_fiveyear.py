#!/usr/bin/env python3
"""Blind gold for two excerpts of the 2026 Hunan work report (see NOTES_hunan_fiveyear.md): two
paragraphs of the five-year review, cut without any heading (lines 29-30), and two paragraphs of
the 2026 plan's part on the modern industrial system, cut without any heading (lines 65-66).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_hunan_2026_{fiveyear,industry}.txt.{jsonl,doc.json} next to this script. The source
text is read from the corpus (the lines of 2026_湖南省_政府工作报告.csv that manifest.tsv names;
the CSV's last field holds the whole report, so its file lines are the report's paragraphs); when
the /tmp/b20 cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (each text is searched from the
end of the previous fact's match, so a text inside an earlier fact's text is not matched there; a
fact may give `occ`, which occurrence from that point is meant), that no project/org/region name
is listed twice per document, that period and period_source are null together, and that every
`entity` is a project/org/region name listed for the same document. No report text other than
the facts' own text, names and subjects is copied here; the document titles are derived from the
cut by the rule each record states.
Modelled on ../blind19/build_fujian_plan.py (same constructors and checker, plus the entity check).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_湖南省_政府工作报告.csv"
CSV = "2026_湖南省_政府工作报告.csv"
CUTS = Path("/tmp/b20")

HN, HNC = "湖南省", "430000"
P145 = {"date_start": "2021-01-01", "date_end": "2025-12-31"}   # the 十四五 period, "these five years"
Y2026 = {"date_start": "2026-01-01", "date_end": "2026-12-31"}


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=P145,
        psrc="paragraph", entity=None, region=HN, rcode=HNC, role="actual", scope=None,
        currency="CNY", value_max=None, occ=None):
    f = {"kind": kind, "text": text, "value": value, "approx": approx, "value_max": value_max}
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


# ---------------------------------------------------------------- fiveyear (lines 29-30)
# Two paragraphs of the five-year part of the review (the part opens at line 28 with the 十四五
# period as "the five years"; the review heading, line 19, names 2025 and the 十四五 period; both
# outside the cut). Each paragraph's first sentence opens with the five-years phrase (a duration,
# no date fact), which fixes its figures' span: 2021-2025, period_source `paragraph` (blind16
# Sichuan, blind19 Fujian fiveyear: the phrase opens an earlier sentence of the figures' own
# paragraph). The five-year increment of GDP → `sentence` (blind18 Zhejiang `846亿美元`: the five
# years of its own clause). Role actual throughout. Stocks, levels and both ends of the
# innovation-rank change take the span (blind17, blind18, blind19).
FIVEYEAR = [
    # ---- line 1: the "three highlands"
    # the "three highlands" and "highland" labels; the five-years phrase is a duration
    Q("5个", 5, "个", "创建国家先进制造业集群"),                 # blind19 `2个` 新增国家先进制造业集群
    R("居中部第1", 1, "中部", "国家先进制造业集群"),             # scope the central region (no region fact)
    # the hundred-billion and ten-billion classes are vague classes (seed `千亿级`), no numbers
    Q("2家", 2, "家", "新增千亿级工业企业"),
    Q("24家", 24, "家", "新增百亿级工业企业"),                   # the shared 新增 carried (blind17)
    Q("593家", 593, "家", "培育国家专精特新“小巨人”企业"),
    # the four "China ..." slogans (中国 inside quotes: no region) and the heavy equipment they
    # name (products, a descriptor: blind17 "great national works"): no facts
    P("50%以上", 50, "先进制造业占制造业比重", approx="以上"),
    G("年均增长11.6%", 11.6, "全社会研发投入", basis="年均"),
    # the national laboratory (generic, blind16-18) and the quoted "4+4" works (a programme label,
    # seed `满园工程`, `双百工程`): no facts. The science city is a development area (seed 002
    # `西部（重庆）科学城` is a region), level zone, no division code.
    REG("湘江科学城", "湘江科学城", None, "zone", ["湖南省", "长沙市"]),
    # the city that the global R&D-centre designation names: a programme, not annotated, so the
    # place is not nested in an annotated name (blind18 Zhejiang `义乌`, blind6 Fujian `厦门`)
    REG("长沙", "长沙市", "430100", "prefecture", ["湖南省"]),
    Q("12个", 12, "个", "获国家科学技术奖项目"),
    # a digit count in a list of counts, not "a" (blind17 `1个`); the first prize is a grade, no ranking
    Q("1项", 1, "项", "获技术发明奖一等奖项目"),
    # 在湘: the one-character province word is no region; the two academies are no org (blind17)
    Q("49名", 49, "名", "在湘“两院”院士"),
    # the start rank and the rank reached (blind18 `全球第11位`/`第7位`), both the span's
    R("全国第12位", 12, "全国", "区域创新能力"),
    R("第9位", 9, "全国", "区域创新能力"),
    # the reforms (programmes); the province standing alone in its "experience" (blind19 Fujian
    # review: the province's "practice" phrase); later inside the quoted investment brand
    REG("湖南", HN, HNC, "province", []),
    # the quoted "five international trade corridors" (a number label, no project)
    Q("235个", 235, "个", "经贸“朋友圈”覆盖国家和地区"),
    Q("120对", 120, "对", "国际友城"),
    # 非 (Africa, one character) is no region
    G("年均增长15%", 15, "对非贸易额", basis="年均"),
    R("居中西部第1", 1, "中西部", "对非贸易规模"),
    # the quoted investment brand (湖南 inside it: listed already anyway) and the quoted
    # "three kinds of 500 strong" (a list label, seed `500强`): no numbers
    Q("1608个", 1608, "个", "引进“三类500强”项目"),
    M("超1.6万亿元", 1_600_000_000_000, "引进“三类500强”项目总投资", approx="超"),
    # the survey's ten thousand firms (its name, a label: blind18), the "four environments" (a
    # label) and the national front rank (a group rank, seed CONVENTIONS): no numbers
    N("org", "全国工商联"),                                   # blind18 Zhejiang fiveyear
    # ---- line 2: economic strength
    # the big-economy-province status: no figure. The trillion mark written as its amount (blind18
    # `7万亿`, blind3 `跨上5万亿元台阶`), approx null (the step verb is no qualifier)
    M("5万亿", 5_000_000_000_000, "地区生产总值"),
    M("超1.36万亿元", 1_360_000_000_000, "地区生产总值五年增量", approx="超", psrc="sentence"),
    M("1.19万美元", 11_900, "人均地区生产总值", currency="USD"),
    # the trillion and hundred-billion classes of industries: vague classes, no numbers
    M("超1万亿元", 1_000_000_000_000, "农产品加工业营收", approx="超"),
    M("1.6万亿元", 1_600_000_000_000, "工业增加值"),
    M("3万亿元", 3_000_000_000_000, "服务业增加值"),
    M("突破11万亿元", 11_000_000_000_000, "银行业资产总额", approx="突破"),
    G("提升1.5个百分点", 1.5, "高新技术产业增加值占地区生产总值比重", unit="pp"),
    G("下降0.5个百分点", -0.5, "高耗能制造业增加值占规模工业增加值比重", unit="pp"),
    M("超1.6万亿元", 1_600_000_000_000, "地方一般公共预算收入累计", approx="超"),
    # the previous plan period, only compared against: a date fact, not the period (FACTS; blind18
    # news `2021年` of a comparison); basis null, the comparison is not 同比/比上年 (blind18 news
    # `增长了近11%`)
    D("“十三五”", "2016-01-01", "2020-12-31", "period"),
    G("增长16.3%", 16.3, "地方一般公共预算收入累计"),
    # 分别 pair under one 年均 (first member with 增长, the second bare: blind4, blind19)
    G("增长5.9%", 5.9, "规模工业企业利润", basis="年均"),
    G("9.9%", 9.9, "服务业企业营收", basis="年均"),
    Q("接近800万户", 8_000_000, "户", "经营主体总量", approx="接近"),   # the qualifier as written (seeds)
    Q("超220万户", 2_200_000, "户", "企业主体", approx="超"),
    # the world-500 list is a list label (seed `500强`)
    Q("212家", 212, "家", "在湘世界500强企业"),
    Q("162家", 162, "家", "上市公司"),                          # the central front rank: a group rank
    Q("突破9000家", 9000, "家", "外贸实绩企业", approx="突破"),
    G("翻番", 1, "高新技术企业数量", unit="倍"),                 # blind17 `翻番` → 1 倍
    Q("1.8万家", 18_000, "家", "高新技术企业"),
]

# ---------------------------------------------------------------- industry (lines 65-66)
# Two paragraphs of part (二) of the 2026 work (the modern industrial system), cut without the
# part heading (line 64) and the plan heading (line 53, naming 2026). The cut names no year and
# has no date: every figure takes 2026 from the plan section, period_source `section`, role
# target (blind18/19 invest: in the plan part every figure is a target, with or without a cue).
TP = dict(period=Y2026, psrc="section", role="target")
INDUSTRY = [
    # ---- line 1: chains and clusters
    # the quoted "4×4" and "5+5" labels: no numbers
    Q("13条", 13, "条", "重点产业链", **TP),
    # the industries named as kinds (traditional, advantaged, emerging, future): no facts
    # the "ten industrial projects" (a label, no number, no project); members kept as written with
    # their leading places and owners (blind18 Zhejiang invest, blind19 Fujian invest); the places
    # and owners nested in them are no regions and no orgs (blind18, blind19); 3D is an identifier
    N("project", "长沙宁乡圣钘科技新一代锂电池"),
    N("project", "浏阳蓝思科技3D玻璃研发生产"),
    N("project", "株洲中车新能源电驱系统制造"),
    N("project", "湘潭中联矿山机械装备"),
    N("project", "郴州新能源动力和储能"),
    N("project", "娄底高性能软磁和钛材料"),
    # the national demonstration zones and bases to strive for and the future-industry pilot areas:
    # generic designations, no facts
    # ---- line 2: digital and intelligent empowerment
    G("增长10%", 10, "数字经济核心产业增加值", **TP),
    # the computing-scheduling platform (descriptive, unnamed: blind18 hubs "digital trade port")
    # and the national integrated computing network (a system: blind19 invest): no projects;
    # the quoted AI+ action and "five tens" (a label): no facts
    N("project", "国家人工智能行业应用中试基地"),              # blind18 review `国家人工智能医疗中试基地`
    # the quoted "ten thousand firms" action and the cloud/data services: labels, no numbers;
    # the national data-element zone is the province's designation (blind19 plan: no region,
    # no project); the data-labelling base is a works (Sichuan's `国家数据标注基地`), 长沙 nested
    N("project", "长沙数据标注基地"),
]

# ---------------------------------------------------------------- titles (derived, not copied)


def lead(text):
    """The cut's own lead up to the first 。, without the 。."""
    return text.split("。", 1)[0].strip()


COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the governor (line 15 of the CSV file) reports on behalf of the provincial people's government (line 18), so the issuing body is 湖南省人民政府 (blind17-19: the body the governor speaks for).",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = ("the report was delivered 2026-02-03 by the governor at the fourth session of the 14th "
             "people's congress of 湖南省 (line 12 of the CSV file, the report text's date line; the "
             "newspaper copy's time line 2026-02-24 (line 14) and the CSV record's publish_date "
             "2026-02-24 date the web copy, not the excerpt)")
ENC = "the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands before line 1 only, so the cut is UTF-8 without BOM."

DOCS = {
    "report_hunan_2026_fiveyear.txt": {
        "lines": (29, 30),
        "facts": FIVEYEAR,
        "record": {
            "year_source": f"the excerpt (lines 29-30 of {CSV}) has no date line, so issued is null; {DATE_LINE}. It is two paragraphs of the five-year part (opened at line 28: the 十四五 period as the five years) of the review headed by 2025 and the 十四五 period (line 19), both outside the cut. year 2026 (the report's year, as a reader of the whole report reads an excerpt); its figures are the 2021-2025 period's (period_source paragraph: the five-years phrase opens each paragraph's first sentence), the five-year GDP increment by its own sentence.",
            "title_source": "no title line and no heading of its own (the review heading is line 19, the five-year part's opening line 28, both outside the cut); the lead up to the first 。, without the 。 (blind9-19 headless excerpts).",
            "region_source": "the provincial work report (the region fact 湖南; 我省 is the province's own) → 湖南省 430000.",
        },
    },
    "report_hunan_2026_industry.txt": {
        "lines": (65, 66),
        "facts": INDUSTRY,
        "record": {
            "year_source": f"the excerpt (lines 65-66 of {CSV}) has no date line and no heading (the heading of the 2026 work is line 53, the heading of its part (二) on the modern industrial system line 64, both outside the cut), so issued is null; {DATE_LINE}. year 2026 (the report's year, and the year of the plan part the excerpt stands in); its figures take 2026 from that section (period_source section, role target).",
            "title_source": "no title line and no heading in the cut; the lead up to the first 。, without the 。 (blind9-19 headless excerpts).",
            "region_source": "the provincial work report (every place in the cut stands inside a works' name) → 湖南省 430000.",
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
        pos = at + len(f["text"])
        if f["kind"] in ("project", "org", "region"):
            key = "".join(f["name"].split())
            if key in seen:
                errors.append(f"{doc}: name {key!r} listed twice")
            seen.add(key)
        if f["kind"] not in ("project", "org", "region", "date"):
            if (f["period"] is None) != (f["period_source"] is None):
                errors.append(f"{doc}: {f['text']!r}: period and period_source disagree")
        out.append({"doc": doc, **f})
    # every entity must be a listed name of the same document (an entity may join several listed
    # names with 、, as blind17 `省委、省政府`)
    for f in out:
        ent = f.get("entity")
        if ent and not all("".join(e.split()) in seen for e in ent.split("、")):
            errors.append(f"{doc}: {f['text']!r}: entity {ent!r} is not a listed name")
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
            "doc": doc, "title": lead(text), "issued": None, "year": 2026,
            "issuer": "湖南省人民政府", "genre": "report", "region": HN, "region_code": HNC,
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
