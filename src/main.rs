//! The command-line front: parses arguments and calls the library.
use anyhow::{bail, Result};
use clap::{Parser, Subcommand};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use tongbao::output::{Format, Writer};
use tongbao::pipeline::Job;
use tongbao::read::collect_inputs;
use tongbao::{Kind, Pipeline, Rules};

mod commands;
mod serve;

/// See Cargo.toml: the server's many small allocations on many threads.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "tongbao",
    version,
    about = "Facts from Chinese government bulletins and economic news"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args, Clone)]
struct Common {
    /// Files or folders (walked recursively); `-` reads standard input.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Load rules from this folder instead of the built-in copy.
    #[arg(long)]
    rules: Option<PathBuf>,
    /// Date that relative dates resolve against when a document states none (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    reference_date: Option<String>,
    /// The field of a JSON Lines or CSV archive that holds each record's text (default: a
    /// known name such as `text` or `content`, else the field with the longest text).
    #[arg(long, value_name = "NAME")]
    text_field: Option<String>,
}

/// The fact filters of `search` and `export`.
#[derive(clap::Args, Clone, Default)]
pub struct FilterArgs {
    /// Fact kinds (comma-separated).
    #[arg(long, value_delimiter = ',')]
    pub kind: Vec<String>,
    /// Smallest value, as written: 1亿, 5000万, 1e8; or a percentage, 5% (percent and growth facts only).
    #[arg(long, allow_hyphen_values = true)]
    pub min: Option<String>,
    #[arg(long, allow_hyphen_values = true)]
    pub max: Option<String>,
    /// Period start: 2023, 2023-03, 2023Q1, 2023H1 or YYYY-MM-DD.
    #[arg(long)]
    pub from: Option<String>,
    #[arg(long)]
    pub to: Option<String>,
    #[arg(long)]
    pub region: Option<String>,
    #[arg(long)]
    pub entity: Option<String>,
    #[arg(long, value_parser = ["actual", "target", "forecast"])]
    pub role: Option<String>,
    /// A ranking's scope: what it ranks among (`全国`, `全省`, `中部`).
    #[arg(long)]
    pub scope: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SortArg {
    Relevance,
    Value,
    Date,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TableArg {
    Facts,
    Projects,
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum DatasetFormatArg {
    Csv,
    Jsonl,
    /// Needs `-o FILE`.
    Parquet,
}

#[derive(Subcommand)]
enum Command {
    /// Check each document's own arithmetic: parts against totals, shares against the figures
    /// they are shares of, verbs against the levels they join, 万/亿 slips. Exit status 3 when
    /// anything is found.
    Audit {
        #[command(flatten)]
        common: Common,
        /// JSON Lines: one object per document with its checks and findings.
        #[arg(long)]
        json: bool,
    },
    /// Check claims against the index: each figure of a claim gets a verdict (supported,
    /// contradicted, target-not-result, not found) with its evidence and the near matches
    /// turned down. Exit status 3 when a figure is contradicted or only a target.
    Check {
        /// Claims, each checked on its own (`"张湾区一季度地区生产总值147亿元，同比增长5.3%"`).
        claims: Vec<String>,
        /// Check every figure of these files (a press release, say) instead.
        #[arg(long)]
        file: Vec<PathBuf>,
        #[arg(long, default_value = "index")]
        index: PathBuf,
        /// One JSON object per figure.
        #[arg(long)]
        json: bool,
        /// The year the claim speaks of when it names none (YYYY-MM-DD); without it a claim
        /// without a year matches the same months of any year.
        #[arg(long, value_name = "YYYY-MM-DD")]
        reference_date: Option<String>,
        #[arg(long)]
        rules: Option<PathBuf>,
    },
    /// Extract facts (JSON Lines by default) from text documents.
    Extract {
        #[command(flatten)]
        common: Common,
        #[arg(long, value_enum, default_value = "jsonl")]
        format: Format,
        /// Print the document records instead of the facts.
        #[arg(long)]
        docs: bool,
        /// Only these kinds, comma-separated (money,quantity,percent,growth,date,ranking,project,org,region).
        #[arg(long, value_delimiter = ',')]
        kinds: Vec<String>,
    },
    /// Print the normalised text that fact offsets refer to.
    Text {
        #[command(flatten)]
        common: Common,
    },
    /// Index documents and their facts for search (incremental: unchanged files are skipped).
    Index {
        #[command(flatten)]
        common: Common,
        #[arg(long, default_value = "index")]
        index: PathBuf,
        /// Re-extract every file (after the rules changed).
        #[arg(long)]
        reindex: bool,
        /// Remove documents whose files are gone.
        #[arg(long)]
        prune: bool,
        /// Commit after this many documents (a killed run keeps what was committed).
        #[arg(long, default_value_t = 10_000, hide = true, allow_negative_numbers = true, value_parser = in_range(1, 1_000_000))]
        commit_every: usize,
    },
    /// Search the index: free text (quoted phrases, AND, OR, -word) and fact filters.
    #[command(after_help = tongbao::index::search::SYNTAX)]
    Search {
        /// The text to look for (may be empty when filters are given).
        #[arg(default_value = "")]
        query: String,
        #[arg(long, default_value = "index")]
        index: PathBuf,
        #[command(flatten)]
        filters: FilterArgs,
        /// List documents (the default).
        #[arg(long, conflicts_with = "facts")]
        docs: bool,
        /// List the matching facts themselves.
        #[arg(long)]
        facts: bool,
        /// How many documents or facts to list (1 to 10000000).
        #[arg(long, default_value_t = 10, allow_negative_numbers = true, value_parser = in_range(1, MAX_LIMIT))]
        limit: usize,
        /// JSON Lines for scripts.
        #[arg(long)]
        json: bool,
        /// The rules the index was built with, when not the built-in ones.
        #[arg(long)]
        rules: Option<PathBuf>,
        /// Order of facts: best match, largest value, or latest period first.
        #[arg(long, value_enum, default_value = "relevance")]
        sort: SortArg,
    },
    /// Documents, facts per kind, size and last ingest of an index.
    Stats {
        #[arg(long, default_value = "index")]
        index: PathBuf,
        /// One JSON object for scripts (the object `serve`'s /api/stats returns).
        #[arg(long)]
        json: bool,
    },
    /// A dataset of facts with their provenance (`--format csv|jsonl`), from files or from the
    /// index and filtered as in `search`; or (`--ndjson DIR`) the whole index as NDJSON with
    /// Elasticsearch and Quickwit mappings.
    Export {
        /// Files or folders to extract from; without them the facts come from the index.
        paths: Vec<PathBuf>,
        #[arg(long)]
        index: Option<PathBuf>,
        /// The field of a JSON Lines or CSV archive that holds each record's text.
        #[arg(long, value_name = "NAME")]
        text_field: Option<String>,
        /// Write the index as NDJSON into this folder instead of a dataset.
        #[arg(long, value_name = "DIR")]
        ndjson: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "csv")]
        format: DatasetFormatArg,
        /// One row per fact, or one per distinct project of a document with its figures.
        #[arg(long, value_enum, default_value = "facts")]
        table: TableArg,
        /// File to write (standard output when absent or `-`).
        #[arg(short, long)]
        output: Option<PathBuf>,
        #[command(flatten)]
        filters: FilterArgs,
        #[arg(long)]
        rules: Option<PathBuf>,
    },
    /// A local web page over an index: search, documents with their facts, indicator charts,
    /// claim checks, and the same objects as `--json` under /api/.
    Serve {
        #[arg(long, default_value = "index")]
        index: PathBuf,
        /// Address to listen on (loopback unless another is asked for; port 0 picks a free one).
        #[arg(long, default_value = "127.0.0.1:8080")]
        bind: std::net::SocketAddr,
        /// The rules the index was built with, when not the built-in ones.
        #[arg(long)]
        rules: Option<PathBuf>,
        /// Longest a query may take, in milliseconds, before it is answered 503.
        #[arg(long, default_value_t = 10_000, value_parser = in_range(0, 600_000))]
        timeout_ms: usize,
        /// Megabytes of search answers kept for the index's current commit (0: none; a new
        /// commit starts afresh).
        #[arg(long, default_value_t = 64, value_parser = in_range(0, 65_536))]
        cache_mb: usize,
    },
    /// Measure query latency: runs every query of FILE (one per line, `text | --flag value…`).
    BenchSearch {
        queries: PathBuf,
        #[arg(long, default_value = "index")]
        index: PathBuf,
        /// Runs of the whole set (the first is a warm-up and is not counted; 2 to 10000).
        #[arg(long, default_value_t = 5, allow_negative_numbers = true, value_parser = in_range(2, 10_000))]
        rounds: usize,
    },
    /// Show how the segmenter cuts a text, with each word's dictionary tag (for rule authors).
    Words {
        /// The text to segment.
        text: String,
        #[arg(long)]
        rules: Option<PathBuf>,
    },
    /// Measure extraction throughput over files or folders (read, normalise, extract; no output).
    Bench {
        #[command(flatten)]
        common: Common,
        /// Worker threads (default: all cores; 1 to 1024).
        #[arg(long, allow_negative_numbers = true, value_parser = in_range(1, 1024))]
        threads: Option<usize>,
    },
}

/// Most hits `search --limit` lists (the collector is also cut to the records the index holds).
const MAX_LIMIT: u64 = 10_000_000;

/// A parser for a whole number in `lo..=hi`: clap names the option and the range when a value
/// is outside it.
fn in_range(lo: u64, hi: u64) -> clap::builder::RangedU64ValueParser<usize> {
    clap::builder::RangedU64ValueParser::<usize>::new().range(lo..=hi)
}

/// The year of a `--reference-date`, refused unless it is a real day (`2024-13-45` is not).
pub fn reference_year(d: &str) -> Result<i32> {
    let day = tongbao::index::search::parse_span(d)
        .filter(|(a, b)| a == b && d.len() == 10 && d.bytes().take(4).all(|b| b.is_ascii_digit()));
    let Some((day, _)) = day else {
        bail!("--reference-date {d}: expected a day as YYYY-MM-DD (such as 2024-03-15)")
    };
    Ok((day / 10_000) as i32)
}

/// The rules of `--rules DIR`, or the built-in copy.
fn load_rules(dir: Option<&PathBuf>) -> Result<Rules> {
    match dir {
        Some(d) => Rules::load_dir(d).map_err(|e| anyhow::anyhow!("{e}")),
        None => Ok(Rules::embedded()),
    }
}

fn load_pipeline(common: &Common, kinds: &[String]) -> Result<Pipeline> {
    let rules = load_rules(common.rules.as_ref())?;
    let mut p = Pipeline::new(rules);
    if let Some(d) = &common.reference_date {
        p.reference_year = Some(reference_year(d)?);
        p.reference_day = Some(d.clone());
    }
    if !kinds.is_empty() {
        let mut ks = Vec::new();
        for k in kinds {
            match Kind::parse(k.trim()) {
                Some(kind) => ks.push(kind),
                None => bail!("--kinds: unknown kind `{k}` (expected one of money, quantity, percent, growth, date, ranking, project, org, region)"),
            }
        }
        p.kinds = Some(ks);
    }
    Ok(p)
}

/// The inputs of the paths given, each archive's text field reported on standard error.
fn inputs(common: &Common) -> (Vec<tongbao::read::InputFile>, Vec<tongbao::Error>) {
    let (files, errors, notes) =
        tongbao::read::collect_inputs_with(&common.paths, common.text_field.as_deref());
    for n in notes {
        eprintln!("tongbao: note: {n}");
    }
    (files, errors)
}

fn progress(n: usize) -> Option<indicatif::ProgressBar> {
    if n <= 3 || !std::io::stderr().is_terminal() {
        return None;
    }
    let pb = indicatif::ProgressBar::new(n as u64);
    pb.set_style(
        indicatif::ProgressStyle::with_template(
            "{bar:40} {pos}/{len} documents {elapsed} (eta {eta})",
        )
        .unwrap(),
    );
    Some(pb)
}

/// Documents are processed in parallel in bounded chunks and written in input order, so the
/// output is deterministic and memory does not grow with the corpus.
const CHUNK: usize = 256;

fn run_extract(
    common: Common,
    format: Format,
    docs: bool,
    kinds: Vec<String>,
    text_only: bool,
) -> Result<i32> {
    let pipeline = load_pipeline(&common, &kinds)?;
    let (files, walk_errors) = inputs(&common);
    let mut failures: Vec<String> = walk_errors.iter().map(|e| e.to_string()).collect();
    let stdout = std::io::stdout();
    let mut writer = Writer::new(std::io::BufWriter::new(stdout.lock()), format, docs);
    let pb = progress(files.len());
    let mut per_kind: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut ok_docs = 0usize;
    let mut no_year: Vec<String> = Vec::new();
    for chunk in files.chunks(CHUNK) {
        let jobs: Vec<_> = chunk.par_iter().map(|f| pipeline.job(f)).collect();
        for (job, file) in jobs.into_iter().zip(chunk) {
            if let Some(pb) = &pb {
                pb.inc(1);
            }
            let r = match job {
                Job::Whole(r) => *r,
                Job::Pieces { why, head } => {
                    match in_pieces(
                        &pipeline,
                        file,
                        &why,
                        head,
                        &mut writer,
                        docs,
                        text_only,
                        &mut per_kind,
                    ) {
                        Ok(rec) => {
                            ok_docs += 1;
                            if rec.year.is_none() {
                                no_year.push(rec.doc.clone());
                            }
                        }
                        Err(e) => failures.push(e.to_string()),
                    }
                    continue;
                }
            };
            match r {
                Ok(p) => {
                    ok_docs += 1;
                    if p.record.year.is_none() {
                        no_year.push(p.record.doc.clone());
                    }
                    if text_only {
                        let out = writer_raw(&mut writer);
                        // a form feed in place of the paragraph break where a PDF page starts:
                        // same offsets, pages visible
                        if p.page_breaks.is_empty() {
                            out.write_all(p.normalized.text.as_bytes())?;
                        } else {
                            let mut bytes = p.normalized.text.as_bytes().to_vec();
                            for &b in &p.page_breaks {
                                bytes[b] = 0x0c;
                            }
                            out.write_all(&bytes)?;
                        }
                        out.write_all(b"\n")?;
                        continue;
                    }
                    for f in &p.facts {
                        *per_kind.entry(f.kind.as_str()).or_default() += 1;
                    }
                    if docs {
                        writer.row(&p.record.to_json(p.facts.len(), &pipeline.rules.version))?;
                    } else {
                        writer.facts(&p.record, &p.facts)?;
                    }
                }
                Err(e) => failures.push(e.to_string()),
            }
        }
    }
    writer.flush()?;
    if let Some(pb) = pb {
        pb.finish_and_clear();
    }
    let mut err = std::io::stderr().lock();
    if !text_only {
        let kinds: Vec<String> = per_kind.iter().map(|(k, n)| format!("{k} {n}")).collect();
        writeln!(
            err,
            "tongbao: {ok_docs} documents read, {} facts ({}); {} failed",
            per_kind.values().sum::<usize>(),
            kinds.join(", "),
            failures.len()
        )?;
    }
    if !no_year.is_empty() && !text_only {
        let shown: Vec<&str> = no_year.iter().take(5).map(String::as_str).collect();
        writeln!(
            err,
            "tongbao: note: {} document(s) state no date and name no year ({}{}); dates without a year in them were not resolved: give --reference-date YYYY-MM-DD",
            no_year.len(),
            shown.join(", "),
            if no_year.len() > 5 { ", …" } else { "" }
        )?;
    }
    for f in &failures {
        writeln!(err, "tongbao: error: {f}")?;
    }
    Ok(if failures.is_empty() { 0 } else { 1 })
}

fn writer_raw<W: Write>(w: &mut Writer<W>) -> &mut dyn Write {
    w.raw()
}

/// A document too large or dense to hold whole: its facts (or text) written piece by piece as
/// they are found, then its record with the totals when `docs`.
#[allow(clippy::too_many_arguments)]
fn in_pieces<W: Write>(
    pipeline: &Pipeline,
    file: &tongbao::read::InputFile,
    why: &str,
    head: Option<Vec<u8>>,
    writer: &mut Writer<W>,
    docs: bool,
    text_only: bool,
    per_kind: &mut BTreeMap<&'static str, usize>,
) -> Result<tongbao::DocRecord, tongbao::Error> {
    let mut sink =
        |rec: &tongbao::DocRecord, facts: &[tongbao::Fact], text: &str| -> std::io::Result<()> {
            if text_only {
                return writer_raw(writer).write_all(text.as_bytes());
            }
            for f in facts {
                *per_kind.entry(f.kind.as_str()).or_default() += 1;
            }
            if docs {
                Ok(())
            } else {
                writer.facts(rec, facts)
            }
        };
    let (record, facts) = pipeline.process_in_pieces(file, why, head, &mut sink)?;
    let io = |e| tongbao::Error::Io {
        path: file.path.clone(),
        source: e,
    };
    if text_only {
        writer_raw(writer).write_all(b"\n").map_err(io)?;
    } else if docs {
        writer
            .row(&record.to_json(facts, &pipeline.rules.version))
            .map_err(io)?;
    }
    Ok(record)
}

fn run_bench(common: Common, threads: Option<usize>) -> Result<i32> {
    let t_setup = std::time::Instant::now();
    let pipeline = load_pipeline(&common, &[])?;
    let setup = t_setup.elapsed().as_secs_f64();
    let (files, _) = collect_inputs(&common.paths);
    if files.is_empty() {
        bail!("no input files");
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0))
        .build()?;
    let nthreads = pool.current_num_threads();
    let t0 = std::time::Instant::now();
    let (bytes, facts, docs, failed) = pool.install(|| {
        files
            .par_iter()
            .map(|f| match pipeline.process_file(f) {
                Ok(p) => (p.record.bytes, p.facts.len(), 1usize, Vec::new()),
                Err(e) => (0, 0, 0, vec![e.to_string()]),
            })
            .reduce(
                || (0, 0, 0, Vec::new()),
                |mut a, b| {
                    a.3.extend(b.3);
                    (a.0 + b.0, a.1 + b.1, a.2 + b.2, a.3)
                },
            )
    });
    let secs = t0.elapsed().as_secs_f64();
    // a document the bench could not read is named, never left out of the figures unsaid
    for e in &failed {
        eprintln!("tongbao: not in the figures: {e}");
    }
    let mb = bytes as f64 / 1e6;
    // Setup (the jieba dictionary and the rules, about 0.2 s) is paid once per process and is
    // reported apart from the extraction throughput.
    println!(
        "{docs} documents, {mb:.1} MB, {facts} facts in {secs:.2} s on {nthreads} threads (+{setup:.2} s setup): {:.1} MB/s, {:.1} MB/s per thread, {:.0} documents/s; with setup {:.1} MB/s",
        mb / secs,
        mb / secs / nthreads as f64,
        docs as f64 / secs,
        mb / (secs + setup)
    );
    let per_format = pool.install(|| stage_times(&files, &pipeline));
    let mut stages = Stage::default();
    for (format, s) in &per_format {
        let mb = s.bytes as f64 / 1e6;
        if *format == "pdf" {
            println!("PDF reading alone: {} files, {} pages, {mb:.1} MB in {:.2} core-s: {:.0} pages/s per core", s.files, s.pages, s.read, s.pages as f64 / s.read);
        } else {
            println!("{} reading alone: {} files, {mb:.1} MB in {:.2} core-s: {:.1} MB/s, {:.0} files/s per core", format.to_uppercase(), s.files, s.read, mb / s.read, s.files as f64 / s.read);
        }
        stages.add(s);
    }
    // what each stage costs of one core's time, the extraction proper being the rest of the run
    let core_secs = secs * nthreads as f64;
    let rest = (core_secs - stages.read - stages.normalise - stages.segment).max(0.0);
    let share = |x: f64| format!("{x:.2} core-s, {:.1} MB/s", mb / x);
    println!(
        "stages, per core: reading {}; normalising {}; segmenting (jieba) {}; extracting {}",
        share(stages.read),
        share(stages.normalise),
        share(stages.segment),
        share(rest)
    );
    Ok(0)
}

/// The read stage alone, per format (for PDFs comparable with pdftotext): each file is read
/// and decoded as `extract` does it, and the time spent on it is added to its format's account,
/// so each figure is per core whatever the number of threads. Normalising and segmenting are
/// timed apart on the same files, so that the extraction's own share shows.
fn stage_times(
    files: &[tongbao::read::InputFile],
    pipeline: &Pipeline,
) -> BTreeMap<&'static str, Stage> {
    let rules = &pipeline.rules;
    files
        .par_iter()
        .filter_map(|f| {
            let t = std::time::Instant::now();
            let b = tongbao::read::read_bytes(f).ok()?;
            let d = tongbao::read::decode_any(&b, &f.path, rules).ok()?;
            let read = t.elapsed().as_secs_f64();
            let t = std::time::Instant::now();
            let n = tongbao::normalize::normalize_marked(&d.text, &d.line_marks, rules);
            let normalise = t.elapsed().as_secs_f64();
            let t = std::time::Instant::now();
            // as extract cuts it: line by line
            let words: usize = n
                .text
                .split_inclusive('\n')
                .map(|line| pipeline.segmenter.words(line).len())
                .sum();
            let segment = t.elapsed().as_secs_f64();
            std::hint::black_box(words);
            let mut m = BTreeMap::new();
            m.insert(
                d.format.label(),
                Stage {
                    files: 1,
                    bytes: b.len(),
                    pages: d.page_starts.len(),
                    read,
                    normalise,
                    segment,
                },
            );
            Some(m)
        })
        .reduce(BTreeMap::new, |mut a, b| {
            for (k, v) in b {
                a.entry(k).or_default().add(&v);
            }
            a
        })
}

/// Time spent per stage on a set of files (seconds of one core), with what they held.
#[derive(Default)]
struct Stage {
    files: usize,
    bytes: usize,
    pages: usize,
    read: f64,
    normalise: f64,
    segment: f64,
}

impl Stage {
    fn add(&mut self, o: &Stage) {
        self.files += o.files;
        self.bytes += o.bytes;
        self.pages += o.pages;
        self.read += o.read;
        self.normalise += o.normalise;
        self.segment += o.segment;
    }
}

fn run_words(text: &str, rules: Option<PathBuf>) -> Result<i32> {
    let rules = load_rules(rules.as_ref())?;
    let seg = tongbao::segment::Segmenter::new(&rules);
    let words: Vec<String> = seg
        .words(text)
        .iter()
        .map(|w| {
            format!(
                "{}/{}",
                &text[w.start..w.end],
                seg.tag_of(&text[w.start..w.end])
            )
        })
        .collect();
    println!("{}", words.join(" "));
    Ok(0)
}

/// mimalloc asks the kernel for transparent huge pages, and the kernel zeroes 2 MB at the first
/// touch of each; extraction frees and takes memory document by document, so on the news bench
/// that zeroing cost a tenth of the run (`perf`: `clear_page_erms`). Ordinary 4 KB pages cost
/// a third of that system time, and the run's user time is the same.
fn no_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes plain integers and changes only this process's paging.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

fn main() {
    no_huge_pages();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract {
            common,
            format,
            docs,
            kinds,
        } => run_extract(common, format, docs, kinds, false),
        Command::Text { common } => run_extract(common, Format::Jsonl, false, vec![], true),
        Command::Audit { common, json } => commands::run_audit(common, json),
        Command::Check {
            claims,
            file,
            index,
            json,
            reference_date,
            rules,
        } => commands::CheckArgs {
            claims,
            files: file,
            index,
            json,
            reference_date,
            rules,
        }
        .run(),
        Command::Bench { common, threads } => run_bench(common, threads),
        Command::Words { text, rules } => run_words(&text, rules),
        Command::Index {
            common,
            index,
            reindex,
            prune,
            commit_every,
        } => commands::run_index(common, index, reindex, prune, commit_every),
        Command::Search {
            query,
            index,
            filters,
            docs: _,
            facts,
            limit,
            json,
            rules,
            sort,
        } => {
            let sort = match sort {
                SortArg::Relevance => tongbao::index::search::FactOrder::Relevance,
                SortArg::Value => tongbao::index::search::FactOrder::Value,
                SortArg::Date => tongbao::index::search::FactOrder::Date,
            };
            commands::SearchArgs {
                query,
                index,
                filters,
                facts,
                limit,
                json,
                rules,
                sort,
            }
            .run()
        }
        Command::Stats { index, json } => commands::run_stats(index, json),
        Command::Export {
            paths,
            index,
            text_field,
            ndjson,
            format,
            table,
            output,
            filters,
            rules,
        } => match ndjson {
            Some(dir) => commands::run_export(index.unwrap_or_else(|| PathBuf::from("index")), dir),
            None => commands::ExportArgs {
                paths,
                index,
                format,
                table,
                output,
                filters,
                rules,
                text_field,
            }
            .run(),
        },
        Command::BenchSearch {
            queries,
            index,
            rounds,
        } => commands::run_bench_search(queries, index, rounds),
        Command::Serve {
            index,
            bind,
            rules,
            timeout_ms,
            cache_mb,
        } => load_rules(rules.as_ref()).and_then(|r| {
            let opts = serve::Options {
                index,
                bind,
                timeout: std::time::Duration::from_millis(timeout_ms as u64),
                cache_bytes: cache_mb << 20,
            };
            serve::run(opts, Pipeline::new(r))
        }),
    };
    match result {
        Ok(code) => std::process::exit(code),
        // A reader that stopped early (`tongbao text … | head`) is not an error.
        Err(e)
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) =>
        {
            std::process::exit(0)
        }
        Err(e) => {
            eprintln!("tongbao: error: {e:#}");
            std::process::exit(2);
        }
    }
}
