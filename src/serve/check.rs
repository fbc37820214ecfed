//! `/check` and `/api/check`: a claim or a whole press release checked against the index by
//! the library's `Checker`, as `tongbao check` does; each figure with its verdict, evidence
//! (linking into the document view) and the near matches turned down with their reasons.
use super::page::{self, readable};
use super::{blocking, bounded, Failure, Served, MAX_CLAIM_CHARS};
use crate::commands::checked_json;
use axum::extract::{Form, Query, State};
use axum::response::{Html, IntoResponse, Response};
use maud::{html, Markup};
use serde::Deserialize;
use serde_json::{json, Value};
use std::sync::Arc;
use tongbao::check::{Checked, Checker, Evidence};

#[derive(Deserialize, Default)]
pub struct Claim {
    #[serde(default)]
    pub claim: String,
}

/// A checked figure with the links of its evidence and rejected matches (document key, if found).
struct Judged {
    checked: Checked,
    evidence: Vec<Option<String>>,
    rejected: Vec<Option<String>>,
}

/// How many near matches a figure shows.
const REJECTED_SHOWN: usize = 5;

/// Checks the claim: refused when empty or too long.
fn judge(st: &Served, claim: &str) -> Result<Vec<Judged>, Failure> {
    if claim.trim().is_empty() {
        return Err(Failure::Bad(
            "claim: paste a sentence with a figure, such as 2024年一季度青溪县地区生产总值58.6亿元"
                .into(),
        ));
    }
    bounded("claim", claim, MAX_CLAIM_CHARS)?;
    let s = st.searching();
    let checker = Checker::new(&st.pipeline, &s);
    let checked = checker.check_text(claim)?;
    let key = |e: &Evidence| {
        e.doc
            .as_deref()
            .and_then(|d| super::doc::key_of(&s, d, e.path.as_deref()))
    };
    Ok(checked
        .into_iter()
        .map(|c| Judged {
            evidence: c.evidence.iter().map(key).collect(),
            rejected: c.rejected.iter().take(REJECTED_SHOWN).map(key).collect(),
            checked: c,
        })
        .collect())
}

/// The API answer: `{"results": […]}`, each the object a line of `check --json CLAIM` prints.
async fn api(st: Arc<Served>, claim: String) -> Response {
    let source = claim.clone();
    match blocking(&st, move |st| judge(st, &claim)).await {
        Ok(js) => {
            let results: Result<Vec<Value>, _> = js
                .iter()
                .map(|j| checked_json(&j.checked, &source))
                .collect();
            match results {
                Ok(r) => axum::Json(json!({"results": r})).into_response(),
                Err(e) => Failure::from(e).json(),
            }
        }
        Err(e) => e.json(),
    }
}

/// `GET /api/check?claim=…`.
pub async fn api_get(State(st): State<Arc<Served>>, Query(c): Query<Claim>) -> Response {
    api(st, c.claim).await
}

/// `POST /api/check` with `{"claim": …}` (JSON) — long press releases do not fit a URL.
pub async fn api_post(State(st): State<Arc<Served>>, body: axum::body::Bytes) -> Response {
    match serde_json::from_slice::<Claim>(&body) {
        Ok(c) => api(st, c.claim).await,
        Err(e) => Failure::Bad(format!("expected a JSON object {{\"claim\": \"…\"}}: {e}")).json(),
    }
}

/// `GET /check`: the form.
pub async fn form() -> Response {
    Html(render("", None).into_string()).into_response()
}

/// `POST /check`: the form with each figure's verdict.
pub async fn page(State(st): State<Arc<Served>>, Form(c): Form<Claim>) -> Response {
    let claim = c.claim.clone();
    match blocking(&st, move |st| judge(st, &c.claim)).await {
        Ok(js) => Html(render(&claim, Some(&js)).into_string()).into_response(),
        Err(e) => e.page(),
    }
}

fn render(claim: &str, judged: Option<&[Judged]>) -> Markup {
    page::frame(
        "Check a claim",
        html! {
            form method="post" action="/check" {
                p { "Paste a claim or a whole press release; each figure is looked for in the archive." }
                textarea name="claim" { (claim) }
                p { button type="submit" { "Check" } }
            }
            @if let Some(js) = judged {
                @if js.is_empty() { p { "No figure to check (no money, quantity, percentage, growth or ranking was found)." } }
                @for j in js { (figure(j)) }
            }
        },
    )
}

/// One figure: its verdict, what it was read as, the evidence and the near matches.
fn figure(j: &Judged) -> Markup {
    let c = &j.checked;
    let v = c.verdict.as_str();
    html! {
        div.hit {
            h3 { span class=(format!("chip v-{}", v.replace(' ', "-"))) { (v) } " " (c.text) }
            div.meta {
                "read as: " (c.subject.as_deref().unwrap_or("(no subject)")) " · "
                (c.period.as_ref().map(|p| if p.0 == p.1 { p.0.clone() } else { format!("{}..{}", p.0, p.1) }).unwrap_or_else(|| "no period".into()))
                @if c.any_year { " (any year)" } " · " (c.region.as_deref().unwrap_or("no place")) " · " (c.role.unwrap_or("actual"))
            }
            @if let Some(n) = &c.note { p.meta { "note: " (n) } }
            @if !c.evidence.is_empty() {
                h4 { "Evidence" }
                ul { @for (e, k) in c.evidence.iter().zip(&j.evidence) { li { (evidence(e, k.as_deref())) } } }
            }
            @if !c.rejected.is_empty() {
                h4 { "Near matches turned down" }
                ul { @for (e, k) in c.rejected.iter().zip(&j.rejected) { li { span.meta { (e.reason.as_deref().unwrap_or("")) ": " } (evidence(e, k.as_deref())) } } }
            }
        }
    }
}

/// An evidence fact: its value, its sentence, and a link to it in its document.
fn evidence(e: &Evidence, key: Option<&str>) -> Markup {
    let href = key.map(|k| {
        format!(
            "{}#at-{}-{}",
            super::doc::href(k),
            e.start.unwrap_or(0),
            e.end.unwrap_or(0)
        )
    });
    let value = e.value.map(readable).unwrap_or_default();
    html! {
        b { (e.text) } " = " (value) " " (e.unit.as_deref().unwrap_or("")) " [" (e.role.as_deref().unwrap_or("actual")) "] "
        @if let Some(p) = &e.period { (p.0) ".." (p.1) " " }
        "— "
        @if let Some(h) = href { a.evidence href=(h) { (e.title.as_deref().unwrap_or("(untitled)")) } } @else { (e.title.as_deref().unwrap_or("(untitled)")) }
        " " span.meta { (e.issued.as_deref().unwrap_or("")) }
        br;
        q { (e.sentence) }
    }
}
