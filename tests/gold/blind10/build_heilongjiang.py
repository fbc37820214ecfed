#!/usr/bin/env python3
"""Blind gold for three excerpts of the 2025 Heilongjiang work report (see NOTES_heilongjiang.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_heilongjiang_2025_{review,plan,invest}.txt.{jsonl,doc.json} next to this script.
The source text is read from the corpus (lines 7-11, 23-25 and 38-39 of
2025年黑龙江省政府工作报告.txt, as manifest.tsv says); when the /tmp/b10 cuts exist they are
compared with it.
Checks that every `text` occurs in its source in the order listed (a text that repeats is searched
after its previous match; a fact may give `occ`, which occurrence at or after that point is meant,
so no report text other than the facts' own text is copied here), that no project/org/region name
is listed twice per document, and that period and period_source are null together.
Modelled on ../blind9/build_gansu.py (checker as in ../blind9/build_jilin.py).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/alexzhu0__Jina_Embeddings_v4_RAG/txt/2025年黑龙江省政府工作报告.txt"

HLJ, HLJC = "黑龙江省", "230000"
HRB, HRBC = "哈尔滨市", "230100"
Y2024 = {"date_start": "2024-01-01", "date_end": "2024-12-31"}
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}
Y14_5 = ("2021-01-01", "2025-12-31", "period")
Y15_5 = ("2026-01-01", "2030-12-31", "period")


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2024,
        psrc="section", entity=None, region=HLJ, rcode=HLJC, role="actual", scope=None, occ=None):
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


# ---------------------------------------------------------------- review (lines 7-11)
# The review heading is in the cut. Line 2 opens with 过去一年 (= 2024) and its figures stand in
# the paragraph's last sentence: 2024, paragraph (blind3 Anhui, blind9 Gansu). Lines 3 and 5 have
# no date of their own: 2024 from the heading, section (the 过去一年 of line 2 does not reach
# later paragraphs: blind8 Shanxi). Role actual throughout (no 预计 or other cue).
# Sizes of a product or works (3000吨级, 万卡) have period and role null (blind3/5/6 sizes).
PA = dict(psrc="paragraph")
SIZE = dict(period=None, role=None)
REVIEW = [
    # line 1: the heading
    D("2024年", "2024-01-01", "2024-12-31", "year"),
    # line 2: the lead; the province's nickname in its slogans is not a region (see notes)
    D("过去一年", "2024-01-01", "2024-12-31", "year"),
    N("org", "省委"),
    G("增长3.2%", 3.2, "地区生产总值", **PA),
    G("增长4%", 4, "一般公共预算收入", **PA),
    G("增长5.3%", 5.3, "全体居民人均可支配收入", **PA),
    # line 3: the year's big things (the fair is an event; its two-country compound is no region)
    N("org", "中国一重"),
    Q("突破1600亿斤", 160000000000, "斤", "粮食总产量", approx="突破"),
    # the run of 15 years is a duration; the rank is the stock of 2024
    R("居全国首位", 1, "全国", "粮食总产量"),
    Q("221家", 221, "家", "农产品精深加工新入规企业"),
    G("增长9%", 9, "农产品精深加工规上企业利润"),
    R("跃升全国首位", 1, "全国", "玉米深加工能力"),
    # the reactor's weight class: a size (blind5 Guangxi 3000吨级, blind6 Fujian 26兆瓦级)
    Q("3000吨", 3000, "吨", "超级浆态床锻焊加氢反应器", **SIZE),
    # first use: the place of the aviation cluster (a designation, not annotated; blind8 Shanxi 定襄);
    # the four-city abbreviation compound of the second cluster is no region
    REG("哈尔滨", HRB, HRBC, "prefecture", [HLJ]),
    N("project", "中国移动哈尔滨万卡智算中心"),
    N("org", "中国移动"),
    # the centre's size in accelerator cards, from its name (open, see notes)
    Q("万卡", 10000, "卡", "智算中心", entity="中国移动哈尔滨万卡智算中心", region=HRB, rcode=HRBC,
      **SIZE),
    N("project", "冰雪大世界"),
    REG("黑龙江", HLJ, HLJC, "province", []),
    # line 4: 一年来 is not a date (blind3, blind8 Shanxi); 省委 listed above
    N("org", "党中央"),
    # line 5: 一是 agriculture (the ten-million-tonne plan, the labels and brands are not numbers)
    G("提高2.7%", 2.7, "粮食作物平均单产"),
    Q("1040万亩", 10400000, "亩", "建设增发国债高标准农田"),
    Q("近1.2亿亩", 120000000, "亩", "累计建成高标准农田", approx="近"),
    R("居全国首位", 1, "全国", "累计建成高标准农田"),
    # the front-rank phrase after it is a group rank
    P("70.8%", 70.8, "农业科技进步贡献率"),
    Q("突破1亿亩", 100000000, "亩", "绿色有机食品基地面积", approx="突破"),
    R("居全国首位", 1, "全国", "绿色有机食品基地面积"),
    Q("4800万亩", 48000000, "亩", "农产品质量安全可追溯面积"),
    R("居全国首位", 1, "全国", "婴幼儿配方奶粉产量"),
    Q("102个", 102, "个", "龙江民居试点村"),
    Q("556座", 556, "座", "改造危桥"),
    Q("6060公里", 6060, "公里", "开工建设农村公路"),
]

# ---------------------------------------------------------------- plan (lines 23-25)
# The heading of the 2025 general requirements, its lead paragraph and the main targets. The
# targets' sentence opens with 今年 (…主要预期目标是：): 2025, sentence, target.
TS = dict(period=Y2025, psrc="sentence", role="target")
PLAN = [
    # line 1: heading
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    # line 2: the closing-year clause gives only its 今年 (FACTS); the 十五五 of the planning clause
    # counts (blind6 Fujian, blind9 Jilin, blind7 Beijing)
    D("今年", "2025-01-01", "2025-12-31", "year"),
    D("“十五五”", *Y15_5),
    # the congress, plenums and the central economic work conference are meetings: no org
    REG("黑龙江", HLJ, HLJC, "province", []),
    D("“十四五”", *Y14_5),                        # completing the plan's goals
    D("“十五五”", *Y15_5),                        # a good start
    # line 3: the main targets
    D("今年", "2025-01-01", "2025-12-31", "year"),
    G("增长5%左右", 5, "地区生产总值", approx="左右", **TS),
    Q("1600亿斤以上", 160000000000, "斤", "粮食产量", approx="以上", **TS),
    Q("30万人以上", 300000, "人", "城镇新增就业", approx="以上", **TS),
    P("5.8%左右", 5.8, "城镇调查失业率", approx="左右", **TS),
    G("2%左右", 2, "居民消费价格涨幅", approx="左右", **TS),
    # the income target has no figure
    G("降低3.5%左右", -3.5, "单位地区生产总值能耗", approx="左右", **TS),
]

# ---------------------------------------------------------------- invest (lines 38-39)
# Two paragraphs of part (二) of 三、2025年重点工作任务 (line 32; part heading line 37), both outside
# the cut: figures are 2025 with period_source section and role target (blind9 Jilin invest).
T25 = dict(period=Y2025, psrc="section", role="target")
INVEST = [
    # line 1: government investment (labels, funds and the signal campaign are not names)
    N("project", "富裕至加格达奇铁路扩能改造"),
    N("project", "粮食产能提升灌溉工程"),
    N("project", "虎林—长春天然气管道"),
    # line 2: industrial projects (the three-batches and hundred-projects labels are no numbers)
    Q("1000个", 1000, "个", "实施重点产业项目", **T25),
    P("60%以上", 60, "战略性新兴产业项目占比", approx="以上", **T25),
    N("project", "明阳电氢醇一体化"),
    N("project", "联合飞机大型无人直升机"),
    N("project", "益海嘉里谷氨酸钠"),
    N("org", "益海嘉里"),                          # owner nested in its project (open, see notes)
]

COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the governor reports on behalf of the provincial people's government (line 6 of the full file), so the issuing body is 黑龙江省人民政府.",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = "the report was delivered 2025-01-13 at the third session of the 14th Heilongjiang provincial people's congress (line 3 of the full file)"

DOCS = {
    "report_heilongjiang_2025_review.txt": {
        "lines": (7, 11),
        "facts": REVIEW,
        "record": {
            "title": "一、2024年工作回顾",
            "year_source": f"the excerpt (lines 7-11 of 2025年黑龙江省政府工作报告) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading reviews 2024 and its lead calls it 过去一年, so year 2025 and 过去一年 = 2024.",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "a provincial work report of 黑龙江 (the region fact 黑龙江) → 黑龙江省 230000.",
            "encoding_source": "the cut is sed output (lines 7-11) of a UTF-8 file without BOM.",
        },
    },
    "report_heilongjiang_2025_plan.txt": {
        "lines": (23, 25),
        "facts": PLAN,
        "record": {
            "title": "二、2025年工作总体要求",
            "year_source": f"the excerpt (lines 23-25 of 2025年黑龙江省政府工作报告) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading is 2025's and its 今年 is the last year of the 十四五 plan, so year 2025 and 今年 = 2025.",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "the region fact 黑龙江 → 黑龙江省 230000; the targets are the province's.",
            "encoding_source": "the cut is sed output (lines 23-25) of a UTF-8 file without BOM.",
        },
    },
    "report_heilongjiang_2025_invest.txt": {
        "lines": (38, 39),
        "facts": INVEST,
        "record": {
            "title": "更好发挥政府投资带动作用",
            "year_source": f"the excerpt (lines 38-39 of 2025年黑龙江省政府工作报告) has no date line and no date; it is two paragraphs of part (二) of 三、2025年重点工作任务 (heading line 32, part heading line 37), both outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2025, its figures are 2025's targets (period_source section). issued null.",
            "title_source": "no title line and no section heading; the excerpt's own lead, up to the first 。 (without it), is used, as blind9 Jilin/Gansu invest and blind8 Shanxi/Chongqing industry.",
            "region_source": "a provincial work report: 黑龙江省 230000. Every place the excerpt names stands inside a project name, so it has no region fact.",
            "encoding_source": "the cut is sed output (lines 38-39) of a UTF-8 file without BOM.",
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
            "issuer": "黑龙江省人民政府", "genre": "report", "region": HLJ, "region_code": HLJC,
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
