//! Text documents too large or too dense to hold whole, read piece by piece: memory follows one
//! piece (its text and the facts found in it), not the document, and time stays linear in size.
//! Each piece ends at a line end where one is near, else after a sentence end, else at a
//! character boundary outside a figure.
use super::{decode_with_hint, strip_markup, Decoded, Encoding};
use crate::error::{Error, Result};
use crate::rules::Rules;
use std::io::Read;
use std::path::Path;

/// Plain text larger than this is read in pieces.
pub const PIECES_FROM: usize = 4 << 20;
/// A piece holds at most this many bytes…
pub const PIECE_BYTES: usize = 1 << 20;
/// …and at most this many runs of digits (figures): the facts of a piece are what it costs.
pub const PIECE_FIGURES: usize = 10_000;
/// Plain text with more runs of digits than this is read in pieces whatever its size.
pub const WHOLE_FIGURES: usize = 30_000;

/// Why a document is read in pieces (the limit it passes), or None when it is read whole.
/// Only plain text in UTF-8, GB18030 or Big5 is; other formats are read whole.
pub fn needs_pieces(bytes: &[u8], path: &Path) -> Option<String> {
    // fewer bytes than this cannot hold WHOLE_FIGURES runs of digits
    if bytes.len() <= PIECES_FROM && bytes.len() < 2 * WHOLE_FIGURES {
        return None;
    }
    if !super::is_plain_text(bytes, path) {
        return None;
    }
    if bytes.len() > PIECES_FROM {
        return Some(format!("over {} MB of text", PIECES_FROM >> 20));
    }
    (digit_runs(bytes) > WHOLE_FIGURES)
        .then(|| format!("over {WHOLE_FIGURES} runs of digits (figures) in one document"))
}

/// Plain text with more runs of digits than this is refused by the commands that read a
/// document whole (`index`, `export`, `audit`, `check`, `bench`), as is text over
/// [`super::MAX_WHOLE_BYTES`]: about 6.5 KB a fact held to the end of the document makes it
/// some 1.6 GB.
pub const WHOLE_MAX_FIGURES: usize = 250_000;

/// Why a document is too large or dense for a command that holds it whole, or None. The
/// piece-wise reading of `extract` starts far below this; it bounds memory, this refuses only
/// what a whole reading cannot hold.
pub fn refused_whole(bytes: &[u8], path: &Path) -> Option<String> {
    if bytes.len() < 2 * WHOLE_MAX_FIGURES || !super::is_plain_text(bytes, path) {
        return None;
    }
    if bytes.len() > super::MAX_WHOLE_BYTES {
        return Some(format!("over {} MB of text", super::MAX_WHOLE_BYTES >> 20));
    }
    (digit_runs(bytes) > WHOLE_MAX_FIGURES)
        .then(|| format!("over {WHOLE_MAX_FIGURES} runs of digits (figures) in one document"))
}

/// Why a file on disk is read in pieces, judged by its size and first bytes without reading it
/// whole; None for a file read whole (or refused by [`super::read_bytes`]).
pub fn file_needs_pieces(path: &Path) -> Option<String> {
    let size = std::fs::metadata(path).ok().filter(|m| m.is_file())?.len();
    if size <= PIECES_FROM as u64
        || size > super::MAX_FILE_BYTES
        || super::has_binary_extension(path)
    {
        return None;
    }
    let mut head = Vec::new();
    std::fs::File::open(path)
        .ok()?
        .take(1 << 16)
        .read_to_end(&mut head)
        .ok()?;
    super::is_plain_text(&head, path).then(|| format!("over {} MB of text", PIECES_FROM >> 20))
}

/// How many runs of ASCII digits the bytes hold.
fn digit_runs(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .zip(std::iter::once(&b' ').chain(bytes.iter()))
        .filter(|(b, prev)| b.is_ascii_digit() && !prev.is_ascii_digit())
        .count()
}

/// The pieces of a text in order: (byte offset of the piece in the file, its text). The source
/// is read as the pieces are taken, so no more than a piece and a block is held at once.
pub struct Pieces<'a> {
    src: Box<dyn Read + 'a>,
    /// Bytes read and not yet taken, from file offset `at`.
    buf: Vec<u8>,
    at: usize,
    eof: bool,
    path: &'a Path,
    rules: &'a Rules,
    encoding: Encoding,
}

impl<'a> Pieces<'a> {
    /// The encoding is decided once, on the first piece, and holds for every piece.
    pub fn new(src: Box<dyn Read + 'a>, path: &'a Path, rules: &'a Rules) -> Result<Pieces<'a>> {
        let mut p = Pieces {
            src,
            buf: Vec::new(),
            at: 0,
            eof: false,
            path,
            rules,
            encoding: Encoding::Utf8,
        };
        p.fill()?;
        let first = piece_end(&p.buf, 0, Encoding::Utf8);
        p.encoding = decode_with_hint(&p.buf[..first], path, None)
            .map(|d| d.encoding)
            .unwrap_or(Encoding::Utf8);
        Ok(p)
    }

    /// Reads until more than a piece is held, or the source ends (at most [`super::MAX_FILE_BYTES`]).
    fn fill(&mut self) -> Result<()> {
        let io = |e| Error::Io {
            path: self.path.to_path_buf(),
            source: e,
        };
        while !self.eof && self.buf.len() <= PIECE_BYTES {
            let room = (self.at + self.buf.len()) as u64;
            if room > super::MAX_FILE_BYTES {
                return Err(super::too_large(self.path));
            }
            let n = (&mut self.src)
                .take((2 * PIECE_BYTES - self.buf.len()) as u64)
                .read_to_end(&mut self.buf)
                .map_err(io)?;
            self.eof = n == 0;
        }
        Ok(())
    }
}

impl Iterator for Pieces<'_> {
    type Item = (usize, Result<Decoded>);

    fn next(&mut self) -> Option<Self::Item> {
        if let Err(e) = self.fill() {
            self.buf.clear();
            self.eof = true;
            return Some((self.at, Err(e)));
        }
        if self.buf.is_empty() {
            return None;
        }
        let at = self.at;
        // while the source goes on, the buffer holds more than a piece, so the cut is inside it
        let end = if self.eof {
            piece_end(&self.buf, 0, self.encoding)
        } else {
            piece_end(&self.buf, 0, self.encoding).min(self.buf.len() - 1)
        };
        let piece: Vec<u8> = self.buf.drain(..end).collect();
        self.at += end;
        let hint =
            matches!(self.encoding, Encoding::Gb18030 | Encoding::Big5).then_some(self.encoding);
        let decoded = decode_with_hint(&piece, self.path, hint)
            .map(|d| strip_markup(d, &self.rules.normalize.markup));
        Some((at, decoded))
    }
}

/// Where the piece that starts at `at` ends: within PIECE_BYTES and PIECE_FIGURES, at the last
/// line end before that, else after the last sentence end (。！？；), else at the last character
/// boundary outside a figure; always past `at`. A cut inside a figure (`5000.` | `5亿元`) would
/// lose the figure written and give two wrong ones, and a cut inside a sentence its subject.
fn piece_end(b: &[u8], at: usize, enc: Encoding) -> usize {
    let mut limit = (at + PIECE_BYTES).min(b.len());
    let mut runs = 0;
    for i in at..limit {
        if b[i].is_ascii_digit() && (i == at || !b[i - 1].is_ascii_digit()) {
            runs += 1;
            if runs > PIECE_FIGURES {
                limit = i;
                break;
            }
        }
    }
    if limit >= b.len() {
        return b.len();
    }
    if let Some(p) = b[at..limit].iter().rposition(|&c| c == b'\n') {
        return at + p + 1;
    }
    let cut = Cut::find(b, at, limit, enc);
    if let Some(end) = cut.sentence_end {
        return end;
    }
    let end = match cut.figure_start {
        // the character at the boundary goes on the figure before it
        Some(start)
            if start > at
                && b.get(cut.boundary)
                    .is_some_and(|&c| c.is_ascii_digit() || c == b'.' || c == b',') =>
        {
            start
        }
        _ => cut.boundary,
    };
    if end > at {
        end
    } else {
        limit.max(at + 1)
    }
}

/// What a walk over the characters of `b[at..limit]` finds for a cut with no line end.
struct Cut {
    /// The last character boundary at or before `limit` (a newline is never inside a character
    /// in these encodings, but other ASCII bytes can be a GB18030 or Big5 character's second
    /// byte, and digits the second and fourth of a four-byte GB18030 one).
    boundary: usize,
    /// Just after the last sentence end before `boundary`.
    sentence_end: Option<usize>,
    /// Where the figure (ASCII digits, with `.` and `,` inside) that ends at `boundary` starts.
    figure_start: Option<usize>,
}

impl Cut {
    fn find(b: &[u8], at: usize, limit: usize, enc: Encoding) -> Cut {
        let ends: &[&[u8]] = match enc {
            Encoding::Gb18030 => &[b"\xA1\xA3", b"\xA3\xA1", b"\xA3\xBF", b"\xA3\xBB"],
            Encoding::Big5 => &[b"\xA1\x43", b"\xA1\x49", b"\xA1\x48", b"\xA1\x46"],
            _ => &[
                "。".as_bytes(),
                "！".as_bytes(),
                "？".as_bytes(),
                "；".as_bytes(),
            ],
        };
        let mut cut = Cut {
            boundary: at,
            sentence_end: None,
            figure_start: None,
        };
        let mut i = at;
        while i < limit {
            let len = match (enc, b[i]) {
                (_, 0..=0x7F) => 1,
                (Encoding::Gb18030, _) if b.get(i + 1).is_some_and(|c| c.is_ascii_digit()) => 4,
                (Encoding::Gb18030 | Encoding::Big5, _) => 2,
                (_, 0xC0..=0xDF) => 2,
                (_, 0xE0..=0xEF) => 3,
                (_, 0xF0..=0xFF) => 4,
                _ => 1, // a stray continuation byte
            };
            if i + len > limit {
                break;
            }
            let c = &b[i..i + len];
            if ends.contains(&c) || (len == 1 && matches!(c[0], b'!' | b'?' | b';')) {
                cut.sentence_end = Some(i + len);
            }
            let figure = len == 1
                && (c[0].is_ascii_digit()
                    || (cut.figure_start.is_some() && matches!(c[0], b'.' | b',')));
            cut.figure_start = if figure {
                cut.figure_start.or(Some(i))
            } else {
                None
            };
            i += len;
        }
        cut.boundary = i;
        cut
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_end_at_character_boundaries_and_cover_the_file() {
        let line = "全县固定资产投资完成23.6亿元，同比增长8.7%".repeat(40_000);
        for (enc, bytes) in [
            (Encoding::Utf8, line.as_bytes().to_vec()),
            (
                Encoding::Gb18030,
                encoding_rs::GB18030.encode(&line).0.into_owned(),
            ),
        ] {
            let (mut at, mut text) = (0, String::new());
            while at < bytes.len() {
                let end = piece_end(&bytes, at, enc);
                assert!(end > at);
                let piece = &bytes[at..end];
                text.push_str(&if enc == Encoding::Utf8 {
                    std::str::from_utf8(piece).unwrap().to_string()
                } else {
                    encoding_rs::GB18030
                        .decode_without_bom_handling(piece)
                        .0
                        .into_owned()
                });
                at = end;
            }
            assert_eq!(text, line, "{enc:?}");
        }
    }

    #[test]
    fn pieces_without_line_ends_are_cut_after_a_sentence_else_outside_a_figure() {
        // (text, what every piece but the last ends with): sentences, then figures in a list
        let simplified = [
            ("全县投资完成2024.5亿元。", "亿元。"),
            ("投资12,345.5亿元，", "投资"),
        ];
        let traditional = [
            ("全縣投資完成2024.5億元。", "億元。"),
            ("投資12,345.5億元，", "投資"),
        ];
        for (enc, cases) in [
            (Encoding::Utf8, simplified),
            (Encoding::Gb18030, simplified),
            (Encoding::Big5, traditional),
        ] {
            for (unit, tail) in cases {
                let line = unit.repeat(30_000);
                let coder = match enc {
                    Encoding::Gb18030 => encoding_rs::GB18030,
                    Encoding::Big5 => encoding_rs::BIG5,
                    _ => encoding_rs::UTF_8,
                };
                let (bytes, _, unmappable) = coder.encode(&line);
                assert!(!unmappable, "{enc:?}");
                let (mut at, mut text, mut cuts) = (0, String::new(), 0);
                while at < bytes.len() {
                    let end = piece_end(&bytes, at, enc);
                    let piece = coder
                        .decode_without_bom_handling(&bytes[at..end])
                        .0
                        .into_owned();
                    if end < bytes.len() {
                        cuts += 1;
                        let last: String = piece
                            .chars()
                            .skip(piece.chars().count().saturating_sub(8))
                            .collect();
                        assert!(piece.ends_with(tail), "{enc:?}: a piece ends …{last}");
                    }
                    text.push_str(&piece);
                    at = end;
                }
                assert!(cuts >= 2, "{enc:?}: {cuts} cuts");
                assert_eq!(text, line, "{enc:?}");
            }
        }
    }
}
