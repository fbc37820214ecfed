#!/usr/bin/env python3
"""Blind gold for 20240821.md (新闻联播 2024-08-21), typed by hand.

Writes 20240821.md.jsonl and 20240821.md.doc.json next to this script.
Checks: every `text` occurs in the source, the facts stand in text order (each found after
the previous one, on the source line that `at()` names), no project/org/region name is listed
twice, period and period_source are null together, and every `entity` is a listed name.
`skip(text)` moves past one unannotated occurrence (a bold sub-headline's repeat of a body
count, or a name nested in a longer one). No transcript text is kept here beyond the facts'
text, name and subject.

usage: python3 build_news.py [SOURCE]
SOURCE defaults to shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20240821.md.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = Path("/work/shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20240821.md")
SRC = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
DOC = "20240821.md"

# ---------------------------------------------------------------- helpers
D0821 = ("2024-08-21", "2024-08-21")
D0820 = ("2024-08-20", "2024-08-20")
D0819 = ("2024-08-19", "2024-08-19")
D0731 = ("2024-07-31", "2024-07-31")
D20231231 = ("2023-12-31", "2023-12-31")
S0819_0820 = ("2024-08-19", "2024-08-20")
S0820_0821 = ("2024-08-20", "2024-08-21")
S0904_0906 = ("2024-09-04", "2024-09-06")
JAN_JUL = ("2024-01-01", "2024-07-31")
Y2021 = ("2021-01-01", "2021-12-31")
Y2023 = ("2023-01-01", "2023-12-31")
Y2024 = ("2024-01-01", "2024-12-31")
# FACTS `过去一年` (a report of 2024) → 2023; the past three years → 2021..2023
Y2021_2023 = ("2021-01-01", "2023-12-31")
# the ten-years phrase: ten years up to the day the ministry spoke (the story lead's 20日),
# year grain at the start (blind14 `超60亿次`, blind16 five years)
TEN_YEARS = ("2014-01-01", "2024-08-20")

CN = dict(region="中国", region_code=None)
BJ = dict(region="北京市", region_code="110000")
HLD = dict(region="葫芦岛市", region_code="211400")
WLMQ = dict(region="乌鲁木齐市", region_code="650100")
PS = dict(region="巴勒斯坦", region_code=None)
RU = dict(region="俄罗斯", region_code=None)
US = dict(region="美国", region_code=None)
CA = dict(region="加拿大", region_code=None)
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


# ================================================================ summary (lines 5-95)
# Summary dates and figures that the bodies restate for the same span are annotated once, at
# the body: the conference's 2024年 (summary and heading), the robots' 60余款 (summary and bold
# sub-headline), the project list's 今年 (summary and sub-headline; body 2024年), the strike's
# 今天 (summary and heading), and the three oblasts of the Russian armies (summary and
# sub-headline; body 三个). Names count here, deduplicated by name. The ordinals (33rd Games,
# 29th meeting, 6th forum, 31st fair, first art season) are no numbers; the years written
# without 年 in the robot conference's and the education week's names are no dates.
at(8)
# a delegation is not an org (blind6, blind13): 中国 stands alone before it
country("中国")
at(16)
foreign("莫斯科", ["俄罗斯"])
country("俄罗斯")
at(19)
# 中国 is nested in the conference's name
region("香港", "香港特别行政区", "810000", "province", [])
at(49)
# the court's well-known short name (blind17)
org("最高法")
at(52)
# 中国 and 东盟 are nested in the education week's name (an event)
region("贵阳", "贵阳市", "520100", "prefecture", ["贵州省"])
at(55)
org("国家电影局")
org("中国工商银行")
at(61)
# 新疆 is nested in the art season's name (an event)
region("乌鲁木齐", "乌鲁木齐市", "650100", "prefecture", ["新疆维吾尔自治区"])
at(64)
foreign("西顿", ["黎巴嫩"])
org("法塔赫")
at(70)
# the command centre is an unnamed facility (a Hamas one), not an org
org("哈马斯")
at(73)
country("以色列")
at(76)
foreign("顿涅茨克", ["乌克兰"])
foreign("波克罗夫斯克", ["乌克兰"])
at(79)
foreign("库尔斯克", ["俄罗斯"])
at(82)
foreign("库尔斯克州", ["俄罗斯"])
at(88)
country("伊朗")
at(91)
# the party named in its convention's name (blind14: bodies named in meeting names are
# listed); 美国 is nested here and counts from its own use below
org("美国民主党")
at(94)
country("加拿大")
country("美国")

# ================================================================ story 1: Xi meets the Olympic team
at(101)
# the Paris Games (巴黎 nested in the event's name), the Great Hall (a building), the 33rd
# Games (ordinal) give no fact
date("20日下午", D0820, "day")
org("党中央")
org("国务院")
date("20日下午", D0820, "day")

# ================================================================ story 2: CCTV commentary (no fact)

# ================================================================ story 3: Li Qiang in Moscow
at(113)
# the local-time word is left out (blind14, blind15)
date("20日下午", D0820, "day")
org("俄罗斯政府")
date("今年以来", Y2024, "year", approx="以来")
# the heads of state met twice this year (blind12, blind16 `两次`); two countries → region null
num("quantity", "两度", 2, unit="度", subject="两国元首会晤", period=Y2024, psrc="sentence",
    **NOREG)

# ================================================================ story 4: reunification conference
at(119)
# a year written with 年 in an event's name is a date (blind9, blind14, blind16)
date("2024年", Y2024, "year")
date("8月20日", D0820, "day")
# bodies from titles (blind16): the standing-committee member's and the chairman's
org("中共中央政治局")
org("全国政协")
# 台湾省 from the compatriots and the Taiwan question (blind9, blind14, blind15)
region("台湾", "台湾省", "710000", "province", [])
org("中国和平统一促进会香港总会")

# ================================================================ story 5: financial regulator
at(125)
org("国务院新闻办公室")
date("今天（8月21日）", D0821, "day")
org("金融监管总局")
# 当前 opens the sentence → the broadcast day (dev CONVENTIONS)
num("ranking", "居全球第一", 1, unit=None, scope="全球", subject="银行业资产规模",
    period=D0821, psrc="sentence", **CN)
num("ranking", "全球第二", 2, unit=None, scope="全球", subject="保险市场规模",
    period=D0821, psrc="sentence", **CN)
date("今年以来", Y2024, "year", approx="以来")
date("7月末", D0731, "day", approx="末")
num("money", "251万亿元", 251e12, unit=None, subject="人民币贷款余额", period=D0731,
    psrc="sentence", **CN)
# an absolute change is money, not growth (FACTS); the rise from the start of the year to the
# end of July covers January to July (open)
num("money", "13.5万亿元", 13.5e12, unit=None, subject="人民币贷款余额较年初增加",
    period=JAN_JUL, psrc="sentence", **CN)
date("今年以来", Y2024, "year", approx="以来")

# ================================================================ story 6: China-Africa media forum
at(131)
# the forum, its dialogue and the FOCAC summit are events
date("8月21日", D0821, "day")
region("北京", "北京市", "110000", "province", [])

# ================================================================ story 7: China-Africa trade
at(137)
date("20日", D0820, "day")
org("商务部")
date("2024年", Y2024, "year")
date("9月4日至6日", S0904_0906, "period")
# the fifteen consecutive years are a duration; the rank is stated at the lead's press
# conference (20日), no date in its sentence or paragraph before it
num("ranking", "非洲第一大贸易伙伴国", 1, unit=None, scope="非洲", subject="贸易伙伴",
    period=D0820, psrc="section", entity="中国", **CN)
date("2023年", Y2023, "year")
num("money", "2821亿美元", 282100000000, unit=None, currency="USD", subject="中非贸易额",
    period=Y2023, psrc="sentence", **CN)
# the year compared against is a date but not the period; no 同比/比上年 word → basis null
date("2021年", Y2021, "year")
num("growth", "增长了近11%", 11, unit="%", approx="近", basis=None, subject="中非贸易额",
    period=Y2023, psrc="sentence", **CN)
# `近半数` → percent 50, approx 近 (blind10 `约一半`, blind15 `约有一半`); the double-digit
# growth is a vague magnitude (seed `千亿级`), no figure; several countries → region null
num("percent", "近半数", 50, unit="%", approx="近",
    subject="贸易额同比增幅超过两位数的非洲国家占比", period=Y2023, psrc="paragraph", **NOREG)
# the as-of word is left out (20230808)
date("2023年年底", D20231231, "day", approx="底")
num("money", "超过400亿美元", 40000000000, unit=None, currency="USD", approx="超过",
    subject="中国对非直接投资存量", period=D20231231, psrc="sentence", entity="中国", **CN)
date("过去三年", Y2021_2023, "year")
# jobs created "locally" (in Africa, no place of the data) → region null
num("quantity", "超过110万个", 1100000, unit="个", approx="超过",
    subject="中国企业为当地创造的就业岗位", period=Y2021_2023, psrc="sentence", **NOREG)
# the ten-years phrase is no date; it gives the period (blind14, blind16)
num("money", "超过7000亿美元", 700000000000, unit=None, currency="USD", approx="超过",
    subject="中国企业在非洲签订承包工程合同额", period=TEN_YEARS, psrc="sentence", **NOREG)
num("money", "超过4000亿美元", 400000000000, unit=None, currency="USD", approx="超过",
    subject="中国企业在非洲完成营业额", period=TEN_YEARS, psrc="sentence", **NOREG)

# ================================================================ story 8: heavy rain
at(143)
# the north-east and south China are macro-areas
org("中央气象台")
date("今天（8月21日）", D0821, "day")
region("辽宁", "辽宁省", "210000", "province", [])
date("19日", D0819, "day")
date("今天中午", D0821, "day")
region("葫芦岛市", "葫芦岛市", "211400", "prefecture", ["辽宁省"])
region("建昌县", "建昌县", "211422", "county", ["辽宁省", "葫芦岛市"])
# 全市 → the city named before it; entity null (seed: 全区 figures)
num("quantity", "50000多人", 50000, unit="人", approx="多", subject="累计安全转移人数",
    period=D0821, psrc="sentence", **HLD)
date("今天", D0821, "day")
# the emergency-response level is a label
org("国家防灾减灾救灾委员会")
date("今天", D0821, "day")
region("广东", "广东省", "440000", "province", [])
date("今天", D0821, "day")
# railways are projects (dev CONVENTIONS); the shared head 线路 is left out (dev `雄商`)
project("广汕高铁")
project("广深城际")
org("水利部")
date("今天", D0821, "day")
# one span (blind14 `14日夜间至15日凌晨`)
date("昨天8时至今天8时", S0820_0821, "period")
region("河北", "河北省", "130000", "province", [])
region("吉林", "吉林省", "220000", "province", [])
region("内蒙古", "内蒙古自治区", "150000", "province", [])
region("福建", "福建省", "350000", "province", [])
# several provinces → region null (blind8, blind14)
num("quantity", "19条", 19, unit="条", subject="发生超警以上洪水的河流", period=S0820_0821,
    psrc="sentence", **NOREG)
num("quantity", "5条", 5, unit="条", subject="发生超保洪水的河流", period=S0820_0821,
    psrc="paragraph", **NOREG)

# ================================================================ story 9: domestic briefs
at(149)
# (1) robots: the sub-headline's count is the body's; the five days are a duration; the
# conference is an event (entity null), held in Beijing (blind14 event figures → its city)
skip("60余款")
date("今天（8月21日）", D0821, "day")
num("quantity", "60余款", 60, unit="款", approx="余", subject="首发新品", period=D0821,
    psrc="sentence", **BJ)
num("quantity", "20余款", 20, unit="款", approx="余", subject="国内人形机器人整机",
    period=D0821, psrc="sentence", **BJ)
# (2) project list: the year is the list's edition (open)
org("国家发展改革委")
date("2024年", Y2024, "year")
num("quantity", "189个", 189, unit="个", subject="全国重点民间投资项目", period=Y2024,
    psrc="sentence", **CN)
num("quantity", "12个", 12, unit="个", subject="项目清单涵盖的行业", period=Y2024,
    psrc="sentence", **CN)
# (3) ARJ21: the leading province is split off each airport's name (seed CONVENTIONS, blind17
# 江西 / 瑞金机场); the aircraft is no project; the plateau is a landform
date("今天（8月21日）", D0821, "day")
org("中国商飞公司")
region("四川", "四川省", "510000", "province", [])
project("成都双流国际机场")
project("阿坝红原机场")
region("西藏", "西藏自治区", "540000", "province", [])
region("青海", "青海省", "630000", "province", [])
region("甘肃", "甘肃省", "620000", "province", [])
# (4) bus batteries: a count of real departments (20240723 `五部门`); 日前 is vague
org("工业和信息化部")
num("quantity", "八部门", 8, unit="部门", subject="联合发布公告的部门", period=D0821,
    psrc="document", **CN)
# 目前 → the broadcast day; an estimate of a present stock, not a forecast (open)
num("quantity", "10万辆左右", 100000, unit="辆", approx="左右",
    subject="符合条件更换动力电池的老旧新能源公交车", period=D0821, psrc="sentence", **CN)
# (5) punitive damages: a multiple that is no change → percent (Jilin gold `10倍` → 1000);
# a rule's parameter: period and role null (open)
org("最高人民法院")
date("今天（8月21日）", D0821, "day")
num("percent", "十倍", 1000, unit="%", subject="惩罚性赔偿与价款之比", period=None, psrc=None,
    role=None, entity="最高人民法院", **CN)
# (6) education week: ASEAN as a party, outside the week's name
date("今天（8月21日）", D0821, "day")
region("贵州", "贵州省", "520000", "province", [])
org("东盟")
# (7) film bureau and ICBC
date("今天（8月21日）", D0821, "day")
# (8) broadcasting fair (an event): origin countries → region null; exhibitors → Beijing
date("今天（8月21日）", D0821, "day")
num("quantity", "19个", 19, unit="个", subject="参展商来自的国家和地区", period=D0821,
    psrc="paragraph", **NOREG)
num("quantity", "506家", 506, unit="家", subject="参展商", period=D0821, psrc="paragraph",
    **BJ)
# (9) Xinjiang folk art season (an event) in Urumqi (open)
date("昨晚（8月20日）", D0820, "day")
num("quantity", "47支", 47, unit="支", subject="参加巡游演出的民间艺术团队", period=D0820,
    psrc="sentence", **WLMQ)
num("quantity", "约1800名", 1800, unit="名", approx="约", subject="参加巡游演出的民间艺术演员",
    period=D0820, psrc="sentence", **WLMQ)

# ================================================================ story 10: Middle East
at(155)
# 巴勒斯坦 stands alone before "media" (blind16); the strike's 今天 of the summary and heading
# is this body's
country("巴勒斯坦")
date("今天（8月21日）", D0821, "day")
date("今天", D0821, "day")
country("黎巴嫩")
org("巴勒斯坦民族解放运动")
# the defence minister's title is one office word (blind8)
date("20日", D0820, "day")
foreign("加沙地带", [])
org("以色列国防军")
date("今天", D0821, "day")
# the Bekaa valley is a landform (blind12 Ili valley); Hezbollah's forces by the name written
# here and, next paragraph, with the country (blind14 two names)
org("真主党武装")
org("黎巴嫩真主党武装")
date("今天", D0821, "day")
# named bases are projects, owner kept as written (blind17 驻日美军岩国基地; open)
project("扎里特军营")
# the Golan Heights: an occupied territory, level other (blind14 萨巴阿农场; open)
foreign("戈兰高地", [])
project("以军茨诺巴尔后勤基地")
org("巴勒斯坦伊斯兰抵抗运动")
date("20日", D0820, "day")
org("以色列军队")
foreign("加沙城", [])
# casualty count, the measure the sentence states (dev CONVENTIONS); the city hit (blind16)
num("quantity", "至少12名", 12, unit="名", approx="至少", subject="死亡的巴勒斯坦人",
    period=D0820, psrc="sentence", entity="加沙城", **PS)
date("20日", D0820, "day")
# the strip's name first; then 加沙 alone before the ceasefire proposal (20240723, 20240618)
skip("加沙")
foreign("加沙", [])
# the resolution number is an identifier
org("联合国安理会")

# ================================================================ story 11: Russia and Ukraine
at(161)
org("俄罗斯国防部")
date("20日", D0820, "day")
# the area word is left out (dev 20240315 `丹佛地区`): 顿涅茨克 is listed from the summary
foreign("托列茨克区", ["乌克兰", "顿涅茨克"])
foreign("诺夫哥罗德斯科耶村", ["乌克兰", "顿涅茨克", "托列茨克区"])
# one-character country prefix kept as written (20230412, 20240723 `俄国防部`)
org("俄国防部")
date("今天（8月21日）", D0821, "day")
# Russia-Ukraine conflict figures → region null (blind8, blind10, blind17)
num("quantity", "45架", 45, unit="架", subject="被摧毁的乌方无人机", period=D0821,
    psrc="sentence", **NOREG)
country("乌克兰")
date("20日", D0820, "day")
foreign("苏梅州", ["乌克兰"])
org("俄罗斯武装力量军事政治总局")
date("20日", D0820, "day")
date("20日", D0820, "day")
foreign("别尔哥罗德州", ["俄罗斯"])
foreign("布良斯克州", ["俄罗斯"])
# Russia's own new armies in its oblasts → 俄罗斯; the ministry forming them is the entity;
# the later "three armies' commanders" and "three places' governors" are anaphoric (open)
num("quantity", "三个", 3, unit="个", subject="新组建的集团军", period=D0820, psrc="sentence",
    entity="俄国防部", **RU)
# the armed forces named in the commander-in-chief's title (dev `乌克兰武装部队总参谋部`)
org("乌克兰武装部队")
date("20日", D0820, "day")
org("俄对外情报局新闻局")
date("20日", D0820, "day")
country("英国")
country("德国")
date("20日", D0820, "day")
org("俄外交部")
# the Russian armed forces by name, one-character prefix kept (open)
org("俄武装力量")

# ================================================================ story 12: international briefs
at(167)
# (1) Iran
foreign("德黑兰", ["伊朗"])
org("伊朗伊斯兰革命卫队")
date("20日", D0820, "day")
# (2) Chicago protests: the convention is an event; 数千名 is vague
foreign("芝加哥", ["美国"])
date("19日到20日", S0819_0820, "period")
org("美国政府")
num("quantity", "至少80人", 80, unit="人", approx="至少", subject="被逮捕人数",
    period=S0819_0820, psrc="paragraph", **US)
# (3) Canadian wildfire smoke: Europe is a macro-area; the fire departments are generic
org("欧洲哥白尼大气监测服务机构")
date("20日", D0820, "day")
country("爱尔兰")
country("法国")
foreign("明尼苏达州", ["美国"])
foreign("威斯康星州", ["美国"])
# the time-zone word is left out, the clock time kept (blind14, blind15)
date("今天（8月21日）16时", D0821, "day")
num("quantity", "超过830处", 830, unit="处", approx="超过", subject="仍在燃烧的火点",
    period=D0821, psrc="sentence", entity="加拿大", **CA)
num("percent", "一半以上", 50, unit="%", approx="以上", subject="处于失控状态的火点占比",
    period=D0821, psrc="sentence", entity="加拿大", **CA)

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
for f, _ in facts:
    if isinstance(f.get("value"), float) and f["value"].is_integer():
        f["value"] = int(f["value"])

out = HERE / f"{DOC}.jsonl"
with out.open("w", encoding="utf-8") as fh:
    for f, _ in facts:
        fh.write(json.dumps({"doc": DOC, **f}, ensure_ascii=False) + "\n")

doc = {
    "doc": DOC,
    "title": "《新闻联播》 (20240821)",
    "issued": "2024-08-21",
    "year": 2024,
    "issuer": None,
    "genre": "news",
    "region": None,
    "region_code": None,
    "doc_number": None,
    "encoding": "UTF-8",
    "title_source": "the file's heading line `# 《新闻联播》 (20240821)`, as in the sibling news gold (20221110, 20221205, 20230412, 20230525, 20230621, 20230808, 20230915, 20231102, 20231115, 20231220, 20240117, 20240228, 20240315, 20240413, 20240522, 20240618, 20240723, 20240906, 20241015)",
    "issued_source": "the file name 20240821.md and the heading 《新闻联播》 (20240821), repeated in the summary's closing stamp (20240821 19:00) and in every link to the original (tv.cctv.com/2024/08/21/…240821.shtml): the broadcast of 2024-08-21",
    "year_source": "issued's year: 2024. Relative dates resolve against 2024-08-21: 今天（8月21日） / 今天 / 今天中午 / 今天（8月21日）16时 → 2024-08-21, 20日 / 20日下午 / 昨晚（8月20日） → 2024-08-20, 19日 → 2024-08-19, 昨天8时至今天8时 → 2024-08-20..2024-08-21, 19日到20日 → 2024-08-19..2024-08-20, 9月4日至6日 → 2024-09-04..2024-09-06, 今年以来 → 2024, 7月末 → 2024-07-31, 过去三年 → 2021..2023",
    "issuer_source": "no issuer line; every story carries only the CCTV web byline, so issuer is null",
    "genre_source": "a 新闻联播 transcript: summary list of twelve items plus twelve news items with a body (two of them collections of briefs, two more with sub-stories) → news",
    "region_source": "a news file of many stories (Xi and the Olympic team in Beijing, Li Qiang in Moscow, a conference in Hong Kong, the financial regulator, China-Africa media and trade, rain in Liaoning and Guangdong, domestic briefs from Beijing, Sichuan, Guiyang and Urumqi, Lebanon and Gaza, Russia and Ukraine, Iran, the United States and Canada): no single place, so region and region_code are null",
    "doc_number_source": "news transcript: no 发文字号",
    "encoding_source": "the file decodes as UTF-8 without a byte-order mark (first bytes 23 20 e3 80 8a = `# 《`)",
}
(HERE / f"{DOC}.doc.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")

counts = {}
for f, _ in facts:
    counts[f["kind"]] = counts.get(f["kind"], 0) + 1
print(f"{len(facts)} facts:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
