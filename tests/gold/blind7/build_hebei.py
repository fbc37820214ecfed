#!/usr/bin/env python3
"""Blind gold for two excerpts of the 2025 Hebei work report (see NOTES_hebei.md).

Writes report_hebei_2025_economy.txt.{jsonl,doc.json} and report_hebei_2025_plan.txt.{jsonl,doc.json}
next to this script. Checks that every `text` occurs in its source, in the order listed (a fact may
give `ctx`, a longer string around the text, to pin the occurrence meant; a text that repeats
is searched after its previous match), and that no project/org/region
name is listed twice per document. The sources are cut from the corpus as manifest.tsv says
(lines 8-9 and 16-18 of 2025年河北省政府工作报告.txt). Modelled on ../blind6/build_shaanxi.py.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/alexzhu0__Jina_Embeddings_v4_RAG/txt/2025年河北省政府工作报告.txt"

PROV, PCODE = "河北省", "130000"
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


# ---------------------------------------------------------------- economy (lines 8-9)
# Under the 2024 review heading (line 6 of the report, not in the cut): period 2024, section, actual
# (the same reading as blind6 report_shaanxi_2025_economy).
ECONOMY = [
    # line 1: part (一), investment, consumption, exports
    M("1221.9亿元", 122190000000, "争取增发国债项目资金"),
    R("居全国首位", 1, "全国", "争取增发国债项目资金"),
    N("project", "乌拉哈达"),
    N("project", "娄里"),
    N("project", "青山水库"),
    R("居全国第1", 1, "全国", "抽水蓄能规划建设总规模"),
    R("第2位", 2, "全国", "风电光伏装机总量"),
    G("增长10%以上", 10, "接待游客人次、旅游总花费", approx="以上"),
    G("增长6.3%", 6.3, "出口总值"),
    G("增长77.6%", 77.6, "电动汽车、锂电池、光伏产品出口"),
    # line 2: part (二), coordinated development and Xiong'an
    Q("6条", 6, "条", "共建产业链"),
    N("project", "京津冀“机器人+”产业园"),
    Q("4个", 4, "个", "入选国家先进制造业集群的共建产业集群"),
    Q("332家", 332, "家", "引进央企二、三级子公司"),
    G("增长34.8%", 34.8, "吸纳京津技术合同成交额"),
    N("project", "邢台褡裢机场"),
    N("project", "京蔚高速"),
    N("project", "厂通路"),
    N("project", "石雄铁路"),
    REG("石家庄", "石家庄市", "130100", "prefecture", ["河北省"]),
    REG("张家口", "张家口市", "130700", "prefecture", ["河北省"]),
    Q("1053个", 1053, "个", "“跨省通办”事项", region=None, rcode=None),
    Q("5个", 5, "个", "社保卡“一卡通”场景"),
    N("project", "北京大兴国际机场综保区二期"),
    REG("雄安新区", "河北雄安新区", "13102001", "zone", ["河北省"]),
    N("org", "中国星网"),
    N("org", "中国空天信息和卫星互联网创新联盟"),
    N("org", "京津冀国家技术创新中心雄安中心"),
]

# ---------------------------------------------------------------- plan (lines 16-18)
# Targets (line 3): the sentence that opens the target list holds 今年 (sentence); the second
# sentence of the same paragraph continues the list (paragraph). Role target throughout.
TS = dict(period=Y2025, psrc="sentence", role="target")
TP = dict(period=Y2025, psrc="paragraph", role="target")
PLAN = [
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    D("今年", "2025-01-01", "2025-12-31", "year"),
    REG("河北", "河北省", "130000", "province", []),
    N("org", "省委"),
    REG("雄安新区", "河北雄安新区", "13102001", "zone", ["河北省"]),
    D("“十四五”", "2021-01-01", "2025-12-31", "period"),
    D("“十五五”", "2026-01-01", "2030-12-31", "period"),
    D("今年", "2025-01-01", "2025-12-31", "year"),
    G("增长5%以上", 5, "地区生产总值", approx="以上", **TS),
    G("增长2%左右", 2, "一般公共预算收入", approx="左右", **TS),
    G("增长5.5%左右", 5.5, "规上工业增加值", approx="左右", **TS),
    G("增长5.5%左右", 5.5, "固定资产投资", approx="左右", **TS),
    G("增长5%左右", 5, "社会消费品零售总额", approx="左右", **TS),
    G("增长5%左右", 5, "居民人均可支配收入", approx="左右", **TP),
    G("2%左右", 2, "居民消费价格指数涨幅", approx="左右", **TP),
    P("5.5%左右", 5.5, "城镇调查失业率", approx="左右", **TP),
]

COMMON_SRC = {
    "issuer_source": "no signature line; the governor delivers the report on behalf of the provincial people's government (line 5 of the full file), so the issuing body is 河北省人民政府.",
    "genre_source": "政府工作报告 → report.",
}

DOCS = {
    "report_hebei_2025_economy.txt": {
        "lines": (8, 9),
        "facts": ECONOMY,
        "record": {
            "title": "（一）经济运行总体平稳、稳中有进",
            "year_source": "the excerpt (lines 8-9 of 2025年河北省政府工作报告) has no date line of its own, so issued is null (as blind6 report_shaanxi_2025_economy.txt). It is the 2025 report, delivered 2025-01-13 (line 2 of the full file), read as a reader of the whole report would, so year 2025. The two paragraphs stand under the report's 2024 review heading (line 6, left out of the cut), so their figures are 2024's (period_source section). The excerpt has no date and no relative date (the whole-year word in the tourism sentence is not a date, seed CONVENTIONS), so no fact depends on the year.",
            "title_source": "the excerpt has no title line and its section heading is left out; its own lead, the numbered sub-heading （一） up to the first 。, is used, as for blind6 report_shaanxi_2025_economy.txt.",
            "region_source": "a provincial work report: 河北省 (130000, divisions-2023.csv). The excerpt names 河北 only inside a quoted tourism brand slogan; its places 石家庄, 张家口 and 雄安新区 are Hebei's.",
            "encoding_source": "the cut is sed output (lines 8-9) of a UTF-8 file without BOM.",
        },
    },
    "report_hebei_2025_plan.txt": {
        "lines": (16, 18),
        "facts": PLAN,
        "record": {
            "title": "二、2025年目标任务和主要工作",
            "year_source": "the excerpt (lines 16-18 of 2025年河北省政府工作报告) has no date line of its own, so issued is null; the report was delivered 2025-01-13 (line 2 of the full file). Its own text makes 2025 current (its heading names 2025 and the next paragraph opens with 今年), so year 2025 and 今年 = 2025.",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used, as for blind6 report_shaanxi_2025_plan.txt.",
            "region_source": "河北 (standing alone in line 2) → 河北省 130000; the targets are the province's.",
            "encoding_source": "the cut is sed output (lines 16-18) of a UTF-8 file without BOM.",
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
        ctx = f.pop("_ctx", None)
        if ctx:
            if f["text"] not in ctx:
                errors.append(f"{doc}: text {f['text']!r} not in its ctx {ctx!r}")
                continue
            c = text.find(ctx, pos)
            at = -1 if c < 0 else c + ctx.index(f["text"])
        else:
            # a text that repeats is searched after its previous match
            at = text.find(f["text"], max(pos, last.get(f["text"], -1) + 1))
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
        cut = Path("/tmp/b7") / doc
        if cut.exists() and cut.read_text(encoding="utf-8") != text:
            all_errors.append(f"{doc}: /tmp/b7 copy differs from the corpus lines {spec['lines']}")
        facts, errors = check_and_strip(doc, text, [dict(f) for f in spec["facts"]])
        all_errors += errors
        record = {
            "doc": doc, "title": spec["record"]["title"], "issued": None, "year": 2025,
            "issuer": "河北省人民政府", "genre": "report", "region": PROV, "region_code": PCODE,
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
