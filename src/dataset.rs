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
    columns: &'static [&'static str],
    header_done: bool,
    pub rows: usize,
}

impl<W: Write> DatasetWriter<W> {
    /// A writer of fact rows ([`COLUMNS`]) or project rows ([`PROJECT_COLUMNS`]).
    pub fn new(out: W, format: DatasetFormat, columns: &'static [&'static str]) -> Self {
        DatasetWriter { out, format, columns, header_done: false, rows: 0 }
    }

    pub fn write(&mut self, row: &Map<String, Value>) -> std::io::Result<()> {
        match self.format {
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
                let cells: Vec<String> = self.columns.iter().map(|c| crate::output::csv_field(row.get(*c).unwrap_or(&Value::Null))).collect();
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
        self.out.flush()?;
        Ok(self.rows)
    }
}

/// Columns of the projects table: one row per distinct project of a document.
pub const PROJECT_COLUMNS: &[&str] = &[
    "doc", "path", "content_hash", "project", "mentions", "start", "end", "investment", "investment_text", "completed",
    "completed_text", "other_money", "capacity", "status", "dates", "date_start", "date_end", "region", "sentence",
    "rules_version", "tongbao_version",
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
        let mentions: Vec<usize> = (0..group.len()).filter(|&k| group[k]["kind"] == "project").collect();
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
            let name = if name.is_empty() { s(&group[m], "text") } else { name };
            if !acc.contains_key(&name) {
                order.push(name.clone());
                acc.insert(name.clone(), ProjectAcc { name: name.clone(), start: group[m]["start"].clone(), end: group[m]["end"].clone(), sentence: sentence.clone(), ..ProjectAcc::default() });
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
    let join = |v: &[String]| if v.is_empty() { Value::Null } else { Value::String(v.join("; ")) };
    order
        .iter()
        .map(|name| {
            let p = &acc[name];
            let mut m = Map::new();
            let pair = |x: &Option<(Value, String)>| x.clone().map(|(v, t)| (v, Value::String(t))).unwrap_or((Value::Null, Value::Null));
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
                ("date_start", p.date_start.clone().map(Value::String).unwrap_or(Value::Null)),
                ("date_end", p.date_end.clone().map(Value::String).unwrap_or(Value::Null)),
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
pub fn with_provenance(mut m: Map<String, Value>, doc: &str, path: Option<&str>, content_hash: Option<&str>, rules_version: &str) -> Map<String, Value> {
    m.insert("doc".into(), Value::String(doc.into()));
    m.insert("path".into(), path.map(|p| Value::String(p.into())).unwrap_or(Value::Null));
    m.insert("content_hash".into(), content_hash.map(|h| Value::String(h.into())).unwrap_or(Value::Null));
    m.insert("rules_version".into(), Value::String(rules_version.into()));
    m.insert("tongbao_version".into(), Value::String(crate::VERSION.into()));
    m
}
