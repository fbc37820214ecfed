#!/usr/bin/env python3
"""Blind gold for two review excerpts of the 2026 Shaanxi work report (see NOTES_shaanxi_review.md):
the heading of part 一 (the year 2025), its lead, the line counting the work areas and the first
numbered area (lines 22-25, report_shaanxi_2026_review.txt), and the paragraph that closes 2025 and
reviews the 十四五 period (line 33, report_shaanxi_2026_fiveyear.txt).

Written by hand, without running tongbao or cargo and without reading its source, rules, tests,
benches, index or output. Writes report_shaanxi_2026_{review,fiveyear}.txt.{jsonl,doc.json} next
to this script. The source text is read from the corpus (the lines of 2026_陕西省_政府工作报告.csv
that manifest.tsv names; the CSV's last field holds the whole report, so each later file line is
one paragraph of the report); when the /tmp/b28src cuts exist they are compared with it byte for
byte.

Every fact is pinned to the CSV line it stands on (`at(line, ...)`). Checks: every `text` occurs
in its source in the order listed, each searched from the end of the previous fact's match (a
fact may give `occ`, which occurrence from that point is meant), and the occurrence found lies on
the line the script names; no text spans a line break; no project/org/region name is listed twice
per document; period and period_source are null together; every `entity` is a project/org/region
name listed for the same document. It writes nothing when a check fails.
With --show it prints every fact with its line and a few characters of context.
No report text other than the facts' own text, names and subjects is copied here; the document
titles are derived from the cuts by the rule their records state.
Modelled on ../blind27/build_hebei_review.py (same constructors, checker and output format).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
REPORT = "reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text/2026_陕西省_政府工作报告.csv"
CUTS = Path("/tmp/b28src")

SX, SXC = "陕西省", "610000"
XA, XAC = "西安市", "610100"
XY, XYC = "咸阳市", "610400"
Y2025 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}
P1425 = {"date_start": "2021-01-01", "date_end": "2025-12-31"}   # the 十四五 period


def source(first, last):
    # sed -n 'FIRST,LASTp' of the file as bytes: the cut lines are plain report text inside the
    # CSV's last (quoted) field and hold no ASCII quote, so nothing is unescaped.
    raw = (CORPUS / REPORT).read_bytes()
    lines = raw.split(b"\n")
    lines = [l + b"\n" for l in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    return b"".join(lines[first - 1:last]).decode("utf-8")


# ---------------------------------------------------------------- constructors
def num(kind, text, value, subject, *, approx=None, unit=None, basis=None, period=Y2025,
        psrc="section", entity=None, region=SX, rcode=SXC, role="actual", scope=None,
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


def at(line, *facts):
    """Pin facts to the CSV line they stand on."""
    out = []
    for f in facts:
        f = dict(f)
        f["_line"] = line
        out.append(f)
    return out


D2025 = ("2025-01-01", "2025-12-31", "year")
D1425 = ("2021-01-01", "2025-12-31", "period")
LEAD = dict(period=Y2025, psrc="paragraph")      # the lead: the just-past year opens its first sentence
FIVE = dict(period=P1425, psrc="paragraph")      # line 33: the 十四五 named in its first sentence

# ---------------------------------------------------------------- review (CSV lines 22-25)
# 22: the heading of part 一: the year 2025 alone (the 十四五 review comes later, on line 33).
# 23: the lead: the just-past-year phrase (a date, 2025; FACTS' own example), standing in a
#     closing-year sentence whose plan name is no second date (FACTS `今年是“十四五”规划收官之年`,
#     blind25 Shandong review); the general secretary (a person), the one-character form of the
#     province in his inspections (no region: dev, blind25-27), the party congress and plenums
#     (meetings), the provincial party committee (org), two quoted campaign labels; the figures
#     stand in the second sentence and take 2025 from the first (`paragraph`, blind27 Hebei year);
#     the plan whose energy-intensity task was completed (a date, FACTS `“十四五”规划`, blind27
#     Hebei review). Role actual throughout.
# 24: the line counting the work areas: an announced outline count, no number (blind27 Hebei plan,
#     blind26 Guangdong, dev Hunan review); the over-the-year word is a duration (blind26).
# 25: item (一): the first area of the 2025 work, no year of its own → 2025, `section` (blind25
#     Shandong year, blind26 Guangdong year); the item number is no number; the quoted policy
#     labels; projects as list members before a shared project head, owners kept (blind25/26,
#     dev `雄商`); 分别 lists paired in order (FACTS); basis null (no comparison word).
REVIEW = [
    *at(22, D("2025年", *D2025)),
    *at(23,
        D("刚刚过去的一年", *D2025),
        N("org", "省委"),
        G("增长5.1％", 5.1, "地区生产总值", **LEAD),
        Q("44.1万人", 441_000, "人", "城镇新增就业", **LEAD),
        G("增长5.6％", 5.6, "居民人均可支配收入", **LEAD),
        Q("1347万吨", 13_470_000, "吨", "粮食产量", **LEAD),
        D("“十四五”", *D1425)),
    *at(25,
        G("增长64.8％", 64.8, "争取中央预算内投资"),
        G("42.5％", 42.5, "争取超长期特别国债"),
        N("project", "法士特新能源汽车传动系统"),
        N("project", "有色高新材料中试线"),
        N("project", "修正生物医药产业园"),
        G("增长9.4％", 9.4, "工业投资"),
        G("13.3％", 13.3, "制造业投资"),
        G("6.1％", 6.1, "工业技改投资"),
        G("增长4.6％", 4.6, "民间投资"),
        N("project", "可可盖"),
        Q("11处", 11, "处", "煤矿建成试运转"),
        Q("3095万吨/年", 30_950_000, "吨/年", "新增产能"),
        N("project", "陕煤榆林化学二期"),
        N("project", "国能煤炭综合利用"),
        N("project", "陕皖直流输电工程"),
        Q("1004万千瓦", 10_040_000, "千瓦", "新增可再生能源装机"),
        N("project", "西延高铁"),
        N("project", "眉太"),
        N("project", "岚皋至陕渝界"),
        Q("4条", 4, "条", "高速公路建成通车"),
        N("project", "西十"),
        N("project", "康渝"),
        Q("4条", 4, "条", "高铁加快建设"),
        N("project", "西安地铁15号线"),
        N("project", "东庄水利枢纽"),
        N("project", "黄河东线马镇引水工程"),
        M("845亿元", 84_500_000_000, "交通投资"),
        M("486.3亿元", 48_630_000_000, "水利投资"),
        # the trade-in programme: a programme, no fact
        G("增长40.9％", 40.9, "限额以上通讯器材零售额"),
        G("27.1％", 27.1, "限额以上家用电器零售额"),
        G("30.6％", 30.6, "限额以上新能源汽车零售额"),
        G("增长22.9％", 22.9, "通过公共网络实现零售额"),
        Q("11个", 11, "个", "新增全国县域商业领跑县"),
        G("增长6％", 6, "社会消费品零售总额"),
        G("增长6.9％", 6.9, "金融机构人民币存款余额"),
        G("6.6％", 6.6, "金融机构人民币贷款余额"),
        G("增长6.9％", 6.9, "营利性服务业增加值"),
        G("增长1倍", 1, "入境游客", unit="倍"),
        G("增长5.6％", 5.6, "国内游客人次"),
        G("7.5％", 7.5, "国内游客总花费")),
]

# ---------------------------------------------------------------- fiveyear (CSV line 33)
# One paragraph: the salutation; 2025's tasks completed, marking the 十四五 plan's close (two
# dates: the year of the tasks, and the plan period, which here is the subject of its own close,
# not the name of a year as in FACTS' closing-year form; blind26 Guangdong review, the close);
# the five-years word (a duration, blind25-27); then five 一是…五是 parts. Every figure takes
# 2021-2025 from the paragraph's first sentence (`paragraph`; blind27 Hebei review: a five-years
# paragraph → `paragraph`), levels, stocks and both ends of from-to pairs included (blind26/27);
# role actual throughout; region the province (陕 standing for it in the foreign-firms sentence is a
# one-character form, no region), except the metro length of the city named in its clause.
FIVEYEAR = [
    *at(33,
        D("2025年", *D2025),
        D("“十四五”", *D1425),
        N("org", "党中央"),
        # part 一
        M("跨过3万亿元", 3_000_000_000_000, "地区生产总值", approx="跨过", **FIVE),
        G("年均增长5.2％", 5.2, "地区生产总值", basis="年均", **FIVE),
        D("“十三五”末", "2020-01-01", "2020-12-31", "year", approx="末"),
        M("1万亿元", 1_000_000_000_000, "地区生产总值净增", **FIVE),
        R("居全国第12位", 12, "全国", "人均生产总值", **FIVE),
        G("年均增长7.8％", 7.8, "一般公共预算收入", basis="年均", **FIVE),
        G("年均增长7％", 7, "规模以上工业增加值", basis="年均", **FIVE),
        M("突破1.1万亿元", 1_100_000_000_000, "社会消费品零售总额", approx="突破", **FIVE),
        G("提高11.9个百分点", 11.9, "工业投资占比", unit="pp", **FIVE),
        P("42.2％", 42.2, "民间投资占比", **FIVE),
        Q("超过200家", 200, "家", "世界500强企业在陕设立分支机构", approx="超过", **FIVE),
        G("年均增长15.7％", 15.7, "实际使用外资", basis="年均", **FIVE),
        G("年均增长8.3％", 8.3, "货物和服务进出口", basis="年均", **FIVE),
        # part 二
        N("project", "秦创原"),
        Q("4个", 4, "个", "落地国家重大科技基础设施", **FIVE),
        Q("5家", 5, "家", "新增陕西实验室", **FIVE),
        P("2.61％", 2.61, "研发投入强度", **FIVE),
        R("居中国西部第1", 1, "中国西部", "研发投入强度", **FIVE),
        G("增长59.61％", 59.61, "企业研发经费", **FIVE),
        P("87.59％", 87.59, "创新产出水平指数", **FIVE),
        R("居全国第4", 4, "全国", "创新产出水平指数", **FIVE),
        Q("21个", 21, "个", "进入ESI前千分之一学科", **FIVE),
        REG("陕西", SX, SXC, "province", []),
        M("1795亿元", 179_500_000_000, "技术合同成交额", **FIVE),
        M("5260亿元", 526_000_000_000, "技术合同成交额", **FIVE),
        G("增长3.2倍", 3.2, "科技型中小企业数量", unit="倍", **FIVE),
        G("2.5倍", 2.5, "高新技术企业数量", unit="倍", **FIVE),
        G("增长1.8倍", 1.8, "每万人高价值发明专利拥有量", unit="倍", **FIVE),
        Q("21个", 21, "个", "累计建成国家级产业集群", **FIVE),
        G("年均增长8％", 8, "战略性新兴产业增加值", basis="年均", **FIVE),
        G("7.2％", 7.2, "高技术制造业增加值", basis="年均", **FIVE),
        G("增长1.7倍", 1.7, "汽车产量", unit="倍", **FIVE),
        G("增长17.2倍", 17.2, "新能源汽车产量", unit="倍", **FIVE),
        P("1/4", 25, "苹果产量占全国比重", **FIVE),
        P("1/3", 33.33, "猕猴桃产量占全国比重", **FIVE),
        Q("突破8亿吨", 800_000_000, "吨", "煤炭产量", approx="突破", **FIVE),
        G("增长37.9％", 37.9, "天然气产量", **FIVE),
        Q("2个", 2, "个", "千亿级投资规模的现代煤化工项目", **FIVE),
        Q("11个", 11, "个", "百亿级投资规模的现代煤化工项目", **FIVE),
        Q("超过400万吨/年", 4_000_000, "吨/年", "新增煤基化工产品产能", approx="超过", **FIVE),
        Q("1.27亿千瓦", 127_000_000, "千瓦", "电力总装机", **FIVE),
        N("project", "山阳"),
        N("project", "勉县"),
        Q("6个", 6, "个", "抽水蓄能项目核准建设", **FIVE),
        G("增长1.2倍", 1.2, "外送电量", unit="倍", **FIVE),
        # part 三
        P("67.17％", 67.17, "城镇化率", **FIVE),
        N("project", "西安咸阳国际机场T5航站楼"),
        N("project", "引汉济渭"),
        # the quoted rail-network shape: a label, no project
        Q("6895公里", 6895, "公里", "高速公路通车里程", **FIVE),
        REG("西安", XA, XAC, "prefecture", [SX]),
        Q("422公里", 422, "公里", "西安地铁运营里程", entity="西安", region=XA, rcode=XAC, **FIVE),
        REG("咸阳", XY, XYC, "prefecture", [SX]),
        Q("1.9万座", 19_000, "座", "5G基站", **FIVE),
        Q("14.3万座", 143_000, "座", "5G基站", **FIVE),
        # the mountains, the river basin and the water-source area: no regions; the three
        # barriers: a label
        Q("5市", 5, "市", "关中", **FIVE),
        G("改善24.7％", -24.7, "关中5市PM2.5浓度", **FIVE),
        # part 四: the games and the dialogue are events
        Q("13个", 13, "个", "全国文明城市", **FIVE),
        N("project", "西安国家版本馆"),
        N("project", "陕西考古博物馆"),
        N("project", "省图书新馆"),
        Q("50部", 50, "部", "文艺作品获得国家、国际大奖", **FIVE),
        Q("超过8亿人次", 800_000_000, "人次", "年接待游客", approx="超过", **FIVE),
        REG("中国", "中国", None, "country", []),
        # part 五
        Q("40万人以上", 400_000, "人", "每年城镇新增就业", approx="以上", **FIVE),
        G("年均增长5.3％", 5.3, "城镇居民人均收入", basis="年均", **FIVE),
        G("7.7％", 7.7, "农村居民人均收入", basis="年均", **FIVE),
        Q("2.54", 2.54, None, "城乡居民收入比", **FIVE),
        Q("30个", 30, "个", "县区通过国家义务教育优质均衡发展评估", **FIVE),
        Q("47家", 47, "家", "县级医院共享三级医院服务", **FIVE),
        Q("7.83张", 7.83, "张", "每千人床位数", **FIVE),
        Q("3.57个", 3.57, "个", "每千人执业（助理）医师数", **FIVE),
        Q("78.9岁", 78.9, "岁", "人均预期寿命", **FIVE),
        G("下降36.9％", -36.9, "每10万人刑事案件数", **FIVE),
        P("98.98％", 98.98, "社会治安满意率", **FIVE)),
]


# ---------------------------------------------------------------- titles (derived, not copied)
def first_line(text):
    """The cut's own first line: its heading."""
    return text.split("\n", 1)[0].strip()


def lead(text):
    """A headless cut: its lead up to the first 。, without the 。 and without the salutation
    to the deputies that ends with ！ before it."""
    first = text.split("。", 1)[0].strip()
    if "！" in first:
        first = first.split("！", 1)[1].strip()
    return first


COMMON_SRC = {
    "issuer_source": "no signature line in the excerpt; the governor (his title and name stand on line 13 of the CSV file, after the date line's words) reports on behalf of the provincial people's government (line 21, the opening sentence), so the issuing body is 陕西省人民政府 (blind25-27: the body the governor speaks for).",
    "genre_source": "政府工作报告 → report.",
}
DATE_LINE = ("the report was delivered 2026-01-27 by the governor at the fourth session of the 14th "
             "people's congress of 陕西省 (line 13 of the CSV file, the report's date line under its "
             "title on line 12; the same line stands earlier on line 4); the web page's time (line 15) "
             "and the CSV record's publish_date field (2026-02-02, line 2) date the web copy, and all "
             "are outside the cut")
ENC = "the cut is sed output ({}) of a UTF-8 CSV file whose byte-order mark stands on line 1 only, so the cut is UTF-8 without BOM."

DOCS = {
    "report_shaanxi_2026_review.txt": {
        "lines": (22, 25),
        "facts": REVIEW,
        "title": first_line,
        "record": {
            "year_source": f"the excerpt (lines 22-25 of 2026_陕西省_政府工作报告.csv) has no date line of its own, so issued is null; {DATE_LINE}. Its heading is part 一's, the review of 2025; its lead opens with the year just past, and the first numbered area of the year's work follows the line counting the areas. Read as a reader of the whole report would: year 2026, and its figures are 2025's (the lead's figures period_source paragraph, the numbered area's section).",
            "title_source": "the excerpt's own heading (line 1 of the cut, part number kept; blind25-27 cuts that open with a heading).",
            "region_source": "the provincial work report of 陕西省 (全省 is the province's own; the cut names the province only by its one-character form) → 陕西省 610000, level province.",
        },
    },
    "report_shaanxi_2026_fiveyear.txt": {
        "lines": (33, 33),
        "facts": FIVEYEAR,
        "title": lead,
        "record": {
            "year_source": f"the excerpt (line 33 of 2026_陕西省_政府工作报告.csv) has no date line; {DATE_LINE}. It is the paragraph, still inside part 一 (heading on line 22), that marks 2025's tasks completed and the 十四五 period closed, then reviews the five years in five parts. Read as a reader of the whole report would: year 2026, and its figures are 2021-2025's (period_source paragraph). issued null.",
            "title_source": "the excerpt is headless: its lead, the cut up to the first 。, without the 。 and without the salutation to the deputies ending in ！ before it (blind25 Shandong review and blind26 Guangdong review, the same rule).",
            "region_source": "the provincial work report of 陕西省 (陕西 stands on its own as the owner of the strength contributed and as the destination of tourists; 全省 is the province's own) → 陕西省 610000, level province.",
        },
    },
}


def check_and_strip(doc, text, first_line_no, facts, show=False):
    errors = []
    line_starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            line_starts.append(i + 1)

    def line_of(off):
        n = 0
        for i, s in enumerate(line_starts):
            if s <= off:
                n = i
        return first_line_no + n

    pos = 0
    seen = set()
    out = []
    for f in facts:
        occ = f.pop("_occ", None) or 1
        want = f.pop("_line")
        at_ = pos - 1
        for _ in range(occ):
            at_ = text.find(f["text"], at_ + 1)
            if at_ < 0:
                break
        if at_ < 0:
            errors.append(f"{doc}: {f['kind']} {f['text']!r} not found at or after offset {pos}")
            continue
        got = line_of(at_)
        if got != want:
            errors.append(f"{doc}: {f['kind']} {f['text']!r} found on line {got}, script names line {want}")
        if "\n" in f["text"]:
            errors.append(f"{doc}: {f['text']!r} spans a line break")
        if show:
            ctx = text[max(0, at_ - 8):at_ + len(f["text"]) + 8].replace("\n", "⏎")
            print(f"  L{got} {at_:5d} {f['kind']:8} {f['text']:<24} …{ctx}…")
        pos = at_ + len(f["text"])
        if f["kind"] in ("project", "org", "region"):
            key = "".join(f["name"].split())
            if key in seen:
                errors.append(f"{doc}: name {key!r} listed twice")
            seen.add(key)
        if f["kind"] not in ("project", "org", "region", "date"):
            if (f["period"] is None) != (f["period_source"] is None):
                errors.append(f"{doc}: {f['text']!r}: period and period_source disagree")
        out.append({"doc": doc, **f})
    names = {f["name"] for f in out if f["kind"] in ("project", "org", "region")}
    for f in out:
        if f.get("entity") is not None and f["entity"] not in names:
            errors.append(f"{doc}: {f['text']!r}: entity {f['entity']!r} is not a listed name")
    return out, errors


def main():
    show = "--show" in sys.argv[1:]
    all_errors = []
    results = []
    for doc, spec in DOCS.items():
        first, last = spec["lines"]
        text = source(first, last)
        cut = CUTS / doc
        if cut.exists() and cut.read_bytes() != text.encode("utf-8"):
            all_errors.append(f"{doc}: {CUTS} copy differs from the corpus lines {spec['lines']}")
        if show:
            print(doc)
        facts, errors = check_and_strip(doc, text, first, [dict(f) for f in spec["facts"]], show)
        all_errors += errors
        record = {
            "doc": doc, "title": spec["title"](text), "issued": None, "year": 2026,
            "issuer": "陕西省人民政府", "genre": "report", "region": SX, "region_code": SXC,
            "doc_number": None, "encoding": "UTF-8",
            "year_source": spec["record"]["year_source"],
            "issuer_source": COMMON_SRC["issuer_source"],
            "title_source": spec["record"]["title_source"],
            "region_source": spec["record"]["region_source"],
            "genre_source": COMMON_SRC["genre_source"],
            "encoding_source": ENC.format(f"lines {first}-{last}" if first != last else f"line {first}"),
        }
        results.append((doc, facts, record))
    if all_errors:
        print("\n".join(all_errors), file=sys.stderr)
        sys.exit(1)
    for doc, facts, record in results:
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


if __name__ == "__main__":
    main()
