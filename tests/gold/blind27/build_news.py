#!/usr/bin/env python3
"""Blind gold for 20231008.md (新闻联播 2023-10-08), typed by hand.

Writes 20231008.md.jsonl and 20231008.md.doc.json next to this script.
Checks: every `text` occurs in the source, the facts stand in text order (each one is searched
for after the end of the previous match, on the source line that `at()` names), no
project/org/region name is listed twice, period and period_source are null together, and every
`entity` is a listed name. `skip(text)` moves past one unannotated occurrence (a bold
sub-headline's repeat of a body figure or date). No transcript text is kept here beyond the
facts' text, name and subject; the comments describe unannotated phrases in English.

usage: python3 build_news.py [SOURCE] [--show]
SOURCE defaults to shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20231008.md
(the copy /tmp/b27src/20231008.md is byte-identical: the manifest takes the whole file).
--show prints each fact with a few characters of its surroundings, to check by eye that the
occurrence found is the one meant (nothing is written by it).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = Path("/work/shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20231008.md")
ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
SHOW = "--show" in sys.argv[1:]
SRC = Path(ARGS[0]) if ARGS else DEFAULT
DOC = "20231008.md"

# ---------------------------------------------------------------- spans
D1006 = ("2023-10-06", "2023-10-06")
D1007 = ("2023-10-07", "2023-10-07")
D1008 = ("2023-10-08", "2023-10-08")
D1009 = ("2023-10-09", "2023-10-09")
D1011 = ("2023-10-11", "2023-10-11")
OCT7_8 = ("2023-10-07", "2023-10-08")      # 10月7日至8日: one span, grain period
MAY2023 = ("2023-05-01", "2023-05-31")
AUG2023 = ("2023-08-01", "2023-08-31")
SEP2023 = ("2023-09-01", "2023-09-30")
JAN_AUG = ("2023-01-01", "2023-08-31")     # 前8月
JAN_SEP = ("2023-01-01", "2023-09-30")     # 今年前三季度
HOLIDAY = ("2023-09-29", "2023-10-06")     # the 2023 Mid-Autumn and National Day holiday
Y1982 = ("1982-01-01", "1982-12-31")
Y2013 = ("2013-01-01", "2013-12-31")
Y2017 = ("2017-01-01", "2017-12-31")
Y2018 = ("2018-01-01", "2018-12-31")
Y2022 = ("2022-01-01", "2022-12-31")
Y2023 = ("2023-01-01", "2023-12-31")
Y2050 = ("2050-01-01", "2050-12-31")
Y2023_2025 = ("2023-01-01", "2025-12-31")
SINCE1982 = ("1982-01-01", "2023-10-08")   # 自X以来: from the start of X to the day
SINCE2017 = ("2017-01-01", "2023-10-08")
SINCE2018 = ("2018-01-01", "2023-10-08")

# ---------------------------------------------------------------- places of figures
CN = dict(region="中国", region_code=None)
HZ = dict(region="杭州市", region_code="330100")
HLJ = dict(region="黑龙江省", region_code="230000")
JX = dict(region="江西省", region_code="360000")
SD = dict(region="山东省", region_code="370000")
YX = dict(region="阳信县", region_code="371622")
SY = dict(region="射阳县", region_code="320924")
WS = dict(region="乌审旗", region_code="150626")
HN = dict(region="河南省", region_code="410000")
ZZ = dict(region="郑州市", region_code="410100")
QZ = dict(region="钦州市", region_code="450700")
SCO_ZONE = "中国—上海合作组织地方经贸合作示范区"
SCO = dict(region=SCO_ZONE, region_code=None)
GAZA = dict(region="加沙地带", region_code=None)
ISR = dict(region="以色列", region_code=None)
AFG = dict(region="阿富汗", region_code=None)
UAE_FULL = "阿拉伯联合酋长国"
UAE = dict(region=UAE_FULL, region_code=None)
ING = dict(region="英格尔伍德", region_code=None)
ILL = dict(region="伊利诺伊州", region_code=None)
NOREG = dict(region=None, region_code=None)

ZJ = "浙江省"
HEN = "河南省"
GX = "广西壮族自治区"
NMG = "内蒙古自治区"

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


# ================================================================ summary (lines 5-80)
# Summary dates and figures that a body restates are annotated once, at the body (blind15-26):
# the autumn harvest's share (item 5), tonight (item 7), the corridor's total (brief 11.1), the
# pilot zone's quarters and growth (brief 11.2), the railway's day and speed (brief 11.4),
# tomorrow evening (brief 11.6). Item 13's death toll rounds the body's figure (dev
# CONVENTIONS: a digest figure that rounds a body figure is the body's fact). A date or figure
# that no body restates is annotated once, here, and its `###` repeat is left (open): item 3's
# months, item 12's toll. Names count here, deduplicated by name (blind17-26). List indices are
# no numbers.
at(8)
# the conference is an event; nothing else here
at(11)
# the country from its premier's title (blind23-26)
country("乌兹别克斯坦")
at(14)
# the months stand only here and in the story's heading; the body gives other dates (open)
date("前8月", JAN_AUG, "month")
at(20)
# the harvest share is the body's; the bracketed column name is a programme
at(23)
# the province stands alone (blind23 山东 / 山东省: the body's full name is a second name)
region("河南", HEN, "410000", "province", [])
at(26)
# tonight is the body's; the city and the ordinal stand inside the Games' name
at(29)
# the delegation is no org (blind25 delegations); "best ever" is a superlative
at(32)
# the council named with its kind (理事会; blind22 联合国人权理事会 via blind24); the organising
# committee's usual short name keeps its city (without it no name is left, blind23 上海海事局)
org("亚奥理事会")
org("杭州亚组委")
at(37)
# the commentary's column and title are no names; the Games' name nests the city
at(43)
# the total is the body's; the land-sea corridor is a corridor brand, no works (open)
at(46)
# a development area (FACTS: 十堰经开区); canonical the zone's full name, code unknown (open)
region("上合示范区", SCO_ZONE, None, "zone", ["山东省", "青岛市"])
at(49)
# the first train is an ordinal; the route's quoted name is a train service (dev: 中欧班列)
at(52)
# a named railway (dev CONVENTIONS: railways are projects); its day and speed are the body's
project("贵广高铁")
at(55)
region("吉林省", "吉林省", "220000", "province", [])
at(58)
# tomorrow evening is the body's; the documentary's title is a programme
at(61)
# the toll of both sides: no body restates it (the body gives each side's count) (open);
# the figure of the day → the broadcast day, document; a conflict figure → region null
# (blind25: conflict figures stay null)
num("quantity", "超660人", 660, unit="人", approx="超", subject="巴以冲突双方死亡人数",
    period=D1008, psrc="document", **NOREG)
at(64)
# the heading's toll rounds the body's (not annotated); the north-west is a part, no region
country("阿富汗")
at(70)
# the short country name kept as written, the full name canonical (blind25 阿联酋); the
# headline's wind project is a description (place + generic word), the body names the
# project (open); the Chinese-firm abbreviation is no org
country("阿联酋", UAE_FULL)
at(73)
# one-character forms only
at(76)
# the AU by its well-known short name (FACTS 欧盟, blind26 非盟)
org("非盟")
country("苏丹")
at(79)
country("美国")
foreign("芝加哥", ["美国", "伊利诺伊州"])

# ================================================================ story 1: Xi's instruction, the conference
at(86)
# from the titles (blind23-26): the party centre, the CMC; "recently" is vague; the 18th and
# 20th congresses are ordinal events; the labels (two establishments, four consciousnesses,
# four confidences, two safeguards, the centennial change) are no numbers; 中国 nests in the
# theory's and the culture's names
org("中共中央")
org("中央军委")
org("党中央")
# one span (FACTS `6月1日至30日`); the capital's one-character form is no region
date("10月7日至8日", OCT7_8, "period")
# from the standing-committee member's and the secretary's titles (blind25 中共中央政治局)
org("中共中央政治局")
org("中央书记处")
org("中央宣传部")
# the six bodies that spoke; the two provincial propaganda departments keep their places
# (nested, not listed as regions)
org("中央网信办")
org("人民日报社")
org("中央广播电视总台")
org("国务院国资委")
org("北京市委宣传部")
org("四川省委宣传部")
# a standing central leading group named with its remit (open: blind26 left a temporary
# lecture group out; this one is a standing body); the provinces, the planning-list cities,
# the system's units, the central organs, the people's organisations, the financial bodies,
# the firms and universities are generic
org("中央宣传思想文化工作领导小组")
# the corps named with its kind (blind26)
org("新疆生产建设兵团")

# ================================================================ story 2: Li Qiang meets Aripov
at(92)
org("国务院")
date("8日", D1008, "day")
# the city first stands alone here (before it only inside the Games' and committee's names)
region("杭州", "杭州市", "330100", "prefecture", [ZJ])
# the 19th Games an ordinal; the China-Uzbekistan pair is made of one-character forms
date("今年5月", MAY2023, "month")
# the Belt and Road an initiative; Central Asia a macro-area; 中国 in the two China-Central Asia
# labels (the community, the co-operation mechanism) is not counted (open); the one-China
# principle a label; the Chinese and Uzbek sides are sides

# ================================================================ story 3: high-end manufacturing
at(98)
date("今年以来", Y2023, "year", approx="以来")
date("8月份", AUG2023, "month")
# the year-on-year rate sped up against last month → 环比 (blind24 `上升0.5个百分点`)
num("growth", "较上月加快2.2个百分点", 2.2, unit="pp", basis="环比",
    subject="高技术制造业增加值同比增速", period=AUG2023, psrc="sentence", **CN)
# a gap to the average in points → pp, basis null (dev `高于全国0.7个百分点`)
num("growth", "高于全部规上工业平均水平1.4个百分点", 1.4, unit="pp",
    subject="高技术制造业增加值增速回升幅度", period=AUG2023, psrc="sentence", **CN)
# "double-digit growth" is vague; the 分别 list pairs in order (FACTS); a new sentence after
# the semicolon with no date → the paragraph's month; no basis written → null (blind24)
num("growth", "增长11.6%", 11.6, unit="%", subject="飞机制造增加值", period=AUG2023,
    psrc="paragraph", **CN)
num("growth", "15.9%", 15.9, unit="%", subject="其他航空航天器制造增加值", period=AUG2023,
    psrc="paragraph", **CN)
num("growth", "31.0%", 31.0, unit="%", subject="航空航天器修理增加值", period=AUG2023,
    psrc="paragraph", **CN)
date("8月份", AUG2023, "month")
num("growth", "同比增长13.8%", 13.8, unit="%", basis="同比", subject="新能源汽车产量",
    period=AUG2023, psrc="sentence", **CN)
# the same sentence continues the year-on-year comparison with its driving verb (open: a reader could
# give null, no basis word stands in the list itself)
num("growth", "增长77.8%", 77.8, unit="%", basis="同比", subject="光伏电池产量",
    period=AUG2023, psrc="sentence", **CN)
num("growth", "31.5%", 31.5, unit="%", basis="同比", subject="汽车用锂离子动力电池产量",
    period=AUG2023, psrc="sentence", **CN)
num("growth", "17.4%", 17.4, unit="%", basis="同比", subject="充电桩产量",
    period=AUG2023, psrc="sentence", **CN)
# after the semicolon: its own sentence, no date and no basis word → paragraph, null
num("growth", "增长63.3%", 63.3, unit="%", subject="太阳能工业用超白玻璃产量",
    period=AUG2023, psrc="paragraph", **CN)
num("growth", "84.6%", 84.6, unit="%", subject="多晶硅产量", period=AUG2023,
    psrc="paragraph", **CN)
num("growth", "79.9%", 79.9, unit="%", subject="单晶硅产量", period=AUG2023,
    psrc="paragraph", **CN)

# ================================================================ story 4: logistics index
at(104)
# the federation named with its kind (联合会, blind24 中国商业联合会); 中国 nests in its name and
# in the index's name
org("中国物流与采购联合会")
date("今天（10月8日）", D1008, "day")
date("9月份", SEP2023, "month")
date("9月份", SEP2023, "month")
# an index written as a percent (blind24 `50.9%`); the index's body is an informant → entity
# null, national → 中国
num("percent", "53.5%", 53.5, unit="%", subject="中国物流业景气指数", period=SEP2023,
    psrc="sentence", **CN)
num("growth", "较上月回升3.2个百分点", 3.2, unit="pp", basis="环比",
    subject="中国物流业景气指数", period=SEP2023, psrc="sentence", **CN)
num("percent", "53.3%", 53.3, unit="%", subject="新订单指数", period=SEP2023,
    psrc="paragraph", **CN)
num("growth", "较上月回升3.8个百分点", 3.8, unit="pp", basis="环比", subject="新订单指数",
    period=SEP2023, psrc="paragraph", **CN)
# by region: no date in the paragraph → the story's lead month (section, dev CONVENTIONS);
# the central, eastern and western parts are macro-areas, no regions → 中国 (open); "the
# largest rise" is a superlative, no rank
num("growth", "环比提高3.8个百分点", 3.8, unit="pp", basis="环比",
    subject="中部地区业务总量指数", period=SEP2023, psrc="section", **CN)
# 分别 with one closing unit: the first member from its verb, the second with the unit
# (blind26 `快于全国3.4个`, `1个百分点`)
num("growth", "提高2.2", 2.2, unit="pp", basis="环比", subject="东部地区业务总量指数",
    period=SEP2023, psrc="section", **CN)
num("growth", "0.8个百分点", 0.8, unit="pp", basis="环比", subject="西部地区业务总量指数",
    period=SEP2023, psrc="section", **CN)
date("9月份", SEP2023, "month")
num("percent", "52.5%", 52.5, unit="%", subject="固定资产投资完成额指数", period=SEP2023,
    psrc="sentence", **CN)
num("growth", "环比提高1.9个百分点", 1.9, unit="pp", basis="环比",
    subject="固定资产投资完成额指数", period=SEP2023, psrc="sentence", **CN)

# ================================================================ story 5: autumn harvest
at(110)
org("农业农村部")
# "over half" harvested: a share (dev `过三成` → 30, approx 过); 眼下 in the sentence → the
# day (dev CONVENTIONS); the ministry is the informant → entity null
num("percent", "过半", 50, unit="%", approx="过", subject="全国秋粮收获进度",
    period=D1008, psrc="sentence", **CN)
# the province before the group's farm is a leading place; the farm named whole with its group
# (dev 北大荒军川农场)
region("黑龙江", "黑龙江省", "230000", "province", [])
org("北大荒集团五九七农场")
date("今年", Y2023, "year")
# three adjustments a day: a count with its measure word, this year's practice (open: a reader
# could call a frequency no quantity); the farm word is an anaphor → entity null
num("quantity", "三次", 3, unit="次", subject="每天调整农机作业部件运转参数次数",
    period=Y2023, psrc="sentence", **HLJ)
# the province as the sentence's subject → entity (blind24 湖北省); no date in the sentence or
# paragraph → the story lead's 眼下, the day, section (blind25 the story's today) (open)
region("江西省", "江西省", "360000", "province", [])
num("quantity", "1400多万亩", 14000000, unit="亩", approx="多", subject="中稻面积",
    period=D1008, psrc="section", entity="江西省", **JX)
num("percent", "近8成", 80, unit="%", approx="近", subject="中稻收获进度",
    period=D1008, psrc="section", entity="江西省", **JX)
num("quantity", "1860万亩", 18600000, unit="亩", subject="晚稻面积",
    period=D1008, psrc="section", entity="江西省", **JX)
# "everywhere" is generic → entity null
num("quantity", "11.16万台套", 111600, unit="台套", subject="投入收割机、烘干机",
    period=D1008, psrc="section", **JX)
region("山东省", "山东省", "370000", "province", [])
# 目前 in the sentence → the day, sentence
num("quantity", "6600多万亩", 66000000, unit="亩", approx="多", subject="秋粮面积",
    period=D1008, psrc="sentence", entity="山东省", **SD)
num("percent", "过半", 50, unit="%", approx="过", subject="秋粮收获进度",
    period=D1008, psrc="sentence", entity="山东省", **SD)
region("阳信县", "阳信县", "371622", "county", ["山东省", "滨州市"])
# "local" = the county; the paragraph's 目前 → paragraph; "win-win" is a label
num("quantity", "136家", 136, unit="家", subject="规模化肉牛养殖厂", period=D1008,
    psrc="paragraph", **YX)
region("江苏省", "江苏省", "320000", "province", [])
region("射阳县", "射阳县", "320924", "county", ["江苏省", "盐城市"])
# a place in a locative phrase → region only, entity null (open); "for the first time" is an
# ordinal; no date in the paragraph → the lead's day
num("quantity", "4600亩", 4600, unit="亩", subject="退渔复垦后首次种植的水稻", period=D1008,
    psrc="section", **SY)
# by calculation, "can reach": a measured yield of the harvest, actual (open: a reader could
# give forecast)
num("quantity", "600公斤", 600, unit="公斤", subject="最高亩产", period=D1008,
    psrc="section", **SY)
# three places side by side are split (dev CONVENTIONS)
region("内蒙古", NMG, "150000", "province", [])
region("鄂尔多斯", "鄂尔多斯市", "150600", "prefecture", [NMG])
region("乌审旗", "乌审旗", "150626", "county", [NMG, "鄂尔多斯市"])
# the leading firms and the planting base are generic
date("今年", Y2023, "year")
# the nearest date of the paragraph opens the sentence before (this year) → paragraph (open:
# the paragraph also opens with 眼下)
num("quantity", "550公斤", 550, unit="公斤", subject="油莎豆平均亩产", period=Y2023,
    psrc="paragraph", **WS)

# ================================================================ story 6: Henan interview
at(116)
# the full name beside the summary's short one (two names, blind23/26)
region("河南省", HEN, "410000", "province", [])
# "ten years of effort" is a duration; the programme in 《》 is no name
date("今天（10月8日）", D1008, "day")
# the broadcaster's short name (blind26 总台)
org("总台")
# a public holiday with published bounds (blind25 via blind21/22: Qingming) (open)
date("中秋国庆假期", HOLIDAY, "period")
region("郑州", "郑州市", "410100", "prefecture", [HEN])
# a locative place → region only (open)
num("quantity", "124架次", 124, unit="架次", subject="进出境货运航班", period=HOLIDAY,
    psrc="sentence", **ZZ)
# 全省 → the province, entity null (seed CONVENTIONS)
num("quantity", "120多列", 120, unit="列", approx="多", subject="到发中欧、中亚班列",
    period=HOLIDAY, psrc="sentence", **HN)
# "ten years since the initiative" is a duration; the coverage is a standing state: the
# holiday of the paragraph's first sentence dates flows, not it → the story lead's today,
# section (open: a reader could give the holiday, paragraph); the branded train service is no
# listed name
num("quantity", "140多座", 140, unit="座", approx="多", subject="中欧班列（中豫号）覆盖的欧亚城市",
    period=D1008, psrc="section", **HN)
date("2013年", Y2013, "year")
# the province is the sentence's subject → entity (the summary's name is listed)
num("money", "647.5亿元", 64750000000, unit=None,
    subject="与共建“一带一路”合作伙伴的进出口值", period=Y2013, psrc="sentence",
    entity="河南", **HN)
date("2022年", Y2022, "year")
num("money", "2228.9亿元", 222890000000, unit=None,
    subject="与共建“一带一路”合作伙伴的进出口值", period=Y2022, psrc="sentence",
    entity="河南", **HN)
# RCEP is an agreement (a document); ASEAN by its usual name (dev 东盟)
org("东盟")
# a rank without a scope word (dev `第一大贸易伙伴`, scope null); no date in its sentence: a
# standing state → the lead's today, section (open: a reader could give 2022)
num("ranking", "第二大贸易伙伴", 2, unit=None, scope=None, subject="河南的贸易伙伴",
    period=D1008, psrc="section", entity="东盟", **HN)
# the airport's works keep the city (without it no name is left, blind24 塔布机场); the third
# phase is part of the name; the high-speed network is generic
project("郑州机场三期工程")
# two development areas by their usual short names (FACTS: development areas are regions);
# canonical the full names, codes unknown (open)
region("郑州航空港区", "郑州航空港经济综合实验区", None, "zone", [HEN, "郑州市"])
region("河南自贸试验区", "中国（河南）自由贸易试验区", None, "zone", [HEN])

# ================================================================ story 7: the Games close tonight
at(122)
date("今晚（10月8日）", D1008, "day")
# an event's figure → its city (blind22-26); Asia is a continent
num("quantity", "45个", 45, unit="个", subject="体育代表团来自的亚洲国家和地区",
    period=D1008, psrc="sentence", **HZ)
# "since the start" is vague → the lead's today; the top of the medal table = rank 1 (FACTS
# `居全国首位`); the delegation is no listed name; a national team's standing → 中国 (open)
num("ranking", "稳居金牌榜榜首", 1, unit=None, scope="金牌榜", subject="金牌榜排名",
    period=D1008, psrc="section", **CN)
# "the most events and athletes" is a superlative; "an edition" is "a"

# ================================================================ story 8: the delegation's best
at(128)
date("昨晚（10月7日）", D1007, "day")
# the 3:0 and 2:0 match scores are no quantities (open); the teams are no orgs; Japan nests in
# the team's name; defending the title = champion, rank 1 (seed `蝉联冠军`)
num("ranking", "卫冕亚运会冠军", 1, unit=None, scope="亚运会", subject="女排",
    period=D1007, psrc="sentence", **CN)
date("昨晚", D1007, "day")
# the finals held: an event's count → the city; the golds: the team's → 中国
num("quantity", "五个", 5, unit="个", subject="羽毛球单项决赛", period=D1007,
    psrc="sentence", **HZ)
num("quantity", "三金", 3, unit="金", subject="中国队羽毛球金牌", period=D1007,
    psrc="sentence", **CN)
num("ranking", "夺得冠军", 1, unit=None, scope="羽毛球男单", subject="男单比赛",
    period=D1007, psrc="sentence", **CN)
date("昨晚", D1007, "day")
# "the 200th gold" is an ordinal; a gold medal is no rank word
date("今天上午", D1008, "day")
# "by now": no date in the sentence's clauses → the paragraph's today (the since-clause of
# the same sentence dates only the streak) (open)
num("quantity", "201金", 201, unit="金", subject="中国体育代表团金牌", period=D1008,
    psrc="paragraph", **CN)
num("quantity", "111银", 111, unit="银", subject="中国体育代表团银牌", period=D1008,
    psrc="paragraph", **CN)
num("quantity", "71铜", 71, unit="铜", subject="中国体育代表团铜牌", period=D1008,
    psrc="paragraph", **CN)
num("quantity", "383枚", 383, unit="枚", subject="中国体育代表团奖牌", period=D1008,
    psrc="paragraph", **CN)
num("quantity", "3次", 3, unit="次", subject="中国体育代表团打破世界纪录", period=D1008,
    psrc="paragraph", **CN)
num("quantity", "18次", 18, unit="次", subject="中国体育代表团打破亚洲纪录", period=D1008,
    psrc="paragraph", **CN)
num("quantity", "74次", 74, unit="次", subject="中国体育代表团打破亚运会纪录", period=D1008,
    psrc="paragraph", **CN)
# "best ever" a superlative; the since word after the clause → the bare year, approx 以来
# (blind24 `2016年`); the 9th Games and the 11th time are ordinals
date("1982年", Y1982, "year", approx="以来")
# the streak since 1982 → its span to the day (dev CONVENTIONS 自X以来) (open)
num("ranking", "蝉联亚运会金牌榜榜首", 1, unit=None, scope="亚运会金牌榜",
    subject="金牌榜排名", period=SINCE1982, psrc="sentence", **CN)

# ================================================================ story 9: the Games' summary
at(134)
date("今天（10月8日）", D1008, "day")
# the council and the committee are listed; "largest ever", "highest ratings" superlatives.
# "on all competition days" fixes no bounds → the story's today, section (blind25); an
# event's figures → its city
num("quantity", "40个", 40, unit="个", subject="比赛大项", period=D1008, psrc="section", **HZ)
num("quantity", "61个", 61, unit="个", subject="比赛分项", period=D1008, psrc="section", **HZ)
num("quantity", "5000余场", 5000, unit="场", approx="余", subject="比赛场次", period=D1008,
    psrc="section", **HZ)
num("quantity", "482块", 482, unit="块", subject="决出的金牌", period=D1008, psrc="section",
    **HZ)
num("quantity", "15次", 15, unit="次", subject="打破世界纪录", period=D1008, psrc="section",
    **HZ)
num("quantity", "37次", 37, unit="次", subject="打破亚洲纪录", period=D1008, psrc="section",
    **HZ)
num("quantity", "170次", 170, unit="次", subject="打破亚运会纪录", period=D1008,
    psrc="section", **HZ)
num("quantity", "超过11亿次", 1100000000, unit="次", approx="超过",
    subject="公众售票官网访问量", period=D1008, psrc="section", **HZ)
num("quantity", "308万张", 3080000, unit="张", subject="售出门票", period=D1008,
    psrc="section", **HZ)
# the qualifier as written (seed 突破); 人民币 → CNY
num("money", "突破6.18亿人民币", 618000000, unit=None, approx="突破", subject="票务收入",
    period=D1008, psrc="section", **HZ)
num("percent", "超过90%", 90, unit="%", approx="超过", subject="热门场次上座率",
    period=D1008, psrc="section", **HZ)

# ================================================================ story 10: CCTV commentary
at(140)
# "this station" is the broadcaster (anaphor); the column and title are no names
date("今天（10月8日）", D1008, "day")

# ================================================================ story 11: domestic briefs
at(146)
# (1) land-sea corridor: the sub-headline's total is the body's
skip("3万列")
date("今天（10月8日）", D1008, "day")
# "a train" is "a"; the station (dev CONVENTIONS: stations are projects) after its province, a
# leading place; the city nests in the station's name → the figure's city from it (blind26
# 绵阳市) (open)
num("quantity", "110个", 110, unit="个", subject="铁海联运班列装载的集装箱", period=D1008,
    psrc="sentence", **QZ)
region("广西", GX, "450000", "province", [])
project("钦州铁路集装箱中心站")
# the since word after the clause → the bare year, approx 以来; "the first train" an ordinal
date("2017年", Y2017, "year", approx="以来")
# a cumulative total since 2017 → its span to the day (dev CONVENTIONS); the corridor is a
# national one (18 provinces) → 中国, no listed entity (open)
num("quantity", "3万列", 30000, unit="列", subject="西部陆海新通道铁海联运班列累计开行",
    period=SINCE2017, psrc="sentence", **CN)
# 目前 → the day, sentence
num("quantity", "18个", 18, unit="个", subject="西部陆海新通道服务范围辐射的省份",
    period=D1008, psrc="sentence", **CN)
num("quantity", "69个", 69, unit="个", subject="西部陆海新通道服务范围辐射的城市",
    period=D1008, psrc="sentence", **CN)
num("quantity", "138个", 138, unit="个", subject="西部陆海新通道服务范围辐射的站点",
    period=D1008, psrc="sentence", **CN)
num("quantity", "940多个", 940, unit="个", approx="多", subject="西部陆海新通道运输品类",
    period=D1008, psrc="sentence", **CN)
# (2) the pilot zone: the sub-headline's quarters and growth are the body's; the customs
# office keeps its city (dev 宁波海关)
org("青岛海关")
date("今年前三季度", JAN_SEP, "quarter")
# the zone is the sentence's subject → entity; region the zone (code unknown)
num("quantity", "723列", 723, unit="列", subject="上合示范区到发中欧班列", period=JAN_SEP,
    psrc="sentence", entity="上合示范区", **SCO)
num("growth", "同比增长26.8%", 26.8, unit="%", basis="同比", subject="上合示范区到发中欧班列",
    period=JAN_SEP, psrc="sentence", entity="上合示范区", **SCO)
num("quantity", "293列", 293, unit="列", subject="回程班列", period=JAN_SEP, psrc="sentence",
    entity="上合示范区", **SCO)
# 达 is no qualifier (blind22 via blind25); 4成 → 40 (FACTS 九成)
num("percent", "4成", 40, unit="%", subject="回程班列占比", period=JAN_SEP, psrc="sentence",
    entity="上合示范区", **SCO)
date("2018年", Y2018, "year", approx="以来")
# totals since the zone's construction began → the since-span; the bare customs word is an
# anaphor
num("quantity", "3109列", 3109, unit="列", subject="海关监管到发中欧班列", period=SINCE2018,
    psrc="sentence", entity="上合示范区", **SCO)
num("quantity", "25.5万标箱", 255000, unit="标箱", subject="发运集装箱", period=SINCE2018,
    psrc="sentence", entity="上合示范区", **SCO)
num("quantity", "约214万吨", 2140000, unit="吨", approx="约", subject="运送货物总重",
    period=SINCE2018, psrc="sentence", entity="上合示范区", **SCO)
# (3) the Shanghai-Yunnan-Mekong train: the first train an ordinal; the route name a service
date("今天（10月8日）", D1008, "day")
# a named railway (dev CONVENTIONS); 中老 a pair of one-character forms
project("中老铁路")
region("上海", "上海市", "310000", "province", [])
region("昆明", "昆明市", "530100", "prefecture", ["云南省"])
country("老挝")
# the route's length: a size, period and role null (blind25 `113.2公里`); an international
# route → region null; "4 to 5 days" and "about 10 days" are durations (time)
num("quantity", "3756公里", 3756, unit="公里", subject="“沪滇·澜湄线”国际货运班列全程",
    period=None, psrc=None, role=None, **NOREG)
# (4) the railway's speed: the sub-headline's day and speed are the body's
skip("10月11日起")
skip("300公里")
date("今天（10月8日）", D1008, "day")
# the group named with its kind (dev 国铁集团)
org("国铁集团")
# the "from" word right after the day kept as approx (FACTS `2016年3月5日前` 前) (open)
date("10月11日起", D1011, "day", approx="起")
# the speed before and after: the old one stands now but no day fixes it (period null, role
# actual); the new one is scheduled with 将 from the day → target (open); the railway named
# as the subject → entity; a railway across three provinces → 中国
num("quantity", "250公里", 250, unit="公里", subject="贵广高铁最高运营时速", period=None,
    psrc=None, entity="贵广高铁", **CN)
num("quantity", "300公里", 300, unit="公里", subject="贵广高铁最高运营时速", period=D1011,
    psrc="sentence", entity="贵广高铁", role="target", **CN)
# south-west China and the Greater Bay Area are macro-areas; travel times are durations; the
# stations as written (dev: a list sharing one head keeps its members as written) (open)
project("贵阳东")
project("广州南站")
project("重庆西")
# (5) Jilin's tourism plan: the span in the title's brackets is written with 年 (FACTS: dates
# inside plan names count) (open); "trillion-level" is vague
date("2023-2025年", Y2023_2025, "year")
date("昨天（10月7日）", D1007, "day")
# 吉林省 listed; the two rings, the two industries and the quoted pilot zone are labels
# (6) documentary: the title is a programme; the "from" word kept as approx
date("明晚（10月9日）起", D1009, "day", approx="起")
# 总台 listed; the channel is a product (blind23/26)
# the country first stands alone here (before only in names and labels)
country("中国")

# ================================================================ story 12: Palestine and Israel
at(152)
# the health authorities are generic; the country before them a leading place (blind24)
country("巴勒斯坦")
foreign("加沙地带", [])
# the day's toll with no date near it → the broadcast day, document (dev CONVENTIONS)
num("quantity", "313名", 313, unit="名", subject="死亡的巴勒斯坦人", period=D1008,
    psrc="document", **GAZA)
num("quantity", "近2000人", 2000, unit="人", approx="近", subject="受伤人数", period=D1008,
    psrc="document", **GAZA)
# the country before its media (blind24); the one-character Palestinian and Israeli sides
country("以色列")
num("quantity", "至少350人", 350, unit="人", approx="至少", subject="以方死亡人数",
    period=D1008, psrc="document", **ISR)
num("quantity", "约1800人", 1800, unit="人", approx="约", subject="以方受伤人数",
    period=D1008, psrc="document", **ISR)
# the paragraph's today stands after, not before → document
num("quantity", "400多个", 400, unit="个", approx="多", subject="遭以军袭击的目标",
    period=D1008, psrc="document", **GAZA)
# a second written form of the strip (open: a reader could leave it as a variant)
foreign("加沙地区", [], "加沙地带")
date("今天（10月8日）", D1008, "day")
# the Arab League by its well-known short name (FACTS 欧盟)
org("阿盟")
# the office named with its kind (办)
org("以色列总理办公室")
date("今天", D1008, "day")
# the cabinet named with its country (blind23 加蓬政府 via blind24/25) (open)
org("以色列内阁")
# full and short names, two names each (blind24/25 哈马斯)
org("巴勒斯坦伊斯兰抵抗运动")
org("哈马斯")
org("巴勒斯坦伊斯兰圣战组织")
org("杰哈德")
date("今天", D1008, "day")
# the bare city name of the strip, a third written form (open)
foreign("加沙", [], "加沙地带")
foreign("阿什杜德", ["以色列"])
# the bold line is a sub-headline with no figure; "many countries" is vague
country("沙特", "沙特阿拉伯")
country("阿曼")
org("联合国安理会")
# local time, the day as written; the part of day kept (blind24/25)
date("8日下午", D1008, "day")
# the party split from its leading country (blind25/26: the rest is a name of its own)
country("黎巴嫩")
org("真主党")
date("今天", D1008, "day")
# a disputed area, level other, no parents (open)
foreign("萨巴阿农场", [])

# ================================================================ story 13: Afghanistan earthquakes
at(158)
date("7日", D1007, "day")
# the two quakes and their magnitude: a count and a measure with their units (open); the
# paragraph's 7日 opens the sentence before
num("quantity", "两次", 2, unit="次", subject="震级为6.2级的地震", period=D1007,
    psrc="paragraph", **AFG)
num("quantity", "6.2级", 6.2, unit="级", subject="地震震级", period=D1007,
    psrc="paragraph", **AFG)
foreign("赫拉特省", ["阿富汗"])
foreign("赫拉特市", ["阿富汗", "赫拉特省"])
# the ministry named with its country (blind24: a rest that is generic keeps its country)
org("阿富汗灾害管理部")
date("今天（10月8日）", D1008, "day")
num("quantity", "2053人", 2053, unit="人", subject="地震死亡人数", period=D1008,
    psrc="sentence", **AFG)
num("quantity", "超过9000人", 9000, unit="人", approx="超过", subject="地震受伤人数",
    period=D1008, psrc="sentence", **AFG)
# the officials' count: the nearest date of the paragraph is the spokesman's today
num("quantity", "12个", 12, unit="个", subject="被摧毁的村庄", period=D1008,
    psrc="paragraph", **AFG)
org("阿富汗临时政府")

# ================================================================ story 14: international briefs
at(164)
# (1) the UAE wind farm: the Chinese-firm abbreviation is no org; "the first" an ordinal; the project's name
# keeps its country (without it no name is left, blind24 塔布机场); "recently" vague
project("阿联酋风电示范项目")
foreign("阿布扎比", [UAE_FULL])
# a capacity: a size, period and role null (dev CONVENTIONS); the bare project word is an
# anaphor; a foreign figure → the country
num("quantity", "117.5兆瓦", 117.5, unit="兆瓦", subject="项目总装机容量", period=None,
    psrc=None, role=None, **UAE)
# the UAE side is a side; a year written with 年 before the strategy's name (blind22-26)
date("2050年", Y2050, "year")
# (2) Russia and Ukraine: the ministry (blind24-26), the country nested; the Russian units, 乌军, 俄军
# are sides; "an aircraft" is "a", Su-25 and HIMARS identifiers and weapons
org("俄罗斯国防部")
date("7日", D1007, "day")
# conflict figures → region null (blind25)
num("quantity", "38架", 38, unit="架", subject="摧毁和压制的乌克兰无人机", period=D1007,
    psrc="sentence", **NOREG)
# the country before its drones (blind23 via blind26)
country("乌克兰")
date("7日", D1007, "day")
# (3) the AU: its full name beside the summary's short one (two names)
org("非洲联盟")
date("6日", D1006, "day")
# the country before the AU's headquarters (a building) is a leading place
country("埃塞俄比亚")
# the council named with its kind (理事会); 联合国安理会 listed; 苏丹 listed
org("非盟和平与安全理事会")
# (4) US shootings: the state, the area word left out (blind22/25), the city
foreign("加利福尼亚州", ["美国"])
foreign("洛杉矶", ["美国", "加利福尼亚州"])
foreign("英格尔伍德", ["美国", "加利福尼亚州"])
date("7日", D1007, "day")
# foreign figures → the most specific place of their clause (open)
num("quantity", "5人", 5, unit="人", subject="中枪人数", period=D1007, psrc="sentence", **ING)
num("quantity", "2人", 2, unit="人", subject="死亡人数", period=D1007, psrc="sentence", **ING)
# "the same day" is no date (blind18 via blind26) → the paragraph's 7日
foreign("伊利诺伊州", ["美国"])
# the city name with its city word, a second name beside the summary's (two names, blind23/26)
foreign("芝加哥市", ["美国", "伊利诺伊州"], "芝加哥")
foreign("贝尔维尔市", ["美国", "伊利诺伊州"])
num("quantity", "至少1人", 1, unit="人", approx="至少", subject="死亡人数", period=D1007,
    psrc="paragraph", **ILL)
num("quantity", "4人", 4, unit="人", subject="受伤人数", period=D1007, psrc="paragraph", **ILL)

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
    if SHOW:
        print(f"{line:4d} {str(f['kind']):9s} {src[max(lo, i - 8):i]}[{t}]{src[i + len(t):i + len(t) + 8]}")
    pos = i + len(t)
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
if SHOW:
    sys.exit(0)
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
    "title": "《新闻联播》 (20231008)",
    "issued": "2023-10-08",
    "year": 2023,
    "issuer": None,
    "genre": "news",
    "region": None,
    "region_code": None,
    "doc_number": None,
    "encoding": "UTF-8",
    "title_source": "the file's heading line `# 《新闻联播》 (20231008)`, as in the sibling news gold (20221116, 20240130, 20240508 and earlier)",
    "issued_source": "the file name 20231008.md and the heading 《新闻联播》 (20231008), repeated in the summary's closing stamp (20231008 19:00) and in every link to the original (tv.cctv.com/2023/10/08/…231008.shtml): the broadcast of 2023-10-08",
    "year_source": "issued's year: 2023. Relative dates resolve against 2023-10-08: 今天（10月8日） / 今天 / 今天上午 / 今晚（10月8日） / 8日 / 8日下午 → 2023-10-08, 昨天（10月7日） / 昨晚（10月7日） / 昨晚 / 7日 → 2023-10-07, 6日 → 2023-10-06, 明晚（10月9日）起 → 2023-10-09, 10月11日起 → 2023-10-11, 10月7日至8日 → 2023-10-07..08, 今年 / 今年以来 → 2023, 今年5月 → 2023-05, 8月份 → 2023-08, 9月份 → 2023-09, 前8月 → 2023-01..08, 今年前三季度 → 2023-01..09, 中秋国庆假期 → 2023-09-29..10-06; 1982年, 2013年, 2017年, 2018年, 2022年, 2050年 and 2023-2025年 as written",
    "issuer_source": "no issuer line; every story carries only the CCTV web byline, so issuer is null",
    "genre_source": "a 新闻联播 transcript: a summary list of fourteen items (two of them lists of briefs, six domestic and four international), then fourteen news items, two of them collections of briefs with bold sub-headlines and one more with a bold sub-headline → news",
    "region_source": "a news file of many stories (Xi's instruction and the Beijing conference, Li Qiang with Uzbekistan's premier in Hangzhou, national industry and logistics figures, the autumn harvest in five provinces, Henan's opening-up, the Hangzhou Asian Games, briefs from Guangxi, Qingdao, Shanghai, Guizhou-Guangdong and Jilin, Palestine and Israel, Afghanistan, the UAE, Russia and Ukraine, the AU and Sudan, US shootings): no single place, so region and region_code are null",
    "doc_number_source": "news transcript: no 发文字号",
    "encoding_source": "the file decodes as UTF-8 without a byte-order mark (first bytes 23 20 e3 80 8a = `# 《`)",
}
(HERE / f"{DOC}.doc.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")

counts = {}
for f, _ in facts:
    counts[f["kind"]] = counts.get(f["kind"], 0) + 1
print(f"{len(facts)} facts:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
