//! Use stage: facts as a dataset, one row per fact with every field of the contract and where it
//! came from (document, file, content hash, page, offsets, sentence, rules and tongbao versions),
//! as CSV or JSON Lines with the same columns in the same order.
use crate::index::search::Filters;
use serde_json::{Map, Value};
use std::io::Write;

/// Columns in output order: provenance, the fact, then the versions that produced it.
pub const COLUMNS: &[&str] = &[
    "doc", "path", "content_hash", "page", "start", "end", "src_start", "src_end", "text", "sentence", "kind", "value",
    "value_max", "currency", "unit", "approx", "basis", "scope", "name", "subject", "entity", "role", "grain", "date_start",
    "date_end", "period_start", "period_end", "rules_version", "tongbao_version",
];

/// One row from a fact as `extract` prints it, and its document's provenance.
pub fn row(fact: &Value, path: Option<&str>, content_hash: Option<&str>, rules_version: &str) -> Map<String, Value> {
    let mut m = Map::new();
    for &c in COLUMNS {
        let v = match c {
            "path" => path.map(|p| Value::String(p.into())).unwrap_or(Value::Null),
            "content_hash" => content_hash.map(|h| Value::String(h.into())).unwrap_or(Value::Null),
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

/// Does a fact (as JSON) pass the filters? The same meaning as the index's filters, for
/// datasets made straight from files.
pub fn passes(fact: &Value, fl: &Filters) -> bool {
    let s = |k: &str| fact[k].as_str();
    if !fl.kinds.is_empty() && !fl.kinds.iter().any(|k| Some(k.as_str()) == s("kind")) {
        return false;
    }
    let v = fact["value"].as_f64();
    if fl.min.is_some_and(|m| !v.is_some_and(|v| v >= m)) || fl.max.is_some_and(|m| !v.is_some_and(|v| v <= m)) {
        return false;
    }
    if fl.from.is_some() || fl.to.is_some() {
        let day = |d: Option<&str>| d.and_then(|d| d.replace('-', "").parse::<i64>().ok());
        let (a, b) = match (day(fact["period"]["date_start"].as_str()), day(s("date_start"))) {
            (Some(a), _) => (a, day(fact["period"]["date_end"].as_str()).unwrap_or(a)),
            (None, Some(a)) => (a, day(s("date_end")).unwrap_or(a)),
            _ => return false,
        };
        if fl.from.is_some_and(|f| b < f) || fl.to.is_some_and(|t| a > t) {
            return false;
        }
    }
    if fl.role.as_deref().is_some_and(|r| Some(r) != s("role")) {
        return false;
    }
    if let Some(e) = &fl.entity {
        if !s("entity").is_some_and(|x| x.contains(e.as_str())) && !s("name").is_some_and(|x| x.contains(e.as_str())) {
            return false;
        }
    }
    if let Some(r) = &fl.region {
        let named = |k: &str| s(k).is_some_and(|x| x.contains(r.as_str()));
        if !named("entity") && !named("name") && !named("sentence") {
            return false;
        }
    }
    true
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatasetFormat {
    Csv,
    Jsonl,
}

/// Writes rows; CSV gets its header before the first row.
pub struct DatasetWriter<W: Write> {
    out: W,
    format: DatasetFormat,
    header_done: bool,
    pub rows: usize,
}

impl<W: Write> DatasetWriter<W> {
    pub fn new(out: W, format: DatasetFormat) -> Self {
        DatasetWriter { out, format, header_done: false, rows: 0 }
    }

    pub fn write(&mut self, row: &Map<String, Value>) -> std::io::Result<()> {
        match self.format {
            DatasetFormat::Jsonl => {
                // keys in column order, not sorted: the same order as the CSV header
                let mut s = String::from("{");
                for (i, c) in COLUMNS.iter().enumerate() {
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
                    writeln!(self.out, "{}", COLUMNS.join(","))?;
                    self.header_done = true;
                }
                let cells: Vec<String> = COLUMNS.iter().map(|c| crate::output::csv_field(row.get(*c).unwrap_or(&Value::Null))).collect();
                writeln!(self.out, "{}", cells.join(","))?;
            }
        }
        self.rows += 1;
        Ok(())
    }

    pub fn finish(mut self) -> std::io::Result<usize> {
        if self.format == DatasetFormat::Csv && !self.header_done {
            writeln!(self.out, "{}", COLUMNS.join(","))?;
        }
        self.out.flush()?;
        Ok(self.rows)
    }
}
