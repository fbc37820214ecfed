#!/usr/bin/env python3
"""Blind gold for four excerpts of the 2025 Tianjin work report (see NOTES_tianjin.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_tianjin_2025_{review,plan,infra,invest}.txt.{jsonl,doc.json} next to this script.
The source text is read from the corpus (lines 6-13, 34-37, 43 and 49 of 2025年天津市政府工作报告.txt,
as manifest.tsv says); when the /tmp/b11 cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (a text that repeats is searched
after its previous match; a fact may give `occ`, which occurrence at or after the previous fact's
position is meant, so no report text other than the facts' own text is copied here), that no
project/org/region name is listed twice per document, and that period and period_source are null
together. Modelled on ../blind10/build_liaoning.py.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/alexzhu0__Jina_Embeddings_v4_RAG/txt/2025年天津市政府工作报告.txt"
CUTS = Path("/tmp/b11")

TJ, TJC = "天津市", "120000"
NG = "天津南港工业区"          # a zone without a code in ../shared/data/places
Y2024 = {"date_start": "2024-01-01", "date_end": "2024-12-31"}
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2024,
        psrc="section", entity=None, region=TJ, rcode=TJC, role="actual", scope=None, occ=None):
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


TIANJIN = dict(canonical="天津市", code="120000", level="province", parents=[])
BAODI = dict(canonical="宝坻区", code="120115", level="county", parents=["天津市"])
NANGANG = dict(canonical=NG, code=None, level="zone", parents=["天津市", "滨海新区"])
JJJ = dict(canonical=None, code=None, level="other", parents=None)
PRC = dict(canonical="中国", code=None, level="country", parents=[])

Y14_5 = ("2021-01-01", "2025-12-31", "period")
Y15_5 = ("2026-01-01", "2030-12-31", "period")
SIZE = dict(period=None, role=None)
TKY = "天开高教科创园"

# ---------------------------------------------------------------- review (lines 6-13)
# The heading 一、2024年工作回顾, the lead (line 2: the year as a milestone, no figures), the
# paragraph opening with the vague one-year phrase (the headline figures), the heading of part
# (一) and its four paragraphs. No paragraph with figures has a date of its own, so every figure
# is 2024 from the heading (period_source section; dev Shandong/Sichuan: the one-year phrase is
# no date). Role actual, but for the GDP estimate (预计 in its own clause: forecast).
REVIEW = [
    # line 1: heading
    D("2024年", "2024-01-01", "2024-12-31", "year"),
    # line 2: the lead (the anniversary is no number; the expo's edition year has no 年: no date)
    D("2024年", "2024-01-01", "2024-12-31", "year"),
    REG("中华人民共和国", **PRC),
    REG("天津", **TIANJIN),
    D("“十四五”", *Y14_5),
    # line 3: the headline figures (its opening one-year phrase is vague, no date: section)
    N("org", "市委"),
    G("增长5.1％左右", 5.1, "地区生产总值", approx="左右", role="forecast"),
    G("增长5.2％", 5.2, "一般公共预算收入"),      # no cue in its own clause (blind8 Chongqing)
    P("5.2％", 5.2, "城镇调查失业率", occ=2),      # the first 5.2％ is the revenue growth's
    # line 4: heading of part (一): no facts
    # line 5: Beijing-Tianjin-Hebei
    REG("京津冀", **JJJ),
    N("org", "中国资源循环集团"),
    N("org", "国投生物制造创新研究院"),
    N("org", "国能天津电力公司"),
    N("org", "中关村发展集团"),
    REG("宝坻", **BAODI),                          # the district before the science city, split
    N("project", "京津中关村科技城"),
    Q("1981家", 1981, "家", "在津新设机构"),
    N("project", "联想智慧创新产业园"),
    N("org", "联想"),                              # well-known owner nested in the park's name
    Q("770家", 770, "家", "融入区域共建产业链优质企业"),
    Q("6条", 6, "条", "区域共建产业链"),
    N("project", "京滨城际南段"),
    N("project", "津潍高铁"),
    Q("24项", 24, "项", "京津出行便利化措施"),
    N("project", "京津城际"),                      # open decision: the intercity railway
    G("提升19％", 19, "京津城际全天运能", entity="京津城际", region=None, rcode=None),
    N("project", "协和天津基地"),
    # line 6: science and industry
    N("project", TKY),
    N("project", "天开园"),                        # its short name, inside the regulation's name
    Q("超过2600家", 2600, "家", "注册科技型企业", approx="超过", entity=TKY),
    Q("39只", 39, "只", "科创基金", entity=TKY),
    Q("17家", 17, "家", "全国重点实验室"),
    Q("20项", 20, "项", "荣获国家科学技术奖"),
    N("project", "国家超算互联网平台"),
    Q("突破1.2万家", 12000, "家", "国家高新技术企业、科技型中小企业", approx="突破"),
    G("增长8.9％", 8.9, "高技术制造业增加值"),
    Q("283家", 283, "家", "专精特新“小巨人”"),    # 分别 list, paired in order
    Q("38家", 38, "家", "制造业单项冠军"),
    N("org", "科技金融路演中心"),                  # open decision: a centre running
    G("增长20％以上", 20, "战略性新兴产业贷款", approx="以上"),
    # line 7: projects and new factors
    Q("31个", 31, "个", "签署市企战略合作协议"),
    N("project", "中电科蓝天产业园"),
    N("org", "中电科"),                            # central SOE short name nested (blind6 国能)
    N("project", "中软信创总部"),
    N("org", "一汽丰田"),
    N("org", "一汽大众"),
    N("project", "长城汽车DE平台"),
    N("org", "长城汽车"),
    N("project", "特变电工智慧产业园"),
    N("org", "诺和诺德"),
    N("org", "中美史克"),
    N("org", "SMC"),
    N("project", "光启技术超材料"),                # list members sharing the head 项目
    N("project", "凯莱英化学大分子药物"),
    N("project", "南港百万吨乙烯及产业集群项目"),
    # the capacity class inside the works' name: a size (blind5 Guangxi, blind10 Heilongjiang 万卡)
    Q("百万吨", 1000000, "吨", "乙烯", entity="南港百万吨乙烯及产业集群项目", region=NG, rcode=None,
      **SIZE),
    N("project", "桐砚高性能聚合物材料"),
    N("project", "京津电子化学品基地"),
    REG("南港工业区", **NANGANG),                  # open decision: a zone, not a park
    M("突破千亿元", 100000000000, "产值", approx="突破", entity="南港工业区", region=NG, rcode=None),
    # two pumped-storage stations sharing one head; the bare first member kept as written
    N("project", "国网龙潭沟"),
    N("org", "国网"),
    N("project", "华电西大峪抽水蓄能电站"),
    N("org", "华电"),
    M("超过180亿元", 18000000000, "超长期特别国债支持资金", approx="超过"),
    M("超过200亿元", 20000000000, "以旧换新带动消费", approx="超过"),
    # line 8: revitalising the stock
    Q("18项", 18, "项", "实施低效用地再开发等政策"),
    # the model cases of revitalised assets (open decision: buildings and venues as works)
    N("project", "京东超级体验店"),
    N("org", "京东"),
    N("project", "泰安道5号天津金融机构服务中心"),
    N("org", "中国建材水泥院"),
    N("project", "旺海国际大厦"),
    Q("2.26万亩", 22600, "亩", "盘活土地"),
    Q("超过1000万平方米", 10000000, "平方米", "盘活房产", approx="超过"),
    M("593.6亿元", 59360000000, "实现收入"),
]

# ---------------------------------------------------------------- plan (lines 34-37)
# The heading 二、2025年工作安排 is in the cut. The targets' sentence has no date of its own
# (the city's expected targets, without 今年 or 2025年) and is a paragraph of its own, so the six targets take 2025 from the heading:
# period_source section (blind10 Liaoning plan). Role target: the list head governs the list.
TS = dict(period=Y2025, psrc="section", role="target")
PLAN = [
    # line 1: heading
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    # line 2: the closing-year sentence gives only 今年 (FACTS), not its “十四五”
    D("今年", "2025-01-01", "2025-12-31", "year"),
    REG("天津", **TIANJIN),
    # line 3: the overall requirements (no 今年 in it)
    N("org", "市委"),
    REG("京津冀", **JJJ),                          # before the coordinated-development strategy (blind7 Beijing plan)
    D("“十四五”", *Y14_5),
    D("“十五五”", *Y15_5),
    # line 4: the main targets
    G("增长5％左右", 5, "地区生产总值", approx="左右", **TS),
    G("增长3％左右", 3, "一般公共预算收入", approx="左右", **TS),
    G("增长3％左右", 3, "固定资产投资", approx="左右", **TS),
    P("5.5％左右", 5.5, "城镇调查失业率", approx="左右", **TS),
    Q("30万人", 300000, "人", "城镇新增就业", **TS),
    G("2％左右", 2, "居民消费价格涨幅", approx="左右", **TS),
]

# ---------------------------------------------------------------- infra (line 43)
# A paragraph of part (一) of 二、2025年工作安排 (line 34; part heading line 39), both outside the
# cut. It has no figure and no date; its facts are the three works it lists.
INFRA = [
    N("project", "京滨城际南段"),
    N("project", "津潍高铁"),
    N("project", "京津塘高速改扩建"),              # the widening kept with its action word (blind10 京哈高速改扩建)
]

# ---------------------------------------------------------------- invest (line 49)
# A paragraph of part (二) of 二、2025年工作安排 (line 34; part heading line 44), both outside the
# cut. It has no figure; its only fact is the 15th plan period named in project planning
# (blind9 Jilin invest).
INVEST = [
    D("“十五五”", *Y15_5),
]

COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the mayor reports on behalf of the municipal people's government (line 5 of the full file: 我代表市人民政府), so the issuing body is 天津市人民政府.",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = "the report was delivered 2025-01-14 at the third session of the 18th municipal people's congress (line 3 of the full file)"

DOCS = {
    "report_tianjin_2025_review.txt": {
        "lines": (6, 13),
        "facts": REVIEW,
        "record": {
            "title": "一、2024年工作回顾",
            "year_source": f"the excerpt (lines 6-13 of 2025年天津市政府工作报告) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading reviews 2024, so year 2025; its figures are 2024's (period_source section: the paragraphs with figures have no date of their own).",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "a work report of the municipality 天津 (the region fact 天津 → 天津市 120000); the figures are the city's unless their clause names another place (南港工业区) or a line shared with Beijing (京津城际).",
            "encoding_source": "the cut is sed output (lines 6-13) of a UTF-8 file without BOM.",
        },
    },
    "report_tianjin_2025_plan.txt": {
        "lines": (34, 37),
        "facts": PLAN,
        "record": {
            "title": "二、2025年工作安排",
            "year_source": f"the excerpt (lines 34-37 of 2025年天津市政府工作报告) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading is 2025's plan and its 今年 is the last year of the 十四五 plan, so year 2025 and 今年 = 2025.",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "the region fact 天津 → 天津市 120000; the targets are the city's (全市).",
            "encoding_source": "the cut is sed output (lines 34-37) of a UTF-8 file without BOM.",
        },
    },
    "report_tianjin_2025_infra.txt": {
        "lines": (43, 43),
        "facts": INFRA,
        "record": {
            "title": "着力增强软硬联通服务效能",
            "year_source": f"the excerpt (line 43 of 2025年天津市政府工作报告) has no date line and no date; it is a paragraph of part (一) of 二、2025年工作安排 (line 34), whose heading is outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2025. issued null.",
            "title_source": "no title line and no section heading; the excerpt's own lead, up to the first 。 (without it), is used, as blind9/blind10 invest.",
            "region_source": "a work report of the municipality: 天津市 120000. The places it names are compounds of one-character abbreviations or stand inside works' names, so it has no region fact.",
            "encoding_source": "the cut is sed output (line 43) of a UTF-8 file without BOM.",
        },
    },
    "report_tianjin_2025_invest.txt": {
        "lines": (49, 49),
        "facts": INVEST,
        "record": {
            "title": "统筹推进消费提振与投资提效",
            "year_source": f"the excerpt (line 49 of 2025年天津市政府工作报告) has no date line; it is a paragraph of part (二) of 二、2025年工作安排 (line 34), whose heading is outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2025. issued null.",
            "title_source": "no title line and no section heading; the excerpt's own lead, up to the first 。 (without it), is used, as blind9/blind10 invest.",
            "region_source": "a work report of the municipality: 天津市 120000. The excerpt names no place.",
            "encoding_source": "the cut is sed output (line 49) of a UTF-8 file without BOM.",
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
            all_errors.append(f"{doc}: /tmp/b11 copy differs from the corpus lines {spec['lines']}")
        facts, errors = check_and_strip(doc, text, [dict(f) for f in spec["facts"]])
        all_errors += errors
        record = {
            "doc": doc, "title": spec["record"]["title"], "issued": None, "year": 2025,
            "issuer": "天津市人民政府", "genre": "report", "region": TJ, "region_code": TJC,
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
