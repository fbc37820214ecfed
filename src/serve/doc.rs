//! `/doc/{id}` and `/api/doc/{id}`: one document, addressed by its key's id (16 hex digits of
//! [`tongbao::index::key_id`]; never a file path), with its record, its normalised text and
//! every fact highlighted where its offsets say.
use super::page::{self, anchor, describe, s, value_text};
use super::{blocking, Failure, Served};
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Response};
use maud::{html, Markup};
use serde_json::{json, Value};
use std::sync::Arc;
use tantivy::collector::{DocSetCollector, TopDocs};
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value as _};
use tantivy::{TantivyDocument, Term};
use tongbao::index::search::Searching;

/// A document as the index holds it.
pub struct Document {
    pub key: String,
    pub record: Value,
    /// The normalised text the facts' offsets refer to.
    pub text: String,
    /// Its facts as `extract` prints them, in text order.
    pub facts: Vec<Value>,
}

/// The link to a document's page.
pub fn href(key: &str) -> String {
    format!("/doc/{:016x}", tongbao::index::key_id(key))
}

/// Reads `id` as 16 hex digits.
fn parse_id(id: &str) -> Result<u64, Failure> {
    if id.len() != 16 {
        return Err(Failure::Bad(format!(
            "document id `{}`: expected 16 hex digits (follow a link from a search)",
            id.chars().take(40).collect::<String>()
        )));
    }
    u64::from_str_radix(id, 16)
        .map_err(|_| Failure::Bad(format!("document id `{id}`: expected 16 hex digits")))
}

fn by_key_id(s: &Searching, record: &str, id: u64) -> BooleanQuery {
    let b = s.builder();
    let term = Term::from_field_u64(s.archive.fields.key_id, id);
    BooleanQuery::new(vec![
        (Occur::Must, b.record(record)),
        (
            Occur::Must,
            Box::new(TermQuery::new(term, IndexRecordOption::Basic)) as Box<dyn Query>,
        ),
    ])
}

/// The document of a key id with all its facts, or NotFound.
pub fn load(s: &Searching, id: u64) -> Result<Document, Failure> {
    let f = s.archive.fields;
    let found = s.searcher.search(
        &by_key_id(s, "doc", id),
        &TopDocs::with_limit(1).order_by_score(),
    )?;
    let Some((_, addr)) = found.first() else {
        return Err(Failure::NotFound(format!(
            "no document {id:016x} in this index (it may have been removed or re-indexed)"
        )));
    };
    let d: TantivyDocument = s.searcher.doc(*addr)?;
    let text_of = |d: &TantivyDocument, field| {
        d.get_first(field)
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_string()
    };
    let parse = |t: String| serde_json::from_str::<Value>(&t).unwrap_or(Value::Null);
    let mut facts = Vec::new();
    for a in s
        .searcher
        .search(&by_key_id(s, "fact", id), &DocSetCollector)?
    {
        let fd: TantivyDocument = s.searcher.doc(a)?;
        facts.push(parse(text_of(&fd, f.json)));
    }
    facts.sort_by_key(|v| {
        (
            v["start"].as_u64(),
            v["end"].as_u64(),
            v["kind"].as_str().map(String::from),
        )
    });
    Ok(Document {
        key: text_of(&d, f.key),
        record: parse(text_of(&d, f.json)),
        text: text_of(&d, f.body),
        facts,
    })
}

/// The key of the document a fact of `check` came from (its `doc` id and `path`), for a link.
pub fn key_of(s: &Searching, doc: &str, path: Option<&str>) -> Option<String> {
    let f = s.archive.fields;
    let q = BooleanQuery::new(vec![
        (Occur::Must, s.builder().record("doc")),
        (
            Occur::Must,
            Box::new(TermQuery::new(
                Term::from_field_text(f.doc, doc),
                IndexRecordOption::Basic,
            )) as Box<dyn Query>,
        ),
    ]);
    let hits = s
        .searcher
        .search(&q, &TopDocs::with_limit(50).order_by_score())
        .ok()?;
    hits.iter().find_map(|(_, a)| {
        let d: TantivyDocument = s.searcher.doc(*a).ok()?;
        let rec: Value = serde_json::from_str(d.get_first(f.json)?.as_str()?).ok()?;
        (path.is_none() || rec["path"].as_str() == path)
            .then(|| d.get_first(f.key)?.as_str().map(String::from))?
    })
}

/// The API object: the key, the record as `extract --docs` prints it, the text, the facts.
fn to_json(d: &Document) -> Value {
    json!({"key": d.key, "record": d.record, "text": d.text, "facts": d.facts})
}

pub async fn api(State(st): State<Arc<Served>>, Path(id): Path<String>) -> Response {
    let id = match parse_id(&id) {
        Ok(i) => i,
        Err(e) => return e.json(),
    };
    match blocking(&st, move |st| load(&st.searching(), id)).await {
        Ok(d) => axum::Json(to_json(&d)).into_response(),
        Err(e) => e.json(),
    }
}

pub async fn page(State(st): State<Arc<Served>>, Path(id): Path<String>) -> Response {
    let id = match parse_id(&id) {
        Ok(i) => i,
        Err(e) => return e.page(),
    };
    match blocking(&st, move |st| load(&st.searching(), id)).await {
        Ok(d) => Html(render(&d).into_string()).into_response(),
        Err(e) => e.page(),
    }
}

fn render(d: &Document) -> Markup {
    let r = &d.record;
    let title = r["title"].as_str().unwrap_or("(untitled)");
    page::frame(
        title,
        html! {
            h2 { (title) }
            table {
                @for (label, k) in [("Issued", "issued"), ("Issuer", "issuer"), ("Genre", "genre"), ("Place", "region"), ("Document number", "doc_number"), ("Source file", "path")] {
                    @if let Some(v) = r[k].as_str() { tr { th { (label) } td { (v) } } }
                }
                tr { th { "Facts" } td { (d.facts.len()) } }
            }
            p.meta { "Every fact is marked in the text (a colour per kind); hover or focus a mark for its value, subject, period, place and role. " a href="#facts" { "Table of facts" } }
            @if let Some(n) = r["pages"].as_u64() {
                p.meta { "The source file has " (n) " pages: the text shows where each page starts (when it starts a paragraph), and the table gives each fact's page." }
            }
            @let pages = page_starts(r);
            div.text { (highlighted(&d.text, &d.facts, &pages)) }
            h3 id="facts" { "Facts" }
            (fact_table(&d.facts, &pages))
        },
    )
}

/// Where pages of a PDF start in the text, as `(page, offset in characters)`: page 1 at 0,
/// and each page the index recorded starting on a paragraph break (`page_starts`; a page that
/// starts mid-sentence has no marker); none for a document without pages.
fn page_starts(record: &Value) -> Vec<(usize, usize)> {
    if record["pages"].as_u64().is_none() {
        return Vec::new();
    }
    let later = record["page_starts"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| Some((v[0].as_u64()? as usize, v[1].as_u64()? as usize)));
    std::iter::once((1, 0)).chain(later).collect()
}

/// The text with every fact marked in place, and an empty marker where each page starts (its
/// number is drawn by the stylesheet, so the text itself is unchanged). Facts may overlap (a project's name holds its
/// money); the text is cut at every fact's start and end, and each piece is marked with the
/// narrowest fact covering it, its hover text naming every fact that covers it.
pub fn highlighted(text: &str, facts: &[Value], pages: &[(usize, usize)]) -> Markup {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let span = |f: &Value| -> Option<(usize, usize)> {
        let (a, b) = (f["start"].as_u64()? as usize, f["end"].as_u64()? as usize);
        (a < b && b <= n).then_some((a, b))
    };
    let spans: Vec<(usize, usize, &Value)> = facts
        .iter()
        .filter_map(|f| span(f).map(|(a, b)| (a, b, f)))
        .collect();
    let mut cuts: Vec<usize> = spans
        .iter()
        .flat_map(|&(a, b, _)| [a, b])
        .chain([0, n])
        .chain(pages.iter().map(|p| p.1).filter(|&p| p < n))
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    let mut anchored = std::collections::HashSet::new();
    html! {
        @for w in cuts.windows(2) {
            @let (a, b) = (w[0], w[1]);
            @let piece: String = chars[a..b].iter().collect();
            @let covering: Vec<&(usize, usize, &Value)> = spans.iter().filter(|s| s.0 <= a && b <= s.1).collect();
            @for (number, _) in pages.iter().filter(|p| p.1 == a) {
                span.page id=(format!("page-{number}")) data-page=(number) {}
            }
            @for s in spans.iter().filter(|s| s.0 == a) {
                @let id = anchor(s.2);
                @if anchored.insert(id.clone()) { span id=(id) {} }
            }
            @if let Some(inner) = covering.iter().min_by_key(|s| s.1 - s.0) {
                @let title = covering.iter().map(|s| describe(s.2)).collect::<Vec<_>>().join("\n");
                mark class=(format!("k-{}", s(inner.2, "kind"))) title=(title) tabindex="0" { (piece) }
            } @else {
                (piece)
            }
        }
    }
}

/// The table of a document's facts, each linking to its mark, and for a PDF its page (linking
/// to the page's marker when the page has one).
fn fact_table(facts: &[Value], pages: &[(usize, usize)]) -> Markup {
    let paged = facts.iter().any(|f| f["page"].is_u64());
    html! {
        table.facts {
            tr { th { "#" } @if paged { th { "page" } } th { "kind" } th { "text" } th { "value" } th { "subject" } th { "period" } th { "place" } th { "role" } th { "entity" } }
            @for (i, f) in facts.iter().enumerate() {
                tr {
                    td { a href=(format!("#{}", anchor(f))) { (i + 1) } }
                    @if paged { td.num { @if let Some(p) = f["page"].as_u64() { @if pages.iter().any(|m| m.0 as u64 == p) { a.pageref href=(format!("#page-{p}")) { (p) } } @else { (p) } } } }
                    td { span class=(format!("chip k-{}", s(f, "kind"))) { (s(f, "kind")) } }
                    td { (s(f, "text")) }
                    td.num { (value_text(f)) }
                    td { (s(f, "subject")) }
                    td { (page::period_text(f)) }
                    td { (s(f, "region")) }
                    td { (s(f, "role")) }
                    td { (s(f, "entity")) }
                }
            }
        }
    }
}
