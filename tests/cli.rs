//! The commands a user runs on the bundled sample corpus: document records, the normalised text,
//! the word view for rule authors, and the benchmark.
mod common;
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

#[test]
fn document_records_of_the_sample_corpus() {
    let (code, out, err) = run(&["extract", "corpus", "--docs"]);
    assert_eq!(code, 0, "{err}");
    let recs: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let by = |doc: &str| {
        recs.iter()
            .find(|r| r["doc"] == doc)
            .unwrap_or_else(|| panic!("{doc} missing"))
    };
    let notice = by("notice-gbk.txt");
    assert_eq!(notice["encoding"], "GB18030");
    assert_eq!(notice["doc_number"], "青政办发〔2025〕6号");
    assert_eq!(notice["issued"], "2025-02-20");
    assert_eq!(notice["genre"], "notice");
    let bulletin = by("bulletin-2024-q1.txt");
    assert_eq!(bulletin["title"], "2024年一季度全县重点项目建设情况通报");
    assert_eq!(bulletin["issuer"], "青溪县人民政府办公室");
    assert_eq!(bulletin["genre"], "bulletin");
    assert_eq!(by("news-xikou.txt")["genre"], "news");
}

#[test]
fn text_shows_what_the_offsets_refer_to() {
    let (code, out, _) = run(&["text", "corpus/notice-gbk.txt"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("青政办发〔2025〕6号"),
        "decoded from GBK: {out}"
    );
    let (_, facts, _) = run(&["extract", "corpus/notice-gbk.txt", "--kinds", "percent"]);
    let f: serde_json::Value = serde_json::from_str(facts.lines().next().unwrap()).unwrap();
    let chars: Vec<char> = out.chars().collect();
    let (s, e) = (
        f["start"].as_u64().unwrap() as usize,
        f["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        chars[s..e].iter().collect::<String>(),
        f["text"].as_str().unwrap()
    );
}

#[test]
fn words_shows_cuts_and_tags() {
    let (code, out, _) = run(&["words", "青溪高新区加快建设智能制造示范区"]);
    assert_eq!(code, 0);
    assert!(out.contains("高新区/"), "{out}");
    assert!(out.split_whitespace().count() >= 4, "{out}");
}

#[test]
fn bench_reports_throughput() {
    let (code, out, _) = run(&["bench", "corpus", "--threads", "1"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("5 documents") && out.contains("MB/s") && out.contains("documents/s"),
        "{out}"
    );
    // each stage's share of one core, the extraction proper being the rest
    let stages = out
        .lines()
        .find(|l| l.starts_with("stages, per core:"))
        .unwrap_or_else(|| panic!("{out}"));
    for stage in ["reading", "normalising", "segmenting (jieba)", "extracting"] {
        assert!(
            stages.contains(&format!("{stage} ")) && stages.matches("core-s").count() == 4,
            "{stages}"
        );
    }
}

#[test]
fn unknown_kind_is_a_usage_error() {
    let (code, _, err) = run(&["extract", "corpus", "--kinds", "money,moneys"]);
    assert_eq!(code, 2);
    assert!(err.contains("moneys"), "{err}");
}

#[test]
fn compact_heading_dates_and_documents_without_a_year() {
    let dir = std::env::temp_dir().join(format!("tongbao-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("broadcast.md"),
        "# 《新闻联播》 (20230722)\n\n上半年，全国制造业增加值同比增长4.2%。\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("undated.txt"),
        "3月15日，溪口镇举办推介会，签约项目3个。\n",
    )
    .unwrap();
    let d = dir.to_string_lossy().into_owned();
    let (code, out, err) = run(&["extract", &d, "--docs"]);
    assert_eq!(code, 0, "{err}");
    let rec = out.lines().find(|l| l.contains("broadcast.md")).unwrap();
    assert!(rec.contains("\"issued\":\"2023-07-22\""), "{rec}");
    assert!(
        rec.contains("\"title\":\"《新闻联播》 (20230722)\""),
        "the Markdown mark is off the title: {rec}"
    );
    assert!(
        err.contains("undated.txt") && err.contains("--reference-date"),
        "{err}"
    );
    let (_, facts, _) = run(&["extract", &d, "--kinds", "date"]);
    let half = facts
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|f| f["text"] == "上半年")
        .expect("上半年 found");
    assert_eq!(
        (half["date_start"].as_str(), half["date_end"].as_str()),
        (Some("2023-01-01"), Some("2023-06-30"))
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// `--reference-date` gives an undated document its day, not only its year: `今天` and `本月17日`
/// resolve against it.
#[test]
fn the_reference_date_is_the_day_relative_words_resolve_against() {
    let dir = std::env::temp_dir().join(format!("tongbao-cli-ref-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("undated.txt");
    std::fs::write(
        &path,
        "今天上午，全市新开工项目25个。本月17日开始，比赛将在国家速滑馆举行。\n",
    )
    .unwrap();
    let (code, out, err) = run(&[
        "extract",
        &path.to_string_lossy(),
        "--kinds",
        "date",
        "--reference-date",
        "2023-11-15",
    ]);
    assert_eq!(code, 0, "{err}");
    let days: Vec<(String, String)> = out
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .map(|f| {
            (
                f["text"].as_str().unwrap_or("").to_string(),
                f["date_start"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert!(
        days.contains(&("今天".into(), "2023-11-15".into())),
        "{days:?}"
    );
    assert!(
        days.contains(&("本月17日".into(), "2023-11-17".into())),
        "{days:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
