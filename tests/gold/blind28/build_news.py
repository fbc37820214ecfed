#!/usr/bin/env python3
"""Blind gold for 20230222.md (新闻联播 2023-02-22), typed by hand.

Writes 20230222.md.jsonl and 20230222.md.doc.json next to this script.
Checks: every `text` occurs in the source, the facts stand in text order (each one is searched
for after the end of the previous match, on the source line that `at()` names; a fact marked
`nested=True` is searched for from the *start* of the previous match instead, for a name that
stands inside the previous fact's text), no project/org/region name is listed twice, period and
period_source are null together, and every `entity` is a listed name. `skip(text)` moves past
one unannotated occurrence. No transcript text is kept here beyond the facts' text, name and
subject; the comments describe unannotated phrases in English.

usage: python3 build_news.py [SOURCE] [--show]
SOURCE defaults to shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20230222.md
(the copy /tmp/b28src/20230222.md is byte-identical: the manifest takes the whole file).
--show prints each fact with a few characters of its surroundings, to check by eye that the
occurrence found is the one meant (nothing is written by it).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = Path("/work/shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20230222.md")
ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
SHOW = "--show" in sys.argv[1:]
SRC = Path(ARGS[0]) if ARGS else DEFAULT
DOC = "20230222.md"

# ---------------------------------------------------------------- spans
D0107 = ("2023-01-07", "2023-01-07")
D0206 = ("2023-02-06", "2023-02-06")
D0221 = ("2023-02-21", "2023-02-21")
D0222 = ("2023-02-22", "2023-02-22")
END2022 = ("2022-12-31", "2022-12-31")     # 2022年年底 (dev 20221110 `2023年年底`)
Y2018 = ("2018-01-01", "2018-12-31")
Y2022 = ("2022-01-01", "2022-12-31")
Y2023 = ("2023-01-01", "2023-12-31")
FIVE_YEARS = ("2018-01-01", "2022-12-31")  # the past five years, said early in 2023 (no date fact)
SINCE0107 = ("2023-01-07", "2023-02-22")   # 自X以来: from the start of X to the day
QUAKE = ("2023-02-06", "2023-02-21")       # since the 6th, as the agency stated on the 21st

# ---------------------------------------------------------------- places of figures
CN = dict(region="中国", region_code=None)
NMG = "内蒙古自治区"
ALS = dict(region="阿拉善左旗", region_code="152921")
FJ = dict(region="福建省", region_code="350000")
FY = dict(region="阜阳市", region_code="341200")
CZ = dict(region="沧州市", region_code="130900")
JX = dict(region="江西省", region_code="360000")
HZ = dict(region="杭州市", region_code="330100")
LG_ZONE = "中国（上海）自由贸易试验区临港新片区"
LG = dict(region=LG_ZONE, region_code=None)
OHIO = dict(region="俄亥俄州", region_code=None)
TR = dict(region="土耳其", region_code=None)
NOREG = dict(region=None, region_code=None)

facts = []  # (fact, source line, nested)
LINE = [0]


def at(line):
    """Facts that follow stand on this 1-based line of the source."""
    LINE[0] = line


def _per(p):
    return None if p is None else {"date_start": p[0], "date_end": p[1]}


def _add(f, nested=False):
    facts.append((f, LINE[0], nested))


def skip(text):
    """Move past one occurrence of text on the current line without annotating it."""
    _add({"kind": None, "text": text})


def org(text, name=None, nested=False):
    _add({"kind": "org", "text": text, "name": name or text}, nested)


def project(text, name=None, nested=False):
    _add({"kind": "project", "text": text, "name": name or text}, nested)


def region(text, canonical, code, level, parents):
    _add({"kind": "region", "text": text, "name": text, "canonical": canonical,
          "code": code, "level": level, "parents": parents})


def country(text, canonical=None):
    region(text, canonical or text, None, "country", [])


def foreign(text, parents, canonical=None):
    region(text, canonical or text, None, "other", parents)


def date(text, span, grain, approx=None):
    _add({"kind": "date", "text": text, "date_start": span[0], "date_end": span[1],
          "grain": grain, "approx": approx})


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
    _add(f)


# ================================================================ summary (lines 5-85)
# Summary dates and figures that a body restates are annotated once, at the body (blind15-27):
# brief 8.1's share, brief 8.4's year, brief 8.5's this-year, brief 8.6's year and today.
# Item 12.1's aftershock count rounds the body's figure (dev CONVENTIONS: a digest figure that
# rounds a body figure is the body's fact). A date or figure that no body restates is annotated
# once, here, and its sub-headline repeat is left (blind27 `前8月`, `超660人`): brief 8.1's
# last-year, brief 8.3's route count, brief 8.5's satellite count. Names count here, deduplicated
# by name (blind17-27). List indices are no numbers; the study session's number is an ordinal.
at(8)
# from the study session's body (blind25/27 中共中央政治局)
org("中共中央政治局")
at(14)
# province and banner side by side are split (dev CONVENTIONS); "a" mine; the same pair again
# later in the item (deduplicated)
region("内蒙古", NMG, "150000", "province", [])
region("阿拉善左旗", "阿拉善左旗", "152921", "county", [NMG, "阿拉善盟"])
at(17)
# country and state side by side are split; the president is an office
country("巴西")
foreign("圣保罗州", ["巴西"])
at(20)
# the State Council stands here only inside its meeting's name (dev 20230808: meetings are no
# orgs; 国务院 listed from its own use in story 3)
at(34)
# the body dates its figures by the end of 2022, not by this word: the year stands only here and
# in the sub-headline (blind27 `前8月`); the share is the body's
date("去年", Y2022, "year")
at(40)
# the two sides are no regions; the quoted "three links" is a label. The body writes the count
# only as "these 4" after listing the routes (an anaphor, blind21 via blind23/26), so the count
# is annotated here (open). No date: the broadcast day (document); all the routes' ends lie in
# Fujian (open, blind25 广东省 for places not written)
num("quantity", "4条", 4, unit="条", subject="两岸“小三通”客运航线", period=D0222,
    psrc="document", **FJ)
at(43)
# the year is the body's; the examination period in months is a duration (time, FACTS)
at(46)
# this year is the body's; the count of satellites stands only here (the body names the two
# satellites) → annotated here; 将 → target (seed CONVENTIONS); 我国 → 中国
num("quantity", "两颗", 2, unit="颗", subject="发射的风云气象卫星", period=Y2023,
    psrc="sentence", role="target", **CN)
at(52)
# the city and the new area side by side are split; the new area is a development area (FACTS:
# zones), canonical its full name, code unknown (blind27 上合示范区); "a batch" is vague
region("上海", "上海市", "310000", "province", [])
region("临港新片区", LG_ZONE, None, "zone", ["上海市"])
at(58)
# the council (blind25-27); the pipeline is a works (dev 20240315: “北溪”管道 / “北溪”天然气管道)
org("联合国安理会")
project("“北溪”管道")
at(60)
# Europe is a continent
country("美国")
country("俄罗斯")
at(69)
# one-character forms only at 63 and 66; the treaty is a document
country("希腊")
at(72)
# the one-character form of the US; the state is a foreign place
foreign("俄亥俄州", ["美国"])
at(78)
# the half month is a duration; the rounded aftershock count is the body's
country("土耳其")
at(81)
country("日本")
at(84)
country("英国")

# ================================================================ story 1: Xi at the study session
at(91)
# the session's number is an ordinal; the afternoon kept (blind25 `1月30日下午`)
date("2月21日下午", D0221, "day")
# from the general secretary's title (blind22-27)
org("中共中央")
# the university named with its kind; the city nests in it. The academy by its well-known short
# name, from the academician's title (seed 中科院 in names)
org("北京大学")
org("中科院")
# the politburo by its shorter name, a second name (blind23/26: two names of one body)
org("中央政治局")
# New China and reform and opening are eras; 我国 no region; "at present" vague; the labels (the
# four orientations, walking on two legs, the two bombs and one satellite, the double
# first-class, the double reduction, the talent programmes in quotes) are no numbers and no
# projects; the national laboratories, research institutes, universities and firms are generic;
# the natural-science fund is a fund (seed CONVENTIONS: funds are no projects); 中国 stands here
# only in the "Chinese-style" labels (listed in story 9)
org("党中央")

# ================================================================ story 2: CCTV commentary
at(97)
# "this station" is the broadcaster (anaphor); the commentary's title is no name
date("今天（2月22日）", D0222, "day")

# ================================================================ story 3: the Alxa mine collapse
at(103)
# the clock time kept in the text (dev 20240315 `今天（3月15日）凌晨`, blind26 `14时20分`); the
# "about" word belongs to the hour, the day is exact → approx null (open)
date("2月22日13时许", D0222, "day")
# 内蒙古 and 阿拉善左旗 listed at the summary; the league between them stands alone here
region("阿拉善盟", "阿拉善盟", "152900", "prefecture", [NMG])
# the firm by its own name, the leading places split off (blind26 柳工集团); its open-pit mine is
# described by owner and a generic word, no name of its own → no project (open)
org("新井煤业有限公司")
# 截至目前 in the sentence → the day (dev CONVENTIONS); disaster counts: entity null (blind27),
# region the banner of the clause
num("quantity", "2人", 2, unit="人", subject="死亡人数", period=D0222, psrc="sentence", **ALS)
num("quantity", "6人", 6, unit="人", subject="受伤人数", period=D0222, psrc="sentence", **ALS)
num("quantity", "53人", 53, unit="人", subject="失联人数", period=D0222, psrc="sentence", **ALS)
# from the chairman's title; the state president is an office; "many people" vague; the two
# sessions are an event
org("中央军委")
# from the premier's title (blind27)
org("国务院")
# the State Council's safety committee (委) and the emergency ministry by its short and full
# names (two names, blind23/26)
org("国务院安委会")
org("应急部")
org("应急管理部")
# the province's full name beside the summary's short one (two names, blind27 河南 / 河南省)
region("内蒙古自治区", NMG, "150000", "province", [])

# ================================================================ story 4: Xi's message to Brazil
at(109)
date("2月22日", D0222, "day")
# 巴西, 圣保罗州 listed at the summary; the president is an office

# ================================================================ story 5: State Council executive meeting
at(115)
date("22日", D0222, "day")
# a year before the sessions (dev: the sessions themselves are event-tied, no date)
date("今年", Y2023, "year")
# from the deputies' and the members' titles (blind26 全国人大; the political consultative
# conference by its usual short name, open: a reader could leave the bare short name out)
org("全国人大")
org("政协")
# "every year" is no date
date("去年", Y2022, "year")
# the State Council's departments are generic → entity null; national → 中国
num("quantity", "1.4万多件", 14000, unit="件", approx="多",
    subject="国务院部门办理代表建议和委员提案", period=Y2022, psrc="sentence", **CN)
# the past five years: a duration (blind25-27 five-year words: no date fact) that fixes its
# clause to 2018-2022, the five years before 2023 (FACTS 过去一年 → the year before) (open)
num("quantity", "1.8万多条", 18000, unit="条", approx="多", subject="采纳代表和委员意见建议",
    period=FIVE_YEARS, psrc="sentence", **CN)
num("quantity", "7800多项", 7800, unit="项", approx="多", subject="出台相关政策措施",
    period=FIVE_YEARS, psrc="sentence", **CN)
date("今年", Y2023, "year")
# the general office named with its kind; the department heads are generic; the work report is
# a document
org("国务院办公厅")
date("去年", Y2022, "year")
# the paragraph opens with last year → its figures are 2022's (paragraph); "all regions and
# departments" are generic → entity null
num("quantity", "14项", 14, unit="项", subject="阶段性缓缴行政事业性收费", period=Y2022,
    psrc="paragraph", **CN)
num("money", "超过2100亿元", 210000000000, unit=None, approx="超过",
    subject="专项整治涉及金额", period=Y2022, psrc="paragraph", **CN)
num("quantity", "7700多个", 7700, unit="个", approx="多", subject="查处涉企违规收费问题",
    period=Y2022, psrc="paragraph", **CN)
# "a package" is a label; "at present" vague

# ================================================================ story 6: spring farming
at(121)
# "just now" opens the second paragraph (no date fact, dev CONVENTIONS); province and county
# or city side by side are split (dev CONVENTIONS)
region("河南", "河南省", "410000", "province", [])
region("滑县", "滑县", "410526", "county", ["河南省", "安阳市"])
region("安徽", "安徽省", "340000", "province", [])
region("阜阳", "阜阳市", "341200", "prefecture", ["安徽省"])
# no date in the sentence; the paragraph's "just now" → the day (paragraph, blind27 `136家`)
num("quantity", "3000多名", 3000, unit="名", approx="多", subject="农技人员、科技特派员",
    period=D0222, psrc="paragraph", **FY)
region("河北", "河北省", "130000", "province", [])
region("沧州", "沧州市", "130900", "prefecture", ["河北省"])
# no date before it in sentence or paragraph (the paragraph's this-year comes after, blind27
# `400多个`), the lead has none → the broadcast day, document; "local" = the city, entity null
num("quantity", "20多项", 20, unit="项", approx="多", subject="推广的土壤培肥、微咸水补灌等技术",
    period=D0222, psrc="document", **CZ)
# what the techniques "can" add: a capability, period and role null (blind25 `17.08亿立方米`,
# what a works can supply) (open: a reader could give actual or forecast); no basis written
num("growth", "增产10%左右", 10, unit="%", approx="左右", subject="小麦平均每亩产量",
    period=None, psrc=None, role=None, **CZ)
region("山西", "山西省", "140000", "province", [])
region("运城", "运城市", "140800", "prefecture", ["山西省"])
date("今年", Y2023, "year")
region("江西", "江西省", "360000", "province", [])
date("今年", Y2023, "year")
# 计划 → target; the province is the sentence's subject → entity (blind24/27)
num("quantity", "1800万亩", 18000000, unit="亩", subject="早稻种植面积", period=Y2023,
    psrc="sentence", entity="江西", role="target", **JX)
# "at present" is vague; the seed firms are generic
region("广西", "广西壮族自治区", "450000", "province", [])
region("玉林", "玉林市", "450900", "prefecture", ["广西壮族自治区"])
date("今年", Y2023, "year")
# the whole year is no date (seed CONVENTIONS 全年)

# ================================================================ story 7: deputy Zhang Li
at(127)
# the provincial station named whole: its rest is generic (blind27 北京市委宣传部 kept whole);
# the province nests in it; "these years" vague
org("安徽省畜牧技术推广总站")
date("今天（2月22日）", D0222, "day")
# the column's title is a programme; 全国人大 listed; the farm is an anaphor
region("长丰县", "长丰县", "340121", "county", ["安徽省", "合肥市"])
# a year before the sessions (a year with 年, blind22-27); "that year" is no date (seed)
date("2018年", Y2018, "year")
# "dozens of" family farms is vague; "now" vague
date("今年", Y2023, "year")

# ================================================================ story 8: domestic briefs
at(133)
# (1) the sub-headline's last-year is the summary's, its share the body's
org("国家邮政局")
date("今天（2月22日）", D0222, "day")
# the as-of word left out (dev 20230808 截至); the year's end → its last day, approx 底
# (dev 20221110 `2023年年底`)
date("2022年年底", END2022, "day", approx="底")
# cumulative totals as of a day take that day (blind26); the post office is the informant →
# entity null; national → 中国
num("quantity", "990个", 990, unit="个", subject="县级寄递公共配送中心", period=END2022,
    psrc="sentence", **CN)
num("quantity", "27.8万个", 278000, unit="个", subject="村级快递服务站点", period=END2022,
    psrc="sentence", **CN)
num("percent", "95%", 95, unit="%", subject="实现快递服务覆盖的建制村占比", period=END2022,
    psrc="sentence", **CN)
# (2) the water-ecology pilot: 我国 no region; the Yangtze basin is a river's basin, no region
date("今天（2月22日）", D0222, "day")
org("生态环境部")
# the "three major indicators" are a label; the pilot's scope: 将 governs the sentence →
# target; no date in the sentence, the paragraph's today (dev 20230808 `15个`, a scope, took its
# paragraph's date) (open); a national pilot → 中国
num("quantity", "50个", 50, unit="个", subject="考核涉及的水体", period=D0222,
    psrc="paragraph", role="target", **CN)
# (3) the cross-strait routes: the sub-headline's count is the summary's; "at present" vague
org("交通运输部")
region("厦门", "厦门市", "350200", "prefecture", ["福建省"])
# Kinmen by the division code of the county (open); listed once though written twice
region("金门", "金门县", "350527", "county", ["福建省", "泉州市"])
region("泉州", "泉州市", "350500", "prefecture", ["福建省"])
region("福州", "福州市", "350100", "prefecture", ["福建省"])
region("马尾", "马尾区", "350105", "county", ["福建省", "福州市"])
# the Matsu islands: an island group, level other, code null (open)
region("马祖", "马祖列岛", None, "other", ["福建省", "福州市", "连江县"])
region("连江", "连江县", "350122", "county", ["福建省", "福州市"])
region("黄岐", "黄岐镇", None, "town", ["福建省", "福州市", "连江县"])
# "these 4" routes: the anaphor is not annotated (above); the since word after the clause →
# the bare day with approx 以来 (blind27 `2017年`; dev 20230808 gave null here, blind27 followed)
date("1月7日", D0107, "day", approx="以来")
# totals since a start → the since-span to the broadcast day (dev CONVENTIONS); region as above
num("quantity", "62个", 62, unit="个", subject="“小三通”客运航线运行往返航班",
    period=SINCE0107, psrc="sentence", **FJ)
num("quantity", "6715人次", 6715, unit="人次", subject="“小三通”客运航线运送旅客",
    period=SINCE0107, psrc="sentence", **FJ)
# (4) patents: the sub-headline's year is the body's
date("今天（2月22日）", D0222, "day")
org("国家知识产权局")
date("2023年", Y2023, "year")
# "within the year" is no date (seed 当年); the examination period in months is a duration;
# 将 governs the sentence → target; the bureau whose examinations are measured → entity (blind26
# 国家发展改革委, the acting body) (open: a reader could take it as the informant only)
num("percent", "93%以上", 93, unit="%", approx="以上", subject="结案准确率", period=Y2023,
    psrc="sentence", entity="国家知识产权局", role="target", **CN)
# (5) weather satellites: the sub-headline's year and count stand at the body and the summary
org("中国气象局")
date("今年", Y2023, "year")
# the two satellites by their serial names are vehicles (blind24/26), no projects
# (6) farm supplies: the sub-headline's year and today are the body's
date("今天（2月22日）", D0222, "day")
# the federation named with its kind (总社)
org("全国供销合作总社")
# the year inside the list's name is a modifier, not the figure's period (dev CONVENTIONS); the
# firms' count on the day it is published; the federation that names them → entity (blind26
# acting body) (open)
num("quantity", "180家", 180, unit="家", subject="农资保供重点企业", period=D0222,
    psrc="sentence", entity="全国供销合作总社", **CN)
# a year with 年 before a name (blind22-27)
date("2023年", Y2023, "year")
# 目前 in the sentence → the day; the nationwide co-operative system is generic → entity null
num("quantity", "1.7万家", 17000, unit="家", subject="供销合作社系统为农服务中心",
    period=D0222, psrc="sentence", **CN)
# (7) Lingang: the sub-headline's names are listed at the summary
date("昨天（2月21日）", D0221, "day")
# a locative zone gives region, not entity (blind27); AR and AI are identifiers; "many fields"
# vague; the future is no date
num("quantity", "15家", 15, unit="家", subject="签约入驻的人工智能产业重点项目", period=D0221,
    psrc="sentence", **LG)
# the free-trade zone beside its new area (split, dev CONVENTIONS); Shanghai nests in it
region("上海自贸区", "中国（上海）自由贸易试验区", None, "zone", ["上海市"])
# (8) the contest is an event; the ministry's reserve library is no works
org("科技部")
date("今天（2月22日）", D0222, "day")
region("杭州", "杭州市", "330100", "prefecture", ["浙江省"])
# no date in the sentence → the paragraph's today; an event's figures → its city (blind22-27)
num("quantity", "2800多个", 2800, unit="个", approx="多", subject="报名参赛的技术项目",
    period=D0222, psrc="paragraph", **HZ)

# ================================================================ story 9: UN council on Nord Stream
at(139)
date("21日", D0221, "day")
# the pipeline's fuller name, a second name (dev 20240315)
project("“北溪”天然气管道")
# the university by its own name, the country split off (blind25 塔斯社: a rest with a name of
# its own); Colombia nests in it
org("哥伦比亚大学")
# the council's short name, a second name (dev 20240315 联合国安理会 / 安理会)
org("安理会")
# 美方 is a side; the UN standing alone as a body (blind25/26)
org("联合国")
# the country before its representative (blind23-27 titles)
country("中国")
country("莫桑比克")
country("加纳")
# the sub-headline has no figure; Europe a continent

# ================================================================ story 10: the arms treaty
at(145)
date("21日", D0221, "day")
# the state of the nation address and the treaty are documents; 俄方 a side
# the Duma by its own name, the country split off (blind25 塔斯社) (open: a reader could keep
# the country, dev 20230808 kept country prefixes)
org("国家杜马")
date("今天（2月22日）", D0222, "day")
# the council named whole: its rest is generic (blind27 阿富汗灾害管理部)
org("美国国家安全委员会")
date("21日", D0221, "day")
# the ministries (blind24-27); 俄军, 乌方, 乌军 are sides; HIMARS a weapon
org("俄罗斯国防部")
date("21日", D0221, "day")
# the country before "side" words standing alone (blind23 via blind26 before its drones)
country("乌克兰")
date("21日", D0221, "day")
org("俄罗斯外交部")
# the ambassador and the secretary of state are offices
date("21日", D0221, "day")
# the embassy is named as a place ("outside" it), a building here (blind27 the AU's
# headquarters) (open); the crowds are vague; the conflict is an event

# ================================================================ story 11: the Ohio derailment
at(151)
# the media are generic; the federal and local governments are generic (open)
# no date near it → the broadcast day, document (dev CONVENTIONS); a foreign place → the state
num("quantity", "约6.8吨", 6.8, unit="吨", approx="约", subject="挖出的遭污染土壤",
    period=D0222, psrc="document", **OHIO)

# ================================================================ story 12: international briefs
at(157)
# (1) Turkey: the sub-headline's rounded count is the body's; the agency named whole, its rest
# generic (blind27 阿富汗灾害管理部)
org("土耳其灾害与应急管理署")
date("21日", D0221, "day")
# the since word after the clause (blind27); the month word resolves against the broadcast
# month; the south of Turkey is a part; the half month is a duration
date("本月6日", D0206, "day", approx="以来")
# the since-span to the day of the statement in the same sentence (open: dev CONVENTIONS end a
# since-span at the document's day, written for statements of that day)
num("quantity", "7242次", 7242, unit="次", subject="余震", period=QUAKE, psrc="sentence",
    **TR)
# a new sentence without a date → the paragraph's span
num("quantity", "41次", 41, unit="次", subject="震级在5级到6级之间的余震", period=QUAKE,
    psrc="paragraph", **TR)
# a range of magnitudes (blind27 `6.2级`, open there): value and value_max (FACTS ranges)
num("quantity", "5级到6级", 5, unit="级", value_max=6, subject="余震震级", period=QUAKE,
    psrc="paragraph", **TR)
# the as-of word left out
date("21日", D0221, "day")
country("叙利亚")
# deaths in two countries → region null (dev 20230808: multi-country figures null)
num("quantity", "超过48000人", 48000, unit="人", approx="超过", subject="遇难人数",
    period=D0221, psrc="sentence", **NOREG)
# (2) Japan: the agency by its own name, the country split off (blind25 塔斯社)
org("时事通讯社")
date("22日", D0222, "day")
# the regulator named whole: its rest reads as a generic regulator word (open)
org("日本原子能规制委员会")
# "that day" is no date (blind18 via blind26); the plant is a named works with its owner kept
# (seed CONVENTIONS; dev 20240315 国家电网…工程 with 国家电网 also an org), the country dropped
# as a leading place; 福岛 and 东京 nest in the names
project("东京电力公司福岛第一核电站")
org("东京电力公司", nested=True)
# the release plan and the draft are a programme and a document
org("日本政府")
# this year's spring-to-summer turn has no fixed bounds → the year alone (open: dev 20230808
# gave 今年秋季 the meteorological season)
date("今年", Y2023, "year")
# the international community vague
# (3) Britain: "several" media vague
date("21日", D0221, "day")
# two supermarket chains named with their kind (seed brand names; blind25 firms) (open)
org("阿斯达超市")
org("莫里森超市")

# ---------------------------------------------------------------- checks
src = SRC.read_text(encoding="utf-8")
line_start = [0]
for ln in src.split("\n"):
    line_start.append(line_start[-1] + len(ln) + 1)
pos = 0
prev_start = 0
errors = []
seen = set()
for f, line, nested in facts:
    t = f["text"]
    lo, hi = line_start[line - 1], line_start[line]
    i = src.find(t, max(prev_start if nested else pos, lo))
    if i == -1 or i + len(t) > hi:
        errors.append(f"text not found (in order) on line {line} after {pos}: {t!r}")
        continue
    if SHOW:
        print(f"{line:4d} {str(f['kind']):9s} {src[max(lo, i - 8):i]}[{t}]{src[i + len(t):i + len(t) + 8]}")
    prev_start = i
    pos = max(pos, i + len(t))
    if f["kind"] in ("project", "org", "region"):
        key = f["name"]
        if key in seen:
            errors.append(f"name listed twice: {key}")
        seen.add(key)
    if "period" in f and (f["period"] is None) != (f["period_source"] is None):
        errors.append(f"period and period_source not null together: {t!r}")
for f, line, _ in facts:
    ent = f.get("entity")
    if ent is not None and ent not in seen:
        errors.append(f"entity not listed as a name: {ent!r} for {f['text']!r}")
if errors:
    sys.exit("\n".join(errors))
if SHOW:
    sys.exit(0)
facts = [(f, line) for f, line, _ in facts if f["kind"] is not None]
for f, _ in facts:
    if isinstance(f.get("value"), float) and f["value"].is_integer():
        f["value"] = int(f["value"])

out = HERE / f"{DOC}.jsonl"
with out.open("w", encoding="utf-8") as fh:
    for f, _ in facts:
        fh.write(json.dumps({"doc": DOC, **f}, ensure_ascii=False) + "\n")

doc = {
    "doc": DOC,
    "title": "《新闻联播》 (20230222)",
    "issued": "2023-02-22",
    "year": 2023,
    "issuer": None,
    "genre": "news",
    "region": None,
    "region_code": None,
    "doc_number": None,
    "encoding": "UTF-8",
    "title_source": "the file's heading line `# 《新闻联播》 (20230222)`, as in the sibling news gold (20231008, 20221116, 20240130 and earlier)",
    "issued_source": "the file name 20230222.md and the heading 《新闻联播》 (20230222), repeated in the summary's closing stamp (20230222 19:00) and in every link to the original (tv.cctv.com/2023/02/22/…230222.shtml): the broadcast of 2023-02-22",
    "year_source": "issued's year: 2023. Relative dates resolve against 2023-02-22: 今天（2月22日） / 2月22日 / 2月22日13时许 / 22日 → 2023-02-22, 昨天（2月21日） / 2月21日下午 / 21日 → 2023-02-21, 本月6日 → 2023-02-06, 1月7日 → 2023-01-07, 今年 → 2023, 去年 → 2022, 2022年年底 → 2022-12-31; 2018年 and 2023年 as written",
    "issuer_source": "no issuer line; every story carries only the CCTV web byline, so issuer is null",
    "genre_source": "a 新闻联播 transcript: a summary list of twelve items (two of them lists of briefs, eight domestic and three international, and one more with two sub-items), then twelve news items, four of them with bold sub-headlines (the two collections of briefs, the Nord Stream and the treaty items) → news",
    "region_source": "a news file of many stories (Xi at the politburo's study session in Beijing, the mine collapse in Inner Mongolia, Xi's message to Brazil, the State Council's meeting, spring farming in six provinces, an Anhui deputy, briefs from the post office, the Yangtze, the Fujian-Kinmen-Matsu routes, patents, satellites, farm supplies, Shanghai's Lingang and Hangzhou, the UN council on Nord Stream, Russia's treaty, the Ohio derailment, Turkey, Japan and Britain): no single place, so region and region_code are null",
    "doc_number_source": "news transcript: no 发文字号",
    "encoding_source": "the file decodes as UTF-8 without a byte-order mark (first bytes 23 20 e3 80 8a = `# 《`)",
}
(HERE / f"{DOC}.doc.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")

counts = {}
for f, _ in facts:
    counts[f["kind"]] = counts.get(f["kind"], 0) + 1
print(f"{len(facts)} facts:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
