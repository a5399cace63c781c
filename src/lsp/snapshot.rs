//! What an analysis reads: one version of one document, with the
//! configuration of the moment.

use std::sync::{Arc, Mutex};

use ropey::Rope;
use tower_lsp_server::ls_types::Uri;

use crate::config::Config;
use crate::document::{ChunkCache, Format};
use crate::position::Encoding;

/// What an analysis works on: a copy of one document version (a rope clone
/// is O(1)) and the configuration of the moment.
#[derive(Clone)]
pub struct Snapshot {
    pub uri: Uri,
    pub version: i32,
    pub format: Format,
    pub rope: Rope,
    pub config: Arc<Config>,
    pub config_generation: u64,
    pub encoding: Encoding,
    /// The document's chunk cache (shared with the document).
    pub chunks: Arc<Mutex<ChunkCache>>,
}
