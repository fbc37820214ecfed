//! `/` and `/api/search`: the command line's `search`, with its filters as form fields; and
//! `/api/stats`, the object of `stats --json`.
use super::page::{self, chip, s};
use super::{blocking, bounded, Failure, Served, MAX_QUERY_CHARS};
use crate::commands::{check_search, search_facts, stats_json};
use crate::FilterArgs;
use axum::body::Bytes;
use axum::extract::{Query, RawQuery, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use maud::{html, Markup, PreEscaped};
use serde::Deserialize;
use serde_json::{json, Value};
use std::sync::Arc;
use tongbao::api::{doc_hit_into_json, fact_hit_into_json};
use tongbao::index::search::{clean_for_display, FactCounts, FactOrder, Filters, TextQuery};

/// Results on one page.
const PER_PAGE: usize = 20;
/// The deepest page served (a search is re-run for each page: the cost grows with the page).
const MAX_PAGE: usize = 50;

/// The query string of `/` and `/api/search`: the text, the command line's filters by their
/// flag names, and how to list.
#[derive(Deserialize, Default, Clone)]
pub struct Params {
    #[serde(default)]
    pub q: String,
    pub kind: Option<String>,
    pub min: Option<String>,
    pub max: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub region: Option<String>,
    pub role: Option<String>,
    pub entity: Option<String>,
    /// `docs` (default) or `facts`.
    pub view: Option<String>,
    /// `relevance` (default), `value` or `date` (facts only).
    pub sort: Option<String>,
    pub page: Option<String>,
    /// API only: how many hits (1 to 1000; default 10, as the command line).
    pub limit: Option<String>,
    /// API only: `counts=1` adds the facts' counts by kind, year and place (the page always
    /// shows them).
    pub counts: Option<String>,
}

/// A request made into what the command line would have run.
pub struct Asked {
    pub q: TextQuery,
    pub fl: Filters,
    pub facts: bool,
    pub sort: FactOrder,
    pub page: usize,
}

/// An empty form field is no filter.
fn given(v: &Option<String>) -> Option<String> {
    v.as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(String::from)
}

impl Params {
    /// The filters through the command line's own parser (same messages), after the length
    /// bounds; the region read through the gazetteer.
    pub fn asked(&self, st: &Served) -> Result<Asked, Failure> {
        for (name, v) in [
            ("q", Some(&self.q)),
            ("kind", self.kind.as_ref()),
            ("min", self.min.as_ref()),
            ("max", self.max.as_ref()),
            ("from", self.from.as_ref()),
            ("to", self.to.as_ref()),
            ("region", self.region.as_ref()),
            ("role", self.role.as_ref()),
            ("entity", self.entity.as_ref()),
        ] {
            bounded(name, v.map(String::as_str).unwrap_or(""), MAX_QUERY_CHARS)?;
        }
        let args = FilterArgs {
            kind: given(&self.kind)
                .map(|k| {
                    k.split(',')
                        .map(|x| x.trim().to_string())
                        .filter(|x| !x.is_empty())
                        .collect()
                })
                .unwrap_or_default(),
            min: given(&self.min),
            max: given(&self.max),
            from: given(&self.from),
            to: given(&self.to),
            region: given(&self.region),
            entity: given(&self.entity),
            role: given(&self.role),
            scope: None,
        };
        let mut fl = args
            .to_filters()
            .map_err(|e| Failure::Bad(format!("{e:#}")))?;
        if let Some(r) = &fl.role {
            if !["actual", "target", "forecast"].contains(&r.as_str()) {
                return Err(Failure::Bad(format!(
                    "role `{r}`: expected actual, target or forecast"
                )));
            }
        }
        fl.name_places(&st.pipeline.rules);
        let facts = match given(&self.view).as_deref() {
            None | Some("docs") => false,
            Some("facts") => true,
            Some(v) => return Err(Failure::Bad(format!("view `{v}`: expected docs or facts"))),
        };
        let sort = match given(&self.sort).as_deref() {
            None | Some("relevance") => FactOrder::Relevance,
            Some("value") => FactOrder::Value,
            Some("date") => FactOrder::Date,
            Some(v) => {
                return Err(Failure::Bad(format!(
                    "sort `{v}`: expected relevance, value or date"
                )))
            }
        };
        let page = match given(&self.page) {
            None => 1,
            Some(p) => p
                .parse::<usize>()
                .ok()
                .filter(|p| (1..=MAX_PAGE).contains(p))
                .ok_or_else(|| {
                    Failure::Bad(format!(
                        "page `{p}`: expected a number from 1 to {MAX_PAGE}"
                    ))
                })?,
        };
        Ok(Asked {
            q: TextQuery::parse(&self.q),
            fl,
            facts,
            sort,
            page,
        })
    }

    /// The query string of this search on another page.
    fn on_page(&self, page: usize) -> String {
        let mut pairs: Vec<(&str, String)> = vec![("q", self.q.clone())];
        for (k, v) in [
            ("kind", &self.kind),
            ("min", &self.min),
            ("max", &self.max),
            ("from", &self.from),
            ("to", &self.to),
            ("region", &self.region),
            ("role", &self.role),
            ("entity", &self.entity),
            ("view", &self.view),
            ("sort", &self.sort),
        ] {
            if let Some(v) = given(v) {
                pairs.push((k, v));
            }
        }
        pairs.push(("page", page.to_string()));
        pairs
            .iter()
            .map(|(k, v)| format!("{k}={}", encode(v)))
            .collect::<Vec<_>>()
            .join("&")
    }
}

/// Percent-encodes a query-string value.
pub fn encode(v: &str) -> String {
    v.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// One page of results: how many match, the hits as the command line's JSON objects (with the
/// key of their document for links), and the facts of the same text and filters counted by
/// kind, year and place.
struct Results {
    count: usize,
    hits: Vec<(Value, Option<String>)>,
    counts: Option<FactCounts>,
}

/// Runs the search as the command line does (same functions, same objects), skipping earlier pages.
fn run(
    st: &Served,
    a: &Asked,
    per_page: usize,
    json: bool,
    with_counts: bool,
) -> Result<Results, Failure> {
    let s = st.searching();
    let skip = (a.page - 1) * per_page;
    let want = skip + per_page;
    let (count, hits): (usize, Vec<(Value, Option<String>)>) = if a.facts {
        let (c, mut h) = search_facts(&s, &a.q, &a.fl, want, a.sort, json)?;
        h.drain(..skip.min(h.len()));
        let row = |mut h: tongbao::index::search::FactHit| {
            let mut v = fact_hit_into_json(std::mem::take(&mut h.fact), &h);
            // the page shows collapsed repeats with their count; the API keeps the CLI's object
            if !json {
                v["mentions"] = json!(h.mentions);
            }
            (v, h.key)
        };
        (c, h.into_iter().map(row).collect())
    } else {
        // the earlier pages' hits ranked, not read
        let (c, h) = s.docs_from(&a.q, &a.fl, skip, want)?;
        (
            c,
            h.into_iter()
                .map(|mut h| (doc_hit_into_json(std::mem::take(&mut h.facts), &h), h.key))
                .collect(),
        )
    };
    let counts = if with_counts {
        Some(s.fact_counts(&a.q, &a.fl)?)
    } else {
        None
    };
    Ok(Results {
        count,
        hits,
        counts,
    })
}

/// `GET /api/search`: `{"count", "hits"}`, each hit the object a line of `search --json`
/// (or `search --facts --json`) prints, for the same text, filters, sort and `limit`.
pub async fn api(
    State(st): State<Arc<Served>>,
    RawQuery(raw): RawQuery,
    Query(p): Query<Params>,
) -> Response {
    let generation = st.reader.searcher().generation().generation_id();
    let key = format!("/api/search?{}", raw.unwrap_or_default());
    if let Some(kept) = st.answers.get(generation, &key) {
        return kept;
    }
    let limit = match given(&p.limit) {
        None => 10,
        Some(l) => match l.parse::<usize>().ok().filter(|l| (1..=1000).contains(l)) {
            Some(l) => l,
            None => {
                return Failure::Bad(format!("limit `{l}`: expected a number from 1 to 1000"))
                    .json()
            }
        },
    };
    let with_counts = match given(&p.counts).as_deref() {
        None | Some("0") | Some("false") => false,
        Some("1") | Some("true") => true,
        Some(c) => return Failure::Bad(format!("counts `{c}`: expected 1 or 0")).json(),
    };
    let r = blocking(&st, move |st| {
        let a = p.asked(st)?;
        check_search(&a.q, &a.fl, a.facts, a.sort).map_err(|e| Failure::Bad(e.to_string()))?;
        run(st, &a, limit, true, with_counts)
    })
    .await;
    match r {
        Ok(r) => {
            let mut v = json!({"count": r.count, "hits": r.hits.into_iter().map(|h| h.0).collect::<Vec<_>>()});
            if let Some(c) = &r.counts {
                v["counts"] = counts_json(c);
            }
            match serde_json::to_vec(&v) {
                Ok(body) => kept(&st, generation, key, "application/json", body.into()),
                Err(e) => Failure::Internal(e.to_string()).json(),
            }
        }
        Err(e) => e.json(),
    }
}

/// The counts as JSON: `{"facts", "kind": [[name, n]…], "year": [[year, n]…], "place": [[name, n]…]}`.
fn counts_json(c: &FactCounts) -> Value {
    json!({"facts": c.facts, "kind": c.kinds, "year": c.years, "place": c.places})
}

/// Places shown beside the results (the most frequent).
const TOP_PLACES: usize = 15;

/// The counts beside the results, each a link narrowing the search to it.
fn counts_aside(p: &Params, c: &FactCounts) -> Markup {
    let narrowed = |f: &dyn Fn(&mut Params)| {
        let mut q = Params {
            page: None,
            ..p.clone()
        };
        f(&mut q);
        format!("/?{}", q.on_page(1))
    };
    html! {
        aside.counts {
            p.meta { (c.facts) " facts of these documents and filters" }
            h4 { "By kind" }
            table.counts-kind { @for (k, n) in &c.kinds {
                tr { td { a href=(narrowed(&|q| q.kind = Some(k.clone()))) { span class=(format!("chip k-{k}")) { (k) } } } td.num { (n) } }
            } }
            h4 { "By year" }
            @if c.years.is_empty() { p.meta { "no periods" } }
            table.counts-year { @for (y, n) in c.years.iter().rev() {
                tr { td { a href=(narrowed(&|q| { q.from = Some(y.to_string()); q.to = Some(y.to_string()); })) { (y) } } td.num { (n) } }
            } }
            h4 { "By place" }
            @if c.places.is_empty() { p.meta { "no places" } }
            table.counts-place { @for (r, n) in c.places.iter().take(TOP_PLACES) {
                tr { td { a href=(narrowed(&|q| q.region = Some(r.clone()))) { (r) } } td.num { (n) } }
            } }
            @if c.places.len() > TOP_PLACES { p.meta { (c.places.len() - TOP_PLACES) " more places" } }
        }
    }
}

/// `GET /api/stats`: the object of `stats --json`.
pub async fn stats_api(State(st): State<Arc<Served>>) -> Response {
    match blocking(&st, |st| Ok(stats_json(&st.archive, &st.searching())?)).await {
        Ok(v) => axum::Json(v).into_response(),
        Err(e) => e.json(),
    }
}

/// `GET /`: the form, and results when something was asked.
pub async fn page(
    State(st): State<Arc<Served>>,
    RawQuery(raw): RawQuery,
    Query(p): Query<Params>,
) -> Response {
    let generation = st.reader.searcher().generation().generation_id();
    let key = format!("/?{}", raw.unwrap_or_default());
    if let Some(kept) = st.answers.get(generation, &key) {
        return kept;
    }
    let shown = p.clone();
    let r = blocking(&st, move |st| {
        let a = p.asked(st)?;
        if a.q.is_empty() && a.fl.is_empty() {
            let (docs, kinds) = st.searching().stats()?;
            return Ok((a.facts, None, Some((docs, kinds))));
        }
        check_search(&a.q, &a.fl, a.facts, a.sort).map_err(|e| Failure::Bad(e.to_string()))?;
        let page = a.page;
        Ok((
            a.facts,
            Some((run(st, &a, PER_PAGE, false, true)?, page)),
            None,
        ))
    })
    .await;
    match r {
        Ok((facts, results, stats)) => kept(
            &st,
            generation,
            key,
            "text/html; charset=utf-8",
            render(&shown, facts, results, stats).into_string().into(),
        ),
        Err(e) => e.page(),
    }
}

/// An answer, kept for the next request of the same query string on the same commit.
fn kept(st: &Served, generation: u64, key: String, kind: &'static str, body: Bytes) -> Response {
    st.answers.put(generation, key, kind, body.clone());
    (
        [(header::CONTENT_TYPE, HeaderValue::from_static(kind))],
        body,
    )
        .into_response()
}

type Stats = (usize, Vec<(&'static str, usize)>);

fn render(
    p: &Params,
    facts: bool,
    results: Option<(Results, usize)>,
    stats: Option<Stats>,
) -> Markup {
    page::frame(
        if p.q.is_empty() { "Search" } else { &p.q },
        html! {
            (form(p))
            @if let Some((docs, kinds)) = stats {
                p { "The index holds " (docs) " documents and " (kinds.iter().map(|k| k.1).sum::<usize>()) " facts. Type a query, or choose a filter." }
            }
            @if let Some((r, page)) = results {
                div.cols {
                    div.wide {
                        p.meta { (r.count) @if facts { " facts match" } @else { " documents match" } }
                        @if facts { (fact_rows(&r.hits)) } @else { @for h in &r.hits { (doc_hit(&h.0, h.1.as_deref())) } }
                        (pager(p, page, r.count))
                        (downloads(p))
                    }
                    @if let Some(c) = &r.counts { (counts_aside(p, c)) }
                }
            }
        },
    )
}

fn form(p: &Params) -> Markup {
    let v = |x: &Option<String>| x.clone().unwrap_or_default();
    let kind = v(&p.kind);
    let view = v(&p.view);
    let sort = v(&p.sort);
    let role = v(&p.role);
    html! {
        form.search method="get" action="/" {
            input type="text" name="q" value=(p.q) placeholder="搜索 e.g. 固定资产投资 OR 重点项目" autofocus;
            " " button type="submit" { "Search" }
            fieldset {
                legend { "Filters (each holds for one fact)" }
                label { "kind " select name="kind" {
                    option value="" { "any" }
                    @for k in tongbao::Kind::ALL { option value=(k.as_str()) selected[kind == k.as_str()] { (k.as_str()) } }
                } }
                label { "min " input type="text" name="min" size="8" value=(v(&p.min)) placeholder="1亿, 5%"; }
                label { "max " input type="text" name="max" size="8" value=(v(&p.max)) placeholder="5000万"; }
                label { "from " input type="text" name="from" size="8" value=(v(&p.from)) placeholder="2024, 2024Q1"; }
                label { "to " input type="text" name="to" size="8" value=(v(&p.to)) placeholder="2024-06"; }
                label { "place " input type="text" name="region" size="8" value=(v(&p.region)) placeholder="湖北"; }
                label { "role " select name="role" {
                    option value="" { "any" }
                    @for r in ["actual", "target", "forecast"] { option value=(r) selected[role == r] { (r) } }
                } }
                br;
                label { "list " select name="view" {
                    option value="docs" selected[view != "facts"] { "documents" }
                    option value="facts" selected[view == "facts"] { "facts (table)" }
                } }
                label { "facts sorted by " select name="sort" {
                    option value="relevance" selected[sort != "value" && sort != "date"] { "relevance" }
                    option value="value" selected[sort == "value"] { "value" }
                    option value="date" selected[sort == "date"] { "date" }
                } }
            }
            p.syntax { (tongbao::index::search::SYNTAX) " Amounts as written: 1亿, 5000万, 1e8, or 5% for percentages; periods: 2024, 2024-03, 2024Q1, 2024H1, 2024-03-05. A place finds the places inside it." }
        }
    }
}

/// One document of the results: title, date, place, snippet with the matches marked, chips.
fn doc_hit(h: &Value, key: Option<&str>) -> Markup {
    let link = key.map(super::doc::href);
    let start = h["snippet"]["start"].as_u64().unwrap_or(0) as usize;
    let marks: Vec<(usize, usize)> = h["snippet"]["highlights"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|m| {
            Some((
                m["start"].as_u64()? as usize - start,
                m["end"].as_u64()? as usize - start,
            ))
        })
        .collect();
    let (shown, marks) = clean_for_display(s(&h["snippet"], "text"), &marks);
    html! {
        div.hit {
            h3 { @if let Some(l) = &link { a href=(l) { (title_of(h)) } } @else { (title_of(h)) } }
            div.meta { (s(h, "issued")) " · " (s(h, "path")) }
            div.snip { "…" (marked(&shown, &marks)) "…" }
            @if let Some(fs) = h["facts"].as_array() {
                div { @for f in fs { (chip(f, link.as_ref().map(|l| format!("{l}#{}", page::anchor(f))).as_deref())) } }
            }
            @if h["matched_facts"].as_u64().unwrap_or(0) > h["facts"].as_array().map_or(0, |a| a.len()) as u64 {
                div.meta { (h["matched_facts"]) " facts of this document meet the filters" }
            }
        }
    }
}

fn title_of(h: &Value) -> String {
    h["title"]
        .as_str()
        .filter(|t| !t.is_empty())
        .unwrap_or("(untitled)")
        .to_string()
}

/// The text with the character spans `marks` wrapped in `<em>`; every piece escaped.
fn marked(text: &str, marks: &[(usize, usize)]) -> Markup {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    for &(a, b) in marks {
        if a < i || b > chars.len() || a >= b {
            continue;
        }
        out.push_str(&html! { (chars[i..a].iter().collect::<String>()) em { (chars[a..b].iter().collect::<String>()) } }.into_string());
        i = b;
    }
    out.push_str(&html! { (chars[i..].iter().collect::<String>()) }.into_string());
    PreEscaped(out)
}

/// The facts view: a table of facts, each linking into its document.
fn fact_rows(hits: &[(Value, Option<String>)]) -> Markup {
    html! {
        table {
            tr { th { "value" } th { "kind" } th { "subject" } th { "period" } th { "place" } th { "role" } th { "document" } }
            @for (f, key) in hits {
                tr {
                    td.num { (page::value_text(f)) @if f["mentions"].as_u64().unwrap_or(1) > 1 { " ×" (f["mentions"]) } }
                    td { span class=(format!("chip k-{}", s(f, "kind"))) { (s(f, "kind")) } }
                    td { (s(f, "subject")) }
                    td { (page::period_text(f)) }
                    td { (s(f, "region")) }
                    td { (s(f, "role")) }
                    td { @if let Some(k) = key { a href=(format!("{}#{}", super::doc::href(k), page::anchor(f))) { (title_of(f)) } } @else { (title_of(f)) } }
                }
            }
        }
    }
}

/// Links to the dataset of the current filters, as `tongbao export --index` writes it.
fn downloads(p: &Params) -> Markup {
    let filters = Params {
        q: String::new(),
        view: None,
        sort: None,
        page: None,
        limit: None,
        counts: None,
        ..p.clone()
    };
    let query = filters.on_page(1);
    html! {
        p.meta {
            "Download the facts of these filters, as " code { "tongbao export" } " writes them (a dataset is chosen by filters; the text query does not narrow it): "
            @for (f, label) in [("csv", "CSV"), ("jsonl", "JSON Lines"), ("parquet", "Parquet")] {
                a href=(format!("/export?{query}&format={f}")) { (label) } " "
            }
        }
    }
}

fn pager(p: &Params, page: usize, count: usize) -> Markup {
    let pages = count.div_ceil(PER_PAGE).clamp(1, MAX_PAGE);
    html! {
        p.pager {
            @if page > 1 { a href=(format!("/?{}", p.on_page(page - 1))) { "← previous" } }
            span { "page " (page) " of " (pages) }
            @if page < pages { a href=(format!("/?{}", p.on_page(page + 1))) { "next →" } }
        }
    }
}
