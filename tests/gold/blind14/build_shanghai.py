#!/usr/bin/env python3
"""Blind gold for five excerpts of the 2025 Shanghai work report (see NOTES_shanghai.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_shanghai_2025_{review,shipping,plan,targets,invest}.txt.{jsonl,doc.json} next to
this script. The source text is read from the corpus (lines 6-8, 15, 44-45, 47 and 51 of
2025年上海市政府工作报告.txt, as manifest.tsv says); when the /tmp/b14 cuts exist they are compared
with it.
Checks that every `text` occurs in its source in the order listed (a text that repeats is searched
after its previous match; a fact may give `occ`, which occurrence at or after that point is meant,
so no report text other than the facts' own text is copied here), that no project/org/region name
is listed twice per document, and that period and period_source are null together.
Modelled on ../blind13/build_qinghai.py (same constructors and checker).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/alexzhu0__Jina_Embeddings_v4_RAG/txt/2025年上海市政府工作报告.txt"
CUTS = Path("/tmp/b14")

SH, SHC = "上海市", "310000"
Y2024 = {"date_start": "2024-01-01", "date_end": "2024-12-31"}
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2024,
        psrc="section", entity=None, region=SH, rcode=SHC, role="actual", scope=None,
        currency="CNY", occ=None):
    f = {"kind": kind, "text": text, "value": value, "approx": approx, "value_max": None}
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


SHANGHAI = lambda occ=None: REG("上海", SH, SHC, "province", [], occ=occ)

# ---------------------------------------------------------------- review (lines 6-8)
# Heading in the cut. The lead (line 2) opens with the year-just-past phrase but has no figure.
# The headline figures stand in a paragraph of their own (line 3) that opens with the vague
# over-the-year phrase (not a date: dev Shandong/Sichuan, blind3, blind6): 2024 from the heading
# in the cut, `section` (blind11 Tianjin line 3, same layout). Role actual throughout.
REVIEW = [
    # line 1: the heading
    D("2024年", "2024-01-01", "2024-12-31", "year"),
    # line 2: the lead
    D("过去一年", "2024-01-01", "2024-12-31", "year"),
    SHANGHAI(),                                  # first standalone use (the general secretary's inspection)
    N("org", "党中央"),
    N("org", "国务院"),
    N("org", "中共上海市委"),
    REG("中华人民共和国", "中国", None, "country", []),
    # line 3: the headline figures (2024, section, actual)
    G("增长5%", 5, "生产总值"),
    M("5万亿元以上", 5_000_000_000_000, "城市经济规模", approx="以上"),
    M("8374.2亿元", 837_420_000_000, "地方一般公共预算收入"),
    G("增长0.7%", 0.7, "地方一般公共预算收入"),
    # consumer prices level with the year before: no figure, no fact
    P("4.2%", 4.2, "城镇调查失业率"),
    P("4.4%左右", 4.4, "全社会研发经费支出相当于全市生产总值的比例", approx="左右"),
    Q("57.9件", 57.9, "件", "每万人口高价值发明专利拥有量"),
    M("1.8万亿元", 1_800_000_000_000, "三大先导产业规模"),
    M("4.27万亿元", 4_270_000_000_000, "外贸进出口总额"),
    M("175亿美元左右", 17_500_000_000, "实际使用外资", approx="左右", currency="USD"),
    M("约合1243亿元", 124_300_000_000, "实际使用外资", approx="约"),
    Q("60家", 60, "家", "新认定跨国公司地区总部"),
    Q("30家", 30, "家", "新认定外资研发中心"),
    Q("1016家", 1016, "家", "累计跨国公司地区总部"),
    Q("591家", 591, "家", "累计外资研发中心"),
    M("3650万亿元", 3_650_000_000_000_000, "金融市场交易总额"),
    G("增长8.2%", 8.2, "金融市场交易总额"),
    M("8.8万元", 88_000, "居民人均可支配收入"),
    G("增长4.2%", 4.2, "居民人均可支配收入"),
    P("88.5%", 88.5, "环境空气质量优良率"),
    G("提高0.8个百分点", 0.8, "环境空气质量优良率", unit="pp"),
    Q("141座", 141, "座", "新增公园"),
    Q("973座", 973, "座", "累计公园"),
    # the end of the 14th plan: its last day, like `5月末` (day, approx 末)
    D("“十四五”末", "2025-12-31", "2025-12-31", "day", approx="末"),
    # the thousand-park city is a goal label (seed `万亿工业强市`), no number
]

# ---------------------------------------------------------------- shipping (line 15)
# A paragraph of part (一) of 一、2024年工作回顾 (heading line 6, part heading line 10), outside the
# cut, with no date of its own: 2024, `section`, actual (blind13 Qinghai economy, blind11 Xinjiang
# projects). The port and airport figures take their entity from the same sentence.
PORT = dict(entity="上海港")
AIRPORT = dict(entity="上海机场")
SHIPPING = [
    # the country's first arbitration, the first methanol bunkering: firsts, not ranks;
    # the one-character name of the city (在沪) is not a region (blind11 Tianjin 津)
    N("project", "航运贸易数字化平台"),
    N("project", "小洋山北作业区"),
    N("project", "东方枢纽上海东站"),
    N("project", "浦东国际机场四期"),
    N("project", "罗泾港区改造一期"),
    N("project", "上海港"),
    Q("5150.6万标准箱", 51_506_000, "标准箱", "集装箱吞吐量", **PORT),
    # fifteen years running is a duration; the rank is first in the world
    R("排名世界第一", 1, "世界", "集装箱吞吐量", **PORT),
    # the world's first port above the mark: a first, not a rank; the mark is a threshold quantity
    Q("超过5000万标准箱", 50_000_000, "标准箱", "年吞吐量", approx="超过", **PORT),
    N("project", "上海机场"),
    Q("420.6万吨", 4_206_000, "吨", "航空货邮吞吐量", **AIRPORT),
    Q("1.25亿人次", 125_000_000, "人次", "旅客吞吐量", **AIRPORT),
    R("升至世界第二", 2, "世界", "航空货邮吞吐量", **AIRPORT),
    R("世界第三", 3, "世界", "旅客吞吐量", **AIRPORT),
]

# ---------------------------------------------------------------- plan (lines 44-45)
# The heading of the 2025 tasks and its opening paragraph: no figure.
PLAN = [
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    # the closing-year sentence: only its 今年 (FACTS)
    D("今年", "2025-01-01", "2025-12-31", "year"),
    # the "now" word and the century's changes are not dates
    SHANGHAI(),                                  # Shanghai as the country's front line
]

# ---------------------------------------------------------------- targets (line 47)
# The main expected targets, cut without the 2025 heading (line 44). The paragraph is one sentence
# (up to its only 。) whose lead names this year: 2025, `sentence` (blind7 Beijing plan: the
# targets' own sentence holds 今年), role target (the list head governs the list).
TS = dict(period=Y2025, psrc="sentence", role="target")
TARGETS = [
    D("今年", "2025-01-01", "2025-12-31", "year"),
    G("增长5%左右", 5, "生产总值", approx="左右", **TS),
    G("增长2%", 2, "地方一般公共预算收入", **TS),
    P("4.5%左右", 4.5, "全社会研发经费支出相当于全市生产总值的比例", approx="左右", **TS),
    P("5%以内", 5, "城镇调查失业率", approx="以内", **TS),
    # income in step with the economy: no figure
    G("2%左右", 2, "居民消费价格涨幅", approx="左右", **TS),
    # the energy and emission targets and the pollutant target: no figure
]

# ---------------------------------------------------------------- invest (line 51)
# A paragraph of part (一) of 二、2025年主要任务 (heading line 44, part heading line 49), outside
# the cut: 2025, `section`, target (blind13 Qinghai invest, blind9 Jilin, blind10 Heilongjiang).
# The whole-year word is not a date.
TG = dict(period=Y2025, psrc="section", role="target")
INVEST = [
    # the "two priorities" label, its projects (generic), the special bonds (funds)
    M("2400亿元", 240_000_000_000, "重大工程投资", **TG),
    # rail transit lines to speed up, kept as written (members sharing the head 轨道交通线)
    N("project", "崇明线"),
    N("project", "嘉闵线"),
    N("project", "12号线西延伸"),
    N("project", "15号线南延伸"),
    N("project", "20号线"),
    N("project", "21号线"),
    N("project", "23号线"),
    # lines to complete
    N("project", "2号线西延伸"),
    N("project", "18号线二期"),
    # other infrastructure
    N("project", "沪通铁路二期上海段"),
    N("project", "沪渝蓉高铁上海段"),
    N("project", "油墩港航道"),
    # major industrial projects (generic); technical-renovation investment has no figure
    Q("10平方公里", 10, "平方公里", "低效建设用地减量", **TG),
]

COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the mayor reports on behalf of the municipal people's government (lines 2 and 5 of the full file), so the issuing body is 上海市人民政府.",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = "the report was delivered 2025-01-15 by the mayor at the third session of the 16th people's congress of 上海市 (line 2 of the full file)"

DOCS = {
    "report_shanghai_2025_review.txt": {
        "lines": (6, 8),
        "facts": REVIEW,
        "record": {
            "title": "一、2024年工作回顾",
            "year_source": f"the excerpt (lines 6-8 of 2025年上海市政府工作报告) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading reviews 2024 and its lead calls 2024 the year just past, so year 2025.",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "the municipal work report (the region fact 上海) → 上海市 310000, level province (a municipality, blind11 Tianjin); 全市 is the city's own.",
            "encoding_source": "the cut is sed output (lines 6-8) of a UTF-8 file without BOM.",
        },
    },
    "report_shanghai_2025_shipping.txt": {
        "lines": (15, 15),
        "facts": SHIPPING,
        "record": {
            "title": "加快国际航运中心建设，航运枢纽功能持续增强",
            "year_source": f"the excerpt (line 15 of 2025年上海市政府工作报告) has no date line and no year of its own; it is a paragraph of part (一) of 一、2024年工作回顾 (heading line 6, part heading line 10), outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2025, its figures are 2024's (period_source section). issued null.",
            "title_source": "no title line and no section heading; the excerpt's own lead up to the first 。, without the 。 (blind9-13 headless excerpts).",
            "region_source": "the municipal work report: 上海市 310000 (the city's port and airports; the one-character name of the city stands for it).",
            "encoding_source": "the cut is sed output (line 15) of a UTF-8 file without BOM.",
        },
    },
    "report_shanghai_2025_plan.txt": {
        "lines": (44, 45),
        "facts": PLAN,
        "record": {
            "title": "二、2025年主要任务",
            "year_source": f"the excerpt (lines 44-45 of 2025年上海市政府工作报告) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading and 今年 are 2025's, so year 2025.",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "the municipal work report (the region fact 上海) → 上海市 310000.",
            "encoding_source": "the cut is sed output (lines 44-45) of a UTF-8 file without BOM.",
        },
    },
    "report_shanghai_2025_targets.txt": {
        "lines": (47, 47),
        "facts": TARGETS,
        "record": {
            "title": "综合各方面因素，建议今年全市经济社会发展的主要预期目标是",
            "year_source": f"the excerpt (line 47 of 2025年上海市政府工作报告) has no date line; its own 今年 and the plan heading outside the cut (二、2025年主要任务, line 44) make it 2025's; {DATE_LINE}. year 2025, issued null.",
            "title_source": "no title line and no section heading; the paragraph is one sentence up to its only 。, so its lead clause up to the colon is used (blind13 Qinghai targets, blind9 Gansu, blind11 Xinjiang).",
            "region_source": "the municipal work report: 上海市 310000 (全市 is the city's own).",
            "encoding_source": "the cut is sed output (line 47) of a UTF-8 file without BOM.",
        },
    },
    "report_shanghai_2025_invest.txt": {
        "lines": (51, 51),
        "facts": INVEST,
        "record": {
            "title": "着力提高投资效益",
            "year_source": f"the excerpt (line 51 of 2025年上海市政府工作报告) has no date line and no date; it is a paragraph of part (一) of 二、2025年主要任务 (heading line 44, part heading line 49), outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2025, its figures are 2025 targets (period_source section). issued null.",
            "title_source": "no title line and no section heading; the excerpt's own lead up to the first 。, without the 。 (blind9-13 headless excerpts).",
            "region_source": "the municipal work report: 上海市 310000 (the Shanghai sections of the railways are the city's own).",
            "encoding_source": "the cut is sed output (line 51) of a UTF-8 file without BOM.",
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
            all_errors.append(f"{doc}: {CUTS} copy differs from the corpus lines {spec['lines']}")
        facts, errors = check_and_strip(doc, text, [dict(f) for f in spec["facts"]])
        all_errors += errors
        record = {
            "doc": doc, "title": spec["record"]["title"], "issued": None, "year": 2025,
            "issuer": "上海市人民政府", "genre": "report", "region": SH, "region_code": SHC,
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
