//! The judged query set (issue #16): every query of `tests/search_judged.tsv` run against a fixed
//! corpus cut out of `../shared` (the seeds, the reports, 60 news days of 2024), scored against the
//! documents we judged relevant by reading them. Fails when precision at 10 or recall, averaged over
//! the queries, drops below what the set measured when it was judged (less a small margin).
//!
//! `cargo test --release --test search_judged -- --nocapture` prints the figures per query.
mod common;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Mean precision at 10 and mean recall measured on this set when it was judged (0.977 and 0.989,
/// Dec 2026), less a margin of about 0.02: one query losing a document or two passes, a real loss fails.
const P10_FLOOR: f64 = 0.955;
const RECALL_FLOOR: f64 = 0.97;

/// Results asked for per query: enough that recall counts every hit, not only the first page.
const LIMIT: &str = "5000";

/// One judged query: the text, its options as on the command line, the relevant document keys.
struct Judged {
    query: String,
    options: Vec<String>,
    relevant: HashSet<String>,
}

/// Reads the TSV (comments start with `#`); a line without relevant documents is an error, since
/// its recall would mean nothing.
fn judged() -> Vec<Judged> {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/search_judged.tsv"),
    )
    .unwrap();
    let mut out = Vec::new();
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 3, "query, options, relevant keys: {line}");
        let relevant: HashSet<String> = cols[2]
            .split(' ')
            .filter(|k| !k.is_empty())
            .map(String::from)
            .collect();
        assert!(
            !relevant.is_empty(),
            "no relevant documents judged for {line}"
        );
        out.push(Judged {
            query: cols[0].to_string(),
            options: cols[1].split_whitespace().map(String::from).collect(),
            relevant,
        });
    }
    out
}

/// The news days of the set: the first five days of each month of 2024, chosen by file name so
/// that the corpus is fixed and its topics are not picked for the queries.
fn news_day(name: &str) -> bool {
    name.len() == 11
        && name.starts_with("2024")
        && name.ends_with(".md")
        && matches!(&name[6..8], "01" | "02" | "03" | "04" | "05")
}

/// Copies `from` into `to` recursively (the corpus keeps its relative paths, which are the keys).
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_tree(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

/// Builds the corpus (`seeds/`, `reports/`, `news/`) and its index; returns the index folder.
fn build(shared: &Path) -> PathBuf {
    let dir = common::fresh_dir("judged", "set");
    let corpus = dir.join("corpus");
    copy_tree(&shared.join("seeds"), &corpus.join("seeds"));
    copy_tree(&shared.join("corpus/reports"), &corpus.join("reports"));
    let news = shared.join("corpus/news/DuckBurnIncense__xin-wen-lian-bo/news");
    std::fs::create_dir_all(corpus.join("news")).unwrap();
    let mut days = 0;
    for e in std::fs::read_dir(&news).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        if news_day(&name) {
            std::fs::copy(news.join(&name), corpus.join("news").join(&name)).unwrap();
            days += 1;
        }
    }
    assert_eq!(days, 60, "the set is judged on 60 news days");
    let index = dir.join("index");
    let out = Command::new(common::bin())
        .arg("index")
        .arg(&corpus)
        .arg("--index")
        .arg(&index)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "index failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    index
}

/// The document key of every result of a query, in rank order (a fact gives its document's).
fn results(index: &Path, j: &Judged) -> Vec<String> {
    let mut cmd = Command::new(common::bin());
    cmd.args(["search", j.query.as_str(), "--index"])
        .arg(index)
        .args(["--json", "--limit", LIMIT])
        .args(&j.options);
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "search {} {:?}: {}",
        j.query,
        j.options,
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["doc"]
                .as_str()
                .unwrap_or("")
                .to_string()
        })
        .collect()
}

/// Precision at 10 (over the results listed, when fewer than 10) and recall (relevant documents
/// found anywhere in the list, over those judged).
fn score(found: &[String], relevant: &HashSet<String>) -> (f64, f64) {
    let top = &found[..found.len().min(10)];
    let p10 = if top.is_empty() {
        0.0
    } else {
        top.iter().filter(|k| relevant.contains(*k)).count() as f64 / top.len() as f64
    };
    let seen: HashSet<&String> = found.iter().filter(|k| relevant.contains(*k)).collect();
    (p10, seen.len() as f64 / relevant.len() as f64)
}

#[test]
fn judged_queries_keep_their_precision_and_recall() {
    let Some(shared) = common::shared() else {
        return;
    };
    let set = judged();
    assert!(set.len() >= 40, "the set holds {} queries", set.len());
    let index = build(&shared);
    let (mut p_sum, mut r_sum) = (0.0, 0.0);
    for j in &set {
        let found = results(&index, j);
        let (p, r) = score(&found, &j.relevant);
        println!(
            "P@10 {p:.2}  recall {r:.2}  ({} found, {} judged)  {} {}",
            found.len(),
            j.relevant.len(),
            j.query,
            j.options.join(" ")
        );
        p_sum += p;
        r_sum += r;
    }
    let n = set.len() as f64;
    let (p10, recall) = (p_sum / n, r_sum / n);
    println!(
        "{} queries: mean P@10 {p10:.3}, mean recall {recall:.3}",
        set.len()
    );
    assert!(p10 >= P10_FLOOR, "mean P@10 {p10:.3} < {P10_FLOOR}");
    assert!(
        recall >= RECALL_FLOOR,
        "mean recall {recall:.3} < {RECALL_FLOOR}"
    );
}

#[test]
fn scores_count_what_they_say() {
    let rel: HashSet<String> = ["a", "b"].iter().map(|s| s.to_string()).collect();
    let found: Vec<String> = ["a", "x", "a", "y"].iter().map(|s| s.to_string()).collect();
    assert_eq!(score(&found, &rel), (0.5, 0.5));
    assert_eq!(score(&[], &rel), (0.0, 0.0));
    assert!(news_day("20240105.md") && !news_day("20240106.md") && !news_day("20250101.md"));
}
