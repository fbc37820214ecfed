#!/usr/bin/env python3
"""Blind gold for two review excerpts of the 2026 Anhui work report (see NOTES_anhui_review.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_anhui_2026_review.txt.{jsonl,doc.json} and report_anhui_2026_industry.txt.{jsonl,doc.json}
next to this script. The source text is read from the corpus (lines 18-21 and 23 of
2026_安徽省_政府工作报告.csv, as manifest.tsv says; the CSV's last field holds the whole report, so
its file lines are the report's paragraphs); when the /tmp/b22src cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (a text that repeats is searched
after its previous match; a fact may give `occ`, which occurrence at or after that point is meant,
or `same`, the very mention the fact before it matched: two facts read from one mention), that no
project/org/region name is listed twice per document, that period and period_source are null
together, and that every `entity` is the name of a project, org or region fact of the same
document. No report text other than the facts' own text, names and subjects is copied here; the
document titles are derived from the cuts by the rule their records state.
Modelled on ../blind21/build_jiangxi_review.py (same constructors and checker).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_安徽省_政府工作报告.csv"
CUTS = Path("/tmp/b22src")

AH, AHC = "安徽省", "340000"
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2025,
        psrc="section", entity=None, region=AH, rcode=AHC, role="actual", scope=None,
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


SIZE = dict(period=None, role=None)               # sizes and thresholds: neither period nor role
PARA = dict(psrc="paragraph")                     # the overview: its own paragraph opens with the year just past

# ---------------------------------------------------------------- review (lines 18-21)
# Line 1: the review's heading names 2025 and the 十四五 period (two dates; blind20 Hunan and
# blind21 Jiangxi headings of the same form; the plan name alone is FACTS' own `“十四五”` example).
# Line 2: the overview opens with the year just past (FACTS `过去一年` → 2025); its figures stand in
# a later sentence of the same paragraph that names no date → 2025, `paragraph`, actual (blind20
# Hunan overview). Names: the province standing alone (twice, one entry; blind19 Fujian, blind21
# Jiangxi), the provincial party committee (twice, one entry). Meetings, ordinals and quoted
# slogans are no facts.
# Line 3: the announcement of the year's work: the over-the-year phrase is no date (blind19, blind20).
# Line 4: the first numbered item of the year's work: no year of its own → 2025 from the heading
# and the overview, `section`, actual (blind20 Hunan line 3, blind21 Jiangxi line 3).
REVIEW = [
    # line 1
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    D("“十四五”", "2021-01-01", "2025-12-31", "period"),
    # line 2
    D("过去一年", "2025-01-01", "2025-12-31", "year"),
    REG("安徽", "安徽省", "340000", "province", []),               # standalone; named again later
    N("org", "省委"),                                             # named twice: one entry
    M("5.3万亿元", 5_300_000_000_000, "地区生产总值", **PARA),
    G("增长5.5%", 5.5, "地区生产总值", **PARA),
    G("增长9.4%", 9.4, "规上工业增加值", **PARA),
    G("增长4.2%", 4.2, "社会消费品零售总额", **PARA),
    G("增长17.3%", 17.3, "进出口总额", **PARA),
    G("增长2.9%", 2.9, "一般公共预算收入", **PARA),
    # 分别 pair: the first with its verb, the second bare (blind19, blind20, blind21)
    G("增长4.4%", 4.4, "城镇常住居民人均可支配收入", **PARA),
    G("5.9%", 5.9, "农村常住居民人均可支配收入", **PARA),
    # line 4: the quoted policy packages and the quoted matchmaking campaign are labels (seed
    # `十条政策`); the bare central word before the policy package is no org (open)
    M("超1000亿元", 100_000_000_000, "支持科技创新等重点领域减税降费及退税", approx="超"),
    # the national front rank of GDP growth: a group rank (blind20 Hunan, seed `前3强`)
    R("居全国第4位", 4, "全国", "规上工业增加值增速"),
    M("突破万亿元", 1_000_000_000_000, "进出口总额", approx="突破"),
    R("居全国第5位", 5, "全国", "进出口总额增速"),
    R("居全国第1位", 1, "全国", "实际使用外资增速"),
    R("居全国第6位", 6, "全国", "金融机构人民币贷款余额增速"),
    G("增长10.7%", 10.7, "制造业贷款余额"),
    G("13.3%", 13.3, "普惠小微贷款余额"),
    Q("178个", 178, "个", "新开工建设“两重”项目"),              # the quoted label kept in the subject
    M("762亿元", 76_200_000_000, "消费品以旧换新带动销售额"),
    # the entrepreneurship contest: an event, no name fact
    Q("94.6万户", 946_000, "户", "新登记各类经营主体"),
    Q("突破7000公里", 7000, "公里", "高速公路通车总里程", approx="突破"),
    N("project", "合新高铁安徽段"),
    N("project", "合肥西站"),
    N("project", "亳州机场"),
    N("project", "淮河干流浮山以下段行洪区工程"),
    N("project", "陕电入皖特高压工程安徽段"),
]

# ---------------------------------------------------------------- industry (line 23)
# The second paragraph of the second numbered item of the year's work (its heading and first
# paragraph are line 22, outside the cut): no year of its own. Read as a reader of the whole report
# (blind20 Hunan tech, blind21 Jiangxi industry): 2025 from the review's heading (line 18) and
# overview (line 19) → `section`, actual throughout; the investment threshold is a size (period and
# role null). The two "N consecutive months" phrases are durations (seed `连续2年`), the
# double-digit words vague: no facts.
INDUSTRY = [
    G("增长11.5%", 11.5, "战略性新兴产业产值"),
    G("增长30.4%", 30.4, "高技术制造业增加值"),
    Q("20多项", 20, "项", "全球首发技术装车应用", approx="多"),
    # one rank shared by two outputs: one fact (blind19 Fujian fiveyear `稳居全球第一`, blind21)
    R("跃居全国首位", 1, "全国", "汽车、新能源汽车产量"),
    Q("突破百万辆", 1_000_000, "辆", "整车出口", approx="突破"),
    R("稳居全国第1位", 1, "全国", "整车出口"),
    G("增长40.9%", 40.9, "电子信息产业增加值"),
    G("增长35.3%", 35.3, "工业机器人产量"),
    R("居全国第2位", 2, "全国", "工业机器人出口量"),
    R("居全国第3位", 3, "全国", "光储产业综合竞争力"),
    # the national AI industry highland: a designation of the province (open), no name fact
    R("居全国第5位", 5, "全国", "人工智能产业发展评价"),
    # the first batch: an ordinal (blind19 Fujian review, blind20 Hunan tech)
    Q("10个", 10, "个", "首批未来产业先导区"),
    Q("超150家", 150, "家", "未来产业先导区集聚产业链核心企业", approx="超"),
    R("居全国第1位", 1, "全国", "量子科技产业链集聚企业数"),
    # threshold: money with its qualifier plus the count (seed); a size (blind21 Jiangxi fiveyear)
    M("亿元以上", 100_000_000, "重点技改项目投资规模", approx="以上", **SIZE),
    Q("1213个", 1213, "个", "实施亿元以上重点技改项目"),
    Q("7个", 7, "个", "创建国家级中小企业特色产业集群"),
    R("居全国第1位", 1, "全国", "创建国家级中小企业特色产业集群"),
    N("project", "省新质生产力投资平台"),                      # open: a named platform set up
    # the Yangtze-delta venture guidance fund: a fund (seed), its delta name nested
    G("增长16.4%", 16.4, "高技术服务业投资"),
    REG("马鞍山", "马鞍山市", "340500", "prefecture", ["安徽省"]),
    REG("宿州", "宿州市", "341300", "prefecture", ["安徽省"]),
    # the national logistics-hub host city: a designation (blind19 Fujian invest)
    Q("3家", 3, "家", "新增5A级物流企业"),                       # 5A级: a grade (seed `AA级`)
    G("增长20.8%", 20.8, "快递业务量"),
]


# ---------------------------------------------------------------- titles (derived, not copied)
def first_line(text):
    """The cut's own first line: its heading."""
    return text.split("\n", 1)[0].strip()


def lead(text):
    """A headless cut: its lead up to the first 。, without the 。."""
    return text.split("。", 1)[0].strip()


COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the governor (line 15 of the CSV file, his title as governor of the provincial people's government and his name) reports on behalf of the provincial people's government (line 17, the opening sentence), so the issuing body is 安徽省人民政府 (blind19-21: the body the governor speaks for).",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = ("the report was delivered 2026-02-05 by the governor at the fourth session of the 14th "
             "people's congress of 安徽省 (line 12 of the CSV file, the report's date line); the newspaper "
             "copy's time line (2026-02-11, line 14) and the CSV record's publish_date field (2026-02-11) "
             "date the web copy and are outside the cut as well")
ENC = "the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands on line 1 only, so the cut is UTF-8 without BOM."

DOCS = {
    "report_anhui_2026_review.txt": {
        "lines": (18, 21),
        "facts": REVIEW,
        "title": first_line,
        "record": {
            "year_source": f"the excerpt (lines 18-21 of 2026_安徽省_政府工作报告.csv) has no date line of its own, so issued is null; {DATE_LINE}. Its heading names 2025 and the 十四五 period, its overview opens with the year just past (2025) and reports the year's figures, the next line announces the year's work and the last line is the first item of that work, so year 2026 and its figures are 2025's (overview figures period_source paragraph, the item's section).",
            "title_source": "the excerpt has no title line; its own heading (line 1, item number kept) is used.",
            "region_source": "the provincial work report of 安徽省 (全省 is the province's own; 安徽 stands on its own in the overview) → 安徽省 340000, level province.",
        },
    },
    "report_anhui_2026_industry.txt": {
        "lines": (23, 23),
        "facts": INDUSTRY,
        "title": lead,
        "record": {
            "year_source": f"the excerpt (line 23 of 2026_安徽省_政府工作报告.csv) has no date line and no year; it is the second paragraph of the second numbered item of the 2025 work (the item's heading at line 22, the review's heading naming 2025 and the 十四五 period at line 18, the overview opening with the year just past at line 19, all outside the cut); {DATE_LINE}. Read as a reader of the whole report would: year 2026, and its figures take 2025 from the review section (period_source section). issued null.",
            "title_source": "no title line and no section heading; the excerpt's own lead up to the first 。, without the 。 (blind19-21 headless excerpts).",
            "region_source": "the provincial work report of 安徽省 (the cities named in the cut are places of a designation, not the document's own) → 安徽省 340000, level province.",
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
            "issuer": "安徽省人民政府", "genre": "report", "region": AH, "region_code": AHC,
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
