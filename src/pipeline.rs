//! The whole pipeline for one document, and for a batch in parallel: read → normalise →
//! segment → extract. A document that fails is an outcome with its reason, never a stop.
use crate::error::Error;
use crate::extract;
use crate::fact::{DocRecord, Fact, Kind};
use crate::normalize::{normalize_marked, Normalized};
use crate::read::{read_bytes, Decoded, InputFile};
use crate::rules::Rules;
use crate::segment::Segmenter;
use std::sync::Arc;

/// Everything loaded once and shared by all threads.
pub struct Pipeline {
    pub rules: Arc<Rules>,
    pub segmenter: Arc<Segmenter>,
    pub reference_year: Option<i32>,
    pub kinds: Option<Vec<Kind>>,
    /// Keep jieba's words of each document in [`Processed::words`] (the index reuses them).
    pub keep_words: bool,
}

/// A document that was read, with its facts.
pub struct Processed {
    pub record: DocRecord,
    pub facts: Vec<Fact>,
    pub normalized: Normalized,
    /// jieba's words of the normalised text (byte spans), when the pipeline keeps them.
    pub words: Vec<crate::segment::Word>,
    /// For paged sources: offsets in `normalized.text` of the paragraph breaks (`\n`) where a
    /// new page starts (`tongbao text` prints a form feed there; a sentence running across a
    /// page end has been rejoined and shows none).
    pub page_breaks: Vec<usize>,
}

impl Pipeline {
    pub fn new(rules: Rules) -> Pipeline {
        let segmenter = Segmenter::new(&rules);
        Pipeline { rules: Arc::new(rules), segmenter: Arc::new(segmenter), reference_year: None, kinds: None, keep_words: false }
    }

    /// Reads, decodes and processes one input file.
    pub fn process_file(&self, file: &InputFile) -> Result<Processed, Error> {
        let bytes = read_bytes(file)?;
        self.process_bytes(file, &bytes)
    }

    /// Decodes and processes the bytes already read from `file`.
    pub fn process_bytes(&self, file: &InputFile, bytes: &[u8]) -> Result<Processed, Error> {
        let decoded = match file.record {
            Some(k) => crate::read::decode_record(bytes, &file.path, k, file.span.as_ref())?,
            None => crate::read::decode_any(bytes, &file.path, &self.rules)?,
        };
        // a record of an archive counts its own text, not the whole file
        let nbytes = if file.record.is_some() { decoded.text.len() } else { bytes.len() };
        Ok(self.process_decoded(&file.id, &file.path.to_string_lossy(), &decoded, nbytes))
    }

    /// Processes text that is already decoded (also used by tests and the rule examples).
    pub fn process_text(&self, id: &str, text: &str) -> Processed {
        let decoded = Decoded::from_utf8_text(text);
        self.process_decoded(id, id, &decoded, text.len())
    }

    fn process_decoded(&self, id: &str, path: &str, decoded: &Decoded, nbytes: usize) -> Processed {
        let normalized = normalize_marked(&decoded.text, &decoded.line_marks, &self.rules);
        let mut record = crate::document::build_record(&normalized.text, &self.rules, self.reference_year, &decoded.meta, path);
        record.doc = id.to_string();
        record.path = path.to_string();
        record.encoding = decoded.encoding.label();
        record.format = decoded.format.label();
        if !decoded.page_starts.is_empty() {
            record.pages = Some(decoded.page_starts.len());
            record.undecodable_pages = decoded.undecodable_pages.clone();
            record.empty_pages = decoded.meta.empty_pages.clone();
        }
        record.headers_footers = decoded.meta.furniture.clone();
        record.notes = decoded.meta.notes.clone();
        record.bytes = nbytes;
        record.chars = normalized.text.chars().count();
        let mut words = Vec::new();
        let keep = self.keep_words.then_some(&mut words);
        let doc = extract::DocInfo {
            year: record.year,
            issued: record.issued.as_deref(),
            genre: record.genre,
            title: record.title.as_deref(),
            issuer: record.issuer.as_deref(),
            headings: &normalized.headings,
        };
        let mut place = None;
        let mut facts =
            extract::extract_with_words(&normalized.text, &self.rules, &self.segmenter, &doc, self.kinds.as_deref(), keep, Some(&mut place));
        record.region = place;
        if self.keep_words && words.is_empty() && !normalized.text.is_empty() {
            words = self.segmenter.words(&normalized.text);
        }
        for f in &mut facts {
            f.start = normalized.char_index(f.byte_start);
            f.end = normalized.char_index(f.byte_end);
            f.src_start = decoded.source_offset(normalized.decoded_offset(&decoded.text, f.byte_start));
            // a mention joined across lines that a page's source holds out of order (a title
            // taken from the page head) never gets an end before its start
            f.src_end = decoded.source_offset(normalized.decoded_end(&decoded.text, f.byte_end)).max(f.src_start);
            f.page = decoded.page_of(f.src_start);
        }
        let page_breaks = decoded
            .page_starts
            .iter()
            .skip(1)
            .map(|&d| normalized.normalized_offset(d))
            .filter(|&n| n > 0 && normalized.text.as_bytes().get(n - 1) == Some(&b'\n'))
            .map(|n| n - 1)
            .collect();
        Processed { record, facts, normalized, words, page_breaks }
    }
}
