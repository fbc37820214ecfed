//! Use stage: facts as a dataset, one row per fact with every field of the contract and where it
//! came from (document, file, content hash, page, offsets, sentence, rules and tongbao versions),
//! as CSV or JSON Lines with the same columns in the same order.
use crate::index::search::{dataset_order, Filters, Searching, TextQuery};
use serde_json::{Map, Value};
use std::io::Write;

/// Columns in output order: provenance, the fact, then the versions that produced it.
pub const COLUMNS: &[&str] = &[
    "doc",
    "path",
    "content_hash",
    "page",
    "start",
    "end",
    "src_start",
    "src_end",
    "text",
    "sentence",
    "kind",
    "value",
    "value_max",
    "currency",
    "unit",
    "approx",
    "basis",
    "scope",
    "name",
    "subject",
    "entity",
    "role",
    "grain",
    "date_start",
    "date_end",
    "period_start",
    "period_end",
    "period_source",
    "rules_version",
    "tongbao_version",
];

/// One row from a fact as `extract` prints it, and its document's provenance.
pub fn row(
    fact: &Value,
    path: Option<&str>,
    content_hash: Option<&str>,
    rules_version: &str,
) -> Map<String, Value> {
    let mut m = Map::new();
    for &c in COLUMNS {
        let v = match c {
            "path" => path.map(|p| Value::String(p.into())).unwrap_or(Value::Null),
            "content_hash" => content_hash
                .map(|h| Value::String(h.into()))
                .unwrap_or(Value::Null),
            "period_start" => fact["period"]["date_start"].clone(),
            "period_end" => fact["period"]["date_end"].clone(),
            "rules_version" => Value::String(rules_version.into()),
            "tongbao_version" => Value::String(crate::VERSION.into()),
            _ => fact.get(c).cloned().unwrap_or(Value::Null),
        };
        m.insert(c.to_string(), v);
    }
    m
}

/// Writes the facts of an index that pass the filters, in dataset order, as fact rows or as
/// project rows (one per project of a document; the records of an archive are documents apart).
/// The one way a dataset is made: `export` from files indexes them in memory and calls this too,
/// so both give the same rows, filtered by the same queries, with the same provenance.
pub fn write_from_index<W: Write>(
    s: &Searching,
    fl: &Filters,
    projects_of: Option<&[String]>,
    w: &mut DatasetWriter<W>,
) -> anyhow::Result<()> {
    let everything = TextQuery::default();
    // the count first: a collector is sized by its limit
    let (count, _) = s.facts(&everything, fl, 1)?;
    if count == 0 {
        return Ok(());
    }
    let (_, mut hits) = s.facts(&everything, fl, count)?;
    dataset_order(&mut hits);
    let Some(status) = projects_of else {
        for h in &hits {
            w.write(&row(
                &h.fact,
                h.path.as_deref(),
                h.content_hash.as_deref(),
                h.rules_version.as_deref().unwrap_or(""),
            ))?;
        }
        return Ok(());
    };
    for doc in hits.chunk_by(|a, b| a.key == b.key) {
        let facts: Vec<Value> = doc.iter().map(|h| h.fact.clone()).collect();
        let h = &doc[0];
        let name = h.fact["doc"].as_str().unwrap_or("");
        for p in projects(&facts, status) {
            w.write(&with_provenance(
                p,
                name,
                h.path.as_deref(),
                h.content_hash.as_deref(),
                h.rules_version.as_deref().unwrap_or(""),
            ))?;
        }
    }
    Ok(())
}

/// Files in one in-memory index at a time.
const EXPORT_CHUNK: usize = 512;

/// A dataset from files: each chunk of them is indexed in memory exactly as `index` would, and
/// written by the index's own export, so files and index give the same rows. The one place both
/// `tongbao export FILES` and the Python module (`Extractor.export_rows`, used by the Spark job)
/// make rows from files. Returns the reasons of the files that failed.
pub fn write_from_files<W: Write>(
    pipeline: &crate::Pipeline,
    files: &[crate::read::InputFile],
    fl: &Filters,
    projects_of: Option<&[String]>,
    w: &mut DatasetWriter<W>,
) -> anyhow::Result<Vec<String>> {
    use crate::index::ingest::{ingest, IngestOptions};
    use crate::index::Archive;
    let opts = IngestOptions {
        reindex: true,
        memory_budget: 50_000_000,
        ..IngestOptions::default()
    };
    let mut failed = Vec::new();
    for chunk in files.chunks(EXPORT_CHUNK) {
        let archive = Archive::in_ram(pipeline.segmenter.clone());
        let report = ingest(&archive, pipeline, chunk, &opts, |_| {})?;
        failed.extend(report.failures);
        write_from_index(&Searching::new(&archive)?, fl, projects_of, w)?;
    }
    Ok(failed)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatasetFormat {
    Csv,
    Jsonl,
    /// Rows are kept and written as one Parquet file by [`DatasetWriter::finish`].
    Parquet,
    /// Rows are only kept, for a caller that takes them as values (the Python module).
    Rows,
}

/// Writes rows; CSV gets its header before the first row.
pub struct DatasetWriter<W: Write> {
    out: W,
    format: DatasetFormat,
    columns: &'static [&'static str],
    header_done: bool,
    pub rows: usize,
    /// Parquet only: the file and the rows kept for it.
    parquet: Option<(std::path::PathBuf, Vec<Map<String, Value>>)>,
}

impl<W: Write> DatasetWriter<W> {
    /// A writer of fact rows ([`COLUMNS`]) or project rows ([`PROJECT_COLUMNS`]).
    pub fn new(out: W, format: DatasetFormat, columns: &'static [&'static str]) -> Self {
        DatasetWriter {
            out,
            format,
            columns,
            header_done: false,
            rows: 0,
            parquet: None,
        }
    }

    /// A writer of a Parquet file (which needs all its rows before it can be written).
    pub fn parquet(out: W, path: std::path::PathBuf, columns: &'static [&'static str]) -> Self {
        DatasetWriter {
            out,
            format: DatasetFormat::Parquet,
            columns,
            header_done: false,
            rows: 0,
            parquet: Some((path, Vec::new())),
        }
    }

    /// A writer that keeps its rows in memory, to be taken with [`DatasetWriter::into_rows`].
    pub fn in_memory(out: W, columns: &'static [&'static str]) -> Self {
        DatasetWriter {
            out,
            format: DatasetFormat::Rows,
            columns,
            header_done: false,
            rows: 0,
            parquet: Some((std::path::PathBuf::new(), Vec::new())),
        }
    }

    /// The rows an in-memory writer kept (none for the other formats).
    pub fn into_rows(self) -> Vec<Map<String, Value>> {
        self.parquet.map(|(_, rows)| rows).unwrap_or_default()
    }

    pub fn write(&mut self, row: &Map<String, Value>) -> std::io::Result<()> {
        match self.format {
            DatasetFormat::Parquet | DatasetFormat::Rows => {
                if let Some((_, rows)) = &mut self.parquet {
                    rows.push(row.clone());
                }
            }
            DatasetFormat::Jsonl => {
                // keys in column order, not sorted: the same order as the CSV header
                let mut s = String::from("{");
                for (i, c) in self.columns.iter().enumerate() {
                    if i > 0 {
                        s.push(',');
                    }
                    s.push_str(&Value::String((*c).into()).to_string());
                    s.push(':');
                    s.push_str(&row.get(*c).unwrap_or(&Value::Null).to_string());
                }
                s.push('}');
                writeln!(self.out, "{s}")?;
            }
            DatasetFormat::Csv => {
                if !self.header_done {
                    writeln!(self.out, "{}", self.columns.join(","))?;
                    self.header_done = true;
                }
                let cells: Vec<String> = self
                    .columns
                    .iter()
                    .map(|c| crate::output::csv_field(row.get(*c).unwrap_or(&Value::Null)))
                    .collect();
                writeln!(self.out, "{}", cells.join(","))?;
            }
        }
        self.rows += 1;
        Ok(())
    }

    pub fn finish(mut self) -> std::io::Result<usize> {
        if self.format == DatasetFormat::Csv && !self.header_done {
            writeln!(self.out, "{}", self.columns.join(","))?;
        }
        if let Some((path, rows)) = self
            .parquet
            .as_ref()
            .filter(|_| self.format == DatasetFormat::Parquet)
        {
            write_parquet(path, self.columns, rows).map_err(std::io::Error::other)?;
        }
        self.out.flush()?;
        Ok(self.rows)
    }
}

/// Columns of the projects table: one row per distinct project of a document.
pub const PROJECT_COLUMNS: &[&str] = &[
    "doc",
    "path",
    "content_hash",
    "project",
    "mentions",
    "start",
    "end",
    "investment",
    "investment_text",
    "completed",
    "completed_text",
    "other_money",
    "capacity",
    "status",
    "dates",
    "date_start",
    "date_end",
    "region",
    "sentence",
    "rules_version",
    "tongbao_version",
];

#[derive(Default)]
struct ProjectAcc {
    name: String,
    mentions: usize,
    start: Value,
    end: Value,
    investment: Option<(Value, String)>,
    completed: Option<(Value, String)>,
    other_money: Vec<String>,
    capacity: Vec<String>,
    status: Vec<String>,
    dates: Vec<String>,
    date_start: Option<String>,
    date_end: Option<String>,
    region: Vec<String>,
    sentence: String,
}

fn push_new(list: &mut Vec<String>, s: &str) {
    if !s.is_empty() && !list.iter().any(|x| x == s) {
        list.push(s.to_string());
    }
}

/// The projects of one document (its facts as `extract` prints them, in text order) with the
/// figures tied to each: a figure belongs to the project named last before it in its sentence,
/// or, when none is, to the first one named after it (`总投资10亿元的XX项目`). Investment is the
/// money whose subject is an investment (planned or total) and not an amount done; `completed`
/// the amount done.
pub fn projects(facts: &[Value], status_words: &[String]) -> Vec<Map<String, Value>> {
    let s = |f: &Value, k: &str| f[k].as_str().unwrap_or("").to_string();
    let mut order: Vec<String> = Vec::new();
    let mut acc: std::collections::HashMap<String, ProjectAcc> = std::collections::HashMap::new();
    // sentences in order: runs of facts sharing one sentence
    let mut i = 0;
    while i < facts.len() {
        let sentence = s(&facts[i], "sentence");
        let mut j = i;
        while j < facts.len() && s(&facts[j], "sentence") == sentence {
            j += 1;
        }
        let group = &facts[i..j];
        i = j;
        let mentions: Vec<usize> = (0..group.len())
            .filter(|&k| group[k]["kind"] == "project")
            .collect();
        if mentions.is_empty() {
            continue;
        }
        // where each mention stands in the sentence, for the status words of its stretch
        let mut at = 0;
        let mut spans = Vec::new();
        for &m in &mentions {
            let name = s(&group[m], "text");
            let pos = sentence[at..].find(&name).map(|p| at + p).unwrap_or(at);
            spans.push(pos);
            at = pos;
        }
        for (n, &m) in mentions.iter().enumerate() {
            let name = s(&group[m], "name");
            let name = if name.is_empty() {
                s(&group[m], "text")
            } else {
                name
            };
            if !acc.contains_key(&name) {
                order.push(name.clone());
                acc.insert(
                    name.clone(),
                    ProjectAcc {
                        name: name.clone(),
                        start: group[m]["start"].clone(),
                        end: group[m]["end"].clone(),
                        sentence: sentence.clone(),
                        ..ProjectAcc::default()
                    },
                );
            }
            let p = acc.get_mut(&name).expect("inserted above");
            p.mentions += 1;
            let from = if n == 0 { 0 } else { spans[n] };
            let to = spans.get(n + 1).copied().unwrap_or(sentence.len());
            let stretch = &sentence[from.min(to)..to];
            for w in status_words {
                if stretch.contains(w.as_str()) {
                    push_new(&mut p.status, w);
                }
            }
            for (k, f) in group.iter().enumerate() {
                let owner = mentions.iter().rposition(|&x| x < k).unwrap_or(0);
                let kind = s(f, "kind");
                if kind == "region" {
                    push_new(&mut p.region, &s(f, "name"));
                    continue;
                }
                if owner != n {
                    continue;
                }
                let text = s(f, "text");
                match kind.as_str() {
                    "money" => {
                        let subject = s(f, "subject");
                        // an amount done; a target to complete is neither done nor the investment
                        let doing = ["完成", "累计", "已"].iter().any(|w| subject.contains(w));
                        let done = doing && f["role"] != "target";
                        if done && p.completed.is_none() {
                            p.completed = Some((f["value"].clone(), text));
                        } else if !doing && subject.contains("投资") && p.investment.is_none() {
                            p.investment = Some((f["value"].clone(), text));
                        } else {
                            push_new(&mut p.other_money, &text);
                        }
                    }
                    "quantity" => push_new(&mut p.capacity, &text),
                    "date" => {
                        push_new(&mut p.dates, &text);
                        let (a, b) = (s(f, "date_start"), s(f, "date_end"));
                        if !a.is_empty() && p.date_start.as_deref().is_none_or(|x| a.as_str() < x) {
                            p.date_start = Some(a);
                        }
                        if !b.is_empty() && p.date_end.as_deref().is_none_or(|x| b.as_str() > x) {
                            p.date_end = Some(b);
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    let join = |v: &[String]| {
        if v.is_empty() {
            Value::Null
        } else {
            Value::String(v.join("; "))
        }
    };
    order
        .iter()
        .map(|name| {
            let p = &acc[name];
            let mut m = Map::new();
            let pair = |x: &Option<(Value, String)>| {
                x.clone()
                    .map(|(v, t)| (v, Value::String(t)))
                    .unwrap_or((Value::Null, Value::Null))
            };
            let (iv, it) = pair(&p.investment);
            let (cv, ct) = pair(&p.completed);
            for (k, v) in [
                ("project", Value::String(p.name.clone())),
                ("mentions", Value::from(p.mentions)),
                ("start", p.start.clone()),
                ("end", p.end.clone()),
                ("investment", iv),
                ("investment_text", it),
                ("completed", cv),
                ("completed_text", ct),
                ("other_money", join(&p.other_money)),
                ("capacity", join(&p.capacity)),
                ("status", join(&p.status)),
                ("dates", join(&p.dates)),
                (
                    "date_start",
                    p.date_start
                        .clone()
                        .map(Value::String)
                        .unwrap_or(Value::Null),
                ),
                (
                    "date_end",
                    p.date_end.clone().map(Value::String).unwrap_or(Value::Null),
                ),
                ("region", join(&p.region)),
                ("sentence", Value::String(p.sentence.clone())),
            ] {
                m.insert(k.to_string(), v);
            }
            m
        })
        .collect()
}

/// Adds the document's provenance to a project row.
pub fn with_provenance(
    mut m: Map<String, Value>,
    doc: &str,
    path: Option<&str>,
    content_hash: Option<&str>,
    rules_version: &str,
) -> Map<String, Value> {
    m.insert("doc".into(), Value::String(doc.into()));
    m.insert(
        "path".into(),
        path.map(|p| Value::String(p.into())).unwrap_or(Value::Null),
    );
    m.insert(
        "content_hash".into(),
        content_hash
            .map(|h| Value::String(h.into()))
            .unwrap_or(Value::Null),
    );
    m.insert("rules_version".into(), Value::String(rules_version.into()));
    m.insert(
        "tongbao_version".into(),
        Value::String(crate::VERSION.into()),
    );
    m
}

/// How a column is stored in Parquet.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ColumnType {
    Text,
    Int,
    Float,
    /// A `YYYY-MM-DD` as a Parquet DATE (days since 1970-01-01).
    Date,
    /// Money in fen (yuan × 100), exact, beside the float column it comes from.
    Fen,
}

fn column_type(name: &str) -> ColumnType {
    match name {
        "page" | "start" | "end" | "src_start" | "src_end" | "mentions" => ColumnType::Int,
        "value" | "value_max" | "investment" | "completed" => ColumnType::Float,
        "date_start" | "date_end" | "period_start" | "period_end" => ColumnType::Date,
        n if n.ends_with("_fen") => ColumnType::Fen,
        _ => ColumnType::Text,
    }
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` (the proleptic Gregorian calendar).
fn days_since_epoch(s: &str) -> Option<i32> {
    let (y, m, d): (i64, i64, i64) = (
        s.get(..4)?.parse().ok()?,
        s.get(5..7)?.parse().ok()?,
        s.get(8..10)?.parse().ok()?,
    );
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    i32::try_from(era * 146_097 + doe - 719_468).ok()
}

/// An amount in yuan as exact fen, from the number exactly as JSON printed it (`84.56` → 8456);
/// None when it has finer digits than a fen.
fn fen(v: &Value) -> Option<i64> {
    let s = match v {
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    let (neg, s) = s
        .strip_prefix('-')
        .map(|r| (true, r))
        .unwrap_or((false, s.as_str()));
    if s.contains(['e', 'E']) {
        return None;
    }
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if frac.len() > 2 && frac[2..].chars().any(|c| c != '0') {
        return None;
    }
    let frac: String = frac.chars().chain("00".chars()).take(2).collect();
    let f: i64 = format!("{int}{frac}").parse().ok()?;
    Some(if neg { -f } else { f })
}

/// The Parquet columns of a table: its columns, and an exact `<money>_fen` after each money value.
pub fn parquet_columns(columns: &[&'static str]) -> Vec<String> {
    let mut out = Vec::new();
    for &c in columns {
        out.push(c.to_string());
        if matches!(c, "value" | "value_max" | "investment" | "completed") {
            out.push(format!("{c}_fen"));
        }
    }
    out
}

/// The Parquet columns of a table with their types (`text`, `int`, `float`, `date`, `fen`), for
/// a writer elsewhere (the Spark job) to make the same schema.
pub fn parquet_schema(columns: &[&'static str]) -> Vec<(String, &'static str)> {
    let name = |t| match t {
        ColumnType::Text => "text",
        ColumnType::Int => "int",
        ColumnType::Float => "float",
        ColumnType::Date => "date",
        ColumnType::Fen => "fen",
    };
    parquet_columns(columns)
        .into_iter()
        .map(|c| (c.clone(), name(column_type(&c))))
        .collect()
}

/// A row with its exact `<money>_fen` cells, as [`write_parquet`] stores them.
pub fn with_fen(mut row: Map<String, Value>) -> Map<String, Value> {
    let money = row.get("kind") == Some(&Value::String("money".into()));
    for c in ["value", "value_max", "investment", "completed"] {
        if let Some(v) = row.get(c) {
            let keep = money || (c != "value" && c != "value_max");
            let f = if keep { fen(v) } else { None };
            row.insert(
                format!("{c}_fen"),
                f.map(Value::from).unwrap_or(Value::Null),
            );
        }
    }
    row
}

/// Writes rows as one Parquet file (one row group): text as UTF-8, offsets as INT64, values as
/// DOUBLE with money also as exact INT64 fen, dates as DATE.
pub fn write_parquet(
    path: &std::path::Path,
    columns: &[&'static str],
    rows: &[Map<String, Value>],
) -> Result<(), String> {
    use parquet::data_type::{ByteArray, ByteArrayType, DoubleType, Int32Type, Int64Type};
    use parquet::file::properties::WriterProperties;
    use parquet::file::writer::SerializedFileWriter;
    use std::sync::Arc;
    let cols = parquet_columns(columns);
    let mut message = String::from("message tongbao {\n");
    for c in &cols {
        let t = match column_type(c) {
            ColumnType::Text => "BYTE_ARRAY",
            ColumnType::Int | ColumnType::Fen => "INT64",
            ColumnType::Float => "DOUBLE",
            ColumnType::Date => "INT32",
        };
        let logical = match column_type(c) {
            ColumnType::Text => " (UTF8)",
            ColumnType::Date => " (DATE)",
            _ => "",
        };
        message.push_str(&format!("  OPTIONAL {t} {c}{logical};\n"));
    }
    message.push('}');
    let schema =
        Arc::new(parquet::schema::parser::parse_message_type(&message).map_err(|e| e.to_string())?);
    let file = std::fs::File::create(path)
        .map_err(|e| format!("{}: cannot create: {e}", path.display()))?;
    let mut writer =
        SerializedFileWriter::new(file, schema, Arc::new(WriterProperties::builder().build()))
            .map_err(|e| e.to_string())?;
    let mut group = writer.next_row_group().map_err(|e| e.to_string())?;
    let mut k = 0;
    while let Some(mut col) = group.next_column().map_err(|e| e.to_string())? {
        let name = &cols[k];
        k += 1;
        // a `_fen` column is made from the money column before it, for money rows only
        let source = name.strip_suffix("_fen").unwrap_or(name);
        let cell = |r: &Map<String, Value>| r.get(source).cloned().unwrap_or(Value::Null);
        let is_money = |r: &Map<String, Value>| {
            source != "value" && source != "value_max"
                || r.get("kind") == Some(&Value::String("money".into()))
        };
        let mut defs = Vec::with_capacity(rows.len());
        let res = match column_type(name) {
            ColumnType::Text => {
                let mut v = Vec::new();
                for r in rows {
                    let s = match cell(r) {
                        Value::Null => None,
                        Value::String(s) => Some(s),
                        other => Some(other.to_string()),
                    };
                    defs.push(i16::from(s.is_some()));
                    v.extend(s.map(|s| ByteArray::from(s.as_str())));
                }
                col.typed::<ByteArrayType>()
                    .write_batch(&v, Some(&defs), None)
            }
            ColumnType::Int => {
                let v: Vec<i64> = rows.iter().filter_map(|r| cell(r).as_i64()).collect();
                defs.extend(rows.iter().map(|r| i16::from(cell(r).as_i64().is_some())));
                col.typed::<Int64Type>().write_batch(&v, Some(&defs), None)
            }
            ColumnType::Fen => {
                let get = |r: &Map<String, Value>| if is_money(r) { fen(&cell(r)) } else { None };
                let v: Vec<i64> = rows.iter().filter_map(get).collect();
                defs.extend(rows.iter().map(|r| i16::from(get(r).is_some())));
                col.typed::<Int64Type>().write_batch(&v, Some(&defs), None)
            }
            ColumnType::Float => {
                let v: Vec<f64> = rows.iter().filter_map(|r| cell(r).as_f64()).collect();
                defs.extend(rows.iter().map(|r| i16::from(cell(r).as_f64().is_some())));
                col.typed::<DoubleType>().write_batch(&v, Some(&defs), None)
            }
            ColumnType::Date => {
                let get = |r: &Map<String, Value>| cell(r).as_str().and_then(days_since_epoch);
                let v: Vec<i32> = rows.iter().filter_map(get).collect();
                defs.extend(rows.iter().map(|r| i16::from(get(r).is_some())));
                col.typed::<Int32Type>().write_batch(&v, Some(&defs), None)
            }
        };
        res.map_err(|e| e.to_string())?;
        col.close().map_err(|e| e.to_string())?;
    }
    group.close().map_err(|e| e.to_string())?;
    writer.close().map_err(|e| e.to_string())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_fen_are_exact() {
        assert_eq!(days_since_epoch("1970-01-01"), Some(0));
        assert_eq!(days_since_epoch("2024-03-01"), Some(19783));
        assert_eq!(days_since_epoch("2000-02-29"), Some(11016));
        assert_eq!(fen(&serde_json::json!(8060000000u64)), Some(806000000000));
        assert_eq!(
            fen(&serde_json::from_str::<Value>("84.5").unwrap()),
            Some(8450)
        );
        assert_eq!(
            fen(&serde_json::from_str::<Value>("-4.1").unwrap()),
            Some(-410)
        );
        assert_eq!(fen(&serde_json::from_str::<Value>("0.125").unwrap()), None);
    }
}
