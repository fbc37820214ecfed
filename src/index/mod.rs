//! Stage 5, index: documents and facts in one tantivy index, searched by text and filtered by
//! facts (see ARCHITECTURE.md § Index).
//!
//! One index document per document record (its normalised text, for search and snippets) and
//! one per fact (kind, value, dates, role, regions, entity, and the FACTS.md JSON), so a filter
//! such as "over 1亿元 in 张湾区" holds for one fact, not for a mix of a document's figures.
//! Every index document carries `key` (the file's canonical path): deleting that term removes a
//! document and all its facts in the same commit that adds their replacements.
pub mod export;
mod idset;
pub mod ingest;
pub mod joins;
mod readonly;
pub mod search;
pub mod tables;
pub mod tokenizer;

use crate::segment::Segmenter;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions, FAST,
    INDEXED, STORED, STRING,
};
use tantivy::Index;

/// Bumped when the schema changes; an index of another schema must be rebuilt.
pub const SCHEMA_VERSION: u32 = 3;

/// Handles of every field of the schema.
#[derive(Clone, Copy)]
pub struct Fields {
    /// `doc` or `fact`.
    pub record: Field,
    /// Canonical path of the source file (document records only).
    pub key: Field,
    /// The first 8 bytes of blake3(key), on every record: the unit of replacement and deletion,
    /// and a fast join from facts to their document.
    pub key_id: Field,
    /// blake3 of the file's bytes (document records only).
    pub hash: Field,
    /// The FACTS.md document id.
    pub doc: Field,
    pub title: Field,
    /// Words of the normalised text (documents only).
    pub text: Field,
    /// The normalised text itself (documents only; stored for snippets).
    pub body: Field,
    /// Character pairs of the normalised text (documents), or of what a fact is about: its
    /// subject, or an entity's name (facts).
    pub text_pairs: Field,
    /// The document record or fact as JSON, exactly as `extract` prints it.
    pub json: Field,
    pub kind: Field,
    pub role: Field,
    pub region: Field,
    /// The entity, as character pairs (so `易捷特` finds `易捷特BBG24项目`).
    pub entity: Field,
    /// A ranking's scope (`全国`), as character pairs.
    pub scope: Field,
    /// The fact's sentence as character pairs, on the first fact of each sentence only (a
    /// sentence holds many facts; indexing it once per fact would cost more than the text).
    pub sentence: Field,
    /// Which sentence of its document a fact stands in (blake3 of key and sentence): the join
    /// from the sentence indexed once to every fact of it.
    pub sent_id: Field,
    pub value: Field,
    pub value_max: Field,
    /// First and last day the fact speaks of, as YYYYMMDD.
    pub day_from: Field,
    pub day_to: Field,
}

pub fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let words = |stored: bool, analyzer: &str| {
        let idx = TextFieldIndexing::default()
            .set_tokenizer(analyzer)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions);
        let o = TextOptions::default().set_indexing_options(idx);
        if stored {
            o.set_stored()
        } else {
            o
        }
    };
    let pairs = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer::BIGRAMS)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let num = || NumericOptions::default().set_indexed().set_fast();
    let fields = Fields {
        record: b.add_text_field("record", STRING),
        key: b.add_text_field("key", STRING | STORED | FAST),
        key_id: b.add_u64_field("key_id", INDEXED | FAST),
        hash: b.add_text_field("hash", STRING | STORED | FAST),
        doc: b.add_text_field("doc", STRING | STORED),
        title: b.add_text_field("title", words(true, tokenizer::WORDS)),
        // Indexed from the extractor's words (queries are cut by `WORDS`, the same way).
        text: b.add_text_field("text", words(false, tokenizer::PRESEGMENTED)),
        body: b.add_text_field("body", STORED),
        text_pairs: b.add_text_field("text_pairs", pairs.clone()),
        json: b.add_text_field("json", STORED),
        kind: b.add_text_field("kind", STRING),
        role: b.add_text_field("role", STRING),
        region: b.add_text_field("region", STRING | STORED),
        entity: b.add_text_field("entity", pairs.clone()),
        scope: b.add_text_field("scope", pairs.clone()),
        sentence: b.add_text_field("sentence", pairs),
        sent_id: b.add_u64_field("sent_id", INDEXED | FAST),
        value: b.add_f64_field("value", num()),
        value_max: b.add_f64_field("value_max", num()),
        day_from: b.add_i64_field("day_from", num()),
        day_to: b.add_i64_field("day_to", num()),
    };
    (b.build(), fields)
}

/// What the index says about itself, kept in the payload of every commit (so it is exactly as
/// current as the documents).
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Stamp {
    pub schema: u32,
    pub tongbao_version: String,
    pub rules_version: String,
    /// Unix seconds of the last commit.
    pub last_ingest: u64,
}

/// An opened index with its analyzers registered.
pub struct Archive {
    pub dir: PathBuf,
    pub index: Index,
    pub fields: Fields,
    pub segmenter: Arc<Segmenter>,
    /// Tables read once per segment for the joins and counts of `search` (see [`tables`]).
    pub tables: tables::TableCache,
    /// Each record's sentence and document across the segments searched (see [`joins`]).
    pub joins: joins::JoinCache,
}

#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    #[error("{0}: no index here (build one with `tongbao index PATH --index {0}`)")]
    Missing(String),
    #[error("{path}: not a tongbao index, or one of another schema: {reason}")]
    Foreign { path: String, reason: String },
    #[error("{path}: {source}")]
    Tantivy {
        path: String,
        source: tantivy::TantivyError,
    },
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: cannot read the index: {reason} (its files need read permission for you: ask its owner to run `chmod -R a+rX {path}`)")]
    Unreadable { path: String, reason: String },
}

/// Is this error a refused permission (another user's files, a read-only mount)?
fn permission_denied(e: &impl std::fmt::Debug) -> bool {
    let s = format!("{e:?}");
    s.contains("PermissionDenied") || s.contains("Permission denied")
}

impl Archive {
    fn register(index: &Index, segmenter: &Arc<Segmenter>) {
        // The index stores only the analyzers' names: they are registered at every opening.
        index.tokenizers().register(
            tokenizer::WORDS,
            tokenizer::WordTokenizer::new(segmenter.clone()),
        );
        index
            .tokenizers()
            .register(tokenizer::BIGRAMS, tokenizer::BigramTokenizer);
        index
            .tokenizers()
            .register(tokenizer::PRESEGMENTED, tokenizer::PresegmentedTokenizer);
    }

    /// Opens the index in `dir`: to write (`create`: made when it does not exist yet), or to
    /// read only, taking no lock, so that an index on a read-only mount or of another user is
    /// searched as it is.
    pub fn open(
        dir: &Path,
        segmenter: Arc<Segmenter>,
        create: bool,
    ) -> Result<Archive, ArchiveError> {
        let shown = dir.display().to_string();
        let (schema, fields) = schema();
        let exists = dir.join("meta.json").exists();
        let index = if exists {
            let opened = if create {
                Index::open_in_dir(dir)
            } else {
                readonly::open(dir)
            };
            let index = opened.map_err(|e| match permission_denied(&e) {
                true => ArchiveError::Unreadable {
                    path: shown.clone(),
                    reason: e.to_string(),
                },
                false => ArchiveError::Foreign {
                    path: shown.clone(),
                    reason: e.to_string(),
                },
            })?;
            let theirs = index.schema();
            if serde_json::to_string(&theirs).ok() != serde_json::to_string(&schema).ok() {
                return Err(ArchiveError::Foreign { path: shown, reason: "its fields differ from this tongbao's; rebuild it with `tongbao index --reindex`".into() });
            }
            index
        } else if create {
            std::fs::create_dir_all(dir).map_err(|e| ArchiveError::Io {
                path: shown.clone(),
                source: e,
            })?;
            let index = Index::create_in_dir(dir, schema).map_err(|e| ArchiveError::Tantivy {
                path: shown.clone(),
                source: e,
            })?;
            share_files(dir);
            index
        } else {
            return Err(ArchiveError::Missing(shown));
        };
        Self::register(&index, &segmenter);
        Ok(Archive {
            dir: dir.to_path_buf(),
            index,
            fields,
            segmenter,
            tables: Default::default(),
            joins: Default::default(),
        })
    }

    /// An index held in memory only: `export` from files goes through it, so that a dataset
    /// made from files is the index's dataset by construction (same records, filters, order).
    pub fn in_ram(segmenter: Arc<Segmenter>) -> Archive {
        let (schema, fields) = schema();
        let index = Index::create_in_ram(schema);
        Self::register(&index, &segmenter);
        Archive {
            dir: PathBuf::from("(memory)"),
            index,
            fields,
            segmenter,
            tables: Default::default(),
            joins: Default::default(),
        }
    }

    /// The stamp of the last commit, if any commit was made.
    pub fn stamp(&self) -> Option<Stamp> {
        let metas = self.index.load_metas().ok()?;
        serde_json::from_str(metas.payload.as_deref()?).ok()
    }

    /// A message when the index was built by other rules or another tongbao, else None.
    pub fn staleness(&self, rules_version: &str) -> Option<String> {
        let s = self.stamp()?;
        if s.rules_version != rules_version || s.schema != SCHEMA_VERSION {
            Some(format!(
                "{}: built with rules {} (tongbao {}), but the rules now are {}: its facts may differ from what `extract` gives; rebuild with `tongbao index PATH... --index {} --reindex`",
                self.dir.display(),
                s.rules_version,
                s.tongbao_version,
                rules_version,
                self.dir.display()
            ))
        } else {
            None
        }
    }

    /// Bytes the index takes on disk.
    pub fn size_on_disk(&self) -> u64 {
        fn walk(p: &Path) -> u64 {
            let Ok(rd) = std::fs::read_dir(p) else {
                return 0;
            };
            rd.flatten()
                .map(|e| match e.metadata() {
                    Ok(m) if m.is_dir() => walk(&e.path()),
                    Ok(m) => m.len(),
                    Err(_) => 0,
                })
                .sum()
        }
        walk(&self.dir)
    }
}

/// Makes the files tantivy writes privately (`meta.json`, `.managed.json`: 0600, through a
/// temporary file) as readable as the index's folder allows, like its segment files, so that an
/// index built by one user can be searched by another.
pub fn share_files(dir: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let Ok(dir_mode) = std::fs::metadata(dir).map(|m| m.permissions().mode()) else {
            return;
        };
        for name in ["meta.json", ".managed.json"] {
            let path = dir.join(name);
            if let Ok(m) = std::fs::metadata(&path) {
                let mode = m.permissions().mode() | (dir_mode & 0o044);
                if mode != m.permissions().mode() {
                    let _ = std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode));
                }
            }
        }
    }
}

/// The numeric id of a key (see [`Fields::key_id`]).
pub fn key_id(key: &str) -> u64 {
    let h = blake3::hash(key.as_bytes());
    u64::from_le_bytes(h.as_bytes()[..8].try_into().unwrap_or([0; 8]))
}

/// The id of a sentence of a document (see [`Fields::sent_id`]).
pub fn sent_id(key_id: u64, sentence: &str) -> u64 {
    let mut h = blake3::Hasher::new();
    h.update(&key_id.to_le_bytes());
    h.update(sentence.as_bytes());
    u64::from_le_bytes(h.finalize().as_bytes()[..8].try_into().unwrap_or([0; 8]))
}

/// `YYYY-MM-DD` as the number YYYYMMDD.
pub fn day_number(iso: &str) -> Option<i64> {
    let b = iso.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i64 = iso[..4].parse().ok()?;
    let m: i64 = iso[5..7].parse().ok()?;
    let d: i64 = iso[8..10].parse().ok()?;
    Some(y * 10000 + m * 100 + d)
}
