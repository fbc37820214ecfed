//! `tongbao search` queries that mean what they say (issue #16): single characters jieba leaves
//! alone, lowercase operators and NOT, facts found by their sentence, ranking scopes, percentage
//! bounds, reversed ranges, repeats collapsed, sorting, measure aliases and clean snippets.
mod common;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(common::bin()).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const DOCS: &[(&str, &str)] = &[
    ("lowalt.txt", "南湖市2024年低空经济发展情况\n\n2024年12月20日\n\n2024年，南湖市低空经济产业规模达到120亿元，同比增长35.2%，增速位居全省第一。全市地区生产总值增长5.6%。\n"),
    ("cars.txt", "北岭市2024年工业运行情况\n\n2024年12月25日\n\n2024年，北岭市新能源汽车产量增长20.5%，汽车出口额达到15亿元。全市城中村改造完成投资8亿元，规上工业增加值增长4.1%，总量位居全国第十。\n"),
    ("news.txt", "西川省粮食再获丰收\n\n2024年11月3日\n\n今年西川省粮食产量达到650亿斤。\n\n2024年，西川省粮食产量达到650亿斤，同比增长1.2%，粮食总产量位居全国第一。\n"),
];

/// The test documents indexed into a folder of their own; returns the index.
fn indexed(tag: &str) -> PathBuf {
    let dir = common::fresh_dir("search", tag);
    let docs = dir.join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    for (name, text) in DOCS {
        std::fs::write(docs.join(name), text).unwrap();
    }
    let index = dir.join("index");
    let (code, _, err) = run(&[
        "index",
        docs.to_str().unwrap(),
        "--index",
        index.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    index
}

fn search(index: &Path, args: &[&str]) -> Vec<Value> {
    let mut all = vec![
        "search",
        "--index",
        index.to_str().unwrap(),
        "--json",
        "--limit",
        "50",
    ];
    all.extend_from_slice(args);
    let (code, out, err) = run(&all);
    assert_eq!(code, 0, "search {args:?}: {err}");
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn docs(hits: &[Value]) -> Vec<String> {
    let mut d: Vec<String> = hits
        .iter()
        .map(|h| h["doc"].as_str().unwrap().to_string())
        .collect();
    d.sort();
    d.dedup();
    d
}

#[test]
fn pieces_jieba_leaves_in_single_characters_are_looked_for_as_characters_in_a_row() {
    let index = indexed("pieces");
    // `低空经` is 低空 + 经 to jieba, `新能源汽` 新能源 + 汽, `城中村改` 城中村 + 改
    assert_eq!(docs(&search(&index, &["低空经"])), ["lowalt.txt"]);
    assert_eq!(docs(&search(&index, &["新能源汽"])), ["cars.txt"]);
    assert_eq!(docs(&search(&index, &["城中村改"])), ["cars.txt"]);
    // the document where the words stand together ranks first
    let hits = search(&index, &["粮食产量"]);
    assert_eq!(hits[0]["doc"], "news.txt");
}

#[test]
fn lowercase_or_and_not_are_operators_and_the_syntax_is_in_help() {
    let index = indexed("ops");
    assert_eq!(
        docs(&search(&index, &["低空经济 or 新能源汽车"])),
        ["cars.txt", "lowalt.txt"]
    );
    assert_eq!(
        docs(&search(&index, &["低空经济 OR 新能源汽车"])),
        ["cars.txt", "lowalt.txt"]
    );
    assert_eq!(
        docs(&search(&index, &["同比增长 NOT 粮食"])),
        ["lowalt.txt"]
    );
    assert_eq!(
        docs(&search(&index, &["同比增长 not 粮食"])),
        ["lowalt.txt"]
    );
    let (_, help, _) = run(&["search", "--help"]);
    assert!(
        help.contains("Query syntax") && help.contains("NOT") && help.contains("or"),
        "{help}"
    );
}

#[test]
fn facts_are_found_by_their_sentence_and_rankings_by_scope() {
    let index = indexed("sentence");
    // `全国第一` is no subject: the ranking is found by its sentence
    let hits = search(&index, &["全国第一", "--facts", "--kind", "ranking"]);
    assert!(
        !hits.is_empty()
            && hits
                .iter()
                .all(|h| h["kind"] == "ranking"
                    && h["sentence"].as_str().unwrap().contains("全国第一")),
        "{hits:?}"
    );
    let national = search(&index, &["--facts", "--kind", "ranking", "--scope", "全国"]);
    let provincial = search(&index, &["--facts", "--kind", "ranking", "--scope", "全省"]);
    assert!(
        national.len() >= 2
            && national
                .iter()
                .all(|h| h["scope"].as_str().unwrap().contains("全国")),
        "{national:?}"
    );
    assert_eq!(provincial.len(), 1, "{provincial:?}");
}

#[test]
fn percentage_bounds_and_reversed_ranges() {
    let index = indexed("bounds");
    let hits = search(&index, &["--facts", "--min", "5%"]);
    let values: Vec<f64> = hits.iter().map(|h| h["value"].as_f64().unwrap()).collect();
    assert!(
        hits.iter()
            .all(|h| h["kind"] == "growth" || h["kind"] == "percent"),
        "{hits:?}"
    );
    assert!(
        values.iter().all(|&v| v >= 5.0) && values.contains(&35.2) && values.contains(&20.5),
        "{values:?}"
    );
    assert!(!values.contains(&4.1) && !values.contains(&1.2));
    let ix = index.to_str().unwrap();
    for (args, says) in [
        (
            vec!["--from", "2025", "--to", "2023"],
            "--from 2025 is after --to 2023",
        ),
        (
            vec!["--min", "10亿", "--max", "1亿"],
            "--min 10亿 is more than --max 1亿",
        ),
        (
            vec!["--min", "5%", "--kind", "money"],
            "only percent and growth",
        ),
        (
            vec!["--min", "5%", "--max", "1亿"],
            "both as percentages or both as amounts",
        ),
    ] {
        let mut a = vec!["search", "--index", ix, "--facts"];
        a.extend(args);
        let (code, _, err) = run(&a);
        assert_eq!(code, 2, "{err}");
        assert!(err.contains(says), "{err}");
    }
}

#[test]
fn repeats_of_a_fact_collapse_with_their_mentions_and_facts_sort() {
    let index = indexed("repeats");
    // JSON keeps every fact as extracted; the listing shows the repeat once, with its mentions
    assert_eq!(
        search(&index, &["粮食产量", "--facts", "--kind", "quantity"]).len(),
        2
    );
    let (_, listing, _) = run(&[
        "search",
        "粮食产量",
        "--facts",
        "--kind",
        "quantity",
        "--index",
        index.to_str().unwrap(),
    ]);
    assert_eq!(
        listing.matches("650亿斤").count(),
        2,
        "one fact line and its sentence: {listing}"
    );
    assert!(
        listing.contains("stated 2 times in this document"),
        "{listing}"
    );
    let by_value = search(&index, &["--facts", "--kind", "growth", "--sort", "value"]);
    let v: Vec<f64> = by_value
        .iter()
        .map(|h| h["value"].as_f64().unwrap())
        .collect();
    assert!(v.len() >= 4 && v.windows(2).all(|w| w[0] >= w[1]), "{v:?}");
    let by_date = search(&index, &["--facts", "--kind", "date", "--sort", "date"]);
    let d: Vec<&str> = by_date
        .iter()
        .map(|h| h["date_start"].as_str().unwrap())
        .collect();
    assert!(d.len() >= 2 && d.windows(2).all(|w| w[0] >= w[1]), "{d:?}");
}

#[test]
fn measure_aliases_apply_to_search() {
    let index = indexed("aliases");
    // rules/subjects.toml [compare] same: GDP is 地区生产总值
    let facts = search(&index, &["GDP", "--facts", "--kind", "growth"]);
    assert!(
        facts
            .iter()
            .any(|h| h["subject"].as_str().unwrap_or("").contains("地区生产总值")),
        "{facts:?}"
    );
    assert_eq!(docs(&search(&index, &["GDP"])), ["lowalt.txt"]);
}

#[test]
fn snippets_and_subjects_show_no_markup_or_escapes() {
    let dir = common::fresh_dir("search", "markup");
    let text = r#"<p><strong>东港区</strong>2024年外贸进出口总额达到35亿元，</p><p>同比增长12%。\n全区港口货物吞吐量增长8%。</p>"#;
    let line =
        serde_json::json!({"title": "东港区外贸", "date": "2024-12-01", "text": text}).to_string();
    std::fs::write(dir.join("pages.jsonl"), line + "\n").unwrap();
    let index = dir.join("index");
    let (code, _, err) = run(&[
        "index",
        dir.join("pages.jsonl").to_str().unwrap(),
        "--index",
        index.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let (_, out, _) = run(&["search", "外贸进出口", "--index", index.to_str().unwrap()]);
    assert!(
        out.contains("外贸进出口")
            && !out.contains("<p>")
            && !out.contains("</strong>")
            && !out.contains("\\n"),
        "{out}"
    );
    let (_, out, _) = run(&[
        "search",
        "--facts",
        "--kind",
        "money",
        "--index",
        index.to_str().unwrap(),
    ]);
    assert!(
        out.contains("35亿元") && !out.contains('<') && !out.contains("\\n"),
        "{out}"
    );
    std::fs::remove_dir_all(&dir).ok();
}
