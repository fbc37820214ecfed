#!/usr/bin/env python3
"""Blind gold for three excerpts of the 2025 Gansu work report (see NOTES_gansu.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_gansu_2025_{review,invest,plan}.txt.{jsonl,doc.json} next to this script.
The source text is read from the corpus (lines 7-11, 32 and 27 of 2025年甘肃省政府工作报告.txt,
as manifest.tsv says); when the /tmp/b9 cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (a fact may give `occ`, which
occurrence of its text at or after the previous fact's position is meant; no report text other
than the facts' own text is copied here), that no project/org/region name is listed twice per
document, and that period and period_source are null together.
Modelled on ../blind8/build_shanxi.py.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/alexzhu0__Jina_Embeddings_v4_RAG/txt/2025年甘肃省政府工作报告.txt"

GS, GSC = "甘肃省", "620000"
Y2024 = {"date_start": "2024-01-01", "date_end": "2024-12-31"}
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}
# since the start of the 14th five-year plan, up to the end of the reviewed year
SINCE_14 = {"date_start": "2021-01-01", "date_end": "2024-12-31"}


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2024,
        psrc="section", entity=None, region=GS, rcode=GSC, role="actual", scope=None, occ=None):
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


# ---------------------------------------------------------------- review (lines 7-11)
# The review heading is in the cut. Line 2 opens with the year just past (2024); line 3 dates
# its GDP figures with 2024年 in their own sentence. Role actual throughout (no forecast cue).
REVIEW = [
    # line 1: the heading
    D("2024年", "2024-01-01", "2024-12-31", "year"),
    # line 2: the lead (the since-the-18th-Congress phrase is not a date; the visit's ordinal is no number)
    D("刚刚过去的一年", "2024-01-01", "2024-12-31", "year"),
    REG("甘肃", GS, GSC, "province", []),
    # the place of the apples in the quoted words (open, see notes); the grottoes are a heritage site
    REG("天水", "天水市", "620500", "prefecture", [GS]),
    # the province's people (the poetic name for Gansu is not a region); no measure word → unit null
    Q("2400多万", 24000000, None, "陇原儿女", approx="多", psrc="paragraph"),
    N("org", "党中央"),
    N("org", "省委"),
    N("org", "国务院"),
    # line 3: the economy
    D("“十四五”以来", "2021-01-01", "2025-12-31", "period", approx="以来"),
    Q("4个", 4, "个", "地区生产总值连跨千亿台阶", period=SINCE_14, psrc="sentence"),
    D("2024年", "2024-01-01", "2024-12-31", "year"),
    M("1.3万亿元", 1300000000000, "地区生产总值", psrc="sentence"),
    G("增长5.8%", 5.8, "地区生产总值", psrc="sentence"),
    R("居全国第3位", 3, "全国", "地区生产总值增速", psrc="sentence"),
    # the run of quarters is a duration; the national first rank a group rank
    M("突破5万", 50000, "人均地区生产总值", approx="突破", psrc="paragraph"),
    M("5.28万元", 52800, "人均地区生产总值", psrc="paragraph"),
    # line 4: the earthquake's place (open, see notes); the word play on its name in the lead is not it
    REG("积石山", "积石山保安族东乡族撒拉族自治县", "622927", "county", [GS, "临夏回族自治州"]),
    # line 5: no figures, dates or names
]

# ---------------------------------------------------------------- invest (line 32)
# A paragraph under the 2025 key-task heading (line 29), headless: works to build in 2025. No figures.
# Bare members of lists sharing one head are kept as written; places inside works' names are
# not separate regions (blind7 Hebei, blind8 news).
INVEST = [
    # railways
    N("project", "兰合"),
    N("project", "平庆"),
    N("project", "天陇"),
    N("project", "西成铁路甘肃段"),
    N("project", "兰张高铁武张段"),
    N("project", "宝中铁路中卫至平凉段扩能改造工程"),
    N("project", "定平铁路"),
    N("project", "兰州铁路枢纽优化提升工程"),
    # expressways (and class-1 roads) to finish; the count label of the three corridors is no number
    N("project", "清水驿至忠和"),
    N("project", "武威至仙米寺"),
    N("project", "傅家窑至苦水"),
    N("project", "康县至略阳"),
    # expressways to start
    N("project", "赛尔龙至郎木寺"),
    N("project", "永登至天堂寺"),
    N("project", "通渭至秦安"),
    N("project", "宁县至镇原"),
    N("project", "天水至成县"),
    # the road programme for ethnic and old revolutionary areas is a programme, not a works
    N("project", "甘川新通道"),
    # airports
    N("project", "兰州中川机场三期"),
    N("project", "嘉峪关酒泉机场改扩建"),
    N("project", "平凉机场"),
    N("project", "庆阳机场改扩建"),
    # water works
    N("project", "黄河甘肃段河道防洪治理"),
    N("project", "景电灌区现代化改造项目"),
    N("project", "阿克塞生态保护及城乡供水"),
    N("project", "引洮二期配套农业灌溉工程"),
    N("project", "酒泉肃州洪水河水库"),
    N("project", "清水汤浴水库"),
    N("project", "玉门疏勒河综合引水工程"),
    N("project", "白龙江引水"),
    N("project", "引大延伸增效"),
    N("project", "榆安大型灌区"),
    N("project", "讨赖峡水库项目"),
    N("project", "河西走廊水资源配置工程"),
    N("project", "南水北调西线"),
    N("project", "黑山峡水利枢纽"),
    # the next plan, in the name of the plan being drawn up (FACTS counts a plan period inside a plan's name)
    D("“十五五”", "2026-01-01", "2030-12-31", "period"),
]

# ---------------------------------------------------------------- plan (line 27)
# The main expected targets of 2025, headless (the 2025 requirements-and-targets heading is line 24).
# The list's first sentence opens with 今年 (sentence); the four sentences after it in the same
# paragraph take 2025 from it (paragraph, blind7 Hebei). The list head governs all: role target.
T = dict(period=Y2025, psrc="sentence", role="target")
TP = dict(period=Y2025, psrc="paragraph", role="target")
PLAN = [
    D("今年", "2025-01-01", "2025-12-31", "year"),
    G("增长5.5%左右", 5.5, "地区生产总值", approx="左右", **T),
    G("增长8%左右", 8, "规模以上工业增加值", approx="左右", **T),
    G("增长5%左右", 5, "固定资产投资", approx="左右", **T),
    G("增长5%左右", 5, "社会消费品零售总额", approx="左右", occ=2, **T),
    G("增长10%左右", 10, "外贸进出口总额", approx="左右", **T),
    # the comparable-basis word is not a basis of FACTS: basis null
    G("增长5.5%左右", 5.5, "一般公共预算收入", approx="左右", **T),
    G("2%左右", 2, "居民消费价格涨幅", approx="左右", **TP),
    P("5.5%左右", 5.5, "城镇调查失业率", approx="左右", **TP),
    # 分别 pairs urban/rural; the trailing approx word qualifies both figures (open, see notes)
    G("增长5%", 5, "城镇居民人均可支配收入", approx="左右", **TP),
    G("7%左右", 7, "农村居民人均可支配收入", approx="左右", **TP),
    Q("252亿斤以上", 25200000000, "斤", "粮食产量", approx="以上", **TP),
    # the pollutant-emission target has no figure
]

COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the governor reports on behalf of the provincial people's government (lines 4-6 of the full file), so the issuing body is 甘肃省人民政府.",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = "the report was delivered 2025-01-20 at the third session of the 14th Gansu provincial people's congress (line 3 of the full file)"

DOCS = {
    "report_gansu_2025_review.txt": {
        "lines": (7, 11),
        "facts": REVIEW,
        "record": {
            "title": "一、2024年工作回顾",
            "year_source": f"the excerpt (lines 7-11 of 2025年甘肃省政府工作报告) has no date line of its own, so issued is null; {DATE_LINE}. Its own heading reviews 2024 and its lead calls it the year just past, so year 2025 and 刚刚过去的一年 = 2024.",
            "title_source": "the excerpt has no title line; its own heading (line 1) is used.",
            "region_source": "a provincial work report of 甘肃 (the region fact 甘肃) → 甘肃省 620000.",
            "encoding_source": "the cut is sed output (lines 7-11) of a UTF-8 file without BOM.",
        },
    },
    "report_gansu_2025_invest.txt": {
        "lines": (32, 32),
        "facts": INVEST,
        "record": {
            "title": "加力扩大有效投资",
            "year_source": f"the excerpt (line 32 of 2025年甘肃省政府工作报告) has no date line; it is a paragraph under the heading of the 2025 key tasks (line 29) and the first task's sub-heading (line 30), both outside the cut; {DATE_LINE}. Its only date is the next plan period, which is being drawn up. Read as a reader of the whole report would: year 2025. issued null.",
            "title_source": "no title line and no section heading; the excerpt's own lead, up to the first 。 (without it), is used, as blind7 Beijing region and blind8 Shanxi industry did.",
            "region_source": "a provincial work report: 甘肃省 620000 (its works are Gansu's; the places inside their names are not annotated separately).",
            "encoding_source": "the cut is sed output (line 32) of a UTF-8 file without BOM.",
        },
    },
    "report_gansu_2025_plan.txt": {
        "lines": (27, 27),
        "facts": PLAN,
        "record": {
            "title": "今年经济社会发展的主要预期目标",
            "year_source": f"the excerpt (line 27 of 2025年甘肃省政府工作报告) has no date line; it stands under the heading of the 2025 overall requirements and expected targets (line 24), outside the cut; {DATE_LINE}. Its own 今年 opens the target list, so year 2025 and 今年 = 2025. issued null.",
            "title_source": "no title line and no section heading; the excerpt's single paragraph opens with a lead clause that introduces the target list by a colon. Its first 。 comes only after six targets, so the lead clause before the colon, without the copula 是 and the colon, is used as the heading (open; blind7/blind8 took a headless excerpt's lead up to the first 。).",
            "region_source": "a provincial work report: the targets are the province's → 甘肃省 620000.",
            "encoding_source": "the cut is sed output (line 27) of a UTF-8 file without BOM.",
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
        cut = Path("/tmp/b9") / doc
        if cut.exists() and cut.read_text(encoding="utf-8") != text:
            all_errors.append(f"{doc}: /tmp/b9 copy differs from the corpus lines {spec['lines']}")
        facts, errors = check_and_strip(doc, text, [dict(f) for f in spec["facts"]])
        all_errors += errors
        record = {
            "doc": doc, "title": spec["record"]["title"], "issued": None, "year": 2025,
            "issuer": "甘肃省人民政府", "genre": "report", "region": GS, "region_code": GSC,
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
