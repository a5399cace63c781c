//! tactful: a writing coach for messages that decline a job interview.
//!
//! The modules are layers; each imports only those above it in this list
//! (`tests/layers.rs` keeps it so, ARCHITECTURE.md draws it):
//!
//! 1. `vocab`: media, scenarios, parts, severities, rule ids, findings.
//! 2. `position`, `phrases`, `prose`, `document`, each over the ones before
//!    it: reading bytes into prose.
//! 3. `reading`: a sentence's tokens, lemmas, clauses, decision frames,
//!    hedges and evaluations.
//! 4. `config`: settings over the vocabulary.
//! 5. `message`: a document read as a decline message.
//! 6. `wording`, `edits`: sentences for fixes, and edits that fit.
//! 7. `rules`: one file per rule, and the registry.
//! 8. `engine`: text in, report out.
//! 9. `fixes`, `templates`: applying fixes; whole drafts.
//! 10. `cli`, `lsp`: the adapters, side by side.

pub mod vocab;

pub mod document;
pub mod phrases;
pub mod position;
pub mod prose;

pub mod reading;

pub mod config;

pub mod message;

pub mod edits;
pub mod wording;

pub mod rules;

pub mod engine;

pub mod fixes;
pub mod templates;

pub mod cli;
pub mod lsp;
