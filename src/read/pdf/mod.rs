//! PDF to text on lopdf's objects (lopdf's own `extract_text` is not a Chinese text extractor,
//! see ENGINEERING.md): fonts decoded in the specification's order ([`font`]), a positioned
//! interpreter ([`content`]) and a layout pass ([`layout`]). A page whose codes no table decodes is reported, never emitted as garbage.
mod cmap;
mod content;
mod font;
mod layout;

use lopdf::{Document, LoadOptions};
use std::collections::HashMap;
use std::time::{Duration, Instant};

/// The most bytes one stream may decompress to (a zip bomb stops here).
pub(crate) const MAX_STREAM: usize = 64 << 20;
/// Operators run per page, Form XObjects included.
const MAX_OPS_PER_PAGE: usize = 2_000_000;
/// Time allowed for one file.
const TIME_LIMIT: Duration = Duration::from_secs(30);
/// Share of a page's codes that may be undecodable before the page is refused.
const MAX_UNDECODABLE: f64 = 0.02;

/// The text of a PDF.
#[derive(Debug, Default)]
pub struct PdfText {
    /// The pages' lines, one after the other; an undecodable page is empty.
    pub text: String,
    /// Byte offset in `text` where each page starts (page 1 at 0).
    pub page_starts: Vec<usize>,
    pub pages: usize,
    /// 1-based numbers of pages whose text could not be decoded (and were left empty).
    pub undecodable_pages: Vec<usize>,
    /// 1-based numbers of pages that decoded to no text (images, blank pages).
    pub empty_pages: Vec<usize>,
    /// Byte offsets in `text` of lines that continue the line before (it was wrapped at the
    /// right margin).
    pub wrapped: Vec<usize>,
}

/// Why a PDF gave no text.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("not a readable PDF: {0}")]
    Corrupt(String),
    #[error("encrypted PDF that needs a password")]
    Encrypted,
}

/// A PDF number object as f64.
pub(crate) fn number(o: &lopdf::Object) -> Option<f64> {
    match o {
        lopdf::Object::Integer(i) => Some(*i as f64),
        lopdf::Object::Real(r) => Some(*r as f64),
        _ => None,
    }
}

/// Reads the text of a PDF held in memory. Never panics: a failure anywhere inside the parser
/// or the interpreter is reported as a corrupt file.
pub fn read_pdf(bytes: &[u8]) -> Result<PdfText, PdfError> {
    std::panic::catch_unwind(|| read_pdf_inner(bytes)).unwrap_or_else(|_| {
        Err(PdfError::Corrupt(
            "the PDF parser failed on this file".into(),
        ))
    })
}

fn read_pdf_inner(bytes: &[u8]) -> Result<PdfText, PdfError> {
    let started = Instant::now();
    let options = LoadOptions {
        password: Some(String::new()),
        max_decompressed_size: Some(MAX_STREAM),
        ..LoadOptions::default()
    };
    let doc = Document::load_mem_with_options(bytes, options).map_err(|e| {
        if matches!(
            e,
            lopdf::Error::Decryption(_) | lopdf::Error::InvalidPassword
        ) {
            PdfError::Encrypted
        } else {
            PdfError::Corrupt(e.to_string())
        }
    })?;
    if doc.is_encrypted() {
        return Err(PdfError::Encrypted);
    }
    let pages = doc.get_pages();
    let mut interp = content::Interpreter::new(&doc);
    let mut page_lines: Vec<Vec<(String, bool)>> = Vec::with_capacity(pages.len());
    let mut out = PdfText {
        pages: pages.len(),
        ..PdfText::default()
    };
    for (&number, &page_id) in &pages {
        if started.elapsed() > TIME_LIMIT {
            out.undecodable_pages.extend(number as usize..=pages.len());
            page_lines.extend((number as usize..=pages.len()).map(|_| Vec::new()));
            break;
        }
        let data = doc
            .get_page_content_with_limit(page_id, MAX_STREAM)
            .unwrap_or_default();
        let (res, ids) = doc
            .get_page_resources(page_id)
            .unwrap_or((None, Vec::new()));
        // inherited and own resources merged into one dictionary (own entries win)
        let mut merged = lopdf::Dictionary::new();
        for id in ids.iter().rev() {
            if let Ok(d) = doc.get_dictionary(*id) {
                merge(&doc, &mut merged, d);
            }
        }
        if let Some(d) = res {
            merge(&doc, &mut merged, d);
        }
        let glyphs = interp.page(&data, &merged, MAX_OPS_PER_PAGE);
        let total = glyphs.decoded + glyphs.undecodable;
        if total > 0 && glyphs.undecodable as f64 > MAX_UNDECODABLE * total as f64 {
            out.undecodable_pages.push(number as usize);
            page_lines.push(Vec::new());
            continue;
        }
        let mut lines = layout::lines(&glyphs.glyphs);
        layout::drop_masthead(&mut lines);
        let rows = layout::rows(&layout::reading_order(lines));
        let wrapped = layout::wrapped(&rows);
        page_lines.push(rows.into_iter().map(|r| r.text).zip(wrapped).collect());
    }
    drop_furniture(&mut page_lines);
    for (i, lines) in page_lines.iter().enumerate() {
        if lines.iter().all(|l| l.0.trim().is_empty()) && !out.undecodable_pages.contains(&(i + 1))
        {
            out.empty_pages.push(i + 1);
        }
    }
    let mut text = String::new();
    for lines in &page_lines {
        out.page_starts.push(text.len());
        for (l, wrapped) in lines {
            if *wrapped {
                out.wrapped.push(text.len());
            }
            text.push_str(l);
            text.push('\n');
        }
    }
    out.text = text;
    Ok(out)
}

/// Adds the entries of resource dictionary `d` (each kind's names merged) to `into`.
fn merge(doc: &Document, into: &mut lopdf::Dictionary, d: &lopdf::Dictionary) {
    for (k, v) in d.iter() {
        let v = doc
            .dereference(v)
            .map(|(_, o)| o.clone())
            .unwrap_or_else(|_| v.clone());
        match (into.get_mut(k), v) {
            (Ok(lopdf::Object::Dictionary(old)), lopdf::Object::Dictionary(new)) => {
                for (nk, nv) in new.iter() {
                    old.set(nk.clone(), nv.clone());
                }
            }
            (_, v) => into.set(k.clone(), v),
        }
    }
}

/// Removes page numbers, and lines at the top or bottom of pages that repeat on most pages
/// (running headers and footers, digits ignored).
fn drop_furniture(pages: &mut [Vec<(String, bool)>]) {
    let edge = |lines: &Vec<(String, bool)>| -> Vec<String> {
        let n = lines.len();
        let mut v: Vec<&String> = lines.iter().take(2).map(|l| &l.0).collect();
        v.extend(lines.iter().skip(n.saturating_sub(2).max(2)).map(|l| &l.0));
        v.iter().map(|l| layout::furniture_key(l)).collect()
    };
    let mut seen: HashMap<String, usize> = HashMap::new();
    for p in pages.iter() {
        let mut keys = edge(p);
        keys.sort();
        keys.dedup();
        for k in keys {
            *seen.entry(k).or_default() += 1;
        }
    }
    let total = pages.len();
    for p in pages.iter_mut() {
        let n = p.len();
        let mut k = 0;
        p.retain(|(line, _)| {
            let at_edge = k < 2 || k + 2 >= n;
            k += 1;
            if !at_edge {
                return true;
            }
            if layout::is_page_number(line) {
                return false;
            }
            let key = layout::furniture_key(line);
            let repeats = seen.get(&key).copied().unwrap_or(0);
            !(total >= 3 && !key.is_empty() && repeats >= 3 && repeats * 2 >= total)
        });
    }
}
