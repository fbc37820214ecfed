#!/usr/bin/env python3
"""Blind gold for two review excerpts of the 2026 Shanxi work report (see NOTES_shanxi_review.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_shanxi_2026_review.txt.{jsonl,doc.json} and report_shanxi_2026_year.txt.{jsonl,doc.json}
next to this script. The source text is read from the corpus (lines 19-22 and 31-33 of
2026_山西省_政府工作报告.csv, as manifest.tsv says; the CSV's last field holds the whole report, so
its file lines are the report's paragraphs); when the /tmp/b24src cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (a text that repeats is searched
after its previous match; a fact may give `occ`, which occurrence at or after that point is meant,
or `same`, the very mention the fact before it matched: two facts read from one mention), that no
text spans a line break, that no project/org/region name is listed twice per document, that period
and period_source are null together, and that every `entity` is the name of a project, org or
region fact of the same document. With --show it prints each match with its context. No report
text other than the facts' own text, names and subjects is copied here; the document titles are
derived from the cuts by the rule their records state.
Modelled on ../blind23/build_guizhou_review.py (same constructors and checker).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_山西省_政府工作报告.csv"
CUTS = Path("/tmp/b24src")

SX, SXC = "山西省", "140000"
Y2020 = {"date_start": "2020-01-01", "date_end": "2020-12-31"}
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}
P1425 = {"date_start": "2021-01-01", "date_end": "2025-12-31"}   # the 十四五 period


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2025,
        psrc="section", entity=None, region=SX, rcode=SXC, role="actual", scope=None,
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


FIVE = dict(period=P1425)                           # the 十四五 review part (section)
FIVE_S = dict(period=P1425, psrc="sentence")        # a sentence opened by the five-years phrase
AT2020 = dict(period=Y2020, psrc="sentence")        # the level of the year written before it
AT2025 = dict(period=Y2025, psrc="sentence")
YEAR_P = dict(period=Y2025, psrc="paragraph")       # the 2025 paragraph opened by the year
SIZE = dict(period=None, role=None)                 # a project's size: neither done nor planned

# ---------------------------------------------------------------- review (lines 19-22)
# Line 1: the heading of part 一 names the 十四五 period (FACTS' own `“十四五”时期`).
# Line 2: the opening paragraph: the period again (a date), the provincial party committee
# (blind21 Jiangxi review), the province standing alone (three times, one entry), the central
# party and the State Council (blind21 Jiangxi, blind23 Guizhou), and the plan's main targets
# (`“十四五”` in `“十四五”规划`, FACTS). The five-years word is a duration (blind21-23).
# Lines 3-4: the first two dash-led lines on the five years' results: no year of their own →
# 2021-2025 from the part (heading and opening paragraph), `section`, actual (blind23 Guizhou
# review: dash-led lines under a heading take `section`); levels and stocks take the span too
# (blind22 Anhui fiveyear, blind21 Jiangxi fiveyear). Exceptions: the per-capita pair whose ends
# carry their own years (blind23 Guizhou industry `51%`/`70%`), and the two sentences opened by
# the five-years phrase (`sentence`, the phrase fixing its sentence as blind22's fixed its
# paragraph).
REVIEW = [
    # line 1
    D("“十四五”时期", "2021-01-01", "2025-12-31", "period"),
    # line 2
    D("“十四五”时期", "2021-01-01", "2025-12-31", "period"),
    N("org", "省委"),
    REG("山西", "山西省", "140000", "province", []),           # standalone; named twice more
    N("org", "党中央"),
    N("org", "国务院"),
    D("“十四五”", "2021-01-01", "2025-12-31", "period"),       # the plan's main targets met
    # line 3: the economy
    M("超过2.5万亿元", 2_500_000_000_000, "地区生产总值", approx="超过", **FIVE),
    G("年均增长5%", 5, "地区生产总值", basis="年均", **FIVE),
    D("2020年", "2020-01-01", "2020-12-31", "year"),
    M("5.2万元", 52_000, "人均GDP", **AT2020),
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    M("7.4万元", 74_000, "人均GDP", **AT2025),
    # the quoted "two new" policies and "two priorities" projects: labels (the latter kept in
    # the subject, blind22 Anhui review)
    Q("196个", 196, "个", "全部开工“两重”项目", **FIVE),
    # the major-project construction-year campaign: a campaign, its year word no date
    Q("超2000个", 2000, "个", "实施省级重点工程项目", approx="超", **FIVE),
    M("超万亿元", 1_000_000_000_000, "省级重点工程项目完成投资", approx="超", **FIVE),
    # line 4: the energy revolution (the pilot and the five bases: a designation and a label)
    Q("65亿吨", 6_500_000_000, "吨", "生产原煤", **FIVE_S),
    P("近三成", 30, "生产原煤占全国比重", approx="近", **FIVE_S),   # FACTS `九成` → 90
    Q("24个", 24, "个", "以长协价保供电煤省份", **FIVE_S),
    Q("20亿吨", 2_000_000_000, "吨", "以长协价保供电煤", **FIVE_S),
    Q("400座", 400, "座", "智能化煤矿", **FIVE),
    P("84%", 84, "煤炭先进产能占比", **FIVE),                   # the raise-to verb is no qualifier
    Q("1.64亿千瓦", 164_000_000, "千瓦", "电力装机容量", **FIVE),
    Q("24个", 24, "个", "晋电外送省份", **FIVE),
    # the national front rank of its scale: a group rank (seed CONVENTIONS); the spot market's
    # national lead and the boiler technology's world lead: no rankings, no projects
    Q("750亿立方米", 75_000_000_000, "立方米", "非常规天然气累计产量", **FIVE_S),
    P("50%以上", 50, "“晋华炉”煤气化系列产品全国市场占有率", approx="以上", **FIVE),
]

# ---------------------------------------------------------------- year (lines 31-33)
# Line 1: the paragraph opening the 2025 part of the review (after the five-year part, lines
# 19-30): the year just past, 2025 (a date, FACTS `刚刚过去的一年`); its figures stand in a later
# sentence of the same paragraph → 2025, `paragraph` (blind22 Anhui overview). The general
# secretary's fifth inspection (an ordinal), the party's 18th congress (a meeting) are no facts;
# the province stands alone (a region); the plan periods closed and planned are dates. The year
# compared against (2024) is a date but not the period (FACTS; blind21 news: the compared year).
# Lines 2-3: the first two work paragraphs of 2025: no year of their own → 2025 from the part's
# 2025 paragraph, `section`, actual except the forecast (blind21 Jiangxi line 3, blind23 Guizhou
# review: the overview's year in another paragraph → `section`). The whole-year word is no date.
YEAR = [
    # line 1
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    REG("山西", "山西省", "140000", "province", []),
    D("“十四五”", "2021-01-01", "2025-12-31", "period"),       # the plan period closed
    D("“十五五”", "2026-01-01", "2030-12-31", "period"),       # the plan period designed
    G("增长4%", 4, "GDP", **YEAR_P),
    # the gap to the previous year's rate: growth in pp, basis null (blind22 Anhui fiveyear: the
    # reference of a gap is no basis)
    G("快于2024年1.8个百分点", 1.8, "GDP增速快于2024年", unit="pp", **YEAR_P),
    D("2024年", "2024-01-01", "2024-12-31", "year"),
    # 分别 pair with one closing 百分点: the first member with its comparison, the second bare
    G("快于全国3.4个", 3.4, "投资增速快于全国", unit="pp", **YEAR_P),
    G("1个百分点", 1, "消费增速快于全国", unit="pp", **YEAR_P),
    # line 2: science and energy
    Q("13.05亿吨", 1_305_000_000, "吨", "规上原煤产量"),
    G("增长2.1%", 2.1, "规上原煤产量"),
    Q("9条", 9, "条", "谋划技术路径"),                          # unquoted counts (blind23 `30项`)
    Q("20条", 20, "条", "制定出台具体举措"),
    Q("11个", 11, "个", "抓实重点领域项目"),
    # the coal 2030 national S&T megaproject: a programme; its year without 年 no date
    M("超500亿元", 50_000_000_000, "总投资", approx="超", entity="晋北采煤沉陷区新能源基地", **SIZE),
    N("project", "晋北采煤沉陷区新能源基地"),
    Q("1829万千瓦", 18_290_000, "千瓦", "新能源和清洁能源装机同比增加"),   # an absolute change
    Q("9048万千瓦", 90_480_000, "千瓦", "新能源和清洁能源装机"),
    P("55.1%", 55.1, "新能源和清洁能源装机占比"),
    Q("13个", 13, "个", "布局绿电产业园区"),
    Q("4084万张", 40_840_000, "张", "成交绿证"),
    Q("100亿千瓦时", 10_000_000_000, "千瓦时", "绿电交易量"),      # its national front rank: a group
    N("project", "华为矿山油气军团全球总部"),                   # a headquarters built; owner nested
    N("project", "太原武宿零碳机场"),
    N("project", "中电金谷偏关混合储能调频电站"),
    REG("大同经开区", "大同经济技术开发区", "14101002", "zone", ["山西省", "大同市"]),
    REG("阳泉高新区", "阳泉高新技术产业开发区", None, "zone", ["山西省", "阳泉市"]),
    # the first batch (an ordinal) of national zero-carbon parks: a list; the energy forum: an event
    # line 3: projects and industry (the upgrading actions: programmes)
    N("project", "高性能玻纤智能制造"),                         # bare list members before 等项目
    N("project", "碳化硅三期"),
    N("project", "阳泉铝产业链一体化"),
    G("增长25.3%", 25.3, "新能源产业增加值"),
    G("7.9%", 7.9, "装备制造业增加值"),
    # the output of robots and solar cells multiplied: vague, no figure
    Q("33.7座", 33.7, "座", "5G基站万人拥有量"),
    R("全国排名第八", 8, "全国", "综合算力指数"),
    G("增长10%", 10, "数字经济核心产业增加值", role="forecast"),
    # the computing-power conference: an event
]


# ---------------------------------------------------------------- titles (derived, not copied)
def first_line(text):
    """The cut's own first line: its heading."""
    return text.split("\n", 1)[0].strip()


def lead(text):
    """A headless cut: its lead up to the first 。, without the 。."""
    return text.split("。", 1)[0].strip()


COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the governor (line 15 of the CSV file, his title and name) reports on behalf of the provincial people's government (line 18, the opening sentence), so the issuing body is 山西省人民政府 (blind21-23: the body the governor speaks for).",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = ("the report was delivered 2026-02-02 by the governor at the fifth session of the 14th "
             "people's congress of 山西省 (line 12 of the CSV file, the report's date line); the "
             "newspaper copy's time (line 14) and the CSV record's publish_date field (2026-02-09, "
             "line 2) date the web copy, and all are outside the cut")
ENC = "the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands on line 1 only, so the cut is UTF-8 without BOM."

DOCS = {
    "report_shanxi_2026_review.txt": {
        "lines": (19, 22),
        "facts": REVIEW,
        "title": first_line,
        "record": {
            "year_source": f"the excerpt (lines 19-22 of 2026_山西省_政府工作报告.csv) has no date line of its own, so issued is null; {DATE_LINE}. Its heading and opening paragraph name the 十四五 period, and the two dash-led lines that follow are the five years' results (the 2025 part begins only at line 31), so year 2026 and its figures are 2021-2025's (period_source section; sentence where the five-years phrase opens the figure's sentence), except the per-capita levels dated by their own years 2020 and 2025.",
            "title_source": "the excerpt has no title line; its own heading (line 1, part number kept) is used.",
            "region_source": "the provincial work report of 山西省 (全省 and 我省 are the province's own; 山西 stands on its own in the opening paragraph and the energy line) → 山西省 140000, level province.",
        },
    },
    "report_shanxi_2026_year.txt": {
        "lines": (31, 33),
        "facts": YEAR,
        "title": lead,
        "record": {
            "year_source": f"the excerpt (lines 31-33 of 2026_山西省_政府工作报告.csv) has no date line; {DATE_LINE}. It opens with the year just past, 2025, in the paragraph that begins the 2025 part of the review (lines 31-37, after the 十四五 part of lines 19-30, all under the heading of part 一 at line 19); the two work paragraphs that follow are that year's. Read as a reader of the whole report would: year 2026, and its figures are 2025's (period_source paragraph in the opening paragraph, section in the two work paragraphs). issued null.",
            "title_source": "the excerpt is headless: its lead, line 1 of the cut up to the first 。, without the 。 (blind21-23 headless excerpts).",
            "region_source": "the provincial work report of 山西省 (山西 stands on its own where the general secretary's inspection is named; 全省 and 我省 are the province's own) → 山西省 140000, level province.",
        },
    },
}


def check_and_strip(doc, text, facts, show=False):
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
        if show:
            ctx = text[max(0, at - 8):at + len(f["text"]) + 8].replace("\n", "⏎")
            print(f"  {at:5d} {f['kind']:8} {f['text']:<22} …{ctx}…")
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
    show = "--show" in sys.argv[1:]
    all_errors = []
    results = []
    for doc, spec in DOCS.items():
        text = source(*spec["lines"])
        cut = CUTS / doc
        if cut.exists() and cut.read_text(encoding="utf-8") != text:
            all_errors.append(f"{doc}: {CUTS} copy differs from the corpus lines {spec['lines']}")
        if show:
            print(doc)
        facts, errors = check_and_strip(doc, text, [dict(f) for f in spec["facts"]], show)
        all_errors += errors
        first, last = spec["lines"]
        record = {
            "doc": doc, "title": spec["title"](text), "issued": None, "year": 2026,
            "issuer": "山西省人民政府", "genre": "report", "region": SX, "region_code": SXC,
            "doc_number": None, "encoding": "UTF-8",
            "year_source": spec["record"]["year_source"],
            "issuer_source": COMMON_SRC["issuer_source"],
            "title_source": spec["record"]["title_source"],
            "region_source": spec["record"]["region_source"],
            "genre_source": COMMON_SRC["genre_source"],
            "encoding_source": ENC.format(f"lines {first}-{last}" if first != last else f"line {first}"),
        }
        results.append((doc, facts, record))
    if all_errors:
        print("\n".join(all_errors), file=sys.stderr)
        sys.exit(1)
    for doc, facts, record in results:
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


if __name__ == "__main__":
    main()
