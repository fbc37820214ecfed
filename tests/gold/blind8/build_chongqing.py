#!/usr/bin/env python3
"""Blind gold for three excerpts of the 2025 Chongqing work report (see NOTES_chongqing.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_chongqing_2025_{review,industry,plan}.txt.{jsonl,doc.json} next to this script.
The source text is read from the corpus (lines 7-13, 16 and 28-31 of 2025年重庆市政府工作报告.txt,
as manifest.tsv says); when the /tmp/b8 cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (a text that repeats is searched
after its previous match; a fact may give `occ`, which occurrence at or after the previous fact's
position is meant, so no report text other than the facts' own text is copied here), that no
project/org/region name is listed twice per document, and that period and period_source are null
together. Modelled on ../blind7/build_hebei.py and ../blind7/build_beijing.py.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/alexzhu0__Jina_Embeddings_v4_RAG/txt/2025年重庆市政府工作报告.txt"

CQ, CQC = "重庆市", "500000"
Y2024 = {"date_start": "2024-01-01", "date_end": "2024-12-31"}
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2024,
        psrc="section", entity=None, region=CQ, rcode=CQC, role="actual", scope=None, occ=None):
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


CHONGQING = dict(canonical="重庆市", code="500000", level="province", parents=[])

# ---------------------------------------------------------------- review (lines 7-13)
# The heading 一、2024年工作回顾, its two opening paragraphs (no figures) and four ——bullets, each a
# paragraph of its own with no date: every figure is 2024 from the heading (period_source section,
# as the Sichuan bullets), role actual unless 预计 stands in its clause (forecast).
FC = dict(role="forecast")
REVIEW = [
    # line 1: heading
    D("2024年", "2024-01-01", "2024-12-31", "year"),
    # line 2: 刚刚过去的2024年 (text kept as 2024年, as blind4 Jiangxi)
    D("2024年", "2024-01-01", "2024-12-31", "year"),
    REG("重庆", **CHONGQING),                      # first standalone use (the city's history)
    N("org", "市委"),                               # the body holding its plenums
    # line 3: the political summary
    N("org", "党中央"),
    N("org", "中共重庆市委"),
    N("org", "市人大"),
    N("org", "市政协"),
    # line 4: bullet 1, the economy
    M("32193.15亿元", 3219315000000, "地区生产总值"),
    G("增长5.7%", 5.7, "地区生产总值"),
    M("突破10万元", 100000, "人均地区生产总值", approx="突破"),
    G("增长7.3%", 7.3, "规上工业增加值"),
    G("增长6.8%", 6.8, "服务业增加值"),
    G("增长11.2%", 11.2, "工业投资"),
    G("8.1%", 8.1, "民间投资"),
    G("增长3.6%", 3.6, "社会消费品零售总额"),
    # line 5: bullet 2, new productive forces
    Q("95.3万辆", 953000, "辆", "新能源汽车产量"),
    G("增长1倍多", 1, "集成电路产量", unit="倍", approx="多"),
    G("增长16.4%", 16.4, "软件产业主营业务收入", **FC),
    P("2.6%", 2.6, "全社会研发投入强度", **FC),
    P("34.6%", 34.6, "战略性新兴产业增加值占规上工业增加值的比重"),
    # line 6: bullet 3, reform and opening
    G("增长6.3%", 6.3, "市属重点国企增加值"),
    G("增长6.2%", 6.2, "民营经济增加值"),
    N("project", "西部陆海新通道"),
    N("project", "重庆枢纽港产业园"),
    Q("163个", 163, "个", "签约项目", entity="重庆枢纽港产业园"),
    Q("792家", 792, "家", "新设外资企业"),
    G("增长5.3%", 5.3, "实际使用外资"),
    # line 7: bullet 4, governance and livelihoods
    N("org", "城市治理委员会"),
    P("71.9%", 71.9, "执法事项综合率"),
    Q("23次", 23, "次", "强降水"),
    Q("59天", 59, "天", "高温天气"),
    Q("15件", 15, "件", "重点民生实事"),
    Q("71.9万人", 719000, "人", "城镇新增就业"),
    Q("34.5万人", 345000, "人", "新增留渝来渝青年"),
    Q("1.6万个", 16000, "个", "新增公办园托位"),
    Q("8.4万个", 84000, "个", "新增基础教育学位"),
    Q("1.3万张", 13000, "张", "新增护理型养老床位"),
    Q("90公里", 90, "公里", "建成山城步道"),
    Q("157公里", 157, "公里", "建成山城绿道"),
    Q("100个", 100, "个", "建成口袋公园"),
    Q("5.3万个", 53000, "个", "盘活“错时共享”停车泊位"),
    Q("95万", 950000, None, "低保和特困人员"),
]

# ---------------------------------------------------------------- industry (line 16)
# Part (二) of the 2024 review; its section heading (line 7 of the report) is outside the cut:
# period 2024, period_source section (blind6/blind7 headless excerpts), role actual unless 预计.
INDUSTRY = [
    N("project", "长安汽车数智工厂"),
    N("org", "长安汽车"),
    N("project", "赛力斯超级工厂"),
    N("org", "赛力斯"),
    G("增长26.7%", 26.7, "汽车产业增加值"),
    N("project", "安意法"),
    N("project", "芯联微电子"),
    N("project", "巴斯夫MDI扩建"),
    N("org", "巴斯夫"),
    N("project", "西南铝产能提升"),
    N("project", "数字金融“一站式”解纷平台"),
    Q("31家", 31, "家", "区域性、功能性金融机构"),
    G("增长6.2倍", 6.2, "上市公司再融资", unit="倍"),
    Q("11家", 11, "家", "国家级工业设计中心"),
    Q("超过1500家", 1500, "家", "工业设计服务类企业", approx="超过"),
    Q("18家", 18, "家", "国家检验检测高技术服务业集聚区新增机构"),
    Q("突破100家", 100, "家", "A级以上物流企业", approx="突破"),
    Q("超过6400家", 6400, "家", "新增软件企业", approx="超过"),
    M("4200亿元", 420000000000, "软件和信息服务业主营业务收入", role="forecast"),
    Q("43.8万人", 438000, "人", "软件和信息服务业从业人员"),
    G("增长11.7%", 11.7, "租赁和商务服务业营业收入"),
    G("8.6%", 8.6, "交通运输仓储和邮政业营业收入"),
    N("org", "西部算电协同创新中心"),
    N("project", "西部算力调度平台"),
    Q("2000P", 2000, "P", "新增算力"),
    Q("超过6000P", 6000, "P", "算力总规模", approx="超过"),
    Q("1096个", 1096, "个", "累计建成数字化车间"),
    Q("183个", 183, "个", "累计建成智能工厂"),
    Q("6个", 6, "个", "上线行业大脑"),
    Q("23个", 23, "个", "启动培育未来工厂"),
    Q("18项", 18, "项", "入选全国数字化转型和人工智能赋能典型案例成果"),
]

# ---------------------------------------------------------------- plan (lines 28-31)
# The targets' sentence opens with 今年: period 2025, period_source sentence, role target.
T = dict(period=Y2025, psrc="sentence", role="target")
PLAN = [
    # line 1: heading
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    # line 2: 今年是“十四五”规划收官之年 gives only 今年 (FACTS)
    D("今年", "2025-01-01", "2025-12-31", "year"),
    REG("重庆", **CHONGQING, occ=2),              # 视察重庆 (the first 重庆 is the slogan 新重庆)
    N("org", "市委"),
    D("“十四五”", "2021-01-01", "2025-12-31", "period"),   # 高质量完成“十四五”规划目标任务
    D("“十五五”", "2026-01-01", "2030-12-31", "period"),
    # line 3: the main targets
    D("今年", "2025-01-01", "2025-12-31", "year"),
    G("增长6%左右", 6, "地区生产总值", approx="左右", **T),
    G("增长5%", 5, "固定资产投资", **T),
    G("增长5%", 5, "社会消费品零售总额", **T),
    Q("65万人", 650000, "人", "城镇新增就业", **T),
    G("增长4.5%", 4.5, "一般公共预算收入", **T),
    G("增长6%左右", 6, "全体居民人均可支配收入", approx="左右", **T),
    G("2%左右", 2, "居民消费价格涨幅", approx="左右", **T),
    G("下降2.5%", -2.5, "单位地区生产总值能耗", **T),
    # line 4: the targets are matched to the “十四五” plan's goals
    D("“十四五”", "2021-01-01", "2025-12-31", "period"),
]

COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the mayor reports on behalf of the municipal people's government (line 6 of the full file), so the issuing body is 重庆市人民政府.",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = "the report was delivered 2025-01-19 at the third session of the 6th municipal people's congress (line 3 of the full file)"

DOCS = {
    "report_chongqing_2025_review.txt": {
        "lines": (7, 13),
        "facts": REVIEW,
        "record": {
            "title": "一、2024年工作回顾",
            "year_source": f"the excerpt (lines 7-13 of 2025年重庆市政府工作报告) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading reviews 2024 and its lead calls 2024 the year just past, so year 2025; its figures are 2024's (period_source section: the ——bullets are paragraphs of their own without a date).",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "a municipal work report of 重庆 (the region fact 重庆; the org 中共重庆市委) → 重庆市 500000.",
            "encoding_source": "the cut is sed output (lines 7-13) of a UTF-8 file without BOM.",
        },
    },
    "report_chongqing_2025_industry.txt": {
        "lines": (16, 16),
        "facts": INDUSTRY,
        "record": {
            "title": "（二）抓制造优服务强链群，现代化产业体系加快构建",
            "year_source": f"the excerpt (line 16 of 2025年重庆市政府工作报告) has no date line and no date; it is part (二) of the review whose heading 一、2024年工作回顾 (line 7) is outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2025, and its figures are 2024's (period_source section, as blind6/blind7's headless excerpts). issued null.",
            "title_source": "no title line and no section heading; the excerpt's own numbered lead, up to the first 。 (without it), is used, as blind7 Hebei economy and Beijing region.",
            "region_source": "a municipal work report: 重庆市 500000. The excerpt names the city only by the one-character 渝, which is not a region fact.",
            "encoding_source": "the cut is sed output (line 16) of a UTF-8 file without BOM.",
        },
    },
    "report_chongqing_2025_plan.txt": {
        "lines": (28, 31),
        "facts": PLAN,
        "record": {
            "title": "二、2025年主要任务",
            "year_source": f"the excerpt (lines 28-31 of 2025年重庆市政府工作报告) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading is 2025's plan and its 今年 is the last year of the 十四五 plan, so year 2025 and 今年 = 2025.",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "the region fact 重庆 → 重庆市 500000; the targets are the city's.",
            "encoding_source": "the cut is sed output (lines 28-31) of a UTF-8 file without BOM.",
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
        cut = Path("/tmp/b8") / doc
        if cut.exists() and cut.read_text(encoding="utf-8") != text:
            all_errors.append(f"{doc}: /tmp/b8 copy differs from the corpus lines {spec['lines']}")
        facts, errors = check_and_strip(doc, text, [dict(f) for f in spec["facts"]])
        all_errors += errors
        record = {
            "doc": doc, "title": spec["record"]["title"], "issued": None, "year": 2025,
            "issuer": "重庆市人民政府", "genre": "report", "region": CQ, "region_code": CQC,
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
