#!/usr/bin/env python3
"""Blind gold for two excerpts of the 2026 Zhejiang work report (see NOTES_zhejiang_fiveyear.md):
the five-year review's lead sentence and its first three dash paragraphs (lines 33-36), and the
2026 work part's lead and main targets without their heading (lines 59-60).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_zhejiang_2026_{fiveyear,plan}.txt.{jsonl,doc.json} next to this script. The source
text is read from the corpus (the lines of 2026_浙江省_政府工作报告.csv that manifest.tsv names;
the CSV's last field holds the whole report, so its file lines are the report's paragraphs); when
the /tmp/b18 cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (a text that repeats is searched
after its previous match; a fact may give `occ`, which occurrence at or after that point is meant),
that no project/org/region name is listed twice per document, and that period and period_source
are null together. No report text other than the facts' own text, names and subjects is copied
here; the document titles are derived from the cut by the rule each record states.
Modelled on ../blind17/build_yunnan_fiveyear.py and ../blind16/build_sichuan_plan.py (same
constructors and checker).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_浙江省_政府工作报告.csv"
CSV = "2026_浙江省_政府工作报告.csv"
CUTS = Path("/tmp/b18")

ZJ, ZJC = "浙江省", "330000"
P145 = {"date_start": "2021-01-01", "date_end": "2025-12-31"}   # the 十四五 period, "these five years"
Y2020 = {"date_start": "2020-01-01", "date_end": "2020-12-31"}
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}
Y2026 = {"date_start": "2026-01-01", "date_end": "2026-12-31"}


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=P145,
        psrc="section", entity=None, region=ZJ, rcode=ZJC, role="actual", scope=None,
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


D2026 = lambda text: D(text, "2026-01-01", "2026-12-31", "year")
SHIP = "宁波舟山国际航运中心"

# ---------------------------------------------------------------- fiveyear (lines 33-36)
# Line 1 is the five-year part's second lead (the five-years phrase, a duration, not a date), a
# paragraph of its own that heads the dash paragraphs after it; the part lies under the review
# heading naming 2025 and the 十四五 period (line 18) and opens at line 32 (the plan period's five
# years), both outside the cut. Figures: 2021-2025, `section` (blind15 Hainan, blind17 Yunnan:
# a lead paragraph of its own heading the block), actual. From-to levels: both ends take the span
# (blind17 Yunnan), except where the text dates a level itself (the per-capita GDP sentence →
# 2020 and 2025, `sentence`); the five-year cumulative foreign investment → 2021-2025, `sentence`.
FIVEYEAR = [
    # ---- line 1: the lead sentence
    # the plan period whose main targets were reached (blind16 Sichuan: the plan named in the
    # "targets reached" clause is a date); 中美 and 中国 (modernisation phrase) are no regions
    D("“十四五”", "2021-01-01", "2025-12-31", "period"),
    # ---- line 2: economy
    # the three trillion marks crossed, each named by its amount (blind3 `跨上5万亿元台阶` → money;
    # money by context without 元, seed `产值 8.5 亿`), and their count (blind15 `3个`, blind16 `两个`)
    M("7万亿", 7_000_000_000_000, "生产总值"),
    M("8万亿", 8_000_000_000_000, "生产总值"),
    M("9万亿", 9_000_000_000_000, "生产总值"),
    Q("三个", 3, "个", "生产总值连续跨越大台阶"),
    G("年均增长5.9%", 5.9, "生产总值", basis="年均"),
    R("稳居全国第4位", 4, "全国", "生产总值规模"),
    # the per-capita levels dated by their own sentence
    D("2020年", "2020-01-01", "2020-12-31", "year"),
    M("10.5万元", 105_000, "人均地区生产总值", period=Y2020, psrc="sentence"),
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    M("14万元左右", 140_000, "人均地区生产总值", approx="左右", period=Y2025, psrc="sentence"),
    M("7248亿元", 724_800_000_000, "一般公共预算收入"),
    M("8865亿元", 886_500_000_000, "一般公共预算收入"),
    R("跃居全国第3位", 3, "全国", "一般公共预算收入"),
    # ---- line 3: innovation
    P("2.77%", 2.77, "研发投入强度"),
    P("3.3%左右", 3.3, "研发投入强度", approx="左右"),
    R("稳居全国第4位", 4, "全国", "区域创新能力"),
    # the national laboratories, facilities, programmes and centres that broke "zero": generic
    # categories, and the zero of the idiom is no number
    Q("15家", 15, "家", "全国重点实验室"),
    Q("38家", 38, "家", "全国重点实验室"),
    # a UN body named with its kind (中心); 联合国 nested in its name is not listed apart
    N("org", "联合国全球地理信息知识与创新中心"),
    REG("浙江", ZJ, ZJC, "province", []),      # first standalone use; later uses are the same name
    # the per-10,000 base is no number (blind16 Sichuan, blind3)
    Q("11件", 11, "件", "每万人高价值发明专利拥有量"),
    Q("24件", 24, "件", "每万人高价值发明专利拥有量"),
    Q("4.7万家", 47_000, "家", "规上工业企业"),
    Q("6.1万家", 61_000, "家", "规上工业企业"),
    Q("2.2万家", 22_000, "家", "高新技术企业"),
    Q("4.9万家", 49_000, "家", "高新技术企业"),
    Q("518家", 518, "家", "上市公司"),
    Q("731家", 731, "家", "上市公司"),
    Q("8个", 8, "个", "国家先进制造业集群总数"),
    R("居全国第2位", 2, "全国", "国家先进制造业集群总数"),
    # ---- line 4: reform and opening
    # the country's first such hub (a first, no ranking); the hub named by its designation is a
    # project (dev Sichuan 2025 `成都国际航空枢纽`, blind6 Fujian `三明生产服务型物流枢纽`)
    N("project", "大宗商品资源配置枢纽"),
    # the train-assembly centre approved for construction: a facility (projects: hubs, stations;
    # the train service itself is not, dev CONVENTIONS); the bracketed city kept (blind16);
    # 金华 and 义乌 nested in it are not separate
    N("project", "金华（义乌）中欧班列集结中心"),
    # 义乌 from the reform programme named after it (a programme, not annotated: blind6 Fujian
    # `厦门综合改革试点` → 厦门); the "new round" is no number
    REG("义乌", "义乌市", "330782", "county", ["浙江省", "金华市"]),
    N("project", SHIP),
    R("全球第11位", 11, "全球", "宁波舟山国际航运中心发展指数", entity=SHIP),
    R("第7位", 7, "全球", "宁波舟山国际航运中心发展指数", entity=SHIP),
    M("突破4万亿元", 4_000_000_000_000, "出口规模", approx="突破"),
    P("14%", 14, "出口占全国份额"),
    P("15.5%", 15.5, "出口占全国份额"),
    R("跃居全国第2位", 2, "全国", "出口规模"),
    # the five years of the clause fix the span of the cumulative sum
    M("846亿美元", 84_600_000_000, "累计使用外资", currency="USD", psrc="sentence"),
    # the expos, summits and forums are events (dev CONVENTIONS), places nested in them (乌镇,
    # 中国—中东欧, 中非) are no regions; the forum's edition is an ordinal; the "five lists" and
    # the two years running are a label and a duration
    N("org", "全国工商联"),
    # the ten-thousand-firms survey is named by its size (a label, no quantity); the province is
    # the document's own place (entity null, blind15 Hainan); no scope word stands with the rank
    R("稳居第一", 1, None, "万家民企评营商环境"),
]

# ---------------------------------------------------------------- plan (lines 59-60)
# The 2026 work part's lead (the opening-year sentence, the general requirement) and the main
# targets, cut without the heading (line 58). The targets' list head names 今年 in the first
# sentence; the targets are separated by `；`, which ends a sentence (FACTS), so the first (GDP)
# takes `sentence` and the rest `paragraph` (blind16 Sichuan plan, blind15 Hainan goals).
# Role target for the whole list (the list head governs it, FACTS).
TP = dict(period=Y2026, psrc="paragraph", role="target")
PLAN = [
    # ---- line 1
    # the opening-year sentence gives one date (FACTS: `今年是“十四五”规划收官之年` → 2025 only;
    # blind15 Hainan and blind16 Sichuan plans: the plan it opens is not a second date)
    D2026("2026年"),
    D2026("今年"),                              # doing this year's work (blind13 Neimenggu, blind9 Jilin)
    # the party congress, plenums and the central economic work conference are meetings; the
    # "4+1", "132", "six breakthroughs" and "ten major works" are labels
    N("org", "省委"),
    D("“十五五”", "2026-01-01", "2030-12-31", "period"),   # a good start of the plan (blind16, blind17)
    # ---- line 2: the main expected targets
    D2026("今年"),
    G("增长5%—5.5%", 5, "生产总值", value_max=5.5, period=Y2026, psrc="sentence", role="target"),
    P("5%以内", 5, "城镇调查失业率", approx="以内", **TP),
    G("2%左右", 2, "居民消费价格涨幅", approx="左右", **TP),   # a price change → growth
    # income growth in step with economic growth: no figure
]

# ---------------------------------------------------------------- titles (derived, not copied)


def lead(text):
    """The cut's own lead up to the first 。, without the 。."""
    return text.split("。", 1)[0].strip()


COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the governor (line 15 of the CSV file) reports on behalf of the provincial people's government (line 17: 我代表省人民政府), so the issuing body is 浙江省人民政府 (blind5 Zhejiang 2025).",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = ("the report was delivered 2026-01-14 by the governor at the fourth session of the 14th "
             "people's congress of 浙江省 (line 12 of the CSV file, the report text's date line; the "
             "newspaper copy's time line 2026-01-22 (line 14) and the CSV record's publish_date "
             "2026-01-22 date the web copy, not the excerpt)")
ENC = "the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands before line 1 only, so the cut is UTF-8 without BOM."

DOCS = {
    "report_zhejiang_2026_fiveyear.txt": {
        "lines": (33, 36),
        "facts": FIVEYEAR,
        "record": {
            "year_source": f"the excerpt (lines 33-36 of {CSV}) has no date line, so issued is null; {DATE_LINE}. It is the five-year lead sentence and the first three dash paragraphs of the five-year part (opened at line 32) of the review headed by 2025 and the 十四五 period (line 18), both outside the cut. year 2026 (the report's year, as a reader of the whole report reads an excerpt); its figures are the 2021-2025 period's (period_source section: the lead is a paragraph of its own heading the dash paragraphs, under the 十四五 review), except the per-capita levels its own sentence dates to 2020 and 2025.",
            "title_source": "no title line and no heading of its own (the review heading is line 18, outside the cut); the lead up to the first 。, without the 。 (blind9-17 headless excerpts).",
            "region_source": "the provincial work report (the region fact 浙江; 全省 is the province's own) → 浙江省 330000.",
        },
    },
    "report_zhejiang_2026_plan.txt": {
        "lines": (59, 60),
        "facts": PLAN,
        "record": {
            "year_source": f"the excerpt (lines 59-60 of {CSV}) has no date line and no heading (the heading of the 2026 key work is line 58, outside the cut), so issued is null; {DATE_LINE}. Its opening-year sentence names 2026 and its 今年 is 2026's, so year 2026; the targets take 2026 from the list head's 今年 (period_source sentence for the first target, paragraph after the first ；).",
            "title_source": "no title line and no heading in the cut; the lead up to the first 。, without the 。 (blind6 Fujian plan, blind9-17 headless excerpts).",
            "region_source": "the provincial work report (全省 is the province's own; the excerpt names no place) → 浙江省 330000.",
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
        first, last = spec["lines"]
        record = {
            "doc": doc, "title": lead(text), "issued": None, "year": 2026,
            "issuer": "浙江省人民政府", "genre": "report", "region": ZJ, "region_code": ZJC,
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
