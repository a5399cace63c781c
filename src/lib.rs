//! tactful: a writing coach for messages that decline a job interview.
//!
//! The engine (`document`, `prose`, `message`, `rules`, `phrases`) is plain
//! synchronous Rust over byte offsets; `cli` and `lsp` are adapters, and
//! `position` converts byte offsets to editor positions at the edge.

pub mod cli;
pub mod config;
pub mod document;
pub mod engine;
pub mod fix;
pub mod lsp;
pub mod message;
pub mod phrases;
pub mod position;
pub mod prose;
pub mod rules;
pub mod wording;
