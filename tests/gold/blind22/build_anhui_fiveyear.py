#!/usr/bin/env python3
"""Blind gold for two excerpts of the 2026 Anhui work report (see NOTES_anhui_fiveyear.md): two
paragraphs of the five-year review, cut without any heading (lines 31-32), and three paragraphs of
the 2026 plan's part on the modern industrial system, cut without any heading (lines 69-71).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_anhui_2026_{fiveyear,sectors}.txt.{jsonl,doc.json} next to this script. The source
text is read from the corpus (the lines of 2026_安徽省_政府工作报告.csv that manifest.tsv names;
the CSV's last field holds the whole report, so its file lines are the report's paragraphs); when
the /tmp/b22src cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (each text is searched from the
end of the previous fact's match, so a text inside an earlier fact's text is not matched there; a
fact may give `occ`, which occurrence from that point is meant), that no project/org/region name
is listed twice per document, that period and period_source are null together, and that every
`entity` is a project/org/region name listed for the same document. No report text other than
the facts' own text, names and subjects is copied here; the document titles are derived from the
cut by the rule each record states.
Modelled on ../blind21/build_jiangxi_fiveyear.py (same constructors and checker).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_安徽省_政府工作报告.csv"
CSV = "2026_安徽省_政府工作报告.csv"
CUTS = Path("/tmp/b22src")

AH, AHC = "安徽省", "340000"
P145 = {"date_start": "2021-01-01", "date_end": "2025-12-31"}   # the 十四五 period, "these five years"
Y2026 = {"date_start": "2026-01-01", "date_end": "2026-12-31"}


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=P145,
        psrc="paragraph", entity=None, region=AH, rcode=AHC, role="actual", scope=None,
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


# ---------------------------------------------------------------- fiveyear (lines 31-32)
# Two paragraphs of the five-year part of the review (the part opens at line 30 with the 十四五
# closed and "these five years"; the review heading, line 18, names 2025 and the 十四五 period;
# both outside the cut). Each paragraph opens with the dash-led five-years phrase (a duration, no
# date fact) in a first sentence that holds no figure; it fixes its paragraph's figures to
# 2021-2025, period_source `paragraph` (blind19 Fujian, blind20 Hunan, blind21 Jiangxi fiveyear).
# Role actual throughout. Stocks, levels, from-to pairs and both ends of rank changes take the
# span (blind20 `全国第12位`/`第9位`, blind21 the structure's two ends).
FIVEYEAR = [
    # ---- line 1: overall strength
    # the count of trillion-yuan steps crossed: a count with its measure word; the trillion step
    # is the size of each step, not a level reached (no money fact; cf. blind20 `5万亿`, a level)
    Q("两个", 2, "个", "地区生产总值连跨万亿元台阶"),
    G("年均增长5.7%", 5.7, "地区生产总值", basis="年均"),
    # the gap to the national rate (blind20 Hunan review `高于全国平均0.3个百分点`, pp, basis null)
    G("高于全国0.3个百分点", 0.3, "地区生产总值年均增速高于全国", unit="pp"),
    # the start rank and the rank reached, both the span's (blind20 `全国第12位`/`第9位`)
    R("全国第12位", 12, "全国", "规上工业企业营收"),
    R("第5位", 5, "全国", "规上工业企业营收"),
    # the industrial-province status: no figure
    R("全国第6位", 6, "全国", "制造业高质量发展指数"),
    Q("4个", 4, "个", "人民币存款、贷款余额连跨万亿元台阶"),
    # one mention shared by deposits and loans ("both"): one fact (blind21 `突破6万亿元`)
    M("突破9万亿元", 9_000_000_000_000, "人民币存款、贷款余额", approx="突破"),
    Q("800亿斤以上", 80_000_000_000, "斤", "粮食产量", approx="以上"),
    # the people of the Yangtze-Huai land (a cultural area, no division: no region); the water
    # diversion works opened to water and ships: a named works
    N("project", "引江济淮工程"),
    # the national top-three of the high-speed rail mileage: a group rank (seed CONVENTIONS), no
    # ranking; the quoted "county to county" / "county town" slogans: no facts
    Q("3座", 3, "座", "建成运输机场"),
    Q("8座", 8, "座", "建成通用机场"),                          # the verb carried (blind17-21)
    # from-to pair of a ratio: both ends take the span (blind21 structure, blind20 ranks)
    P("14.7%", 14.7, "社会物流总费用与GDP的比率"),
    P("13%左右", 13, "社会物流总费用与GDP的比率", approx="左右"),
    # the gap to the national ratio, as written (blind20 `快于经济增速1个百分点` → +1 pp)
    G("优于全国约1个百分点", 1, "社会物流总费用与GDP的比率优于全国", unit="pp", approx="约"),
    # computing power in P (petaflops): a measure with its unit
    Q("超4.8万P", 48_000, "P", "建成智能算力", approx="超"),
    # the charging piles in every township and 5G (an identifier, seed) in every village: no numbers
    # ---- line 2: innovation
    # the quoted "science-industry-finance" cycle and the tree images: labels, no facts
    # the national laboratory (unnamed, generic: blind20/21); the comprehensive national science
    # centre: a named national platform (FACTS project: platform), 合肥 nested in it
    N("project", "合肥综合性国家科学中心"),
    G("翻番", 1, "全国重点实验室数量", unit="倍"),                 # blind20/21 `翻番` → 1 倍
    # the EAST tokamak: a named big-science facility (blind19 news `江门中微子实验探测器`); its
    # quoted record "hundred-million degrees, thousand seconds" is a label, no number; the quoted
    # "Tiandu" satellite pair (vehicles, blind20/21 news) and the products that broke the foreign
    # monopoly (speech, memory, the kernel software, chips, robots): no facts
    N("project", "东方超环"),
    G("增长4.9倍", 4.9, "科技型中小企业数", unit="倍"),
    R("全国第13位", 13, "全国", "科技型中小企业数"),
    R("第5位", 5, "全国", "科技型中小企业数"),
    G("增长1.7倍", 1.7, "高新技术企业数", unit="倍"),
    R("全国第10位", 10, "全国", "高新技术企业数"),
    R("第8位", 8, "全国", "高新技术企业数"),
    Q("80户", 80, "户", "专精特新“小巨人”企业"),
    Q("810户", 810, "户", "专精特新“小巨人”企业"),
    P("超80%", 80, "由企业承担的省科技攻坚项目、资金、研发投入比重", approx="超"),
    G("增长4.5倍", 4.5, "科技型企业贷款余额", unit="倍"),
    R("居全国第2位", 2, "全国", "科创专项担保额"),
    R("全国第10位", 10, "全国", "全社会研发投入强度"),
    R("第7位", 7, "全国", "全社会研发投入强度"),
    G("年均增长11.2%", 11.2, "研发人员总量", basis="年均"),
    G("年均增长51.3%", 51.3, "吸纳技术合同成交额", basis="年均"),
    # the per-10,000 base is no number (blind21)
    G("年均增长28%", 28, "每万人高价值发明专利拥有量", basis="年均"),
    # the national first tier of regional innovation capacity: a group rank, no ranking
]

# ---------------------------------------------------------------- sectors (lines 69-71)
# Three paragraphs of part (三) of the 2026 work (the modern industrial system), cut without the
# part heading (line 67) and the plan heading (line 51, naming 2026). The cut names no year and
# has no date: every figure takes 2026 from the plan section, period_source `section`, role
# target (blind19 invest, blind20 Hunan industry, blind21 Jiangxi sectors).
TP = dict(period=Y2026, psrc="section", role="target")
SECTORS = [
    # ---- line 1: emerging industry clusters. The works of the lead (a programme, seed `满园工程`),
    # the international innovation centre to build (a goal, unnamed), the quoted "satellite,
    # rocket, network, terminal" chain (a label), the provincial bases of new productive forces
    # (a generic designation, blind20/21) and the flagship scenes: no facts
    # ---- line 2: future industries. The works of the lead (a programme), the incubation bases,
    # parks and pilot areas (generic), the quoted "thousand scenes" of quantum information (a
    # label, seed `双百工程`): no facts
    # ---- line 3: advanced manufacturing clusters
    Q("1000家左右", 1000, "家", "新增专精特新企业", approx="左右", **TP),
    # 左右 stands after the second count only
    Q("10个", 10, "个", "新培育省级先进制造业集群", **TP),
    Q("30个左右", 30, "个", "新培育县域制造业特色产业集群", approx="左右", **TP),
    # the standardisation and quality works (programmes), the quoted provincial brand campaign
    # (the one-character province name inside a brand: no region, blind19/21): no facts
]

# ---------------------------------------------------------------- titles (derived, not copied)


def lead(text):
    """The cut's own lead up to the first 。, without the 。 and without a leading list dash."""
    return text.split("。", 1)[0].strip().lstrip("—").strip()


COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the governor (line 15 of the CSV file) reports on behalf of the provincial people's government (line 17), so the issuing body is 安徽省人民政府 (blind17-21: the body the governor speaks for).",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = ("the report was delivered 2026-02-05 by the governor at the fourth session of the 14th "
             "people's congress of 安徽省 (line 12 of the CSV file, the report text's date line; the "
             "newspaper copy's time line 2026-02-11 (line 14) and the CSV record's publish_date "
             "2026-02-11 date the web copy, not the excerpt)")
ENC = "the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands before line 1 only, so the cut is UTF-8 without BOM."

DOCS = {
    "report_anhui_2026_fiveyear.txt": {
        "lines": (31, 32),
        "facts": FIVEYEAR,
        "record": {
            "year_source": f"the excerpt (lines 31-32 of {CSV}) has no date line, so issued is null; {DATE_LINE}. It is the first two paragraphs of the five-year part (opened at line 30: the 十四五 closed, these five years) of the review headed by 2025 and the 十四五 period (line 18), both outside the cut. year 2026 (the report's year, as a reader of the whole report reads an excerpt); its figures are the 2021-2025 period's (period_source paragraph: the five-years phrase opens each paragraph's first sentence).",
            "title_source": "no title line and no heading of its own (the review heading is line 18, the five-year part's opening line 30, both outside the cut); the lead up to the first 。, without the 。 and without the list dash that opens it (blind9-21 headless excerpts).",
            "region_source": "the provincial work report (no standalone place in the cut: 合肥 stands only inside the science centre's name, the Yangtze-Huai land is no division) → 安徽省 340000.",
        },
    },
    "report_anhui_2026_sectors.txt": {
        "lines": (69, 71),
        "facts": SECTORS,
        "record": {
            "year_source": f"the excerpt (lines 69-71 of {CSV}) has no date line and no heading (the heading of the 2026 work is line 51, the heading of its part (三) on the modern industrial system line 67, both outside the cut), so issued is null; {DATE_LINE}. year 2026 (the report's year, and the year of the plan part the excerpt stands in); its figures take 2026 from that section (period_source section, role target).",
            "title_source": "no title line and no heading in the cut; the lead up to the first 。, without the 。 (blind9-21 headless excerpts).",
            "region_source": "the provincial work report (no standalone place in the cut: the one-character province name stands only inside the quoted brand) → 安徽省 340000.",
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
        pos = at + len(f["text"])
        if f["kind"] in ("project", "org", "region"):
            key = "".join(f["name"].split())
            if key in seen:
                errors.append(f"{doc}: name {key!r} listed twice")
            seen.add(key)
        if f["kind"] not in ("project", "org", "region", "date"):
            if (f["period"] is None) != (f["period_source"] is None):
                errors.append(f"{doc}: {f['text']!r}: period and period_source disagree")
        out.append({"doc": doc, **f})
    # every entity must be a listed name of the same document (an entity may join several listed
    # names with 、, as blind17 `省委、省政府`)
    for f in out:
        ent = f.get("entity")
        if ent and not all("".join(e.split()) in seen for e in ent.split("、")):
            errors.append(f"{doc}: {f['text']!r}: entity {ent!r} is not a listed name")
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
