#!/usr/bin/env python3
"""Blind gold for 20231102.md (新闻联播 2023-11-02), typed by hand.

Writes 20231102.md.jsonl and 20231102.md.doc.json next to this script.
Checks: every `text` occurs in the source, the facts stand in text order (each found after
the previous one, on the source line that `at()` names), and no project/org/region name is
listed twice. No transcript text is kept here beyond the facts' text, name and subject.

usage: python3 build_news.py [SOURCE]
SOURCE defaults to shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20231102.md.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = Path("/work/shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20231102.md")
SRC = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
DOC = "20231102.md"

# ---------------------------------------------------------------- helpers
D1102 = ("2023-11-02", "2023-11-02")
D1101 = ("2023-11-01", "2023-11-01")
Y2023 = ("2023-01-01", "2023-12-31")
Y2024 = ("2024-01-01", "2024-12-31")
Y2026 = ("2026-01-01", "2026-12-31")
JAN_SEP = ("2023-01-01", "2023-09-30")
H1 = ("2023-01-01", "2023-06-30")
OCT = ("2023-10-01", "2023-10-31")
END2024 = ("2024-12-31", "2024-12-31")
# the freight-hub item: 从2022年到今年10月底
HUB = ("2022-01-01", "2023-10-31")
# "for ten years" since the 墨脱公路 opened in 2013年10月: year grain from 2013 up to the
# broadcast day, as blind7 gave its six-years figures 2018-01-01..2024-04-13
TEN = ("2013-01-01", "2023-11-02")

CN = dict(region="中国", region_code=None)
XZ = dict(region="西藏自治区", region_code="540000")
JX = dict(region="江西省", region_code="360000")
GX = dict(region="广西壮族自治区", region_code="450000")
XJ = dict(region="新疆维吾尔自治区", region_code="650000")
GZ = dict(region="广州市", region_code="440100")
ZJ = dict(region="浙江省", region_code="330000")
PS = dict(region="巴勒斯坦", region_code=None)
US = dict(region="美国", region_code=None)

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
        currency="CNY"):
    f = {"kind": kind, "text": text, "value": value, "approx": approx, "value_max": value_max}
    if kind == "money":
        f["currency"] = currency
        f["unit"] = None
    else:
        f["unit"] = unit
    if kind == "growth":
        f["basis"] = basis
    f.update({"subject": subject, "period": _per(period), "period_source": psrc,
              "entity": entity, "region": region, "region_code": region_code, "role": role})
    assert (period is None) == (psrc is None), text
    facts.append((f, LINE[0]))


# ================================================================ summary (lines 8-71)
# Every item has a body. Figures and dates the body repeats are annotated once, at the body:
# 前三季度 (item 4 = the body's 1—9月份), 超19万人, 120亿元, 1—9月份, 5.13万个, 10月, 前三季度,
# 2500亿元, 81名. The Gaza item's 约半数 rounds the body's 16 of 35 hospitals: the same fact,
# not annotated (20221110 超6成). Names count here (deduplicated by name).
at(11)
# the standing committee, named inside the session's name (20240723 listed the same two names)
org("全国政协十四届常委会")
at(14)
org("国务院")
at(29)
region("江西", "江西省", "360000", "province", [])
at(32)
region("广西", "广西壮族自治区", "450000", "province", [])
project("西部陆海新通道")
at(41)
# the body names the two ministries but never states their count: annotated once, here
# (20230412 两部门); its period is the item's span, from the body (`section`)
num("quantity", "两部门", 2, unit="部门", subject="部门", period=HUB, psrc="section")
at(50)
region("新疆", "新疆维吾尔自治区", "650000", "province", [])
at(53)
project("甬金铁路")
at(56)
org("国家防总")
at(59)
foreign("加沙地带", [])
org("哈马斯")
country("埃及")
at(71)
org("美联储")

# ================================================================ story 1: Li Keqiang cremated
at(78)
org("中国共产党")
# the body of the title 中国共产党第十七届、十八届、十九届中央政治局常委
org("中央政治局")
date("2日", *D1102, "day")
# 北京 stands before the cemetery's name 八宝山革命公墓 (itself not annotated, 20221205)
region("北京", "北京市", "110000", "province", [])
date("2023年10月27日0时10分", "2023-10-27", "2023-10-27", "day")
region("上海", "上海市", "310000", "province", [])
date("2日上午", *D1102, "day")

# ================================================================ story 2: CPPCC standing committee
at(84)
org("政协第十四届全国委员会常务委员会")
date("2日上午", *D1102, "day")
org("中共中央政治局")
org("全国政协")
org("人民政协")
org("中共中央")
org("山东大学儒学高等研究院")

# ================================================================ story 3: fines abolished
at(90)
# 日前 is vague: the broadcast day (`document`); 国务院 acts in the sentence (entity), region its place
num("quantity", "33个", 33, unit="个", subject="取消和调整的罚款事项", period=D1102,
    psrc="document", entity="国务院", **CN)
num("quantity", "16个", 16, unit="个", subject="取消的罚款事项", period=D1102, psrc="document",
    entity="国务院", **CN)
num("quantity", "17个", 17, unit="个", subject="调整的罚款事项", period=D1102, psrc="document",
    entity="国务院", **CN)

# ================================================================ story 4: light industry
at(96)
org("中国轻工业联合会")
date("1—9月份", *JAN_SEP, "month")
num("money", "16.15万亿元", 16150000000000, unit=None, subject="轻工行业规模以上企业营业收入",
    period=JAN_SEP, psrc="sentence", **CN)
num("growth", "同比增长1.6%", 1.6, unit="%", basis="同比", subject="轻工行业规模以上企业营业收入",
    period=JAN_SEP, psrc="sentence", **CN)
num("money", "9537.0亿元", 953700000000, unit=None, subject="轻工行业规模以上企业利润",
    period=JAN_SEP, psrc="sentence", **CN)
num("growth", "同比增长1.9%", 1.9, unit="%", basis="同比", subject="轻工行业规模以上企业利润",
    period=JAN_SEP, psrc="sentence", **CN)
num("percent", "12.2%", 12.2, unit="%", subject="轻工业企业智能化生产比例", period=D1102,
    psrc="sentence", **CN)
num("percent", "77%", 77, unit="%", subject="数字化研发设计工具普及率", period=D1102,
    psrc="sentence", **CN)
org("工业和信息化部")
# 到2024年底前: two qualifiers, the first kept (20221110 逾100多个)
date("2024年底前", "2024-12-31", "2024-12-31", "day", approx="底")
num("quantity", "50个", 50, unit="个", subject="培育升级的轻工特色产业集群", period=END2024,
    psrc="sentence", role="forecast", entity="工业和信息化部", **CN)
# the clusters' size threshold (亿元以上项目): period and role null
num("money", "300亿元以上", 30000000000, unit=None, approx="以上", subject="轻工特色产业集群规模",
    period=None, psrc=None, role=None, **CN)

# ================================================================ story 5: logistics index
at(102)
org("中国物流与采购联合会")
date("今天（11月2日）", *D1102, "day")
date("10月份", *OCT, "month")
num("percent", "52.9%", 52.9, unit="%", subject="中国物流业景气指数", period=OCT, psrc="sentence",
    **CN)
num("growth", "环比回落0.6个百分点", -0.6, unit="pp", basis="环比", subject="中国物流业景气指数",
    period=OCT, psrc="sentence", **CN)
date("10月份", *OCT, "month")
num("percent", "53.9%", 53.9, unit="%", subject="航空运输业业务总量指数", period=OCT,
    psrc="sentence", **CN)
num("percent", "65.2%", 65.2, unit="%", subject="邮政快递业业务总量指数", period=OCT,
    psrc="sentence", **CN)
date("10月份", *OCT, "month")
num("percent", "57.4%", 57.4, unit="%", subject="业务活动预期指数", period=OCT, psrc="sentence",
    **CN)

# ================================================================ story 6: autumn harvest, winter sowing
at(108)
# 来年 = the coming year (明年): 2024
date("来年", *Y2024, "year")
region("黑龙江", "黑龙江省", "230000", "province", [])
region("黑河", "黑河市", "231100", "prefecture", ["黑龙江省"])
region("山西", "山西省", "140000", "province", [])
# 眼下 opens an earlier sentence of the paragraph: the broadcast day, `paragraph` (20240315)
num("percent", "超过98%", 98, unit="%", approx="超过", subject="秋粮收获进度", period=D1102,
    psrc="paragraph", entity="山西", region="山西省", region_code="140000")
region("临汾市", "临汾市", "141000", "prefecture", ["山西省"])
num("quantity", "10万亩", 100000, unit="亩", subject="红高粱", period=D1102, psrc="paragraph",
    entity="临汾市", region="临汾市", region_code="141000")
# 往年 = earlier years in general, not 上年: basis null (20230412 比往年多三成)
num("growth", "比往年增加20%", 20, unit="%", basis=None, subject="红高粱亩产", period=D1102,
    psrc="paragraph", entity="临汾市", region="临汾市", region_code="141000")
date("今年", *Y2023, "year")
region("广东", "广东省", "440000", "province", [])
num("quantity", "1459万亩", 14590000, unit="亩", subject="晚稻", period=Y2023, psrc="sentence",
    entity="广东", region="广东省", region_code="440000")
num("quantity", "40多万台套", 400000, unit="台套", approx="多", subject="投入各类农机具",
    period=Y2023, psrc="paragraph", entity="江西", **JX)
region("重庆", "重庆市", "500000", "province", [])
region("开州", "开州区", "500154", "county", ["重庆市"])
region("涪陵", "涪陵区", "500102", "county", ["重庆市"])
date("今年", *Y2023, "year")
# the area stands; only the output is forecast (预计 governs the clause after the area)
num("quantity", "100万亩", 1000000, unit="亩", subject="再生稻", period=Y2023, psrc="sentence",
    entity="重庆", region="重庆市", region_code="500000")
num("quantity", "20万吨左右", 200000, unit="吨", approx="左右", subject="再生稻产量",
    period=Y2023, psrc="sentence", role="forecast", entity="重庆", region="重庆市",
    region_code="500000")
region("河南省", "河南省", "410000", "province", [])
num("quantity", "7900多万亩", 79000000, unit="亩", approx="多", subject="冬小麦播种面积",
    period=D1102, psrc="sentence", entity="河南省", region="河南省", region_code="410000")
num("percent", "九成以上", 90, unit="%", approx="以上", subject="占预播面积比例", period=D1102,
    psrc="sentence", entity="河南省", region="河南省", region_code="410000")
region("商丘", "商丘市", "411400", "prefecture", ["河南省"])
# the county is not named in the text: parents stop at the prefecture
region("安平镇", "安平镇", None, "town", ["河南省", "商丘市"])
# a machine's capacity (20240723 一个架次…1200亩): period and role null
num("quantity", "500亩", 500, unit="亩", subject="一台机械每天播种面积", period=None, psrc=None,
    role=None, region="安平镇", region_code=None)
region("江苏", "江苏省", "320000", "province", [])
region("徐州", "徐州市", "320300", "prefecture", ["江苏省"])
region("安徽", "安徽省", "340000", "province", [])
region("亳州", "亳州市", "341600", "prefecture", ["安徽省"])
region("浙江", "浙江省", "330000", "province", [])
region("长兴", "长兴县", "330522", "county", ["浙江省", "湖州市"])
region("湖北", "湖北省", "420000", "province", [])
date("今年", *Y2023, "year")
num("quantity", "10个", 10, unit="个", subject="开展“小田并大田”试点的县市区", period=Y2023,
    psrc="sentence", entity="湖北", region="湖北省", region_code="420000")
date("来年", *Y2024, "year")
# 全省 (= 湖北, named in the sentence before): entity null, region 湖北省
num("quantity", "1500多万亩", 15000000, unit="亩", approx="多", subject="小麦播种面积",
    period=D1102, psrc="sentence", region="湖北省", region_code="420000")
num("percent", "近三成", 30, unit="%", approx="近", subject="小麦播种完成比例", period=D1102,
    psrc="sentence", region="湖北省", region_code="420000")

# ================================================================ story 7: Tibet roads
at(114)
region("西藏", "西藏自治区", "540000", "province", [])
project("墨脱公路")
date("今年", *Y2023, "year")
# 这条公路 is an anaphor: entity null (20230808 工程…全长2290公里)
num("quantity", "8处", 8, unit="处", subject="重点改造的回头弯路段", period=D1102,
    psrc="sentence", **XZ)
num("quantity", "14座", 14, unit="座", subject="重点改造的沿线桥梁", period=D1102,
    psrc="sentence", **XZ)
date("明年", *Y2024, "year")
# doubling and more: growth 1 倍, approx 多 (增长1倍多); 将 → target
num("growth", "翻一倍多", 1, unit="倍", approx="多", basis=None, subject="通行车辆的载重能力",
    period=Y2024, psrc="sentence", role="target", **XZ)
date("2013年10月", "2013-10-01", "2013-10-31", "month")
num("quantity", "117公里", 117, unit="公里", subject="全长", period=None, psrc=None, role=None,
    entity="墨脱公路", **XZ)
region("墨脱", "墨脱县", "540423", "county", ["西藏自治区", "林芝市"])
country("中国")
# 全县 (墨脱): entity null, region 墨脱县; the ten years stand in the sentence
num("quantity", "268.64公里", 268.64, unit="公里", subject="全县公路总里程", period=TEN,
    psrc="sentence", region="墨脱县", region_code="540423")
num("quantity", "579.54公里", 579.54, unit="公里", subject="全县公路总里程", period=TEN,
    psrc="sentence", region="墨脱县", region_code="540423")
region("墨脱县", "墨脱县", "540423", "county", ["西藏自治区", "林芝市"])
num("growth", "年均增速超过11%", 11, unit="%", approx="超过", basis="年均", subject="全县GDP",
    period=TEN, psrc="sentence", entity="墨脱县", region="墨脱县", region_code="540423")
project("拉萨至日喀则高速公路")
project("拉日高速")
project("五曲雅江特大桥")
date("明年", *Y2024, "year")
num("quantity", "160多公里", 160, unit="公里", approx="多", subject="全长", period=None,
    psrc=None, role=None, **XZ)
project("拉萨至林芝高速")
project("拉萨至那曲高速")
project("拉萨至山南高速")
region("拉萨", "拉萨市", "540100", "prefecture", ["西藏自治区"])
date("今年上半年", *H1, "half")
num("money", "410多亿元", 41000000000, unit=None, approx="多", subject="中央投资", period=H1,
    psrc="sentence", entity="西藏", **XZ)
num("quantity", "23个", 23, unit="个", subject="加紧建设的重点公路项目", period=D1102,
    psrc="sentence", **XZ)

# ================================================================ story 8: Jiangxi industrial chains
at(120)
date("今年以来", *Y2023, "year", approx="以来")
region("南昌", "南昌市", "360100", "prefecture", ["江西省"])
region("上饶", "上饶市", "361100", "prefecture", ["江西省"])
# no date in the paragraph (今年以来 opens the paragraph before): the broadcast day
num("quantity", "31家", 31, unit="家", subject="中小企业和研究机构", period=D1102,
    psrc="document", entity="江西省光伏产业科技创新联合体", region="上饶市", region_code="361100")
org("江西省光伏产业科技创新联合体")
date("今年上半年", *H1, "half")
num("growth", "同比增长5.2％", 5.2, unit="%", basis="同比", subject="工业总产值", period=H1,
    psrc="sentence", entity="江西", **JX)
date("2026年", *Y2026, "year")
num("quantity", "12条", 12, unit="条", subject="制造业重点产业链", period=Y2026, psrc="sentence",
    role="target", entity="江西", **JX)
num("quantity", "6个", 6, unit="个", subject="先进制造业集群", period=Y2026, psrc="sentence",
    role="target", entity="江西", **JX)

# ================================================================ story 9: Guangxi land-sea corridor
at(126)
project("平陆运河")
region("南宁", "南宁市", "450100", "prefecture", ["广西壮族自治区"])
region("钦州", "钦州市", "450700", "prefecture", ["广西壮族自治区"])
# order of magnitude (blind7 上百户); 正在 = now
num("quantity", "上万名", 10000, unit="名", approx="上", subject="建设者", period=D1102,
    psrc="sentence", entity="平陆运河", **GX)
date("今年", *Y2023, "year")
num("money", "700亿元", 70000000000, unit=None, subject="重大基础设施项目投资", period=Y2023,
    psrc="sentence", role="target", entity="广西", **GX)
project("贵南高铁")
# 以来 attaches to 开通, not to the month
date("8月底", "2023-08-31", "2023-08-31", "day", approx="底")
num("quantity", "超80万人次", 800000, unit="人次", approx="超", subject="发送旅客",
    period=("2023-08-31", "2023-11-02"), psrc="sentence", entity="贵南高铁", **GX)
date("今年1—9月", *JAN_SEP, "month")
org("东盟")
# trade with a partner: entity the partner, region the trader (20230808 东盟 / 拉丁美洲)
num("money", "2384.8亿元", 238480000000, unit=None, subject="与东盟双边贸易进出口额",
    period=JAN_SEP, psrc="sentence", entity="东盟", **GX)
num("growth", "同比增长39.8%", 39.8, unit="%", basis="同比", subject="与东盟双边贸易进出口额",
    period=JAN_SEP, psrc="sentence", entity="东盟", **GX)
num("quantity", "突破6939列", 6939, unit="列", approx="突破", subject="西部陆海新通道海铁联运班列开行",
    period=JAN_SEP, psrc="sentence", entity="西部陆海新通道", **GX)
num("growth", "同比增长6%", 6, unit="%", basis="同比", subject="西部陆海新通道海铁联运班列开行",
    period=JAN_SEP, psrc="sentence", entity="西部陆海新通道", **GX)

# ================================================================ story 10: Canton Fair
at(132)
date("今天（11月2日）", *D1102, "day")
# the fair is held in 广州 (named in the story): region 广州市; events are not entities.
# 比上届同期: the previous session of a half-yearly fair is the previous period → 环比
num("quantity", "超过19万人", 190000, unit="人", approx="超过", subject="累计到会境外采购商",
    period=D1102, psrc="sentence", **GZ)
num("growth", "比上届同期增长超过50%", 50, unit="%", approx="超过", basis="环比",
    subject="累计到会境外采购商", period=D1102, psrc="sentence", **GZ)
num("quantity", "1065家", 1065, unit="家", subject="专精特新、制造业单项冠军等称号企业",
    period=D1102, psrc="sentence", **GZ)
num("quantity", "新增251家", 251, unit="家", subject="新增称号企业", period=D1102,
    psrc="sentence", **GZ)
num("growth", "增长超30%", 30, unit="%", approx="超", basis="环比", subject="称号企业数量",
    period=D1102, psrc="sentence", **GZ)
num("quantity", "25个", 25, unit="个", subject="进口展参展国家和地区", period=D1102,
    psrc="section", **GZ)
num("quantity", "238家", 238, unit="家", subject="进口展参展企业", period=D1102, psrc="section",
    **GZ)
region("广州", "广州市", "440100", "prefecture", ["广东省"])
region("南沙", "南沙区", "440115", "county", ["广东省", "广州市"])
region("黄埔", "黄埔区", "440112", "county", ["广东省", "广州市"])
region("瓯海", "瓯海区", "330304", "county", ["浙江省", "温州市"])

# ================================================================ story 11: domestic briefs
at(138)
# (1) freight hubs
date("2022年到今年10月底", *HUB, "period")
org("交通运输部")
org("财政部")
HUBKW = dict(period=HUB, psrc="sentence", entity="交通运输部和财政部", **CN)
num("money", "120亿元", 12000000000, unit=None, subject="下达资金", **HUBKW)
num("quantity", "两批", 2, unit="批", subject="支持批次", **HUBKW)
num("quantity", "25个", 25, unit="个", subject="支持的城市", **HUBKW)
num("quantity", "300多个", 300, unit="个", approx="多", subject="货运枢纽项目", **HUBKW)
num("quantity", "100多个", 100, unit="个", approx="多", subject="集疏运项目", **HUBKW)
# (2) old residential compounds; 住房城乡建设部 is only the informant
date("今天（11月2日）", *D1102, "day")
org("住房城乡建设部")
date("今年1—9月份", *JAN_SEP, "month")
num("quantity", "5.13万个", 51300, unit="个", subject="新开工改造城镇老旧小区", period=JAN_SEP,
    psrc="sentence", **CN)
num("percent", "97%", 97, unit="%", subject="占全年计划开工数比例", period=JAN_SEP,
    psrc="sentence", **CN)
num("quantity", "851万户", 8510000, unit="户", subject="惠及居民", period=JAN_SEP,
    psrc="sentence", **CN)
region("云南", "云南省", "530000", "province", [])
region("青海", "青海省", "630000", "province", [])
# several provinces: region null
num("quantity", "21个", 21, unit="个", subject="全部开工的省份", period=JAN_SEP,
    psrc="paragraph")
# (3) futures market
org("中国期货业协会")
date("今天（11月2日）", *D1102, "day")
date("10月", *OCT, "month")
num("quantity", "5.5亿手", 550000000, unit="手", subject="期货市场成交量", period=OCT,
    psrc="sentence", **CN)
num("money", "40.27万亿元", 40270000000000, unit=None, subject="期货市场成交额", period=OCT,
    psrc="sentence", **CN)
num("growth", "同比分别增长22.42%", 22.42, unit="%", basis="同比", subject="期货市场成交量",
    period=OCT, psrc="sentence", **CN)
num("growth", "20.59%", 20.59, unit="%", basis="同比", subject="期货市场成交额", period=OCT,
    psrc="sentence", **CN)
# (4) Xinjiang foreign trade; the customs office is only the informant
org("乌鲁木齐海关")
date("今年前三季度", *JAN_SEP, "quarter")
num("money", "2528.4亿元", 252840000000, unit=None, subject="外贸进出口总值", period=JAN_SEP,
    psrc="sentence", entity="新疆", **XJ)
num("growth", "同比增长47.3%", 47.3, unit="%", basis="同比", subject="外贸进出口总值",
    period=JAN_SEP, psrc="sentence", entity="新疆", **XJ)
# the body restates the threshold in its own sentence (dev: body repeats are annotated)
num("money", "突破2500亿元", 250000000000, unit=None, approx="突破", subject="外贸进出口总值",
    period=JAN_SEP, psrc="paragraph", entity="新疆", **XJ)
# (5) Ningbo-Jinhua railway
date("今天（11月2日）", *D1102, "day")
region("宁波", "宁波市", "330200", "prefecture", ["浙江省"])
region("金华", "金华市", "330700", "prefecture", ["浙江省"])
num("quantity", "约188.3公里", 188.3, unit="公里", approx="约", subject="正线全长", period=None,
    psrc=None, role=None, entity="甬金铁路", **ZJ)
num("quantity", "160公里", 160, unit="公里", subject="设计时速", period=None, psrc=None,
    role=None, entity="甬金铁路", **ZJ)
region("义乌", "义乌市", "330782", "county", ["浙江省", "金华市"])
project("宁波舟山港")
# (6) ice-flood prevention; 日前 is vague: the broadcast day
org("国家防总办公室")
region("内蒙古", "内蒙古自治区", "150000", "province", [])
num("quantity", "8个", 8, unit="个", subject="省份", period=D1102, psrc="document")
# 黄河、松花江防汛抗旱总指挥部: only the member written in full is annotated (blind6)
org("松花江防汛抗旱总指挥部")

# ================================================================ story 12: Gaza
at(144)
date("1日—2日", "2023-11-01", "2023-11-02", "period")
org("巴勒斯坦伊斯兰抵抗运动")
date("10月31日以来", "2023-10-31", "2023-10-31", "day", approx="以来")
region("杰巴利耶难民营", "杰巴利耶难民营", None, "other", [])
# since-X: from 10-31 to the broadcast day; casualties: entity the place hit, region the country
num("quantity", "至少195人", 195, unit="人", approx="至少", subject="死亡人数",
    period=("2023-10-31", "2023-11-02"), psrc="sentence", entity="杰巴利耶难民营", **PS)
org("以色列国防军")
date("1日", *D1101, "day")
foreign("加沙城", [])
date("今天（11月2日）", *D1102, "day")
# the statement of 今天 restates the toll: the sentence's day
num("quantity", "至少195人", 195, unit="人", approx="至少", subject="死亡人数", period=D1102,
    psrc="sentence", entity="杰巴利耶难民营", **PS)
num("quantity", "770余人", 770, unit="人", approx="余", subject="受伤人数", period=D1102,
    psrc="sentence", entity="杰巴利耶难民营", **PS)
num("quantity", "120人", 120, unit="人", subject="下落不明人数", period=D1102, psrc="sentence",
    entity="杰巴利耶难民营", **PS)
org("联合国人权事务高级专员办公室")
country("以色列")
org("卡桑旅")
date("今天", *D1102, "day")
# 巴勒斯坦 from the minister's title (卫生部长 is one word, like 20240723 外交部长)
country("巴勒斯坦")
date("1日", *D1101, "day")
# 至此 = as of the minister's statement of 1日 (the paragraph's date)
num("quantity", "35家", 35, unit="家", subject="医院", period=D1101, psrc="paragraph",
    entity="加沙地带", **PS)
num("quantity", "16家", 16, unit="家", subject="停止运营的医院", period=D1101, psrc="paragraph",
    entity="加沙地带", **PS)
num("quantity", "81名", 81, unit="名", subject="被允许转移至埃及接受治疗的患者", period=D1101,
    psrc="paragraph", entity="加沙地带", **PS)
org("约旦外交与侨务部")
date("1日", *D1101, "day")
country("约旦")

# ================================================================ story 13: Russia-Ukraine
at(150)
# 俄罗斯 from the minister's title (国防部长 is one word): a region, no org
country("俄罗斯")
date("1日", *D1101, "day")
# said on 1日 (November 1): the past month is October, like 过去一天 (20240723)
date("过去1个月", *OCT, "month")
# Russia vs Ukraine: entity and region null (20230915, 20240723 163架)
num("quantity", "1400多个", 1400, unit="个", approx="多", subject="俄军摧毁的乌克兰空中目标",
    period=OCT, psrc="sentence")
country("乌克兰")
foreign("扎波罗热", ["乌克兰"])
foreign("顿涅茨克", ["乌克兰"])
foreign("赫尔松", ["乌克兰"])
org("乌克兰武装部队总参谋部")
date("1日", *D1101, "day")
foreign("梅利托波尔", ["乌克兰"])
date("1日", *D1101, "day")

# ================================================================ story 14: international briefs
at(156)
date("1日", *D1101, "day")
foreign("加利福尼亚州", ["美国"])
# a named base and launch site (20240315 中国文昌航天发射场)
project("范登堡太空军基地")
org("五角大楼")
# the day before the test of 1日 (20240315 此前一天)
date("此前一天", "2023-10-31", "2023-10-31", "day")
country("美国")
num("quantity", "约为9660公里", 9660, unit="公里", approx="约", subject="“民兵3”导弹射程",
    period=None, psrc=None, role=None, **US)
org("美国联邦储备委员会")
date("1日", *D1101, "day")
num("percent", "5.25%—5.5%", 5.25, unit="%", value_max=5.5, subject="联邦基金利率目标区间",
    period=D1101, psrc="sentence", entity="美国联邦储备委员会", **US)
date("2022年3月", "2022-03-01", "2022-03-31", "month")
num("quantity", "11次", 11, unit="次", subject="加息次数", period=("2022-03-01", "2023-11-02"),
    psrc="sentence", entity="美联储", **US)

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
    "title": "《新闻联播》 (20231102)",
    "issued": "2023-11-02",
    "year": 2023,
    "issuer": None,
    "genre": "news",
    "region": None,
    "region_code": None,
    "doc_number": None,
    "encoding": "UTF-8",
    "title_source": "the file's heading line `# 《新闻联播》 (20231102)`, as in the sibling news gold (20221110, 20221205, 20230412, 20230808, 20230915, 20231115, 20240315, 20240413, 20240723)",
    "issued_source": "the file name 20231102.md and the heading 《新闻联播》 (20231102), repeated in the summary's closing stamp (20231102 19:00) and in every link to the original (tv.cctv.com/2023/11/02/…231102.shtml): the broadcast of 2023-11-02",
    "year_source": "issued's year: 2023. Relative dates resolve against 2023-11-02: 今天（11月2日） / 今天 / 2日 / 2日上午 → 2023-11-02, 1日 → 2023-11-01, 此前一天 (before 1日) → 2023-10-31, 过去1个月 (said on 1日) → 2023-10, 今年 / 今年上半年 / 今年1—9月 → 2023, 明年 / 来年 → 2024",
    "issuer_source": "no issuer line; every story carries only the CCTV web byline, so issuer is null",
    "genre_source": "a 新闻联播 transcript: summary list plus fourteen news items, each with a body → news",
    "region_source": "a news file of many stories (北京, national policy and statistics, 西藏, 江西, 广西, the Canton Fair in 广州, 新疆, 浙江, Gaza, Russia–Ukraine, the United States): no single place, so region and region_code are null",
    "doc_number_source": "news transcript: no 发文字号",
    "encoding_source": "the file decodes as UTF-8 without a byte-order mark (first bytes 23 20 e3 80 8a = `# 《`)",
}
(HERE / f"{DOC}.doc.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")

counts = {}
for f, _ in facts:
    counts[f["kind"]] = counts.get(f["kind"], 0) + 1
print(f"{len(facts)} facts:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
