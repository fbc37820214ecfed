//! Bad and unusual input: every case gets a clear outcome, the batch goes on, nothing panics,
//! and every fact's offsets point at its text.
mod common;
use proptest::prelude::*;
use std::process::Command;
use tongbao::{Pipeline, Rules};

fn tmpdir(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("tongbao-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

const SAMPLE: &str = "2021年1-8月，全区新签约项目52个，总投资金额100.7亿元，同比增长22.9%。\n";

fn extract(args: &[&std::ffi::OsStr]) -> (i32, String, String) {
    let out = Command::new(common::bin())
        .arg("extract")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn encodings_are_detected_and_offsets_map_to_source_bytes() {
    let d = tmpdir("enc");
    let (gbk, _, _) = encoding_rs::GB18030.encode(SAMPLE);
    std::fs::write(d.join("gbk.txt"), &gbk).unwrap();
    let mut le = vec![0xFF, 0xFE];
    le.extend(SAMPLE.encode_utf16().flat_map(|u| u.to_le_bytes()));
    std::fs::write(d.join("utf16le.txt"), &le).unwrap();
    let mut be = vec![0xFE, 0xFF];
    be.extend(SAMPLE.encode_utf16().flat_map(|u| u.to_be_bytes()));
    std::fs::write(d.join("utf16be.txt"), &be).unwrap();
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend(SAMPLE.as_bytes());
    std::fs::write(d.join("utf8bom.txt"), &bom).unwrap();
    let (code, out, err) = extract(&[d.as_os_str(), "--docs".as_ref()]);
    assert_eq!(code, 0, "{err}");
    for (file, enc) in [
        ("gbk.txt", "GB18030"),
        ("utf16be.txt", "UTF-16BE"),
        ("utf16le.txt", "UTF-16LE"),
        ("utf8bom.txt", "UTF-8"),
    ] {
        let line = out
            .lines()
            .find(|l| l.contains(&format!("\"doc\":\"{file}\"")))
            .unwrap_or_else(|| panic!("{file} missing:\n{out}"));
        assert!(line.contains(&format!("\"encoding\":\"{enc}\"")), "{line}");
    }
    // The money fact's source bytes decode back to its text in every encoding.
    let (_, facts, _) = extract(&[d.as_os_str(), "--kinds".as_ref(), "money".as_ref()]);
    let mut n = 0;
    for line in facts.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let bytes = std::fs::read(d.join(v["doc"].as_str().unwrap())).unwrap();
        let (s, e) = (
            v["src_start"].as_u64().unwrap() as usize,
            v["src_end"].as_u64().unwrap() as usize,
        );
        let raw = &bytes[s..e];
        let text = match v["doc"].as_str().unwrap() {
            "gbk.txt" => encoding_rs::GB18030
                .decode_without_bom_handling(raw)
                .0
                .into_owned(),
            "utf16le.txt" => encoding_rs::UTF_16LE
                .decode_without_bom_handling(raw)
                .0
                .into_owned(),
            "utf16be.txt" => encoding_rs::UTF_16BE
                .decode_without_bom_handling(raw)
                .0
                .into_owned(),
            _ => String::from_utf8(raw.to_vec()).unwrap(),
        };
        assert_eq!(text, "100.7亿元", "{line}");
        n += 1;
    }
    assert_eq!(n, 4);
}

#[test]
fn bad_inputs_are_reported_and_the_batch_goes_on() {
    let d = tmpdir("bad");
    std::fs::write(d.join("empty.txt"), b"").unwrap();
    let junk: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    std::fs::write(d.join("junk.bin.txt"), &junk).unwrap();
    std::fs::write(d.join("good.txt"), SAMPLE).unwrap();
    std::fs::write(d.join("scan.pdf"), b"%PDF-1.4 not really").unwrap();
    let missing = d.join("no-such-file.txt");
    let (code, out, err) = extract(&[d.as_os_str(), missing.as_os_str()]);
    assert_eq!(code, 1, "a failed input makes the exit status non-zero");
    assert!(
        out.contains("100.7亿元"),
        "the good file is still processed:\n{out}"
    );
    assert!(err.contains("junk.bin.txt"), "junk is named: {err}");
    assert!(
        err.contains("no-such-file.txt"),
        "missing path is named: {err}"
    );
    assert!(
        err.contains("scan.pdf"),
        "unsupported format is named: {err}"
    );
    assert!(!err.contains("panicked"), "{err}");
}

#[cfg(unix)]
#[test]
fn unreadable_entries_in_a_folder_are_reported() {
    use std::os::unix::fs::PermissionsExt;
    let d = tmpdir("perm");
    std::fs::write(d.join("good.txt"), SAMPLE).unwrap();
    let locked = d.join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::write(locked.join("inside.txt"), SAMPLE).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let root_can_read = std::fs::read_dir(&locked).is_ok(); // root ignores permissions
    let (code, out, err) = extract(&[d.as_os_str()]);
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert!(out.contains("100.7亿元"));
    if !root_can_read {
        assert_eq!(code, 1);
        assert!(err.contains("locked"), "{err}");
    }
}

#[test]
fn a_50_mb_single_line_file_is_processed() {
    let d = tmpdir("big");
    let unit = "全区新签约项目52个，总投资金额100.7亿元，同比增长22.9%，";
    let n = 50_000_000 / unit.len();
    let mut s = String::with_capacity(unit.len() * n);
    for _ in 0..n {
        s.push_str(unit);
    }
    std::fs::write(d.join("big.txt"), &s).unwrap();
    let out = Command::new(common::bin())
        .arg("extract")
        .arg(d.join("big.txt"))
        .args(["--kinds", "money"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = out
        .stdout
        .split(|b| *b == b'\n')
        .filter(|l| !l.is_empty())
        .count();
    assert_eq!(lines, n);
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn output_is_deterministic() {
    let Some(shared) = common::shared() else {
        return;
    };
    let a = Command::new(common::bin())
        .arg("extract")
        .arg(shared.join("seeds"))
        .output()
        .unwrap();
    let b = Command::new(common::bin())
        .arg("extract")
        .arg(shared.join("seeds"))
        .output()
        .unwrap();
    assert!(!a.stdout.is_empty());
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn broken_rules_stop_with_file_and_line() {
    let d = tmpdir("rules");
    common::copy_rules(&d);
    let g = std::fs::read_to_string(d.join("growth.toml")).unwrap();
    std::fs::write(
        d.join("growth.toml"),
        g.replacen("down = [", "down = [1, ", 1),
    )
    .unwrap();
    let out = Command::new(common::bin())
        .args(["extract", "--rules"])
        .arg(&d)
        .arg(d.join("growth.toml"))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert!(err.contains("growth.toml:") && err.contains(':'), "{err}");
    assert!(out.stdout.is_empty(), "nothing runs with broken rules");
}

fn check_offsets(text: &str) {
    static P: std::sync::OnceLock<Pipeline> = std::sync::OnceLock::new();
    let p = P.get_or_init(|| Pipeline::new(Rules::embedded()));
    let out = p.process_text("prop.txt", text);
    let chars: Vec<char> = out.normalized.text.chars().collect();
    for f in &out.facts {
        let got: String = chars[f.start..f.end].iter().collect();
        assert_eq!(
            got, f.text,
            "fact text must equal the normalised text at start..end"
        );
        assert!(f.src_start <= f.src_end && f.src_end <= text.len());
    }
}

#[test]
fn a_ranking_does_not_reach_across_a_paragraph_break() {
    let p = Pipeline::new(Rules::embedded());
    for text in ["排名全市元\n第一", "增速排名全市\n第12"] {
        let out = p.process_text("r.txt", text);
        assert!(
            out.facts.iter().all(|f| f.kind != tongbao::Kind::Ranking),
            "{text:?}: {:?}",
            out.facts
        );
    }
    let out = p.process_text("r.txt", "增速排名 全市 第 2 位。");
    assert!(
        out.facts.iter().any(|f| f.kind == tongbao::Kind::Ranking),
        "spaces inside a rank are fine"
    );
}

/// Found by `adversarial_fragments_never_panic`: a figure whose text runs past the end of the
/// sentence its start is in (`-3…。”12`) made the clause-place lookup slice backwards.
#[test]
fn a_figure_running_past_its_sentence_end_is_placed() {
    check_offsets("之/万“-3万同比增长个 一第正月初。”12”分之项目元12/排名全市公司");
}

/// A figure after a `分别` list that is not one of its items (the 3.3 points) once made the
/// pairing index past the list's end.
#[test]
fn a_figure_after_a_respectively_list_keeps_its_document() {
    let text = "银联、网联共处理支付交易2769.96亿笔，金额151.66万亿元，同比分别增长14.59%和16.64%，金额增速较上半年加快3.3个百分点。";
    check_offsets(text);
    let out = Pipeline::new(Rules::embedded()).process_text("x.txt", text);
    assert!(
        out.facts.iter().any(|f| f.text == "加快3.3个百分点"),
        "{:?}",
        out.facts.iter().map(|f| &f.text).collect::<Vec<_>>()
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]
    #[test]
    fn random_strings_never_panic(s in "\\PC{0,200}") {
        check_offsets(&s);
    }

    #[test]
    fn adversarial_fragments_never_panic(parts in proptest::collection::vec(proptest::sample::select(vec![
        "1", "2021年", "1-", "-3", "月", "亿", "万", "元", "%", "％", "同比增长", "下降", "第", "排名全市", "十四五", "“", "”",
        "个", "百分之", "分之", "/", ".", "，", "。", "\n", " ", "项目", "公司", "区", "市", "正月初", "以上", "多", "余",
        "１２", "⻋", "⼀", "\u{3000}", "\r\n", "\n\n", "BBG", "。\n", "之", "成", "倍", "个百分点", "0", "9999999999999999999999",
    ]), 0..40)) {
        check_offsets(&parts.concat());
    }
}

#[test]
fn stdin_csv_and_table_carry_the_same_facts() {
    use std::io::Write;
    let run = |args: &[&str]| {
        let mut child = Command::new(common::bin())
            .arg("extract")
            .arg("-")
            .args(args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(SAMPLE.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let jsonl = run(&[]);
    let csv = run(&["--format", "csv"]);
    let table = run(&["--format", "table"]);
    let n = jsonl.lines().count();
    assert!(n >= 4, "{jsonl}");
    assert!(
        csv.starts_with("doc,kind,text,start,end,src_start,src_end,sentence"),
        "{csv}"
    );
    // one header line, then one line per fact (sentences hold no line breaks)
    assert_eq!(csv.lines().count(), n + 1, "{csv}");
    assert_eq!(table.lines().count(), n + 1, "{table}");
    assert!(
        jsonl.contains("\"value\":10070000000"),
        "exact money: {jsonl}"
    );
    assert!(table.contains("100.7亿元"));
}
