//! Tables of a segment read once from its postings and columns and kept while the segment is
//! searched: the kinds and places of each fact, and where each document's record is (the joins
//! by sentence and by document, across segments, are [`super::joins`]). A segment's records
//! never change (deletions only mark them), so a table is exact for as long as the segment lives; what a deletion hides is hidden
//! by the collector, as for any query, or checked against the segment's alive set here.
//!
//! They turn the joins of `search` into lookups: the sentence join read the `sent_id` column of
//! every fact of the index for each query (the most of a facts search's time under load), the
//! counts beside the results streamed every `kind` and `region` posting list, and a hit's title
//! was a query per document.
use super::Fields;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tantivy::index::SegmentId;
use tantivy::query::{ConstScorer, EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, DocId, DocSet, Searcher, SegmentReader, TantivyError, Term, TERMINATED};

/// The terms of one field on each record of a segment: record `d` holds
/// `names[o]` for each `o` of `of(d)`.
pub struct TermTable {
    pub names: Vec<String>,
    starts: Vec<u32>,
    ords: Vec<u32>,
}

impl TermTable {
    fn read(reader: &SegmentReader, field: tantivy::schema::Field) -> tantivy::Result<TermTable> {
        let inverted = reader.inverted_index(field)?;
        let mut names = Vec::new();
        let mut pairs: Vec<(DocId, u32)> = Vec::new();
        let mut terms = inverted.terms().stream()?;
        while terms.advance() {
            let ord = names.len() as u32;
            names.push(String::from_utf8_lossy(terms.key()).into_owned());
            let mut postings =
                inverted.read_postings_from_terminfo(terms.value(), IndexRecordOption::Basic)?;
            let mut d = postings.doc();
            while d != TERMINATED {
                pairs.push((d, ord));
                d = postings.advance();
            }
        }
        pairs.sort_unstable();
        let max = reader.max_doc() as usize;
        let mut starts = vec![0u32; max + 1];
        for &(d, _) in &pairs {
            starts[d as usize + 1] += 1;
        }
        for i in 0..max {
            starts[i + 1] += starts[i];
        }
        Ok(TermTable {
            names,
            starts,
            ords: pairs.into_iter().map(|p| p.1).collect(),
        })
    }

    /// The ordinals of the terms record `doc` holds.
    pub fn of(&self, doc: DocId) -> &[u32] {
        let d = doc as usize;
        match (self.starts.get(d), self.starts.get(d + 1)) {
            (Some(&a), Some(&b)) => &self.ords[a as usize..b as usize],
            _ => &[],
        }
    }
}

/// What is read once of a segment.
pub struct SegmentTables {
    /// `(key_id, record)` of every document record, sorted.
    records: Vec<(u64, DocId)>,
    pub kinds: TermTable,
    pub places: TermTable,
    pub years: YearTable,
}

/// The year each record's period starts in (`day_from` / 10000), as an offset from the
/// segment's first year: the counts add into an array, with no column read or hash per fact.
pub struct YearTable {
    pub first: i64,
    /// Years from `first` up to the last year of the segment.
    pub span: usize,
    of: Vec<u16>,
}

impl YearTable {
    const NONE: u16 = u16::MAX;

    fn read(reader: &SegmentReader) -> tantivy::Result<YearTable> {
        let day = reader.fast_fields().i64("day_from")?;
        let years: Vec<Option<i64>> = (0..reader.max_doc())
            .map(|d| day.first(d).map(|v| v / 10000))
            .collect();
        let first = years.iter().flatten().min().copied().unwrap_or(0);
        let last = years.iter().flatten().max().copied().unwrap_or(0);
        if last - first >= i64::from(Self::NONE) {
            return Err(TantivyError::InternalError(format!(
                "years {first} to {last} in one segment"
            )));
        }
        let of = years
            .iter()
            .map(|y| y.map_or(Self::NONE, |y| (y - first) as u16))
            .collect();
        Ok(YearTable {
            first,
            span: (last - first + 1) as usize,
            of,
        })
    }

    /// The offset from `first` of the year of record `doc`, if it has a period.
    pub fn of(&self, doc: DocId) -> Option<usize> {
        self.of
            .get(doc as usize)
            .filter(|&&y| y != Self::NONE)
            .map(|&y| y as usize)
    }
}

impl SegmentTables {
    fn read(reader: &SegmentReader, fields: &Fields) -> tantivy::Result<SegmentTables> {
        let key_ids = reader.fast_fields().u64("key_id")?;
        let inverted = reader.inverted_index(fields.record)?;
        let mut records = Vec::new();
        if let Some(info) = inverted.get_term_info(&Term::from_field_text(fields.record, "doc"))? {
            let mut postings =
                inverted.read_postings_from_terminfo(&info, IndexRecordOption::Basic)?;
            let mut d = postings.doc();
            while d != TERMINATED {
                if let Some(k) = key_ids.first(d) {
                    records.push((k, d));
                }
                d = postings.advance();
            }
        }
        records.sort_unstable();
        Ok(SegmentTables {
            records,
            kinds: TermTable::read(reader, fields.kind)?,
            places: TermTable::read(reader, fields.region)?,
            years: YearTable::read(reader)?,
        })
    }

    /// The records of the document `key_id` in this segment (deleted ones too).
    pub fn records_of(&self, key_id: u64) -> impl Iterator<Item = DocId> + '_ {
        let from = self.records.partition_point(|r| r.0 < key_id);
        self.records[from..]
            .iter()
            .take_while(move |r| r.0 == key_id)
            .map(|r| r.1)
    }
}

/// The tables of the segments searched lately, by segment.
#[derive(Default)]
pub struct TableCache {
    segments: Mutex<HashMap<SegmentId, Arc<Mutex<Option<Arc<SegmentTables>>>>>>,
}

impl TableCache {
    /// The tables of each segment of `searcher`, in its segments' order; read on first use (one
    /// reader per segment: the others wait for it rather than read it again). Segments no longer
    /// searched are forgotten when a new one is read.
    pub fn of(
        &self,
        fields: &Fields,
        searcher: &Searcher,
    ) -> tantivy::Result<Vec<Arc<SegmentTables>>> {
        let mut out = Vec::with_capacity(searcher.segment_readers().len());
        for reader in searcher.segment_readers() {
            let id = reader.segment_id();
            let slot = {
                let mut map = self.segments.lock().unwrap_or_else(|e| e.into_inner());
                if !map.contains_key(&id) {
                    let live: Vec<SegmentId> = searcher
                        .segment_readers()
                        .iter()
                        .map(SegmentReader::segment_id)
                        .collect();
                    map.retain(|k, _| live.contains(k));
                }
                map.entry(id).or_default().clone()
            };
            let mut slot = slot.lock().unwrap_or_else(|e| e.into_inner());
            if slot.is_none() {
                *slot = Some(Arc::new(SegmentTables::read(reader, fields)?));
            }
            out.extend(slot.clone());
        }
        Ok(out)
    }
}

/// The record of a document (`key_id`) that `searcher` sees, if any: the first alive one.
pub fn record_of(
    searcher: &Searcher,
    tables: &[Arc<SegmentTables>],
    key_id: u64,
) -> Option<DocAddress> {
    for (ord, (reader, t)) in searcher.segment_readers().iter().zip(tables).enumerate() {
        let alive = reader.alive_bitset();
        if let Some(d) = t
            .records_of(key_id)
            .find(|&d| alive.is_none_or(|a| a.is_alive(d)))
        {
            return Some(DocAddress::new(ord as u32, d));
        }
    }
    None
}

/// Records given by number, segment by segment (a join worked out beforehand): scores 0.
#[derive(Clone, Debug)]
pub struct DocListQuery {
    docs: Arc<HashMap<SegmentId, Vec<DocId>>>,
}

impl DocListQuery {
    pub fn new(docs: HashMap<SegmentId, Vec<DocId>>) -> Self {
        DocListQuery {
            docs: Arc::new(docs),
        }
    }
}

impl Query for DocListQuery {
    fn weight(&self, _: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(self.clone()))
    }
}

impl Weight for DocListQuery {
    fn scorer(&self, reader: &SegmentReader, _boost: f32) -> tantivy::Result<Box<dyn Scorer>> {
        let docs = self
            .docs
            .get(&reader.segment_id())
            .cloned()
            .unwrap_or_default();
        Ok(Box::new(ConstScorer::new(SortedDocs { docs, at: 0 }, 0.0)))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        match self
            .docs
            .get(&reader.segment_id())
            .is_some_and(|d| d.binary_search(&doc).is_ok())
        {
            true => Ok(Explanation::new("DocListQuery", 0.0)),
            false => Err(TantivyError::InvalidArgument(format!(
                "document {doc} is not in the list"
            ))),
        }
    }
}

/// A sorted list of records as a doc set.
struct SortedDocs {
    docs: Vec<DocId>,
    at: usize,
}

impl DocSet for SortedDocs {
    fn advance(&mut self) -> DocId {
        self.at = (self.at + 1).min(self.docs.len());
        self.doc()
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc() < target {
            self.at += self.docs[self.at..].partition_point(|&d| d < target);
        }
        self.doc()
    }

    fn doc(&self) -> DocId {
        self.docs.get(self.at).copied().unwrap_or(TERMINATED)
    }

    fn size_hint(&self) -> u32 {
        self.docs.len() as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_docs_advance_and_seek() {
        let mut d = SortedDocs {
            docs: vec![2, 5, 9, 40],
            at: 0,
        };
        assert_eq!(d.doc(), 2);
        assert_eq!(d.advance(), 5);
        assert_eq!(d.seek(5), 5);
        assert_eq!(d.seek(6), 9);
        assert_eq!(d.seek(41), TERMINATED);
        assert_eq!(d.advance(), TERMINATED);
        let mut e = SortedDocs {
            docs: vec![],
            at: 0,
        };
        assert_eq!(e.doc(), TERMINATED);
        assert_eq!(e.seek(3), TERMINATED);
    }
}
