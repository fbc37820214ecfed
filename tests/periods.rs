//! What the document model gives each figure (issue #13): its period with `period_source`, its
//! role across a list, its entity from its own sentence, and a news file's repeats counted once.
mod common;
use serde_json::Value;

/// The facts `tongbao extract` prints for a file of this name and text (read as a user's file is).
fn facts(name: &str, text: &str) -> Vec<Value> {
    // one folder per call: tests run in parallel and share a process id
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("tongbao-periods-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    let out = std::process::Command::new(common::bin())
        .arg("extract")
        .arg(&path)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn figure<'a>(facts: &'a [Value], text: &str) -> &'a Value {
    let numeric = ["money", "quantity", "percent", "growth", "ranking"];
    facts
        .iter()
        .find(|f| numeric.contains(&f["kind"].as_str().unwrap()) && f["text"] == text)
        .unwrap_or_else(|| panic!("no figure `{text}` in {facts:?}"))
}

fn period(f: &Value) -> (String, String, String) {
    let p = &f["period"];
    let s = |v: &Value| v.as_str().unwrap_or("none").to_string();
    (
        s(&p["date_start"]),
        s(&p["date_end"]),
        s(&f["period_source"]),
    )
}

#[test]
fn a_compared_year_is_not_the_period_and_the_section_gives_it() {
    let got = facts(
        "r.txt",
        "某省政府工作报告\n一、2024年工作回顾\n全省粮食产量比2023年增长2.1%，达到650亿斤。\n",
    );
    assert_eq!(
        period(figure(&got, "增长2.1%")),
        ("2024-01-01".into(), "2024-12-31".into(), "section".into())
    );
}

#[test]
fn since_runs_to_the_documents_day_and_now_is_the_broadcast_day() {
    let text = "# 《新闻联播》 (20230808)\n## 详细新闻\n### 某国加息\n据记者了解，去年3月以来，该行已11次加息。\n当前，全国新能源汽车占比已超过13%。\n";
    let got = facts("20230808.md", text);
    assert_eq!(
        period(figure(&got, "11次")),
        ("2022-03-01".into(), "2023-08-08".into(), "sentence".into())
    );
    assert_eq!(
        period(figure(&got, "超过13%")),
        ("2023-08-08".into(), "2023-08-08".into(), "sentence".into())
    );
}

#[test]
fn a_news_figure_without_a_date_takes_the_broadcast_day_and_repeats_count_once() {
    let text = "# 《新闻联播》 (20240723)\n## 新闻摘要\n1.全国夏粮产量增长3.5%；\n## 详细新闻\n### 全国夏粮产量增长3.5%\n记者从农业部门获悉，全国夏粮产量增长3.5%，总产量达到2996亿斤。\n";
    let got = facts("20240723.md", text);
    let growth: Vec<&Value> = got.iter().filter(|f| f["kind"] == "growth").collect();
    assert_eq!(growth.len(), 1, "{growth:?}");
    assert_eq!(
        period(growth[0]),
        ("2024-07-23".into(), "2024-07-23".into(), "document".into())
    );
}

#[test]
fn a_headline_giving_its_storys_figure_round_counts_it_once() {
    let text = "# 《新闻联播》 (20231115)\n## 详细新闻\n### 中国电影票房今年已超500亿元\n截至11月14日，今年电影票房为500.01亿元，其中国产影片票房为419.89亿元。\n### 某港吞吐量超80万标箱\n某港今年吞吐量达到91万标箱。\n";
    let got = facts("20231115.md", text);
    let money: Vec<&str> = got
        .iter()
        .filter(|f| f["kind"] == "money")
        .map(|f| f["text"].as_str().unwrap())
        .collect();
    assert_eq!(money, ["500.01亿元", "419.89亿元"]);
    // 91 is not 80 given round: the headline's figure stands
    let boxes: Vec<&str> = got
        .iter()
        .filter(|f| f["kind"] == "quantity")
        .map(|f| f["text"].as_str().unwrap())
        .collect();
    assert_eq!(boxes, ["超80万标箱", "91万标箱"]);
}

#[test]
fn a_target_list_governs_the_sentences_after_its_colon() {
    let got = facts("r.txt", "某省政府工作报告\n今年主要预期目标是：地区生产总值增长5.5%左右。城镇新增就业60万人以上。粮食产量稳定在700亿斤。\n");
    for t in ["增长5.5%左右", "60万人以上", "700亿斤"] {
        assert_eq!(figure(&got, t)["role"], "target", "{t}");
    }
}

#[test]
fn an_entity_is_named_in_the_figures_own_sentence() {
    let got = facts(
        "b.txt",
        "青溪县农业科技有限公司扩建厂房。全县新增就业1200人。\n",
    );
    assert_eq!(figure(&got, "1200人")["entity"], Value::Null);
}

#[test]
fn a_year_tied_to_its_figure_dates_it_and_a_year_gone_by_is_no_target() {
    let text = "2026年某省政府工作报告\n（2026年1月20日在某省第十四届人民代表大会第四次会议上）\n一、“十四五”时期主要成就\n全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元。\n";
    let got = facts("r.txt", text);
    let start = figure(&got, "3.68万亿元");
    assert_eq!(
        period(start),
        ("2020-01-01".into(), "2020-12-31".into(), "sentence".into())
    );
    let end = figure(&got, "4.93万亿元");
    assert_eq!(
        period(end),
        ("2025-01-01".into(), "2025-12-31".into(), "sentence".into())
    );
    assert_eq!(end["role"], "actual");
}

#[test]
fn a_bound_in_a_section_of_plans_is_a_target() {
    let text = "2025年某市政府工作报告\n（2025年1月10日）\n二、2025年工作安排\n实现城镇新增就业不少于26万人，加快100个技改项目建设。\n";
    let got = facts("r.txt", text);
    assert_eq!(figure(&got, "不少于26万人")["role"], "target");
    assert_eq!(figure(&got, "100个")["role"], "actual");
}

#[test]
fn a_year_as_of_a_day_ends_there_and_listed_compared_months_are_no_period() {
    let text = "# 《新闻联播》 (20231115)\n## 详细新闻\n### 税收回升\n国家电影局今天（11月15日）发布，截至11月14日，今年全国总票房为500.01亿元。\n10月份，国内增值税增长4.1%，增幅比8月份、9月份分别回升2.3个和2.1个百分点。\n";
    let got = facts("20231115.md", text);
    assert_eq!(
        period(figure(&got, "500.01亿元")),
        ("2023-01-01".into(), "2023-11-14".into(), "sentence".into())
    );
    let second = got
        .iter()
        .find(|f| f["kind"] == "growth" && f["value"] == 2.1 && f["unit"] == "pp")
        .expect("2.1 points");
    assert_eq!(
        period(second),
        ("2023-10-01".into(), "2023-10-31".into(), "sentence".into())
    );
    // the months compared with are no list of subjects: the rate is the earlier figure's
    assert_eq!(second["subject"], "国内增值税增幅");
}

#[test]
fn a_date_in_a_later_clause_is_not_the_period_of_the_figures_before_it() {
    let text = "某省政府工作报告\n一、2025年工作回顾\n全省经济稳中有进，地区生产总值增长5.3%，粮食产量1280万吨，节能降耗完成“十四五”目标。\n";
    let got = facts("r.txt", text);
    assert_eq!(
        period(figure(&got, "增长5.3%")),
        ("2025-01-01".into(), "2025-12-31".into(), "section".into())
    );
    assert_eq!(
        period(figure(&got, "1280万吨")),
        ("2025-01-01".into(), "2025-12-31".into(), "section".into())
    );
    // in its own clause a date after the figure still dates it
    let got = facts(
        "s.txt",
        "某市统计公报\n全市完成投资120亿元（2024年），同比增长3%。\n",
    );
    assert_eq!(period(figure(&got, "120亿元")).0, "2024-01-01");
}

#[test]
fn an_entity_is_the_figures_clause_or_the_sentences_topic_never_a_name_inside_another_clause() {
    let text = "浙江省政府工作报告\n一、2025年工作回顾\n积极应对美国加征关税影响，出台稳外贸举措，外贸出口增长7.2%。\n区财政局统筹资金，其中：拨付专项资金300万元。\n国家统计局今天发布，全国居民消费价格同比上涨0.2%。\n在市人大监督支持下，我们推动经济向好，全市地区生产总值达到3000亿元。\n";
    let got = facts("r.txt", text);
    assert!(
        figure(&got, "增长7.2%")["entity"].is_null(),
        "{:?}",
        figure(&got, "增长7.2%")
    );
    assert_eq!(figure(&got, "增长7.2%")["region"], "浙江省");
    assert_eq!(figure(&got, "300万元")["entity"], "区财政局");
    assert!(
        figure(&got, "同比上涨0.2%")["entity"].is_null(),
        "a body reporting a figure is its source"
    );
    assert!(
        figure(&got, "3000亿元")["entity"].is_null(),
        "`在…下` is a condition, no topic"
    );
}

#[test]
fn a_date_inside_a_works_name_dates_none_of_the_figures_after_it() {
    let text = "某省政府工作报告\n一、2024年工作回顾\n建成投产青溪酒业“十四五”技改一期等项目，新增优质白酒产能5万千升。\n";
    let got = facts("r.txt", text);
    assert_eq!(
        period(figure(&got, "5万千升")),
        ("2024-01-01".into(), "2024-12-31".into(), "section".into())
    );
}

#[test]
fn an_excerpt_without_a_date_is_dated_by_the_year_its_review_looks_back_on() {
    let text = "一、2024年工作回顾\n过去一年，全省地区生产总值增长5.5%。\n";
    let got = facts("r.txt", text);
    assert_eq!(
        period(figure(&got, "增长5.5%")),
        ("2024-01-01".into(), "2024-12-31".into(), "sentence".into())
    );
}

#[test]
fn a_since_a_few_words_after_its_date_and_a_now_after_the_date_hold() {
    let text = "# 《新闻联播》 (20230412)\n## 详细新闻\n### 某新区发展\n记者了解到，某新区2018年6月成立以来，平均每年有5000多家企业落户，目前园区有龙头企业193家。\n";
    let got = facts("20230412.md", text);
    assert_eq!(
        period(figure(&got, "5000多家")),
        ("2018-06-01".into(), "2023-04-12".into(), "sentence".into())
    );
    assert_eq!(
        period(figure(&got, "193家")),
        ("2023-04-12".into(), "2023-04-12".into(), "sentence".into())
    );
}

#[test]
fn a_date_a_verb_after_the_figure_takes_as_object_is_not_its_period() {
    let text = "青溪县工作动态\n县发改委等四部门联合部署2025年重点项目工作，全县新开工项目12个。\n";
    let got = facts("q.txt", text);
    assert_ne!(
        period(figure(&got, "四部门")).0,
        "2025-01-01",
        "{:?}",
        figure(&got, "四部门")
    );
}

#[test]
fn a_day_with_its_hours_dates_the_sentences_after_it() {
    let text = "# 《新闻联播》 (20221205)\n## 详细新闻\n### 疫情通报\n卫生部门今天（12月5日）通报，12月4日0—24时，各地报告新增确诊病例4318例。新增无症状感染者25696例，其中境外输入219例。\n";
    let got = facts("20221205.md", text);
    assert_eq!(
        period(figure(&got, "4318例")),
        ("2022-12-04".into(), "2022-12-04".into(), "sentence".into())
    );
    assert_eq!(
        period(figure(&got, "25696例")),
        ("2022-12-04".into(), "2022-12-04".into(), "paragraph".into())
    );
}

#[test]
fn a_count_of_years_up_to_now_runs_a_news_figure_from_that_year_to_the_broadcast_day() {
    let text = "# 《新闻联播》 (20230412)\n## 详细新闻\n### 要闻\n据记者了解，今天北京有雨。\n### 海南自贸港\n五年来，一系列顶层设计有力有序。180多项政策文件相继落地实施。\n两国建交60年来，他16次访问中国。\n今年天然气探明储量超1200亿立方米，创十年来新高。\n";
    let got = facts("20230412.md", text);
    assert_eq!(
        period(figure(&got, "180多项")),
        ("2018-01-01".into(), "2023-04-12".into(), "paragraph".into())
    );
    assert_eq!(
        period(figure(&got, "16次")),
        ("1963-01-01".into(), "2023-04-12".into(), "sentence".into())
    );
    // a record's reach is no period: the figure keeps its own year
    assert_eq!(
        period(figure(&got, "超1200亿立方米")),
        ("2023-01-01".into(), "2023-12-31".into(), "sentence".into())
    );
}

#[test]
fn a_start_from_on_runs_to_the_broadcast_day_and_a_base_month_is_no_period() {
    let text = "# 《新闻联播》 (20221205)\n## 详细新闻\n### 欧佩克\n据记者了解，主要产油国自今年11月起，在8月产量的基础上将月度产量日均下调200万桶。\n";
    let got = facts("20221205.md", text);
    assert_eq!(
        period(figure(&got, "200万桶")),
        ("2022-11-01".into(), "2022-12-05".into(), "sentence".into())
    );
}

#[test]
fn a_part_of_the_figure_before_takes_its_time() {
    let text = "# 《新闻联播》 (20230113)\n## 详细新闻\n### 外贸创新高\n海关统计显示，2022年我国外贸进出口总值42.07万亿元，比2021年增长7.7%。其中，出口23.97万亿元，增长10.5%。\n### 物流需求恢复\n中国物流与采购联合会今天公布，1—10月份，全国社会物流总额278.3万亿元。具体来看，10月份工业品物流中，有超过七成行业物流总额实现增长。其中，装备制造物流总额同比增长6.2%。\n";
    let got = facts("20230113.md", text);
    // the compared year (`比2021年`) is passed over; the sentence's own year holds
    assert_eq!(
        period(figure(&got, "增长10.5%")),
        ("2022-01-01".into(), "2022-12-31".into(), "paragraph".into())
    );
    // the date that opens the sentence before, not the broadcast day
    assert_eq!(
        period(figure(&got, "同比增长6.2%")),
        ("2023-10-01".into(), "2023-10-31".into(), "paragraph".into())
    );
}

#[test]
fn a_storys_lead_day_without_its_month_dates_the_story() {
    let text = "# 《新闻联播》 (20230621)\n## 详细新闻\n### 中德政府磋商\n央视网消息（新闻联播）：当地时间20日上午，国务院总理李强在柏林同德国总理朔尔茨共同主持第七轮中德政府磋商。两国总理听取了双方外交、经贸等22个部门负责人的汇报。\n";
    let got = facts("20230621.md", text);
    assert_eq!(
        period(figure(&got, "22个")),
        ("2023-06-20".into(), "2023-06-20".into(), "section".into())
    );
}

#[test]
fn a_start_opening_its_clause_dates_the_figures_after_it_and_one_inside_a_clause_does_not() {
    let text = "# 《新闻联播》 (20221205)\n## 详细新闻\n### 俄乌\n央视网消息（新闻联播）：俄罗斯国防部4日称，俄军摧毁了乌军的燃料库。从5日开始，欧盟对俄海运出口原油每桶60美元价格上限的协议正式生效。\n";
    let got = facts("20221205.md", text);
    assert_eq!(
        period(figure(&got, "60美元")),
        ("2022-12-05".into(), "2022-12-05".into(), "sentence".into())
    );
    let text = "某区经济运行情况\n2023年一季度\n一季度易捷特车型从3月开始销路下滑，全区规上工业企业利润同比下降39.1%。\n";
    let got = facts("r.txt", text);
    assert_ne!(period(figure(&got, "同比下降39.1%")).0, "2023-03-01");
}

#[test]
fn a_news_month_takes_the_broadcast_year_not_a_year_an_earlier_sentence_forecast_for() {
    let text = "# 《新闻联播》 (20241015)\n## 详细新闻\n### 要闻\n据记者了解，今天北京有雨。\n### 欧佩克下调需求预期\n欧佩克14日发布报告，下调对2025年全球石油需求预期。这是该组织继8月之后的第三次下调，需求增长量预期下调至164万桶。\n";
    let got = facts("20241015.md", text);
    let august = got
        .iter()
        .find(|f| f["kind"] == "date" && f["text"] == "8月")
        .expect("the month is a date");
    assert_eq!(august["date_start"], "2024-08-01");
}

#[test]
fn a_year_and_its_quarters_reported_early_the_next_year_are_that_years() {
    let text = "# 《新闻联播》 (20240117)\n## 详细新闻\n### 要闻\n据记者了解，今天北京有雪。\n### 国民经济运行情况\n国务院新闻办公室今天举行新闻发布会，介绍国民经济运行情况。\n初步核算，全年国内生产总值1260582亿元，按不变价格计算，比上年增长5.2%。分季度看，一季度国内生产总值同比增长4.5%，四季度增长5.2%。\n各地力争一季度实现开门红，一季度开工重点项目550个。\n";
    let got = facts("20240117.md", text);
    let year = ("2023-01-01".to_string(), "2023-12-31".to_string());
    for fig in ["1260582亿元", "比上年增长5.2%"] {
        let (a, b, _) = period(figure(&got, fig));
        assert_eq!((a, b), year, "{fig}");
    }
    let (a, b, _) = period(figure(&got, "增长5.2%"));
    assert_eq!((a.as_str(), b.as_str()), ("2023-10-01", "2023-12-31"));
    // a quarter aimed at, or under way with no change measured, is this year's
    let (a, _, _) = period(figure(&got, "550个"));
    assert_eq!(a, "2024-01-01");
}

#[test]
fn now_in_a_report_of_an_earlier_day_is_that_day() {
    let text = "# 《新闻联播》 (20240117)\n## 详细新闻\n### 要闻\n据记者了解，今天北京有雪。\n### 美国遭遇冬季风暴\n据美国媒体16日报道，美国目前有23个州正受到冬季风暴影响。\n";
    let got = facts("20240117.md", text);
    let (a, b, _) = period(figure(&got, "23个"));
    assert_eq!((a.as_str(), b.as_str()), ("2024-01-16", "2024-01-16"));
}

/// An excerpt of a report that opens with its review's lead (`这五年，…`, as `五年来，…`) reviews
/// those years, though a document's first line is most often its title; a titled report's year
/// before its first heading stays the year it reviews.
#[test]
fn an_excerpt_opening_with_these_five_years_reviews_them() {
    let text = "这五年，我们坚持稳中求进，经济实力持续增强。\n地区生产总值突破3万亿元、年均增长5.5%，城镇新增就业累计150万人。\n";
    let facts = facts("report_test_2026_fiveyear.txt", text);
    for fig in ["突破3万亿元", "年均增长5.5%", "150万人"] {
        let p = period(figure(&facts, fig));
        assert_eq!(
            p,
            ("2021-01-01".into(), "2025-12-31".into(), "section".into()),
            "{fig}"
        );
    }
    // an item of a list of such paragraphs opens with a dash
    let dashed = "——这五年，综合实力大幅跃升。地区生产总值突破5万亿元，年均增长5.8%。\n";
    let facts = self::facts("report_test_2026_fiveyear.txt", dashed);
    for fig in ["突破5万亿元", "年均增长5.8%"] {
        let p = period(figure(&facts, fig));
        assert_eq!(
            (p.0, p.1),
            ("2021-01-01".into(), "2025-12-31".into()),
            "{fig}"
        );
    }
    let titled = "2026年政府工作报告\n全省地区生产总值增长5%。\n";
    let facts = self::facts("report_test_2026.txt", titled);
    let p = period(figure(&facts, "增长5%"));
    assert_eq!((p.0, p.1), ("2025-01-01".into(), "2025-12-31".into()));
}

/// A month of a change measured, stated in news more than a month before it comes round, is last
/// year's (`11月份…同比上涨0.7%` on 2024-01-30), as a quarter is; one planned stays this year's.
#[test]
fn a_month_measured_in_news_before_it_comes_round_is_last_year_s() {
    let text = "# 《新闻联播》 (20240130)\n## 详细新闻\n### 要闻\n据记者了解，今天北京有雪。\n### 物价\n国家统计局今天发布，11月份居民消费价格指数同比上涨0.7%。\n### 会议\n本次展会计划于11月举行，预计吸引客商超过3000家。\n";
    let got = facts("20240130.md", text);
    let p = period(figure(&got, "同比上涨0.7%"));
    assert_eq!((p.0.as_str(), p.1.as_str()), ("2023-11-01", "2023-11-30"));
    let p = period(figure(&got, "超过3000家"));
    assert_eq!(p.0.as_str(), "2024-11-01");
}

/// A review's lead may first name the year's place in the plan (`2025年是“十四五”收官之年。`) and
/// only then count the years (`五年来，…`): the lines after it still review those five years.
#[test]
fn a_lead_naming_the_closing_year_before_its_five_years_reviews_them() {
    let text = "各位代表！2025年是“十四五”收官之年。五年来，我们牢记嘱托、感恩奋进。\n——经济综合实力实现新跃升。全省地区生产总值年均增长5.9%，一般公共预算收入累计完成3.7万亿元。\n";
    let facts = facts("report_test_2026_review.txt", text);
    for fig in ["年均增长5.9%", "3.7万亿元"] {
        let p = period(figure(&facts, fig));
        assert_eq!(
            (p.0, p.1),
            ("2021-01-01".into(), "2025-12-31".into()),
            "{fig}"
        );
    }
    // a year's own lead that names its place in the plan still reviews that year alone
    let year = "一、2025年工作回顾\n2025年是“十四五”收官之年。全省地区生产总值增长5.5%。\n";
    let facts = self::facts("report_test_2026_year.txt", year);
    let p = period(figure(&facts, "增长5.5%"));
    assert_eq!((p.0, p.1), ("2025-01-01".into(), "2025-12-31".into()));
}

/// A lead may first say the plan has closed (`我省“十四五”顺利收官。`) or count the years from
/// `过去` (`回首过去五年，`): the lines after it still review those five years.
#[test]
fn a_lead_saying_the_plan_closed_or_looking_back_reviews_the_five_years() {
    for lead in [
        "各位代表！经过五年接续奋斗，我省“十四五”顺利收官。五年来，我们有效应对各种挑战。",
        "各位代表！2025年主要目标任务的完成，标志着“十四五”规划顺利收官。回望过去五年，我们砥砺奋进。",
    ] {
        let text = format!("{lead}\n这是经济实力持续提升的五年。\n地区生产总值从11.37万亿元提高到14.58万亿元。\n");
        let facts = facts("report_test_2026_review.txt", &text);
        let p = period(figure(&facts, "14.58万亿元"));
        assert_eq!((p.0, p.1), ("2021-01-01".into(), "2025-12-31".into()), "{lead}");
    }
}

/// A few days opening a report's sentence date an event (a visit), not the year's figures of the
/// sentences after it; a day figures are stated as of still holds on.
#[test]
fn an_event_s_days_do_not_date_the_figures_after_them() {
    let text = "一、2025年工作回顾\n刚刚过去的2025年，是具有里程碑意义的一年。3月19日至20日，总书记亲临考察并发表重要讲话。完成地区生产总值32765亿元、增长4.1%。\n";
    let facts = facts("report_test_2026_review.txt", text);
    for fig in ["32765亿元", "增长4.1%"] {
        let p = period(figure(&facts, fig));
        assert_eq!(
            (p.0, p.1),
            ("2025-01-01".into(), "2025-12-31".into()),
            "{fig}"
        );
    }
    let as_of = "截至9月30日，全市累计完成投资。其中工业投资12.6亿元。\n";
    let facts = self::facts("bulletin_2021-10-10.txt", as_of);
    let p = period(figure(&facts, "12.6亿元"));
    assert_eq!((p.0, p.1), ("2021-09-30".into(), "2021-09-30".into()));
}

#[test]
fn a_lead_publishing_a_months_data_on_a_day_dates_the_story_by_the_month() {
    let story = |event: &str| {
        format!(
            "# 《新闻联播》 (20231008)\n## 详细新闻\n### 9月份物流业景气指数\n央视网消息（新闻联播）：中国物流与采购联合会今天（10月8日）{event}。\n分地区来看，中部地区的业务总量指数环比提高3.8个百分点。\n"
        )
    };
    let got = facts("20231008.md", &story("公布9月份中国物流业景气指数"));
    assert_eq!(
        period(figure(&got, "环比提高3.8个百分点")),
        ("2023-09-01".into(), "2023-09-30".into(), "section".into())
    );
    // the days of an event announced are not data's months: the day stays the story's
    let got = facts("20231008.md", &story("介绍，论坛将于10月17日至18日举行"));
    assert_eq!(
        period(figure(&got, "环比提高3.8个百分点")),
        ("2023-10-08".into(), "2023-10-08".into(), "section".into())
    );
}

#[test]
fn a_since_framed_by_zi_spans_an_events_name_and_a_review_from_to_keeps_its_years() {
    let text = "# 《新闻联播》 (20231008)\n## 详细新闻\n### 中欧班列\n央视网消息（新闻联播）：自2018年上合示范区启动建设以来，海关已监管到发中欧班列3109列，同比增长3.5%。\n";
    let got = facts("20231008.md", text);
    assert_eq!(
        period(figure(&got, "3109列")),
        ("2018-01-01".into(), "2023-10-08".into(), "sentence".into())
    );
    let text = "2026年河北省政府工作报告\n一、“十四五”时期工作回顾\n五年来，全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元，一般公共预算收入从3826.5亿元增长到4398.6亿元，规上工业增加值年均增长6.5%。\n";
    let got = facts("report.txt", text);
    assert_eq!(period(figure(&got, "4.93万亿元")).0, "2025-01-01");
    for later in ["3826.5亿元", "年均增长6.5%"] {
        assert_eq!(
            period(figure(&got, later)),
            ("2021-01-01".into(), "2025-12-31".into(), "section".into()),
            "{later}"
        );
    }
}

#[test]
fn a_review_of_five_years_opening_after_a_sentence_closing_the_year_spans_its_paragraph() {
    let text = "2026年浙江省政府工作报告\n一、2025年工作回顾\n过去一年，全省生产总值增长5.5%。\n各位代表！2025年各项目标任务圆满完成，全省新增就业80万人，标志着“十四五”胜利收官。五年来，全省生产总值年均增长5.9%，人均地区生产总值达到13万元。\n二、2026年工作安排\n";
    let got = facts("report.txt", text);
    assert_eq!(period(figure(&got, "80万人")).0, "2025-01-01");
    for five in ["年均增长5.9%", "13万元"] {
        assert_eq!(
            period(figure(&got, five)),
            ("2021-01-01".into(), "2025-12-31".into(), "section".into()),
            "{five}"
        );
    }
}

#[test]
fn a_lead_publishing_a_years_data_keeps_the_day_and_a_news_from_to_keeps_its_year() {
    // a year's data: the story stays the day's, so its dates without a year stay in 2024
    let text = "# 《新闻联播》 (20240130)\n## 详细新闻\n### 文化产业\n央视网消息（新闻联播）：国家统计局今天（1月30日）发布的数据显示，2023年，全国文化企业实现营业收入129515亿元。\n文化企业数量达到7.3万家。\n";
    let got = facts("20240130.md", text);
    assert_eq!(
        period(figure(&got, "7.3万家")),
        ("2024-01-30".into(), "2024-01-30".into(), "section".into())
    );
    // outside a review of several years, a year tied to a figure still dates the figures after it
    let text = "# 《新闻联播》 (20221007)\n## 详细新闻\n### 十年之变\n央视网消息（新闻联播）：十年之间，我国贸易总额从2012年的4.4万亿美元增长到2021年的6.9万亿美元，中国商品出口占国际市场的份额从11%上升到15%。\n";
    let got = facts("20221007.md", text);
    assert_eq!(period(figure(&got, "15%")).0, "2021-01-01");
}
