//! HTML and .docx reading (issue #4): real Word files and real government web pages from
//! `../shared`, pages and documents of our own with every kind of clutter, offsets back to the
//! source bytes, and damaged files.
mod common;

use std::path::{Path, PathBuf};
use tongbao::pipeline::{Pipeline, Processed};
use tongbao::read::InputFile;
use tongbao::Rules;

fn pipeline() -> Pipeline {
    Pipeline::new(Rules::embedded())
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn file(path: &Path) -> InputFile {
    InputFile::new(
        path.file_name().unwrap().to_string_lossy().into_owned(),
        path.to_path_buf(),
    )
}

fn corpus(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("corpus")
        .join(name)
}

fn process(p: &Pipeline, path: &Path) -> Processed {
    p.process_file(&file(path))
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn lines(p: &Processed) -> Vec<&str> {
    p.normalized.text.lines().collect()
}

#[test]
fn the_real_word_files_read_exactly() {
    let Some(shared) = common::shared() else {
        return;
    };
    let dir = shared.join("corpus/reports/alexzhu0__Jina_Embeddings_v4_RAG");
    let p = pipeline();
    let mut n = 0;
    for e in std::fs::read_dir(dir.join("docx")).unwrap() {
        let docx = e.unwrap().path();
        let got = process(&p, &docx);
        assert_eq!(got.record.format, "docx");
        // the reference text was derived from the same files (entities left escaped there)
        let txt = dir
            .join("txt")
            .join(docx.file_stem().unwrap())
            .with_extension("txt");
        let want = std::fs::read_to_string(&txt).unwrap().replace("&amp;", "&");
        let want = p.process_text("ref", &want);
        assert_eq!(
            squeeze(&got.normalized.text),
            squeeze(&want.normalized.text),
            "{}",
            docx.display()
        );
        assert!(
            got.facts.len() > 100,
            "{}: {} facts",
            docx.display(),
            got.facts.len()
        );
        n += 1;
    }
    assert_eq!(n, 31);
}

fn document_xml(docx: &Path) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(docx).unwrap()).unwrap();
    let mut s = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut s).unwrap();
    s
}

#[test]
fn a_word_file_keeps_tables_apart_from_headers_and_drops_deleted_text() {
    let path = corpus("finance-report-2024q1.docx");
    let got = process(&pipeline(), &path);
    let text = &got.normalized.text;
    let l = lines(&got);
    // table cells stay apart by tabs (tables.rs reads them)
    assert!(l.contains(&"增值税\t8414\t22.9%"), "{text}");
    assert!(l.contains(&"项目\t金额\t同比"), "{text}");
    assert!(
        text.contains("一般公共预算支出8.06亿元"),
        "tracked insertion kept: {text}"
    );
    assert!(
        !text.contains("7.9亿元"),
        "tracked deletion dropped: {text}"
    );
    assert!(
        !text.contains("MERGEFIELD"),
        "field codes are not text: {text}"
    );
    assert!(text.contains("R&D经费"), "{text}");
    assert_eq!(
        text.matches("一季度收入结构").count(),
        1,
        "a text box and its fallback copy: {text}"
    );
    assert!(
        !text.contains("青溪县财政局文件") && !text.contains("— 1 —"),
        "{text}"
    );
    assert_eq!(
        got.record.headers_footers,
        vec!["— 1 —".to_string(), "青溪县财政局文件".to_string()]
    );
    assert_eq!(
        got.record.title.as_deref(),
        Some("关于2024年一季度财政收支情况的报告")
    );
    assert_eq!(got.record.issued.as_deref(), Some("2024-04-12"));
    // offsets index word/document.xml: a fact inside one run of text is found there as written
    let xml = document_xml(&path);
    let mut exact = 0;
    for f in &got.facts {
        let span = &xml[f.src_start..f.src_end];
        if !span.contains('<') {
            assert_eq!(span.replace("&amp;", "&"), f.text, "{f:?}");
            exact += 1;
        }
    }
    assert!(exact >= 10, "{exact} facts checked against the XML");
    let pct: Vec<&str> = got
        .facts
        .iter()
        .filter(|f| f.kind == tongbao::fact::Kind::Percent)
        .map(|f| f.text.as_str())
        .collect();
    assert!(
        pct.contains(&"-4.1%") && !pct.iter().any(|p| p.contains("3960")),
        "a cell before a negative cell is no range: {pct:?}"
    );
    let minus = got.facts.iter().find(|f| f.text == "-4.1%").unwrap();
    assert_eq!(minus.value.map(|v| v.to_f64()), Some(-4.1));
    let money: Vec<&str> = got
        .facts
        .iter()
        .filter(|f| f.kind == tongbao::fact::Kind::Money)
        .map(|f| f.text.as_str())
        .collect();
    assert!(
        money.contains(&"3.82亿元") && money.contains(&"8.06亿元") && money.contains(&"14.5亿元"),
        "{money:?}"
    );
}

#[test]
fn a_web_page_gives_its_article_without_the_site_around_it() {
    let path = corpus("county-news-2024-05.html");
    let got = process(&pipeline(), &path);
    let text = &got.normalized.text;
    for clutter in [
        "首页",
        "政务公开",
        "当前位置",
        "分享到",
        "字号",
        "网站地图",
        "扫一扫",
        "相关新闻",
        "一季度项目建设推进会",
        "pageId",
        "display:inline",
    ] {
        assert!(!text.contains(clutter), "`{clutter}` left in: {text}");
    }
    let l = lines(&got);
    assert_eq!(l[0], "青溪县前4个月重点项目完成投资42.6亿元");
    assert!(l.contains(&"产业项目\t76\t27.9\t15.4%"), "{text}");
    // a line break inside a paragraph of the page's source is not a break of the text
    assert!(text.contains("同比增长11.2%。其中，产业项目"), "{text}");
    let r = &got.record;
    assert_eq!((r.format, r.encoding), ("html", "UTF-8"));
    assert_eq!(
        r.title.as_deref(),
        Some("青溪县前4个月重点项目完成投资42.6亿元")
    );
    assert_eq!(r.issued.as_deref(), Some("2024-05-16"));
    assert_eq!(r.source.as_deref(), Some("青溪县融媒体中心"));
    assert_eq!(r.genre, "news");
    assert!(
        r.notes.iter().any(|n| n.contains("navigation")),
        "{:?}",
        r.notes
    );
    // every fact maps back to the page's bytes
    let bytes = std::fs::read(&path).unwrap();
    let mut exact = 0;
    for f in &got.facts {
        let span = String::from_utf8_lossy(&bytes[f.src_start..f.src_end]).into_owned();
        if !span.contains('<') && !span.contains('&') {
            assert_eq!(span.replace('\n', ""), f.text.replace(' ', ""), "{f:?}");
            exact += 1;
        }
    }
    assert!(exact >= 15, "{exact}");
    assert!(
        got.facts
            .iter()
            .any(|f| f.kind == tongbao::fact::Kind::Money
                && f.value.map(|v| v.to_f64()) == Some(9650000000.0)),
        "96.5亿元 after &nbsp;"
    );
}

#[test]
fn a_gbk_page_is_read_by_its_meta_charset_and_maps_to_its_bytes() {
    let html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>全市一季度经济运行情况_统计信息</title></head>\
        <body><div id=\"nav\"><a href=\"/\">网站首页</a> <a href=\"/tj\">统计数据</a></div>\
        <div class=\"TRS_Editor\"><p>一季度，全市地区生产总值完成625.87亿元，同比增长6.1%。</p>\
        <p>规模以上工业增加值增长8.3%，固定资产投资完成214.6亿元。</p></div>\
        <div class=\"footer\">版权所有：某市统计局</div></body></html>";
    let (gbk, _, _) = encoding_rs::GBK.encode(html);
    let dir = std::env::temp_dir().join(format!("tongbao-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("tj.htm");
    std::fs::write(&path, &gbk).unwrap();
    let got = process(&pipeline(), &path);
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(got.record.encoding, "GB18030");
    assert_eq!(got.record.title.as_deref(), Some("全市一季度经济运行情况"));
    assert!(
        !got.normalized.text.contains("网站首页") && !got.normalized.text.contains("版权所有"),
        "{}",
        got.normalized.text
    );
    let mut seen = 0;
    for f in got.facts.iter().filter(|f| {
        matches!(
            f.kind,
            tongbao::fact::Kind::Money | tongbao::fact::Kind::Growth
        )
    }) {
        let (src, _, bad) = encoding_rs::GBK.decode(&gbk[f.src_start..f.src_end]);
        assert!(!bad);
        assert_eq!(src, f.text, "{f:?}");
        seen += 1;
    }
    assert!(seen >= 4, "{seen}");
}

/// Single-quoted SQL string literals of one `values (…)` list, in order (`null` as None).
fn sql_values(s: &str) -> Vec<Option<String>> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() && b[i] != b')' {
        match b[i] {
            b'\'' => {
                let mut v = Vec::new();
                i += 1;
                while i < b.len() {
                    match b[i] {
                        b'\\' if i + 1 < b.len() => {
                            v.push(match b[i + 1] {
                                b'n' => b'\n',
                                b't' => b'\t',
                                b'r' => b'\r',
                                c => c,
                            });
                            i += 2;
                        }
                        b'\'' if b.get(i + 1) == Some(&b'\'') => {
                            v.push(b'\'');
                            i += 2;
                        }
                        b'\'' => break,
                        c => {
                            v.push(c);
                            i += 1;
                        }
                    }
                }
                out.push(Some(String::from_utf8(v).unwrap()));
                i += 1;
            }
            b'n' if s[i..].starts_with("null") => {
                out.push(None);
                i += 4;
            }
            c if c.is_ascii_digit() => {
                let e = s[i..].find([',', ')']).map(|k| i + k).unwrap_or(b.len());
                out.push(Some(s[i..e].trim().to_string()));
                i = e;
            }
            _ => i += 1,
        }
    }
    out
}

/// Is `needle` a subsequence of `hay` (every character of it found in order)?
fn subsequence(needle: &str, hay: &str) -> bool {
    let mut h = hay.chars();
    needle.chars().all(|c| h.any(|x| x == c))
}

#[test]
fn real_government_pages_keep_all_of_their_article() {
    // 60 gov.cn policy pages as crawled (the `html` column), and the article text the crawler
    // stored beside them (`gov_cn_policies_2018_2019.jsonl`): none of it may be lost, and
    // little may be added.
    let Some(shared) = common::shared() else {
        return;
    };
    let dir = shared.join("corpus/policy/ZhouYNF__platform-1");
    let sql = std::fs::read_to_string(dir.join("ge_policy_raw20190217.sql")).unwrap();
    let mut reference = std::collections::HashMap::new();
    for line in std::fs::read_to_string(dir.join("gov_cn_policies_2018_2019.jsonl"))
        .unwrap()
        .lines()
    {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        reference.insert(
            v["id"].as_str().unwrap().to_string(),
            v["text"].as_str().unwrap().to_string(),
        );
    }
    let p = pipeline();
    let tmp = std::env::temp_dir().join(format!("tongbao-govcn-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let (mut pages, mut want_chars, mut extra) = (0, 0usize, 0usize);
    for rec in sql.split("insert into ge_policy_raw ").skip(1) {
        let vals = sql_values(&rec[rec.find("values (").unwrap() + 8..]);
        assert_eq!(vals.len(), 16);
        let (id, html) = (vals[0].clone().unwrap(), vals[14].clone().unwrap());
        let path = tmp.join(format!("{id}.html"));
        std::fs::write(&path, &html).unwrap();
        let got = process(&p, &path);
        let ours = squeeze(&got.normalized.text);
        let want = squeeze(&p.process_text("ref", &reference[&id]).normalized.text);
        assert!(
            subsequence(&want, &ours),
            "page {id} lost text of its article:\nours: {ours}\nwant: {want}"
        );
        assert!(
            got.record.doc_number.is_some() || !want.contains('〔'),
            "page {id}: no 发文字号 found"
        );
        want_chars += want.chars().count();
        extra += ours.chars().count() - want.chars().count();
        pages += 1;
    }
    std::fs::remove_dir_all(&tmp).ok();
    assert_eq!(pages, 60);
    assert!(
        extra * 100 < want_chars,
        "{extra} characters beyond the articles' {want_chars}"
    );
}

/// A CSV field list of one record (quoted fields with doubled quotes); enough for these files.
fn csv_fields(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                out.last_mut().unwrap().push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => out.push(String::new()),
            (c, _) => out.last_mut().unwrap().push(c),
        }
    }
    out
}

#[test]
fn web_clutter_kept_as_plain_text_is_dropped() {
    // the 2026 provincial reports were scraped with their pages' tool bars, breadcrumbs, share
    // bars and related-link lists as lines of text
    let Some(shared) = common::shared() else {
        return;
    };
    let dir = shared.join(
        "corpus/reports/johncodes404__china-provincial-gov-reports-2026/output/2026_raw_text",
    );
    let p = pipeline();
    let clutter = [
        "下载",
        "打印",
        "全屏",
        "收藏",
        "【字号：",
        "【字体：",
        "加大",
        "还原",
        "减小",
        "】",
        ">",
        "首页",
        "分享到:",
        "分享：",
        "分享:",
        "扫一扫在手机打开当前页",
        "相关报道：",
        "相关文档：",
        "您的位置:",
        "当前位置：",
        "阅读量：",
        "打印本页",
        "关闭窗口",
        "×",
    ];
    let mut n = 0;
    for e in std::fs::read_dir(&dir).unwrap() {
        let path = e.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.starts_with("2026_") {
            continue;
        }
        let raw = std::fs::read_to_string(&path).unwrap();
        let body = raw
            .trim_start_matches('\u{feff}')
            .split_once('\n')
            .unwrap()
            .1;
        let fields = csv_fields(body.trim_end());
        assert_eq!(fields.len(), 6, "{name}");
        let got = p.process_text(&name, &fields[5]);
        for l in got.normalized.text.lines() {
            assert!(
                !clutter.contains(&l.trim()),
                "{name}: `{l}` left in the text"
            );
        }
        assert!(got.normalized.text.contains("各位代表"), "{name}");
        let r = &got.record;
        assert!(
            r.title
                .as_deref()
                .is_some_and(|t| t.contains("政府工作报告")),
            "{name}: title {:?}",
            r.title
        );
        assert!(
            r.issued.as_deref().is_some_and(|d| d.starts_with("2026-0")),
            "{name}: issued {:?}",
            r.issued
        );
        assert_eq!(r.genre, "report", "{name}");
        n += 1;
    }
    assert_eq!(n, 31);
}

#[test]
fn a_folder_mixing_formats_is_read_whole() {
    let out = std::process::Command::new(common::bin())
        .args(["extract", "--docs"])
        .arg(corpus(""))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let formats: std::collections::BTreeSet<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["format"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(
        formats.into_iter().collect::<Vec<_>>(),
        ["docx", "html", "text"]
    );
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).unwrap();
}

#[test]
fn broken_word_files_and_empty_pages_are_reported_by_name() {
    let dir = std::env::temp_dir().join(format!("tongbao-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = std::fs::read(corpus("finance-report-2024q1.docx")).unwrap();
    write(&dir, "cut.docx", &good[..good.len() / 2]);
    // a zip that is no Word document
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    z.start_file(
        "content.xml",
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored),
    )
    .unwrap();
    std::io::Write::write_all(&mut z, b"<office:document/>").unwrap();
    write(&dir, "sheet.docx", &z.finish().unwrap().into_inner());
    write(&dir, "old.doc", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 legacy");
    write(
        &dir,
        "blank.html",
        b"<html><body><script>var a=1;</script></body></html>",
    );
    write(&dir, "good.docx", &good);
    let out = std::process::Command::new(common::bin())
        .arg("extract")
        .arg(&dir)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).ok();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("cut.docx") && err.contains("not a readable .docx"),
        "{err}"
    );
    assert!(
        err.contains("sheet.docx") && err.contains("no word/document.xml"),
        "{err}"
    );
    assert!(
        err.contains("old.doc") && err.contains("save it as .docx"),
        "{err}"
    );
    assert!(
        err.contains("blank.html") && err.contains("no text"),
        "{err}"
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("3.82亿元"),
        "the good file is still read"
    );
}

#[test]
fn damaged_pages_and_word_files_never_panic() {
    let p = pipeline();
    let mut state = 0x9E3779B97F4A7C15u64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let page = std::fs::read(corpus("county-news-2024-05.html")).unwrap();
    let docx = std::fs::read(corpus("finance-report-2024q1.docx")).unwrap();
    for round in 0..300 {
        let base = if round % 2 == 0 { &page } else { &docx };
        let mut b = base.clone();
        for _ in 0..(next() % 24 + 1) {
            let at = (next() % b.len() as u64) as usize;
            // HTML gets markup characters, Word files any byte
            b[at] = if round % 2 == 0 {
                b"<>&;\"'/=!-"[(next() % 10) as usize]
            } else {
                next() as u8
            };
        }
        if next() % 3 == 0 {
            let cut = (next() % b.len() as u64) as usize;
            b.truncate(cut);
        }
        let name = if round % 2 == 0 { "m.html" } else { "m.docx" };
        let f = InputFile::new(name, PathBuf::from(name));
        if let Ok(got) = p.process_bytes(&f, &b) {
            assert!(!got.normalized.text.contains('\u{FFFD}') || round % 2 == 0);
            for fact in &got.facts {
                // (a Word file's offsets index its decompressed document.xml, not the zip)
                assert!(
                    fact.src_start <= fact.src_end && (round % 2 == 1 || fact.src_end <= b.len()),
                    "{fact:?}"
                );
            }
        }
    }
}

/// The inputs of a path as `collect_inputs` expands them, processed.
fn process_all(p: &Pipeline, path: &Path) -> Vec<Processed> {
    let (files, errors) = tongbao::read::collect_inputs(&[path.to_path_buf()]);
    assert!(errors.is_empty(), "{errors:?}");
    files
        .iter()
        .map(|f| {
            p.process_file(f)
                .unwrap_or_else(|e| panic!("{}: {e}", f.id))
        })
        .collect()
}

#[test]
fn an_archive_of_records_is_one_document_per_record_with_offsets_into_the_file() {
    let dir = std::env::temp_dir().join(format!("tongbao-archive-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // JSON Lines as scrapers write them: escaped line breaks, a year field, nested values
    let jsonl = "{\"title\": \"2024年甲县政府工作报告\", \"year\": \"2024\", \"content\": \"一、2023年工作回顾\\n全县地区生产总值增长6.1%，总量达到312.5亿元。\", \"tags\": [1, {\"a\": \"}\"}]}\n\
                 {\"title\": \"乙县通报\", \"publish_date\": \"2024/05/06\", \"content\": \"1-4月，全县新签约项目\\\"12\\\"个，协议投资45亿元。\"}\n";
    let path = dir.join("reports.jsonl");
    std::fs::write(&path, jsonl).unwrap();
    let p = pipeline();
    let docs = process_all(&p, &path);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].record.doc, "reports.jsonl#1");
    assert_eq!(
        docs[0].record.title.as_deref(),
        Some("2024年甲县政府工作报告")
    );
    assert_eq!(docs[0].record.year, Some(2024));
    assert_eq!(docs[0].record.format, "jsonl");
    assert_eq!(docs[1].record.issued.as_deref(), Some("2024-05-06"));
    for d in &docs {
        for f in d.facts.iter().filter(|f| f.kind.is_numeric()) {
            // a figure's source bytes are the figure as the file holds it
            assert_eq!(&jsonl[f.src_start..f.src_end], f.text, "{}", d.record.doc);
        }
    }
    let money: Vec<&str> = docs
        .iter()
        .flat_map(|d| &d.facts)
        .filter(|f| f.kind == tongbao::Kind::Money)
        .map(|f| f.text.as_str())
        .collect();
    assert_eq!(money, ["312.5亿元", "45亿元"]);

    // CSV with a BOM, CRLF rows, quoted fields holding line breaks and doubled quotes
    let csv = "\u{FEFF}province,title,publish_date,full_text\r\n甲省,2026年甲省政府工作报告,2026-02-02,\"来源：甲省日报\n全省生产总值增长5.4%，\"\"十四五\"\"圆满收官，总量达到6.3万亿元。\"\r\n";
    let cpath = dir.join("reports.csv");
    std::fs::write(&cpath, csv).unwrap();
    let docs = process_all(&p, &cpath);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].record.issued.as_deref(), Some("2026-02-02"));
    assert_eq!(docs[0].record.source.as_deref(), Some("甲省日报"));
    let f = docs[0]
        .facts
        .iter()
        .find(|f| f.kind == tongbao::Kind::Money)
        .expect("the total");
    assert_eq!(&csv[f.src_start..f.src_end], "6.3万亿元");

    // each record is read alone, not the whole archive again for every record
    let (files, _) = tongbao::read::collect_inputs(&[cpath.clone()]);
    let own = tongbao::read::read_bytes(&files[0]).unwrap();
    assert!(
        own.len() < csv.len() && !own.starts_with("\u{FEFF}".as_bytes()),
        "{}",
        String::from_utf8_lossy(&own)
    );
    let (files, _) = tongbao::read::collect_inputs(&[path.clone()]);
    let second = String::from_utf8(tongbao::read::read_bytes(&files[1]).unwrap()).unwrap();
    assert!(
        second.contains("乙县") && !second.contains("甲县"),
        "{second}"
    );

    // a CSV without a text column is a table, read as text
    let table = dir.join("numbers.csv");
    std::fs::write(&table, "指标,数值\n投资,5亿元\n").unwrap();
    assert_eq!(process_all(&p, &table).len(), 1);
    let _ = std::fs::remove_dir_all(&dir);
}

/// A news archive day of our own in the form of the 新闻联播 files: markdown headings, HTML
/// paragraphs, `<br>`, `<strong>`, entities and a link, in UTF-8 and in GBK.
const TAGGED_MD: &str = "# 《新闻联播》 (20240828)\n\n## 详细新闻\n\n### 全省新能源汽车产量快速增长\n\n<p style=\"text-indent: 2em;\"><strong>央视网消息</strong>（新闻联播）：1-7月，全省新能源汽车产量22665台，同比增长22.9%。&nbsp;</p><p>全区认真落实各项工作部署<br>完成投资8414万元。</p>\n\n[查看原文](https://tv.example.cn/2024/08/28/VIDE1.shtml)\n\n### 青溪县物流园项目开工\n\n<p>项目总投资3.4亿元。</p>\n";

#[test]
fn markup_in_a_text_file_is_stripped_and_offsets_point_at_the_file() {
    let dir = std::env::temp_dir().join(format!("tongbao-md-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (gbk, _, _) = encoding_rs::GBK.encode(TAGGED_MD);
    write(&dir, "20240828.md", TAGGED_MD.as_bytes());
    write(&dir, "gbk.txt", &gbk);
    let p = pipeline();
    for (name, bytes) in [
        ("20240828.md", TAGGED_MD.as_bytes().to_vec()),
        ("gbk.txt", gbk.to_vec()),
    ] {
        let got = process(&p, &dir.join(name));
        let text = &got.normalized.text;
        for mark in ["<", ">", "&nbsp;", "#", "查看原文", "](", "strong"] {
            assert!(!text.contains(mark), "{name}: {mark} left in {text}");
        }
        let ls = lines(&got);
        assert_eq!(ls[0], "《新闻联播》 (20240828)", "{name}");
        // a heading is a line of its own: never run into its story's first sentence
        assert!(
            ls.contains(&"全省新能源汽车产量快速增长") && ls.contains(&"青溪县物流园项目开工"),
            "{name}: {text}"
        );
        assert!(
            ls.contains(&"全区认真落实各项工作部署"),
            "{name}: <br> ends the line: {text}"
        );
        let starts: Vec<(&str, u8)> = got
            .normalized
            .headings
            .iter()
            .map(|&(b, l)| (text[b..].lines().next().unwrap(), l))
            .collect();
        assert_eq!(
            starts,
            [
                ("《新闻联播》 (20240828)", 1),
                ("详细新闻", 2),
                ("全省新能源汽车产量快速增长", 3),
                ("青溪县物流园项目开工", 3)
            ],
            "{name}"
        );
        let mut seen = 0;
        for f in &got.facts {
            if !matches!(
                f.kind,
                tongbao::fact::Kind::Money
                    | tongbao::fact::Kind::Quantity
                    | tongbao::fact::Kind::Growth
            ) {
                continue;
            }
            let span = &bytes[f.src_start..f.src_end];
            let src = if name.ends_with(".md") {
                String::from_utf8_lossy(span)
            } else {
                encoding_rs::GBK.decode(span).0
            };
            assert_eq!(src, f.text, "{name}");
            seen += 1;
        }
        assert!(seen >= 4, "{name}: {:?}", got.facts);
        assert!(
            got.facts.iter().all(|f| !f.sentence.contains('<')),
            "{name}"
        );
    }
    // prose holding a `<` sign and a `#` is read as written
    write(
        &dir,
        "plain.txt",
        "增速<5%的企业有12家，#3高炉停产。\n".as_bytes(),
    );
    let got = process(&p, &dir.join("plain.txt"));
    assert_eq!(got.normalized.text, "增速<5%的企业有12家，#3高炉停产。");
    assert!(got.normalized.headings.is_empty());
    std::fs::remove_dir_all(&dir).ok();
}
