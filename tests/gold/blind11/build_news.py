#!/usr/bin/env python3
"""Blind gold for 20230621.md (新闻联播 2023-06-21), typed by hand.

Writes 20230621.md.jsonl and 20230621.md.doc.json next to this script.
Checks: every `text` occurs in the source, the facts stand in text order (each found after
the previous one, on the source line that `at()` names), and no project/org/region name is
listed twice. `skip(text)` moves past one unannotated occurrence (a bold sub-headline's repeat
of a body figure or date, or a name nested in a title); `back()` lets the next fact start where
the previous one started (a figure inside a name). No transcript text is kept here beyond the
facts' text, name and subject.

usage: python3 build_news.py [SOURCE]
SOURCE defaults to shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20230621.md.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = Path("/work/shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20230621.md")
SRC = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
DOC = "20230621.md"

# ---------------------------------------------------------------- helpers
D0621 = ("2023-06-21", "2023-06-21")
D0620 = ("2023-06-20", "2023-06-20")
D0619 = ("2023-06-19", "2023-06-19")
D0622 = ("2023-06-22", "2023-06-22")
D0531 = ("2023-05-31", "2023-05-31")
Y2019 = ("2019-01-01", "2019-12-31")
Y2022 = ("2022-01-01", "2022-12-31")
Y2023 = ("2023-01-01", "2023-12-31")
JAN_MAY = ("2023-01-01", "2023-05-31")   # 今年前5个月
MAY = ("2023-05-01", "2023-05-31")
APR = ("2023-04-01", "2023-04-30")
# the Dragon Boat holiday of 2023: 6月22日 (the festival, a Thursday) to 24日, three days
# (25日, a Sunday, a make-up working day); 端午假期 / 端午期间 / 端午小长假 / 端午假期期间
DUANWU = ("2023-06-22", "2023-06-24")
D21_25 = ("2023-06-21", "2023-06-25")    # 今天到25日, 今天（6月21日）至25日
D21_22 = ("2023-06-21", "2023-06-22")    # 今明两天
D21_24 = ("2023-06-21", "2023-06-24")    # 21日夜间至24日
# since-X periods run from the start of X to the broadcast day (blind8, blind10)
SINCE_Y = ("2023-01-01", "2023-06-21")       # 今年以来
SINCE_2112 = ("2021-12-01", "2023-06-21")    # 自2021年12月以来

CN = dict(region="中国", region_code=None)
HAN = dict(region="海南省", region_code="460000")
QD = dict(region="青岛市", region_code="370200")
BJ = dict(region="北京市", region_code="110000")
SZ = dict(region="深圳市", region_code="440300")
SD = dict(region="山东省", region_code="370000")
GZH = dict(region="贵州省", region_code="520000")
HEN = dict(region="河南省", region_code="410000")
XA = dict(region="河北雄安新区", region_code="13102001")
PS = dict(region="巴勒斯坦", region_code=None)
KR = dict(region="韩国", region_code=None)
UK = dict(region="英国", region_code=None)

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


def back():
    """The next fact starts where the previous one started (a figure inside a name)."""
    facts.append(({"kind": "_back", "text": ""}, LINE[0]))


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


# ================================================================ summary (lines 5-95)
# Every item has a body. Summary, ### headline and bold sub-headline figures and dates that
# the body repeats (or states in the same span) are annotated once, at the body: 端午 (items 7
# and 8), 增长8.1倍, 2023 / 2023年 (items 11(4), 11(8)), 超过4万家, 5月 and 上月 (item 16(4)).
# The rounded 超2100万人次 of item 11(3) (body 2112.72万人次) is not annotated (blind9).
# Names count here (deduplicated by name).
at(11)
country("德国")
at(32)
org("中央广播电视总台")
at(41)
# 内地 (the mainland) is not a region (blind9); CEPA and 20周年 are a title and an anniversary
region("香港", "香港特别行政区", "810000", "province", [])
at(44)
org("国家疾控局")
at(47)
# the body never says 今年 (it says 截至5月底): annotated once, at the summary (blind8 两部门);
# the bold sub-headline's repeat is not annotated
date("今年", *Y2023, "year")
region("北京", "北京市", "110000", "province", [])
at(50)
region("山东", "山东省", "370000", "province", [])
at(59)
# the telescope's short name (two names: FAST and its full name in the body)
project("FAST")
at(65)
project("雄安干渠工程")
at(68)
# a named group of UN member states (小组), quotes kept as in named platforms (20240315)
org("“捍卫《联合国宪章》之友小组”")
at(71)
# the General Assembly's well-known short name (blind9 联合国大会)
org("联大")
# a territory under a sovereignty dispute (like 克里米亚, blind10): a foreign place, no parents
foreign("马尔维纳斯群岛", [])
at(74)
foreign("克里米亚", ["乌克兰"])
at(76)
country("美国")
at(79)
foreign("约旦河西岸", [])
at(85)
country("日本")
foreign("福岛", ["日本"], canonical="福岛县")
at(88)
country("委内瑞拉")
at(91)
country("苏丹")
# the intelligence service's short name; the body names it 苏丹情报总局 (two names)
org("情报总局")
at(94)
country("英国")

# ================================================================ story 1: digital infrastructure
at(101)
date("今年以来", *Y2023, "year", approx="以来")
date("今年以来", *Y2023, "year", approx="以来")
project("“东数西算”工程")
# the project's eight hubs: its make-up (a size), not a result: period and role null
num("quantity", "8个", 8, unit="个", subject="国家算力枢纽", period=None, psrc=None,
    entity="“东数西算”工程", role=None, **CN)
num("quantity", "近70个", 70, unit="个", approx="近", subject="新开工数据中心", period=SINCE_Y,
    psrc="sentence", entity="“东数西算”工程", **CN)
# 翻了一番 = doubled: growth 1 倍 (blind9 翻番, blind8 翻一倍多); the west is a macro-area: null
num("growth", "同比翻了一番", 1, unit="倍", basis="同比", subject="西部新增数据中心建设规模",
    period=SINCE_Y, psrc="sentence")
# 今年年初: 年初 has no fixed bounds (CONVENTIONS), the year does
date("今年", *Y2023, "year")
date("今年以来", *Y2023, "year", approx="以来")
region("海南", "海南省", "460000", "province", [])
# a ratio, not a change (blind9 吉林 10倍 → percent 1000); a specification of the unnamed
# undersea data centre: period and role null
num("percent", "5-7倍", 500, unit="%", value_max=700,
    subject="海底数据中心运算功率密度与陆地传统数据中心之比", period=None, psrc=None, role=None,
    **HAN)
region("青岛", "青岛市", "370200", "prefecture", ["山东省"])
date("今年", *Y2023, "year")
# 十大平台经济生态体系 is a label; 提出 … 新发布: a plan
num("quantity", "1000个以上", 1000, unit="个", approx="以上", subject="新发布工业赋能场景",
    period=Y2023, psrc="sentence", entity="青岛", role="target", **QD)
region("上海", "上海市", "310000", "province", [])
# the named board of the data exchange that Shanghai starts to build (a platform)
project("数据交易所国际板")
region("安徽", "安徽省", "340000", "province", [])
# a named data-centre cluster (one of the national clusters); 芜湖 is nested
project("芜湖数据中心集群")
region("福建", "福建省", "350000", "province", [])
date("今年以来", *Y2023, "year", approx="以来")
date("5月末", *D0531, "day", approx="末")
# stocks as of a day take that day (blind8); the later items of the 截至 list: `paragraph`
num("quantity", "284.4万个", 2844000, unit="个", subject="5G基站总数", period=D0531,
    psrc="sentence", **CN)
num("ranking", "位居全球第一", 1, unit=None, scope="全球", subject="IPv6地址资源总量",
    period=D0531, psrc="paragraph", **CN)
num("quantity", "超过650万标准机架", 6500000, unit="标准机架", approx="超过",
    subject="全国数据中心总规模", period=D0531, psrc="paragraph", **CN)
# standing counts with no date in their sentence or paragraph: the broadcast day (blind10)
num("quantity", "超过240个", 240, unit="个", approx="超过",
    subject="具有一定区域和行业影响力的工业互联网平台", period=D0621, psrc="document", **CN)
num("quantity", "超过8100万台（套）", 81000000, unit="台（套）", approx="超过",
    subject="重点平台连接设备", period=D0621, psrc="document", **CN)

# ================================================================ story 2: government consultations (Berlin)
at(107)
date("20日上午", *D0620, "day")
# the premier's title (blind10)
org("国务院")
foreign("柏林", ["德国"])
# departments of both countries: region null (multi-country counts, blind10); the lead's day
num("quantity", "22个", 22, unit="个", subject="部门", period=D0620, psrc="section")

# ================================================================ story 3: forum and round table (Berlin)
at(113)
date("20日下午", *D0620, "day")
num("quantity", "200多名", 200, unit="名", approx="多", subject="出席闭幕式的中德经济、企业界代表",
    period=D0620, psrc="paragraph")
country("中国")
num("quantity", "30多位", 30, unit="位", approx="多", subject="座谈交流的中德企业家代表",
    period=D0620, psrc="section")
org("中德经济顾问委员会")

# ================================================================ story 4: symposium on religious work
at(119)
date("21日", *D0621, "day")
# orgs from the titles (blind8)
org("中共中央政治局")
org("全国政协")
org("中央统战部")
org("中央宣传部")
# the run of four provinces sharing the head 党委统战部: regions; the shared head is a
# plural of provincial departments, not one named body (blind8 shared heads)
region("浙江省", "浙江省", "330000", "province", [])
region("四川省", "四川省", "510000", "province", [])
region("宁夏回族自治区", "宁夏回族自治区", "640000", "province", [])
region("山东省", "山东省", "370000", "province", [])

# ================================================================ story 5: foreign trade
at(125)
date("今年前5个月", *JAN_MAY, "month")
date("今年前5个月", *JAN_MAY, "month")
num("money", "5.57万亿元", 5570000000000, unit=None, subject="出口机电产品", period=JAN_MAY,
    psrc="sentence", **CN)
num("growth", "同比增长9.5%", 9.5, unit="%", basis="同比", subject="出口机电产品",
    period=JAN_MAY, psrc="sentence", **CN)
num("percent", "近六成", 60, unit="%", approx="近", subject="机电产品占出口总值比重",
    period=JAN_MAY, psrc="sentence", **CN)
num("money", "2667.8亿元", 266780000000, unit=None, subject="汽车出口", period=JAN_MAY,
    psrc="paragraph", **CN)
# no comparison word in its clause: basis null
num("growth", "增长124.1%", 124.1, unit="%", basis=None, subject="汽车出口", period=JAN_MAY,
    psrc="paragraph", **CN)
date("今年前5个月", *JAN_MAY, "month")
num("money", "8.86万亿元", 8860000000000, unit=None, subject="民营企业进出口", period=JAN_MAY,
    psrc="sentence", **CN)
num("percent", "52.8%", 52.8, unit="%", subject="民营企业进出口占外贸总值比重",
    period=JAN_MAY, psrc="sentence", **CN)
# 较去年同期: the comparison phrase gives basis 同比 and is no date (blind7, 20240723)
num("growth", "较去年同期提升3.9个百分点", 3.9, unit="pp", basis="同比",
    subject="民营企业进出口占比", period=JAN_MAY, psrc="sentence", **CN)
date("今年前5个月", *JAN_MAY, "month")
num("money", "11万亿元", 11000000000000, unit=None, subject="一般贸易进出口规模",
    period=JAN_MAY, psrc="sentence", **CN)
num("growth", "较去年同期提升1.4个百分点", 1.4, unit="pp", basis="同比",
    subject="一般贸易进出口占比", period=JAN_MAY, psrc="sentence", **CN)
num("percent", "65.6%", 65.6, unit="%", subject="一般贸易进出口占比", period=JAN_MAY,
    psrc="sentence", **CN)
date("今年前5个月", *JAN_MAY, "month")
# the central and western regions: a macro-area of many provinces, region null (blind9)
num("money", "3.06万亿元", 3060000000000, unit=None, subject="中西部地区合计进出口",
    period=JAN_MAY, psrc="sentence")
num("growth", "同比增长7.6%", 7.6, unit="%", basis="同比", subject="中西部地区合计进出口",
    period=JAN_MAY, psrc="sentence")
num("percent", "18.2%", 18.2, unit="%", subject="中西部地区进出口占我国进出口总值的比重",
    period=JAN_MAY, psrc="sentence")
num("growth", "较去年同期提升0.4个百分点", 0.4, unit="pp", basis="同比",
    subject="中西部地区进出口占比", period=JAN_MAY, psrc="sentence")
num("growth", "同比增速超过30%", 30, unit="%", approx="超过", basis="同比",
    subject="中西部地区对“一带一路”沿线国家进出口", period=JAN_MAY, psrc="paragraph")

# ================================================================ story 6: new-energy vehicles
at(131)
date("今天（6月21日）", *D0621, "day")
# a standing requirement (确保): target; no fixed span: period null
num("percent", "100%", 100, unit="%", subject="新建居住区固定车位建设充电基础设施或预留安装条件比例",
    period=None, psrc=None, role="target", **CN)
date("2027年年底", "2027-12-31", "2027-12-31", "day", approx="底")
date("2024年1月1日至2025年12月31日", "2024-01-01", "2025-12-31", "period")
# 前两年 / 后两年 restate these spans; 减半 (halved) is the tax term, not annotated
date("2026年1月1日至2027年12月31日", "2026-01-01", "2027-12-31", "period")
date("2024年到2027年", "2024-01-01", "2027-12-31", "year")
# 据初步估算 … 将达到: an estimate (forecast)
num("money", "5200亿元", 520000000000, unit=None, subject="减免车辆购置税规模总额",
    period=("2024-01-01", "2027-12-31"), psrc="sentence", role="forecast", **CN)

# ================================================================ story 7: Dragon Boat shopping
at(137)
date("端午假期", *DUANWU, "period")
# no date in the sentence or paragraph: the broadcast day (blind10)
num("growth", "翻倍增长", 1, unit="倍", basis=None, subject="粽叶、箬叶、红绳等手工材料的销量",
    period=D0621, psrc="document", **CN)
# 近一周 has no fixed bounds (CONVENTIONS 近一年): period null; 较前一周 → 环比
num("growth", "较前一周增长近70%", 70, unit="%", approx="近", basis="环比",
    subject="一些大型连锁超市门店粽子、咸鸭蛋、粽叶销售额", period=None, psrc=None, **CN)
region("浙江", "浙江省", "330000", "province", [])
region("嘉兴", "嘉兴市", "330400", "prefecture", ["浙江省"])
region("温岭", "温岭市", "331081", "county", ["浙江省", "台州市"])
# 粤港澳大湾区 is a macro-area (blind9); 200多年 is a duration
region("四川", "四川省", "510000", "province", [])
region("眉山", "眉山市", "511400", "prefecture", ["四川省"])
org("北京花卉交易中心")
# 近二十天 has no fixed bounds: period null
num("money", "突破千万元", 10000000, unit=None, approx="突破", subject="销售额", period=None,
    psrc=None, entity="北京花卉交易中心", **BJ)

# ================================================================ story 8: holiday transport
at(143)
date("端午假期", *DUANWU, "period")
date("今天（6月21日）", *D0621, "day")
date("今天到25日", *D21_25, "period")
num("quantity", "7100万人次", 71000000, unit="人次", subject="全国铁路发送旅客", period=D21_25,
    psrc="sentence", role="forecast", **CN)
num("quantity", "1420万人次", 14200000, unit="人次", subject="全国铁路日均发送旅客",
    period=D21_25, psrc="sentence", role="forecast", **CN)
date("6月22日", *D0622, "day")
num("quantity", "约1600万人次", 16000000, unit="人次", approx="约", subject="客流高峰日发送旅客",
    period=D0622, psrc="sentence", role="forecast", **CN)
date("今明两天", *D21_22, "period")
region("郑州", "郑州市", "410100", "prefecture", ["河南省"])
region("南昌", "南昌市", "360100", "prefecture", ["江西省"])
region("杭州", "杭州市", "330100", "prefecture", ["浙江省"])
region("福州", "福州市", "350100", "prefecture", ["福建省"])
# 将开行: target (CONVENTIONS 将)
num("quantity", "108列", 108, unit="列", subject="夜间高铁列车", period=D21_22, psrc="sentence",
    role="target", **CN)
date("今天", *D0621, "day")
# the airport is a works (blind10 荷台达国际机场)
project("首都机场")
date("端午假期", *DUANWU, "period")
date("端午期间", *DUANWU, "period")
num("quantity", "16110班", 16110, unit="班", subject="全国民航日均计划执行航班", period=DUANWU,
    psrc="sentence", role="target", **CN)
# compared with 2019 (not the year before): basis null; the comparison year is a date
num("growth", "较2019年同期增长1.7%", 1.7, unit="%", basis=None,
    subject="全国民航日均计划执行航班", period=DUANWU, psrc="sentence", role="target", **CN)
date("2019年", *Y2019, "year")
date("端午期间", *DUANWU, "period")

# ================================================================ story 9: CMG holiday programmes
at(149)
date("端午假期期间", *DUANWU, "period")
date("端午小长假", *DUANWU, "period")
# the broadcaster's short name (blind9); its channels are outlets, not orgs
org("总台")
date("端午期间", *DUANWU, "period")
date("端午期间", *DUANWU, "period")
date("端午假期", *DUANWU, "period")

# ================================================================ story 10: weather
at(155)
date("今天（6月21日）至25日", *D21_25, "period")
region("贵州", "贵州省", "520000", "province", [])
region("湖南", "湖南省", "430000", "province", [])
region("湖北", "湖北省", "420000", "province", [])
region("江西", "江西省", "360000", "province", [])
region("广西", "广西壮族自治区", "450000", "province", [])
date("21日夜间至24日", *D21_24, "period")
# 华北, 黄淮 are macro-areas; 未来几天 is vague
region("天津", "天津市", "120000", "province", [])
region("河北", "河北省", "130000", "province", [])
region("河南", "河南省", "410000", "province", [])
# temperatures are measures (quantity, unit ℃); a weather forecast; several provinces: null;
# the paragraph's span 今天至25日
num("quantity", "35℃—37℃", 35, unit="℃", value_max=37, subject="最高气温", period=D21_25,
    psrc="paragraph", role="forecast")
num("quantity", "超过39℃", 39, unit="℃", approx="超过", subject="局地最高气温", period=D21_25,
    psrc="paragraph", role="forecast")
date("端午假期期间", *DUANWU, "period")

# ================================================================ story 11: domestic briefs
at(161)
# (1) CEPA: the bold sub-headline's repeat is skipped
skip("增长8.1倍")
org("深圳海关")
# the mainland's imports from Hong Kong: region 中国 (the importer), entity 香港 (the partner,
# blind8 Guangxi–ASEAN); the first year of implementation is not stated: period null
num("money", "8.6亿元", 860000000, unit=None, subject="内地进口原产于香港商品货值",
    period=None, psrc=None, entity="香港", **CN)
date("2022年", *Y2022, "year")
num("money", "77.9亿元", 7790000000, unit=None, subject="内地进口原产于香港商品货值",
    period=Y2022, psrc="sentence", entity="香港", **CN)
num("growth", "增长8.1倍", 8.1, unit="倍", basis=None, subject="内地进口原产于香港商品货值",
    period=Y2022, psrc="sentence", entity="香港", **CN)
# the customs district is named by its city: 深圳 is a region
region("深圳", "深圳市", "440300", "prefecture", ["广东省"])
num("percent", "近三成", 30, unit="%", approx="近", subject="经深圳关区进口货值占比",
    period=Y2022, psrc="paragraph", **SZ)
num("ranking", "居全国首位", 1, unit=None, scope="全国", subject="经深圳关区进口货值占比",
    period=Y2022, psrc="paragraph", **SZ)
# 已享受: a standing state: the broadcast day
num("quantity", "近9000种", 9000, unit="种", approx="近", subject="享受进口零关税的香港出产商品",
    period=D0621, psrc="document", entity="香港", **CN)
# (2) the heat guide
date("今天（6月21日）", *D0621, "day")
num("quantity", "三类", 3, unit="类", subject="重点人群", period=D0621, psrc="sentence",
    entity="国家疾控局", **CN)
# (3) Beijing's cross-region medical settlement; the informant is not the entity
org("北京市医保局")
date("5月底", *D0531, "day", approx="底")
num("quantity", "2112.72万人次", 21127200, unit="人次", subject="异地就医直接结算惠及人次",
    period=D0531, psrc="sentence", entity="北京", **BJ)
num("money", "828.97亿元", 82897000000, unit=None, subject="减少群众垫付资金", period=D0531,
    psrc="sentence", entity="北京", **BJ)
region("北京市", "北京市", "110000", "province", [])
# (4) Shandong consumption season: the bold sub-headline's year is skipped; the year in
# the season's name is a date (blind9 campaign years)
skip("2023")
org("山东省人民政府")
date("2023", *Y2023, "year")
date("昨天（6月20日）", *D0620, "day")
region("烟台", "烟台市", "370600", "prefecture", ["山东省"])
num("quantity", "50多场", 50, unit="场", approx="多", subject="促消费活动", period=Y2023,
    psrc="paragraph", role="target", **SD)
num("money", "超1亿元", 100000000, unit=None, approx="超", subject="消费券", period=Y2023,
    psrc="paragraph", entity="山东", role="target", **SD)
num("money", "1.1亿元", 110000000, unit=None, subject="支付优惠", period=Y2023,
    psrc="paragraph", role="target", **SD)
num("quantity", "超4万家", 40000, unit="家", approx="超", subject="参与活动企业、商户",
    period=Y2023, psrc="paragraph", role="forecast", **SD)
# (5) science and technology associations
skip("超过4万家")
org("民政部")
num("quantity", "超过4万家", 40000, unit="家", approx="超过", subject="科技领域社会组织",
    period=D0621, psrc="sentence", **CN)
date("2022年度", *Y2022, "year")
num("quantity", "7000余场", 7000, unit="场", approx="余", subject="全国性科技学术社团举办各类学术研讨活动",
    period=Y2022, psrc="sentence", **CN)
num("quantity", "1000余次", 1000, unit="次", approx="余", subject="参与国际交流活动",
    period=Y2022, psrc="sentence", **CN)
# (6) drugs report; 近10年来 is not a date; the year in the report's title is (years in names)
date("今天（6月21日）", *D0621, "day")
org("国家禁毒办")
date("2022年", *Y2022, "year")
date("2022年", *Y2022, "year")
# (7) FAST: the aperture inside the telescope's name (blind9 200万千瓦 in a project's name);
# 53分钟 is time, not a quantity
project("500米口径球面射电望远镜")
back()
num("quantity", "500米", 500, unit="米", subject="口径", period=None, psrc=None,
    entity="500米口径球面射电望远镜", role=None, **GZH)
# (8) Yellow River; 20天左右 is a duration
date("今天（6月21日）上午", *D0621, "day")
project("小浪底水利枢纽")
date("今年", *Y2023, "year")
date("今年", *Y2023, "year")
num("quantity", "55亿立方米", 5500000000, unit="立方米", subject="总泄水量", period=Y2023,
    psrc="sentence", role="forecast", **HEN)
num("quantity", "8000万吨", 80000000, unit="吨", subject="排沙量", period=Y2023,
    psrc="sentence", role="forecast", **HEN)
# (9) Xiong'an canal
date("6月20日", *D0620, "day")
project("南水北调中线总干渠")
project("雄安新区原水应急调蓄池")
# a size: period and role null
num("quantity", "约为118万立方米", 1180000, unit="立方米", approx="约", subject="总库容",
    period=None, psrc=None, entity="雄安新区原水应急调蓄池", role=None, **XA)
region("雄安新区", "河北雄安新区", "13102001", "zone", ["河北省"])

# ================================================================ story 12: UN Human Rights Council
at(167)
org("联合国人权理事会")
date("20日", *D0620, "day")

# ================================================================ story 13: Malvinas
at(173)
org("联大非殖民化特别委员会")
date("20日", *D0620, "day")
country("阿根廷")
skip("联合国宪章")
org("联合国")

# ================================================================ story 14: Russia, Ukraine
at(179)
org("俄罗斯国防部")
date("20日", *D0620, "day")
foreign("顿涅茨克", ["乌克兰"])
foreign("扎波罗热", ["乌克兰"])
# 国防部长 is one word: 俄罗斯 stands alone (blind8)
country("俄罗斯")
date("20日", *D0620, "day")
date("20日", *D0620, "day")
country("乌克兰")
org("欧盟")
# a support plan's size (计划), announced on the 20th: target; the plan's span is not
# stated: period null (blind9 15个); several countries: region null
num("money", "500亿欧元", 50000000000, unit=None, currency="EUR", subject="对乌支持计划",
    period=None, psrc=None, entity="欧盟", role="target")

# ================================================================ story 15: West Bank
at(185)
org("以色列国防军")
date("19日", *D0619, "day")
foreign("杰宁", [])
country("巴勒斯坦")
date("20日", *D0620, "day")
country("以色列")
# the shooting of the 20th (sentence before), near a settlement in the West Bank: 巴勒斯坦
num("quantity", "4名", 4, unit="名", subject="死亡人数", period=D0620, psrc="paragraph", **PS)
num("quantity", "4人", 4, unit="人", subject="受伤人数", period=D0620, psrc="paragraph", **PS)
num("quantity", "2名", 2, unit="名", subject="实施枪击的巴勒斯坦人", period=D0620,
    psrc="paragraph", **PS)
org("巴勒斯坦伊斯兰抵抗运动")
org("哈马斯")
num("quantity", "2名", 2, unit="名", subject="哈马斯成员", period=D0620, psrc="paragraph",
    entity="巴勒斯坦伊斯兰抵抗运动", **PS)
# the raid of the 19th in Jenin (first sentence of the paragraph); entity the place hit
num("quantity", "7名", 7, unit="名", subject="死亡人数", period=D0619, psrc="paragraph",
    entity="杰宁", **PS)
num("quantity", "90多人", 90, unit="人", approx="多", subject="受伤人数", period=D0619,
    psrc="paragraph", entity="杰宁", **PS)
date("今年以来", *Y2023, "year", approx="以来")
foreign("加沙地带", [])
foreign("耶路撒冷", [])

# ================================================================ story 16: international briefs
at(191)
# (1) Fukushima
date("20日", *D0620, "day")
foreign("福岛市", ["日本", "福岛县"])
foreign("福岛县", ["日本"])
org("福岛县议会")
org("福岛县政府")
org("日本政府")
org("东京电力公司")
date("21日", *D0621, "day")
num("quantity", "超过105万", 1050000, unit="人", approx="超过",
    subject="签名反对福岛核污染水排海计划的韩国人", period=D0621, psrc="sentence", **KR)
country("韩国")
# (2) Venezuela
org("委内瑞拉政府")
date("20日", *D0620, "day")
foreign("加拉加斯", ["委内瑞拉"])
# (3) Sudan
date("21日上午", *D0621, "day")
org("苏丹武装部队")
org("快速支援部队")
foreign("喀土穆市", ["苏丹"])
date("此前一天", *D0620, "day")
foreign("喀土穆", ["苏丹"])
org("苏丹情报总局")
date("20日", *D0620, "day")
# (4) UK inflation: the bold sub-headline's month is skipped
skip("5月")
org("英国国家统计局")
date("今天（6月21日）", *D0621, "day")
date("5月", *MAY, "month")
num("growth", "同比上涨8.7%", 8.7, unit="%", basis="同比", subject="消费者价格指数",
    period=MAY, psrc="sentence", **UK)
# the comparison month is a date (blind6 7月)
date("4月份", *APR, "month")
# the market's expectation of the same year-on-year rate: forecast
num("growth", "8.4%", 8.4, unit="%", basis="同比", subject="市场预期的消费者价格指数涨幅",
    period=MAY, psrc="sentence", role="forecast", **UK)
num("growth", "同比上涨7.1%", 7.1, unit="%", basis="同比", subject="核心CPI", period=MAY,
    psrc="paragraph", **UK)
date("1992年3月以来", "1992-03-01", "1992-03-31", "month", approx="以来")
org("英国央行")
date("2021年12月以来", "2021-12-01", "2021-12-31", "month", approx="以来")
num("quantity", "十二次", 12, unit="次", subject="加息次数", period=SINCE_2112, psrc="sentence",
    entity="英国央行", **UK)

# ---------------------------------------------------------------- checks
src = SRC.read_text(encoding="utf-8")
line_start = [0]
for ln in src.split("\n"):
    line_start.append(line_start[-1] + len(ln) + 1)
pos = 0
last = 0
errors = []
seen = set()
for f, line in facts:
    if f["kind"] == "_back":
        pos = last
        continue
    t = f["text"]
    lo, hi = line_start[line - 1], line_start[line]
    i = src.find(t, max(pos, lo))
    if i == -1 or i + len(t) > hi:
        errors.append(f"text not found (in order) on line {line} after {pos}: {t!r}")
        continue
    last = i
    pos = i + 1
    if f["kind"] in ("project", "org", "region"):
        key = f["name"]
        if key in seen:
            errors.append(f"name listed twice: {key}")
        seen.add(key)
if errors:
    sys.exit("\n".join(errors))
facts = [(f, line) for f, line in facts if f["kind"] not in (None, "_back")]

out = HERE / f"{DOC}.jsonl"
with out.open("w", encoding="utf-8") as fh:
    for f, _ in facts:
        fh.write(json.dumps({"doc": DOC, **f}, ensure_ascii=False) + "\n")

doc = {
    "doc": DOC,
    "title": "《新闻联播》 (20230621)",
    "issued": "2023-06-21",
    "year": 2023,
    "issuer": None,
    "genre": "news",
    "region": None,
    "region_code": None,
    "doc_number": None,
    "encoding": "UTF-8",
    "title_source": "the file's heading line `# 《新闻联播》 (20230621)`, as in the sibling news gold (20221110, 20221205, 20230412, 20230808, 20230915, 20231102, 20231115, 20240315, 20240413, 20240522, 20240618, 20240723)",
    "issued_source": "the file name 20230621.md and the heading 《新闻联播》 (20230621), repeated in the summary's closing stamp (20230621 19:00) and in every link to the original (tv.cctv.com/2023/06/21/…230621.shtml): the broadcast of 2023-06-21",
    "year_source": "issued's year: 2023. Relative dates resolve against 2023-06-21: 今天（6月21日） / 今天 / 21日 / 21日上午 / 今天（6月21日）上午 → 2023-06-21, 昨天（6月20日） / 20日 / 20日上午 / 20日下午 / 此前一天 / 6月20日 → 2023-06-20, 19日 → 2023-06-19, 今天到25日 / 今明两天 / 21日夜间至24日 → spans from 2023-06-21, 端午假期 → 2023-06-22..24, 今年 / 今年以来 / 今年前5个月 / 5月末 / 5月底 / 5月 / 4月份 → 2023",
    "issuer_source": "no issuer line; every story carries only the CCTV web byline, so issuer is null",
    "genre_source": "a 新闻联播 transcript: summary list plus sixteen news items (two of them collections of briefs), each with a body → news",
    "region_source": "a news file of many stories (national digital infrastructure, trade, vehicles, holiday and weather, Berlin, Beijing meetings, the domestic briefs from 香港 to 雄安, the UN, Russia and Ukraine, the West Bank, Japan, Venezuela, Sudan, the United Kingdom): no single place, so region and region_code are null",
    "doc_number_source": "news transcript: no 发文字号",
    "encoding_source": "the file decodes as UTF-8 without a byte-order mark (first bytes 23 20 e3 80 8a = `# 《`)",
}
(HERE / f"{DOC}.doc.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")

counts = {}
for f, _ in facts:
    counts[f["kind"]] = counts.get(f["kind"], 0) + 1
print(f"{len(facts)} facts:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
