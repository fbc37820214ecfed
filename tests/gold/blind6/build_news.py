#!/usr/bin/env python3
"""Blind gold for 20230915.md (新闻联播 2023-09-15), typed by hand.

Writes 20230915.md.jsonl and 20230915.md.doc.json next to this script.
Checks: every `text` occurs in the source, the facts stand in text order, and no
project/org/region name is listed twice.

usage: python3 build_news.py [SOURCE]
SOURCE defaults to /tmp/b6/20230915.md (a byte-identical copy of
shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20230915.md).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/b6/20230915.md")
if not SRC.exists():
    SRC = Path("/work/shared/corpus/news/DuckBurnIncense__xin-wen-lian-bo/news/20230915.md")
DOC = "20230915.md"

# ---------------------------------------------------------------- helpers
D0915 = ("2023-09-15", "2023-09-15")
D0914 = ("2023-09-14", "2023-09-14")
AUG = ("2023-08-01", "2023-08-31")
Y2023 = ("2023-01-01", "2023-12-31")

COUNTRY = dict(code=None, level="country", parents=[])

facts = []  # (fact, ctx)


def _per(p):
    return None if p is None else {"date_start": p[0], "date_end": p[1]}


def org(text, ctx=None):
    facts.append(({"kind": "org", "text": text, "name": text}, ctx))


def project(text, ctx=None):
    facts.append(({"kind": "project", "text": text, "name": text}, ctx))


def region(text, canonical, code, level, parents, ctx=None):
    facts.append(({"kind": "region", "text": text, "name": text, "canonical": canonical,
                   "code": code, "level": level, "parents": parents}, ctx))


def country(text, canonical=None, ctx=None):
    region(text, canonical or text, None, "country", [], ctx)


def foreign(text, parents, ctx=None):
    region(text, text, None, "other", parents, ctx)


def date(text, start, end, grain, approx=None, ctx=None):
    facts.append(({"kind": "date", "text": text, "date_start": start, "date_end": end,
                   "grain": grain, "approx": approx}, ctx))


def num(kind, text, value, *, unit, subject, period, psrc, entity=None, region=None,
        region_code=None, role="actual", approx=None, value_max=None, basis=None,
        currency="CNY", ctx=None):
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
    facts.append((f, ctx))


def cn(kind, text, value, subject, period, psrc, **kw):
    """A national figure of a 我国/全国 story: region 中国, entity null."""
    num(kind, text, value, subject=subject, period=period, psrc=psrc, region="中国",
        region_code=None, **kw)


# ================================================================ 新闻摘要
country("赞比亚", ctx="欢迎赞比亚总统访华")
country("柬埔寨", ctx="习近平会见柬埔寨首相")
# 第78届联合国大会一般性辩论: the body (the General Assembly) is named inside the session's name,
# as 20240315 took 联合国人权理事会 from 联合国人权理事会第55届会议.
org("联合国大会", ctx="第78届联合国大会")
region("温州", "温州市", "330300", "prefecture", ["浙江省"], ctx="火炬今天在温州传递")
org("联合国环境规划署", ctx="播出联合国环境规划署")
org("利比亚红新月会", ctx="16.利比亚红新月会")
org("也门胡塞武装", ctx="（1）也门胡塞武装代表团")
country("沙特", "沙特阿拉伯", ctx="赴沙特进行谈判")
org("欧洲央行", ctx="（2）欧洲央行")

# ================================================================ 1 欢迎仪式（赞比亚）
date("15日上午", *D0915, "day", ctx="习近平15日上午在人民大会堂东门外")
country("赞比亚共和国", "赞比亚", ctx="欢迎赞比亚共和国总统")
org("中共中央政治局", ctx="中共中央政治局委员、中央外事")
org("中央外事工作委员会办公室")
org("外交与国际合作部")
org("财政与国家规划部")
num("quantity", "21响", 21, unit="响", subject="礼炮", period=D0915, psrc="section")
org("中国人民解放军仪仗队", ctx="希奇莱马在习近平陪同下检阅中国人民解放军仪仗队")

# ================================================================ 2 会谈（赞比亚）
project("坦赞铁路")
country("中国", ctx="习近平强调，中国支持赞比亚")
date("明年", "2024-01-01", "2024-12-31", "year", ctx="办好明年两国建交")
org("非盟", ctx="支持非盟加入")
org("二十国集团")
date("2024年", "2024-01-01", "2024-12-31", "year", ctx="将于2024年举办")

# ================================================================ 3 会见柬埔寨首相
date("9月15日上午", *D0915, "day", ctx="9月15日上午，国家主席")
date("今年", *Y2023, "year", ctx="今年，双方开启")
# the China–Cambodia Intergovernmental Coordination Committee (again in story 9: 两国政府间协调委员会)
org("政府间协调委员会", ctx="发挥好政府间协调委员会机制")

# ================================================================ 4 海峡两岸青年发展论坛
org("中共中央", ctx="中共中央总书记、国家主席习近平15日向")
date("15日", *D0915, "day", ctx="习近平15日向第六届")
region("台湾", "台湾省", "710000", "province", [], ctx="欢迎台湾青年")
date("15日", *D0915, "day", ctx="15日在浙江杭州举办")
region("浙江", "浙江省", "330000", "province", [], ctx="在浙江杭州举办")
region("杭州", "杭州市", "330100", "prefecture", ["浙江省"], ctx="浙江杭州举办")

# ================================================================ 5 海峡时评
date("今天（9月15日）", *D0915, "day", ctx="本台今天（9月15日）")

# ================================================================ 6 中欧班列国际合作论坛 贺信
date("9月15日", *D0915, "day", ctx="9月15日，国家主席习近平向中欧班列")
org("国家发展改革委")
org("交通运输部")
org("海关总署")
org("国家铁路集团")
region("江苏", "江苏省", "320000", "province", [], ctx="国家铁路集团和江苏、内蒙古")
region("内蒙古", "内蒙古自治区", "150000", "province", [])
region("黑龙江", "黑龙江省", "230000", "province", [])
region("河南", "河南省", "410000", "province", [])
region("重庆", "重庆市", "500000", "province", [])
region("四川", "四川省", "510000", "province", [])
region("陕西", "陕西省", "610000", "province", [])
region("新疆", "新疆维吾尔自治区", "650000", "province", [])
region("江苏省", "江苏省", "320000", "province", [], ctx="在江苏省连云港市举行")
region("连云港市", "连云港市", "320700", "prefecture", ["江苏省"], ctx="江苏省连云港市举行")

# ================================================================ 7 李强会见赞比亚总统
org("国务院", ctx="国务院总理李强15日在京")
date("15日", *D0915, "day", ctx="李强15日在京会见")
org("中国共产党", ctx="在中国共产党领导下")

# ================================================================ 8 欢迎仪式（柬埔寨）
date("15日下午", *D0915, "day", ctx="15日下午，国务院总理李强")
num("quantity", "19响", 19, unit="响", subject="礼炮", period=D0915, psrc="section")

# ================================================================ 9 李强同柬埔寨首相会谈
date("今年", *Y2023, "year", ctx="今年是中柬建交65周年")

# ================================================================ 10 赵乐际会见
org("全国人大常委会", ctx="全国人大常委会委员长赵乐际")
date("15日", *D0915, "day", ctx="赵乐际15日在人民大会堂")
date("明年", "2024-01-01", "2024-12-31", "year", ctx="明年将迎来两国建交60周年")
org("中国全国人大", ctx="中国全国人大愿同赞国民议会")
org("赞国民议会")
date("9月14日下午", *D0914, "day", ctx="希奇莱马9月14日下午前往")
org("柬埔寨国会")
org("中国政府", ctx="感谢中国政府")
date("9月14日下午", *D0914, "day", ctx="洪玛奈9月14日下午前往")

# ================================================================ 11 丁薛祥出席开幕式
date("9月15日", *D0915, "day", ctx="论坛9月15日在江苏连云港开幕")
region("连云港", "连云港市", "320700", "prefecture", ["江苏省"], ctx="江苏连云港开幕")
country("哈萨克斯坦", ctx="哈萨克斯坦第一副总理")

# ================================================================ 12 韩正将出席联大
date("9月18日至23日", "2023-09-18", "2023-09-23", "period")

# ================================================================ 13 8月份国民经济
org("国务院新闻办", ctx="国务院新闻办今天（9月15日）")
date("今天（9月15日）", *D0915, "day", ctx="国务院新闻办今天（9月15日）")
org("国家统计局")
date("8月份", *AUG, "month", ctx="8月份，我国生产供给")
date("8月份", *AUG, "month", ctx="8月份，工业生产出现")
cn("growth", "同比增长4.5%", 4.5, "规模以上工业增加值", AUG, "paragraph", unit="%", basis="同比")
cn("growth", "比上月加快0.8个百分点", 0.8, "规模以上工业增加值增速", AUG, "paragraph",
   unit="pp", basis="环比")
cn("growth", "同比增长5.4%", 5.4, "装备制造业增加值", AUG, "paragraph", unit="%", basis="同比")
cn("growth", "比上月加快2.1个百分点", 2.1, "装备制造业增加值增速", AUG, "paragraph",
   unit="pp", basis="环比", ctx="装备制造业增加值同比增长5.4%，比上月加快2.1个百分点")
date("8月份", *AUG, "month", ctx="8月份，全国服务业")
cn("growth", "同比增长6.8%", 6.8, "服务业生产指数", AUG, "sentence", unit="%", basis="同比")
cn("growth", "比上月加快1.1个百分点", 1.1, "服务业生产指数增速", AUG, "sentence",
   unit="pp", basis="环比")
date("8月份", *AUG, "month", ctx="8月份，社会消费品零售总额")
cn("money", "37933亿元", 3793300000000, "社会消费品零售总额", AUG, "sentence", unit=None)
cn("growth", "同比增长4.6%", 4.6, "社会消费品零售总额", AUG, "sentence", unit="%", basis="同比")
cn("growth", "比上月加快2.1个百分点", 2.1, "社会消费品零售总额增速", AUG, "sentence",
   unit="pp", basis="环比", ctx="同比增长4.6%，比上月加快2.1个百分点")
date("8月份", *AUG, "month", ctx="8月份，固定资产投资")

# ================================================================ 14 亚运会火炬 温州
date("今天（9月15日）", *D0915, "day", ctx="火炬传递活动今天（9月15日）")
# the route's length is a size (like 全长277.42公里): period and role null
num("quantity", "9.2公里", 9.2, unit="公里", subject="火炬传递路线全长", period=None, psrc=None,
    region="温州市", region_code="330300", role=None)
num("quantity", "170名", 170, unit="名", subject="火炬手", period=D0915, psrc="paragraph",
    region="温州市", region_code="330300")

# ================================================================ 15 国内联播快讯
# (1) 运输生产
date("8月", *AUG, "month", ctx="8月，中国运输生产指数")
cn("quantity", "188.9点", 188.9, "中国运输生产指数", AUG, "sentence", unit="点")
cn("growth", "同比增长21.3%", 21.3, "中国运输生产指数", AUG, "sentence", unit="%", basis="同比")
cn("growth", "同比增长9.0%", 9.0, "货运指数", AUG, "paragraph", unit="%", basis="同比")
cn("growth", "较7月加快2.3个百分点", 2.3, "货运指数增速", AUG, "paragraph", unit="pp", basis="环比")
date("7月", "2023-07-01", "2023-07-31", "month", ctx="较7月加快")
cn("growth", "同比增长81.2%", 81.2, "客运指数", AUG, "paragraph", unit="%", basis="同比")
# (2) 世界水资源大会
date("今天（9月15日）", *D0915, "day", ctx="水资源大会今天（9月15日）在北京闭幕")
region("北京", "北京市", "110000", "province", [], ctx="在北京闭幕")
org("联合国", ctx="共同推进联合国2030年")
date("2030年", "2030-01-01", "2030-12-31", "year", ctx="联合国2030年涉水")
# (3) 养老护理职称
date("今天（9月15日）", *D0915, "day", ctx="职称体系”今天（9月15日）发布")
org("民政部")
org("江苏省政府")
# (4) 高端访谈
date("今晚（9月15日）", *D0915, "day", ctx="今晚（9月15日），总台央视新闻频道")
# (5) 大道薪火
date("今晚（9月15日）", *D0915, "day", approx="起", ctx="今晚（9月15日）起在总台")
date("1931—1935年", "1931-01-01", "1935-12-31", "year")

# ================================================================ 16 利比亚洪灾
date("14日", *D0914, "day", ctx="利比亚红新月会14日称")
country("利比亚", ctx="利比亚东部洪灾造成")
num("quantity", "超过11000人", 11000, unit="人", approx="超过", subject="死亡人数",
    period=D0914, psrc="sentence", entity="利比亚", region="利比亚")
num("quantity", "超1万人", 10000, unit="人", approx="超", subject="失踪人数",
    period=D0914, psrc="sentence", entity="利比亚", region="利比亚")
foreign("德尔纳市", ["利比亚"])
num("quantity", "两座", 2, unit="座", subject="垮塌水坝", period=D0914, psrc="paragraph",
    entity="德尔纳市", region="利比亚")
org("利比亚总统委员会")

# ================================================================ 17 俄乌
org("俄罗斯国防部")
date("14日", *D0914, "day", ctx="俄罗斯国防部14日称")
org("俄黑海舰队")
org("俄国防部")
foreign("红利曼", ["乌克兰"])
foreign("扎波罗热", ["乌克兰"])
foreign("顿涅茨克", ["乌克兰"])
country("乌克兰", ctx="乌克兰军方14日称")
date("14日", *D0914, "day", ctx="乌克兰军方14日称")
# Russia-vs-Ukraine count with no place in its clause (黑海 is a sea): entity and region null,
# as 20240723's 163架
num("quantity", "两艘", 2, unit="艘", subject="遭打击的俄军军舰", period=D0914, psrc="sentence")
org("乌克兰武装部队总参谋部")
foreign("梅利托波尔", ["乌克兰"])
foreign("巴赫穆特", ["乌克兰"])

# ================================================================ 18 国际联播快讯
org("沙特外交部")
date("14日", *D0914, "day", ctx="沙特外交部14日发布")
country("也门", ctx="就也门停火问题")
org("胡塞武装", ctx="胡塞武装当晚发布声明")
country("阿曼", ctx="在阿曼代表团陪同下")
foreign("利雅得", ["沙特阿拉伯"])
project("萨那机场")
date("14日", *D0914, "day", ctx="欧洲央行14日决定")
num("quantity", "25个基点", 25, unit="基点", subject="欧元区三大关键利率",
    period=D0914, psrc="sentence", entity="欧洲央行")
num("percent", "4.50%", 4.5, unit="%", subject="欧元区三大关键利率", period=D0914,
    psrc="sentence", entity="欧洲央行")
num("percent", "4.75%", 4.75, unit="%", subject="欧元区三大关键利率", period=D0914,
    psrc="sentence", entity="欧洲央行")
num("percent", "4.00%", 4.0, unit="%", subject="欧元区三大关键利率", period=D0914,
    psrc="sentence", entity="欧洲央行")
date("去年7月以来", "2022-07-01", "2022-07-31", "month", approx="以来")
date("2023年", *Y2023, "year", ctx="预计欧元区2023年通胀率")
num("percent", "5.6%", 5.6, unit="%", subject="欧元区通胀率", period=Y2023, psrc="sentence",
    role="forecast")
date("2023年", *Y2023, "year", ctx="将欧元区2023年经济增长预期")
num("growth", "0.7%", 0.7, unit="%", basis=None, subject="欧元区经济增长预期", period=Y2023,
    psrc="sentence", role="forecast")

# ---------------------------------------------------------------- checks
src = SRC.read_text(encoding="utf-8")
pos = 0
errors = []
seen = set()
for f, ctx in facts:
    t = f["text"]
    if ctx is not None:
        assert t in ctx, (t, ctx)
        c = src.find(ctx, pos - len(ctx) if pos > len(ctx) else 0)
        # the context must lie at or after the previous fact
        while c != -1 and c + ctx.index(t) < pos:
            c = src.find(ctx, c + 1)
        if c == -1:
            errors.append(f"context not found after {pos}: {ctx!r}")
            continue
        i = c + ctx.index(t)
    else:
        i = src.find(t, pos)
    if i == -1:
        errors.append(f"text not found (in order) after {pos}: {t!r}")
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
    "title": "《新闻联播》 (20230915)",
    "issued": "2023-09-15",
    "year": 2023,
    "issuer": None,
    "genre": "news",
    "region": None,
    "region_code": None,
    "doc_number": None,
    "encoding": "UTF-8",
    "title_source": "the file's heading line `# 《新闻联播》 (20230915)`, as in the sibling news gold (20221110, 20221205, 20230412, 20231115, 20240315, 20240723)",
    "issued_source": "the file name 20230915.md and the heading 《新闻联播》 (20230915), repeated in the summary's closing line （《新闻联播》 20230915 19:00） and in every [查看原文] link (tv.cctv.com/2023/09/15/…230915.shtml): the broadcast of 2023-09-15",
    "year_source": "issued's year: 2023. Relative dates resolve against 2023-09-15: 今天（9月15日） / 今晚（9月15日） / 15日 → 2023-09-15, 14日 → 2023-09-14, 今年 → 2023, 明年 → 2024, 去年7月 → 2022-07, 8月份 / 7月 → 2023-08 / 2023-07",
    "issuer_source": "no issuer line; every story carries only the byline 央视网消息（新闻联播）, so issuer is null",
    "genre_source": "a 新闻联播 transcript: summary list plus eighteen news items (two of them 快讯 collections) → news",
    "region_source": "a news file of many stories (Beijing state visits of Zambia and Cambodia, 杭州, 连云港, national statistics, 温州, 北京, 江苏, 利比亚, Russia/Ukraine, 沙特/也门, the euro area): no single place, so region and region_code are null",
    "doc_number_source": "news transcript: no 发文字号",
    "encoding_source": "the file decodes as UTF-8 without a byte-order mark (first bytes 23 20 e3 80 8a = `# 《`)",
}
(HERE / f"{DOC}.doc.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")

counts = {}
for f, _ in facts:
    counts[f["kind"]] = counts.get(f["kind"], 0) + 1
print(f"{len(facts)} facts:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
