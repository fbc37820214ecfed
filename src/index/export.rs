//! `tongbao export --ndjson DIR`: the index's documents and facts as newline-delimited JSON with
//! index mappings, for an engine beyond one machine (Quickwit, Elasticsearch/OpenSearch).
//! Neither has jieba, so text goes out already segmented (`text_words`, words joined by spaces)
//! for a whitespace analyzer; facts go to an index of their own, as here.
use super::tokenizer::WordTokenizer;
use super::Archive;
use serde_json::{json, Value};
use std::io::Write;
use std::path::Path;
use tantivy::schema::Value as _;
use tantivy::TantivyDocument;

#[derive(Debug, Default)]
pub struct ExportReport {
    pub docs: usize,
    pub facts: usize,
}

fn open(dir: &Path, name: &str) -> std::io::Result<std::io::BufWriter<std::fs::File>> {
    Ok(std::io::BufWriter::new(std::fs::File::create(
        dir.join(name),
    )?))
}

/// Writes `docs.ndjson`, `facts.ndjson` (one object per line, for Quickwit's ingest API),
/// `docs.bulk.ndjson`, `facts.bulk.ndjson` (Elasticsearch `_bulk` bodies) and the mappings.
pub fn export_ndjson(archive: &Archive, out: &Path) -> anyhow::Result<ExportReport> {
    std::fs::create_dir_all(out)?;
    let f = archive.fields;
    let words = WordTokenizer::new(archive.segmenter.clone());
    let reader = archive.index.reader()?;
    let searcher = reader.searcher();
    let (mut docs, mut facts) = (open(out, "docs.ndjson")?, open(out, "facts.ndjson")?);
    let (mut docs_bulk, mut facts_bulk) = (
        open(out, "docs.bulk.ndjson")?,
        open(out, "facts.bulk.ndjson")?,
    );
    let mut report = ExportReport::default();
    let text_of = |d: &TantivyDocument, field| {
        d.get_first(field)
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_string()
    };
    for seg in searcher.segment_readers() {
        let store = seg.get_store_reader(64)?;
        let key_ids = seg.fast_fields().u64("key_id")?;
        for doc_id in 0..seg.max_doc() {
            if seg.is_deleted(doc_id) {
                continue;
            }
            let d: TantivyDocument = store.get(doc_id)?;
            let mut obj: Value = serde_json::from_str(&text_of(&d, f.json)).unwrap_or(Value::Null);
            let Some(map) = obj.as_object_mut() else {
                continue;
            };
            // The join key of a document and its facts.
            let id = format!("{:016x}", key_ids.first(doc_id).unwrap_or(0));
            map.insert("key_id".into(), json!(id));
            if d.get_first(f.hash).is_some() {
                map.insert("key".into(), json!(text_of(&d, f.key)));
                let text = text_of(&d, f.body);
                let segmented: Vec<String> =
                    words.tokens(&text).into_iter().map(|t| t.text).collect();
                map.insert("text".into(), json!(text));
                map.insert("text_words".into(), json!(segmented.join(" ")));
                writeln!(docs, "{obj}")?;
                writeln!(
                    docs_bulk,
                    "{}\n{obj}",
                    json!({"index": {"_index": "tongbao-docs", "_id": id}})
                )?;
                report.docs += 1;
            } else {
                let sentence = map
                    .get("sentence")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string();
                let segmented: Vec<String> = words
                    .tokens(&sentence)
                    .into_iter()
                    .map(|t| t.text)
                    .collect();
                map.insert("sentence_words".into(), json!(segmented.join(" ")));
                let fid = format!(
                    "{id}-{}",
                    map.get("start").and_then(Value::as_u64).unwrap_or(0)
                );
                writeln!(facts, "{obj}")?;
                writeln!(
                    facts_bulk,
                    "{}\n{obj}",
                    json!({"index": {"_index": "tongbao-facts", "_id": fid}})
                )?;
                report.facts += 1;
            }
        }
    }
    for w in [&mut docs, &mut facts, &mut docs_bulk, &mut facts_bulk] {
        w.flush()?;
    }
    std::fs::write(
        out.join("elasticsearch-docs.json"),
        serde_json::to_string_pretty(&es_docs())?,
    )?;
    std::fs::write(
        out.join("elasticsearch-facts.json"),
        serde_json::to_string_pretty(&es_facts())?,
    )?;
    std::fs::write(out.join("quickwit-docs.yaml"), QUICKWIT_DOCS)?;
    std::fs::write(out.join("quickwit-facts.yaml"), QUICKWIT_FACTS)?;
    Ok(report)
}

fn es_docs() -> Value {
    json!({
        "settings": {"analysis": {"analyzer": {"pre_segmented": {"type": "custom", "tokenizer": "whitespace", "filter": ["lowercase"]}}}},
        "mappings": {"properties": {
            "doc": {"type": "keyword"}, "key": {"type": "keyword"}, "key_id": {"type": "keyword"}, "path": {"type": "keyword"},
            "title": {"type": "text", "analyzer": "standard"},
            "issued": {"type": "date", "format": "yyyy-MM-dd"}, "year": {"type": "integer"},
            "issuer": {"type": "keyword"}, "genre": {"type": "keyword"}, "doc_number": {"type": "keyword"},
            "text": {"type": "text", "index": false},
            "text_words": {"type": "text", "analyzer": "pre_segmented"}
        }}
    })
}

fn es_facts() -> Value {
    json!({
        "settings": {"analysis": {"analyzer": {"pre_segmented": {"type": "custom", "tokenizer": "whitespace", "filter": ["lowercase"]}}}},
        "mappings": {"properties": {
            "doc": {"type": "keyword"}, "key_id": {"type": "keyword"}, "kind": {"type": "keyword"},
            "text": {"type": "keyword"}, "value": {"type": "double"}, "value_max": {"type": "double"},
            "unit": {"type": "keyword"}, "currency": {"type": "keyword"}, "approx": {"type": "keyword"},
            "basis": {"type": "keyword"}, "scope": {"type": "keyword"}, "grain": {"type": "keyword"},
            "date_start": {"type": "date", "format": "yyyy-MM-dd"}, "date_end": {"type": "date", "format": "yyyy-MM-dd"},
            "period": {"properties": {"date_start": {"type": "date", "format": "yyyy-MM-dd"}, "date_end": {"type": "date", "format": "yyyy-MM-dd"}}},
            "name": {"type": "keyword"}, "subject": {"type": "keyword"}, "entity": {"type": "keyword"}, "role": {"type": "keyword"},
            "start": {"type": "integer"}, "end": {"type": "integer"}, "src_start": {"type": "long"}, "src_end": {"type": "long"}, "page": {"type": "integer"},
            "sentence": {"type": "text", "index": false},
            "sentence_words": {"type": "text", "analyzer": "pre_segmented"}
        }}
    })
}

const QUICKWIT_DOCS: &str =
    "# Quickwit index for tongbao documents (text pre-segmented by tongbao's jieba).
version: 0.8
index_id: tongbao-docs
doc_mapping:
  mode: dynamic
  field_mappings:
    - {name: doc, type: text, tokenizer: raw, fast: true}
    - {name: key, type: text, tokenizer: raw}
    - {name: key_id, type: text, tokenizer: raw, fast: true}
    - {name: title, type: text, tokenizer: default}
    - {name: issued, type: datetime, input_formats: ['%Y-%m-%d'], fast: true}
    - {name: genre, type: text, tokenizer: raw, fast: true}
    - {name: doc_number, type: text, tokenizer: raw}
    - {name: text, type: text, indexed: false}
    - {name: text_words, type: text, tokenizer: whitespace, record: position}
search_settings:
  default_search_fields: [text_words]
";

const QUICKWIT_FACTS: &str =
    "# Quickwit index for tongbao facts: one document per fact, filters on fast fields.
version: 0.8
index_id: tongbao-facts
doc_mapping:
  mode: dynamic
  field_mappings:
    - {name: doc, type: text, tokenizer: raw, fast: true}
    - {name: key_id, type: text, tokenizer: raw, fast: true}
    - {name: kind, type: text, tokenizer: raw, fast: true}
    - {name: value, type: f64, fast: true}
    - {name: value_max, type: f64, fast: true}
    - {name: date_start, type: datetime, input_formats: ['%Y-%m-%d'], fast: true}
    - {name: date_end, type: datetime, input_formats: ['%Y-%m-%d'], fast: true}
    - {name: role, type: text, tokenizer: raw, fast: true}
    - {name: entity, type: text, tokenizer: raw}
    - {name: subject, type: text, tokenizer: raw}
    - {name: sentence, type: text, indexed: false}
    - {name: sentence_words, type: text, tokenizer: whitespace, record: position}
search_settings:
  default_search_fields: [sentence_words]
";
