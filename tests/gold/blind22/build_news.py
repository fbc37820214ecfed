#!/usr/bin/env python3
"""Blind gold for 20230712.md (新闻联播 2023-07-12), typed by hand.

Writes 20230712.md.jsonl and 20230712.md.doc.json next to this script.
Checks: every `text` occurs in the source, the facts stand in text order (each found after
the end of the previous one, on the source line that `at()` names), no project/org/region name
is listed twice, period and period_source are null together, and every `entity` is a listed
name. `skip(text)` moves past one unannotated occurrence (a bold sub-headline's repeat of a
body figure or date, an org name nested in a longer title). A fact typed with `inside=True`
lies inside the text of the fact before it (the voltage inside a works' name): it is searched
for within that fact's span, and the search for the next fact still starts after the outer
fact's end. No transcript text is kept here beyond the facts' text, name and subject.

usage: python3 build_news.py [SOURCE]
SOURCE defaults to shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20230712.md
(the cut /tmp/b22src/20230712.md is byte-identical: the manifest takes the whole file).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = Path("/work/shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20230712.md")
SRC = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
DOC = "20230712.md"

# ---------------------------------------------------------------- helpers
D0712 = ("2023-07-12", "2023-07-12")
D0711 = ("2023-07-11", "2023-07-11")
D0630 = ("2023-06-30", "2023-06-30")
D0831 = ("2023-08-31", "2023-08-31")
D1201 = ("2023-12-01", "2023-12-01")
JAN_MAY = ("2023-01-01", "2023-05-31")
H1 = ("2023-01-01", "2023-06-30")
# 9月下旬: days 21-30 (seed `3月中旬` → days 11-20, grain period)
LATE_SEP = ("2023-09-21", "2023-09-30")
# 上周末: the weekend before Wednesday 2023-07-12, Saturday 8 and Sunday 9 July (open)
LAST_WEEKEND = ("2023-07-08", "2023-07-09")
# the expedition's voyage: from today's departure to the end in late September (open)
VOYAGE = ("2023-07-12", "2023-09-30")
Y1927 = ("1927-01-01", "1927-12-31")
Y2012 = ("2012-01-01", "2012-12-31")
Y2022 = ("2022-01-01", "2022-12-31")
Y2023 = ("2023-01-01", "2023-12-31")
Y2024 = ("2024-01-01", "2024-12-31")
Y2030 = ("2030-01-01", "2030-12-31")
# the three graduation years 2020, 2021, 2022 written with one 年: one span (seed `2016年到2018年`)
Y2020_2022 = ("2020-01-01", "2022-12-31")

CN = dict(region="中国", region_code=None)
BJ = dict(region="北京市", region_code="110000")
CS = dict(region="长沙市", region_code="430100")
HLJ = dict(region="黑龙江省", region_code="230000")
CD = dict(region="成都市", region_code="510100")
ZA = dict(region="镇安县", region_code="611025")
CA = dict(region="加拿大", region_code=None)
US = dict(region="美国", region_code=None)
NOREG = dict(region=None, region_code=None)

facts = []  # (fact, source line, inside)
LINE = [0]


def at(line):
    """Facts that follow stand on this 1-based line of the source."""
    LINE[0] = line


def _per(p):
    return None if p is None else {"date_start": p[0], "date_end": p[1]}


def skip(text):
    """Move past one occurrence of text on the current line without annotating it."""
    facts.append(({"kind": None, "text": text}, LINE[0], False))


def org(text, name=None):
    facts.append(({"kind": "org", "text": text, "name": name or text}, LINE[0], False))


def project(text, name=None):
    facts.append(({"kind": "project", "text": text, "name": name or text}, LINE[0], False))


def region(text, canonical, code, level, parents):
    facts.append(({"kind": "region", "text": text, "name": text, "canonical": canonical,
                   "code": code, "level": level, "parents": parents}, LINE[0], False))


def country(text, canonical=None):
    region(text, canonical or text, None, "country", [])


def foreign(text, parents, canonical=None):
    region(text, canonical or text, None, "other", parents)


def date(text, span, grain, approx=None):
    facts.append(({"kind": "date", "text": text, "date_start": span[0], "date_end": span[1],
                   "grain": grain, "approx": approx}, LINE[0], False))


def num(kind, text, value, *, unit, subject, period, psrc, entity=None, region=None,
        region_code=None, role="actual", approx=None, value_max=None, basis=None,
        currency="CNY", scope=None, inside=False):
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
    facts.append((f, LINE[0], inside))


# ================================================================ summary (lines 5-93)
# Summary dates and figures that the bodies restate are annotated once, at the body
# (blind15-blind21): 2个 / 2名 (item 1), 今年上半年 and 1136.5万户 (brief 14.1, body
# 2023年上半年), 上半年 and 约16.5万个 (brief 14.4, body 今年1月至6月), "from today" (brief 14.8,
# body 今天（7月12日）), 70国 (item 15), 9.5万平方公里 (brief 17.1). Names count here, deduplicated by
# name (blind17-blind21). List indices are no numbers.
at(8)
# the body from the chairman's title (blind16-blind21 bodies from titles)
org("中央军委")
at(17)
# the conference's topic in quotes is no name
org("全国政协")
at(20)
# the 14th round is an ordinal; the China-US pair is made of one-character forms; the US side
# is a side
at(26)
# 2023 written without 年 in the conference's name is no date (blind18, blind19); 中国 is nested
# in the conference's name
region("长沙", "长沙市", "430100", "prefecture", ["湖南省"])
at(29)
region("黑龙江", "黑龙江省", "230000", "province", [])
at(32)
# the country standing alone before its shipbuilding industry (not a name); the three
# indicators are a label (seed `四大主导产业`)
country("中国")
at(35)
# 我国 is no region
at(38)
# Chengdu is nested in the games' name (an event; blind19 乌镇 in the summit's name, blind21 北京
# in the exhibition's title) and never stands alone in this file (open); the 31st is an ordinal;
# the delegation is no org (blind19/20 delegations)
at(44)
org("中央广播电视总台")
at(53)
# the title in 《》 is no name
org("市场监管总局")
at(56)
region("西安", "西安市", "610100", "prefecture", ["陕西省"])
at(62)
# the quarter-hour circle and the three-year plan are labels
at(65)
# 中国 nested in the expedition team's name; the 13th is an ordinal; the Arctic Ocean is no region
at(68)
# the Bohai is a sea; the "hundred-million-tonne" class is a label (blind21 the
# "billion-kilowatt" class); the
# description is no name (the body names the field)
at(71)
# the province split off the works' name; the county stays as the station's own name
# (blind18 via blind21: the province split off the airports, 阿坝红原机场 kept) (open);
# "from today" is the body's today
region("陕西", "陕西省", "610000", "province", [])
project("镇安抽水蓄能电站")
at(74)
# 70国 is the body's
at(77)
# 俄 and 乌 are one-character forms; "several" missiles is vague
foreign("巴赫穆特", ["乌克兰"])
at(80)
# NATO, a well-known short name of an organisation (FACTS: 欧盟 is an org)
org("北约")
country("美国")
at(83)
# Asia is a macro-area
country("日本")
at(89)
country("加拿大")
at(92)
# 美 is a one-character form
foreign("佛蒙特州", ["美国"])

# ================================================================ story 1: CMC order of merit
at(99)
# "the other day" is vague → the broadcast day, document (blind18 `八部门`, blind21 `近百场`);
# the awarding body named in the chairman's title (blind21 水利部 for `88个`, the acting body)
num("quantity", "2个", 2, unit="个", subject="记功单位", period=D0712, psrc="document",
    entity="中央军委", **CN)
num("quantity", "2名", 2, unit="名", subject="记功个人", period=D0712, psrc="document",
    entity="中央军委", **CN)
# the department named with its kind; the anonymised office after it is left out (open)
org("中央军委装备发展部")
# a military unit named by its cover number and its kind, the numbers are identifiers (open)
org("92730部队70分队")
# the first- and third-class merits are class labels; the professor and the doctors' titles are offices
org("陆军工程大学")
# the centre named with its kind; the department in the director's title is left in it (open)
org("解放军总医院第一医学中心")

# ================================================================ story 2: new energy system
at(105)
# the general secretary's bare title names no body (blind21)
date("今年以来", Y2023, "year", approx="以来")
org("国家电力调度控制中心")
# "this summer" (a season) is no date (blind19 winter; open); "at present" opens the
# paragraph → the broadcast
# day (blind21 `120万名`, 目前); 九成 → 90 (FACTS), so 近三成 → 30 approx 近
num("percent", "近三成", 30, unit="%", approx="近", subject="清洁能源占电源供给比重",
    period=D0712, psrc="paragraph", **CN)
date("1—5月", JAN_MAY, "month")
num("quantity", "突破8亿千瓦", 800000000, unit="千瓦", approx="突破",
    subject="风电光伏发电总装机", period=JAN_MAY, psrc="sentence", **CN)
# 我国 is no region: entity null (blind21 national figures)
num("ranking", "稳居全球首位", 1, unit=None, scope="全球", subject="新能源装机规模",
    period=JAN_MAY, psrc="sentence", **CN)
# two rates paired in order; the month span from the sentence before → paragraph
num("percent", "96.6%", 96.6, unit="%", subject="风电利用率", period=JAN_MAY,
    psrc="paragraph", **CN)
num("percent", "98%", 98, unit="%", subject="光伏发电利用率", period=JAN_MAY,
    psrc="paragraph", **CN)
# since the 18th congress is an ordinal event (blind21); the seven, five and two "big" bases
# are labels (blind19 "N big X" sets); the upper Yellow River, the Hexi corridor, the Shandong
# peninsula, the Yangtze delta, the south-west and south-east Tibet are landforms and
# macro-areas; the four provinces' one-character forms are no regions
date("今年以来", Y2023, "year", approx="以来")
# "not long ago" is vague; a named transmission works (blind19 雄安…工程); 白鹤滩 and 浙江 are
# its ends, nested (blind21 张家界桑植至湘西龙山高速公路) (open)
project("白鹤滩到浙江的±800千伏特高压直流工程")
# the voltage in the works' name is a size (dev 20230808 `±800千伏` via blind19): period and
# role null; a works between provinces → region null (blind17/18 several provinces) (open)
num("quantity", "±800千伏", 800, unit="千伏", subject="直流工程电压等级", period=None,
    psrc=None, role=None, entity="白鹤滩到浙江的±800千伏特高压直流工程", inside=True,
    **NOREG)
# the works' capacity after it went into service (blind19 `1200万千伏安`): period and role null
num("quantity", "800万千瓦", 8000000, unit="千瓦", subject="输电能力", period=None,
    psrc=None, role=None, entity="白鹤滩到浙江的±800千伏特高压直流工程", **NOREG)
project("白鹤滩水电站")
# 目前 opens the sentence → the broadcast day (blind17/18); a capacity reached and dated in its
# own sentence is a stock, actual (open)
num("quantity", "两条", 2, unit="条", subject="建成的能源“空中走廊”", period=D0712,
    psrc="sentence", entity="白鹤滩水电站", **NOREG)
num("quantity", "1600万千瓦", 16000000, unit="千瓦", subject="输电能力", period=D0712,
    psrc="sentence", entity="白鹤滩水电站", **NOREG)
date("今年上半年", H1, "half")
num("quantity", "三条", 3, unit="条", subject="开工的特高压输电线路", period=H1,
    psrc="sentence", **CN)
# "the first" and "the world's highest" are an ordinal and a superlative; the two works are
# described, not named
# "as of now" → the broadcast day; the west-to-east phrases are labels
num("quantity", "30多条", 30, unit="条", approx="多", subject="建成投运的特高压输电线路",
    period=D0712, psrc="sentence", **CN)
num("quantity", "超过了3亿千瓦", 300000000, unit="千瓦", approx="超过",
    subject="跨省跨区输电能力", period=D0712, psrc="sentence", **CN)
date("今年", Y2023, "year")
# 全国 figure; the storage projects are generic
num("quantity", "超过870万千瓦", 8700000, unit="千瓦", approx="超过",
    subject="已投运新型储能项目装机规模", period=D0712, psrc="sentence", **CN)
# "currently" → the broadcast day
num("percent", "50.9%", 50.9, unit="%", subject="非化石能源发电装机容量占全部装机比重",
    period=D0712, psrc="sentence", **CN)
# the administration forecasts (预计 → forecast); it is the informant, entity null
org("国家能源局")
# 全年 is no date (seed); 今年 is
date("今年", Y2023, "year")
# an absolute increase is a quantity (FACTS)
num("quantity", "约1.6亿千瓦", 160000000, unit="千瓦", approx="约",
    subject="风电、光伏装机增加", period=Y2023, psrc="sentence", role="forecast", **CN)
num("percent", "15.3%", 15.3, unit="%", subject="风电、光伏发电量占全社会用电量比重",
    period=Y2023, psrc="sentence", role="forecast", **CN)
# the next sentence continues the administration's forecast (预计 over 将) (open); the year
# from the paragraph; a fall is negative growth, 同比 as written
num("growth", "同比降低2%左右", -2, unit="%", approx="左右", basis="同比",
    subject="单位国内生产总值能耗", period=Y2023, psrc="paragraph", role="forecast", **CN)

# ================================================================ story 3: Li Qiang and platform firms
at(111)
# bodies from titles (blind19/20: standing-committee member, premier)
org("中共中央政治局")
org("国务院")
# the part of day kept (blind20 `12月12日下午`)
date("7月12日下午", D0712, "day")
# firms the text calls firms, by their well-known short or brand names (seed CONVENTIONS brand
# names; blind21 银河航天) (open)
for name in ("美团", "小红书", "海智在线", "货拉拉", "阿里云", "徐工汉云", "抖音", "智联招聘",
             "拼多多", "京东", "欧冶云商", "BOSS直聘", "航天云网", "卡奥斯"):
    org(name)
# "all levels of government" is generic; the forum is an event

# ================================================================ story 4: CPPCC consultation
at(117)
# 京 is a one-character form; the people's political consultative system is the institution
# in general, no org (open); the "thousand villages" works is a programme (seed `满园工程`)
# (open)
date("12日", D0712, "day")
# the lead's 12日 → section (blind18 via blind21); a meeting in Beijing (one-character form) → 北京市 (blind20
# `12届`); the members of the body named in the phrase (open)
num("quantity", "100余位", 100, unit="位", approx="余", subject="参加会议的全国政协委员",
    period=D0712, psrc="section", entity="全国政协", **BJ)
org("全国政协农业和农村委员会")
num("quantity", "25位", 25, unit="位", subject="作发言的委员和专家", period=D0712,
    psrc="section", **BJ)
# the two titles of the vice-premier and the vice-chairman hold 中共中央政治局 (listed); the
# morning is no date
skip("中共中央")
skip("中共中央")
# the party centre standing alone before the relevant departments (blind20 中共中央)
org("中共中央")

# ================================================================ story 5: Han Zheng meets US representatives
at(123)
date("11日", D0711, "day")
region("北京", "北京市", "110000", "province", [])
# "the world's top two economies" is a group rank (seed `排名前三位`); the most important
# relation is a superlative; the China-US and US-China pairs are one-character forms; 中国
# and 美国 are listed

# ================================================================ story 6: CMC commendation
at(129)
# "the other day" is vague; the two establishments, four consciousnesses, four confidences and
# two safeguards are labels; the army's centenary goal is no date (blind20 centenary goals)
org("党中央")

# ================================================================ story 7: China new media conference
at(135)
date("12日", D0712, "day")
region("湖南省", "湖南省", "430000", "province", [])
# the full name beside the summary's short one (blind19 浙江省 / 浙江, blind21 江苏 / 江苏省)
region("长沙市", "长沙市", "430100", "prefecture", ["湖南省"])
# "this year is the tenth anniversary" → 今年 (FACTS `今年是“十四五”规划收官之年`); the
# tenth anniversary is no number
date("今年", Y2023, "year")
org("中华全国新闻工作者协会")
# 湖南省 nested here, listed from its own use
org("湖南省人民政府")
# the central departments, propaganda departments, news units, platforms and schools are
# generic; the lead's 12日 → section; an event's figure → its city (blind14, blind18, blind19)
num("quantity", "800余人", 800, unit="人", approx="余", subject="参会代表", period=D0712,
    psrc="section", **CS)

# ================================================================ story 8: Heilongjiang grain
at(141)
# 全省 means Heilongjiang
date("今年", Y2023, "year")
# the campaign's "hundred billion jin" and the plan's "ten million tonnes" are labels in
# programme names (seed `双百工程`) (open)
# the department as written with its province (a body named with its kind, 厅)
org("黑龙江农业农村厅")
# 目前 → the broadcast day; 全省 figure → entity null (seed)
num("quantity", "6000个", 6000, unit="个", subject="病虫疫情监测点", period=D0712,
    psrc="sentence", **HLJ)
# the relative name (seed `区经发局`), a second name
org("省农业农村厅")
date("今年", Y2023, "year")
# 力争 → target; the province named as the subject (blind21 江苏省)
num("percent", "95%以上", 95, unit="%", approx="以上", subject="主推技术到位率",
    period=Y2023, psrc="sentence", role="target", entity="黑龙江", **HLJ)
num("quantity", "140个", 140, unit="个", subject="创建农业科技示范基地", period=Y2023,
    psrc="sentence", role="target", entity="黑龙江", **HLJ)

# ================================================================ story 9: shipbuilding
at(147)
date("今天（7月12日）", D0712, "day")
org("工业和信息化部")
date("上半年", H1, "half")
# the three indicators are a label; the word for "all" before it is left out of the text
num("ranking", "位居世界第一", 1, unit=None, scope="世界", subject="造船业三大指标",
    period=H1, psrc="sentence", **CN)
num("percent", "72.6%", 72.6, unit="%", subject="新接订单量占国际市场份额", period=H1,
    psrc="sentence", **CN)
date("今年1—6月", H1, "month")
# 分别 pairs in order; the verbs ("are", "take up") are not kept (bare figures) (open); 我国
# → entity null
# (open: 中国 stands later in the sentence as the subject of another clause)
num("quantity", "2113万载重吨", 21130000, unit="载重吨", subject="造船完工量", period=H1,
    psrc="sentence", **CN)
num("quantity", "3767万载重吨", 37670000, unit="载重吨", subject="新接订单量", period=H1,
    psrc="sentence", **CN)
num("quantity", "12377万载重吨", 123770000, unit="载重吨", subject="手持订单量", period=H1,
    psrc="sentence", **CN)
num("percent", "49.6%", 49.6, unit="%", subject="造船完工量占世界总量比重", period=H1,
    psrc="sentence", **CN)
# the lead's 72.6% restated in the detail paragraph: a second body mention (open)
num("percent", "72.6%", 72.6, unit="%", subject="新接订单量占世界总量比重", period=H1,
    psrc="sentence", **CN)
num("percent", "53.2%", 53.2, unit="%", subject="手持订单量占世界总量比重", period=H1,
    psrc="sentence", **CN)
num("percent", "47.3%", 47.3, unit="%", subject="以修正总吨计造船完工量占世界总量比重",
    period=H1, psrc="sentence", **CN)
num("percent", "67.2%", 67.2, unit="%", subject="以修正总吨计新接订单量占世界总量比重",
    period=H1, psrc="sentence", **CN)
num("percent", "46.8%", 46.8, unit="%", subject="以修正总吨计手持订单量占世界总量比重",
    period=H1, psrc="sentence", **CN)
num("ranking", "位居世界第一", 1, unit=None, scope="世界",
    subject="造船完工量、新接订单量和手持订单量", period=H1, psrc="sentence", **CN)
# "the only country" is no number (一 as "a"); 中国 is listed
date("今年上半年", H1, "half")
date("今年上半年", H1, "half")
num("money", "超过1500亿元", 150000000000, unit=None, approx="超过", subject="造船业收入",
    period=H1, psrc="sentence", **CN)
# "a ten-year high" is no ranking (blind21 "a quarterly record")
num("percent", "4.1%", 4.1, unit="%", subject="造船业利润率", period=H1, psrc="sentence",
    **CN)

# ================================================================ story 10: crewed lunar landing plan
at(153)
date("今天（7月12日）", D0712, "day")
# the ninth summit forum is an event (中国 nested); the office named with its kind (办)
org("中国载人航天工程办公室")
# FACTS `2016年3月5日前` → the date with approx 前
date("2030年前", Y2030, "year", approx="前")
# the plan's count of rockets: a planned design → target, the mission's 2030 from the story's
# first paragraph → section (open); the lander, the spacecraft, the moon and the earth are no
# names
num("quantity", "两枚", 2, unit="枚", subject="载人登月采用的运载火箭", period=Y2030,
    psrc="section", role="target", **CN)

# ================================================================ story 11: Universiade delegation
at(159)
date("今天（7月12日）", D0712, "day")
# the delegation is no org (blind19/20 delegations); Chengdu nested in the games' name
region("吉林", "吉林省", "220000", "province", [])
region("长春", "长春市", "220100", "prefecture", ["吉林省"])
# the make-up of China's delegation → 中国; no date in the paragraph → the lead's day, section
num("quantity", "700余人", 700, unit="人", approx="余", subject="成都大运会中国代表团人数",
    period=D0712, psrc="section", **CN)
num("quantity", "411名", 411, unit="名", subject="代表团运动员", period=D0712,
    psrc="section", **CN)
num("quantity", "25个", 25, unit="个", subject="运动员来源省（区、市）", period=D0712,
    psrc="section", **CN)
num("quantity", "百余所", 100, unit="所", approx="余", subject="运动员来源高校",
    period=D0712, psrc="section", **CN)
# the average age is an age (dev 20230808 via blind19: ages are time)
num("quantity", "387人", 387, unit="人", subject="首次参加世界大学生夏季运动会的运动员",
    period=D0712, psrc="section", **CN)
num("percent", "94.2%", 94.2, unit="%", subject="首次参加世界大学生夏季运动会运动员占比",
    period=D0712, psrc="section", **CN)
num("quantity", "344人", 344, unit="人", subject="首次代表国家参加世界综合性运动会的运动员",
    period=D0712, psrc="section", **CN)
num("percent", "83.6%", 83.6, unit="%",
    subject="首次代表国家参加世界综合性运动会运动员占比", period=D0712, psrc="section", **CN)
# FISU by its well-known short name (blind20 联大) (open)
org("国际大体联")
# the age limits are ages; "not more than one year" is a duration
date("2020、2021、2022三年", Y2020_2022, "year")
# 目前 → the broadcast day; 力争 governs the teams' readiness, not the count of sports
num("quantity", "18个", 18, unit="个", subject="运动队参加的大项", period=D0712,
    psrc="sentence", **CN)

# ================================================================ story 12: Universiade preparations
at(165)
# "these days", "a few days ago" and "during the games" give no date (the games' bounds are
# not written in this file) (open); named venues (seed CONVENTIONS venues), the event kept in
# the names as their owner (open)
project("成都大运会大运村")
# 将 → target; no fixed period (open); an event's figures → its city (blind19 `300多家`)
num("quantity", "2400多台", 2400, unit="台", approx="多",
    subject="大运会期间用于交通服务的新能源车", period=None, psrc=None, role="target", **CD)
project("成都大运会低碳体验馆")
# the exhibits and the slogan are no names; LED is an identifier
# no date in the story → the broadcast day, document (blind21 `百亩`)
num("quantity", "2万名", 20000, unit="名", subject="大运会招募的赛会志愿者", period=D0712,
    psrc="document", **CD)
num("quantity", "1000个", 1000, unit="个", subject="投入运行的城市志愿服务小站",
    period=D0712, psrc="document", **CD)

# ================================================================ story 13: CCTV reporting team
at(171)
date("今天（7月12日）", D0712, "day")
# the short name beside the full one (blind21 总台 / 中央广播电视总台)
org("总台")
# today opens the paragraph; the broadcaster named in the sentence; the games' coverage → the
# event's city (open); 4K and 8K are identifiers; "world-leading" is no ranking
num("quantity", "超2500人", 2500, unit="人", approx="超", subject="总台投入转播和报道工作人员",
    period=D0712, psrc="paragraph", entity="总台", **CD)

# ================================================================ story 14: domestic briefs
at(177)
# (1) self-employed businesses: the sub-headline's half-year and figure are the body's
skip("今年上半年")
skip("1136.5万户")
date("今天（7月12日）", D0712, "day")
# the bureau's forum is an event (市场监管总局 listed at the summary)
date("2023年上半年", H1, "half")
num("quantity", "1136.5万户", 11365000, unit="户", subject="新增个体工商户", period=H1,
    psrc="sentence", **CN)
num("growth", "同比增长11.3%", 11.3, unit="%", basis="同比", subject="新增个体工商户",
    period=H1, psrc="sentence", **CN)
# the as-of word is left out (blind20 `2023年底`); CONVENTIONS X月底 → the last day, approx 底
date("6月底", D0630, "day", approx="底")
num("quantity", "1.19亿户", 119000000, unit="户", subject="登记在册个体工商户",
    period=D0630, psrc="sentence", **CN)
num("percent", "67.4%", 67.4, unit="%", subject="个体工商户占经营主体总量比重",
    period=D0630, psrc="sentence", **CN)
# (2) food licensing measures: the title in 《》 is no name; the leading "from" word is left out
# (blind21 `今年2月29日起`)
date("今天（7月12日）", D0712, "day")
date("今年12月1日起", D1201, "day", approx="起")
# (3) low-carbon day: a year written with 年 before an event's name is a date (blind21
# roadshow); 陕西 and 西安 are listed at the summary
date("2023年", Y2023, "year")
date("今天（7月12日）", D0712, "day")
date("2022年", Y2022, "year")
# the compared year is a date, not the period (FACTS); a comparison with 2012年 is no basis
# of the list → null
date("2012年", Y2012, "year")
num("growth", "下降36.7%", -36.7, unit="%", basis=None,
    subject="单位国内生产总值二氧化碳排放", period=Y2022, psrc="sentence", **CN)
# the two years of the market are a duration; the national carbon market is described, not a
# named works (blind21 the national computing network, generic) (open); cumulative counters
# dated by the paragraph's today (blind21 `23万多`)
num("quantity", "2.39亿吨", 239000000, unit="吨", subject="碳排放配额累计成交量",
    period=D0712, psrc="paragraph", **CN)
num("money", "超110亿元", 11000000000, unit=None, approx="超", subject="碳排放配额累计成交额",
    period=D0712, psrc="paragraph", **CN)
# (4) social organisations: the sub-headline's half-year and figure are the body's
skip("上半年")
skip("约16.5万个")
org("民政部")
date("今年1月至6月", H1, "month")
num("quantity", "约16.5万个", 165000, unit="个", approx="约",
    subject="社会组织面向高校毕业生发布招聘岗位", period=H1, psrc="sentence", **CN)
num("quantity", "约10万个", 100000, unit="个", approx="约", subject="设立就业见习岗位",
    period=H1, psrc="sentence", **CN)
num("quantity", "2.5万多场", 25000, unit="场", approx="多", subject="开展就业服务活动",
    period=H1, psrc="sentence", **CN)
# (5) convenience circles: "recently" is vague → the broadcast day, document (blind18 `八部门`);
# the ministry named in the count's phrase
org("商务部")
num("quantity", "13部门", 13, unit="部门", subject="印发三年行动计划的部门", period=D0712,
    psrc="document", entity="商务部", **CN)
# the plan's title in 《》 with its 2023—2025 (no 年) gives no date (blind20); the slogans are
# labels
date("今年6月底", D0630, "day", approx="底")
num("quantity", "2057个", 2057, unit="个", subject="累计建设便民生活圈", period=D0630,
    psrc="sentence", **CN)
# (6) Arctic expedition: the part of day kept (blind19 `11月19日上午`); the team is no org,
# the icebreaker a vehicle; the ocean areas are no regions, the two areas a label
date("今天（7月12日）上午", D0712, "day")
region("上海", "上海市", "310000", "province", [])
# 预计 → forecast; the voyage runs from today to late September (open)
num("quantity", "约1.55万海里", 15500, unit="海里", approx="约",
    subject="北冰洋科学考察总航程", period=VOYAGE, psrc="sentence", role="forecast", **CN)
date("9月下旬", LATE_SEP, "period")
# (7) Bohai oil fields: CNOOC by its well-known short name; the field cluster is a named works
# (its 6-1 is part of the name); the class word is a label
date("今天（7月12日）", D0712, "day")
org("中国海油")
project("垦利6-1油田群")
# the field lies in the Bohai sea, no province named → 中国 (open)
num("quantity", "突破8000吨", 8000, unit="吨", approx="突破", subject="日产原油",
    period=D0712, psrc="sentence", entity="垦利6-1油田群", **CN)
# (8) Zhen'an pumped storage: names listed at the summary; the date of 预计 is still a date
date("今天（7月12日）", D0712, "day")
date("8月底", D0831, "day", approx="底")
# sizes and design figures: period and role null (blind19); "the station" is an anaphor
# (entity null, blind19); the works' place, the county of its name (blind19 江门, 雄安)
num("quantity", "140万千瓦", 1400000, unit="千瓦", subject="电站装机容量", period=None,
    psrc=None, role=None, **ZA)
num("quantity", "23.4亿千瓦时", 2340000000, unit="千瓦时", subject="设计年发电量",
    period=None, psrc=None, role=None, **ZA)
# the first unit is an ordinal
date("2024年", Y2024, "year")

# ================================================================ story 15: joint statement on AI and disability
at(183)
date("11日", D0711, "day")
# a body named in its session's name (blind18-20); the 53rd session is an ordinal
org("联合国人权理事会")
# China named as the actor (entity, blind21 acting body) and the place of its clause
num("quantity", "70国", 70, unit="国", subject="中国代表作共同发言的国家", period=D0711,
    psrc="sentence", entity="中国", **CN)
# "recent years" is vague; the three proposals are a label (blind15 via blind19)

# ================================================================ story 16: Russia and Ukraine, NATO
at(189)
org("俄罗斯国防部")
date("11日", D0711, "day")
# "directions" (blind18/19/21)
foreign("顿涅茨克", ["乌克兰"])
foreign("红利曼", ["乌克兰"])
# the country standing alone before its military (a descriptor, blind19); 俄军 / 乌军 are
# abbreviations; the missile is a weapon; 巴赫穆特 listed at the summary
country("乌克兰")
# before "media" (blind16, blind18, blind19)
country("俄罗斯")
date("11日", D0711, "day")
# the area word left out (blind19 顿涅茨克, dev `丹佛地区`); the city as written with 市
# (blind21 芝加哥市)
foreign("扎波罗热", ["乌克兰"])
foreign("托克马克市", ["乌克兰", "扎波罗热"])
# "the Ukrainian side" is a side; the defence minister is an office
date("11日", D0711, "day")
# the ministry named with its country (叙利亚 nested, no use of its own)
org("叙利亚外交部")
date("11日", D0711, "day")
# NATO (listed at the summary) issued its communique that day
date("11日", D0711, "day")
# the council to be set up, named with its kind (理事会) (open)
org("北约-乌克兰理事会")
# the "multi-year" aid plan is no number; the plan approved puts the troops on alert → target;
# no measure word (blind21 `23万多` unit null); NATO figures → region null (many countries);
# the paragraph's 11日
num("quantity", "30万", 300000, unit=None, subject="置于高度戒备状态的部队", period=D0711,
    psrc="paragraph", role="target", entity="北约", **NOREG)
# after the semicolon (a new sentence, no NATO named); a pledge → target; 至少 stands before the
# share's words, the text is the bare figure (blind21 `0.6%`)
num("percent", "2%", 2, unit="%", approx="至少", subject="国防支出占国内生产总值比重",
    period=D0711, psrc="paragraph", role="target", **NOREG)
# sub-story (1): names listed; sub-story (2):
date("11日", D0711, "day")
foreign("东京", ["日本"])

# ================================================================ story 17: international briefs
at(195)
# (1) Canada's wildfires: the sub-headline's figure is the body's; the fire department is
# generic; 北京 in "Beijing time" is no place of the story
skip("9.5万平方公里")
# the clock time kept in the day's text (blind18 `今天（8月21日）16时` via blind19)
date("今天（7月12日）16时", D0712, "day")
num("quantity", "9.5万平方公里", 95000, unit="平方公里", subject="森林大火过火面积",
    period=D0712, psrc="sentence", entity="加拿大", **CA)
# "as many as" is no qualifier (blind21 达)
num("quantity", "530处", 530, unit="处", subject="处于失控状态的火情", period=D0712,
    psrc="sentence", entity="加拿大", **CA)
foreign("不列颠哥伦比亚省", ["加拿大"])
# 目前 → the broadcast day; the province named in the sentence
num("quantity", "超过300处", 300, unit="处", approx="超过", subject="燃烧的林火",
    period=D0712, psrc="sentence", entity="不列颠哥伦比亚省", **CA)
# last weekend: a relative span with fixed bounds (open)
date("上周末", LAST_WEEKEND, "period")
num("quantity", "100多处", 100, unit="处", approx="多", subject="雷击引发的新火情",
    period=LAST_WEEKEND, psrc="sentence", entity="不列颠哥伦比亚省", **CA)
# the environment department is generic; the north is a macro-area
# (2) Vermont floods: "dozens of" roads is vague; "a dam" is 一 as "a"; the river is a landform
date("12日", D0712, "day")
# the area word left out (as 扎波罗热)
foreign("蒙彼利埃", ["美国", "佛蒙特州"])
# "the state" is an anaphor (entity null, blind19); the paragraph's 12日
num("quantity", "约6.4米", 6.4, unit="米", approx="约", subject="威努斯基河最高水位",
    period=D0712, psrc="paragraph", **US)
# CONVENTIONS `2021年以来` → the year, approx 以来; "the highest since" is no ranking
date("1927年以来", Y1927, "year", approx="以来")

# ---------------------------------------------------------------- checks
src = SRC.read_text(encoding="utf-8")
line_start = [0]
for ln in src.split("\n"):
    line_start.append(line_start[-1] + len(ln) + 1)
pos = 0
prev = (0, 0)
errors = []
seen = set()
for f, line, inside in facts:
    t = f["text"]
    lo, hi = line_start[line - 1], line_start[line]
    if inside:
        i = src.find(t, prev[0], prev[1])
        if i == -1:
            errors.append(f"text not found inside the previous fact on line {line}: {t!r}")
            continue
    else:
        i = src.find(t, max(pos, lo))
        if i == -1 or i + len(t) > hi:
            errors.append(f"text not found (in order) on line {line} after {pos}: {t!r}")
            continue
        pos = i + len(t)
        prev = (i, i + len(t))
    if f["kind"] in ("project", "org", "region"):
        key = f["name"]
        if key in seen:
            errors.append(f"name listed twice: {key}")
        seen.add(key)
    if "period" in f and (f["period"] is None) != (f["period_source"] is None):
        errors.append(f"period and period_source not null together: {t!r}")
for f, line, _ in facts:
    ent = f.get("entity")
    if ent is not None and ent not in seen:
        errors.append(f"entity not listed as a name: {ent!r} for {f['text']!r}")
if errors:
    sys.exit("\n".join(errors))
facts = [(f, line) for f, line, _ in facts if f["kind"] is not None]
for f, _ in facts:
    if isinstance(f.get("value"), float) and f["value"].is_integer():
        f["value"] = int(f["value"])

out = HERE / f"{DOC}.jsonl"
with out.open("w", encoding="utf-8") as fh:
    for f, _ in facts:
        fh.write(json.dumps({"doc": DOC, **f}, ensure_ascii=False) + "\n")

doc = {
    "doc": DOC,
    "title": "《新闻联播》 (20230712)",
    "issued": "2023-07-12",
    "year": 2023,
    "issuer": None,
    "genre": "news",
    "region": None,
    "region_code": None,
    "doc_number": None,
    "encoding": "UTF-8",
    "title_source": "the file's heading line `# 《新闻联播》 (20230712)`, as in the sibling news gold (20241120, 20241212, 20240402 and earlier)",
    "issued_source": "the file name 20230712.md and the heading 《新闻联播》 (20230712), repeated in the summary's closing stamp (20230712 19:00) and in every link to the original (tv.cctv.com/2023/07/12/…230712.shtml): the broadcast of 2023-07-12",
    "year_source": "issued's year: 2023. Relative dates resolve against 2023-07-12: 今天（7月12日） / 今天（7月12日）上午 / 今天（7月12日）16时 / 7月12日下午 / 12日 → 2023-07-12, 11日 → 2023-07-11, 上周末 → 2023-07-08..2023-07-09, 上半年 / 今年上半年 / 今年1—6月 / 今年1月至6月 → 2023 H1, 1—5月 → 2023-01..05, 6月底 / 今年6月底 → 2023-06-30 and 8月底 → 2023-08-31 (approx 底), 9月下旬 → 2023-09-21..30, 今年12月1日起 → 2023-12-01 (approx 起), 今年 / 今年以来 → 2023",
    "issuer_source": "no issuer line; every story carries only the CCTV web byline, so issuer is null",
    "genre_source": "a 新闻联播 transcript: a summary list of seventeen items (two of them lists of briefs, one with two sub-items), then seventeen news items, two of them collections of briefs with bold sub-headlines and one more with two sub-stories → news",
    "region_source": "a news file of many stories (a military order and commendation, China's new-energy system, Li Qiang's forum with platform firms, the CPPCC in Beijing, Han Zheng in Beijing, a media conference in Changsha, Heilongjiang's grain, shipbuilding, the lunar-landing plan, the Chengdu Universiade, national briefs and ones from Xi'an, Shanghai, the Bohai and Shaanxi, a UN statement, Russia and Ukraine and NATO, Japan, Canada and the United States): no single place, so region and region_code are null",
    "doc_number_source": "news transcript: no 发文字号",
    "encoding_source": "the file decodes as UTF-8 without a byte-order mark (first bytes 23 20 e3 80 8a = `# 《`)",
}
(HERE / f"{DOC}.doc.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")

counts = {}
for f, _ in facts:
    counts[f["kind"]] = counts.get(f["kind"], 0) + 1
print(f"{len(facts)} facts:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
