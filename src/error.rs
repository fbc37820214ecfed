//! Typed errors of the library. Every variant names the file (or rule file and line) it is about,
//! so a batch can report it and go on; only the binary turns them into exit codes.
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {reason}")]
    Undecodable { path: PathBuf, reason: String },
    #[error("{path}: unsupported format: {reason}")]
    Unsupported { path: PathBuf, reason: String },
    /// Beyond a stated limit of size or density; the reason names the limit.
    #[error("{path}: {reason}")]
    TooLarge { path: PathBuf, reason: String },
    /// A bug in tongbao that this document trips: the document is left out, the batch goes on.
    #[error("{path}: {reason}")]
    Internal { path: PathBuf, reason: String },
    /// One or more rule files are broken; each message is `file:line: message`.
    #[error("broken rules:\n{}", .0.join("\n"))]
    Rules(Vec<String>),
}

pub type Result<T> = std::result::Result<T, Error>;
