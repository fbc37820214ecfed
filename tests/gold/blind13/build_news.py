#!/usr/bin/env python3
"""Blind gold for 20240906.md (新闻联播 2024-09-06), typed by hand.

Writes 20240906.md.jsonl and 20240906.md.doc.json next to this script.
Checks: every `text` occurs in the source, the facts stand in text order (each found after
the previous one, on the source line that `at()` names), no project/org/region name is listed
twice, and period and period_source are null together. `skip(text)` moves past one unannotated
occurrence (a name nested in a longer name). No transcript text is kept here beyond the facts'
text, name and subject.

usage: python3 build_news.py [SOURCE]
SOURCE defaults to shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20240906.md.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = Path("/work/shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20240906.md")
SRC = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
DOC = "20240906.md"

# ---------------------------------------------------------------- helpers
D0906 = ("2024-09-06", "2024-09-06")
D0905 = ("2024-09-05", "2024-09-05")
D0731 = ("2024-07-31", "2024-07-31")
M07 = ("2024-07-01", "2024-07-31")
JAN_JUL = ("2024-01-01", "2024-07-31")   # 今年前7个月
Y2024 = ("2024-01-01", "2024-12-31")

CN = dict(region="中国", region_code=None)
ZJ = dict(region="浙江省", region_code="330000")

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


# ================================================================ summary (lines 5-117)
# Items 1-6 (Xi's talks and meetings of 5-6 September) and 25-26 (the financial briefing, the
# Hangzhou-Wenzhou railway) have bodies; their summary lines carry no figure or date, so only
# their names count here (deduplicated by name). Items 7-24 and 27-32 have empty bodies (heading
# and link only): the summary is their only mention, so their figures, dates and names are
# annotated here (blind7 20240413). With no date in those items, figures take the broadcast day
# (`document`).
at(8)
# 总统 is an office: the country stands alone; canonical as 20240315 gave 刚果（布）
country("刚果（布）", "刚果共和国")
at(11)
country("纳米比亚")
at(14)
country("加纳")
at(17)
country("卢旺达")
at(20)
country("几内亚比绍")
at(23)
country("索马里")
at(26)
country("布隆迪")
at(29)
country("利比里亚")
at(32)
# the Sovereignty Council, named with its kind (委员会): an org; 苏丹 is nested in its name
org("苏丹主权委员会")
at(35)
country("圣多美和普林西比")
# line 38: the summit and the forum are events (20240315 中非合作论坛); 北京 is nested in the
# summit's name. Line 41: an event with an ordinal.
at(44)
country("埃塞俄比亚")
at(50)
country("喀麦隆")
at(53)
country("赞比亚")
at(65)
country("加蓬")
at(68)
country("科特迪瓦")
# line 77: an event with an ordinal; line 80: a briefing series (event)
at(83)
project("杭温高铁")
# the standard name of a development area, level other (blind4 长三角, blind9 news 京津冀)
region("长三角", None, None, "other", None)
at(86)
# a delegation is not an org (blind6 阿曼代表团): 中国 stands alone; the games' edition is an
# ordinal; "on a single day" is no fixed day
country("中国")
num("quantity", "12枚", 12, unit="枚", subject="单日获得金牌", period=D0906, psrc="document",
    entity="中国", **CN)
at(95)
# 中国 is nested in the index's name (it counts from line 86)
date("9月份", "2024-09-01", "2024-09-30", "month")
at(98)
# a named air corridor, named by its two ends like a railway line; the airspace plan is a plan
project("沪昆空中大通道")
at(101)
# the programme title in 《》 is not a name
date("今晚", *D0906, "day")
country("津巴布韦")
at(104)
# 俄, 乌: one character. The parliament named in full (乌克兰 nested, like 俄罗斯国防部)
org("乌克兰最高拉达")
num("quantity", "9名", 9, unit="名", subject="内阁部长", period=D0906, psrc="document",
    entity="乌克兰最高拉达", region="乌克兰", region_code=None)
at(107)
# 以军: an abbreviation
country("巴勒斯坦")
org("联合国")
foreign("加沙地带", [])
at(113)
# extended "until the end of November" (CONVENTIONS `到2018年`, `X月底`); the producers are generic
date("11月底", "2024-11-30", "2024-11-30", "day", approx="底")
at(116)
# the think tanks are generic: 德国 stands alone; 德 is one character; stagnation is no figure
country("德国")
date("今年", *Y2024, "year")

# ================================================================ story 1: Xi and the Congolese president
at(123)
date("9月6日上午", *D0906, "day")
# 北京 before the Great Hall is taken at its plain use in story 5; 人民大会堂 is a building;
# the forum and its Beijing summit are events; 非洲 is a continent
date("2013年", "2013-01-01", "2013-12-31", "year")
# the 60th anniversary and "the next 60 years" are not dates; the four roles and the five
# principles are labels
date("今年", *Y2024, "year")
# counted back from the day of the talks (blind10 两年前); "60 years since" is a duration
date("60年前", "1964-01-01", "1964-12-31", "year")
# a named government (blind12 俄罗斯政府)
org("中国政府")
# the opening of the summit, the day before the talks
date("昨天", *D0905, "day")
# the joint statement's title in 《》: names nested in it are not annotated

# ================================================================ story 2: Xi and the Namibian president
at(129)
date("9月5日下午", *D0905, "day")
org("中国共产党")
# the party taken whole with its country (blind7 黎巴嫩真主党武装), and its own name (two names,
# blind10 也门胡塞武装 / 胡塞武装); the first occurrence of the short name is nested
org("纳米比亚西南非洲人民组织")
skip("西南非洲人民组织")
org("西南非洲人民组织")
# the UN Summit of the Future is an event
# the president speaks on 5 September (the meeting's day in the lead): his "this morning" is
# the summit's opening on 5 September, the same event that story 1 (6 September) calls 昨天
date("今天上午", *D0905, "day")
# a count of documents (blind12 两次, blind10 两省); the summit's documents: no single place
num("quantity", "两份", 2, unit="份", subject="论坛峰会通过的成果文件", period=D0905,
    psrc="sentence")

# ================================================================ story 3: Xi and the Ghanaian president
at(135)
date("9月5日下午", *D0905, "day")
# New China names an era, not a place (blind4, blind5); the "second country" is an ordinal, not a
# ranking; "64 years since" and "over 60 years" are durations
date("2024－2026年", "2024-01-01", "2026-12-31", "year")
org("联合国人权理事会")
date("今天上午", *D0905, "day")

# ================================================================ story 4: Xi and the Rwandan president
at(141)
date("9月5日晚", *D0905, "day")
org("卢旺达爱国阵线")
org("卢旺达大学孔子学院")
# the Luban Workshop: a named cooperation project of vocational training
project("鲁班工坊")
date("2018年", "2018-01-01", "2018-12-31", "year")
# the three global initiatives are a label; the statement title in 《》 is not annotated

# ================================================================ story 5: Xi and the president of Guinea-Bissau
at(147)
date("9月5日晚", *D0905, "day")
date("今年", *Y2024, "year")
region("北京", "北京市", "110000", "province", [])

# ================================================================ story 6: Xi and the Somali president
at(153)
date("9月6日上午", *D0906, "day")
# the international peacekeeping operation is a programme, not a project
org("联合国安理会")
org("东非共同体")
date("昨天", *D0905, "day")

# ================================================================ story 25: financial policy briefing
at(267)
org("国务院新闻办公室")
date("5日", *D0905, "day")
org("中国人民银行")
org("国家外汇管理局")
date("今年以来", *Y2024, "year", approx="以来")
date("7月", *M07, "month")
# the bank is the informant: entity null; national figures → 中国
num("percent", "3.65%", 3.65, unit="%", subject="新发放的企业贷款加权平均利率", period=M07,
    psrc="sentence", **CN)
# basis points stay a quantity (20230808, 20240315 `比上年同期低11个基点`)
num("quantity", "同比下降22个基点", 22, unit="基点", subject="新发放的企业贷款加权平均利率",
    period=M07, psrc="sentence", **CN)
org("人民银行")
date("今年前7个月", *JAN_JUL, "month")
num("money", "接近23万亿美元", 23000000000000, unit=None, currency="USD", approx="接近",
    subject="外汇市场总成交规模", period=JAN_JUL, psrc="sentence", **CN)
date("7月末", *D0731, "day", approx="末")
# the record high is not a ranking
num("money", "4.5万亿元", 4500000000000, unit=None, subject="境外投资者持有我国债券",
    period=D0731, psrc="sentence", **CN)
# no date in their sentence: the nearest earlier date of the paragraph (7月末)
num("percent", "6%", 6, unit="%", subject="人民币在全球贸易融资中的占比", period=D0731,
    psrc="paragraph", **CN)
num("ranking", "排名第二位", 2, unit=None, scope="全球", subject="人民币在全球贸易融资中的占比",
    period=D0731, psrc="paragraph", **CN)

# ================================================================ story 26: Hangzhou-Wenzhou railway
at(273)
date("今天（9月6日）早上9时", *D0906, "day")
# a count of the two first trains (20230621 `108列`); the train type is a model name
num("quantity", "两列", 2, unit="列", subject="首发列车", period=D0906, psrc="sentence",
    entity="杭温高铁", **ZJ)
# stations (blind7 富锦站); the cities nested in them count from their own uses
project("杭州西站")
project("温州北站")
region("浙江", "浙江省", "330000", "province", [])
region("杭州", "杭州市", "330100", "prefecture", ["浙江省"])
region("温州", "温州市", "330300", "prefecture", ["浙江省"])
# a specification: period and role null (20230412 设计时速 `350公里`); the travel time is a duration
num("quantity", "350公里", 350, unit="公里", subject="最高运营时速", period=None, psrc=None,
    entity="杭温高铁", role=None, **ZJ)
# the reform pilot and the demonstration project are designations, not names

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
    "title": "《新闻联播》 (20240906)",
    "issued": "2024-09-06",
    "year": 2024,
    "issuer": None,
    "genre": "news",
    "region": None,
    "region_code": None,
    "doc_number": None,
    "encoding": "UTF-8",
    "title_source": "the file's heading line `# 《新闻联播》 (20240906)`, as in the sibling news gold (20221110, 20221205, 20230412, 20230621, 20230808, 20230915, 20231102, 20231115, 20231220, 20240315, 20240413, 20240522, 20240618, 20240723)",
    "issued_source": "the file name 20240906.md and the heading 《新闻联播》 (20240906), repeated in the summary's closing stamp (20240906 19:00) and in every link to the original (tv.cctv.com/2024/09/06/…240906.shtml): the broadcast of 2024-09-06",
    "year_source": "issued's year: 2024. Relative dates resolve against 2024-09-06: 今天（9月6日）早上9时 / 今晚 / 9月6日上午 → 2024-09-06, 昨天 / 5日 / 9月5日下午 / 9月5日晚 → 2024-09-05, 今年 / 今年以来 → 2024, 今年前7个月 / 7月 / 7月末 / 9月份 / 11月底 → months of 2024, 60年前 → 1964. The president's 今天上午 in the two meetings of 5 September is that day (the summit's opening, which the 6 September stories call 昨天)",
    "issuer_source": "no issuer line; every story carries only the CCTV web byline, so issuer is null",
    "genre_source": "a 新闻联播 transcript: summary list plus thirty-two news items (two of them collections of briefs), eight with a body and the others with a heading and a link only → news",
    "region_source": "a news file of many stories (Beijing meetings with African leaders during the China-Africa summit, the national financial briefing, the Zhejiang railway, the Paralympics, Ukraine, Gaza, the oil producers, Germany): no single place, so region and region_code are null",
    "doc_number_source": "news transcript: no 发文字号",
    "encoding_source": "the file decodes as UTF-8 without a byte-order mark (first bytes 23 20 e3 80 8a = `# 《`)",
}
(HERE / f"{DOC}.doc.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")

counts = {}
for f, _ in facts:
    counts[f["kind"]] = counts.get(f["kind"], 0) + 1
print(f"{len(facts)} facts:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
