#!/usr/bin/env python3
"""Blind gold for 20231220.md (新闻联播 2023-12-20), typed by hand.

Writes 20231220.md.jsonl and 20231220.md.doc.json next to this script.
Checks: every `text` occurs in the source, the facts stand in text order (each found after
the previous one, on the source line that `at()` names), and no project/org/region name is
listed twice. `skip(text)` moves past one unannotated occurrence (a bold sub-headline's repeat
of a body figure, or a name nested in an org's name). No transcript text is kept here beyond
the facts' text, name and subject.

usage: python3 build_news.py [SOURCE]
SOURCE defaults to shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20231220.md.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = Path("/work/shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20231220.md")
SRC = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
DOC = "20231220.md"

# ---------------------------------------------------------------- helpers
D1220 = ("2023-12-20", "2023-12-20")
D1219 = ("2023-12-19", "2023-12-19")
D1218 = ("2023-12-18", "2023-12-18")
D1215 = ("2023-12-15", "2023-12-15")
D1130 = ("2023-11-30", "2023-11-30")
Y2021 = ("2021-01-01", "2021-12-31")
Y2023 = ("2023-01-01", "2023-12-31")
Y2024 = ("2024-01-01", "2024-12-31")
JAN_NOV = ("2023-01-01", "2023-11-30")   # 今年前11个月, 1—11月份
# since-X periods run from the start of X to the broadcast day (blind8, blind10, blind11)
SINCE_Y = ("2023-01-01", "2023-12-20")   # 今年以来

CN = dict(region="中国", region_code=None)
JSS = dict(region="积石山保安族东乡族撒拉族自治县", region_code="622927")
HD = dict(region="海东市", region_code="630200")
GS = dict(region="甘肃省", region_code="620000")
QH = dict(region="青海省", region_code="630000")
MH = dict(region="民和回族土族自治县", region_code="630222")
SH = dict(region="上海市", region_code="310000")
# parents of the places of the Jishishan earthquake
P_JSS = ["甘肃省", "临夏回族自治州", "积石山保安族东乡族撒拉族自治县"]
P_ZC = ["青海省", "海东市", "民和回族土族自治县", "中川乡"]

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


# ================================================================ summary (lines 5-56)
# Every item has a body. Summary and ### headline figures and dates that the body repeats (or
# states for the same span) are annotated once, at the body: 前11月 (body 1—11月份), 14条 (the
# body's 共14条; the bold sub-headline's repeat is skipped there). Anniversaries (24周年) are not
# numbers or dates. Names count here (deduplicated by name).
at(8)
# 总理 is an office: 俄罗斯 stands alone (blind8 defence minister's title)
country("俄罗斯")
at(11)
country("尼加拉瓜")
at(17)
# 在京: one character, not a region; 第五次 is an ordinal
org("国务院")
at(20)
region("云南", "云南省", "530000", "province", [])
at(23)
org("中共中央组织部")
at(35)
# the party's well-known short name before its session ordinal (blind8 took 全国政协十四届常委会
# from a session's name; blind10 民建中央, 民进中央)
org("民革")
at(38)
region("澳门", "澳门特别行政区", "820000", "province", [])
at(44)
region("上海", "上海市", "310000", "province", [])
at(47)
region("新疆", "新疆维吾尔自治区", "650000", "province", [])
region("山东", "山东省", "370000", "province", [])
at(55)
# 以军, 以总统: abbreviations / one character; Gaza places have parents [] (blind8-blind10)
foreign("汗尤尼斯", [])
org("哈马斯")
country("以色列")
country("埃及")

# ================================================================ story 1: Xi meets the Russian premier
at(62)
date("12月20日上午", *D1220, "day")
# 人民大会堂 is a building, not annotated (20240315, blind4)
date("今年以来", *Y2023, "year", approx="以来")
# the count of meetings of the two presidents this year (blind11 十二次); two countries: null
num("quantity", "两次", 2, unit="次", subject="习近平同普京总统会晤", period=SINCE_Y,
    psrc="sentence")
date("今年前11个月", *JAN_NOV, "month")
# the annual target of 200 billion dollars, reached (提前实现) in the first 11 months:
# actual, the span it was reached in; bilateral trade of two countries: region null
num("money", "2000亿美元", 200000000000, unit=None, currency="USD", subject="中俄双边贸易额",
    period=JAN_NOV, psrc="sentence")
# 明年 of the 75th anniversary of relations: the year (the anniversary itself is no date)
date("明年", *Y2024, "year")
country("中国")
# the two coming years of the culture years: one span 2024-2025
date("明后两年", "2024-01-01", "2025-12-31", "year")
date("今年", *Y2023, "year")
num("quantity", "两次", 2, unit="次", subject="普京总统和习近平主席会晤", period=Y2023,
    psrc="sentence")
date("昨天", *D1219, "day")
# the 28th regular meeting is an ordinal; the Year of the Dragon (a greeting) is not annotated
# 新的一年 = the coming year, 2024 (blind8 来年)
date("新的一年", *Y2024, "year")
region("甘肃", "甘肃省", "620000", "province", [])
org("俄罗斯政府")
region("青海", "青海省", "630000", "province", [])
org("中国共产党")

# ================================================================ story 2: Xi and the Nicaraguan president
at(68)
date("12月20日上午", *D1220, "day")
# the decision to restore relations "two years ago": 2021 (blind10 两年前); "two years since"
# and the second anniversary are a duration and an anniversary; the eight actions a label; "hundreds of millions" vague
date("两年前", *Y2021, "year")
date("今天", *D1220, "day")
date("明年1月1日", "2024-01-01", "2024-01-01", "day")

# ================================================================ story 3: central rural work conference
at(74)
date("19日至20日", "2023-12-19", "2023-12-20", "period")
region("北京", "北京市", "110000", "province", [])
date("2024年", *Y2024, "year")
org("党中央")
# the standing committee of the Politburo, from its meeting's name (blind8 session names)
org("中央政治局常委会")
# titles (blind10): the party's central committee and the military commission
org("中共中央")
org("中央军委")
date("2023年", *Y2023, "year")
org("中共中央政治局")
date("2024年", *Y2024, "year")
# 确保: target; a national figure
num("quantity", "1.3万亿斤以上", 1300000000000, unit="斤", approx="以上", subject="粮食产量",
    period=Y2024, psrc="sentence", role="target", **CN)
org("中央农村工作领导小组")
# the Corps among the provinces (20221110, 20221205)
region("新疆生产建设兵团", "新疆生产建设兵团", None, "other", ["新疆维吾尔自治区"])

# ================================================================ story 4: State Council study session
at(80)
date("12月20日上午", *D1220, "day")
org("华东政法大学")
# the named national platform of government services (blind10 named platforms)
project("全国一体化政务服务平台")

# ================================================================ story 5: Wang Huning in Yunnan
at(86)
org("全国政协")
date("17日至19日", "2023-12-17", "2023-12-19", "period")
region("西双版纳", "西双版纳傣族自治州", "532800", "prefecture", ["云南省"])
region("玉溪", "玉溪市", "530400", "prefecture", ["云南省"])
# the run 景洪市 + residents' group is split (blind7 district / town / village)
region("景洪市", "景洪市", "532801", "county", ["云南省", "西双版纳傣族自治州"])
region("曼景罕居民小组", "曼景罕居民小组", None, "other", ["云南省", "西双版纳傣族自治州", "景洪市"])
org("云南佛学院西双版纳分院")
# the temple is a site, not annotated; the education hall is an institution like a museum
# (blind10 国家博物馆)
org("西双版纳州铸牢中华民族共同体意识主题教育馆")
region("昆明", "昆明市", "530100", "prefecture", ["云南省"])
region("西山区", "西山区", "530112", "county", ["云南省", "昆明市"])
region("百草村", "百草村", None, "other", ["云南省", "昆明市", "西山区"])
org("云南省博物馆")
# the Dianchi wetland is a landform (blind9 lakes), not annotated
org("云南省政协机关")

# ================================================================ story 6: the Organisation Department's notice
at(92)
region("临夏州", "临夏回族自治州", "622900", "prefecture", ["甘肃省"])
region("积石山县", "积石山保安族东乡族撒拉族自治县", "622927", "county", ["甘肃省", "临夏回族自治州"])
# the earthquake's magnitude: a size of the event, period and role null (sizes, blind8)
num("quantity", "6.2级", 6.2, unit="级", subject="地震震级", period=None, psrc=None,
    entity="积石山县", role=None, **JSS)

# ================================================================ story 7: rescue and relief
at(98)
date("今天（12月20日）上午9时", *D1220, "day")
num("quantity", "6.2级", 6.2, unit="级", subject="地震震级", period=None, psrc=None,
    entity="积石山县", role=None, **JSS)
# as of the day: stocks take that day (blind8); entity the place hit
num("quantity", "113人", 113, unit="人", subject="遇难人数", period=D1220, psrc="sentence",
    entity="积石山县", **JSS)
num("quantity", "782人", 782, unit="人", subject="受伤人数", period=D1220, psrc="sentence",
    entity="积石山县", **JSS)
region("青海省", "青海省", "630000", "province", [])
region("海东市", "海东市", "630200", "prefecture", ["青海省"])
num("quantity", "18人", 18, unit="人", subject="遇难人数", period=D1220, psrc="sentence",
    entity="海东市", **HD)
num("quantity", "198人", 198, unit="人", subject="受伤人数", period=D1220, psrc="sentence",
    entity="海东市", **HD)
region("甘肃省", "甘肃省", "620000", "province", [])
# 目前 opens the paragraph: the day, `paragraph`
num("quantity", "19支", 19, unit="支", subject="医疗救助队伍", period=D1220, psrc="paragraph",
    entity="甘肃", **GS)
num("quantity", "99辆", 99, unit="辆", subject="救护车", period=D1220, psrc="paragraph",
    entity="甘肃", **GS)
# the hospitals share one head: only the first, written in full, is an org (blind8)
org("临夏州积石山县人民医院")
region("大河家镇", "大河家镇", None, "town", ["甘肃省", "临夏回族自治州", "积石山保安族东乡族撒拉族自治县"])
num("quantity", "87076人", 87076, unit="人", subject="临时避险转移安置人数", period=D1220,
    psrc="sentence", entity="甘肃", **GS)
# 有关部门 (generic): entity null
num("quantity", "128830件", 128830, unit="件", subject="紧急调拨应急救灾物资", period=D1220,
    psrc="sentence", **GS)
region("民和县", "民和回族土族自治县", "630222", "county", ["青海省", "海东市"])
region("中川乡", "中川乡", None, "town", ["青海省", "海东市", "民和回族土族自治县"])
region("金田村", "金田村", None, "other", P_ZC)
region("草滩村", "草滩村", None, "other", P_ZC)
# 40多个小时 is a duration; the two villages are the places hit, written as in the text
# (blind10 two acting bodies); region the lowest coded place
num("quantity", "20名", 20, unit="名", subject="失联群众", period=D1220, psrc="sentence",
    entity="金田村和草滩村", **MH)
num("quantity", "8名", 8, unit="名", subject="搜救出的遇难者", period=D1220, psrc="sentence",
    entity="金田村和草滩村", **MH)
num("quantity", "12人", 12, unit="人", subject="仍失联人数", period=D1220, psrc="sentence",
    entity="金田村和草滩村", **MH)
# 截至记者发稿: the day
num("quantity", "21662人", 21662, unit="人", subject="安置受灾群众", period=D1220,
    psrc="sentence", entity="民和县", **MH)
region("临夏", "临夏回族自治州", "622900", "prefecture", ["甘肃省"])
org("国家防灾减灾救灾委员会办公室")
org("应急管理部")
# sent to the quake areas of two provinces: region null (blind10 10000件); the story lead's
# 今天（12月20日）: `section`
num("quantity", "13.55万件", 135500, unit="件", subject="调拨中央救灾物资", period=D1220,
    psrc="section", entity="国家防灾减灾救灾委员会办公室、应急管理部")
# the national fire and rescue force is generic (blind10): entity null
num("quantity", "2042人", 2042, unit="人", subject="出动消防救援人员", period=D1220,
    psrc="section")
num("quantity", "381辆", 381, unit="辆", subject="出动车辆", period=D1220, psrc="section")
num("quantity", "41只", 41, unit="只", subject="搜救犬", period=D1220, psrc="section")
# named rescue teams (20230808 武警天津总队); 靖远队 is a bare head (blind8); nested places
# (兰州, 青海, 乌鲁木齐) are not regions
org("国家危化救援兰州石化队")
org("国家矿山救援青海队")
org("国家管道救援乌鲁木齐队兰州分队")
num("quantity", "168人", 168, unit="人", subject="救援队伍人员", period=D1220, psrc="section")
org("公安部")
# 解放军 and 武警部队 are forces named generically (blind10 armed police): not orgs
date("今天", *D1220, "day")
org("陆军第76集团军")
num("quantity", "3辆", 3, unit="辆", subject="炊事车", period=D1220, psrc="paragraph",
    entity="陆军第76集团军")
# 西宁 is nested in the centre's name
org("西宁联勤保障中心")
num("quantity", "140余名", 140, unit="名", approx="余", subject="派出官兵", period=D1220,
    psrc="section", entity="西宁联勤保障中心")
org("青海省军区")
num("quantity", "2.3万多件套", 23000, unit="件套", approx="多", subject="运送物资",
    period=D1220, psrc="section", entity="青海省军区", **QH)
num("quantity", "300多吨", 300, unit="吨", approx="多", subject="运送物资重量", period=D1220,
    psrc="section", entity="青海省军区", **QH)

# ================================================================ story 8: the first rescue team
at(104)
org("积石山消防救援大队")
date("12月18日午夜", *D1218, "day")
# 40分钟 is a duration
region("康吊村", "康吊村", None, "other", P_JSS + ["大河家镇"])
# 这支 (anaphor): entity null; the team's county
num("quantity", "7名", 7, unit="名", subject="党员骨干", period=D1218, psrc="paragraph", **JSS)
num("quantity", "15人", 15, unit="人", subject="突击队人数", period=D1218, psrc="paragraph", **JSS)
# 5个多小时 is a duration; "that night" is no date: the date of the paragraph before (blind10)
num("quantity", "9人", 9, unit="人", subject="救出被困群众", period=D1218, psrc="section", **JSS)
date("19日深夜", *D1219, "day")
region("大河家村", "大河家村", None, "other", P_JSS + ["大河家镇"])
# 近20个小时 is a duration; temperatures are quantities (blind11)
num("quantity", "零下10℃", -10, unit="℃", subject="气温", period=D1219, psrc="sentence",
    entity="大河家村", **JSS)
# 不到10分钟 is a duration

# ================================================================ story 9: economic indicators
at(110)
org("国家发展改革委")
date("1—11月份", *JAN_NOV, "month")
num("growth", "同比增长6.3%", 6.3, unit="%", basis="同比", subject="全社会用电量",
    period=JAN_NOV, psrc="sentence", **CN)
date("11月底", *D1130, "day", approx="底")
# totals as of the end of November take that day (blind8)
num("quantity", "1490个", 1490, unit="个", subject="吸引民间资本参与项目", period=D1130,
    psrc="sentence", **CN)
num("money", "1.9万亿元", 1900000000000, unit=None, subject="总投资规模", period=D1130,
    psrc="sentence", **CN)
date("12月15日", *D1215, "day")
num("quantity", "超过9000万吨", 90000000, unit="吨", approx="超过",
    subject="主产区粮食企业累计收购秋粮", period=D1215, psrc="sentence", **CN)
# an absolute change is a quantity (CONVENTIONS; 20240723 同比增加20万人)
num("quantity", "同比增加近500万吨", 5000000, unit="吨", approx="近",
    subject="主产区粮食企业累计收购秋粮", period=D1215, psrc="sentence", **CN)

# ================================================================ story 10: RCCK plenary session
at(116)
# the party's full name, from the session's name (blind8)
org("中国国民党革命委员会")
date("12月20日", *D1220, "day")
org("民革中央")
org("民革第十四届中央常务委员会")
date("明年", *Y2024, "year")

# ================================================================ story 11: Macao's anniversary
at(122)
date("今天（12月20日）上午", *D1220, "day")
org("澳门特别行政区政府")
# 金莲花广场 is a site (20240315 人民大会堂), not annotated
org("澳门特区政府")
skip("澳门特区")
date("今天", *D1220, "day")
# 行政长官 is an office: the SAR's short name stands alone (blind8 titles)
region("澳门特区", "澳门特别行政区", "820000", "province", [])
# 75周年, 25周年 are anniversaries; the PRC counts as a country (blind5)
region("中华人民共和国", "中国", None, "country", [])

# ================================================================ story 12: domestic briefs
at(128)
# (1) Shanghai's measures: the bold sub-headline's 14条 is skipped
skip("14条")
date("昨天（12月19日）", *D1219, "day")
region("上海市", "上海市", "310000", "province", [])
num("quantity", "14条", 14, unit="条", subject="举措", period=D1219, psrc="sentence",
    entity="上海市", **SH)
# caps set by the policy: stipulations, role null (blind9 insurance rates); no span: null
num("percent", "不超过80%", 80, unit="%", approx="不超过", subject="项目支持比例", period=None,
    psrc=None, role=None, **SH)
num("money", "不超过3亿元", 300000000, unit=None, approx="不超过", subject="项目支持总额",
    period=None, psrc=None, role=None, **SH)
# (2) weather: no figures; 东北地区, 北疆, 伊犁河谷, 山东半岛, 河西 are macro-areas or landforms
org("中央气象台")
date("今天（12月20日）夜间到明天", "2023-12-20", "2023-12-21", "period")
region("内蒙古", "内蒙古自治区", "150000", "province", [])
# (3) the documentary; 北京人 (Peking Man) is no place
date("12月19日晚", *D1219, "day")
org("中国中央广播电视总台")
country("法国")
foreign("巴黎", ["法国"])
# the headquarters where the premiere was held, acting as host (blind9 联合国总部)
org("联合国教科文组织总部")
org("联合国教科文组织")

# ================================================================ story 13: Gaza
at(134)
# the Israeli military, named as a body (20230412 以色列军队)
org("以色列军方")
date("19日", *D1219, "day")
foreign("加沙地带", [])
foreign("杰巴利耶难民营", [])
foreign("拉法", [])
org("巴勒斯坦伊斯兰抵抗运动")
date("19日", *D1219, "day")
foreign("巴特亚姆", ["以色列"])
foreign("里雄莱锡安", ["以色列"])
date("19日", *D1219, "day")
org("哈马斯政治局")
date("今天（12月20日）", *D1220, "day")
org("红十字国际委员会")
foreign("加沙", [])
country("美国")
# a named coalition (联盟, seed CONVENTIONS), though called "so-called"
org("红海护航联盟")
country("巴林")
org("也门胡塞武装")
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
    "title": "《新闻联播》 (20231220)",
    "issued": "2023-12-20",
    "year": 2023,
    "issuer": None,
    "genre": "news",
    "region": None,
    "region_code": None,
    "doc_number": None,
    "encoding": "UTF-8",
    "title_source": "the file's heading line `# 《新闻联播》 (20231220)`, as in the sibling news gold (20221110, 20221205, 20230412, 20230621, 20230808, 20230915, 20231102, 20231115, 20240315, 20240413, 20240522, 20240618, 20240723)",
    "issued_source": "the file name 20231220.md and the heading 《新闻联播》 (20231220), repeated in the summary's closing stamp (20231220 19:00) and in every link to the original (tv.cctv.com/2023/12/20/…231220.shtml): the broadcast of 2023-12-20",
    "year_source": "issued's year: 2023. Relative dates resolve against 2023-12-20: 今天 / 今天（12月20日） / 今天（12月20日）上午 / 12月20日上午 → 2023-12-20, 昨天 / 昨天（12月19日） / 19日 / 19日深夜 / 12月19日晚 → 2023-12-19, 19日至20日 and 17日至19日 → spans in December 2023, 今天（12月20日）夜间到明天 → 2023-12-20..21, 今年 / 今年以来 / 今年前11个月 / 1—11月份 / 11月底 → 2023, 明年 / 新的一年 / 明年1月1日 → 2024, 明后两年 → 2024-2025, 两年前 → 2021",
    "issuer_source": "no issuer line; every story carries only the CCTV web byline, so issuer is null",
    "genre_source": "a 新闻联播 transcript: summary list plus thirteen news items (one a collection of three domestic briefs), each with a body → news",
    "region_source": "a news file of many stories (Beijing meetings with Russia and Nicaragua, the rural work conference, Yunnan, the Gansu and Qinghai earthquake, national economy, Macao, Shanghai and the weather, Paris, Gaza): no single place, so region and region_code are null",
    "doc_number_source": "news transcript: no 发文字号",
    "encoding_source": "the file decodes as UTF-8 without a byte-order mark (first bytes 23 20 e3 80 8a = `# 《`)",
}
(HERE / f"{DOC}.doc.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")

counts = {}
for f, _ in facts:
    counts[f["kind"]] = counts.get(f["kind"], 0) + 1
print(f"{len(facts)} facts:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
