//! Hostile and huge inputs (issue 15): every numeric option range-checked, nothing lost without a
//! word (abrupt HTML comments, one bad record in an archive, Big5, devices, empty Word files,
//! overdrawn PDF text), large and dense documents read in pieces, the index on disk usable by
//! others and read-only. Every reproducer is built here, small.
mod common;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn tmpdir(tag: &str) -> PathBuf {
    common::fresh_dir("hostile", tag)
}

/// Runs tongbao with `args`; (exit code, stdout, stderr).
fn run<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> (i32, String, String) {
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

/// The document records `extract --docs` prints for `path`, with the exit code and stderr.
fn docs(path: &Path) -> (i32, Vec<serde_json::Value>, String) {
    let (code, out, err) = run(&[
        std::ffi::OsStr::new("extract"),
        path.as_os_str(),
        std::ffi::OsStr::new("--docs"),
    ]);
    (
        code,
        out.lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect(),
        err,
    )
}

const SENTENCE: &str = "全县固定资产投资完成23.6亿元，同比增长8.7%。";

/// An index of the bundled corpus in a fresh folder.
fn corpus_index(tag: &str) -> PathBuf {
    let d = tmpdir(tag);
    let index = d.join("index");
    let (code, _, err) = run(&[
        std::ffi::OsStr::new("index"),
        std::ffi::OsStr::new("corpus"),
        std::ffi::OsStr::new("--index"),
        index.as_os_str(),
    ]);
    assert_eq!(code, 0, "{err}");
    index
}

#[test]
fn numeric_options_are_range_checked_with_a_message() {
    let index = corpus_index("limits");
    let ix = index.to_str().unwrap();
    for limit in [
        "0",
        "18446744073709551615",
        "2147483648",
        "10000001",
        "-1",
        "ten",
    ] {
        for mode in ["--docs", "--facts"] {
            let (code, _, err) = run(&["search", "经济", "--index", ix, "--limit", limit, mode]);
            assert_eq!(code, 2, "--limit {limit} {mode}: {err}");
            assert!(
                err.contains("--limit") && !err.contains("panicked"),
                "--limit {limit}: {err}"
            );
        }
    }
    let (code, out, err) = run(&[
        "search", "投资", "--index", ix, "--limit", "10000000", "--facts",
    ]);
    assert_eq!(code, 0, "the largest limit allowed works: {err}");
    assert!(!out.is_empty());
    for args in [
        &["bench", "corpus", "--threads", "0"][..],
        &["bench", "corpus", "--threads", "100000"],
        &["index", "corpus", "--index", ix, "--commit-every", "0"],
        &[
            "bench-search",
            "benches/queries.txt",
            "--index",
            ix,
            "--rounds",
            "0",
        ],
        &[
            "bench-search",
            "benches/queries.txt",
            "--index",
            ix,
            "--rounds",
            "99999999999999999999",
        ],
    ] {
        let (code, _, err) = run(args);
        let flag = args
            .iter()
            .find(|a| a.starts_with("--") && **a != "--index")
            .unwrap();
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(
            err.contains(flag) && !err.contains("panicked"),
            "{args:?}: {err}"
        );
    }
    std::fs::remove_dir_all(index.parent().unwrap()).ok();
}

#[test]
fn a_reference_date_must_be_a_real_day() {
    for bad in [
        "2024-13-45",
        "2024-02-30",
        "2024-1-5",
        "+024-01-05",
        "二〇二四",
    ] {
        let (code, out, err) = run(&["extract", "corpus/news-xikou.txt", "--reference-date", bad]);
        assert_eq!(code, 2, "{bad}: {err}");
        assert!(
            out.is_empty() && err.contains("--reference-date") && err.contains(bad),
            "{bad}: {err}"
        );
    }
    let (code, _, err) = run(&[
        "check",
        "全县投资23.6亿元",
        "--reference-date",
        "2024-13-45",
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--reference-date"), "{err}");
    let (code, _, err) = run(&[
        "extract",
        "corpus/news-xikou.txt",
        "--reference-date",
        "2024-02-29",
    ]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn abrupt_empty_html_comments_keep_the_rest_of_the_page() {
    let d = tmpdir("comments");
    for (name, comment) in [("a.html", "<!-->"), ("b.html", "<!--->")] {
        let page = format!("<html><head><title>通报</title></head><body>{comment}<p>{SENTENCE}</p><p>{}</p></body></html>", SENTENCE.replace("23.6", "41.2"));
        std::fs::write(d.join(name), page).unwrap();
        let (code, out, err) = run(&[std::ffi::OsStr::new("text"), d.join(name).as_os_str()]);
        assert_eq!(code, 0, "{name}: {err}");
        assert!(
            out.contains("23.6亿元") && out.contains("41.2亿元"),
            "{name}: the text after {comment} is lost: {out:?}"
        );
    }
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn a_bad_line_in_a_json_lines_archive_is_reported_and_the_others_read() {
    let d = tmpdir("jsonl");
    let good = |t: &str| serde_json::json!({"title": t, "content": SENTENCE}).to_string();
    let file = format!(
        "{}\n{{\"title\": \"坏\", \"content\": \"没有结束\n{}\n{}\n",
        good("一"),
        good("三"),
        good("四")
    );
    let path = d.join("archive.jsonl");
    std::fs::write(&path, file).unwrap();
    let (code, recs, err) = docs(&path);
    assert_eq!(code, 1, "a bad record makes the exit status 1: {err}");
    assert!(
        err.contains("archive.jsonl") && err.contains("line 2"),
        "the bad line is named: {err}"
    );
    let titles: Vec<&str> = recs
        .iter()
        .map(|r| r["title"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        titles,
        ["一", "三", "四"],
        "the other records are read as records"
    );
    assert!(recs.iter().all(|r| r["format"] == "jsonl"), "{recs:?}");
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn an_unbalanced_quote_in_a_csv_archive_is_reported_and_the_others_read() {
    let d = tmpdir("csv");
    let file = format!(
        "title,content\n一,{SENTENCE}\n二,\"{SENTENCE}\n三,\"{SENTENCE}\"\n四,{SENTENCE}\n"
    );
    let path = d.join("archive.csv");
    std::fs::write(&path, file).unwrap();
    let (code, recs, err) = docs(&path);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("archive.csv") && err.contains("line 3") && err.contains("quote"),
        "the bad row is named by line: {err}"
    );
    let titles: Vec<&str> = recs
        .iter()
        .map(|r| r["title"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(titles, ["一", "三", "四"], "{err}");
    assert!(recs.iter().all(|r| r["format"] == "csv"));
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn big5_text_is_detected_and_said() {
    let d = tmpdir("big5");
    let text = "臺北市政府公告：本市一一三年度總預算歲入為新臺幣一千八百億元，較上年度增加百分之五。\n各機關應依規定辦理，請查照。\n";
    let path = d.join("taipei.txt");
    std::fs::write(&path, encoding_rs::BIG5.encode(text).0).unwrap();
    let (code, recs, err) = docs(&path);
    assert_eq!(code, 0, "{err}");
    assert_eq!(recs[0]["encoding"], "Big5", "{recs:?}");
    assert!(
        recs[0]["notes"].to_string().contains("Big5"),
        "the choice is said: {recs:?}"
    );
    let (_, out, _) = run(&[std::ffi::OsStr::new("text"), path.as_os_str()]);
    assert!(out.contains("臺北市政府公告"), "{out}");
    // GBK stays GBK, without a note of doubt
    let (_, recs, _) = docs(Path::new("corpus/notice-gbk.txt"));
    assert_eq!(recs[0]["encoding"], "GB18030");
    assert!(!recs[0]["notes"].to_string().contains("Big5"), "{recs:?}");
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn japanese_in_shift_jis_is_named_and_refused_and_the_batch_goes_on() {
    let d = tmpdir("sjis");
    let ja = "東京都は本日、来年度の予算案を発表しました。総額は八兆円を超える見込みです。\n";
    std::fs::write(d.join("tokyo.txt"), encoding_rs::SHIFT_JIS.encode(ja).0).unwrap();
    std::fs::write(
        d.join("county.txt"),
        encoding_rs::GB18030.encode(SENTENCE).0,
    )
    .unwrap();
    let (code, out, err) = run(&[std::ffi::OsStr::new("extract"), d.as_os_str()]);
    assert_ne!(code, 0, "a refused file is a failure of the run: {err}");
    assert!(
        err.contains("tokyo.txt") && err.contains("Shift_JIS"),
        "the file and the reason are named: {err}"
    );
    assert!(out.contains("23.6亿元"), "the other file is read: {out}");
    assert!(!out.contains("tokyo.txt"), "no facts from garbage: {out}");
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn a_passage_in_gbk_inside_utf8_text_is_named_and_refused_and_the_batch_goes_on() {
    let d = tmpdir("mixed");
    let (gbk, _, _) = encoding_rs::GB18030.encode("第一季度全市经济运行情况通报");
    let utf8 = SENTENCE.repeat(8);
    std::fs::write(d.join("mixed.txt"), [&gbk[..], utf8.as_bytes()].concat()).unwrap();
    std::fs::write(d.join("county.txt"), SENTENCE).unwrap();
    let (code, out, err) = run(&[std::ffi::OsStr::new("extract"), d.as_os_str()]);
    assert_ne!(code, 0, "a refused file is a failure of the run: {err}");
    assert!(
        err.contains("mixed.txt") && err.contains("mixes encodings"),
        "the file and the reason are named: {err}"
    );
    assert!(out.contains("county.txt"), "the other file is read: {out}");
    assert!(!out.contains("mixed.txt"), "no facts from garbage: {out}");
    std::fs::remove_dir_all(&d).ok();
}

#[cfg(unix)]
#[test]
fn devices_fifos_and_empty_word_files_are_named_with_a_reason() {
    let d = tmpdir("special");
    let good = d.join("good.txt");
    std::fs::write(&good, SENTENCE).unwrap();
    let empty = d.join("empty.docx");
    std::fs::write(&empty, b"").unwrap();
    let renamed = d.join("renamed.docx");
    std::fs::write(&renamed, SENTENCE).unwrap();
    let fifo = d.join("pipe");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let args: Vec<&std::ffi::OsStr> = vec![
        "extract".as_ref(),
        "/dev/zero".as_ref(),
        "/dev/urandom".as_ref(),
        fifo.as_os_str(),
        empty.as_os_str(),
        renamed.as_os_str(),
        good.as_os_str(),
    ];
    let mut child = Command::new(common::bin())
        .args(&args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let t0 = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if t0.elapsed().as_secs() > 60 {
            child.kill().ok();
            panic!("tongbao hangs on a device or a FIFO");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    for (name, why) in [
        ("/dev/zero", "not a regular file"),
        ("/dev/urandom", "not a regular file"),
        ("pipe", "FIFO"),
        ("empty.docx", "empty"),
        ("renamed.docx", "not a zip"),
    ] {
        assert!(
            err.lines().any(|l| l.contains(name) && l.contains(why)),
            "{name} is named with its reason: {err}"
        );
    }
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("23.6亿元"),
        "the rest of the batch goes on"
    );
    // inside a folder, a FIFO is named too
    let (code, _, err) = run(&[std::ffi::OsStr::new("extract"), d.as_os_str()]);
    assert_eq!(code, 1);
    assert!(err.contains("pipe") && err.contains("FIFO"), "{err}");
    std::fs::remove_dir_all(&d).ok();
}

/// A one-page PDF whose text (a Type0 font, Identity-H, a /ToUnicode map) is drawn by `content`.
fn pdf_with(content: &str, chars: &str) -> Vec<u8> {
    use lopdf::{dictionary, Document, Object, Stream};
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let bf: String = chars
        .chars()
        .enumerate()
        .map(|(i, c)| format!("<{:04X}> <{:04X}>\n", i + 1, c as u32))
        .collect();
    let cmap = format!(
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange\n{} beginbfchar\n{bf}endbfchar endcmap end end",
        chars.chars().count()
    );
    let to_unicode = doc.add_object(Stream::new(dictionary! {}, cmap.into_bytes()));
    let cid = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "CIDFontType2", "BaseFont" => "Song", "DW" => 1000,
        "CIDSystemInfo" => dictionary! { "Registry" => Object::string_literal("Adobe"), "Ordering" => Object::string_literal("Identity"), "Supplement" => 0 },
    });
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "Song", "Encoding" => "Identity-H",
        "DescendantFonts" => vec![cid.into()], "ToUnicode" => to_unicode,
    });
    let contents = doc.add_object(Stream::new(dictionary! {}, content.as_bytes().to_vec()));
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } }, "Contents" => contents,
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(
            dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 },
        ),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

#[test]
fn text_drawn_twice_at_nearly_the_same_place_reads_once() {
    let chars = "全县投资完成亿元";
    let codes = |s: &str| {
        s.chars()
            .map(|c| format!("{:04X}", chars.chars().position(|k| k == c).unwrap() + 1))
            .collect::<String>()
    };
    let line = |x: f64, y: f64, s: &str| format!("BT /F1 16 Tf {x} {y} Td <{}> Tj ET\n", codes(s));
    let d = tmpdir("bold");
    // a heading made bold by drawing it three times a fraction of a point apart, and a body
    // line drawn once
    let bold = [(72.0, 700.0), (72.4, 700.0), (72.4, 700.3)]
        .iter()
        .map(|&(x, y)| line(x, y, "全县投资完成"))
        .collect::<String>();
    let pdf = pdf_with(
        &format!("{bold}{}", line(72.0, 660.0, "全县投资完成亿元")),
        chars,
    );
    let path = d.join("bold.pdf");
    std::fs::write(&path, pdf).unwrap();
    let (code, out, err) = run(&[std::ffi::OsStr::new("text"), path.as_os_str()]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out.matches("全县投资完成").count(),
        2,
        "overdrawn glyphs read once: {out:?}"
    );
    assert!(!out.contains("全全") && !out.contains("成成"), "{out:?}");
    // a character written twice in a row is two characters
    let twice = pdf_with(&line(72.0, 700.0, "全全县县"), chars);
    std::fs::write(&path, twice).unwrap();
    let (_, out, _) = run(&[std::ffi::OsStr::new("text"), path.as_os_str()]);
    assert!(out.contains("全全县县"), "{out:?}");
    std::fs::remove_dir_all(&d).ok();
}

/// Runs tongbao as another user (nobody) when the tests run as root, who may read anything;
/// else as the current user. (code, stdout, stderr)
#[cfg(unix)]
fn run_as_other<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> (i32, String, String) {
    let root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false);
    let mut cmd = if root {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(common::bin());
        c
    } else {
        Command::new(common::bin())
    };
    let out = cmd.args(args).current_dir("/").output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[cfg(unix)]
#[test]
fn an_index_is_readable_by_others_and_searchable_read_only() {
    use std::os::unix::fs::PermissionsExt;
    let index = corpus_index("readonly");
    let parent = index.parent().unwrap();
    std::fs::set_permissions(parent, std::fs::Permissions::from_mode(0o755)).unwrap();
    for name in ["meta.json", ".managed.json"] {
        let mode = std::fs::metadata(index.join(name))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(
            mode & 0o044,
            0o044,
            "{name} is readable by group and others: {mode:o}"
        );
    }
    // the folder and its files made read-only, as on a read-only mount or another user's archive
    let lock = |mode: u32| {
        for e in std::fs::read_dir(&index).unwrap() {
            std::fs::set_permissions(e.unwrap().path(), std::fs::Permissions::from_mode(mode))
                .unwrap();
        }
    };
    lock(0o444);
    std::fs::set_permissions(&index, std::fs::Permissions::from_mode(0o555)).unwrap();
    let ix = index.to_str().unwrap();
    let (code, out, err) = run_as_other(&["search", "投资", "--index", ix, "--kind", "money"]);
    let (scode, sout, serr) = run_as_other(&["stats", "--index", ix]);
    std::fs::set_permissions(&index, std::fs::Permissions::from_mode(0o755)).unwrap();
    lock(0o644);
    assert_eq!(code, 0, "a read-only index is searched: {err}");
    assert!(out.contains("溪口镇"), "{out}");
    assert_eq!(scode, 0, "{serr}");
    assert!(
        sout.contains("documents") || serr.contains("documents"),
        "{sout}{serr}"
    );
    // files that cannot be read: the error names the path and says what to do
    std::fs::set_permissions(
        index.join("meta.json"),
        std::fs::Permissions::from_mode(0o600),
    )
    .unwrap();
    let (code, _, err) = run_as_other(&["search", "投资", "--index", ix]);
    let root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false);
    if root {
        assert_eq!(code, 2, "{err}");
        assert!(
            err.contains(ix) && err.contains("permission") && err.contains("chmod"),
            "{err}"
        );
    }
    std::fs::remove_dir_all(parent).ok();
}

#[test]
fn files_of_an_unfinished_commit_are_removed_by_the_next_run() {
    let index = corpus_index("leftovers");
    // a segment file a failed commit left behind (listed as managed, in no commit)
    let seg = std::fs::read_dir(&index)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "idx"))
        .unwrap();
    let orphan = index.join("0123456789abcdef0123456789abcdef.idx");
    std::fs::copy(&seg, &orphan).unwrap();
    let managed_path = index.join(".managed.json");
    let mut managed: Vec<String> =
        serde_json::from_str(&std::fs::read_to_string(&managed_path).unwrap()).unwrap();
    managed.push("0123456789abcdef0123456789abcdef.idx".into());
    std::fs::write(&managed_path, serde_json::to_string(&managed).unwrap()).unwrap();
    let (code, _, err) = run(&[
        std::ffi::OsStr::new("index"),
        std::ffi::OsStr::new("corpus"),
        std::ffi::OsStr::new("--index"),
        index.as_os_str(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(!orphan.exists(), "the leftover is removed: {err}");
    assert!(
        err.contains("left by an unfinished earlier run"),
        "and the user is told: {err}"
    );
    std::fs::remove_dir_all(index.parent().unwrap()).ok();
}

/// Runs tongbao in `dir`; (exit code, stdout, stderr).
fn run_in<S: AsRef<std::ffi::OsStr>>(dir: &Path, args: &[S]) -> (i32, String, String) {
    let out = Command::new(common::bin())
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `export --index` of an index, as JSON Lines and as CSV.
fn exported(index: &Path) -> (String, String) {
    let ix = index.to_str().unwrap();
    let (c1, jsonl, e1) = run(&["export", "--index", ix, "--format", "jsonl"]);
    let (c2, csv, e2) = run(&["export", "--index", ix, "--format", "csv"]);
    assert!(c1 == 0 && c2 == 0, "{e1}{e2}");
    (jsonl, csv)
}

/// The same documents indexed twice in different ways (one run over the folder; one run per
/// file in the reverse order, a commit each, so their facts sit in other segments in another
/// order) export the same bytes, though facts share offsets: an organisation and the project
/// named after it start at one character. And two documents of one path (a folder's `a.txt`
/// indexed from inside each of two folders) stay apart, each whole, in one order whichever was
/// indexed first.
#[test]
fn facts_at_one_offset_are_exported_in_one_order() {
    let d = tmpdir("ties");
    let docs = d.join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    let tie = "宗申集团汽摩产业园项目开工建设，总投资10亿元。汉江技师学院项目完成投资2.5亿元。";
    let names = ["a.txt", "b.txt", "c.txt"];
    for (k, name) in names.iter().enumerate() {
        std::fs::write(docs.join(name), format!("{tie}全年完成投资{}亿元。", k + 3)).unwrap();
    }
    let once = d.join("once");
    let (code, _, err) = run(&[
        std::ffi::OsStr::new("index"),
        docs.as_os_str(),
        std::ffi::OsStr::new("--index"),
        once.as_os_str(),
    ]);
    assert_eq!(code, 0, "{err}");
    let apart = d.join("apart");
    for name in names.iter().rev() {
        let (code, _, err) = run(&[
            std::ffi::OsStr::new("index"),
            docs.join(name).as_os_str(),
            std::ffi::OsStr::new("--index"),
            apart.as_os_str(),
            std::ffi::OsStr::new("--commit-every"),
            std::ffi::OsStr::new("1"),
        ]);
        assert_eq!(code, 0, "{err}");
    }
    let (jsonl, csv) = exported(&once);
    assert!(
        exported(&apart) == (jsonl.clone(), csv.clone()),
        "two builds of one index export different bytes"
    );
    let rows: Vec<serde_json::Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let at = |r: &serde_json::Value| {
        (
            r["path"].as_str().unwrap().to_string(),
            r["start"].as_u64().unwrap(),
        )
    };
    let ties = rows.windows(2).filter(|w| at(&w[0]) == at(&w[1])).count();
    assert!(
        ties >= 2 * names.len(),
        "the documents hold facts at one offset: {jsonl}"
    );
    for w in rows.windows(2).filter(|w| at(&w[0]) == at(&w[1])) {
        let key = |r: &serde_json::Value| (r["end"].as_u64(), r["kind"].as_str().map(String::from));
        assert!(
            key(&w[0]) <= key(&w[1]),
            "facts at one offset by end, then kind: {} then {}",
            w[0],
            w[1]
        );
    }

    // two documents of one path
    let (x, y) = (d.join("x"), d.join("y"));
    std::fs::create_dir_all(&x).unwrap();
    std::fs::create_dir_all(&y).unwrap();
    std::fs::write(x.join("a.txt"), tie).unwrap();
    std::fs::write(y.join("a.txt"), format!("{tie}全年完成投资5亿元。")).unwrap();
    let (xy, yx) = (d.join("xy"), d.join("yx"));
    for (index, order) in [(&xy, [&x, &y]), (&yx, [&y, &x])] {
        for dir in order {
            let (code, _, err) = run_in(
                dir,
                &[
                    std::ffi::OsStr::new("index"),
                    std::ffi::OsStr::new("a.txt"),
                    std::ffi::OsStr::new("--index"),
                    index.as_os_str(),
                ],
            );
            assert_eq!(code, 0, "{err}");
        }
    }
    let (jsonl, csv) = exported(&xy);
    assert!(
        exported(&yx) == (jsonl.clone(), csv.clone()),
        "documents of one path come in the order of the build"
    );
    let hashes: Vec<String> = jsonl
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["content_hash"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let runs = hashes.windows(2).filter(|w| w[0] != w[1]).count() + 1;
    assert_eq!(
        runs, 2,
        "each document's facts together, not interleaved by offset: {jsonl}"
    );
    std::fs::remove_dir_all(&d).ok();
}

/// Facts at one offset from hits in any order, as `export --index` sorts them.
#[test]
fn facts_at_one_offset_are_sorted_whatever_the_order_of_the_hits() {
    use tongbao::index::search::{dataset_order, FactHit};
    let hit = |kind: &str, end: u64| FactHit {
        score: 1.0,
        fact: serde_json::json!({"kind": kind, "start": 0, "end": end, "text": "十堰市"}),
        title: None,
        path: Some("a.txt".into()),
        key: Some("a.txt".into()),
        content_hash: None,
        rules_version: None,
        mentions: 1,
    };
    let kinds = |h: &[FactHit]| {
        h.iter()
            .map(|h| format!("{}{}", h.fact["kind"], h.fact["end"]))
            .collect::<Vec<_>>()
    };
    let mut a = vec![
        hit("region", 3),
        hit("org", 10),
        hit("date", 3),
        hit("region", 2),
    ];
    let mut b: Vec<FactHit> = a
        .iter()
        .rev()
        .map(|h| {
            hit(
                h.fact["kind"].as_str().unwrap(),
                h.fact["end"].as_u64().unwrap(),
            )
        })
        .collect();
    dataset_order(&mut a);
    dataset_order(&mut b);
    assert_eq!(
        kinds(&a),
        kinds(&b),
        "the order of the hits does not matter"
    );
    assert_eq!(
        kinds(&a),
        ["\"region\"2", "\"date\"3", "\"region\"3", "\"org\"10"]
    );
}

/// Fuzzing targets, one per reader and one for the query parser: mutated copies of a valid
/// input of each kind (bytes overwritten, inserted, the file cut) must be read or refused with a
/// reason, never panic. Bounded for CI: `TONGBAO_FUZZ_CASES` cases each (default 48); run longer
/// with `TONGBAO_FUZZ_CASES=20000 cargo test --release --test hostile fuzz`.
mod fuzz {
    use super::*;
    use proptest::prelude::*;
    use std::sync::OnceLock;
    use tongbao::read::InputFile;

    fn cases() -> u32 {
        std::env::var("TONGBAO_FUZZ_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(48)
    }

    fn pipeline() -> &'static tongbao::Pipeline {
        static P: OnceLock<tongbao::Pipeline> = OnceLock::new();
        P.get_or_init(|| tongbao::Pipeline::new(tongbao::Rules::embedded()))
    }

    /// Edits: (position as a share of the length, byte, insert or overwrite), then a cut.
    fn edits() -> impl Strategy<Value = (Vec<(f64, u8, bool)>, f64)> {
        (
            proptest::collection::vec((0.0..1.0f64, any::<u8>(), any::<bool>()), 0..24),
            0.0..1.2f64,
        )
    }

    fn mutate(seed: &[u8], (edits, cut): &(Vec<(f64, u8, bool)>, f64)) -> Vec<u8> {
        let mut b = seed.to_vec();
        for &(at, byte, insert) in edits {
            let i = ((b.len() as f64 * at) as usize).min(b.len().saturating_sub(1));
            if insert {
                b.insert(i, byte)
            } else if !b.is_empty() {
                b[i] = byte
            }
        }
        if *cut < 1.0 {
            b.truncate((b.len() as f64 * cut) as usize);
        }
        b
    }

    /// Reads `bytes` as a file named `name` through the whole pipeline; a refusal must say why.
    fn read_as(name: &str, bytes: &[u8]) {
        let file = InputFile::new(name, name);
        if let Err(e) = pipeline().process_bytes(&file, bytes) {
            assert!(
                e.to_string().starts_with(name) && e.to_string().len() > name.len() + 2,
                "{e}"
            );
        }
    }

    fn seed(name: &str) -> Vec<u8> {
        std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("corpus")
                .join(name),
        )
        .unwrap()
    }

    fn bold_pdf() -> &'static [u8] {
        static P: OnceLock<Vec<u8>> = OnceLock::new();
        P.get_or_init(|| pdf_with("BT /F1 16 Tf 72 700 Td <000100020003> Tj ET BT /F1 16 Tf 72.4 700 Td <000100020003> Tj ET", "全县投"))
    }

    /// The index of the bundled corpus, built once, for the queries.
    fn searching() -> &'static tongbao::index::Archive {
        static A: OnceLock<tongbao::index::Archive> = OnceLock::new();
        A.get_or_init(|| {
            let index = corpus_index("fuzz");
            tongbao::index::Archive::open(&index, pipeline().segmenter.clone(), false).unwrap()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(cases()))]

        #[test]
        fn fuzz_text(e in edits()) {
            read_as("t.txt", &mutate(&seed("bulletin-2024-q1.txt"), &e));
            read_as("g.txt", &mutate(&seed("notice-gbk.txt"), &e));
        }

        #[test]
        fn fuzz_html(e in edits()) {
            read_as("p.html", &mutate(&seed("county-news-2024-05.html"), &e));
        }

        #[test]
        fn fuzz_docx(e in edits()) {
            read_as("w.docx", &mutate(&seed("finance-report-2024q1.docx"), &e));
        }

        #[test]
        fn fuzz_pdf(e in edits()) {
            read_as("b.pdf", &mutate(bold_pdf(), &e));
        }

        #[test]
        fn fuzz_archive(e in edits(), csv in any::<bool>()) {
            let one = serde_json::json!({"title": "一", "content": SENTENCE}).to_string();
            let seed = if csv { format!("title,content\n一,\"{SENTENCE}\"\n二,{SENTENCE}\n") } else { format!("{one}\n{one}\n") };
            let text = String::from_utf8_lossy(&mutate(seed.as_bytes(), &e)).into_owned();
            if let Ok(sp) = tongbao::read::collection::spans(&text, csv, None) {
                for k in 1..=sp.records.len() {
                    let _ = tongbao::read::collection::record(&text, csv, k, None);
                }
            }
        }

        #[test]
        fn fuzz_query(q in "[ -~\\u{4e00}-\\u{4e2f}\"“”（）《》-]{0,40}", min in "[0-9.eE万亿千元,-]{0,12}", span in "[0-9QHqh-]{0,12}") {
            let s = tongbao::index::search::Searching::new(searching()).unwrap();
            let fl = tongbao::index::search::Filters {
                min: tongbao::index::search::parse_amount(&min),
                from: tongbao::index::search::parse_span(&span).map(|s| s.0),
                ..Default::default()
            };
            let q = tongbao::index::search::TextQuery::parse(&q);
            s.docs(&q, &fl, 10).unwrap();
            s.facts(&q, &fl, 10).unwrap();
        }
    }
}

/// A text denser than the piece-wise reading starts at (30,000 runs of digits) but far below what
/// a whole reading cannot hold is read whole by the commands that need it whole (`bench` here,
/// as `index` and `export`), and a document left out of the bench's figures is named.
#[test]
fn a_dense_text_is_read_whole_and_a_failure_named_by_the_bench() {
    let d = tmpdir("dense-whole");
    std::fs::write(d.join("dense.txt"), SENTENCE.repeat(10_000)).unwrap();
    std::fs::write(d.join("empty.txt"), "").unwrap();
    let (code, out, err) = run(&[
        std::ffi::OsStr::new("bench"),
        d.as_os_str(),
        std::ffi::OsStr::new("--threads"),
        std::ffi::OsStr::new("1"),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("1 documents"), "{out}");
    let facts: usize = out
        .split(" facts")
        .next()
        .and_then(|h| h.rsplit(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert!(facts >= 20_000, "{out}");
    assert!(
        err.contains("not in the figures") && err.contains("empty.txt"),
        "{err}"
    );
}

/// The money facts of `extract` output (JSON Lines): (value, start, end, src_start, src_end,
/// text, subject), one per fact, in output order.
fn money_facts(jsonl: &str) -> Vec<(i64, u64, u64, u64, u64, String, String)> {
    jsonl
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|f| f["kind"] == "money")
        .map(|f| {
            let n = |k: &str| f[k].as_u64().unwrap_or(u64::MAX);
            let s = |k: &str| f[k].as_str().unwrap_or("").to_string();
            (
                f["value"].as_f64().unwrap().round() as i64,
                n("start"),
                n("end"),
                n("src_start"),
                n("src_end"),
                s("text"),
                s("subject"),
            )
        })
        .collect()
}

/// A text over the density limit (30,000 runs of digits) is read by `extract` in pieces of
/// 10,000 runs cut where no line end is near: every figure is found once, at the offsets and
/// with the subject a whole reading (`export`) gives, though every cut falls inside a figure's
/// run of digits (a year before the first sentence puts each 10,001st run on a decimal part).
/// In the same batch an input over the 1 GB limit (a sparse file) is refused with the limit
/// named and the rest is read; `index`, which holds a document whole, refuses one over its
/// 250,000 runs and indexes the rest.
#[test]
fn a_text_read_in_pieces_loses_and_doubles_no_figure() {
    let d = tmpdir("pieces");
    let batch = d.join("batch");
    std::fs::create_dir_all(&batch).unwrap();
    // one line, no line end: 1 + 2 × 16,000 runs of digits, 4 pieces
    const N: i64 = 16_000;
    let mut dense = String::from("2024年");
    for i in 1..=N {
        dense.push_str(&format!("全县投资完成{i}.5亿元。"));
    }
    std::fs::write(batch.join("b-dense.txt"), &dense).unwrap();
    std::fs::write(batch.join("a-first.txt"), SENTENCE).unwrap();
    std::fs::write(batch.join("z-last.txt"), SENTENCE.replace("23.6", "41.2")).unwrap();
    // over the 1 GB limit without taking the disk: a text head, then a hole
    let huge = std::fs::File::create(batch.join("c-huge.txt")).unwrap();
    std::io::Write::write_all(&mut &huge, SENTENCE.repeat(100).as_bytes()).unwrap();
    huge.set_len((1 << 30) + 1).unwrap();
    drop(huge);

    let (code, out, err) = run(&[
        std::ffi::OsStr::new("extract"),
        batch.as_os_str(),
        std::ffi::OsStr::new("--kinds"),
        std::ffi::OsStr::new("money"),
    ]);
    assert_eq!(code, 1, "an input refused makes the exit status 1: {err}");
    assert!(
        err.lines()
            .any(|l| l.contains("c-huge.txt") && l.contains("1024 MB") && l.contains("split it")),
        "the input over the limit is named with the limit: {err}"
    );
    let facts = money_facts(&out);
    let values: Vec<i64> = facts.iter().map(|f| f.0).collect();
    assert!(
        values.contains(&2_360_000_000) && values.contains(&4_120_000_000),
        "the documents around it are read: {err}"
    );
    // the dense document's facts, between the first file's and the last's
    let pieced: Vec<_> = facts
        .iter()
        .filter(|f| f.0 != 2_360_000_000 && f.0 != 4_120_000_000)
        .cloned()
        .collect();
    let mut got: Vec<i64> = pieced.iter().map(|f| f.0).collect();
    got.sort_unstable();
    let want: Vec<i64> = (1..=N).map(|i| i * 100_000_000 + 50_000_000).collect();
    if got != want {
        let (mut lost, mut extra) = (want.clone(), Vec::new());
        for v in &got {
            match lost.binary_search(v) {
                Ok(k) => drop(lost.remove(k)),
                Err(_) => extra.push(*v),
            }
        }
        panic!(
            "{} facts for {N} figures; lost {:?}…, doubled or wrong {:?}…",
            got.len(),
            &lost[..lost.len().min(5)],
            &extra[..extra.len().min(5)]
        );
    }
    // the same facts as a whole reading: offsets into the whole text, subjects whole
    let (code, whole, err) = run(&[
        std::ffi::OsStr::new("export"),
        batch.join("b-dense.txt").as_os_str(),
        std::ffi::OsStr::new("--format"),
        std::ffi::OsStr::new("jsonl"),
        std::ffi::OsStr::new("--kind"),
        std::ffi::OsStr::new("money"),
    ]);
    assert_eq!(code, 0, "{err}");
    let whole = money_facts(&whole);
    assert_eq!(whole.len(), N as usize);
    let (mut pieced, mut whole) = (pieced, whole);
    pieced.sort();
    whole.sort();
    for (p, w) in pieced.iter().zip(&whole) {
        assert_eq!(
            p, w,
            "a fact read in pieces differs from the whole reading's"
        );
    }

    // the record says how it was read and which limit it passed
    let (_, recs, err) = docs(&batch);
    let rec = recs
        .iter()
        .find(|r| {
            r["doc"]
                .as_str()
                .is_some_and(|p| p.ends_with("b-dense.txt"))
        })
        .unwrap_or_else(|| panic!("{recs:?} {err}"));
    let notes = rec["notes"].to_string();
    assert!(
        notes.contains("over 30000 runs of digits")
            && notes.contains("read in 4 pieces of at most 1 MB or 10000 runs of digits"),
        "{notes}"
    );
    assert_eq!(recs.len(), 3, "{recs:?}");

    // `index` holds a document whole: one over its 250,000 runs is refused, named with the
    // limit, and the others are indexed
    let over = d.join("over");
    std::fs::create_dir_all(&over).unwrap();
    std::fs::write(over.join("digits.txt"), "1 ".repeat(250_001)).unwrap();
    std::fs::write(over.join("good.txt"), SENTENCE).unwrap();
    let index = d.join("index");
    let (code, _, err) = run(&[
        std::ffi::OsStr::new("index"),
        over.as_os_str(),
        std::ffi::OsStr::new("--index"),
        index.as_os_str(),
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.lines()
            .any(|l| l.contains("digits.txt") && l.contains("250000 runs of digits")),
        "{err}"
    );
    assert!(err.contains("1 documents indexed"), "{err}");
    std::fs::remove_dir_all(&d).ok();
}

/// The files of an index folder that belong to no committed segment (`meta.json` lists the
/// segments; a segment's files are named by its id, `<id>.<ext>` or `<id>.<opstamp>.del`).
fn orphans(index: &Path) -> Vec<String> {
    let meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(index.join("meta.json")).unwrap()).unwrap();
    let ids: Vec<String> = meta["segments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["segment_id"].as_str().unwrap().replace('-', ""))
        .collect();
    std::fs::read_dir(index)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| {
            !n.starts_with('.')
                && n != "meta.json"
                && !ids.iter().any(|id| n.starts_with(id.as_str()))
        })
        .collect()
}

/// A real disk full during `tongbao index`: the index lives on a 2 MB tmpfs mounted inside an
/// unprivileged user and mount namespace (`unshare -r -m`), and a corpus of some 4 MB of text
/// is indexed into it. The run must fail with a message that says what to do (free space, run
/// the same command again); the re-run, on the still full disk, must remove the unfinished
/// commit's files (said on standard error) and index a smaller corpus, leaving no file outside
/// the committed segments. Where namespaces or tmpfs are not allowed the test says why and
/// skips, unless `TONGBAO_REQUIRE_DISKFULL=1` (set by `.ci/run`), which makes that a failure.
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_during_indexing_is_said_and_cleaned_by_the_re_run() {
    let d = tmpdir("diskfull");
    let (mnt, big, out) = (d.join("mnt"), d.join("big"), d.join("out"));
    for p in [&mnt, &big, &out] {
        std::fs::create_dir_all(p).unwrap();
    }
    // 40 documents of 100 KB, each its own (a figure differs), so none is skipped as unchanged
    let unit = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/bulletin-2024-q1.txt"),
    )
    .unwrap();
    for k in 0..40 {
        let mut doc = format!("第{k}号通报\n");
        while doc.len() < 100_000 {
            doc.push_str(&unit);
        }
        std::fs::write(big.join(format!("d{k:02}.txt")), doc).unwrap();
    }
    let small = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let script = r#"
set -u
mnt=$1 bin=$2 big=$3 small=$4 out=$5
mount -t tmpfs -o size=2m,mode=0755 tmpfs "$mnt" || exit 77
"$bin" index "$big" --index "$mnt/index" 2> "$out/first.err"
echo $? > "$out/first.code"
df -Pk "$mnt" | tail -1 | awk '{print $4}' > "$out/first.avail"
ls -a "$mnt/index" > "$out/first.ls" 2>&1
"$bin" index "$small" --index "$mnt/index" 2> "$out/second.err"
echo $? > "$out/second.code"
df -Pk "$mnt" | tail -1 | awk '{print $4}' > "$out/second.avail"
rm -rf "$out/index" && cp -a "$mnt/index" "$out/index"
"#;
    let ran = Command::new("unshare")
        .args(["-r", "-m", "sh", "-c", script, "sh"])
        .args([&mnt, &common::bin(), &big, &small, &out])
        .output();
    let required = std::env::var("TONGBAO_REQUIRE_DISKFULL").is_ok_and(|v| v == "1");
    let why = match &ran {
        Err(e) => Some(format!("`unshare` cannot be run ({e})")),
        Ok(o) if o.status.code() == Some(77) => Some(format!(
            "tmpfs cannot be mounted in a user namespace: {}",
            String::from_utf8_lossy(&o.stderr).trim()
        )),
        Ok(o) if !o.status.success() => Some(format!(
            "`unshare -r -m` failed ({}): {}",
            o.status,
            String::from_utf8_lossy(&o.stderr).trim()
        )),
        Ok(_) => None,
    };
    if let Some(why) = why {
        assert!(
            !required,
            "TONGBAO_REQUIRE_DISKFULL=1 but the disk-full test cannot run: {why}"
        );
        eprintln!("note: skipping the disk-full test: {why} (TONGBAO_REQUIRE_DISKFULL=1 makes this a failure)");
        std::fs::remove_dir_all(&d).ok();
        return;
    }
    let read = |name: &str| std::fs::read_to_string(out.join(name)).unwrap_or_default();
    let code = |name: &str| read(name).trim().parse::<i32>().unwrap_or(-1);
    let (first, second) = (read("first.err"), read("second.err"));
    assert_eq!(
        code("first.code"),
        2,
        "the full disk stops the run: {first}"
    );
    assert!(
        first.contains("the disk holding it is full"),
        "the cause is said: {first}"
    );
    assert!(
        first.contains("free space and run the same command again") && first.contains("mnt/index"),
        "and what to do, with the index named: {first}"
    );
    let avail: i64 = read("first.avail").trim().parse().unwrap();
    assert!(
        avail < 256,
        "the 2 MB disk is full after the failed run ({avail} KB free; files: {})",
        read("first.ls")
    );
    // the re-run frees what the failed commit left, and the small corpus fits
    assert_eq!(
        code("second.code"),
        0,
        "the re-run on the full disk succeeds: {second}"
    );
    assert!(
        second.contains("removed") && second.contains("left by an unfinished earlier run"),
        "and says what it removed: {second}"
    );
    assert!(second.contains("5 documents indexed"), "{second}");
    let freed: i64 = read("second.avail").trim().parse().unwrap();
    assert!(
        freed > avail + 256,
        "the disk is freed: {avail} KB free before the re-run, {freed} KB after"
    );
    let index = out.join("index");
    assert_eq!(
        orphans(&index),
        Vec::<String>::new(),
        "no file outside the committed segments"
    );
    let (code, out, err) = run(&[
        std::ffi::OsStr::new("search"),
        std::ffi::OsStr::new("投资"),
        std::ffi::OsStr::new("--index"),
        index.as_os_str(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("溪口镇"),
        "the re-run's index is searched: {out}"
    );
    std::fs::remove_dir_all(&d).ok();
}
