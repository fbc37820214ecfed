//! `tongbao index`, `search`, `stats` and `export` as a user runs them: documents written here,
//! indexed into a temporary folder, searched by text and by every fact filter; re-indexing,
//! changed files, pruning, other rules, and a killed indexer.
mod common;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(common::bin())
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn temp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("tongbao-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

const ZHANGWAN: &str = "张湾区2023年上半年重点项目建设情况通报\n\n张湾区人民政府办公室\n\n2023年7月10日\n\n\
1-6月，张湾区新签约项目12个，协议总投资45.6亿元，同比增长8.1%。关于易捷特BBG24项目，已完成投资8414万元。\
全区新能源汽\n\n车产量22665台，同比下降21.9%。待处理事项3件。力争全年完成固定资产投资120亿元。\n";

const MAOJIAN: &str = "茅箭区2024年一季度经济运行情况\n\n茅箭区统计局\n\n2024年4月12日\n\n\
一季度，茅箭区地区生产总值147亿元，同比增长5.3%。全区规上工业增加值同比增长6.2%。预计二季度完成投资30亿元。\n";

/// Writes the two test documents and indexes them; returns (documents folder, index folder).
fn indexed(name: &str) -> (PathBuf, PathBuf) {
    let root = temp(name);
    let docs = root.join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    std::fs::write(docs.join("zhangwan.txt"), ZHANGWAN).unwrap();
    std::fs::write(docs.join("maojian.txt"), MAOJIAN).unwrap();
    let index = root.join("index");
    let (code, _, err) = run(&[
        "index",
        docs.to_str().unwrap(),
        "--index",
        index.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("2 documents indexed"), "{err}");
    (docs, index)
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

fn docs_of(hits: &[Value]) -> Vec<String> {
    let mut d: Vec<String> = hits
        .iter()
        .map(|h| h["doc"].as_str().unwrap_or("").to_string())
        .collect();
    d.sort();
    d.dedup();
    d
}

fn stats(index: &Path) -> (u64, u64) {
    let (code, out, err) = run(&["stats", "--index", index.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let num = |label: &str| -> u64 {
        out.lines()
            .find(|l| l.starts_with(label))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("{label} in {out}"))
    };
    (num("documents"), num("facts"))
}

#[test]
fn text_search_finds_words_phrases_sub_words_and_traditional_forms() {
    let (_, index) = indexed("text");
    assert_eq!(
        docs_of(&search(&index, &["同比增长"])),
        ["maojian.txt", "zhangwan.txt"]
    );
    // A phrase broken by a line break in the source.
    assert_eq!(
        docs_of(&search(&index, &["\"新能源汽车产量\""])),
        ["zhangwan.txt"]
    );
    // A two-character query inside a longer word.
    assert_eq!(docs_of(&search(&index, &["处理"])), ["zhangwan.txt"]);
    // Amounts as written, OR, negation.
    assert_eq!(docs_of(&search(&index, &["8414万元"])), ["zhangwan.txt"]);
    assert_eq!(
        docs_of(&search(&index, &["地区生产总值 OR 固定资产投资"])),
        ["maojian.txt", "zhangwan.txt"]
    );
    assert_eq!(
        docs_of(&search(&index, &["同比增长 -茅箭区"])),
        ["zhangwan.txt"]
    );
    // A phrase does not match across punctuation: `12个，协议总投资` holds no `个协议总投资`.
    assert!(search(&index, &["\"个协议总投资\""]).is_empty());
    assert_eq!(
        docs_of(&search(&index, &["\"协议总投资\""])),
        ["zhangwan.txt"]
    );
    // Traditional characters find the simplified text.
    assert_eq!(docs_of(&search(&index, &["地區生產總值"])), ["maojian.txt"]);
    assert!(search(&index, &["不存在的词语组合"]).is_empty());
}

#[test]
fn highlights_are_exact_character_offsets_of_the_normalised_text() {
    let (docs, index) = indexed("marks");
    let hits = search(&index, &["\"新能源汽车产量\" 投资"]);
    assert_eq!(hits.len(), 1);
    let (_, text, _) = run(&["text", docs.join("zhangwan.txt").to_str().unwrap()]);
    let chars: Vec<char> = text.chars().collect();
    let marks = hits[0]["snippet"]["highlights"].as_array().unwrap();
    assert!(!marks.is_empty());
    let mut seen = Vec::new();
    for m in marks {
        let (s, e) = (
            m["start"].as_u64().unwrap() as usize,
            m["end"].as_u64().unwrap() as usize,
        );
        let marked: String = chars[s..e].iter().filter(|c| !c.is_whitespace()).collect();
        seen.push(marked);
    }
    assert!(seen.iter().any(|m| m == "新能源汽车产量"), "{seen:?}");
    assert!(
        seen.iter().all(|m| m == "新能源汽车产量" || m == "投资"),
        "{seen:?}"
    );
    let snip = &hits[0]["snippet"];
    let (s, e) = (
        snip["start"].as_u64().unwrap() as usize,
        snip["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        chars[s..e].iter().collect::<String>(),
        snip["text"].as_str().unwrap()
    );
}

#[test]
fn every_fact_filter_narrows_the_facts() {
    let (_, index) = indexed("filters");
    let money = search(&index, &["--facts", "--kind", "money"]);
    assert!(
        money.iter().all(|f| f["kind"] == "money") && money.len() >= 4,
        "{money:?}"
    );
    let big = search(&index, &["--facts", "--kind", "money", "--min", "100亿"]);
    let values: Vec<f64> = big.iter().map(|f| f["value"].as_f64().unwrap()).collect();
    assert!(
        values.iter().all(|&v| v >= 1e10) && values.contains(&1.2e10) && values.contains(&1.47e10),
        "{values:?}"
    );
    let small = search(&index, &["--facts", "--kind", "money", "--max", "1e8"]);
    assert!(
        small.iter().any(|f| f["value"] == 84140000)
            && small.iter().all(|f| f["value"].as_f64().unwrap() <= 1e8)
    );
    let falls = search(&index, &["--facts", "--kind", "growth", "--max", "0"]);
    assert_eq!(falls.len(), 1);
    assert_eq!(falls[0]["value"], -21.9);
    // Periods: the first half of 2023 holds 张湾区's figures, not 茅箭区's first quarter of 2024.
    let h1 = search(
        &index,
        &[
            "--facts", "--kind", "growth", "--from", "2023H1", "--to", "2023H1",
        ],
    );
    assert!(
        !h1.is_empty() && h1.iter().all(|f| f["doc"] == "zhangwan.txt"),
        "{h1:?}"
    );
    let q1 = search(
        &index,
        &[
            "--facts", "--kind", "growth", "--from", "2024Q1", "--to", "2024-03",
        ],
    );
    assert!(
        !q1.is_empty() && q1.iter().all(|f| f["doc"] == "maojian.txt"),
        "{q1:?}"
    );
    // Region, entity, role.
    let region = search(
        &index,
        &["--facts", "--kind", "money", "--region", "茅箭区"],
    );
    assert!(
        !region.is_empty() && region.iter().all(|f| f["doc"] == "maojian.txt"),
        "{region:?}"
    );
    let entity = search(&index, &["--facts", "--entity", "易捷特"]);
    assert!(entity.iter().any(|f| f["value"] == 84140000), "{entity:?}");
    let target = search(&index, &["--facts", "--role", "target"]);
    assert!(!target.is_empty() && target.iter().all(|f| f["role"] == "target"));
    assert!(
        target.iter().any(|f| f["value"] == 12000000000i64),
        "{target:?}"
    );
    let forecast = search(
        &index,
        &["--facts", "--role", "forecast", "--kind", "money"],
    );
    assert_eq!(
        forecast
            .iter()
            .map(|f| f["value"].as_i64().unwrap())
            .collect::<Vec<_>>(),
        [3000000000]
    );
    // Text and filters together; documents holding a matching fact, with the facts.
    let docs = search(
        &index,
        &[
            "投资",
            "--kind",
            "money",
            "--min",
            "1亿",
            "--region",
            "张湾区",
        ],
    );
    assert_eq!(docs_of(&docs), ["zhangwan.txt"]);
    assert!(docs[0]["facts"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["kind"] == "money" && f["value"].as_f64().unwrap() >= 1e8));
}

#[test]
fn searched_facts_are_the_extracted_facts() {
    let (docs, index) = indexed("same");
    let (_, extracted, _) = run(&["extract", docs.to_str().unwrap(), "--kinds", "growth"]);
    let mut want: Vec<Value> = extracted
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let mut got = search(&index, &["--facts", "--kind", "growth"]);
    for g in &mut got {
        let m = g.as_object_mut().unwrap();
        m.remove("score");
        m.remove("title");
        m.remove("path");
    }
    let key = |v: &Value| format!("{}{}", v["doc"], v["start"]);
    want.sort_by_key(key);
    got.sort_by_key(key);
    assert_eq!(got, want);
}

#[test]
fn re_indexing_is_idempotent_and_replaces_changed_files_and_prunes() {
    let (docs, index) = indexed("incremental");
    let before = stats(&index);
    let (code, _, err) = run(&[
        "index",
        docs.to_str().unwrap(),
        "--index",
        index.to_str().unwrap(),
    ]);
    assert_eq!(code, 0);
    assert!(
        err.contains("0 documents indexed") && err.contains("2 unchanged"),
        "{err}"
    );
    assert_eq!(stats(&index), before);
    // A changed file replaces its document and all its facts.
    std::fs::write(
        docs.join("maojian.txt"),
        MAOJIAN.replace("147亿元", "152亿元"),
    )
    .unwrap();
    let (_, _, err) = run(&[
        "index",
        docs.to_str().unwrap(),
        "--index",
        index.to_str().unwrap(),
    ]);
    assert!(
        err.contains("1 documents indexed") && err.contains("1 unchanged"),
        "{err}"
    );
    assert_eq!(stats(&index), before);
    let gdp = search(
        &index,
        &[
            "--facts",
            "--kind",
            "money",
            "--region",
            "茅箭区",
            "--min",
            "100亿",
        ],
    );
    assert_eq!(
        gdp.iter()
            .map(|f| f["value"].as_i64().unwrap())
            .collect::<Vec<_>>(),
        [15200000000]
    );
    // A removed file goes with --prune, and only then.
    std::fs::remove_file(docs.join("maojian.txt")).unwrap();
    let (_, _, err) = run(&[
        "index",
        docs.to_str().unwrap(),
        "--index",
        index.to_str().unwrap(),
    ]);
    assert!(err.contains("0 pruned"), "{err}");
    assert_eq!(stats(&index).0, 2);
    let (_, _, err) = run(&[
        "index",
        docs.to_str().unwrap(),
        "--index",
        index.to_str().unwrap(),
        "--prune",
    ]);
    assert!(err.contains("1 pruned"), "{err}");
    let (n, facts) = stats(&index);
    assert_eq!(n, 1);
    assert!(facts < before.1);
    assert!(search(&index, &["地区生产总值"]).is_empty());
}

#[test]
fn an_index_built_with_other_rules_says_so() {
    let (docs, index) = indexed("rules");
    let rules = temp("rules-copy");
    common::copy_rules(&rules);
    let ud = rules.join("userdict.txt");
    let mut text = std::fs::read_to_string(&ud).unwrap();
    text.push_str("\n易捷特汽车 100 nz\n");
    std::fs::write(&ud, text).unwrap();
    let (code, _, err) = run(&[
        "index",
        docs.to_str().unwrap(),
        "--index",
        index.to_str().unwrap(),
        "--rules",
        rules.to_str().unwrap(),
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("built with rules") && err.contains("--reindex"),
        "{err}"
    );
    let (code, _, err) = run(&[
        "index",
        docs.to_str().unwrap(),
        "--index",
        index.to_str().unwrap(),
        "--rules",
        rules.to_str().unwrap(),
        "--reindex",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("2 documents indexed"), "{err}");
    let (_, _, err) = run(&["search", "投资", "--index", index.to_str().unwrap()]);
    assert!(
        err.contains("warning") && err.contains("built with rules"),
        "{err}"
    );
}

#[test]
fn bad_files_are_reported_by_name_and_the_rest_is_indexed() {
    let root = temp("badfiles");
    let docs = root.join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    std::fs::write(docs.join("zhangwan.txt"), ZHANGWAN).unwrap();
    std::fs::write(
        docs.join("junk.txt"),
        (0..4000u32)
            .map(|i| (i * 7 % 251) as u8)
            .collect::<Vec<u8>>(),
    )
    .unwrap();
    std::fs::write(docs.join("broken.pdf"), b"%PDF-1.7\n1 0 obj garbage").unwrap();
    let index = root.join("index");
    let (code, _, err) = run(&[
        "index",
        docs.to_str().unwrap(),
        "missing-folder",
        "--index",
        index.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{err}");
    for name in ["junk.txt", "broken.pdf", "missing-folder"] {
        assert!(
            err.lines().any(|l| l.contains("error") && l.contains(name)),
            "{name} not reported: {err}"
        );
    }
    assert!(
        err.contains("1 documents indexed") && err.contains("3 failed"),
        "{err}"
    );
    assert_eq!(stats(&index).0, 1);
    assert_eq!(docs_of(&search(&index, &["新能源"])), ["zhangwan.txt"]);
}

#[test]
fn missing_index_and_bad_filters_are_clear_errors() {
    let (code, _, err) = run(&["search", "投资", "--index", "/nonexistent/tongbao-index"]);
    assert_eq!(code, 2);
    assert!(err.contains("no index here"), "{err}");
    let (_, index) = indexed("errors");
    let (code, _, err) = run(&[
        "search",
        "--index",
        index.to_str().unwrap(),
        "--min",
        "lots",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("--min lots"), "{err}");
    let (code, _, err) = run(&[
        "search",
        "--index",
        index.to_str().unwrap(),
        "--from",
        "2023Q5",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("--from 2023Q5"), "{err}");
}

#[test]
fn export_writes_ndjson_and_mappings() {
    let (_, index) = indexed("export");
    let out = temp("export-out");
    let (code, _, err) = run(&[
        "export",
        "--index",
        index.to_str().unwrap(),
        "--ndjson",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let docs: Vec<Value> = std::fs::read_to_string(out.join("docs.ndjson"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(docs.len(), 2);
    assert!(docs
        .iter()
        .all(|d| d["text_words"].as_str().unwrap().contains(' ')));
    let facts: Vec<Value> = std::fs::read_to_string(out.join("facts.ndjson"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let (_, n) = stats(&index);
    assert_eq!(facts.len() as u64, n);
    assert!(facts
        .iter()
        .all(|f| docs.iter().any(|d| d["key_id"] == f["key_id"])));
    let bulk = std::fs::read_to_string(out.join("facts.bulk.ndjson")).unwrap();
    assert_eq!(bulk.lines().count() as u64, 2 * n);
    for m in ["elasticsearch-docs.json", "elasticsearch-facts.json"] {
        let v: Value =
            serde_json::from_str(&std::fs::read_to_string(out.join(m)).unwrap()).unwrap();
        assert!(v["mappings"]["properties"].is_object());
    }
    assert!(std::fs::read_to_string(out.join("quickwit-facts.yaml"))
        .unwrap()
        .contains("index_id: tongbao-facts"));
}

/// Many documents, so that an indexer can be killed in the middle of its run.
fn many_documents(dir: &Path, n: usize) {
    std::fs::create_dir_all(dir).unwrap();
    for i in 0..n {
        let text = format!(
            "{}\n第{i}号补充说明：本期完成投资{}万元，同比增长{}.5%。\n",
            ZHANGWAN.repeat(3),
            1000 + i,
            i % 40
        );
        std::fs::write(dir.join(format!("doc{i:05}.txt")), text).unwrap();
    }
}

#[test]
fn a_killed_indexer_leaves_an_index_that_opens_and_finishes() {
    let root = temp("killed");
    let docs = root.join("docs");
    many_documents(&docs, 3000);
    let index = root.join("index");
    let mut child = Command::new(common::bin())
        .args([
            "index",
            docs.to_str().unwrap(),
            "--index",
            index.to_str().unwrap(),
            "--commit-every",
            "100",
        ])
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Wait for the first commit, then kill -9.
    let t0 = std::time::Instant::now();
    while !std::fs::read_to_string(index.join("meta.json")).is_ok_and(|m| m.contains("last_ingest"))
    {
        assert!(t0.elapsed().as_secs() < 120, "no commit within 2 minutes");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let still_running = child.try_wait().unwrap().is_none();
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(
        still_running,
        "the indexer finished before it could be killed; give it more documents"
    );
    // The index opens and answers queries with what was committed.
    let (partial, _) = stats(&index);
    assert!(partial > 0 && partial < 3000, "{partial}");
    assert!(!search(&index, &["投资"]).is_empty());
    // The next run finishes the job, and the result equals a clean run's.
    let (code, _, err) = run(&[
        "index",
        docs.to_str().unwrap(),
        "--index",
        index.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let clean = root.join("clean");
    let (code, _, err) = run(&[
        "index",
        docs.to_str().unwrap(),
        "--index",
        clean.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(stats(&index), stats(&clean));
    assert_eq!(stats(&index).0, 3000);
}

#[test]
fn a_document_number_is_found_as_written() {
    let root = temp("docnumber");
    let index = root.join("index");
    let (code, _, err) = run(&["index", "corpus", "--index", index.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        docs_of(&search(&index, &["\"青政办发〔2025〕6号\""])),
        ["notice-gbk.txt"]
    );
    assert_eq!(
        docs_of(&search(&index, &["青政办发〔2025〕6号"])),
        ["notice-gbk.txt"]
    );
    assert!(search(&index, &["\"青政办发〔2025〕7号\""]).is_empty());
}

/// The facts that come out of the index score exactly as the facts `extract` prints.
#[test]
fn searched_facts_score_as_extracted_facts_on_the_seed_gold() {
    let Some(shared) = common::shared() else {
        return;
    };
    let root = temp("scored");
    let index = root.join("index");
    let seeds = shared.join("seeds");
    let (code, _, err) = run(&[
        "index",
        seeds.to_str().unwrap(),
        "--index",
        index.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let (_, facts, _) = run(&[
        "search",
        "--index",
        index.to_str().unwrap(),
        "--facts",
        "--json",
        "--limit",
        "1000000",
        "--kind",
        "money,quantity,percent,growth,date,ranking,project,org,region",
    ]);
    let (_, extracted, _) = run(&["extract", seeds.to_str().unwrap()]);
    assert_eq!(facts.lines().count(), extracted.lines().count());
    let score = |name: &str, text: &str| -> String {
        let p = root.join(name);
        std::fs::write(&p, text).unwrap();
        let out = Command::new("python3")
            .arg(shared.join("eval/score.py"))
            .arg(shared.join("gold/seeds"))
            .arg(&p)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert_eq!(
        score("searched.jsonl", &facts),
        score("extracted.jsonl", &extracted)
    );
}

#[test]
fn web_pages_and_word_files_are_indexed_like_text() {
    let root = temp("formats");
    let index = root.join("index");
    let (code, _, err) = run(&["index", "corpus", "--index", index.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    // the Word report's body is searchable; its page header is not part of it
    assert_eq!(
        docs_of(&search(&index, &["一般公共预算收入"])),
        ["finance-report-2024q1.docx"]
    );
    assert!(search(&index, &["\"青溪县财政局文件\""]).is_empty());
    // the web page's article is searchable; its navigation and footer are not
    assert_eq!(
        docs_of(&search(&index, &["\"溪口物流园二期\""])),
        ["county-news-2024-05.html"]
    );
    assert!(search(&index, &["网站标识码"]).is_empty());
    // facts from both carry through the filters
    let (_, out, _) = run(&[
        "search",
        "--index",
        index.to_str().unwrap(),
        "--facts",
        "--json",
        "--kind",
        "money",
        "--min",
        "3.8亿",
        "--max",
        "3.83亿",
    ]);
    assert!(
        out.contains("finance-report-2024q1.docx") && out.contains("3.82亿元"),
        "{out}"
    );
}

#[test]
fn an_archive_file_is_indexed_record_by_record_and_a_shrunk_one_pruned() {
    let root = temp("archive");
    let docs = root.join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    let rec = |t: &str, body: &str| format!("{{\"title\": \"{t}\", \"content\": \"{body}\"}}\n");
    let three = rec("甲县通报", "2024年一季度，甲县新签约项目12个。")
        + &rec("乙县通报", "2024年一季度，乙县新签约项目7个。")
        + &rec("丙县通报", "2024年一季度，丙县新签约项目3个。");
    std::fs::write(docs.join("bulletins.jsonl"), &three).unwrap();
    let index = root.join("index");
    let (code, _, err) = run(&[
        "index",
        docs.to_str().unwrap(),
        "--index",
        index.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("3 documents indexed"), "{err}");
    let hits = search(&index, &["乙县"]);
    assert_eq!(docs_of(&hits), ["bulletins.jsonl#2"]);
    // unchanged: nothing to do
    let (_, _, err) = run(&[
        "index",
        docs.to_str().unwrap(),
        "--index",
        index.to_str().unwrap(),
    ]);
    assert!(err.contains("3 unchanged"), "{err}");
    // the archive loses its last record: --prune removes it
    let two: String = three.lines().take(2).map(|l| format!("{l}\n")).collect();
    std::fs::write(docs.join("bulletins.jsonl"), two).unwrap();
    let (_, _, err) = run(&[
        "index",
        docs.to_str().unwrap(),
        "--index",
        index.to_str().unwrap(),
        "--prune",
    ]);
    assert!(err.contains("1 pruned"), "{err}");
    assert!(search(&index, &["丙县"]).is_empty());
    let _ = std::fs::remove_dir_all(&root);
}
