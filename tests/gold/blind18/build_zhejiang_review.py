#!/usr/bin/env python3
"""Blind gold for the review excerpt of the 2026 Zhejiang work report (see NOTES_zhejiang_review.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_zhejiang_2026_review.txt.{jsonl,doc.json} next to this script. The source text is
read from the corpus (lines 18-20 of 2026_浙江省_政府工作报告.csv, as manifest.tsv says; the CSV's
last field holds the whole report, so its file lines are the report's paragraphs); when the
/tmp/b18 cut exists it is compared with it.
Checks that every `text` occurs in its source in the order listed (a text that repeats is searched
after its previous match; a fact may give `occ`, which occurrence at or after that point is meant,
or `same`, the very mention the fact before it matched: two facts read from one mention), that no
project/org/region name is listed twice per document, and that period and period_source are null
together. No report text other than the facts' own text, names and subjects is copied here; the
document title is derived from the cut by the rule its record states.
Modelled on ../blind17/build_yunnan_review.py (same constructors and checker).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_浙江省_政府工作报告.csv"
CUTS = Path("/tmp/b18")

ZJ, ZJC = "浙江省", "330000"
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2025,
        psrc="section", entity=None, region=ZJ, rcode=ZJC, role="actual", scope=None,
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


LEAD = dict(period=Y2025, psrc="paragraph")        # figures of the overview paragraph (its year opens it)

# ---------------------------------------------------------------- review (lines 18-20)
# Line 1: the review's heading (the 2025 work and the 十四五 achievements): two dates, no figure.
# Line 2: the 2025 overview paragraph, opened by the year itself; its figures stand in its last
# sentence, which has no date of its own → 2025, `paragraph`, actual (blind5 Zhejiang 2025 review,
# the same paragraph a year earlier; blind16 Sichuan review; blind17 Yunnan review).
# Line 3: the first part of the 2025 review (science, innovation, universities, talent); no year of
# its own → 2025, `section`, actual (blind5 Zhejiang lines 3-4, blind17 Yunnan line 3).
REVIEW = [
    # line 1: the heading; the item number is no number
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    D("“十四五”", "2021-01-01", "2025-12-31", "period"),       # FACTS: the bare quoted plan name (blind16)
    # line 2
    D("2025年", "2025-01-01", "2025-12-31", "year"),          # the year just past (blind5, blind17)
    # the party congress and plenums are meetings; the strategy, the "132" deployment and the
    # ten major works are labels (blind5); the demonstration zone is a designation (blind5)
    N("org", "省委"),                                          # one entry for its two mentions
    N("org", "省人大"),                                        # blind5 Zhejiang, blind8 Chongqing
    N("org", "省政协"),
    G("增长5.5%", 5.5, "生产总值", **LEAD),                    # blind5 subject as written
    G("增长1.8%", 1.8, "一般公共预算收入", **LEAD),
    # a 分别 pair: the first member's text with 增长, the later one bare (blind5)
    G("增长4.3%", 4.3, "城镇居民人均可支配收入", **LEAD),
    G("5.5%", 5.5, "农村居民人均可支配收入", **LEAD),
    # the ten-aspect livelihood items: a label (blind5 Zhejiang, the same phrase)
    # line 3 (the part heading opens it: the province named in its slogan is no region, blind8,
    # blind12, blind14; the item number is no number)
    M("7232亿元", 723_200_000_000, "科技创新投入"),
    G("增长5.6%", 5.6, "科技创新投入"),
    # the fund's first-phase size, set up in 2025 (dev Sichuan 2025: fund sizes set up are actual);
    # the fund is neither project nor org (seed: funds), so entity null
    M("500亿元", 50_000_000_000, "浙江社保科创基金首期规模"),
    Q("67家", 67, "家", "省级概念验证中心"),
    Q("11家", 11, "家", "省级中试平台"),
    Q("3家", 3, "家", "国家级制造业中试平台"),
    Q("超6000家", 6000, "家", "新增高新技术企业", approx="超"),
    Q("1.76万家", 17600, "家", "新增科技型中小企业"),          # the shared 新增 carried
    Q("15个", 15, "个", "创新联合体"),
    P("超过80%", 80, "省重大科技计划项目中企业牵头或参与占比", approx="超过"),
    M("6800亿元左右", 680_000_000_000, "人工智能核心产业营收", approx="左右"),
    G("增长20%以上", 20, "人工智能核心产业营收", approx="以上"),
    # the model's owner, a well-known short name (blind5: 华为 from 华为盘古; the model is a product)
    N("org", "阿里"),
    N("org", "DeepSeek"),
    # "leading globally" is no ranking; the "six little dragons" is a nickname (label)
    REG("杭州", "杭州市", "330100", "prefecture", ["浙江省"]),  # a place qualifying the companies (dev 娄底硅钢)
    N("project", "国家人工智能医疗中试基地"),                # a named base (blind6 绿氢中试基地)
    N("org", "浙江大学"),                                    # the university the measures in 《》 support
    N("org", "宁波东方理工大学"),
    N("org", "浙江工业大学"),
    N("org", "温州医科大学"),
    N("org", "浙江农林大学"),
    N("org", "西湖大学"),
    # the national key laboratories are generic; the "zero" breakthrough is no number
    N("org", "杭州职业技术大学"),
    N("org", "宁波职业技术大学"),
    Q("15所", 15, "所", "入选“双高计划”高职院校"),            # dev Shandong 2025 `15所`
    Q("21个", 21, "个", "入选“双高计划”专业群"),
    Q("7名", 7, "名", "新增“两院”院士"),                      # blind17 Yunnan fiveyear
    Q("409名", 409, "名", "新入选国家培养计划科技领军人才"),
    Q("475名", 475, "名", "新增国家级青年人才"),
    Q("8063家", 8063, "家", "“企业认定、政府认账”授权企业"),
    Q("5.45万名", 54500, "名", "认定人才"),
    Q("1787名", 1787, "名", "省市县选派科技副总"),
    Q("973名", 973, "名", "省市县选派产业教授"),               # the shared head carried
]


# ---------------------------------------------------------------- titles (derived, not copied)
def first_line(text):
    """The cut's own first line: the review's heading."""
    return text.split("\n", 1)[0].strip()


COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the governor reports on behalf of the provincial people's government (lines 15 and 17 of the CSV file: the governor's title-and-name line and the opening sentence), so the issuing body is 浙江省人民政府 (blind5 Zhejiang 2025).",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = ("the report was delivered 2026-01-14 by the governor at the fourth session of the 14th "
             "people's congress of 浙江省 (line 12 of the CSV file); the newspaper copy's time line "
             "(2026-01-22, line 14) and the CSV record's publish_date field (2026-01-22) date the web "
             "copy and are outside the cut as well")
ENC = "the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands on line 1 only, so the cut is UTF-8 without BOM."

DOCS = {
    "report_zhejiang_2026_review.txt": {
        "lines": (18, 20),
        "facts": REVIEW,
        "title": first_line,
        "record": {
            "year_source": f"the excerpt (lines 18-20 of 2026_浙江省_政府工作报告.csv) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading reviews the 2025 work and the 十四五 achievements, and its overview paragraph opens with 2025 as the year just past, so year 2026 and its figures are 2025's (overview: paragraph; the first part: section; the five-year part begins only at line 32).",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "the provincial work report of 浙江省 (全省 is the province's own; the province's name stands in the excerpt only inside a slogan and inside names) → 浙江省 330000, level province.",
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
