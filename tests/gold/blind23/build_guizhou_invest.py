#!/usr/bin/env python3
"""Blind gold for the first plan section of the 2026 Guizhou work report (report_guizhou_2026_invest.txt).

Annotated by hand, without running tongbao or reading its source, rules, tests or output.
Writes NAME.jsonl and NAME.doc.json next to this script from the facts typed below, after checking
that every fact's text occurs in the cut in text order (each search starts at the end of the
previous fact's match), that no text spans a line break, that no project/org/region name is listed
twice, that period and period_source are null together, and that every `entity` is a
project/org/region name listed for the same document.
No report text other than the facts' own text, names and subjects is copied here; the document
title is derived from the cut by the rule its record states.
Modelled on ../blind22/build_anhui_plan.py (itself on ../blind21/build_jiangxi_plan.py and
../blind20/build_hunan_plan.py): same constructors, same checker.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_贵州省_政府工作报告.csv"
CSV = "2026_贵州省_政府工作报告.csv"
CUTS = Path("/tmp/b23src")

GZ, GZC = "贵州省", "520000"
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
        psrc="section", entity=None, region=GZ, rcode=GZC, role="target", scope=None,
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


# A threshold (a per-project size): money with its qualifier, period, period_source and role null
# (seed CONVENTIONS; blind21 Jiangxi fiveyear and blind22 Anhui industry `亿元以上`).
SIZE = dict(period=None, psrc=None, role=None)

# ---------------------------------------------------------------- invest (lines 44-46)
# Part (一) of the 2026 work: its heading and lead share line 1; line 2 is the consumption paragraph,
# line 3 the investment paragraph. The cut names no year and has no date; every figure takes 2026
# from the plan part outside the cut (heading line 40 names 2026, lead line 41 the opening year of
# the 15th plan, targets line 42): period_source `section`, role `target` (blind20 Hunan, blind21
# Jiangxi, blind22 Anhui invest: in the plan part every figure is a target, with or without a cue
# word of its own). Region 贵州省 520000 on every figure; entity null on every figure (province-wide
# targets and counts of sets; blind20-22 invest).
INVEST = [
    # ---- line 1: heading and lead: the item number (an ordinal), the quoted "two priorities" and
    # "two new" policies (labels), the fiscal-financial package: no facts
    # ---- line 2: consumption. The three-year income action (a duration in a programme's name:
    # seed `三年行动方案` no date, and no quantity), the pension, childcare subsidy and free
    # pre-school policies, the special consumption action, the trade-in, liquor-linkage, coupon and
    # loan-subsidy policies, the quoted "one size fits all" (a label), the paid off-peak holidays,
    # the economies and consumer products named as kinds, the night markets and scenes (generic):
    # no facts
    # ---- line 3: investment
    # the private-investment special action (a programme), the key private-investment project
    # database (generic), the new PPP mechanism and concession projects: no facts
    P("40%以上", 40, "民间投资占固定资产投资比重", approx="以上"),   # 确保; the reaching verb is no qualifier
    P("40%以上", 40, "政府采购工程面向中小企业的预留份额", approx="以上"),
    # the quoted "four modernisations" before the funds is a label; the qualifier precedes the figure
    P("不低于50%", 50, "政府投资基金支持民间投资项目的资金占比", approx="不低于"),
    # the quoted "one firm one policy": a label
    # two named industrial projects; the owners (瓮福, 贵州能源) and the county (大方) are nested in
    # the works' names (blind20 Hunan: owners and places nested in works' names are not listed)
    N("project", "瓮福—江山新材料及电子化学品产业园"),
    N("project", "贵州能源大方燃煤发电"),       # bare member before the count and shared head (blind20)
    # the two project classes: counts with their verb and head, and the per-project thresholds
    # (seed: a threshold gives the money fact plus the count; blind21/22)
    Q("12个", 12, "个", "加快推进百亿元项目建设"),
    M("百亿元", 10_000_000_000, "项目投资规模", **SIZE),   # no qualifier of its own (NOTES)
    Q("70个", 70, "个", "加快推进30亿元以上项目建设"),
    M("30亿元以上", 3_000_000_000, "项目投资规模", approx="以上", **SIZE),
    # "a batch of major projects": vague
    G("增长10%左右", 10, "工业投资", approx="左右"),    # basis null: no comparison word
    Q("5条", 5, "条", "布局建设铁路专用线"),
    Q("26条", 26, "条", "布局建设产业路"),
    N("project", "贵阳环高扩容工程"),           # 贵阳 nested in the works' name
    Q("14条", 14, "条", "加快建设高速公路项目"),  # count of a set (blind20 `17条`)
    N("project", "黄百"),                        # railway abbreviation kept bare (blind20 `邵永`)
    Q("4个", 4, "个", "加快建设在建铁路项目"),
    # railways to start: bare members before 等 and the shared head (blind20: the last member before
    # the head stays bare too); the cities and towns in the route names are nested
    N("project", "大村至遵义"),
    N("project", "纳雍至六盘水"),
    N("project", "重庆至贵阳高速铁路"),        # its preparatory work (blind20 news route names)
    M("800亿元", 80_000_000_000, "交通投资"),   # 力争完成 (FACTS `完成投资` → `投资`)
    N("org", "省水投集团"),                      # a relative name with 集团 (seed `省发改委`, `城运集团`)
    N("project", "宣威水库"),
    N("project", "花滩子水库"),
    N("project", "玉龙水库"),
    N("project", "英武水库"),
    N("project", "夹岩大型灌区"),               # the shared head "major water works" not added (blind20)
    # the province standing alone before the quoted water network, a system not annotated, so the
    # place is not nested in an annotated name (blind20 Hunan fiveyear `长沙`; NOTES)
    REG("贵州", GZ, GZC, "province", []),
    M("300亿元", 30_000_000_000, "水利投资"),   # 力争完成
    # computing infrastructure projects (generic); 5G is an identifier
    Q("1万个", 10_000, "个", "新建5G基站"),
    # urban check-ups, the renewal plan, area renewal, old-compound renovation (activities): no facts
    Q("4000公里以上", 4000, "公里", "建设和改造城镇地下管网", approx="以上"),
    # resettlement housing, financial institutions (generic), purchased housing: no facts
    Q("50个左右", 50, "个", "落地建设“好房子”项目", approx="左右"),   # the quoted class is no project
    # policy financial instruments, loans, public REITs, the renewal fund and guidance funds (funds)
    Q("200所以上", 200, "所", "新建改扩建及维修改造公办幼儿园", approx="以上"),
    Q("500所以上", 500, "所", "新建改扩建及维修改造义务教育学校", approx="以上"),   # shared verb carried
    Q("40所以上", 40, "所", "新建改扩建及维修改造普通高中", approx="以上"),
    # a programme's works counted: the count is a quantity, the programme no project (seed `满园工程`)
    Q("10个以上", 10, "个", "实施医疗卫生强基工程", approx="以上"),
    # dormitories and other projects, childcare and elderly care (generic); the quoted "5+3"
    # mechanism and "three lists" (labels); the provincial preparatory fund (a fund); the
    # management measures and the revitalisation plan (documents, not projects): no facts
]


# ---------------------------------------------------------------- title (derived, not copied)
def part_heading(text):
    """The part heading: line 1 of the cut up to its first 。 (the lead shares the line)."""
    return text.split("\n", 1)[0].split("。", 1)[0].strip()


DATE_LINE = ("the report was delivered 2026-01-27 by the governor 李炳军 at the fourth session of the "
             "14th people's congress of 贵州省 (line 4 of the CSV file, the report text's date line); the "
             "CSV record's publish_date 2026-02-02 (line 2) dates the web copy, not the excerpt")
ISSUER_SRC = ("no signature line in the excerpt; the governor (line 5 of the CSV file) reports on "
              "behalf of the provincial people's government (line 7), so the issuing body is "
              "贵州省人民政府 (blind20-22: the body, not the governor).")
ENC = "the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands before line 1 only, so the cut is UTF-8 without BOM."

DOCS = {
    "report_guizhou_2026_invest.txt": {
        "lines": (44, 46),
        "facts": INVEST,
        "title": part_heading,
        "record": {
            "year_source": f"the excerpt (lines 44-46 of {CSV}) has no date line and no date; its part heading (一) names no year and stands under the heading of the 2026 work (line 40), whose lead (line 41) names this year as the opening year of the 15th plan and whose targets (line 42) are this year's, all outside the cut; {DATE_LINE}. Read as a reader of the whole report would (blind20-22 invest): year 2026, and its figures take 2026 from the plan section (period_source section). issued null.",
            "title_source": "the excerpt's own part heading: line 1 of the cut up to its first 。, without the 。, because the part's lead shares the line (blind20 Hunan invest, blind21 Jiangxi invest).",
            "region_source": "the provincial work report of 贵州省 (the cut's own region fact is 贵州, the province whose water network is to be built; the other place names stand inside works' names) → 贵州省 520000.",
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
    names = {"".join(f["name"].split()) for f in out if f["kind"] in ("project", "org", "region")}
    for f in out:
        ent = f.get("entity")
        if ent is not None and "".join(ent.split()) not in names:
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
        rec = spec["record"]
        record = {
            "doc": doc, "title": spec["title"](text), "issued": None, "year": 2026,
            "issuer": "贵州省人民政府", "genre": "report", "region": GZ, "region_code": GZC,
            "doc_number": None, "encoding": "UTF-8",
            "year_source": rec["year_source"],
            "issuer_source": ISSUER_SRC,
            "title_source": rec["title_source"],
            "region_source": rec["region_source"],
            "genre_source": "政府工作报告 → report.",
            "encoding_source": ENC.format(f"lines {first}-{last}" if first != last else f"line {first}"),
        }
        if all_errors:
            continue
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
