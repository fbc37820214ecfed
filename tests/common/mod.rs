//! Helpers shared by the integration tests.
use std::path::PathBuf;

/// `../shared` beside the repository, or None (with a note) when it is absent. With
/// `TONGBAO_REQUIRE_SHARED=1` (set by `.ci/run`) its absence fails the test instead.
#[allow(dead_code)]
pub fn shared() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if p.join("seeds").is_dir() {
        return Some(p);
    }
    if std::env::var("TONGBAO_REQUIRE_SHARED").is_ok_and(|v| v == "1") {
        panic!(
            "../shared is required (TONGBAO_REQUIRE_SHARED=1) but {} is missing",
            p.display()
        );
    }
    eprintln!(
        "note: {} not found; skipping a test that needs it",
        p.display()
    );
    None
}

#[allow(dead_code)]
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_tongbao"))
}

/// Runs `tongbao extract` over `input` and scores it against `gold` with `../shared/eval/score.py`;
/// returns the scorer's JSON summary.
#[allow(dead_code)]
pub fn score(
    shared: &std::path::Path,
    gold: &std::path::Path,
    input: &std::path::Path,
    tag: &str,
) -> serde_json::Value {
    use std::process::Command;
    let out = Command::new(bin())
        .arg("extract")
        .arg(input)
        .args(["--format", "jsonl"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "extract failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dir = std::env::temp_dir().join(format!("tongbao-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let pred = dir.join("pred.jsonl");
    std::fs::write(&pred, &out.stdout).unwrap();
    let score = Command::new("python3")
        .arg(shared.join("eval/score.py"))
        .arg(gold)
        .arg(&pred)
        .arg("--json")
        .output()
        .expect("python3 runs the scorer");
    assert!(
        score.status.success(),
        "{}",
        String::from_utf8_lossy(&score.stderr)
    );
    let _ = std::fs::remove_dir_all(&dir);
    serde_json::from_slice(&score.stdout).unwrap()
}

/// The figures of a scorer summary below their floors, one line each.
#[allow(dead_code)]
pub fn below(
    s: &serde_json::Value,
    f1_floors: &[(&str, f64)],
    attr_floors: &[(&str, f64)],
) -> Vec<String> {
    let mut failures = Vec::new();
    for &(k, floor) in f1_floors {
        let v = s[k]["f1"].as_f64().unwrap_or(0.0);
        if v < floor {
            failures.push(format!("{k} F1 {v:.3} < {floor}"));
        }
    }
    for &(a, floor) in attr_floors {
        let v = s["attributes"][a]["acc"].as_f64().unwrap_or(0.0);
        if v < floor {
            failures.push(format!("{a} accuracy {v:.3} < {floor}"));
        }
    }
    failures
}

/// Copies the repository's `rules/` (with its `places/` folder) into `to`, for a test that
/// edits a copy.
#[allow(dead_code)]
pub fn copy_rules(to: &std::path::Path) {
    fn copy(from: &std::path::Path, to: &std::path::Path) {
        std::fs::create_dir_all(to).unwrap();
        for e in std::fs::read_dir(from).unwrap() {
            let e = e.unwrap();
            if e.file_type().unwrap().is_dir() {
                copy(&e.path(), &to.join(e.file_name()));
            } else {
                std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
            }
        }
    }
    copy(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules"),
        to,
    );
}

/// An empty folder of its own for one test (`area` and `tag` name it; the process id keeps
/// concurrent runs apart).
#[allow(dead_code)]
pub fn fresh_dir(area: &str, tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("tongbao-{area}-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}
