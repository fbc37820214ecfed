#!/usr/bin/env python3
"""Blind gold for 20240402.md (新闻联播 2024-04-02), typed by hand.

Writes 20240402.md.jsonl and 20240402.md.doc.json next to this script.
Checks: every `text` occurs in the source, the facts stand in text order (each found after
the end of the previous one, on the source line that `at()` names), no project/org/region name
is listed twice, period and period_source are null together, and every `entity` is a listed
name. `skip(text)` moves past one unannotated occurrence (a bold sub-headline's repeat of a
body figure or date, a name inside a pair of one-character forms, an anaphoric repeat of a
count). No transcript text is kept here beyond the facts' text, name and subject.

usage: python3 build_news.py [SOURCE]
SOURCE defaults to shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20240402.md
(the cut /tmp/b21/20240402.md is byte-identical: the manifest takes the whole file).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = Path("/work/shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20240402.md")
SRC = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
DOC = "20240402.md"

# ---------------------------------------------------------------- helpers
D0402 = ("2024-04-02", "2024-04-02")
D0401 = ("2024-04-01", "2024-04-01")
D0403 = ("2024-04-03", "2024-04-03")
D0331 = ("2024-03-31", "2024-03-31")
D0330 = ("2024-03-30", "2024-03-30")
D0229 = ("2024-02-29", "2024-02-29")
D20231231 = ("2023-12-31", "2023-12-31")
MAR = ("2024-03-01", "2024-03-31")
MAY = ("2024-05-01", "2024-05-31")
Q1 = ("2024-01-01", "2024-03-31")
# 今年清明假期: the 2024 Qingming holiday, 4-6 April (one span, grain period)
QINGMING = ("2024-04-04", "2024-04-06")
Y2018 = ("2018-01-01", "2018-12-31")
Y2022 = ("2022-01-01", "2022-12-31")
Y2023 = ("2023-01-01", "2023-12-31")
Y2024 = ("2024-01-01", "2024-12-31")
Y2025 = ("2025-01-01", "2025-12-31")
# the "from 2022 on" date as the period of what was done since: from 2022 up to the broadcast day
# (blind18 `13.5万亿元`: a since-span runs to its as-of day) (open)
SINCE2022 = ("2022-01-01", "2024-04-02")
# the ten-years phrase: ten years up to the day the province spoke (the press conference of today), year
# grain at the start (blind18 `超过7000亿美元`)
TEN_YEARS = ("2014-01-01", "2024-04-02")

CN = dict(region="中国", region_code=None)
JS = dict(region="江苏省", region_code="320000")
SH = dict(region="上海市", region_code="310000")
XM = dict(region="厦门市", region_code="350200")
HI = dict(region="海南省", region_code="460000")
WH = dict(region="武汉市", region_code="420100")
LX = dict(region="郎溪县", region_code="341821")
HZ = dict(region="湖州市", region_code="330500")
JG = dict(region="角弓镇", region_code=None)
BC = dict(region="北川羌族自治县", region_code="510726")
GD = dict(region="广东省", region_code="440000")
CQ = dict(region="重庆市", region_code="500000")
NM = dict(region="内蒙古自治区", region_code="150000")
SC = dict(region="四川省", region_code="510000")
GX = dict(region="广西壮族自治区", region_code="450000")
KM = dict(region="昆明市", region_code="530100")
FR = dict(region="法国", region_code=None)
SY = dict(region="叙利亚", region_code=None)
PS = dict(region="巴勒斯坦", region_code=None)
HT = dict(region="海地", region_code=None)
US = dict(region="美国", region_code=None)
UK = dict(region="英国", region_code=None)
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


# ================================================================ summary (lines 5-99)
# Summary dates and figures that the bodies restate are annotated once, at the body
# (blind15-blind20): 3月份 and 51.5% (item 3), 今年 (item 6), 清明假期 and 178万人次 (brief 2,
# body 今年清明假期), 突破14万亿元 (brief 3), 2024年 (brief 4), 突破1亿千瓦 (brief 5), 一季度
# (brief 9), 7人 (item 11, body 7名), 5人 (brief 14.2, body 至少5人). The drone count of item 13
# (220-odd, summary and heading) is the body's 228架 rounded: taken as the body's figure and not
# annotated again (blind18 three oblasts / 三个; blind19 a headline count is dropped when the
# body gives the figure) (open). Names count here, deduplicated by name (blind17-blind20).
at(8)
# 中国 is nested in the slogan "beautiful China" (blind18-20 "Chinese-style" phrases)
at(11)
# the country from the president-elect's title (blind19 越南 from a title)
country("印度尼西亚")
at(14)
# 中国 is nested in the index's name
at(17)
region("江苏", "江苏省", "320000", "province", [])
at(29)
# the Yangtze is a river; the ten-year fishing ban is a label
at(38)
org("国家税务总局")
at(44)
# the Greater Bay Area is a macro-area (blind19), no region
at(47)
# the expo is an event
region("重庆", "重庆市", "500000", "province", [])
at(50)
region("内蒙古", "内蒙古自治区", "150000", "province", [])
at(53)
# the leading province is split off the railway's name (seed CONVENTIONS; blind18 四川 / the
# airports); the cities in the railway's name stay nested
region("四川", "四川省", "510000", "province", [])
project("巴中至南充高铁")
at(56)
region("湖南", "湖南省", "430000", "province", [])
project("桑龙高速")
project("雷家山隧道")
at(59)
region("广西", "广西壮族自治区", "450000", "province", [])
# a named section of a railway (fujian gold `潮南高速三明段`)
project("南宁至凭祥高速铁路崇凭段")
at(62)
# railways are projects (blind18 广汕高铁); 老 is a one-character form
project("中老铁路")
at(65)
# the broadcaster's well-known short name beside its full name in the body (blind17/18 最高法 /
# 最高人民法院) (open); 北京 and 巴黎 are nested in the exhibition's title, the China-France pair is
# made of one-character forms, 中国 is nested in the exhibition's name
org("总台")
at(71)
# the embassy as written here; the body writes the full form (two names, blind18) (open);
# 伊朗 and 叙利亚 are nested in it here and count from their own uses
org("伊朗驻叙利亚使馆")
at(74)
country("伊朗")
country("以色列")
at(80)
# 以军 is an abbreviation, 巴 and 以 one-character forms
foreign("加沙城", [])
# a hospital: an institution named with its kind (院, seed CONVENTIONS)
org("希法医院")
at(89)
country("阿塞拜疆")
country("亚美尼亚")
at(92)
# the presidency (blind19 巴西总统府); 海地 counts from its own use in the body
org("海地总统府")
at(95)
country("美国")

# ================================================================ story 1: rivers and lakes
at(105)
# the general secretary's title names no body; "the Chinese nation", 我国 and 祖国 are no
# regions; the leading city is split off the park's name (seed CONVENTIONS)
region("北京", "北京市", "110000", "province", [])
project("温榆河公园")
# "these two years" is vague; the 18th congress is an ordinal; named works with their shared
# head word left out (blind18 广汕高铁 / 广深城际, dev `雄商`); the Yangtze belt and the Yellow
# River basin are macro-areas, the strategy is no project
project("三峡")
project("南水北调")
# "from" kept as approx (blind19 `今天（11月20日）起`, blind20 `12月15日起`); the leading
# word is left out (blind20 `去年6月以来`)
date("2022年起", Y2022, "year", approx="起")
org("水利部")
# the ministry selecting the rivers is the acting body (blind20 中国共产党 for `300多项`)
num("quantity", "88个", 88, unit="个", subject="开展母亲河复苏行动的河湖", period=SINCE2022,
    psrc="sentence", entity="水利部", **CN)
# the 26 years and the hundred years are durations; the canal is a named works (open)
project("京杭大运河")
num("quantity", "3次", 3, unit="次", subject="京杭大运河全线贯通有水", period=SINCE2022,
    psrc="paragraph", entity="京杭大运河", **CN)
# the delta and the lake are landforms; national story → 中国 (blind20 the water works) (open)
num("quantity", "2.09亿立方米", 209000000, unit="立方米", subject="向黄河三角洲实施生态补水",
    period=SINCE2022, psrc="paragraph", **CN)
num("quantity", "4.87亿立方米", 487000000, unit="立方米", subject="向乌梁素海实施生态补水",
    period=SINCE2022, psrc="paragraph", **CN)
# "the China of today" opens the paragraph: the country standing alone
region("中国", "中国", None, "country", [])
# the five levels are a label; "nowadays" opens the paragraph → the broadcast day (blind17/18 目前)
num("quantity", "120万名", 1200000, unit="名", subject="上岗履职的河湖长", period=D0402,
    psrc="paragraph", **CN)
# the as-of word is left out (blind18, blind20 `2023年底`)
date("去年底", D20231231, "day", approx="底")
num("quantity", "7280个", 7280, unit="个", subject="完成河湖健康评价", period=D20231231,
    psrc="sentence", **CN)
# the one-river-one-policy phrases are labels
num("quantity", "7万多个", 70000, unit="个", approx="多",
    subject="滚动编制实施“一河一策”“一湖一策”方案", period=D20231231, psrc="sentence", **CN)
project("南水北调工程")
# a capacity: period and role null (blind19 `超700亿千瓦时`, `300万户`) (open)
num("quantity", "超过9000亿立方米", 900000000000, unit="立方米", approx="超过",
    subject="年供水能力", period=None, psrc=None, role=None, **CN)
region("河北省", "河北省", "130000", "province", [])
region("石家庄市", "石家庄市", "130100", "prefecture", ["河北省"])
date("2023年", Y2023, "year")
num("percent", "93%以上", 93, unit="%", approx="以上", subject="规模以上工业用水重复利用率",
    period=Y2023, psrc="sentence", **CN)
num("quantity", "210亿立方米", 21000000000, unit="立方米", subject="非常规水利用量",
    period=Y2023, psrc="sentence", **CN)
# "3.5 times the level of ten years ago" is a change over time: growth of 2.5 倍, the
# increase (FACTS `增长1.5倍`; blind20 `翻番` → 1 倍); the year it reaches is the period
# (blind18 `增长了近11%`); "ten years ago" is no date (open)
num("growth", "3.5倍", 2.5, unit="倍", basis=None, subject="非常规水利用量",
    period=Y2023, psrc="sentence", **CN)
date("今年", Y2024, "year")

# ================================================================ story 2: Li Qiang meets Prabowo
at(111)
# the body from the premier's title (blind16, blind18)
org("国务院")
date("2日", D0402, "day")
# 京 is a one-character form; 近年来 is vague; the China-Indonesia pair holds the short name
skip("印尼")
date("昨天", D0401, "day")
skip("印尼")
# the Belt and Road is an initiative; 中方 is a side
# the short name standing alone (blind19 印尼, canonical 印度尼西亚)
country("印尼", "印度尼西亚")
skip("印尼")
# a government named with its country (blind19 印尼政府), the adjective kept as written (open)
org("印尼新政府")

# ================================================================ story 3: logistics index
at(117)
org("中国物流与采购联合会")
date("今天（4月2日）", D0402, "day")
date("3月份", MAR, "month")
# an index value written as a percent; 中国 is part of the index's name (entity null)
num("percent", "51.5%", 51.5, unit="%", subject="物流业景气指数", period=MAR,
    psrc="sentence", **CN)
# the comparison "with last month" names the month-on-month basis → basis 环比 (open)
num("growth", "上升4.4个百分点", 4.4, unit="pp", basis="环比", subject="物流业景气指数",
    period=MAR, psrc="sentence", **CN)
date("3月份", MAR, "month")
# 分别 pairs in order; the first keeps the verb (blind19 `分别增长39.2%`)
num("growth", "分别上升4.7", 4.7, unit="pp", basis="环比", subject="道路运输业业务总量指数",
    period=MAR, psrc="sentence", **CN)
num("growth", "3.7个百分点", 3.7, unit="pp", basis="环比", subject="邮政快递业业务总量指数",
    period=MAR, psrc="sentence", **CN)
# after the semicolon: a new sentence, the month from the paragraph
num("percent", "53.5%", 53.5, unit="%", subject="铁路运输业业务总量指数", period=MAR,
    psrc="paragraph", **CN)
num("growth", "上升1.8个百分点", 1.8, unit="pp", basis="环比", subject="铁路运输业业务总量指数",
    period=MAR, psrc="paragraph", **CN)
date("3月份", MAR, "month")

# ================================================================ story 4: Jiangsu press conference
at(123)
org("国务院新闻办公室")
date("今天（4月2日）", D0402, "day")
# the full name beside the summary's short one (blind19 浙江省 / 浙江)
region("江苏省", "江苏省", "320000", "province", [])
date("2023年", Y2023, "year")
# the province named as the sentence's subject (blind20 中国 for the greening figures)
num("money", "12.82万亿元", 12820000000000, unit=None, subject="地区生产总值", period=Y2023,
    psrc="sentence", entity="江苏省", **JS)
# a threshold is money with its own qualifier, plus a quantity for the count (seed CONVENTIONS
# `亿元以上项目`, `过百亿元`)
num("quantity", "5个", 5, unit="个", subject="经济总量过万亿的城市", period=Y2023,
    psrc="sentence", entity="江苏省", **JS)
num("money", "过万亿", 1000000000000, unit=None, approx="过", subject="城市经济总量",
    period=Y2023, psrc="sentence", entity="江苏省", **JS)
num("money", "超过230万元", 2300000, unit=None, approx="超过", subject="村均集体经营性年收入",
    period=Y2023, psrc="sentence", entity="江苏省", **JS)
num("money", "5.27万元", 52700, unit=None, subject="城乡居民人均可支配收入", period=Y2023,
    psrc="sentence", entity="江苏省", **JS)
# the ten-years phrase is no date but gives the period (blind18); 分别 pairs in order; 左右
# stands after the second figure only (open)
num("growth", "分别下降26.4%", -26.4, unit="%", basis=None, subject="单位GDP能耗",
    period=TEN_YEARS, psrc="sentence", **JS)
num("growth", "30.9%左右", -30.9, unit="%", approx="左右", basis=None, subject="碳排放强度",
    period=TEN_YEARS, psrc="sentence", **JS)
# 连续3年 and 连续6年 are durations; the second grade and class II are labels
date("今年", Y2024, "year")
# the Yangtze belt and the delta are macro-areas; “1+3” is a label

# ================================================================ story 5: trade-in of consumer goods
at(129)
region("上海", "上海市", "310000", "province", [])
date("3月30日起", D0330, "day", approx="起")
# the nine months are a duration; "that day" is the 3月30日 of the sentence before → paragraph
num("quantity", "1.2万单", 12000, unit="单", subject="交易量", period=D0330, psrc="paragraph",
    **SH)
# money by context without 元 (seed CONVENTIONS `产值 8.5 亿`)
num("money", "近1亿", 100000000, unit=None, approx="近", subject="销售额", period=D0330,
    psrc="paragraph", **SH)
# "the other day" is vague; 重庆 is listed at the summary
region("厦门", "厦门市", "350200", "prefecture", ["福建省"])
# the campaign is an event (entity null); "the other day" is vague → the broadcast day
# (blind18 `八部门`, document)
num("quantity", "近百场", 100, unit="场", approx="近", subject="“春夏焕新季”推出的活动",
    period=D0402, psrc="document", **XM)

# ================================================================ story 6: data factor reform
at(135)
org("国家数据局")
# the summary's and heading's 今年 are this body's; "digital China" is a slogan; the computing
# network and the labelling bases are generic
date("今年", Y2024, "year")

# ================================================================ story 7: commercial space
at(141)
date("今年以来", Y2024, "year", approx="以来")
# a launch centre named with 中心 (blind20 酒泉卫星发射中心); 海南 is nested
org("海南国际商业航天发射中心")
# the pad under construction, named by its number (open)
project("二号发射工位")
# what the finished pad will be able to serve: a capacity, period and role null (blind19
# capacities); the pad is an anaphor in this sentence (entity null); the centre's place
num("quantity", "9家", 9, unit="家", subject="可满足发射需求的火箭公司", period=None,
    psrc=None, role=None, **HI)
num("quantity", "19型", 19, unit="型", subject="可满足发射需求的火箭", period=None, psrc=None,
    role=None, **HI)
# a named park, the city kept in its name (blind18/19 names keep their city) (open)
project("文昌国际航天城")
date("去年", Y2023, "year")
num("quantity", "13次", 13, unit="次", subject="商业运载火箭发射次数", period=Y2023,
    psrc="sentence", **CN)
# the year compared against is a date; its own count takes that year
date("2022年", Y2022, "year")
num("quantity", "5次", 5, unit="次", subject="商业运载火箭发射次数", period=Y2022,
    psrc="sentence", **CN)
num("growth", "同比增长160%", 160, unit="%", basis="同比", subject="商业运载火箭发射次数",
    period=Y2023, psrc="sentence", **CN)
# 北京 and 上海 are listed; 河北 is a second name beside 河北省 (blind19 浙江省 / 浙江)
region("西安", "西安市", "610100", "prefecture", ["陕西省"])
region("河北", "河北省", "130000", "province", [])
region("山东", "山东省", "370000", "province", [])
# a well-known company short name, called a firm in the text (seed CONVENTIONS brand names)
# (open)
org("银河航天")
# a size of a product: period and role null (blind19); the firm named in the sentence
num("quantity", "近9米", 9, unit="米", approx="近", subject="柔性太阳翼长度", period=None,
    psrc=None, role=None, entity="银河航天", **CN)
# "only this one firm" is a use of 一 as "a"
date("2018年", Y2018, "year")
num("quantity", "100多家", 100, unit="家", approx="多", subject="银河航天供应商和配套合作伙伴",
    period=Y2018, psrc="sentence", entity="银河航天", **CN)
# "nowadays" → the broadcast day (blind17/18 目前)
num("quantity", "1000多家", 1000, unit="家", approx="多",
    subject="银河航天供应商和配套合作伙伴", period=D0402, psrc="sentence", entity="银河航天",
    **CN)
date("去年", Y2023, "year")
num("quantity", "113272家", 113272, unit="家", subject="商业航天领域新增企业数量",
    period=Y2023, psrc="sentence", **CN)
date("2022年", Y2022, "year")
num("quantity", "87844家", 87844, unit="家", subject="商业航天领域新增企业数量",
    period=Y2022, psrc="sentence", **CN)
# 同比 stands before the compared year; 达 is no qualifier
num("growth", "增长达28.95%", 28.95, unit="%", basis="同比", subject="商业航天领域新增企业数量",
    period=Y2023, psrc="sentence", **CN)
date("今年", Y2024, "year")
# 预计 → forecast; the country named before the market (blind18 `超过400亿美元` entity 中国)
num("money", "突破2.3万亿元", 2300000000000, unit=None, approx="突破",
    subject="商业航天市场规模", period=Y2024, psrc="sentence", role="forecast", entity="中国",
    **CN)

# ================================================================ story 8: Yangtze fishing ban
at(147)
date("今天（4月2日）", D0402, "day")
# the briefing is an event; the ten-year ban is a label; 当前 and 日前 are vague; the title in
# 《》 is no name
org("国务院办公厅")
# no measure word is written (seed `94.851` → unit null) (open); today opens the paragraph;
# the Yangtze spans many provinces, a national policy → 中国 (blind20)
num("quantity", "23万多", 230000, unit=None, approx="多", subject="退捕渔民", period=D0402,
    psrc="paragraph", **CN)

# ================================================================ story 9: spring flowers
at(153)
# leading places split off the names (seed CONVENTIONS); 东湖樱花园 is a named garden (venue)
region("湖北", "湖北省", "420000", "province", [])
region("武汉", "武汉市", "420100", "prefecture", ["湖北省"])
project("东湖樱花园")
# "upwards of ten thousand": the text's own qualifier kept (fujian gold `近万场`) (open);
# "these days" opens the sentence → the broadcast day (blind17/18 目前)
num("quantity", "上万株", 10000, unit="株", approx="上", subject="已盛开的樱花", period=D0402,
    psrc="sentence", entity="东湖樱花园", **WH)
project("辰山植物园")
region("安徽", "安徽省", "340000", "province", [])
region("宣城", "宣城市", "341800", "prefecture", ["安徽省"])
region("郎溪县", "郎溪县", "341821", "county", ["安徽省", "宣城市"])
# "several li" is vague; the county's blossoms → entity the county
num("quantity", "3000多亩", 3000, unit="亩", approx="多", subject="竞相绽放的樱花",
    period=D0402, psrc="paragraph", entity="郎溪县", **LX)
region("怀柔", "怀柔区", "110116", "county", ["北京市"])
# a named scenic area (venue); the Ming Great Wall is a monument, no project (open)
project("水长城景区")
region("浙江", "浙江省", "330000", "province", [])
region("湖州", "湖州市", "330500", "prefecture", ["浙江省"])
# the mountain is a landform (entity null); no date in the paragraph → the story's day
num("quantity", "百亩", 100, unit="亩", subject="桃花", period=D0402, psrc="document", **HZ)
region("河南", "河南省", "410000", "province", [])
# the peony variety named after the city keeps it nested
region("洛阳", "洛阳市", "410300", "prefecture", ["河南省"])
region("甘肃", "甘肃省", "620000", "province", [])
region("陇南", "陇南市", "621200", "prefecture", ["甘肃省"])
# a town: canonical as written, code null (blind19 乌镇)
region("角弓镇", "角弓镇", None, "town", ["甘肃省", "陇南市", "武都区"])
num("quantity", "6000亩", 6000, unit="亩", subject="油菜花", period=D0402, psrc="document",
    entity="角弓镇", **JG)
# a named expressway (fujian gold `宁古高速`) and a national road named by its number (open)
project("兰海高速")
project("国道212线")
region("北川", "北川羌族自治县", "510726", "county", ["四川省", "绵阳市"])
num("quantity", "上万亩", 10000, unit="亩", approx="上", subject="竞相开放的辛夷花",
    period=D0402, psrc="document", entity="北川", **BC)
# "hundreds of li" is vague; a yearly recurring figure: no fixed period (open)
num("quantity", "超过百万人", 1000000, unit="人", approx="超过", subject="每年接待赏花游客",
    period=None, psrc=None, entity="北川", **BC)
num("quantity", "2000多户", 2000, unit="户", approx="多", subject="带动开办农家乐的周边村民",
    period=D0402, psrc="document", entity="北川", **BC)

# ================================================================ story 10: domestic briefs
at(159)
# (1) tax: a year written with 年 before a campaign's name is a date (blind18, blind19)
date("今天（4月2日）", D0402, "day")
date("2024年", Y2024, "year")
# (2) border crossings: the sub-headline's figure is the body's
skip("178万人次")
org("国家移民管理局")
# the 2024 Qingming holiday, 4-6 April: a named span with fixed bounds (open)
date("今年清明假期", QINGMING, "period")
# the administration's prediction with 将 → forecast (CONVENTIONS 预计)
num("quantity", "178万人次", 1780000, unit="人次", subject="全国口岸日均出入境人员",
    period=QINGMING, psrc="sentence", role="forecast", **CN)
# the comparison "with the same period of last year" names the year-on-year basis → 同比 (open); "the same period of last year"
# is a comparison base, no date
num("growth", "增长74.5%", 74.5, unit="%", basis="同比", subject="全国口岸日均出入境人员",
    period=QINGMING, psrc="sentence", role="forecast", **CN)
# the Hong Kong-Macao(-Taiwan) pairs are one-character forms; 台湾 stands alone (blind18, blind19)
region("台湾", "台湾省", "710000", "province", [])
# (3) Greater Bay Area: the sub-headline's figure is the body's; 广东省 is nested in the office
skip("突破14万亿元")
org("广东省大湾区办")
date("2023年", Y2023, "year")
# several province-level places (Guangdong, Hong Kong, Macao) → region null (blind17/18)
num("money", "突破14万亿元", 14000000000000, unit=None, approx="突破", subject="经济总量",
    period=Y2023, psrc="sentence", **NOREG)
# the qualifier "less than" stands before 全国 (open: text the bare figure)
num("percent", "0.6%", 0.6, unit="%", approx="不到", subject="大湾区国土面积占全国比重",
    period=Y2023, psrc="sentence", **NOREG)
# FACTS `1/3` → 33.33
num("percent", "1/9", 11.11, unit="%", subject="大湾区经济总量占全国比重", period=Y2023,
    psrc="sentence", **NOREG)
# 目前 in the sentence → the broadcast day
num("quantity", "7.5万家", 75000, unit="家", subject="国家级高新技术企业", period=D0402,
    psrc="sentence", **NOREG)
region("广东", "广东省", "440000", "province", [])
# 连续7年 is a duration; the province named as the subject
num("ranking", "排在全国第一", 1, unit=None, scope="全国", subject="区域创新综合能力",
    period=D0402, psrc="sentence", entity="广东", **GD)
# the three places are anaphoric ("the three", blind18), no count
num("quantity", "183项", 183, unit="项", subject="“湾区标准”", period=D0402,
    psrc="paragraph", **NOREG)
# (4) import expo roadshow: the sub-headline's year is the body's
skip("2024年")
date("今天（4月2日）", D0402, "day")
date("2024年", Y2024, "year")
# an event's figures → its city (blind14, blind18), entity null
num("quantity", "160多家", 160, unit="家", approx="多", subject="受邀外商和投资促进机构",
    period=D0402, psrc="sentence", **CQ)
# (5) Inner Mongolia: the sub-headline's figure is the body's; the as-of word is left out
skip("突破1亿千瓦")
date("3月31日", D0331, "day")
num("quantity", "突破1亿千瓦", 100000000, unit="千瓦", approx="突破",
    subject="新能源装机并网规模", period=D0331, psrc="sentence", entity="内蒙古", **NM)
# "the country's first" is no ranking (seed `全市首家`); the yearly output of the installed
# base and its equivalents are capacities: period and role null (blind19) (open)
num("quantity", "约2300亿千瓦时", 230000000000, unit="千瓦时", approx="约",
    subject="每年产生绿色电力", period=None, psrc=None, role=None, **NM)
num("quantity", "约7000万吨", 70000000, unit="吨", approx="约", subject="相当于节约标准煤",
    period=None, psrc=None, role=None, **NM)
num("quantity", "超1.9亿吨", 190000000, unit="吨", approx="超", subject="减少二氧化碳排放",
    period=None, psrc=None, role=None, **NM)
# (6) Bazhong-Nanchong railway: its short name; sizes have period and role null (blind19)
date("今天（4月2日）", D0402, "day")
project("巴南高铁")
num("quantity", "约148公里", 148, unit="公里", approx="约", subject="全长", period=None,
    psrc=None, role=None, entity="巴南高铁", **SC)
num("quantity", "250公里", 250, unit="公里", subject="正线设计时速", period=None, psrc=None,
    role=None, entity="巴南高铁", **SC)
date("今年", Y2024, "year")
region("巴中", "巴中市", "511900", "prefecture", ["四川省"])
# travel times (hours) are time, no quantities
region("成都", "成都市", "510100", "prefecture", ["四川省"])
# (7) Sangzhi-Longshan expressway: the province is split off, the prefectures stay in the
# name (blind18 成都双流国际机场) (open); the controlling works is generic; 年底 is no date
# (seed 年初) (open); travel times are time
date("今天（4月2日）", D0402, "day")
project("张家界桑植至湘西龙山高速公路")
region("龙山", "龙山县", "433130", "county", ["湖南省", "湘西土家族苗族自治州"])
region("张家界", "张家界市", "430800", "prefecture", ["湖南省"])
# the western Wuling mountains are a macro-area
# (8) Nanning-Pingxiang railway: the section in full, then the railway's short name
date("今天（4月2日）", D0402, "day")
project("南宁至凭祥高速铁路崇左至凭祥段")
date("明年", Y2025, "year")
project("南宁至凭祥高铁")
num("quantity", "201公里", 201, unit="公里", subject="正线全长", period=None, psrc=None,
    role=None, entity="南宁至凭祥高铁", **GX)
num("quantity", "250公里", 250, unit="公里", subject="设计时速", period=None, psrc=None,
    role=None, entity="南宁至凭祥高铁", **GX)
region("南宁", "南宁市", "450100", "prefecture", ["广西壮族自治区"])
region("凭祥", "凭祥市", "451481", "county", ["广西壮族自治区", "崇左市"])
# (9) China-Laos railway: the sub-headline's quarter is the body's
skip("一季度")
org("昆明海关")
date("一季度", Q1, "quarter")
# the railway's freight (entity); the place named in the customs' name (blind19 江门) (open)
num("quantity", "138万吨", 1380000, unit="吨", subject="中老铁路进出口货物", period=Q1,
    psrc="sentence", entity="中老铁路", **KM)
num("growth", "同比增长33.6%", 33.6, unit="%", basis="同比", subject="中老铁路进出口货物",
    period=Q1, psrc="sentence", entity="中老铁路", **KM)
# "a quarterly record" and the superlatives are no rankings; border ports are works (blind19)
project("磨憨铁路口岸")
org("东盟")
# (10) art exhibition: the bodies that launch it; 法国 stands alone before its institutions
org("中央广播电视总台")
org("法国国家奥林匹克和体育委员会")
org("法国职业足球联盟")
country("法国")
date("今天（4月2日）", D0402, "day")
# 将 → target (CONVENTIONS); an event abroad → the country (blind18 foreign figures)
date("今年5月", MAY, "month")
foreign("巴黎", ["法国"])
num("quantity", "100多位", 100, unit="位", approx="多", subject="参展中国当代艺术家",
    period=MAY, psrc="sentence", role="target", **FR)
num("quantity", "200多件", 200, unit="件", approx="多", subject="展出精品佳作", period=MAY,
    psrc="sentence", role="target", **FR)
# (11) weather: "the coming week" is no date; south China and the south are macro-areas;
# the start verb after it is left out (blind18 `19日`) (open)
org("中央气象台")
date("明天（4月3日）", D0403, "day")
region("江西", "江西省", "360000", "province", [])

# ================================================================ story 11: Iran's embassy in Damascus
at(165)
# the country standing alone before its capital
country("叙利亚")
foreign("大马士革", ["叙利亚"])
org("伊朗驻叙利亚大使馆")
date("4月1日", D0401, "day")
# the casualties of the place hit (blind18 加沙城, blind19 布良斯克州); the place → 叙利亚
num("quantity", "7名", 7, unit="名", subject="死亡的伊朗伊斯兰革命卫队军事顾问",
    period=D0401, psrc="sentence", entity="伊朗驻叙利亚大使馆", **SY)
org("伊朗伊斯兰革命卫队")
# the ambassador, the supreme leader, the president and the foreign ministers are offices;
# F-35 is an identifier
# the seven again (anaphoric, blind18); one of them, a count of the dead in digits (open);
# the informant is the IRGC (entity null); the story lead's day → section
skip("7名")
num("quantity", "1人", 1, unit="人", subject="丧生军事顾问中的“圣城旅”高级指挥官",
    period=D0401, psrc="section", **SY)
# a unit named with its kind (旅), quotes kept (blind17 “土耳其溪”, blind20 “和平之友”小组) (open)
org("“圣城旅”")
country("瑞士")
org("以色列政府")
# "that day" is no date (blind18)
org("以色列国防军")
# the part of day kept (blind20 `11日晚`)
date("4月1日晚", D0401, "day")
foreign("德黑兰", ["伊朗"])
country("伊拉克")
country("约旦")
country("卡塔尔")
country("沙特", "沙特阿拉伯")
country("阿联酋", "阿拉伯联合酋长国")

# ================================================================ story 12: Gaza
at(171)
date("1日", D0401, "day")
foreign("加沙地带", [])
# the two weeks are a duration; foreign figures take the day of their statement (blind18);
# the hospital operated on is the place (blind18 加沙城); Gaza → 巴勒斯坦 (blind18)
num("quantity", "200多名", 200, unit="名", approx="多", subject="被打死的武装人员",
    period=D0401, psrc="sentence", entity="希法医院", **PS)
num("quantity", "近900人", 900, unit="人", approx="近", subject="被抓捕人员", period=D0401,
    psrc="sentence", entity="希法医院", **PS)
# before "media" (blind16, blind18)
country("巴勒斯坦")
date("1日", D0401, "day")
# the movement and its short name, two names (blind18)
org("巴勒斯坦伊斯兰抵抗运动")
org("哈马斯")
# "that day" refers back to the story's 1日 → section (blind18 `非洲第一大贸易伙伴国`)
num("quantity", "超过400名", 400, unit="名", approx="超过", subject="被以军打死的巴勒斯坦人",
    period=D0401, psrc="section", entity="希法医院", **PS)
date("1日", D0401, "day")
# the aid workers killed in the strike on the strip (the place hit)
num("quantity", "7名", 7, unit="名", subject="身亡的国际慈善组织工作人员", period=D0401,
    psrc="sentence", entity="加沙地带", **PS)
country("波兰")
country("澳大利亚")
country("英国")
# one of the dead, a count (open)
num("quantity", "一人", 1, unit="人", subject="拥有美国和加拿大双重国籍的死者", period=D0401,
    psrc="sentence", entity="加沙地带", **PS)
country("加拿大")
# "the highest level" is no ranking; premier, foreign minister, ambassador, spokesman: offices
org("美国国家安全委员会")

# ================================================================ story 13: Russia and Ukraine
at(177)
org("俄罗斯国防部")
date("4月1日", D0401, "day")
# "directions" (blind18 波克罗夫斯克, blind19)
foreign("库皮扬斯克", ["乌克兰"])
foreign("阿夫杰耶夫卡", ["乌克兰"])
# Russia-Ukraine conflict figures → region null (blind18, blind19); digits count here
num("quantity", "1辆", 1, unit="辆", subject="击毁的美制“艾布拉姆斯”主战坦克", period=D0401,
    psrc="sentence", **NOREG)
# the air defence is a side; 苏-27 an identifier
num("quantity", "1架", 1, unit="架", subject="击落的乌军苏-27战机", period=D0401,
    psrc="paragraph", **NOREG)
num("quantity", "228架", 228, unit="架", subject="拦截的无人机", period=D0401,
    psrc="paragraph", **NOREG)
# 俄 is a one-character prefix; dozens of rockets is vague; the oblast the drones were shot
# down over (blind19 布良斯克州)
foreign("别尔哥罗德州", ["俄罗斯"])
num("quantity", "至少2架", 2, unit="架", approx="至少", subject="击落的无人机", period=D0401,
    psrc="paragraph", entity="别尔哥罗德州", **NOREG)
org("乌克兰武装部队")
date("1日", D0401, "day")
# the past 24 hours are a duration
num("quantity", "4个", 4, unit="个", subject="俄军进攻方向", period=D0401, psrc="sentence",
    **NOREG)
num("quantity", "46次", 46, unit="次", subject="被击退的俄军进攻", period=D0401,
    psrc="sentence", **NOREG)
date("1日", D0401, "day")
# the electronic-warfare system project is generic
# the country split off before the republic (seed CONVENTIONS)
country("俄罗斯")
foreign("鞑靼斯坦共和国", ["俄罗斯"])
date("今天（4月2日）", D0402, "day")
country("乌克兰")
num("quantity", "7人", 7, unit="人", subject="企业遭袭受伤人员", period=D0402,
    psrc="sentence", entity="鞑靼斯坦共和国", **NOREG)
date("今天", D0402, "day")
# one-character prefix kept as written (blind18 俄国防部)
org("乌国防部情报总局")

# ================================================================ story 14: international briefs
at(183)
# (1) Azerbaijan and Armenia; the two sides' short forms are sides; "recently" is vague
org("阿塞拜疆国防部")
date("1日", D0401, "day")
org("亚美尼亚武装部队")
org("亚美尼亚国防部")
# the one-character prefix form, a second name (blind18 俄罗斯国防部 / 俄国防部)
org("亚国防部")
# (2) Haiti: the gangs are generic; the bare presidency repeats the summary's (blind19)
date("1日", D0401, "day")
country("海地")
foreign("太子港", ["海地"])
num("quantity", "至少5人", 5, unit="人", approx="至少", subject="死亡人数", period=D0401,
    psrc="sentence", entity="太子港", **HT)
date("今年2月29日起", D0229, "day", approx="起")
org("海地政府")
date("4月1日", D0401, "day")
# the council of ministers is a meeting word (open); the transitional council is a body
org("过渡总统委员会")
# (3) US shootings: "recently" is vague; "a gunman" and "a 17-year-old" are uses of 一 and an
# age (dev 20230808: ages are time)
date("1日", D0401, "day")
foreign("伊利诺伊州", ["美国"])
foreign("芝加哥市", ["美国", "伊利诺伊州"])
num("quantity", "3人", 3, unit="人", subject="遭枪手开枪射击的路边人员", period=D0401,
    psrc="sentence", entity="芝加哥市", **US)
num("quantity", "1人", 1, unit="人", subject="死亡人数", period=D0401, psrc="sentence",
    entity="芝加哥市", **US)
num("quantity", "2人", 2, unit="人", subject="重伤人数", period=D0401, psrc="sentence",
    entity="芝加哥市", **US)
foreign("加利福尼亚州", ["美国"])
foreign("长滩市", ["美国", "加利福尼亚州"])
# (4) UK emergency care
org("英国天空电视台")
date("1日", D0401, "day")
org("英国皇家急诊医学院")
date("2023年", Y2023, "year")
foreign("英格兰", ["英国"])
# 可能 → forecast (CONVENTIONS 有可能) (open); foreign figures → the country, the named part
# of it as entity
num("quantity", "超过250名", 250, unit="名", approx="超过",
    subject="每周因在急诊室等待时间过长而死亡的病人", period=Y2023, psrc="sentence",
    role="forecast", entity="英格兰", **UK)
# the health service named whole (open)
org("英国国家医疗服务系统")
date("2023年", Y2023, "year")
# no measure word (as `23万多`); the 12 hours are time
num("quantity", "150多万", 1500000, unit=None, approx="多",
    subject="在主要急诊室等待12小时及以上的病人", period=Y2023, psrc="sentence",
    entity="英格兰", **UK)

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
    "title": "《新闻联播》 (20240402)",
    "issued": "2024-04-02",
    "year": 2024,
    "issuer": None,
    "genre": "news",
    "region": None,
    "region_code": None,
    "doc_number": None,
    "encoding": "UTF-8",
    "title_source": "the file's heading line `# 《新闻联播》 (20240402)`, as in the sibling news gold (20240821, 20241120, 20241212 and earlier)",
    "issued_source": "the file name 20240402.md and the heading 《新闻联播》 (20240402), repeated in the summary's closing stamp (20240402 19:00) and in every link to the original (tv.cctv.com/2024/04/02/…240402.shtml): the broadcast of 2024-04-02",
    "year_source": "issued's year: 2024. Relative dates resolve against 2024-04-02: 今天（4月2日） / 今天 / 2日 → 2024-04-02, 昨天 / 1日 / 4月1日晚 → 2024-04-01, 明天（4月3日） → 2024-04-03, 3月份 → 2024-03, 一季度 → 2024 Q1, 今年5月 → 2024-05, 今年清明假期 → 2024-04-04..2024-04-06, 3月30日起 and 今年2月29日起 (approx 起), 今年 / 今年以来 → 2024, 去年 → 2023, 去年底 → 2023-12-31 (approx 底), 明年 → 2025",
    "issuer_source": "no issuer line; every story carries only the CCTV web byline, so issuer is null",
    "genre_source": "a 新闻联播 transcript: a summary list of fourteen items (two of them lists of briefs, one with two sub-items), then fourteen news items, two of them collections of briefs with bold sub-headlines and two more with sub-stories → news",
    "region_source": "a news file of many stories (rivers and lakes across China, Prabowo in Beijing, the logistics index, Jiangsu's press conference, trade-ins in Shanghai, Chongqing and Xiamen, data reform, commercial space in Hainan, the Yangtze fishing ban, spring flowers in Hubei, Shanghai, Anhui, Beijing, Zhejiang, Henan, Gansu and Sichuan, domestic briefs from the Greater Bay Area, Chongqing, Inner Mongolia, Sichuan, Hunan, Guangxi and Yunnan, the strike on Iran's embassy in Damascus, Gaza, Russia and Ukraine, Azerbaijan and Armenia, Haiti, the United States and England): no single place, so region and region_code are null",
    "doc_number_source": "news transcript: no 发文字号",
    "encoding_source": "the file decodes as UTF-8 without a byte-order mark (first bytes 23 20 e3 80 8a = `# 《`)",
}
(HERE / f"{DOC}.doc.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")

counts = {}
for f, _ in facts:
    counts[f["kind"]] = counts.get(f["kind"], 0) + 1
print(f"{len(facts)} facts:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
