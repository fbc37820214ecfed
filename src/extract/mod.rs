//! Stage 4, extract: facts from normalised text, by the rules. Dates come first (numbers inside
//! them are not figures), then numbers, then names; attributes tie each figure to its subject,
//! period, entity and role.
pub mod attributes;
pub mod cursor;
pub mod dates;
pub mod entities;
pub mod numeric;

use crate::fact::{Fact, Kind};
use crate::rules::Rules;
use crate::segment::Segmenter;

/// Bytes after which a sentence without a full stop is cut at the next comma.
const MAX_SENTENCE: usize = 1500;

/// What every matcher needs to know about the document being read.
pub struct Context<'a> {
    pub text: &'a str,
    pub rules: &'a Rules,
    /// The segmenter, for attributes that need word boundaries (absent in matcher-only tests).
    pub segmenter: Option<&'a Segmenter>,
    /// The document's genre sets tasks, so figures without a cue are targets.
    pub genre_targets: bool,
    pub doc_year: Option<i32>,
    /// The document's own day (year, month, day), for `今天`, `昨天`; `None` when it states none.
    pub doc_day: Option<(i32, u32, u32)>,
    sentences: Vec<(usize, usize)>,
    paragraphs: Vec<(usize, usize)>,
    years: Vec<(usize, i32)>,
    /// Years named by short heading lines, which hold for their section.
    heading_years: Vec<(usize, i32)>,
}

impl<'a> Context<'a> {
    pub fn new(text: &'a str, rules: &'a Rules, doc_year: Option<i32>) -> Self {
        let mut sentences = Vec::new();
        let mut start = 0;
        for (i, ch) in text.char_indices() {
            let end = i + ch.len_utf8();
            // Sentences are bounded so that sentence-local work stays linear on text that has no
            // full stops (a 50 MB single line): past MAX_SENTENCE bytes a comma also ends one,
            // and past four times that any character does.
            let long = end - start;
            // Sentence ends: 。！？； and a paragraph break.
            if matches!(ch, '。' | '！' | '？' | '；' | '!' | '?' | ';' | '\n')
                || (long >= MAX_SENTENCE && matches!(ch, '，' | ',' | '、' | ' '))
                || long >= 4 * MAX_SENTENCE
            {
                sentences.push((start, end));
                start = end;
            }
        }
        if start < text.len() {
            sentences.push((start, text.len()));
        }
        let mut paragraphs = Vec::new();
        let mut p = 0;
        for line in text.split_inclusive('\n') {
            paragraphs.push((p, p + line.len()));
            p += line.len();
        }
        let years = dates::explicit_years(text);
        let heading_years = heading_years_of(text, &paragraphs, &years);
        Context { text, rules, segmenter: None, genre_targets: false, doc_year, doc_day: None, sentences, paragraphs, years, heading_years }
    }

    fn range_of(list: &[(usize, usize)], pos: usize) -> (usize, usize) {
        let i = list.partition_point(|&(s, _)| s <= pos);
        if i == 0 {
            (0, list.first().map(|r| r.1).unwrap_or(0))
        } else {
            list[i - 1]
        }
    }

    /// Byte range of the sentence that holds `pos`.
    pub fn sentence_range(&self, pos: usize) -> (usize, usize) {
        Self::range_of(&self.sentences, pos)
    }

    pub fn paragraph_range(&self, pos: usize) -> (usize, usize) {
        Self::range_of(&self.paragraphs, pos)
    }

    /// Text from the start of the clause that holds `pos` up to `pos`.
    pub fn clause_before(&self, pos: usize) -> &'a str {
        let (s, _) = self.sentence_range(pos);
        let t = &self.text[s..pos];
        match t.rfind(['，', ',', '：', ':']) {
            Some(k) => &t[k..],
            None => t,
        }
    }

    /// The year a date without its own year takes at `pos`: the last explicit year earlier in
    /// the sentence, then in the paragraph, then the section heading's, then the document's.
    pub fn context_year(&self, pos: usize) -> Option<i32> {
        let (s, _) = self.sentence_range(pos);
        let (p, _) = self.paragraph_range(pos);
        let k = self.years.partition_point(|(p, _)| *p < pos);
        let last_before = |from: usize| self.years[..k].last().filter(|(p, _)| *p >= from).map(|&(_, y)| y);
        // A year named as a target (`到2025年`) still sets the context of its own sentence.
        last_before(s)
            .or_else(|| last_before(p))
            .or_else(|| {
                let h = self.heading_years.partition_point(|(h, _)| *h <= pos);
                self.heading_years[..h].last().map(|&(_, y)| y)
            })
            .or(self.doc_year)
    }
}

/// Short heading lines that name a year (`一、2024年工作回顾`), as (byte offset, year): the year
/// holds for the section below. A delivery line (`——2023年3月5日在…会议上`) dates the document
/// and heads no section. Also used by the claim checker on stored texts.
pub fn heading_years(text: &str) -> Vec<(usize, i32)> {
    let mut paragraphs = Vec::new();
    let mut p = 0;
    for line in text.split_inclusive('\n') {
        paragraphs.push((p, p + line.len()));
        p += line.len();
    }
    heading_years_of(text, &paragraphs, &dates::explicit_years(text))
}

fn heading_years_of(text: &str, paragraphs: &[(usize, usize)], years: &[(usize, i32)]) -> Vec<(usize, i32)> {
    paragraphs
        .iter()
        .filter(|(a, b)| {
            let t = text[*a..*b].trim();
            b - a <= 90 && !t.ends_with('。') && !t.ends_with('：') && !(t.starts_with("——") || (t.contains('月') && t.contains('日')))
        })
        .filter_map(|&(a, b)| {
            let k = years.partition_point(|(p, _)| *p < a);
            years.get(k).filter(|(p, _)| *p < b).map(|&(_, y)| (a, y))
        })
        .collect()
}

/// Extracts every fact of one normalised text. Facts come out in text order.
pub fn extract(text: &str, rules: &Rules, segmenter: &Segmenter, doc_year: Option<i32>, genre: &str, kinds: Option<&[Kind]>) -> Vec<Fact> {
    extract_with_words(text, rules, segmenter, doc_year, genre, kinds, None)
}

/// [`extract`], also handing out jieba's words of the whole text when `words_out` is given
/// (the index reuses them instead of segmenting the text a second time).
pub fn extract_with_words(
    text: &str,
    rules: &Rules,
    segmenter: &Segmenter,
    doc_year: Option<i32>,
    genre: &str,
    kinds: Option<&[Kind]>,
    mut words_out: Option<&mut Vec<crate::segment::Word>>,
) -> Vec<Fact> {
    let mut ctx = Context::new(text, rules, doc_year);
    ctx.segmenter = Some(segmenter);
    ctx.genre_targets = rules.role_target_genres.iter().any(|g| g == genre);
    let dates = dates::find_dates(&ctx);
    let taken: Vec<(usize, usize)> = dates.iter().map(|d| (d.byte_start, d.byte_end)).collect();
    let mut numeric = numeric::find_numeric(&ctx, &taken);
    numeric.sort_by_key(|f| (f.byte_start, f.byte_end));
    let want_entities = kinds.is_none_or(|k| k.iter().any(|k| k.is_entity()) || k.iter().any(|k| k.is_numeric()));
    let mut entities = Vec::new();
    if want_entities {
        for &(a, b) in &ctx.paragraphs {
            let words: Vec<_> = segmenter
                .words(&text[a..b])
                .into_iter()
                .map(|w| crate::segment::Word { start: w.start + a, end: w.end + a })
                .collect();
            entities.extend(entities::find_entities(&ctx, segmenter, &words));
            if let Some(out) = words_out.as_deref_mut() {
                out.extend_from_slice(&words);
            }
        }
    }
    attributes::assign(&ctx, &mut numeric, &dates, &entities);
    let mut all: Vec<Fact> = dates.into_iter().chain(numeric).chain(entities).collect();
    if let Some(k) = kinds {
        all.retain(|f| k.contains(&f.kind));
    }
    for f in &mut all {
        let (s, e) = ctx.sentence_range(f.byte_start);
        f.sentence = text[s..e].trim_end_matches('\n').trim().to_string();
    }
    all.sort_by_key(|f| (f.byte_start, f.byte_end, f.kind));
    all
}
