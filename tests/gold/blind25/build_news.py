#!/usr/bin/env python3
"""Blind gold for 20240130.md (新闻联播 2024-01-30), typed by hand.

Writes 20240130.md.jsonl and 20240130.md.doc.json next to this script.
Checks: every `text` occurs in the source, the facts stand in text order (each found after
the end of the previous one, on the source line that `at()` names), no project/org/region name
is listed twice, period and period_source are null together, and every `entity` is a listed
name. `skip(text)` moves past one unannotated occurrence (a name nested in a longer word before
the place stands alone, or a bold sub-headline's repeat of a body figure or date). No
transcript text is kept here beyond the facts' text, name and subject.

usage: python3 build_news.py [SOURCE]
SOURCE defaults to shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20240130.md
(the cut /tmp/b25src/20240130.md is byte-identical: the manifest takes the whole file).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = Path("/work/shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20240130.md")
SRC = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
DOC = "20240130.md"

# ---------------------------------------------------------------- helpers
D0130 = ("2024-01-30", "2024-01-30")
D0129 = ("2024-01-29", "2024-01-29")
D0128 = ("2024-01-28", "2024-01-28")
# 1月29日至30日, 1月31日至2月5日 (FACTS `6月1日至30日`: one span)
D0129_0130 = ("2024-01-29", "2024-01-30")
D0131_0205 = ("2024-01-31", "2024-02-05")
D0229 = ("2024-02-29", "2024-02-29")  # 2月底: the last day of February in a leap year
D0209 = ("2024-02-09", "2024-02-09")
JUN2023 = ("2023-06-01", "2023-06-30")
OCT2023 = ("2023-10-01", "2023-10-31")
Y2023 = ("2023-01-01", "2023-12-31")
Y2024 = ("2024-01-01", "2024-12-31")
Y2025 = ("2025-01-01", "2025-12-31")
# the US federal fiscal year runs from 1 October of the year before to 30 September (open)
FY2023 = ("2022-10-01", "2023-09-30")
FY2022 = ("2021-10-01", "2022-09-30")

CN = dict(region="中国", region_code=None)
BJ = dict(region="北京市", region_code="110000")
SH = dict(region="上海市", region_code="310000")
GD = dict(region="广东省", region_code="440000")
BS = dict(region="白山市", region_code="220600")
JO = dict(region="约旦", region_code=None)
GAZA = dict(region="加沙地带", region_code=None)
US = dict(region="美国", region_code=None)
NOREG = dict(region=None, region_code=None)

SX = "陕西省"

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


# ================================================================ summary (lines 5-81)
# Summary dates and figures that the bodies restate are annotated once, at the body
# (blind15-blind24): 20家 (item 8, body), 2023年 and 5.37万个 (brief 11.3), today (brief
# 11.4, body 今天（1月30日）), 超40人 (item 12, body 超过40人), 2023财年 (brief 15.1). Names count
# here, deduplicated by name (blind17-blind24). List indices are no numbers.
at(8)
# the commission named in the event's name; 京 is a one-character form
org("中央军委")
at(14)
# the country in an office's title counts (blind23 英国, blind24 法国)
country("科摩罗")
at(17)
region("陕西", SX, "610000", "province", [])
at(20)
# the congress named with its country, from its president's title (blind24 塞尔维亚政府 from
# the vice-premier's title) (open); the country nested in it never stands alone in this file
# (blind23/24: 乌克兰 in the news agency's name); the speakers are offices
org("哥伦比亚国会")
at(23)
# a party named with its kind (阵线; blind20 民盟 via blind23) (open); the country nested in it
# never stands alone (中卢, 卢方 are one-character forms); the study delegation is no org
# (blind19/20 delegations)
org("卢旺达爱国阵线")
at(26)
# the body from its president's title, the session number left out of the name (blind23
# 全国人大常委会, the term number an ordinal)
org("联合国大会")
at(29)
# 20家 is the body's; the bureau named with its kind (局), 中国 nested; the book title in 《》 is
# no name, the fourth volume an ordinal
org("中国外文局")
at(32)
# 我国 is no region
at(41)
# the title in 《》 is no name
at(44)
# associations named with their kind (协会, blind22 中华全国新闻工作者协会); the eleventh and the
# tenth congresses are ordinals and events; the councils are generic
org("中国电影家协会")
org("中国美术家协会")
at(47)
# 2023年 and 5.37万个 are the body's
at(50)
# a named water works; the delta's short name nested in it (a macro-area); the body writes the
# full name (two names, blind24 国务院新闻办 / 国务院新闻办公室); today is the body's
project("珠三角水资源配置工程")
at(53)
# 2024 without 年 in the congress's name is no date (blind18, blind19, blind22)
region("上海", "上海市", "310000", "province", [])
at(56)
# 中国 and 吉林 are nested in the contest's name (an event); the first edition is an ordinal
at(59)
# 美 is a one-character form; the defence department by its one-character-prefix form (blind23
# 俄国防部 beside 俄罗斯国防部, two names); 超40人 is the body's; 美媒 and 美军 are abbreviations
country("约旦")
org("美国防部")
country("伊朗")
at(62)
# 以军 is an abbreviation; Khan Younis in the Gaza Strip: parents [] (blind24 拉法)
foreign("汗尤尼斯", [])
org("哈马斯")
foreign("特拉维夫", ["以色列"])
at(65)
# the UN agency named in full with its kind (工程处; blind24 联合国人道主义事务协调厅)
org("联合国近东救济工程处")
at(68)
# the Democrats are persons (the party nested in the person noun); the bare congress word and
# the bare government word are generic here; 以 is a one-character form
at(71)
# 俄 and 乌 are one-character forms; the transport plane is a vehicle
at(77)
# 2023财年 is the body's; the country standing alone (美国防部 above is 美 + 国防部)
country("美国")
at(80)
# 俄白 is a pair of one-character forms; the union state is nested in the council's name
# (listed in the body)

# ================================================================ story 1: CMC New Year performance
at(87)
date("29日", D0129, "day")
# 京 is a one-character form; the general secretary's title names the party centre's body
# (blind23 中共中央); the state president is an office; 中央军委 listed
org("中共中央")
# "New China" is an era name, 中国 nested (open); a theatre as a venue (seed CONVENTIONS venues,
# blind23 侨批文物馆, blind24 广西博物馆) (open), 中国 nested
project("中国剧院")
# the clock time of an undated afternoon is no date (blind22 "the morning")
# FACTS `过去一年` (a text of 2024) → 2023; the trailing 来 ("over") is left out (open)
date("过去一年", Y2023, "year")
# the 20th congress is an ordinal event; the two establishments, four consciousnesses, four
# confidences, two safeguards are labels
org("党中央")
# the army's centenary goal is a label (blind22); the songs in 《》 are no names; the CMC
# organs and the units in Beijing are generic

# ================================================================ story 2: Xi receives credentials
at(93)
# the part of day kept (blind23 `30日上午`)
date("1月30日下午", D0130, "day")
# the Great Hall is a building (blind20 via blind23); the ceremony in the capital → 北京市
# (blind24 `700余人`) (open: Beijing is named only inside the hall's name); the forty-two
# ambassadors are counted in the sentence with its day
num("quantity", "42位", 42, unit="位", subject="递交国书的驻华大使", period=D0130,
    psrc="sentence", **BJ)
# the painting's title is no name; the countries in the ambassadors' titles count (blind23
# 英国 and blind20 the ambassadors' countries, via blind23); 伊朗 is listed at the summary;
# 华 is a one-character form
country("新加坡")
country("意大利")
# the federation's short name; canonical the full name (open)
country("阿联酋", "阿拉伯联合酋长国")
country("尼加拉瓜")
country("乌克兰")
country("格林纳达")
country("突尼斯")
country("古巴")
country("比利时")
country("赞比亚")
country("瑞典")
country("波黑", "波斯尼亚和黑塞哥维那")
country("波兰")
country("科威特")
country("赤道几内亚")
country("卢森堡")
country("厄瓜多尔")
country("洪都拉斯")
country("阿塞拜疆")
country("坦桑尼亚")
country("肯尼亚")
country("哥斯达黎加")
country("牙买加")
country("阿尔及利亚")
country("罗马尼亚")
country("马来西亚")
country("巴基斯坦")
country("塞拉利昂")
country("东帝汶")
country("白俄罗斯")
country("阿富汗")
country("老挝")
country("玻利维亚")
country("日本")
country("保加利亚")
country("所罗门群岛")
country("斐济")
country("布基纳法索")
country("捷克")
country("澳大利亚")
country("亚美尼亚")
# the hall is part of the building, 北京 nested in it; 中国 first stands alone here
region("中国", "中国", None, "country", [])
# a government named with its country (blind23/24 中国政府)
org("中国政府")
# "this year is the 75th anniversary" → 今年 (blind22/24); the anniversary is no number
date("今年", Y2024, "year")
# the country's full name standing alone, a second name of 中国 (blind24 中华人民共和国) (open)
region("中华人民共和国", "中国", None, "country", [])
# a population count with no measure word (blind22 `30万`, blind23 `至少有15万`): unit null;
# no date in its sentence → the paragraph's 今年 (blind24 `9个`) (open); 中国 nested in
# "Chinese people" (entity null, blind23 `14亿多人`)
num("quantity", "14亿多", 1400000000, unit=None, approx="多", subject="中国人民",
    period=Y2024, psrc="paragraph", **CN)
# the community of shared future is a label

# ================================================================ story 3: Xi congratulates Azali
at(99)
date("1月28日", D0128, "day")
# the country's full name in the president's title, a second name of 科摩罗 (blind24
# 中华人民共和国) (open); 中科 is a pair of one-character forms; "in recent years" is vague
region("科摩罗联盟", "科摩罗", None, "country", [])

# ================================================================ story 4: Li Qiang in Shaanxi
at(105)
# bodies from titles (blind22-24)
org("中共中央政治局")
org("国务院")
date("1月29日至30日", D0129_0130, "period")
# 陕西 listed at the summary; the party centre listed
date("29日", D0129, "day")
# firms the text calls firms, by their short or brand names (seed CONVENTIONS brand names,
# blind22 the platform firms) (open); the leading place split off where the rest is a name
# of its own (seed CONVENTIONS, blind24 上海 / 江南造船厂) (open)
region("咸阳", "咸阳市", "610400", "prefecture", [SX])
org("彩虹股份")
org("法士特")
region("西安", "西安市", "610100", "prefecture", [SX])
org("西部超导")
date("30日", D0130, "day")
org("奕斯伟")
org("爱生技术集团")
# the university named with its kind; its city stays in its name (without it no distinctive
# name is left, blind23 上海海事局); the innovation harbour is a named platform (FACTS
# platforms); the old university of the westward move, named with its kind (open); the bare
# harbour word is an anaphor; the westward-move spirit is a label
org("西安交通大学")
project("西部科技创新港")
org("交通大学")
# the report in 《》 is a document; the governments at all levels are generic

# ================================================================ story 5: Zhao Leji meets Colombian speakers
at(111)
org("全国人大常委会")
date("30日", D0130, "day")
region("北京", "北京市", "110000", "province", [])
date("去年10月", OCT2023, "month")
# the presidents are offices; 中哥, 中方, 哥方 are one-character forms and sides; the one-China
# principle is a label; the two legislatures are generic

# ================================================================ story 6: Wang Huning meets the RPF
at(117)
# 中共中央政治局 listed; the CPPCC from its chairman's title
org("全国政协")
date("30日", D0130, "day")
# 京 is a one-character form; the general secretary and the president are offices; the Belt
# and Road is an initiative; 中国 before 全国政协 is a leading place (listed)
# the party's short name beside its full one (blind23 国合会 / 中国环境与发展国际合作委员会)
# (open)
org("卢爱阵")
org("中国共产党")
# the three global initiatives are a label

# ================================================================ story 7: Han Zheng meets the UNGA president
at(123)
date("30日", D0130, "day")
# 联合国大会 listed; the 78th session is an ordinal
org("联合国安理会")
# the organisation standing alone (FACTS 欧盟; blind22 北约) (open)
org("联合国")
# the three global initiatives are labels; "next year is the 80th anniversary" → 明年 (blind22
# `今年`); the anniversary is no number
date("明年", Y2025, "year")

# ================================================================ story 8: the fourth volume's translations
at(129)
date("1月30日", D0130, "day")
# 北京 listed; the research centre named whole with its institute and its kind (blind23
# 世界自然基金会希腊分部), 泰国 nested in it and never standing alone (open)
org("泰国国家研究院泰中“一带一路”合作研究中心")
# the leading country split off where the rest is a name of its own (seed CONVENTIONS)
# (open); 巴基斯坦 is listed among the ambassadors
org("巴中学会")
country("吉尔吉斯斯坦")
org("萝扎·奥通巴耶娃倡议国际公共基金会")
# no date in its sentence → the paragraph's 1月30日; a ceremony in Beijing → 北京市 (blind22
# `100余位`); the publishers are unnamed as a whole (entity null)
num("quantity", "20家", 20, unit="家", subject="与中国外文局签约的外国知名出版机构",
    period=D0130, psrc="paragraph", **BJ)
# 中国外文局 listed; the languages are one-character forms; "many" publishers vague
date("2023年6月", JUN2023, "month")

# ================================================================ story 9: cultural firms
at(135)
org("国家统计局")
date("今天（1月30日）", D0130, "day")
date("2023年", Y2023, "year")
# national figures (全国) → region 中国, entity null (blind21-24)
num("money", "129515亿元", 12951500000000, unit=None,
    subject="规模以上文化及相关产业企业营业收入", period=Y2023, psrc="sentence", **CN)
num("growth", "比上年增长8.2%", 8.2, unit="%", basis="比上年",
    subject="规模以上文化及相关产业企业营业收入", period=Y2023, psrc="sentence", **CN)
date("2023年", Y2023, "year")
# 七成 → 70 (FACTS `九成` → 90), the qualifier as written (blind22 `超2500人`)
num("percent", "超七成", 70, unit="%", approx="超",
    subject="文化新业态行业对规模以上文化企业营业收入增长的贡献率", period=Y2023,
    psrc="sentence", **CN)
date("2023年", Y2023, "year")
num("growth", "同比增长63.2%", 63.2, unit="%", basis="同比",
    subject="文化娱乐休闲服务行业营业收入", period=Y2023, psrc="sentence", **CN)

# ================================================================ story 10: Spring Festival travel
at(141)
# a year written with 年 before a body's name is a date (blind22/23 before an event's name);
# the task force is a temporary work team, no org (blind23 work teams) (open)
date("2024年", Y2024, "year")
date("今天（1月30日）", D0130, "day")
# 预计 → forecast (CONVENTIONS); 全社会 → 中国, entity null; the qualifier as written
num("quantity", "超1.92亿人次", 192000000, unit="人次", approx="超",
    subject="全社会跨区域人员流动量", period=D0130, psrc="sentence", role="forecast", **CN)
# the next sentence names no date → the paragraph's today (blind24 `11个`)
num("quantity", "1080万人次", 10800000, unit="人次", subject="铁路客运量", period=D0130,
    psrc="paragraph", role="forecast", **CN)
num("quantity", "超1.78亿人次", 178000000, unit="人次", approx="超",
    subject="公路人员流动量", period=D0130, psrc="paragraph", role="forecast", **CN)
num("quantity", "63万人次", 630000, unit="人次", subject="水路客运量", period=D0130,
    psrc="paragraph", role="forecast", **CN)
num("quantity", "203万人次", 2030000, unit="人次", subject="民航客运量", period=D0130,
    psrc="paragraph", role="forecast", **CN)
# 12306 is an identifier; the ticketing service is no org or works (open); "since ticket sales
# began" fixes no date; the age is time (blind19 via blind22); a cumulative counter with no
# date in its sentence or paragraph → the story's today, section (blind22/23/24)
num("quantity", "1500多万张", 15000000, unit="张", approx="多",
    subject="已发售60岁以上旅客火车票", period=D0130, psrc="section", **CN)
# "many measures" is vague
region("太原", "太原市", "140100", "prefecture", ["山西省"])
# 北京 listed; the one-card service is a label
region("南宁", "南宁市", "450100", "prefecture", ["广西壮族自治区"])
region("天水", "天水市", "620500", "prefecture", ["甘肃省"])
region("潍坊", "潍坊市", "370700", "prefecture", ["山东省"])
# the weather departments are generic; 我国 is no region, the central-eastern parts a
# macro-area
date("1月31日至2月5日", D0131_0205, "period")
org("交通运输部")

# ================================================================ story 11: domestic briefs
at(147)
# (1) future industries: the title in 《》 is no name; "the other day" is vague → the broadcast
# day, document (blind23 `五部门`); the acting body named in the count's phrase (blind23
# 国家发展改革委 for `五部门`)
org("工业和信息化部")
num("quantity", "七部门", 7, unit="部门", subject="联合印发意见的部门", period=D0130,
    psrc="document", entity="工业和信息化部", **CN)
# CONVENTIONS `到2018年` is the date `2018年`
date("2025年", Y2025, "year")
# (2) the two associations' congresses: names listed at the summary
date("今天（1月30日）", D0130, "day")
# 北京 listed; the councils and presidiums are generic
# (3) old residential compounds: the sub-headline's year and figure are the body's
skip("2023年")
skip("5.37万个")
org("住房城乡建设部")
date("2023年", Y2023, "year")
# national figures (全国) → 中国, entity null; the ministry is the informant
num("quantity", "5.37万个", 53700, unit="个", subject="开工改造城镇老旧小区", period=Y2023,
    psrc="sentence", **CN)
num("quantity", "897万户", 8970000, unit="户", subject="惠及居民", period=Y2023,
    psrc="sentence", **CN)
num("money", "近2400亿元", 240000000000, unit=None, approx="近",
    subject="城镇老旧小区改造完成投资", period=Y2023, psrc="sentence", **CN)
# (4) Pearl River Delta water works: the sub-headline's name is listed at the summary, its
# today is the body's; the national water network is a programme, no works
project("珠江三角洲水资源配置工程")
date("今天（1月30日）", D0130, "day")
# the works' length, yearly supply and reach are sizes and design figures (blind22/23 sizes:
# period and role null) (open for the reach); the bare works word is an anaphor (entity
# null, blind22); the places it serves all lie in Guangdong → 广东省 (open: the province is not
# named; the Greater Bay Area is a macro-area)
num("quantity", "113.2公里", 113.2, unit="公里", subject="工程全长", period=None, psrc=None,
    role=None, **GD)
num("quantity", "17.08亿立方米", 1708000000, unit="立方米", subject="每年输水量", period=None,
    psrc=None, role=None, **GD)
num("quantity", "3200多万人", 32000000, unit="人", approx="多", subject="惠及沿线人口",
    period=None, psrc=None, role=None, **GD)
region("广州", "广州市", "440100", "prefecture", ["广东省"])
region("深圳", "深圳市", "440300", "prefecture", ["广东省"])
region("东莞", "东莞市", "441900", "prefecture", ["广东省"])
# (5) World Digital Education Conference: 2024 without 年 is no date; 上海 listed
date("今天（1月30日）", D0130, "day")
# an event's figure → its city (blind22 长沙, blind24 深圳); the theme is a label
num("quantity", "70多个", 70, unit="个", approx="多", subject="中外嘉宾来源国家和地区",
    period=D0130, psrc="sentence", **SH)
# (6) skating marathon: the first edition is an ordinal; 中国 and 吉林 nested in its name
date("今天（1月30日）", D0130, "day")
skip("吉林")
region("吉林", "吉林省", "220000", "province", [])
region("白山", "白山市", "220600", "prefecture", ["吉林省"])
# the track's length is a size (period and role null); an event's figure → its city; "the
# first time" is an ordinal; the river is a landform
num("quantity", "10.5公里", 10.5, unit="公里", subject="滑冰马拉松赛道单程全长", period=None,
    psrc=None, role=None, **BS)

# ================================================================ story 12: attack on US troops in Jordan
at(153)
# the department named with its country (blind23 俄罗斯国防部)
org("美国国防部")
date("29日", D0129, "day")
# the department is the informant (entity null); the base lies in Jordan (the story's
# headline and second paragraph) → 约旦 (open: a reader could give 美国); the qualifier as
# written
num("quantity", "超过40人", 40, unit="人", approx="超过", subject="美军士兵受伤人数",
    period=D0129, psrc="sentence", **JO)
# "at present" gives no figure; the Middle East is a macro-area; 美方 is a side; 美国 and 伊朗
# listed
country("叙利亚")
country("伊拉克")
# the Persian Gulf is a sea; the navy named with its country, a branch (blind23
# 乌克兰特种作战部队) (open); "the coming days" are vague
org("伊朗海军")
date("29日", D0129, "day")
# no date in its sentence → the paragraph's 29日 (blind23 `约810平方公里`); the base "located in
# Jordan" in the same sentence
num("quantity", "约350名", 350, unit="名", approx="约", subject="基地驻扎的美军人员",
    period=D0129, psrc="paragraph", **JO)
date("29日", D0129, "day")
# "an" official and "a" drone are 一 as "a" (seed `一座`)

# ================================================================ story 13: Khan Younis
at(159)
org("以色列国防军")
date("29日", D0129, "day")
foreign("加沙地带", [])
# "hundreds of" is vague; the movement and its short name, two names (blind21 via blind24)
org("巴勒斯坦伊斯兰抵抗运动")
# the country before the defence minister's office (blind24 法国); "that day" is no date
# (blind18); half → 50 (FACTS `九成` → 90) (open); the paragraph's 29日; the Gaza Strip in the
# clause; the movement whose fighters they are
country("以色列")
num("percent", "半数", 50, unit="%", subject="在以军行动中死伤的哈马斯武装人员占比",
    period=D0129, psrc="paragraph", entity="哈马斯", **GAZA)
# "several months" is vague
# the armed wing named with its kind (旅; blind23 俄黑海舰队, a unit) (open)
org("卡桑旅")
date("29日", D0129, "day")
# "several" tanks are vague; "that day" is no date
# (1) UNRWA: the sub-headline's name is listed at the summary
date("29日", D0129, "day")
# "a" spokesman is 一 as "a"; CONVENTIONS X月底 → the last day, approx 底; the "after" word is
# left out
date("2月底", D0229, "day", approx="底")
country("卡塔尔")
date("29日", D0129, "day")
country("埃及")
foreign("巴黎", ["法国"])
# the four sides are the four named (anaphoric, blind21 via blind23)
date("今天（1月30日）", D0130, "day")
# (2) Democrats: the sub-headline's words are generic
date("29日", D0129, "day")
# the congress named with its country (a state body); the two houses are its parts (open)
org("美国国会")
# members of the body named in the phrase (blind22 全国政协 for `100余位`, blind23 国合会)
num("quantity", "近20名", 20, unit="名", approx="近", subject="致信美国国务卿的民主党人",
    period=D0129, psrc="sentence", entity="美国国会", **US)
# the secretary of state is an office; a government named with its country (blind23 加蓬政府)
org("美国政府")
date("2月9日前", D0209, "day", approx="前")

# ================================================================ story 14: Russia and Ukraine
at(165)
org("俄罗斯国防部")
date("29日", D0129, "day")
# "directions" (blind18-23); the area word left out (blind22 扎波罗热); the settlement word
# left out (open)
foreign("库皮扬斯克", ["乌克兰"])
foreign("哈尔科夫", ["乌克兰"])
foreign("塔巴耶夫卡", ["乌克兰", "哈尔科夫"])
foreign("扎波罗热", ["乌克兰"])
foreign("别尔哥罗德州", ["俄罗斯"])
# Russia-Ukraine conflict figures → region null (blind8-23); a count of rockets written in a
# Chinese numeral (blind22 `两枚`); the quoted rocket type is a weapon
num("quantity", "三枚", 3, unit="枚", subject="击落的乌方发射的“飓风”火箭弹", period=D0129,
    psrc="sentence", **NOREG)
# 乌克兰 listed; 乌军, 俄军 are abbreviations; "a" missile is 一 as "a" (blind23, open there)
foreign("赫尔松", ["乌克兰"])
# the country before the agency is a leading place (blind24 the broadcaster); the agency by
# its well-known name, a name of its own (社)
region("俄罗斯", "俄罗斯", None, "country", [])
org("塔斯社")
date("今天（1月30日）", D0130, "day")
# the security agencies are generic; a second name of the place where the plane came down
# (city or region), as written; the plane's type is an identifier
foreign("别尔哥罗德", ["俄罗斯"])

# ================================================================ story 15: international briefs
at(171)
# (1) US arms sales: the sub-headline's fiscal year is the body's
skip("2023财年")
org("美国国务院")
date("29日", D0129, "day")
# the US federal fiscal year (1 October to 30 September) (open)
date("2023财年", FY2023, "year")
# the compared fiscal year is a date, not the period (FACTS)
date("2022财年", FY2022, "year")
# a comparison with the fiscal year before → 比上年 (open); the country named as the subject
# (blind24 塞尔维亚)
num("growth", "增长了16%", 16, unit="%", basis="比上年", subject="美国对外军售总额",
    period=FY2023, psrc="sentence", entity="美国", **US)
num("money", "2380亿美元", 238000000000, unit=None, currency="USD",
    subject="美国对外军售总额", period=FY2023, psrc="sentence", entity="美国", **US)
# "a record high" is no ranking; no date in the next sentence → the paragraph's fiscal year;
# the arranging government named in the phrase
num("money", "809亿美元", 80900000000, unit=None, currency="USD",
    subject="通过美国政府安排的军售金额", period=FY2023, psrc="paragraph",
    entity="美国政府", **US)
date("2022财年", FY2022, "year")
num("growth", "激增55.9%", 55.9, unit="%", basis="比上年",
    subject="通过美国政府安排的军售金额", period=FY2023, psrc="paragraph",
    entity="美国政府", **US)
date("2023财年", FY2023, "year")
# 波兰 and 乌克兰 listed; HIMARS is a weapon
country("德国")
# "many" figures vague; the Ukraine crisis is an event; the arms dealers are generic
# (2) Russia-Belarus: the council named whole with its union state and kind (委员会; blind24
# 联合国教科文组织世界记忆亚太地区委员会) (open)
org("俄罗斯和白俄罗斯联盟国家最高国务委员会")
date("29日", D0129, "day")
foreign("圣彼得堡", ["俄罗斯"])
# the new three-year decree: a duration; the presidents are offices; the West a macro-area

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
    "title": "《新闻联播》 (20240130)",
    "issued": "2024-01-30",
    "year": 2024,
    "issuer": None,
    "genre": "news",
    "region": None,
    "region_code": None,
    "doc_number": None,
    "encoding": "UTF-8",
    "title_source": "the file's heading line `# 《新闻联播》 (20240130)`, as in the sibling news gold (20240508, 20230830, 20230712 and earlier)",
    "issued_source": "the file name 20240130.md and the heading 《新闻联播》 (20240130), repeated in the summary's closing stamp (20240130 19:00) and in every link to the original (tv.cctv.com/2024/01/30/…240130.shtml): the broadcast of 2024-01-30",
    "year_source": "issued's year: 2024. Relative dates resolve against 2024-01-30: 今天（1月30日） / 1月30日 / 1月30日下午 / 30日 → 2024-01-30, 29日 → 2024-01-29, 1月28日 → 2024-01-28, 1月29日至30日 → 2024-01-29..30 and 1月31日至2月5日 → 2024-01-31..02-05 (one span each), 2月底 → 2024-02-29 (a leap year), 2月9日前 → 2024-02-09, 今年 → 2024, 明年 → 2025, 去年10月 → 2023-10, 过去一年 → 2023; the US fiscal years 2023财年 / 2022财年 → 2022-10-01..2023-09-30 / 2021-10-01..2022-09-30",
    "issuer_source": "no issuer line; every story carries only the CCTV web byline, so issuer is null",
    "genre_source": "a 新闻联播 transcript: a summary list of fifteen items (two of them lists of briefs, six domestic and two international, and one item with two sub-items), then fifteen news items, two of them collections of briefs with bold sub-headlines and three more with bold sub-headlines → news",
    "region_source": "a news file of many stories (the CMC performance in Beijing, Xi receiving forty-two ambassadors, a message to the Comoros, Li Qiang in Shaanxi, meetings with Colombian, Rwandan and UN visitors, a publishing ceremony, national cultural-firm and travel figures, national briefs and ones from Guangdong, Shanghai and Jilin, the attack in Jordan, Gaza, Russia and Ukraine, US arms sales and the Russia-Belarus union): no single place, so region and region_code are null",
    "doc_number_source": "news transcript: no 发文字号",
    "encoding_source": "the file decodes as UTF-8 without a byte-order mark (first bytes 23 20 e3 80 8a = `# 《`)",
}
(HERE / f"{DOC}.doc.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")

counts = {}
for f, _ in facts:
    counts[f["kind"]] = counts.get(f["kind"], 0) + 1
print(f"{len(facts)} facts:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
