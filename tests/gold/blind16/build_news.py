#!/usr/bin/env python3
"""Blind gold for 20240228.md (新闻联播 2024-02-28), typed by hand.

Writes 20240228.md.jsonl and 20240228.md.doc.json next to this script.
Checks: every `text` occurs in the source, the facts stand in text order (each found after
the previous one, on the source line that `at()` names), no project/org/region name is listed
twice, and period and period_source are null together. `skip(text)` moves past one unannotated
occurrence (a bold sub-headline's repeat of a body date or count). No transcript text is kept
here beyond the facts' text, name and subject.

usage: python3 build_news.py [SOURCE]
SOURCE defaults to shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20240228.md.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = Path("/work/shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20240228.md")
SRC = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
DOC = "20240228.md"

# ---------------------------------------------------------------- helpers
D0228 = ("2024-02-28", "2024-02-28")
D0227 = ("2024-02-27", "2024-02-27")
D0226 = ("2024-02-26", "2024-02-26")
D0225 = ("2024-02-25", "2024-02-25")
Y2023 = ("2023-01-01", "2023-12-31")
Y2024 = ("2024-01-01", "2024-12-31")
Y2027 = ("2027-01-01", "2027-12-31")
Y2028 = ("2028-01-01", "2028-12-31")
Y2063 = ("2063-01-01", "2063-12-31")
Y2019_2023 = ("2019-01-01", "2023-12-31")
Y1980S = ("1980-01-01", "1989-12-31")
# the 2024 Spring Festival travel season ran 01-26..03-05 (blind9 `春运`); its first 33 days
# are 01-26..02-27
CHUNYUN33 = ("2024-01-26", "2024-02-27")
# the five-years phrase: five years up to the broadcast day, year grain at the start
# (blind5, blind8, blind14; blind15 since-the-congress levels take the span)
FIVE_YEARS = ("2019-01-01", "2024-02-28")

CN = dict(region="中国", region_code=None)
AH = dict(region="安徽省", region_code="340000")
HN = dict(region="海南省", region_code="460000")
LA = dict(region="老挝", region_code=None)
IL = dict(region="以色列", region_code=None)
UA = dict(region="乌克兰", region_code=None)
US = dict(region="美国", region_code=None)
MX = dict(region="墨西哥", region_code=None)
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


# ================================================================ summary (lines 5-104)
# Summary dates and figures that a body restates for the same span are annotated once, at the
# body (tonight's episode, the network mileage, the PV year, the pumped-storage year and size,
# the campaign's year, the medical-centre categories, the suspects). Names count here,
# deduplicated by name. Item 6 has no body and its line holds no fact (a meeting).
at(8)
country("塞拉利昂")
at(17)
# the chamber of commerce (商会) is an org; its visiting delegation is not (blind6 delegations);
# the country is nested here and counts from line 91
org("美国商会")
at(26)
org("世界自然基金会")
at(29)
org("中共中央办公厅")
at(55)
# a named works (a platform), quotes kept as written (20240315 “北溪”管道)
project("“深海一号”二期综合处理平台")
at(58)
# seed CONVENTIONS: a leading region is dropped from a project's name when it is itself a
# region, and listed as a region (blind5 卡塔尔, 20240315 珠海 / 拱北口岸) (open)
region("安徽", "安徽省", "340000", "province", [])
project("新安江流域防洪治理工程")
at(61)
# a part of a bridge named with its bridge (20231115 徐大堡核电站1号机组核岛工程)
project("狮子洋大桥西锚碇")
at(73)
org("联合国环境署")
country("中国")
at(76)
foreign("加沙城", [])
country("以色列")
at(79)
# the UN standing alone before a generic agency word (blind13 from "UN officials")
org("联合国")
foreign("加沙地带", [])
at(82)
# taken whole (blind7, blind14); 黎巴嫩 counts from its own use (line 188)
org("黎巴嫩真主党武装")
at(88)
foreign("阿夫杰耶夫卡", ["乌克兰"])
at(91)
country("美国")
org("北约")
country("乌克兰")
at(94)
country("匈牙利")
country("斯洛伐克")
at(100)
# the state's short name after the one-character 美; the body's full name is a second name
foreign("得州", ["美国"], canonical="得克萨斯州")
at(103)
country("墨西哥")

# ================================================================ story 1: welcome ceremony
at(110)
date("28日下午", *D0228, "day")
# the country's full name: a second name (blind9 越南社会主义共和国)
region("塞拉利昂共和国", "塞拉利昂", None, "country", [])
# a count of shots (20240315, 20230915): the lead's day, `section`, region null
num("quantity", "21响", 21, unit="响", subject="礼炮", period=D0228, psrc="section", **NOREG)
# from titles (20240315 中共中央政治局, 中央外事工作委员会办公室, 外交部 / 财政部 of ministers)
org("中共中央政治局")
org("中央外事工作委员会办公室")
org("外交与国际合作部")
org("中国人民解放军仪仗队")

# ================================================================ story 2: talks
at(116)
date("2月28日下午", *D0228, "day")
org("联合国安理会")
org("非盟")
# a year written with 年 inside a title in 《》 is a date (blind3, blind5, blind14)
date("2063年", *Y2063, "year")
# the China–Africa forum's meeting is an event (20240315)
date("今年", *Y2024, "year")
org("中国共产党")
num("quantity", "21响", 21, unit="响", subject="礼炮", period=D0228, psrc="section", **NOREG)

# ================================================================ story 3: Li Qiang and Bio
at(122)
org("国务院")
date("28日", *D0228, "day")

# ================================================================ story 4: US Chamber delegation
at(128)
date("28日", *D0228, "day")
# the 45th anniversary is not a number (anniversaries, blind14)
date("今年", *Y2024, "year")

# ================================================================ story 5: Zhao Leji and Bio
at(134)
org("全国人大常委会")
date("28日", *D0228, "day")
region("北京", "北京市", "110000", "province", [])
# the NPC session (ordinals) is a meeting, not an org (20240315)
# one-character country prefix kept as written (blind14 澳议会, blind15 多众议院) (open)
org("塞议会")
date("2月28日上午", *D0228, "day")

# ================================================================ story 6: Han Zheng and WWF
at(140)
date("28日", *D0228, "day")
org("中国政府")
# a decade with fixed bounds (open)
date("上世纪80年代", *Y1980S, "year")

# ================================================================ story 7: the CPC General Office's opinion
at(146)
# the four parts listed first to fourth are a set named by its size (blind15 five-point
# proposal): not a number (open)
org("党中央")

# ================================================================ story 8: the TV series
at(152)
# the summary's and the heading's tonight are annotated here
date("今晚（2月28日）", *D0228, "day")
org("总台")
# the episode and season ordinals, the 8 o'clock slot and the three levels are not numbers

# ================================================================ story 9: transport network
at(158)
date("今天（2月28日）", *D0228, "day")
org("国务院新闻办公室")
# the five-years phrase is not a date, but it gives the period (blind5, blind8, blind14)
num("quantity", "超过600万公里", 6000000, unit="公里", approx="超过",
    subject="综合交通网络总里程", period=FIVE_YEARS, psrc="sentence", **CN)
date("2019年—2023年", *Y2019_2023, "year")
num("money", "超过18万亿元", 18000000000000, unit=None, approx="超过",
    subject="交通固定资产投资", period=Y2019_2023, psrc="sentence", **CN)
date("2023年", *Y2023, "year")
num("quantity", "612.5亿人次", 61250000000, unit="人次", subject="跨区域人员流动量",
    period=Y2023, psrc="sentence", **CN)
num("growth", "同比增长30.9%", 30.9, unit="%", basis="同比", subject="跨区域人员流动量",
    period=Y2023, psrc="sentence", **CN)
# the first 33 days of the 2024 travel season: one span (blind13 `今年前7个月`)
date("2024年春运前33天", *CHUNYUN33, "period")
num("quantity", "72.04亿人次", 7204000000, unit="人次", subject="全社会跨区域人员流动量",
    period=CHUNYUN33, psrc="sentence", **CN)
org("交通运输部")

# ================================================================ story 10: deputy Ye Cong
at(164)
org("全国政协")
date("今年", *Y2024, "year")
# the submersible is a vehicle, not a project; the depth of the new craft under development is
# a specification: period and role null (open)
num("quantity", "千米", 1000, unit="米", subject="载人下潜水深", period=None, psrc=None,
    role=None, **CN)
date("去年", *Y2023, "year")
org("国家科技部")
org("自然资源部")
date("今年", *Y2024, "year")

# ================================================================ story 11: Winter Games close
at(170)
date("昨晚（2月27日）", *D0227, "day")
region("内蒙古自治区", "内蒙古自治区", "150000", "province", [])
region("呼伦贝尔市", "呼伦贝尔市", "150700", "prefecture", ["内蒙古自治区"])
# the time of day stays in the day's text; the sharp after it is left out (blind14)
date("昨天20时", *D0227, "day")
# a venue (seed CONVENTIONS) (open)
project("呼伦贝尔大剧院")
date("2028年", *Y2028, "year")
region("辽宁省", "辽宁省", "210000", "province", [])

# ================================================================ story 12: domestic briefs
at(176)
# (1) PV: the bold sub-headline's year is annotated at the body
skip("2023年")
org("工业和信息化部")
date("今天（2月28日）", *D0228, "day")
date("2023年", *Y2023, "year")
num("money", "超过1.7万亿元", 1700000000000, unit=None, approx="超过",
    subject="光伏行业总产值", period=Y2023, psrc="paragraph", **CN)
# (2) pumped storage: the sub-headline's year and rounded size are annotated at the body
skip("2027年")
org("国家发展改革委")
org("国家能源局")
date("2027年", *Y2027, "year")
num("quantity", "8000万千瓦以上", 80000000, unit="千瓦", approx="以上",
    subject="抽水蓄能电站投运规模", period=Y2027, psrc="sentence", role="target", **CN)
# (3) Shenhai-1: the platform's weight is a size; the field's outputs are capacities
date("今天（2月28日）", *D0228, "day")
org("中国海油")
num("quantity", "超过1.4万吨", 14000, unit="吨", approx="超过", subject="总重量",
    period=None, psrc=None, role=None, entity="“深海一号”二期综合处理平台", **HN)
# the sea area named after the town is waters, not a region (open)
region("海南", "海南省", "460000", "province", [])
# a named gas field in production (works) (open)
project("“深海一号”超深水大气田")
num("quantity", "30亿立方米", 3000000000, unit="立方米", subject="超深水大气田年产量",
    period=None, psrc=None, role=None, entity="“深海一号”超深水大气田", **HN)
# 可使 (may raise to): forecast, no fixed span (open)
num("quantity", "45亿立方米", 4500000000, unit="立方米", subject="超深水大气田年产量",
    period=None, psrc=None, role="forecast", entity="“深海一号”超深水大气田", **HN)
# (4) Xin'an River works: the approved investment is a size (seed CONVENTIONS); the bare
# works word is an anaphor (entity null, 20240315)
date("昨天（2月27日）", *D0227, "day")
num("money", "25.1亿元", 2510000000, unit=None, subject="工程批复总投资", period=None,
    psrc=None, role=None, **AH)
# (5) Shiziyang: the bay area is a macro-area in news (dev 20240315, blind9) (open)
project("狮子洋通道")
date("昨天（2月27日）", *D0227, "day")
project("港珠澳大桥")
project("深中通道")
date("2028年", *Y2028, "year")
# (6) campaign: the sub-headline's year is annotated at the body
skip("2024年")
date("今天（2月28日）", *D0228, "day")
# a year written with 年 in an event's name is a date (blind9, blind14)
date("2024年", *Y2024, "year")
region("河北", "河北省", "130000", "province", [])
region("黑龙江", "黑龙江省", "230000", "province", [])
# 将 → target; the campaign's year (paragraph); several provinces → region null (blind15)
num("quantity", "12个", 12, unit="个", subject="开展巡回报告的省份", period=Y2024,
    psrc="paragraph", role="target", **NOREG)
# (7) medical centres: the sub-headline's count is annotated at the body; 截至目前 → the day
skip("13个")
org("国家卫生健康委")
date("今天（2月28日）", *D0228, "day")
num("quantity", "13个", 13, unit="个", subject="国家医学中心类别", period=D0228,
    psrc="sentence", **CN)
num("quantity", "超1.8万个", 18000, unit="个", approx="超", subject="医联体", period=D0228,
    psrc="sentence", **CN)
# no unit after the number (seed: `94.851` unit null)
num("quantity", "超过3000万", 30000000, unit=None, approx="超过", subject="全国双向转诊人次数",
    period=D0228, psrc="sentence", **CN)
num("quantity", "30个", 30, unit="个", subject="建成省级互联网医疗服务监管平台的省份",
    period=D0228, psrc="sentence", **NOREG)
num("quantity", "2700多家", 2700, unit="家", approx="多", subject="互联网医院", period=D0228,
    psrc="sentence", **CN)
# (8) fraud suspects: the sub-headline's count is annotated at the body; today in the sentence
skip("268名")
date("今天（2月28日）", *D0228, "day")
org("公安部")
# the police of either side are descriptors, not orgs
country("老挝")
num("quantity", "7个", 7, unit="个", subject="捣毁的电信网络诈骗窝点", period=D0228,
    psrc="sentence", entity="老挝", **LA)
num("quantity", "268名", 268, unit="名", subject="抓获的犯罪嫌疑人", period=D0228,
    psrc="sentence", **LA)
num("quantity", "1570余起", 1570, unit="起", approx="余", subject="涉及的相关案件",
    period=D0228, psrc="sentence", **CN)

# ================================================================ story 13: UNEP head
at(182)
# the assembly is an event (ordinal); the country is a region, its capital a foreign place
country("肯尼亚")
foreign("内罗毕", ["肯尼亚"])
org("联合国环境规划署")

# ================================================================ story 14: Israel and Gaza
at(188)
# the Israeli military as a side is a descriptor (blind14, dev 20240723)
date("27日", *D0227, "day")
foreign("宰通区", [])
# standing alone before the armed personnel (blind5 巴勒斯坦人)
country("巴勒斯坦")
org("巴勒斯坦伊斯兰圣战组织")
org("杰哈德")
org("圣城旅")
date("27日", *D0227, "day")
foreign("阿什凯隆", ["以色列"])
date("27日", *D0227, "day")
org("联合国人道主义事务协调厅")
date("25日", *D0225, "day")
org("世卫组织")
foreign("汗尤尼斯", [])
date("27日", *D0227, "day")
# a real count of attacks (blind12 `两次`); the base hit is in Israel; the mount's area is a
# landform (open)
num("quantity", "两次", 2, unit="次", subject="向以军基地发射火箭弹和导弹", period=D0227,
    psrc="sentence", entity="黎巴嫩真主党武装", **IL)
country("黎巴嫩")
date("27日", *D0227, "day")
foreign("特拉维夫", ["以色列"])

# ================================================================ story 15: Russia and Ukraine
at(194)
org("俄罗斯国防部")
date("27日", *D0227, "day")
foreign("库皮扬斯克", ["乌克兰"])
foreign("赫尔松", ["乌克兰"])
# the Ukrainian military as a side is a descriptor; its army by name is an org (以色列军队)
org("乌克兰军队")
# the same day points back to the 27th (blind14 Canada's `6名`)
num("quantity", "7个", 7, unit="个", subject="击退俄军进攻的方向", period=D0227,
    psrc="paragraph", entity="乌克兰军队", **UA)
org("乌克兰国家通讯社")
date("27日", *D0227, "day")
num("quantity", "两个", 2, unit="个", subject="乌军撤出的村庄", period=D0227,
    psrc="sentence", **UA)
date("27日", *D0227, "day")
country("德国")
country("意大利")
country("捷克")
country("波兰")
# a count of countries (blind9 `三国`); several countries → region null (blind14)
num("quantity", "四国", 4, unit="国", subject="召开峰会的国家", period=D0227,
    psrc="sentence", **NOREG)
date("27日", *D0227, "day")
foreign("布拉格", ["捷克"])

# ================================================================ story 16: international briefs
at(200)
# (1) Texas wildfire: the area as of the report's day; entity the place hit (blind8/blind10)
date("27日", *D0227, "day")
foreign("得克萨斯州", ["美国"])
foreign("哈钦森县", ["美国", "得克萨斯州"])
date("26日", *D0226, "day")
num("quantity", "超过1214平方公里", 1214, unit="平方公里", approx="超过", subject="过火面积",
    period=D0227, psrc="sentence", entity="哈钦森县", **US)
date("27日", *D0227, "day")
num("quantity", "60个", 60, unit="个", subject="发布灾难声明的县", period=D0227,
    psrc="sentence", entity="得州", **US)
date("28日", *D0228, "day")
date("27日晚", *D0227, "day")
foreign("俄克拉何马州", ["美国"])
# (2) Mexican volcano: the volcano is a landform; its height and distance are sizes
date("27日", *D0227, "day")
# an airport (blind3 旧金山国际机场)
project("墨西哥城国际机场")
num("quantity", "超过5400米", 5400, unit="米", approx="超过", subject="波波卡特佩特火山海拔",
    period=None, psrc=None, role=None, **MX)
foreign("墨西哥城", ["墨西哥"])
num("quantity", "约72公里", 72, unit="公里", approx="约", subject="距墨西哥城距离",
    period=None, psrc=None, role=None, **MX)

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
    ent = f.get("entity")
    if ent is not None and ent not in seen:
        errors.append(f"entity not (yet) listed as a name: {ent!r} for {t!r}")
if errors:
    sys.exit("\n".join(errors))
facts = [(f, line) for f, line in facts if f["kind"] is not None]

out = HERE / f"{DOC}.jsonl"
with out.open("w", encoding="utf-8") as fh:
    for f, _ in facts:
        fh.write(json.dumps({"doc": DOC, **f}, ensure_ascii=False) + "\n")

doc = {
    "doc": DOC,
    "title": "《新闻联播》 (20240228)",
    "issued": "2024-02-28",
    "year": 2024,
    "issuer": None,
    "genre": "news",
    "region": None,
    "region_code": None,
    "doc_number": None,
    "encoding": "UTF-8",
    "title_source": "the file's heading line `# 《新闻联播》 (20240228)`, as in the sibling news gold (20221110, 20221205, 20230412, 20230621, 20230808, 20230915, 20231102, 20231115, 20231220, 20240117, 20240315, 20240413, 20240522, 20240618, 20240723, 20240906, 20241015)",
    "issued_source": "the file name 20240228.md and the heading 《新闻联播》 (20240228), repeated in the summary's closing stamp (20240228 19:00) and in every link to the original (tv.cctv.com/2024/02/28/…240228.shtml): the broadcast of 2024-02-28",
    "year_source": "issued's year: 2024. Relative dates resolve against 2024-02-28: 28日 / 28日下午 / 2月28日下午 / 2月28日上午 / 今晚（2月28日） / 今天（2月28日） → 2024-02-28, 昨晚（2月27日） / 昨天20时 / 昨天（2月27日） / 27日 / 27日晚 → 2024-02-27, 26日 → 2024-02-26, 25日 → 2024-02-25, 今年 → 2024, 去年 → 2023, 2024年春运前33天 → 2024-01-26..2024-02-27 (the travel season began 01-26)",
    "issuer_source": "no issuer line; every story carries only the CCTV web byline, so issuer is null",
    "genre_source": "a 新闻联播 transcript: summary list of seventeen items plus sixteen news items with a body (two of them collections of briefs; item 6 has no body) → news",
    "region_source": "a news file of many stories (Sierra Leone's state visit in Beijing, the US chamber, the WWF, a party document, the national transport network, the Winter Games in Inner Mongolia, briefs from Hainan, Anhui, Guangdong and Laos, the UN assembly in Nairobi, Gaza and Lebanon, Ukraine and the Prague summit, the Texas wildfire, the Mexican volcano): no single place, so region and region_code are null",
    "doc_number_source": "news transcript: no 发文字号",
    "encoding_source": "the file decodes as UTF-8 without a byte-order mark (first bytes 23 20 e3 80 8a = `# 《`)",
}
(HERE / f"{DOC}.doc.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")

counts = {}
for f, _ in facts:
    counts[f["kind"]] = counts.get(f["kind"], 0) + 1
print(f"{len(facts)} facts:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
