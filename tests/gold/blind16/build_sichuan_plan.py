#!/usr/bin/env python3
"""Blind gold for two plan excerpts of the 2026 Sichuan work report (see NOTES_sichuan_plan.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_sichuan_2026_{plan,invest}.txt.{jsonl,doc.json} next to this script.
The source text is read from the corpus (lines 45-47 and 51 of the CSV file
2026_四川省_政府工作报告.csv, as manifest.tsv says: the cuts are `sed -n` of those lines); when
the /tmp/b16 cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (a text that repeats is searched
after its previous match; a fact may give `occ`, which occurrence at or after that point is meant,
so no report text other than the facts' own text is copied here), that no project/org/region name
is listed twice per document, and that period and period_source are null together.
Document titles are not copied either: they are derived from the cut by the rule its record states.
Modelled on ../blind15/build_hainan_plan.py (same constructors and checker).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = ("reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/"
          "2026_四川省_政府工作报告.csv")
CUTS = Path("/tmp/b16")

SC, SCC = "四川省", "510000"
Y2026 = {"date_start": "2026-01-01", "date_end": "2026-12-31"}


def source(first, last):
    # sed -n 'FIRST,LASTp' of the file as bytes: the lines are plain report text inside the CSV's
    # last (quoted) field; none of the cut lines holds an ASCII quote, so nothing is unescaped.
    raw = (CORPUS / REPORT).read_bytes()
    lines = raw.split(b"\n")
    lines = [l + b"\n" for l in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    return b"".join(lines[first - 1:last]).decode("utf-8")


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2026,
        psrc="paragraph", entity=None, region=SC, rcode=SCC, role="target", scope=None,
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


D2026 = lambda text: D(text, "2026-01-01", "2026-12-31", "year")

# ---------------------------------------------------------------- plan (lines 45-47)
# The heading of the 2026 work, the general requirements (opening with the opening-year sentence)
# and the main expected targets. The targets paragraph opens with this year's list head; the
# targets are separated by `；`, which ends a sentence (FACTS), so only the first (GDP) shares its
# sentence with 今年 (`sentence`); the rest take 2026 from the paragraph's first sentence
# (`paragraph`: blind11 Xinjiang, blind12 Guangdong, blind15 Hainan goals). Role target for the
# whole list (the list head governs the list, FACTS).
TP = dict(period=Y2026, psrc="paragraph", role="target")
PLAN = [
    # line 1: the heading
    D2026("2026年"),
    # line 2: the general requirements. The opening-year sentence gives only its 今年 (FACTS:
    # `今年是“十四五”规划收官之年` gives one date; blind15 Hainan plan, the same sentence).
    D2026("今年"),
    # the party congress, its plenums and the central economic work conference are meetings;
    # the provincial committee from its plenum and its economic work meeting (blind8-15 plans)
    N("org", "省委"),
    # the twin-city economic circle: level other, no canonical/code/parents (dev Sichuan 2025,
    # blind7 京津冀, blind12 粤港澳大湾区)
    REG("成渝地区双城经济圈", None, None, "other", None),
    # the "four-fold synchronisation, urban-rural integration, five-zone co-prosperity" strategy is a
    # label; the stabilising slogans have no figure
    # a good start of the 15th plan: the plan period (blind8-10 plans, 2026-2030)
    D("“十五五”", "2026-01-01", "2030-12-31", "period"),
    # the new chapter of Chinese-style modernisation in Sichuan (blind5 Zhejiang, blind6 Shaanxi plans);
    # 中国 in the modernisation phrase is not a region
    REG("四川", SC, SCC, "province", []),
    # line 3: the main expected targets
    D2026("今年"),
    G("增长5.5%左右", 5.5, "地区生产总值", approx="左右", period=Y2026, psrc="sentence", role="target"),
    Q("85万人", 850000, "人", "城镇新增就业", **TP),
    P("5.5%左右", 5.5, "城镇调查失业率", approx="左右", **TP),
    G("2%左右", 2, "居民消费价格涨幅", approx="左右", **TP),   # a price change → growth (every plan gold)
    G("增长2%", 2, "地方一般公共预算收入", **TP),
    # income growth in step with economic growth: no figure
    Q("730亿斤以上", 73000000000, "斤", "粮食产量", approx="以上", **TP),
    # the energy-saving and carbon task under the state's requirements: no figure
]

# ---------------------------------------------------------------- invest (line 51)
# A paragraph of part (一) of 三、2026年工作安排 (heading line 45, part heading line 49), outside
# the cut, with no date and no figure of its own: only names.
INVEST = [
    # the "rooted industries, effective investment, lasting tax source" projects: a label
    # members of the "ten major works" to be written into the state plans, kept as written
    # (dev CONVENTIONS: names in a list sharing one head); the "ten" is a label, not a number
    N("project", "成渝世界级机场群"),
    N("project", "宜西攀高铁"),
    N("project", "“三江”流域水风光一体化清洁能源基地"),   # inner quotes kept (blind13 `“三滩”…`)
    N("project", "四川盆地大中型灌区"),                   # the basin is a landform, kept in the name
    # the special-bond policy, commercial finance and social capital: no names
    N("project", "长征渠引水"),                           # preparatory work sped up (blind13 `引黄济宁`)
    N("project", "绵遂资内铁路（遂内段）"),               # the section kept with its brackets (dev `内江保税物流中心（B型）`)
    N("project", "南三高速"),
    N("project", "攀西特高压交流工程"),                   # dev `川渝1000千伏特高压交流工程`
    N("project", "引大济岷"),
    N("project", "红格南钒钛磁铁矿"),
    # new-type infrastructure: a computing centre (blind10 `中国移动哈尔滨万卡智算中心`, blind15
    # `文昌航天超算中心`) and a provincial platform (blind6 Fujian `省一体化大融合行政执法平台`);
    # 成都 nested in the centre's name is not a separate region
    N("project", "国家超级智算成都中心"),
    N("project", "省低空运行管理服务平台"),
    # the companies named as major industrial projects are orgs (dev Sichuan 2025 `京东方`)
    N("org", "京东方"),
    N("org", "惠科"),
    # the government investment plan, the land-approval power, the private-investment measures and
    # the PPP mechanism: no names, no figures
]

COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the governor (line 13 of the CSV file) reports on behalf of the provincial people's government (line 15), so the issuing body is 四川省人民政府.",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = ("the report was delivered 2026-02-03 by the governor at the fifth session of the 14th "
             "people's congress of 四川省 (line 12 of the CSV file, the report text's date line; the "
             "page's posting time 2026-02-10 (line 3) and the CSV record's publish_date 2026-02-25 "
             "date the web copy, not the excerpt)")
CSV = "2026_四川省_政府工作报告.csv"

DOCS = {
    "report_sichuan_2026_plan.txt": {
        "lines": (45, 47),
        "facts": PLAN,
        "record": {
            "title": ("heading",),
            "year_source": f"the excerpt (lines 45-47 of {CSV}) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading and 今年 are 2026's, so year 2026; its targets take 2026 from the list head's 今年 (period_source sentence for the first target, paragraph after the first ；).",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "the provincial work report (the region fact 四川; 全省 is the province's own) → 四川省 510000.",
            "encoding_source": "the cut is sed output (lines 45-47) of a UTF-8 CSV file whose BOM stands before line 1, so the cut itself is UTF-8 without BOM.",
        },
    },
    "report_sichuan_2026_invest.txt": {
        "lines": (51, 51),
        "facts": INVEST,
        "record": {
            "title": ("lead",),
            "year_source": f"the excerpt (line 51 of {CSV}) has no date line and no date; it is a paragraph of part (一) of the 2026 work (heading line 45, part heading line 49), outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2026. issued null.",
            "title_source": "no title line and no section heading (the part heading, line 49, is outside the cut); the excerpt's own lead up to the first 。, without the 。 (blind9-15 headless excerpts).",
            "region_source": "the provincial work report: 四川省 510000 (the excerpt names places only inside works' names).",
            "encoding_source": "the cut is sed output (line 51) of a UTF-8 CSV file whose BOM stands before line 1, so the cut itself is UTF-8 without BOM.",
        },
    },
}


def make_title(text, how):
    """The record's title, taken from the excerpt so that no report text is copied here:
    `heading` its first line; `lead` its lead up to the first 。 (without it); `colon` its lead
    clause up to the colon that opens the list (without it)."""
    first = text.split("\n", 1)[0]
    if how == "heading":
        return first
    if how == "lead":
        return first.split("。", 1)[0]
    if how == "colon":
        return first.split("：", 1)[0]
    raise ValueError(how)


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
        record = {
            "doc": doc, "title": make_title(text, spec["record"]["title"][0]), "issued": None, "year": 2026,
            "issuer": "四川省人民政府", "genre": "report", "region": SC, "region_code": SCC,
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
