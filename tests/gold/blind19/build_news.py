#!/usr/bin/env python3
"""Blind gold for 20241120.md (新闻联播 2024-11-20), typed by hand.

Writes 20241120.md.jsonl and 20241120.md.doc.json next to this script.
Checks: every `text` occurs in the source, the facts stand in text order (each found after
the previous one, on the source line that `at()` names), no project/org/region name is listed
twice, period and period_source are null together, and every `entity` is a listed name.
`skip(text)` moves past one unannotated occurrence (a bold sub-headline's repeat of a body
figure nested in a name). No transcript text is kept here beyond the facts' text, name and
subject.

usage: python3 build_news.py [SOURCE]
SOURCE defaults to shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20241120.md
(the cut /tmp/b19/20241120.md is byte-identical: the manifest takes the whole file).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = Path("/work/shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20241120.md")
SRC = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
DOC = "20241120.md"

# ---------------------------------------------------------------- helpers
D1120 = ("2024-11-20", "2024-11-20")
D1119 = ("2024-11-19", "2024-11-19")
D1111 = ("2024-11-11", "2024-11-11")
OCT = ("2024-10-01", "2024-10-31")
JAN_OCT = ("2024-01-01", "2024-10-31")
NOV_1_10 = ("2024-11-01", "2024-11-10")  # 上旬: days 1-10 (seed `3月中旬` → 11..20)
APR = ("2024-04-01", "2024-04-30")
Y2019 = ("2019-01-01", "2019-12-31")
Y2024 = ("2024-01-01", "2024-12-31")
Y2025 = ("2025-01-01", "2025-12-31")
Y2045 = ("2045-01-01", "2045-12-31")

CN = dict(region="中国", region_code=None)
DE = dict(region="德国", region_code=None)
GD = dict(region="广东省", region_code="440000")
XA = dict(region="河北雄安新区", region_code="13102001")
JM = dict(region="江门市", region_code="440700")
WH = dict(region="武汉市", region_code="420100")
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


# ================================================================ summary (lines 3-5)
# The summary section is empty in this file: no fact.

# ================================================================ story 1: Xi meets Bolivia's president
at(9)
country("玻利维亚")
at(11)
# the local-time word is left out, the part of day kept (blind14, blind15, blind18)
date("11月19日上午", D1119, "day")
foreign("里约热内卢", ["巴西"])
# the G20 named with an org word (集团) inside the summit's name: bodies named in meeting names
# are listed (blind14, blind18 美国民主党); blind6 listed 二十国集团 standing alone
org("二十国集团")
country("中国")
# next year (the 40th anniversary of relations: the anniversary itself is no number)
date("明年", Y2025, "year")
# a year written with 年 in a plan's name is a date (blind14, blind16, blind17)
date("2025年", Y2025, "year")
# 联合国 stands alone; the BRICS grouping (no org word) and the China-CELAC forum (an event,
# blind15) are not listed (open)
org("联合国")
# the port, the country split off before it (seed CONVENTIONS; blind8 宁波舟山港 a works)
country("秘鲁")
project("钱凯港")
date("明年", Y2025, "year")

# ================================================================ story 2: Xi meets Argentina's president
at(15)
country("阿根廷")
at(17)
date("11月19日上午", D1119, "day")
# half a century and more: a duration; the 10th anniversary: no number
date("今年", Y2024, "year")
# 台湾省 from the Taiwan question (blind9, blind14, blind15, blind18)
region("台湾", "台湾省", "710000", "province", [])

# ================================================================ story 3: Xi meets Germany's chancellor
at(21)
country("德国")
at(23)
date("11月19日上午", D1119, "day")
date("今年4月", APR, "month")
# the world's second and third economies (分别-like pairing in order); the sentence names no
# date, the April of the paragraph dates the visit: the talks' day of the story lead (open;
# blind18 `非洲第一大贸易伙伴国` → the lead's day, `section`)
num("ranking", "世界第二", 2, unit=None, scope="世界", subject="经济体", period=D1119,
    psrc="section", entity="中国", **CN)
num("ranking", "第三大经济体", 3, unit=None, scope="世界", subject="经济体", period=D1119,
    psrc="section", entity="德国", **DE)
org("欧盟")
# 乌克兰 is nested in the crisis phrase (blind17); it counts from its own use (story 14)

# ================================================================ story 4: G20 closing session
at(29)
# the 19th summit is an ordinal
date("11月19日中午", D1119, "day")

# ================================================================ story 5: Xi arrives in Brasilia
at(33)
foreign("巴西利亚", ["巴西"])
country("巴西")
at(35)
date("11月19日下午", D1119, "day")
# a named base, the city in its name kept (blind17 驻日美军岩国基地; airports keep their city,
# blind17 福州长乐国际机场, blind18 成都双流国际机场)
project("巴西利亚空军基地")
# the presidency from the chief minister's title (blind16 titles; 巴勒斯坦总统府 in earlier
# gold); the justice minister's and the institutional-relations minister's titles are office
# words (blind8 国防部长); the bare repeat of the presidency with the country elided is not
# listed (blind6 bare 参议院)
org("巴西总统府")
org("巴西政府")
# "dozens of" artists: a vague amount

# ================================================================ story 6: Xi's video message to the WIC Wuzhen summit
# the heading's 2024年 is the body's (annotated once, at the body)
at(41)
date("11月20日", D1120, "day")
# a year written with 年 in an event's name is a date (blind9, blind14, blind18)
date("2024年", Y2024, "year")
date("2024年", Y2024, "year")
region("浙江省", "浙江省", "330000", "province", [])
region("桐乡市", "桐乡市", "330483", "county", ["浙江省", "嘉兴市"])
# the town of the venue, split from the places before it (dev CONVENTIONS); nested in the
# summit's name elsewhere
region("乌镇", "乌镇镇", None, "town", ["浙江省", "嘉兴市", "桐乡市"])
# the conference standing alone as the host: a body (open; blind18 Zhejiang took it with its
# summit as an event, blind15 listed the Boao forum as a body)
org("世界互联网大会")
org("浙江省人民政府")

# ================================================================ story 7: Ding Xuexiang at the WIC
# the heading's 2024年 is the body's
at(47)
# bodies from titles (blind16, blind18)
org("中共中央政治局")
org("国务院")
date("20日上午", D1120, "day")
region("浙江", "浙江省", "330000", "province", [])
date("2024年", Y2024, "year")
# the listed points (first to fourth) are ordinals; vice-presidents' countries (offices)
country("洪都拉斯")
country("赞比亚")
country("越南")
# the expo is an event; the museum is a venue (seed CONVENTIONS venues, blind16 呼伦贝尔大剧院),
# the town before it split off (seed CONVENTIONS; open)
project("世界互联网科技馆")

# ================================================================ story 8: CCTV commentary
at(53)
date("今天（11月20日）", D1120, "day")

# ================================================================ story 9: consumption
at(59)
org("国家统计局")
date("10月", OCT, "month")
# 分别 pairs in order; no comparison word in the text → basis null
num("growth", "分别增长39.2%", 39.2, unit="%", basis=None,
    subject="家用电器和音像器材类商品零售额", period=OCT, psrc="sentence", **CN)
num("growth", "7.4%", 7.4, unit="%", basis=None, subject="家具类商品零售额", period=OCT,
    psrc="sentence", **CN)
num("growth", "3.7%", 3.7, unit="%", basis=None, subject="汽车类商品零售额", period=OCT,
    psrc="sentence", **CN)
date("11月上旬", NOV_1_10, "period")
# the ministry monitors the retailers: informant, entity null
org("商务部")
num("growth", "分别增长45%", 45, unit="%", basis=None, subject="重点监测零售企业家电销售额",
    period=NOV_1_10, psrc="sentence", **CN)
num("growth", "28%", 28, unit="%", basis=None, subject="重点监测零售企业通讯器材销售额",
    period=NOV_1_10, psrc="sentence", **CN)
# the as-of word is left out (20230808); the eight categories are a label (seed `四大主导产业`)
date("11月11日", D1111, "day")
num("quantity", "2160.8万名", 21608000, unit="名", subject="购买8大类家电产品的消费者",
    period=D1111, psrc="sentence", **CN)
num("quantity", "3271.9万台", 32719000, unit="台", subject="购买的8大类家电产品",
    period=D1111, psrc="sentence", **CN)
# the clock time stays in the day's text (blind18 `今天（8月21日）16时`)
date("11月19日零时", D1119, "day")
num("quantity", "突破400万份", 4000000, unit="份", approx="突破",
    subject="汽车报废更新和置换更新补贴申请", period=D1119, psrc="sentence", **CN)
date("1—10月", JAN_OCT, "month")
num("growth", "同比增长4.7%", 4.7, unit="%", basis="同比", subject="便利店商品零售额",
    period=JAN_OCT, psrc="sentence", **CN)
# the double-digit growth of the warehouse clubs (and below of transport and telecom services)
# is a vague magnitude (blind18), no figure
date("1—10月", JAN_OCT, "month")
num("growth", "同比增长6.5%", 6.5, unit="%", basis="同比", subject="服务零售额",
    period=JAN_OCT, psrc="sentence", **CN)
# dev CONVENTIONS: `高于全国0.7个百分点` → growth in pp, basis null
num("growth", "高于同期商品零售额3.3个百分点", 3.3, unit="pp", basis=None,
    subject="服务零售额增速高于商品零售额", period=JAN_OCT, psrc="sentence", **CN)

# ================================================================ story 10: Jiangmen neutrino detector
at(63)
# the city is nested in the experiment's name (no region 江门; blind11 雄安 in the canal's name)
project("江门中微子实验探测器")
at(65)
# nine years and more of building: a duration
date("今天（11月20日）", D1120, "day")
date("明年", Y2025, "year")
# sizes and specifications: period and role null (dev CONVENTIONS); the detector named in the
# sentence is the entity; region: the entity's place, the city in its name
num("quantity", "700米", 700, unit="米", subject="实验大厅地下深度", period=None, psrc=None,
    role=None, entity="江门中微子实验探测器", **JM)
num("quantity", "44米", 44, unit="米", subject="水池深度", period=None, psrc=None, role=None,
    entity="江门中微子实验探测器", **JM)
num("quantity", "41米", 41, unit="米", subject="不锈钢网壳直径", period=None, psrc=None,
    role=None, entity="江门中微子实验探测器", **JM)
num("quantity", "35.4米", 35.4, unit="米", subject="有机玻璃球直径", period=None, psrc=None,
    role=None, entity="江门中微子实验探测器", **JM)
num("quantity", "45000只", 45000, unit="只", subject="光电倍增管", period=None, psrc=None,
    role=None, entity="江门中微子实验探测器", **JM)
date("今天下午", D1120, "day")
# the experiment standing alone; the three neutrino kinds are a set named by its size and
# "tens of thousands" is vague (open)
project("江门中微子实验")

# ================================================================ story 11: domestic briefs
at(71)
# (1) electricity: the sub-headline's month and growth are the body's
org("国家能源局")
date("今天（11月20日）", D1120, "day")
date("10月份", OCT, "month")
num("quantity", "7742亿千瓦时", 774200000000, unit="千瓦时", subject="全社会用电量",
    period=OCT, psrc="sentence", **CN)
num("growth", "同比增长4.3%", 4.3, unit="%", basis="同比", subject="全社会用电量",
    period=OCT, psrc="sentence", **CN)
# of-which sentence after the dated one → paragraph (blind17 `6.34亿户`)
num("growth", "分别同比增长5.1%", 5.1, unit="%", basis="同比", subject="第一产业用电量",
    period=OCT, psrc="paragraph", **CN)
num("growth", "2.7%", 2.7, unit="%", basis="同比", subject="第二产业用电量", period=OCT,
    psrc="paragraph", **CN)
num("growth", "8.4%", 8.4, unit="%", basis="同比", subject="第三产业用电量", period=OCT,
    psrc="paragraph", **CN)
num("growth", "8.1%", 8.1, unit="%", basis="同比", subject="城乡居民生活用电量", period=OCT,
    psrc="paragraph", **CN)
# an anchored span like `今年前7个月` (20230808)
date("前10个月", JAN_OCT, "month")
num("quantity", "81836亿千瓦时", 8183600000000, unit="千瓦时", subject="全社会用电量累计",
    period=JAN_OCT, psrc="sentence", **CN)
num("growth", "同比增长7.6%", 7.6, unit="%", basis="同比", subject="全社会用电量累计",
    period=JAN_OCT, psrc="sentence", **CN)
# (2) COPD: the 23rd day is an ordinal; the programme is no project; the age threshold is an
# age (dev 20230808: ages are time, not quantities)
date("今天（11月20日）", D1120, "day")
date("今年", Y2024, "year")
# (3) border ports: the sub-headline's "from today" is the body's; its count of ports is not
# restated as a number in the body, so it is annotated here (blind18 summary note); the two
# ports lie in Guangdong
num("quantity", "两口岸", 2, unit="口岸", subject="试点“免出示证件”通行的口岸",
    period=D1120, psrc="sentence", **GD)
org("中国出入境管理局")
date("今天（11月20日）起", D1120, "day", approx="起")
region("广东省", "广东省", "440000", "province", [])
# border ports are works (dev 20240315 拱北口岸, blind10 拉法口岸)
project("深圳湾口岸")
project("拱北口岸")
# (4) Xiong'an substation: the zone nested in the works' name (blind11 雄安干渠工程); the
# voltage in the name is a size (dev 20230808 `±800千伏`, blind11 `750千伏`); listed at the
# sub-headline, its voltage annotated once, at the body
project("雄安1000千伏特高压变电站扩建工程")
skip("1000千伏")
num("quantity", "1000千伏", 1000, unit="千伏", subject="变电站电压等级", period=None,
    psrc=None, role=None, entity="雄安1000千伏特高压变电站扩建工程", **XA)
# "the other day" is vague; the works word is an anaphor (entity null, 20240315 `该工程`); investment,
# capacities and what the works can carry are sizes (blind16 `25.1亿元`, dev 20240315
# `超360亿度`): period and role null
num("money", "7.7亿元", 770000000, unit=None, subject="工程投资", period=None, psrc=None,
    role=None, **XA)
num("quantity", "600万千伏安", 6000000, unit="千伏安", subject="投运前变电容量", period=None,
    psrc=None, role=None, **XA)
num("quantity", "1200万千伏安", 12000000, unit="千伏安", subject="投运后变电容量", period=None,
    psrc=None, role=None, **XA)
num("quantity", "超700亿千瓦时", 70000000000, unit="千瓦时", approx="超",
    subject="每年可输送电量", period=None, psrc=None, role=None, **XA)
num("quantity", "300万户", 3000000, unit="户", subject="能满足冬季日常用电的城镇居民",
    period=None, psrc=None, role=None, **XA)
# (5) design expo in Wuhan (an event; the seventh is an ordinal; the eight zones are a label,
# seed `5大专业厂`)
region("武汉", "武汉市", "420100", "prefecture", ["湖北省"])
date("今天（11月20日）", D1120, "day")
# the paragraph opens with today; event figures → the event's city (blind14, blind18)
num("quantity", "300多家", 300, unit="家", approx="多", subject="参加博览会的企业",
    period=D1120, psrc="paragraph", **WH)
# (6) investment conference in Guangzhou: an event; the bare 2024 (no 年) is no date; the Bay
# Area is nested in its name
region("广州", "广州市", "440100", "prefecture", ["广东省"])
date("今天（11月20日）", D1120, "day")

# ================================================================ story 12: reactions to Xi's G20 speech
# 二十国集团 only again; the 19th summit is an ordinal

# ================================================================ story 13: Tibetologists in the Baltics
at(81)
# the delegation is no org; 中国 counts from story 1
country("拉脱维亚")
country("爱沙尼亚")
at(83)
# "recently" is vague; "many activities" is vague
region("西藏", "西藏自治区", "540000", "province", [])

# ================================================================ story 14: Russia and Ukraine
at(89)
org("俄罗斯国防部")
date("19日", D1119, "day")
foreign("布良斯克州", ["俄罗斯"])
# "that day, before dawn" is no date; the place hit is the entity (blind16 哈钦森县, blind18
# 加沙城); Russia-Ukraine conflict figures → region null (blind8, blind10, blind17, blind18)
num("quantity", "6枚", 6, unit="枚", subject="袭击俄布良斯克州的美制陆军战术导弹",
    period=D1119, psrc="sentence", entity="布良斯克州", **NOREG)
# 俄罗斯 stands alone before "media" (blind16, blind18 巴勒斯坦)
country("俄罗斯")
date("今天（11月20日）", D1120, "day")
country("乌克兰")
date("19日", D1119, "day")
# the area word is left out (dev 20240315 `丹佛地区`, blind18); "a settlement" is no number
foreign("顿涅茨克", ["乌克兰"])
date("19日", D1119, "day")
# the Ukrainian military is a descriptor, not an org (dev 20240723, blind16)
date("20日", D1120, "day")
# in "direction" (20240315, blind18)
foreign("波克罗夫斯克", ["乌克兰"])
num("quantity", "38次", 38, unit="次", subject="俄军发动的进攻", period=D1120,
    psrc="sentence", entity="波克罗夫斯克", **NOREG)

# ================================================================ story 15: international briefs
at(95)
# (1) Syria and Iran: sub-headline first; one-character forms are no regions
country("伊朗")
country("叙利亚")
date("19日", D1119, "day")
country("以色列")
# an occupied territory, level other (blind14, blind18 戈兰高地)
foreign("戈兰高地", [])
country("美国")
# (2) Indonesia's capital
country("印尼", "印度尼西亚")
foreign("雅加达", ["印度尼西亚"])
# a parliament named with its country (blind6 柬埔寨国会)
org("印尼国会")
date("19日", D1119, "day")
foreign("努山塔拉", ["印度尼西亚"])
org("印尼政府")
date("2019年", Y2019, "year")
# a year set for completion: the year (seed `到2018年`)
date("2045年", Y2045, "year")

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
    "title": "《新闻联播》 (20241120)",
    "issued": "2024-11-20",
    "year": 2024,
    "issuer": None,
    "genre": "news",
    "region": None,
    "region_code": None,
    "doc_number": None,
    "encoding": "UTF-8",
    "title_source": "the file's heading line `# 《新闻联播》 (20241120)`, as in the sibling news gold (20221110 … 20240821)",
    "issued_source": "the file name 20241120.md and the heading 《新闻联播》 (20241120), repeated in every link to the original (tv.cctv.com/2024/11/20/…241120.shtml): the broadcast of 2024-11-20",
    "year_source": "issued's year: 2024. Relative dates resolve against 2024-11-20: 今天（11月20日） / 今天下午 / 20日 / 20日上午 / 11月20日 → 2024-11-20, 今天（11月20日）起 → 2024-11-20 (approx 起), 19日 / 11月19日上午 / 中午 / 下午 / 11月19日零时 → 2024-11-19, 11月11日 → 2024-11-11, 11月上旬 → 2024-11-01..2024-11-10, 10月 / 10月份 → 2024-10, 1—10月 / 前10个月 → 2024-01..2024-10, 今年4月 → 2024-04, 今年 → 2024, 明年 → 2025",
    "issuer_source": "no issuer line; every story carries only the CCTV web byline, so issuer is null",
    "genre_source": "a 新闻联播 transcript: an empty summary section, then fifteen news items with a body (two of them collections of briefs with bold sub-headlines) → news",
    "region_source": "a news file of many stories (Xi in Rio de Janeiro and Brasilia, the Wuzhen internet summit in Zhejiang, national consumption and electricity figures, the Jiangmen neutrino detector, briefs from Guangdong, Xiong'an, Wuhan and Guangzhou, Tibetologists in Latvia and Estonia, Russia and Ukraine, Syria and Iran, Indonesia): no single place, so region and region_code are null",
    "doc_number_source": "news transcript: no 发文字号",
    "encoding_source": "the file decodes as UTF-8 without a byte-order mark (first bytes 23 20 e3 80 8a = `# 《`)",
}
(HERE / f"{DOC}.doc.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")

counts = {}
for f, _ in facts:
    counts[f["kind"]] = counts.get(f["kind"], 0) + 1
print(f"{len(facts)} facts:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
