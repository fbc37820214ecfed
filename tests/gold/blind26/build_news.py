#!/usr/bin/env python3
"""Blind gold for 20221116.md (新闻联播 2022-11-16), typed by hand.

Writes 20221116.md.jsonl and 20221116.md.doc.json next to this script.
Checks: every `text` occurs in the source, the facts stand in text order (each found after
the end of the previous one, on the source line that `at()` names), no project/org/region name
is listed twice, period and period_source are null together, and every `entity` is a listed
name. `skip(text)` moves past one unannotated occurrence (a name nested in a longer word before
the place stands alone, or a bold sub-headline's repeat of a body figure or date). No
transcript text is kept here beyond the facts' text, name and subject.

usage: python3 build_news.py [SOURCE] [--show]
SOURCE defaults to shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20221116.md
(the cut /tmp/b26src/20221116.md is byte-identical: the manifest takes the whole file).
--show prints each fact with a few characters of its surroundings, to check that the
occurrence found is the one meant (nothing is written to the repository by it).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = Path("/work/shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20221116.md")
ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
SHOW = "--show" in sys.argv[1:]
SRC = Path(ARGS[0]) if ARGS else DEFAULT
DOC = "20221116.md"

# ---------------------------------------------------------------- helpers
D1116 = ("2022-11-16", "2022-11-16")
D1115 = ("2022-11-15", "2022-11-15")
D1111 = ("2022-11-11", "2022-11-11")
D1110 = ("2022-11-10", "2022-11-10")
JAN_OCT = ("2022-01-01", "2022-10-31")  # 1—10月 (seed `1-3 月`: grain month)
FEB2022 = ("2022-02-01", "2022-02-28")
DEC2021 = ("2021-12-01", "2021-12-31")
Y2014 = ("2014-01-01", "2014-12-31")
Y2022 = ("2022-01-01", "2022-12-31")
Y2023 = ("2023-01-01", "2023-12-31")
Y2025 = ("2025-01-01", "2025-12-31")

CN = dict(region="中国", region_code=None)
HEB = dict(region="河北省", region_code="130000")
MY = dict(region="绵阳市", region_code="510700")
NOREG = dict(region=None, region_code=None)

GX = "广西壮族自治区"
HB = "河北省"
FJ = "福建省"

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


# ================================================================ summary (lines 5-94)
# Summary dates and figures that the bodies restate are annotated once, at the body
# (blind15-blind25): 1—10月 and 14233亿元 (brief 15.1), 超3.7万亿元 (brief 15.2), 2022年 (brief
# 15.5), 80亿 (item 17.2). Names count here, deduplicated by name (blind17-blind25). List
# indices are no numbers.
at(8)
# the group named in its summit's name (blind23 二十国集团, bodies in meeting names); the
# seventeenth summit is an ordinal
org("二十国集团")
at(11)
# countries from the leaders' office titles (blind23 英国, blind24 法国, blind25 科摩罗)
country("南非")
at(14)
country("塞内加尔")
at(17)
country("韩国")
at(20)
country("阿根廷")
at(23)
country("荷兰")
at(26)
country("澳大利亚")
at(29)
country("西班牙")
at(32)
# a periodical named with its kind (杂志), a media organisation (blind24 匈牙利民族报, 政治报)
# (open); the article's title in 《》 is no name, the 20th term an ordinal inside it
org("《求是》杂志")
at(35)
# the country from the grand duke's and the premier's titles; the anniversary is no number;
# 中卢 is a pair of one-character forms
country("卢森堡")
at(38)
# the assembly from its speaker's title, named with its country (blind25 哥伦比亚国会); the
# country nested here stands alone in the body and is listed there
org("尼加拉瓜国民议会")
at(41)
# the lecture group is a temporary team (blind25 the task force) (open); the 20th congress
# is an ordinal event
at(46)
# the 20 measures are a policy package's label (seed `十条政策`) (open)
at(49)
org("国家卫生健康委")
at(55)
# 1—10月 and 14233亿元 are the body's
at(58)
# 超3.7万亿元 is the body's
at(61)
# the risk areas are generic
at(64)
# the rocket is a vehicle; 遥四 and 一号 are identifiers
at(67)
# 2022年 is the body's; 6G is an identifier
at(70)
# the tenth expo is an ordinal and an event; 中国 and 绵阳 are nested in its name (blind23
# 杭州 in the games' name) (open)
at(73)
# 2022 without 年 in the expo's name is no date (blind18, blind19, blind22, blind25)
at(76)
# the first edition is an ordinal; 香港 nested in the quoted event name before it stands alone
skip("香港")
region("香港", "香港特别行政区", "810000", "province", [])
at(79)
# the broadcaster by its short name (blind23 总台); the channel is a product (blind23)
org("总台")
at(82)
# 二十国集团 listed
at(88)
# 俄, 乌 are one-character forms; 乌军, 俄军 abbreviations
at(91)
# the organisation standing alone before its official (blind25 联合国, FACTS 欧盟) (open)
org("联合国")
at(93)
# 80亿 is the body's

# ================================================================ story 1: Xi at the G20 summit
at(100)
# local time; the day as written (blind24 `5月7日`)
date("11月16日", D1116, "day")
# the island: level other, parents the country (blind24 上比利牛斯省 [法国])
country("印度尼西亚")
foreign("巴厘岛", ["印度尼西亚"])
# "at present", "in recent years" are vague; 中国 first stands alone as the host; 杭州 is
# nested in the summit's name (blind23 杭州 in the games' name) (open); "for the first time"
# is an ordinal; the digital silk road and the global development initiative are initiatives;
# the action plan and the declaration in 《》 are documents
region("中国", "中国", None, "country", [])
# the part of day kept (blind24 `5月7日晚`); the square is a landmark (blind23 Times Square)
date("11月15日晚", D1115, "day")

# ================================================================ story 2: Xi meets Ramaphosa
at(106)
date("11月15日下午", D1115, "day")
# the party's short name in its congress's name (blind23 中共) (open); Chinese modernisation
# nests 中国; the Belt and Road is an initiative, the South African recovery plan a programme;
# FOCAC is a co-operation mechanism, no org (blind24 the China-CEEC cooperation) (open)
org("中共")
# "next year" → 2023 (blind25 `明年`)
date("明年", Y2023, "year")
# the BRICS group by its well-known name (blind23 G20 / 二十国集团) (open)
org("金砖国家")
# the general secretary's title names the party centre's body (blind23/25 中共中央); Africa
# is a continent; the one-China principle is a label
org("中共中央")

# ================================================================ story 3: Xi meets Sall
at(112)
date("11月15日下午", D1115, "day")
# roads and industrial parks are generic; the AU by its well-known short name (FACTS 欧盟;
# blind24 非盟委员会 nested it)
org("非盟")
org("中国共产党")
# 疆 and 非中 are one-character forms

# ================================================================ story 4: Xi meets Yoon
at(118)
date("11月15日下午", D1115, "day")
# "this year is the 30th anniversary" → 今年 (blind22/24/25); the anniversary and the 30 years
# of history are no numbers; the free-trade agreement is a document
date("今年", Y2022, "year")
date("今年", Y2022, "year")

# ================================================================ story 5: Xi meets Fernández
at(124)
date("11月15日下午", D1115, "day")
date("今年", Y2022, "year")
# the friendship year's 2022 without 年 is no date (blind25 the conference's 2024); the
# China-CELAC forum is a mechanism (as FOCAC) (open); the initiatives are labels
date("今年2月", FEB2022, "month")
region("北京", "北京市", "110000", "province", [])
# the winter games are an event

# ================================================================ story 6: Xi meets Rutte
at(130)
date("11月15日下午", D1115, "day")
date("今年", Y2022, "year")
# the WTO by its short name (blind24 世界海关组织); Europe is a continent; the novel in 《》
# is no name, "for the first time" an ordinal
org("世贸组织")
date("2014年", Y2014, "year")
# "the next 50 years" is a duration

# ================================================================ story 7: Xi meets Albanese
at(136)
date("11月15日下午", D1115, "day")
# "the past few years" is vague; the Asia-Pacific is a macro-area
date("今年", Y2022, "year")
# the UN Charter is a document (联合国 listed); "recently" is vague

# ================================================================ story 8: Xi meets Sánchez
at(142)
date("11月15日下午", D1115, "day")
# "next year is the 50th anniversary" → 明年; "half a century", "nearly 50 years" are
# durations; the culture-and-tourism year is a programme; 西方 here is the Spanish side
date("明年", Y2023, "year")

# ================================================================ story 9: Qiushi article
at(148)
date("11月16日", D1116, "day")
# the 22nd issue is an ordinal; 中共中央 listed; the CMC from its chairman's title
# (blind23/25); the centenary goals, the Chinese dream and the century-old party are labels
org("中央军委")

# ================================================================ story 10: Xi and Grand Duke Henri
at(154)
date("11月16日", D1116, "day")
# "50 years since" and "half a century" are durations; the air silk road is a route brand
# of the Belt and Road (an initiative), no works (open)
region("郑州", "郑州市", "410100", "prefecture", ["河南省"])
# "the same day" is no date (blind18 "that day"); the State Council from the premier's title
org("国务院")

# ================================================================ story 11: Li Zhanshu and Porras
at(160)
org("全国人大常委会")
date("16日", D1116, "day")
# 京 is a one-character form; 尼加拉瓜国民议会 listed
date("去年12月", DEC2021, "month")
# the first anniversary of resumed ties is no number; 中尼 is a pair of one-character forms;
# the initiatives are labels; 中国 before the NPC is a leading place (listed)
org("全国人大")
# the one-character prefix form, a second name (blind23 俄国防部, blind25 美国防部) (open)
org("尼国民议会")
# the union named with its kind (联盟, CONVENTIONS)
org("各国议会联盟")
# the country first stands alone here
region("尼加拉瓜", "尼加拉瓜", None, "country", [])

# ================================================================ story 12: the central lecture group
at(166)
# "for days" is vague; the lecture group is a temporary team, no org (open)
region("广西", GX, "450000", "province", [])
region("河北", HB, "130000", "province", [])
region("福建", FJ, "350000", "province", [])
org("中央组织部")
# 广西 before the city is a leading place (listed)
region("南宁", "南宁市", "450100", "prefecture", [GX])
# the province split off the group's name where the rest is a name of its own (blind25 the
# firms of Shaanxi) (open); the university keeps its province (without it no distinctive name
# is left, blind25 西安交通大学)
org("柳工集团")
org("广西师范大学")
org("国务院发展研究中心")
region("石家庄", "石家庄市", "130100", "prefecture", [HB])
# the full name beside the short one (blind23 山东 / 山东省)
region("河北省", HB, "130000", "province", [])
# the province named as the venues' owner (blind24 浙江省 for `100名`); no date in the story
# but "for days" → the broadcast day, document (blind23 `约1.1万户`)
num("quantity", "近3万人", 30000, unit="人", approx="近", subject="参加宣讲报告会人员",
    period=D1116, psrc="document", entity="河北省", **HEB)
# the party school named with its kind (校); the university keeps its province
org("河北省委党校")
org("河北大学")
org("中央政策研究室")
region("福州", "福州市", "350100", "prefecture", [FJ])
region("泉州", "泉州市", "350500", "prefecture", [FJ])
# the university keeps its city (without it no name is left)
org("厦门大学")

# ================================================================ story 13: the 20 measures explained
at(172)
# the State Council's joint prevention and control mechanism: a standing inter-agency body
# that issues the measures (open); the 20 measures are a label (seed `十条政策`)
org("国务院联防联控机制")
date("11日", D1111, "day")
org("国家疾控局")
# 总台 listed; "recently" is vague; 我国 is no region
# the test requirement before and after the change: rules, neither done nor planned (blind23
# sizes: period and role null) (open); 48 hours is a duration
num("quantity", "2次", 2, unit="次", subject="登机前48小时内核酸检测阴性证明", period=None,
    psrc=None, role=None, **CN)
num("quantity", "1次", 1, unit="次", subject="登机前48小时内核酸检测阴性证明", period=None,
    psrc=None, role=None, **CN)

# ================================================================ story 14: daily epidemic report
at(178)
date("今天（11月16日）", D1116, "day")
# the clock span kept in the day's text (blind22/24 clock times)
date("11月15日0—24时", D1115, "day")
# the provinces that report (open: a reader could leave the standard phrase out); national
# figures → 中国, entity null; the commission is the informant
num("quantity", "31个", 31, unit="个", subject="报告新增病例的省（自治区、直辖市）",
    period=D1115, psrc="sentence", **CN)
# the corps named with its kind (blind23) (open), 新疆 nested
org("新疆生产建设兵团")
num("quantity", "1623例", 1623, unit="例", subject="新增新冠肺炎确诊病例", period=D1115,
    psrc="sentence", **CN)
num("quantity", "55例", 55, unit="例", subject="境外输入确诊病例", period=D1115,
    psrc="sentence", **CN)
num("quantity", "1568例", 1568, unit="例", subject="本土确诊病例", period=D1115,
    psrc="sentence", **CN)
# no date in the sentence → the paragraph's day of the report (blind24 `11个`)
num("quantity", "18576例", 18576, unit="例", subject="新增无症状感染者", period=D1115,
    psrc="paragraph", **CN)
num("quantity", "85例", 85, unit="例", subject="境外输入无症状感染者", period=D1115,
    psrc="paragraph", **CN)
num("quantity", "18491例", 18491, unit="例", subject="本土无症状感染者", period=D1115,
    psrc="paragraph", **CN)
# the as-of word left out (blind22 `6月底`); the clock time kept
date("11月15日24时", D1115, "day")
num("quantity", "15345例", 15345, unit="例", subject="现有确诊病例", period=D1115,
    psrc="sentence", **CN)
date("11月15日", D1115, "day")
# a cumulative count as of the sentence's day
num("quantity", "344149.7万剂次", 3441497000, unit="剂次", subject="累计报告接种新冠病毒疫苗",
    period=D1115, psrc="sentence", **CN)

# ================================================================ story 15: domestic briefs
at(184)
# (1) approved investment projects: the sub-headline's months and total are the body's
skip("1—10月")
skip("14233亿元")
org("国家发展改革委")
date("今天（11月16日）", D1116, "day")
date("1—10月", JAN_OCT, "month")
# the commission that approves them (blind23 国家发展改革委 for `102个`) (open); national → 中国
num("quantity", "97个", 97, unit="个", subject="审批核准固定资产投资项目", period=JAN_OCT,
    psrc="sentence", entity="国家发展改革委", **CN)
num("money", "14233亿元", 1423300000000, unit=None, subject="审批核准固定资产投资项目总投资",
    period=JAN_OCT, psrc="sentence", entity="国家发展改革委", **CN)
# (2) tax cuts: the sub-headline's total is the body's
skip("超3.7万亿元")
# the information office by its short name (blind24 国务院新闻办)
org("国新办")
date("今天（11月16日）", D1116, "day")
org("国家税务总局")
# the as-of word left out
date("11月10日", D1110, "day")
# the national tax system is generic (entity null); a cumulative total as of the day; the
# qualifier as written (blind25 `超1.92亿人次`)
num("money", "超3.7万亿元", 3700000000000, unit=None, approx="超",
    subject="新增减税降费及退税缓税缓费", period=D1110, psrc="sentence", **CN)
# no date in the sentence → the paragraph's as-of day
num("money", "23097亿元", 2309700000000, unit=None, subject="退到纳税人账户的留抵退税款",
    period=D1110, psrc="paragraph", **CN)
# (3) cross-province tourism: 48 hours is a duration
org("文化和旅游部")
date("昨天（11月15日）", D1115, "day")
# (4) the rocket launch: the clock time kept (blind22/24)
date("今天（11月16日）14时20分", D1116, "day")
# the centre named with 中心 (blind24 北京航天飞行控制中心), 酒泉 nested; 我国 → 中国 (the
# place the sentence gives) (open: the centre's site is not named); the satellites' name
# nests 吉林, 03D is an identifier; "the fourth flight" is an ordinal
org("酒泉卫星发射中心")
num("quantity", "5颗", 5, unit="颗", subject="送入预定轨道的吉林一号高分03D卫星",
    period=D1116, psrc="sentence", **CN)
# (5) 6G conference: the sub-headline's year is the body's; a year written with 年 before an
# event's name is a date (blind22/23/25)
skip("2022年")
date("2022年", Y2022, "year")
date("今天（11月16日）", D1116, "day")
region("上海", "上海市", "310000", "province", [])
# the report in 《》 is a document; "at present" is vague; the "after" word kept as approx
# (FACTS `2016年3月5日前`) (open)
date("2025年之后", Y2025, "year", approx="之后")
# (6) Mianyang expo: the tenth expo is an ordinal
date("今天（11月16日）", D1116, "day")
# "the opening day" is no date of its own (blind18 "that day") → the paragraph's today; an
# event's figures → its city, named inside the expo's name (blind23 杭州市) (open)
num("quantity", "13个", 13, unit="个", subject="开幕当天签约科技合作项目", period=D1116,
    psrc="paragraph", **MY)
num("quantity", "137个", 137, unit="个", subject="开幕当天签约招商引资产业项目",
    period=D1116, psrc="paragraph", **MY)
# (7) digital economy expo: 2022 without 年 is no date; 河北 and 石家庄 listed; the theme is a
# label
date("今天（11月16日）", D1116, "day")
# (8) Hong Kong art event: the group named with its kind (集团); the first edition an ordinal
org("紫荆文化集团")
date("16日", D1116, "day")
# 香港 listed; "four days" is a duration; the theme is a label
# (9) the Olympic channel: the full name beside the summary's short one (blind23 总台 /
# 中央广播电视总台); the channel is a product, 央视 nested; 北京 listed; "one year since" is a
# duration and the first anniversary no number
org("中央广播电视总台")
# the IOC from its president's title (委)
org("国际奥委会")

# ================================================================ story 16: international response
at(190)
# 二十国集团 listed; "many countries" is vague

# ================================================================ story 17: international briefs
at(196)
# (1) Russia and Ukraine: 俄罗斯 stands only inside the ministry's name (blind24)
org("俄罗斯国防部")
date("15日", D1115, "day")
# areas of Ukraine, level other (blind23/25 扎波罗热)
foreign("卢甘斯克", ["乌克兰"])
foreign("顿涅茨克", ["乌克兰"])
# the country before its troops (blind23 before its drones); the troops are the side 乌军
# written out, no org (open)
country("乌克兰")
# S-300 and the quoted missile system are weapons and identifiers; the Dnieper is a river
foreign("基辅", ["乌克兰"])
foreign("利沃夫", ["乌克兰"])
date("15日", D1115, "day")
date("16日", D1116, "day")
date("15日", D1115, "day")
# (2) world population: the sub-headline's figure is the body's; 联合国 listed
skip("80亿")
# the division named whole with its department (blind23 世界自然基金会希腊分部, blind24
# 联合国人道主义事务协调厅) (open)
org("联合国经社事务部人口司")
date("15日", D1115, "day")
# no measure word → unit null (blind22 `30万`, blind25 `14亿多`); a world figure → region
# null (blind24 `近百家`); the day of the report (blind18/21/22)
num("quantity", "80亿", 8000000000, unit=None, subject="全球人口", period=D1115,
    psrc="sentence", **NOREG)
# the two ends of the growth: 70亿 is a past level with no date written (never a guess);
# 80亿 is restated as the level now, the paragraph's day (open); "12 years" is a duration
num("quantity", "70亿", 7000000000, unit=None, subject="全球人口", period=None, psrc=None,
    **NOREG)
num("quantity", "80亿", 8000000000, unit=None, subject="全球人口", period=D1115,
    psrc="paragraph", **NOREG)
# the next billion: an absolute increase (FACTS: a quantity) under 预计 → forecast, no horizon
# written ("about 15 years" is a duration) (open)
num("quantity", "10亿", 1000000000, unit=None, subject="全球人口下一个增长量", period=None,
    psrc=None, role="forecast", **NOREG)

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
    "title": "《新闻联播》 (20221116)",
    "issued": "2022-11-16",
    "year": 2022,
    "issuer": None,
    "genre": "news",
    "region": None,
    "region_code": None,
    "doc_number": None,
    "encoding": "UTF-8",
    "title_source": "the file's heading line `# 《新闻联播》 (20221116)`, as in the sibling news gold (20240130, 20240508, 20230830 and earlier)",
    "issued_source": "the file name 20221116.md and the heading 《新闻联播》 (20221116), repeated in the summary's closing stamp (20221116 19:00) and in every link to the original (tv.cctv.com/2022/11/16/…221116.shtml): the broadcast of 2022-11-16",
    "year_source": "issued's year: 2022. Relative dates resolve against 2022-11-16: 今天（11月16日） / 今天（11月16日）14时20分 / 11月16日 / 16日 → 2022-11-16 (the local-time day of Bali as written), 昨天（11月15日） / 11月15日 / 11月15日晚 / 11月15日下午 / 11月15日0—24时 / 11月15日24时 / 15日 → 2022-11-15, 11月10日 → 2022-11-10, 11日 → 2022-11-11, 1—10月 → 2022-01..10, 今年 → 2022, 今年2月 → 2022-02, 明年 → 2023, 去年12月 → 2021-12; 2014年, 2022年 and 2025年之后 (approx 之后) as written",
    "issuer_source": "no issuer line; every story carries only the CCTV web byline, so issuer is null",
    "genre_source": "a 新闻联播 transcript: a summary list of seventeen items (two of them lists of briefs, nine domestic and two international), then seventeen news items, two of them collections of briefs with bold sub-headlines → news",
    "region_source": "a news file of many stories (Xi at the G20 summit in Bali and his meetings with seven leaders, the Qiushi article, messages with Luxembourg, Li Zhanshu's talks with Nicaragua, the lecture group in Guangxi, Hebei and Fujian, national epidemic, investment and tax figures, briefs from Jiuquan, Shanghai, Mianyang, Shijiazhuang, Hong Kong and Beijing, Russia and Ukraine, the UN's population figure): no single place, so region and region_code are null",
    "doc_number_source": "news transcript: no 发文字号",
    "encoding_source": "the file decodes as UTF-8 without a byte-order mark (first bytes 23 20 e3 80 8a = `# 《`)",
}
(HERE / f"{DOC}.doc.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")

counts = {}
for f, _ in facts:
    counts[f["kind"]] = counts.get(f["kind"], 0) + 1
print(f"{len(facts)} facts:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
