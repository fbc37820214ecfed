#!/usr/bin/env python3
"""Blind gold for two review excerpts of the 2026 Fujian work report (see NOTES_fujian_review.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_fujian_2026_review.txt.{jsonl,doc.json} and report_fujian_2026_demand.txt.{jsonl,doc.json}
next to this script. The source text is read from the corpus (lines 18-20 and 29-31 of
2026_福建省_政府工作报告.csv, as manifest.tsv says; the CSV's last field holds the whole report, so
its file lines are the report's paragraphs); when the /tmp/b19 cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (a text that repeats is searched
after its previous match; a fact may give `occ`, which occurrence at or after that point is meant,
or `same`, the very mention the fact before it matched: two facts read from one mention), that no
project/org/region name is listed twice per document, and that period and period_source are null
together. No report text other than the facts' own text, names and subjects is copied here; the
document titles are derived from the cuts by the rule their records state.
Modelled on ../blind18/build_zhejiang_review.py (same constructors and checker).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_福建省_政府工作报告.csv"
CUTS = Path("/tmp/b19")

FJ, FJC = "福建省", "350000"
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2025,
        psrc="section", entity=None, region=FJ, rcode=FJC, role="actual", scope=None,
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


SENT = dict(period=Y2025, psrc="sentence")        # the summary sentence names 2025 itself

# ---------------------------------------------------------------- review (lines 18-20)
# Line 1: the review's heading (no year; the province's name only inside the slogan): no fact.
# Line 2: the overview: the year just past opens it, and the year is called the plan's closing
# year (FACTS: that clause gives one date, 2025, and no 十四五 date; blind6 Fujian plan, dev
# Sichuan 2025). The general secretary's inspection of the province names the province on its own
# (blind6 Fujian 2025 review, the same phrase form); the provincial party committee leads.
# Line 3: the preliminary statistics of 2025: one sentence naming 2025 itself → 2025, `sentence`,
# actual (blind6 Fujian 2025 review, the same sentence a year earlier). The price level "flat on
# the year before" has no figure → no fact (dev Putuo budget, blind7).
REVIEW = [
    # line 2
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    REG("福建", "福建省", "350000", "province", []),           # one entry for its two mentions
    N("org", "省委"),
    # line 3
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    M("60199.45亿元", 6_019_945_000_000, "地区生产总值", **SENT),
    G("增长5%", 5, "地区生产总值", **SENT),
    M("3723.35亿元", 372_335_000_000, "地方一般公共预算收入", **SENT),
    G("增长3%", 3, "地方一般公共预算收入", **SENT),
    G("增长4.4%", 4.4, "社会消费品零售总额", **SENT),
    G("下降3.3%", -3.3, "固定资产投资", **SENT),
    G("下降5.4%", -5.4, "进出口", **SENT),
    # a 分别 pair: the first member's text with 增长, the later one bare (blind6 Fujian, blind18)
    G("增长4.5%", 4.5, "城镇居民人均可支配收入", **SENT),
    G("5.7%", 5.7, "农村居民人均可支配收入", **SENT),
    P("4.7%", 4.7, "城镇调查失业率", **SENT),
]

# ---------------------------------------------------------------- demand (lines 29-31)
# Part (三) of the 2025 review, with its own heading (no year). Neither the part heading nor the
# review's heading names a year; the review's overview (2025 is the year just past, and the
# preliminary statistics of 2025 that lead into the parts) gives it → 2025, `section`, actual
# (blind6 Fujian 2025 review part (一), the same layout a year earlier; blind16 Sichuan demand).
DEMAND = [
    # line 2 (consumption)
    Q("近万场", 10000, "场", "促消费活动", approx="近"),           # blind15 news `近万名`
    M("791亿元", 79_100_000_000, "以旧换新带动消费"),
    Q("750多万人次", 7_500_000, "人次", "惠及消费者", approx="多"),
    # the first-tier group of instant retail is a group rank, not a ranking (blind6 Fujian)
    R("居全国第三", 3, "全国", "农村网络零售额"),
    REG("福州", "福州市", "350100", "prefecture", ["福建省"]),
    REG("厦门", "厦门市", "350200", "prefecture", ["福建省"]),   # one entry for its two mentions
    REG("泉州", "泉州市", "350500", "prefecture", ["福建省"]),   # one entry for its two mentions
    # the country's seventh "capital of gastronomy" is an ordinal, not a ranking; the first batch too
    Q("6个", 6, "个", "入选中国消费名品的企业品牌"),
    Q("2个", 2, "个", "入选中国消费名品的区域品牌"),
    # line 3 (investment)
    M("1542亿元", 154_200_000_000, "自审自发地方政府专项债券"),   # dev Sichuan 2025 `1542亿元`
    M("150亿元", 15_000_000_000, "争取中央预算内投资"),           # 争取 in a review: secured, actual
    Q("1550个", 1550, "个", "省重点项目"),
    M("7398亿元", 739_800_000_000, "省重点项目完成投资"),
    N("project", "福州地铁滨海快线"),
    N("project", "宁古高速"),
    N("project", "沙南高速"),
    G("增长5.6%", 5.6, "基础设施投资"),
    N("project", "漳州核电一期"),                                # phase kept (blind15, blind16)
    N("project", "烷烃一体化生产基地"),                          # superlative dropped (blind6)
    G("增长6.1%", 6.1, "工业投资"),
    N("project", "宁德核电6号机组"),
    N("project", "温福高铁"),
    N("project", "厦漳泉R1线先行段"),                            # section kept (blind13)
    N("project", "沈海高速漳诏段扩容工程"),
]


# ---------------------------------------------------------------- titles (derived, not copied)
def first_line(text):
    """The cut's own first line: its heading."""
    return text.split("\n", 1)[0].strip()


COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the governor reports on behalf of the provincial people's government (lines 15 and 17 of the CSV file: the governor's title-and-name line and the opening sentence), so the issuing body is 福建省人民政府 (blind6 Fujian 2025).",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = ("the report was delivered 2026-01-27 by the governor at the fourth session of the 14th "
             "people's congress of 福建省 (line 12 of the CSV file); the newspaper copy's time line "
             "(2026-02-06, line 14) and the CSV record's publish_date field (2026-02-06) date the web "
             "copy and are outside the cut as well")
ENC = "the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands on line 1 only, so the cut is UTF-8 without BOM."

DOCS = {
    "report_fujian_2026_review.txt": {
        "lines": (18, 20),
        "facts": REVIEW,
        "title": first_line,
        "record": {
            "year_source": f"the excerpt (lines 18-20 of 2026_福建省_政府工作报告.csv) has no date line of its own, so issued is null; {DATE_LINE}. Its overview paragraph opens with 2025 as the year just past and its summary sentence names 2025 itself, so year 2026 and its figures are 2025's (period_source sentence; the heading names no year).",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "the provincial work report of 福建省 (全省 is the province's own; 福建 stands on its own in the overview) → 福建省 350000, level province.",
        },
    },
    "report_fujian_2026_demand.txt": {
        "lines": (29, 31),
        "facts": DEMAND,
        "title": first_line,
        "record": {
            "year_source": f"the excerpt (lines 29-31 of 2026_福建省_政府工作报告.csv) has no date line of its own, so issued is null; {DATE_LINE}. It is part (三) of the review of 2025 (the review's heading at line 18 names no year; its overview, lines 19-20, makes 2025 the year just past and leads into the parts), so year 2026 and its figures are 2025's (period_source section).",
            "title_source": "the excerpt has no title line; its own part heading (line 1, item number kept) is used.",
            "region_source": "the provincial work report of 福建省 (the cities named are places inside it; the province's name stands in the excerpt only in a one-character form inside a campaign name) → 福建省 350000, level province.",
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
            "issuer": "福建省人民政府", "genre": "report", "region": FJ, "region_code": FJC,
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
