//! The JSON objects and argument checks that the command line and the Python module share, so
//! that both give the same objects and refuse the same input with the same messages.
use crate::index::search::{clean_for_display, parse_amount, parse_span, DocHit, FactHit, Filters};
use anyhow::{bail, Context as _, Result};
use serde_json::{json, Value};

/// Fact filters from the command line, with an error naming the flag that is wrong.
pub fn filters_from(
    kind: &[String],
    min: Option<&str>,
    max: Option<&str>,
    from: Option<&str>,
    to: Option<&str>,
) -> Result<Filters> {
    let mut fl = Filters::default();
    for k in kind {
        let k = k.trim();
        if crate::Kind::parse(k).is_none() {
            bail!("--kind: unknown kind `{k}` (expected one of money, quantity, percent, growth, date, ranking, project, org, region)");
        }
        fl.kinds.push(k.to_string());
    }
    let amount = |flag: &str, v: Option<&str>| -> Result<Option<(f64, bool)>> {
        v.map(|s| parse_bound(s).with_context(|| format!("{flag} {s}: expected an amount such as 1亿, 5000万, 1e8 or 250, or a percentage such as 5%"))).transpose()
    };
    let (lo, hi) = (amount("--min", min)?, amount("--max", max)?);
    if let (Some((_, a)), Some((_, b))) = (lo, hi) {
        if a != b {
            bail!(
                "--min {} and --max {}: give both as percentages or both as amounts",
                min.unwrap_or(""),
                max.unwrap_or("")
            );
        }
    }
    fl.percent = lo.or(hi).is_some_and(|(_, p)| p);
    fl.min = lo.map(|b| b.0);
    fl.max = hi.map(|b| b.0);
    if let (Some(a), Some(b)) = (fl.min, fl.max) {
        if a > b {
            bail!(
                "--min {} is more than --max {}: nothing can lie between them",
                min.unwrap_or(""),
                max.unwrap_or("")
            );
        }
    }
    let span = |flag: &str, v: Option<&str>| -> Result<Option<(i64, i64)>> {
        v.map(|s| {
            parse_span(s).with_context(|| {
                format!("{flag} {s}: expected 2023, 2023-03, 2023Q1, 2023H1 or 2023-03-05")
            })
        })
        .transpose()
    };
    fl.from = span("--from", from)?.map(|s| s.0);
    fl.to = span("--to", to)?.map(|s| s.1);
    if let (Some(a), Some(b)) = (fl.from, fl.to) {
        if a > b {
            bail!(
                "--from {} is after --to {}: swap them",
                from.unwrap_or(""),
                to.unwrap_or("")
            );
        }
    }
    Ok(fl)
}

/// A value bound as written: an amount (`1亿`), or a percentage (`5%`, `-2.5%`) as the number
/// percent and growth facts hold (5, -2.5); the flag says which.
fn parse_bound(s: &str) -> Option<(f64, bool)> {
    match s.trim().strip_suffix(['%', '％']) {
        Some(p) => p
            .trim()
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
            .map(|v| (v, true)),
        None => parse_amount(s).map(|v| (v, false)),
    }
}

/// One line of `search --facts --json`: the fact with its score, title and path.
pub fn fact_hit_json(h: &FactHit) -> Value {
    fact_hit_into_json(h.fact.clone(), h)
}

/// [`fact_hit_json`] made from the fact's own JSON, moved rather than copied (the server's hits).
pub fn fact_hit_into_json(fact: Value, h: &FactHit) -> Value {
    let mut o = fact;
    if let Some(m) = o.as_object_mut() {
        m.insert("score".into(), json!(h.score));
        m.insert("title".into(), json!(h.title));
        m.insert("path".into(), json!(h.path));
    }
    o
}

/// One line of `search --json` (documents).
pub fn doc_hit_json(h: &DocHit) -> Value {
    doc_hit_into_json(h.facts.clone(), h)
}

/// [`doc_hit_json`] made with the hit's facts moved rather than copied (the server's hits).
pub fn doc_hit_into_json(facts: Vec<Value>, h: &DocHit) -> Value {
    json!({
        "score": h.score,
        "doc": h.record["doc"], "path": h.record["path"], "title": h.record["title"], "issued": h.record["issued"],
        "snippet": {"text": h.snippet.text, "display": clean_for_display(&h.snippet.text, &[]).0, "start": h.snippet.start, "end": h.snippet.end,
                    "highlights": h.snippet.highlights.iter().map(|&(a, b)| json!({"start": a, "end": b})).collect::<Vec<_>>()},
        "matched_facts": h.matched_facts,
        "facts": facts,
    })
}

/// One line of `check --json`: the checked figure with the claim or file it came from.
pub fn checked_json(c: &crate::check::Checked, source: &str) -> Result<Value> {
    let mut v = serde_json::to_value(c)?;
    v["source"] = json!(source);
    Ok(v)
}

/// One line of `audit --json`: a document's checks and findings.
pub fn audit_json(doc: &str, audit: &crate::audit::Audit) -> Value {
    json!({"doc": doc, "checked": audit.checked, "findings": audit.findings})
}
