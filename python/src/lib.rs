//! The Python module `tongbao._tongbao`: the crate's extractor, index, check and audit, giving
//! the same JSON objects as the command line. Each call releases the GIL while Rust works, and
//! every failure is a `tongbao.TongbaoError` naming the input and the reason (never a panic
//! reaching Python).
use pyo3::exceptions::PyException;
use pyo3::prelude::*;
use serde_json::Value;
use std::path::{Path, PathBuf};
use tongbao::index::search::{FactOrder, Searching, TextQuery};
use tongbao::index::Archive;
use tongbao::pipeline::Job;
use tongbao::read::InputFile;
use tongbao::{DocRecord, Fact, Pipeline, Processed, Rules};

pyo3::create_exception!(
    _tongbao,
    TongbaoError,
    PyException,
    "A document, index, claim or argument tongbao cannot use; the message names it and says why."
);

/// An error for Python, naming what it was about.
fn err(what: &str, reason: impl std::fmt::Display) -> PyErr {
    TongbaoError::new_err(format!("{what}: {reason}"))
}

mod topy;

/// A JSON value as the Python object `json.loads` would give (ints stay ints, so fen stay exact).
fn to_py(py: Python<'_>, v: &Value) -> PyResult<Py<PyAny>> {
    Ok(topy::to_py(py, &mut topy::Keys::default(), v)?.unbind())
}

fn list_to_py(py: Python<'_>, values: &[Value]) -> PyResult<Vec<Py<PyAny>>> {
    let mut keys = topy::Keys::default();
    values
        .iter()
        .map(|v| Ok(topy::to_py(py, &mut keys, v)?.unbind()))
        .collect()
}

/// What one input gave: its document's id and facts, or the reason it could not be read.
type Outcome = Result<(String, Vec<Fact>), String>;

/// One input extracted as `tongbao extract` does it: whole, or (too large or too dense to hold
/// whole) in pieces, the facts of every piece kept.
fn run_job(pipeline: &Pipeline, file: &InputFile) -> Outcome {
    match pipeline.job(file) {
        Job::Whole(r) => (*r)
            .map(|p| (p.record.doc, p.facts))
            .map_err(|e| e.to_string()),
        Job::Pieces { why, head } => {
            let mut facts = Vec::new();
            let done = {
                let mut sink = |_: &DocRecord, f: &[Fact], _: &str| -> std::io::Result<()> {
                    facts.extend_from_slice(f);
                    Ok(())
                };
                pipeline.process_in_pieces(file, &why, head, &mut sink)
            };
            done.map(|(record, _)| (record.doc, facts))
                .map_err(|e| e.to_string())
        }
    }
}

/// Facts as Python dicts, appended to `out` (the dicts of `tongbao extract --format jsonl`,
/// built straight from the facts).
fn facts_to_py<'py>(
    py: Python<'py>,
    keys: &mut topy::Keys<'py>,
    doc: &str,
    facts: &[Fact],
    out: &mut Vec<Py<PyAny>>,
) -> PyResult<()> {
    out.reserve(facts.len());
    for f in facts {
        out.push(topy::to_py(py, keys, &f.json_view(doc))?.unbind());
    }
    Ok(())
}

/// Runs `f` with Python's cycle collector paused (when it was running): the dicts and lists
/// built for facts hold no cycles, and a collection pass every few hundred of them, over every
/// one already made, would cost a large share of the time a big batch takes.
fn without_gc<T>(py: Python<'_>, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    let gc = py.import("gc")?;
    let was_on = gc.call_method0("isenabled")?.is_truthy()?;
    if !was_on {
        return f();
    }
    gc.call_method0("disable")?;
    let out = f();
    gc.call_method0("enable")?;
    out
}

/// Runs every input on rayon's threads with the GIL released, handing each outcome to `take`
/// in input order on this thread (which holds the GIL while it converts, so conversion overlaps
/// the extraction of the inputs after).
fn run_all(
    py: Python<'_>,
    pipeline: &Pipeline,
    files: &[InputFile],
    mut take: impl FnMut(Outcome) -> PyResult<()>,
) -> PyResult<()> {
    use rayon::iter::{ParallelBridge, ParallelIterator};
    if let [file] = files {
        let outcome = py.detach(|| run_job(pipeline, file));
        return take(outcome);
    }
    std::thread::scope(|s| {
        let (tx, mut rx) = std::sync::mpsc::channel::<(usize, Outcome)>();
        // par_bridge hands the inputs out in order as threads ask for them, so they come back
        // nearly in order and few wait in `pending`; a closed channel (an error here) stops it
        s.spawn(move || {
            files
                .iter()
                .enumerate()
                .par_bridge()
                .try_for_each_with(tx, |tx, (i, f)| {
                    tx.send((i, run_job(pipeline, f))).map_err(drop)
                })
        });
        let mut pending = std::collections::BTreeMap::new();
        let mut next = 0;
        while next < files.len() {
            if let Some(o) = pending.remove(&next) {
                take(o)?;
                next += 1;
                continue;
            }
            let (got, back) = py.detach(move || (rx.recv(), rx));
            rx = back;
            let Ok((i, o)) = got else { break };
            pending.insert(i, o);
        }
        Ok(())
    })
}

/// The files of one path (a file, a folder, or an archive's records), or the reason there are none.
fn inputs_of(path: &Path, text_field: Option<&str>) -> Result<Vec<InputFile>, String> {
    let (files, errors, _) = tongbao::read::collect_inputs_with(&[path.to_path_buf()], text_field);
    if let Some(e) = errors.first().filter(|_| files.is_empty()) {
        return Err(e.to_string());
    }
    Ok(files)
}

/// The year a `YYYY-MM-DD` reference date gives, as the command line's `--reference-date`.
fn reference_year(d: &str) -> Result<i32, String> {
    let day = tongbao::index::search::parse_span(d)
        .filter(|(a, b)| a == b && d.len() == 10 && d.bytes().take(4).all(|b| b.is_ascii_digit()));
    day.map(|(day, _)| (day / 10_000) as i32).ok_or_else(|| {
        format!("reference_date {d}: expected a day as YYYY-MM-DD (such as 2024-03-15)")
    })
}

/// The rules and segmenter, loaded once; shared by every thread that uses the extractor.
#[pyclass(frozen, module = "tongbao._tongbao")]
struct Extractor {
    pipeline: Pipeline,
}

impl Extractor {
    /// A pipeline sharing the loaded rules, for one call's own settings.
    /// (`reference_date`, already checked, gives the day `今天` and `本月17日` resolve against)
    fn with(&self, reference: Option<(i32, &str)>, keep_words: bool) -> Pipeline {
        let p = &self.pipeline;
        Pipeline {
            rules: p.rules.clone(),
            segmenter: p.segmenter.clone(),
            reference_year: reference.map(|(y, _)| y).or(p.reference_year),
            reference_day: reference
                .map(|(_, d)| d.to_string())
                .or_else(|| p.reference_day.clone()),
            kinds: p.kinds.clone(),
            keep_words,
        }
    }

    /// Every document of a path processed, or the first reason one could not be.
    fn process_path(&self, path: &Path) -> Result<Vec<Processed>, String> {
        let files = inputs_of(path, None)?;
        files
            .iter()
            .map(|f| self.pipeline.process_file(f).map_err(|e| e.to_string()))
            .collect()
    }
}

#[pymethods]
impl Extractor {
    /// `rules`: a rules folder instead of the built-in copy.
    #[new]
    #[pyo3(signature = (rules=None))]
    fn new(py: Python<'_>, rules: Option<PathBuf>) -> PyResult<Self> {
        let loaded = py.detach(|| match &rules {
            Some(d) => Rules::load_dir(d).map_err(|e| e.to_string()),
            None => Ok(Rules::embedded()),
        });
        let rules = loaded.map_err(|e| err("rules", e))?;
        Ok(Extractor {
            pipeline: Pipeline::new(rules),
        })
    }

    /// The version of the rules, as every fact's provenance names it.
    #[getter]
    fn rules_version(&self) -> String {
        self.pipeline.rules.version.clone()
    }

    /// The facts of a text, as `tongbao extract --format jsonl` prints them.
    #[pyo3(signature = (text, doc=None, reference_date=None))]
    fn extract(
        &self,
        py: Python<'_>,
        text: &str,
        doc: Option<String>,
        reference_date: Option<&str>,
    ) -> PyResult<Vec<Py<PyAny>>> {
        let year = reference_date
            .map(reference_year)
            .transpose()
            .map_err(|e| err("extract", e))?;
        let doc = doc.unwrap_or_else(|| "text".into());
        let pipeline = self.with(year.zip(reference_date), false);
        let p = py.detach(|| pipeline.process_text(&doc, text));
        let mut out = Vec::new();
        facts_to_py(
            py,
            &mut topy::Keys::default(),
            &p.record.doc,
            &p.facts,
            &mut out,
        )?;
        Ok(out)
    }

    /// The facts of a file (every record of a JSON Lines or CSV archive; a folder's files),
    /// read as `tongbao extract` reads it; the first document that fails raises.
    fn extract_file(&self, py: Python<'_>, path: PathBuf) -> PyResult<Vec<Py<PyAny>>> {
        let what = path.display().to_string();
        let files = py
            .detach(|| inputs_of(&path, None))
            .map_err(|e| err(&what, e))?;
        let (mut out, mut keys) = (Vec::new(), topy::Keys::default());
        without_gc(py, || {
            run_all(py, &self.pipeline, &files, |o| {
                let (doc, facts) = o.map_err(|e| err(&what, e))?;
                facts_to_py(py, &mut keys, &doc, &facts, &mut out)
            })
        })?;
        Ok(out)
    }

    /// The facts of files and folders as `tongbao extract PATHS` gives them (the same documents
    /// in the same order), extracted in parallel on every core, and the reasons of the
    /// documents that failed (the command line's error lines): `(facts, failures)`.
    #[pyo3(signature = (paths, text_field=None))]
    fn extract_files(
        &self,
        py: Python<'_>,
        paths: Vec<PathBuf>,
        text_field: Option<String>,
    ) -> PyResult<(Vec<Py<PyAny>>, Vec<String>)> {
        let (files, errors, _) =
            py.detach(|| tongbao::read::collect_inputs_with(&paths, text_field.as_deref()));
        let mut failed: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        let (mut out, mut keys) = (Vec::new(), topy::Keys::default());
        without_gc(py, || {
            run_all(py, &self.pipeline, &files, |o| match o {
                Ok((doc, facts)) => facts_to_py(py, &mut keys, &doc, &facts, &mut out),
                Err(e) => {
                    failed.push(e);
                    Ok(())
                }
            })
        })?;
        Ok((out, failed))
    }

    /// The document record (`tongbao extract --docs`) of a text, or of a file given as a path.
    fn document(&self, py: Python<'_>, text_or_path: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let (text, path) = text_or_path_of(text_or_path)?;
        let version = self.pipeline.rules.version.clone();
        let records = py.detach(|| match &path {
            Some(p) => self.process_path(p).map(|docs| {
                docs.iter()
                    .map(|d| d.record.to_json(d.facts.len(), &version))
                    .collect::<Vec<_>>()
            }),
            None => {
                let d = self
                    .pipeline
                    .process_text("text", text.as_deref().unwrap_or(""));
                Ok(vec![d.record.to_json(d.facts.len(), &version)])
            }
        });
        let what = path
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| "document".into());
        let mut records = records.map_err(|e| err(&what, e))?;
        match records.len() {
            1 => to_py(py, &records.remove(0)),
            _ => Ok(list_to_py(py, &records)?
                .into_pyobject(py)?
                .into_any()
                .unbind()),
        }
    }

    /// The normalised text that the offsets of a file's facts refer to (`tongbao text`).
    fn text(&self, py: Python<'_>, path: PathBuf) -> PyResult<String> {
        let text = py.detach(|| {
            let docs = self.process_path(&path)?;
            Ok::<_, String>(
                docs.iter()
                    .map(|p| p.normalized.text.as_str())
                    .collect::<Vec<_>>()
                    .join("\n"),
            )
        });
        text.map_err(|e| err(&path.display().to_string(), e))
    }

    /// Each document's own arithmetic (`tongbao audit --json`) of a text, or of a file given as a path.
    fn audit(&self, py: Python<'_>, text_or_path: &Bound<'_, PyAny>) -> PyResult<Vec<Py<PyAny>>> {
        let (text, path) = text_or_path_of(text_or_path)?;
        let audits = py.detach(|| {
            let docs = match &path {
                Some(p) => self.process_path(p)?,
                None => vec![self
                    .pipeline
                    .process_text("text", text.as_deref().unwrap_or(""))],
            };
            Ok::<_, String>(
                docs.iter()
                    .map(|d| tongbao::api::audit_json(&d.record.doc, &tongbao::audit::audit(d)))
                    .collect::<Vec<_>>(),
            )
        });
        let what = path
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| "audit".into());
        list_to_py(py, &audits.map_err(|e| err(&what, e))?)
    }

    /// The rows of `tongbao export --format parquet` (with the exact `_fen` money columns) for files,
    /// and the reasons of those that failed: `(rows, failures)`.
    #[pyo3(signature = (paths, text_field=None))]
    fn export_rows(
        &self,
        py: Python<'_>,
        paths: Vec<PathBuf>,
        text_field: Option<String>,
    ) -> PyResult<(Vec<Py<PyAny>>, Vec<String>)> {
        let pipeline = self.with(None, true);
        let done = py.detach(|| {
            let (files, errors, _) =
                tongbao::read::collect_inputs_with(&paths, text_field.as_deref());
            let mut failed: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
            let mut w = tongbao::dataset::DatasetWriter::in_memory(
                std::io::sink(),
                tongbao::dataset::COLUMNS,
            );
            failed.extend(tongbao::dataset::write_from_files(
                &pipeline,
                &files,
                &Default::default(),
                None,
                &mut w,
            )?);
            Ok::<_, anyhow::Error>((w.into_rows(), failed))
        });
        let (rows, failed) = done.map_err(|e| err("export", format!("{e:#}")))?;
        let mut keys = topy::Keys::default();
        let rows = without_gc(py, || {
            rows.into_iter()
                .map(|r| Ok(topy::to_py(py, &mut keys, &tongbao::dataset::with_fen(r))?.unbind()))
                .collect::<PyResult<Vec<_>>>()
        })?;
        Ok((rows, failed))
    }
}

/// A `str` is a text, an `os.PathLike` a file.
fn text_or_path_of(v: &Bound<'_, PyAny>) -> PyResult<(Option<String>, Option<PathBuf>)> {
    if let Ok(s) = v.extract::<String>() {
        return Ok((Some(s), None));
    }
    match v.extract::<PathBuf>() {
        Ok(p) => Ok((None, Some(p))),
        Err(_) => Err(pyo3::exceptions::PyTypeError::new_err(
            "expected a str (a text) or a pathlib.Path (a file)",
        )),
    }
}

/// An index built by `tongbao index`, opened for reading.
#[pyclass(frozen, module = "tongbao._tongbao")]
struct Index {
    path: PathBuf,
    archive: Archive,
    pipeline: Pipeline,
}

#[pymethods]
impl Index {
    #[new]
    fn new(py: Python<'_>, path: PathBuf) -> PyResult<Self> {
        let pipeline = Pipeline::new(Rules::embedded());
        let opened = py.detach(|| {
            if !path.join("meta.json").is_file() {
                return Err(format!(
                    "no index here (no meta.json); build one with `tongbao index FILES --index {}`",
                    path.display()
                ));
            }
            Archive::open(&path, pipeline.segmenter.clone(), false).map_err(|e| format!("{e:#}"))
        });
        let archive = opened.map_err(|e| err(&path.display().to_string(), e))?;
        Ok(Index {
            path,
            archive,
            pipeline,
        })
    }

    /// Documents (`search --json`) or, with `facts=True`, facts (`search --facts --json`).
    #[pyo3(signature = (query="", *, facts=false, limit=10, sort="relevance", kind=None, min=None, max=None, from_=None, to=None, region=None, entity=None, role=None, scope=None))]
    #[allow(clippy::too_many_arguments)]
    fn search(
        &self,
        py: Python<'_>,
        query: &str,
        facts: bool,
        limit: usize,
        sort: &str,
        kind: Option<Vec<String>>,
        min: Option<String>,
        max: Option<String>,
        from_: Option<String>,
        to: Option<String>,
        region: Option<String>,
        entity: Option<String>,
        role: Option<String>,
        scope: Option<String>,
    ) -> PyResult<Vec<Py<PyAny>>> {
        let sort = match sort {
            "relevance" => FactOrder::Relevance,
            "value" => FactOrder::Value,
            "date" => FactOrder::Date,
            other => {
                return Err(err(
                    "search",
                    format!("sort `{other}`: expected relevance, value or date"),
                ))
            }
        };
        let what = self.path.display().to_string();
        let found = py.detach(|| -> anyhow::Result<Vec<Value>> {
            let mut fl = tongbao::api::filters_from(
                &kind.unwrap_or_default(),
                min.as_deref(),
                max.as_deref(),
                from_.as_deref(),
                to.as_deref(),
            )?;
            (fl.region, fl.entity, fl.role, fl.scope) = (region, entity, role, scope);
            fl.name_places(&self.pipeline.rules);
            let q = TextQuery::parse(query);
            if q.is_empty() && fl.is_empty() {
                anyhow::bail!(
                    "search: give some text to look for, or a filter (kind, min, from_, region…)"
                );
            }
            let mut s = Searching::new(&self.archive)?;
            s.aliases = self.pipeline.rules.subject_compare.same.clone();
            if facts {
                let (_, hits) = s.facts_by(&q, &fl, limit, sort)?;
                return Ok(hits
                    .iter()
                    .take(limit)
                    .map(tongbao::api::fact_hit_json)
                    .collect());
            }
            let (_, hits) = s.docs(&q, &fl, limit)?;
            Ok(hits.iter().map(tongbao::api::doc_hit_json).collect())
        });
        list_to_py(py, &found.map_err(|e| err(&what, format!("{e:#}")))?)
    }

    /// Each figure of a claim with its verdict and evidence (`tongbao check --json`).
    fn check(&self, py: Python<'_>, claim: &str) -> PyResult<Vec<Py<PyAny>>> {
        let what = self.path.display().to_string();
        let checked = py.detach(|| -> anyhow::Result<Vec<Value>> {
            let s = Searching::new(&self.archive)?;
            let checker = tongbao::check::Checker::new(&self.pipeline, &s);
            checker
                .check_text(claim)?
                .iter()
                .map(|c| tongbao::api::checked_json(c, claim))
                .collect()
        });
        list_to_py(py, &checked.map_err(|e| err(&what, format!("{e:#}")))?)
    }
}

/// The columns of `tongbao export --format parquet` with their types (`text`, `int`, `float`,
/// `date`, `fen`), in order.
#[pyfunction]
fn export_schema() -> Vec<(String, &'static str)> {
    tongbao::dataset::parquet_schema(tongbao::dataset::COLUMNS)
}

#[pymodule]
fn _tongbao(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Extractor>()?;
    m.add_class::<Index>()?;
    m.add_function(wrap_pyfunction!(export_schema, m)?)?;
    m.add("TongbaoError", m.py().get_type::<TongbaoError>())?;
    m.add("__version__", tongbao::VERSION)?;
    Ok(())
}
