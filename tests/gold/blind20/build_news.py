#!/usr/bin/env python3
"""Blind gold for 20241212.md (新闻联播 2024-12-12), typed by hand.

Writes 20241212.md.jsonl and 20241212.md.doc.json next to this script.
Checks: every `text` occurs in the source, the facts stand in text order (each found after
the previous one, on the source line that `at()` names), no project/org/region name is listed
twice, period and period_source are null together, and every `entity` is a listed name.
`skip(text)` moves past one unannotated occurrence (kept from blind17-19; not needed here).
No transcript text is kept here beyond the facts' text, name and subject.

usage: python3 build_news.py [SOURCE]
SOURCE defaults to shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20241212.md
(the cut /tmp/b20/20241212.md is byte-identical: the manifest takes the whole file).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = Path("/work/shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20241212.md")
SRC = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
DOC = "20241212.md"

# ---------------------------------------------------------------- helpers
D1212 = ("2024-12-12", "2024-12-12")
D1211 = ("2024-12-11", "2024-12-11")
D1214 = ("2024-12-14", "2024-12-14")  # 后天: two days after the broadcast day
D1215 = ("2024-12-15", "2024-12-15")
D20231231 = ("2023-12-31", "2023-12-31")
JUN2023 = ("2023-06-01", "2023-06-30")
Y2024 = ("2024-01-01", "2024-12-31")
Y2025 = ("2025-01-01", "2025-12-31")
Y1970S = ("1970-01-01", "1979-12-31")  # 上世纪70年代: the decade, one span of whole years

CN = dict(region="中国", region_code=None)
BJ = dict(region="北京市", region_code="110000")
NOREG = dict(region=None, region_code=None)

facts = []  # (fact, source line)
LINE = [0]


def at(line):
    """Facts that follow stand on this 1-based line of the source."""
    LINE[0] = line


def _per(p):
    return None if p is None else {"date_start": p[0], "date_end": p[1]}


def skip(text):
    """Move past one occurrence of text on the current line without annotating it."""
    facts.append(({"kind": None, "text": text}, LINE[0]))


def org(text, name=None):
    facts.append(({"kind": "org", "text": text, "name": name or text}, LINE[0]))


def project(text, name=None):
    facts.append(({"kind": "project", "text": text, "name": name or text}, LINE[0]))


def region(text, canonical, code, level, parents):
    facts.append(({"kind": "region", "text": text, "name": text, "canonical": canonical,
                   "code": code, "level": level, "parents": parents}, LINE[0]))


def country(text, canonical=None):
    region(text, canonical or text, None, "country", [])


def foreign(text, parents, canonical=None):
    region(text, canonical or text, None, "other", parents)


def date(text, span, grain, approx=None):
    facts.append(({"kind": "date", "text": text, "date_start": span[0], "date_end": span[1],
                   "grain": grain, "approx": approx}, LINE[0]))


def num(kind, text, value, *, unit, subject, period, psrc, entity=None, region=None,
        region_code=None, role="actual", approx=None, value_max=None, basis=None,
        currency="CNY", scope=None):
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
    f.update({"subject": subject, "period": _per(period), "period_source": psrc,
              "entity": entity, "region": region, "region_code": region_code, "role": role})
    facts.append((f, LINE[0]))


# ================================================================ summary (lines 5-60)
# Summary dates and figures that the bodies restate are annotated once, at the body
# (blind15-blind19): the council dinner's 2024年度 (summary and heading; body twice) and the
# water works' 超767亿立方米 (summary and heading; body). The forum's 2024 is written without 年
# (no date, blind14, blind18); the tenth anniversary, the 13th/14th/12th ordinals are no numbers.
# Names count here, deduplicated by name (blind17, blind18). Story 1 (the economic work
# conference) has no body: its summary item and heading hold only the city.
at(8)
# the conference is an event
region("北京", "北京市", "110000", "province", [])
at(14)
# the country before the party, side by side (blind17 俄罗斯 beside Moscow); the party is an
# org named with its kind (党; blind18 美国民主党)
country("俄罗斯")
org("统一俄罗斯党")
at(17)
# 美 and 中 are one-character forms nested in the council's name
org("美中贸易全国委员会")
at(29)
# a named water-diversion works (dev/seed: named works are projects)
project("南水北调东中线一期工程")
at(35)
# the league's well-known short name, in the plenum's name (bodies named in meeting names are
# listed: blind18 美国民主党); 京 is one character
org("民盟")
at(38)
# bodies from titles (blind16, blind18): the CPPCC (former standing-committee member) and its
# committee (former vice-chairman), named with its kind (委员会)
org("全国政协")
org("民族和宗教委员会")
at(47)
# the places before the plan's name are split off (seed CONVENTIONS: a leading region is
# dropped from a name; blind17 江西 / 瑞金机场) (open); the plan is a document, no project
org("国务院")
region("浙江", "浙江省", "330000", "province", [])
region("义乌", "义乌市", "330782", "county", ["浙江省", "金华市"])
at(59)
# the General Assembly's short name (blind18 listed short and full names as two names)
org("联大")
foreign("加沙地带", [])

# ================================================================ story 2: credentials ceremony
at(72)
date("12月12日下午", D1212, "day")
# the clause names Beijing: the figure's place (FACTS: a place in its clause)
num("quantity", "28位", 28, unit="位", subject="递交国书的驻华大使", period=D1212,
    psrc="sentence", **BJ)
# the Great Hall and the Beijing hall are buildings; the countries from the ambassadors'
# titles count (blind19 越南 from a title)
for c in ("荷兰", "摩洛哥", "柬埔寨", "北马其顿", "格鲁吉亚", "西班牙", "阿根廷", "泰国",
          "塞浦路斯", "斯里兰卡", "马尔代夫", "马里", "拉脱维亚", "丹麦", "爱尔兰", "津巴布韦",
          "蒙古国", "挪威", "瑙鲁", "芬兰", "黑山", "萨尔瓦多", "斯洛文尼亚", "委内瑞拉", "乍得",
          "索马里", "尼泊尔", "孟加拉国"):
    country(c)
# a government named with its country (blind15 美国政府, blind19 巴西政府)
org("中国政府")
country("中国")
# 今年 opens the paragraph; the 75th anniversary and the 75 years of struggle are no numbers
date("今年", Y2024, "year")
# the country's full name standing alone (open)
region("中华人民共和国", "中国", None, "country", [])
# the party named in its plenum's name (bodies in meeting names are listed, blind18)
org("中国共产党")
# the plenum (2024) put forward the measures: 今年 of the paragraph's first sentence (open)
num("quantity", "300多项", 300, unit="项", approx="多", subject="重要改革举措", period=Y2024,
    psrc="paragraph", entity="中国共产党", **CN)

# ================================================================ story 3: Xi meets Medvedev
at(78)
date("12月12日", D1212, "day")
# the party centre from the general secretary's title (blind17 中共中央)
org("中共中央")
# the 75 and the 20-odd years are durations; 中俄 is a pair of one-character forms
# 联合国 stands alone in the list of frameworks (blind19); the BRICS mechanism is no org
org("联合国")
org("上海合作组织")
# 乌克兰 is nested in the crisis phrase (blind17, blind19) and has no use of its own here;
# the three principles are a label
# the party's short name, two names (blind17 俄联邦委员会 / 俄罗斯联邦委员会)
org("统俄党")
# the day after tomorrow, against the broadcast day; the 22nd congress is an ordinal
date("后天", D1214, "day")
country("巴西")
# a named group of states, quotes kept (blind11 via blind17 “捍卫《联合国宪章》之友小组”) (open)
org("“和平之友”小组")

# ================================================================ story 4: letter to the US-China council
at(84)
date("12月11日", D1211, "day")
# a year written with 年 in an event's name is a date (blind9, blind14, blind18; seed `2022年度`)
date("2024年度", Y2024, "year")
country("美国")
# "a few months ago" is vague; "the same day" is no date (blind18)
date("2024年度", Y2024, "year")

# ================================================================ story 5: letter to the Congdu forum
at(90)
# the forum is an event (open); its 2024 has no 年; the ten years are a duration
date("12月12日", D1212, "day")
foreign("马德里", ["西班牙"])
org("中国人民对外友好协会")
# named whole; 澳大利亚 and 中国 nested
org("澳大利亚－中国友好交流协会")
# 广东省 nested in the government's name, no use of its own
org("广东省人民政府")
org("世界领袖联盟")

# ================================================================ story 6: Wang Huning meets Medvedev
at(96)
org("中共中央政治局")
date("12日", D1212, "day")
date("今年", Y2024, "year")
# met three times this year (blind18 `两度` → 2 度); two heads of state → region null
num("quantity", "三度", 3, unit="度", subject="习近平主席和普京总统会晤", period=Y2024,
    psrc="sentence", **NOREG)
# the body as written with its country (blind17 two names of one body) (open)
org("中国全国政协")
# the party's short name (blind17 最高法 beside the full name) (open)
org("中共")

# ================================================================ story 7: reactions to the conference
at(102)
date("2024年", Y2024, "year")
date("2025年", Y2025, "year")
date("明年", Y2025, "year")

# ================================================================ story 8: South-to-North water diversion
at(108)
org("国务院新闻办公室")
date("今天（12月12日）", D1212, "day")
org("水利部")
# the as-of word is left out (20230808 via blind19); the tenth anniversary is no number
date("今天", D1212, "day")
# as of today (blind19 `2160.8万名`); the works named in the sentence; a national works (open)
num("quantity", "超767亿立方米", 76700000000, unit="立方米", approx="超", subject="累计调水",
    period=D1212, psrc="sentence", entity="南水北调东中线一期工程", **CN)
# the ten years are a duration; north China and Huang-Huai-Hai are macro-areas; 京津冀 is
# made of one-character forms
region("雄安新区", "河北雄安新区", "13102001", "zone", ["河北省"])
# no date in the sentence or paragraph: the lead's day (blind19 ranks, blind18), section;
# the bare works word is an anaphor (entity null, blind19)
num("quantity", "45座", 45, unit="座", subject="工程供水惠及的大中城市", period=D1212,
    psrc="section", **CN)
num("quantity", "1.85亿人", 185000000, unit="人", subject="工程供水惠及人口", period=D1212,
    psrc="section", **CN)
# "among the country's front rank" is a group rank, no ranking (seed CONVENTIONS)

# ================================================================ story 9: greening
at(114)
# the convention's title and the 16th conference (an ordinal) give no fact
country("沙特阿拉伯")
foreign("利雅得", ["沙特阿拉伯"])
# a named works, quotes kept (blind17 “土耳其溪”) (open); the pavilion is left out (open)
project("“三北”工程")
# the 30 years are a duration; 自…以来 → approx 以来 (blind17 `五月以来`)
date("去年6月以来", JUN2023, "month", approx="以来")
# a decade: one span of whole years (seed `2016年到2018年` grain year)
date("上世纪70年代", Y1970S, "year")
# two levels (from … to …), both percents (blind17 `42.9%`); the qualifier kept as written
num("percent", "刚过5%", 5, unit="%", approx="刚过", subject="“三北”工程区森林覆盖率",
    period=Y1970S, psrc="sentence", entity="“三北”工程", **CN)
# 目前 → the broadcast day (dev CONVENTIONS via blind17)
num("percent", "13.84%", 13.84, unit="%", subject="“三北”工程区森林覆盖率", period=D1212,
    psrc="sentence", entity="“三北”工程", **CN)
# the as-of word is left out; 年底 → the last day, approx 底 (blind18 `2023年年底`)
date("2023年底", D20231231, "day", approx="底")
# the country named as the subject (blind18 `超过400亿美元`, blind19 `世界第二`)
num("percent", "超过25%", 25, unit="%", approx="超过", subject="森林覆盖率", period=D20231231,
    psrc="sentence", entity="中国", **CN)
num("quantity", "超过200亿立方米", 20000000000, unit="立方米", approx="超过",
    subject="森林蓄积量", period=D20231231, psrc="sentence", entity="中国", **CN)
num("ranking", "居世界首位", 1, unit=None, scope="世界", subject="人工林面积",
    period=D20231231, psrc="sentence", entity="中国", **CN)
# "the country that added most green" is a superlative, no ranking

# ================================================================ story 10: the China Democratic League
at(120)
# the full name, two names with 民盟 (blind17 最高法 / 最高人民法院 pattern via blind18)
org("中国民主同盟")
date("12月12日", D1212, "day")
# the centre from the chairman's title; the standing committee as the reporting body, named
# whole with its kind (open)
org("民盟中央")
org("民盟第十三届中央常务委员会")
# "over the past year" is no date (blind17); the plenums and congresses are ordinals
date("明年", Y2025, "year")

# ================================================================ story 11: Gou Zhongwen
at(126)
org("中央纪委")
org("国家监委")
# the eight-point rules are a label; the 18th congress an ordinal; the titles in 《》 are not
# listed; the procuratorial organs are generic
org("党中央")
# the standing committee named in its meeting's name (blind18: bodies in meeting names)
org("中央纪委常委会")

# ================================================================ story 12: domestic briefs
at(132)
# (1) private pensions: programmes are no projects
org("人力资源社会保障部")
# "from" kept as approx (blind17 `今晚（5月25日）起`, blind19)
date("12月15日起", D1215, "day", approx="起")
# (2) Yiwu plan: "the other day" is vague; 国务院, 浙江, 义乌 listed at the summary
# (3) image forum in Beijing (an event; 2024 in the report's title has no 年)
date("今天（12月12日）", D1212, "day")
# editions held so far (blind17 Yunnan `3届`); the paragraph opens with today; an event's
# figure → its city (blind14, blind18)
num("quantity", "12届", 12, unit="届", subject="中国企业全球形象高峰论坛连续举办",
    period=D1212, psrc="paragraph", **BJ)
# (4) satellite launch: the rockets and the satellite system are vehicles (blind14, blind15)
date("今天（12月12日）", D1212, "day")
org("酒泉卫星发射中心")
num("quantity", "5颗", 5, unit="颗", subject="进入预定轨道的卫星", period=D1212,
    psrc="sentence", **CN)

# ================================================================ story 13: Israel in Syria
at(138)
# 以军 is an abbreviation (blind14, blind18); 以色列 nested in the forces' name
org("以色列国防军")
date("11日", D1211, "day")
country("叙利亚")
# the part of day kept in the day's text (blind18 `今天中午`)
date("12日凌晨", D1212, "day")
country("以色列")
foreign("拉塔基亚", ["叙利亚"])
foreign("塔尔图斯省", ["叙利亚"])
country("法国")
country("德国")
country("埃及")
country("黎巴嫩")
date("11日", D1211, "day")
# 联合国 from the secretary-general's title is listed above
date("11日晚", D1211, "day")

# ================================================================ story 14: UN General Assembly
at(144)
org("联合国大会")
date("11日", D1211, "day")
# the country before the strip, split off (blind18 巴勒斯坦)
country("巴勒斯坦")

# ---------------------------------------------------------------- checks
src = SRC.read_text(encoding="utf-8")
line_start = [0]
for ln in src.split("\n"):
    line_start.append(line_start[-1] + len(ln) + 1)
pos = 0
errors = []
seen = set()
for f, line in facts:
    t = f["text"]
    lo, hi = line_start[line - 1], line_start[line]
    i = src.find(t, max(pos, lo))
    if i == -1 or i + len(t) > hi:
        errors.append(f"text not found (in order) on line {line} after {pos}: {t!r}")
        continue
    pos = i + 1
    if f["kind"] in ("project", "org", "region"):
        key = f["name"]
        if key in seen:
            errors.append(f"name listed twice: {key}")
        seen.add(key)
    if "period" in f and (f["period"] is None) != (f["period_source"] is None):
        errors.append(f"period and period_source not null together: {t!r}")
for f, line in facts:
    ent = f.get("entity")
    if ent is not None and ent not in seen:
        errors.append(f"entity not listed as a name: {ent!r} for {f['text']!r}")
if errors:
    sys.exit("\n".join(errors))
facts = [(f, line) for f, line in facts if f["kind"] is not None]
for f, _ in facts:
    if isinstance(f.get("value"), float) and f["value"].is_integer():
        f["value"] = int(f["value"])

out = HERE / f"{DOC}.jsonl"
with out.open("w", encoding="utf-8") as fh:
    for f, _ in facts:
        fh.write(json.dumps({"doc": DOC, **f}, ensure_ascii=False) + "\n")

doc = {
    "doc": DOC,
    "title": "《新闻联播》 (20241212)",
    "issued": "2024-12-12",
    "year": 2024,
    "issuer": None,
    "genre": "news",
    "region": None,
    "region_code": None,
    "doc_number": None,
    "encoding": "UTF-8",
    "title_source": "the file's heading line `# 《新闻联播》 (20241212)`, as in the sibling news gold (20230525, 20240821, 20241120 and earlier)",
    "issued_source": "the file name 20241212.md and the heading 《新闻联播》 (20241212), repeated in the summary's closing stamp (20241212 19:00) and in every link to the original (tv.cctv.com/2024/12/12/…241212.shtml): the broadcast of 2024-12-12",
    "year_source": "issued's year: 2024. Relative dates resolve against 2024-12-12: 今天（12月12日） / 今天 / 12日 / 12日凌晨 / 12月12日下午 → 2024-12-12, 11日 / 11日晚 → 2024-12-11, 后天 → 2024-12-14, 12月15日起 → 2024-12-15 (approx 起), 今年 → 2024, 明年 → 2025, 去年6月以来 → 2023-06 (approx 以来)",
    "issuer_source": "no issuer line; every story carries only the CCTV web byline, so issuer is null",
    "genre_source": "a 新闻联播 transcript: a summary list of fourteen items (one a list of four briefs), then fourteen news items, the first with an empty body and one a collection of briefs with bold sub-headlines → news",
    "region_source": "a news file of many stories (the economic work conference and foreign envoys in Beijing, Medvedev's visit, letters to a US council and to a forum in Madrid, the South-to-North water diversion, greening and the desertification conference in Riyadh, the China Democratic League, a disciplinary case, national briefs and one on Yiwu in Zhejiang, Israel in Syria, the UN General Assembly on Gaza): no single place, so region and region_code are null",
    "doc_number_source": "news transcript: no 发文字号",
    "encoding_source": "the file decodes as UTF-8 without a byte-order mark (first bytes 23 20 e3 80 8a = `# 《`)",
}
(HERE / f"{DOC}.doc.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")

counts = {}
for f, _ in facts:
    counts[f["kind"]] = counts.get(f["kind"], 0) + 1
print(f"{len(facts)} facts:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
