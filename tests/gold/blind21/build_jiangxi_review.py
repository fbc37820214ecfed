#!/usr/bin/env python3
"""Blind gold for two review excerpts of the 2026 Jiangxi work report (see NOTES_jiangxi_review.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_jiangxi_2026_review.txt.{jsonl,doc.json} and report_jiangxi_2026_industry.txt.{jsonl,doc.json}
next to this script. The source text is read from the corpus (lines 19-21 and 22 of
2026_江西省_政府工作报告.csv, as manifest.tsv says; the CSV's last field holds the whole report, so
its file lines are the report's paragraphs); when the /tmp/b21 cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (a text that repeats is searched
after its previous match; a fact may give `occ`, which occurrence at or after that point is meant,
or `same`, the very mention the fact before it matched: two facts read from one mention), that no
project/org/region name is listed twice per document, that period and period_source are null
together, and that every `entity` is the name of a project, org or region fact of the same
document. No report text other than the facts' own text, names and subjects is copied here; the
document titles are derived from the cuts by the rule their records state.
Modelled on ../blind20/build_hunan_review.py (same constructors and checker).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_江西省_政府工作报告.csv"
CUTS = Path("/tmp/b21")

JX, JXC = "江西省", "360000"
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2025,
        psrc="section", entity=None, region=JX, rcode=JXC, role="actual", scope=None,
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


SIZE = dict(period=None, role=None)               # sizes of a product or works: neither period nor role

# ---------------------------------------------------------------- review (lines 19-21)
# Line 1: the review's heading names 2025 and the 十四五 period (two dates; blind18 Zhejiang and
# blind20 Hunan headings of the same form).
# Line 2: the overview opens with the year just past (FACTS `过去一年` → 2025). It holds no figure.
# The whole-year word is no date (seed CONVENTIONS). Names: the provincial party committee (twice,
# one entry), the province standing alone where the general secretary's inspection is named
# (blind19 Fujian), the central bodies. The eight-point rules hold the central body only inside
# their name (blind19).
# Line 3: the first numbered item of the year's work: no year of its own → 2025 from the heading and
# the overview, `section`, actual (blind20 Hunan line 3, blind18 Zhejiang line 3, blind19 demand).
REVIEW = [
    # line 1
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    D("“十四五”时期", "2021-01-01", "2025-12-31", "period"),
    # line 2
    D("过去一年", "2025-01-01", "2025-12-31", "year"),
    N("org", "省委"),                                             # named twice: one entry
    REG("江西", "江西省", "360000", "province", []),              # standalone (blind19 福建); later uses the same name
    N("org", "党中央"),
    N("org", "国务院"),
    # line 3: the item number, the above-national-average clause (no figure): no numbers
    G("增长5.2%", 5.2, "地区生产总值"),
    G("增长7.5%", 7.5, "规模以上工业增加值"),
    G("增长1.6%", 1.6, "固定资产投资"),
    G("增长4.7%", 4.7, "社会消费品零售总额"),
    # the quoted programme is a label, kept in the subject (blind20 “四个十大”项目完成投资)
    M("1.22万亿元", 1_220_000_000_000, "“十百千万”工程项目完成投资"),
    G("增长2.7%", 2.7, "民间投资"),
    # a gap in points (blind20 `高于全国平均0.3个百分点`)
    G("高出全国平均水平9.1个百分点", 9.1, "民间投资增速高出全国平均水平", unit="pp"),
    M("超800亿元", 80_000_000_000, "消费品以旧换新带动相关商品销售", approx="超"),
    Q("750余万人次", 7_500_000, "人次", "惠及消费者", approx="余"),   # blind19 `750多万人次`
    G("增长13.8%", 13.8, "旅游总花费"),
    Q("超60万人次", 600_000, "人次", "接待入境游客", approx="超"),
    # the quoted football league: an event, no name fact
    G("增长2.7%", 2.7, "外贸进出口"),
    # 分别, three members: the first with its verb, the later ones bare (blind19, blind20)
    G("增长107.9%", 107.9, "集成电路出口"),
    G("46.7%", 46.7, "汽车零配件出口"),
    G("57.4%", 57.4, "锂电池出口"),
    # the quoted export brand: a slogan (the one-character province word inside it is no region)
]

# ---------------------------------------------------------------- industry (line 22)
# The second numbered item of the year's work, headless: no year of its own. Read as a reader of the
# whole report (blind20 Hunan tech, blind18 hubs): 2025 from the review's heading (line 19) and
# overview (line 20) outside the cut → `section`, actual throughout; the ship's tonnage class is a
# size (period and role null).
INDUSTRY = [
    # a platform named with its owner and city (FACTS' own example of a project of this form)
    N("project", "崖州湾国家实验室南昌物种创新平台"),
    Q("2家", 2, "家", "获批建设全国重点实验室"),
    N("org", "赣南实验室"),                                       # a laboratory named with its kind (open)
    # the quoted programme with a year written without 年: a label, no date (blind18/20 news)
    G("增长19.5%", 19.5, "登记技术合同成交额"),
    G("增长11.8%", 11.8, "高技术制造业增加值"),
    # the nation's only one: a descriptor, no ranking (seed `全市首家`) (open: a project)
    N("project", "新型显示技术国家标准验证点"),
    # the two quoted drugs (products), the class-I word (an identifier), the "zero" idiom, the
    # world-first gene map (a research result): no facts
    # the world's largest, the country's first-built ship: superlatives; its tonnage class a size
    Q("万吨级", 10_000, "吨", "纯电动智能海船吨级", **SIZE),      # open (blind19 news `1000千伏`)
    Q("66个", 66, "个", "开展试点的产业集群和园区"),
    Q("1.4万余家", 14_000, "家", "实施改造企业", approx="余"),
    Q("34个", 34, "个", "进入全国5G工厂名录项目"),               # 5G: an identifier
    M("突破1万亿元", 1_000_000_000_000, "有色金属产业营收", approx="突破"),
    Q("3个", 3, "个", "新增国家级中小企业特色产业集群"),
    Q("23家", 23, "家", "新增国家重点支持“小巨人”企业"),       # the shared 新增 carried
    # the fund (seed: funds are no entity), the industries, the aircraft and its model (a product,
    # an identifier), the poetic name of the province's land: no facts
]


# ---------------------------------------------------------------- titles (derived, not copied)
def first_line(text):
    """The cut's own first line: its heading."""
    return text.split("\n", 1)[0].strip()


def lead(text):
    """A headless cut: its lead up to the first 。, without the 。."""
    return text.split("。", 1)[0].strip()


COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the governor (line 15 of the CSV file, his title and name; line 16, the photo caption naming him as governor) reports on behalf of the provincial people's government (line 18, the opening sentence), so the issuing body is 江西省人民政府 (blind18-20: the body the governor speaks for).",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = ("the report was delivered 2026-01-27 by the governor at the fourth session of the 14th "
             "people's congress of 江西省 (line 12 of the CSV file, the report's date line); the newspaper "
             "copy's time line (2026-02-05, line 14) and the CSV record's publish_date field (2026-02-05) "
             "date the web copy and are outside the cut as well")
ENC = "the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands on line 1 only, so the cut is UTF-8 without BOM."

DOCS = {
    "report_jiangxi_2026_review.txt": {
        "lines": (19, 21),
        "facts": REVIEW,
        "title": first_line,
        "record": {
            "year_source": f"the excerpt (lines 19-21 of 2026_江西省_政府工作报告.csv) has no date line of its own, so issued is null; {DATE_LINE}. Its heading names 2025 and the 十四五 period, its overview opens with the year just past (2025) and reports the year's main targets reached, and its last line is the first item of that year's work, so year 2026 and its figures are 2025's (period_source section: the overview itself holds no figure).",
            "title_source": "the excerpt has no title line; its own heading (line 1, item number kept) is used.",
            "region_source": "the provincial work report of 江西省 (全省 is the province's own; 江西 stands on its own in the overview) → 江西省 360000, level province.",
        },
    },
    "report_jiangxi_2026_industry.txt": {
        "lines": (22, 22),
        "facts": INDUSTRY,
        "title": lead,
        "record": {
            "year_source": f"the excerpt (line 22 of 2026_江西省_政府工作报告.csv) has no date line and no year; it is the second numbered item of the 2025 work (the review's heading naming 2025 and the 十四五 period at line 19, the overview opening with the year just past at line 20, both outside the cut); {DATE_LINE}. Read as a reader of the whole report would: year 2026, and its figures take 2025 from the review section (period_source section). issued null.",
            "title_source": "no title line and no section heading; the excerpt's own lead up to the first 。, without the 。 (blind18-20 headless excerpts).",
            "region_source": "the provincial work report of 江西省 (the province's own word stands for it; the places named in the cut stand inside names) → 江西省 360000, level province.",
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
            "issuer": "江西省人民政府", "genre": "report", "region": JX, "region_code": JXC,
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
