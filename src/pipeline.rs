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

/// Where the facts of each piece go as they are found: (the document's record, the piece's facts,
/// the piece's normalised text).
pub type Sink<'a> = dyn FnMut(&DocRecord, &[Fact], &str) -> std::io::Result<()> + 'a;

/// How `extract` takes one input (see [`Pipeline::job`]).
pub enum Job {
    Whole(Box<Result<Processed, Error>>),
    /// To be read in pieces, for the reason given; `head` holds what was already read of it.
    Pieces {
        why: String,
        head: Option<Vec<u8>>,
    },
}

/// Everything loaded once and shared by all threads.
pub struct Pipeline {
    pub rules: Arc<Rules>,
    pub segmenter: Arc<Segmenter>,
    pub reference_year: Option<i32>,
    /// The day of `--reference-date` (`YYYY-MM-DD`): `今天` and `本月17日` of a document that
    /// states no date of its own resolve against it.
    pub reference_day: Option<String>,
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
    /// The page each of `page_breaks` starts (a page starting mid-sentence has no break, so
    /// the breaks are not always pages 2, 3, …).
    pub page_break_pages: Vec<usize>,
}

impl Pipeline {
    pub fn new(rules: Rules) -> Pipeline {
        let segmenter = Segmenter::new(&rules);
        Pipeline {
            rules: Arc::new(rules),
            segmenter: Arc::new(segmenter),
            reference_year: None,
            reference_day: None,
            kinds: None,
            keep_words: false,
        }
    }

    /// Reads, decodes and processes one input file.
    pub fn process_file(&self, file: &InputFile) -> Result<Processed, Error> {
        let bytes = read_bytes(file)?;
        self.process_bytes(file, &bytes)
    }

    /// Decodes and processes the bytes already read from `file`. A text too large or too dense
    /// to hold whole is refused here with the limit it passed (`extract` reads it in pieces,
    /// from far smaller sizes, to keep its memory flat).
    pub fn process_bytes(&self, file: &InputFile, bytes: &[u8]) -> Result<Processed, Error> {
        if file.record.is_none() {
            if let Some(why) = crate::read::pieces::refused_whole(bytes, &file.path) {
                let reason = format!("{why}; this command reads a document whole, up to that limit (`tongbao extract` and `tongbao text` read it in pieces)");
                return Err(Error::TooLarge {
                    path: file.path.clone(),
                    reason,
                });
            }
        }
        let decoded = match file.record {
            Some(k) => crate::read::decode_record(
                bytes,
                &file.path,
                k,
                file.span.as_ref(),
                file.text_field.as_deref(),
            )?,
            None => crate::read::decode_any(bytes, &file.path, &self.rules)?,
        };
        // a record of an archive counts its own text, not the whole file
        let nbytes = if file.record.is_some() {
            decoded.text.len()
        } else {
            bytes.len()
        };
        guarded(&file.path, || {
            self.process_decoded(&file.id, &file.path.to_string_lossy(), &decoded, nbytes)
        })
    }

    /// How `extract` takes an input: whole, or (a text over the size or density limits, or
    /// standard input that runs past the size limit) in pieces while its facts are written.
    pub fn job(&self, file: &InputFile) -> Job {
        if file.record.is_none() && file.path.as_os_str() != "-" {
            if let Some(why) = crate::read::pieces::file_needs_pieces(&file.path) {
                return Job::Pieces { why, head: None };
            }
        }
        let bytes = match crate::read::read_head(file, crate::read::pieces::PIECES_FROM) {
            Ok(b) => b,
            Err(e) => return Job::Whole(Box::new(Err(e))),
        };
        match crate::read::pieces::needs_pieces(&bytes, &file.path)
            .filter(|_| file.record.is_none())
        {
            Some(why) => Job::Pieces {
                why,
                head: Some(bytes),
            },
            None => Job::Whole(Box::new(self.process_bytes(file, &bytes))),
        }
    }

    /// Reads a [`Job::Pieces`] piece by piece, each piece's facts handed to `sink` (with the
    /// document's record and the piece's normalised text) as soon as they are found. Returns the
    /// record with the totals (characters, facts) and a note on how the document was read.
    pub fn process_in_pieces(
        &self,
        file: &InputFile,
        why: &str,
        head: Option<Vec<u8>>,
        sink: &mut Sink,
    ) -> Result<(DocRecord, usize), Error> {
        let io = |e: std::io::Error| Error::Io {
            path: file.path.clone(),
            source: e,
        };
        let src: Box<dyn std::io::Read> = match head {
            Some(h) if file.path.as_os_str() == "-" => Box::new(std::io::Read::chain(
                std::io::Cursor::new(h),
                std::io::stdin(),
            )),
            Some(h) => Box::new(std::io::Cursor::new(h)),
            None => Box::new(std::fs::File::open(&file.path).map_err(io)?),
        };
        self.pieces(file, src, why, sink)
    }

    fn pieces(
        &self,
        file: &InputFile,
        src: Box<dyn std::io::Read>,
        why: &str,
        sink: &mut Sink,
    ) -> Result<(DocRecord, usize), Error> {
        let path = file.path.to_string_lossy().into_owned();
        let io = |e: std::io::Error| Error::Io {
            path: file.path.clone(),
            source: e,
        };
        let mut base: Option<DocRecord> = None;
        let (mut chars, mut text_bytes, mut nfacts, mut npieces) = (0usize, 0usize, 0usize, 0usize);
        let mut total = 0;
        for (at, decoded) in crate::read::pieces::Pieces::new(src, &file.path, &self.rules)? {
            let decoded = decoded?;
            let normalized = normalize_marked(&decoded.text, &decoded.line_marks, &self.rules);
            let mut record = match &base {
                Some(r) => r.clone(),
                None => self.record_of(&file.id, &path, &decoded, &normalized, 0),
            };
            let (mut facts, _) = guarded(&file.path, || {
                self.facts_of(&mut record, &decoded, &normalized)
            })?;
            for f in &mut facts {
                shift(f, chars, text_bytes, at);
            }
            sink(&record, &facts, &normalized.text).map_err(io)?;
            chars += normalized.text.chars().count();
            text_bytes += normalized.text.len();
            nfacts += facts.len();
            npieces += 1;
            total = at + decoded.source_offset(decoded.text.len());
            base.get_or_insert(record);
        }
        let mut record = base.unwrap_or_default();
        record.doc = file.id.clone();
        record.chars = chars;
        record.bytes = total;
        record.notes.push(format!("{why}: read in {npieces} pieces of at most {} MB or {} runs of digits, each cut at a line end where one is near, else after a sentence end, never inside a figure; headings and years carry from the first piece only", crate::read::pieces::PIECE_BYTES >> 20, crate::read::pieces::PIECE_FIGURES));
        Ok((record, nfacts))
    }

    /// Processes text that is already decoded (also used by tests and the rule examples).
    pub fn process_text(&self, id: &str, text: &str) -> Processed {
        let decoded = Decoded::from_utf8_text(text);
        self.process_decoded(id, id, &decoded, text.len())
    }

    fn process_decoded(&self, id: &str, path: &str, decoded: &Decoded, nbytes: usize) -> Processed {
        let normalized = normalize_marked(&decoded.text, &decoded.line_marks, &self.rules);
        let mut record = self.record_of(id, path, decoded, &normalized, nbytes);
        let (facts, words) = self.facts_of(&mut record, decoded, &normalized);
        let (page_break_pages, page_breaks) = decoded
            .page_starts
            .iter()
            .enumerate()
            .skip(1)
            .map(|(i, &d)| (i + 1, normalized.normalized_offset(d)))
            .filter(|&(_, n)| n > 0 && normalized.text.as_bytes().get(n - 1) == Some(&b'\n'))
            .map(|(page, n)| (page, n - 1))
            .unzip();
        Processed {
            record,
            facts,
            normalized,
            words,
            page_breaks,
            page_break_pages,
        }
    }

    /// The document record of a decoded text (its place is set by [`Self::facts_of`]).
    fn record_of(
        &self,
        id: &str,
        path: &str,
        decoded: &Decoded,
        normalized: &Normalized,
        nbytes: usize,
    ) -> DocRecord {
        let mut record = crate::document::build_record(
            &normalized.text,
            &self.rules,
            self.reference_year,
            &decoded.meta,
            path,
        );
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
        record
    }

    /// The facts of a normalised text, with offsets into it and into the source; the record
    /// takes the document's place, unless it has one already (from an earlier piece).
    fn facts_of(
        &self,
        record: &mut DocRecord,
        decoded: &Decoded,
        normalized: &Normalized,
    ) -> (Vec<Fact>, Vec<crate::segment::Word>) {
        let mut words = Vec::new();
        let keep = self.keep_words.then_some(&mut words);
        let doc = extract::DocInfo {
            year: record.year,
            issued: record.issued.as_deref().or(self
                .reference_day
                .as_deref()
                .filter(|_| record.year_source == "reference-date")),
            genre: record.genre,
            title: record.title.as_deref(),
            issuer: record.issuer.as_deref(),
            headings: &normalized.headings,
        };
        let mut place = None;
        let mut facts = extract::extract_with_words(
            &normalized.text,
            &self.rules,
            &self.segmenter,
            &doc,
            self.kinds.as_deref(),
            keep,
            Some(&mut place),
        );
        if record.region.is_none() {
            record.region = place;
        }
        if self.keep_words && words.is_empty() && !normalized.text.is_empty() {
            words = self.segmenter.words(&normalized.text);
        }
        for f in &mut facts {
            f.start = normalized.char_index(f.byte_start);
            f.end = normalized.char_index(f.byte_end);
            f.src_start =
                decoded.source_offset(normalized.decoded_offset(&decoded.text, f.byte_start));
            // a mention joined across lines that a page's source holds out of order (a title
            // taken from the page head) never gets an end before its start
            f.src_end = decoded
                .source_offset(normalized.decoded_end(&decoded.text, f.byte_end))
                .max(f.src_start);
            f.page = decoded.page_of(f.src_start);
        }
        (facts, words)
    }
}

/// Runs one document's processing so that a bug the document trips in the extractor is that
/// document's error, named with its file, and the rest of the batch goes on.
fn guarded<T>(path: &std::path::Path, run: impl FnOnce() -> T) -> Result<T, Error> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)).map_err(|panic| {
        let what = panic.downcast_ref::<String>().map(String::as_str).or_else(|| panic.downcast_ref::<&str>().copied()).unwrap_or("unknown");
        Error::Internal { path: path.to_path_buf(), reason: format!("the extractor failed on this document ({what}); this is a bug in tongbao, please report it with the file") }
    })
}

/// Offsets of a fact found in a piece, made offsets into the whole document.
fn shift(f: &mut Fact, chars: usize, text_bytes: usize, src: usize) {
    f.start += chars;
    f.end += chars;
    f.byte_start += text_bytes;
    f.byte_end += text_bytes;
    f.src_start += src;
    f.src_end += src;
}

#[cfg(test)]
mod guard_tests {
    #[test]
    fn a_bug_a_document_trips_is_its_error_named_with_its_file() {
        let err = super::guarded(std::path::Path::new("bulletin.txt"), || -> usize {
            panic!("index out of bounds")
        })
        .unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.starts_with("bulletin.txt: the extractor failed")
                && msg.contains("index out of bounds"),
            "{msg}"
        );
        assert_eq!(
            super::guarded(std::path::Path::new("ok.txt"), || 7).unwrap(),
            7
        );
    }
}
