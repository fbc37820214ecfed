//! `tongbao index`: read, normalise and extract exactly as `extract` does, and write documents
//! and facts. Idempotent and incremental: a file whose bytes are unchanged is skipped, a changed
//! file's document and facts are replaced, and `prune` drops documents whose files are gone.
//!
//! Crash safety comes from tantivy's commits, which are atomic: a document's delete and its new
//! records are always in the same commit, commits happen every few thousand documents, and a
//! run killed in between loses only uncommitted work, which the next run redoes (its files are
//! not yet in the index with their current hash).
use super::{day_number, key_id, Archive, Fields, Stamp, SCHEMA_VERSION};
use crate::pipeline::{Pipeline, Processed};
use crate::read::{read_bytes, InputFile};
use crate::rules::Rules;
use rayon::prelude::*;
use std::collections::HashMap;
use std::time::{Instant, SystemTime, UNIX_EPOCH};
use tantivy::{IndexWriter, TantivyDocument, Term};

pub struct IngestOptions {
    /// Re-extract every file, changed or not (after the rules changed).
    pub reindex: bool,
    /// Remove documents whose files no longer exist.
    pub prune: bool,
    /// Commit after this many written documents (also every 30 s).
    pub commit_every: usize,
    /// Memory for tantivy's in-memory segments, in bytes.
    pub memory_budget: usize,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            reindex: false,
            prune: false,
            commit_every: 10_000,
            memory_budget: 200_000_000,
        }
    }
}

#[derive(Debug, Default)]
pub struct IngestReport {
    pub indexed: usize,
    pub unchanged: usize,
    pub pruned: usize,
    pub facts: usize,
    pub bytes: usize,
    pub failures: Vec<String>,
    pub commits: usize,
    /// Files of an unfinished earlier commit that were removed.
    pub leftovers: usize,
}

/// The key → content hash of every document in the index.
pub fn manifest(archive: &Archive) -> tantivy::Result<HashMap<String, String>> {
    let reader = archive.index.reader()?;
    let searcher = reader.searcher();
    let mut out = HashMap::new();
    // Every term of a string column, in ordinal order, read in one pass over its dictionary
    // (looking ordinals up one by one decompresses a block each time).
    fn terms(col: &tantivy::columnar::StrColumn) -> std::io::Result<Vec<String>> {
        let mut all = Vec::with_capacity(col.num_terms());
        let mut stream = col.dictionary().stream()?;
        while stream.advance() {
            all.push(String::from_utf8_lossy(stream.key()).into_owned());
        }
        Ok(all)
    }
    for seg in searcher.segment_readers() {
        let ff = seg.fast_fields();
        let (Some(keys), Some(hashes)) = (ff.str("key")?, ff.str("hash")?) else {
            continue;
        };
        let (key_terms, hash_terms) = (terms(&keys)?, terms(&hashes)?);
        for doc in 0..seg.max_doc() {
            if seg.is_deleted(doc) {
                continue;
            }
            let Some(ho) = hashes.term_ords(doc).next() else {
                continue;
            };
            let Some(ko) = keys.term_ords(doc).next() else {
                continue;
            };
            if let (Some(k), Some(h)) = (key_terms.get(ko as usize), hash_terms.get(ho as usize)) {
                out.insert(k.clone(), h.clone());
            }
        }
    }
    Ok(out)
}

/// The key of a file: its canonical path, so the same file reached by two routes is one document.
/// A record of an archive file is `PATH#K`.
pub fn key_of(file: &InputFile) -> String {
    let path = std::fs::canonicalize(&file.path)
        .unwrap_or_else(|_| file.path.clone())
        .to_string_lossy()
        .into_owned();
    match file.record {
        Some(k) => format!("{path}#{k}"),
        None => path,
    }
}

/// Where a document comes from, the one definition every dataset row and index record uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provenance {
    /// The canonical path, with `#K` for record K of an archive ([`key_of`]).
    pub key: String,
    /// blake3 of the bytes the document was read from: the file's, or for a record of a UTF-8
    /// archive the record's own (read alone), so a changed record is redone and its neighbours
    /// are not.
    pub content_hash: String,
}

/// The provenance of an input from the bytes `read_bytes` gave for it.
pub fn provenance(file: &InputFile, bytes: &[u8]) -> Provenance {
    Provenance {
        key: key_of(file),
        content_hash: blake3::hash(bytes).to_hex().to_string(),
    }
}

/// The record number of a key (`…/a.jsonl#12` → 12; a plain file's 0), so that the records of an
/// archive keep their order and stay apart when sorted.
pub fn record_of_key(key: &str) -> usize {
    key.rsplit_once('#')
        .and_then(|(_, k)| k.parse().ok())
        .unwrap_or(0)
}

/// Is the document of this key still there: its file, and for a record of an archive, that
/// record (an archive that shrank loses its last records). Archive sizes are counted once.
fn still_there(key: &str, sizes: &mut HashMap<String, usize>) -> bool {
    if std::path::Path::new(key).exists() {
        return true;
    }
    let Some((path, k)) = key.rsplit_once('#') else {
        return false;
    };
    let Ok(k) = k.parse::<usize>() else {
        return false;
    };
    let n = *sizes.entry(path.to_string()).or_insert_with(|| {
        let (files, _) = crate::read::collect_inputs(&[std::path::PathBuf::from(path)]);
        files.iter().filter(|f| f.record.is_some()).count()
    });
    k <= n
}

enum Outcome {
    Unchanged,
    Failed(String),
    Ready {
        key: u64,
        docs: Vec<TantivyDocument>,
        facts: usize,
        bytes: usize,
    },
}

/// Indexes `files`; failed files are reported in the result and never stop the run.
pub fn ingest(
    archive: &Archive,
    pipeline: &Pipeline,
    files: &[InputFile],
    opts: &IngestOptions,
    mut tick: impl FnMut(usize),
) -> tantivy::Result<IngestReport> {
    let f = archive.fields;
    let known = if opts.reindex {
        HashMap::new()
    } else {
        manifest(archive)?
    };
    let mut writer: IndexWriter<TantivyDocument> = archive.index.writer(opts.memory_budget)?;
    // files of a commit that never finished (a full disk, a killed run) are removed first
    let leftovers = writer.garbage_collect_files().wait()?.deleted_files.len();
    let mut report = IngestReport {
        leftovers,
        ..IngestReport::default()
    };
    let stamp = |now: u64| {
        serde_json::to_string(&Stamp {
            schema: SCHEMA_VERSION,
            tongbao_version: crate::VERSION.to_string(),
            rules_version: pipeline.rules.version.clone(),
            last_ingest: now,
        })
        .unwrap_or_default()
    };
    let now = || {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0)
    };
    let mut pending = 0usize;
    let mut last_commit = Instant::now();
    let commit = |writer: &mut IndexWriter<TantivyDocument>,
                  report: &mut IngestReport|
     -> tantivy::Result<()> {
        let mut prepared = writer.prepare_commit()?;
        prepared.set_payload(&stamp(now()));
        prepared.commit()?;
        super::share_files(&archive.dir);
        report.commits += 1;
        Ok(())
    };
    if opts.reindex {
        // Everything is rebuilt: the old records go in the same commit as the first new ones.
        writer.delete_all_documents()?;
        pending += 1;
    }
    // Extraction runs on its own thread (rayon inside), a couple of chunks ahead of the writer,
    // so that it goes on while the writer adds documents or commits.
    let (sender, receiver) = std::sync::mpsc::sync_channel::<Vec<Outcome>>(2);
    let known = &known;
    std::thread::scope(|scope| -> tantivy::Result<()> {
        scope.spawn(move || {
            for chunk in files.chunks(256) {
                let outcomes: Vec<Outcome> = chunk
                    .par_iter()
                    .map(|file| prepare(pipeline, &f, known, file))
                    .collect();
                if sender.send(outcomes).is_err() {
                    break; // the writer stopped on an error
                }
            }
        });
        for outcomes in receiver {
            for o in outcomes {
                tick(1);
                match o {
                    Outcome::Unchanged => report.unchanged += 1,
                    Outcome::Failed(e) => report.failures.push(e),
                    Outcome::Ready {
                        key,
                        docs,
                        facts,
                        bytes,
                    } => {
                        writer.delete_term(Term::from_field_u64(f.key_id, key));
                        for d in docs {
                            writer.add_document(d)?;
                        }
                        report.indexed += 1;
                        report.facts += facts;
                        report.bytes += bytes;
                        pending += 1;
                    }
                }
            }
            if pending >= opts.commit_every
                || (pending > 0 && last_commit.elapsed().as_secs() >= 30)
            {
                commit(&mut writer, &mut report)?;
                pending = 0;
                last_commit = Instant::now();
            }
        }
        Ok(())
    })?;
    if opts.prune {
        let mut sizes = HashMap::new();
        for key in known.keys() {
            if !still_there(key, &mut sizes) {
                writer.delete_term(Term::from_field_u64(f.key_id, key_id(key)));
                report.pruned += 1;
                pending += 1;
            }
        }
    }
    if pending > 0 || archive.stamp().is_none() {
        commit(&mut writer, &mut report)?;
    }
    writer.wait_merging_threads()?;
    // merges write `meta.json` again
    super::share_files(&archive.dir);
    Ok(report)
}

/// Reads, hashes and (unless unchanged) processes one file into its index documents.
fn prepare(
    pipeline: &Pipeline,
    f: &Fields,
    known: &HashMap<String, String>,
    file: &InputFile,
) -> Outcome {
    let bytes = match read_bytes(file) {
        Ok(b) => b,
        Err(e) => return Outcome::Failed(e.to_string()),
    };
    let Provenance {
        key,
        content_hash: hash,
    } = provenance(file, &bytes);
    if known.get(&key) == Some(&hash) {
        return Outcome::Unchanged;
    }
    match pipeline.process_bytes(file, &bytes) {
        Ok(p) => {
            let facts = p.facts.len();
            Outcome::Ready {
                docs: records(f, &key, &hash, &p, &pipeline.rules),
                key: key_id(&key),
                facts,
                bytes: p.record.bytes,
            }
        }
        Err(e) => Outcome::Failed(e.to_string()),
    }
}

/// The index documents of one processed file: its record, then one per fact.
fn records(
    f: &Fields,
    key: &str,
    hash: &str,
    p: &Processed,
    rules: &Rules,
) -> Vec<TantivyDocument> {
    let rules_version = rules.version.as_str();
    let mut out = Vec::with_capacity(p.facts.len() + 1);
    let id = key_id(key);
    let mut d = TantivyDocument::default();
    d.add_text(f.record, "doc");
    d.add_text(f.key, key);
    d.add_u64(f.key_id, id);
    d.add_text(f.hash, hash);
    d.add_text(f.doc, &p.record.doc);
    if let Some(t) = &p.record.title {
        d.add_text(f.title, t);
    }
    // jieba's words as the extractor cut them, handed over already segmented: the text is not
    // cut a second time (tantivy 0.27's own pre-tokenized values were measured slower still).
    d.add_text(
        f.text,
        super::tokenizer::presegment(&p.normalized.text, &p.words),
    );
    d.add_text(f.text_pairs, &p.normalized.text);
    d.add_text(f.body, &p.normalized.text);
    let mut record = p.record.to_json(p.facts.len(), rules_version);
    if !p.page_breaks.is_empty() {
        // `[page, offset]` where a page starts on a paragraph break, the offset in characters
        // of the text (as facts' offsets count), for the page markers of `serve`'s document
        // view; only the index keeps them
        let text = &p.normalized.text;
        let starts: Vec<(usize, usize)> = p
            .page_break_pages
            .iter()
            .zip(&p.page_breaks)
            .map(|(&page, &b)| (page, text[..b + 1].chars().count()))
            .collect();
        record["page_starts"] = serde_json::json!(starts);
    }
    d.add_text(f.json, record.to_string());
    if let Some(day) = p.record.issued.as_deref().and_then(day_number) {
        d.add_i64(f.day_from, day);
        d.add_i64(f.day_to, day);
    }
    out.push(d);

    let mut sentences = std::collections::HashSet::new();
    for fact in &p.facts {
        let mut d = TantivyDocument::default();
        d.add_text(f.record, "fact");
        d.add_u64(f.key_id, id);
        let sid = super::sent_id(id, &fact.sentence);
        d.add_u64(f.sent_id, sid);
        if sentences.insert(sid) {
            d.add_text(f.sentence, &fact.sentence);
        }
        d.add_text(f.kind, fact.kind.as_str());
        // What the fact is about, not its whole sentence: a sentence holds many facts, and
        // indexing it once per fact cost more than the documents' own text.
        // (The entity has a field of its own, searched too.)
        if let Some(about) = fact.subject.as_deref().or(fact.name.as_deref()) {
            d.add_text(f.text_pairs, about);
        }
        if let Some(r) = fact.role {
            d.add_text(f.role, r.as_str());
        }
        for r in fact
            .place
            .as_deref()
            .into_iter()
            .flat_map(crate::places::lineage)
        {
            d.add_text(f.region, r);
        }
        if let Some(e) = fact.entity.as_deref().or(if fact.kind.is_entity() {
            fact.name.as_deref()
        } else {
            None
        }) {
            d.add_text(f.entity, e);
        }
        if let Some(sc) = fact.scope.as_deref() {
            d.add_text(f.scope, sc);
        }
        if let Some(v) = fact.value.map(|v| v.to_f64()) {
            d.add_f64(f.value, v);
        }
        if let Some(v) = fact.value_max.map(|v| v.to_f64()) {
            d.add_f64(f.value_max, v);
        }
        // A date fact's own span; a figure's period.
        if let Some(span) = fact.date.as_ref().or(fact.period.as_ref()) {
            if let (Some(a), Some(b)) = (day_number(&span.start), day_number(&span.end)) {
                d.add_i64(f.day_from, a);
                d.add_i64(f.day_to, b);
            }
        }
        d.add_text(f.json, fact.to_json_string(&p.record.doc));
        out.push(d);
    }
    out
}
