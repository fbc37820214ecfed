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
        panic!("../shared is required (TONGBAO_REQUIRE_SHARED=1) but {} is missing", p.display());
    }
    eprintln!("note: {} not found; skipping a test that needs it", p.display());
    None
}

#[allow(dead_code)]
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_tongbao"))
}
