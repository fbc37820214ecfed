//! `tongbao serve`: a local web page over one index — search (`/`), a document with its facts
//! (`/doc/{id}`), an indicator over time (`/series`), a claim check (`/check`), the dataset of
//! a search's filters (`/export`) — and the JSON
//! API under `/api/` that returns the objects the command line's `--json` prints.
//!
//! The work is the library's and the command line's (`commands.rs`): this module parses
//! requests, bounds them (body size, text length, time) and renders. Documents are untrusted:
//! every text goes through maud's escaping, and the Content-Security-Policy allows only the
//! page's own stylesheet and script.
mod check;
mod doc;
mod export;
mod page;
mod search;
mod series;

use anyhow::{Context as _, Result};
use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use tantivy::{IndexReader, ReloadPolicy};
use tongbao::index::search::Searching;
use tongbao::index::tokenizer::WordTokenizer;
use tongbao::index::Archive;
use tongbao::Pipeline;

/// Largest request body (a pasted press release fits many times over).
const BODY_LIMIT: usize = 256 * 1024;
/// Longest query text or filter value, in characters.
pub const MAX_QUERY_CHARS: usize = 500;
/// Longest claim, in characters.
pub const MAX_CLAIM_CHARS: usize = 20_000;

/// What `tongbao serve` was asked for.
pub struct Options {
    pub index: PathBuf,
    pub bind: SocketAddr,
    /// A query that takes longer is answered 503 (its work runs on to the end in the background).
    pub timeout: Duration,
    /// Bytes of search answers kept for the commit they were made on (0: none kept).
    pub cache_bytes: usize,
}

/// What every request shares: the index opened read-only, a reader that follows commits, and
/// the pipeline `check` reads claims with.
pub struct Served {
    pub archive: Archive,
    pub reader: IndexReader,
    pub pipeline: Pipeline,
    pub timeout: Duration,
    /// Index work running at once: as many as there are cores, the others wait their turn in
    /// order (more at once only share the cores, and every one of them finishes later).
    pub workers: Arc<tokio::sync::Semaphore>,
    pub answers: Answers,
}

/// Search answers (`/`, `/api/search`) by their route and query string, for one commit: what
/// the reader moves to next is searched afresh. Kept in order of making, the oldest dropped
/// first beyond the byte limit.
pub struct Answers {
    limit: usize,
    kept: std::sync::Mutex<Kept>,
}

#[derive(Default)]
struct Kept {
    generation: u64,
    bytes: usize,
    map: std::collections::HashMap<String, (&'static str, axum::body::Bytes)>,
    order: std::collections::VecDeque<String>,
}

impl Answers {
    pub fn new(limit: usize) -> Self {
        Answers {
            limit,
            kept: Default::default(),
        }
    }

    /// The answer kept for `key` on the commit `generation`, as a response.
    pub fn get(&self, generation: u64, key: &str) -> Option<Response> {
        if self.limit == 0 {
            return None;
        }
        let kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        let (kind, body) = kept
            .map
            .get(key)
            .filter(|_| kept.generation == generation)?;
        Some(
            (
                [(header::CONTENT_TYPE, HeaderValue::from_static(kind))],
                body.clone(),
            )
                .into_response(),
        )
    }

    /// Keeps an answer made on the commit `generation`.
    pub fn put(&self, generation: u64, key: String, kind: &'static str, body: axum::body::Bytes) {
        if self.limit == 0 || body.len() > self.limit / 16 {
            return;
        }
        let mut kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        if kept.generation != generation {
            if generation < kept.generation {
                return; // made on a commit already replaced
            }
            *kept = Kept {
                generation,
                ..Kept::default()
            };
        }
        kept.bytes += key.len() + body.len();
        if let Some((_, old)) = kept.map.insert(key.clone(), (kind, body)) {
            kept.bytes -= key.len() + old.len();
        } else {
            kept.order.push_back(key);
        }
        while kept.bytes > self.limit {
            let Some(k) = kept.order.pop_front() else {
                break;
            };
            if let Some((_, b)) = kept.map.remove(&k) {
                kept.bytes -= k.len() + b.len();
            }
        }
    }
}

impl Served {
    /// A searcher over the last commit the reader has seen: one consistent view for the whole
    /// request, whatever `tongbao index` commits meanwhile.
    pub fn searching(&self) -> Searching<'_> {
        Searching {
            archive: &self.archive,
            words: WordTokenizer::new(self.archive.segmenter.clone()),
            searcher: self.reader.searcher(),
            aliases: self.pipeline.rules.subject_compare.same.clone(),
        }
    }
}

/// Why a request was not answered; each is a status and a message for a person.
#[derive(Debug)]
pub enum Failure {
    Bad(String),
    NotFound(String),
    Timeout,
    Internal(String),
}

impl Failure {
    fn status(&self) -> StatusCode {
        match self {
            Failure::Bad(_) => StatusCode::BAD_REQUEST,
            Failure::NotFound(_) => StatusCode::NOT_FOUND,
            Failure::Timeout => StatusCode::SERVICE_UNAVAILABLE,
            Failure::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn message(&self) -> String {
        match self {
            Failure::Bad(m) | Failure::NotFound(m) | Failure::Internal(m) => m.clone(),
            Failure::Timeout => "the query took too long and was stopped waiting for; narrow it (more words, a filter) and try again".into(),
        }
    }

    /// The failure as an HTML page.
    pub fn page(self) -> Response {
        let status = self.status();
        (
            status,
            Html(page::error(status, &self.message()).into_string()),
        )
            .into_response()
    }

    /// The failure as `{"error": …}`.
    pub fn json(self) -> Response {
        (
            self.status(),
            axum::Json(
                serde_json::json!({"error": self.message(), "status": self.status().as_u16()}),
            ),
        )
            .into_response()
    }
}

impl From<anyhow::Error> for Failure {
    fn from(e: anyhow::Error) -> Self {
        Failure::Internal(format!("{e:#}"))
    }
}

impl From<tantivy::TantivyError> for Failure {
    fn from(e: tantivy::TantivyError) -> Self {
        Failure::Internal(e.to_string())
    }
}

/// Runs index work on the blocking pool, bounded by the time-out: tantivy is synchronous, and a
/// slow query must not hold one of the few runtime threads. A query is answered 503 when the
/// timer fires first, and also when it finished only after its time (the timer's granularity
/// is a millisecond), so the limit means the same whoever wins the race.
/// The wait for a turn (see [`Served::workers`]) counts against the time-out; a query given up
/// while waiting is never run.
pub async fn blocking<T: Send + 'static>(
    st: &Arc<Served>,
    f: impl FnOnce(&Served) -> Result<T, Failure> + Send + 'static,
) -> Result<T, Failure> {
    let shared = st.clone();
    let started = std::time::Instant::now();
    let task = async move {
        let turn = shared
            .workers
            .clone()
            .acquire_owned()
            .await
            .map_err(|e| Failure::Internal(e.to_string()))?;
        tokio::task::spawn_blocking(move || {
            let _turn = turn;
            f(&shared)
        })
        .await
        .map_err(|e| Failure::Internal(format!("the query failed: {e}")))
    };
    match tokio::time::timeout(st.timeout, task).await {
        Err(_) => Err(Failure::Timeout),
        Ok(Err(e)) => Err(e),
        Ok(Ok(_)) if started.elapsed() > st.timeout => Err(Failure::Timeout),
        Ok(Ok(r)) => r,
    }
}

/// Refuses a text longer than `max` characters, naming the field.
pub fn bounded(field: &str, text: &str, max: usize) -> Result<(), Failure> {
    let n = text.chars().count();
    if n > max {
        return Err(Failure::Bad(format!(
            "{field}: {n} characters; at most {max} are accepted"
        )));
    }
    Ok(())
}

/// The Content-Security-Policy: this server's stylesheet and script only, nothing inline, no
/// frames, no plugins, forms only to this server.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// Adds the safety headers to every response.
async fn headers(req: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    res
}

/// Every route of the page and the API.
pub fn router(st: Arc<Served>) -> Router {
    Router::new()
        .route("/", get(search::page))
        .route("/doc/{id}", get(doc::page))
        .route("/series", get(series::page))
        .route("/check", get(check::form).post(check::page))
        .route("/export", get(export::download))
        .route("/api/search", get(search::api))
        .route("/api/doc/{id}", get(doc::api))
        .route("/api/series", get(series::api))
        .route("/api/check", get(check::api_get).post(check::api_post))
        .route("/api/stats", get(search::stats_api))
        .route("/static/style.css", get(|| async { ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], page::STYLE) }))
        .route("/static/app.js", get(|| async { ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8")], page::SCRIPT) }))
        .route("/api/{*rest}", get(|| async { Failure::NotFound("no such API route (there are /api/search, /api/doc/{id}, /api/series, /api/check, /api/stats)".into()).json() }))
        .fallback(|| async { Failure::NotFound("no such page".into()).page() })
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(axum::middleware::from_fn(headers))
        .with_state(st)
}

/// Opens the index read-only with a reader that reloads shortly after each commit, binds, and
/// serves until interrupted.
pub fn run(opts: Options, pipeline: Pipeline) -> Result<i32> {
    let archive = Archive::open(&opts.index, pipeline.segmenter.clone(), false)?;
    if let Some(msg) = archive.staleness(&pipeline.rules.version) {
        eprintln!("tongbao: warning: {msg}");
    }
    // Commits replace meta.json atomically; the reader moves to a new commit as a whole.
    let reader = archive
        .index
        .reader_builder()
        .reload_policy(ReloadPolicy::OnCommitWithDelay)
        .try_into()
        .context("opening a reader of the index")?;
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let workers = Arc::new(tokio::sync::Semaphore::new(cores));
    let st = Arc::new(Served {
        archive,
        reader,
        pipeline,
        timeout: opts.timeout,
        workers,
        answers: Answers::new(opts.cache_bytes),
    });
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .max_blocking_threads(32)
        .build()?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(opts.bind).await.with_context(|| format!("--bind {}", opts.bind))?;
        let addr = listener.local_addr()?;
        if !addr.ip().is_loopback() {
            eprintln!("tongbao: warning: serving on {addr}, which other machines can reach; the page has no login");
        }
        eprintln!("tongbao: serving {} on http://{addr}/ (Ctrl-C stops)", opts.index.display());
        axum::serve(listener, router(st)).with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
        Ok(0)
    })
}
