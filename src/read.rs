//! Stage 1, read: find the input files and decode their bytes to text.
//!
//! Encoding detection is deliberately conservative: a BOM wins; then strict UTF-8; then UTF-16
//! without BOM when every other byte is NUL; then GB18030 (which also reads GBK and GB2312).
//! A file that still decodes to replacement characters beyond a small share is refused with a
//! reason rather than extracted as garbage.
use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

pub mod collection;
pub mod docx;
pub mod html;
pub mod markup;
pub mod pdf;
pub mod pieces;

/// The largest input read at all (a file, or standard input): beyond it an input is refused.
pub const MAX_FILE_BYTES: u64 = 1 << 30;
/// The largest input of a format read whole (PDF, HTML, .docx, UTF-16 text, an archive); plain
/// text beyond it is read in pieces (see [`pieces`]).
pub const MAX_WHOLE_BYTES: usize = 64 << 20;

/// The kind of document a file holds (what `format` of a document record says).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Pdf,
    Html,
    Docx,
    /// A record of a JSON Lines archive.
    Jsonl,
    /// A row of a CSV archive.
    Csv,
}

impl Format {
    pub fn label(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Pdf => "pdf",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
        }
    }
}

/// What a document says about itself outside its running text, and how well it was read.
#[derive(Debug, Clone, Default)]
pub struct SourceMeta {
    /// The page's own title (HTML `<h1>`/`<title>`).
    pub title: Option<String>,
    /// Publish date stated by a web page (`发布日期：…`, a date meta tag), `YYYY-MM-DD`.
    pub published: Option<String>,
    /// The `来源：` of a web page.
    pub source: Option<String>,
    /// The year an archive's record gives for its document.
    pub year: Option<i32>,
    /// The issuer an archive's record names (`release_office`, `发文机关`).
    pub issuer: Option<String>,
    /// Page headers and footers of a Word document, kept out of the text.
    pub furniture: Vec<String>,
    /// Pages that decoded to no text at all (1-based).
    pub empty_pages: Vec<usize>,
    /// Why the text may be less than the whole document, in words for the user.
    pub notes: Vec<String>,
}

/// One input document as found on disk (or standard input).
#[derive(Debug, Clone)]
pub struct InputFile {
    /// Stable id: the path relative to the folder given, or the file name for a lone file.
    pub id: String,
    pub path: PathBuf,
    /// For an archive of many documents (JSON Lines, CSV): which record (1-based).
    pub record: Option<usize>,
    /// For a record: the field of its archive that holds the text (chosen once per archive).
    pub text_field: Option<std::sync::Arc<str>>,
    /// Where that record stands in a UTF-8 archive, so it is read alone (an archive in another
    /// encoding is decoded whole for each record).
    pub span: Option<RecordSpan>,
}

/// A record's bytes in its archive file, and for CSV the header row's.
#[derive(Debug, Clone)]
pub struct RecordSpan {
    pub start: usize,
    pub end: usize,
    pub header: Option<(usize, usize)>,
}

impl InputFile {
    pub fn new(id: impl Into<String>, path: impl Into<PathBuf>) -> InputFile {
        InputFile {
            id: id.into(),
            path: path.into(),
            record: None,
            span: None,
            text_field: None,
        }
    }
}

/// One input per record when `path` is an archive of documents (JSON Lines or CSV with a text
/// field), else the file itself. Records that cannot be read are reported by line in `errors`;
/// the others are still read as records.
fn expand(
    id: String,
    path: PathBuf,
    out: &mut Vec<InputFile>,
    errors: &mut Vec<Error>,
    text_field: Option<&str>,
    notes: &mut Vec<String>,
) {
    if collection::is_collection_name(&path)
        && std::fs::metadata(&path).is_ok_and(|m| m.len() <= MAX_FILE_BYTES)
    {
        if let Ok(bytes) = std::fs::read(&path) {
            let csv = path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
            let utf8 = std::str::from_utf8(&bytes).ok();
            let decoded = if utf8.is_none() {
                decode(&bytes, &path).ok()
            } else {
                None
            };
            let found = utf8
                .or(decoded.as_ref().map(|d| d.text.as_str()))
                .map(|t| collection::spans(t, csv, text_field));
            // a field asked for and not there is an error, never a silent read of the whole file
            if let (Some(Err(reason)), Some(_)) = (&found, text_field) {
                errors.push(Error::Undecodable {
                    path: path.clone(),
                    reason: format!("--text-field: {reason}"),
                });
                return;
            }
            if let Some(Ok(sp)) = found {
                notes.push(format!(
                    "{}: {} records, their text read from the field `{}` ({})",
                    path.display(),
                    sp.records.len(),
                    sp.field.name,
                    sp.field.how
                ));
                let field: std::sync::Arc<str> = sp.field.name.as_str().into();
                errors.extend(sp.bad.iter().map(|(line, reason)| Error::Undecodable {
                    path: path.clone(),
                    reason: format!(
                        "line {line}: {reason}; this record is left out, the others are read"
                    ),
                }));
                // a UTF-8 archive's records are read alone later, from their spans
                out.extend(
                    sp.records
                        .iter()
                        .enumerate()
                        .map(|(i, &(start, end))| InputFile {
                            id: format!("{id}#{}", i + 1),
                            path: path.clone(),
                            record: Some(i + 1),
                            text_field: Some(field.clone()),
                            span: utf8.map(|_| RecordSpan {
                                start,
                                end,
                                header: sp.header,
                            }),
                        }),
                );
                return;
            }
        }
    }
    out.push(InputFile::new(id, path));
}

/// Extensions that are never plain text; such files are reported rather than read as text.
const BINARY_EXTENSIONS: &[&str] = &[
    "doc", "xls", "xlsx", "ppt", "pptx", "zip", "gz", "tar", "7z", "rar", "png", "jpg", "jpeg",
    "gif", "bmp", "tif", "tiff", "webp", "mp3", "mp4", "avi", "exe", "dll", "so", "bin", "wps",
];

/// Walks the given paths (files or folders, recursively) in a stable order.
/// Unreadable entries become errors in the second list; the walk goes on.
pub fn collect_inputs(paths: &[PathBuf]) -> (Vec<InputFile>, Vec<Error>) {
    let (files, errors, _) = collect_inputs_with(paths, None);
    (files, errors)
}

/// [`collect_inputs`], with the text field of archives named (`--text-field`), and notes saying
/// which field each archive's text was read from.
pub fn collect_inputs_with(
    paths: &[PathBuf],
    text_field: Option<&str>,
) -> (Vec<InputFile>, Vec<Error>, Vec<String>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    let mut notes = Vec::new();
    for root in paths {
        if root.as_os_str() == "-" {
            files.push(InputFile::new("-", root.clone()));
            continue;
        }
        let meta = match std::fs::metadata(root) {
            Ok(m) => m,
            Err(e) => {
                errors.push(Error::Io {
                    path: root.clone(),
                    source: e,
                });
                continue;
            }
        };
        if meta.is_file() {
            let id = root
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            expand(
                id,
                root.clone(),
                &mut files,
                &mut errors,
                text_field,
                &mut notes,
            );
            continue;
        }
        if !meta.is_dir() {
            errors.push(not_a_file(root));
            continue;
        }
        let mut found = Vec::new();
        for entry in walkdir::WalkDir::new(root)
            .follow_links(true)
            .sort_by_file_name()
        {
            match entry {
                Ok(e) if e.file_type().is_file() => {
                    let name = e.file_name().to_string_lossy();
                    if name.starts_with('.') {
                        continue;
                    }
                    let rel = e.path().strip_prefix(root).unwrap_or(e.path());
                    let id = rel.to_string_lossy().replace('\\', "/");
                    expand(
                        id,
                        e.path().to_path_buf(),
                        &mut found,
                        &mut errors,
                        text_field,
                        &mut notes,
                    );
                }
                Ok(e)
                    if !e.file_type().is_dir()
                        && !e.file_name().to_string_lossy().starts_with('.') =>
                {
                    errors.push(not_a_file(e.path()))
                }
                Ok(_) => {}
                Err(e) => {
                    let path = e
                        .path()
                        .map(Path::to_path_buf)
                        .unwrap_or_else(|| root.clone());
                    let source = e
                        .into_io_error()
                        .unwrap_or_else(|| std::io::Error::other("walk error"));
                    errors.push(Error::Io { path, source });
                }
            }
        }
        files.extend(found);
    }
    (files, errors, notes)
}

/// Is the file, by its extension, one that is never plain text?
pub fn has_binary_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| BINARY_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// A device, FIFO or socket: never read (`/dev/zero` would not end, a FIFO may never be written).
fn not_a_file(path: &Path) -> Error {
    Error::Unsupported {
        path: path.to_path_buf(),
        reason: "not a regular file or folder (a device, FIFO or socket); tongbao reads files, folders and `-` for standard input".into(),
    }
}

/// The bytes of an input, except that standard input is read only up to `head` bytes past
/// which it is taken in pieces (plain text) or refused (anything else).
pub fn read_head(file: &InputFile, head: usize) -> Result<Vec<u8>> {
    if file.path.as_os_str() != "-" || file.span.is_some() {
        return read_bytes(file);
    }
    let mut buf = Vec::new();
    std::io::Read::read_to_end(
        &mut std::io::Read::take(std::io::stdin(), head as u64 + 1),
        &mut buf,
    )
    .map_err(|e| Error::Io {
        path: file.path.clone(),
        source: e,
    })?;
    if buf.len() > head && !is_plain_text(&buf, &file.path) {
        return Err(Error::TooLarge {
            path: file.path.clone(),
            reason: format!(
                "standard input over {} MB that is not plain text; save it to a file",
                head >> 20
            ),
        });
    }
    checked(file, buf)
}

/// Reads the raw bytes of an input (standard input for `-`).
pub fn read_bytes(file: &InputFile) -> Result<Vec<u8>> {
    if let Some(sp) = &file.span {
        return read_record(&file.path, sp).map_err(|e| Error::Io {
            path: file.path.clone(),
            source: e,
        });
    }
    if file.path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(
            &mut std::io::Read::take(std::io::stdin(), MAX_FILE_BYTES + 1),
            &mut buf,
        )
        .map_err(|e| Error::Io {
            path: file.path.clone(),
            source: e,
        })?;
        return checked(file, buf);
    }
    if has_binary_extension(&file.path) {
        if let Some(ext) = file
            .path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
        {
            let reason = match ext.as_str() {
                "doc" | "wps" => format!(".{ext} is a legacy binary word-processor format; save it as .docx (or PDF) to read it"),
                _ => format!(".{ext} files are not documents tongbao reads (text, PDF, HTML, .docx, and JSON Lines or CSV archives of documents are)"),
            };
            return Err(Error::Unsupported {
                path: file.path.clone(),
                reason,
            });
        }
    }
    let size = std::fs::metadata(&file.path).map(|m| m.len()).unwrap_or(0);
    if size > MAX_FILE_BYTES {
        return Err(too_large(&file.path));
    }
    checked(
        file,
        std::fs::read(&file.path).map_err(|e| Error::Io {
            path: file.path.clone(),
            source: e,
        })?,
    )
}

fn too_large(path: &Path) -> Error {
    Error::TooLarge {
        path: path.to_path_buf(),
        reason: format!(
            "larger than {} MB, the most tongbao reads of one input; split it",
            MAX_FILE_BYTES >> 20
        ),
    }
}

/// The bytes of an input, refused when they are empty, beyond the size limit, or not what the
/// file's name says (a `.docx` that is no zip).
fn checked(file: &InputFile, bytes: Vec<u8>) -> Result<Vec<u8>> {
    let undecodable = |reason: &str| {
        Err(Error::Undecodable {
            path: file.path.clone(),
            reason: reason.into(),
        })
    };
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(&file.path));
    }
    if bytes.is_empty() {
        return undecodable("an empty file (0 bytes): nothing to read");
    }
    let ext = file
        .path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    if ext.as_deref() == Some("docx") && !docx::is_zip(&bytes) {
        return undecodable(
            "named .docx but not a zip archive, so no Word document (damaged, or renamed)",
        );
    }
    if bytes.len() > MAX_WHOLE_BYTES && !is_plain_text(&bytes, &file.path) {
        return Err(Error::TooLarge {
            path: file.path.clone(),
            reason: format!("larger than {} MB, the most tongbao reads whole of a PDF, web page, Word file or UTF-16 text", MAX_WHOLE_BYTES >> 20),
        });
    }
    Ok(bytes)
}

/// Plain text in a byte encoding (UTF-8, GB18030, Big5): no PDF, zip, web page or UTF-16.
pub fn is_plain_text(bytes: &[u8], path: &Path) -> bool {
    let utf16 = bytes.starts_with(&[0xFF, 0xFE])
        || bytes.starts_with(&[0xFE, 0xFF])
        || sniff_utf16(&bytes[..bytes.len().min(4096) & !1]).is_some();
    !(is_pdf(bytes)
        || docx::is_zip(bytes)
        || named_html(path)
        || html::looks_like_html(bytes)
        || utf16)
}

/// Is this a web page by its name?
fn named_html(path: &Path) -> bool {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    matches!(
        ext.as_str(),
        "html" | "htm" | "shtml" | "xhtml" | "jsp" | "asp" | "aspx" | "php"
    )
}

/// Which source encoding a text was decoded from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Gb18030,
    Utf16Le,
    Utf16Be,
    Big5,
    /// Text read out of a PDF: offsets are into that text (a PDF's bytes hold no text in order).
    Pdf,
    /// Text read out of a .docx: offsets are into its `word/document.xml`.
    Docx,
}

impl Encoding {
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Gb18030 => "GB18030",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
            Encoding::Big5 => "Big5",
            Encoding::Pdf => "PDF",
            Encoding::Docx => "DOCX",
        }
    }
}

/// What the reader knows of how a line of the decoded text stands to the line before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineMark {
    /// Begins a paragraph of its own: a block tag or `<br>` of HTML inside a text file ended the
    /// line before (blank lines may stand between the mark and the line).
    Break,
    /// A markdown heading (`### 标题`) of this level, 1 to 6: a paragraph of its own.
    Heading(u8),
    /// Continues the line before it: a PDF line that ran to the right margin was wrapped.
    Wrapped,
}

/// Decoded text plus what is needed to map a byte offset of `text` back to the source bytes.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub encoding: Encoding,
    pub format: Format,
    /// Length of the byte-order mark that was skipped.
    bom: usize,
    /// (text byte offset, source byte offset) where the two are known to correspond: every
    /// CHECKPOINT chars for encodings other than UTF-8; where each stretch copied from the
    /// source starts for HTML and .docx. Between two, characters map by their source length.
    checkpoints: Vec<(u32, u32)>,
    /// For paged sources: byte offset in `text` where each page starts.
    pub page_starts: Vec<usize>,
    /// Pages that could not be decoded (1-based), left out of `text`.
    pub undecodable_pages: Vec<usize>,
    /// Sorted (byte offset in `text` of a line start, what the reader knows of that line).
    pub line_marks: Vec<(usize, LineMark)>,
    pub meta: SourceMeta,
}

const CHECKPOINT: usize = 512;

/// Share of replacement characters above which a file is refused as undecodable.
const MAX_REPLACEMENT_SHARE: f64 = 0.002;

impl Decoded {
    /// Byte offset in the source file of the text byte offset `pos` (which must be a char boundary).
    pub fn source_offset(&self, pos: usize) -> usize {
        if self.checkpoints.is_empty()
            && matches!(
                self.encoding,
                Encoding::Utf8 | Encoding::Pdf | Encoding::Docx
            )
        {
            return pos + self.bom;
        }
        let idx = self
            .checkpoints
            .partition_point(|&(t, _)| t as usize <= pos);
        let (mut t, mut s) = if idx == 0 {
            (0usize, self.bom)
        } else {
            let (t, s) = self.checkpoints[idx - 1];
            (t as usize, s as usize)
        };
        // between checkpoints a UTF-8 source holds the text's own bytes
        if matches!(
            self.encoding,
            Encoding::Utf8 | Encoding::Pdf | Encoding::Docx
        ) {
            return s + pos.saturating_sub(t);
        }
        for ch in self.text[t..].chars() {
            if t >= pos {
                break;
            }
            s += source_len(self.encoding, ch);
            t += ch.len_utf8();
        }
        s
    }
}

fn source_len(enc: Encoding, ch: char) -> usize {
    match enc {
        Encoding::Utf8 | Encoding::Pdf | Encoding::Docx => ch.len_utf8(),
        Encoding::Utf16Le | Encoding::Utf16Be => ch.len_utf16() * 2,
        Encoding::Gb18030 | Encoding::Big5 => {
            let c = ch as u32;
            if c < 0x80 {
                1
            } else if c > 0xFFFF && enc == Encoding::Gb18030 {
                4
            } else {
                // the encoder asks for room for its worst case before it writes anything
                let mut buf = [0u8; 32];
                let mut enc = if enc == Encoding::Big5 {
                    encoding_rs::BIG5
                } else {
                    encoding_rs::GB18030
                }
                .new_encoder();
                let mut s = [0u8; 4];
                let st = ch.encode_utf8(&mut s);
                let (_, _, written, _) = enc.encode_from_utf8(st, &mut buf, true);
                written.max(1)
            }
        }
    }
}

impl Decoded {
    /// Text that is already a Rust string (UTF-8), with no detection or refusal.
    pub fn from_utf8_text(text: &str) -> Decoded {
        Decoded {
            text: text.to_string(),
            encoding: Encoding::Utf8,
            format: Format::Text,
            bom: 0,
            checkpoints: Vec::new(),
            page_starts: Vec::new(),
            undecodable_pages: Vec::new(),
            line_marks: Vec::new(),
            meta: SourceMeta::default(),
        }
    }

    /// The 1-based page holding text byte offset `pos`, for paged sources.
    pub fn page_of(&self, pos: usize) -> Option<u32> {
        (!self.page_starts.is_empty())
            .then(|| self.page_starts.partition_point(|&s| s <= pos).max(1) as u32)
    }
}

/// Decodes bytes to text, detecting the encoding. `path` is only for error messages.
pub fn decode(bytes: &[u8], path: &Path) -> Result<Decoded> {
    decode_with_hint(bytes, path, None)
}

/// Decodes a file of any format tongbao reads: PDF and .docx by their signature, HTML by its
/// name or its first tag, anything else as plain text.
pub fn decode_any(bytes: &[u8], path: &Path, rules: &crate::rules::Rules) -> Result<Decoded> {
    if is_pdf(bytes) {
        return decode_pdf(bytes, path);
    }
    if docx::is_zip(bytes) {
        return decode_docx(bytes, path);
    }
    if named_html(path) || html::looks_like_html(bytes) {
        return decode_html(bytes, path, &rules.normalize.html);
    }
    Ok(strip_markup(decode(bytes, path)?, &rules.normalize.markup))
}

/// A text file holding markdown or HTML (by its content): the text without the markup, offsets
/// through it to the file's bytes, and its headings and line breaks as line marks.
fn strip_markup(page: Decoded, rules: &markup::MarkupRules) -> Decoded {
    let Some(s) = markup::strip(&page.text, rules) else {
        return page;
    };
    let checkpoints = s
        .runs
        .iter()
        .map(|&(t, d)| (t, page.source_offset(d as usize) as u32))
        .collect();
    Decoded {
        text: s.text,
        checkpoints,
        line_marks: s.marks,
        ..page
    }
}

/// A record's bytes read alone: for CSV its header row, a line break, then the row.
fn read_record(path: &Path, sp: &RecordSpan) -> std::io::Result<Vec<u8>> {
    use std::io::{Read, Seek, SeekFrom};
    let mut f = std::fs::File::open(path)?;
    let mut slice = |a: usize, b: usize| -> std::io::Result<Vec<u8>> {
        let mut buf = vec![0; b.saturating_sub(a)];
        f.seek(SeekFrom::Start(a as u64))?;
        f.read_exact(&mut buf)?;
        Ok(buf)
    };
    let mut out = match sp.header {
        Some((a, b)) => {
            let mut h = slice(a, b)?;
            h.push(b'\n');
            h
        }
        None => Vec::new(),
    };
    out.extend(slice(sp.start, sp.end)?);
    Ok(out)
}

/// Record `k` (1-based) of an archive of documents (JSON Lines, CSV): its text field, with
/// offsets into the file's bytes, and its title, date and source fields.
pub fn decode_record(
    bytes: &[u8],
    path: &Path,
    k: usize,
    span: Option<&RecordSpan>,
    field: Option<&str>,
) -> Result<Decoded> {
    let csv = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    let undecodable = |reason: String| Error::Undecodable {
        path: path.to_path_buf(),
        reason,
    };
    let (rec, encoding, checkpoints) = match span {
        // the record's own bytes (after the header row for CSV): offsets shift to the file's
        Some(sp) => {
            let text = std::str::from_utf8(bytes).map_err(|_| {
                undecodable(format!(
                    "record {k} is no longer UTF-8; index the archive again"
                ))
            })?;
            let rec = collection::record(text, csv, 1, field)
                .map_err(|r| undecodable(format!("record {k}: {r}")))?;
            let row_at = sp.header.map(|(a, b)| b - a + 1).unwrap_or(0);
            let cps = rec
                .runs
                .iter()
                .map(|&(t, p)| (t as u32, (sp.start + p.saturating_sub(row_at)) as u32))
                .collect();
            (rec, Encoding::Utf8, cps)
        }
        None => {
            let page = decode(bytes, path)?;
            let rec = collection::record(&page.text, csv, k, field).map_err(undecodable)?;
            let cps = rec
                .runs
                .iter()
                .map(|&(t, p)| (t as u32, page.source_offset(p) as u32))
                .collect();
            (rec, page.encoding, cps)
        }
    };
    Ok(Decoded {
        text: rec.text,
        encoding,
        format: if csv { Format::Csv } else { Format::Jsonl },
        bom: 0,
        checkpoints,
        page_starts: Vec::new(),
        undecodable_pages: Vec::new(),
        line_marks: Vec::new(),
        meta: SourceMeta {
            title: rec.title,
            published: rec.date,
            source: rec.source,
            year: rec.year,
            issuer: rec.issuer,
            ..SourceMeta::default()
        },
    })
}

/// The main text of a web page, its charset from a BOM, the page's own declaration or detection.
pub fn decode_html(bytes: &[u8], path: &Path, rules: &html::HtmlRules) -> Result<Decoded> {
    let hint =
        html::declared_charset(bytes).and_then(|label| {
            match encoding_rs::Encoding::for_label(label.as_bytes()) {
                Some(e) if e == encoding_rs::GBK || e == encoding_rs::GB18030 => {
                    Some(Encoding::Gb18030)
                }
                Some(e) if e == encoding_rs::BIG5 => Some(Encoding::Big5),
                _ => None,
            }
        });
    let page = decode_with_hint(bytes, path, hint)?;
    let found = html::extract(&page.text, rules);
    if found.text.trim().is_empty() {
        return Err(Error::Undecodable {
            path: path.to_path_buf(),
            reason: "an HTML page with no text in it".into(),
        });
    }
    // Offsets into the page's decoded text become offsets into the file's bytes.
    let checkpoints = found
        .runs
        .iter()
        .map(|&(t, h)| (t, page.source_offset(h as usize) as u32))
        .collect();
    let mut notes = page.meta.notes.clone();
    if found.whole_page {
        notes.push("no element stood out as the main text; the whole page was kept".to_string());
    }
    if found.dropped_chars > 0 {
        notes.push(format!(
            "{} characters of navigation and page clutter left out",
            found.dropped_chars
        ));
    }
    Ok(Decoded {
        text: found.text,
        encoding: page.encoding,
        format: Format::Html,
        bom: 0,
        checkpoints,
        page_starts: Vec::new(),
        undecodable_pages: Vec::new(),
        line_marks: Vec::new(),
        meta: SourceMeta {
            title: found.title,
            published: found.published,
            source: found.source,
            notes,
            ..SourceMeta::default()
        },
    })
}

/// The text of a Word document (offsets map into its `word/document.xml`).
pub fn decode_docx(bytes: &[u8], path: &Path) -> Result<Decoded> {
    let undecodable = |reason: String| Error::Undecodable {
        path: path.to_path_buf(),
        reason,
    };
    let read = std::panic::catch_unwind(|| docx::read_docx(bytes))
        .unwrap_or_else(|_| Err("the .docx reader failed on this file".into()))
        .map_err(undecodable)?;
    if read.text.trim().is_empty() {
        return Err(undecodable(
            "a Word document with no text in its body".into(),
        ));
    }
    let mut notes = Vec::new();
    if !read.headers_footers.is_empty() {
        notes.push(format!(
            "{} line(s) of page headers and footers kept apart from the text",
            read.headers_footers.len()
        ));
    }
    Ok(Decoded {
        text: read.text,
        encoding: Encoding::Docx,
        format: Format::Docx,
        bom: 0,
        checkpoints: read.runs,
        page_starts: Vec::new(),
        undecodable_pages: Vec::new(),
        line_marks: Vec::new(),
        meta: SourceMeta {
            furniture: read.headers_footers,
            notes,
            ..SourceMeta::default()
        },
    })
}

/// Decodes bytes to text; `hint` is an encoding the file declares (an HTML meta charset), used
/// when the bytes are not valid UTF-8.
pub fn decode_with_hint(bytes: &[u8], path: &Path, hint: Option<Encoding>) -> Result<Decoded> {
    let undecodable = |reason: String| Error::Undecodable {
        path: path.to_path_buf(),
        reason,
    };
    let utf8 = std::str::from_utf8(bytes).ok();
    let valid_utf8 = utf8.is_some();
    let mut breaks = None;
    let (encoding, bom) = if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        (Encoding::Utf8, 3)
    } else if bytes.starts_with(&[0xFF, 0xFE]) {
        (Encoding::Utf16Le, 2)
    } else if bytes.starts_with(&[0xFE, 0xFF]) {
        (Encoding::Utf16Be, 2)
    } else if let Some(enc) = sniff_utf16(bytes) {
        (enc, 0)
    } else if valid_utf8 {
        (Encoding::Utf8, 0)
    } else if let Some(h @ (Encoding::Gb18030 | Encoding::Big5)) = hint {
        (h, 0)
    } else if let Some(b) = mostly_utf8(bytes) {
        breaks = Some(b);
        (Encoding::Utf8, 0)
    } else if let Some((kana, pairs)) = shift_jis_kana(bytes) {
        return Err(undecodable(format!(
            "looks like Japanese in Shift_JIS ({kana} of its {pairs} double-byte characters are kana), which tongbao does not read; as GB18030 it would be garbage. Convert it to UTF-8 if it is wanted"
        )));
    } else {
        (legacy_encoding(bytes).0, 0)
    };
    let body = &bytes[bom..];
    let text: String = match encoding {
        // Invalid sequences (a file cut in the middle of a character) become U+FFFD, which is
        // counted below: a few are reported through the threshold, many refuse the file.
        // Validated once above: the BOM is three whole bytes, so what follows it is valid too.
        Encoding::Utf8 if valid_utf8 => utf8.map(|t| t[bom..].to_owned()).unwrap_or_default(),
        Encoding::Utf8 | Encoding::Pdf | Encoding::Docx => {
            String::from_utf8_lossy(body).into_owned()
        }
        Encoding::Gb18030 => encoding_rs::GB18030
            .decode_without_bom_handling(body)
            .0
            .into_owned(),
        Encoding::Big5 => encoding_rs::BIG5
            .decode_without_bom_handling(body)
            .0
            .into_owned(),
        Encoding::Utf16Le => encoding_rs::UTF_16LE
            .decode_without_bom_handling(body)
            .0
            .into_owned(),
        Encoding::Utf16Be => encoding_rs::UTF_16BE
            .decode_without_bom_handling(body)
            .0
            .into_owned(),
    };
    // Binary junk: NUL and other C0 controls have no place in a bulletin.
    // Counted in simple passes (C0 controls are single bytes in UTF-8), each cheaper than one
    // loop doing all three.
    let total = text.chars().count();
    let controls = crate::normalize::count_bytes(text.as_bytes(), |b| {
        b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)
    });
    let replacements = text.matches('\u{FFFD}').count();
    if total > 0 && controls as f64 / total as f64 > 0.01 {
        return Err(undecodable(format!(
            "looks binary ({controls} control characters in {total}), not text"
        )));
    }
    let too_many =
        replacements > 2 && replacements as f64 / total.max(1) as f64 > MAX_REPLACEMENT_SHARE;
    // (garbage in GB18030 whose bytes are mostly UTF-8 is a mix too)
    let mixed = || {
        (breaks.as_ref().map(|b| (b.bad, b.first, b.wide_chars))).or_else(|| {
            let b = utf8_breaks(bytes);
            (b.wide_chars >= 2 * b.bad).then_some((b.bad, b.first, b.wide_chars))
        })
    };
    if let Some((_, first, wide_chars)) = too_many.then(mixed).flatten() {
        return Err(undecodable(format!(
            "mixes encodings: {wide_chars} of its characters read as UTF-8, but others do not (the first at byte {first}), as when a passage in GBK is pasted into UTF-8 text; convert it to one encoding"
        )));
    }
    if too_many {
        return Err(undecodable(format!(
            "not valid UTF-8, and as {} it has {replacements} undecodable sequences in {total} characters; refusing to extract garbage",
            encoding.label()
        )));
    }
    let mut checkpoints = Vec::new();
    if encoding != Encoding::Utf8 {
        let (mut s, mut n) = (bom, 0usize);
        for (t, ch) in text.char_indices() {
            if n % CHECKPOINT == 0 {
                checkpoints.push((t as u32, s as u32));
            }
            n += 1;
            s += source_len(encoding, ch);
        }
    }
    let mut meta = SourceMeta::default();
    if let (Some(b), true) = (&breaks, replacements > 0) {
        meta.notes.push(format!(
            "read as UTF-8, but {replacements} byte sequence(s) are not UTF-8 (the first at byte {}): each is replaced by U+FFFD",
            b.first
        ));
    }
    if matches!(encoding, Encoding::Gb18030 | Encoding::Big5) && hint.is_none() {
        meta.notes.extend(legacy_note(bytes, encoding));
    }
    Ok(Decoded {
        text,
        encoding,
        format: Format::Text,
        bom,
        checkpoints,
        page_starts: Vec::new(),
        undecodable_pages: Vec::new(),
        line_marks: Vec::new(),
        meta,
    })
}

/// GB18030 or Big5 for bytes that are not UTF-8, and whether the choice is clear. Big5 when
/// no byte pair is one only GB18030 has (a first byte 0x81–0xA0, a second byte 0x80–0xA0, a
/// four-byte sequence) and a fifth of the pairs end in 0x40–0x7E, which GB2312's characters
/// never do and Big5's (its comma and full stop among them) often do.
fn legacy_encoding(bytes: &[u8]) -> (Encoding, bool) {
    let (mut i, mut pairs, mut low, mut gb_only) = (0, 0usize, 0usize, 0usize);
    while i + 1 < bytes.len() {
        let (b, t) = (bytes[i], bytes[i + 1]);
        if b < 0x80 {
            i += 1;
            continue;
        }
        pairs += 1;
        if (0x81..=0xA0).contains(&b) || (0x80..=0xA0).contains(&t) || t.is_ascii_digit() {
            gb_only += 1;
        } else if (0x40..=0x7E).contains(&t) {
            low += 1;
        }
        i += if t.is_ascii_digit() { 4 } else { 2 };
    }
    if gb_only == 0 && pairs >= 4 && low * 5 >= pairs {
        (Encoding::Big5, true)
    } else {
        (Encoding::Gb18030, gb_only > 0 || low * 30 < pairs)
    }
}

/// Kana and double-byte counts when the bytes read as Shift_JIS and a fifth of their
/// double-byte characters are kana. GB18030 decodes Shift_JIS without an error (its kana
/// become rare characters such as 偼 and 傞), so only this tells Japanese text from Chinese;
/// Chinese text walked as Shift_JIS breaks its rules or shows next to no kana.
fn shift_jis_kana(bytes: &[u8]) -> Option<(usize, usize)> {
    let (mut i, mut pairs, mut kana) = (0, 0usize, 0usize);
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 || (0xA1..=0xDF).contains(&b) {
            i += 1; // ASCII or a half-width katakana
            continue;
        }
        let lead = (0x81..=0x9F).contains(&b) || (0xE0..=0xFC).contains(&b);
        let t = *bytes.get(i + 1)?;
        if !lead || !((0x40..=0x7E).contains(&t) || (0x80..=0xFC).contains(&t)) {
            return None;
        }
        pairs += 1;
        if (b == 0x82 && (0x9F..=0xF1).contains(&t)) || (b == 0x83 && (0x40..=0x96).contains(&t)) {
            kana += 1;
        }
        i += 2;
    }
    (pairs >= 8 && kana * 5 >= pairs).then_some((kana, pairs))
}

/// A note saying which legacy encoding was chosen by detection, and how sure it is.
fn legacy_note(bytes: &[u8], chosen: Encoding) -> Option<String> {
    let (_, clear) = legacy_encoding(bytes);
    match (chosen, clear) {
        (Encoding::Big5, _) => Some("no charset declared: read as Big5 (traditional Chinese), detected from its byte pairs".into()),
        (_, false) => Some(format!("no charset declared and the encoding is uncertain: read as {}, but Big5 also fits these bytes", chosen.label())),
        _ => None,
    }
}

/// Is this a PDF (by its header, wherever the file came from)?
pub fn is_pdf(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(1024)]
        .windows(5)
        .any(|w| w == b"%PDF-")
}

/// The text of a PDF; a file whose every page is undecodable is refused with the reason.
pub fn decode_pdf(bytes: &[u8], path: &Path) -> Result<Decoded> {
    let undecodable = |reason: String| Error::Undecodable {
        path: path.to_path_buf(),
        reason,
    };
    let read = pdf::read_pdf(bytes).map_err(|e| undecodable(e.to_string()))?;
    if read.pages == 0 {
        return Err(undecodable(
            "no pages found (a damaged or truncated PDF)".into(),
        ));
    }
    if read.undecodable_pages.is_empty() && read.text.trim().is_empty() {
        return Err(undecodable(format!(
            "no text on any of its {} pages (a scan without a text layer?)",
            read.pages
        )));
    }
    if read.undecodable_pages.len() == read.pages {
        return Err(undecodable(format!(
            "none of its {} pages could be decoded to text (fonts without /ToUnicode or a usable cmap, or scanned images)",
            read.pages
        )));
    }
    let mut notes = Vec::new();
    if !read.undecodable_pages.is_empty() {
        notes.push(format!(
            "{} of {} pages could not be decoded (fonts without a usable Unicode map, or too slow) and are left out",
            read.undecodable_pages.len(),
            read.pages
        ));
    }
    if !read.empty_pages.is_empty() {
        notes.push(format!(
            "{} page(s) hold no text (images or blank)",
            read.empty_pages.len()
        ));
    }
    Ok(Decoded {
        text: read.text,
        encoding: Encoding::Pdf,
        format: Format::Pdf,
        bom: 0,
        checkpoints: Vec::new(),
        page_starts: read.page_starts,
        undecodable_pages: read.undecodable_pages,
        line_marks: read
            .wrapped
            .into_iter()
            .map(|p| (p, LineMark::Wrapped))
            .collect(),
        meta: SourceMeta {
            empty_pages: read.empty_pages,
            notes,
            ..SourceMeta::default()
        },
    })
}

/// How far bytes that are not valid UTF-8 are UTF-8 all the same: the broken sequences (up to
/// 65), the first one's offset, and the characters of two or more bytes read around them.
struct Utf8Breaks {
    bad: usize,
    first: usize,
    wide_chars: usize,
}

fn utf8_breaks(bytes: &[u8]) -> Utf8Breaks {
    let mut b = Utf8Breaks {
        bad: 0,
        first: 0,
        wide_chars: 0,
    };
    let mut at = 0;
    while at < bytes.len() {
        let rest = &bytes[at..];
        let (valid, skip) = match std::str::from_utf8(rest) {
            Ok(t) => (t, rest.len()),
            // a character cut off at the very end of the file is truncation, not another encoding
            Err(e) if e.error_len().is_none() => (
                std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or_default(),
                rest.len(),
            ),
            Err(e) => {
                if b.bad == 0 {
                    b.first = at + e.valid_up_to();
                }
                b.bad += 1;
                let valid = std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or_default();
                (valid, e.valid_up_to() + e.error_len().unwrap_or(1).max(1))
            }
        };
        b.wide_chars += valid.chars().filter(|c| c.len_utf8() > 1).count();
        at += skip;
        if b.bad > 64 {
            break;
        }
    }
    b
}

/// Invalid UTF-8 that is still UTF-8 (a truncated last character, a stray byte, a passage in
/// another encoding), where GB18030 would read the whole text as garbage: fewer broken sequences
/// than one per thousand characters, or twenty characters of UTF-8 for each (text in GB18030
/// forms a character of UTF-8 by chance in about one of a hundred).
fn mostly_utf8(bytes: &[u8]) -> Option<Utf8Breaks> {
    let b = utf8_breaks(bytes);
    (b.bad * 3000 < bytes.len() || b.wide_chars >= 20 * b.bad).then_some(b)
}

/// UTF-16 without BOM: in CJK text nearly every code unit has a non-zero byte, but ASCII
/// (digits, punctuation, newlines) puts NULs at every other position. Require many of them.
fn sniff_utf16(bytes: &[u8]) -> Option<Encoding> {
    if bytes.len() < 4 || bytes.len() % 2 != 0 {
        return None;
    }
    let sample = &bytes[..bytes.len().min(4096)];
    let (mut even0, mut odd0) = (0, 0);
    for (i, b) in sample.iter().enumerate() {
        if *b == 0 {
            if i % 2 == 0 {
                even0 += 1
            } else {
                odd0 += 1
            }
        }
    }
    let pairs = sample.len() / 2;
    if odd0 * 4 > pairs && even0 * 20 < pairs {
        Some(Encoding::Utf16Le)
    } else if even0 * 4 > pairs && odd0 * 20 < pairs {
        Some(Encoding::Utf16Be)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_utf8_file_cut_inside_a_character_stays_utf8() {
        let text = "全区新签约项目52个，总投资金额100.7亿元。".repeat(20);
        let bytes = &text.as_bytes()[..text.len() - 1];
        let d = decode(bytes, Path::new("cut.txt")).unwrap();
        assert_eq!(d.encoding, Encoding::Utf8);
        assert!(d.text.starts_with("全区新签约项目52个"));
    }

    #[test]
    fn japanese_in_shift_jis_is_refused_and_chinese_in_gbk_is_not_taken_for_it() {
        let ja = "東京都は本日、来年度の予算案を発表しました。総額は八兆円を超える見込みです。";
        let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode(ja);
        let err = decode(&sjis, Path::new("tokyo.txt"))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("tokyo.txt") && err.contains("Shift_JIS"),
            "{err}"
        );
        for zh in [
            "全区新签约项目52个，总投资金额100.7亿元。",
            "偼偱傞两个生僻字之外都是常用字，这份通报照常读取。",
        ] {
            let (gbk, _, _) = encoding_rs::GB18030.encode(zh);
            assert_eq!(decode(&gbk, Path::new("g.txt")).unwrap().text, zh);
        }
    }

    #[test]
    fn a_stray_byte_in_utf8_is_noted_and_a_passage_in_gbk_refused() {
        let text = "全区新签约项目52个，总投资金额100.7亿元。".repeat(20);
        let mut stray = text.clone().into_bytes();
        let middle = text.char_indices().nth(200).map_or(0, |(b, _)| b);
        stray.insert(middle, 0xFF);
        let d = decode(&stray, Path::new("stray.txt")).unwrap();
        assert_eq!(d.encoding, Encoding::Utf8);
        assert!(d.text.starts_with("全区新签约项目52个"));
        assert!(
            d.meta.notes.iter().any(|n| n.contains("U+FFFD")),
            "{:?}",
            d.meta.notes
        );
        let (gbk, _, _) = encoding_rs::GB18030.encode("第一季度全市经济运行情况通报");
        let mixed = [&gbk[..], text.as_bytes()].concat();
        let err = decode(&mixed, Path::new("mixed.txt"))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("mixed.txt") && err.contains("mixes encodings"),
            "{err}"
        );
    }

    #[test]
    fn gbk_offsets_map_to_source_bytes() {
        let (gbk, _, _) = encoding_rs::GB18030.encode("年度100.7亿元");
        let d = decode(&gbk, Path::new("g.txt")).unwrap();
        assert_eq!(d.encoding, Encoding::Gb18030);
        let pos = d.text.find("100").unwrap();
        assert_eq!(d.source_offset(pos), 4); // 年度 is two 2-byte characters
    }
}
