//! Writing fixed files safely.

use std::io::Write;
use std::path::Path;

/// Replaces `path` with `text` atomically: a temporary file in the same
/// folder, the original's permissions (and owner, where allowed), then a
/// rename. A symlink is followed, so the file it points to is replaced and
/// the link kept. On any error the original is untouched.
pub fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let resolved = std::fs::canonicalize(path);
    let path = resolved.as_deref().unwrap_or(path);
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("draft");
    let tmp = dir.join(format!(".{name}.tactful-{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
        if let Ok(meta) = std::fs::metadata(path) {
            std::fs::set_permissions(&tmp, meta.permissions())?;
            #[cfg(unix)]
            {
                use std::os::unix::fs::MetadataExt;
                // only root may give a file away; anyone else keeps theirs
                let _ = std::os::unix::fs::chown(&tmp, Some(meta.uid()), Some(meta.gid()));
            }
        }
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_keeps_permissions() {
        let dir = std::env::temp_dir().join(format!("tactful-fix-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("d.md");
        std::fs::write(&p, "old").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o640)).unwrap();
        }
        write_atomically(&p, "new").unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "new");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
                0o640
            );
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
