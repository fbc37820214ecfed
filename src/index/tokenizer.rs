//! The index's two analyzers, both over the pipeline's one shared segmenter (never a copy of
//! jieba per call, see ENGINEERING.md):
//! - `zh_words`: jieba words, for ranking and for phrases as users type them;
//! - `zh_bigrams`: overlapping Han character pairs, so that `处理` finds `待处理` (a word jieba
//!   keeps whole) and a quoted phrase matches as a plain substring.
//!
//! Both fold traditional characters to simplified ones first (one character for one, so offsets
//! stay exact) and lowercase Latin letters. Punctuation and white space make no tokens and take
//! no positions, so a phrase matches across a line break or a `、`.
use crate::segment::{FastMap, Segmenter};
use std::sync::{Arc, OnceLock};
use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

pub const WORDS: &str = "zh_words";
/// The index-time analyzer of the word field: words already cut (see [`presegment`]).
pub const PRESEGMENTED: &str = "zh_presegmented";

/// Separates the words of a presegmented text; two in a row leave a position gap.
const SEP: char = '\u{1}';

/// The words of `text` as `extract` cut them, folded and joined for [`PresegmentedTokenizer`]:
/// the same tokens and positions [`WordTokenizer`] gives for `text`, without cutting it again.
pub fn presegment(text: &str, words: &[crate::segment::Word]) -> String {
    let spans = word_spans(text, words);
    let mut out = String::with_capacity(text.len());
    let mut next = 0;
    for sp in spans {
        while next < sp.position {
            out.push(SEP);
            next += 1;
        }
        for c in text[sp.from..sp.to].chars().filter(|c| !c.is_whitespace()) {
            out.push(fold(c));
        }
        out.push(SEP);
        next = sp.position + 1;
    }
    out
}

/// Splits a [`presegment`]ed text back into its tokens.
#[derive(Clone, Default)]
pub struct PresegmentedTokenizer;

impl Tokenizer for PresegmentedTokenizer {
    type TokenStream<'a> = SpanTokenStream;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> SpanTokenStream {
        let mut spans = Vec::new();
        let (mut from, mut position) = (0, 0);
        for (i, c) in text.char_indices() {
            if c == SEP {
                if i > from {
                    spans.push(Span {
                        from,
                        to: i,
                        position,
                    });
                }
                position += 1;
                from = i + c.len_utf8();
            }
        }
        if text.len() > from {
            spans.push(Span {
                from,
                to: text.len(),
                position,
            });
        }
        SpanTokenStream::new(text.to_string(), spans)
    }
}
pub const BIGRAMS: &str = "zh_bigrams";

/// Traditional → simplified, one character for one (OpenCC's character table through hanconv;
/// only pairs whose UTF-8 lengths agree, so byte offsets are unchanged).
fn t2s_table() -> &'static FastMap<char, char> {
    static TABLE: OnceLock<FastMap<char, char>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m = FastMap::default();
        for (t, s) in hanconv::RawDictionary::TSCharacters.iter() {
            let (mut tc, mut sc) = (t.chars(), s.chars());
            if let (Some(a), None, Some(b), None) = (tc.next(), tc.next(), sc.next(), sc.next()) {
                if a != b && a.len_utf8() == b.len_utf8() {
                    m.entry(a).or_insert(b);
                }
            }
        }
        m
    })
}

/// The folding of the Basic Multilingual Plane from U+3400 on, as a flat table: folding runs
/// on every character indexed, where a hash lookup costs more than the rest of the work.
fn bmp_table() -> &'static [char] {
    static TABLE: OnceLock<Vec<char>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut v: Vec<char> = (0x3400u32..0x10000)
            .map(|c| char::from_u32(c).unwrap_or('\u{FFFD}'))
            .collect();
        for (&t, &s) in t2s_table() {
            if (0x3400..0x10000).contains(&(t as u32)) {
                v[t as usize - 0x3400] = s;
            }
        }
        v
    })
}

/// Folds one character: traditional to simplified, Latin to lower case.
#[inline]
pub fn fold(c: char) -> char {
    let u = c as u32;
    if u < 0x80 {
        return c.to_ascii_lowercase();
    }
    if u < 0x3400 {
        return c;
    }
    if u < 0x10000 {
        return bmp_table()[u as usize - 0x3400];
    }
    *t2s_table().get(&c).unwrap_or(&c)
}

/// `s` folded character by character; same length in bytes as `s`.
pub fn fold_str(s: &str) -> String {
    s.chars().map(fold).collect()
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// A token's worth of text: Han characters, Latin letters and digits (with `.` inside numbers).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '.'
}

/// A token's byte range and position. Positions count words, and punctuation between two
/// words leaves a gap of one: a phrase matches across white space and line breaks, not across
/// `，` or `。` (`协议，总投资` is no phrase `协议总投资`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub from: usize,
    pub to: usize,
    pub position: usize,
}

/// Collects spans, leaving a position gap where punctuation stood.
#[derive(Default)]
struct Spans {
    list: Vec<Span>,
    next_position: usize,
}

impl Spans {
    fn push(&mut self, from: usize, to: usize) {
        self.list.push(Span {
            from,
            to,
            position: self.next_position,
        });
        self.next_position += 1;
    }
    /// Punctuation was skipped: the next token is not adjacent to the last one.
    fn gap(&mut self) {
        if !self.list.is_empty()
            && self
                .list
                .last()
                .is_some_and(|l| l.position + 1 == self.next_position)
        {
            self.next_position += 1;
        }
    }
}

/// Token spans already found, handed out one by one into a single reused token (tantivy pulls
/// them through `advance`; no string is allocated per token).
pub struct SpanTokenStream {
    /// The folded text the spans index.
    folded: String,
    spans: Vec<Span>,
    next: usize,
    token: Token,
}

impl SpanTokenStream {
    fn new(folded: String, spans: Vec<Span>) -> Self {
        SpanTokenStream {
            folded,
            spans,
            next: 0,
            token: Token::default(),
        }
    }
}

impl TokenStream for SpanTokenStream {
    fn advance(&mut self) -> bool {
        let Some(&Span { from, to, position }) = self.spans.get(self.next) else {
            return false;
        };
        self.token.offset_from = from;
        self.token.offset_to = to;
        self.token.position = position;
        self.token.position_length = 1;
        self.token.text.clear();
        push_token_text(&mut self.token.text, &self.folded[from..to]);
        self.next += 1;
        true
    }
    fn token(&self) -> &Token {
        &self.token
    }
    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

/// A token's text is its span without white space (a pair can span a line break).
fn push_token_text(out: &mut String, span: &str) {
    if span.contains(char::is_whitespace) {
        out.extend(span.chars().filter(|c| !c.is_whitespace()));
    } else {
        out.push_str(span);
    }
}

fn to_tokens(folded: &str, spans: &[Span]) -> Vec<Token> {
    spans
        .iter()
        .map(|&Span { from, to, position }| {
            let mut text = String::new();
            push_token_text(&mut text, &folded[from..to]);
            Token {
                offset_from: from,
                offset_to: to,
                position,
                text,
                position_length: 1,
            }
        })
        .collect()
}

/// jieba words of the folded text; tokens in offset order, positions counting only real words.
#[derive(Clone)]
pub struct WordTokenizer {
    segmenter: Arc<Segmenter>,
}

impl WordTokenizer {
    pub fn new(segmenter: Arc<Segmenter>) -> Self {
        WordTokenizer { segmenter }
    }

    fn spans(&self, folded: &str) -> Vec<Span> {
        word_spans(folded, &self.segmenter.words(folded))
    }
}

/// The token spans of jieba's words: punctuation and white space trimmed off, empty words dropped.
fn word_spans(text: &str, words: &[crate::segment::Word]) -> Vec<Span> {
    let mut spans = Spans {
        list: Vec::with_capacity(words.len()),
        next_position: 0,
    };
    for w in words {
        let piece = &text[w.start..w.end];
        let word = piece.trim_matches(|c: char| !is_word_char(c) || c == '.');
        if word.is_empty() {
            if !piece.chars().all(char::is_whitespace) {
                spans.gap();
            }
            continue;
        }
        let from = w.start
            + (piece.len()
                - piece
                    .trim_start_matches(|c: char| !is_word_char(c) || c == '.')
                    .len());
        spans.push(from, from + word.len());
    }
    spans.list
}

impl WordTokenizer {
    /// The tokens of `text` (also used to segment queries exactly as documents were).
    pub fn tokens(&self, text: &str) -> Vec<Token> {
        let folded = fold_str(text);
        to_tokens(&folded, &self.spans(&folded))
    }
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = SpanTokenStream;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> SpanTokenStream {
        let folded = fold_str(text);
        let spans = self.spans(&folded);
        SpanTokenStream::new(folded, spans)
    }
}

/// Overlapping pairs of Han characters (a lone one stands alone); runs of Latin letters and
/// digits are one token each, so `8414万元` is `8414` `万元` in both fields.
#[derive(Clone, Default)]
pub struct BigramTokenizer;

impl BigramTokenizer {
    fn spans(folded: &str) -> Vec<Span> {
        let mut spans = Spans {
            list: Vec::with_capacity(folded.len() / 3),
            next_position: 0,
        };
        let chars: Vec<(usize, char)> = folded.char_indices().collect();
        let end_of = |k: usize| chars.get(k).map(|&(i, _)| i).unwrap_or(folded.len());
        let mut k = 0;
        while k < chars.len() {
            let c = chars[k].1;
            if is_han(c) {
                // A run of Han characters goes on across white space (a line break inside a
                // sentence), so a phrase broken by one still matches.
                let mut run = vec![k];
                let mut m = k + 1;
                while m < chars.len() {
                    if is_han(chars[m].1) {
                        run.push(m);
                    } else if !chars[m].1.is_whitespace() {
                        break;
                    }
                    m += 1;
                }
                while run.len() > 1 && m > 0 && chars[m - 1].1.is_whitespace() {
                    m -= 1;
                }
                if run.len() == 1 {
                    spans.push(chars[k].0, end_of(k + 1));
                } else {
                    for p in run.windows(2) {
                        spans.push(chars[p[0]].0, end_of(p[1] + 1));
                    }
                }
                k = m.max(k + 1);
            } else if c.is_alphanumeric() {
                // A run of Latin letters and digits, with a decimal point between digits.
                let mut m = k + 1;
                while m < chars.len() {
                    let d = chars[m].1;
                    let point = d == '.'
                        && chars[m - 1].1.is_ascii_digit()
                        && chars.get(m + 1).is_some_and(|n| n.1.is_ascii_digit());
                    if is_han(d) || !(d.is_alphanumeric() || point) {
                        break;
                    }
                    m += 1;
                }
                spans.push(chars[k].0, end_of(m));
                k = m;
            } else {
                if !c.is_whitespace() {
                    spans.gap();
                }
                k += 1;
            }
        }
        spans.list
    }

    pub fn tokens(text: &str) -> Vec<Token> {
        let folded = fold_str(text);
        to_tokens(&folded, &Self::spans(&folded))
    }
}

impl Tokenizer for BigramTokenizer {
    type TokenStream<'a> = SpanTokenStream;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> SpanTokenStream {
        let folded = fold_str(text);
        let spans = Self::spans(&folded);
        SpanTokenStream::new(folded, spans)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segmenter() -> Arc<Segmenter> {
        Arc::new(Segmenter::new(&crate::Rules::embedded()))
    }

    fn texts(tokens: &[Token]) -> Vec<&str> {
        tokens.iter().map(|t| t.text.as_str()).collect()
    }

    #[test]
    fn bigrams_skip_punctuation_and_keep_numbers_whole() {
        let t = BigramTokenizer::tokens("待处理，8414万元 22.9%");
        assert_eq!(texts(&t), ["待处", "处理", "8414", "万元", "22.9"]);
        // `，` leaves a gap; the space does not.
        assert_eq!(
            t.iter().map(|t| t.position).collect::<Vec<_>>(),
            [0, 1, 3, 4, 5]
        );
        let s = "待处理，8414万元 22.9%";
        for tok in &t {
            assert!(s.is_char_boundary(tok.offset_from) && s.is_char_boundary(tok.offset_to));
        }
    }

    #[test]
    fn the_stream_gives_the_same_tokens_as_the_list() {
        let text = "經濟增長，BBG24項目 8.5亿";
        let listed = BigramTokenizer::tokens(text);
        let mut stream = BigramTokenizer.token_stream(text);
        let mut streamed = Vec::new();
        while stream.advance() {
            streamed.push(stream.token().clone());
        }
        assert_eq!(listed, streamed);
        assert_eq!(
            texts(&listed),
            ["经济", "济增", "增长", "bbg24", "项目", "8.5", "亿"]
        );
    }

    #[test]
    fn pairs_span_a_line_break_inside_a_sentence() {
        let t = BigramTokenizer::tokens("新能源汽\n车产量 \n");
        assert_eq!(texts(&t), ["新能", "能源", "源汽", "汽车", "车产", "产量"]);
        assert_eq!(texts(&BigramTokenizer::tokens("汽 ")), ["汽"]);
    }

    #[test]
    fn presegmented_text_gives_the_word_tokens() {
        let seg = segmenter();
        let text = "关于易捷特BBG24项目，已完成投资8414万元；全区新能源汽\n车产量";
        let direct = WordTokenizer::new(seg.clone()).tokens(text);
        let joined = presegment(text, &seg.words(text));
        let mut stream = PresegmentedTokenizer.token_stream(&joined);
        let mut via = Vec::new();
        while stream.advance() {
            via.push((stream.token().text.clone(), stream.token().position));
        }
        let want: Vec<(String, usize)> = direct
            .iter()
            .map(|t| (t.text.clone(), t.position))
            .collect();
        assert_eq!(via, want);
    }

    #[test]
    fn traditional_folds_to_simplified() {
        assert_eq!(fold_str("經濟發展"), "经济发展");
        assert_eq!(fold_str("經濟").len(), "經濟".len());
        assert_eq!(texts(&BigramTokenizer::tokens("經濟")), ["经济"]);
    }

    #[test]
    fn word_tokens_are_in_offset_order_without_gaps_in_positions() {
        let seg = segmenter();
        let text = "全区新能源汽车产量\n22665台，同比增长22.9%。";
        let t = WordTokenizer::new(seg).tokens(text);
        assert!(t.windows(2).all(|w| w[0].offset_from < w[1].offset_from));
        assert!(t.windows(2).all(|w| w[1].position > w[0].position));
        let i = t.iter().position(|x| x.text == "22665").unwrap();
        assert_eq!(
            t[i].position,
            t[i - 1].position + 1,
            "a line break leaves no gap"
        );
        assert!(t
            .iter()
            .all(|tok| !tok.text.trim().is_empty() && text.is_char_boundary(tok.offset_to)));
        assert!(texts(&t).contains(&"22665"));
    }
}
