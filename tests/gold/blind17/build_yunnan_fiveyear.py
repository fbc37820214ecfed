#!/usr/bin/env python3
"""Blind gold for the five-year review's first lead and figures paragraph of the 2026 Yunnan work
report (see NOTES_yunnan_fiveyear.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_yunnan_2026_fiveyear.txt.{jsonl,doc.json} next to this script. The source text is
read from the corpus (lines 21-22 of 2026_云南省_政府工作报告.csv, as manifest.tsv says; the CSV's
last field holds the whole report, so its file lines are the report's paragraphs); when the
/tmp/b17 cut exists it is compared with it.
Checks that every `text` occurs in its source in the order listed (a text that repeats is searched
after its previous match; a fact may give `occ`, which occurrence at or after that point is meant,
so no report text other than the facts' own text is copied here), that no project/org/region name
is listed twice per document, and that period and period_source are null together.
The document title is not copied either: it is derived from the cut by the rule its record states.
Modelled on ../blind16/build_sichuan_fiveyear.py (same constructors and checker).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_云南省_政府工作报告.csv"
CUTS = Path("/tmp/b17")

YN, YNC = "云南省", "530000"
KM, KMC = "昆明市", "530100"
P145 = {"date_start": "2021-01-01", "date_end": "2025-12-31"}   # the 十四五 period, "these five years"
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=P145,
        psrc="section", entity=None, region=YN, rcode=YNC, role="actual", scope=None,
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


# ---------------------------------------------------------------- fiveyear (lines 21-22)
# Line 1 is the sub-lead of the five-year part's first block (the five-years phrase, a duration,
# not a date); line 2 is the block's figures paragraph. The part lies under the review heading
# naming the 十四五 period and 2025 (line 19, outside the cut) and its opening (line 20, the
# 十四五 five years). Figures: 2021-2025, `section` (the sub-lead is a paragraph of its own that
# heads the block, blind15 Hainan fiveyear), actual; the one figure dated by its own sentence
# takes 2025 (`sentence`).
FIVEYEAR = [
    # ---- line 1: no fact (the five-years phrase is a duration; the rest is praise)
    # ---- line 2
    M("突破3万亿元", 3_000_000_000_000, "地区生产总值", approx="突破"),
    G("年均增长4.7%", 4.7, "地区生产总值", basis="年均"),
    M("超1万美元", 10_000, "人均地区生产总值", approx="超", currency="USD"),
    N("org", "省委"),
    N("org", "省政府"),
    # a count of real events (blind16 Sichuan 三次, blind12 两次); the acting bodies are the entity
    Q("16次", 16, "次", "省委、省政府调度推进重大产业项目", entity="省委、省政府"),
    Q("超1万个", 10_000, "个", "开工项目", approx="超"),
    M("近1万亿元", 1_000_000_000_000, "重大产业项目完成投资", approx="近"),
    # start and end levels both take the span (blind8, blind9 news; blind4 提高到 levels are shares)
    P("26.7%", 26.7, "产业投资占全部投资比重"),
    P("52.1%", 52.1, "产业投资占全部投资比重"),
    P("39.8%", 39.8, "产业民间投资占民间投资比重"),
    P("65.1%", 65.1, "产业民间投资占民间投资比重"),
    # expressways named by list members sharing one head, kept as written (dev `雄商`)
    N("project", "新昆楚大"),
    N("project", "临清"),
    Q("40条", 40, "条", "相继开通高速公路"),
    R("均居全国第2位", 2, "全国", "高速公路、农村公路通车里程"),   # one rank under 均 (dev Shandong)
    N("project", "大保"),
    N("project", "丽香"),
    N("project", "弥蒙"),
    Q("989公里", 989, "公里", "新增铁路里程"),
    N("project", "昆明长水国际机场"),
    Q("近5000万人次", 50_000_000, "人次", "年度旅客吞吐量", approx="近",
      entity="昆明长水国际机场", region=KM, rcode=KMC),
    R("居全国第4位", 4, "全国", "民用运输机场运营数量"),
    N("project", "德厚"),
    N("project", "阿岗"),
    N("project", "车马碧大型水库"),
    Q("突破100亿立方米", 10_000_000_000, "立方米", "库塘蓄水量", approx="突破"),
    N("project", "乌东德"),
    N("project", "白鹤滩水电站"),
    Q("超1.7亿千瓦", 170_000_000, "千瓦", "电力总装机", approx="超"),
    # the front-rank phrase is a group rank; the national lowest is a superlative (blind5)
    Q("0.13千克", 0.13, "千克", "度电排放二氧化碳"),
    Q("超2万亿千瓦时", 2_000_000_000_000, "千瓦时", "“西电东送”累计送电量", approx="超"),
    M("突破7600亿元", 760_000_000_000, "工业增加值", approx="突破"),
    P("超83%", 83, "园区规模以上工业总产值占全省比重", approx="超"),
    G("年均增长30.4%", 30.4, "绿色铝、硅光伏、新能源电池合计产值", basis="年均"),
    R("全球第一", 1, "全球", "锡铟锗产量"),
    G("年均增长11.8%以上", 11.8, "数字经济核心产业营业收入", basis="年均", approx="以上"),
    G("年均增长10.5%", 10.5, "全社会研发投入", basis="年均"),
    G("增长7.1倍", 7.1, "技术合同成交额", unit="倍"),
    Q("7名", 7, "名", "新增“两院”院士"),
    Q("9个", 9, "个", "新增全国重点实验室"),
    Q("1个", 1, "个", "新增国家级技术创新中心"),        # a digit count in a list of counts
    G("翻一番", 1, "高新技术企业数", unit="倍"),          # blind9 Jilin 翻番 → 1 倍
    Q("2户", 2, "户", "新增独角兽企业"),
    Q("超696万", 6_960_000, None, "技能人才总量", approx="超"),   # no measure word (blind4 389.75万)
    R("居全国第1位", 1, "全国", "有机产品认证证书数"),
    Q("134个", 134, "个", "累计认定国家地理标志保护产品"),
    # 分别 pair in pp, the unit written once after the second (blind4 Jiangxi `11.1`, `11.2个百分点`)
    G("15", 15, "蔬菜设施产量占比", unit="pp"),
    G("22个百分点", 22, "小浆果设施产量占比", unit="pp"),
    R("全球第一", 1, "全球", "花卉产量"),
    P("60%", 60, "优质鲜切花占比"),
    G("增长3倍", 3, "咖啡产值", unit="倍"),
    P("85%", 85, "咖啡精深加工率"),
    # ratios as percents (blind15 Hainan `2：1以内` → 200)
    P("1.68∶1", 168, "农产品加工产值与农业总产值之比"),
    P("2.5∶1", 250, "农产品加工产值与农业总产值之比"),
    G("翻番", 1, "林草产业产值", unit="倍"),
    # the province named once: its standalone use after the slogan (the slogan holds it first)
    REG("云南", YN, YNC, "province", [], occ=2),
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    Q("超550万", 5_500_000, None, "旅居人数", approx="超", period=Y2025, psrc="sentence"),
    # the average stay in days is a length of time, not a quantity (FACTS)
    Q("3届", 3, "届", "承办中国户外运动产业大会"),
    G("年均增长5%", 5, "社会消费品零售总额", basis="年均"),
    N("project", "融信服平台"),
    M("超5700亿元", 570_000_000_000, "授信", approx="超", entity="融信服平台"),
    Q("超122万次", 1_220_000, "次", "服务客户", approx="超", entity="融信服平台"),
    Q("688.3万户", 6_883_000, "户", "实有经营主体"),
    Q("162.5万户", 1_625_000, "户", "实有企业"),
    G("增长1.1倍", 1.1, "实有企业", unit="倍"),
    M("突破1.7万亿元", 1_700_000_000_000, "民营经济增加值", approx="突破"),
]


# ---------------------------------------------------------------- titles (derived, not copied)
def lead(text):
    """The cut's own lead up to the first 。, without the 。."""
    return text.split("。", 1)[0].strip()


COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the governor reports on behalf of the provincial people's government (lines 16 and 18 of the CSV file: the governor's name line and the opening sentence), so the issuing body is 云南省人民政府 (blind4 report_yunnan_2025).",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = ("the report was delivered 2026-01-28 by the governor at the fourth session of the 14th "
             "people's congress of 云南省 (line 15 of the CSV file); the newspaper's publication time "
             "(2026-02-03, line 9) and the CSV record's publish_date field (2026-02-03) are outside the cut as well")
ENC = "the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands on line 1 only, so the cut is UTF-8 without BOM."

DOCS = {
    "report_yunnan_2026_fiveyear.txt": {
        "lines": (21, 22),
        "facts": FIVEYEAR,
        "title": lead,
        "record": {
            "year_source": f"the excerpt (lines 21-22 of 2026_云南省_政府工作报告.csv) has no date line; it is the first block of the five-year part of the review of the 十四五 period and 2025 (heading line 19 and the part's opening line 20, outside the cut): a sub-lead opened by the five-years phrase and its figures paragraph; {DATE_LINE}. year 2026; its figures are the 2021-2025 period's (period_source section: the sub-lead is a paragraph of its own heading the block, under the 十四五 review heading), except the one figure its own sentence dates to 2025. issued null.",
            "title_source": "no title line and no heading of its own (the review heading is line 19, outside the cut); the lead up to the first 。, without the 。 (blind9-16 headless excerpts).",
            "region_source": "the provincial work report (the region fact 云南) → 云南省 530000 (全省 is the province's own).",
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
            "doc": doc, "title": spec["title"](text), "issued": None, "year": 2026,
            "issuer": "云南省人民政府", "genre": "report", "region": YN, "region_code": YNC,
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
