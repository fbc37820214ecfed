#!/usr/bin/env python3
"""Blind gold for 20230830.md (新闻联播 2023-08-30), typed by hand.

Writes 20230830.md.jsonl and 20230830.md.doc.json next to this script.
Checks: every `text` occurs in the source, the facts stand in text order (each found after
the end of the previous one, on the source line that `at()` names), no project/org/region name
is listed twice, period and period_source are null together, and every `entity` is a listed
name. `skip(text)` moves past one unannotated occurrence (a bold sub-headline's repeat of a
body figure, a name nested in a longer name or slogan before the place stands alone).
No transcript text is kept here beyond the facts' text, name and subject.

usage: python3 build_news.py [SOURCE]
SOURCE defaults to shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20230830.md
(the cut /tmp/b23src/20230830.md is byte-identical: the manifest takes the whole file).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = Path("/work/shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20230830.md")
SRC = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
DOC = "20230830.md"

# ---------------------------------------------------------------- helpers
D0830 = ("2023-08-30", "2023-08-30")
D0829 = ("2023-08-29", "2023-08-29")
D0821 = ("2023-08-21", "2023-08-21")
JUN = ("2023-06-01", "2023-06-30")
JUL = ("2023-07-01", "2023-07-31")
AUG = ("2023-08-01", "2023-08-31")
JAN_JUL = ("2023-01-01", "2023-07-31")
H1 = ("2023-01-01", "2023-06-30")
# 8月份以来: a since-span runs to the broadcast day (blind21 `88个`, blind18 via blind21)
SINCE_AUG = ("2023-08-01", "2023-08-30")
OCT2020 = ("2020-10-01", "2020-10-31")
Y2000 = ("2000-01-01", "2000-12-31")
Y2023 = ("2023-01-01", "2023-12-31")
Y2025 = ("2025-01-01", "2025-12-31")
# 19世纪40年代到20世纪90年代: one span of whole years (seed `2016年到2018年`; blind20 a decade
# as a year-grain span)
C1840_1990S = ("1840-01-01", "1999-12-31")

CN = dict(region="中国", region_code=None)
BJ = dict(region="北京市", region_code="110000")
SUIHUA = dict(region="绥化市", region_code="231200")
SD = dict(region="山东省", region_code="370000")
RENHUAI = dict(region="仁怀市", region_code="520382")
MTG = dict(region="门头沟区", region_code="110109")
YUSHU = dict(region="榆树市", region_code="220182")
HZ = dict(region="杭州市", region_code="330100")
XA = dict(region="河北雄安新区", region_code="13102001")
HRB = dict(region="哈尔滨市", region_code="230100")
CA = dict(region="加拿大", region_code=None)
US = dict(region="美国", region_code=None)
GR = dict(region="希腊", region_code=None)
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


# ================================================================ summary (lines 5-84)
# Summary dates and figures that the bodies restate are annotated once, at the body
# (blind15-blind22): the council's 2023年 (item 4, body 国合会2023年年会), the first seven months
# (item 6, body 今年1—7月份), 102个 (brief 11.1), 十部门 (brief 11.2), 18家 (brief 11.3), today
# (brief 11.4, body 今天（8月30日）), tonight (brief 11.8, body 今晚（8月30日）). Names count here,
# deduplicated by name (blind17-blind22). List indices are no numbers.
at(8)
# three places in a chain, each a region (blind21 湖北 and 武汉 before the garden)
region("四川", "四川省", "510000", "province", [])
region("凉山州", "凉山彝族自治州", "513400", "prefecture", ["四川省"])
region("金阳县", "金阳县", "513430", "county", ["四川省", "凉山彝族自治州"])
at(11)
# 中国 is nested in the slogan "Chinese dream" (blind21 "beautiful China")
at(14)
# the body named in its session's name (blind18-20); the leading term number and the fifth
# session are ordinals, left out of the name (open)
org("全国人大常委会")
at(17)
# the commission named with its kind (委员会); 中国 nested; the 2023年 is the body's
org("中国环境与发展国际合作委员会")
at(20)
# the country in an office's title counts (blind19 越南, blind20 the ambassadors' countries)
country("英国")
at(23)
# 今年前七个月 is the body's 今年1—7月份
at(29)
# North China and the North-east are macro-areas
at(32)
# the corps named with its kind (open: an org, not a region); 新疆 nested here, listed from its
# own use in the body; the "culture moistening Xinjiang" phrase is a slogan
org("新疆生产建设兵团")
at(35)
# 杭州 is nested in the games' name (blind22 成都 in the Universiade's name) (open); the first
# rehearsal is an ordinal
at(41)
# 102个 is the body's
at(44)
# 十部门 is the body's; the title in 《》 is no name
org("教育部")
at(47)
# 18家 is the body's
at(50)
# the leading zone split off the park's name (seed CONVENTIONS) (open); today is the body's
region("雄安新区", "河北雄安新区", "13102001", "zone", ["河北省"])
project("中关村科技园")
at(53)
# the sixth expo is an ordinal and an event; 中国 nested
at(56)
# the China-Mongolia pair is made of one-character forms; "the two countries" is anaphoric
at(59)
# a named port, kept whole: without the city nothing of a name is left (blind22 镇安 kept in
# the station's name; blind21 磨憨铁路口岸) (open); "the first time" is no number; the
# one-box scheme is a label
project("上海港")
at(62)
# 2023 without 年 in the report meeting's name is no date (blind18, blind19); tonight is the body's
at(65)
# 俄 and 乌 are one-character forms; "several" boats is vague
at(71)
country("俄罗斯")
# the group by its well-known short name (FACTS 欧盟; blind22 北约) (open); the body names it in
# full (two names, blind20 联大 / 联合国大会)
org("G20")
at(74)
country("加蓬")
at(77)
country("加拿大")
at(80)
# "downtown New York": the city word belongs to 市中心 (city centre) (open)
country("美国")
foreign("纽约", ["美国"], canonical="纽约市")
at(83)
# "for over twenty years" is a duration
country("希腊")
org("欧盟")

# ================================================================ story 1: Jinyang flash flood
at(90)
# the part of day kept in the day's text (blind20 `12日凌晨`)
date("8月21日凌晨", D0821, "day")
# the named bid section of the expressway (blind21 `南宁至凭祥高速铁路崇凭段`); JN1 is an
# identifier; the project department is the section's site office, not listed apart (open);
# the rebar yard is generic
project("沿江高速JN1标段")
# bodies from titles: general secretary (blind20 中共中央), chairman of the CMC (blind22);
# the state president is an office
org("中共中央")
org("中央军委")
# the work team is generic
org("国务院")
# standing-committee member (blind20/22); 国务院 listed; 举一反三 is an idiom, no number
org("中共中央政治局")
org("应急管理部")
# the full name beside the summary's short one (blind21 江苏 / 江苏省)
region("四川省", "四川省", "510000", "province", [])
# "at present" gives no figure here

# ================================================================ story 2: overseas Chinese
at(96)
# since the 18th congress is an ordinal event (blind21); the bare general-secretary title
# names no body (blind21); the party centre (blind20/22)
org("党中央")
# the hundred-year home of overseas Chinese is a label; the leading places stand before 的
region("广东", "广东省", "440000", "province", [])
region("汕头", "汕头市", "440500", "prefecture", ["广东省"])
# a named museum, a venue (seed CONVENTIONS venues; blind21 gardens and scenic areas) (open)
project("侨批文物馆")
date("2020年10月", OCT2020, "month")
# Chaoshan is a cultural macro-area; 中国 stands inside "Chinese person / culture / heart"
# four times before it stands alone (the Chinese dream before was a slogan)
skip("中国")
skip("中国")
skip("中国")
skip("中国")
region("中国", "中国", None, "country", [])
# the root-seeking camps and the festival brands are events and programmes; "the decade of
# the new era" is a duration; 目前 opens the sentence → the broadcast day (blind22 目前)
num("quantity", "1.1万个", 11000, unit="个", subject="开设的“侨胞之家”", period=D0830,
    psrc="sentence", **CN)
num("quantity", "约1000家", 1000, unit="家", approx="约", subject="创建的社区侨务工作示范点",
    period=D0830, psrc="sentence", **CN)

# ================================================================ story 3: NPC joint session
at(102)
# the part of day kept (blind19 `11月19日上午`)
date("30日上午", D0830, "day")
# the Great Hall is a building (blind20); the report's title is no name
region("北京", "北京市", "110000", "province", [])
# the special inquiry is "the first" (an ordinal); ministries at the meeting
org("国家发展改革委")
org("工业和信息化部")
org("财政部")
org("自然资源部")
org("水利部")
org("农业农村部")
org("商务部")
# "over a billion" people (十几亿) is vague; the 20th congress an ordinal; 中国 nested in
# "the Chinese people's rice bowl"
# the farmland red line: a floor to be held (要 … 守住 → target, CONVENTIONS), with no period
# of its own: a standing rule, the broadcast day would be a guess (blind22 `2400多台`) (open)
num("quantity", "18亿亩", 1800000000, unit="亩", subject="耕地红线", period=None, psrc=None,
    role="target", **CN)
# "the two enthusiasms" are a label; the law draft is a document
# 我国 (entity null); no date in sentence or paragraph → the lead's 30日, section (blind22)
num("quantity", "14亿多人", 1400000000, unit="人", approx="多",
    subject="得到有效保障粮食安全的人口", period=D0830, psrc="section", **CN)

# ================================================================ story 4: CCICED annual meeting
at(108)
date("30日", D0830, "day")
# the commission's short name beside its full one (blind20 民盟 / 中国民主同盟)
org("国合会")
# a year written with 年 before an event's name is a date (blind20-22)
date("2023年", Y2023, "year")
# the party's short name in its congress's name (blind20 中国共产党 in its plenum's name;
# blind20 中共) (open); the beautiful-China phrase is a slogan
org("中共")
# a government named with its country (blind20 中国政府)
org("中国政府")
# no date in the paragraph → the lead's 30日, section; the members of the body named in the
# phrase (blind22 全国政协 for `100余位`); a meeting in Beijing → 北京市 (blind22)
num("quantity", "约500人", 500, unit="人", approx="约",
    subject="参加会议的国合会中外委员、专家和观察员", period=D0830, psrc="section",
    entity="国合会", **BJ)

# ================================================================ story 5: Han Zheng meets Cleverly
at(114)
date("8月30日", D0830, "day")
# "over half a century" is a duration; the China-UK pair is made of one-character forms
org("联合国安理会")
# "the two governments" is generic; 中方 / 英方 are sides

# ================================================================ story 6: logistics, January-July
at(120)
org("中国物流与采购联合会")
date("今天（8月30日）", D0830, "day")
date("今年1—7月份", JAN_JUL, "month")
# national figures (全国) → entity null, region 中国 (blind21 logistics)
date("今年1—7月份", JAN_JUL, "month")
num("money", "189.9万亿元", 189900000000000, unit=None, subject="社会物流总额",
    period=JAN_JUL, psrc="sentence", **CN)
num("growth", "同比增长4.7%", 4.7, unit="%", basis="同比", subject="社会物流总额",
    period=JAN_JUL, psrc="sentence", **CN)
date("7月份", JUL, "month")
num("growth", "同比增长8.8%", 8.8, unit="%", basis="同比", subject="原材料制造物流总额",
    period=JUL, psrc="sentence", **CN)
# the compared month is a date, not the period (FACTS)
date("6月份", JUN, "month")
# a change of the growth rate against the month before → pp, basis 环比 (blind21 "with last
# month")
num("growth", "加快2个百分点", 2, unit="pp", basis="环比", subject="原材料制造物流总额增速",
    period=JUL, psrc="sentence", **CN)
# one rate for both industries ("both at"); 同比 as written
num("growth", "15%左右", 15, unit="%", approx="左右", basis="同比",
    subject="钢铁和石油加工行业同比增速", period=JUL, psrc="sentence", **CN)
date("7月份", JUL, "month")
# one rate for both sectors ("both over")
num("growth", "同比增长均超过10%", 10, unit="%", approx="超过", basis="同比",
    subject="航空航天器及设备制造、智能消费设备物流总额", period=JUL, psrc="sentence", **CN)
date("1—7月份", JAN_JUL, "month")
num("money", "10.1万亿元", 10100000000000, unit=None, subject="进口物流总额",
    period=JAN_JUL, psrc="sentence", **CN)
num("growth", "同比增长13.8%", 13.8, unit="%", basis="同比", subject="进口物流总额",
    period=JAN_JUL, psrc="sentence", **CN)
date("1—7月份", JAN_JUL, "month")
num("growth", "同比增长10.1%", 10.1, unit="%", basis="同比", subject="单位与居民物品物流总额",
    period=JAN_JUL, psrc="sentence", **CN)
# the compared half-year is a date; a comparison of January-July with the first half is none
# of FACTS' bases → null
date("上半年", H1, "half")
num("growth", "提高0.1个百分点", 0.1, unit="pp", basis=None,
    subject="单位与居民物品物流总额增速", period=JAN_JUL, psrc="sentence", **CN)
# "cumulative" names no basis; the months from the paragraph's sentence before
num("growth", "增长超过20%", 20, unit="%", approx="超过", basis=None,
    subject="餐饮相关物流总额", period=JAN_JUL, psrc="paragraph", **CN)

# ================================================================ story 7: autumn grain
at(126)
# "these days" is vague; the main producing areas are generic
region("黑龙江", "黑龙江省", "230000", "province", [])
region("绥化", "绥化市", "231200", "prefecture", ["黑龙江省"])
date("今年", Y2023, "year")
# "the locality" is an anaphor (entity null, blind19/22); its place is Suihua; the slogan is
# a label
num("quantity", "600万亩以上", 6000000, unit="亩", approx="以上", subject="大豆种植面积",
    period=Y2023, psrc="sentence", **SUIHUA)
# the double-cropping is a label; "since autumn began" is a season (blind22 "this summer")
region("湖南省", "湖南省", "430000", "province", [])
# the short name beside the full one (blind21 江苏 / 江苏省)
region("湖南", "湖南省", "430000", "province", [])
region("东安县", "东安县", "431122", "county", ["湖南省", "永州市"])
# 以来 kept as approx (blind20 `去年6月以来`, CONVENTIONS `2021年以来`)
date("8月份以来", AUG, "month", approx="以来")
region("山东省", "山东省", "370000", "province", [])
# rainfall 10-20% above the usual years: a relative change written in tenths → growth 10..20 %
# (FACTS `九成` → 90; `3-5亿元` → value and value_max); usual years are none of FACTS' bases
# (open); the since-span runs to the broadcast day (blind21 `88个`); the province named as the
# subject (blind21 江苏省, blind22 黑龙江)
num("growth", "偏多一到两成", 10, value_max=20, unit="%", basis=None, subject="平均降雨量",
    period=SINCE_AUG, psrc="sentence", entity="山东省", **SD)
# 确保 governs the yield, not the sown area (blind22 `18个`: 力争 governs the readiness)
# (open); 全省 → entity null; the sentence's since-span (open)
num("quantity", "6000多万亩", 60000000, unit="亩", approx="多", subject="全省秋粮",
    period=SINCE_AUG, psrc="sentence", **SD)
region("山东", "山东省", "370000", "province", [])
# "ten thousand people" inside the campaign's name is a label (blind22 programme names)
region("庆云县", "庆云县", "371423", "county", ["山东省", "德州市"])
# "the first time" is no number
date("今年", Y2023, "year")
# the south-west is a macro-area; "these days" opens the paragraph → the broadcast day,
# paragraph (blind22 `近三成`)
region("贵州", "贵州省", "520000", "province", [])
region("仁怀", "仁怀市", "520382", "county", ["贵州省", "遵义市"])
# the place whose sorghum it is (blind21 北川 for `上万亩`)
num("quantity", "36.5万亩", 365000, unit="亩", subject="进入采收期的优质红高粱",
    period=D0830, psrc="paragraph", entity="仁怀", **RENHUAI)
# "the locality" is an anaphor
num("quantity", "19个", 19, unit="个", subject="开展机收作业的乡镇街道", period=D0830,
    psrc="paragraph", **RENHUAI)
# "about a month" is a duration; "now" dates the sentence (blind22 目前); central finance is
# no named body; the ministry that uses the funds is the acting body (blind21 水利部); the
# funds were already allocated: actual, 将 governs their use (open); the subsidy's name is a
# label
num("money", "24亿元", 2400000000, unit=None, subject="“一喷多促”补助资金", period=D0830,
    psrc="sentence", entity="农业农村部", **CN)

# ================================================================ story 8: disaster recovery
at(132)
# "for days" is vague → the broadcast day, document (blind22 `2个`, blind21 `近百场`);
# North China and the North-east are macro-areas; 北京 listed
region("门头沟区", "门头沟区", "110109", "county", ["北京市"])
num("quantity", "约1.1万户", 11000, unit="户", approx="约",
    subject="清洁能源采暖设备因灾受损的居民", period=D0830, psrc="document",
    entity="门头沟区", **MTG)
region("河北", "河北省", "130000", "province", [])
region("涞水县", "涞水县", "130623", "county", ["河北省", "保定市"])
# the water departments and the village teams are generic
region("吉林", "吉林省", "220000", "province", [])
region("榆树", "榆树市", "220182", "county", ["吉林省", "长春市"])
# the place whose townships they are (blind21 角弓镇)
num("quantity", "8个", 8, unit="个", subject="受灾乡镇", period=D0830, psrc="document",
    entity="榆树", **YUSHU)
# 黑龙江 listed; the disease-control departments are generic

# ================================================================ story 9: XPCC
at(138)
# the corps' bare short name is an anaphor (blind21 the bare "guard"); the cultural
# departments are generic; 新疆 stands alone only in the third paragraph
skip("新疆")
skip("新疆")
region("新疆", "新疆维吾尔自治区", "650000", "province", [])
# "hundreds of kilometres" is vague, "the last kilometre" a label, "several" teams vague

# ================================================================ story 10: Asian Games rehearsal
at(144)
# "over three months" is a duration; the 19th games an ordinal, 杭州 nested (open)
date("昨晚（8月29日）", D0829, "day")
# the ceremony's cast limit: a size of the event (blind19/21/22 sizes: period and role null)
# (open); the qualifier kept as written (blind21 `不到`); an event's figure → its city
# (blind22 成都)
num("quantity", "不超过2500人", 2500, unit="人", approx="不超过", subject="开幕式参演人员",
    period=None, psrc=None, role=None, **HZ)
# "the first" digital ignition is an ordinal; the headquarters named with its kind (部)
org("杭州亚运会总指挥部")
date("今天", D0830, "day")
# "one day of games time" is a label; "two big categories" a label (blind19 "N big X")

# ================================================================ story 11: domestic briefs
at(150)
# (1) circulation hubs: the sub-headline's figure is the body's; "the other day" is vague →
# the broadcast day, document (blind18 `八部门` via blind22 `13部门`)
skip("102个")
num("quantity", "五部门", 5, unit="部门", subject="印发通知的部门", period=D0830,
    psrc="document", entity="国家发展改革委", **CN)
# the acting body of the same sentence (blind21 水利部 for `88个`)
num("quantity", "102个", 102, unit="个", subject="纳入现代流通战略支点城市布局建设范围的城市",
    period=D0830, psrc="document", entity="国家发展改革委", **CN)
# CONVENTIONS `到2018年` is the date `2018年`
date("2025年", Y2025, "year")
# (2) silver-age teachers: the sub-headline's count is the body's; the five actions are a
# label; the age limits are ages (time)
skip("十部门")
num("quantity", "十部门", 10, unit="部门", subject="联合印发《国家银龄教师行动计划》的部门",
    period=D0830, psrc="document", entity="教育部", **CN)
# (3) private firms: the sub-headline's count is the body's; the meeting is an event
skip("18家")
date("今天（8月30日）", D0830, "day")
org("中国人民银行")
# the federation by its well-known short name (blind20 民盟)
org("全国工商联")
num("quantity", "18家", 18, unit="家", subject="与金融机构等合作签约的民营企业", period=D0830,
    psrc="sentence", **CN)
# the stock exchanges are generic; the association named with its kind (协会)
org("银行间市场交易商协会")
# (4) Xiong'an park: names listed at the summary
date("今天（8月30日）", D0830, "day")
region("北京市", "北京市", "110000", "province", [])
region("河北省", "河北省", "130000", "province", [])
# today opens the paragraph (blind21 `23万多`); the bare park word is an anaphor (entity null,
# blind19); 中关村 nested in the service agencies' description; 分别 pairs the two counts with
# the one agreement
num("quantity", "20家", 20, unit="家", subject="签署入驻协议的意向入驻企业", period=D0830,
    psrc="paragraph", **XA)
num("quantity", "11家", 11, unit="家", subject="签署入驻协议的中关村集成服务机构",
    period=D0830, psrc="paragraph", **XA)
# a size: period and role null (blind19/21); "the park" is an anaphor
num("quantity", "2.1万平方米", 21000, unit="平方米", subject="园区先期使用面积", period=None,
    psrc=None, role=None, **XA)
# (5) new-materials expo: an event (the sixth an ordinal); no date in the brief → the broadcast
# day, document (blind22 `2万名`); an event's figure → its city
region("哈尔滨", "哈尔滨市", "230100", "prefecture", ["黑龙江省"])
num("quantity", "突破2000个", 2000, unit="个", approx="突破", subject="博览会创新展品和成果",
    period=D0830, psrc="document", **HRB)
# (6) China-Mongolia trains: the train number is an identifier, the 1295 days a duration
date("今天（8月30日）", D0830, "day")
country("蒙古国")
foreign("乌兰巴托", ["蒙古国"])
region("二连浩特", "二连浩特市", "152501", "county", ["内蒙古自治区", "锡林郭勒盟"])
region("内蒙古", "内蒙古自治区", "150000", "province", [])
# a border port is a works (blind21 磨憨铁路口岸), the city kept in its name
project("二连浩特口岸")
# (7) Shanghai one-box shipping: the city split off the port's name (seed CONVENTIONS);
# America is a continent
date("今天（8月30日）", D0830, "day")
region("上海", "上海市", "310000", "province", [])
project("洋山港")
org("上海海事局")
# the management system in quotes is a tool, not a works (open); the days are durations
# (8) report meeting: the 2023 without 年 in the title is no date
org("国家广播电视总局")
org("中央广播电视总台")
date("今晚（8月30日）", D0830, "day")
# the short name beside the full one (blind21/22 总台); the channel is a product, 央视 nested
# (open)
org("总台")
# tonight opens the paragraph
num("quantity", "20个", 20, unit="个", subject="讲述的先进集体和优秀个人", period=D0830,
    psrc="paragraph", **CN)

# ================================================================ story 12: Russia and Ukraine
at(156)
org("俄罗斯国防部")
# local time; the part of day kept
date("今天（8月30日）凌晨", D0830, "day")
# the fleet named with its kind, the one-character prefix kept (blind21 乌国防部情报总局)
# (open); the naval aviation is part of it; the Black Sea is a sea
org("俄黑海舰队")
# Russia-Ukraine conflict figures → region null (blind8-22); the place hit is a sea (entity null)
num("quantity", "4艘", 4, unit="艘", subject="摧毁的高速快艇", period=D0830, psrc="sentence",
    **NOREG)
# a military branch named with its kind (blind21 乌克兰武装部队) (open)
org("乌克兰特种作战部队")
# the air defence is a side (blind21); "that day" is no date (blind18); "many places" vague
foreign("布良斯克州", ["俄罗斯"])
foreign("奥廖尔州", ["俄罗斯"])
foreign("卡卢加州", ["俄罗斯"])
# before its drones (blind21)
country("乌克兰")
# 俄罗斯 listed; the governor is an office; 俄方 a side
foreign("普斯科夫州", ["俄罗斯"])
# the one-character prefix form, a second name (blind18/21 俄罗斯国防部 / 俄国防部)
org("俄国防部")
# "the first" report is an ordinal; "a" missile is 一 as "a" (open); the missile is a weapon
date("今天凌晨", D0830, "day")
# the area word left out (blind22 扎波罗热)
foreign("基辅", ["乌克兰"])
# "directions" (blind18/19/21/22)
foreign("梅利托波尔", ["乌克兰"])
foreign("巴赫穆特", ["乌克兰"])
# 乌军 / 俄军 are abbreviations

# ================================================================ story 13: international briefs
at(162)
# (1) Lavrov to the G20: the sub-headline's names are listed at the summary
org("俄罗斯外交部")
date("29日", D0829, "day")
# the spokeswoman, the president, the foreign minister and the press secretary are offices
country("印度")
foreign("新德里", ["印度"])
# the group named in its summit's name (bodies in meeting names, blind18-20)
org("二十国集团")
# (2) Gabon
org("加蓬全国选举委员会")
date("今天（8月30日）凌晨", D0830, "day")
# local media and state institutions are generic
org("加蓬政府")
# (3) Canadian residential school: the indigenous organisation is unnamed; "a" school is 一
# as "a"; the school named only by an appositive (open)
foreign("萨斯喀彻温省", ["加拿大"])
date("29日", D0829, "day")
num("quantity", "93个", 93, unit="个", subject="疑为儿童和婴儿的坟墓", period=D0829,
    psrc="sentence", entity="萨斯喀彻温省", **CA)
org("加拿大真相与和解委员会")
# the leading "from" word left out (blind20); one span of whole years (blind20 decade)
date("19世纪40年代到20世纪90年代", C1840_1990S, "year")
# no measure word (blind21 `23万多`, blind22 `30万`); the commission is the informant
num("quantity", "至少有15万", 150000, unit=None, approx="至少",
    subject="被强制送入寄宿学校的原住民儿童", period=C1840_1990S, psrc="sentence", **CA)
# (4) New York water main: the square and its station are a landmark and a building (open)
date("29日凌晨", D0829, "day")
foreign("曼哈顿", ["美国", "纽约市"])
# "a" main is 一 as "a"; the city's subway lines
num("quantity", "3条", 3, unit="条", subject="运行一度暂停的地铁线", period=D0829,
    psrc="sentence", entity="纽约", **US)
# a usual daily figure with no fixed day (blind21 `超过百万人`): period null, actual; "these 3
# lines" after it is an anaphoric repeat (blind21), not annotated again
num("quantity", "30万人", 300000, unit="人", subject="早高峰时段搭乘这3条地铁线路出行的人",
    period=None, psrc=None, **US)
# (5) Greek wildfire: the eleven days are a duration; the north-east is a part of the country
date("29日", D0829, "day")
num("quantity", "至少20人", 20, unit="人", approx="至少", subject="林火导致死亡人数",
    period=D0829, psrc="sentence", entity="希腊", **GR)
# the civil-protection department is generic (blind22 the Canadian fire department); the
# paragraph's 29日
num("quantity", "约810平方公里", 810, unit="平方公里", approx="约", subject="林火过火面积",
    period=D0829, psrc="paragraph", **GR)
# since records began in 2000: the year, approx 以来 (CONVENTIONS `2021年以来`), which stands
# after the clause (text the bare year, as blind22 `2%` kept 至少); "the worst" is a superlative
date("2000年", Y2000, "year", approx="以来")
# the branch named whole with its kind (blind22 解放军总医院第一医学中心); 希腊 nested
org("世界自然基金会希腊分部")
date("29日", D0829, "day")
# the country split off the park's name; a named park (seed CONVENTIONS)
project("达迪亚国家森林公园")
num("percent", "至少有30%", 30, unit="%", approx="至少",
    subject="在大火中被毁的面积占比", period=D0829, psrc="sentence",
    entity="达迪亚国家森林公园", **GR)

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
    "title": "《新闻联播》 (20230830)",
    "issued": "2023-08-30",
    "year": 2023,
    "issuer": None,
    "genre": "news",
    "region": None,
    "region_code": None,
    "doc_number": None,
    "encoding": "UTF-8",
    "title_source": "the file's heading line `# 《新闻联播》 (20230830)`, as in the sibling news gold (20241212, 20240402, 20230712 and earlier)",
    "issued_source": "the file name 20230830.md and the heading 《新闻联播》 (20230830), repeated in the summary's closing stamp (20230830 19:00) and in every link to the original (tv.cctv.com/2023/08/30/…230830.shtml): the broadcast of 2023-08-30",
    "year_source": "issued's year: 2023. Relative dates resolve against 2023-08-30: 今天（8月30日） / 今天（8月30日）凌晨 / 今天 / 今天凌晨 / 今晚（8月30日） / 30日 / 30日上午 → 2023-08-30, 昨晚（8月29日） / 29日 / 29日凌晨 → 2023-08-29, 8月21日凌晨 → 2023-08-21, 今年1—7月份 / 1—7月份 → 2023-01..07, 7月份 → 2023-07, 6月份 → 2023-06, 上半年 → 2023 H1, 8月份以来 → 2023-08 (approx 以来), 今年 → 2023",
    "issuer_source": "no issuer line; every story carries only the CCTV web byline, so issuer is null",
    "genre_source": "a 新闻联播 transcript: a summary list of thirteen items (two of them lists of briefs, eight domestic and five international), then thirteen news items, two of them collections of briefs with bold sub-headlines and one more with a bold sub-headline → news",
    "region_source": "a news file of many stories (a flash flood in Sichuan's Liangshan, overseas Chinese work with Shantou in Guangdong, the NPC standing committee and CCICED in Beijing, Han Zheng and the UK foreign secretary, national logistics, autumn grain in Heilongjiang, Hunan, Shandong and Guizhou, disaster recovery in Beijing, Hebei, Jilin and Heilongjiang, the Xinjiang corps, the Hangzhou Asian Games, national briefs and ones from Xiong'an, Harbin, Erenhot and Shanghai, Russia and Ukraine, India, Gabon, Canada, the United States and Greece): no single place, so region and region_code are null",
    "doc_number_source": "news transcript: no 发文字号",
    "encoding_source": "the file decodes as UTF-8 without a byte-order mark (first bytes 23 20 e3 80 8a = `# 《`)",
}
(HERE / f"{DOC}.doc.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")

counts = {}
for f, _ in facts:
    counts[f["kind"]] = counts.get(f["kind"], 0) + 1
print(f"{len(facts)} facts:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
