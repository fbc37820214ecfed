#!/usr/bin/env python3
"""Blind gold for two review excerpts of the 2026 Hunan work report (see NOTES_hunan_review.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_hunan_2026_review.txt.{jsonl,doc.json} and report_hunan_2026_tech.txt.{jsonl,doc.json}
next to this script. The source text is read from the corpus (lines 19-21 and 22 of
2026_湖南省_政府工作报告.csv, as manifest.tsv says; the CSV's last field holds the whole report, so
its file lines are the report's paragraphs); when the /tmp/b20 cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (a text that repeats is searched
after its previous match; a fact may give `occ`, which occurrence at or after that point is meant,
or `same`, the very mention the fact before it matched: two facts read from one mention), that no
project/org/region name is listed twice per document, that period and period_source are null
together, and that every `entity` is the name of a project, org or region fact of the same
document. No report text other than the facts' own text, names and subjects is copied here; the
document titles are derived from the cuts by the rule their records state.
Modelled on ../blind19/build_fujian_review.py (same constructors and checker, plus the entity check).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_湖南省_政府工作报告.csv"
CUTS = Path("/tmp/b20")

HN, HNC = "湖南省", "430000"
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2025,
        psrc="section", entity=None, region=HN, rcode=HNC, role="actual", scope=None,
        currency="CNY", occ=None, same=False):
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
    if same:
        f["_same"] = True
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


PARA = dict(period=Y2025, psrc="paragraph")       # the overview: the year just past opens the paragraph
SIZE = dict(period=None, role=None)               # thresholds and capacities: neither period nor role

# ---------------------------------------------------------------- review (lines 19-21)
# Line 1: the review's heading names 2025 and the 十四五 period (two dates; blind18 Zhejiang heading).
# Line 2: the overview opens with the year just past (FACTS `过去一年` → 2025); its figures stand in
# the next sentence, which has no date of its own → 2025, `paragraph`, actual (blind17 Yunnan,
# blind18 Zhejiang overviews). The over-the-year phrase that closes it is no date (blind19).
# Line 3: the first numbered item of the year's work: no year of its own → 2025 from the heading and
# the overview, `section`, actual (blind18 Zhejiang line 3, blind19 Fujian demand).
REVIEW = [
    # line 1
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    D("“十四五”时期", "2021-01-01", "2025-12-31", "period"),
    # line 2
    D("过去的一年", "2025-01-01", "2025-12-31", "year"),
    N("org", "党中央"),
    N("org", "国务院"),
    N("org", "中共湖南省委"),                                   # 湖南 nested: no region fact
    M("5.53万亿元", 5_530_000_000_000, "地区生产总值", **PARA),
    # the top-ten group nationally is a group rank, not a ranking (seed CONVENTIONS)
    G("增长4.8%", 4.8, "地区生产总值", **PARA),
    G("增长6.2%", 6.2, "规模工业增加值", **PARA),
    G("高于全国平均0.3个百分点", 0.3, "规模工业增加值增速高于全国平均", unit="pp", **PARA),
    M("3507.6亿元", 350_760_000_000, "地方一般公共预算收入", **PARA),
    G("增长1.7%", 1.7, "地方一般公共预算收入", **PARA),
    G("同口径增长2.5%以上", 2.5, "同口径地方一般公共预算收入", approx="以上", **PARA),
    M("39545元", 39545, "全体居民人均可支配收入", **PARA),
    G("增长5%", 5, "全体居民人均可支配收入", **PARA),
    G("增长5.8%", 5.8, "农村居民收入", **PARA),
    G("快于经济增速1个百分点", 1, "农村居民收入增速快于经济增速", unit="pp", **PARA),
    Q("突破620亿斤", 62_000_000_000, "斤", "粮食产量", approx="突破", **PARA),
    # line 3: the item number, the quoted task list, the campaigns and the 四个十大 label: no numbers
    M("超5300亿元", 530_000_000_000, "累计争取中央转移支付", approx="超"),
    M("2118亿元", 211_800_000_000, "争取超长期特别国债、专项债、中央预算内等资金"),
    Q("3000余个", 3000, "个", "支持各类项目", approx="余"),
    M("121.9亿元", 12_190_000_000, "发放以旧换新补贴"),
    M("905亿元", 90_500_000_000, "以旧换新带动销售金额"),
    M("超500亿元", 50_000_000_000, "文体赛事活动拉动消费", approx="超"),
    # a 分别 pair: the first member's text with 增长, the second bare (blind17, blind19)
    G("增长10.6%", 10.6, "旅发大会带动游客人数"),
    G("9%", 9, "旅发大会带动游客总花费"),
    Q("突破240万人次", 2_400_000, "人次", "接待入境游客", approx="突破"),
    G("增长19.1%", 19.1, "接待入境游客"),
    REG("张家界", "张家界市", "430800", "prefecture", ["湖南省"]),
    G("增长32.5%", 32.5, "入境游客", entity="张家界", region="张家界市", rcode="430800"),
    Q("304个", 304, "个", "省重点项目"),                          # blind19 `1550个`
    M("4608亿元", 460_800_000_000, "省重点项目完成投资"),
    M("超2100亿元", 210_000_000_000, "“四个十大”项目完成投资", approx="超"),
    P("65.2%", 65.2, "民间投资占比"),                             # the national front rank: a group rank
    # industry: works started and completed, kept as written with place and owner (blind18 invest)
    N("project", "长沙惠科新型显示"),
    N("project", "湘潭半导体智造"),
    N("project", "衡阳绿色盐碱基地"),
    N("project", "株洲中车IGBT"),
    N("project", "永州紫金锂业"),
    N("project", "邵阳邵虹基板玻璃"),
    # transport
    N("project", "长赣高铁主体工程"),                             # works word kept (blind17 骨干工程)
    N("project", "宜常高铁"),
    N("project", "虞公港二期"),                                   # phase kept (blind19 漳州核电一期)
    N("project", "桑龙"),                                         # bare list members (blind17, blind18)
    N("project", "城龙"),
    N("project", "醴娄"),
    Q("7条", 7, "条", "建成通车高速公路"),                        # a set's count, entity null (blind17 `40条`)
    N("project", "长沙机场改扩建主体工程"),
    N("project", "第三跑道"),                                     # the airport's third runway (open)
    # energy
    N("project", "湘粤背靠背联网工程"),
    N("project", "宁电入湘工程"),
    N("project", "益阳电厂三期"),
    # the plant's capacity after the phase: a size (blind19 news substation capacities)
    Q("386万千瓦", 3_860_000, "千瓦", "总装机", entity="益阳电厂三期", region="益阳市",
      rcode="430900", **SIZE),
    # water
    N("project", "洞庭湖区重点垸堤防加固二期"),
    N("project", "?水灌区"),                                      # a character lost in the source (open)
    N("project", "大兴寨水库"),                                   # the dam is what topped out (open)
    N("project", "椒花水库"),
    # services to firms
    Q("超1.3万个", 13_000, "个", "推动解决各类问题", approx="超"),
    M("50万元以下", 500_000, "单笔拖欠企业账款", approx="以下", **SIZE),   # a threshold (seed, blind18)
    M("446亿元", 44_600_000_000, "为企业减税降费"),
    M("269亿元", 26_900_000_000, "金融减费让利"),
    M("超3000亿元", 300_000_000_000, "各类基金总规模", approx="超"),
    M("突破500亿元", 50_000_000_000, "“金芙蓉”省级政府投资基金规模", approx="突破"),
    Q("389个", 389, "个", "赋能项目"),
    Q("34.6万家", 346_000, "家", "净增经营主体"),
    Q("14万家", 140_000, "家", "净增企业"),
    Q("5家", 5, "家", "新增上市公司"),
    Q("9家", 9, "家", "新增新三板挂牌企业"),                     # the central-region front rank: a group rank
]

# ---------------------------------------------------------------- tech (line 22)
# The second numbered item of the year's work, headless: no year of its own. Read as a reader of the
# whole report (blind18 hubs, blind17 invest): 2025 from the review's heading (line 19) and overview
# (line 20) outside the cut → `section`, actual throughout.
TECH = [
    P("2.62%", 2.62, "全社会研发投入强度"),
    M("突破5000亿元", 500_000_000_000, "技术合同成交额", approx="突破"),
    # the quoted 1+2 lab system and the 4+4 programme are labels (seed CONVENTIONS)
    Q("130余项", 130, "项", "“4+4科创工程”取得创新成果", approx="余"),
    REG("长沙", "长沙市", "430100", "prefecture", ["湖南省"]),      # the city the designation is about (open)
    Q("800余家", 800, "家", "新增研发机构", approx="余", entity="长沙", region="长沙市", rcode="430100"),
    N("project", "湘江科学城首开区"),                             # the quoted five-buildings label left out (open)
    N("project", "国家中药材种质资源库"),
    N("org", "中科院"),                                           # the one-character province word after it: no region
    Q("22项", 22, "项", "“十大技术攻关项目”突破关键核心技术"),
    N("org", "国防科大"),
    N("org", "衡阳特变电工"),                                     # city + company, kept as written (open)
    N("org", "株洲608所"),
    N("org", "益阳信维科技"),
    # the quoted 4×4 system is a label
    Q("13条", 13, "条", "重点产业链"),
    G("增长9.2%", 9.2, "新一代信息技术产业产值"),                # 分别, three members
    G("8.2%", 8.2, "新能源产业产值"),
    G("12%", 12, "输变电装备产业产值"),
    Q("162.6万辆", 1_626_000, "辆", "汽车总产量"),
    Q("超110万辆", 1_100_000, "辆", "新能源汽车产量", approx="超"),
    R("居全国第9", 9, "全国", "新能源汽车产量"),
    Q("22家", 22, "家", "新增国家制造业单项冠军企业"),
    R("居全国第6", 6, "全国", "新增国家制造业单项冠军企业"),
    Q("7个", 7, "个", "新增国家中小企业特色产业集群"),
    R("居全国第1", 1, "全国", "新增国家中小企业特色产业集群"),
    P("76%以上", 76, "园区规模工业增加值占全省比重", approx="以上"),
    REG("湘潭经开区", "湘潭经济技术开发区", "43101005", "zone", ["湖南省", "湘潭市"]),
    # the five fields and the "five tens" tasks are labels
    G("增长9%以上", 9, "数字经济核心产业增加值", approx="以上"),
    Q("1585家", 1585, "家", "新增智能制造企业"),
    Q("超12万家", 120_000, "家", "新增上云上平台企业", approx="超"),
    Q("8家", 8, "家", "获评国家领航级、卓越级智能工厂企业"),
    Q("2个", 2, "个", "纳入国家试点的数据产业集聚区"),
]


# ---------------------------------------------------------------- titles (derived, not copied)
def first_line(text):
    """The cut's own first line: its heading."""
    return text.split("\n", 1)[0].strip()


def lead(text):
    """A headless cut: its lead up to the first 。, without the 。."""
    return text.split("。", 1)[0].strip()


COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the governor (line 15 of the CSV file, his name; line 16, the photo caption naming him as governor) reports on behalf of the provincial people's government (line 18, the opening sentence), so the issuing body is 湖南省人民政府 (blind17-19: the body the governor speaks for).",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = ("the report was delivered 2026-02-03 by the governor at the fourth session of the 14th "
             "people's congress of 湖南省 (line 12 of the CSV file, the report's date line); the newspaper "
             "copy's time line (2026-02-24, line 14) and the CSV record's publish_date field (2026-02-24) "
             "date the web copy and are outside the cut as well")
ENC = "the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands on line 1 only, so the cut is UTF-8 without BOM."

DOCS = {
    "report_hunan_2026_review.txt": {
        "lines": (19, 21),
        "facts": REVIEW,
        "title": first_line,
        "record": {
            "year_source": f"the excerpt (lines 19-21 of 2026_湖南省_政府工作报告.csv) has no date line of its own, so issued is null; {DATE_LINE}. Its heading names 2025 and the 十四五 period, its overview opens with the year just past (2025) and announces the year's work, and its last line is the first item of that work, so year 2026 and its figures are 2025's (overview figures period_source paragraph, the item's section).",
            "title_source": "the excerpt has no title line; its own heading (line 1, item number kept) is used.",
            "region_source": "the provincial work report of 湖南省 (全省 is the province's own; the province's name stands only inside the provincial party committee's name) → 湖南省 430000, level province.",
        },
    },
    "report_hunan_2026_tech.txt": {
        "lines": (22, 22),
        "facts": TECH,
        "title": lead,
        "record": {
            "year_source": f"the excerpt (line 22 of 2026_湖南省_政府工作报告.csv) has no date line and no year; it is the second numbered item of the 2025 work (the review's heading naming 2025 and the 十四五 period at line 19, the overview announcing the year's work at line 20, both outside the cut); {DATE_LINE}. Read as a reader of the whole report would: year 2026, and its figures take 2025 from the review section (period_source section). issued null.",
            "title_source": "no title line and no section heading; the excerpt's own lead up to the first 。, without the 。 (blind17-19 headless excerpts).",
            "region_source": "the provincial work report of 湖南省 (全省 is the province's own; the places named in the cut are places inside it) → 湖南省 430000, level province.",
        },
    },
}


def check_and_strip(doc, text, facts):
    errors = []
    pos = 0
    seen = set()
    last = {}
    out = []
    prev_at = None
    for f in facts:
        occ = f.pop("_occ", None) or 1
        same = f.pop("_same", False)
        if same:
            # the very mention the fact before it matched (two facts read from one mention)
            at = prev_at if prev_at is not None and out and out[-1]["text"] == f["text"] else -1
        else:
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
        prev_at = at
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
    names = {f["name"] for f in out if f["kind"] in ("project", "org", "region")}
    for f in out:
        if f.get("entity") is not None and f["entity"] not in names:
            errors.append(f"{doc}: {f['text']!r}: entity {f['entity']!r} is not a listed name")
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
            "issuer": "湖南省人民政府", "genre": "report", "region": HN, "region_code": HNC,
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
