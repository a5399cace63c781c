//! Finding the drafts under a path.

use std::collections::HashSet;
use std::io;
use std::path::{Path, PathBuf};

use crate::document::Format;

/// The files to check under `path`, in a stable order, each with the
/// problem that stops it being read (an unreadable folder, a symlink loop).
pub fn files(path: &Path) -> io::Result<Vec<(PathBuf, Option<String>)>> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_dir() {
        return Ok(vec![(path.to_path_buf(), None)]);
    }
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    walk(path, &mut out, &mut seen);
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<(PathBuf, Option<String>)>, seen: &mut HashSet<PathBuf>) {
    // a folder reached twice through symlinks is a loop: read it once
    match dir.canonicalize() {
        Ok(c) => {
            if !seen.insert(c) {
                return;
            }
        }
        Err(e) => {
            out.push((dir.to_path_buf(), Some(format!("cannot open folder: {e}"))));
            return;
        }
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            out.push((dir.to_path_buf(), Some(format!("cannot open folder: {e}"))));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') || name == "node_modules" || name == "target" {
            continue;
        }
        match std::fs::metadata(&p) {
            Ok(m) if m.is_dir() => walk(&p, out, seen),
            Ok(m) => {
                if Format::from_path(name).is_some() {
                    // a pipe or a device named like a draft would block
                    // or never end; only regular files are read in a walk
                    let problem = (!m.is_file()).then(|| "not a regular file".to_string());
                    out.push((p, problem));
                }
            }
            Err(e) => {
                if Format::from_path(name).is_some() || p.is_symlink() {
                    out.push((p, Some(format!("cannot read: {e}"))));
                }
            }
        }
    }
}
