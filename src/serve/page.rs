//! The page frame, the embedded stylesheet and script, and the small renderings every page
//! shares (a fact's chip and its description).
use axum::http::StatusCode;
use maud::{html, Markup, DOCTYPE};
use serde_json::Value;

/// The stylesheet, served as `/static/style.css` (no inline styles: the CSP forbids them).
pub const STYLE: &str = r#"
body{font:15px/1.6 system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header{background:#243b53;color:#fff;padding:.5em 1em;display:flex;gap:1.5em;align-items:center}
header a{color:#fff;text-decoration:none}header b{font-size:1.1em}
main{max-width:72em;margin:0 auto;padding:1em}
.cols{display:flex;gap:1.5em;align-items:flex-start}.cols>.wide{flex:1;min-width:0}.cols>aside{width:16em;font-size:.9em}
form.search input[type=text],form.search select{padding:.25em}form.search input[name=q]{width:28em;max-width:100%}
fieldset{border:1px solid #ccc;margin:.5em 0}label{margin-right:.8em;white-space:nowrap}
.syntax{font-size:.85em;color:#555}
.hit{background:#fff;border:1px solid #e3e3e3;padding:.6em .8em;margin:.6em 0;border-radius:4px}
.hit h3{margin:0 0 .2em 0;font-size:1.05em}.meta{color:#666;font-size:.85em}
.snip em{background:#fff3a0;font-style:normal}
.chip{display:inline-block;border-radius:3px;padding:0 .4em;margin:.15em .2em 0 0;font-size:.85em;text-decoration:none;color:#111}
mark{color:inherit;border-radius:2px;padding:0 1px}mark:focus{outline:2px solid #243b53}
:target{outline:3px solid #d9480f}
.k-money{background:#ffd8a8}.k-quantity{background:#c3fae8}.k-percent{background:#d0ebff}.k-growth{background:#b2f2bb}
.k-date{background:#e5dbff}.k-ranking{background:#ffc9c9}.k-project{background:#fff3bf}.k-org{background:#e9ecef}.k-region{background:#d3f9d8}
.text{white-space:pre-wrap;background:#fff;border:1px solid #e3e3e3;padding:1em;line-height:1.9}
.text .page{display:block;border-top:1px dashed #999;color:#777;font-size:.8em;line-height:1.6;user-select:none}.text .page::before{content:"page " attr(data-page)}
aside.counts h4{margin:.8em 0 .2em}aside.counts table{width:100%}aside.counts a{text-decoration:none}
table{border-collapse:collapse;background:#fff;font-size:.9em}td,th{border:1px solid #ddd;padding:.2em .5em;text-align:left;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.error{background:#fff0f0;border:1px solid #f5a3a3;padding:1em}
.v-supported{background:#b2f2bb}.v-contradicted{background:#ffc9c9}.v-target-not-result{background:#ffe8cc}.v-not-found{background:#e9ecef}
.pager a,.pager span{margin-right:.8em}
textarea{width:100%;min-height:8em;font:inherit}
svg text{font-size:11px;fill:#333}
"#;

/// The only script: `/` focuses the search box. Every page works without it.
pub const SCRIPT: &str = r#""use strict";
document.addEventListener("keydown", function (e) {
  var box = document.querySelector("input[name=q]");
  if (e.key === "/" && box && document.activeElement !== box && !(document.activeElement instanceof HTMLTextAreaElement)) {
    e.preventDefault();
    box.focus();
  }
});
"#;

/// The frame of every page: title, navigation, content.
pub fn frame(title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="zh-CN" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · tongbao" }
                link rel="stylesheet" href="/static/style.css";
                script src="/static/app.js" defer {}
            }
            body {
                header {
                    b { a href="/" { "tongbao" } }
                    a href="/" { "Search" }
                    a href="/series" { "Indicator over time" }
                    a href="/check" { "Check a claim" }
                    a href="/api/stats" { "API: stats" }
                }
                main { (body) }
            }
        }
    }
}

/// A page that says what went wrong.
pub fn error(status: StatusCode, message: &str) -> Markup {
    frame(
        "Error",
        html! {
            div.error {
                h2 { (status.as_u16()) " " (status.canonical_reason().unwrap_or("")) }
                p { (message) }
                p { a href="/" { "Back to search" } }
            }
        },
    )
}

/// A string field of a JSON object, or "".
pub fn s<'a>(v: &'a Value, k: &str) -> &'a str {
    v[k].as_str().unwrap_or("")
}

/// A fact's value as a person reads it: `8600万` for money, `5.3%` for percentages, the name of
/// a project or place.
pub fn value_text(f: &Value) -> String {
    let num = |v: &Value| v.as_f64().map(readable);
    let v = match (num(&f["value"]), num(&f["value_max"])) {
        (Some(a), Some(b)) => format!("{a}–{b}"),
        (Some(a), None) => a,
        _ => {
            return f["name"]
                .as_str()
                .or(f["canonical"].as_str())
                .or(f["date_start"].as_str())
                .unwrap_or("")
                .to_string()
        }
    };
    match s(f, "kind") {
        "percent" | "growth" => format!("{v}%"),
        "money" => format!("{v}元"),
        _ => match s(f, "unit") {
            "" => v,
            u => format!("{v} {u}"),
        },
    }
}

/// A number with 亿 or 万 when large, as Chinese bulletins write it.
pub fn readable(v: f64) -> String {
    let trim = |x: f64| {
        let t = format!("{x:.4}");
        t.trim_end_matches('0').trim_end_matches('.').to_string()
    };
    if v.abs() >= 1e8 {
        format!("{}亿", trim(v / 1e8))
    } else if v.abs() >= 1e4 {
        format!("{}万", trim(v / 1e4))
    } else {
        trim(v)
    }
}

/// A fact's period as `2024-01-01..2024-03-31`, or "".
pub fn period_text(f: &Value) -> String {
    match (
        f["period"]["date_start"].as_str(),
        f["period"]["date_end"].as_str(),
    ) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a}..{b}"),
        _ => String::new(),
    }
}

/// Everything a fact says, on one line: the hover text of its highlight.
pub fn describe(f: &Value) -> String {
    let mut parts = vec![format!("{}: {}", s(f, "kind"), value_text(f))];
    for (label, v) in [
        ("subject", s(f, "subject").to_string()),
        ("period", period_text(f)),
        ("place", s(f, "region").to_string()),
        ("role", s(f, "role").to_string()),
        ("entity", s(f, "entity").to_string()),
    ] {
        if !v.is_empty() {
            parts.push(format!("{label}: {v}"));
        }
    }
    parts.join(" · ")
}

/// A fact as a small coloured chip, linking to its place in its document when the link is known.
pub fn chip(f: &Value, link: Option<&str>) -> Markup {
    let class = format!("chip k-{}", s(f, "kind"));
    let label = format!("{} {}", value_text(f), s(f, "subject"));
    html! {
        @if let Some(href) = link {
            a class=(class) href=(href) title=(describe(f)) { (label) }
        } @else {
            span class=(class) title=(describe(f)) { (label) }
        }
    }
}

/// The anchor of a fact in the document view: its character span, stable across renderings.
pub fn anchor(f: &Value) -> String {
    format!(
        "at-{}-{}",
        f["start"].as_u64().unwrap_or(0),
        f["end"].as_u64().unwrap_or(0)
    )
}
