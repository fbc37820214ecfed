#!/usr/bin/env python3
"""Blind gold for three excerpts of the 2025 Beijing work report (see NOTES_beijing.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_beijing_2025_{review,region,plan}.txt.{jsonl,doc.json} next to this script.
The source text is read from the corpus (lines 6-8, 15 and 25-28 of 2025年北京市政府工作报告.txt,
as manifest.tsv says); when the /tmp/b7 cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (a fact may give `occ`, which
occurrence of its text at or after the previous fact's position is meant; no report text other
than the facts' own text is copied here), that no project/org/region name is listed twice per
document, and that period and period_source are null together.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/alexzhu0__Jina_Embeddings_v4_RAG/txt/2025年北京市政府工作报告.txt"

BJ, BJC = "北京市", "110000"
XA, XAC = "河北雄安新区", "13102001"
Y2024 = {"date_start": "2024-01-01", "date_end": "2024-12-31"}
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2024,
        psrc="section", entity=None, region=BJ, rcode=BJC, role="actual", scope=None, occ=None):
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


# ---------------------------------------------------------------- review (lines 6-8)
# The review's heading, its lead paragraph and the paragraph that opens with 过去一年. No figures.
REVIEW = [
    # line 1: the heading (2024's review)
    D("2024年", "2024-01-01", "2024-12-31", "year"),
    # line 2: the lead paragraph; its first 2024年 is the second in the cut
    D("2024年", "2024-01-01", "2024-12-31", "year", occ=2),
    D("“十四五”", "2021-01-01", "2025-12-31", "period"),
    REG("延庆区", "延庆区", "110119", "county", ["北京市"]),
    REG("八达岭镇", "八达岭镇", None, "town", ["北京市", "延庆区"]),
    REG("石峡村", "石峡村", None, "other", ["北京市", "延庆区", "八达岭镇"]),
    # the 2024 edition of the services-trade fair, its year written with 年 (open, see notes)
    D("2024年", "2024-01-01", "2024-12-31", "year"),
    REG("北京", "北京市", "110000", "province", []),
    # line 3: the paragraph that opens with 过去一年
    D("过去一年", "2024-01-01", "2024-12-31", "year"),
    N("org", "党中央"),
    N("org", "中共北京市委"),
    N("org", "市人大"),
    N("org", "国务院"),
]

# ---------------------------------------------------------------- region (line 15)
# The second numbered item of the 2024 review (its heading, line 6, is outside the cut): period 2024,
# period_source section (as blind6's headless excerpts), role actual.
REGION = [
    REG("京津冀", None, None, "other", None),
    Q("104家", 104, "家", "疏解提质一般制造业企业"),
    Q("超2000万平方米", 20000000, "平方米", "治理违法建设", approx="超"),
    Q("6.6平方公里", 6.6, "平方公里", "城乡建设用地再减量"),
    N("project", "友谊医院顺义院区"),
    N("org", "友谊医院"),
    N("project", "北京工商大学良乡校区二期"),
    N("org", "北京工商大学"),
    N("org", "中国星网"),
    REG("雄安新区", XA, XAC, "zone", ["河北省"]),
    N("org", "北京四中雄安校区教育集团"),
    N("org", "雄安宣武医院"),
    Q("19万人次", 190000, "人次", "门诊量", entity="雄安宣武医院", region=XA, rcode=XAC),
    N("project", "雄安新区中关村科技园"),
    Q("130家", 130, "家", "累计入驻企业", entity="雄安新区中关村科技园", region=XA, rcode=XAC),
    N("org", "京津冀国家技术创新中心雄安中心"),
    REG("城市副中心", "北京城市副中心", None, "other", ["北京市"]),
    N("project", "中国人民大学通州校区"),
    N("org", "中国人民大学"),
    N("project", "城市绿心"),
    N("project", "全国温室气体自愿减排交易市场"),
    N("project", "厂通路"),
    REG("天津", "天津市", "120000", "province", []),
    REG("河北", "河北省", "130000", "province", []),
    N("project", "京蔚高速"),
    # items shared by the three free-trade zones: entity 京津冀, region null (Sichuan's 355项 precedent)
    Q("230项", 230, "项", "京津冀自贸试验区同事同标政务服务事项", entity="京津冀", region=None, rcode=None),
]

# ---------------------------------------------------------------- plan (lines 25-28)
# The targets' sentence holds 今年 itself: period 2025, period_source sentence, role target.
T = dict(period=Y2025, psrc="sentence", role="target")
PLAN = [
    D("2025年", "2025-01-01", "2025-12-31", "year"),
    # the clause naming 2025 as the last year of the “十四五” plan gives only its 今年 (FACTS); the “十五五” of the same sentence is kept
    D("今年", "2025-01-01", "2025-12-31", "year"),
    D("“十五五”", "2026-01-01", "2030-12-31", "period"),
    D("今年", "2025-01-01", "2025-12-31", "year"),
    REG("北京", "北京市", "110000", "province", []),
    REG("京津冀", None, None, "other", None),
    D("今年", "2025-01-01", "2025-12-31", "year"),
    G("增长5%左右", 5, "地区生产总值", approx="左右", **T),
    G("增长4%左右", 4, "一般公共预算收入", approx="左右", **T),
    P("5%以内", 5, "城镇调查失业率", approx="以内", **T),
    G("2%左右", 2, "居民消费价格涨幅", approx="左右", **T),
]

COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the mayor speaks on behalf of the municipal people's government (line 5 of the full file), so the issuing body is 北京市人民政府.",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = "the report was delivered 2025-01-14 at the third session of the 16th municipal people's congress (line 3 of the full file)"

DOCS = {
    "report_beijing_2025_review.txt": {
        "lines": (6, 8),
        "facts": REVIEW,
        "record": {
            "title": "一、2024年工作回顾",
            "year_source": f"the excerpt (lines 6-8 of 2025年北京市政府工作报告) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading reviews 2024 and calls it 过去一年, so year 2025 and 过去一年 = 2024.",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "a municipal work report of 北京 (the region fact 北京; the org 中共北京市委) → 北京市 110000.",
            "encoding_source": "the cut is sed output (lines 6-8) of a UTF-8 file without BOM.",
        },
    },
    "report_beijing_2025_region.txt": {
        "lines": (15, 15),
        "facts": REGION,
        "record": {
            "title": "二是深入实施京津冀协同发展战略，更加紧密的发展格局逐步形成",
            "year_source": f"the excerpt (line 15 of 2025年北京市政府工作报告) has no date line and no date; it is the second numbered item of the list of the year's work (introduced on line 14) under the heading of the 2024 review (line 6), both outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2025, and its figures are 2024's (period_source section, as blind6's headless excerpts). issued null.",
            "title_source": "no title line and no heading; the excerpt's own lead, up to the first 。 (without it), is used, as blind5 Guizhou and blind6 Fujian/Shaanxi did.",
            "region_source": "a municipal work report: 北京市 110000 (its places 雄安新区, 天津 and 河北 are partners, not the report's own place).",
            "encoding_source": "the cut is sed output (line 15) of a UTF-8 file without BOM.",
        },
    },
    "report_beijing_2025_plan.txt": {
        "lines": (25, 28),
        "facts": PLAN,
        "record": {
            "title": "二、2025年工作总体要求和重点任务",
            "year_source": f"the excerpt (lines 25-28 of 2025年北京市政府工作报告) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading is 2025's plan and its 今年 is the last year of the 十四五 plan, so year 2025 and 今年 = 2025.",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "the region fact 北京 → 北京市 110000; the targets are the city's.",
            "encoding_source": "the cut is sed output (lines 25-28) of a UTF-8 file without BOM.",
        },
    },
}


def check_and_strip(doc, text, facts):
    errors = []
    pos = 0
    seen = set()
    out = []
    for f in facts:
        occ = f.pop("_occ", None) or 1
        at = pos - 1
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
        cut = Path("/tmp/b7") / doc
        if cut.exists() and cut.read_text(encoding="utf-8") != text:
            all_errors.append(f"{doc}: /tmp/b7 copy differs from the corpus lines {spec['lines']}")
        facts, errors = check_and_strip(doc, text, [dict(f) for f in spec["facts"]])
        all_errors += errors
        record = {
            "doc": doc, "title": spec["record"]["title"], "issued": None, "year": 2025,
            "issuer": "北京市人民政府", "genre": "report", "region": BJ, "region_code": BJC,
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
