#!/usr/bin/env python3
"""Blind gold for three excerpts of the 2025 Jilin work report (see NOTES_jilin.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_jilin_2025_{review,invest,plan}.txt.{jsonl,doc.json} next to this script.
The source text is read from the corpus (lines 7-13, 31 and 24-26 of 2025年吉林省政府工作报告.txt,
as manifest.tsv says); when the /tmp/b9 cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (a text that repeats is searched
after its previous match; a fact may give `occ`, which occurrence at or after the previous fact's
position is meant, so no report text other than the facts' own text is copied here), that no
project/org/region name is listed twice per document, and that period and period_source are null
together. Modelled on ../blind8/build_chongqing.py.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/alexzhu0__Jina_Embeddings_v4_RAG/txt/2025年吉林省政府工作报告.txt"

JL, JLC = "吉林省", "220000"
Y2024 = {"date_start": "2024-01-01", "date_end": "2024-12-31"}
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2024,
        psrc="section", entity=None, region=JL, rcode=JLC, role="actual", scope=None, occ=None):
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


JILIN = dict(canonical="吉林省", code="220000", level="province", parents=[])
CHANGCHUN = dict(canonical="长春市", code="220100", level="prefecture", parents=["吉林省"])
YANBIAN = dict(canonical="延边朝鲜族自治州", code="222400", level="prefecture", parents=["吉林省"])

Y14_5 = ("2021-01-01", "2025-12-31", "period")
Y15_5 = ("2026-01-01", "2030-12-31", "period")

# ---------------------------------------------------------------- review (lines 7-13)
# The heading 一、2024年工作回顾, its lead paragraph (no figures) and five ——bullets, each a
# paragraph of its own with no date: every figure is 2024 from the heading (period_source
# section, as blind8 Chongqing/Shanxi bullets), role actual (no 预计 or other cue in any clause).
REVIEW = [
    # line 1: heading
    D("2024年", "2024-01-01", "2024-12-31", "year"),
    # line 2: the lead (2024 as a key year of the 十四五 plan; Beijing blind7)
    D("2024年", "2024-01-01", "2024-12-31", "year"),
    D("“十四五”", *Y14_5),
    # line 3: bullet 1, resilience
    G("增长10.1％", 10.1, "产业投资"),
    P("12.3％", 12.3, "高技术制造业增加值占规上工业比重"),
    P("16.9％", 16.9, "战略性新兴产业产值占规上工业比重"),
    Q("超过600万千瓦", 6000000, "千瓦", "新增风光装机", approx="超过"),
    # a ratio that is not a change → percent in percent units (FACTS: 1/4 → 25); open decision
    P("10倍", 1000, "新增风光装机与正常消纳能力之比"),
    M("突破1100亿元", 110000000000, "新能源产业投资", approx="突破"),
    N("project", "氢基绿能产业园"),
    P("80％", 80, "配套新能源自发自用比例", entity="氢基绿能产业园"),
    G("增长10.8％", 10.8, "一般公共预算收入"),
    # line 4: bullet 2, reform and innovation
    G("压减80％", -80, "省属国企一级企业数量"),
    M("64.6亿元", 6460000000, "国有资本收益"),
    G("增长358％", 358, "国有资本收益"),
    Q("3609项", 3609, "项", "转化科技成果"),
    M("241亿元", 24100000000, "技术合同成交额"),
    # 实现两个翻番: both figures just named doubled → one growth fact of 1 倍 (均 precedent); open
    G("翻番", 1, "转化科技成果、技术合同成交额", unit="倍"),
    Q("117颗", 117, "颗", "“吉林一号”组网卫星"),
    # line 5: bullet 3, grain
    Q("8780.7万亩", 87807000, "亩", "粮食播种面积"),
    R("居粮食主产省第1位", 1, "粮食主产省", "粮食单产"),
    Q("853.2亿斤", 85320000000, "斤", "粮食总产量"),
    R("全国第4", 4, "全国", "粮食总产量"),
    # line 6: bullet 4, ecology
    P("92.9％", 92.9, "空气质量优良天数比例"),
    P("89％", 89, "国考断面优良水体比例"),
    Q("104条", 104, "条", "动态清零城市黑臭水体"),
    REG("长春", **CHANGCHUN),
    REG("延边", **YANBIAN),
    # line 7: bullet 5, safety
    Q("2249公里", 2249, "公里", "改造老旧燃气管道"),
    Q("99.94万户", 999400, "户", "瓶装液化气居民“阀、管”改造"),
    G("下降40.5％", -40.5, "生产安全事故起数"),
    G("32.7％", -32.7, "生产安全事故死亡人数"),
]

# ---------------------------------------------------------------- invest (line 31)
# A paragraph of part (一) of 二、2025年工作安排 (line 24), heading outside the cut: every figure
# is 2025, period_source section, role target (the plan section governs it, as blind6-8's
# headless review excerpts take their year and role from the section a reader of the whole
# report sees). Investment thresholds are sizes: period and role null (blind3 Anhui, blind5
# Guizhou, blind6 Fujian).
T25 = dict(period=Y2025, psrc="section", role="target")
SIZE = dict(period=None, role=None)
INVEST = [
    Q("2500个以上", 2500, "个", "实施重大项目", approx="以上", **T25),
    M("亿元以上", 100000000, "项目投资规模", approx="以上", **SIZE),
    Q("1500个以上", 1500, "个", "实施亿元以上项目", approx="以上", **T25),
    P("超过50％", 50, "产业投资占比", approx="超过", **T25),
    N("project", "珲春至防川高速项目"),
    N("project", "长春都市圈西环线"),
    N("project", "白山至临江"),
    N("project", "松江河至长白高速"),
    N("project", "G331公路"),
    N("project", "沈白高铁"),
    N("project", "长春龙嘉国际机场三期扩建工程"),
    N("project", "延吉机场迁建项目"),
    N("project", "和龙通用机场"),
    D("年底", "2025-12-31", "2025-12-31", "day", approx="底"),     # open decision
    D("“十五五”", *Y15_5),                                           # 结合“十五五”规划编制
    M("亿元以上", 100000000, "项目投资规模", approx="以上", **SIZE),
    Q("1000个", 1000, "个", "谋划储备亿元以上项目", **T25),
    N("org", "项目管理中心"),                                        # open decision
]

# ---------------------------------------------------------------- plan (lines 24-26)
# The targets' sentence opens with 2025年 (…主要预期目标是：): period 2025, period_source sentence,
# role target.
TS = dict(period=Y2025, psrc="sentence", role="target")
PLAN = [
    # line 1: heading
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    # line 2: 今年是“十四五”规划收官之年 gives only 今年 (FACTS); the 十五五 of the 谋划 clause
    # counts (blind6 Fujian)
    D("今年", "2025-01-01", "2025-12-31", "year"),
    D("“十五五”", *Y15_5),
    N("org", "省委"),
    REG("吉林", **JILIN),                          # 吉林工作系列重要指示精神
    D("“十四五”", *Y14_5),                        # 推动“十四五”规划圆满收官 (the first, in the 收官 clause, is not counted)
    D("“十五五”", *Y15_5),                        # 为实现“十五五”良好开局
    # line 3: the main targets
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    G("增长5.5％左右", 5.5, "地区生产总值", approx="左右", **TS),
    Q("880亿斤以上", 88000000000, "斤", "粮食产量", approx="以上", **TS),
    G("增长5％左右", 5, "固定资产投资", approx="左右", **TS),
    G("增长6％左右", 6, "社会消费品零售总额", approx="左右", **TS),
    G("增长3％左右", 3, "一般公共预算收入", approx="左右", **TS),
    P("5.5％左右", 5.5, "城镇调查失业率", approx="左右", **TS),
    G("2％左右", 2, "居民消费价格指数涨幅", approx="左右", **TS),
    G("下降2％左右", -2, "单位GDP能耗", approx="左右", **TS),
]

COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the governor reports on behalf of the provincial government (line 6 of the full file: 我代表省政府), so the issuing body is 吉林省人民政府.",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = "the report was delivered 2025-01-14 at the fourth session of the 14th provincial people's congress (line 3 of the full file)"

DOCS = {
    "report_jilin_2025_review.txt": {
        "lines": (7, 13),
        "facts": REVIEW,
        "record": {
            "title": "一、2024年工作回顾",
            "year_source": f"the excerpt (lines 7-13 of 2025年吉林省政府工作报告) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading reviews 2024, so year 2025; its figures are 2024's (period_source section: the ——bullets are paragraphs of their own without a date).",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "a provincial work report of 吉林 (the figures are the province's; the excerpt names only 长春 and 延边 as places) → 吉林省 220000.",
            "encoding_source": "the cut is sed output (lines 7-13) of a UTF-8 file without BOM.",
        },
    },
    "report_jilin_2025_invest.txt": {
        "lines": (31, 31),
        "facts": INVEST,
        "record": {
            "title": "提高投资效益",
            "year_source": f"the excerpt (line 31 of 2025年吉林省政府工作报告) has no date line and no full date; it is a paragraph of part (一) of 二、2025年工作安排 (line 24), whose heading is outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2025, its figures are 2025's targets (period_source section). issued null.",
            "title_source": "no title line and no section heading; the excerpt's own lead, up to the first 。 (without it), is used, as blind8 Chongqing/Shanxi industry and blind7 Hebei economy.",
            "region_source": "a provincial work report: 吉林省 220000. Every place the excerpt names stands inside a project name, so it has no region fact.",
            "encoding_source": "the cut is sed output (line 31) of a UTF-8 file without BOM.",
        },
    },
    "report_jilin_2025_plan.txt": {
        "lines": (24, 26),
        "facts": PLAN,
        "record": {
            "title": "二、2025年工作安排",
            "year_source": f"the excerpt (lines 24-26 of 2025年吉林省政府工作报告) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading is 2025's plan and its 今年 is the last year of the 十四五 plan, so year 2025 and 今年 = 2025.",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "the region fact 吉林 → 吉林省 220000; the targets are the province's.",
            "encoding_source": "the cut is sed output (lines 24-26) of a UTF-8 file without BOM.",
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
        cut = Path("/tmp/b9") / doc
        if cut.exists() and cut.read_text(encoding="utf-8") != text:
            all_errors.append(f"{doc}: /tmp/b9 copy differs from the corpus lines {spec['lines']}")
        facts, errors = check_and_strip(doc, text, [dict(f) for f in spec["facts"]])
        all_errors += errors
        record = {
            "doc": doc, "title": spec["record"]["title"], "issued": None, "year": 2025,
            "issuer": "吉林省人民政府", "genre": "report", "region": JL, "region_code": JLC,
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
