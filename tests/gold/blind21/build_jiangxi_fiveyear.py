#!/usr/bin/env python3
"""Blind gold for two excerpts of the 2026 Jiangxi work report (see NOTES_jiangxi_fiveyear.md): two
paragraphs of the five-year review, cut without any heading (lines 28-29), and two paragraphs of
the 2026 plan's part on the modern industrial system, cut without any heading (lines 54-55).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_jiangxi_2026_{fiveyear,sectors}.txt.{jsonl,doc.json} next to this script. The source
text is read from the corpus (the lines of 2026_江西省_政府工作报告.csv that manifest.tsv names;
the CSV's last field holds the whole report, so its file lines are the report's paragraphs); when
the /tmp/b21 cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (each text is searched from the
end of the previous fact's match, so a text inside an earlier fact's text is not matched there; a
fact may give `occ`, which occurrence from that point is meant), that no project/org/region name
is listed twice per document, that period and period_source are null together, and that every
`entity` is a project/org/region name listed for the same document. No report text other than
the facts' own text, names and subjects is copied here; the document titles are derived from the
cut by the rule each record states.
Modelled on ../blind20/build_hunan_fiveyear.py (same constructors and checker).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_江西省_政府工作报告.csv"
CSV = "2026_江西省_政府工作报告.csv"
CUTS = Path("/tmp/b21")

JX, JXC = "江西省", "360000"
P145 = {"date_start": "2021-01-01", "date_end": "2025-12-31"}   # the 十四五 period, "these five years"
Y2026 = {"date_start": "2026-01-01", "date_end": "2026-12-31"}


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=P145,
        psrc="paragraph", entity=None, region=JX, rcode=JXC, role="actual", scope=None,
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


# ---------------------------------------------------------------- fiveyear (lines 28-29)
# Two paragraphs of the five-year part of the review (the part opens at line 27 with the 十四五
# closed and "these five years"; the review heading, line 19, names 2025 and the 十四五 period;
# both outside the cut). Each paragraph's first sentence opens with the five-years phrase (a
# duration, no date fact) and holds no figure; it fixes its paragraph's figures to 2021-2025,
# period_source `paragraph` (blind19 Fujian and blind20 Hunan fiveyear, the same construction).
# Role actual throughout. Stocks, levels, from-to pairs and ranks take the span (blind18-20).
FIVEYEAR = [
    # ---- line 1: economic strength
    # the marks crossed and the levels reached (blind20 `突破11万亿元`, `1.6万亿元`); the reaching
    # verb is no qualifier
    M("突破3万亿元", 3_000_000_000_000, "地区生产总值", approx="突破"),
    M("3.6万亿元", 3_600_000_000_000, "地区生产总值"),
    M("突破1万美元", 10_000, "人均地区生产总值", approx="突破", currency="USD"),
    M("1.12万美元", 11_200, "人均地区生产总值", currency="USD"),
    # the three-sector structure, from-to: each member a sector's share of GDP in percent (each
    # triple sums to 100); both ends take the span (blind18/20 from-to pairs)
    P("8.7", 8.7, "三次产业结构"),
    P("41.2", 41.2, "三次产业结构"),
    P("50.1", 50.1, "三次产业结构"),
    P("7.4", 7.4, "三次产业结构"),
    P("39.6", 39.6, "三次产业结构"),
    P("53", 53, "三次产业结构"),
    # the threshold is a size: period and role null (seed; blind18 Zhejiang invest `亿元以上`)
    M("亿元以上", 100_000_000, "省大中型项目总投资规模", approx="以上", period=None, role=None),
    Q("1.3万余个", 13_000, "个", "累计实施亿元以上省大中型项目", approx="余"),
    M("1万亿元以上", 1_000_000_000_000, "年度投资", approx="以上"),
    P("55%左右", 55, "民间投资占全部投资比重", approx="左右"),
    # one mention shared by deposits and loans: one fact (blind19 `稳居全球第一`)
    M("突破6万亿元", 6_000_000_000_000, "金融机构本外币存、贷款余额", approx="突破"),
    Q("155万户", 1_550_000, "户", "累计净增各类经营主体"),
    Q("474万户", 4_740_000, "户", "各类经营主体总量"),
    Q("48家", 48, "家", "新增上市公司"),
    Q("122家", 122, "家", "上市公司总量"),
    # ---- line 2: innovation and industry
    # the province standing alone in the "Jiangxi features" phrase (blind20 `湖南` from the
    # "Hunan experience", blind19 Fujian review); not inside a slogan or a name
    REG("江西", JX, JXC, "province", []),
    # the new-industrial-province status and the "zero" breakthrough idiom: no numbers
    Q("8家", 8, "家", "全国重点实验室"),
    P("突破2%", 2, "全社会研发投入强度", approx="突破"),
    # the per-10,000 base is no number (blind18); doubling → 1 倍 (blind20 `翻番`)
    G("翻番", 1, "每万人口高价值发明专利拥有量", unit="倍"),
    Q("7800家", 7800, "家", "有效期内高新技术企业"),
    P("69.63%", 69.63, "综合科技创新水平指数"),
    R("居全国第1", 1, "全国", "综合科技创新水平指数提升幅度"),
    M("突破1万亿元", 1_000_000_000_000, "工业增加值", approx="突破"),
    M("1.19万亿元", 1_190_000_000_000, "工业增加值"),
    # the trillion class of industries is a vague class (seed `千亿级`); 分别 pairs in order
    Q("2个", 2, "个", "万亿产业"),
    Q("3个", 3, "个", "国家先进制造业集群"),
    Q("接近2万家", 20_000, "家", "规模以上工业企业", approx="接近"),   # blind20 `接近800万户`
    N("org", "中国稀土集团"),                                  # 中国 nested in the name
    # the central enterprises' headquarters: generic, no figure
    M("突破1万亿元", 1_000_000_000_000, "数字经济规模", approx="突破"),
    M("1.4万亿元", 1_400_000_000_000, "数字经济规模"),
    # 5G is an identifier; the "every village" slogan no number
    R("列全国第9位", 9, "全国", "制造业发展综合质效指数"),    # verb kept (blind18 `稳居全国第4位`)
]

# ---------------------------------------------------------------- sectors (lines 54-55)
# Two paragraphs of part (二) of the 2026 work (the modern industrial system), cut without the
# part heading (line 53) and the plan heading (line 46, naming 2026). The cut names no year and
# has no date: every figure takes 2026 from the plan section, period_source `section`, role
# target (blind18/19 invest, blind20 Hunan industry: in the plan part every figure is a target,
# with or without a cue).
TP = dict(period=Y2026, psrc="section", role="target")
SECTORS = [
    # ---- line 1: raising the key industries' level
    # the quoted chain slogan, the national ten-key-industries work plan (a label and a plan
    # title), the quoted "six ones" (a label): no facts
    Q("15个左右", 15, "个", "实施规模化技改试点", approx="左右", **TP),
    Q("3个以上", 3, "个", "培育省级先进制造业集群", approx="以上", **TP),
    G("增长10%左右", 10, "集群营业收入", approx="左右", **TP),
    Q("突破6000家", 6000, "家", "专精特新中小企业", approx="突破", **TP),
    # the quoted "chain-cluster, AI" slogan: no facts
    P("9.5%左右", 9.5, "数字经济核心产业增加值占GDP比重", approx="左右", **TP),
    # ---- line 2: new tracks
    # the quoted electronics chain label; the national lithium cluster to create, the central
    # region's equipment cluster area and the national demonstration bases (designations, macro
    # area): no facts
    # the two quoted corridors to build: corridors are projects (blind18 Zhejiang invest); the
    # poetic province name 赣鄱 nested
    N("project", "赣鄱氢走廊"),
    N("project", "赣鄱空中走廊"),
    # 分别 pairs in order; the first two without 元 are money by the shared 元 (seed `产值 8.5 亿`)
    M("1.28万亿", 1_280_000_000_000, "电子信息产业规模", **TP),
    M("1.18万亿", 1_180_000_000_000, "有色金属产业规模", **TP),
    M("8200亿元", 820_000_000_000, "装备制造业产业规模", **TP),
    # the future-industry tracks and the quoted "pilot + investment + incubation" model: no facts
]

# ---------------------------------------------------------------- titles (derived, not copied)


def lead(text):
    """The cut's own lead up to the first 。, without the 。."""
    return text.split("。", 1)[0].strip()


COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the governor (line 15 of the CSV file) reports on behalf of the provincial people's government (line 18), so the issuing body is 江西省人民政府 (blind17-20: the body the governor speaks for).",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = ("the report was delivered 2026-01-27 by the governor at the fourth session of the 14th "
             "people's congress of 江西省 (line 12 of the CSV file, the report text's date line; the "
             "newspaper copy's time line 2026-02-05 (line 14) and the CSV record's publish_date "
             "2026-02-05 date the web copy, not the excerpt)")
ENC = "the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands before line 1 only, so the cut is UTF-8 without BOM."

DOCS = {
    "report_jiangxi_2026_fiveyear.txt": {
        "lines": (28, 29),
        "facts": FIVEYEAR,
        "record": {
            "year_source": f"the excerpt (lines 28-29 of {CSV}) has no date line, so issued is null; {DATE_LINE}. It is two paragraphs of the five-year part (opened at line 27: the 十四五 closed, these five years) of the review headed by 2025 and the 十四五 period (line 19), both outside the cut. year 2026 (the report's year, as a reader of the whole report reads an excerpt); its figures are the 2021-2025 period's (period_source paragraph: the five-years phrase opens each paragraph's first sentence).",
            "title_source": "no title line and no heading of its own (the review heading is line 19, the five-year part's opening line 27, both outside the cut); the lead up to the first 。, without the 。 (blind9-20 headless excerpts).",
            "region_source": "the provincial work report (the region fact 江西) → 江西省 360000.",
        },
    },
    "report_jiangxi_2026_sectors.txt": {
        "lines": (54, 55),
        "facts": SECTORS,
        "record": {
            "year_source": f"the excerpt (lines 54-55 of {CSV}) has no date line and no heading (the heading of the 2026 work is line 46, the heading of its part (二) on the modern industrial system line 53, both outside the cut), so issued is null; {DATE_LINE}. year 2026 (the report's year, and the year of the plan part the excerpt stands in); its figures take 2026 from that section (period_source section, role target).",
            "title_source": "no title line and no heading in the cut; the lead up to the first 。, without the 。 (blind9-20 headless excerpts).",
            "region_source": "the provincial work report (no standalone place in the cut; the poetic province name stands only inside the two quoted corridors' names) → 江西省 360000.",
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
