#!/usr/bin/env python3
"""Blind gold for 20241015.md (新闻联播 2024-10-15), typed by hand.

Writes 20241015.md.jsonl and 20241015.md.doc.json next to this script.
Checks: every `text` occurs in the source, the facts stand in text order (each found after
the previous one, on the source line that `at()` names), no project/org/region name is listed
twice, and period and period_source are null together. `skip(text)` moves past one unannotated
occurrence (a short place name nested in a longer name before its standalone use). No
transcript text is kept here beyond the facts' text, name and subject.

usage: python3 build_news.py [SOURCE]
SOURCE defaults to shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20241015.md.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = Path("/work/shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20241015.md")
SRC = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
DOC = "20241015.md"

# ---------------------------------------------------------------- helpers
D1015 = ("2024-10-15", "2024-10-15")
D1014 = ("2024-10-14", "2024-10-14")
D1011 = ("2024-10-11", "2024-10-11")
D1009 = ("2024-10-09", "2024-10-09")
D1014_15 = ("2024-10-14", "2024-10-15")
D1012_15 = ("2024-10-12", "2024-10-15")
HOLIDAY = ("2024-10-01", "2024-10-07")   # the 2024 National Day holiday
Y1957 = ("1957-01-01", "1957-12-31")
Y2014 = ("2014-01-01", "2014-12-31")
Y2015 = ("2015-01-01", "2015-12-31")
Y2021 = ("2021-01-01", "2021-12-31")
Y2024 = ("2024-01-01", "2024-12-31")
Y2025 = ("2025-01-01", "2025-12-31")
Y2026 = ("2026-01-01", "2026-12-31")
Y2050 = ("2050-01-01", "2050-12-31")
M2024_06 = ("2024-06-01", "2024-06-30")
M2024_08 = ("2024-08-01", "2024-08-31")
M2024_09 = ("2024-09-01", "2024-09-30")
M2024_10 = ("2024-10-01", "2024-10-31")
M2023_09 = ("2023-09-01", "2023-09-30")
M2022_01 = ("2022-01-01", "2022-01-31")
M2021_04 = ("2021-04-01", "2021-04-30")
# the ten years since the 2014 symposium, to the broadcast day (year grain at the start, as
# blind7's six years, blind8's ten years of the Medog road and 20230412's five years)
TEN_YEARS = ("2014-01-01", "2024-10-15")

CN = dict(region="中国", region_code=None)
SNTYQ = dict(region="苏尼特右旗", region_code="152524")
BJ = dict(region="北京市", region_code="110000")
GZ = dict(region="广州市", region_code="440100")
CS = dict(region="长沙市", region_code="430100")
XA = dict(region="河北雄安新区", region_code="13102001")
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


def org(text):
    facts.append(({"kind": "org", "text": text, "name": text}, LINE[0]))


def project(text):
    facts.append(({"kind": "project", "text": text, "name": text}, LINE[0]))


def region(text, canonical, code, level, parents):
    facts.append(({"kind": "region", "text": text, "name": text, "canonical": canonical,
                   "code": code, "level": level, "parents": parents}, LINE[0]))


def country(text, canonical=None):
    region(text, canonical or text, None, "country", [])


def foreign(text, parents, canonical=None):
    region(text, canonical or text, None, "other", parents)


def date(text, start, end, grain, approx=None):
    facts.append(({"kind": "date", "text": text, "date_start": start, "date_end": end,
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


# ================================================================ summary (lines 5-84)
# All seventeen items have a body. The summary's dates (the start "from today" of the power
# market, the fair's "today", the oil producers' "this year and next") are restated by the
# bodies for the same spans and are annotated there; its counts (the five provinces) likewise.
# Names count here, deduplicated by name.
at(14)
foreign("伊斯兰堡", ["巴基斯坦"])
country("巴基斯坦")
# the council of heads of government, taken from its meeting's name (blind8 / blind12 took
# standing committees from session names; dev 20240315 联合国人权理事会 from its session);
# the organisation's own name is nested in it (blind4 新华社国家高端智库)
org("上海合作组织成员国政府首脑（总理）理事会")
at(23)
# 瓜达尔 is nested here; it counts from its standalone use in the body
project("瓜达尔新国际机场项目")
at(29)
# the federal parliament from the senate president's title; the country counts from the body
org("澳大利亚联邦议会")
at(38)
# a launched market is a project (seed CONVENTIONS: markets; blind7 全国温室气体自愿减排交易市场)
project("省间电力现货市场")
at(50)
# a name year written without 年 is part of the event's name (20221110, blind3, blind6): no date
region("湖南", "湖南省", "430000", "province", [])
region("长沙", "长沙市", "430100", "prefecture", ["湖南省"])
at(53)
region("雄安新区", "河北雄安新区", "13102001", "zone", ["河北省"])
at(62)
# taken whole (blind7, blind13); its one-character short form kept as written (dev 20240315
# 俄国防部, 安国民议会); the command post is a facility
org("黎巴嫩真主党武装")
org("黎真主党")
org("联合国安理会")
# UNIFIL by its short name; its full name is in the body (two names, a force named with its kind)
org("联黎部队")
at(71)
foreign("米兰", ["意大利"])
at(74)
country("朝鲜")
at(77)
country("印度")
country("加拿大")
at(80)
org("欧佩克")
at(83)
# one-character country prefix kept as written (dev 20240315)
org("美波音公司")

# ================================================================ story 1: military theory conference
at(90)
date("10月14日至15日", *D1014_15, "period")
org("中共中央")
org("中央军委")
org("中共中央政治局")
num("quantity", "6个", 6, unit="个", subject="作交流发言的单位", period=D1014_15, psrc="section")
# the joint operations command centre, named with its kind (中心); the other participants are
# generic (all departments, all theatres, all services) and the armed police is a generic
# force (blind10, blind12)
org("军委联指中心")

# ================================================================ story 2: literature and art
at(96)
# the since-the-18th-Congress phrases and the ten-years and 67-years phrases are not dates
date("2014年10月15日", "2014-10-15", "2014-10-15", "day")
# a holiday with fixed bounds (blind9 清明假期, blind11 端午假期)
date("国庆假期", *HOLIDAY, "period")
region("内蒙古", "内蒙古自治区", "150000", "province", [])
# a named art troupe, taken as a body (open); the banner is nested in its name
org("苏尼特右旗乌兰牧骑")
# a distance: a size, period and role null; region the lowest coded place (blind12)
num("quantity", "100公里", 100, unit="公里", subject="距离城区", period=None, psrc=None,
    entity="额仁淖尔苏木", role=None, **SNTYQ)
region("额仁淖尔苏木", "额仁淖尔苏木", None, "town", ["内蒙古自治区", "锡林郭勒盟", "苏尼特右旗"])
date("1957年", *Y1957, "year")
# the troupe's size at its founding (1957, the sentence before); the bare troupe word is an anaphor
num("quantity", "9个", 9, unit="个", subject="乌兰牧骑最初的人员", period=Y1957,
    psrc="paragraph", **SNTYQ)
num("quantity", "4件", 4, unit="件", subject="乌兰牧骑最初的乐器", period=Y1957,
    psrc="paragraph", **SNTYQ)
org("党中央")
date("2014年10月15日", "2014-10-15", "2014-10-15", "day")
# bodies taken from their congresses' and sessions' names (blind8, blind12)
org("中国文联")
org("中国作协")
org("全国政协")
date("2015年", *Y2015, "year")
date("2021年", *Y2021, "year")
# an exhibition hall completed (a venue, seed CONVENTIONS; 深圳国际会展中心) (open)
project("中国共产党历史展览馆")
num("quantity", "五组", 5, unit="组", subject="主题雕塑", period=Y2021, psrc="sentence",
    entity="中国共产党历史展览馆", **CN)
# the theatre acts as an institution (blind10 国家博物馆)
org("国家大剧院")
num("quantity", "超60亿次", 6000000000, unit="次", approx="超", subject="各类演出全网总点击量",
    period=TEN_YEARS, psrc="paragraph", entity="国家大剧院", **CN)
# the Beijing Winter Olympics and the Hangzhou Asian Games are events (places nested)

# ================================================================ story 3: Li Qiang arrives in Islamabad
at(102)
org("国务院")
date("10月14日中午", *D1014, "day")
# an airport (blind10 荷台达国际机场); the leading city is a region of its own (seed CONVENTIONS)
project("努尔·汗机场")
# the country from the ambassador's title (blind8, blind9)
country("中国")
org("上合组织")
country("越南")
foreign("河内", ["越南"])

# ================================================================ story 5: talks
at(114)
date("今年6月", *M2024_06, "month")
# the corridor, which the premier calls a demonstration works (open; blind8 西部陆海新通道)
project("中巴经济走廊")
region("台湾", "台湾省", "710000", "province", [])
# a named government with its one-character country prefix (dev 20240315)
org("巴政府")

# ================================================================ story 6: Gwadar airport
at(120)
date("14日", *D1014, "day")
# the airport named without 项目: a second name of the project (open)
project("瓜达尔新国际机场")
foreign("瓜达尔", ["巴基斯坦"])
# the Belt and Road is an initiative, not a project

# ================================================================ story 7: military leaders
at(126)
date("14日", *D1014, "day")
# the joint chiefs committee from its chairman's title (open); the army chief's title names no body
org("巴基斯坦参联会")

# ================================================================ story 8: Han Zheng and the Australian senate president
at(132)
date("15日", *D1015, "day")
# the 10th anniversary is not a number or date
date("今年", *Y2024, "year")
country("澳大利亚")
org("澳议会")

# ================================================================ story 9: symposium in Beijing
at(138)
date("15日", *D1015, "day")
region("北京", "北京市", "110000", "province", [])
# two qualifiers: the first is kept (blind8); the event's city (blind8 Canton Fair, blind3)
num("quantity", "约200余人", 200, unit="人", approx="约", subject="参会人员", period=D1015,
    psrc="section", **BJ)

# ================================================================ story 10: space science plan
at(144)
org("国务院新闻办公室")
date("今天（10月15日）", *D1015, "day")
org("中国科学院")
org("国家航天局")
org("中国载人航天工程办公室")
# a year span written with 年 inside a title is a date (blind3 `2023—2025年`)
date("2024—2050年", "2024-01-01", "2050-12-31", "year")
# FACTS `2016年3月5日前`: the qualifier 前 kept
date("2050年前", *Y2050, "year", approx="前")
# counts of the plan as released that day (blind11 `三类`); 2050 is the horizon of the
# development the stages divide, not the period of the count; the five big themes and the
# nine big directions are `N大` labels (seed CONVENTIONS `5大专业厂`)
num("quantity", "三个", 3, unit="个", subject="空间科学发展阶段", period=D1015, psrc="section", **CN)
num("quantity", "17个", 17, unit="个", subject="优先发展方向", period=D1015, psrc="section", **CN)
# the Chang'e-7 and -8 probes are spacecraft (blind4 神舟十五号, dev 20240315 嫦娥六号探测器)
project("国际月球科研站")
# missions in a list sharing one head, bare members kept as written (dev CONVENTIONS)
project("天问二号")
project("天问三号")
project("天问四号任务")
# the next ten years are a duration (20240723 `未来5年`): period null
project("中国空间站")
num("quantity", "上千项", 1000, unit="项", approx="上", subject="科学与应用项目", period=None,
    psrc=None, entity="中国空间站", role="target", **CN)
# the telescope's aperture: a size (blind11 `500米`); the space telescope is a spacecraft
num("quantity", "2米", 2, unit="米", subject="巡天空间望远镜口径", period=None, psrc=None,
    role=None, **CN)
num("quantity", "3个", 3, unit="个", subject="科学目标领域", period=D1015, psrc="sentence", **CN)

# ================================================================ story 11: inter-provincial power spot market
at(150)
org("国家电网")
date("今天（10月15日）", *D1015, "day")
project("省间电力中长期市场")
# the national unified power market is a system still being built (blind11: the unified
# national market), not listed
date("2022年1月", *M2022_01, "month")
project("省间电力市场")
num("quantity", "超过6000个", 6000, unit="个", approx="超过", subject="省间电力市场交易主体",
    period=D1015, psrc="sentence", entity="省间电力市场", **CN)
num("quantity", "超过880亿千瓦时", 88000000000, unit="千瓦时", approx="超过",
    subject="累计交易电量", period=D1015, psrc="sentence", entity="省间电力市场", **CN)
num("percent", "超44%", 44, unit="%", approx="超", subject="清洁能源电量占比", period=D1015,
    psrc="sentence", entity="省间电力市场", **CN)

# ================================================================ story 12: the 136th Canton Fair
at(156)
date("今天（10月15日）", *D1015, "day")
region("广州", "广州市", "440100", "prefecture", ["广东省"])
# the fair is an event (entity null); its figures take the lead's day (`section`, blind8) and
# its city; 将 → target (blind9 culture fair); the fair is held twice a year, so the previous
# session is the previous period (blind8 `比上届同期` → 环比)
num("quantity", "155万平方米", 1550000, unit="平方米", subject="展览总面积", period=D1015,
    psrc="section", **GZ)
num("quantity", "超过3万家", 30000, unit="家", approx="超过", subject="参展企业", period=D1015,
    psrc="section", **GZ)
num("quantity", "39万件", 390000, unit="件", subject="数字化智能产品", period=D1015,
    psrc="section", role="target", **GZ)
num("quantity", "超过104万件", 1040000, unit="件", approx="超过", subject="绿色低碳产品",
    period=D1015, psrc="section", role="target", **GZ)
num("growth", "较上届超300％", 300, unit="%", approx="超", basis="环比", subject="数字化智能产品",
    period=D1015, psrc="section", role="target", **GZ)
num("growth", "130%", 130, unit="%", approx="超", basis="环比", subject="绿色低碳产品",
    period=D1015, psrc="section", role="target", **GZ)
num("quantity", "5个", 5, unit="个", subject="板块", period=D1015, psrc="section", **GZ)
num("quantity", "19个", 19, unit="个", subject="展区", period=D1015, psrc="section", **GZ)
num("quantity", "约400场", 400, unit="场", approx="约", subject="新品发布活动", period=D1015,
    psrc="section", role="target", **GZ)
num("growth", "比上届增长超30%", 30, unit="%", approx="超", basis="环比", subject="新品发布活动",
    period=D1015, psrc="section", role="target", **GZ)

# ================================================================ story 13: traditional villages
at(162)
# the ministry is the informant: entity null; 我国 → 中国; the four-level system is a label
org("住房城乡建设部")
num("quantity", "6批", 6, unit="批", subject="传统村落列入保护名录的批次", period=D1015,
    psrc="sentence", **CN)
num("quantity", "8155个", 8155, unit="个", subject="列入保护名录的传统村落", period=D1015,
    psrc="sentence", **CN)
# the repeat in the next paragraph is annotated (blind8, blind11 repeats inside a body)
num("quantity", "8155个", 8155, unit="个", subject="列入中国传统村落保护名录的村落",
    period=D1015, psrc="sentence", **CN)
# counts over several provinces: region null (blind8 `21个`)
num("quantity", "16个", 16, unit="个", subject="将村落列入省级保护名录的省份", period=D1015,
    psrc="sentence", **NOREG)
num("quantity", "5028个", 5028, unit="个", subject="列入省级保护名录的村落", period=D1015,
    psrc="sentence", **NOREG)
num("quantity", "55.6万栋", 556000, unit="栋", subject="保护的传统建筑", period=D1015,
    psrc="sentence", **CN)
num("quantity", "5965项", 5965, unit="项", subject="省级及以上非物质文化遗产", period=D1015,
    psrc="sentence", **CN)

# ================================================================ story 14: domestic briefs
at(168)
# (1) the new-media conference (its name year has no 年: no date); figures → the clause's city
date("今天（10月15日）", *D1015, "day")
num("quantity", "11场", 11, unit="场", subject="活动", period=D1015, psrc="sentence",
    role="target", **CS)
num("quantity", "800多名", 800, unit="名", approx="多", subject="代表", period=D1015,
    psrc="sentence", **CS)
# (2) the satellite-network group and its short name (two names; blind7 中国星网)
org("中国卫星网络集团有限公司")
org("中国星网集团")
date("2021年4月", *M2021_04, "month")
skip("雄安")
region("雄安", "河北雄安新区", "13102001", "zone", ["河北省"])
num("quantity", "近300家", 300, unit="家", approx="近", subject="央企在雄安设立的各类机构",
    period=D1015, psrc="sentence", entity="雄安", **XA)
# (3) migratory-bird corridor: 近日 is vague → the broadcast day (`document`, blind10)
org("国家林草局")
region("江西", "江西省", "360000", "province", [])
region("湖北", "湖北省", "420000", "province", [])
region("广东", "广东省", "440000", "province", [])
region("广西", "广西壮族自治区", "450000", "province", [])
# a count of real provinces (blind10 `两省`), unit as written (blind11 `台（套）`); the
# repeat is annotated (blind9 `三国` ×2); the count is no goal, so actual though the second
# sentence says 将
num("quantity", "五省（区）", 5, unit="省（区）", subject="启动联合保护行动的省（区）",
    period=D1015, psrc="document", **NOREG)
num("quantity", "五省（区）", 5, unit="省（区）", subject="协商建立磋商机制的省（区）",
    period=D1015, psrc="document", **NOREG)
# (4) the innovation contest (its name year has no 年: no date); counts over many countries →
# region null (blind10, blind13)
date("12日—15日", *D1012_15, "period")
org("上海交通大学")
num("quantity", "153个", 153, unit="个", subject="报名的国家和地区", period=D1012_15,
    psrc="paragraph", **NOREG)
num("quantity", "514万个", 5140000, unit="个", subject="报名项目", period=D1012_15,
    psrc="paragraph", **NOREG)
num("quantity", "1410个", 1410, unit="个", subject="入围总决赛项目", period=D1012_15,
    psrc="paragraph", **NOREG)
num("money", "超过68亿元", 6800000000, unit=None, approx="超过", subject="意向投资额",
    period=D1012_15, psrc="paragraph", **NOREG)

# ================================================================ story 15: Israel and Lebanon
at(174)
# the Israeli military as a side is a descriptor (dev 20240723 乌克兰军方), so the country
# stands alone; 以军 is an abbreviation
country("以色列")
date("14日", *D1014, "day")
# the named force, written with the party's short form (blind9 卡桑旅, dev 圣城旅)
org("黎真主党武装拉德万部队")
org("黎巴嫩公共卫生部")
date("14日", *D1014, "day")
# X地区 → X (dev 20240315 丹佛地区); 黎巴嫩 never stands alone (always nested in a name)
foreign("艾托", ["黎巴嫩"])
num("quantity", "21人", 21, unit="人", subject="死亡人数", period=D1014, psrc="sentence",
    entity="艾托", region="黎巴嫩", region_code=None)
date("14日夜间至15日凌晨", *D1014_15, "period")
# a contested area (blind11 马尔维纳斯群岛: other, no parents)
foreign("萨巴阿农场", [])
date("今天（10月15日）", *D1015, "day")
date("14日", *D1014, "day")
org("安理会")
# the month of the rotating presidency
date("10月", *M2024_10, "month")
country("瑞士")
org("联合国")
org("联合国驻黎巴嫩临时部队")
# resolution 1701 is an identifier
date("14日", *D1014, "day")
# 欧盟 from its meeting's name
org("欧盟")
org("以色列军队")

# ================================================================ story 16: Russia and Ukraine
at(180)
# "a settlement" is 一 as "a"; 俄罗斯 stands only in the ministry's name; M777 is a model name
org("俄罗斯国防部")
date("14日", *D1014, "day")
foreign("扎波罗热", ["乌克兰"])
foreign("库尔斯克", ["俄罗斯"])
country("乌克兰")
date("14日", *D1014, "day")
foreign("波克罗夫斯克", ["乌克兰"])
foreign("库拉霍沃", ["乌克兰"])

# ================================================================ story 17: international briefs
at(186)
# (1) the 20th anniversary is not a number
date("14日", *D1014, "day")
org("中国中央广播电视总台")
country("意大利")
org("总台")
# (2) Korea
org("韩国联合参谋本部")
date("今天（10月15日）12时", *D1015, "day")
# named railway and road lines (railways and roads are projects, dev CONVENTIONS)
project("京义线")
project("东海线")
org("朝中社")
org("朝鲜人民军总参谋部")
date("9日", *D1009, "day")
country("韩国")
# (3) India and Canada: the acting ministry is the entity, its country the region (dev
# 20240315 `227名`, 俄罗斯外交部)
org("印度外交部")
date("14日", *D1014, "day")
num("quantity", "6名", 6, unit="名", subject="被要求限期离境的加拿大驻印度外交官", period=D1014,
    psrc="sentence", entity="印度外交部", region="印度", region_code=None)
num("quantity", "6名", 6, unit="名", subject="从加拿大撤回的印度外交官", period=D1014,
    psrc="sentence", entity="印度外交部", region="印度", region_code=None)
org("加拿大外交部")
# "the same day" points back to the 14th of the sentence before
num("quantity", "6名", 6, unit="名", subject="被驱逐的印度驻加拿大外交官", period=D1014,
    psrc="paragraph", entity="加拿大外交部", region="加拿大", region_code=None)
date("去年9月", *M2023_09, "month")
org("加拿大政府")
# (4) OPEC: two names of one body (blind4); its forecasts → forecast, entity null (20221205,
# 20230412 IMF), region null (global)
org("石油输出国组织")
date("14日", *D1014, "day")
date("2024年", *Y2024, "year")
date("2025年", *Y2025, "year")
date("8月", *M2024_08, "month")
date("9月", *M2024_09, "month")
date("2024年", *Y2024, "year")
num("quantity", "203万桶", 2030000, unit="桶", subject="全球日均石油需求较上年增长量预期",
    period=Y2024, psrc="sentence", role="forecast", **NOREG)
num("quantity", "193万桶", 1930000, unit="桶", subject="全球日均石油需求较上年增长量预期",
    period=Y2024, psrc="sentence", role="forecast", **NOREG)
date("2025年", *Y2025, "year")
num("quantity", "174万桶", 1740000, unit="桶", subject="全球日均石油需求较上年增长量预期",
    period=Y2025, psrc="sentence", role="forecast", **NOREG)
num("quantity", "164万桶", 1640000, unit="桶", subject="全球日均石油需求较上年增长量预期",
    period=Y2025, psrc="sentence", role="forecast", **NOREG)
date("14日", *D1014, "day")
foreign("纽约", ["美国"])
foreign("伦敦", ["英国"])
# one fall shared by two markets (blind7 one growth for two indicators); at least → 不低于 kept
num("growth", "跌幅都不低于2%", -2, unit="%", approx="不低于", basis=None, subject="原油期货价格",
    period=D1014, psrc="sentence", **NOREG)
# (5) Boeing: four names of one company (blind5 美国英特尔公司 / 英特尔公司 / 英特尔); 美国 is
# nested in the first and otherwise only one character
date("14日", *D1014, "day")
org("美国波音公司")
num("quantity", "超3万名", 30000, unit="名", approx="超", subject="罢工员工", period=D1014,
    psrc="sentence", entity="美国波音公司", region="美国", region_code=None)
# the fifth week is an ordinal
org("波音公司")
org("波音")
date("11日", *D1011, "day")
# a planned cut, announced on the 11th: the plan's span is not stated (blind11 `500亿欧元`):
# period null, target; worldwide → region null
num("percent", "约10%", 10, unit="%", approx="约", subject="裁员比例", period=None, psrc=None,
    entity="波音", role="target", **NOREG)
num("quantity", "约1.7万个", 17000, unit="个", approx="约", subject="裁员涉及岗位", period=None,
    psrc=None, entity="波音", role="target", **NOREG)
# 777X is a model name
date("2026年", *Y2026, "year")
date("14日", *D1014, "day")
num("growth", "下跌1.3%", -1.3, unit="%", basis=None, subject="波音公司股价", period=D1014,
    psrc="sentence", entity="波音公司", region="美国", region_code=None)

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
if errors:
    sys.exit("\n".join(errors))
facts = [(f, line) for f, line in facts if f["kind"] is not None]

out = HERE / f"{DOC}.jsonl"
with out.open("w", encoding="utf-8") as fh:
    for f, _ in facts:
        fh.write(json.dumps({"doc": DOC, **f}, ensure_ascii=False) + "\n")

doc = {
    "doc": DOC,
    "title": "《新闻联播》 (20241015)",
    "issued": "2024-10-15",
    "year": 2024,
    "issuer": None,
    "genre": "news",
    "region": None,
    "region_code": None,
    "doc_number": None,
    "encoding": "UTF-8",
    "title_source": "the file's heading line `# 《新闻联播》 (20241015)`, as in the sibling news gold (20221110, 20221205, 20230412, 20230621, 20230808, 20230915, 20231102, 20231115, 20231220, 20240315, 20240413, 20240522, 20240618, 20240723, 20240906)",
    "issued_source": "the file name 20241015.md and the heading 《新闻联播》 (20241015), repeated in the summary's closing stamp (20241015 19:00) and in every link to the original (tv.cctv.com/2024/10/15/…241015.shtml): the broadcast of 2024-10-15",
    "year_source": "issued's year: 2024. Relative dates resolve against 2024-10-15: 今天（10月15日） / 15日 / 今天（10月15日）12时 → 2024-10-15, 14日 / 10月14日中午 → 2024-10-14, 11日 → 10-11, 9日 → 10-09, 10月14日至15日 / 14日夜间至15日凌晨 → 10-14..10-15, 12日—15日 → 10-12..10-15, 今年 → 2024, 今年6月 / 8月 / 9月 / 10月 → months of 2024, 去年9月 → 2023-09, 国庆假期 → the 2024 holiday 10-01..10-07",
    "issuer_source": "no issuer line; every story carries only the CCTV web byline, so issuer is null",
    "genre_source": "a 新闻联播 transcript: summary list plus seventeen news items (two of them collections of briefs), all with a body → news",
    "region_source": "a news file of many stories (the military theory conference and the culture symposium in Beijing, the premier's visit to Pakistan, Australia, the space science plan, the power market, the Canton Fair in Guangzhou, traditional villages, Changsha, Xiong'an, five provinces, Shanghai, Lebanon and Israel, Russia and Ukraine, Milan, Korea, India and Canada, OPEC, Boeing): no single place, so region and region_code are null",
    "doc_number_source": "news transcript: no 发文字号",
    "encoding_source": "the file decodes as UTF-8 without a byte-order mark (first bytes 23 20 e3 80 8a = `# 《`)",
}
(HERE / f"{DOC}.doc.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")

counts = {}
for f, _ in facts:
    counts[f["kind"]] = counts.get(f["kind"], 0) + 1
print(f"{len(facts)} facts:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
