//! `tongbao export --format csv|jsonl` (issue #5): a dataset of facts with provenance, the same
//! from files as from the index, filtered as `search` filters.
mod common;

use std::process::Command;

fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(common::bin()).args(args).output().unwrap();
    (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn files_and_index_give_the_same_dataset() {
    let index = std::env::temp_dir().join(format!("tongbao-export-{}", std::process::id()));
    let ix = index.to_str().unwrap();
    let (code, _, err) = run(&["index", "corpus", "--index", ix]);
    assert_eq!(code, Some(0), "{err}");
    for format in ["csv", "jsonl"] {
        let (c1, from_files, e1) = run(&["export", "corpus", "--format", format]);
        let (c2, from_index, e2) = run(&["export", "--index", ix, "--format", format]);
        assert_eq!((c1, c2), (Some(0), Some(0)), "{e1}{e2}");
        assert_eq!(from_files, from_index, "{format}");
    }
    std::fs::remove_dir_all(&index).ok();
}

#[test]
fn every_row_carries_its_provenance() {
    let (code, out, err) = run(&["export", "corpus", "--format", "jsonl"]);
    assert_eq!(code, Some(0), "{err}");
    let (_, extracted, _) = run(&["extract", "corpus"]);
    let rows: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let mut texts: std::collections::HashMap<String, Vec<char>> = std::collections::HashMap::new();
    assert_eq!(rows.len(), extracted.lines().count(), "one row per fact");
    for r in &rows {
        let path = r["path"].as_str().unwrap();
        let bytes = std::fs::read(path).unwrap();
        assert_eq!(r["content_hash"].as_str().unwrap(), blake3::hash(&bytes).to_hex().as_str());
        assert_eq!(r["tongbao_version"], tongbao::VERSION);
        assert_eq!(r["rules_version"].as_str().unwrap().len(), 16);
        // the surface text stands at its character offsets in the normalised text
        let chars = texts.entry(path.to_string()).or_insert_with(|| run(&["text", path]).1.chars().collect());
        let (s, e) = (r["start"].as_u64().unwrap() as usize, r["end"].as_u64().unwrap() as usize);
        assert_eq!(chars[s..e].iter().collect::<String>(), r["text"].as_str().unwrap());
        // money keeps its exact value, periods their days
        if r["kind"] == "money" {
            assert!(r["value"].is_u64() || r["value"].is_i64() || r["value"].is_f64());
        }
    }
    assert!(rows.iter().any(|r| r["period_start"] == "2024-01-01" && r["period_end"] == "2024-03-31"));
}

#[test]
fn filters_work_as_in_search() {
    let (_, out, _) = run(&["export", "corpus", "--format", "csv", "--kind", "money", "--min", "10亿", "--max", "50亿"]);
    let mut lines = out.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert_eq!(header[0], "doc");
    let value = header.iter().position(|c| *c == "value").unwrap();
    let kind = header.iter().position(|c| *c == "kind").unwrap();
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    assert!(!rows.is_empty());
    for r in &rows {
        assert_eq!(r[kind], "money");
        let v: f64 = r[value].parse().unwrap();
        assert!((1e9..=5e9).contains(&v), "{v}");
    }
    let (code, _, err) = run(&["export", "corpus", "--format", "csv", "--min", "lots"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("--min lots"), "{err}");
}

#[test]
fn the_projects_table_ties_figures_to_their_project() {
    let (code, out, err) = run(&["export", "corpus", "--table", "projects", "--format", "jsonl"]);
    assert_eq!(code, Some(0), "{err}");
    let rows: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let find = |name: &str| rows.iter().find(|r| r["project"] == name).unwrap_or_else(|| panic!("{name} missing: {out}"));
    let battery = find("青溪新能源电池材料项目");
    assert_eq!(battery["investment"], 86000000);
    assert_eq!(battery["status"], "完工; 试生产");
    assert_eq!(battery["date_start"], "2024-06-30");
    // a planned investment is the project's investment; land taken is its capacity column
    let park = find("溪口物流园项目");
    assert_eq!(park["investment_text"], "3.2亿元");
    assert_eq!(park["capacity"], "120亩");
    // projects of a web page too, with the day its works started
    let phase2 = find("溪口物流园二期项目");
    assert_eq!((phase2["status"].as_str(), phase2["doc"].as_str()), (Some("开工"), Some("county-news-2024-05.html")));
    // the same table from an index
    let index = std::env::temp_dir().join(format!("tongbao-projects-{}", std::process::id()));
    let ix = index.to_str().unwrap();
    assert_eq!(run(&["index", "corpus", "--index", ix]).0, Some(0));
    let (_, from_index, _) = run(&["export", "--index", ix, "--table", "projects", "--format", "jsonl"]);
    std::fs::remove_dir_all(&index).ok();
    assert_eq!(from_index, out);
    let (code, _, err) = run(&["export", "corpus", "--table", "projects", "--kind", "money"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("--table projects"), "{err}");
}
