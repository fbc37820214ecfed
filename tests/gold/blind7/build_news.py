#!/usr/bin/env python3
"""Blind gold for 20240413.md (新闻联播 2024-04-13), typed by hand.

Writes 20240413.md.jsonl and 20240413.md.doc.json next to this script.
Checks: every `text` occurs in the source, the facts stand in text order (each found after
the previous one, on the source line that `at()` names), and no project/org/region name is
listed twice. No transcript text is kept here beyond the facts' text, name and subject.

usage: python3 build_news.py [SOURCE]
SOURCE defaults to shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20240413.md.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = Path("/work/shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20240413.md")
SRC = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
DOC = "20240413.md"

# ---------------------------------------------------------------- helpers
D0413 = ("2024-04-13", "2024-04-13")
Y2024 = ("2024-01-01", "2024-12-31")
Q1 = ("2024-01-01", "2024-03-31")
Y2025 = ("2025-01-01", "2025-12-31")
Y2035 = ("2035-01-01", "2035-12-31")
# "for six years" (the story's lead dates the start: 六年前的今天): year grain from 2018 up to the
# broadcast day, as 20230412 gave its five-years figures 2018-01-01..2023-04-12 and 20240315 its
# sixty-years figure 1964-01-01..2024-03-15
SIX = ("2018-01-01", "2024-04-13")

HN = dict(region="海南省", region_code="460000")
HK = dict(region="海口市", region_code="460100")
CN = dict(region="中国", region_code=None)
XJ = dict(region="新疆维吾尔自治区", region_code="650000")
GD = dict(region="广东省", region_code="440000")

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


# ================================================================ summary (lines 8-89)
# Items 1-9 are repeated by their stories' bodies: their figures and dates (2024年; the rounded
# summary form of the body's 4300多万个) are annotated once, at the body; their names count here.
at(8)
country("斯洛伐克")
at(11)
region("海南自贸港", "海南自由贸易港", None, "zone", ["海南省"])
at(14)
org("朝鲜劳动党")
at(23)
project("深中通道")
at(26)
region("新疆", "新疆维吾尔自治区", "650000", "province", [])
# Items 10, 11 and 12-16 have empty bodies (a heading and a link only): the summary is their only
# mention, so their facts are annotated here (20221110's summary-only 208亿元, 20230412's
# summary-only 两部门). With no date in the item, periods fall back to the broadcast day.
at(44)
project("中老铁路")
# the figure covers the first year of the line's international passenger trains, which the item
# marks as a first anniversary: 2023-04-13..2024-04-13
num("quantity", "70万人次", 700000, unit="人次", subject="累计发送旅客",
    period=("2023-04-13", "2024-04-13"), psrc="sentence", entity="中老铁路")
at(50)
# the Shanghai item counts a package of measures (20230412 `60条措施`, blind6 `25条举措`): no number
region("上海", "上海市", "310000", "province", [])
at(56)
num("quantity", "130名", 130, unit="名", subject="涉赌诈违法犯罪嫌疑人", period=D0413,
    psrc="document", region="柬埔寨")
country("柬埔寨")
at(59)
region("辽宁", "辽宁省", "210000", "province", [])
num("quantity", "49项", 49, unit="项", subject="重大电网工程", period=D0413, psrc="document",
    entity="辽宁", region="辽宁省", region_code="210000")
at(65)
date("明天", "2024-04-14", "2024-04-14", "day")
at(68)
foreign("加沙地带", [])
country("以色列")
org("黎巴嫩真主党武装")
at(71)
country("伊朗")
at(83)
org("国际货币基金组织")
at(86)
country("俄罗斯")
at(89)
foreign("得州", ["美国"], canonical="得克萨斯州")
# counts of the dead and the injured with no measure word (unit null, as 45.2万群众)
num("quantity", "1死", 1, unit=None, subject="死亡人数", period=D0413, psrc="document",
    entity="得州", region="美国")
num("quantity", "13伤", 13, unit=None, subject="受伤人数", period=D0413, psrc="document",
    entity="得州", region="美国")

# ================================================================ story 1: message to Slovakia
at(96)
date("4月11日", "2024-04-11", "2024-04-11", "day")
country("斯洛伐克共和国", "斯洛伐克")
date("今年", *Y2024, "year")

# ================================================================ story 2: Hainan free trade port
at(102)
date("六年前的今天", "2018-04-13", "2018-04-13", "day")
org("党中央")
region("海南", "海南省", "460000", "province", [])
region("自由贸易试验区", "中国（海南）自由贸易试验区", None, "zone", ["海南省"])
country("中国")
date("今天（4月13日）", *D0413, "day")
region("海口", "海口市", "460100", "prefecture", ["海南省"])
num("quantity", "71个", 71, unit="个", subject="参展国家和地区", period=D0413, psrc="sentence", **HK)
num("quantity", "超过4000个", 4000, unit="个", approx="超过", subject="参展品牌", period=D0413,
    psrc="sentence", **HK)
country("蒙古国")
country("马来西亚")
region("海南自由贸易港", "海南自由贸易港", None, "zone", ["海南省"])
# the six-years paragraphs: the six-year count stands in the figures' own first sentence
num("money", "超过1800亿元", 180000000000, unit=None, approx="超过", subject="离岛免税政策销售额",
    period=SIX, psrc="sentence", entity="海南", **HN)
# region: the clause's own place is China (the drugs entered China), as 20230412 gave the
# actor 美国's 50多个 the clause's place 乌克兰
num("quantity", "近400种", 400, unit="种", approx="近", subject="进入中国的国际创新药械",
    period=SIX, psrc="sentence", entity="海南", region="中国", region_code=None)
num("quantity", "8个", 8, unit="个", subject="落地的中外合作办学机构（项目）", period=SIX,
    psrc="sentence", entity="海南", **HN)
num("quantity", "149个", 149, unit="个", subject="在海南投资的国家和地区", period=SIX,
    psrc="paragraph", entity="海南", **HN)
num("quantity", "16批", 16, unit="批", subject="制度集成创新案例", period=SIX, psrc="sentence",
    entity="海南", **HN)
num("quantity", "140项", 140, unit="项", subject="制度集成创新案例", period=SIX, psrc="sentence",
    entity="海南", **HN)
num("quantity", "11项", 11, unit="项", subject="被国务院向全国复制推广的制度集成创新案例",
    period=SIX, psrc="sentence", entity="海南", **HN)
org("国务院")
date("今年", *Y2024, "year")
date("今年", *Y2024, "year")
date("今年", *Y2024, "year")
# in progress / nearly finished now: the broadcast day (20230412 gave an ongoing state the day,
# `sentence`); the sentence does not name Hainan (the previous sentence does), so entity null
num("quantity", "40多项", 40, unit="项", approx="多", subject="封关运作重点任务", period=D0413,
    psrc="sentence", **HN)
num("quantity", "31个", 31, unit="个", subject="主体工程基本完工的封关项目", period=D0413,
    psrc="sentence", **HN)

# ================================================================ story 3: Zhao Leji in Pyongyang
at(108)
date("4月13日", *D0413, "day")
country("朝鲜")
org("中共中央政治局")
org("全国人大常委会")
foreign("平壤", ["朝鲜"])
org("中共中央")
date("今年", *Y2024, "year")
org("中国共产党")
date("今年", *Y2024, "year")
date("13日下午", *D0413, "day")
org("驻朝鲜使馆")

# ================================================================ story 4: railway logistics
at(114)
date("今年一季度", *Q1, "quarter")
region("黑龙江", "黑龙江省", "230000", "province", [])
project("富锦站")
date("今年", *Y2024, "year")
org("国家铁路集团")
num("quantity", "40个", 40, unit="个", subject="铁路物流中心", period=D0413, psrc="sentence",
    entity="国家铁路集团", **CN)
org("国铁集团")
# 国铁集团 is only the source of the data here: entity null (20240723)
num("quantity", "340条", 340, unit="条", subject="铁路直通快运班列开行数量", period=D0413,
    psrc="sentence", **CN)
num("quantity", "165个", 165, unit="个", subject="铁路物流基地", period=D0413, psrc="sentence", **CN)
date("今年一季度", *Q1, "quarter")
num("quantity", "330万标箱", 3300000, unit="标箱", subject="集装箱铁水联运量", period=Q1,
    psrc="sentence", **CN)
num("growth", "同比增长11%", 11, unit="%", basis="同比", subject="集装箱铁水联运量", period=Q1,
    psrc="sentence", **CN)
# after a semicolon (a sentence end in FACTS): the quarter comes from the paragraph
num("quantity", "186个", 186, unit="个", subject="物流总包项目", period=Q1, psrc="paragraph", **CN)
# the contracted yearly volume of those projects: a scale, period and role null (blind6 年产38.8亿方)
num("quantity", "超过2.8亿吨", 280000000, unit="吨", approx="超过", subject="年合同运量",
    period=None, psrc=None, role=None, **CN)
date("今年", *Y2024, "year")

# ================================================================ story 5: trade-in of consumer goods
at(120)
org("商务部")
num("quantity", "14部门", 14, unit="部门", subject="部门", period=D0413, psrc="document", **CN)
date("2025年", *Y2025, "year")
date("2023年", "2023-01-01", "2023-12-31", "year")
num("growth", "增长50%", 50, unit="%", basis=None, subject="报废汽车回收量", period=Y2025,
    psrc="paragraph", role="target", **CN)
date("2023年", "2023-01-01", "2023-12-31", "year")
num("growth", "增长15%", 15, unit="%", basis=None, subject="废旧家电回收量", period=Y2025,
    psrc="paragraph", role="target", **CN)

# ================================================================ story 6: Shenzhen-Zhongshan link
at(126)
date("今天（4月13日）", *D0413, "day")
project("中山大桥")
num("quantity", "64辆", 64, unit="辆", subject="大货车", period=D0413, psrc="paragraph",
    entity="中山大桥", **GD)
num("quantity", "约17公里", 17, unit="公里", approx="约", subject="桥梁工程总长", period=None,
    psrc=None, role=None, entity="深中通道", **GD)
project("伶仃洋大桥")
date("今天起到4月17日", "2024-04-13", "2024-04-17", "period")
num("quantity", "约5000吨", 5000, unit="吨", approx="约", subject="大货车组最大总重", period=None,
    psrc=None, role=None, **GD)
num("quantity", "约24公里", 24, unit="公里", approx="约", subject="全长", period=None, psrc=None,
    role=None, entity="深中通道", **GD)
date("6月", "2024-06-01", "2024-06-30", "month")
region("深圳", "深圳市", "440300", "prefecture", ["广东省"])
region("中山", "中山市", "442000", "prefecture", ["广东省"])

# ================================================================ story 7: Xinjiang flower economy
at(132)
region("新源县", "新源县", "654025", "county", ["新疆维吾尔自治区", "伊犁哈萨克自治州"])
region("吐尔根乡", "吐尔根乡", None, "town", ["新疆维吾尔自治区", "伊犁哈萨克自治州", "新源县"])
# a count given by its order of magnitude (like 20230412's 近百场), approx 上; no date before it
# in its paragraph (今年 opens a later sentence), so the broadcast day
num("quantity", "上百户", 100, unit="户", approx="上", subject="吃上“旅游饭”的人家",
    period=D0413, psrc="document", entity="吐尔根乡", region="吐尔根乡", region_code=None)
date("今年", *Y2024, "year")
region("图木舒克", "图木舒克市", "659003", "county", ["新疆维吾尔自治区"])
region("和田", "和田地区", "653200", "prefecture", ["新疆维吾尔自治区"])
region("伊犁", "伊犁哈萨克自治州", "654000", "prefecture", ["新疆维吾尔自治区"])
region("博州", "博尔塔拉蒙古自治州", "652700", "prefecture", ["新疆维吾尔自治区"])
num("quantity", "40万亩左右", 400000, unit="亩", approx="左右", subject="花卉种植面积",
    period=D0413, psrc="sentence", **XJ)
num("money", "6亿元", 600000000, unit=None, subject="花卉年产值", period=D0413, psrc="sentence",
    **XJ)
date("2035年", *Y2035, "year")
num("money", "超过10亿元", 1000000000, unit=None, approx="超过", subject="花卉年销售额",
    period=Y2035, psrc="sentence", role="target", entity="新疆", **XJ)

# ================================================================ story 8: spring job campaign
at(138)
org("人力资源社会保障部")
date("2024年", *Y2024, "year")
num("quantity", "6.4万场", 64000, unit="场", subject="招聘活动", period=Y2024, psrc="sentence", **CN)
num("quantity", "4300多万个", 43000000, unit="个", approx="多", subject="发布岗位", period=Y2024,
    psrc="sentence", **CN)
date("今年", *Y2024, "year")
num("growth", "比去年增加10%", 10, unit="%", basis="比上年",
    subject="招聘活动场次数和发布岗位数量", period=Y2024, psrc="sentence", **CN)
# figures of several unnamed localities (20240723: multi-province figures → region null)
num("money", "66亿多元", 6600000000, unit=None, approx="多", subject="就业补贴", period=Y2024,
    psrc="paragraph")
num("quantity", "6万多家", 60000, unit="家", approx="多", subject="重点企业", period=Y2024,
    psrc="paragraph")
num("quantity", "40多万人次", 400000, unit="人次", approx="多", subject="用工需求", period=Y2024,
    psrc="paragraph")
org("全国人力资源市场信息监测中心")
num("percent", "三成半", 35, unit="%", subject="制造业招聘需求占比", period=Y2024, psrc="section",
    **CN)

# ================================================================ story 9: consumer goods expo opens
at(144)
date("今天（4月13日）", *D0413, "day")
country("英国")
country("新加坡")
country("韩国")
country("日本")
num("quantity", "10余个", 10, unit="个", approx="余", subject="采购团来自的重点国别和地区",
    period=D0413, psrc="section", **HN)
num("quantity", "100余名", 100, unit="名", approx="余", subject="到会的全球头部企业高管",
    period=D0413, psrc="section", **HN)

# Stories 10-16 (lines 148-188) have empty bodies; their facts are annotated at the summary.

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
    "title": "《新闻联播》 (20240413)",
    "issued": "2024-04-13",
    "year": 2024,
    "issuer": None,
    "genre": "news",
    "region": None,
    "region_code": None,
    "doc_number": None,
    "encoding": "UTF-8",
    "title_source": "the file's heading line `# 《新闻联播》 (20240413)`, as in the sibling news gold (20221110, 20221205, 20230412, 20230915, 20231115, 20240315, 20240723)",
    "issued_source": "the file name 20240413.md and the heading 《新闻联播》 (20240413), repeated in the summary's closing stamp (20240413 19:00) and in every link to the original (tv.cctv.com/2024/04/13/…240413.shtml): the broadcast of 2024-04-13",
    "year_source": "issued's year: 2024. Relative dates resolve against 2024-04-13: 今天（4月13日） / 13日下午 / 今天起 → 2024-04-13, 明天 → 2024-04-14, 今年 / 今年一季度 → 2024 / 2024 Q1, 6月 → 2024-06, 六年前的今天 → 2018-04-13",
    "issuer_source": "no issuer line; every story carries only the CCTV web byline, so issuer is null",
    "genre_source": "a 新闻联播 transcript: summary list plus sixteen news items (nine with a body, seven whose body is empty) → news",
    "region_source": "a news file of many stories (Slovakia, 海南, 平壤, national railway and consumer policy, 深中通道 in 广东, 新疆, national employment, and summary-only items from 上海, 辽宁, 柬埔寨, Gaza, Iran, Russia, Texas): no single place, so region and region_code are null",
    "doc_number_source": "news transcript: no 发文字号",
    "encoding_source": "the file decodes as UTF-8 without a byte-order mark (first bytes 23 20 e3 80 8a = `# 《`)",
}
(HERE / f"{DOC}.doc.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")

counts = {}
for f, _ in facts:
    counts[f["kind"]] = counts.get(f["kind"], 0) + 1
print(f"{len(facts)} facts:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
