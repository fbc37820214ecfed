#!/usr/bin/env python3
"""Blind gold for 20230525.md (新闻联播 2023-05-25), typed by hand.

Writes 20230525.md.jsonl and 20230525.md.doc.json next to this script.
Checks: every `text` occurs in the source, the facts stand in text order (each found after
the previous one, on the source line that `at()` names), no project/org/region name is listed
twice, period and period_source are null together, and every `entity` is a listed name.
`skip(text)` moves past one unannotated occurrence (a bold sub-headline's repeat of a body
count). No transcript text is kept here beyond the facts' text, name and subject.

usage: python3 build_news.py [SOURCE]
SOURCE defaults to shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20230525.md.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = Path("/work/shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20230525.md")
SRC = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
DOC = "20230525.md"

# ---------------------------------------------------------------- helpers
D0525 = ("2023-05-25", "2023-05-25")
D0524 = ("2023-05-24", "2023-05-24")
D0523 = ("2023-05-23", "2023-05-23")
D0531 = ("2023-05-31", "2023-05-31")
D0430 = ("2023-04-30", "2023-04-30")
D0601 = ("2023-06-01", "2023-06-01")
D1231 = ("2023-12-31", "2023-12-31")
D19630525 = ("1963-05-25", "1963-05-25")
S0524_0526 = ("2023-05-24", "2023-05-26")
S0525_0528 = ("2023-05-25", "2023-05-28")
JAN_APR = ("2023-01-01", "2023-04-30")
Q1 = ("2023-01-01", "2023-03-31")
H2 = ("2023-07-01", "2023-12-31")
M2023_03 = ("2023-03-01", "2023-03-31")
M2023_04 = ("2023-04-01", "2023-04-30")
M2023_05 = ("2023-05-01", "2023-05-31")
M2022_10 = ("2022-10-01", "2022-10-31")
Y2013 = ("2013-01-01", "2013-12-31")
Y2022 = ("2022-01-01", "2022-12-31")
Y2023 = ("2023-01-01", "2023-12-31")
Y2025 = ("2025-01-01", "2025-12-31")
Y2026 = ("2026-01-01", "2026-12-31")
Y2035 = ("2035-01-01", "2035-12-31")

CN = dict(region="中国", region_code=None)
BJ = dict(region="北京市", region_code="110000")
JL = dict(region="吉林省", region_code="220000")
AH = dict(region="安徽省", region_code="340000")
ZJG = dict(region="张家港市", region_code="320582")
XJ = dict(region="新疆维吾尔自治区", region_code="650000")
YNX = dict(region="伊宁县", region_code="654021")
HT = dict(region="和田地区", region_code="653200")
FZ = dict(region="福州市", region_code="350100")
JX = dict(region="江西省", region_code="360000")
IR = dict(region="伊朗", region_code=None)
DE = dict(region="德国", region_code=None)
GB = dict(region="英国", region_code=None)
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


# ================================================================ summary (lines 5-101)
# Summary dates and figures are all restated by the bodies for the same span (the car-export
# months and count, the 8亿千瓦 mark, the telecom months and growth, the 6月1日 start and the
# 21 provinces, the 33 members, tonight's drama, the 3 boats, the missile's range written
# 2千公里 (body 2000公里), Germany's quarter and fall, the UK month and CPI rise): annotated once,
# at the body. Names count here, deduplicated by name. The anniversaries (60th, 25th), the
# ordinals (2nd forum, 29th consultation) and "a" (one F-35B) are no numbers.
at(11)
org("澳门科技大学")
at(14)
org("中共中央")
org("国务院")
at(17)
region("北京", "北京市", "110000", "province", [])
at(29)
country("中国")
at(32)
region("新疆", "新疆维吾尔自治区", "650000", "province", [])
at(35)
org("国新办")
at(53)
# the ASEAN name stands inside the consultation's name (an event): nested
region("深圳", "深圳市", "440300", "prefecture", ["广东省"])
at(56)
project("福州长乐国际机场二期扩建航站区")
at(59)
# seed CONVENTIONS: a leading region is dropped from a project's name when it is itself a
# region (blind16 安徽 / 新安江流域防洪治理工程)
region("江西", "江西省", "360000", "province", [])
project("瑞金机场")
at(65)
# the broadcaster's short name before its channel (blind16); the channel is no org
org("总台")
at(68)
# first standalone use (in item 1 it qualifies the forum's name)
org("欧亚经济联盟")
at(71)
foreign("巴赫穆特", ["乌克兰"])
# one-character country prefix kept as written (20240315 俄国防部, 俄黑海舰队)
org("俄联邦委员会")
at(74)
# the rating agency by its well-known name (20230808 穆迪)
org("惠誉")
country("美国")
at(85)
country("伊朗")
at(88)
org("欧洲央行")
at(91)
country("德国")
at(94)
country("英国")
at(100)
foreign("关岛", ["美国"])

# ================================================================ story 1: Xi at the Eurasian forum
at(107)
date("5月24日", D0524, "day")
# the tenth anniversary of the initiative is no number; the year is a date
date("今年", Y2023, "year")
date("今年下半年", H2, "half")
date("5月24日", D0524, "day")
country("俄罗斯")
foreign("莫斯科", ["俄罗斯"])

# ================================================================ story 2: letter to MUST
at(113)
# the satellite in quotes is a spacecraft, not a project (blind14, blind15)
date("5月23日", D0523, "day")

# ================================================================ story 3: national water network
at(119)
# 近日 is vague; the document title in 《》 is no name; the national water network is a
# programme, not a named works
org("党中央")
date("2025年", Y2025, "year")
date("2035年", Y2035, "year")

# ================================================================ story 4: Beijing science centre
at(125)
region("北京市", "北京市", "110000", "province", [])
region("海淀区", "海淀区", "110108", "county", ["北京市"])
# a laboratory named with its kind (Beijing/Inner Mongolia gold 怀柔国家实验室)
org("银河方舟实验室")
# ten years before the broadcast (blind13 `60年前`, blind10/12 `两年前`)
date("10年前", Y2013, "year")
date("今年", Y2023, "year")
# 预计 → forecast (blind11 `翻倍增长` → 1 倍); the firm is unnamed
num("growth", "翻倍增长", 1, unit="倍", subject="产值", period=Y2023, psrc="sentence",
    role="forecast", **BJ)
# 截至目前 → the broadcast day (blind10 `150多部`)
num("quantity", "102家", 102, unit="家", subject="独角兽企业", period=D0525, psrc="sentence",
    entity="北京", **BJ)
num("ranking", "居全国第一", 1, unit=None, scope="全国", subject="独角兽企业数量",
    period=D0525, psrc="sentence", entity="北京", **BJ)
num("ranking", "全球第三", 3, unit=None, scope="全球", subject="独角兽企业数量",
    period=D0525, psrc="sentence", entity="北京", **BJ)
# three laboratories sharing one head: only the one written in full is listed (Inner Mongolia
# gold, blind8); the bare district and park names before it name nothing on their own
org("怀柔国家实验室")
org("科技部")
org("国家发展改革委")
# a count of real departments (20240723 `五部门`, blind15 `五部门`, 20240413 `14部门`); the
# 2025 of the sentence is the plan's horizon, not the count's period (blind14 `三个`)
num("quantity", "十二部门", 12, unit="部门", subject="共同制定方案的部门", period=D0525,
    psrc="document", **CN)
date("2025年", Y2025, "year")

# ================================================================ story 5: spring sowing, wheat harvest
at(131)
org("农业农村部")
num("quantity", "8.1亿亩", 810000000, unit="亩", subject="已春播粮食面积", period=D0525,
    psrc="document", **CN)
region("吉林省", "吉林省", "220000", "province", [])
date("今年", Y2023, "year")
num("quantity", "1250万亩", 12500000, unit="亩", subject="水稻种植面积", period=Y2023,
    psrc="sentence", entity="吉林省", **JL)
num("quantity", "11项", 11, unit="项", subject="主推的水稻生产技术", period=Y2023,
    psrc="sentence", entity="吉林省", **JL)
num("percent", "近九成", 90, unit="%", approx="近", subject="全国春播粮食进度", period=D0525,
    psrc="sentence", **CN)
date("5月31日", D0531, "day")
region("安徽", "安徽省", "340000", "province", [])
region("河南", "河南省", "410000", "province", [])
region("安徽省", "安徽省", "340000", "province", [])
num("quantity", "4290万亩", 42900000, unit="亩", subject="开镰收割的小麦面积", period=D0525,
    psrc="sentence", entity="安徽省", **AH)
date("今天（5月25日）", D0525, "day")
# 将 → target; the harvest season has no fixed bounds, so the paragraph's day gives the period
num("quantity", "20万台", 200000, unit="台", subject="投入联合收割机", period=D0525,
    psrc="paragraph", role="target", entity="安徽", **AH)
num("quantity", "5万多台", 50000, unit="台", approx="多", subject="配备监测终端设备的智慧农机",
    period=D0525, psrc="paragraph", role="target", entity="安徽", **AH)
region("江苏省", "江苏省", "320000", "province", [])
region("张家港市", "张家港市", "320582", "county", ["江苏省", "苏州市"])
# the island is a landform, not a region
date("今年", Y2023, "year")
region("江苏", "江苏省", "320000", "province", [])
num("quantity", "8台", 8, unit="台", subject="新投用的地源热泵粮食烘干设备", period=Y2023,
    psrc="sentence", **ZJG)
date("5月底", D0531, "day", approx="底")

# ================================================================ story 6: car exports
at(137)
date("今天（5月25日）", D0525, "day")
org("商务部")
date("今年前四个月", JAN_APR, "month")
num("quantity", "149.4万辆", 1494000, unit="辆", subject="汽车出口", period=JAN_APR,
    psrc="sentence", **CN)
num("growth", "同比增长76.5%", 76.5, unit="%", basis="同比", subject="汽车出口",
    period=JAN_APR, psrc="sentence", **CN)
num("quantity", "204个", 204, unit="个", subject="汽车出口目的国家和地区", period=JAN_APR,
    psrc="paragraph", **CN)
num("money", "136.4亿美元", 13640000000, unit=None, currency="USD",
    subject="向“一带一路”沿线国家汽车出口额", period=JAN_APR, psrc="paragraph", **CN)
# no comparison word in the clause (blind11 `增长124.1%`, `增长8.1倍` → basis null)
num("growth", "增长1.2倍", 1.2, unit="倍", subject="向“一带一路”沿线国家汽车出口额",
    period=JAN_APR, psrc="paragraph", **CN)
num("percent", "占比45.9%", 45.9, unit="%", subject="向“一带一路”沿线国家汽车出口占比",
    period=JAN_APR, psrc="paragraph", **CN)
num("money", "124.1亿美元", 12410000000, unit=None, currency="USD",
    subject="向发达经济体汽车出口额", period=JAN_APR, psrc="paragraph", **CN)
num("growth", "增长1.2倍", 1.2, unit="倍", subject="向发达经济体汽车出口额",
    period=JAN_APR, psrc="paragraph", **CN)
num("percent", "占比41.8%", 41.8, unit="%", subject="向发达经济体汽车出口占比",
    period=JAN_APR, psrc="paragraph", **CN)
date("今年1—4月", JAN_APR, "month")
# the share rose to a level: a percent, not a change
num("percent", "42.9%", 42.9, unit="%", subject="新能源汽车出口占整体出口金额的比重",
    period=JAN_APR, psrc="sentence", **CN)
num("percent", "51.6%", 51.6, unit="%", subject="新能源汽车对汽车出口增长贡献率",
    period=JAN_APR, psrc="sentence", **CN)

# ================================================================ story 7: wind and solar
at(143)
org("国家能源局")
date("今天（5月25日）", D0525, "day")
# 截至 is kept out of the text (20230808)
date("今年4月底", D0430, "day", approx="底")
num("quantity", "3.8亿千瓦", 380000000, unit="千瓦", subject="风电装机", period=D0430,
    psrc="sentence", **CN)
num("quantity", "4.4亿千瓦", 440000000, unit="千瓦", subject="光伏发电装机", period=D0430,
    psrc="sentence", **CN)
num("quantity", "突破8亿千瓦", 800000000, unit="千瓦", approx="突破",
    subject="风电光伏发电总装机", period=D0430, psrc="sentence", **CN)
num("quantity", "8.2亿千瓦", 820000000, unit="千瓦", subject="风电光伏发电总装机",
    period=D0430, psrc="sentence", **CN)
num("percent", "30.9%", 30.9, unit="%", subject="风电光伏发电总装机占全国发电装机比重",
    period=D0430, psrc="sentence", **CN)
num("percent", "14.3%", 14.3, unit="%", subject="风电装机占全国发电装机比重",
    period=D0430, psrc="sentence", **CN)
num("percent", "16.6%", 16.6, unit="%", subject="光伏发电装机占全国发电装机比重",
    period=D0430, psrc="sentence", **CN)
date("今年1—4月", JAN_APR, "month")
num("quantity", "4828亿千瓦时", 482800000000, unit="千瓦时", subject="风电光伏发电量",
    period=JAN_APR, psrc="sentence", **CN)
num("growth", "同比增长26.8%", 26.8, unit="%", basis="同比", subject="风电光伏发电量",
    period=JAN_APR, psrc="sentence", **CN)
num("percent", "17.2%", 17.2, unit="%", subject="风电光伏发电量占全社会用电量比重",
    period=JAN_APR, psrc="sentence", **CN)
# 较去年同期 → 同比 (blind11, 20240723); the comparison phrase is no date
num("growth", "较去年同期增长3个百分点", 3, unit="pp", basis="同比",
    subject="风电光伏发电量占全社会用电量比重", period=JAN_APR, psrc="sentence", **CN)
# the body's repeat in the closing paragraph is annotated (dev CONVENTIONS); no date in its
# sentence or paragraph: the story lead gives the as-of day of the same stock
num("quantity", "突破8亿千瓦", 800000000, unit="千瓦", approx="突破",
    subject="风电光伏发电总装机", period=D0430, psrc="section", **CN)

# ================================================================ story 8: trade and investment summit
at(149)
# a year written with 年 in an event's name is a date (blind9, blind14)
date("2023年", Y2023, "year")
date("昨晚（5月24日）", D0524, "day")
# several countries → region null (blind11 multi-country counts)
num("quantity", "三十多个", 30, unit="个", approx="多", subject="与会工商界人士来自的国家和地区",
    period=D0524, psrc="paragraph", **NOREG)
date("今年以来", Y2023, "year", approx="以来")
date("今年以来", Y2023, "year", approx="以来")
# a year written with 年 inside a title in 《》 is a date (blind3, blind5, blind14); the
# five-point proposal is a set named by its size (blind15)
date("2023年", Y2023, "year")

# ================================================================ story 9: Xinjiang flowers
at(155)
# 以来 attaches to the month (blind10 `5月以来`); the Ili valley is a landform
date("五月以来", M2023_05, "month", approx="以来")
region("伊宁县", "伊宁县", "654021", "county", ["新疆维吾尔自治区", "伊犁哈萨克自治州"])
# a scenic area named with 景区 (dev Sichuan `四姑娘山景区`)
project("天山花海景区")
# 如今 → the broadcast day; "here" is an anaphor (entity null); the county of the paragraph before
num("quantity", "10多种", 10, unit="种", approx="多", subject="培育的花卉", period=D0525,
    psrc="sentence", **YNX)
num("quantity", "2万亩", 20000, unit="亩", subject="特色林果", period=D0525, psrc="sentence",
    **YNX)
num("quantity", "2000多个", 2000, unit="个", approx="多", subject="为周边村民提供的固定岗位",
    period=D0525, psrc="sentence", **YNX)
region("和田地区", "和田地区", "653200", "prefecture", ["新疆维吾尔自治区"])
# no date in sentence, paragraph (近年来 is vague) or story lead → the broadcast day
num("quantity", "超过5.6万亩", 56000, unit="亩", approx="超过", subject="玫瑰花种植面积",
    period=D0525, psrc="document", entity="和田地区", **HT)
num("money", "超过3.5亿元", 350000000, unit=None, approx="超过", subject="玫瑰花年产值",
    period=D0525, psrc="document", entity="和田地区", **HT)
date("2022年", Y2022, "year")
num("quantity", "40.11万亩", 401100, unit="亩", subject="花卉种植面积", period=Y2022,
    psrc="sentence", entity="新疆", **XJ)

# ================================================================ story 10: police heroes meet the press
at(161)
date("今天（5月25日）", D0525, "day")
org("国务院新闻办公室")
num("quantity", "5位", 5, unit="位", subject="公安英模和立功集体代表", period=D0525,
    psrc="sentence", entity="国务院新闻办公室", **CN)
# units named whole (20240723 宝鸡市公安局渭滨分局, blind12 临夏州积石山县人民医院); a province
# before a unit is split off, the unit keeps its own city (blind10 浙江省 / 金华市 / 浦江县委);
# the expressway is nested in the checkpoint's name; 九队 is part of a name
org("京港澳高速窦店公安检查站")
org("北京市公安局房山分局反恐怖和特巡警支队")
region("福建省", "福建省", "350000", "province", [])
org("厦门市公安局思明分局莲前派出所")
org("上海市公安局浦东分局刑侦支队九队")
region("湖北省", "湖北省", "420000", "province", [])
org("广水市公安局交通警察大队武胜关中队")
region("云南省", "云南省", "530000", "province", [])
org("昆明市公安局治安管理支队")

# ================================================================ story 11: domestic briefs
at(167)
# (1) telecom: the bold sub-headline's months and growth are passed before the first fact
org("工业和信息化部")
date("今年1—4月份", JAN_APR, "month")
num("money", "5699亿元", 569900000000, unit=None, subject="电信业务收入", period=JAN_APR,
    psrc="sentence", **CN)
num("growth", "同比增长7.2%", 7.2, unit="%", basis="同比", subject="电信业务收入",
    period=JAN_APR, psrc="sentence", **CN)
date("4月末", D0430, "day", approx="末")
# a count of real firms (20240723 `五部门`)
num("quantity", "三家", 3, unit="家", subject="基础电信企业", period=D0430, psrc="sentence",
    **CN)
num("quantity", "17.07亿户", 1707000000, unit="户", subject="移动电话用户总数", period=D0430,
    psrc="sentence", **CN)
num("quantity", "6.34亿户", 634000000, unit="户", subject="5G移动电话用户", period=D0430,
    psrc="paragraph", **CN)
# (2) judicial documents: the courts' short names; the bodies named only inside the titles in
# 《》 are not listed; the quoted "two highs two ministries" is a label
org("最高法")
org("最高检")
date("今天（5月25日）", D0525, "day")
# (3) marriage registration
org("民政部")
date("今年6月1日起", D0601, "day", approx="起")
region("天津", "天津市", "120000", "province", [])
# several provinces → region null (blind8, blind14); a decided scope, no cue word → actual
num("quantity", "21个", 21, unit="个", subject="婚姻登记“跨省通办”试点省份", period=D0601,
    psrc="sentence", **NOREG)
num("percent", "78.5%", 78.5, unit="%", subject="试点覆盖我国总人口的比重", period=D0601,
    psrc="sentence", **CN)
# (4) energy partnership: a named partnership of member states (blind11 “捍卫《联合国宪章》之友小组”),
# listed at the bold sub-headline; the body's first mention is nested in the forum's name
org("“一带一路”能源合作伙伴关系")
skip("33个")
num("quantity", "33个", 33, unit="个", subject="成员国", period=D0525, psrc="sentence",
    entity="“一带一路”能源合作伙伴关系", **NOREG)
# the partner organisations named in the pairs; the platforms are not named works
org("阿盟")
org("非盟")
num("quantity", "5个", 5, unit="个", subject="区域能源合作平台", period=D0525,
    psrc="sentence", entity="“一带一路”能源合作伙伴关系", **NOREG)
project("中国—中亚天然气管道ABC线")
project("中缅原油和天然气管道")
# (5) China–ASEAN consultation (an event)
date("5月24日至26日", S0524_0526, "period")
# (6) Fuzhou airport: investment and floor area are sizes (seed CONVENTIONS, blind16 `25.1亿元`);
# the bare works word is an anaphor (entity null); region the city in the works' name (blind15)
date("今天（5月25日）", D0525, "day")
project("福州长乐国际机场二期扩建航站区工程")
num("money", "60.9亿元", 6090000000, unit=None, subject="工程投资", period=None, psrc=None,
    role=None, **FZ)
num("quantity", "约48万平方米", 480000, unit="平方米", approx="约", subject="总建筑面积",
    period=None, psrc=None, role=None, **FZ)
date("2026年", Y2026, "year")
# (7) Ruijin airport: the runway's length is a size
num("quantity", "2600米", 2600, unit="米", subject="机场跑道长度", period=None, psrc=None,
    role=None, entity="瑞金机场", **JX)
date("今年年底", D1231, "day", approx="底")
region("上海", "上海市", "310000", "province", [])
region("广州", "广州市", "440100", "prefecture", ["广东省"])
# (8) rain: one span (20230412 `今天（4月12日）起至14日`); macro-areas are no regions
date("今天（5月25日）起至28日", S0525_0528, "period")
region("湖南", "湖南省", "430000", "province", [])
region("重庆", "重庆市", "500000", "province", [])
region("贵州", "贵州省", "520000", "province", [])
# (9) the drama: 起 kept as approx (blind9 `今年6月1日起`); the three siblings are no count
date("今晚（5月25日）起", D0525, "day", approx="起")

# ================================================================ story 12: Putin at the forum
at(173)
date("24日", D0524, "day")

# ================================================================ story 13: Russia and Ukraine
at(179)
org("俄罗斯国防部")
date("24日", D0524, "day")
foreign("顿涅茨克", ["乌克兰"])
foreign("扎波罗热", ["乌克兰"])
org("俄黑海舰队")
# a pipeline named in quotes before the shared head (20240315 “北溪”管道; dev `雄商`)
project("“土耳其溪”")
# the day of the ministry's statement opens the paragraph; Russia–Ukraine figures → region
# null (blind8, blind10); the boats are Ukraine's (entity, the country named with them)
num("quantity", "3艘", 3, unit="艘", subject="袭击侦察舰的乌克兰无人艇", period=D0524,
    psrc="paragraph", entity="乌克兰", **NOREG)
country("乌克兰")
num("quantity", "3艘", 3, unit="艘", subject="被俄方摧毁的无人艇", period=D0524,
    psrc="paragraph", **NOREG)
date("24日", D0524, "day")
date("24日", D0524, "day")
org("俄罗斯联邦委员会")
org("北约")

# ================================================================ story 14: Fitch
at(185)
date("24日", D0524, "day")

# ================================================================ story 15: international briefs
at(191)
# (1) OAU anniversary (an anniversary is no number)
date("今天（5月25日）", D0525, "day")
country("埃塞俄比亚")
foreign("亚的斯亚贝巴", ["埃塞俄比亚"])
# the headquarters holding the meeting as a body (blind9 联合国总部, blind12 UNESCO HQ) (open)
org("非洲联盟总部")
org("非洲联盟委员会")
date("2023年", Y2023, "year")
country("科摩罗")
# the agenda named by a year without 年 is no date (20221110, blind14)
org("非洲统一组织")
date("1963年5月25日", D19630525, "day")
org("非洲联盟")
# the annual Africa Day: this year's day, the one being celebrated (open)
date("5月25日", D0525, "day")
# (2) Iran's missile: the range is a specification; the defence minister's title holds no org
date("今天（5月25日）", D0525, "day")
num("quantity", "2000公里", 2000, unit="公里", subject="导弹射程", period=None, psrc=None,
    role=None, **IR)
# (3) ECB anniversary
date("24日", D0524, "day")
foreign("法兰克福", ["德国"])
# a medium-term target: no fixed span; the euro area is no place in the data (blind6)
num("percent", "2%", 2, unit="%", subject="欧元区通胀率中期目标", period=None, psrc=None,
    role="target", entity="欧洲央行", **NOREG)
date("去年10月", M2022_10, "month")
# inflation rates are percents (20221110 `通胀率达14.7%`, 20230915 `5.6%`)
num("percent", "10.9%", 10.9, unit="%", subject="欧元区通胀率", period=M2022_10,
    psrc="sentence", **NOREG)
date("上个月", M2023_04, "month")
num("percent", "7%", 7, unit="%", subject="欧元区通胀率", period=M2023_04, psrc="sentence",
    **NOREG)
# 连续 is no qualifier (blind11 `十二次`); basis points are a quantity (20230808 `525个基点`);
# no date in the sentence, none opens the paragraph: the brief's lead day (24日)
num("quantity", "七次", 7, unit="次", subject="加息次数", period=D0524, psrc="section",
    entity="欧洲央行", **NOREG)
num("quantity", "375个基点", 375, unit="基点", subject="累计加息", period=D0524,
    psrc="section", entity="欧洲央行", **NOREG)
# (4) German GDP: the bold sub-headline's quarter and fall are passed before the first fact
org("德国联邦统计局")
date("25日", D0525, "day")
date("今年一季度", Q1, "quarter")
num("growth", "环比下降0.3%", -0.3, unit="%", basis="环比", subject="国内生产总值",
    period=Q1, psrc="sentence", entity="德国", **DE)
# (5) UK CPI: the bold sub-headline's month and rise are passed before the first fact
org("英国国家统计局")
date("24日", D0524, "day")
date("4月", M2023_04, "month")
num("growth", "同比上涨8.7%", 8.7, unit="%", basis="同比", subject="消费者价格指数",
    period=M2023_04, psrc="sentence", entity="英国", **GB)
# a comparison month is a date (blind9 `3月份`)
date("三月", M2023_03, "month")
num("growth", "19.1%", 19.1, unit="%", basis="同比", subject="食品和非酒精饮料价格",
    period=M2023_04, psrc="paragraph", **GB)
# (6) F-35B: a news agency named with its country (20240315 巴勒斯坦通讯社); a named base (blind8
# 范登堡太空军基地), owner kept as written (open); the liaison council is unnamed
org("日本共同社")
date("今天（5月25日）", D0525, "day")
country("日本")
foreign("山口县", ["日本"])
project("驻日美军岩国基地")
org("美国海军安全司令部")
# (7) typhoon Mawar
date("24日晚", D0524, "day")

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

out = HERE / f"{DOC}.jsonl"
with out.open("w", encoding="utf-8") as fh:
    for f, _ in facts:
        fh.write(json.dumps({"doc": DOC, **f}, ensure_ascii=False) + "\n")

doc = {
    "doc": DOC,
    "title": "《新闻联播》 (20230525)",
    "issued": "2023-05-25",
    "year": 2023,
    "issuer": None,
    "genre": "news",
    "region": None,
    "region_code": None,
    "doc_number": None,
    "encoding": "UTF-8",
    "title_source": "the file's heading line `# 《新闻联播》 (20230525)`, as in the sibling news gold (20221110, 20221205, 20230412, 20230621, 20230808, 20230915, 20231102, 20231115, 20231220, 20240117, 20240228, 20240315, 20240413, 20240522, 20240618, 20240723, 20240906, 20241015)",
    "issued_source": "the file name 20230525.md and the heading 《新闻联播》 (20230525), repeated in the summary's closing stamp (20230525 19:00) and in every link to the original (tv.cctv.com/2023/05/25/…230525.shtml): the broadcast of 2023-05-25",
    "year_source": "issued's year: 2023. Relative dates resolve against 2023-05-25: 今天（5月25日） / 25日 / 今晚（5月25日）起 / the Africa Day 5月25日 → 2023-05-25, 昨晚（5月24日） / 24日 / 24日晚 → 2023-05-24, 今天（5月25日）起至28日 → 2023-05-25..2023-05-28, 今年 / 今年以来 → 2023, 今年下半年 → 2023-07..12, 今年前四个月 / 今年1—4月 / 今年1—4月份 → 2023-01..04, 今年一季度 → 2023-Q1, 4月 / 上个月 → 2023-04, 三月 → 2023-03, 五月以来 → 2023-05, 4月末 / 今年4月底 → 2023-04-30, 5月底 → 2023-05-31, 今年年底 → 2023-12-31, 去年10月 → 2022-10, 10年前 → 2013",
    "issuer_source": "no issuer line; every story carries only the CCTV web byline, so issuer is null",
    "genre_source": "a 新闻联播 transcript: summary list of fifteen items plus fifteen news items with a body (two of them collections of briefs) → news",
    "region_source": "a news file of many stories (Xi at the Eurasian forum in Moscow, Macao, the national water network, Beijing, the harvest in Jilin, Anhui and Jiangsu, national car exports and wind and solar power, a summit in Beijing, Xinjiang, the police heroes, domestic briefs from Shenzhen, Fuzhou and Jiangxi, Russia and Ukraine, the United States, Ethiopia, Iran, Germany, the UK, Japan and Guam): no single place, so region and region_code are null",
    "doc_number_source": "news transcript: no 发文字号",
    "encoding_source": "the file decodes as UTF-8 without a byte-order mark (first bytes 23 20 e3 80 8a = `# 《`)",
}
(HERE / f"{DOC}.doc.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")

counts = {}
for f, _ in facts:
    counts[f["kind"]] = counts.get(f["kind"], 0) + 1
print(f"{len(facts)} facts:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
