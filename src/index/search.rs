//! `tongbao search` and `tongbao stats`: free text (jieba words, quoted phrases, `AND`/`OR`/`-`)
//! over documents or facts, with fact filters on fast fields, highlighted snippets with exact
//! character offsets.
use super::idset::DocumentSetQuery;
use super::joins::{has_bit, PassingRecords, SentenceNumbers};
use super::tables::{record_of, DocListQuery, SegmentTables};
use super::tokenizer::{fold, fold_str, BigramTokenizer, WordTokenizer};
use super::{Archive, Fields};
use std::collections::HashMap;
use std::ops::Bound;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, Occur, PhraseQuery, Query, RangeQuery, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::{DocAddress, Searcher, TantivyDocument, Term};

/// Fact filters, as the user gave them (already parsed).
#[derive(Debug, Default, Clone)]
pub struct Filters {
    pub kinds: Vec<String>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// Inclusive YYYYMMDD bounds of the period asked about.
    pub from: Option<i64>,
    pub to: Option<i64>,
    pub region: Option<String>,
    /// Every full name `region` can mean (see [`Filters::name_places`]); a fact passes when its
    /// place or a place around it is one of them.
    pub places: Vec<String>,
    pub entity: Option<String>,
    pub role: Option<String>,
    /// `min` and `max` are percentages (`--min 5%`): only percent and growth facts have them.
    pub percent: bool,
    /// What a ranking ranks among (`全国`, `全省`, `中部地区`), matched as characters in a row.
    pub scope: Option<String>,
}

/// Kinds whose value is a percentage.
pub const PERCENT_KINDS: &[&str] = &["percent", "growth"];

impl Filters {
    /// Reads `region` through the gazetteer: `湖北`, `湖北省` and `鄂` are one place, and a
    /// place's figures include those of the places inside it.
    pub fn name_places(&mut self, rules: &crate::rules::Rules) {
        self.places = self
            .region
            .as_deref()
            .map(|r| rules.places.query_names(r))
            .unwrap_or_default();
        // a place the gazetteer lacks, typed without its level word (`青溪` for 青溪县)
        if let ([typed], Some(r)) = (self.places.as_slice(), self.region.as_deref()) {
            let more: Vec<String> = rules
                .place_rules
                .level_words
                .iter()
                .map(|w| format!("{}{w}", r.trim()))
                .collect();
            if !typed.is_empty() {
                self.places.extend(more);
            }
        }
    }

    /// Does a place (a fact's, with the places around it) pass the region filter? The one
    /// definition: the index stores the same names as terms and asks for any of `places`.
    pub fn place_passes<'a>(&self, lineage: impl IntoIterator<Item = &'a str>) -> bool {
        let Some(r) = self.region.as_deref() else {
            return true;
        };
        let names: Vec<&str> = if self.places.is_empty() {
            vec![r.trim()]
        } else {
            self.places.iter().map(String::as_str).collect()
        };
        lineage.into_iter().any(|n| names.contains(&n))
    }

    /// Does a filter always make a clause on a field only facts have (kind, value, place,
    /// role; not the period: a document record has its day too; not entity or scope, which
    /// make none when they have no character pairs)? Then the filters select facts alone.
    pub fn facts_only(&self) -> bool {
        !self.kinds.is_empty()
            || self.percent
            || self.min.is_some()
            || self.max.is_some()
            || self.region.is_some()
            || self.role.is_some()
    }

    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
            && self.min.is_none()
            && self.max.is_none()
            && self.from.is_none()
            && self.to.is_none()
            && self.region.is_none()
            && self.entity.is_none()
            && self.role.is_none()
            && self.scope.is_none()
    }
}

/// Parses an amount as users write it: `1亿`, `5000万`, `1e8`, `3.5亿元`, `8414万元`, `-5`.
pub fn parse_amount(s: &str) -> Option<f64> {
    let t = s.trim().trim_end_matches('元').replace([',', '，'], "");
    let mut num = t.as_str();
    let mut mult = 1.0;
    // Units compose from the right: `1万亿` is 1 × 10^4 × 10^8.
    loop {
        let (rest, m) = if let Some(n) = num.strip_suffix('亿') {
            (n, 1e8)
        } else if let Some(n) = num.strip_suffix('万') {
            (n, 1e4)
        } else if let Some(n) = num.strip_suffix('千') {
            (n, 1e3)
        } else {
            break;
        };
        num = rest;
        mult *= m;
    }
    let v: f64 = num.trim().parse().ok()?;
    v.is_finite().then_some(v * mult)
}

/// Parses a time as users write it into its first and last day (YYYYMMDD): `2023`, `2023-03`,
/// `2023Q1`, `2023H1`, `2023-03-05`.
pub fn parse_span(s: &str) -> Option<(i64, i64)> {
    let s = s.trim();
    let year: i64 = s.get(..4)?.parse().ok()?;
    let rest = &s[4..];
    let month_end = |m: i64| match m {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    let ym = |a: i64, b: i64| {
        Some((
            year * 10000 + a * 100 + 1,
            year * 10000 + b * 100 + month_end(b),
        ))
    };
    let up = rest.to_ascii_uppercase();
    match up.as_str() {
        "" => ym(1, 12),
        "Q1" | "Q2" | "Q3" | "Q4" => {
            let q: i64 = up[1..].parse().ok()?;
            ym(q * 3 - 2, q * 3)
        }
        "H1" => ym(1, 6),
        "H2" => ym(7, 12),
        _ => {
            let parts: Vec<&str> = rest.trim_start_matches('-').split('-').collect();
            let m: i64 = parts
                .first()?
                .parse()
                .ok()
                .filter(|m| (1..=12).contains(m))?;
            match parts.len() {
                1 => ym(m, m),
                2 => {
                    let d: i64 = parts[1]
                        .parse()
                        .ok()
                        .filter(|d| (1..=month_end(m)).contains(d))?;
                    let day = year * 10000 + m * 100 + d;
                    Some((day, day))
                }
                _ => None,
            }
        }
    }
}

/// One piece of a text query.
#[derive(Debug, Clone, PartialEq)]
pub struct Literal {
    pub text: String,
    /// Quoted: the characters in this order; else all of its words anywhere.
    pub phrase: bool,
}

/// A parsed text query: every group must match (a group is literals joined by OR), no negative may.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct TextQuery {
    pub groups: Vec<Vec<Literal>>,
    pub negatives: Vec<Literal>,
}

impl TextQuery {
    pub fn parse(q: &str) -> TextQuery {
        let mut out = TextQuery::default();
        let mut chars = q.chars().peekable();
        let mut join_or = false;
        let mut negate_next = false;
        loop {
            while chars.peek().is_some_and(|c| c.is_whitespace()) {
                chars.next();
            }
            let Some(&c) = chars.peek() else { break };
            let negative = c == '-';
            if negative {
                chars.next();
            }
            let quoted = chars.peek().is_some_and(|&c| c == '"' || c == '“');
            let mut text = String::new();
            if quoted {
                chars.next();
                for c in chars.by_ref() {
                    if c == '"' || c == '”' {
                        break;
                    }
                    text.push(c);
                }
            } else {
                while let Some(&c) = chars.peek() {
                    if c.is_whitespace() {
                        break;
                    }
                    text.push(c);
                    chars.next();
                }
            }
            // operators in either case; a quoted `"NOT"` is a word to look for
            if !quoted && !negative {
                match text.as_str() {
                    "OR" | "or" => {
                        join_or = true;
                        continue;
                    }
                    "AND" | "and" => {
                        join_or = false;
                        continue;
                    }
                    "NOT" | "not" => {
                        negate_next = true;
                        continue;
                    }
                    _ => {}
                }
            }
            let text = text.trim().to_string();
            if text.is_empty() {
                continue;
            }
            let lit = Literal {
                text,
                phrase: quoted,
            };
            let negative = negative || std::mem::take(&mut negate_next);
            if negative {
                out.negatives.push(lit);
            } else if join_or && !out.groups.is_empty() {
                out.groups.last_mut().unwrap().push(lit);
            } else {
                out.groups.push(vec![lit]);
            }
            join_or = false;
        }
        out
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }
}

/// The query syntax, as `search --help` shows it.
pub const SYNTAX: &str = "Query syntax: words are all required, anywhere (`粮食 产量`); \"quoted\" text must stand as written; `A OR B` (or `a or b`) takes either; `-word` or `NOT word` excludes; `AND` is the default. A word jieba leaves in single characters (`低空经`) is looked for as characters in a row. Names of one measure in rules/subjects.toml [compare] same (`GDP`, `地区生产总值`) find each other.";

/// Builds tantivy queries from parsed text, filters and record type.
pub struct QueryBuilder<'a> {
    pub fields: Fields,
    pub words: &'a WordTokenizer,
    /// Groups of names of one measure (`rules/subjects.toml` `[compare] same`): a literal that is
    /// one of them looks for all of them.
    pub aliases: &'a [Vec<String>],
}

/// The pieces of an unquoted literal that are looked for each on its own: jieba's words, with a
/// single Han character joined to the word it touches (`低空经` is `低空`+`经`: one piece), since
/// a lone character is a word of its own only where jieba happened to cut it so.
fn pieces(text: &str, tokens: &[tantivy::tokenizer::Token]) -> Vec<String> {
    let lone = |t: &tantivy::tokenizer::Token| {
        t.text.chars().count() == 1 && t.text.chars().all(|c| !c.is_ascii())
    };
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut last_lone = false;
    for t in tokens {
        let here_lone = lone(t);
        match out.last_mut() {
            Some(prev) if (here_lone || last_lone) && prev.1 == t.offset_from => {
                prev.1 = t.offset_to
            }
            _ => out.push((t.offset_from, t.offset_to)),
        }
        last_lone = here_lone;
    }
    out.into_iter()
        .filter_map(|(a, b)| text.get(a..b).map(str::to_string))
        .collect()
}

/// One token: a term; several: a phrase keeping the tokens' positions (gaps included).
fn terms_query(field: Field, tokens: &[tantivy::tokenizer::Token]) -> Option<Box<dyn Query>> {
    match tokens.len() {
        0 => None,
        1 => Some(Box::new(TermQuery::new(
            Term::from_field_text(field, &tokens[0].text),
            IndexRecordOption::WithFreqs,
        ))),
        _ => {
            let first = tokens[0].position;
            Some(Box::new(PhraseQuery::new_with_offset(
                tokens
                    .iter()
                    .map(|t| (t.position - first, Term::from_field_text(field, &t.text)))
                    .collect(),
            )))
        }
    }
}

impl QueryBuilder<'_> {
    /// The characters of `s` in a row, in the word field(s) or as character pairs.
    fn sequence(
        &self,
        s: &str,
        word_fields: &[Field],
        pair_fields: &[Field],
    ) -> Option<Box<dyn Query>> {
        let mut any: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let words = self.words.tokens(s);
        for &f in word_fields {
            if let Some(q) = terms_query(f, &words) {
                any.push((Occur::Should, q));
            }
        }
        let pairs = BigramTokenizer::tokens(s);
        for &f in pair_fields {
            if let Some(q) = terms_query(f, &pairs) {
                any.push((Occur::Should, q));
            }
        }
        (!any.is_empty()).then(|| Box::new(BooleanQuery::new(any)) as Box<dyn Query>)
    }

    /// The other names of the measure a literal names, when it names one.
    fn alias_group(&self, text: &str) -> Option<&[String]> {
        let t = fold_str(text.trim());
        self.aliases
            .iter()
            .find(|g| g.iter().any(|n| fold_str(n) == t))
            .map(Vec::as_slice)
    }

    fn literal(
        &self,
        lit: &Literal,
        word_fields: &[Field],
        pair_fields: &[Field],
    ) -> Option<Box<dyn Query>> {
        if let Some(group) = self.alias_group(&lit.text) {
            let any: Vec<(Occur, Box<dyn Query>)> = group
                .iter()
                .filter_map(|n| self.sequence(n, word_fields, pair_fields))
                .map(|q| (Occur::Should, q))
                .collect();
            return (!any.is_empty()).then(|| Box::new(BooleanQuery::new(any)) as Box<dyn Query>);
        }
        if lit.phrase {
            return self.sequence(&lit.text, word_fields, pair_fields);
        }
        // Unquoted: every piece of it, anywhere (jieba cuts `张湾区项目投资` into three).
        let folded = fold_str(&lit.text);
        let parts: Vec<Box<dyn Query>> = pieces(&folded, &self.words.tokens(&lit.text))
            .iter()
            .filter_map(|p| self.sequence(p, word_fields, pair_fields))
            .collect();
        if parts.len() < 2 {
            return parts.into_iter().next();
        }
        let mut all: Vec<(Occur, Box<dyn Query>)> =
            parts.into_iter().map(|q| (Occur::Must, q)).collect();
        // where the pieces stand together as typed, the record ranks first
        for &f in pair_fields {
            if let Some(q) = terms_query(f, &BigramTokenizer::tokens(&lit.text)) {
                all.push((
                    Occur::Should,
                    Box::new(tantivy::query::BoostQuery::new(q, 2.0)),
                ));
            }
        }
        Some(Box::new(BooleanQuery::new(all)))
    }

    /// The text part of a query, or None when it has no searchable words.
    pub fn text(&self, q: &TextQuery, facts: bool) -> Option<Vec<(Occur, Box<dyn Query>)>> {
        let f = self.fields;
        // Facts are searched by character pairs in what they are about (see ingest).
        let word_fields: Vec<Field> = if facts { vec![] } else { vec![f.text, f.title] };
        let pair_fields: Vec<Field> = if facts {
            vec![f.text_pairs, f.entity]
        } else {
            vec![f.text_pairs]
        };
        self.text_in(q, &word_fields, &pair_fields)
    }

    /// The text part of a query over the given word and pair fields.
    pub fn text_in(
        &self,
        q: &TextQuery,
        word_fields: &[Field],
        pair_fields: &[Field],
    ) -> Option<Vec<(Occur, Box<dyn Query>)>> {
        let (word_fields, pair_fields) = (word_fields.to_vec(), pair_fields.to_vec());
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for group in &q.groups {
            let alts: Vec<(Occur, Box<dyn Query>)> = group
                .iter()
                .filter_map(|l| self.literal(l, &word_fields, &pair_fields))
                .map(|q| (Occur::Should, q))
                .collect();
            if alts.is_empty() {
                continue;
            }
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(alts))));
        }
        if clauses.is_empty() {
            return None;
        }
        for lit in &q.negatives {
            if let Some(nq) = self.literal(lit, &word_fields, &pair_fields) {
                clauses.push((Occur::MustNot, nq));
            }
        }
        Some(clauses)
    }

    pub fn record(&self, kind: &str) -> Box<dyn Query> {
        Box::new(TermQuery::new(
            Term::from_field_text(self.fields.record, kind),
            IndexRecordOption::Basic,
        ))
    }

    pub fn filters(&self, fl: &Filters) -> Vec<(Occur, Box<dyn Query>)> {
        let f = self.fields;
        let mut out: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let term = |field: Field, s: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_text(field, s),
                IndexRecordOption::Basic,
            ))
        };
        // a percentage bound holds only for facts whose value is a percentage
        let kinds: Vec<&str> = match (fl.percent, fl.kinds.is_empty()) {
            (true, true) => PERCENT_KINDS.to_vec(),
            (true, false) => fl
                .kinds
                .iter()
                .map(String::as_str)
                .filter(|k| PERCENT_KINDS.contains(k))
                .collect(),
            (false, _) => fl.kinds.iter().map(String::as_str).collect(),
        };
        if !kinds.is_empty() || fl.percent {
            let ks: Vec<(Occur, Box<dyn Query>)> = kinds
                .iter()
                .map(|k| (Occur::Should, term(f.kind, k)))
                .collect();
            out.push((Occur::Must, Box::new(BooleanQuery::new(ks))));
        }
        if let Some(sc) = &fl.scope {
            if let Some(q) = terms_query(f.scope, &BigramTokenizer::tokens(sc)) {
                out.push((Occur::Must, q));
            }
        }
        if fl.min.is_some() || fl.max.is_some() {
            let lo = fl
                .min
                .map(|v| Bound::Included(Term::from_field_f64(f.value, v)))
                .unwrap_or(Bound::Unbounded);
            let hi = fl
                .max
                .map(|v| Bound::Included(Term::from_field_f64(f.value, v)))
                .unwrap_or(Bound::Unbounded);
            out.push((Occur::Must, Box::new(RangeQuery::new(lo, hi))));
        }
        // Overlap of the fact's span with the asked one.
        if let Some(from) = fl.from {
            out.push((
                Occur::Must,
                Box::new(RangeQuery::new(
                    Bound::Included(Term::from_field_i64(f.day_to, from)),
                    Bound::Unbounded,
                )),
            ));
        }
        if let Some(to) = fl.to {
            out.push((
                Occur::Must,
                Box::new(RangeQuery::new(
                    Bound::Unbounded,
                    Bound::Included(Term::from_field_i64(f.day_from, to)),
                )),
            ));
        }
        if let Some(r) = &fl.region {
            let names: Vec<&str> = if fl.places.is_empty() {
                vec![r.trim()]
            } else {
                fl.places.iter().map(String::as_str).collect()
            };
            let any: Vec<(Occur, Box<dyn Query>)> = names
                .into_iter()
                .map(|n| (Occur::Should, term(f.region, n)))
                .collect();
            out.push((Occur::Must, Box::new(BooleanQuery::new(any))));
        }
        if let Some(r) = &fl.role {
            out.push((Occur::Must, term(f.role, r.trim())));
        }
        if let Some(e) = &fl.entity {
            if let Some(q) = terms_query(f.entity, &BigramTokenizer::tokens(e)) {
                out.push((Occur::Must, q));
            }
        }
        out
    }
}

/// Character ranges of `text` where a literal of the query stands (folded the way the index
/// folds; white space inside the text is allowed between the literal's characters).
pub fn highlights(text: &str, literals: &[String]) -> Vec<(usize, usize)> {
    let chars: Vec<char> = text.chars().map(fold).collect();
    let mut out = Vec::new();
    for lit in literals {
        let want: Vec<char> = lit
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(fold)
            .collect();
        if want.is_empty() {
            continue;
        }
        let mut i = 0;
        while i < chars.len() {
            if chars[i] != want[0] {
                i += 1;
                continue;
            }
            let (mut j, mut k) = (i, 0);
            while j < chars.len() && k < want.len() {
                if chars[j] == want[k] {
                    k += 1;
                    j += 1;
                } else if chars[j].is_whitespace() && k > 0 {
                    j += 1;
                } else {
                    break;
                }
            }
            if k == want.len() {
                out.push((i, j));
                i = j;
            } else {
                i += 1;
            }
        }
    }
    out.sort_unstable();
    // Overlapping marks merge into one.
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (s, e) in out {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    merged
}

/// The strings a user expects to see marked: the words of unquoted literals, quoted phrases whole.
pub fn marked_literals(q: &TextQuery, words: &WordTokenizer) -> Vec<String> {
    let mut out = Vec::new();
    for lit in q.groups.iter().flatten() {
        if lit.phrase {
            out.push(lit.text.clone());
        } else {
            out.extend(pieces(&lit.text, &words.tokens(&lit.text)));
        }
    }
    out
}

/// Text as a reader should see it: markup tags (`</p><p><strong>`) and escapes left in the text
/// by a scraper (`\n`, `\t` as two characters) become one space, and line breaks a space; the
/// marks (character offsets into `text`) follow. Offsets of a [`Snippet`] stay those of the
/// normalised text; only what is shown is cleaned.
pub fn clean_for_display(text: &str, marks: &[(usize, usize)]) -> (String, Vec<(usize, usize)>) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    // new position of every old character (and of the end)
    let mut at = Vec::with_capacity(chars.len() + 1);
    let mut n = 0usize;
    let mut i = 0;
    let space = |out: &mut String, n: &mut usize| {
        if !out.ends_with(' ') {
            out.push(' ');
            *n += 1;
        }
    };
    while i < chars.len() {
        let tag_end = (chars[i] == '<').then(|| markup_end(&chars, i)).flatten();
        let escape = chars[i] == '\\' && matches!(chars.get(i + 1), Some('n' | 'r' | 't'));
        let skip = tag_end.map(|e| e - i).or(escape.then_some(2));
        if let Some(k) = skip {
            for _ in 0..k {
                at.push(n);
            }
            space(&mut out, &mut n);
            i += k;
            continue;
        }
        at.push(n);
        if chars[i] == '\n' || chars[i] == '\r' {
            space(&mut out, &mut n);
        } else {
            out.push(chars[i]);
            n += 1;
        }
        i += 1;
    }
    at.push(n);
    let moved = marks
        .iter()
        .filter_map(|&(s, e)| Some((*at.get(s)?, *at.get(e)?)))
        .filter(|(s, e)| s < e)
        .collect();
    (out, moved)
}

/// The end of a markup tag starting at `i` (`<p>`, `</strong>`, `<br/>`, `<a href=…>`): a `<`
/// followed by a letter or `/` and closed by `>` within 200 characters.
fn markup_end(chars: &[char], i: usize) -> Option<usize> {
    let first = *chars.get(i + 1)?;
    if !(first.is_ascii_alphabetic() || first == '/' || first == '!') {
        return None;
    }
    chars
        .iter()
        .skip(i + 1)
        .take(200)
        .position(|&c| c == '>')
        .map(|p| i + 1 + p + 1)
}

/// A window of the text around the best cluster of highlights.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Snippet {
    pub text: String,
    /// Character offsets of the window in the document's normalised text.
    pub start: usize,
    pub end: usize,
    /// Character offsets (in the normalised text) of every mark inside the window.
    pub highlights: Vec<(usize, usize)>,
}

pub fn snippet(text: &str, marks: &[(usize, usize)], width: usize) -> Snippet {
    let n = text.chars().count();
    let start = if marks.is_empty() {
        0
    } else {
        // The window start that covers the most marks, centred a little before the first.
        let mut best = (0usize, marks[0].0);
        for (i, &(s, _)) in marks.iter().enumerate() {
            let covered = marks[i..]
                .iter()
                .take_while(|&&(t, e)| t < s + width && e <= s + width)
                .count();
            if covered > best.0 {
                best = (covered, s);
            }
        }
        best.1.saturating_sub(width / 5)
    };
    let end = (start + width).min(n);
    let start = if end == n {
        n.saturating_sub(width)
    } else {
        start
    };
    let text: String = text.chars().skip(start).take(end - start).collect();
    let highlights = marks
        .iter()
        .filter(|&&(s, e)| s >= start && e <= end)
        .copied()
        .collect();
    Snippet {
        text,
        start,
        end,
        highlights,
    }
}

/// One hit of `search --docs`.
#[derive(Debug)]
pub struct DocHit {
    pub score: f32,
    /// What the hit shows of its document's record: `doc`, `path`, `title`, `issued` and
    /// `rules_version`.
    pub record: serde_json::Value,
    pub snippet: Snippet,
    pub facts: Vec<serde_json::Value>,
    pub matched_facts: usize,
    /// The document's key (see [`super::ingest::Provenance`]), so a hit can be opened by it.
    pub key: Option<String>,
}

/// Facts in dataset order: by document, then position, and ties (two facts at one offset) by
/// their end, kind and whole JSON, so that two builds of one index give the same rows whatever
/// segments their facts landed in; a dataset reads like the archive, not like a ranking.
pub fn dataset_order(hits: &mut [FactHit]) {
    // The records of an archive share its path: they stay apart, in the archive's order. Two
    // files can share a path too (`a.txt` indexed from inside two folders): the file's key (its
    // canonical path) keeps each whole, else their facts would interleave by offset and those
    // with the same JSON come in the order of the segments, which differs between builds.
    hits.sort_by_cached_key(|h| {
        let f = &h.fact;
        let key = h.key.as_deref().unwrap_or("");
        let file = key
            .rsplit_once('#')
            .filter(|(_, k)| k.parse::<usize>().is_ok())
            .map_or(key, |(file, _)| file)
            .to_string();
        let record = super::ingest::record_of_key(key);
        (
            h.path.clone(),
            file,
            record,
            f["start"].as_u64(),
            f["end"].as_u64(),
            f["kind"].as_str().map(str::to_string),
            f.to_string(),
        )
    });
}

/// How `search --facts` lists facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FactOrder {
    /// Best match first (subject matches before sentence matches).
    #[default]
    Relevance,
    /// Largest value first.
    Value,
    /// Latest first day first.
    Date,
}

/// Facts of one document stated more than once (a news item's headline, summary and body):
/// the same kind, value, subject and period become one hit, the first, with its mentions.
pub fn collapse_mentions(hits: Vec<FactHit>) -> Vec<FactHit> {
    let mut out: Vec<FactHit> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for h in hits {
        let f = &h.fact;
        let id = serde_json::json!([
            h.key,
            f["kind"],
            f["value"],
            f["value_max"],
            f["unit"],
            f["subject"],
            f["name"],
            f["period"],
            f["date_start"],
            f["date_end"]
        ])
        .to_string();
        match seen.get(&id) {
            Some(&i) => out[i].mentions += 1,
            None => {
                seen.insert(id, out.len());
                out.push(h);
            }
        }
    }
    out
}

/// One hit of `search --facts`.
#[derive(Debug)]
pub struct FactHit {
    pub score: f32,
    pub fact: serde_json::Value,
    pub title: Option<String>,
    pub path: Option<String>,
    /// The document's key (see [`super::ingest::Provenance`]): one per record of an archive.
    pub key: Option<String>,
    /// The content hash of the document's file, and the rules it was extracted with.
    pub content_hash: Option<String>,
    pub rules_version: Option<String>,
    /// How many times its document states it (see [`collapse_mentions`]).
    pub mentions: usize,
}

/// Facts of a search counted by kind, year and place (see [`Searching::fact_counts`]): kinds
/// and places most first, years in order (facts without a period are in no year).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct FactCounts {
    pub facts: usize,
    pub kinds: Vec<(String, usize)>,
    pub years: Vec<(i64, usize)>,
    pub places: Vec<(String, usize)>,
}

/// Counts the matching facts of each segment by their kinds and places (ordinals of the
/// segment's tables) and by the year their period starts (`day_from`, as the tables keep it).
struct Counted {
    tables: Vec<std::sync::Arc<SegmentTables>>,
}

struct CountedSegment {
    tables: std::sync::Arc<SegmentTables>,
    count: usize,
    kinds: Vec<usize>,
    places: Vec<usize>,
    /// By offset from the segment's first year (see [`super::tables::YearTable`]).
    years: Vec<usize>,
}

impl tantivy::collector::Collector for Counted {
    type Fruit = Vec<CountedSegment>;
    type Child = CountedSegment;

    fn for_segment(
        &self,
        segment: u32,
        _reader: &tantivy::SegmentReader,
    ) -> tantivy::Result<CountedSegment> {
        let tables = self.tables.get(segment as usize).cloned().ok_or_else(|| {
            tantivy::TantivyError::InternalError(format!("no tables for segment {segment}"))
        })?;
        let (kinds, places, years) = (
            vec![0; tables.kinds.names.len()],
            vec![0; tables.places.names.len()],
            vec![0; tables.years.span],
        );
        Ok(CountedSegment {
            tables,
            count: 0,
            kinds,
            places,
            years,
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(
        &self,
        fruits: Vec<Vec<CountedSegment>>,
    ) -> tantivy::Result<Vec<CountedSegment>> {
        Ok(fruits.into_iter().flatten().collect())
    }
}

impl tantivy::collector::SegmentCollector for CountedSegment {
    type Fruit = Vec<CountedSegment>;

    fn collect(&mut self, doc: u32, _score: f32) {
        self.count += 1;
        for &k in self.tables.kinds.of(doc) {
            self.kinds[k as usize] += 1;
        }
        for &p in self.tables.places.of(doc) {
            self.places[p as usize] += 1;
        }
        if let Some(y) = self.tables.years.of(doc) {
            self.years[y] += 1;
        }
    }

    fn harvest(self) -> Vec<CountedSegment> {
        vec![self]
    }
}

fn stored_str<'d>(d: &'d TantivyDocument, f: Field) -> Option<&'d str> {
    d.get_first(f).and_then(|v| v.as_str())
}

fn stored_json(d: &TantivyDocument, f: Field) -> serde_json::Value {
    stored_str(d, f)
        .and_then(|s| serde_json::from_str(s).ok())
        .unwrap_or(serde_json::Value::Null)
}

/// What a hit shows of its document's record, parsed alone: the rest of the record's JSON is
/// skipped rather than built into a map for every hit.
#[derive(serde::Deserialize)]
struct RecordHead {
    doc: Option<serde_json::Value>,
    path: Option<serde_json::Value>,
    title: Option<serde_json::Value>,
    issued: Option<serde_json::Value>,
    rules_version: Option<serde_json::Value>,
}

/// The record's `doc`, `path`, `title`, `issued` and `rules_version` (null when absent), as an
/// object; the whole record should it not parse field by field.
fn stored_head(d: &TantivyDocument, f: Field) -> serde_json::Value {
    let Some(text) = stored_str(d, f) else {
        return serde_json::Value::Null;
    };
    match serde_json::from_str::<RecordHead>(text) {
        Ok(h) => {
            let v = |x: Option<serde_json::Value>| x.unwrap_or(serde_json::Value::Null);
            serde_json::json!({"doc": v(h.doc), "path": v(h.path), "title": v(h.title), "issued": v(h.issued), "rules_version": v(h.rules_version)})
        }
        Err(_) => stored_json(d, f),
    }
}

pub struct Searching<'a> {
    pub archive: &'a Archive,
    pub words: WordTokenizer,
    pub searcher: Searcher,
    /// Names of one measure (see [`QueryBuilder::aliases`]); none unless the caller gives them.
    pub aliases: Vec<Vec<String>>,
}

impl<'a> Searching<'a> {
    pub fn new(archive: &'a Archive) -> tantivy::Result<Self> {
        let reader = archive.index.reader()?;
        Ok(Searching {
            archive,
            words: WordTokenizer::new(archive.segmenter.clone()),
            searcher: reader.searcher(),
            aliases: Vec::new(),
        })
    }

    /// The query builder of this index (its fields and analyzer): the one place filters become queries.
    pub fn builder(&self) -> QueryBuilder<'_> {
        QueryBuilder {
            fields: self.archive.fields,
            words: &self.words,
            aliases: &self.aliases,
        }
    }

    /// Records of one kind (`doc` or `fact`) that match the text, if any was given.
    fn matching(&self, record: &str, q: &TextQuery) -> Vec<(Occur, Box<dyn Query>)> {
        let b = self.builder();
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, b.record(record))];
        clauses.extend(b.text(q, record == "fact").unwrap_or_default());
        clauses
    }

    /// The best `limit` hits of the clauses, and how many there are in all. The collector is
    /// sized by its limit, so the limit is first cut to the records the index holds (tantivy
    /// refuses 0).
    fn top(
        &self,
        clauses: Vec<(Occur, Box<dyn Query>)>,
        limit: usize,
    ) -> tantivy::Result<(usize, Vec<(f32, DocAddress)>)> {
        let limit = limit.min(self.searcher.num_docs() as usize).max(1);
        self.searcher.search(
            &BooleanQuery::new(clauses),
            &(Count, TopDocs::with_limit(limit).order_by_score()),
        )
    }

    /// The `key_id` of a hit, from its fast field.
    fn key_id(&self, addr: DocAddress) -> tantivy::Result<u64> {
        let seg = self.searcher.segment_reader(addr.segment_ord);
        Ok(seg
            .fast_fields()
            .u64("key_id")?
            .first(addr.doc_id)
            .unwrap_or(0))
    }

    /// Documents ranked by BM25 over their text; with filters, only documents holding a
    /// matching fact, with those facts (found from each hit's document, see [`super::joins`]).
    pub fn docs(
        &self,
        q: &TextQuery,
        fl: &Filters,
        limit: usize,
    ) -> tantivy::Result<(usize, Vec<DocHit>)> {
        self.docs_from(q, fl, 0, limit)
    }

    /// The hits after the first `skip` of [`Searching::docs`] (a later page): the earlier ones
    /// are ranked but not read.
    pub fn docs_from(
        &self,
        q: &TextQuery,
        fl: &Filters,
        skip: usize,
        limit: usize,
    ) -> tantivy::Result<(usize, Vec<DocHit>)> {
        let f = self.archive.fields;
        let b = self.builder();
        let mut clauses = self.matching("doc", q);
        let mut passing = None;
        if !fl.is_empty() {
            let joins = self.archive.joins.of(&self.searcher)?;
            // records of documents have a day too: the record clause only where nothing but
            // the period is asked (another filter's field is on facts alone)
            let mut fc: Vec<(Occur, Box<dyn Query>)> = if fl.facts_only() {
                Vec::new()
            } else {
                vec![(Occur::Must, b.record("fact"))]
            };
            fc.extend(b.filters(fl));
            let p = self
                .searcher
                .search(&BooleanQuery::new(fc), &PassingRecords(joins.clone()))?;
            clauses.push((
                Occur::Must,
                Box::new(DocumentSetQuery::new(joins.clone(), p.documents.clone())),
            ));
            passing = Some((joins, p));
        }
        let (count, top) = self.top(clauses, limit)?;
        let marks = marked_literals(q, &self.words);
        let mut out = Vec::new();
        for (score, addr) in top.into_iter().skip(skip) {
            let d: TantivyDocument = self.searcher.doc(addr)?;
            let text = stored_str(&d, f.body).unwrap_or("");
            let snip = snippet(text, &highlights(text, &marks), 120);
            // the passing facts of the hit's document, in index order
            let matched: Vec<DocAddress> = match &passing {
                Some((joins, p)) => joins
                    .records_of_document(addr)
                    .iter()
                    .filter(|a| {
                        p.records
                            .get(a.segment_ord as usize)
                            .is_some_and(|r| has_bit(r, a.doc_id))
                    })
                    .copied()
                    .collect(),
                None => Vec::new(),
            };
            let mut facts = Vec::new();
            for &fa in matched.iter().take(5) {
                let fd: TantivyDocument = self.searcher.doc(fa)?;
                facts.push(stored_json(&fd, f.json));
            }
            out.push(DocHit {
                score,
                record: stored_head(&d, f.json),
                snippet: snip,
                facts,
                matched_facts: matched.len(),
                key: stored_str(&d, f.key).map(String::from),
            });
        }
        Ok((count, out))
    }

    /// Facts matching the filters and the text, best first (see [`Searching::facts_by`]).
    pub fn facts(
        &self,
        q: &TextQuery,
        fl: &Filters,
        limit: usize,
    ) -> tantivy::Result<(usize, Vec<FactHit>)> {
        self.facts_by(q, fl, limit, FactOrder::Relevance)
    }

    /// Facts matching the filters and the text, in the order asked for. The text is searched in
    /// what a fact is about (its subject or name, and its entity) and in its sentence; facts
    /// whose subject matches rank first.
    pub fn facts_by(
        &self,
        q: &TextQuery,
        fl: &Filters,
        limit: usize,
        order: FactOrder,
    ) -> tantivy::Result<(usize, Vec<FactHit>)> {
        let f = self.archive.fields;
        let query = self.fact_query(q, fl)?;
        let n = limit.min(self.searcher.num_docs() as usize).max(1);
        let (count, top): (usize, Vec<(f32, DocAddress)>) = match order {
            FactOrder::Relevance => self
                .searcher
                .search(&query, &(Count, TopDocs::with_limit(n).order_by_score()))?,
            FactOrder::Value => {
                let (c, t) = self.searcher.search(
                    &query,
                    &(
                        Count,
                        TopDocs::with_limit(n)
                            .order_by_fast_field::<f64>("value", tantivy::Order::Desc),
                    ),
                )?;
                (c, t.into_iter().map(|(_, a)| (0.0, a)).collect())
            }
            FactOrder::Date => {
                let (c, t) = self.searcher.search(
                    &query,
                    &(
                        Count,
                        TopDocs::with_limit(n)
                            .order_by_fast_field::<i64>("day_from", tantivy::Order::Desc),
                    ),
                )?;
                (c, t.into_iter().map(|(_, a)| (0.0, a)).collect())
            }
        };
        type DocInfo = (
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
        );
        let mut titles: HashMap<u64, DocInfo> = HashMap::new();
        // each document's record found in the segments' tables, not by a query per document
        let tables = if top.is_empty() {
            Vec::new()
        } else {
            self.archive.tables.of(&f, &self.searcher)?
        };
        let mut out = Vec::new();
        for (score, addr) in top {
            let d: TantivyDocument = self.searcher.doc(addr)?;
            let key = self.key_id(addr)?;
            if let std::collections::hash_map::Entry::Vacant(slot) = titles.entry(key) {
                let mut tp = (None, None, None, None, None);
                if let Some(a) = record_of(&self.searcher, &tables, key) {
                    let rd: TantivyDocument = self.searcher.doc(a)?;
                    let rec = stored_head(&rd, f.json);
                    let s = |k: &str| rec[k].as_str().map(String::from);
                    tp = (
                        s("title"),
                        s("path"),
                        stored_str(&rd, f.hash).map(String::from),
                        s("rules_version"),
                        stored_str(&rd, f.key).map(String::from),
                    );
                }
                slot.insert(tp);
            }
            let (title, path, content_hash, rules_version, doc_key) = titles[&key].clone();
            out.push(FactHit {
                score,
                fact: stored_json(&d, f.json),
                title,
                path,
                key: doc_key,
                content_hash,
                rules_version,
                mentions: 1,
            });
        }
        Ok((count, out))
    }

    /// The query of `search --facts`: facts matching the filters and the text (in what they are
    /// about, boosted, or in their sentence).
    fn fact_query(&self, q: &TextQuery, fl: &Filters) -> tantivy::Result<BooleanQuery> {
        let b = self.builder();
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, b.record("fact"))];
        if let Some(about) = b.text(q, true) {
            let mut either: Vec<(Occur, Box<dyn Query>)> = vec![(
                Occur::Should,
                Box::new(tantivy::query::BoostQuery::new(
                    Box::new(BooleanQuery::new(about)),
                    4.0,
                )),
            )];
            if let Some(ids) = self.sentences_holding(q)? {
                // the join is a filter on facts the other clauses already select, scoring 0 as
                // before: a sentence match never outranks a subject match
                // (the sentences' records are facts: no `record` clause to intersect with)
                let mut joined: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, ids)];
                joined.extend(b.filters(fl));
                either.push((
                    Occur::Should,
                    Box::new(tantivy::query::ConstScoreQuery::new(
                        Box::new(BooleanQuery::new(joined)),
                        0.0,
                    )),
                ));
            }
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(either))));
        }
        clauses.extend(b.filters(fl));
        Ok(BooleanQuery::new(clauses))
    }

    /// The facts `search --facts` finds for the text and filters, counted by kind, by the year
    /// their period starts and by place (a fact counts for its place and each place around it,
    /// as the region filter reads places). One pass over the matching facts, each counted for
    /// the `kind` and `region` terms it holds as the segment's tables list them (neither field
    /// is a fast field; the tables are read from their postings once per segment).
    pub fn fact_counts(&self, q: &TextQuery, fl: &Filters) -> tantivy::Result<FactCounts> {
        let query = self.fact_query(q, fl)?;
        let tables = self
            .archive
            .tables
            .of(&self.archive.fields, &self.searcher)?;
        let segments = self.searcher.search(&query, &Counted { tables })?;
        let mut kinds: HashMap<String, usize> = HashMap::new();
        let mut places: HashMap<String, usize> = HashMap::new();
        let mut years: HashMap<i64, usize> = HashMap::new();
        let mut total = 0;
        for m in segments {
            total += m.count;
            for (y, &n) in m.years.iter().enumerate().filter(|p| *p.1 > 0) {
                *years.entry(m.tables.years.first + y as i64).or_default() += n;
            }
            for (names, counts, out) in [
                (&m.tables.kinds.names, &m.kinds, &mut kinds),
                (&m.tables.places.names, &m.places, &mut places),
            ] {
                for (name, &n) in names.iter().zip(counts) {
                    if n > 0 {
                        *out.entry(name.clone()).or_default() += n;
                    }
                }
            }
        }
        let by_count = |m: HashMap<String, usize>| {
            let mut v: Vec<(String, usize)> = m.into_iter().collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            v
        };
        let mut years: Vec<(i64, usize)> = years.into_iter().collect();
        years.sort();
        Ok(FactCounts {
            facts: total,
            kinds: by_count(kinds),
            years,
            places: by_count(places),
        })
    }

    /// The facts of the sentences that hold the text: the sentences (indexed once, on their
    /// first fact) matching it, joined to all their facts by `sent_id`. None when no sentence does.
    fn sentences_holding(&self, q: &TextQuery) -> tantivy::Result<Option<Box<dyn Query>>> {
        let f = self.archive.fields;
        let b = self.builder();
        // only facts have a sentence field: no `record` clause to intersect with
        let Some(clauses) = b.text_in(q, &[], &[f.sentence]) else {
            return Ok(None);
        };
        // the sentences by number (see [`super::joins`]): a common word's sentences are tens
        // of thousands of facts, each joined by an array read rather than a column read and a
        // hash lookup in every segment
        let joins = self.archive.joins.of(&self.searcher)?;
        let found = self
            .searcher
            .search(&BooleanQuery::new(clauses), &SentenceNumbers(joins.clone()))?;
        if found.is_empty() {
            return Ok(None);
        }
        Ok(Some(Box::new(DocListQuery::new(
            joins.records_of_sentences(&found),
        ))))
    }

    /// Documents, facts per kind.
    pub fn stats(&self) -> tantivy::Result<(usize, Vec<(&'static str, usize)>)> {
        let b = self.builder();
        let docs = self.searcher.search(&*b.record("doc"), &Count)?;
        let mut kinds = Vec::new();
        for k in crate::fact::Kind::ALL {
            let q = TermQuery::new(
                Term::from_field_text(self.archive.fields.kind, k.as_str()),
                IndexRecordOption::Basic,
            );
            kinds.push((k.as_str(), self.searcher.search(&q, &Count)?));
        }
        Ok((docs, kinds))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_and_spans_parse_as_written() {
        assert_eq!(parse_amount("1亿"), Some(1e8));
        assert_eq!(parse_amount("5000万"), Some(5e7));
        assert_eq!(parse_amount("1e8"), Some(1e8));
        assert_eq!(parse_amount("8414万元"), Some(84_140_000.0));
        assert_eq!(parse_amount("1万亿"), Some(1e12));
        assert_eq!(parse_amount("abc"), None);
        assert_eq!(parse_amount("亿"), None);
        assert_eq!(parse_span("2023"), Some((20230101, 20231231)));
        assert_eq!(parse_span("2023-02"), Some((20230201, 20230228)));
        assert_eq!(parse_span("2024-02"), Some((20240201, 20240229)));
        assert_eq!(parse_span("2023Q1"), Some((20230101, 20230331)));
        assert_eq!(parse_span("2023h1"), Some((20230101, 20230630)));
        assert_eq!(parse_span("2023-03-05"), Some((20230305, 20230305)));
        assert_eq!(parse_span("2023-13"), None);
        assert_eq!(parse_span("20"), None);
    }

    #[test]
    fn text_queries_parse_phrases_or_and_negation() {
        let q = TextQuery::parse(r#"新能源 OR 氢能 "同比 下降" -规划"#);
        assert_eq!(q.groups.len(), 2);
        assert_eq!(q.groups[0].len(), 2);
        assert!(q.groups[1][0].phrase);
        assert_eq!(
            q.negatives,
            vec![Literal {
                text: "规划".into(),
                phrase: false
            }]
        );
    }

    #[test]
    fn highlights_cross_white_space_and_count_characters() {
        let text = "全区新能源汽车\n产量增长，汽车";
        let h = highlights(text, &["汽车产量".to_string(), "汽车".to_string()]);
        assert_eq!(h, vec![(5, 10), (13, 15)]);
        let s = snippet(text, &h, 6);
        assert!(s.text.chars().count() <= 6);
    }
}
