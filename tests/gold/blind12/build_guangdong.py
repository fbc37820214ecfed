#!/usr/bin/env python3
"""Blind gold for four excerpts of the 2025 Guangdong work report (see NOTES_guangdong.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_guangdong_2025_{review,works,plan,projects}.txt.{jsonl,doc.json} next to this script.
The source text is read from the corpus (lines 7-8, 18, 28-31 and 46 of 2025年广东省政府工作报告.txt,
as manifest.tsv says); when the /tmp/b12 cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (a text that repeats is searched
after its previous match; a fact may give `occ`, which occurrence at or after the previous fact's
position is meant, so no report text other than the facts' own text is copied here), that no
project/org/region name is listed twice per document, and that period and period_source are null
together. Modelled on ../blind11/build_tianjin.py.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/alexzhu0__Jina_Embeddings_v4_RAG/txt/2025年广东省政府工作报告.txt"
CUTS = Path("/tmp/b12")

GD, GDC = "广东省", "440000"
Y2024 = {"date_start": "2024-01-01", "date_end": "2024-12-31"}
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2024,
        psrc="section", entity=None, region=GD, rcode=GDC, role="actual", scope=None, occ=None):
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


GUANGDONG = dict(canonical="广东省", code="440000", level="province", parents=[])
PRC = dict(canonical="中国", code=None, level="country", parents=[])
MACAO = dict(canonical="澳门特别行政区", code="820000", level="province", parents=[])
# the Hengqin zone (set up in 2021) is not in zones-2018.tsv: a zone without a code
HENGQIN = dict(canonical="横琴粤澳深度合作区", code=None, level="zone", parents=["广东省", "珠海市"])
GBA = dict(canonical=None, code=None, level="other", parents=None)   # as 京津冀, 长三角
MEIZHOU = dict(canonical="梅州市", code="441400", level="prefecture", parents=["广东省"])
DONGGUAN = dict(canonical="东莞市", code="441900", level="prefecture", parents=["广东省"])
JY, JYC = "揭阳市", "445200"

Y14_5 = ("2021-01-01", "2025-12-31", "period")
YEAR24 = ("2024-01-01", "2024-12-31", "year")
YEAR25 = ("2025-01-01", "2025-12-31", "year")

# ---------------------------------------------------------------- review (lines 7-8)
# The heading 一、2024年工作回顾 and the review's opening paragraph (the year's milestones, the
# general secretary's visits and letters, the political summary). No figure: the anniversaries
# are not numbers, the "1310" label is not a number.
REVIEW = [
    # line 1: heading
    D("2024年", *YEAR24),
    # line 2: the opening paragraph
    D("2024年", *YEAR24),
    REG("中华人民共和国", **PRC),                  # its 75th anniversary (blind4 Yunnan, blind5 Guangxi, blind11 Tianjin)
    REG("广东", **GUANGDONG),                      # first standalone use; later uses are the same name
    REG("澳门", **MACAO),
    REG("横琴粤澳深度合作区", **HENGQIN),          # open decision: a zone (region), code null
    REG("横琴合作区", **HENGQIN),                  # open decision: its short form, listed as a distinct name
    REG("粤港澳大湾区", **GBA),
    D("这一年", *YEAR24),                          # open decision: the year just named (2024)
    N("project", "深中通道"),                      # 20240413: the crossing is a project
    N("org", "中山大学"),
    N("org", "黄埔军校"),                          # open decision: the academy whose centenary is marked
    # not projects: the drilling vessel (a vessel, blind6), the conference and the forum (events)
    N("org", "党中央"),
    N("org", "国务院"),
    N("org", "省委"),
    N("org", "省人大"),                            # from the congress "and its standing committee" (blind7 Beijing)
    N("org", "省政协"),
]

# ---------------------------------------------------------------- works (line 18)
# The fourth item of the 2024 review ("two priorities" works and "two new" work, domestic demand),
# headless: the review heading (line 7) is outside the cut, and the cut has no date. Every figure
# is 2024, period_source section, role actual (blind5 Guangxi projects, blind8 Chongqing industry,
# blind11 Xinjiang projects). 争取 in a review reports funds secured: actual (blind7 Hebei).
WORKS = [
    # sentence 2: funds and the "two priorities" projects
    M("161.4亿元", 16140000000, "争取超长期特别国债资金支持"),
    Q("142个", 142, "个", "国家重大战略实施和重点领域安全能力建设项目"),
    M("1514亿元", 151400000000, "国家重大战略实施和重点领域安全能力建设项目总投资"),
    # sentence 3: special bonds (the all-time-high phrase is a superlative, no ranking)
    M("5085亿元", 508500000000, "新增专项债券"),
    # sentence 4: railways and the region they link
    N("project", "梅龙高铁"),
    REG("梅州", **MEIZHOU),
    REG("大湾区", **GBA),                          # the short form of the bay area, standing alone
    # not a project: the east-Guangdong high-speed "ring" (a network of lines), 粤东 a macro area
    # sentence 5: airports, railways, waterway and expressways
    N("project", "广州新机场"),
    N("project", "阳江机场"),
    N("project", "汕漳高铁"),
    N("project", "梅武高铁"),
    N("project", "深圳西丽高铁枢纽"),
    N("project", "北江航道扩能升级上延工程"),
    N("project", "南中高速"),
    N("project", "中开高速中山段"),                # a section kept whole (blind5 南珠高铁南玉段)
    N("project", "南雄至信丰"),                    # bare list members counted by 2条 (blind10 本桓)
    N("project", "龙川至寻乌"),
    Q("2条", 2, "条", "新增高速公路出省通道"),
    # sentence 6: water works
    N("project", "珠三角水资源配置工程"),
    N("project", "环北部湾广东水资源配置工程二期试点项目"),   # the pilot of phase 2, kept whole
    M("超1000亿元", 100000000000, "水利投资", approx="超"),   # the two-years-in-a-row phrase is a duration
    # sentence 7: oil fields (open decision: named fields as works) and the refinery
    N("project", "开平南油田"),
    N("project", "乌石"),                          # bare list member sharing the head 油田
    N("project", "惠州油田"),
    N("project", "恩平油田群"),
    N("project", "揭阳中石油炼化一体化项目"),
    N("org", "中石油"),                            # central SOE short name nested in the works (blind11 国网/华电)
    M("超1100亿元", 110000000000, "年产值", approx="超", entity="揭阳中石油炼化一体化项目",
      region=JY, rcode=JYC),
    # sentence 8: urban renewal
    REG("东莞", **DONGGUAN),
    # sentences 9-10: land and sea use, private investment
    G("增长75.8%", 75.8, "批准用海面积"),
    P("55.3%", 55.3, "工业领域民间投资占比"),
    # sentence 11: equipment renewal and trade-ins (the "1+3+8" label is not a number; the
    # nine-year high is a duration)
    Q("1025万台", 10250000, "台", "家电以旧换新"),
    Q("45.4万辆", 454000, "辆", "汽车报废和置换更新"),
    G("增长17.9%", 17.9, "工业设备更新投资"),
    # sentence 12: standards and recycling companies
    Q("129项", 129, "项", "制定发布地方标准"),
    Q("2家", 2, "家", "成立省属回收循环利用公司"),
    # sentences 13-16: consumption
    Q("超4300场", 4300, "场", "促消费活动", approx="超"),
    Q("突破400亿件", 40000000000, "件", "快递年业务量", approx="突破"),
    G("增长19%", 19, "快递年业务量"),
    Q("超800家", 800, "家", "新引进知名品牌首店", approx="超"),
]

# ---------------------------------------------------------------- plan (lines 28-31)
# The heading 二、2025年工作安排, the closing-year sentence and the overall requirements (line 2),
# the main targets (line 3) and the paragraph on the province's conditions (line 4).
# Targets: role target (the list head governs the list); the targets are separated by ；, so only
# the GDP target shares its sentence with 今年 (sentence); the others take 今年 from the first
# sentence of their paragraph (paragraph), as blind11 Xinjiang and blind9 Gansu.
TS = dict(period=Y2025, psrc="sentence", role="target")
TP = dict(period=Y2025, psrc="paragraph", role="target")
# Line 4 opens with 今年 and describes the province as it stands: stocks, actual, 2025 by paragraph.
AP = dict(period=Y2025, psrc="paragraph", role="actual")
PLAN = [
    # line 1: heading
    D("2025年", *YEAR25),
    # line 2: only the year of the closing-year sentence (FACTS), not its “十四五”
    D("2025年", *YEAR25),
    REG("广东", **GUANGDONG),
    N("org", "省委"),
    D("“十四五”", *Y14_5),                         # completing the plan's goals
    # line 3: the main targets
    D("今年", *YEAR25),
    G("增长5%左右", 5, "地区生产总值", approx="左右", **TS),
    G("增长5%左右", 5, "社会消费品零售总额", approx="左右", **TP),
    G("增长6%左右", 6, "规模以上工业增加值", approx="左右", **TP),
    G("增长3%", 3, "地方一般公共预算收入", **TP),
    G("2%左右", 2, "居民消费价格涨幅", approx="左右", **TP),
    P("5.5%左右", 5.5, "城镇调查失业率", approx="左右", **TP),
    Q("110万人以上", 1100000, "人", "城镇新增就业", approx="以上", **TP),
    Q("1285万吨", 12850000, "吨", "粮食产量", **TP),
    # line 4: the conditions (open decision: actual, 2025 from the paragraph's 今年)
    D("今年", *YEAR25),
    Q("8个", 8, "个", "万亿元级产业集群", **AP),   # 万亿元级 is a class, not money
    Q("1.5亿左右", 150000000, None, "实时人口", approx="左右", **AP),
    R("居全国第一", 1, "全国", "新出生人口数量", **AP),
    REG("粤港澳大湾区", **GBA),
    D("今年", *YEAR25),                            # the state's stronger counter-cyclical policy this year
]

# ---------------------------------------------------------------- projects (line 46)
# A paragraph of part (三) of 二、2025年工作安排 (line 28; part heading line 43), both outside the
# cut. Its second sentence opens with 今年: the two figures are 2025, sentence, target. Every place
# it names stands inside a works' name: no region fact (blind5 Guangxi, blind11 Xinjiang).
PS = dict(period=Y2025, psrc="sentence", role="target")
PROJECTS = [
    D("今年", *YEAR25),
    Q("1500个", 1500, "个", "省重点建设项目", **PS),
    M("1万亿元", 1000000000000, "年度计划投资", **PS),
    # transport: to complete
    N("project", "广湛高铁"),
    N("project", "广佛东环城际"),
    N("project", "广州白云机场三期"),
    N("project", "深圳机场三跑道"),                # kept whole (blind10 沈阳桃仙国际机场二跑道)
    # to start
    N("project", "广州新机场"),
    N("project", "平远至武平"),                    # bare members sharing the head for the corridors
    N("project", "湛江至南宁"),
    N("project", "化州至北流"),
    # busy sections to widen: bare members sharing the head for expressways
    N("project", "广惠"),
    N("project", "广深"),
    N("project", "广韶北"),
    # preparatory work
    N("project", "广清永高铁"),
    N("project", "东江航道扩能升级工程"),
    # water network
    N("project", "环北部湾广东水资源配置工程一期"),  # the bare second phase names nothing alone
    N("project", "清远黄茅峡水库"),
    N("project", "梅州长潭水库扩建"),
    N("project", "雷州半岛灌区"),
    N("project", "深汕合作区引水工程"),
    N("project", "韩江榕江练江水系连通后续优化工程"),
    N("project", "粤东水资源优化配置工程"),
    N("project", "揭阳龙颈水库扩建"),             # the component works named in the parenthesis
    N("project", "珠中江水资源一体化配置工程"),
    # petrochemicals
    N("project", "惠州埃克森美孚一期"),
    N("org", "埃克森美孚"),                        # well-known owner nested in the works
    N("project", "中海壳牌三期"),
    N("project", "湛江巴斯夫一体化基地"),
    N("org", "巴斯夫"),                            # blind8 Chongqing
    N("project", "茂名石化炼油转型项目"),
    N("project", "乙烯提质改造项目"),             # open decision: the second member of the owner's list
]

COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the governor reports on behalf of the provincial people's government (line 6 of the full file: 我代表省人民政府), so the issuing body is 广东省人民政府.",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = "the report was delivered 2025-01-15 at the third session of the 14th provincial people's congress of Guangdong (line 3 of the full file)"

DOCS = {
    "report_guangdong_2025_review.txt": {
        "lines": (7, 8),
        "facts": REVIEW,
        "record": {
            "title": "一、2024年工作回顾",
            "year_source": f"the excerpt (lines 7-8 of 2025年广东省政府工作报告) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading reviews 2024, so year 2025.",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "a provincial work report (the region fact 广东 → 广东省 440000). The excerpt has no figure.",
            "encoding_source": "the cut is sed output (lines 7-8) of a UTF-8 file without BOM.",
        },
    },
    "report_guangdong_2025_works.txt": {
        "lines": (18, 18),
        "facts": WORKS,
        "record": {
            "title": "四是大力推进“两重”建设和“两新”工作，内需潜力进一步释放",
            "year_source": f"the excerpt (line 18 of 2025年广东省政府工作报告) has no date line and no date; it is the fourth item of 一、2024年工作回顾 (line 7), whose heading is outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2025, figures 2024's. issued null.",
            "title_source": "no title line and no section heading; the excerpt's own numbered lead, up to the first 。 (without it), is used, as blind8 Chongqing industry and blind11 invest.",
            "region_source": "a provincial work report: 广东省 440000. The figures are the province's, except the refinery's output (its place 揭阳市 leads its name).",
            "encoding_source": "the cut is sed output (line 18) of a UTF-8 file without BOM.",
        },
    },
    "report_guangdong_2025_plan.txt": {
        "lines": (28, 31),
        "facts": PLAN,
        "record": {
            "title": "二、2025年工作安排",
            "year_source": f"the excerpt (lines 28-31 of 2025年广东省政府工作报告) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading is 2025's plan and 2025 is the last year of the 十四五 plan, so year 2025 and 今年 = 2025.",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "the region fact 广东 → 广东省 440000; the targets and the conditions are the province's.",
            "encoding_source": "the cut is sed output (lines 28-31) of a UTF-8 file without BOM.",
        },
    },
    "report_guangdong_2025_projects.txt": {
        "lines": (46, 46),
        "facts": PROJECTS,
        "record": {
            "title": "狠抓重大项目建设",
            "year_source": f"the excerpt (line 46 of 2025年广东省政府工作报告) has no date line; it is a paragraph of part (三) of 二、2025年工作安排 (line 28), whose heading is outside the cut; {DATE_LINE}. Its own 今年 is 2025 as a reader of the whole report reads it: year 2025. issued null.",
            "title_source": "no title line and no section heading; the excerpt's own lead, up to the first 。 (without it), is used, as blind9/blind10 invest.",
            "region_source": "a provincial work report: 广东省 440000. Every place it names stands inside a works' name.",
            "encoding_source": "the cut is sed output (line 46) of a UTF-8 file without BOM.",
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
            all_errors.append(f"{doc}: /tmp/b12 copy differs from the corpus lines {spec['lines']}")
        facts, errors = check_and_strip(doc, text, [dict(f) for f in spec["facts"]])
        all_errors += errors
        record = {
            "doc": doc, "title": spec["record"]["title"], "issued": None, "year": 2025,
            "issuer": "广东省人民政府", "genre": "report", "region": GD, "region_code": GDC,
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
