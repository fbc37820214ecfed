//! The index commands of the command-line front: `index`, `search`, `stats`, `export`,
//! `bench-search`. Argument handling and printing only; the work is in `tongbao::index`.
use super::{inputs, load_pipeline, load_rules, progress, Common};
use anyhow::{bail, Context as _, Result};
use serde_json::{json, Value};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;
pub use tongbao::api::{checked_json, doc_hit_json, fact_hit_json, filters_from};
use tongbao::index::ingest::{ingest, IngestOptions};
use tongbao::index::search::{
    clean_for_display, collapse_mentions, FactHit, FactOrder, Filters, Searching, TextQuery,
    PERCENT_KINDS,
};
use tongbao::index::Archive;
use tongbao::read::collect_inputs;
use tongbao::segment::Segmenter;

pub fn run_index(
    common: Common,
    index: PathBuf,
    reindex: bool,
    prune: bool,
    commit_every: usize,
) -> Result<i32> {
    if common.paths.iter().any(|p| p.as_os_str() == "-") {
        bail!("index: standard input has no path to keep in the index; save it to a file first");
    }
    let mut pipeline = load_pipeline(&common, &[])?;
    pipeline.keep_words = true;
    let archive = Archive::open(&index, pipeline.segmenter.clone(), true)?;
    if !reindex {
        if let Some(msg) = archive.staleness(&pipeline.rules.version) {
            eprintln!("tongbao: {msg}");
            return Ok(2);
        }
    }
    let (files, walk_errors) = inputs(&common);
    let pb = progress(files.len());
    let t0 = std::time::Instant::now();
    let opts = IngestOptions {
        reindex,
        prune,
        commit_every: commit_every.max(1),
        ..IngestOptions::default()
    };
    let report = ingest(&archive, &pipeline, &files, &opts, |n| {
        if let Some(pb) = &pb {
            pb.inc(n as u64);
        }
    })
    .with_context(|| {
        let again = "run the same command again: it removes the files of the unfinished commit and goes on";
        match disk_full(&index) {
            true => format!("{}: writing the index failed: the disk holding it is full (no space left on device). It keeps every document committed before; free space and {again}", index.display()),
            false => format!("{}: writing the index failed; it keeps every document committed before. If the disk is full, free space and {again}", index.display()),
        }
    })?;
    if let Some(pb) = pb {
        pb.finish_and_clear();
    }
    let secs = t0.elapsed().as_secs_f64();
    let mut err = std::io::stderr().lock();
    writeln!(
        err,
        "tongbao: {} documents indexed ({} facts, {:.1} MB in {:.1} s, {:.1} MB/s), {} unchanged, {} pruned, {} failed; index {}",
        report.indexed,
        report.facts,
        report.bytes as f64 / 1e6,
        secs,
        report.bytes as f64 / 1e6 / secs.max(1e-9),
        report.unchanged,
        report.pruned,
        report.failures.len() + walk_errors.len(),
        index.display()
    )?;
    if report.leftovers > 0 {
        writeln!(
            err,
            "tongbao: removed {} file(s) left by an unfinished earlier run",
            report.leftovers
        )?;
    }
    for e in &walk_errors {
        writeln!(err, "tongbao: error: {e}")?;
    }
    for e in &report.failures {
        writeln!(err, "tongbao: error: {e}")?;
    }
    Ok(if report.failures.is_empty() && walk_errors.is_empty() {
        0
    } else {
        1
    })
}

/// Is the disk holding the index folder full? tantivy reports a worker's failed write only as
/// "an index writer was killed", without its cause, so a small file written beside the index
/// (and removed) finds out.
fn disk_full(index: &std::path::Path) -> bool {
    let probe = index.join(".tongbao-space-probe");
    let written = std::fs::write(&probe, vec![0u8; 64 << 10]);
    let _ = std::fs::remove_file(&probe);
    matches!(written, Err(e) if e.kind() == std::io::ErrorKind::StorageFull)
}

pub struct SearchArgs {
    pub query: String,
    pub index: PathBuf,
    pub filters: super::FilterArgs,
    pub facts: bool,
    pub limit: usize,
    pub json: bool,
    pub rules: Option<PathBuf>,
    pub sort: FactOrder,
}

impl super::FilterArgs {
    /// The filters, with an error naming the flag that is wrong.
    pub fn to_filters(&self) -> Result<Filters> {
        let mut fl = filters_from(
            &self.kind,
            self.min.as_deref(),
            self.max.as_deref(),
            self.from.as_deref(),
            self.to.as_deref(),
        )?;
        fl.region = self.region.clone();
        fl.entity = self.entity.clone();
        fl.role = self.role.clone();
        fl.scope = self.scope.clone();
        if fl.percent
            && fl
                .kinds
                .iter()
                .any(|k| !PERCENT_KINDS.contains(&k.as_str()))
        {
            bail!(
                "--min/--max with %: only percent and growth facts are percentages, not {}",
                fl.kinds.join(",")
            );
        }
        Ok(fl)
    }
}

fn open_for_reading(index: &PathBuf, rules: Option<&PathBuf>) -> Result<Archive> {
    Ok(open_with_rules(index, rules)?.0)
}

/// The archive and the rules read with it (the filters read `--region` through its gazetteer).
fn open_with_rules(index: &PathBuf, rules: Option<&PathBuf>) -> Result<(Archive, tongbao::Rules)> {
    let rules = load_rules(rules)?;
    let segmenter = Arc::new(Segmenter::new(&rules));
    let archive = Archive::open(index, segmenter, false)?;
    if let Some(msg) = archive.staleness(&rules.version) {
        eprintln!("tongbao: warning: {msg}");
    }
    Ok((archive, rules))
}

/// Marks the highlighted characters: bold red on a terminal, «» elsewhere.
fn mark(text: &str, offset: usize, marks: &[(usize, usize)], tty: bool) -> String {
    let (open, close) = if tty {
        ("\x1b[1;31m", "\x1b[0m")
    } else {
        ("«", "»")
    };
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        let at = offset + i;
        if marks.iter().any(|&(s, _)| s == at) {
            out.push_str(open);
        }
        out.push(if c == '\n' { ' ' } else { c });
        if marks.iter().any(|&(_, e)| e == at + 1) {
            out.push_str(close);
        }
    }
    out
}

fn fact_line(f: &Value) -> String {
    let s = |k: &str| f[k].as_str().unwrap_or("").to_string();
    let value = match (&f["value"], &f["value_max"]) {
        (Value::Null, _) => f["name"]
            .as_str()
            .or(f["date_start"].as_str())
            .unwrap_or("")
            .to_string(),
        (v, Value::Null) => v.to_string(),
        (v, m) => format!("{v}–{m}"),
    };
    let unit = s("unit");
    let period = match (
        f["period"]["date_start"].as_str(),
        f["period"]["date_end"].as_str(),
    ) {
        (Some(a), Some(b)) => format!("{a}..{b}"),
        _ => String::new(),
    };
    let subject = clean_for_display(&s("subject"), &[]).0;
    let parts: Vec<String> = [subject, period, s("entity"), s("role")]
        .into_iter()
        .filter(|x| !x.is_empty())
        .collect();
    format!(
        "{} {}{} ({}) {}",
        s("kind"),
        value,
        if unit.is_empty() {
            String::new()
        } else {
            format!(" {unit}")
        },
        s("text"),
        parts.join(" · ")
    )
}

/// Refuses a search that asks for nothing, or a sort that only facts have: the one check the
/// command line and `tongbao serve` share, with the same messages.
pub fn check_search(q: &TextQuery, fl: &Filters, facts: bool, sort: FactOrder) -> Result<()> {
    if q.is_empty() && fl.is_empty() {
        bail!("search: give some text to look for, or a filter (--kind, --min, --from, --region…)");
    }
    if sort != FactOrder::Relevance && !facts {
        bail!("search --sort {}: documents are ranked by relevance; --sort orders facts (add --facts)", if sort == FactOrder::Value { "value" } else { "date" });
    }
    Ok(())
}

/// The matching facts, at most `limit`: every fact as `extract` gives it when `json`, else with
/// repeats of one document collapsed (see [`collapse_mentions`]); and how many match in all.
pub fn search_facts(
    s: &Searching,
    q: &TextQuery,
    fl: &Filters,
    limit: usize,
    sort: FactOrder,
    json: bool,
) -> Result<(usize, Vec<FactHit>)> {
    // more than asked for, so that the facts left after collapsing repeats fill the list (JSON
    // collapses nothing: the first `limit` are the list)
    let wanted = if json {
        limit
    } else {
        limit.saturating_mul(4).saturating_add(20)
    };
    let (count, hits) = s.facts_by(q, fl, wanted, sort)?;
    // the listing collapses repeats; JSON keeps every fact, exactly as `extract` gives it
    let mut hits = if json { hits } else { collapse_mentions(hits) };
    hits.truncate(limit);
    Ok((count, hits))
}

impl SearchArgs {
    pub fn run(self) -> Result<i32> {
        let (archive, rules) = open_with_rules(&self.index, self.rules.as_ref())?;
        let mut fl = self.filters.to_filters()?;
        fl.name_places(&rules);
        let q = TextQuery::parse(&self.query);
        check_search(&q, &fl, self.facts, self.sort)?;
        let mut s = Searching::new(&archive)?;
        s.aliases = rules.subject_compare.same.clone();
        let stdout = std::io::stdout();
        let tty = stdout.is_terminal();
        let mut out = std::io::BufWriter::new(stdout.lock());
        if self.facts {
            let (count, hits) = search_facts(&s, &q, &fl, self.limit, self.sort, self.json)?;
            for h in &hits {
                if self.json {
                    writeln!(out, "{}", fact_hit_json(h))?;
                } else {
                    let times = if h.mentions > 1 {
                        format!("  (stated {} times in this document)", h.mentions)
                    } else {
                        String::new()
                    };
                    writeln!(out, "{}{times}", fact_line(&h.fact))?;
                    writeln!(
                        out,
                        "    {}",
                        clean_for_display(h.fact["sentence"].as_str().unwrap_or(""), &[]).0
                    )?;
                    writeln!(
                        out,
                        "    — {} ({})",
                        h.title.as_deref().unwrap_or("(untitled)"),
                        h.path.as_deref().unwrap_or("")
                    )?;
                }
            }
            out.flush()?;
            if !self.json {
                eprintln!("tongbao: {count} facts match; {} shown", hits.len());
            }
        } else {
            let (count, hits) = s.docs(&q, &fl, self.limit)?;
            for (i, h) in hits.iter().enumerate() {
                if self.json {
                    writeln!(out, "{}", doc_hit_json(h))?;
                } else {
                    let r = &h.record;
                    writeln!(
                        out,
                        "{}. {}  {}  {}",
                        i + 1,
                        r["title"].as_str().unwrap_or("(untitled)"),
                        r["issued"].as_str().unwrap_or(""),
                        r["path"].as_str().unwrap_or("")
                    )?;
                    // marks relative to the window, then through the cleaning
                    let local: Vec<(usize, usize)> = h
                        .snippet
                        .highlights
                        .iter()
                        .map(|&(a, b)| (a - h.snippet.start, b - h.snippet.start))
                        .collect();
                    let (shown, marks) = clean_for_display(&h.snippet.text, &local);
                    writeln!(out, "   …{}…", mark(&shown, 0, &marks, tty))?;
                    for f in &h.facts {
                        writeln!(out, "   • {}", fact_line(f))?;
                    }
                    if h.matched_facts > h.facts.len() {
                        writeln!(
                            out,
                            "   • … {} more matching facts",
                            h.matched_facts - h.facts.len()
                        )?;
                    }
                }
            }
            out.flush()?;
            if !self.json {
                eprintln!("tongbao: {count} documents match; {} shown", hits.len());
            }
        }
        Ok(0)
    }
}

/// What `stats --json` prints: documents, facts in all and per kind, size, last ingest, stamp.
pub fn stats_json(archive: &Archive, s: &Searching) -> Result<Value> {
    let (docs, kinds) = s.stats()?;
    let stamp = archive.stamp().unwrap_or_default();
    let total: usize = kinds.iter().map(|k| k.1).sum();
    let per_kind: serde_json::Map<String, Value> = kinds
        .iter()
        .map(|(k, n)| (k.to_string(), json!(n)))
        .collect();
    Ok(json!({
        "documents": docs, "facts": total, "kinds": per_kind, "size_bytes": archive.size_on_disk(),
        "last_ingest": stamp.last_ingest, "tongbao_version": stamp.tongbao_version, "rules_version": stamp.rules_version,
    }))
}

pub fn run_stats(index: PathBuf, json_out: bool) -> Result<i32> {
    let archive = open_for_reading(&index, None)?;
    let s = Searching::new(&archive)?;
    if json_out {
        println!("{}", stats_json(&archive, &s)?);
        return Ok(0);
    }
    let (docs, kinds) = s.stats()?;
    let stamp = archive.stamp().unwrap_or_default();
    let total: usize = kinds.iter().map(|k| k.1).sum();
    println!("index        {}", index.display());
    println!("documents    {docs}");
    println!("facts        {total}");
    for (k, n) in kinds {
        println!("  {k:<10} {n}");
    }
    println!("size         {:.1} MB", archive.size_on_disk() as f64 / 1e6);
    println!(
        "last ingest  {} (unix {})",
        iso_time(stamp.last_ingest),
        stamp.last_ingest
    );
    println!(
        "built by     tongbao {}, rules {}",
        stamp.tongbao_version, stamp.rules_version
    );
    Ok(0)
}

/// Unix seconds as `YYYY-MM-DD HH:MM:SS UTC` (civil-from-days, proleptic Gregorian).
fn iso_time(secs: u64) -> String {
    let days = (secs / 86400) as i64;
    let rem = secs % 86400;
    let (y, m, d) = tongbao::extract::dates::civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02} UTC",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

pub fn run_export(index: PathBuf, out: PathBuf) -> Result<i32> {
    let archive = open_for_reading(&index, None)?;
    let r = tongbao::index::export::export_ndjson(&archive, &out)?;
    eprintln!("tongbao: {} documents and {} facts written to {} (NDJSON, Elasticsearch _bulk bodies, mappings)", r.docs, r.facts, out.display());
    Ok(0)
}

/// One query of a benchmark file: `text | --kind money --min 1亿 …`.
fn bench_query(line: &str) -> Result<(TextQuery, Filters, bool)> {
    let (text, flags) = line.split_once('|').unwrap_or((line, ""));
    let mut it = flags.split_whitespace();
    let (mut kind, mut min, mut max, mut from, mut to) = (Vec::new(), None, None, None, None);
    let (mut region, mut entity, mut role, mut scope, mut facts) = (None, None, None, None, false);
    while let Some(flag) = it.next() {
        let mut val = || {
            it.next()
                .map(String::from)
                .with_context(|| format!("{flag} needs a value"))
        };
        match flag {
            "--kind" => kind.push(val()?),
            "--min" => min = Some(val()?),
            "--max" => max = Some(val()?),
            "--from" => from = Some(val()?),
            "--to" => to = Some(val()?),
            "--region" => region = Some(val()?),
            "--entity" => entity = Some(val()?),
            "--role" => role = Some(val()?),
            "--scope" => scope = Some(val()?),
            "--facts" => facts = true,
            other => bail!("unknown flag {other}"),
        }
    }
    let mut fl = filters_from(
        &kind,
        min.as_deref(),
        max.as_deref(),
        from.as_deref(),
        to.as_deref(),
    )?;
    fl.region = region;
    fl.entity = entity;
    fl.role = role;
    fl.scope = scope;
    Ok((TextQuery::parse(text.trim()), fl, facts))
}

pub fn run_bench_search(queries: PathBuf, index: PathBuf, rounds: usize) -> Result<i32> {
    let archive = open_for_reading(&index, None)?;
    let s = Searching::new(&archive)?;
    let text = std::fs::read_to_string(&queries)
        .with_context(|| format!("{}: cannot read", queries.display()))?;
    let mut set = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        set.push((
            line.to_string(),
            bench_query(line).with_context(|| format!("{}:{}", queries.display(), i + 1))?,
        ));
    }
    if set.is_empty() {
        bail!(
            "{}: no queries in it (one per line: `text | --flag value…`)",
            queries.display()
        );
    }
    let mut times: Vec<f64> = Vec::new();
    let mut per_query: Vec<(f64, usize, String)> = Vec::new();
    for round in 0..rounds.max(2) {
        for (line, (q, fl, facts)) in &set {
            let t = std::time::Instant::now();
            let n = if *facts {
                s.facts(q, fl, 10)?.0
            } else {
                s.docs(q, fl, 10)?.0
            };
            let ms = t.elapsed().as_secs_f64() * 1000.0;
            if round > 0 {
                times.push(ms);
            }
            if round == 1 {
                per_query.push((ms, n, line.clone()));
            }
        }
    }
    times.sort_by(f64::total_cmp);
    let pct = |p: f64| times[((times.len() as f64 - 1.0) * p).round() as usize];
    per_query.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (ms, n, line) in per_query.iter().take(5) {
        println!("slowest: {ms:7.2} ms  {n:6} hits  {line}");
    }
    println!(
        "{} queries × {} rounds on {} documents: p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        set.len(),
        rounds.max(2) - 1,
        s.stats()?.0,
        pct(0.5),
        pct(0.9),
        pct(0.99),
        times.last().copied().unwrap_or(0.0)
    );
    Ok(0)
}

/// `tongbao audit`: each document's own arithmetic, in input order.
pub fn run_audit(common: Common, json_out: bool) -> Result<i32> {
    use rayon::prelude::*;
    let pipeline = load_pipeline(&common, &[])?;
    let (files, mut failures) = collect_inputs(&common.paths);
    let results: Vec<_> = files
        .par_iter()
        .map(|f| {
            pipeline
                .process_file(f)
                .map(|p| (p.record.doc.clone(), tongbao::audit::audit(&p)))
        })
        .collect();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let (mut docs, mut findings, mut checks) = (0usize, 0usize, 0usize);
    for r in results {
        let (doc, audit) = match r {
            Ok(x) => x,
            Err(e) => {
                failures.push(e);
                continue;
            }
        };
        docs += 1;
        findings += audit.findings.len();
        checks += audit.checked.values().sum::<usize>();
        if json_out {
            writeln!(out, "{}", tongbao::api::audit_json(&doc, &audit))?;
            continue;
        }
        let checked: Vec<String> = audit
            .checked
            .iter()
            .map(|(k, n)| format!("{n} {k}"))
            .collect();
        let checked = if checked.is_empty() {
            "nothing to check".to_string()
        } else {
            format!("checked {}", checked.join(", "))
        };
        if audit.findings.is_empty() {
            writeln!(out, "{doc}: {checked}; consistent")?;
        } else {
            writeln!(out, "{doc}: {checked}; {} finding(s)", audit.findings.len())?;
            for f in &audit.findings {
                let page = f.page.map(|p| format!(" page {p},")).unwrap_or_default();
                writeln!(
                    out,
                    "  [{}]{page} chars {}..{}: {}",
                    f.check, f.start, f.end, f.message
                )?;
                writeln!(out, "      {}", f.sentence)?;
            }
        }
    }
    out.flush()?;
    let mut err = std::io::stderr().lock();
    for e in &failures {
        writeln!(err, "tongbao: error: {e}")?;
    }
    writeln!(
        err,
        "tongbao: {docs} documents audited, {checks} checks, {findings} findings; {} failed",
        failures.len()
    )?;
    Ok(if !failures.is_empty() {
        1
    } else if findings > 0 {
        3
    } else {
        0
    })
}

/// `tongbao export --format csv|jsonl`: one row per fact with its provenance.
pub struct ExportArgs {
    pub paths: Vec<PathBuf>,
    pub index: Option<PathBuf>,
    pub format: super::DatasetFormatArg,
    pub table: super::TableArg,
    pub output: Option<PathBuf>,
    pub filters: super::FilterArgs,
    pub rules: Option<PathBuf>,
    pub text_field: Option<String>,
}

impl ExportArgs {
    pub fn run(self) -> Result<i32> {
        use tongbao::dataset::{
            write_from_index, DatasetFormat, DatasetWriter, COLUMNS, PROJECT_COLUMNS,
        };
        let rules = load_rules(self.rules.as_ref())?;
        let mut fl = self.filters.to_filters()?;
        fl.name_places(&rules);
        let by_project = self.table == super::TableArg::Projects;
        if by_project && !fl.is_empty() {
            bail!("export --table projects takes no fact filters (--kind, --min, --region…): they choose facts, and a project row is made of several");
        }
        let columns = if by_project { PROJECT_COLUMNS } else { COLUMNS };
        let file = self.output.as_deref().filter(|p| p.as_os_str() != "-");
        let mut w = match (self.format, file) {
            (super::DatasetFormatArg::Parquet, None) => {
                bail!("export --format parquet needs a file: -o FILE")
            }
            (super::DatasetFormatArg::Parquet, Some(p)) => DatasetWriter::parquet(
                std::io::BufWriter::new(Box::new(std::io::sink()) as Box<dyn Write>),
                p.to_path_buf(),
                columns,
            ),
            (f, file) => {
                let sink: Box<dyn Write> = match file {
                    Some(p) => Box::new(
                        std::fs::File::create(p)
                            .with_context(|| format!("{}: cannot create", p.display()))?,
                    ),
                    None => Box::new(std::io::stdout().lock()),
                };
                let format = if matches!(f, super::DatasetFormatArg::Csv) {
                    DatasetFormat::Csv
                } else {
                    DatasetFormat::Jsonl
                };
                DatasetWriter::new(std::io::BufWriter::new(sink), format, columns)
            }
        };
        let mut failed = 0;
        let status = by_project.then_some(rules.project_status.as_slice());
        if self.paths.is_empty() {
            let index = self.index.clone().unwrap_or_else(|| PathBuf::from("index"));
            let archive = open_for_reading(&index, self.rules.as_ref())?;
            write_from_index(&Searching::new(&archive)?, &fl, status, &mut w)?;
        } else {
            let common = Common {
                paths: self.paths.clone(),
                rules: self.rules.clone(),
                reference_date: None,
                text_field: self.text_field.clone(),
            };
            failed = export_files(&common, &fl, status, &mut w)?;
        }
        let rows = w.finish()?;
        eprintln!(
            "tongbao: {rows} {} exported; {failed} files failed",
            if by_project { "project rows" } else { "facts" }
        );
        Ok(if failed > 0 { 1 } else { 0 })
    }
}

/// A dataset from files, by the library's one way of making it; each failed file is reported.
/// Returns the number of files that failed.
fn export_files<W: Write>(
    common: &Common,
    fl: &Filters,
    status: Option<&[String]>,
    w: &mut tongbao::dataset::DatasetWriter<W>,
) -> Result<usize> {
    let mut pipeline = load_pipeline(common, &[])?;
    pipeline.keep_words = true;
    let (files, failures) = inputs(common);
    let mut failed: Vec<String> = failures.iter().map(|e| e.to_string()).collect();
    failed.extend(tongbao::dataset::write_from_files(
        &pipeline, &files, fl, status, w,
    )?);
    let mut err = std::io::stderr().lock();
    for e in &failed {
        writeln!(err, "tongbao: error: {e}")?;
    }
    Ok(failed.len())
}

/// `tongbao check`: claims, or every figure of some files, against the index.
pub struct CheckArgs {
    pub claims: Vec<String>,
    pub files: Vec<PathBuf>,
    pub index: PathBuf,
    pub json: bool,
    pub reference_date: Option<String>,
    pub rules: Option<PathBuf>,
}

impl CheckArgs {
    pub fn run(self) -> Result<i32> {
        use tongbao::check::{Checked, Checker, Verdict};
        if self.claims.is_empty() && self.files.is_empty() {
            bail!("check: give a claim in quotes, or --file FILE to check every figure of a text");
        }
        let common = Common {
            paths: vec![PathBuf::from("-")],
            rules: self.rules.clone(),
            reference_date: self.reference_date.clone(),
            text_field: None,
        };
        let pipeline = load_pipeline(&common, &[])?;
        let archive = Archive::open(&self.index, pipeline.segmenter.clone(), false)?;
        if let Some(msg) = archive.staleness(&pipeline.rules.version) {
            eprintln!("tongbao: warning: {msg}");
        }
        let searching = Searching::new(&archive)?;
        let checker = Checker::new(&pipeline, &searching);
        let mut results: Vec<(String, Vec<Checked>)> = Vec::new();
        let mut failures = Vec::new();
        for c in &self.claims {
            results.push((c.clone(), checker.check_text(c)?));
        }
        let (files, fails) = collect_inputs(&self.files);
        failures.extend(fails.into_iter().map(|e| e.to_string()));
        for f in &files {
            match checker.check_file(f) {
                Ok(r) => results.push((f.path.display().to_string(), r)),
                Err(e) => failures.push(e.to_string()),
            }
        }
        let stdout = std::io::stdout();
        let mut out = std::io::BufWriter::new(stdout.lock());
        let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
        for (source, checked) in &results {
            if checked.is_empty() && !self.json {
                writeln!(out, "{source}: no figure to check (no money, quantity, percentage, growth or ranking was found)")?;
            }
            for c in checked {
                *counts.entry(c.verdict.as_str()).or_default() += 1;
                if self.json {
                    writeln!(out, "{}", checked_json(c, source)?)?;
                    continue;
                }
                let period = c
                    .period
                    .as_ref()
                    .map(|p| {
                        if p.0 == p.1 {
                            p.0.clone()
                        } else {
                            format!("{}..{}", p.0, p.1)
                        }
                    })
                    .unwrap_or_else(|| "no period".into());
                writeln!(
                    out,
                    "{}  [{}]  {} · {} · {} · {}",
                    c.text,
                    c.verdict.as_str(),
                    c.subject.as_deref().unwrap_or("(no subject)"),
                    period,
                    c.region.as_deref().unwrap_or("no region"),
                    c.role.unwrap_or("actual")
                )?;
                if let Some(n) = &c.note {
                    writeln!(out, "    note: {n}")?;
                }
                for e in &c.evidence {
                    writeln!(out, "    evidence: {}", evidence_line(e))?;
                }
                for e in c.rejected.iter().take(3) {
                    writeln!(
                        out,
                        "    not used ({}): {}",
                        e.reason.as_deref().unwrap_or(""),
                        evidence_line(e)
                    )?;
                }
            }
        }
        out.flush()?;
        let mut err = std::io::stderr().lock();
        for e in &failures {
            writeln!(err, "tongbao: error: {e}")?;
        }
        let summary: Vec<String> = counts.iter().map(|(k, n)| format!("{k} {n}")).collect();
        let n: usize = counts.values().sum();
        writeln!(
            err,
            "tongbao: {n} figures checked ({}); {} failed",
            if summary.is_empty() {
                "none".into()
            } else {
                summary.join(", ")
            },
            failures.len()
        )?;
        let flagged = results
            .iter()
            .flat_map(|(_, c)| c)
            .any(|c| matches!(c.verdict, Verdict::Contradicted | Verdict::TargetNotResult));
        Ok(if !failures.is_empty() {
            1
        } else if flagged {
            3
        } else {
            0
        })
    }
}

fn evidence_line(e: &tongbao::check::Evidence) -> String {
    let period = e
        .period
        .as_ref()
        .map(|p| format!(" {}..{}", p.0, p.1))
        .unwrap_or_default();
    let page = e.page.map(|p| format!(" page {p},")).unwrap_or_default();
    format!(
        "{} = {}{} [{}{}] — {} ({}){} chars {}..{}\n        “{}”",
        e.text,
        e.value.map(|v| v.to_string()).unwrap_or_default(),
        e.unit
            .as_deref()
            .map(|u| format!(" {u}"))
            .unwrap_or_default(),
        e.role.as_deref().unwrap_or("actual"),
        period,
        e.title.as_deref().unwrap_or("(untitled)"),
        e.issued.as_deref().or(e.path.as_deref()).unwrap_or(""),
        page,
        e.start.unwrap_or(0),
        e.end.unwrap_or(0),
        e.sentence.replace('\n', " ")
    )
}
