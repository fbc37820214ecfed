#!/usr/bin/env python3
"""Blind gold for five excerpts of the 2025 Xizang (Tibet) work report (see NOTES_xizang.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_xizang_2025_{review,projects,targets,works,industry}.txt.{jsonl,doc.json} next to
this script. The source text is read from the corpus (lines 8-10, 12, 26, 37 and 40 of
2025年西藏政府工作报告.txt, as manifest.tsv says); when the /tmp/b14 cuts exist they are compared
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
REPORT = "reports/alexzhu0__Jina_Embeddings_v4_RAG/txt/2025年西藏政府工作报告.txt"
CUTS = Path("/tmp/b14")

XZ, XZC = "西藏自治区", "540000"
Y2024 = {"date_start": "2024-01-01", "date_end": "2024-12-31"}
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}
Y14_5 = ("2021-01-01", "2025-12-31", "period")


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2024,
        psrc="section", entity=None, region=XZ, rcode=XZC, role="actual", scope=None, occ=None):
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


# ---------------------------------------------------------------- review (lines 8-10)
# The review heading (without an ordinal) is in the cut. The lead paragraph (line 2) opens with
# the year but holds no figure; the headline figures stand in a paragraph of their own (line 3)
# with no date: 2024 from the heading in the cut, `section` (blind11 Xinjiang review line 3: the
# lead's date does not reach a later paragraph). Role actual; basis null (no comparison word).
REVIEW = [
    # line 1: the heading
    D("2024年", "2024-01-01", "2024-12-31", "year"),
    # line 2: the lead (the anniversary of the new China is no number, no date and no region)
    D("2024年", "2024-01-01", "2024-12-31", "year"),
    D("“十四五”", *Y14_5),                        # 2024 named as a key year of the plan
    REG("西藏", XZ, XZC, "province", []),          # the general secretary's instructions on its work
    N("org", "党中央"),
    N("org", "国务院"),
    N("org", "自治区党委"),
    # line 3: the headline figures
    G("增长6.3%", 6.3, "地区生产总值"),
    G("增长19.6%", 19.6, "全社会固定资产投资"),
    G("增长7.2%", 7.2, "社会消费品零售总额"),
    G("增长18.3%", 18.3, "规上工业增加值"),
    G("增长15.4%", 15.4, "货物贸易进出口总额"),
    G("增长17.1%", 17.1, "一般公共预算收入"),
    # 分别 pair, paired in order; the first member keeps its verb
    G("增长6.8%", 6.8, "城镇居民人均可支配收入"),
    G("8.3%", 8.3, "农村居民人均可支配收入"),
    # 分别 pair; the trailing 以内 read as covering both members (blind4 Jiangxi)
    P("5%", 5, "城镇调查失业率", approx="以内"),
    G("3%以内", 3, "居民消费价格涨幅", approx="以内"),
    # the national front rank of the growth rates is a group, no ranking
]

# ---------------------------------------------------------------- projects (line 12)
# The second item of the 2024 review, headless (heading line 8 outside the cut), no date of its
# own: 2024, `section`, actual (blind11 Xinjiang projects, blind13 Qinghai economy).
PROJECTS = [
    M("1700亿元以上", 170000000000, "重点项目投资", approx="以上"),
    Q("21个", 21, "个", "包保重大项目"),
    N("project", "拉日高速"),                     # blind8 news 20231102
    N("project", "G318川藏段"),                   # a road section (blind13 `G0616海乌段`); the quoted corridor is a label
    Q("6.5万台(套)", 65000, "台(套)", "设备更新"),  # unit as written (blind4 Jiangxi, blind5 Zhejiang)
    M("19.5亿元", 1950000000, "消费品以旧换新销售额"),
    Q("7个", 7, "个", "建成跨区域冷链物流集散中心"),
    P("100%", 100, "农村邮路汽车化率"),
    # the sports and food events are events, not projects
    Q("4家", 4, "家", "新增国家级文化产业示范基地"),
    Q("2个", 2, "个", "新增国家级夜间文旅消费集聚区"),  # the shared new-added verb carried
    # the consumption campaign is no project; the region's name inside its quoted title is no region
    M("38.4亿元", 3840000000, "拉动消费"),
]

# ---------------------------------------------------------------- targets (line 26)
# The main expected targets, cut without the 2025 heading (line 23) and with no date of their own:
# 2025, `section` (blind13 Qinghai targets), role target (the list head governs the list; the
# stretch figures after 力争 are targets too).
TS = dict(period=Y2025, psrc="section", role="target")
TARGETS = [
    G("增长7%以上", 7, "地区生产总值", approx="以上", **TS),
    G("达到8%", 8, "地区生产总值", **TS),
    G("增长15%以上", 15, "全社会固定资产投资", approx="以上", **TS),
    G("达到20%", 20, "全社会固定资产投资", **TS),
    G("增长8%以上", 8, "社会消费品零售总额", approx="以上", **TS),
    G("达到10%", 10, "社会消费品零售总额", **TS),
    G("增长16%", 16, "规上工业增加值", **TS),
    G("增长8%", 8, "城镇居民人均可支配收入", **TS),
    G("10%", 10, "农村居民人均可支配收入", **TS),
    P("5%", 5, "城镇调查失业率", approx="以内", **TS),
    G("3%以内", 3, "居民消费价格涨幅", approx="以内", **TS),
]

# ---------------------------------------------------------------- works (line 37)
# A paragraph of part (三) of 2025年工作安排 (heading line 23, part heading line 36), both outside
# the cut: 2025, `section`, target (blind13 Qinghai invest). The campaign year in quotes is a
# label; the region's 60th anniversary is no number and no date.
TG = dict(period=Y2025, psrc="section", role="target")
WORKS = [
    M("2000亿元以上", 200000000000, "投资", approx="以上", **TG),
    # national highways named by their route codes, bare members before the generic head
    N("project", "G318"),
    N("project", "G219"),
    N("project", "G109"),
    N("project", "波密至然乌段铁路"),
    N("project", "青藏铁路格拉段电气化改造"),
    N("project", "帕孜"),                         # bare member before the head for water projects
    N("project", "金上至湖北特高压直流输电工程"),
    # members of the list closed by its project head; owners nested in them listed (blind7 Beijing)
    N("project", "自治区藏医院改造提升工程"),
    N("org", "自治区藏医院"),
    N("project", "华西二院西藏医院国家区域医疗中心"),
    N("org", "华西二院西藏医院"),
    N("project", "西藏大学教育城校区"),
    N("org", "西藏大学"),
    N("project", "旁多引水工程"),
]

# ---------------------------------------------------------------- industry (line 40)
# A paragraph of part (四) of 2025年工作安排 (heading line 23, part heading line 39), both outside
# the cut: 2025, `section`, target.
INDUSTRY = [
    # the hydropower of the two upper river reaches and of the south-east: areas, not works
    REG("拉萨高新区", "拉萨高新技术产业开发区", "54202001", "zone", [XZ, "拉萨市"]),
    N("project", "“布达拉宫—大昭寺—罗布林卡”世界级旅游景区"),
    G("增长10%以上", 10, "农畜产品加工业总产值", approx="以上", **TG),
    # the South Asia freight train is a train service, not a project (dev CONVENTIONS)
]

COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the acting chairman reports on behalf of the autonomous region's people's government (lines 4 and 6 of the full file), so the issuing body is 西藏自治区人民政府.",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = "the report was delivered 2025-01-19 at the third session of the 12th people's congress of 西藏自治区 (line 3 of the full file)"

DOCS = {
    "report_xizang_2025_review.txt": {
        "lines": (8, 10),
        "facts": REVIEW,
        "record": {
            "title": "2024年工作回顾",
            "year_source": f"the excerpt (lines 8-10 of 2025年西藏政府工作报告) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading reviews 2024, so year 2025 (the report's year; blind4-13 excerpts).",
            "title_source": "the excerpt has no title line; its own heading (line 1, without an ordinal) is used.",
            "region_source": "the autonomous region's work report (the region fact 西藏) → 西藏自治区 540000; 全区 is the region's own.",
            "encoding_source": "the cut is sed output (lines 8-10) of a UTF-8 file without BOM.",
        },
    },
    "report_xizang_2025_projects.txt": {
        "lines": (12, 12),
        "facts": PROJECTS,
        "record": {
            "title": "二是发展动能不断增强",
            "year_source": f"the excerpt (line 12 of 2025年西藏政府工作报告) has no date line and no year of its own; it is the second item of the 2024 review (heading line 8), outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2025, its figures are 2024's (period_source section). issued null.",
            "title_source": "no title line and no section heading; the excerpt's own lead up to the first 。, without the 。, the enumerator kept (blind12 Ningxia farming).",
            "region_source": "the autonomous region's work report: 西藏自治区 540000 (the excerpt names no place standing alone).",
            "encoding_source": "the cut is sed output (line 12) of a UTF-8 file without BOM.",
        },
    },
    "report_xizang_2025_targets.txt": {
        "lines": (26, 26),
        "facts": TARGETS,
        "record": {
            "title": "经济社会发展主要预期目标是",
            "year_source": f"the excerpt (line 26 of 2025年西藏政府工作报告) has no date line and no year of its own; it stands under 2025年工作安排 (heading line 23), outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2025, its figures are 2025 targets (period_source section). issued null.",
            "title_source": "no title line and no section heading; the paragraph is one sentence up to its only 。, so its lead clause up to the colon is used (blind13 Qinghai targets).",
            "region_source": "the autonomous region's work report: 西藏自治区 540000 (the excerpt names no place).",
            "encoding_source": "the cut is sed output (line 26) of a UTF-8 file without BOM.",
        },
    },
    "report_xizang_2025_works.txt": {
        "lines": (37, 37),
        "facts": WORKS,
        "record": {
            "title": "加快重大项目建设",
            "year_source": f"the excerpt (line 37 of 2025年西藏政府工作报告) has no date line and no date; it is a paragraph of part (三) of 2025年工作安排 (heading line 23, part heading line 36), both outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2025, its figures are 2025 targets (period_source section). issued null.",
            "title_source": "no title line and no section heading; the excerpt's own lead up to the first 。, without the 。 (blind9-13 headless excerpts).",
            "region_source": "the autonomous region's work report: 西藏自治区 540000 (the region's name stands only inside works' and orgs' names).",
            "encoding_source": "the cut is sed output (line 37) of a UTF-8 file without BOM.",
        },
    },
    "report_xizang_2025_industry.txt": {
        "lines": (40, 40),
        "facts": INDUSTRY,
        "record": {
            "title": "大力发展特色优势产业",
            "year_source": f"the excerpt (line 40 of 2025年西藏政府工作报告) has no date line and no date; it is a paragraph of part (四) of 2025年工作安排 (heading line 23, part heading line 39), both outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2025, its figures are 2025 targets (period_source section). issued null.",
            "title_source": "no title line and no section heading; the excerpt's own lead up to the first 。, without the 。 (blind9-13 headless excerpts).",
            "region_source": "the autonomous region's work report: 西藏自治区 540000 (拉萨高新区 is a zone in it).",
            "encoding_source": "the cut is sed output (line 40) of a UTF-8 file without BOM.",
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
            "issuer": "西藏自治区人民政府", "genre": "report", "region": XZ, "region_code": XZC,
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
