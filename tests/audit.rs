//! `tongbao audit` (issue #5): documents of our own with one planted error of each kind and
//! their consistent twins, the seeds, and the bundled corpus.
mod common;

use std::path::{Path, PathBuf};
use tongbao::audit::{audit, Audit};
use tongbao::pipeline::Pipeline;
use tongbao::read::InputFile;
use tongbao::Rules;

fn audit_file(p: &Pipeline, path: &Path) -> Audit {
    let f = InputFile::new(
        path.file_name().unwrap().to_string_lossy().into_owned(),
        path.to_path_buf(),
    );
    audit(&p.process_file(&f).unwrap())
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    v.sort();
    v
}

fn here(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel)
}

#[test]
fn every_planted_error_is_found_and_named() {
    let p = Pipeline::new(Rules::embedded());
    let planted = files(&here("tests/audit/planted"));
    assert!(planted.len() >= 11);
    for path in planted {
        // the file name says which check must fire: `07-share_inconsistent.txt`
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let want = stem.split_once('-').unwrap().1;
        let a = audit_file(&p, &path);
        let got: Vec<&str> = a.findings.iter().map(|f| f.check).collect();
        assert_eq!(got, [want], "{}: {:#?}", path.display(), a.findings);
        // a finding names its figures as written and where they stand
        let text = p
            .process_file(&InputFile::new(stem.clone(), path.clone()))
            .unwrap()
            .normalized
            .text;
        let chars: Vec<char> = text.chars().collect();
        for fig in &a.findings[0].figures {
            assert_eq!(
                chars[fig.start..fig.end].iter().collect::<String>(),
                fig.text,
                "{stem}"
            );
        }
    }
}

#[test]
fn consistent_twins_the_seeds_and_the_corpus_raise_no_flag() {
    let p = Pipeline::new(Rules::embedded());
    let mut paths = files(&here("tests/audit/consistent"));
    paths.extend(files(&here("corpus")));
    if let Some(shared) = common::shared() {
        paths.extend(files(&shared.join("seeds")));
    }
    let mut checks = 0;
    for path in &paths {
        let a = audit_file(&p, path);
        assert!(
            a.findings.is_empty(),
            "{}: {:#?}",
            path.display(),
            a.findings
        );
        checks += a.checked.values().sum::<usize>();
    }
    // the twins are checked, not skipped: each one holds the figures its planted twin breaks
    for path in files(&here("tests/audit/consistent")) {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let a = audit_file(&p, &path);
        assert!(
            !a.checked.is_empty() || name.starts_with("09-"),
            "{name}: nothing checked"
        );
    }
    assert!(checks >= 30, "{checks}");
}

#[test]
fn the_command_reports_and_sets_its_exit_status() {
    let run = |dir: &str| {
        std::process::Command::new(common::bin())
            .args(["audit", "--json"])
            .arg(here(dir))
            .output()
            .unwrap()
    };
    let out = run("tests/audit/planted");
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(lines
        .iter()
        .all(|l| l["findings"].as_array().is_some_and(|f| !f.is_empty())));
    let first = &lines[0]["findings"][0];
    assert_eq!(first["check"], "parts_exceed_total");
    assert!(
        first["message"].as_str().unwrap().contains("5956万元"),
        "{first}"
    );
    let out = run("tests/audit/consistent");
    assert_eq!(out.status.code(), Some(0));
}
