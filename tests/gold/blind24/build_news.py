#!/usr/bin/env python3
"""Blind gold for 20240508.md (新闻联播 2024-05-08), typed by hand.

Writes 20240508.md.jsonl and 20240508.md.doc.json next to this script.
Checks: every `text` occurs in the source, the facts stand in text order (each found after
the end of the previous one, on the source line that `at()` names), no project/org/region name
is listed twice, period and period_source are null together, and every `entity` is a listed
name. `skip(text)` moves past one unannotated occurrence (a name nested in a longer word before
the place stands alone). No transcript text is kept here beyond the facts' text, name and
subject.

usage: python3 build_news.py [SOURCE]
SOURCE defaults to shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20240508.md
(the cut /tmp/b24src/20240508.md is byte-identical: the manifest takes the whole file).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = Path("/work/shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20240508.md")
SRC = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
DOC = "20240508.md"

# ---------------------------------------------------------------- helpers
D0508 = ("2024-05-08", "2024-05-08")
D0507 = ("2024-05-07", "2024-05-07")
# 6日至8日 (FACTS `6月1日至30日`: one span), 7日—8日 likewise
D0506_0508 = ("2024-05-06", "2024-05-08")
D0507_0508 = ("2024-05-07", "2024-05-08")
MAY = ("2024-05-01", "2024-05-31")
Q1 = ("2024-01-01", "2024-03-31")
Y2016 = ("2016-01-01", "2016-12-31")
Y2023 = ("2023-01-01", "2023-12-31")
Y2024 = ("2024-01-01", "2024-12-31")

CN = dict(region="中国", region_code=None)
BJ = dict(region="北京市", region_code="110000")
HB = dict(region="湖北省", region_code="420000")
ZJ = dict(region="浙江省", region_code="330000")
GY = dict(region="贵阳市", region_code="520100")
SZ = dict(region="深圳市", region_code="440300")
RS = dict(region="塞尔维亚", region_code=None)
HU = dict(region="匈牙利", region_code=None)
NOREG = dict(region=None, region_code=None)

GX = "广西壮族自治区"

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


# ================================================================ summary (lines 5-74)
# Summary dates and figures that the bodies restate are annotated once, at the body
# (blind15-blind23): today (brief 10.3, body 今天（5月8日）), the three archives (brief 10.5,
# body 三项). Names count here, deduplicated by name (blind17-blind23). List indices are no
# numbers; the anniversary (item 9), the first census (item 8), the first sea trial, the
# second contest, the first batch and the sixth conference are anniversaries and ordinals.
at(8)
# the country in an office's title counts (blind23 英国 from the foreign secretary's title); the
# France-China pair is made of one-character forms
country("法国")
foreign("上比利牛斯省", ["法国"])
at(11)
foreign("贝尔格莱德", ["塞尔维亚"])
country("塞尔维亚")
at(14)
country("匈牙利")
at(17)
region("广西", GX, "450000", "province", [])
at(20)
# 中国 is nested in the index's name (blind21 the logistics index)
at(23)
# the press-conference series is an event
region("湖北", "湖北省", "420000", "province", [])
at(25)
# the central region is a macro-area
at(28)
# the probe is a vehicle (blind22 the lander and the spacecraft), no project (open)
at(31)
# the State Council information office by its short name; the body writes the full name once
# (two names, blind21 总台 / 中央广播电视总台); the first census is an ordinal and a programme
org("国务院新闻办")
at(34)
# the anniversary is no number; 京 is a one-character form
org("中国红十字会")
at(40)
org("财政部")
at(43)
# the bare navy word is a generic branch without an owner (open); the carrier is a vessel, the
# province's name nested in its name; "the first" trial is an ordinal
at(46)
# today is the body's 今天（5月8日）; the second contest is an ordinal and an event
at(49)
region("浙江省", "浙江省", "330000", "province", [])
at(52)
# 三项 is the body's; 我国 is no region; the register is a list, no name
at(55)
# the sixth conference is an event and an ordinal; AEO is a label
at(58)
# the programme's title in 《》 is no name
at(64)
# the Gaza Strip and the city of Rafah: parents [] (blind21 加沙城, 加沙地带); 以军 is an
# abbreviation; a border port is a works (blind21 磨憨铁路口岸, blind23 二连浩特口岸), the
# city kept in its name (blind23 上海港) (open); the crossing point is a part of the port
country("以色列")
foreign("加沙地带", [])
foreign("拉法", [])
project("拉法口岸")
at(70)
# 乌 and 俄 are one-character forms; the ammunition factory is unnamed
at(73)
org("国际原子能机构")
country("伊朗")

# ================================================================ story 1: Xi and Macron in the Pyrenees
at(80)
# local time; the day as written (blind23 local-time days)
date("5月7日", D0507, "day")
foreign("巴黎", ["法国"])
# the governor is an office; the French local governments are generic; the airport is a works
# (blind18 via blind21 airports), kept whole: without the city nothing of a name is left
# (blind23 上海港) (open); the city stands alone later
project("塔布机场")
# the south of France is a macro-area, the mountain pass a landform; the quoted shepherds'
# inn is a building, no project (blind23 the Great Hall, a building) (open)
# 中国 stands inside "Chinese people" before it stands alone (blind23)
skip("中国")
region("中国", "中国", None, "country", [])
# "over 5000 years" is a duration; the first centenary goal is a label; Europe is a continent;
# the China-France and China-Europe pairs are one-character forms
date("去年", Y2023, "year")
region("广州", "广州市", "440100", "prefecture", ["广东省"])
# the guesthouse of the Guangzhou meeting is a building
org("联合国安理会")
# "today" in Xi's remarks at the meeting: the day he spoke, the story's local 5月7日 (open: a
# reader could resolve it against the file's date, 05-08)
date("今天", D0507, "day")
# "that evening" is no date (blind18 "that day")
foreign("塔布", ["法国"])
region("北京", "北京市", "110000", "province", [])

# ================================================================ story 2: Xi arrives in Belgrade
at(86)
# local time, the part of day kept (blind23 `29日凌晨`)
date("5月7日晚", D0507, "day")
# the escort of two fighters: a count of aircraft (blind21 `1架`); no date in sentence or
# paragraph → the lead's 5月7日晚, section (blind22/23); the country named as their owner
# (blind23 希腊 for `至少20人`); foreign figures → the country (blind18-23)
num("quantity", "两架", 2, unit="架", subject="升空护航的塞尔维亚空军战机", period=D0507,
    psrc="section", entity="塞尔维亚", **RS)
# the city split off the airport's name (seed CONVENTIONS: a leading region is dropped) (open)
project("尼古拉·特斯拉国际机场")
# the council named with its kind (委员会); former president, speaker, premier, foreign minister
# are offices
org("对华合作国家委员会")
# 以来 stands after the clause: the bare year with approx 以来 (blind23 `2000年`)
date("2016年", Y2016, "year", approx="以来")
# the Belt and Road is an initiative
# bodies from titles (blind22/23: standing-committee member; a ministry in its minister's title)
org("中共中央政治局")
org("中央办公厅")
org("外交部")
# the ambassador is an office (中国 nested); "China red" and "Chinese friends" nest 中国

# ================================================================ story 3: Xi's signed article in Hungary
at(92)
date("5月8日", D0508, "day")
foreign("布达佩斯", ["匈牙利"])
# a newspaper is a media organisation named with its kind (报; blind21 英国天空电视台, a
# broadcaster); named without the title marks (open); the article's title in 《》 is no name
org("匈牙利民族报")
# the country in the byline's office title (blind23 countries from office titles), the
# country's full name, a second name of 中国 (open)
region("中华人民共和国", "中国", None, "country", [])
# the month of the article, 2024 (the article's own date) (FACTS: relative to the file's date)
date("5月", MAY, "month")
# the president and the premier are offices; "after 15 years" and "in these 15 years" are
# durations; the great plain is a landform; the wine is a product
# "this year is the 75th anniversary" → 今年 (blind22 `今年`; FACTS `今年是“十四五”规划收官之年`);
# the anniversary and "over the past 75 years" (×3) are no numbers or dates
date("今年", Y2024, "year")
# an explicit rank in a scope (FACTS `居全国首位`); "nowadays" opens the sentence → the day,
# sentence (blind21 `1000多家`, blind22 目前); Central and Eastern Europe is a macro-area
num("ranking", "第一目的地", 1, unit=None, scope="中东欧地区",
    subject="中国在中东欧地区投资的目的地", period=D0508, psrc="sentence", entity="匈牙利",
    **HU)
# cultural centres named with 中心, the city kept in an org's name (blind23 上海海事局)
org("北京匈牙利文化中心")
org("布达佩斯中国文化中心")
# the Confucius institutes and classrooms are a class of institutions, generic (open)
org("布达佩斯匈中双语学校")
# "double digits" of weekly flights is vague; "batch after batch" vague
# a named railway (blind21 railways); the Hungary-Serbia name is made of one-character forms
project("匈塞铁路")
# the "opening to the east" strategy is a strategy; the China-CEEC cooperation is a mechanism,
# no org; the centennial change of the world is a label

# ================================================================ story 4: Wang Huning in Guangxi
at(98)
org("全国政协")
date("6日至8日", D0506_0508, "period")
# the general secretary's bare title names no body (blind21)
region("崇左市", "崇左市", "451400", "prefecture", [GX])
# the primary school named with its kind; the district is kept in its name (without it no
# name is left, blind23 上海港); the district as written is nested and not listed (open)
org("江洲区第一小学")
# a town: canonical as written, code null (blind21 角弓镇); villages count as places (seed
# 李冲村), level other (open)
region("新和镇", "新和镇", None, "town", [GX, "崇左市", "江州区"])
region("卜花村", "卜花村", None, "other", [GX, "崇左市", "江州区", "新和镇"])
# the sugar firms are unnamed
region("防城港市", "防城港市", "450600", "prefecture", [GX])
region("十万山瑶族乡", "十万山瑶族乡", None, "town", [GX, "防城港市", "防城区"])
region("木排村", "木排村", None, "other", [GX, "防城港市", "防城区", "十万山瑶族乡"])
# a named nature reserve: parks are projects (blind23 达迪亚国家森林公园); the river is nested;
# the wharves and the private firms are generic
project("北仑河口国家级自然保护区")
# the demonstration zone is a label; the poetic name of Guangxi is no region
region("南宁", "南宁市", "450100", "prefecture", [GX])
# a museum as a venue (blind23 侨批文物馆) (open), kept whole (blind23 上海港)
project("广西博物馆")
org("广西民族大学")
region("青秀区", "青秀区", "450103", "county", [GX, "南宁市"])
# an urban community: a village-level unit (seed 李冲村), level other (open)
region("凤岭北社区", "凤岭北社区", None, "other", [GX, "南宁市", "青秀区"])
# the party centre (blind22/23)
org("党中央")
# the demonstration-zone building, the border-prosperity action: programmes
org("中国共产党")
# the political consultative bodies' offices, named with their place and kind, as written
# (open)
org("广西壮族自治区政协机关")
org("防城港市政协机关")

# ================================================================ story 5: retail index
at(104)
# 中国 is nested in the federation's and the index's names
org("中国商业联合会")
date("5月份", MAY, "month")
# an index value written as a percent (blind21 `51.5%`); national → 中国, entity null
num("percent", "50.9%", 50.9, unit="%", subject="零售业景气指数", period=MAY,
    psrc="sentence", **CN)
# "with last month" → 环比 (blind21 `上升4.4个百分点`)
num("growth", "上升0.5个百分点", 0.5, unit="pp", basis="环比", subject="零售业景气指数",
    period=MAY, psrc="sentence", **CN)
date("5月份", MAY, "month")

# ================================================================ story 6: Hubei press conference
at(110)
org("国务院新闻办公室")
date("昨天（5月7日）", D0507, "day")
# the full name beside the summary's short one (blind21 江苏 / 江苏省)
region("湖北省", "湖北省", "420000", "province", [])
date("2023年", Y2023, "year")
# no basis named (blind23 `增长超过20%`); the province named as the subject (blind21 江苏省)
num("growth", "增长6%", 6, unit="%", basis=None, subject="GDP", period=Y2023,
    psrc="sentence", entity="湖北省", **HB)
# "among the front ranks of the country" is a group rank (seed `排名前三位`), no ranking
date("今年一季度", Q1, "quarter")
num("growth", "增长6.1%", 6.1, unit="%", basis=None, subject="GDP", period=Q1,
    psrc="sentence", entity="湖北省", **HB)
num("growth", "增长109%", 109, unit="%", basis=None, subject="新能源汽车产量", period=Q1,
    psrc="sentence", entity="湖北省", **HB)
# the next sentence names no date and no place: the paragraph's quarter (open), entity null;
# Beidou is an industry here
num("quantity", "9个", 9, unit="个", subject="新兴特色产业", period=Q1, psrc="paragraph",
    **HB)
num("percent", "47%", 47, unit="%", subject="数字经济占GDP比重", period=Q1,
    psrc="paragraph", **HB)
date("今年", Y2024, "year")
# the node, hub and bases of the plan are labels; the central region is a macro-area

# ================================================================ story 7: Chang'e-6 enters lunar orbit
at(116)
date("今天（5月8日）", D0508, "day")
# a control centre named with 中心 (blind21 海南国际商业航天发射中心); 北京 nested
org("北京航天飞行控制中心")
# the probe and its combinations are vehicles; the basin is a landform on the moon; "a" key
# manoeuvre is 一 as "a"

# ================================================================ story 8: natural-disaster census
at(122)
date("今天（5月8日）", D0508, "day")
org("应急管理部")
org("水利部")
# the four administrative levels are a label (blind21 the five levels of river chiefs) (open);
# "the first time" is an ordinal; no date in the sentence → the paragraph's today (blind21
# `23万多`); a national census → 中国, entity null
num("quantity", "6个", 6, unit="个", subject="自然灾害综合风险大区", period=D0508,
    psrc="paragraph", **CN)
num("quantity", "30个", 30, unit="个", subject="综合风险区", period=D0508, psrc="paragraph",
    **CN)
# the national risk database is described by its scope, generic (blind22 the national carbon
# market) (open)

# ================================================================ story 9: Red Cross 120th anniversary
at(128)
# the part of day kept (blind23 `30日上午`); the anniversary and "120 years since" are no
# numbers or dates
date("8日上午", D0508, "day")
# Xi Jinping Thought is a label; the people's organisations and the international Red Cross
# organisations are generic
# no date in the paragraph → the lead's 8日, section (blind23 `约500人`); a meeting in Beijing
# (one-character form) → 北京市 (blind22 `100余位`); the attendance names no body (entity null)
num("quantity", "700余人", 700, unit="人", approx="余", subject="参加大会人员", period=D0508,
    psrc="section", **BJ)

# ================================================================ story 10: domestic briefs
at(134)
# (1) compulsory-education funds: the sub-headline names the ministry (listed at the summary);
# "recently" is vague → the broadcast day, document (blind23 `五部门`); the allocating body
# is the acting body (blind23 农业农村部 for `24亿元`); a completed transfer → actual (blind23)
num("money", "1582亿元", 158200000000, unit=None, subject="转移支付资金", period=D0508,
    psrc="document", entity="财政部", **CN)
# the compared year is a date, not the period (FACTS)
date("去年", Y2023, "year")
# an absolute change is money (FACTS)
num("money", "23亿元", 2300000000, unit=None, subject="转移支付资金比去年增加额",
    period=D0508, psrc="document", entity="财政部", **CN)
# (2) the carrier: "third" is an ordinal, the eight days a duration; the clock time kept in the
# day's text (blind22 `今天（7月12日）16时`); its "about" qualifies the hour, not the day (open)
date("今天（5月8日）下午3时许", D0508, "day")
# the city split off the shipyard's name (seed CONVENTIONS); the shipyard named with its kind
# (厂); the wharf is a part of it
region("上海", "上海市", "310000", "province", [])
org("江南造船厂")
# "a series of" tests is vague; "the next step" is vague
# (3) rural-revitalisation skills contest: the sub-headline's today is the body's; the
# provincial government named with its kind (blind23 中国政府), 贵州省 nested
org("人力资源社会保障部")
org("农业农村部")
org("贵州省政府")
date("今天（5月8日）", D0508, "day")
region("贵阳", "贵阳市", "520100", "prefecture", ["贵州省"])
# an event's figures → its city (blind22 长沙, blind23 哈尔滨), entity null (an event)
num("quantity", "701名", 701, unit="名", subject="参赛选手", period=D0508, psrc="sentence",
    **GY)
# no date in the sentence → the paragraph's today
num("quantity", "11个", 11, unit="个", subject="大赛设置的项目", period=D0508,
    psrc="paragraph", **GY)
# (4) Zhejiang cultural envoys: "the first batch" is an ordinal
date("今天（5月8日）", D0508, "day")
# 将 governs the going, not the count of the selected envoys → actual (blind22 `18个`, blind23
# `6000多万亩`) (open); the province named as the subject (blind22 黑龙江)
num("quantity", "100名", 100, unit="名", subject="首批文化特派员", period=D0508,
    psrc="sentence", entity="浙江省", **ZJ)
# the short name beside the full one (blind21 江苏 / 江苏省); the towns and streets are generic;
# the two years of service are a duration
region("浙江", "浙江省", "330000", "province", [])
# (5) Memory of the World: the committee named in its session's name (blind22 联合国人权理事会),
# UNESCO nested in it; the tenth session is an ordinal
date("今天（5月8日）", D0508, "day")
org("联合国教科文组织世界记忆亚太地区委员会")
country("蒙古国")
# the three archives' names nest their places and the printing house; the register in 《》 is
# no name; no date in the sentence → the paragraph's today; 我国 → entity null
num("quantity", "三项", 3, unit="项", subject="入选世界记忆亚太地区名录的我国文献档案",
    period=D0508, psrc="paragraph", **CN)
# 目前 → the broadcast day, sentence (blind22/23)
num("quantity", "17项", 17, unit="项", subject="我国成功入选的文献档案", period=D0508,
    psrc="sentence", **CN)
# (6) AEO conference: the three days are a duration; the sixth conference an event
date("今天（5月8日）", D0508, "day")
region("深圳", "深圳市", "440300", "prefecture", ["广东省"])
# an event's figures → its city; no date in the sentence → the paragraph's today; the quoted
# topics and AEO are labels
num("quantity", "100多个", 100, unit="个", approx="多", subject="代表来源国家和地区",
    period=D0508, psrc="paragraph", **SZ)
num("quantity", "1200多名", 1200, unit="名", approx="多", subject="与会代表", period=D0508,
    psrc="paragraph", **SZ)
num("quantity", "14个", 14, unit="个", subject="交流议题", period=D0508, psrc="paragraph",
    **SZ)
org("世界海关组织")

# ================================================================ story 11: the classics programme in Serbia
at(140)
# 中国 nested in the president's title
date("5月7日", D0507, "day")
# the broadcaster: the country before it is a leading place (listed), the body's own name
# follows (blind21-23 中央广播电视总台) (open)
org("中央广播电视总台")
# the programme's title in 《》 is no name; "Chinese classics" nests 中国; the Serbia-China pairs
# are one-character forms; the president and the vice-premier are offices
# a government named with its country (blind23 加蓬政府), from the vice-premier's title
org("塞尔维亚政府")
date("5月8日", D0508, "day")
# a broadcaster named with its kind (blind21 英国天空电视台); the first channel is a product
# (blind23 the CCTV channel)
org("塞尔维亚国家广播电视台")
# "will also" air in near a hundred media: a plan (将, CONVENTIONS) → target; "successively"
# fixes no day (blind22 `2400多台`: period null) (open); Europe and the world → region null
num("quantity", "近百家", 100, unit="家", approx="近", subject="陆续播发相关内容的主流媒体",
    period=None, psrc=None, role="target", **NOREG)

# ================================================================ story 12: response in Serbia
at(146)
# the newspaper (open, as 匈牙利民族报)
org("政治报")
# "this year coincides with the 120th anniversary" → 今年 (blind22); the anniversary is no
# number; the community of shared future is a label
date("今年", Y2024, "year")

# ================================================================ story 13: Rafah
at(152)
# before "media" (blind21 巴勒斯坦)
country("巴勒斯坦")
date("7日—8日", D0507_0508, "period")
org("以色列国防军")
# "dozens of people" is vague; the defence minister is an office (blind22/23)
date("7日", D0507, "day")
# the movement and its short name, two names (blind21)
org("巴勒斯坦伊斯兰抵抗运动")
org("哈马斯")
date("7日", D0507, "day")
# the crossing (listed at the summary); the UN office named with its kind (厅); UN agencies are
# generic; the Israeli side is a side
org("联合国人道主义事务协调厅")
# the commission from its chairman's title, the AU nested in it
org("非盟委员会")
country("埃及")
country("约旦")

# ================================================================ story 14: international briefs
at(158)
# (1) a news agency named with its kind (blind21 英国天空电视台); 乌克兰 stands only inside it and
# 俄罗斯 only inside the ministry (nested, blind23); 俄军, 乌军, 俄方 are abbreviations and sides
org("乌克兰国家通讯社")
date("今天（5月8日）凌晨", D0508, "day")
foreign("利沃夫州", ["乌克兰"])
foreign("波尔塔瓦州", ["乌克兰"])
org("俄罗斯国防部")
date("7日", D0507, "day")
# "several" drones and rockets are vague; the factory is unnamed
# (2) IAEA and Iran
date("7日", D0507, "day")
# the organisation from its chairman's title; the director general is an office; the nuclear
# deal is a document
org("伊朗原子能组织")

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
    "title": "《新闻联播》 (20240508)",
    "issued": "2024-05-08",
    "year": 2024,
    "issuer": None,
    "genre": "news",
    "region": None,
    "region_code": None,
    "doc_number": None,
    "encoding": "UTF-8",
    "title_source": "the file's heading line `# 《新闻联播》 (20240508)`, as in the sibling news gold (20240402, 20230712, 20230830 and earlier)",
    "issued_source": "the file name 20240508.md and the heading 《新闻联播》 (20240508), repeated in the summary's closing stamp (20240508 19:00) and in every link to the original (tv.cctv.com/2024/05/08/…240508.shtml): the broadcast of 2024-05-08",
    "year_source": "issued's year: 2024. Relative dates resolve against 2024-05-08: 今天（5月8日） / 今天（5月8日）下午3时许 / 今天（5月8日）凌晨 / 5月8日 / 8日上午 → 2024-05-08, 昨天（5月7日） / 5月7日 / 5月7日晚 / 7日 → 2024-05-07, 6日至8日 → 2024-05-06..08 and 7日—8日 → 2024-05-07..08 (one span each), 5月份 / 5月 → 2024-05, 今年一季度 → 2024 Q1, 今年 → 2024, 去年 → 2023; the 今天 of Xi's remarks in the Pyrenees → 2024-05-07, the day he spoke (local time, as the story's lead dates it)",
    "issuer_source": "no issuer line; every story carries only the CCTV web byline, so issuer is null",
    "genre_source": "a 新闻联播 transcript: a summary list of fourteen items (two of them lists of briefs, six domestic and two international), then fourteen news items, two of them collections of briefs with bold sub-headlines and one more with a bold sub-headline → news",
    "region_source": "a news file of many stories (Xi and Macron in the Hautes-Pyrénées, Xi's arrival in Belgrade, Xi's article in Hungary, Wang Huning in Guangxi, the national retail index, Hubei's press conference, Chang'e-6, the national disaster-risk census, the Red Cross anniversary in Beijing, national briefs and ones from Shanghai, Guiyang, Zhejiang, Mongolia and Shenzhen, a programme and an article in Serbia, Rafah in Gaza, Ukraine and Iran): no single place, so region and region_code are null",
    "doc_number_source": "news transcript: no 发文字号",
    "encoding_source": "the file decodes as UTF-8 without a byte-order mark (first bytes 23 20 e3 80 8a = `# 《`)",
}
(HERE / f"{DOC}.doc.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")

counts = {}
for f, _ in facts:
    counts[f["kind"]] = counts.get(f["kind"], 0) + 1
print(f"{len(facts)} facts:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
