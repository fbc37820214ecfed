//! `tongbao check` (issue #5): every verdict on the bundled corpus, and the evaluation set of
//! `tests/check/claims.tsv` (claims we wrote from the seeds and the work reports of
//! `../shared/corpus/reports`) scored per verdict against an index of those documents.
mod common;

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn here(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel)
}

fn index(dir: &Path, paths: &[PathBuf]) {
    let out = Command::new(common::bin())
        .arg("index")
        .args(paths)
        .arg("--index")
        .arg(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Runs `check --json` on the claims; the exit status and each claim's figures.
fn check(dir: &Path, claims: &[&str]) -> (i32, Vec<Value>) {
    let out = Command::new(common::bin())
        .arg("check")
        .arg("--json")
        .arg("--index")
        .arg(dir)
        .args(claims)
        .output()
        .unwrap();
    let rows = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (out.status.code().unwrap_or(-1), rows)
}

/// A fresh folder under the system's temporary folder, removed when dropped.
struct Temp(PathBuf);

impl Temp {
    fn new(name: &str) -> Temp {
        let d = std::env::temp_dir().join(format!("tongbao-check-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        Temp(d)
    }
    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn corpus_index(name: &str) -> Temp {
    let dir = Temp::new(name);
    index(&dir.path().join("index"), &[here("corpus")]);
    dir
}

#[test]
fn each_verdict_on_the_bundled_corpus_with_its_evidence() {
    let dir = corpus_index("verdicts");
    let cases = [
        ("青溪县2024年一季度固定资产投资完成23.6亿元", "supported", 0),
        // rounded as the claim prints it: 24亿元 stands for 23.5–24.5亿元
        ("青溪县2024年一季度固定资产投资24亿元", "supported", 0),
        (
            "青溪县2024年一季度固定资产投资完成21.6亿元",
            "contradicted",
            3,
        ),
        ("青溪县2024年二季度新增规上企业6家", "target-not-result", 3),
        ("青溪县一季度进出口总额增长12.4%", "not found", 0),
    ];
    for (claim, want, status) in cases {
        let (code, rows) = check(&dir.path().join("index"), &[claim]);
        assert_eq!(rows.len(), 1, "{claim}: {rows:#?}");
        assert_eq!(rows[0]["verdict"], want, "{claim}: {:#}", rows[0]);
        assert_eq!(code, status, "{claim}");
        if want != "not found" {
            // evidence names the document, the sentence, the offsets and the value found
            let e = &rows[0]["evidence"][0];
            assert!(e["title"].as_str().is_some_and(|t| !t.is_empty()), "{e:#}");
            let (s, end) = (e["start"].as_u64().unwrap(), e["end"].as_u64().unwrap());
            assert!(end > s);
            assert!(e["sentence"]
                .as_str()
                .unwrap()
                .contains(e["text"].as_str().unwrap()));
            assert!(e["value"].as_f64().is_some());
        }
    }
    // the contradicting value is shown
    let (_, rows) = check(
        &dir.path().join("index"),
        &["青溪县2024年一季度固定资产投资完成21.6亿元"],
    );
    assert_eq!(
        rows[0]["evidence"][0]["value"].as_f64(),
        Some(2_360_000_000.0)
    );
}

#[test]
fn near_matches_say_why_they_were_turned_down() {
    let dir = corpus_index("reasons");
    let reason = |claim: &str| -> Vec<String> {
        let (_, rows) = check(&dir.path().join("index"), &[claim]);
        assert_eq!(rows[0]["verdict"], "not found", "{claim}: {:#}", rows[0]);
        rows[0]["rejected"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["reason"].as_str().unwrap().to_string())
            .collect()
    };
    let other_period = reason("2023年一季度青溪县固定资产投资完成23.6亿元");
    assert!(
        other_period[0].starts_with("other period (2024-01-01..2024-03-31)"),
        "{other_period:?}"
    );
    let other_region = reason("溪口镇一季度固定资产投资完成23.6亿元");
    assert!(
        other_region[0].starts_with("other region (青溪县)"),
        "{other_region:?}"
    );
}

#[test]
fn a_claim_without_a_year_matches_the_same_months_of_any_year() {
    let dir = corpus_index("any-year");
    let (_, rows) = check(
        &dir.path().join("index"),
        &["青溪县一季度固定资产投资完成23.6亿元"],
    );
    assert_eq!(rows[0]["verdict"], "supported");
    assert_eq!(rows[0]["any_year"], true);
    assert_eq!(rows[0]["evidence"][0]["period"][0], "2024-01-01");
}

#[test]
fn a_file_has_every_figure_checked_and_a_missing_index_is_named() {
    let dir = corpus_index("file");
    let press = dir.path().join("press.txt");
    std::fs::write(
        &press,
        "2024年4月20日\n青溪县一季度固定资产投资完成23.6亿元，同比增长8.7%。全县新签约项目20个。\n",
    )
    .unwrap();
    let out = Command::new(common::bin())
        .arg("check")
        .arg("--file")
        .arg(&press)
        .arg("--index")
        .arg(dir.path().join("index"))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("23.6亿元  [supported]"), "{text}");
    assert!(text.contains("同比增长8.7%  [supported]"), "{text}");
    assert!(text.contains("20个  [contradicted]"), "{text}");
    assert_eq!(out.status.code(), Some(3));

    let out = Command::new(common::bin())
        .args([
            "check",
            "--index",
            "/nonexistent/tongbao-index",
            "全县投资5亿元",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/tongbao-index"));
}

/// Accuracy per expected verdict of a set of claims (`expect<TAB>how<TAB>claim…`), checked
/// against an index of the seeds, the work reports and the bundled corpus; None without
/// `../shared`. Prints every miss.
fn evaluate(set_file: &str) -> Option<(usize, usize, BTreeMap<String, (usize, usize)>)> {
    let shared = common::shared()?;
    let reports = shared.join("corpus/reports");
    let dir = Temp::new(&set_file.replace('/', "-"));
    index(
        &dir.path().join("index"),
        &[shared.join("seeds"), reports, here("corpus")],
    );
    let set = std::fs::read_to_string(here(set_file)).unwrap();
    let rows: Vec<(&str, &str, &str)> = set
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut it = l.split('\t');
            (it.next().unwrap(), it.next().unwrap(), it.next().unwrap())
        })
        .collect();
    let claims: Vec<&str> = rows.iter().map(|r| r.2).collect();
    let (_, got) = check(&dir.path().join("index"), &claims);
    let mut by_claim: BTreeMap<&str, Vec<&Value>> = BTreeMap::new();
    for g in &got {
        by_claim
            .entry(g["source"].as_str().unwrap())
            .or_default()
            .push(g);
    }
    let mut tally: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut misses = Vec::new();
    for (want, how, claim) in &rows {
        let figures = by_claim.get(claim).cloned().unwrap_or_default();
        assert_eq!(
            figures.len(),
            1,
            "each claim of the set holds one figure: {claim}"
        );
        let verdict = figures[0]["verdict"].as_str().unwrap();
        let t = tally.entry(want.to_string()).or_default();
        t.1 += 1;
        if verdict == *want {
            t.0 += 1;
        } else {
            misses.push(format!("{claim} ({how}): expected {want}, got {verdict}"));
        }
    }
    let right: usize = tally.values().map(|t| t.0).sum();
    eprintln!("{set_file}: {right}/{} right", rows.len());
    for (v, (r, n)) in &tally {
        eprintln!("  {v:<18} {r}/{n} = {:.3}", *r as f64 / *n as f64);
    }
    for m in &misses {
        eprintln!("  miss: {m}");
    }
    Some((right, rows.len(), tally))
}

/// The evaluation set: accuracy per expected verdict over claims written from the seeds and
/// the work reports, checked against an index of those documents.
#[test]
fn evaluation_set_accuracy_per_verdict() {
    let Some((right, n, tally)) = evaluate("tests/check/claims.tsv") else {
        return;
    };
    assert!(n >= 60, "the set holds {n} claims");
    // the issue asks 0.9 of claims never seen; our own set is held to what it reached
    assert!(
        right as f64 / n as f64 >= 0.97,
        "overall accuracy below 0.97"
    );
    for (v, (r, n)) in &tally {
        assert!(*r as f64 / *n as f64 >= 0.7, "{v}: {r}/{n}");
    }
}

/// Claims written blind by a helper session from reports of provinces our rules were not read
/// on (`tests/check/claims-blind4.tsv`, never run before it was written): the 0.9.
#[test]
fn blind_claims_reach_nine_in_ten() {
    let Some((right, n, _)) = evaluate("tests/check/claims-blind4.tsv") else {
        return;
    };
    assert!(right as f64 / n as f64 >= 0.9, "{right}/{n} below 0.9");
}

/// A bound (`突破3000亿元`) is no value: it neither supports nor contradicts an exact figure,
/// and a value inside a bound claimed supports the claim.
#[test]
fn a_bound_is_no_value_and_a_claimed_bound_takes_a_value_inside_it() {
    let dir = Temp::new("bounds");
    let docs = dir.path().join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    std::fs::write(
        docs.join("a.txt"),
        "青溪县2025年国民经济和社会发展统计公报\n2025年，青溪县地区生产总值突破300亿元，社会消费品零售总额126.4亿元。\n",
    )
    .unwrap();
    index(&dir.path().join("index"), &[docs]);
    let verdict = |claim: &str| {
        let (_, got) = check(&dir.path().join("index"), &[claim]);
        got[0]["verdict"].as_str().unwrap().to_string()
    };
    assert_eq!(verdict("2025年青溪县地区生产总值312亿元"), "not found");
    assert_eq!(
        verdict("2025年青溪县社会消费品零售总额超过120亿元"),
        "supported"
    );
    assert_eq!(
        verdict("2025年青溪县社会消费品零售总额超过130亿元"),
        "contradicted"
    );
}
