#!/usr/bin/env python3
"""Blind gold for two excerpts of the 2025 Shaanxi work report (see NOTES_shaanxi.md).

Writes report_shaanxi_2025_economy.txt.{jsonl,doc.json} and report_shaanxi_2025_plan.txt.{jsonl,doc.json}
next to this script. Checks that every `text` occurs in its source, in the order listed (a fact may
give `ctx`, a longer string around the text, to pin the occurrence meant), and that no project/org/region
name is listed twice per document. The sources are cut from the corpus as manifest.tsv says
(lines 10-11 and 20-22 of 2025年陕西省政府工作报告.txt).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/alexzhu0__Jina_Embeddings_v4_RAG/txt/2025年陕西省政府工作报告.txt"

PROV, PCODE = "陕西省", "610000"
Y2024 = {"date_start": "2024-01-01", "date_end": "2024-12-31"}
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2024,
        psrc="section", entity=None, region=PROV, rcode=PCODE, role="actual", scope=None, ctx=None):
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
    if ctx:
        f["_ctx"] = ctx
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


def D(text, start, end, grain, approx=None, ctx=None):
    f = {"kind": "date", "text": text, "date_start": start, "date_end": end, "grain": grain, "approx": approx}
    if ctx:
        f["_ctx"] = ctx
    return f


def N(kind, name, ctx=None):
    f = {"kind": kind, "text": name, "name": name}
    if ctx:
        f["_ctx"] = ctx
    return f


def REG(name, canonical, code, level, parents, ctx=None):
    f = {"kind": "region", "text": name, "name": name, "canonical": canonical, "code": code,
         "level": level, "parents": parents}
    if ctx:
        f["_ctx"] = ctx
    return f


# ---------------------------------------------------------------- economy (lines 10-11)
# Under 一、2024年工作回顾 (line 7 of the report, not in the cut): period 2024, section, actual.
ECONOMY = [
    # line 1: （一）综合施策，经济运行稳中有进
    G("增长5.2%", 5.2, "固定资产投资"),
    G("增长8.2%", 8.2, "社会资本投资"),
    G("21.4%", 21.4, "工业技改投资"),
    Q("2420万吨", 24200000, "吨", "新增煤矿产能"),
    Q("38.8亿方", 3880000000, "方", "年产", period=None, role=None,
      entity="延安气田增产项目", region="延安市", rcode="610600"),
    N("project", "延安气田增产项目"),
    N("project", "陕电送皖"),
    N("project", "陕北至关中第三条输电通道"),
    Q("突破5500万千瓦", 55000000, "千瓦", "绿电装机规模", approx="突破"),
    G("增长5.9%", 5.9, "原油加工量"),
    G("9.2%", 9.2, "天然气产量"),
    G("6.2%", 6.2, "发电量"),
    Q("935亿千瓦时", 93500000000, "千瓦时", "外送电量"),
    G("增长8%", 8, "能源工业"),
    G("增长18.1%", 18.1, "汽车行业增加值"),
    G("16.6%", 16.6, "有色金属行业增加值"),
    G("增长57.2%", 57.2, "太阳能电池产量"),
    G("36.7%", 36.7, "集成电路圆片产量"),
    Q("119.8万辆", 1198000, "辆", "新能源汽车产量"),
    G("增长7.8%", 7.8, "规上工业增加值"),
    M("超过5500亿元", 550000000000, "现代服务业规模", approx="超过"),
    G("7.9%", 7.9, "银行存款增速"),
    G("8%", 8, "银行贷款增速", ctx="7.9%、8%"),
    G("增长14%", 14, "接待游客"),
    G("16.5%", 16.5, "旅游总花费"),
    Q("5家", 5, "家", "新增国家级文化产业示范基地"),
    G("增长36.9%", 36.9, "新能源汽车零售额"),
    G("58%", 58, "智能手机零售额"),
    G("增长4.8%", 4.8, "社会消费品零售额"),
    # line 2: （二）创新引领，现代化产业体系加快构建
    N("org", "国家先进稀有金属材料技术创新中心"),
    N("org", "油气地球物理勘探技术创新西安分中心"),
    N("org", "民机试飞中心"),
    N("org", "旱区农业陕西实验室"),
    N("project", "秦创原"),
    Q("21个", 21, "个", "启动建设产业创新聚集区"),
    Q("1196家", 1196, "家", "新增科技成果转化企业"),
    N("project", "国能西北创新基地"),
    N("org", "国能", ctx="国能西北创新基地"),
    N("project", "长城互联西部基地"),
    Q("605个", 605, "个", "招引项目"),
    M("1594亿元", 159400000000, "招引项目总投资"),
    Q("突破200家", 200, "家", "“三项改革”试点单位", approx="突破"),
    Q("28家", 28, "家", "新建概念验证中心和中试基地"),
    Q("700项", 700, "项", "攻克关键技术"),
    Q("47项", 47, "项", "荣获国家科学技术奖成果"),
    R("全国第2", 2, "全国", "国家科学技术奖获奖总数"),
    G("增长4.1%", 4.1, "高校科研经费"),
    Q("37家", 37, "家", "新增国家级专精特新“小巨人”企业"),
    Q("8家", 8, "家", "新增制造业单项冠军企业"),
    Q("3家", 3, "家", "新增上市企业"),
    G("增长25%", 25, "科技型中小企业数量"),
    G("15%", 15, "高新技术企业数量"),
    G("增长16.8%", 16.8, "发明专利拥有量"),
    G("12.5%", 12.5, "发明专利授权量"),
    G("增长15%", 15, "技术合同成交额"),
    N("project", "钼金属新材料项目"),
    REG("西安", "西安市", "610100", "prefecture", ["陕西省"], ctx="西安入选"),
    REG("铜川", "铜川市", "610200", "prefecture", ["陕西省"]),
    REG("安康", "安康市", "610900", "prefecture", ["陕西省"]),
    N("project", "陕煤煤炭分质利用"),
    N("org", "陕煤", ctx="陕煤煤炭分质利用"),
    N("project", "国能聚乙醇酸"),
    N("org", "延长石油"),
    Q("突破2000万吨", 20000000, "吨", "油气当量", approx="突破", entity="延长石油"),
    N("project", "奕斯伟硅产业基地二期"),
    N("project", "彩虹G8.5+基板玻璃"),
    N("project", "三星闪存芯片扩产项目"),
    N("org", "三星", ctx="三星闪存芯片扩产项目"),
    N("project", "西电智慧产业园"),
    Q("2个", 2, "个", "新增国家级中小企业特色产业集群"),
    N("org", "陕汽"),
    R("全国第1", 1, "全国", "氢燃料重卡销量", entity="陕汽"),
    Q("12.2万个", 122000, "个", "5G基站总量"),
    Q("10个", 10, "个", "新增工业互联网平台"),
    Q("30个", 30, "个", "新增数字化典型应用场景"),
    Q("252万亩", 2520000, "亩", "新建高标准农田"),
    Q("43万亩", 430000, "亩", "改造提升高标准农田"),
    Q("1352.3万吨", 13523000, "吨", "粮食产量"),
    G("增长3.4%", 3.4, "苹果产量"),
    G("6.8%", 6.8, "食用菌产量"),
    G("13.7%", 13.7, "中药材产量"),
    Q("1家", 1, "家", "新增国家级育繁推一体化种业企业"),
    Q("2个", 2, "个", "新增国家级优势特色产业集群", ctx="产业集群2个"),
    P("66%", 66, "油菜品种含油量", period=None, role=None),
]

# ---------------------------------------------------------------- plan (lines 20-22)
# Targets: 主要预期目标是 (line 3) has no 今年 in its paragraph → 2025 from the heading, section, target.
T = dict(period=Y2025, psrc="section", role="target")
PLAN = [
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    D("今年", "2025-01-01", "2025-12-31", "year"),
    D("“十四五”", "2021-01-01", "2025-12-31", "period", ctx="完成“十四五”"),
    D("“十五五”", "2026-01-01", "2030-12-31", "period"),
    REG("陕西", "陕西省", "610000", "province", []),
    G("增长5%左右", 5, "生产总值", approx="左右", **T),
    G("增长3%", 3, "一般公共预算收入", **T),
    G("增长5%", 5, "城镇居民人均可支配收入", ctx="分别增长5%", **T),
    G("6%", 6, "农村居民人均可支配收入", **T),
    Q("40万人以上", 400000, "人", "城镇新增就业", approx="以上", **T),
    P("5.5%左右", 5.5, "城镇调查失业率", approx="左右", **T),
    G("2%左右", 2, "居民消费价格涨幅", approx="左右", **T),
    Q("1300万吨以上", 13000000, "吨", "粮食产量", approx="以上", **T),
]

COMMON_SRC = {
    "issuer_source": "no signature line; the report is delivered 代表省人民政府 by the governor (line 6 of the full file: 我代表省人民政府向大会报告工作), so the issuing body is 陕西省人民政府.",
    "genre_source": "政府工作报告 → report.",
}

DOCS = {
    "report_shaanxi_2025_economy.txt": {
        "lines": (10, 11),
        "facts": ECONOMY,
        "record": {
            "title": "（一）综合施策，经济运行稳中有进",
            "year_source": "the excerpt (lines 10-11 of 2025年陕西省政府工作报告) has no date line of its own, so issued is null (as the Guizhou and Guangxi project excerpts of blind5). It is the 2025 report, delivered 2025-01-16 (line 3 of the full file: 2025年1月16日在陕西省第十四届人民代表大会第三次会议上), read as a reader of the whole report would, so year 2025. The two paragraphs stand under the heading 一、2024年工作回顾 (line 7, left out of the cut), so their figures are 2024's (period_source section). The excerpt has no date and no relative date, so no fact depends on the year.",
            "title_source": "the excerpt has no title line and its section heading is left out; its own lead, the numbered sub-heading （一）综合施策，经济运行稳中有进 (up to the first 。), is used, as for report_guizhou_2025_projects.txt.",
            "region_source": "a provincial work report: 陕西省 (610000, divisions-2023.csv). The excerpt names 陕西 only inside names (旱区农业陕西实验室) and abbreviations (陕电送皖, 陕煤, 陕汽); its places 西安, 铜川 and 安康 are Shaanxi's prefectures.",
            "encoding_source": "the cut is sed output (lines 10-11) of a UTF-8 file without BOM.",
        },
    },
    "report_shaanxi_2025_plan.txt": {
        "lines": (20, 22),
        "facts": PLAN,
        "record": {
            "title": "二、2025年工作安排",
            "year_source": "the excerpt (lines 20-22 of 2025年陕西省政府工作报告) has no date line of its own, so issued is null; the report was delivered 2025-01-16 (line 3 of the full file). Its own text makes 2025 current (二、2025年工作安排; 今年是“十四五”规划收官之年), so year 2025 and 今年 = 2025.",
            "title_source": "the excerpt has no title line; its own heading 二、2025年工作安排 (line 1) is used.",
            "region_source": "陕西 (陕西新篇章), 全省 → 陕西省 610000; the targets are the province's.",
            "encoding_source": "the cut is sed output (lines 20-22) of a UTF-8 file without BOM.",
        },
    },
}


def check_and_strip(doc, text, facts):
    errors = []
    pos = 0
    seen = set()
    out = []
    for f in facts:
        ctx = f.pop("_ctx", None)
        if ctx:
            if f["text"] not in ctx:
                errors.append(f"{doc}: text {f['text']!r} not in its ctx {ctx!r}")
                continue
            c = text.find(ctx, pos)
            at = -1 if c < 0 else c + ctx.index(f["text"])
        else:
            at = text.find(f["text"], pos)
        if at < 0:
            errors.append(f"{doc}: {f['kind']} {f['text']!r} not found at or after offset {pos}")
            continue
        if "\n" in f["text"]:
            errors.append(f"{doc}: {f['text']!r} spans a line break")
        pos = at
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
        cut = Path("/tmp/b6") / doc
        if cut.exists() and cut.read_text(encoding="utf-8") != text:
            all_errors.append(f"{doc}: /tmp/b6 copy differs from the corpus lines {spec['lines']}")
        facts, errors = check_and_strip(doc, text, [dict(f) for f in spec["facts"]])
        all_errors += errors
        record = {
            "doc": doc, "title": spec["record"]["title"], "issued": None, "year": 2025,
            "issuer": "陕西省人民政府", "genre": "report", "region": PROV, "region_code": PCODE,
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
