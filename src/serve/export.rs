//! `/export?…&format=csv|jsonl|parquet`: the dataset `tongbao export --index` writes for the same
//! filters, made by the same library function (`dataset::write_from_index`), as a download.
use super::search::Params;
use super::{blocking, Failure, Served};
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use std::io::Write;
use std::sync::{Arc, Mutex};
use tongbao::dataset::{write_from_index, DatasetFormat, DatasetWriter, COLUMNS};

/// A growable buffer the dataset writer can own while this module keeps a handle to read it.
#[derive(Clone, Default)]
struct Shared(Arc<Mutex<Vec<u8>>>);

impl Write for Shared {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .map_err(|_| std::io::Error::other("buffer poisoned"))?
            .extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[derive(serde::Deserialize)]
pub struct Format {
    pub format: Option<String>,
}

/// Writes the dataset of the request's filters in `format`; returns its bytes.
fn dataset(st: &Served, p: &Params, format: &str) -> Result<Vec<u8>, Failure> {
    let asked = p.asked(st)?;
    let s = st.searching();
    let buf = Shared::default();
    let mut w = match format {
        "csv" => DatasetWriter::new(buf.clone(), DatasetFormat::Csv, COLUMNS),
        "jsonl" => DatasetWriter::new(buf.clone(), DatasetFormat::Jsonl, COLUMNS),
        "parquet" => {
            // the Parquet writer writes a file (its footer needs to seek back); a private temporary one
            let path = std::env::temp_dir().join(format!(
                "tongbao-serve-{}-{:x}.parquet",
                std::process::id(),
                rand_suffix()
            ));
            let mut w = DatasetWriter::parquet(buf.clone(), path.clone(), COLUMNS);
            write_from_index(&s, &asked.fl, None, &mut w)?;
            w.finish()
                .map_err(|e| Failure::Internal(format!("writing the Parquet file: {e}")))?;
            let bytes = std::fs::read(&path)
                .map_err(|e| Failure::Internal(format!("reading the Parquet file back: {e}")));
            let _ = std::fs::remove_file(&path);
            return bytes;
        }
        f => {
            return Err(Failure::Bad(format!(
                "format `{f}`: expected csv, jsonl or parquet"
            )))
        }
    };
    write_from_index(&s, &asked.fl, None, &mut w)?;
    w.finish().map_err(|e| Failure::Internal(e.to_string()))?;
    let bytes = buf
        .0
        .lock()
        .map(|b| b.clone())
        .map_err(|_| Failure::Internal("buffer poisoned".into()))?;
    Ok(bytes)
}

/// A name unique enough for a temporary file of this process.
fn rand_suffix() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0)
}

pub async fn download(
    State(st): State<Arc<Served>>,
    Query(p): Query<Params>,
    Query(f): Query<Format>,
) -> Response {
    let format = f.format.unwrap_or_else(|| "csv".into());
    let fmt = format.clone();
    match blocking(&st, move |st| dataset(st, &p, &fmt)).await {
        Ok(bytes) => {
            let kind = match format.as_str() {
                "csv" => "text/csv; charset=utf-8",
                "jsonl" => "application/x-ndjson; charset=utf-8",
                _ => "application/vnd.apache.parquet",
            };
            let disposition = format!("attachment; filename=\"tongbao-facts.{format}\"");
            (
                [
                    (header::CONTENT_TYPE, kind.to_string()),
                    (header::CONTENT_DISPOSITION, disposition),
                ],
                bytes,
            )
                .into_response()
        }
        Err(e) => e.page(),
    }
}
