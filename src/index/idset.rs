//! A filter for records whose u64 fast field holds one of a set of ids (a document's `key_id`, a
//! sentence's `sent_id`): the joins of `search`. tantivy's `TermSetQuery` compiles the set into an
//! automaton and streams the field's whole term dictionary through it, which for thousands of
//! random ids over hundreds of thousands of terms cost 10–15 ms a query (`benches/index.sh`);
//! looking each id up in the dictionary still cost 3–8 ms, reading postings of every fact. The
//! joined records are always also selected by a cheaper clause (the documents a text matches, the
//! facts of a kind), so checking the column of those candidates is all a join needs.
use super::tables::IdHash;
use std::collections::HashSet;
use std::sync::Arc;
use tantivy::query::{ConstScorer, EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, SegmentReader, TantivyError, TERMINATED};

/// Records whose u64 fast field `field` holds one of `ids`, checked record by record: a filter for
/// a query that has records of its own to drive it (the documents a text matches), so that a
/// join over thousands of ids costs one column read per candidate instead of the ids' postings.
/// It scores 0, as `TermSetQuery` did: a join decides what matches, never how it ranks.
#[derive(Clone, Debug)]
pub struct FastSetQuery {
    field: String,
    ids: Arc<HashSet<u64, IdHash>>,
}

impl FastSetQuery {
    pub fn new(field: &str, ids: impl IntoIterator<Item = u64>) -> Self {
        FastSetQuery { field: field.to_string(), ids: Arc::new(ids.into_iter().collect()) }
    }
}

impl Query for FastSetQuery {
    fn weight(&self, _: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(self.clone()))
    }
}

impl Weight for FastSetQuery {
    fn scorer(&self, reader: &SegmentReader, _boost: f32) -> tantivy::Result<Box<dyn Scorer>> {
        let column = reader.fast_fields().u64(&self.field)?;
        let mut docs = Member { column, ids: self.ids.clone(), doc: 0, max_doc: reader.max_doc() };
        if !docs.holds(0) {
            docs.advance();
        }
        Ok(Box::new(ConstScorer::new(docs, 0.0)))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut scorer = self.scorer(reader, 1.0)?;
        if scorer.seek(doc) == doc {
            Ok(Explanation::new("FastSetQuery", 0.0))
        } else {
            Err(TantivyError::InvalidArgument(format!("document {doc} holds none of the ids")))
        }
    }
}

/// The records of a segment whose column value is in the set.
struct Member {
    column: tantivy::columnar::Column<u64>,
    ids: Arc<HashSet<u64, IdHash>>,
    doc: DocId,
    max_doc: DocId,
}

impl Member {
    fn holds(&self, doc: DocId) -> bool {
        doc < self.max_doc && self.column.first(doc).is_some_and(|v| self.ids.contains(&v))
    }
}

impl DocSet for Member {
    /// A scan, record by record: only for when nothing else can drive the query.
    fn advance(&mut self) -> DocId {
        let mut d = self.doc.saturating_add(1);
        while d < self.max_doc && !self.holds(d) {
            d += 1;
        }
        self.doc = if d < self.max_doc { d } else { TERMINATED };
        self.doc
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc >= target {
            return self.doc;
        }
        if self.holds(target) {
            self.doc = target;
            return target;
        }
        self.doc = target;
        self.advance()
    }

    /// Is `target` a member? One column read; the intersection driving this filter moves on
    /// by itself when it is not.
    fn seek_danger(&mut self, target: DocId) -> tantivy::SeekDangerResult {
        if target < self.max_doc && self.holds(target) {
            self.doc = target;
            tantivy::SeekDangerResult::Found
        } else {
            tantivy::SeekDangerResult::SeekLowerBound(if target >= self.max_doc { TERMINATED } else { target + 1 })
        }
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.max_doc
    }

    /// Dearer than any postings list of the segment, so that one of them drives.
    fn cost(&self) -> u64 {
        u64::from(self.max_doc) * 4
    }
}
