//! Stage 5 (for extraction), output: JSON Lines, CSV and a terminal table. Output is
//! deterministic: JSON keys sorted, CSV columns in the contract's order, documents in path order, facts in text order.
use crate::fact::{DocRecord, Fact};
use serde_json::Value;
use std::io::{self, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Jsonl,
    Csv,
    Table,
}

pub const FACT_COLUMNS: &[&str] = &[
    "doc",
    "kind",
    "text",
    "start",
    "end",
    "src_start",
    "src_end",
    "sentence",
    "page",
    "value",
    "value_max",
    "currency",
    "approx",
    "unit",
    "basis",
    "scope",
    "date_start",
    "date_end",
    "grain",
    "name",
    "subject",
    "period",
    "period_source",
    "entity",
    "role",
];
pub const DOC_COLUMNS: &[&str] = &[
    "doc",
    "path",
    "title",
    "issued",
    "year",
    "year_source",
    "issuer",
    "genre",
    "doc_number",
    "encoding",
    "format",
    "chars",
    "bytes",
    "facts",
    "rules_version",
];

pub fn csv_field(v: &Value) -> String {
    let s = match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Object(o) if o.contains_key("date_start") => format!(
            "{}..{}",
            o.get("date_start").and_then(Value::as_str).unwrap_or(""),
            o.get("date_end").and_then(Value::as_str).unwrap_or("")
        ),
        other => other.to_string(),
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// Writes rows (JSON objects) in the chosen format.
pub struct Writer<W: Write> {
    out: W,
    format: Format,
    columns: &'static [&'static str],
    wrote_header: bool,
}

impl<W: Write> Writer<W> {
    pub fn new(out: W, format: Format, docs: bool) -> Self {
        Writer {
            out,
            format,
            columns: if docs { DOC_COLUMNS } else { FACT_COLUMNS },
            wrote_header: false,
        }
    }

    pub fn row(&mut self, v: &Value) -> io::Result<()> {
        match self.format {
            Format::Jsonl => {
                serde_json::to_writer(&mut self.out, v)?;
                self.out.write_all(b"\n")
            }
            Format::Csv => {
                if !self.wrote_header {
                    writeln!(self.out, "{}", self.columns.join(","))?;
                    self.wrote_header = true;
                }
                let cells: Vec<String> = self
                    .columns
                    .iter()
                    .map(|c| csv_field(v.get(*c).unwrap_or(&Value::Null)))
                    .collect();
                writeln!(self.out, "{}", cells.join(","))
            }
            Format::Table => {
                let docs = self.columns == DOC_COLUMNS;
                let cols: &[&str] = if docs {
                    &[
                        "doc",
                        "title",
                        "issued",
                        "year",
                        "genre",
                        "doc_number",
                        "facts",
                    ]
                } else {
                    &[
                        "kind", "text", "value", "unit", "subject", "period", "entity", "role",
                    ]
                };
                if !self.wrote_header {
                    writeln!(
                        self.out,
                        "{}",
                        cols.iter()
                            .map(|c| pad(c, width(c)))
                            .collect::<Vec<_>>()
                            .join(" ")
                    )?;
                    self.wrote_header = true;
                }
                let cells: Vec<String> = cols
                    .iter()
                    .map(|c| {
                        let mut s = csv_field(v.get(*c).unwrap_or(&Value::Null))
                            .trim_matches('"')
                            .to_string();
                        if *c == "text" || *c == "value" {
                            if let (Some(n), true) =
                                (v.get("name").and_then(Value::as_str), *c == "text")
                            {
                                s = n.to_string();
                            }
                            if *c == "value" && s.is_empty() {
                                s = csv_field(v.get("date_start").unwrap_or(&Value::Null));
                            }
                        }
                        pad(&s, width(c))
                    })
                    .collect();
                writeln!(self.out, "{}", cells.join(" ").trim_end())
            }
        }
    }

    pub fn facts(&mut self, record: &DocRecord, facts: &[Fact]) -> io::Result<()> {
        for f in facts {
            if self.format == Format::Jsonl {
                self.out
                    .write_all(f.to_json_string(&record.doc).as_bytes())?;
                self.out.write_all(b"\n")?;
            } else {
                self.row(&f.to_json(&record.doc))?;
            }
        }
        Ok(())
    }

    /// The underlying writer, for raw text output (`tongbao text`).
    pub fn raw(&mut self) -> &mut dyn Write {
        &mut self.out
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

fn width(col: &str) -> usize {
    match col {
        "kind" => 8,
        "text" | "subject" | "title" => 24,
        "value" => 14,
        "period" => 22,
        "entity" | "doc" | "doc_number" => 18,
        "unit" | "role" | "genre" | "year" | "facts" => 8,
        _ => 12,
    }
}

/// Pads to a display width (Han characters count two columns), cutting what is longer.
fn pad(s: &str, w: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for ch in s.chars() {
        let cw = if (ch as u32) >= 0x2E80 { 2 } else { 1 };
        if used + cw > w {
            if used < w {
                out.push('…');
                used += 1;
            }
            break;
        }
        out.push(ch);
        used += cw;
    }
    out.push_str(&" ".repeat(w.saturating_sub(used)));
    out
}
