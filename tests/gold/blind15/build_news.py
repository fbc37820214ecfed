#!/usr/bin/env python3
"""Blind gold for 20240117.md (新闻联播 2024-01-17), typed by hand.

Writes 20240117.md.jsonl and 20240117.md.doc.json next to this script.
Checks: every `text` occurs in the source, the facts stand in text order (each found after
the previous one, on the source line that `at()` names), no project/org/region name is listed
twice, and period and period_source are null together. `skip(text)` moves past one unannotated
occurrence (a bold sub-headline's repeat of a body date or rank, an org's short name nested in
its long name). No transcript text is kept here beyond the facts' text, name and subject.

usage: python3 build_news.py [SOURCE]
SOURCE defaults to shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20240117.md.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = Path("/work/shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20240117.md")
SRC = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
DOC = "20240117.md"

# ---------------------------------------------------------------- helpers
D0117 = ("2024-01-17", "2024-01-17")
D0116 = ("2024-01-16", "2024-01-16")
D0111 = ("2024-01-11", "2024-01-11")
D0301 = ("2024-03-01", "2024-03-01")
Y2018_05 = ("2018-05-01", "2018-05-31")
Y2023 = ("2023-01-01", "2023-12-31")
Y2024 = ("2024-01-01", "2024-12-31")
Q1 = ("2023-01-01", "2023-03-31")
Q2 = ("2023-04-01", "2023-06-30")
Q3 = ("2023-07-01", "2023-09-30")
Q4 = ("2023-10-01", "2023-12-31")
# since the 18th Party Congress (opened 2012-11-08) to the broadcast day (blind9 20240522)
SINCE18 = ("2012-11-08", "2024-01-17")

CN = dict(region="中国", region_code=None)
SZ = dict(region="深圳市", region_code="440300")
SH = dict(region="上海市", region_code="310000")
DSX = dict(region="东山县", region_code="350626")
CH = dict(region="瑞士", region_code=None)
YE = dict(region="也门", region_code=None)
PS = dict(region="巴勒斯坦", region_code=None)
JP = dict(region="日本", region_code=None)
US = dict(region="美国", region_code=None)
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
# Every item has a body. Summary dates and figures that a body restates for the same span are
# annotated once, at the body (the launch day, the rule's start day, the forum's year, the
# economy's year, Shenzhen's rank, the quake's houses, the storm's people); the summary's
# rounded gas-field size is the body figure in rounded form (blind9) and is not annotated.
# Names count here, deduplicated by name.
at(8)
# canonical as 刚果（布） → 刚果共和国 (20240315, blind13)
region("刚果（金）", "刚果民主共和国", None, "country", [])
at(17)
# an international organisation with a chairman (blind4 博鳌亚洲论坛), not an event; its annual
# meeting is the event
org("世界经济论坛")
at(20)
country("新加坡")
at(23)
org("欧盟委员会")
at(29)
country("多米尼加")
at(56)
region("深圳", "深圳市", "440300", "prefecture", ["广东省"])
at(65)
region("海南", "海南省", "460000", "province", [])
region("文昌", "文昌市", "469005", "county", ["海南省"])
at(68)
country("美国")
# two names of one body (blind10 也门胡塞武装 / 胡塞武装)
org("也门胡塞武装")
org("胡塞武装")
country("以色列")
at(71)
org("哈马斯")
foreign("加沙地带", [])
at(77)
country("朝鲜")
at(80)
country("日本")

# ================================================================ story 1: congratulations to the DRC
at(90)
date("1月17日", *D0117, "day")
# the country's full name: a second name (blind9 越南社会主义共和国, canonical 越南)
region("刚果民主共和国", "刚果民主共和国", None, "country", [])
country("中国")

# ================================================================ story 2: Zhang Kehui
at(96)
org("台湾民主自治同盟")
# the CPPCC by its full name, from the vice-chairman's title (term ordinals follow it)
org("中国人民政治协商会议")
org("中华全国台湾同胞联谊会")
org("中国共产党")
date("17日", *D0117, "day")
# split from the cemetery's name (blind8); the cemetery is a site, not annotated
region("北京", "北京市", "110000", "province", [])
# a time of day stays in the day's text (blind8)
date("2024年1月11日15时18分", *D0111, "day")
date("17日上午", *D0117, "day")
# the age at death, the bare clock time of the ceremony and the three bows are not annotated

# ================================================================ story 3: Beautiful China
at(102)
org("党中央")
org("中国环境科学研究院")
org("中国科学院")
org("清华大学")
# no date in the paragraph (the just-after-New-Year word is vague): the broadcast day
num("quantity", "700多家", 700, unit="家", approx="多", subject="参与科技帮扶的单位",
    period=D0117, psrc="document", **CN)
num("quantity", "近万名", 10000, unit="名", approx="近", subject="科研人员", period=D0117,
    psrc="document", **CN)
num("quantity", "145个", 145, unit="个", subject="科研人员奔赴的地区", period=D0117,
    psrc="document", **CN)
# since the 18th Party Congress → its opening to the broadcast day (blind9 20240522)
num("growth", "下降57%", -57, unit="%", basis=None, subject="重点城市PM2.5平均浓度",
    period=SINCE18, psrc="sentence", **CN)
num("growth", "提高23.8个百分点", 23.8, unit="pp", basis=None,
    subject="全国地表水优良水质断面比例", period=SINCE18, psrc="sentence", **CN)
num("percent", "24.02%", 24.02, unit="%", subject="森林覆盖率", period=SINCE18,
    psrc="sentence", **CN)
num("ranking", "世界第一", 1, unit=None, scope="世界", subject="人工造林规模", period=SINCE18,
    psrc="sentence", **CN)
num("quantity", "突破13亿千瓦", 1300000000, unit="千瓦", approx="突破", subject="可再生能源装机",
    period=SINCE18, psrc="sentence", **CN)
org("中共中央")
org("国务院")
region("广东", "广东省", "440000", "province", [])
region("山西", "山西省", "140000", "province", [])
# several provinces: region null; 正在 → the broadcast day (blind8)
num("quantity", "10个", 10, unit="个", subject="屋顶光伏工程全面推开的省区市", period=D0117,
    psrc="sentence", **NOREG)
region("运城", "运城市", "140800", "prefecture", ["山西省"])
# a village, level other, code null (blind12)
region("庄上村", "庄上村", None, "other", ["山西省", "运城市"])
region("浙江", "浙江省", "330000", "province", [])
region("温岭", "温岭市", "331081", "county", ["浙江省", "台州市"])
# a named power station (works); the nationwide superlative is not a rank
project("江厦潮汐试验电站")
date("今年", *Y2024, "year")
region("福建", "福建省", "350000", "province", [])
region("漳州", "漳州市", "350600", "prefecture", ["福建省"])
region("东山县", "东山县", "350626", "county", ["福建省", "漳州市"])
# these-days and 正在 in the sentence → the broadcast day (blind10 `49项`)
num("quantity", "六条", 6, unit="条", subject="清淤的入海溪流", period=D0117, psrc="sentence",
    entity="东山县", **DSX)

# ================================================================ story 4: Davos special address
at(108)
# the local-time word is left out (blind14)
date("16日上午", *D0116, "day")
region("达沃斯", "达沃斯", None, "other", ["瑞士"])
# a year written with 年 in the meeting's name is a date (blind9, blind14)
date("2024年", *Y2024, "year")
# the five proposals are a set named by its size (blind12 eight actions): not a number
country("瑞士")
country("比利时")
country("卢旺达")
country("加纳")
country("卢森堡")
org("国际货币基金组织")
org("世界知识产权组织")
# the lead's day (`section`); the event's place (open)
num("quantity", "约1500人", 1500, unit="人", approx="约", subject="出席活动的各界代表",
    period=D0116, psrc="section", **CH)

# ================================================================ story 5: Singapore
at(114)
date("16日上午", *D0116, "day")
date("去年", *Y2023, "year")
region("台湾", "台湾省", "710000", "province", [])

# ================================================================ story 6: European Commission
at(120)
date("16日下午", *D0116, "day")
skip("欧盟")  # nested in the commission's name
org("欧盟")

# ================================================================ story 7: WEF lunch
at(126)
date("16日", *D0116, "day")
# well-known company names (seed CONVENTIONS brand names; 巴斯夫 in earlier gold)
org("沃尔玛")
org("巴斯夫")
num("quantity", "14家", 14, unit="家", subject="参加午餐会的跨国公司", period=D0116,
    psrc="section", **CH)

# ================================================================ story 8: Zhao Leji and Pacheco
at(132)
org("全国人大常委会")
date("17日上午", *D0117, "day")
date("2018年5月", *Y2018_05, "month")
# the five-years-and-more phrase is a duration; the eight actions are a label (blind12)
org("中国全国人大")
org("多米尼加议会")
org("多米尼加众议院")

# ================================================================ story 9: Han Zheng and Pacheco
at(138)
date("17日", *D0117, "day")
# the China–CELAC forum is an event (20240315 中非合作论坛)
org("中美洲议会")
# one-character country prefix kept as written (blind14 巴政府, 澳议会)
org("多众议院")

# ================================================================ story 10: the 2023 economy
at(144)
# the bureau is the informant: entity null; national figures → 中国
org("国务院新闻办公室")
date("今天（1月17日）", *D0117, "day")
date("2023年", *Y2023, "year")
# the whole-year word points to the lead's 2023 (`section`)
num("money", "1260582亿元", 126058200000000, unit=None, subject="国内生产总值", period=Y2023,
    psrc="section", **CN)
num("growth", "比上年增长5.2%", 5.2, unit="%", basis="比上年", subject="国内生产总值",
    period=Y2023, psrc="section", **CN)
# quarters of the reviewed year; the 同比 of the list governs its later members (blind14 `130%`)
date("一季度", *Q1, "quarter")
num("growth", "同比增长4.5%", 4.5, unit="%", basis="同比", subject="国内生产总值", period=Q1,
    psrc="sentence", **CN)
date("二季度", *Q2, "quarter")
num("growth", "增长6.3%", 6.3, unit="%", basis="同比", subject="国内生产总值", period=Q2,
    psrc="sentence", **CN)
date("三季度", *Q3, "quarter")
num("growth", "增长4.9%", 4.9, unit="%", basis="同比", subject="国内生产总值", period=Q3,
    psrc="sentence", **CN)
date("四季度", *Q4, "quarter")
num("growth", "增长5.2%", 5.2, unit="%", basis="同比", subject="国内生产总值", period=Q4,
    psrc="sentence", **CN)
date("2023年", *Y2023, "year")
num("quantity", "69541万吨", 695410000, unit="吨", subject="粮食产量", period=Y2023,
    psrc="sentence", **CN)
num("growth", "比上年增长4.6%", 4.6, unit="%", basis="比上年", subject="规模以上工业增加值",
    period=Y2023, psrc="paragraph", **CN)
date("2023年", *Y2023, "year")
num("money", "471495亿元", 47149500000000, unit=None, subject="社会消费品零售总额",
    period=Y2023, psrc="sentence", **CN)
num("growth", "比上年增长7.2%", 7.2, unit="%", basis="比上年", subject="社会消费品零售总额",
    period=Y2023, psrc="sentence", **CN)
date("2023年", *Y2023, "year")
num("percent", "54.6%", 54.6, unit="%", subject="服务业增加值占GDP比重", period=Y2023,
    psrc="sentence", **CN)
num("growth", "比上年提高1.2个百分点", 1.2, unit="pp", basis="比上年",
    subject="服务业增加值占GDP比重", period=Y2023, psrc="sentence", **CN)
num("percent", "82.5%", 82.5, unit="%", subject="最终消费支出对经济增长的贡献率", period=Y2023,
    psrc="sentence", **CN)
num("growth", "比上年提高43.1个百分点", 43.1, unit="pp", basis="比上年",
    subject="最终消费支出对经济增长的贡献率", period=Y2023, psrc="sentence", **CN)
date("2023年", *Y2023, "year")
num("money", "33278.2亿元", 3327820000000, unit=None, subject="全社会研究与试验发展经费投入",
    period=Y2023, psrc="sentence", **CN)
num("percent", "2.64%", 2.64, unit="%", subject="研究与试验发展经费投入强度", period=Y2023,
    psrc="sentence", **CN)
num("growth", "比上年提高0.08个百分点", 0.08, unit="pp", basis="比上年",
    subject="研究与试验发展经费投入强度", period=Y2023, psrc="sentence", **CN)
date("2023年", *Y2023, "year")
num("growth", "比上年提高了0.2个百分点", 0.2, unit="pp", basis="比上年",
    subject="非化石能源消费占能源消费总量的比重", period=Y2023, psrc="sentence", **CN)
num("growth", "比上年增长30.3%", 30.3, unit="%", basis="比上年", subject="新能源汽车",
    period=Y2023, psrc="paragraph", **CN)
# one rank shared by production and sales (blind7 one growth for two indicators)
num("ranking", "世界第一", 1, unit=None, scope="世界", subject="新能源汽车产销量",
    period=Y2023, psrc="paragraph", **CN)

# ================================================================ story 11: CCTV commentary
# (a title in 《》 and the broadcaster's own word only)

# ================================================================ story 12: Tianzhou-7
at(156)
org("中国载人航天工程办公室")
# the rocket and the cargo craft are vehicles (blind14: spacecraft are not projects)
date("今天（1月17日）22时27分", *D0117, "day")
# a launch site (earlier gold 中国文昌航天发射场)
project("文昌航天发射场")
date("今天上午", *D0117, "day")
num("quantity", "两项", 2, unit="项", subject="细胞类生物实验项目", period=D0117,
    psrc="sentence", **CN)

# ================================================================ story 13: domestic briefs
at(162)
# (1) tax guide: 近日 is vague → the broadcast day (`document`, blind10, blind14)
org("国家税务总局")
num("quantity", "19项", 19, unit="项", subject="稳外贸相关税收政策", period=D0117,
    psrc="document", **CN)
num("quantity", "32项", 32, unit="项", subject="稳外资相关税收政策", period=D0117,
    psrc="document", **CN)
# (2) fines rule: the bold sub-headline's date is annotated at the body
skip("今年3月1日起")
org("应急管理部")
date("今年3月1日起", *D0301, "day", approx="起")
# (3) connected-vehicle pilot: the three-year span is a duration; 5G is an identifier
date("今天（1月17日）", *D0117, "day")
org("工业和信息化部")
num("quantity", "五部门", 5, unit="部门", subject="部门", period=D0117, psrc="sentence", **CN)
# 将 → target; no span but a duration → period null (blind14 `上千项`)
num("percent", "90%以上", 90, unit="%", approx="以上", subject="交通信号机和交通标识等联网率",
    period=None, psrc=None, role="target", **CN)
# (4) Shenzhen: the bold sub-headline's rank is annotated at the body; the 31 years are a duration
skip("居内地外贸城市首位")
org("深圳海关")
date("2023年", *Y2023, "year")
region("深圳市", "深圳市", "440300", "prefecture", ["广东省"])
num("money", "3.87万亿元", 3870000000000, unit=None, subject="外贸进出口", period=Y2023,
    psrc="sentence", entity="深圳市", **SZ)
num("growth", "同比增长5.9%", 5.9, unit="%", basis="同比", subject="外贸进出口", period=Y2023,
    psrc="sentence", entity="深圳市", **SZ)
num("money", "2.46万亿元", 2460000000000, unit=None, subject="出口", period=Y2023,
    psrc="paragraph", **SZ)
num("ranking", "居内地外贸城市首位", 1, unit=None, scope="内地外贸城市", subject="出口规模",
    period=Y2023, psrc="paragraph", **SZ)
num("growth", "同比增长12.5%", 12.5, unit="%", basis="同比", subject="出口", period=Y2023,
    psrc="paragraph", **SZ)
# (5) gas field: the company is the informant; the basin is a landform across two provinces
org("中国石化")
date("今天（1月17日）", *D0117, "day")
org("自然资源部")
num("quantity", "超1330亿立方米", 133000000000, unit="立方米", approx="超",
    subject="新增探明地质储量", period=D0117, psrc="sentence", **NOREG)
# (6) car carrier: its sizes have period and role null (dev CONVENTIONS)
date("今天（1月17日）", *D0117, "day")
project("上海海通国际汽车出口码头")
num("quantity", "200米", 200, unit="米", subject="船长", period=None, psrc=None, role=None, **SH)
num("quantity", "38米", 38, unit="米", subject="船宽", period=None, psrc=None, role=None, **SH)
num("quantity", "7600个", 7600, unit="个", subject="车位", period=None, psrc=None, role=None,
    **SH)
num("quantity", "约5000辆", 5000, unit="辆", approx="约", subject="搭载出海的中国自主品牌新车",
    period=D0117, psrc="paragraph", **SH)
# a share (blind10 `约一半` → percent 50, approx 约)
num("percent", "约有一半", 50, unit="%", approx="约", subject="新能源汽车占搭载新车比重",
    period=D0117, psrc="paragraph", **SH)
# (7) the Young Pioneers' event: names only (海南, 文昌 at the summary)

# ================================================================ story 14: US strikes, Houthi attack
at(168)
org("美国中央司令部")
date("16日", *D0116, "day")
region("也门", "也门", None, "country", [])
# the destroyed missiles are the Houthis' (open)
num("quantity", "4枚", 4, unit="枚", subject="摧毁的反舰弹道导弹", period=D0116,
    psrc="sentence", entity="胡塞武装", **YE)
org("美国政府")
date("16日晚", *D0116, "day")
country("希腊")
country("马耳他")
# the big-three word is a label; the three lines are well-known company names (open)
org("日本邮船")
org("商船三井")
org("川崎汽船")
org("壳牌")
country("法国")
date("16日", *D0116, "day")

# ================================================================ story 15: Israel and Gaza
at(174)
org("以色列国防军")
date("16日", *D0116, "day")
# X地区 → X (dev 20240315 丹佛地区); Gaza places have no parents (blind8–blind12)
foreign("汗尤尼斯", [])
# a bracketed second name (20240315 巴勒斯坦伊斯兰圣战组织 / 杰哈德)
org("巴勒斯坦伊斯兰圣战组织")
org("杰哈德")
org("巴勒斯坦伊斯兰抵抗运动")
# a battalion named with its kind (blind10 拉法旅, 卡桑旅) (open)
org("南汗尤尼斯营")
org("卡桑旅")
date("16日", *D0116, "day")
foreign("加沙城", [])
org("哈马斯媒体办公室")
date("16日", *D0116, "day")
date("16日", *D0116, "day")
num("quantity", "至少有35万名", 350000, unit="名", approx="至少",
    subject="无法接受药物治疗的慢性病患者", period=D0116, psrc="sentence", entity="加沙地带",
    **PS)
date("16日", *D0116, "day")
org("卡塔尔政府")
date("16日晚", *D0116, "day")
foreign("拉莫特纳夫塔利", ["以色列"])
country("黎巴嫩")
org("真主党")

# ================================================================ story 16: international briefs
at(180)
# (1) the Kremlin standing for the presidency (blind8 五角大楼), country and body taken whole
# (blind14 美国波音公司), and its bare second name
org("俄罗斯克里姆林宫")
date("16日", *D0116, "day")
foreign("莫斯科", ["俄罗斯"])
org("克里姆林宫")
# (2) Noto quake: casualty measures (dev CONVENTIONS), entity the place hit, region the country
foreign("石川县", ["日本"])
date("今天（1月17日）", *D0117, "day")
foreign("能登", ["日本", "石川县"])
num("quantity", "232人", 232, unit="人", subject="死亡人数", period=D0117, psrc="sentence",
    entity="能登", **JP)
num("quantity", "1037人", 1037, unit="人", subject="受伤人数", period=D0117, psrc="sentence",
    entity="能登", **JP)
num("quantity", "21人", 21, unit="人", subject="下落不明人数", period=D0117, psrc="sentence",
    entity="能登", **JP)
org("日本石川县政府")
date("16日", *D0116, "day")
num("quantity", "超过21000栋", 21000, unit="栋", approx="超过", subject="受损房屋",
    period=D0116, psrc="sentence", entity="能登", **JP)
num("quantity", "超过16000人", 16000, unit="人", approx="超过",
    subject="被安置在临时安置点的人数", period=D0116, psrc="sentence", entity="能登", **JP)
# (3) US storm: the report's day (blind10 foreign statements take their day)
date("16日", *D0116, "day")
num("quantity", "23个", 23, unit="个", subject="受冬季风暴等恶劣天气影响的州", period=D0116,
    psrc="sentence", entity="美国", **US)
num("quantity", "超过2亿人", 200000000, unit="人", approx="超过", subject="处于风寒警报之下的人数",
    period=D0116, psrc="sentence", entity="美国", **US)
foreign("纽约州", ["美国"])
foreign("马里兰州", ["美国"])
foreign("宾夕法尼亚州", ["美国"])
foreign("华盛顿特区", ["美国"])
num("quantity", "至少7人", 7, unit="人", approx="至少", subject="死亡人数", period=D0116,
    psrc="paragraph", **US)
foreign("亚拉巴马州", ["美国"])
foreign("路易斯安那州", ["美国"])
foreign("得克萨斯州", ["美国"])
num("quantity", "超过100万名", 1000000, unit="名", approx="超过", subject="受停课影响的学生",
    period=D0116, psrc="paragraph", **US)

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
    "title": "《新闻联播》 (20240117)",
    "issued": "2024-01-17",
    "year": 2024,
    "issuer": None,
    "genre": "news",
    "region": None,
    "region_code": None,
    "doc_number": None,
    "encoding": "UTF-8",
    "title_source": "the file's heading line `# 《新闻联播》 (20240117)`, as in the sibling news gold (20221110, 20221205, 20230412, 20230621, 20230808, 20230915, 20231102, 20231115, 20231220, 20240315, 20240413, 20240522, 20240618, 20240723, 20240906, 20241015)",
    "issued_source": "the file name 20240117.md and the heading 《新闻联播》 (20240117), repeated in the summary's closing stamp (20240117 19:00) and in every link to the original (tv.cctv.com/2024/01/17/…240117.shtml): the broadcast of 2024-01-17",
    "year_source": "issued's year: 2024. Relative dates resolve against 2024-01-17: 1月17日 / 17日 / 17日上午 / 今天（1月17日） / 今天（1月17日）22时27分 / 今天上午 → 2024-01-17, 16日 / 16日上午 / 16日下午 / 16日晚 → 2024-01-16, 今年 → 2024, 今年3月1日起 → 2024-03-01, 去年 → 2023; the economy story's 一季度…四季度 take the 2023 of its lead",
    "issuer_source": "no issuer line; every story carries only the CCTV web byline, so issuer is null",
    "genre_source": "a 新闻联播 transcript: summary list plus sixteen news items (two of them collections of briefs), all with a body → news",
    "region_source": "a news file of many stories (the DR Congo, a funeral in Beijing, Beautiful China across several provinces, Davos and the premier's meetings, the Dominican Republic, the national economy, the Wenchang launch, Shenzhen, the Sichuan basin, Shanghai, Yemen and the Red Sea, Gaza, Moscow, Japan's Noto quake, the US winter storm): no single place, so region and region_code are null",
    "doc_number_source": "news transcript: no 发文字号",
    "encoding_source": "the file decodes as UTF-8 without a byte-order mark (first bytes 23 20 e3 80 8a = `# 《`)",
}
(HERE / f"{DOC}.doc.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")

counts = {}
for f, _ in facts:
    counts[f["kind"]] = counts.get(f["kind"], 0) + 1
print(f"{len(facts)} facts:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
