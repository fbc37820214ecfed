//! PDF reading (issue #4): character error rate against the known source text of the seeds
//! printed by eight producers, the real government PDFs, and damaged or locked files.
mod common;

use std::path::Path;
use tongbao::pipeline::Pipeline;
use tongbao::read::InputFile;
use tongbao::Rules;

fn pipeline() -> Pipeline {
    Pipeline::new(Rules::embedded())
}

fn squeeze(s: &str) -> Vec<char> {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Levenshtein distance over characters (two rows).
fn distance(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

fn file(path: &Path) -> InputFile {
    InputFile::new(
        path.file_name().unwrap().to_string_lossy().into_owned(),
        path.to_path_buf(),
    )
}

/// The normalised text of a PDF, and of its reference through the same normaliser.
fn texts(p: &Pipeline, pdf: &Path, reference: &Path) -> (Vec<char>, Vec<char>) {
    let got = p
        .process_file(&file(pdf))
        .unwrap_or_else(|e| panic!("{}: {e}", pdf.display()));
    let want = p.process_file(&file(reference)).unwrap();
    (
        squeeze(&got.normalized.text),
        squeeze(&want.normalized.text),
    )
}

#[test]
fn every_producer_reads_character_exact() {
    let Some(shared) = common::shared() else {
        return;
    };
    let root = shared.join("corpus/pdf-synth");
    let p = pipeline();
    let mut checked = 0;
    let mut failures = Vec::new();
    for folder in [
        "lo-noto",
        "lo-wqy",
        "lo-docx",
        "chr-noto",
        "chr-wqy",
        "chr-2col",
        "rl-stsong",
        "synth-notu",
    ] {
        let mut entries: Vec<_> = std::fs::read_dir(root.join(folder))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for pdf in entries {
            let stem = pdf.file_stem().unwrap().to_string_lossy().into_owned();
            let (got, want) = texts(
                &p,
                &pdf,
                &root.join("reference").join(format!("{stem}.txt")),
            );
            checked += 1;
            if got != want {
                let cer = distance(&want, &got) as f64 / want.len() as f64;
                let at = got
                    .iter()
                    .zip(&want)
                    .position(|(a, b)| a != b)
                    .unwrap_or(got.len().min(want.len()));
                let show = |v: &[char]| {
                    v[at.saturating_sub(10)..(at + 20).min(v.len())]
                        .iter()
                        .collect::<String>()
                };
                failures.push(format!(
                    "{folder}/{stem}: CER {cer:.4}; got …{}… want …{}…",
                    show(&got),
                    show(&want)
                ));
            }
        }
    }
    assert_eq!(checked, 36);
    assert!(
        failures.is_empty(),
        "not character-exact:\n{}",
        failures.join("\n")
    );
}

#[test]
fn facts_from_a_pdf_carry_their_page() {
    let Some(shared) = common::shared() else {
        return;
    };
    let p = pipeline();
    let got = p
        .process_file(&file(&shared.join("corpus/pdf-synth/chr-wqy/000.pdf")))
        .unwrap();
    assert_eq!(got.record.format, "pdf");
    let pages = got.record.pages.expect("a page count");
    assert!(pages >= 2, "the seed runs over several pages");
    assert!(got
        .facts
        .iter()
        .all(|f| f.page.is_some_and(|n| n >= 1 && n as usize <= pages)));
    assert!(
        got.facts.iter().any(|f| f.page == Some(pages as u32)),
        "facts on the last page"
    );
    // `tongbao text` marks the page starts that fall on a paragraph break with a form feed
    assert!(!got.page_breaks.is_empty());
    assert!(got
        .page_breaks
        .iter()
        .all(|&b| got.normalized.text.as_bytes()[b] == b'\n'));
}

#[test]
fn the_real_government_pdfs_decode_every_page() {
    let Some(shared) = common::shared() else {
        return;
    };
    let p = pipeline();
    let mut pdfs = Vec::new();
    for e in walk(&shared.join("corpus/pdf")) {
        if e.extension().is_some_and(|x| x == "pdf") {
            pdfs.push(e);
        }
    }
    assert_eq!(pdfs.len(), 19);
    let mut pages = 0;
    for pdf in &pdfs {
        let got = p
            .process_file(&file(pdf))
            .unwrap_or_else(|e| panic!("{}: {e}", pdf.display()));
        assert!(
            got.record.undecodable_pages.is_empty(),
            "{}: pages {:?} undecodable",
            pdf.display(),
            got.record.undecodable_pages
        );
        pages += got.record.pages.unwrap();
        // budget tables: their amounts come out with the digits intact, one row per line
        assert!(
            got.facts
                .iter()
                .any(|f| f.kind == tongbao::fact::Kind::Money),
            "{}: no amounts",
            pdf.display()
        );
    }
    assert!(pages > 400, "{pages} pages");
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// A PDF of our own from its objects (numbered from 1; object 1 is the catalog).
fn assemble(objects: &[String], trailer_extra: &str) -> Vec<u8> {
    let mut out = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (k, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{o}\nendobj\n", k + 1).bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).bytes());
    for off in offsets {
        out.extend(format!("{off:010} 00000 n \n").bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R{trailer_extra} >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .bytes(),
    );
    out
}

fn stream(body: &str) -> String {
    format!("<< /Length {} >>\nstream\n{body}\nendstream", body.len())
}

/// One page drawing `content` with font `/F1` = object 4; `more` are objects 6, 7, ….
fn one_page(font: &str, content: &str, more: &[String], trailer_extra: &str) -> Vec<u8> {
    let mut objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>".to_string(),
        font.to_string(),
        stream(content),
    ];
    objects.extend(more.iter().cloned());
    assemble(&objects, trailer_extra)
}

/// A small valid PDF of our own: one page, one Type0 font with a ToUnicode CMap.
fn tiny_pdf(encrypt: bool) -> Vec<u8> {
    let cmap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange \
                2 beginbfchar <0001> <6295> <0002> <8D44> endbfchar endcmap end end";
    let more = [
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>".to_string(),
        stream(cmap),
        "<< /Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O <0102030405060708090A0B0C0D0E0F100102030405060708090A0B0C0D0E0F10> /U <0102030405060708090A0B0C0D0E0F100102030405060708090A0B0C0D0E0F10> >>".to_string(),
    ];
    let enc = if encrypt {
        " /Encrypt 8 0 R /ID [<0102030405060708090A0B0C0D0E0F10> <0102030405060708090A0B0C0D0E0F10>]"
    } else {
        ""
    };
    one_page(
        "<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        "BT /F1 12 Tf 72 700 Td <00010002> Tj ET",
        &more,
        enc,
    )
}

fn extract_stderr(name: &str, pdf: &[u8]) -> (Option<i32>, String) {
    let dir = std::env::temp_dir().join(format!("tongbao-pdf-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new(common::bin())
        .arg("extract")
        .arg(&path)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).ok();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_symbolic_subset_font_without_a_map_is_undecodable_not_latin() {
    // codes 0x41 0x42 would read as `AB` through Latin-1; in a symbolic subset font they are
    // the producer's own glyph numbers
    let font = "<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+SimSun /FirstChar 65 /LastChar 66 /Widths [1000 1000] /FontDescriptor 6 0 R >>";
    let more = ["<< /Type /FontDescriptor /FontName /ABCDEF+SimSun /Flags 4 >>".to_string()];
    let (code, err) = extract_stderr(
        "symbolic.pdf",
        &one_page(font, "BT /F1 12 Tf 72 700 Td (AB) Tj ET", &more, ""),
    );
    assert_eq!(code, Some(1));
    assert!(
        err.contains("symbolic.pdf") && err.contains("none of its 1 pages could be decoded"),
        "{err}"
    );
    // the same font declared non-symbolic is plain Latin text
    let more = ["<< /Type /FontDescriptor /FontName /ABCDEF+SimSun /Flags 32 >>".to_string()];
    let t = tongbao::read::pdf::read_pdf(&one_page(
        font,
        "BT /F1 12 Tf 72 700 Td (AB) Tj ET",
        &more,
        "",
    ))
    .unwrap();
    assert_eq!(t.text.trim(), "AB");
}

#[test]
fn a_pdf_without_a_text_layer_is_reported() {
    let font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
    let (code, err) = extract_stderr("scan.pdf", &one_page(font, "0 0 m 100 100 l S", &[], ""));
    assert_eq!(code, Some(1));
    assert!(err.contains("scan.pdf") && err.contains("no text"), "{err}");
}

#[test]
fn text_marks_page_starts_with_a_form_feed() {
    let Some(shared) = common::shared() else {
        return;
    };
    let pdf = shared.join("corpus/pdf-synth/chr-wqy/000.pdf");
    let out = std::process::Command::new(common::bin())
        .arg("text")
        .arg(&pdf)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains('\x0c'), "no page break shown");
    // the same characters as the normalised text the offsets refer to: only `\n` became `\x0c`
    // (the command ends each document with a newline of its own)
    let p = pipeline().process_file(&file(&pdf)).unwrap();
    assert_eq!(
        text.replace('\x0c', "\n").trim_end(),
        p.normalized.text.trim_end()
    );
}

#[test]
fn a_pdf_of_our_own_reads_through_its_tounicode_map() {
    let t = tongbao::read::pdf::read_pdf(&tiny_pdf(false)).expect("readable");
    assert_eq!(t.text.trim(), "投资");
    assert_eq!(t.pages, 1);
}

#[test]
fn locked_and_damaged_pdfs_are_reported_not_garbled() {
    let dir = std::env::temp_dir().join(format!("tongbao-pdf-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("locked.pdf"), tiny_pdf(true)).unwrap();
    std::fs::write(dir.join("cut.pdf"), &tiny_pdf(false)[..200]).unwrap();
    std::fs::write(dir.join("good.pdf"), tiny_pdf(false)).unwrap();
    let out = std::process::Command::new(common::bin())
        .arg("extract")
        .arg(&dir)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_ne!(
        out.status.code(),
        Some(0),
        "failures make the exit status non-zero"
    );
    assert!(
        err.contains("locked.pdf") && err.contains("password"),
        "{err}"
    );
    assert!(err.contains("cut.pdf"), "{err}");
    assert!(
        err.contains("1 documents read") || err.contains("1 document read"),
        "the good file is still read: {err}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn mutated_pdfs_never_panic() {
    let Some(shared) = common::shared() else {
        return;
    };
    let base = std::fs::read(shared.join("corpus/pdf-synth/chr-wqy/003.pdf")).unwrap();
    // a deterministic generator: the same mutations every run
    let mut state = 0x2545F4914F6CDD1Du64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..60 {
        let mut b = base.clone();
        for _ in 0..(next() % 16 + 1) {
            let at = (next() % b.len() as u64) as usize;
            b[at] = next() as u8;
        }
        if next() % 4 == 0 {
            let cut = (next() % b.len() as u64) as usize;
            b.truncate(cut);
        }
        // an error is fine; a panic or garbage is not
        if let Ok(t) = tongbao::read::pdf::read_pdf(&b) {
            assert!(!t.text.contains('\u{FFFD}'));
        }
    }
}

/// Adobe-GB1 CIDs of `text`, through Adobe's UniGB-UCS2-H CMap (Unicode → CID).
fn gb1_cids(text: &str) -> String {
    let cmap = pdfboss_core::cmap::predefined("UniGB-UCS2-H").expect("the predefined CMap");
    text.chars()
        .map(|c| {
            format!(
                "{:04X}",
                cmap.cid(c as u32, 2)
                    .unwrap_or_else(|| panic!("{c} has no CID"))
            )
        })
        .collect()
}

#[test]
fn a_cid_font_that_is_not_embedded_reads_through_its_adobe_collection() {
    // The collection's first CIDs are ASCII in order (CID = code - 31): `8` is CID 25.
    assert_eq!(gb1_cids("8"), "0019");
    let text = "全县投资8414万元，增长22.9%。";
    let font = "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H /DescendantFonts [6 0 R] >>";
    let cid_font = |ordering: &str| {
        format!("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering ({ordering}) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>")
    };
    let descriptor = "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>".to_string();
    let content = format!("BT /F1 12 Tf 72 700 Td <{}> Tj ET", gb1_cids(text));
    let pdf = one_page(font, &content, &[cid_font("GB1"), descriptor.clone()], "");
    let t = tongbao::read::pdf::read_pdf(&pdf).expect("readable");
    assert_eq!(t.text.trim(), text);
    // the same codes in a font whose CIDs are its own (`Identity` ordering) mean nothing known
    let (code, err) = extract_stderr(
        "identity.pdf",
        &one_page(font, &content, &[cid_font("Identity"), descriptor], ""),
    );
    assert_eq!(code, Some(1));
    assert!(err.contains("identity.pdf"), "{err}");
}
