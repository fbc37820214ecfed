//! `tongbao export --format csv|jsonl` (issue #5): a dataset of facts with provenance, the same
//! from files as from the index, filtered as `search` filters.
mod common;

use std::process::Command;

fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(common::bin()).args(args).output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
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
    let rows: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let mut texts: std::collections::HashMap<String, Vec<char>> = std::collections::HashMap::new();
    assert_eq!(rows.len(), extracted.lines().count(), "one row per fact");
    for r in &rows {
        let path = r["path"].as_str().unwrap();
        let bytes = std::fs::read(path).unwrap();
        assert_eq!(
            r["content_hash"].as_str().unwrap(),
            blake3::hash(&bytes).to_hex().as_str()
        );
        assert_eq!(r["tongbao_version"], tongbao::VERSION);
        assert_eq!(r["rules_version"].as_str().unwrap().len(), 16);
        // the surface text stands at its character offsets in the normalised text
        let chars = texts
            .entry(path.to_string())
            .or_insert_with(|| run(&["text", path]).1.chars().collect());
        let (s, e) = (
            r["start"].as_u64().unwrap() as usize,
            r["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            chars[s..e].iter().collect::<String>(),
            r["text"].as_str().unwrap()
        );
        // money keeps its exact value, periods their days
        if r["kind"] == "money" {
            assert!(r["value"].is_u64() || r["value"].is_i64() || r["value"].is_f64());
        }
    }
    assert!(rows
        .iter()
        .any(|r| r["period_start"] == "2024-01-01" && r["period_end"] == "2024-03-31"));
}

#[test]
fn filters_work_as_in_search() {
    let (_, out, _) = run(&[
        "export", "corpus", "--format", "csv", "--kind", "money", "--min", "10亿", "--max", "50亿",
    ]);
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
    let (code, out, err) = run(&[
        "export", "corpus", "--table", "projects", "--format", "jsonl",
    ]);
    assert_eq!(code, Some(0), "{err}");
    let rows: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let find = |name: &str| {
        rows.iter()
            .find(|r| r["project"] == name)
            .unwrap_or_else(|| panic!("{name} missing: {out}"))
    };
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
    assert_eq!(
        (phase2["status"].as_str(), phase2["doc"].as_str()),
        (Some("开工"), Some("county-news-2024-05.html"))
    );
    // the same table from an index
    let index = std::env::temp_dir().join(format!("tongbao-projects-{}", std::process::id()));
    let ix = index.to_str().unwrap();
    assert_eq!(run(&["index", "corpus", "--index", ix]).0, Some(0));
    let (_, from_index, _) = run(&[
        "export", "--index", ix, "--table", "projects", "--format", "jsonl",
    ]);
    std::fs::remove_dir_all(&index).ok();
    assert_eq!(from_index, out);
    let (code, _, err) = run(&["export", "corpus", "--table", "projects", "--kind", "money"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("--table projects"), "{err}");
}

#[test]
fn parquet_reads_back_with_exact_money_and_real_dates() {
    use parquet::basic::{ConvertedType, Type as Physical};
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use parquet::record::Field;
    let out = std::env::temp_dir().join(format!("tongbao-facts-{}.parquet", std::process::id()));
    let (code, _, err) = run(&[
        "export",
        "corpus",
        "--format",
        "parquet",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, Some(0), "{err}");
    let (_, jsonl, _) = run(&["export", "corpus", "--format", "jsonl"]);
    let want: Vec<serde_json::Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let reader = SerializedFileReader::new(std::fs::File::open(&out).unwrap()).unwrap();
    std::fs::remove_file(&out).ok();
    // column types: text as UTF-8, offsets INT64, value DOUBLE with exact fen beside it, dates DATE
    let schema = reader.metadata().file_metadata().schema_descr();
    let col = |name: &str| {
        (0..schema.num_columns())
            .map(|i| schema.column(i))
            .find(|c| c.name() == name)
            .unwrap()
    };
    assert_eq!(
        (col("text").physical_type(), col("text").converted_type()),
        (Physical::BYTE_ARRAY, ConvertedType::UTF8)
    );
    assert_eq!(col("start").physical_type(), Physical::INT64);
    assert_eq!(col("value").physical_type(), Physical::DOUBLE);
    assert_eq!(col("value_fen").physical_type(), Physical::INT64);
    assert_eq!(
        (
            col("period_start").physical_type(),
            col("period_start").converted_type()
        ),
        (Physical::INT32, ConvertedType::DATE)
    );
    let rows: Vec<parquet::record::Row> = reader
        .get_row_iter(None)
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    assert_eq!(rows.len(), want.len());
    let mut money = 0;
    for (row, w) in rows.iter().zip(&want) {
        let get = |name: &str| {
            row.get_column_iter()
                .find(|(n, _)| n.as_str() == name)
                .map(|(_, f)| f.clone())
                .unwrap()
        };
        assert_eq!(
            get("text"),
            Field::Str(w["text"].as_str().unwrap().to_string())
        );
        if w["kind"] == "money" {
            // exact: the fen column is the yuan value × 100 with no float on the way
            let yuan = w["value"].to_string();
            let (int, frac) = yuan.split_once('.').unwrap_or((&yuan, ""));
            let fen: i64 = format!("{int}{:0<2}", frac.trim_end_matches('0'))
                .parse()
                .unwrap();
            assert_eq!(get("value_fen"), Field::Long(fen), "{w}");
            money += 1;
        } else {
            assert_eq!(get("value_fen"), Field::Null);
        }
        if let Some(d) = w["period_start"].as_str() {
            // a DATE: days since 1970-01-01
            assert_eq!(get("period_start"), Field::Date(days_since_1970(d)), "{d}");
        }
    }
    assert!(money >= 20, "{money}");
    let (code, _, err) = run(&["export", "corpus", "--format", "parquet"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("-o FILE"), "{err}");
}

/// Days from 1970-01-01, counted the long way (an oracle independent of the exporter's formula).
fn days_since_1970(d: &str) -> i32 {
    let (y, m, day): (i32, u32, i32) = (
        d[..4].parse().unwrap(),
        d[5..7].parse().unwrap(),
        d[8..10].parse().unwrap(),
    );
    let leap = |y: i32| (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let mut n: i32 = (1970..y).map(|y| if leap(y) { 366 } else { 365 }).sum();
    for mo in 1..m {
        n += match mo {
            2 if leap(y) => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
    }
    n + day - 1
}

/// A work report states last year's results under a review heading and this year's targets
/// under another, without a year in each sentence: `--from/--to` finds each by its section's year.
#[test]
fn periods_from_sections_reach_search_and_export() {
    let dir = std::env::temp_dir().join(format!("tongbao-sections-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let report = "2025年某某省政府工作报告\n——2025年1月18日在某某省第十四届人民代表大会第三次会议上\n一、2024年工作回顾\n全省经济稳中有进，粮食产量达到650亿斤，外贸进出口增长7.1%。\n二、2025年主要预期目标\n今年全省主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业60万人以上。\n";
    std::fs::write(dir.join("report.txt"), report).unwrap();
    let index = dir.join("index");
    let (ix, docs) = (index.to_str().unwrap(), dir.join("report.txt"));
    let (code, _, err) = run(&["index", docs.to_str().unwrap(), "--index", ix]);
    assert_eq!(code, Some(0), "{err}");
    let values = |args: &[&str]| -> Vec<String> {
        let (code, out, err) = run(args);
        assert_eq!(code, Some(0), "{err}");
        let mut v: Vec<String> = out
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).unwrap()["text"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
        v.sort();
        v
    };
    let from_files = values(&[
        "export",
        docs.to_str().unwrap(),
        "--format",
        "jsonl",
        "--from",
        "2024",
        "--to",
        "2024",
        "--kind",
        "growth",
    ]);
    assert_eq!(from_files, vec!["增长7.1%".to_string()]);
    let targets = values(&[
        "export", "--index", ix, "--format", "jsonl", "--from", "2025", "--to", "2025", "--kind",
        "growth",
    ]);
    assert_eq!(targets, vec!["增长5.5%左右".to_string()]);
    let (_, found, _) = run(&[
        "search",
        "粮食产量",
        "--index",
        ix,
        "--facts",
        "--from",
        "2024",
        "--to",
        "2024",
        "--json",
    ]);
    assert!(found.contains("650"), "{found}");
    std::fs::remove_dir_all(&dir).ok();
}

/// A folder mixing plain files (the sample corpus) and archives (JSON Lines with a text field of
/// an unknown name, CSV), each record a document of its own.
fn mixed_folder(tag: &str) -> std::path::PathBuf {
    let dir = common::fresh_dir("export-mixed", tag);
    for e in std::fs::read_dir("corpus").unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, dir.join(p.file_name().unwrap())).unwrap();
    }
    let records = [
        ("青溪县2024年一季度经济运行简报", "2024-04-10", "一季度，青溪县地区生产总值52.3亿元，同比增长6.1%，增速位居全市第一。青溪新能源电池材料项目完成投资8600万元。"),
        ("溪口镇2023年工作总结", "2024-01-08", "2023年，溪口镇实现财政收入1.2亿元，同比下降3.5%。溪口物流园项目已完成投资2.1亿元。全镇粮食产量4.5万吨。"),
        ("青溪县2025年工作要点", "2025-02-01", "2025年，青溪县力争地区生产总值增长6.5%左右，固定资产投资增长8%，溪口物流园项目完成投资1亿元。"),
    ];
    let jsonl: String = records
        .iter()
        .map(|(t, d, x)| {
            serde_json::json!({"编号": 1, "Headline X": t, "发布日期": d, "Body Of Text": x})
                .to_string()
                + "\n"
        })
        .collect();
    std::fs::write(dir.join("briefs.jsonl"), jsonl).unwrap();
    let csv: String = std::iter::once("title,date,content\n".to_string())
        .chain(
            records
                .iter()
                .rev()
                .map(|(t, d, x)| format!("{t},{d},\"{x}\"\n")),
        )
        .collect();
    std::fs::write(dir.join("briefs.csv"), csv).unwrap();
    dir
}

fn rows(out: &str) -> Vec<serde_json::Map<String, serde_json::Value>> {
    out.lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l)
                .unwrap()
                .as_object()
                .unwrap()
                .clone()
        })
        .collect()
}

/// Issue #16: `export` from files and from the index give the same rows, field by field, on a
/// folder of plain files and archives, under every filter; archive records keep their own
/// provenance (the content hash of the bytes read, no `#k`), stay apart and in order.
#[test]
fn files_and_index_agree_field_by_field_on_a_mixed_folder_with_every_filter() {
    let dir = mixed_folder("filters");
    let folder = dir.to_str().unwrap().to_string();
    let index = dir.with_extension("index");
    let ix = index.to_str().unwrap();
    let (code, _, err) = run(&["index", &folder, "--index", ix]);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        err.contains("`Body Of Text` (the longest text)"),
        "the choice of text field is reported: {err}"
    );
    let filters: &[&[&str]] = &[
        &[],
        &["--kind", "money"],
        &["--kind", "money,growth"],
        &["--min", "1亿"],
        &["--min", "1000万", "--max", "10亿"],
        &["--min", "5%"],
        &["--max", "0%", "--kind", "growth"],
        &["--from", "2024"],
        &["--from", "2023", "--to", "2023"],
        &["--to", "2024Q1"],
        &["--region", "青溪县"],
        &["--region", "青溪"],
        &["--entity", "物流园"],
        &["--role", "target"],
        &["--role", "actual", "--kind", "money"],
        &["--scope", "全市", "--kind", "ranking"],
        &[
            "--kind",
            "money",
            "--min",
            "5000万",
            "--from",
            "2024",
            "--region",
            "青溪县",
        ],
    ];
    let mut nonempty = 0;
    for f in filters {
        let mut a = vec!["export", folder.as_str(), "--format", "jsonl"];
        a.extend_from_slice(f);
        let mut b = vec!["export", "--index", ix, "--format", "jsonl"];
        b.extend_from_slice(f);
        let ((c1, files, e1), (c2, from_index, e2)) = (run(&a), run(&b));
        assert_eq!((c1, c2), (Some(0), Some(0)), "{f:?}: {e1}{e2}");
        let (x, y) = (rows(&files), rows(&from_index));
        assert_eq!(
            x.len(),
            y.len(),
            "{f:?}: {} rows from files, {} from the index",
            x.len(),
            y.len()
        );
        for (i, (r, s)) in x.iter().zip(&y).enumerate() {
            for (k, v) in r {
                assert_eq!(Some(v), s.get(k), "{f:?}: row {i}, field {k}");
            }
        }
        nonempty += usize::from(!x.is_empty());
    }
    assert!(
        nonempty >= filters.len() - 1,
        "the filters choose something: {nonempty} of {}",
        filters.len()
    );
    // archive records: their own hash, in the archive's order, each a document apart
    let (_, all, _) = run(&["export", "--index", ix, "--format", "jsonl"]);
    let all = rows(&all);
    let mut last = (String::new(), 0usize);
    for r in &all {
        let (doc, path) = (r["doc"].as_str().unwrap(), r["path"].as_str().unwrap());
        assert!(!r["content_hash"].as_str().unwrap().contains('#'), "{r:?}");
        if let Some((_, k)) = doc.split_once('#') {
            let k: usize = k.parse().unwrap();
            if last.0 == path {
                assert!(
                    k >= last.1,
                    "records of {path} interleave: {k} after {}",
                    last.1
                );
            }
            last = (path.to_string(), k);
        }
    }
    assert!(
        all.iter().any(|r| r["doc"] == "briefs.jsonl#3")
            && all.iter().any(|r| r["doc"] == "briefs.csv#1")
    );
    // the projects table: a project named in two records is two rows, one per document
    let (_, projects, _) = run(&[
        "export", "--index", ix, "--table", "projects", "--format", "jsonl",
    ]);
    let park: Vec<String> = rows(&projects)
        .iter()
        .filter(|r| {
            r["project"] == "溪口物流园项目"
                && r["path"].as_str().unwrap().ends_with("briefs.jsonl")
        })
        .map(|r| r["doc"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(park, ["briefs.jsonl#2", "briefs.jsonl#3"]);
    let (_, from_files, _) = run(&[
        "export", &folder, "--table", "projects", "--format", "jsonl",
    ]);
    let (_, from_index, _) = run(&[
        "export", "--index", ix, "--table", "projects", "--format", "jsonl",
    ]);
    assert_eq!(from_files, from_index);
    std::fs::remove_dir_all(&dir).ok();
    std::fs::remove_dir_all(&index).ok();
}

/// Issue #16: an archive whose text field has an unknown name is read record by record (not as
/// one document), `--text-field` names the field, and a field that is not there is an error.
#[test]
fn an_archive_text_field_is_found_or_named() {
    let dir = mixed_folder("field");
    let file = dir.join("briefs.jsonl");
    let f = file.to_str().unwrap();
    let (code, out, err) = run(&["extract", f, "--docs"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(out.lines().count(), 3, "one document per record: {out}");
    let (_, out, err) = run(&["extract", f, "--docs", "--text-field", "Headline X"]);
    assert!(err.contains("`Headline X` (asked for)"), "{err}");
    let chars: Vec<u64> = out
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["chars"]
                .as_u64()
                .unwrap()
        })
        .collect();
    assert!(
        chars.iter().all(|&c| c < 20),
        "the titles were read: {chars:?}"
    );
    let (code, _, err) = run(&["extract", f, "--text-field", "正文"]);
    assert_eq!(code, Some(1));
    assert!(
        err.contains("briefs.jsonl") && err.contains("no field named `正文`"),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).ok();
}
