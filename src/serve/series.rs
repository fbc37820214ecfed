//! `/series` and `/api/series`: the values the archive holds for one subject (and place), by
//! period, as an SVG chart drawn here and a table; actual and target apart, each point linking
//! to the fact in its document.
use super::page::{self, readable, s};
use super::search::encode;
use super::{blocking, bounded, Failure, Served, MAX_QUERY_CHARS};
use crate::commands::{fact_hit_json, search_facts};
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Response};
use maud::{html, Markup};
use serde::Deserialize;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::sync::Arc;
use tongbao::index::search::{clean_for_display, FactOrder, Filters, TextQuery};

/// Facts read for one series at most.
const MAX_FACTS: usize = 2000;

#[derive(Deserialize, Default, Clone)]
pub struct Params {
    #[serde(default)]
    pub subject: String,
    pub region: Option<String>,
    /// money, quantity, percent or growth; by default the kind most of the subject's facts have.
    pub kind: Option<String>,
}

/// One value of the series.
pub struct Point {
    pub start: String,
    pub end: String,
    pub value: f64,
    pub role: String,
    /// The fact as `search --facts --json` prints it.
    pub fact: Value,
    pub key: Option<String>,
}

/// A series: one measure (kind and unit), its points in period order, and the other measures
/// the subject's facts come in (a count of money facts is no point of a growth series).
pub struct Series {
    pub kind: String,
    pub unit: Option<String>,
    pub points: Vec<Point>,
    pub others: Vec<(String, Option<String>, usize)>,
}

/// What a fact's subject reads as, white space and markup removed.
fn plain(t: &str) -> String {
    clean_for_display(t, &[])
        .0
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// The series of `subject` in `region`: the subject's facts found as `search --facts` finds
/// them (a quoted phrase, the filters), kept when their own subject holds the words (a fact
/// found by its sentence only is about something else) and they state a value and a period.
pub fn build(st: &Served, p: &Params) -> Result<Series, Failure> {
    let subject = p.subject.trim();
    if subject.is_empty() {
        return Err(Failure::Bad(
            "subject: give the indicator to follow, such as 地区生产总值 or 固定资产投资".into(),
        ));
    }
    bounded("subject", subject, MAX_QUERY_CHARS)?;
    bounded("region", p.region.as_deref().unwrap_or(""), MAX_QUERY_CHARS)?;
    let kinds: Vec<String> = match p.kind.as_deref().map(str::trim).filter(|k| !k.is_empty()) {
        None => ["money", "quantity", "percent", "growth"].map(String::from).to_vec(),
        Some(k) if ["money", "quantity", "percent", "growth", "ranking"].contains(&k) => vec![k.to_string()],
        Some(k) => return Err(Failure::Bad(format!("kind `{k}`: a series needs a kind with values: money, quantity, percent, growth or ranking"))),
    };
    let mut fl = Filters {
        kinds,
        region: p
            .region
            .as_deref()
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .map(String::from),
        ..Filters::default()
    };
    fl.name_places(&st.pipeline.rules);
    let q = TextQuery::parse(&format!("\"{}\"", subject.replace('"', "")));
    let searching = st.searching();
    let (_, hits) = search_facts(&searching, &q, &fl, MAX_FACTS, FactOrder::Relevance, false)?;
    let wanted = plain(subject);
    let mut by_measure: BTreeMap<(String, Option<String>), Vec<Point>> = BTreeMap::new();
    for h in hits {
        let f = &h.fact;
        let (Some(value), Some(start), Some(end)) = (
            f["value"].as_f64(),
            f["period"]["date_start"].as_str(),
            f["period"]["date_end"].as_str(),
        ) else {
            continue;
        };
        if !plain(s(f, "subject")).contains(&wanted) {
            continue;
        }
        let measure = (
            s(f, "kind").to_string(),
            f["unit"].as_str().map(String::from),
        );
        let point = Point {
            start: start.into(),
            end: end.into(),
            value,
            role: f["role"].as_str().unwrap_or("actual").into(),
            fact: fact_hit_json(&h),
            key: h.key.clone(),
        };
        by_measure.entry(measure).or_default().push(point);
    }
    let Some(main) = by_measure
        .iter()
        .max_by_key(|(_, v)| v.len())
        .map(|(k, _)| k.clone())
    else {
        return Ok(Series {
            kind: String::new(),
            unit: None,
            points: Vec::new(),
            others: Vec::new(),
        });
    };
    let mut points = by_measure.remove(&main).unwrap_or_default();
    points.sort_by(|a, b| (&a.start, &a.end, &a.role).cmp(&(&b.start, &b.end, &b.role)));
    let others = by_measure
        .into_iter()
        .map(|((k, u), v)| (k, u, v.len()))
        .collect();
    Ok(Series {
        kind: main.0,
        unit: main.1,
        points,
        others,
    })
}

fn to_json(p: &Params, sr: &Series) -> Value {
    json!({
        "subject": p.subject.trim(), "region": p.region, "kind": sr.kind, "unit": sr.unit,
        "points": sr.points.iter().map(|pt| json!({"date_start": pt.start, "date_end": pt.end, "role": pt.role, "value": pt.value, "fact": pt.fact})).collect::<Vec<_>>(),
        "other_measures": sr.others.iter().map(|(k, u, n)| json!({"kind": k, "unit": u, "facts": n})).collect::<Vec<_>>(),
    })
}

/// `GET /api/series?subject=…&region=…&kind=…`.
pub async fn api(State(st): State<Arc<Served>>, Query(p): Query<Params>) -> Response {
    let asked = p.clone();
    match blocking(&st, move |st| build(st, &p)).await {
        Ok(sr) => axum::Json(to_json(&asked, &sr)).into_response(),
        Err(e) => e.json(),
    }
}

/// `GET /series`: the form; with a subject, the chart and the table.
pub async fn page(State(st): State<Arc<Served>>, Query(p): Query<Params>) -> Response {
    let asked = p.clone();
    if p.subject.trim().is_empty() {
        return Html(render(&asked, None).into_string()).into_response();
    }
    match blocking(&st, move |st| build(st, &p)).await {
        Ok(sr) => Html(render(&asked, Some(&sr)).into_string()).into_response(),
        Err(e) => e.page(),
    }
}

fn render(p: &Params, sr: Option<&Series>) -> Markup {
    page::frame(
        "Indicator over time",
        html! {
            form.search method="get" action="/series" {
                label { "indicator " input type="text" name="subject" value=(p.subject) placeholder="地区生产总值"; }
                label { "place " input type="text" name="region" value=(p.region.clone().unwrap_or_default()) placeholder="青溪县"; }
                label { "kind " select name="kind" {
                    option value="" { "most common" }
                    @for k in ["money", "quantity", "percent", "growth", "ranking"] { option value=(k) selected[p.kind.as_deref() == Some(k)] { (k) } }
                } }
                button type="submit" { "Show" }
            }
            @if let Some(sr) = sr {
                @if sr.points.is_empty() {
                    p { "No fact of the archive has this subject with a value and a period." }
                } @else {
                    p.meta { (sr.points.len()) " values (" (sr.kind) @if let Some(u) = &sr.unit { ", " (u) } "); actual drawn solid, targets dashed. Each point links to its fact." }
                    (chart(sr))
                    (table(sr))
                    @if !sr.others.is_empty() {
                        p.meta { "Also found in other measures: "
                            @for (k, u, n) in &sr.others { a href=(format!("/series?subject={}&region={}&kind={}", encode(p.subject.trim()), encode(p.region.as_deref().unwrap_or("")), k)) { (k) @if let Some(u) = u { " " (u) } " (" (n) ")" } " " }
                        }
                    }
                }
            }
        },
    )
}

/// The link to a point's fact in its document.
fn link(pt: &Point) -> Option<String> {
    pt.key
        .as_deref()
        .map(|k| format!("{}#{}", super::doc::href(k), page::anchor(&pt.fact)))
}

fn table(sr: &Series) -> Markup {
    html! {
        table {
            tr { th { "period" } th { "role" } th { "value" } th { "place" } th { "stated as" } th { "document" } }
            @for pt in &sr.points {
                tr {
                    td { (pt.start) @if pt.end != pt.start { ".." (pt.end) } }
                    td { (pt.role) }
                    td.num { (page::value_text(&pt.fact)) }
                    td { (s(&pt.fact, "region")) }
                    td { (s(&pt.fact, "text")) }
                    td { @if let Some(l) = link(pt) { a href=(l) { (s(&pt.fact, "title")) } } @else { (s(&pt.fact, "title")) } }
                }
            }
        }
    }
}

/// Chart geometry: width, height, margins left/right/top/bottom.
const W: f64 = 760.0;
const H: f64 = 320.0;
const L: f64 = 70.0;
const R: f64 = 20.0;
const T: f64 = 20.0;
const B: f64 = 60.0;

/// The series as SVG: periods along x in order (one slot per distinct period), values on a
/// linear y axis from zero (or the least value when negative); a line per role.
fn chart(sr: &Series) -> Markup {
    let mut periods: Vec<(&str, &str)> = sr
        .points
        .iter()
        .map(|p| (p.start.as_str(), p.end.as_str()))
        .collect();
    periods.dedup();
    let lo = sr.points.iter().map(|p| p.value).fold(0.0_f64, f64::min);
    let hi = sr
        .points
        .iter()
        .map(|p| p.value)
        .fold(f64::MIN, f64::max)
        .max(lo + f64::EPSILON);
    let x = |pt: &Point| {
        let i = periods
            .iter()
            .position(|&(a, b)| a == pt.start && b == pt.end)
            .unwrap_or(0);
        L + (W - L - R) * (i as f64 + 0.5) / periods.len() as f64
    };
    let y = |v: f64| T + (H - T - B) * (1.0 - (v - lo) / (hi - lo));
    let ticks: Vec<f64> = (0..=4).map(|i| lo + (hi - lo) * i as f64 / 4.0).collect();
    let roles = [
        ("actual", "#1c7ed6", ""),
        ("target", "#e8590c", "6 4"),
        ("forecast", "#868e96", "2 3"),
    ];
    html! {
        svg xmlns="http://www.w3.org/2000/svg" width=(W) height=(H) viewBox=(format!("0 0 {W} {H}")) role="img" aria-label="indicator chart" {
            @for t in &ticks {
                line x1=(L) x2=(W - R) y1=(y(*t)) y2=(y(*t)) stroke="#e9ecef" {}
                text x=(L - 6.0) y=(y(*t) + 4.0) text-anchor="end" { (readable(*t)) }
            }
            line x1=(L) x2=(L) y1=(T) y2=(H - B) stroke="#495057" {}
            line x1=(L) x2=(W - R) y1=(H - B) y2=(H - B) stroke="#495057" {}
            @for (i, (a, b)) in periods.iter().enumerate() {
                text x=(L + (W - L - R) * (i as f64 + 0.5) / periods.len() as f64) y=(H - B + 16.0) text-anchor="middle" { (a) }
                @if a != b { text x=(L + (W - L - R) * (i as f64 + 0.5) / periods.len() as f64) y=(H - B + 30.0) text-anchor="middle" { "–" (b) } }
            }
            @for (role, colour, dash) in roles {
                @let pts: Vec<&Point> = sr.points.iter().filter(|p| p.role == role).collect();
                @if !pts.is_empty() {
                    polyline fill="none" stroke=(colour) stroke-width="2" stroke-dasharray=(dash) points=(pts.iter().map(|p| format!("{:.1},{:.1}", x(p), y(p.value))).collect::<Vec<_>>().join(" ")) {}
                    @for p in &pts {
                        @let tip = format!("{} {}: {}", role, p.start, page::value_text(&p.fact));
                        @if let Some(l) = link(p) {
                            a href=(l) { circle class=(format!("pt-{role}")) cx=(x(p)) cy=(y(p.value)) r="5" fill=(colour) { title { (tip) } } }
                        } @else {
                            circle cx=(x(p)) cy=(y(p.value)) r="5" fill=(colour) { title { (tip) } }
                        }
                    }
                    text x=(W - R - 70.0) y=(T + 14.0 * (1.0 + roles.iter().position(|r| r.0 == role).unwrap_or(0) as f64)) fill=(colour) { "— " (role) }
                }
            }
        }
    }
}
