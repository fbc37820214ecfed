//! A filter for records of documents in a set (the documents holding a fact that passes the
//! filters): the join of `search --docs`. tantivy's `TermSetQuery` compiles the set into an
//! automaton and streams the field's whole term dictionary through it, which for thousands of
//! random ids over hundreds of thousands of terms cost 10–15 ms a query (`benches/index.sh`);
//! looking each id up in the dictionary still cost 3–8 ms, reading postings of every fact. The
//! joined records are always also selected by a cheaper clause (the documents a text matches),
//! so checking those candidates is all a join needs: each record's document number (see
//! [`super::joins`]) against a bit per document.
use super::joins::{has_bit, Joins, NONE};
use std::sync::Arc;
use tantivy::query::{ConstScorer, EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, SegmentReader, TantivyError, TERMINATED};

/// Records whose document number has its bit set in `documents`, checked record by record: a
/// filter for a query that has records of its own to drive it (the documents a text matches), so
/// that a join over thousands of documents costs one array read per candidate. It scores 0, as
/// `TermSetQuery` did: a join decides what matches, never how it ranks.
#[derive(Clone)]
pub struct DocumentSetQuery {
    joins: Arc<Joins>,
    documents: Arc<Vec<u64>>,
}

impl DocumentSetQuery {
    pub fn new(joins: Arc<Joins>, documents: Vec<u64>) -> Self {
        DocumentSetQuery {
            joins,
            documents: Arc::new(documents),
        }
    }
}

impl std::fmt::Debug for DocumentSetQuery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "DocumentSetQuery")
    }
}

impl Query for DocumentSetQuery {
    fn weight(&self, _: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(self.clone()))
    }
}

impl Weight for DocumentSetQuery {
    fn scorer(&self, reader: &SegmentReader, _boost: f32) -> tantivy::Result<Box<dyn Scorer>> {
        let seg = self.joins.segment(reader.segment_id()).ok_or_else(|| {
            TantivyError::InternalError("a segment the joins were not read for".into())
        })?;
        let mut docs = Member {
            joins: self.joins.clone(),
            seg,
            documents: self.documents.clone(),
            doc: 0,
            max_doc: reader.max_doc(),
        };
        if !docs.holds(0) {
            docs.advance();
        }
        Ok(Box::new(ConstScorer::new(docs, 0.0)))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut scorer = self.scorer(reader, 1.0)?;
        if scorer.seek(doc) == doc {
            Ok(Explanation::new("DocumentSetQuery", 0.0))
        } else {
            Err(TantivyError::InvalidArgument(format!(
                "record {doc} is of none of the documents"
            )))
        }
    }
}

/// The records of a segment whose document is in the set.
struct Member {
    joins: Arc<Joins>,
    seg: usize,
    documents: Arc<Vec<u64>>,
    doc: DocId,
    max_doc: DocId,
}

impl Member {
    fn holds(&self, doc: DocId) -> bool {
        let n = self
            .joins
            .documents_of_segment(self.seg)
            .get(doc as usize)
            .copied()
            .unwrap_or(NONE);
        doc < self.max_doc && n != NONE && has_bit(&self.documents, n)
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

    /// Is `target` a member? One array read; the intersection driving this filter moves on
    /// by itself when it is not.
    fn seek_danger(&mut self, target: DocId) -> tantivy::SeekDangerResult {
        if target < self.max_doc && self.holds(target) {
            self.doc = target;
            tantivy::SeekDangerResult::Found
        } else {
            tantivy::SeekDangerResult::SeekLowerBound(if target >= self.max_doc {
                TERMINATED
            } else {
                target + 1
            })
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
