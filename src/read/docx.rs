//! Word (.docx) to text: the paragraphs of `word/document.xml` in order, a table row per line with
//! its cells separated by tabs, and the page headers and footers kept apart from the body.
//!
//! WordprocessingML is regular, well-formed XML, so a small scanner does: text is the content of
//! `<w:t>` elements (deleted text is `<w:delText>`, field codes are `<w:instrText>`, and both are
//! skipped by that rule alone); `<w:tab/>` is a tab, `<w:br/>` and `<w:cr/>` a line break.
//! `<mc:Fallback>` repeats what its `<mc:Choice>` holds and is skipped. Offsets map back to the
//! bytes of `word/document.xml` (a zip member holds no text in order).
use std::io::Read;

/// The most bytes one member may decompress to.
const MAX_MEMBER: u64 = 256 << 20;

/// The text of a Word document.
#[derive(Debug, Default)]
pub struct DocxText {
    pub text: String,
    /// (text byte, byte of `word/document.xml`) where a stretch copied from the XML starts.
    pub runs: Vec<(u32, u32)>,
    /// Lines of the page headers and footers, each once, in the order of their parts.
    pub headers_footers: Vec<String>,
    pub tables: usize,
}

/// Is this a zip file (a .docx is one)?
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

fn member(
    zip: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>,
    name: &str,
) -> Result<Option<String>, String> {
    let file = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(format!("cannot open {name} in the archive: {e}")),
    };
    let mut bytes = Vec::new();
    file.take(MAX_MEMBER + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot decompress {name}: {e}"))?;
    if bytes.len() as u64 > MAX_MEMBER {
        return Err(format!(
            "{name} decompresses to more than {} MB",
            MAX_MEMBER >> 20
        ));
    }
    let bytes = bytes
        .strip_prefix(&[0xEF, 0xBB, 0xBF][..])
        .unwrap_or(&bytes)
        .to_vec();
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| format!("{name} is not UTF-8 XML"))
}

/// Reads a .docx held in memory.
pub fn read_docx(bytes: &[u8]) -> Result<DocxText, String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| format!("not a readable .docx (zip): {e}"))?;
    let Some(xml) = member(&mut zip, "word/document.xml")? else {
        return Err(
            "no word/document.xml inside: not a Word document (an .odt, .xlsx or renamed zip?)"
                .into(),
        );
    };
    let body = paragraphs(&xml);
    let mut out = DocxText {
        text: body.text,
        runs: body.runs,
        tables: body.tables,
        ..DocxText::default()
    };
    let mut parts: Vec<String> = zip
        .file_names()
        .filter(|n| n.starts_with("word/header") || n.starts_with("word/footer"))
        .filter(|n| n.ends_with(".xml"))
        .map(str::to_string)
        .collect();
    parts.sort();
    for name in parts {
        if let Ok(Some(x)) = member(&mut zip, &name) {
            for line in paragraphs(&x).text.lines() {
                let line = line.trim();
                if !line.is_empty() && !out.headers_footers.iter().any(|l| l == line) {
                    out.headers_footers.push(line.to_string());
                }
            }
        }
    }
    Ok(out)
}

struct Scan {
    text: String,
    runs: Vec<(u32, u32)>,
    tables: usize,
}

impl Scan {
    fn push(&mut self, s: &str, src: usize, contiguous: &mut Option<usize>) {
        if *contiguous != Some(src) {
            self.runs.push((self.text.len() as u32, src as u32));
        }
        self.text.push_str(s);
        *contiguous = Some(src + s.len());
    }
}

/// Moves a finished line (trailing white space cut) to the output, mapping its line break to `at`.
fn end_line(line: &mut Scan, out: &mut Scan, at: usize) {
    let keep = line.text.trim_end().len();
    if !line.text[..keep].trim().is_empty() {
        if !out.text.is_empty() {
            out.runs.push((out.text.len() as u32, at as u32));
            out.text.push('\n');
        }
        let base = out.text.len() as u32;
        out.runs.extend(
            line.runs
                .iter()
                .filter(|r| (r.0 as usize) < keep)
                .map(|&(t, s)| (base + t, s)),
        );
        out.text.push_str(&line.text[..keep]);
    }
    line.text.clear();
    line.runs.clear();
}

/// Cuts trailing spaces off a line (a cell's last paragraph break).
fn trim_spaces(line: &mut Scan, contiguous: &mut Option<usize>) {
    let keep = line.text.trim_end_matches(' ').len();
    if keep < line.text.len() {
        line.text.truncate(keep);
        line.runs.retain(|r| (r.0 as usize) < keep);
        *contiguous = None;
    }
}

/// Text of one WordprocessingML part.
fn paragraphs(xml: &str) -> Scan {
    let b = xml.as_bytes();
    let mut out = Scan {
        text: String::new(),
        runs: Vec::new(),
        tables: 0,
    };
    let mut line = Scan {
        text: String::new(),
        runs: Vec::new(),
        tables: 0,
    };
    let mut contiguous: Option<usize> = None;
    let mut in_t = false;
    let mut skip_depth = 0usize; // inside <mc:Fallback>
    let mut table_depth = 0usize;
    let mut cell_has_text = false;
    let mut cells_in_row = 0usize;
    let mut i = 0;
    while i < b.len() {
        let Some(k) = xml[i..].find('<') else { break };
        if k > 0 && in_t && skip_depth == 0 {
            // text of a <w:t>, entities decoded
            let s = &xml[i..i + k];
            let mut j = 0;
            while j < s.len() {
                let amp = s[j..].find('&').map(|a| j + a).unwrap_or(s.len());
                if amp > j {
                    line.push(&s[j..amp], i + j, &mut contiguous);
                    cell_has_text = true;
                }
                if amp < s.len() {
                    let (c, n) = super::html::decode_entity(&s[amp..]).unwrap_or(('&', 1));
                    let mut buf = [0u8; 4];
                    line.push(c.encode_utf8(&mut buf), i + amp, &mut contiguous);
                    // an entity is longer than its character: what follows starts a new stretch
                    contiguous = None;
                    j = amp + n;
                } else {
                    j = amp;
                }
            }
        }
        i += k;
        let end = xml[i..].find('>').map(|e| i + e + 1).unwrap_or(b.len());
        let tag = &xml[i + 1..end.saturating_sub(1).max(i + 1)];
        let closing = tag.starts_with('/');
        let empty = tag.ends_with('/');
        let name: &str = tag
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("");
        match (name, closing) {
            ("mc:Fallback", false) if !empty => skip_depth += 1,
            ("mc:Fallback", true) => skip_depth = skip_depth.saturating_sub(1),
            _ if skip_depth > 0 => {}
            ("w:t", false) => in_t = !empty,
            ("w:t", true) => in_t = false,
            ("w:tab", false) => {
                line.push(
                    if table_depth == 0 { "\t" } else { " " },
                    i,
                    &mut contiguous,
                );
            }
            ("w:br" | "w:cr", false) => {
                if table_depth == 0 {
                    end_line(&mut line, &mut out, i);
                } else {
                    line.push(" ", i, &mut contiguous);
                }
            }
            ("w:p", true) => {
                if table_depth == 0 {
                    end_line(&mut line, &mut out, i);
                } else if cell_has_text && !line.text.ends_with(['\t', ' ']) {
                    // paragraphs inside one cell stay in the cell
                    line.push(" ", i, &mut contiguous);
                }
            }
            ("w:tbl", false) if !empty => {
                if table_depth == 0 {
                    end_line(&mut line, &mut out, i);
                    out.tables += 1;
                }
                table_depth += 1;
            }
            ("w:tbl", true) => table_depth = table_depth.saturating_sub(1),
            ("w:tc", false) if table_depth == 1 && !empty => {
                trim_spaces(&mut line, &mut contiguous);
                if cells_in_row > 0 {
                    line.push("\t", i, &mut contiguous);
                }
                cells_in_row += 1;
                cell_has_text = false;
            }
            ("w:tc", true) if table_depth == 1 => trim_spaces(&mut line, &mut contiguous),
            ("w:tr", false) if table_depth == 1 => cells_in_row = 0,
            ("w:tr", true) if table_depth == 1 => end_line(&mut line, &mut out, i),
            _ => {}
        }
        i = end;
    }
    end_line(&mut line, &mut out, b.len());
    out
}
