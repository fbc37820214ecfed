#!/usr/bin/env python3
"""Blind gold for two excerpts of the 2026 Yunnan work report (see NOTES_yunnan_review.md).

Written by hand, without running tongbao or reading its source, rules or output.
Writes report_yunnan_2026_{review,invest}.txt.{jsonl,doc.json} next to this script. The source
text is read from the corpus (lines 34-36 and 79 of 2026_云南省_政府工作报告.csv, as manifest.tsv
says; the CSV's last field holds the whole report, so its file lines are the report's paragraphs);
when the /tmp/b17 cuts exist they are compared with it.
Checks that every `text` occurs in its source in the order listed (a text that repeats is searched
after its previous match; a fact may give `occ`, which occurrence at or after that point is meant,
or `same`, the very mention the fact before it matched: two facts read from one mention), that no
project/org/region name is listed twice per document, and that period and period_source are null
together. No report text other than the facts' own text, names and subjects is copied here; the
document titles are derived from the cut by the rule each record states.
Modelled on ../blind16/build_sichuan_review.py (same constructors and checker).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_云南省_政府工作报告.csv"
CUTS = Path("/tmp/b17")

YN, YNC = "云南省", "530000"
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}


def source(first, last):
    lines = (CORPUS / REPORT).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2025,
        psrc="section", entity=None, region=YN, rcode=YNC, role="actual", scope=None,
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

# ---------------------------------------------------------------- review (lines 34-36)
# Line 1: the 2025 overview paragraph, opened (after the address to the deputies) by the year just
# past; its figures stand in its last sentence, which has no date of its own → 2025, `paragraph`,
# actual (blind4 Yunnan 2025 review, blind16 Sichuan review).
# Line 2: the first part heading of the 2025 review (no fact). Line 3: its paragraph, no year of
# its own → 2025, `section`, actual (blind4 Yunnan lines 3-4, blind15 Hainan economy).
REVIEW = [
    # line 1
    D("2025年", "2025-01-01", "2025-12-31", "year"),          # the year just past (blind4, blind15)
    REG("云南", "云南省", "530000", "province", []),          # one entry for its several mentions
    D("3月19日至20日", "2025-03-19", "2025-03-20", "period"),  # one span (FACTS), the paragraph's year
    # the ordinal of the visit, the "three positionings" label, 中国 of the modernisation phrase,
    # the over-the-year phrase (blind3/4/13-15) and the province-wide word are no facts
    M("32765亿元", 3_276_500_000_000, "地区生产总值", **LEAD),
    G("增长4.1%", 4.1, "地区生产总值", **LEAD),
    G("增长4.5%", 4.5, "规模以上工业增加值", **LEAD),
    # a 分别 pair; the ordinals of the industries are no numbers (blind4)
    G("增长3.1%", 3.1, "第一产业增加值", **LEAD),
    G("5.1%", 5.1, "第三产业增加值", **LEAD),
    G("增长2.4%", 2.4, "社会消费品零售总额", **LEAD),
    G("增长10.2%", 10.2, "货物贸易进出口总额", **LEAD),
    G("增长2.3%", 2.3, "地方一般公共预算收入", **LEAD),
    M("超过7000亿元", 700_000_000_000, "地方一般公共预算支出", approx="超过", **LEAD),
    P("5.2%", 5.2, "城镇调查失业率均值", **LEAD),
    G("增长4.6%", 4.6, "居民人均可支配收入", **LEAD),
    # line 2: the part heading has no fact
    # line 3
    Q("32项", 32, "项", "稳增长政策"),
    # the actions named by the time they ran: the first quarter and the summer of 2025 (seed: 首季
    # is Q1 wherever it stands; dev 20230808 今年秋季 → the meteorological season); the hundred-day
    # push is a label (seed 百日攻坚)
    D("一季度", "2025-01-01", "2025-03-31", "quarter"),
    D("夏季", "2025-06-01", "2025-08-31", "period"),
    # the "two priorities" projects are a label
    Q("325个", 325, "个", "向民间资本推介项目"),
    M("近2400亿元", 240_000_000_000, "推介项目总投资", approx="近"),
    # a 分别 pair
    G("增长9.4%", 9.4, "能源投资"),
    G("5%", 5, "旅游投资"),
    # the front rank of agricultural investment is a group rank (seed CONVENTIONS, blind4 Yunnan)
    M("突破5万亿元", 5_000_000_000_000, "本外币贷款余额", approx="突破"),
    # the quoted "two 1-billion" provincial funds: a label (blind16 quoted policy packages)
    M("超650亿元", 65_000_000_000, "带动消费", approx="超"),
    Q("755户", 755, "户", "新增规模以上工业企业"),
    # two growth rates that "both rank fourth", written once: two facts (blind16 Sichuan review)
    R("居全国第4位", 4, "全国", "房地产开发投资增速"),
    R("居全国第4位", 4, "全国", "商品房销售面积增速", same=True),
    P("32.1%", 32.1, "省外群体购商品住房比例"),
    # "the highest in seven years": a superlative over a duration, neither ranking nor date
]

# ---------------------------------------------------------------- invest (line 79)
# A headless paragraph of the 2026 plan (heading line 66, part heading line 77 outside the cut).
# Its only figure is a size (period and role null: dev CONVENTIONS, blind3, blind15).
INVEST = [
    # the ultra-long special treasury bonds, budget investment and special bonds are funds;
    # the share of livelihood investment has no figure
    N("project", "滇中引水二期骨干工程"),        # phase kept (blind16 向家坝灌区一期一步工程)
    N("project", "景腊大型灌区"),                # blind9 榆安大型灌区
    N("project", "南瓜坪大型水库"),
    # the comprehensive transport projects are generic
    N("project", "昆明长水国际机场东二跑道"),    # blind 沈阳桃仙国际机场二跑道, 深圳机场三跑道
    N("project", "富宁港"),                      # ports are works (blind5, blind14, blind15)
    Q("千吨级", 1000, "吨", "船舶吨级", period=None, role=None, entity="富宁港",
      region="富宁县", rcode="532628"),          # a size (blind15 20万吨级, blind3 百万千瓦级)
    N("project", "渝昆高铁"),
    REG("云南", "云南省", "530000", "province", []),
    # 昆明, 富宁, 滇中, 渝昆 stand inside works' names: no region facts (dev CONVENTIONS)
]


# ---------------------------------------------------------------- titles (derived, not copied)
def lead(text):
    """The cut's own lead up to the first 。, without the 。; a leading address to the deputies
    (a sentence that ends with ！ before it) is dropped (blind15 Hainan fiveyear)."""
    s = text.split("。", 1)[0]
    if "！" in s:
        s = s.rsplit("！", 1)[1]
    return s.strip()


COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the governor reports on behalf of the provincial people's government (lines 16 and 18 of the CSV file: the governor's title-and-name line and the opening sentence), so the issuing body is 云南省人民政府 (blind4 Yunnan 2025).",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = ("the report was delivered 2026-01-28 by the governor at the fourth session of the 14th "
             "people's congress of 云南省 (line 15 of the CSV file); the newspaper page's date line "
             "(2026-02-03, line 9) and the CSV record's publish_date field (2026-02-03) date the web "
             "copy and are outside the cut as well")
ENC = "the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands on line 1 only, so the cut is UTF-8 without BOM."

DOCS = {
    "report_yunnan_2026_review.txt": {
        "lines": (34, 36),
        "facts": REVIEW,
        "title": lead,
        "record": {
            "year_source": f"the excerpt (lines 34-36 of 2026_云南省_政府工作报告.csv) has no date line of its own, so issued is null; {DATE_LINE}. It is the 2025 part of the review of the 十四五 period and 2025 (heading line 19, outside the cut): its overview paragraph calls 2025 the year just past, so year 2026 and its figures are 2025's (overview: paragraph; the first part: section).",
            "title_source": "no title line; the excerpt's own lead up to the first 。, without the 。 and without the opening address to the deputies (a sentence of its own ending in ！; blind15 Hainan fiveyear).",
            "region_source": "the provincial work report of 云南省 (the region fact 云南; 全省 is the province's own) → 云南省 530000, level province.",
        },
    },
    "report_yunnan_2026_invest.txt": {
        "lines": (79, 79),
        "facts": INVEST,
        "title": lead,
        "record": {
            "year_source": f"the excerpt (line 79 of 2026_云南省_政府工作报告.csv) has no date line and no date; it is a paragraph of part (二) of the 2026 work (heading line 66, part heading line 77), outside the cut; {DATE_LINE}. Read as a reader of the whole report would: year 2026 (its works are the 2026 plan's; its only figure is a size, period null). issued null.",
            "title_source": "no title line and no section heading; the excerpt's own lead up to the first 。, without the 。 (blind9-16 headless excerpts).",
            "region_source": "the provincial work report (the region fact 云南) → 云南省 530000 (the works named lie in the province).",
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
            "issuer": "云南省人民政府", "genre": "report", "region": YN, "region_code": YNC,
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
