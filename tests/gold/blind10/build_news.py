#!/usr/bin/env python3
"""Blind gold for 20240618.md (新闻联播 2024-06-18), typed by hand.

Writes 20240618.md.jsonl and 20240618.md.doc.json next to this script.
Checks: every `text` occurs in the source, the facts stand in text order (each found after
the previous one, on the source line that `at()` names), and no project/org/region name is
listed twice. `skip(text)` moves past an occurrence that is not annotated (a sub-headline's
repeat of a body figure). No transcript text is kept here beyond the facts' text, name and
subject.

usage: python3 build_news.py [SOURCE]
SOURCE defaults to shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20240618.md.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = Path("/work/shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20240618.md")
SRC = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
DOC = "20240618.md"

# ---------------------------------------------------------------- helpers
D0618 = ("2024-06-18", "2024-06-18")
D0617 = ("2024-06-17", "2024-06-17")
D0527 = ("2024-05-27", "2024-05-27")
D0531 = ("2024-05-31", "2024-05-31")
Y2000 = ("2000-01-01", "2000-12-31")
Y2005 = ("2005-01-01", "2005-12-31")
Y2014 = ("2014-01-01", "2014-12-31")
Y2019 = ("2019-01-01", "2019-12-31")
Y2020 = ("2020-01-01", "2020-12-31")
Y2021 = ("2021-01-01", "2021-12-31")
Y2022 = ("2022-01-01", "2022-12-31")
Y2023 = ("2023-01-01", "2023-12-31")
Y2024 = ("2024-01-01", "2024-12-31")
MAY = ("2024-05-01", "2024-05-31")
OCT = ("2024-10-01", "2024-10-31")
SHISIWU = ("2021-01-01", "2025-12-31")
# since-X periods run from the start of X to the broadcast day (blind8, blind5)
SINCE_2022 = ("2022-01-01", "2024-06-18")   # since the firm joined the platform, 两年前
SINCE_2005 = ("2005-01-01", "2024-06-18")   # since the prize was set up in 2005
SINCE_14FYP = ("2021-01-01", "2024-06-18")  # “十四五”以来
SINCE_MAY = ("2024-05-01", "2024-06-18")    # 5月以来

CN = dict(region="中国", region_code=None)
SX = dict(region="山西省", region_code="140000")
DG = dict(region="东莞市", region_code="441900")
AU = dict(region="澳大利亚", region_code=None)
AH = dict(region="安徽省", region_code="340000")
HEB = dict(region="河北省", region_code="130000")
HEN = dict(region="河南省", region_code="410000")
SD = dict(region="山东省", region_code="370000")
PJ = dict(region="浦江县", region_code="330726")
MX = dict(region="梅县区", region_code="441403")
GD = dict(region="广东省", region_code="440000")
MZ = dict(region="梅州市", region_code="441400")
GZ = dict(region="光泽县", region_code="350723")
FJ = dict(region="福建省", region_code="350000")
PS = dict(region="巴勒斯坦", region_code=None)
IL = dict(region="以色列", region_code=None)
YE = dict(region="也门", region_code=None)
US = dict(region="美国", region_code=None)

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
    assert (period is None) == (psrc is None), text
    facts.append((f, LINE[0]))


# ================================================================ summary (lines 8-79)
# Every item has a body. Summary, ### headline and bold sub-headline figures that the body
# repeats are annotated once, at the body (150多部, 4.43亿元; the summary's 约半数 is the
# body's 约一半). The summary has no dates. Names count here (deduplicated by name).
at(14)
country("澳大利亚")
at(26)
org("中共中央办公厅")
org("国务院办公厅")
at(35)
country("中国")
at(49)
org("财政部")
at(55)
org("教育部")
# a named information platform (the body calls it 平台; 20240315 “全国消协智慧315”平台)
project("“阳光志愿”信息服务系统")
at(61)
org("国家文物局")
at(64)
# the broadcaster's short name (blind9) and the operator's well-known short name
org("总台")
org("中国移动")
at(67)
org("哈马斯")
# Hamas's Rafah brigade, like 卡桑旅 (blind8, blind9); 拉法 is nested here
org("拉法旅")
# a border crossing is a works (20240315 拱北口岸)
project("拉法口岸")
country("以色列")
at(76)
org("也门胡塞武装")
foreign("荷台达", ["也门"])

# ================================================================ story 1: flood control
at(86)
# orgs from the leader's titles (blind8: orgs from titles); 国家主席 is an office
org("中共中央")
org("中央军委")
region("广东", "广东省", "440000", "province", [])
region("福建", "福建省", "350000", "province", [])

# ================================================================ story 2: industrial internet
at(92)
date("今年以来", *Y2024, "year", approx="以来")
date("今年以来", *Y2024, "year", approx="以来")
org("工业和信息化部")
# "just in these days": deployed at the broadcast time (as an at-present word, blind8)
num("quantity", "49项", 49, unit="项", subject="工业互联网重点工作", period=D0618,
    psrc="sentence", entity="工业和信息化部", **CN)
# stocks as of a day take that day (blind8)
date("5月底", *D0531, "day", approx="底")
num("quantity", "5000亿个", 500000000000, unit="个", subject="累计标识注册量", period=D0531,
    psrc="sentence", **CN)
region("山西", "山西省", "140000", "province", [])
# an unnamed firm in 山西: entity null; no date in its sentence or paragraph that governs it
num("growth", "提高了20%", 20, unit="%", basis=None, subject="生产效率", period=D0618,
    psrc="document", **SX)
date("5月底", *D0531, "day", approx="底")
num("quantity", "超过1.3万个", 13000, unit="个", approx="超过",
    subject="“5G+工业互联网”项目", period=D0531, psrc="sentence", **CN)
region("东莞", "东莞市", "441900", "prefecture", ["广东省"])
# "two years ago" from the broadcast: the year 2022 (open decision)
date("两年前", *Y2022, "year")
region("北京", "北京市", "110000", "province", [])
# since the firm joined the platform (两年前, the paragraph before): since-X span, `section`;
# the firm's short name has no organisation word (not an org): entity null; its place 东莞
num("growth", "增长了三倍", 3, unit="倍", basis=None, subject="每个月获得客户的数量",
    period=SINCE_2022, psrc="section", **DG)
num("growth", "增长了30%", 30, unit="%", basis=None, subject="年销售额", period=SINCE_2022,
    psrc="section", **DG)
num("quantity", "超过36万家", 360000, unit="家", approx="超过", subject="平台上的中小企业",
    period=D0618, psrc="document", **CN)
date("今年", *Y2024, "year")

# ================================================================ story 3: CEO round table (Perth)
at(98)
date("18日上午", *D0618, "day")
org("国务院")
foreign("珀斯", ["澳大利亚"])

# ================================================================ story 4: welcome banquet (Perth)
at(104)
date("18日", *D0618, "day")
# foreign figures take the country (blind9)
num("quantity", "约350名", 350, unit="名", approx="约", subject="参加欢迎宴会的华侨华人代表",
    period=D0618, psrc="paragraph", **AU)
date("2014年", *Y2014, "year")

# ================================================================ story 5: opposition leader
at(110)
date("17日下午", *D0617, "day")
foreign("堪培拉", ["澳大利亚"])

# ================================================================ story 6: CPPCC symposium
at(116)
date("18日", *D0618, "day")
org("全国工商联")
org("中共中央政治局")
org("全国政协")
org("中国共产党")
org("民建中央")
org("民进中央")
org("农工党中央")
org("国家发展改革委")
org("科技部")
org("人力资源社会保障部")
org("国家卫生健康委")
org("国务院国资委")

# ================================================================ story 7: model-unit notice
at(122)
org("党中央")
date("今年", *Y2024, "year")
date("2019年以来", *Y2019, "year", approx="以来")

# ================================================================ story 8: book award
at(128)
date("6月18日", *D0618, "day")
# several countries: region null (blind9 三国)
num("quantity", "12个", 12, unit="个", subject="获奖者所属国家", period=D0618,
    psrc="paragraph")
num("quantity", "15位", 15, unit="位", subject="获奖者", period=D0618, psrc="paragraph")
# 以来 attaches to 设立, not to the year (blind5 2018年6月成立以来)
date("2005年", *Y2005, "year")
num("quantity", "63个", 63, unit="个", subject="获表彰者所属国家", period=SINCE_2005,
    psrc="sentence")
num("quantity", "203位", 203, unit="位", subject="获表彰的翻译家、出版家、作家",
    period=SINCE_2005, psrc="sentence")

# ================================================================ story 9: wheat harvest
at(134)
org("农业农村部")
date("5月27日", *D0527, "day")
date("今天（6月18日）", *D0618, "day")
# general shares and standing areas with no date before them in the paragraph: the lead's
# 今天 (`section`, blind7 story 9)
num("percent", "1/5以上", 20, unit="%", approx="以上", subject="夏粮产量占全年粮食产量比重",
    period=D0618, psrc="section", **CN)
num("quantity", "3.3亿亩以上", 330000000, unit="亩", approx="以上", subject="冬小麦播种面积",
    period=D0618, psrc="section", **CN)
date("今年", *Y2024, "year")
num("quantity", "60多万台", 600000, unit="台", approx="多", subject="投入联合收割机",
    period=Y2024, psrc="sentence", **CN)
# the 9 days of peak, the 10 days and the two days earlier are time, not quantities
num("quantity", "20万台以上", 200000, unit="台", approx="以上", subject="单日投入联合收割机",
    period=Y2024, psrc="paragraph", **CN)
num("quantity", "25万台", 250000, unit="台", subject="单日最多投入联合收割机", period=Y2024,
    psrc="paragraph", **CN)
num("percent", "超过98%", 98, unit="%", approx="超过", subject="小麦机收占比", period=Y2024,
    psrc="paragraph", **CN)
date("今年", *Y2024, "year")
region("安徽", "安徽省", "340000", "province", [])
num("quantity", "15万台", 150000, unit="台", subject="高性能联合收割机数量", period=Y2024,
    psrc="sentence", entity="安徽", **AH)
date("今年", *Y2024, "year")
date("去年", *Y2023, "year")
date("今年", *Y2024, "year")
region("河北省", "河北省", "130000", "province", [])
# 有望 (is expected to): forecast (CONVENTIONS 有可能)
num("quantity", "300亿斤", 30000000000, unit="斤", approx="突破", subject="小麦总产量",
    period=Y2024, psrc="paragraph", entity="河北省", role="forecast", **HEB)
region("河南省", "河南省", "410000", "province", [])
num("quantity", "730多万亩", 7300000, unit="亩", approx="多", subject="小麦高产示范区",
    period=Y2024, psrc="paragraph", entity="河南省", **HEN)
region("山东省", "山东省", "370000", "province", [])
num("quantity", "14个", 14, unit="个", subject="国家小麦单产提升整建制推进县", period=Y2024,
    psrc="paragraph", entity="山东省", **SD)
num("money", "2.14亿元", 214000000, unit=None, subject="财政资金", period=Y2024,
    psrc="paragraph", entity="山东省", **SD)
num("quantity", "6500多个", 6500, unit="个", approx="多", subject="规模种植主体", period=Y2024,
    psrc="paragraph", entity="山东省", **SD)
num("percent", "近七成", 70, unit="%", approx="近", subject="全国夏播粮食进度", period=D0618,
    psrc="sentence", **CN)

# ================================================================ story 10: cyberspace law
at(140)
org("国务院新闻办公室")
date("今天（6月18日）", *D0618, "day")
org("国家网信办")
org("最高人民法院")
num("quantity", "150多部", 150, unit="部", approx="多", subject="网络领域立法", period=D0618,
    psrc="sentence", entity="中国", **CN)

# ================================================================ story 11: Xu Limin
at(146)
# the title's run: province and city are regions, the county committee an org (市委-like)
region("浙江省", "浙江省", "330000", "province", [])
region("金华市", "金华市", "330700", "prefecture", ["浙江省"])
org("浦江县委")
# the 33 years of work are a duration
date("2000年", *Y2000, "year")
region("浙江", "浙江省", "330000", "province", [])
region("浦江县", "浦江县", "330726", "county", ["浙江省", "金华市"])
date("2021年", *Y2021, "year")
org("国家博物馆")
# his years of grassroots work have no fixed span: period null; the story's county
num("quantity", "215个", 215, unit="个", subject="牵头落实的惠民项目", period=None, psrc=None,
    **PJ)
project("“民情暖哨”网络平台")
num("percent", "99.8%", 99.8, unit="%", subject="百姓诉求处置率", period=None, psrc=None,
    entity="“民情暖哨”网络平台", **PJ)

# ================================================================ story 12: southern floods
at(152)
region("梅州", "梅州市", "441400", "prefecture", ["广东省"])
region("平远县", "平远县", "441426", "county", ["广东省", "梅州市"])
region("蕉岭县", "蕉岭县", "441427", "county", ["广东省", "梅州市"])
region("梅县区", "梅县区", "441403", "county", ["广东省", "梅州市"])
# a school named with its place (白渡镇 nested, not a separate region)
org("梅县区白渡镇中心小学")
# no date in the sentence, paragraph or lead (连日来 is vague): the broadcast day
num("quantity", "约100名", 100, unit="名", approx="约", subject="安置的转移群众", period=D0618,
    psrc="document", entity="梅县区白渡镇中心小学", **MX)
region("新铺镇", "新铺镇", None, "town", ["广东省", "梅州市", "蕉岭县"])
org("广东省应急管理厅")
num("quantity", "5架", 5, unit="架", subject="调派直升机", period=D0618, psrc="sentence",
    entity="广东省应急管理厅", **GD)
num("quantity", "17吨", 17, unit="吨", subject="输送救援物资", period=D0618, psrc="sentence",
    entity="广东省应急管理厅", **GD)
region("梅州市", "梅州市", "441400", "prefecture", ["广东省"])
num("quantity", "超万人", 10000, unit="人", approx="超", subject="集中各级救援力量",
    period=D0618, psrc="paragraph", entity="梅州市", **MZ)
num("quantity", "64000多名", 64000, unit="名", approx="多", subject="转移群众", period=D0618,
    psrc="paragraph", entity="梅州市", **MZ)
date("今天（6月18日）", *D0618, "day")
region("南平", "南平市", "350700", "prefecture", ["福建省"])
region("光泽县", "光泽县", "350723", "county", ["福建省", "南平市"])
num("quantity", "40多户", 40, unit="户", approx="多", subject="转移群众", period=D0618,
    psrc="sentence", entity="光泽县", **GZ)
num("quantity", "近70名", 70, unit="名", approx="近", subject="转移群众", period=D0618,
    psrc="sentence", entity="光泽县", **GZ)
num("quantity", "70000人次", 70000, unit="人次", subject="累计转移群众", period=D0618,
    psrc="sentence", entity="福建", **FJ)
date("今天", *D0618, "day")
region("广西", "广西壮族自治区", "450000", "province", [])
# 柳江 and 赣江 are rivers here (numbered floods), not the district 柳江区
date("今年", *Y2024, "year")
region("江西", "江西省", "360000", "province", [])
date("今年", *Y2024, "year")
date("今天下午", *D0618, "day")
# the named hydro-navigation works; its dam is a part
project("石虎塘航电枢纽")
# the count of the two provinces (blind8 两部门, blind9 三国): region null
num("quantity", "两省", 2, unit="省", subject="发生洪涝和地质灾害的省份", period=D0617,
    psrc="sentence")
date("17日", *D0617, "day")
org("国家防灾减灾救灾委员会办公室")
org("应急管理部")
org("国家粮食和物资储备局")
# sent to two provinces: region null; the acting bodies as written (blind8)
num("quantity", "10000件", 10000, unit="件", subject="紧急调拨家庭应急包", period=D0617,
    psrc="sentence", entity="国家防灾减灾救灾委员会办公室、应急管理部")
org("中国安能")
org("中国铁建")
# no date in the paragraph: the broadcast day; the clause's place 梅州
num("quantity", "230余人", 230, unit="人", approx="余", subject="投入工程抢险力量",
    period=D0618, psrc="document", entity="应急管理部", **MZ)
num("quantity", "57台套", 57, unit="台套", subject="投入挖掘机等大型机械装备", period=D0618,
    psrc="document", entity="应急管理部", **MZ)
org("国家防总")
region("贵州", "贵州省", "520000", "province", [])
region("湖南", "湖南省", "430000", "province", [])
num("quantity", "7省份", 7, unit="省份", subject="维持防汛四级应急响应的省份", period=D0618,
    psrc="sentence", entity="国家防总")
num("quantity", "5个", 5, unit="个", subject="协助指导防汛救灾的工作组", period=D0618,
    psrc="sentence", entity="国家防总", **CN)

# ================================================================ story 13: domestic briefs
at(158)
# (1) disaster-relief funds: the bold sub-headline's repeat is skipped; 日前 is vague
skip("4.43亿元")
num("money", "4.43亿元", 443000000, unit=None, subject="农业生产防灾救灾资金", period=D0618,
    psrc="document", entity="财政部")
region("河北", "河北省", "130000", "province", [])
region("江苏", "江苏省", "320000", "province", [])
region("山东", "山东省", "370000", "province", [])
region("河南", "河南省", "410000", "province", [])
region("陕西", "陕西省", "610000", "province", [])
num("quantity", "7省", 7, unit="省", subject="受灾省份", period=D0618, psrc="document")
# (2) red-story campaign
org("文化和旅游部")
date("17日", *D0617, "day")
# 持续到今年10月 → the month (seed CONVENTIONS 到2018年)
date("今年10月", *OCT, "month")
# (3) 教育部's platform
date("今年", *Y2024, "year")
# (4) county hospitals; the commission is only the informant
date("今天（6月18日）", *D0618, "day")
num("quantity", "1173家", 1173, unit="家", subject="对口帮扶的三级医院", period=D0618,
    psrc="sentence", **CN)
num("quantity", "1496家", 1496, unit="家", subject="受帮扶的县级医院", period=D0618,
    psrc="sentence", **CN)
num("percent", "85%", 85, unit="%", subject="达到二级以上医院服务能力的对口帮扶县医院占比",
    period=D0618, psrc="sentence", **CN)
# compared with 2020 (not 比上年): basis null; the comparison year is a date (blind6 7月)
date("2020年", *Y2020, "year")
num("growth", "增长6个百分点", 6, unit="pp", basis=None,
    subject="达到二级以上医院服务能力的对口帮扶县医院占比", period=D0618, psrc="sentence",
    **CN)
# (5) great sites
date("今天（6月18日）", *D0618, "day")
date("“十四五”以来", *SHISIWU, "period", approx="以来")
num("quantity", "135家", 135, unit="家", subject="国家考古遗址公园及立项单位",
    period=SINCE_14FYP, psrc="sentence", **CN)
date("2023年", *Y2023, "year")
num("quantity", "6720余万人次", 67200000, unit="人次", approx="余", subject="接待游客",
    period=Y2023, psrc="sentence", **CN)
num("quantity", "224项", 224, unit="项", subject="大遗址主动性考古发掘项目",
    period=SINCE_14FYP, psrc="paragraph", **CN)
# (6) CMG and China Mobile
org("中央广播电视总台")
org("中国移动通信集团有限公司")
date("今天（6月18日）", *D0618, "day")
# the year in the Games' name is a date (blind7, blind9)
date("2024年", *Y2024, "year")

# ================================================================ story 14: Rafah, Israel
at(164)
org("以色列国防军")
date("17日", *D0617, "day")
foreign("加沙地带", [])
foreign("拉法", [])
num("percent", "六至七成", 60, unit="%", value_max=70, subject="以军控制的拉法地区比例",
    period=D0617, psrc="sentence", entity="拉法", **PS)
org("巴勒斯坦伊斯兰抵抗运动")
# the statement of 17日 (the sentence before): `paragraph`
num("percent", "约一半", 50, unit="%", approx="约", subject="被击溃的哈马斯拉法旅兵力比例",
    period=D0617, psrc="paragraph", entity="拉法旅", **PS)
date("17日", *D0617, "day")
foreign("拉法市", [])
foreign("沙布拉难民营", [])
foreign("加沙", [])
org("联合国近东救济工程处")
date("17日", *D0617, "day")
org("联合国儿童基金会")
date("17日", *D0617, "day")
num("quantity", "至少3名", 3, unit="名", approx="至少", subject="受伤抗议者", period=D0617,
    psrc="paragraph", **IL)

# ================================================================ story 15: Russia, Ukraine
at(170)
org("俄罗斯国防部")
date("17日", *D0617, "day")
foreign("哈尔科夫", ["乌克兰"])
foreign("顿涅茨克", ["乌克兰"])
country("乌克兰")
date("17日", *D0617, "day")
foreign("波克罗夫斯克", ["乌克兰"])
# 以来 attaches to the month (blind6 去年7月以来)
date("5月以来", *MAY, "month", approx="以来")
foreign("克里米亚", ["乌克兰"])
# Russia vs Ukraine: region null (blind8); entity the place hit
num("quantity", "约15套", 15, unit="套", approx="约", subject="被打击的俄军防空系统",
    period=SINCE_MAY, psrc="sentence", entity="克里米亚")
org("北约")
country("英国")

# ================================================================ story 16: international briefs
at(176)
date("17日晚", *D0617, "day")
org("胡塞武装")
num("quantity", "至少10次", 10, unit="次", approx="至少", subject="空袭", period=D0617,
    psrc="sentence", entity="荷台达", **YE)
project("荷台达国际机场")
num("quantity", "至少6次", 6, unit="次", approx="至少", subject="空袭", period=D0617,
    psrc="sentence", entity="荷台达国际机场", **YE)
# the island in the Red Sea is a landform here (not a division): entity null
num("quantity", "4次", 4, unit="次", subject="空袭", period=D0617, psrc="sentence", **YE)
org("美国中央司令部")
date("17日", *D0617, "day")
num("quantity", "4台", 4, unit="台", subject="被摧毁的雷达", period=D0617, psrc="sentence",
    **YE)
num("quantity", "1艘", 1, unit="艘", subject="被摧毁的无人艇", period=D0617, psrc="sentence",
    **YE)
date("17日", *D0617, "day")
country("美国")
foreign("新墨西哥州", ["美国"])
foreign("鲁伊多索村", ["美国", "新墨西哥州"])
date("17日", *D0617, "day")
num("quantity", "17平方公里", 17, unit="平方公里", subject="林火过火面积", period=D0617,
    psrc="sentence", entity="鲁伊多索村", **US)
num("quantity", "超过7000名", 7000, unit="名", approx="超过", subject="被要求撤离的当地居民",
    period=D0617, psrc="paragraph", entity="鲁伊多索村", **US)
org("加州林业和消防局")
date("17日", *D0617, "day")
num("quantity", "至少18处", 18, unit="处", approx="至少", subject="活跃林火", period=D0617,
    psrc="sentence", **US)
num("quantity", "超过120平方公里", 120, unit="平方公里", approx="超过", subject="总过火面积",
    period=D0617, psrc="sentence", **US)

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
facts = [(f, line) for f, line in facts if f["kind"] is not None]

out = HERE / f"{DOC}.jsonl"
with out.open("w", encoding="utf-8") as fh:
    for f, _ in facts:
        fh.write(json.dumps({"doc": DOC, **f}, ensure_ascii=False) + "\n")

doc = {
    "doc": DOC,
    "title": "《新闻联播》 (20240618)",
    "issued": "2024-06-18",
    "year": 2024,
    "issuer": None,
    "genre": "news",
    "region": None,
    "region_code": None,
    "doc_number": None,
    "encoding": "UTF-8",
    "title_source": "the file's heading line `# 《新闻联播》 (20240618)`, as in the sibling news gold (20221110, 20221205, 20230412, 20230808, 20230915, 20231102, 20231115, 20240315, 20240413, 20240522, 20240723)",
    "issued_source": "the file name 20240618.md and the heading 《新闻联播》 (20240618), repeated in the summary's closing stamp (20240618 19:00) and in every link to the original (tv.cctv.com/2024/06/18/…240618.shtml): the broadcast of 2024-06-18",
    "year_source": "issued's year: 2024. Relative dates resolve against 2024-06-18: 今天（6月18日） / 今天 / 今天下午 / 18日 / 18日上午 / 6月18日 → 2024-06-18, 17日 / 17日下午 / 17日晚 → 2024-06-17, 5月27日 / 5月底 / 5月以来 / 今年10月 / 今年 / 今年以来 → 2024, 去年 → 2023, 两年前 → 2022",
    "issuer_source": "no issuer line; every story carries only the CCTV web byline, so issuer is null",
    "genre_source": "a 新闻联播 transcript: summary list plus sixteen news items (two of them collections of briefs), each with a body → news",
    "region_source": "a news file of many stories (national flood control and industry, Australia, Beijing meetings, the wheat harvest, Zhejiang, the southern floods from 梅州 to 江西, the domestic briefs, Gaza and Israel, Russia and Ukraine, Yemen, the United States): no single place, so region and region_code are null",
    "doc_number_source": "news transcript: no 发文字号",
    "encoding_source": "the file decodes as UTF-8 without a byte-order mark (first bytes 23 20 e3 80 8a = `# 《`)",
}
(HERE / f"{DOC}.doc.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")

counts = {}
for f, _ in facts:
    counts[f["kind"]] = counts.get(f["kind"], 0) + 1
print(f"{len(facts)} facts:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
