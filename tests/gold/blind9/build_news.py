#!/usr/bin/env python3
"""Blind gold for 20240522.md (新闻联播 2024-05-22), typed by hand.

Writes 20240522.md.jsonl and 20240522.md.doc.json next to this script.
Checks: every `text` occurs in the source, the facts stand in text order (each found after
the previous one, on the source line that `at()` names), and no project/org/region name is
listed twice. No transcript text is kept here beyond the facts' text, name and subject.

usage: python3 build_news.py [SOURCE]
SOURCE defaults to shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20240522.md.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = Path("/work/shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20240522.md")
SRC = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
DOC = "20240522.md"

# ---------------------------------------------------------------- helpers
D0522 = ("2024-05-22", "2024-05-22")
D0521 = ("2024-05-21", "2024-05-21")
D0520 = ("2024-05-20", "2024-05-20")
Y2019 = ("2019-01-01", "2019-12-31")
Y2021 = ("2021-01-01", "2021-12-31")
Y2023 = ("2023-01-01", "2023-12-31")
Y2024 = ("2024-01-01", "2024-12-31")
Y2025 = ("2025-01-01", "2025-12-31")
Y2027 = ("2027-01-01", "2027-12-31")
JAN_APR = ("2024-01-01", "2024-04-30")
MAR = ("2024-03-01", "2024-03-31")
APR = ("2024-04-01", "2024-04-30")
JUN = ("2024-06-01", "2024-06-30")
SHISIWU = ("2021-01-01", "2025-12-31")
# holidays named in the railway story (2024): 元旦 the day; 春运 the travel season of
# 2024-01-26..03-05 (40 days); 清明假期 the three-day holiday 04-04..04-06
NEWYEAR = ("2024-01-01", "2024-01-01")
CHUNYUN = ("2024-01-26", "2024-03-05")
QINGMING = ("2024-04-04", "2024-04-06")
# since the 18th Party Congress (not a date fact, 20240723 / blind8): the figures' span runs from the opening of
# the 18th Party Congress (2012-11-08) to the broadcast day, like blind8's since-X periods
SINCE18 = ("2012-11-08", "2024-05-22")

CN = dict(region="中国", region_code=None)
HEB = dict(region="河北省", region_code="130000")
HLJ = dict(region="黑龙江省", region_code="230000")
XJ = dict(region="新疆维吾尔自治区", region_code="650000")
GX = dict(region="广西壮族自治区", region_code="450000")
ZJ = dict(region="浙江省", region_code="330000")
HB = dict(region="湖北省", region_code="420000")
NMG = dict(region="内蒙古自治区", region_code="150000")
LW = dict(region="灵武市", region_code="640181")
SZ = dict(region="深圳市", region_code="440300")
BJ = dict(region="北京市", region_code="110000")
ZZ = dict(region="漳州市", region_code="350600")
IR = dict(region="伊朗", region_code=None)
PS = dict(region="巴勒斯坦", region_code=None)

facts = []  # (fact, source line)
LINE = [0]


def at(line):
    """Facts that follow stand on this 1-based line of the source."""
    LINE[0] = line


def _per(p):
    return None if p is None else {"date_start": p[0], "date_end": p[1]}


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
    assert (period is None) == (psrc is None), text
    facts.append((f, LINE[0]))


# ================================================================ summary (lines 8-97)
# Every item has a body. Summary, ### headline and bold sub-headline figures and dates that the
# body repeats are annotated once, at the body (1—4月, 4月份, 5·20, 2024年, 6月, 今年前4个月,
# 今晚, the count of the three European countries). The rounded forms 超1.6万亿元 (body
# 1.69万亿元) and 突破50000列 (body 50187列) are not annotated (blind7 4300多万个, 20240723
# 超6.4万亿元). Names count here (deduplicated by name).
at(8)
country("越南")
at(29)
org("国台办")
at(31)
# the mainland's name for the island as a region; 台湾省 in the places data
region("台湾地区", "台湾省", "710000", "province", [])
at(34)
region("台湾", "台湾省", "710000", "province", [])
at(46)
# a named three-province area (blind7 Beijing gold 京津冀: level other, no canonical or code)
region("京津冀地区", None, None, "other", None)
at(52)
# a named shipping platform / route brand, like 西部陆海新通道 (blind8)
project("丝路海运")
org("海合会")
at(55)
project("中老铁路")
at(61)
project("漳州液化天然气接收站")
at(67)
# a named production base of the broadcaster (a platform)
project("南粤之窗")
# the broadcaster's well-known short name (中央广播电视总台, named in the body)
org("总台")
region("广东", "广东省", "440000", "province", [])
at(79)
country("伊朗")
foreign("德黑兰", ["伊朗"])
org("联合国总部")
at(82)
country("以色列")
foreign("加沙地带", [])
foreign("约旦河西岸", [])
country("巴勒斯坦国", "巴勒斯坦")
at(85)
org("联合国")
at(91)
country("俄罗斯")
at(94)
country("西班牙")
country("阿根廷")
at(97)
country("美国")

# ================================================================ story 1: message to To Lam
at(104)
date("5月22日", *D0522, "day")
country("越南社会主义共和国", "越南")
date("去年", *Y2023, "year")

# ================================================================ story 2: China-US tourism dialogue
at(110)
date("5月22日", *D0522, "day")
date("今年", *Y2024, "year")
country("中国")
region("陕西省", "陕西省", "610000", "province", [])
region("西安市", "西安市", "610100", "prefecture", ["陕西省"])
org("中国文化和旅游部")
org("陕西省人民政府")
org("美国商务部")
org("美国旅游推广局")

# ================================================================ story 3: Beautiful China
at(116)
# a state forest farm acts (计划) as a body: org (open decision)
org("塞罕坝机械林场")
date("今年", *Y2024, "year")
# 林场 is an anaphor (entity null); the farm lies in 河北 (承德), the paragraph's place
num("quantity", "500万株", 5000000, unit="株", subject="培育良种苗木", period=Y2024,
    psrc="sentence", role="target", **HEB)
num("quantity", "2万亩", 20000, unit="亩", subject="营造混交林", period=Y2024, psrc="sentence",
    role="target", **HEB)
# "today's" farm: the word 今天 fixes the broadcast day
date("今天", *D0522, "day")
num("percent", "82%", 82, unit="%", subject="森林覆盖率", period=D0522, psrc="sentence", **HEB)
num("money", "约231.2亿元", 23120000000, unit=None, approx="约", subject="森林资源总价值",
    period=D0522, psrc="sentence", **HEB)
date("2021年", *Y2021, "year")
# since the 18th Party Congress: start and end levels both take the whole span (blind8 墨脱)
num("quantity", "16.8亿亩", 1680000000, unit="亩", subject="累计完成国土绿化面积",
    period=SINCE18, psrc="sentence", **CN)
num("percent", "21.63%", 21.63, unit="%", subject="森林覆盖率", period=SINCE18,
    psrc="sentence", **CN)
num("percent", "24.02%", 24.02, unit="%", subject="森林覆盖率", period=SINCE18,
    psrc="sentence", **CN)
num("quantity", "13.14亿亩", 1314000000, unit="亩", subject="人工林面积", period=SINCE18,
    psrc="sentence", **CN)
num("ranking", "居世界首位", 1, unit=None, scope="世界", subject="人工林面积", period=SINCE18,
    psrc="sentence", **CN)
org("溪水林场")
date("今年", *Y2024, "year")
region("黑龙江", "黑龙江省", "230000", "province", [])
num("quantity", "100万亩", 1000000, unit="亩", subject="营造林", period=Y2024, psrc="sentence",
    role="target", entity="黑龙江", **HLJ)
region("新疆", "新疆维吾尔自治区", "650000", "province", [])
date("今年", *Y2024, "year")
num("quantity", "4个", 4, unit="个", subject="重点区域", period=Y2024, psrc="sentence",
    entity="新疆", **XJ)
# the whole year's amounts, stated in May: the year's tasks (open decision: target)
num("quantity", "120万亩", 1200000, unit="亩", subject="造林", period=Y2024, psrc="sentence",
    role="target", entity="新疆", **XJ)
num("quantity", "450万亩", 4500000, unit="亩", subject="荒漠化治理", period=Y2024,
    psrc="sentence", role="target", entity="新疆", **XJ)
region("江苏", "江苏省", "320000", "province", [])
date("2025年", *Y2025, "year")
region("山西", "山西省", "140000", "province", [])
region("广西", "广西壮族自治区", "450000", "province", [])
# 到2025年 → the date 2025年 (seed CONVENTIONS 到2018年)
date("2025年", *Y2025, "year")
# 全区 (= 广西, named in the sentence before): entity null
num("quantity", "1000公顷", 1000, unit="公顷", subject="营造红树林", period=Y2025,
    psrc="sentence", role="target", **GX)
num("quantity", "超过3500公顷", 3500, unit="公顷", approx="超过", subject="修复红树林",
    period=Y2025, psrc="sentence", role="target", **GX)
region("浙江", "浙江省", "330000", "province", [])
# a cumulative stock with no date in its sentence or paragraph: the broadcast day
num("quantity", "21家", 21, unit="家", subject="累计创建绿色园区", period=D0522,
    psrc="document", entity="浙江", **ZJ)
region("湖北", "湖北省", "420000", "province", [])
date("2027年", *Y2027, "year")
num("quantity", "150家", 150, unit="家", subject="再培育国家级绿色工厂", period=Y2027,
    psrc="sentence", role="target", entity="湖北", **HB)
region("内蒙古", "内蒙古自治区", "150000", "province", [])
# an unnamed base's size and yearly capacity: period and role null (blind6 年产38.8亿方)
num("quantity", "13吉瓦", 13, unit="吉瓦", subject="新能源基地装机容量", period=None, psrc=None,
    role=None, **NMG)
num("quantity", "257.4亿千瓦时", 25740000000, unit="千瓦时", subject="每年可发清洁电能",
    period=None, psrc=None, role=None, **NMG)
region("宁夏", "宁夏回族自治区", "640000", "province", [])
region("灵武", "灵武市", "640181", "county", ["宁夏回族自治区", "银川市"])
project("灵绍直流配套200万千瓦复合光伏基地")
# the scale inside the project's name (seed CONVENTIONS 3万辆): role and period null
num("quantity", "200万千瓦", 2000000, unit="千瓦", subject="复合光伏基地装机容量", period=None,
    psrc=None, role=None, entity="灵绍直流配套200万千瓦复合光伏基地", **LW)
date("2024年", *Y2024, "year")

# ================================================================ story 4: railways Jan-Apr
at(122)
date("今年以来", *Y2024, "year", approx="以来")
org("国铁集团")
date("前四个月", *JAN_APR, "month")
date("今年1—4月", *JAN_APR, "month")
num("money", "1849亿元", 184900000000, unit=None, subject="全国铁路固定资产投资",
    period=JAN_APR, psrc="sentence", **CN)
num("growth", "同比增长10.5%", 10.5, unit="%", basis="同比", subject="全国铁路固定资产投资",
    period=JAN_APR, psrc="sentence", **CN)
date("“十四五”", *SHISIWU, "period")
project("格库铁路新疆段扩能改造工程")
project("兰张高铁兰州至武威段")
project("池州至黄山高铁")
date("1—4月", *JAN_APR, "month")
num("quantity", "10483列", 10483, unit="列", subject="日均开行旅客列车", period=JAN_APR,
    psrc="sentence", **CN)
num("growth", "同比增长13.8%", 13.8, unit="%", basis="同比", subject="日均开行旅客列车",
    period=JAN_APR, psrc="sentence", **CN)
date("元旦", *NEWYEAR, "day")
date("春运", *CHUNYUN, "period")
date("清明假期", *QINGMING, "period")
# a train service, not a project: its end places count as regions (blind7 石家庄/张家口)
region("呼和浩特", "呼和浩特市", "150100", "prefecture", ["内蒙古自治区"])
foreign("乌兰巴托", ["蒙古国"])
project("广深港高铁")
# the paragraph opens with 1—4月; a line within China (广东 and 香港): region 中国
num("growth", "同比增长106.3%", 106.3, unit="%", basis="同比", subject="发送跨境旅客",
    period=JAN_APR, psrc="paragraph", entity="广深港高铁", **CN)
date("1—4月", *JAN_APR, "month")
num("quantity", "13.7亿人次", 1370000000, unit="人次", subject="全国铁路发送旅客",
    period=JAN_APR, psrc="sentence", **CN)
num("growth", "同比增长22.9%", 22.9, unit="%", basis="同比", subject="全国铁路发送旅客",
    period=JAN_APR, psrc="sentence", **CN)

# ================================================================ story 5: machinery industry
at(128)
# the federation is only the informant
org("中国机械工业联合会")
date("4月份", *APR, "month")
num("quantity", "五个", 5, unit="个", subject="机械工业主要涉及的国民经济行业大类",
    period=APR, psrc="sentence", **CN)
# the comparison month is a date (blind6 较7月加快 → 7月)
date("3月份", *MAR, "month")
date("今年1—4月份", *JAN_APR, "month")
num("growth", "同比增长11.3%", 11.3, unit="%", basis="同比", subject="汽车制造业增加值",
    period=JAN_APR, psrc="paragraph", **CN)
num("quantity", "122种", 122, unit="种", subject="重点监测的主要机械产品", period=JAN_APR,
    psrc="sentence", **CN)
num("percent", "56%", 56, unit="%", subject="累计产量实现同比增长的产品占比", period=JAN_APR,
    psrc="sentence", **CN)
date("1—4月份", *JAN_APR, "month")

# ================================================================ story 6: grain insurance
at(134)
org("财政部")
org("农业农村部")
org("金融监管总局")
# 从今年起: the year, with its qualifier (like 今年以来)
date("今年起", *Y2024, "year", approx="起")
# the count of the two policies (summary, headline and body; 20230412/blind8 两部门); the
# policy's rates are stipulations, neither done nor aimed: role null; period the story's 今年起
num("quantity", "两种", 2, unit="种", subject="农业保险政策", period=Y2024, psrc="section", **CN)
num("percent", "80%", 80, unit="%", approx="不高于", subject="保险保障水平占相应品种产值比例",
    period=Y2024, psrc="section", role=None, **CN)
num("percent", "25%", 25, unit="%", approx="不低于", subject="省级财政保费补贴比例",
    period=Y2024, psrc="section", role=None, **CN)
# macro-areas of several provinces: region null
num("percent", "45%", 45, unit="%", subject="中央财政对中西部地区和东北地区保费补贴比例",
    period=Y2024, psrc="section", role=None)
num("percent", "35%", 35, unit="%", subject="中央财政对东部地区保费补贴比例", period=Y2024,
    psrc="section", role=None)

# ================================================================ story 7: Shenzhen culture fair
at(140)
# a venue (seed CONVENTIONS: venues are projects); 深圳 is nested in it
project("深圳国际会展中心")
# the lead's 目前 (as of now): the broadcast day, `section`; the fair is held in 深圳
num("quantity", "八个", 8, unit="个", subject="主会场展馆", period=D0522, psrc="section", **SZ)
num("quantity", "16万平方米", 160000, unit="平方米", subject="展览面积", period=D0522,
    psrc="section", **SZ)
num("quantity", "超过12万件", 120000, unit="件", approx="超过", subject="展出文化产品",
    period=D0522, psrc="section", role="target", **SZ)
num("quantity", "4000多个", 4000, unit="个", approx="多", subject="文化产业投融资项目",
    period=D0522, psrc="section", role="target", **SZ)

# ================================================================ story 8: TAO on the 5·20 speech
at(146)
org("国务院台办")
date("21日", *D0521, "day")
date("20日", *D0520, "day")
country("中华人民共和国", "中国")

# ================================================================ story 9: Taiwan reactions
at(152)
# the speech named by its day, 2024-05-20 (open decision)
date("5·20", *D0520, "day")
org("民进党")
date("5·20", *D0520, "day")

# ================================================================ story 10: domestic briefs
at(158)
# (1) SME service month: 2024年 inside the campaign's name is a date (blind7)
org("工业和信息化部")
date("2024年", *Y2024, "year")
date("6月", *JUN, "month")
num("quantity", "34项", 34, unit="项", subject="服务活动", period=JUN, psrc="paragraph",
    role="target", entity="工业和信息化部", **CN)
# (2) waste sorting
date("今天（5月22日）", *D0522, "day")
org("住房城乡建设部")
num("percent", "92.6%", 92.6, unit="%", subject="地级及以上城市居民小区垃圾分类覆盖率",
    period=D0522, psrc="sentence", **CN)
# a target with no fixed time (the next-step word is vague): period null
num("quantity", "15个", 15, unit="个", subject="开展县级城市垃圾分类试点的县级市", period=None,
    psrc=None, role="target", entity="住房城乡建设部", **CN)
# (3) Beijing-Tianjin-Hebei trade; the customs office is only the informant
org("北京海关")
date("今年前4个月", *JAN_APR, "month")
# the three-province area: entity 京津冀地区, region null (blind7 230项)
num("money", "1.69万亿元", 1690000000000, unit=None, subject="外贸进出口总值", period=JAN_APR,
    psrc="sentence", entity="京津冀地区")
num("growth", "同比增长5.2%", 5.2, unit="%", basis="同比", subject="外贸进出口总值",
    period=JAN_APR, psrc="sentence", entity="京津冀地区")
num("percent", "12.3%", 12.3, unit="%", subject="占全国进出口总值比重", period=JAN_APR,
    psrc="sentence", entity="京津冀地区")
region("北京", "北京市", "110000", "province", [])
region("京津冀", None, None, "other", None)
num("percent", "72.6%", 72.6, unit="%", subject="地区外贸占京津冀外贸总值比重", period=JAN_APR,
    psrc="paragraph", entity="北京", **BJ)
# (4) cruise ships
date("今天（5月22日）", *D0522, "day")
org("国务院新闻办公室")
date("今年6月1日起", "2024-06-01", "2024-06-01", "day", approx="起")
# (5) Silk Road shipping to the Gulf
date("今天（5月22日）", *D0522, "day")
region("厦门", "厦门市", "350200", "prefecture", ["福建省"])
country("沙特阿拉伯")
# the new corridor's saving per box and in cost: a specification (period, role null);
# 新通道 is an anaphor (entity null); a route across countries (region null, blind7 中老铁路)
num("money", "1400元人民币", 1400, unit=None, subject="每标箱节约运费", period=None, psrc=None,
    role=None)
num("growth", "降低近25%", -25, unit="%", approx="近", basis=None, subject="总物流成本",
    period=None, psrc=None, role=None)
# (6) China-Laos railway; stocks as of a day (截至) take that day (blind8)
date("今天（5月22日）", *D0522, "day")
org("国铁昆明局")
date("5月21日", *D0521, "day")
num("quantity", "50187列", 50187, unit="列", subject="累计开行旅客列车", period=D0521,
    psrc="sentence", entity="中老铁路")
num("quantity", "超3405万人次", 34050000, unit="人次", approx="超", subject="累计运送旅客",
    period=D0521, psrc="sentence", entity="中老铁路")
# (7) eVTOL standard
org("中国民用机场协会")
date("今天（5月22日）", *D0522, "day")
# (8) Zhangzhou LNG terminal
date("今天（5月22日）", *D0522, "day")
org("国家管网")
# 接收站 is an anaphor (entity null); the station's place 漳州 (its name)
num("quantity", "三座", 3, unit="座", subject="液化天然气储罐", period=D0522, psrc="paragraph",
    **ZZ)
num("quantity", "16万立方米", 160000, unit="立方米", subject="单座液化天然气储罐容量",
    period=None, psrc=None, role=None, **ZZ)
num("quantity", "1800万立方米", 18000000, unit="立方米", subject="每天外输天然气", period=None,
    psrc=None, role=None, **ZZ)
region("福建", "福建省", "350000", "province", [])
region("江西", "江西省", "360000", "province", [])
region("湖南", "湖南省", "430000", "province", [])
# forecast (预计), yearly with no fixed year (period null); several provinces (region null)
num("quantity", "超300万吨", 3000000, unit="吨", approx="超", subject="每年供应液化天然气",
    period=None, psrc=None, role="forecast")
num("quantity", "约42亿立方米", 4200000000, unit="立方米", approx="约", subject="折合天然气",
    period=None, psrc=None, role="forecast")
num("quantity", "1300万户", 13000000, unit="户", subject="满足使用需求的居民", period=None,
    psrc=None, role="forecast")
# (9) insect robot; the 15 years of research are a duration
org("北京航空航天大学")
num("quantity", "2厘米", 2, unit="厘米", subject="“昆虫”机器人尺寸", period=None, psrc=None,
    role=None, entity="北京航空航天大学", **BJ)
num("quantity", "200次", 200, unit="次", subject="前肢每秒振动次数", period=None, psrc=None,
    role=None, **BJ)
# (10) 南粤之窗
org("中央广播电视总台")
date("昨天（5月21日）", *D0521, "day")
region("广州", "广州市", "440100", "prefecture", ["广东省"])
# the year inside the campaign's name is a date (blind7 2024年 in a campaign's name)
date("2024", *Y2024, "year")
# (11) documentary
date("今晚（5月22日）", *D0522, "day")
# the Greater Bay Area (inside the campaign's name, then alone) is not a region: blind7's news gold
# left the Greater Bay Area out as a macro-area (open decision)
# (12) North China leopard
region("陕西", "陕西省", "610000", "province", [])
region("甘肃", "甘肃省", "620000", "province", [])

# ================================================================ story 11: one-China principle
at(164)
org("联合国大会")
country("哈萨克斯坦")
country("乌兹别克斯坦")
country("委内瑞拉")
country("赞比亚")
org("赞比亚政府")
org("瑙鲁政府")
country("瑙鲁")
org("中华人民共和国政府")
country("塞尔维亚")
org("越南外交部")

# ================================================================ story 12: Raisi's funeral
at(170)
date("今天（5月22日）", *D0522, "day")
date("今天", *D0522, "day")
# delegations visiting 德黑兰: region the country (foreign places, blind8 巴勒斯坦 / 美国)
num("quantity", "40多个", 40, unit="个", approx="多", subject="派高级代表团的国家", period=D0522,
    psrc="sentence", **IR)
date("21日", *D0521, "day")
org("联合国纽约总部")

# ================================================================ story 13: Gaza, West Bank
at(176)
org("巴勒斯坦通讯社")
org("以色列军队")
date("21日", *D0521, "day")
# casualties: entity the place hit, region the country (blind8)
num("quantity", "至少19人", 19, unit="人", approx="至少", subject="死亡人数", period=D0521,
    psrc="sentence", entity="加沙地带", **PS)
org("以色列国防军")
date("21日", *D0521, "day")
foreign("杰巴利耶", [])
foreign("拉法", [])
num("quantity", "约70个", 70, unit="个", approx="约", subject="袭击目标", period=D0521,
    psrc="sentence", entity="加沙地带", **PS)
org("巴勒斯坦伊斯兰抵抗运动")
org("哈马斯")
org("卡桑旅")
date("21日", *D0521, "day")
org("巴勒斯坦卫生部")
date("21日", *D0521, "day")
foreign("杰宁", [])
num("quantity", "7名", 7, unit="名", subject="死亡人数", period=D0521, psrc="sentence",
    entity="杰宁", **PS)
org("巴勒斯坦总统府")
date("21日", *D0521, "day")
country("巴勒斯坦")
org("美国政府")
# Europe's three countries: counted in the body (both mentions); several countries: region null
date("今天（5月22日）", *D0522, "day")
country("挪威")
country("爱尔兰")
num("quantity", "三国", 3, unit="国", subject="宣布承认巴勒斯坦国的国家", period=D0522,
    psrc="sentence")
date("5月28日", "2024-05-28", "2024-05-28", "day")
num("quantity", "三国", 3, unit="国", subject="承认巴勒斯坦国的国家", period=D0522,
    psrc="section")
org("以色列外交部")

# ================================================================ story 14: International Tea Day
at(182)
date("5月21日", *D0521, "day")
org("联合国粮农组织")
country("意大利")
foreign("罗马", ["意大利"])
date("2019年", *Y2019, "year")

# ================================================================ story 15: international briefs
at(188)
org("俄罗斯国防部")
date("21日", *D0521, "day")
date("21日", *D0521, "day")
date("21日", *D0521, "day")
foreign("艾奥瓦州", ["美国"])
foreign("内布拉斯加州", ["美国"])
foreign("科罗拉多州", ["美国"])
foreign("奥马哈市", ["美国", "内布拉斯加州"])

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
if errors:
    sys.exit("\n".join(errors))

out = HERE / f"{DOC}.jsonl"
with out.open("w", encoding="utf-8") as fh:
    for f, _ in facts:
        fh.write(json.dumps({"doc": DOC, **f}, ensure_ascii=False) + "\n")

doc = {
    "doc": DOC,
    "title": "《新闻联播》 (20240522)",
    "issued": "2024-05-22",
    "year": 2024,
    "issuer": None,
    "genre": "news",
    "region": None,
    "region_code": None,
    "doc_number": None,
    "encoding": "UTF-8",
    "title_source": "the file's heading line `# 《新闻联播》 (20240522)`, as in the sibling news gold (20221110, 20221205, 20230412, 20230808, 20230915, 20231102, 20231115, 20240315, 20240413, 20240723)",
    "issued_source": "the file name 20240522.md and the heading 《新闻联播》 (20240522), repeated in the summary's closing stamp (20240522 19:00) and in every link to the original (tv.cctv.com/2024/05/22/…240522.shtml): the broadcast of 2024-05-22",
    "year_source": "issued's year: 2024. Relative dates resolve against 2024-05-22: 今天（5月22日） / 今天 / 今晚（5月22日） / 5月22日 → 2024-05-22, 昨天（5月21日） / 21日 / 5月21日 → 2024-05-21, 20日 / 5·20 → 2024-05-20, 今年 / 今年起 / 今年以来 / 今年1—4月 / 前四个月 / 4月份 / 3月份 / 6月 → 2024, 去年 → 2023",
    "issuer_source": "no issuer line; every story carries only the CCTV web byline, so issuer is null",
    "genre_source": "a 新闻联播 transcript: summary list plus fifteen news items (two of them collections of briefs), each with a body → news",
    "region_source": "a news file of many stories (Vietnam, 西安, national ecology and railway and policy stories, 深圳, Taiwan, the domestic briefs from 京津冀 to 广州, the one-China statements, Iran, Gaza, the UN, Russia, Spain, the United States): no single place, so region and region_code are null",
    "doc_number_source": "news transcript: no 发文字号",
    "encoding_source": "the file decodes as UTF-8 without a byte-order mark (first bytes 23 20 e3 80 8a = `# 《`)",
}
(HERE / f"{DOC}.doc.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")

counts = {}
for f, _ in facts:
    counts[f["kind"]] = counts.get(f["kind"], 0) + 1
print(f"{len(facts)} facts:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
