//! tongbao: facts from Chinese government bulletins and economic news.
//!
//! The pipeline, one module per stage (see ARCHITECTURE.md):
//! [`read`] → [`normalize`] → [`segment`] → [`extract`] → [`output`], driven by [`pipeline`],
//! with the rules as data in [`rules`] and the contract in [`fact`]; [`index`] and [`audit`] use
//! the facts.
pub mod api;
pub mod audit;
pub mod check;
pub mod dataset;
pub mod document;
pub mod error;
pub mod extract;
pub mod fact;
pub mod index;
pub mod namelist;
pub mod normalize;
pub mod numerals;
pub mod output;
pub mod pipeline;
pub mod places;
pub mod read;
pub mod rules;
pub mod segment;

pub use error::{Error, Result};
pub use fact::{DocRecord, Fact, Kind};
pub use pipeline::{Pipeline, Processed};
pub use rules::Rules;

pub const VERSION: &str = env!("CARGO_PKG_VERSION");
