#!/usr/bin/env python3
"""Blind gold for two plan excerpts of the 2026 Zhejiang work report (see NOTES_zhejiang_invest.md).

Written by hand, without running tongbao or cargo or reading its source, rules, tests or output.
Writes report_zhejiang_2026_{invest,hubs}.txt.{jsonl,doc.json} next to this script. The source
text is read from the corpus (lines 78-81 and 86 of 2026_浙江省_政府工作报告.csv, as manifest.tsv
says; the CSV's last field holds the whole report, so its file lines are the report's paragraphs);
when the /tmp/b18 cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (a text that repeats is searched
after its previous match; a fact may give `occ`, which occurrence at or after that point is meant,
or `same`, the very mention the fact before it matched: two facts read from one mention), that no
project/org/region name is listed twice per document, and that period and period_source are null
together. No report text other than the facts' own text, names and subjects is copied here; the
document titles are derived from the cut by the rule each record states.
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
        psrc="section", entity=None, region=ZJ, rcode=ZJC, role="target", scope=None,
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


# Every figure of both excerpts is a 2026 work-plan figure: the excerpts lie under the heading of
# the 2026 key work (line 58, outside both cuts); the invest cut's own part heading (五) names no
# year and neither cut names one, the whole-year word is no date (seed CONVENTIONS `全年`; blind14
# Shanghai invest). So period 2026, period_source `section`, role `target` (blind9 Jilin, blind10
# Liaoning, blind13 Qinghai, blind14 Shanghai headless plan paragraphs). Sizes: period, role null.
SIZE = dict(period=None, role=None)

# ---------------------------------------------------------------- invest (lines 78-81)
INVEST = [
    # line 1: the part heading (五): no fact
    # line 2: the first batch is an ordinal; the programme in quotes is a label (blind5 Zhejiang)
    Q("1678个", 1678, "个", "首批“千项万亿”重大项目"),
    M("1.1万亿元", 1_100_000_000_000, "重大项目年度投资"),   # the shared head carried (blind5 重大项目完成投资)
    P("58%", 58, "产业项目数占比"),
    # the return-of-Zhejiang-merchants campaign is a label, not a region or org
    # the investment threshold of the projects to attract is a size (seed, blind10 Liaoning, blind9 Jilin)
    M("亿元以上", 100_000_000, "重大产业项目总投资规模", approx="以上", **SIZE),
    Q("3000个以上", 3000, "个", "招引总投资亿元以上重大产业项目", approx="以上"),
    # line 3: the coordination slogan in quotes is a label; works kept as written with their
    # leading place and owner (blind5 Zhejiang `嘉兴斯达微电子芯片`; the places and the owners'
    # short names nested in them are no regions and no orgs)
    N("project", "杭州芯光半导体芯片"),
    N("project", "沪乍杭铁路"),
    N("project", "诸暨至嵊州高速公路"),
    N("project", "杭淳开高速公路"),
    N("project", "衢州先导智能传感器"),
    N("project", "湖州微腔电子纸显示器件"),               # blind5 `微腔电子纸显示器件`
    N("project", "台州温玉铁路"),
    N("project", "杭州海康机器人"),
    N("project", "丽水富乐德传感技术"),
    # line 4: the state's quoted "13 policies" package is not a number (dev Sichuan 2025 `“18条”`,
    # blind16 Sichuan review: quoted packages); the state is generic
    P("不低于80%", 80, "支持民间投资项目比重", approx="不低于"),   # 20230412 `不低于50%`
    Q("100个以上", 100, "个", "向民间资本推介重大项目", approx="以上"),
    # the offshore wind and nuclear projects are generic
    P("不低于10%", 10, "民间资本参股比例", approx="不低于"),
]

# ---------------------------------------------------------------- hubs (line 86)
HUBS = [
    # major projects sped up (kept as written, phase kept: blind14 `浦东国际机场四期`)
    N("project", "佛渡集装箱码头一期"),
    N("project", "北仑支线复线"),
    N("project", "梅山铁路专用线"),
    # the Arctic container route is a shipping service (dev: train services are no projects);
    # its summer window: the season of the plan year (blind17 `夏季`, dev 20230808 `今年秋季`)
    D("夏季", "2026-06-01", "2026-08-31", "period"),
    N("project", "宁波舟山港"),                            # a port (blind14 `上海港`, blind8 news)
    # the port lies in two prefectures: the province (blind5 Guangxi waterway)
    Q("4500万标箱", 45_000_000, "标箱", "集装箱吞吐量", entity="宁波舟山港"),
    # the shipping centre is a designation, not a works or a body: no entity
    R("保7", 7, "全球", "宁波舟山国际航运中心发展指数"),
    R("争6", 6, "全球", "宁波舟山国际航运中心发展指数"),
    # corridors (西部陆海新通道 is a project in every earlier gold); the bare first member kept
    # as written (dev `雄商`, blind10 `本桓`); the one-character city compounds are no regions
    N("project", "义甬舟"),
    N("project", "金丽温开放大通道"),
    # a facility to build; 金华 and 义乌 nested (blind16: a centre that is infrastructure is a project)
    N("project", "金华（义乌）中欧班列集结中心"),
    # the China-Europe trains are a service (dev CONVENTIONS), so no entity
    Q("3000列以上", 3000, "列", "中欧班列开行", approx="以上"),
    # international road transport is generic
    # airports: bare members of a list sharing the head (blind13 Inner Mongolia `科右前旗`)
    N("project", "杭州"),
    N("project", "宁波"),
    N("project", "温州机场"),
    N("project", "嘉兴专业性航空货运枢纽"),
    N("project", "义乌机场改扩建"),                        # blind9 `嘉峪关酒泉机场改扩建`
    # the modern digital trade port (descriptive, unnamed) and the "four ports" label: no facts
]


# ---------------------------------------------------------------- titles (derived, not copied)
def heading(text):
    """The cut's own first line (its part heading)."""
    return text.split("\n", 1)[0].strip()


def lead(text):
    """The cut's own lead up to the first 。, without the 。."""
    return text.split("。", 1)[0].strip()


COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the governor (line 15 of the CSV file: the title-and-name line) reports on behalf of the provincial people's government (line 17, the opening sentence), so the issuing body is 浙江省人民政府 (blind5 Zhejiang 2025).",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = ("the report was delivered 2026-01-14 by the governor at the fourth session of the 14th "
             "people's congress of 浙江省 (line 12 of the CSV file, the report's date line); the "
             "newspaper copy's time line (2026-01-22, line 14) and the CSV record's publish_date field "
             "(2026-01-22) date the web copy and are outside the cut as well")
ENC = "the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands on line 1 only, so the cut is UTF-8 without BOM."
REGION_SRC = "the provincial work report of 浙江省 (the cut names no region of its own; the places in it stand inside works' names) → 浙江省 330000."

DOCS = {
    "report_zhejiang_2026_invest.txt": {
        "lines": (78, 81),
        "facts": INVEST,
        "title": heading,
        "record": {
            "year_source": f"the excerpt (lines 78-81 of 2026_浙江省_政府工作报告.csv) has no date line and no date; its part heading (五) names no year and stands under the heading of the 2026 key work (line 58), outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2026, and its figures take 2026 from the plan section (period_source section). issued null.",
            "title_source": "the excerpt's own part heading (line 1 of the cut).",
            "region_source": REGION_SRC,
        },
    },
    "report_zhejiang_2026_hubs.txt": {
        "lines": (86, 86),
        "facts": HUBS,
        "title": lead,
        "record": {
            "year_source": f"the excerpt (line 86 of 2026_浙江省_政府工作报告.csv) has no date line and no year; it is a paragraph of part (六) of the 2026 work (plan heading line 58, part heading line 82), outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2026, and its figures and its season take 2026 from the plan section. issued null.",
            "title_source": "no title line and no section heading; the excerpt's own lead up to the first 。, without the 。 (blind9-17 headless excerpts).",
            "region_source": REGION_SRC,
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
