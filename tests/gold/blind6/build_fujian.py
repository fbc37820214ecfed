#!/usr/bin/env python3
"""Blind gold for three excerpts of the 2025 Fujian work report (see NOTES_fujian.md).

Written by hand, without running tongbao or reading its output. Writes NAME.jsonl and
NAME.doc.json next to this script, and checks that every `text` occurs in its source in the
order listed, and that no entity name is listed twice per document.

usage: python3 build_fujian.py [SRC_DIR]   (default /tmp/b6, the cuts named in manifest.tsv)
"""
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/b6")

FJ, FJC = "福建省", "350000"
Y24 = {"date_start": "2024-01-01", "date_end": "2024-12-31"}
Y25 = {"date_start": "2025-01-01", "date_end": "2025-12-31"}

PLACES = {
    # name as written: (canonical, code, level, parents)
    "福建": ("福建省", "350000", "province", []),
    "福建省": ("福建省", "350000", "province", []),
    "中华人民共和国": ("中国", None, "country", []),
    "福州": ("福州市", "350100", "prefecture", ["福建省"]),
    "福州市": ("福州市", "350100", "prefecture", ["福建省"]),
    "厦门": ("厦门市", "350200", "prefecture", ["福建省"]),
    "莆田": ("莆田市", "350300", "prefecture", ["福建省"]),
    "三明": ("三明市", "350400", "prefecture", ["福建省"]),
    "泉州": ("泉州市", "350500", "prefecture", ["福建省"]),
    "龙岩": ("龙岩市", "350800", "prefecture", ["福建省"]),
    "平潭": ("平潭县", "350128", "county", ["福建省", "福州市"]),
}


def date(text, start, end, grain, approx=None):
    return {"kind": "date", "text": text, "date_start": start, "date_end": end,
            "grain": grain, "approx": approx}


def year(text, y, approx=None):
    return date(text, f"{y}-01-01", f"{y}-12-31", "year", approx)


SHISIWU = date("“十四五”", "2021-01-01", "2025-12-31", "period")
SHIWUWU = date("“十五五”", "2026-01-01", "2030-12-31", "period")


def region(name):
    canonical, code, level, parents = PLACES[name]
    return {"kind": "region", "text": name, "name": name, "canonical": canonical,
            "code": code, "level": level, "parents": parents}


def org(name, text=None):
    return {"kind": "org", "text": text or name, "name": name}


def project(name, text=None):
    return {"kind": "project", "text": text or name, "name": name}


class Ctx:
    """Defaults for the numeric facts of one block (period, its source, role, place)."""

    def __init__(self, period, period_source, role, reg=FJ, code=FJC):
        self.period, self.period_source, self.role = period, period_source, role
        self.reg, self.code = reg, code

    def num(self, kind, text, value, subject, unit=None, approx=None, value_max=None,
            basis=None, scope=None, entity=None, reg=None, code=None, size=False, role="", currency="CNY"):
        f = {"kind": kind, "text": text, "value": value, "approx": approx, "value_max": value_max}
        if kind == "money":
            f["currency"] = currency
            f["unit"] = None
        elif kind in ("percent", "growth"):
            f["unit"] = unit or "%"
        elif kind == "ranking":
            f["unit"] = None
            f["scope"] = scope
        else:
            f["unit"] = unit
        if kind == "growth":
            f["basis"] = basis
        f["subject"] = subject
        if size:  # sizes, specifications and thresholds: no period, no role
            f["period"], f["period_source"] = None, None
        else:
            f["period"], f["period_source"] = dict(self.period), self.period_source
        f["entity"] = entity
        f["region"] = reg if reg is not None else self.reg
        f["region_code"] = code if code is not None else self.code
        f["role"] = None if size else (self.role if role == "" else role)
        return f


# ---------------------------------------------------------------- review (lines 6-14)
S = Ctx(Y24, "sentence", "actual")   # line 4: 初步统计，2024年全省…
C = Ctx(Y24, "section", "actual")    # lines 7-9: under the review section (2024)

review = [
    year("2024年", 2024),
    region("中华人民共和国"),
    region("福建"),
    org("厦门航空"),
    org("省委"),
    year("2024年", 2024),
    S.num("money", "57761亿元", 5776100000000, "地区生产总值"),
    S.num("growth", "增长5.5%", 5.5, "地区生产总值"),
    S.num("money", "5955.6亿元", 595560000000, "一般公共预算总收入"),
    S.num("growth", "增长0.8%", 0.8, "一般公共预算总收入"),
    S.num("money", "3614.6亿元", 361460000000, "地方一般公共预算收入"),
    S.num("growth", "增长0.6%", 0.6, "地方一般公共预算收入"),
    S.num("growth", "增长3.9%", 3.9, "固定资产投资"),
    S.num("growth", "增长4.4%", 4.4, "社会消费品零售总额"),
    S.num("growth", "增长5.3%", 5.3, "出口"),
    S.num("growth", "增长4.6%", 4.6, "城镇居民人均可支配收入"),
    S.num("growth", "6.7%", 6.7, "农村居民人均可支配收入"),
    S.num("percent", "4.7%", 4.7, "城镇调查失业率"),
    S.num("growth", "下降0.1%", -0.1, "居民消费价格"),
    # （一） 产业升级步伐加快
    C.num("quantity", "2205项", 2205, "实施省重点技改项目", unit="项"),
    C.num("money", "近400亿元", 40000000000, "技改融资专项规模", approx="近"),
    C.num("quantity", "9000多家", 9000, "累计提供数字化解决方案的企业", unit="家", approx="多"),
    C.num("ranking", "保持全国第三", 3, "关键业务环节全面数字化企业占比", scope="全国"),
    region("泉州"),
    region("龙岩"),
    region("厦门"),
    C.num("quantity", "246项", 246, "工业战略性新兴产业重点项目", unit="项"),
    C.num("money", "超2200亿元", 220000000000, "工业战略性新兴产业重点项目总投资", approx="超"),
    C.num("quantity", "26兆瓦", 26, "海上风力发电机组", unit="兆瓦", size=True),
    C.num("money", "3.2万亿元", 3200000000000, "数字经济增加值", role="forecast"),
    project("海上风力发电机组地面试验平台"),
    project("绿氢中试基地"),
    region("莆田"),
    region("平潭"),
    region("福州"),
    C.num("quantity", "98个", 98, "典型应用场景", unit="个"),
    # 产业集聚效应显现
    C.num("quantity", "164条", 164, "县域重点产业链", unit="条"),
    C.num("quantity", "5个", 5, "新增国家级中小企业特色产业集群", unit="个"),
    C.num("quantity", "27.8万亩", 278000, "低效用地上图入库", unit="亩"),
    C.num("quantity", "5.6万亩", 56000, "低效用地实施再开发", unit="亩"),
    C.num("money", "超3000亿元", 300000000000, "拉动投资", approx="超"),
    C.num("quantity", "63个", 63, "省级指导评价园区", unit="个"),
    C.num("quantity", "2150万平方米", 21500000, "新改扩建产业载体", unit="平方米"),
    C.num("money", "超12.5万元", 125000, "新建成投用产业项目亩均税收", approx="超"),
    C.num("quantity", "4个", 4, "入围全国园区高质量发展百强的园区", unit="个"),
    # 产业生态持续优化
    C.num("quantity", "4个", 4, "入选国家产融合作试点城市的设区市", unit="个"),
    C.num("quantity", "109场", 109, "供需对接活动", unit="场"),
    project("泉州骨干冷链物流基地"),
    project("三明生产服务型物流枢纽"),
    C.num("quantity", "40家", 40, "新增专精特新“小巨人”企业", unit="家"),
    C.num("quantity", "11家", 11, "新增国家级制造业单项冠军企业", unit="家"),
    C.num("quantity", "8家", 8, "新增上市企业", unit="家"),
    C.num("quantity", "突破200万户", 2000000, "全省实有企业", unit="户", approx="突破"),
]

# ---------------------------------------------------------------- reform (lines 24-25)
R = Ctx(Y24, "section", "actual")    # inside part (四) of the 2024 review; heading not in the cut

reform = [
    org("省委"),
    R.num("quantity", "300多项", 300, "重要改革举措", unit="项", approx="多"),
    R.num("quantity", "7项", 7, "被中央改革办推介的改革经验", unit="项"),
    org("中央改革办"),
    region("厦门"),
    R.num("quantity", "29项", 29, "厦门综合改革试点创新举措和典型经验", unit="项",
          entity="厦门", reg="厦门市", code="350200"),
    R.num("quantity", "11个", 11, "完成机构改革的人口小县", unit="个"),
    R.num("ranking", "蝉联全国第一", 1, "工程建设项目审批制度改革评估", scope="全国"),
    R.num("quantity", "4地", 4, "入选中央财政支持普惠金融发展示范区的地方", unit="地"),
    org("省建投集团"),
    org("省产投公司"),
    region("福建"),
    region("三明"),
    region("龙岩"),
    R.num("quantity", "24个", 24, "试点特色改革项目", unit="个"),
    R.num("quantity", "两批", 2, "“高效办成一件事”事项批次", unit="批"),
    R.num("quantity", "21件", 21, "“高效办成一件事”事项", unit="件"),
    R.num("quantity", "469个", 469, "实现“数据最多采一次”的政务服务事项", unit="个"),
    R.num("percent", "90%", 90, "覆盖政务服务办件"),
    project("省一体化大融合行政执法平台"),
    project("闽政通"),
    org("省政府"),
    R.num("ranking", "全国第一", 1, "省政府门户网站绩效评估", scope="全国", entity="省政府"),
    # 开放激活力
    org("“丝路海运”联盟"),
    R.num("quantity", "343家", 343, "“丝路海运”联盟成员", unit="家", entity="“丝路海运”联盟"),
    R.num("ranking", "居全国首位", 1, "锂电池出口", scope="全国"),
    org("省招商局"),
    R.num("growth", "增长9.7%", 9.7, "新设外商投资企业"),
    R.num("money", "10亿元以上", 1000000000, "项目总投资规模", approx="以上", size=True),
    R.num("quantity", "102个", 102, "新引进落地总投资10亿元以上项目", unit="个"),
    org("中国—太平洋岛国减贫与发展合作中心"),
    org("警务培训中心"),
    project("援斐济菌草技术示范中心项目"),
    R.num("quantity", "15对", 15, "新增和达成意向友城", unit="对"),
    region("福建省"),
    region("福州市"),
]

# ---------------------------------------------------------------- plan (lines 52-53)
P = Ctx(Y25, "sentence", "target")   # 今年经济社会发展的主要预期目标是：… (one sentence)

plan = [
    year("2025年", 2025),
    SHIWUWU,
    org("省委"),
    region("福建"),
    SHISIWU,
    SHIWUWU,
    year("今年", 2025),
    P.num("growth", "增长5.0%—5.5%", 5.0, "地区生产总值", value_max=5.5),
    P.num("growth", "增长5%左右", 5, "固定资产投资", approx="左右"),
    P.num("growth", "增长5.5%左右", 5.5, "社会消费品零售总额", approx="左右"),
    P.num("growth", "增长3%左右", 3, "出口", approx="左右"),
    P.num("percent", "5%左右", 5, "城镇调查失业率", approx="左右"),
    P.num("growth", "2%左右", 2, "居民消费价格涨幅", approx="左右"),
    P.num("quantity", "511万吨以上", 5110000, "粮食产量", unit="吨", approx="以上"),
]

# ---------------------------------------------------------------- document records
REPORT = "2025年福建省政府工作报告.txt (shared/corpus/reports/alexzhu0__Jina_Embeddings_v4_RAG/txt)"
DATE_LINE = ("line 3 of the full file: 2025年1月13日在福建省第十四届人民代表大会第三次会议上"
             "福建省人民政府省长赵龙作政府工作报告")
COMMON = {
    "issued": None, "year": 2025, "issuer": "福建省人民政府", "genre": "report",
    "region": FJ, "region_code": FJC, "doc_number": None, "encoding": "UTF-8",
}
ISSUER_SRC = ("no signature line in the excerpt; it is part of the Fujian provincial government's work "
              "report (line 5 of the full file: 现在，我代表省人民政府，向大会报告工作), so the issuing body "
              "is 福建省人民政府.")
DOCS = {
    "report_fujian_2025_review.txt": (review, {
        "title": "一、牢记殷殷嘱托，在接续奋斗中新福建建设取得新成效",
        "year_source": f"the excerpt (lines 6-14 of {REPORT}) has no date line of its own; it is the 2025 report "
                       f"delivered 2025-01-13 ({DATE_LINE}), read as a reader of the whole report would "
                       "(Hunan plan, blind4, blind5), so year 2025; issued null because the excerpt states no "
                       "date. The section reviews 2024 (2024年是中华人民共和国成立75周年…; 初步统计，2024年…).",
        "issuer_source": ISSUER_SRC,
        "title_source": "no title line; the excerpt's own heading 一、牢记殷殷嘱托，在接续奋斗中新福建建设取得新成效 "
                        "(line 1, leading full-width spaces dropped).",
        "region_source": "a provincial work report: 福建 (亲临福建考察), 全省 → 福建省 350000.",
        "genre_source": "政府工作报告 → report.",
        "encoding_source": "the cut is sed output (lines 6-14) of a UTF-8 file without BOM.",
    }),
    "report_fujian_2025_reform.txt": (reform, {
        "title": "改革添动力",
        "year_source": f"the excerpt (lines 24-25 of {REPORT}) has no date line and no date; it stands in part "
                       "(四)深化改革开放… (line 23) of the section 一、牢记殷殷嘱托… (line 6), the review of 2024, "
                       f"in the report delivered 2025-01-13 ({DATE_LINE}); read as a reader of the whole report "
                       "would, so year 2025 and its figures are 2024's (period_source section). issued null.",
        "issuer_source": ISSUER_SRC,
        "title_source": "no title line and no heading (the part heading (四) is line 23, outside the cut); the "
                        "excerpt's own lead 改革添动力 (up to the first 。) is used, as blind5 Guizhou did.",
        "region_source": "a provincial work report: 福建 (聚焦福建特色), 福建省, 全省 → 福建省 350000.",
        "genre_source": "政府工作报告 → report.",
        "encoding_source": "the cut is sed output (lines 24-25) of a UTF-8 file without BOM.",
    }),
    "report_fujian_2025_plan.txt": (plan, {
        "title": "2025年是“十四五”规划收官、“十五五”规划谋划之年，也是进一步全面深化改革的重要一年",
        "year_source": f"the excerpt (lines 52-53 of {REPORT}) has no date line; it is the 2025 report delivered "
                       f"2025-01-13 ({DATE_LINE}) and its own text makes 2025 current (2025年是…之年; 今年…主要预期"
                       "目标), so year 2025 and 今年 = 2025. issued null because the excerpt states no date.",
        "issuer_source": ISSUER_SRC,
        "title_source": "no title line and no heading (the section heading 二、牢记历史使命，在中国式现代化建设中奋勇"
                        "争先 is line 49, outside the cut); the excerpt's own lead, its first sentence up to 。, "
                        "is used, as blind5 Guizhou did. A reader could set it to null.",
        "region_source": "a provincial work report: 福建 (展示福建新形象), 全省 → 福建省 350000.",
        "genre_source": "政府工作报告 → report.",
        "encoding_source": "the cut is sed output (lines 52-53) of a UTF-8 file without BOM.",
    }),
}


def check(name, facts, src):
    pos = 0
    seen = set()
    for f in facts:
        i = src.find(f["text"], pos)
        if i < 0:
            where = "anywhere" if f["text"] not in src else f"after offset {pos}"
            raise SystemExit(f"{name}: text {f['text']!r} ({f['kind']}) not found {where}")
        pos = i + 1
        if f["kind"] in ("project", "org", "region"):
            key = (f["kind"], f["name"])
            if f["name"] in {n for _, n in seen}:
                raise SystemExit(f"{name}: name {f['name']!r} listed twice")
            seen.add(key)
        if f["kind"] == "region":
            assert f["name"] in PLACES
        if "period" in f:
            assert (f["period"] is None) == (f["period_source"] is None), f
            if f["entity"] is not None:
                assert f["entity"] in {n for _, n in seen}, f"entity {f['entity']!r} is not a listed name"


def main():
    for name, (facts, meta) in DOCS.items():
        src = (SRC / name).read_text(encoding="utf-8")
        check(name, facts, src)
        with open(OUT / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for f in facts:
                fh.write(json.dumps({"doc": name, **f}, ensure_ascii=False) + "\n")
        rec = {"doc": name, "title": meta["title"], **COMMON,
               **{k: v for k, v in meta.items() if k.endswith("_source")}}
        with open(OUT / f"{name}.doc.json", "w", encoding="utf-8") as fh:
            json.dump(rec, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        kinds = {}
        for f in facts:
            kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
        print(name, len(facts), dict(sorted(kinds.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
