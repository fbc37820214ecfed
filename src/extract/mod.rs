//! Stage 4, extract: facts from normalised text, by the rules. Dates come first (numbers inside
//! them are not figures), then numbers, then names; attributes tie each figure to its subject,
//! period, entity and role.
pub mod attributes;
pub mod cursor;
pub mod dates;
pub mod entities;
pub mod numeric;
pub mod places;
pub mod structure;
pub mod tables;

use crate::fact::{Fact, Kind, Role, Span};
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
    /// The document's own day (a news file's broadcast date), for `今天`, `昨天`.
    pub doc_day: Option<(i32, u32, u32)>,
    /// A news file: its figures speak of the day it was broadcast unless nearer context says otherwise.
    pub news: bool,
    /// What the whole document reports on, for figures nothing nearer dates: (results, targets).
    pub doc_period: (Option<Span>, Option<Span>),
    /// Sections, target lists and the parts of a news file that repeat its stories.
    pub structure: structure::Structure,
    /// The counts of years up to now in a news text (`五年来`), found once: (start, end, span).
    pub years_up_to_now: Vec<(usize, usize, Span)>,
    /// The words of now in a news text (see [`Context::last_now_word`]), found once.
    now_words: NowWords,
    sentences: Vec<(usize, usize)>,
    paragraphs: Vec<(usize, usize)>,
    years: Vec<(usize, i32)>,
    /// Where each `《` (true) and `》` (false) is, in text order: whether a name lies inside a
    /// title is then a binary search, not a scan back over its line for every name.
    title_marks: Vec<(usize, bool)>,
}

/// What the document record says that the extractor reads figures against.
#[derive(Debug, Clone, Default)]
pub struct DocInfo<'a> {
    pub year: Option<i32>,
    /// `YYYY-MM-DD`, when the document states its day.
    pub issued: Option<&'a str>,
    pub genre: &'a str,
    pub title: Option<&'a str>,
    pub issuer: Option<&'a str>,
    /// Lines that were markdown headings before normalisation, as (line start, level).
    pub headings: &'a [(usize, u8)],
}

impl<'a> Context<'a> {
    /// A context with no document record beyond its year.
    pub fn new(text: &'a str, rules: &'a Rules, doc_year: Option<i32>) -> Self {
        Self::for_document(
            text,
            rules,
            &DocInfo {
                year: doc_year,
                ..DocInfo::default()
            },
        )
    }

    /// A context for reading a short text on its own (a heading): no structure.
    pub fn bare(text: &'a str, rules: &'a Rules, doc_year: Option<i32>) -> Self {
        let Split {
            sentences,
            paragraphs,
            title_marks,
        } = split(text);
        let years = dates::explicit_years(text);
        Context {
            text,
            rules,
            segmenter: None,
            genre_targets: false,
            doc_year,
            doc_day: None,
            news: false,
            doc_period: (None, None),
            years_up_to_now: Vec::new(),
            now_words: NowWords::default(),
            structure: structure::Structure::default(),
            sentences,
            paragraphs,
            years,
            title_marks,
        }
    }

    pub fn for_document(text: &'a str, rules: &'a Rules, doc: &DocInfo) -> Self {
        let mut ctx = Self::bare(text, rules, doc.year);
        ctx.genre_targets = rules.role_target_genres.iter().any(|g| g == doc.genre);
        ctx.doc_day = doc.issued.and_then(parse_day);
        let news = doc.genre == "news";
        ctx.news = news;
        ctx.structure = structure::Structure::build(
            text,
            &ctx.paragraphs,
            rules,
            doc.year,
            ctx.doc_day,
            doc.headings,
        );
        ctx.doc_period = document_period(doc, rules, ctx.doc_day, news);
        if let (Some(reviewed), Some(own)) = &ctx.doc_period {
            if reviewed != own {
                ctx.structure
                    .add_unheaded_plans(text, &ctx.paragraphs, rules, own);
            }
        }
        ctx.years_up_to_now = attributes::years_up_to_now(&ctx);
        if news {
            ctx.now_words = NowWords::find(text, &rules.sections.now_words);
        }
        ctx
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

    /// Whether `pos` lies inside a title in 《》 opened earlier on its line (what is named there
    /// is a work: a plan, a newspaper, a book): the last title mark before it is a `《` of its line.
    pub fn inside_title(&self, pos: usize) -> bool {
        let k = self.title_marks.partition_point(|&(p, _)| p < pos);
        let line = self.paragraph_range(pos).0;
        k > 0 && self.title_marks[k - 1].1 && self.title_marks[k - 1].0 >= line
    }

    /// The last explicit year before `pos` in its paragraph (`2023年…。新能源汽车比上年增长30.3%`).
    pub fn paragraph_year(&self, pos: usize) -> Option<i32> {
        let (p, _) = self.paragraph_range(pos);
        let k = self.years.partition_point(|(at, _)| *at < pos);
        self.years[..k]
            .last()
            .filter(|(at, _)| *at >= p)
            .map(|&(_, y)| y)
    }

    /// Where the last word of now (`[sections] now_words`: `目前`, `当前`) lying wholly inside
    /// `from..to` starts, counted from `from`: what `rfind` of each word there gives, at most
    /// (in a news text; none elsewhere).
    pub fn last_now_word(&self, from: usize, to: usize) -> Option<usize> {
        if self.now_words.empty_word {
            return Some(to - from);
        }
        let at = &self.now_words.at;
        let k = at.partition_point(|&(s, _)| s < to);
        at[..k]
            .iter()
            .rev()
            .take_while(|&&(s, _)| s >= from)
            .find(|&&(_, e)| e <= to)
            .map(|&(s, _)| s - from)
    }

    /// Whether a sentence compares with a year or a period before (`同比`, `比上年`): the
    /// growth basis words of `[growth] basis`.
    pub fn compares_with_before(&self, sentence: &str) -> bool {
        (self.rules.growth_basis.iter()).any(|(w, _)| sentence.contains(w.as_str()))
    }

    /// The year a date without its own year takes at `pos`: the last explicit year earlier in
    /// the sentence, then in the paragraph, then its section's, then the document's.
    pub fn context_year(&self, pos: usize) -> Option<i32> {
        let (s, _) = self.sentence_range(pos);
        let (p, _) = self.paragraph_range(pos);
        let k = self.years.partition_point(|(p, _)| *p < pos);
        let last_before = |from: usize| {
            self.years[..k]
                .last()
                .filter(|(p, _)| *p >= from)
                .map(|&(_, y)| y)
        };
        // A year named as a target (`到2025年`) still sets the context of its own sentence. In
        // news, a later sentence's month is the broadcast year's, not that of a year to come an
        // earlier sentence forecast for (`下调对2025年需求预期。这是继8月、9月之后…`).
        let broadcast = self.doc_day.filter(|_| self.news).map(|(y, _, _)| y);
        let from_paragraph = last_before(p).map(|y| match broadcast {
            Some(b) if y > b => b,
            _ => y,
        });
        last_before(s)
            .or(from_paragraph)
            .or_else(|| self.structure.section_at(pos).and_then(structure::year_of))
            .or(self.doc_year)
    }
}

/// Drops the figures and dates of a news file's digest and headlines that its stories state
/// again, so that each is counted once, where the story tells it.
/// What makes two figures or dates the same statement: kind and value, or kind and span.
type Key<'f> = (Kind, Option<(i128, u32)>, Option<(&'f str, &'f str)>);

fn repeat_key(f: &Fact) -> Key<'_> {
    (
        f.kind,
        f.value.map(|v| (v.mantissa, v.scale)),
        f.date.as_ref().map(|d| (d.start.as_str(), d.end.as_str())),
    )
}

fn drop_repeats(ctx: &Context, facts: &mut Vec<Fact>) {
    if ctx
        .structure
        .sections
        .iter()
        .all(|s| !s.summary && !s.headline)
    {
        return;
    }
    // where each fact stands, found once: 0 in a story's body (names are always kept)
    let levels: Vec<u8> = facts
        .iter()
        .map(|f| {
            if f.kind.is_entity() {
                0
            } else {
                ctx.structure.repeat_level(f.byte_start)
            }
        })
        .collect();
    // the few facts of the digest and headlines, then the lowest level that states each again
    let mut lowest: std::collections::HashMap<Key, u8> = facts
        .iter()
        .zip(&levels)
        .filter(|&(_, &l)| l > 0)
        .map(|(f, _)| (repeat_key(f), u8::MAX))
        .collect();
    if lowest.is_empty() {
        return;
    }
    for (f, &l) in facts
        .iter()
        .zip(&levels)
        .filter(|(f, _)| !f.kind.is_entity())
    {
        if let Some(low) = lowest.get_mut(&repeat_key(f)) {
            *low = (*low).min(l);
        }
    }
    let drop: Vec<bool> = facts
        .iter()
        .zip(&levels)
        .map(|(f, &l)| {
            l > 0
                && (lowest.get(&repeat_key(f)).is_some_and(|&low| low < l)
                    || rounded_repeat(ctx, facts, &levels, f, l))
        })
        .collect();
    let mut i = 0;
    facts.retain(|_| {
        i += 1;
        !drop[i - 1]
    });
}

/// A headline's or digest's figure given round (`超500亿元`, any approximation) where the story
/// below states it exactly (`500.01亿元`): the same kind, unit and currency at a lower level,
/// within 5% of it, in the same story (a digest's: anywhere in the file).
fn rounded_repeat(ctx: &Context, facts: &[Fact], levels: &[u8], f: &Fact, level: u8) -> bool {
    let (Some(approx), Some(v)) = (f.approx.as_ref(), f.value) else {
        return false;
    };
    let v = v.to_f64();
    if approx.is_empty() || v == 0.0 || f.kind.is_entity() || f.kind == Kind::Date {
        return false;
    }
    let story = if level == 1 {
        ctx.structure
            .section_at(f.byte_start)
            .map(|s| (s.start, s.end))
    } else {
        None
    };
    let (a, b) = story.unwrap_or((0, ctx.text.len()));
    facts.iter().zip(levels).any(|(g, &l)| {
        l < level
            && (a..b).contains(&g.byte_start)
            && g.kind == f.kind
            && g.unit == f.unit
            && g.currency == f.currency
            && g.value
                .is_some_and(|w| ((w.to_f64() - v) / v).abs() <= 0.05)
    })
}

/// Sentences (bounded in length), paragraphs (lines) and title marks (see
/// `Context::title_marks`) of a text, as byte ranges and positions: one pass over the bytes, as
/// every document is split so (a pass decoding each character cost 2% of the extraction).
fn split(text: &str) -> Split {
    let b = text.as_bytes();
    let mut out = Split::default();
    let (mut start, mut p, mut i) = (0, 0, 0);
    while i < b.len() {
        // (the text is UTF-8, so `i` is always at a character's first byte)
        let (len, stop, comma) = match b[i] {
            b'!' | b'?' | b';' => (1, true, false),
            b'\n' => {
                out.paragraphs.push((p, i + 1));
                p = i + 1;
                (1, true, false)
            }
            b',' | b' ' => (1, false, true),
            // 。 、 《 》
            0xE3 => match (b.get(i + 1), b.get(i + 2)) {
                (Some(0x80), Some(0x82)) => (3, true, false),
                (Some(0x80), Some(0x81)) => (3, false, true),
                (Some(0x80), Some(&m @ (0x8A | 0x8B))) => {
                    out.title_marks.push((i, m == 0x8A));
                    (3, false, false)
                }
                _ => (3, false, false),
            },
            // ！ ？ ； ，
            0xEF => match (b.get(i + 1), b.get(i + 2)) {
                (Some(0xBC), Some(0x81 | 0x9F | 0x9B)) => (3, true, false),
                (Some(0xBC), Some(0x8C)) => (3, false, true),
                _ => (3, false, false),
            },
            x if x < 0x80 => (1, false, false),
            x if x < 0xE0 => (2, false, false),
            x if x < 0xF0 => (3, false, false),
            _ => (4, false, false),
        };
        let end = (i + len).min(b.len());
        // Sentences are bounded so that sentence-local work stays linear on text that has no
        // full stops (a 50 MB single line): past MAX_SENTENCE bytes a comma also ends one,
        // and past four times that any character does.
        let long = end - start;
        if stop || (long >= MAX_SENTENCE && comma) || long >= 4 * MAX_SENTENCE {
            out.sentences.push((start, end));
            start = end;
        }
        i = end;
    }
    if start < text.len() {
        out.sentences.push((start, text.len()));
    }
    if p < text.len() {
        out.paragraphs.push((p, text.len()));
    }
    out
}

/// Every occurrence of the words of now, overlapping ones too, as (start, end) in text order:
/// found once per news text, not searched for again back from each figure (that cost 1% of
/// the extraction).
#[derive(Default)]
struct NowWords {
    at: Vec<(usize, usize)>,
    /// An empty word is found at the end of any stretch.
    empty_word: bool,
}

impl NowWords {
    fn find(text: &str, words: &[String]) -> NowWords {
        let mut at = Vec::new();
        for w in words.iter().filter(|w| !w.is_empty()) {
            let finder = memchr::memmem::Finder::new(w.as_bytes());
            let mut from = 0;
            while let Some(k) = finder.find(&text.as_bytes()[from..]) {
                at.push((from + k, from + k + w.len()));
                from += k + 1;
            }
        }
        at.sort_unstable();
        NowWords {
            at,
            empty_word: words.iter().any(|w| w.is_empty()),
        }
    }
}

#[derive(Default)]
struct Split {
    sentences: Vec<(usize, usize)>,
    paragraphs: Vec<(usize, usize)>,
    title_marks: Vec<(usize, bool)>,
}

fn parse_day(d: &str) -> Option<(i32, u32, u32)> {
    dates::parse_iso_day(d.get(..10)?)
}

/// What the whole document reports on, for results and for targets: a news file its own day;
/// a work report delivered early in a year the year before (its targets that year); else the
/// span its title names (`2021年1-8月…情况通报`), else nothing.
fn document_period(
    doc: &DocInfo,
    rules: &Rules,
    day: Option<(i32, u32, u32)>,
    news: bool,
) -> (Option<Span>, Option<Span>) {
    let year_span = |y: i32| Span {
        start: format!("{y:04}-01-01"),
        end: format!("{y:04}-12-31"),
    };
    if news {
        let p = day.map(|(y, m, d)| Span {
            start: format!("{y:04}-{m:02}-{d:02}"),
            end: format!("{y:04}-{m:02}-{d:02}"),
        });
        return (p.clone(), p);
    }
    let title = doc.title.unwrap_or("");
    if rules
        .sections
        .review_titles
        .iter()
        .any(|w| title.contains(w.as_str()))
    {
        let y = doc.year;
        return (y.map(|y| year_span(y - 1)), y.map(year_span));
    }
    let named = (!title.is_empty())
        .then(|| dates::find_dates(&Context::bare(title, rules, doc.year)))
        .and_then(|d| d.into_iter().find_map(|f| f.date));
    (named.clone(), named)
}

impl Context<'_> {
    /// The section role at `pos`, or a target list's.
    pub fn structural_role(&self, pos: usize) -> Option<Role> {
        if self.structure.in_target_list(pos) {
            return Some(Role::Target);
        }
        self.structure.section_at(pos).and_then(|s| s.role)
    }
}

/// Extracts every fact of one normalised text. Facts come out in text order.
pub fn extract(
    text: &str,
    rules: &Rules,
    segmenter: &Segmenter,
    doc: &DocInfo,
    kinds: Option<&[Kind]>,
) -> Vec<Fact> {
    extract_with_words(text, rules, segmenter, doc, kinds, None, None)
}

/// [`extract`], also handing out jieba's words of the whole text when `words_out` is given
/// (the index reuses them instead of segmenting the text a second time), and the document's
/// own place when `place_out` is given (the document record carries it).
pub fn extract_with_words(
    text: &str,
    rules: &Rules,
    segmenter: &Segmenter,
    doc: &DocInfo,
    kinds: Option<&[Kind]>,
    mut words_out: Option<&mut Vec<crate::segment::Word>>,
    place_out: Option<&mut Option<crate::fact::PlaceRef>>,
) -> Vec<Fact> {
    let mut ctx = Context::for_document(text, rules, doc);
    ctx.segmenter = Some(segmenter);
    let dates = dates::find_dates(&ctx);
    // holidays take their days off from the year's schedule, and date the figures of their span
    let (holidays, merged) = dates::find_holidays(&ctx, &dates);
    let mut dates: Vec<Fact> = dates
        .into_iter()
        .enumerate()
        .filter(|(i, _)| !merged.contains(i))
        .map(|(_, d)| d)
        .chain(holidays)
        .collect();
    dates.sort_by_key(|d| (d.byte_start, d.byte_end));
    let taken: Vec<(usize, usize)> = dates.iter().map(|d| (d.byte_start, d.byte_end)).collect();
    let mut numeric = numeric::find_numeric(&ctx, &taken);
    // table cells under a unit line keep the row's name as subject, no role or qualifier
    let table = tables::find_table_money(&ctx, &mut numeric);
    let table_at: std::collections::HashMap<(usize, usize), Option<String>> = table
        .iter()
        .map(|f| ((f.byte_start, f.byte_end), f.subject.clone()))
        .collect();
    numeric.extend(table);
    numeric.sort_by_key(|f| (f.byte_start, f.byte_end));
    let want_entities =
        kinds.is_none_or(|k| k.iter().any(|k| k.is_entity()) || k.iter().any(|k| k.is_numeric()));
    let mut entities = Vec::new();
    let mut all_words = Vec::new();
    if want_entities {
        for &(a, b) in &ctx.paragraphs {
            let mut words = segmenter.words(&text[a..b]);
            for w in &mut words {
                (w.start, w.end) = (w.start + a, w.end + a);
            }
            entities.extend(entities::find_entities(&ctx, segmenter, &words));
            all_words.extend_from_slice(&words);
        }
    }
    attributes::assign(&ctx, &mut numeric, &dates, &entities, &all_words);
    if let Some(out) = words_out.as_deref_mut() {
        out.append(&mut all_words);
    }
    for f in numeric.iter_mut() {
        if let Some(subject) = table_at
            .get(&(f.byte_start, f.byte_end))
            .filter(|_| f.kind == Kind::Money)
        {
            f.subject = subject.clone();
            f.role = None;
            f.approx = None;
            f.entity = None;
        }
    }
    // festivals are dates of their own, seen by no period (`dates::find_festivals`)
    let (festivals, merged) = dates::find_festivals(&ctx, &dates);
    let dates = dates
        .into_iter()
        .enumerate()
        .filter(|(i, _)| !merged.contains(i))
        .map(|(_, d)| d);
    let mut all: Vec<Fact> = dates
        .chain(festivals)
        .chain(numeric)
        .chain(entities)
        .collect();
    drop_repeats(&ctx, &mut all);
    // a news file of many stories has no one place; a single story (a county's news page) has
    let stories = ctx.structure.sections.iter().filter(|s| s.headline).count();
    let many = ctx.news && stories > 1;
    let mut doc_place = places::document_place(rules, Some(segmenter), doc.title, doc.issuer, many);
    places::place_regions(&ctx, &mut all, doc_place.as_ref());
    if doc_place.is_none() && !many {
        doc_place = places::title_region(&ctx, &all, doc.title, doc.issuer);
    }
    places::place_figures(&ctx, &mut all, doc_place.as_ref(), many);
    if let Some(out) = place_out {
        *out = doc_place;
    }
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

#[cfg(test)]
mod tests {
    #[test]
    fn the_last_word_of_now_is_where_rfind_finds_it() {
        let rules = crate::rules::Rules::embedded();
        let text = "目前当前，截至目前的目前。当前现在目前";
        let doc = super::DocInfo {
            genre: "news",
            ..Default::default()
        };
        let ctx = super::Context::for_document(text, &rules, &doc);
        let ends: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for &a in &ends {
            for &b in ends.iter().filter(|&&b| b >= a) {
                let words = &rules.sections.now_words;
                let want = words
                    .iter()
                    .filter_map(|w| text[a..b].rfind(w.as_str()))
                    .max();
                assert_eq!(ctx.last_now_word(a, b), want, "{a}..{b}");
            }
        }
    }

    /// The splitting as it read characters before it read bytes.
    fn split_by_chars(text: &str) -> super::Split {
        let mut out = super::Split::default();
        let mut start = 0;
        for (i, ch) in text.char_indices() {
            let end = i + ch.len_utf8();
            let long = end - start;
            if matches!(ch, '。' | '！' | '？' | '；' | '!' | '?' | ';' | '\n')
                || (long >= super::MAX_SENTENCE && matches!(ch, '，' | ',' | '、' | ' '))
                || long >= 4 * super::MAX_SENTENCE
            {
                out.sentences.push((start, end));
                start = end;
            }
        }
        if start < text.len() {
            out.sentences.push((start, text.len()));
        }
        let mut p = 0;
        for line in text.split_inclusive('\n') {
            out.paragraphs.push((p, p + line.len()));
            p += line.len();
        }
        out.title_marks = text.match_indices('《').map(|(i, _)| (i, true)).collect();
        out.title_marks
            .extend(text.match_indices('》').map(|(i, _)| (i, false)));
        out.title_marks.sort_unstable();
        out
    }

    #[test]
    fn splitting_by_bytes_splits_as_by_characters() {
        let long_clause = "经济，".repeat(700) + "《规划》、" + &"增长".repeat(1200);
        let texts = [
            "",
            "\n",
            "一。二！三？四；五!六?七;八\n\n九",
            "《纲要》提出，“十四五”时期、全国；末尾无句号",
            "ａｂ，ｃ。é ü 𠀀 😀\n",
            &long_clause,
        ];
        for t in texts {
            let (want, got) = (split_by_chars(t), super::split(t));
            assert_eq!(got.sentences, want.sentences, "{t}");
            assert_eq!(got.paragraphs, want.paragraphs, "{t}");
            assert_eq!(got.title_marks, want.title_marks, "{t}");
        }
    }
}
