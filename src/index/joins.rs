//! The joins of `search` across the segments one searcher sees, read once for that set of
//! segments: each record's sentence and document as a small number, and the records of each
//! sentence and of each document. A document's records (and a sentence's facts) can stand in
//! several segments, since the writer's threads each fill their own; numbered, a join is an
//! array read and a bit per record instead of a column read and a hash lookup per id.
//!
//! A number covers every record holding the id, deleted ones too: the collectors that use a
//! join skip what a deletion hides, as for any query.
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::index::SegmentId;
use tantivy::{DocAddress, DocId, Score, Searcher, SegmentReader};

/// No sentence, or no document: a record without the id.
pub const NONE: u32 = u32::MAX;

/// Records by number: those of number `i` are `items[starts[i]..starts[i + 1]]`, in index order.
struct Lists {
    starts: Vec<u32>,
    items: Vec<DocAddress>,
}

impl Lists {
    /// Numbers the ids of `pairs` in sorted order; gives the lists and each record's number,
    /// per segment (`sizes`: each segment's `max_doc`).
    fn group(mut pairs: Vec<(u64, DocAddress)>, sizes: &[DocId]) -> (Lists, Vec<Vec<u32>>) {
        pairs.sort_unstable();
        let mut of: Vec<Vec<u32>> = sizes.iter().map(|&n| vec![NONE; n as usize]).collect();
        let mut starts = Vec::new();
        let mut last = None;
        for (i, &(id, a)) in pairs.iter().enumerate() {
            if last != Some(id) {
                starts.push(i as u32);
                last = Some(id);
            }
            of[a.segment_ord as usize][a.doc_id as usize] = (starts.len() - 1) as u32;
        }
        starts.push(pairs.len() as u32);
        (
            Lists {
                starts,
                items: pairs.into_iter().map(|p| p.1).collect(),
            },
            of,
        )
    }

    fn get(&self, i: u32) -> &[DocAddress] {
        match (self.starts.get(i as usize), self.starts.get(i as usize + 1)) {
            (Some(&a), Some(&b)) => &self.items[a as usize..b as usize],
            _ => &[],
        }
    }
}

/// Sentences and documents of the records of one set of segments.
pub struct Joins {
    segments: Vec<SegmentId>,
    sentence_of: Vec<Vec<u32>>,
    sentences: Lists,
    document_of: Vec<Vec<u32>>,
    documents: Lists,
}

impl Joins {
    /// Reads the `sent_id` and `key_id` columns of every record once.
    fn read(searcher: &Searcher) -> tantivy::Result<Joins> {
        let (mut sent, mut keys) = (Vec::new(), Vec::new());
        for (ord, r) in searcher.segment_readers().iter().enumerate() {
            let ff = r.fast_fields();
            let (s, k) = (ff.u64("sent_id")?, ff.u64("key_id")?);
            for d in 0..r.max_doc() {
                let a = DocAddress::new(ord as u32, d);
                if let Some(v) = s.first(d) {
                    sent.push((v, a));
                }
                if let Some(v) = k.first(d) {
                    keys.push((v, a));
                }
            }
        }
        let sizes: Vec<DocId> = searcher
            .segment_readers()
            .iter()
            .map(SegmentReader::max_doc)
            .collect();
        let (sentences, sentence_of) = Lists::group(sent, &sizes);
        let (documents, document_of) = Lists::group(keys, &sizes);
        Ok(Joins {
            segments: segment_ids(searcher),
            sentence_of,
            sentences,
            document_of,
            documents,
        })
    }

    /// The number of a segment among the searcher's.
    pub fn segment(&self, id: SegmentId) -> Option<usize> {
        self.segments.iter().position(|&s| s == id)
    }

    /// The document number of every record of segment `seg` (`NONE` for none).
    pub fn documents_of_segment(&self, seg: usize) -> &[u32] {
        self.document_of.get(seg).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The records of the document of record `a` (all of them, in index order).
    pub fn records_of_document(&self, a: DocAddress) -> &[DocAddress] {
        let n = self
            .documents_of_segment(a.segment_ord as usize)
            .get(a.doc_id as usize)
            .copied()
            .unwrap_or(NONE);
        if n == NONE {
            &[]
        } else {
            self.documents.get(n)
        }
    }

    /// A bit per record of each segment, all clear.
    pub fn record_bits(&self) -> Vec<Vec<u64>> {
        self.sentence_of
            .iter()
            .map(|s| vec![0u64; s.len().div_ceil(64)])
            .collect()
    }

    /// The records standing in the sentences `sentences`, per segment, in order (marked in a bit
    /// per record, then read off).
    pub fn records_of_sentences(&self, sentences: &[u32]) -> HashMap<SegmentId, Vec<DocId>> {
        let mut bits = self.record_bits();
        for &s in sentences {
            for a in self.sentences.get(s) {
                bits[a.segment_ord as usize][a.doc_id as usize / 64] |= 1 << (a.doc_id % 64);
            }
        }
        self.segments
            .iter()
            .copied()
            .zip(bits.iter().map(|b| read_off(b)))
            .collect()
    }
}

/// The set bits of a bit set, in order.
fn read_off(bits: &[u64]) -> Vec<DocId> {
    let mut out = Vec::new();
    for (w, &word) in bits.iter().enumerate() {
        let mut b = word;
        while b != 0 {
            out.push(w as DocId * 64 + b.trailing_zeros());
            b &= b - 1;
        }
    }
    out
}

/// Is bit `i` of `bits` set?
pub fn has_bit(bits: &[u64], i: u32) -> bool {
    bits.get(i as usize / 64)
        .is_some_and(|w| w & (1 << (i % 64)) != 0)
}

fn segment_ids(searcher: &Searcher) -> Vec<SegmentId> {
    searcher
        .segment_readers()
        .iter()
        .map(SegmentReader::segment_id)
        .collect()
}

/// The joins of the segments searched lately (one set: a new set replaces it).
#[derive(Default)]
pub struct JoinCache {
    kept: Mutex<Option<Arc<Joins>>>,
}

impl JoinCache {
    /// The joins of `searcher`'s segments, read on first use; the others wait for that reader
    /// rather than read them again.
    pub fn of(&self, searcher: &Searcher) -> tantivy::Result<Arc<Joins>> {
        let mut kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(j) = kept
            .as_ref()
            .filter(|j| j.segments == segment_ids(searcher))
        {
            return Ok(j.clone());
        }
        let j = Arc::new(Joins::read(searcher)?);
        *kept = Some(j.clone());
        Ok(j)
    }
}

/// Collects the sentence numbers of the matching records.
pub struct SentenceNumbers(pub Arc<Joins>);

pub struct SentenceNumbersSegment {
    joins: Arc<Joins>,
    seg: usize,
    found: Vec<u32>,
}

impl Collector for SentenceNumbers {
    type Fruit = Vec<u32>;
    type Child = SentenceNumbersSegment;

    fn for_segment(
        &self,
        segment: u32,
        _reader: &SegmentReader,
    ) -> tantivy::Result<SentenceNumbersSegment> {
        Ok(SentenceNumbersSegment {
            joins: self.0.clone(),
            seg: segment as usize,
            found: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Vec<u32>>) -> tantivy::Result<Vec<u32>> {
        Ok(fruits.concat())
    }
}

impl SegmentCollector for SentenceNumbersSegment {
    type Fruit = Vec<u32>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        let n = self.joins.sentence_of[self.seg]
            .get(doc as usize)
            .copied()
            .unwrap_or(NONE);
        if n != NONE {
            self.found.push(n);
        }
    }

    fn harvest(self) -> Vec<u32> {
        self.found
    }
}

/// The matching records as a bit per record of each segment, and their documents as a bit per
/// document number.
pub struct Passing {
    pub records: Vec<Vec<u64>>,
    pub documents: Vec<u64>,
}

/// Collects [`Passing`].
pub struct PassingRecords(pub Arc<Joins>);

pub struct PassingSegment {
    joins: Arc<Joins>,
    seg: usize,
    records: Vec<u64>,
    documents: Vec<u64>,
}

impl Collector for PassingRecords {
    type Fruit = Passing;
    type Child = PassingSegment;

    fn for_segment(&self, segment: u32, reader: &SegmentReader) -> tantivy::Result<PassingSegment> {
        let (records, documents) = (
            vec![0u64; (reader.max_doc() as usize).div_ceil(64)],
            vec![0u64; self.0.documents.starts.len().div_ceil(64)],
        );
        Ok(PassingSegment {
            joins: self.0.clone(),
            seg: segment as usize,
            records,
            documents,
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<(usize, Vec<u64>, Vec<u64>)>) -> tantivy::Result<Passing> {
        let mut out = Passing {
            records: self.0.record_bits(),
            documents: vec![0u64; self.0.documents.starts.len().div_ceil(64)],
        };
        for (seg, records, documents) in fruits {
            if let Some(r) = out.records.get_mut(seg) {
                *r = records;
            }
            for (o, d) in out.documents.iter_mut().zip(documents) {
                *o |= d;
            }
        }
        Ok(out)
    }
}

impl SegmentCollector for PassingSegment {
    type Fruit = (usize, Vec<u64>, Vec<u64>);

    fn collect(&mut self, doc: DocId, _score: Score) {
        self.records[doc as usize / 64] |= 1 << (doc % 64);
        let n = self.joins.document_of[self.seg]
            .get(doc as usize)
            .copied()
            .unwrap_or(NONE);
        if n != NONE {
            self.documents[n as usize / 64] |= 1 << (n % 64);
        }
    }

    fn harvest(self) -> (usize, Vec<u64>, Vec<u64>) {
        (self.seg, self.records, self.documents)
    }
}
