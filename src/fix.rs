//! Applying fixes to text, and writing fixed files safely.

use std::io::Write;
use std::path::Path;

use crate::rules::{Edit, Finding};

/// Applies the preferred fix of every finding, skipping any fix whose
/// edits overlap an edit already taken. Returns the new text and how many
/// fixes were applied.
pub fn apply_preferred(text: &str, findings: &[Finding]) -> (String, usize) {
    let mut taken: Vec<&Edit> = Vec::new();
    let mut applied = 0;
    for f in findings {
        let Some(fix) = f.fixes.iter().find(|x| x.preferred) else {
            continue;
        };
        let clashes = fix.edits.iter().any(|e| {
            taken.iter().any(|t| overlaps(&t.range, &e.range))
                || !text.is_char_boundary(e.range.start)
                || !text.is_char_boundary(e.range.end)
                || e.range.end > text.len()
        });
        if clashes {
            continue;
        }
        taken.extend(fix.edits.iter());
        applied += 1;
    }
    (apply_edits(text, &taken), applied)
}

/// Applies preferred fixes and re-checks, a few passes at most (a fix
/// skipped for overlapping another gets its turn in the next pass).
/// Returns the text and the number of fixes applied.
pub fn fix_until_stable(
    text: &str,
    format: crate::document::Format,
    cfg: &crate::config::Config,
) -> (String, usize) {
    let mut current = text.to_string();
    let mut total = 0;
    for _ in 0..4 {
        let report = crate::engine::check(&current, format, cfg);
        let (next, applied) = apply_preferred(&current, &report.findings);
        if applied == 0 || next == current {
            break;
        }
        total += applied;
        current = next;
    }
    (current, total)
}

/// Two ranges clash if they share a byte, or if both insert at one point.
pub(crate) fn overlaps(a: &std::ops::Range<usize>, b: &std::ops::Range<usize>) -> bool {
    (a.start < b.end && b.start < a.end)
        || a.start == b.start
        || (a.is_empty() && b.contains(&a.start))
        || (b.is_empty() && a.contains(&b.start))
}

/// Applies non-overlapping edits; text outside them is unchanged.
pub fn apply_edits(text: &str, edits: &[&Edit]) -> String {
    let mut sorted: Vec<&Edit> = edits.to_vec();
    sorted.sort_by_key(|e| (e.range.start, e.range.end));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for e in sorted {
        if e.range.start < at || e.range.end > text.len() {
            continue;
        }
        out.push_str(&text[at..e.range.start]);
        out.push_str(&e.new_text);
        at = e.range.end;
    }
    out.push_str(&text[at..]);
    out
}

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
    fn edits_apply_in_order_and_leave_the_rest() {
        let e1 = Edit {
            range: 0..2,
            new_text: "Hello".into(),
        };
        let e2 = Edit {
            range: 5..5,
            new_text: " there".into(),
        };
        assert_eq!(apply_edits("Hi you.", &[&e2, &e1]), "Hello yo thereu.");
    }

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

/// Building edits that fit where they land: spacing, capitals, the
/// document's line ending.
pub mod build {
    use crate::message::Message;
    use crate::rules::{Edit, Fix};

    pub fn fix(title: impl Into<String>, edits: Vec<Edit>, preferred: bool) -> Fix {
        Fix {
            title: title.into(),
            edits,
            preferred,
        }
    }

    /// Inserts `sentence` at buffer offset `at`, adding a space on the
    /// side where a word would otherwise touch it.
    pub fn insert_sentence(msg: &Message, at: usize, sentence: &str) -> Edit {
        let text = msg.doc.text;
        let at = at.min(text.len());
        let before = text[..at].chars().next_back();
        let after = text[at..].chars().next();
        let mut new_text = String::new();
        if before.is_some_and(|c| !c.is_whitespace()) {
            new_text.push(' ');
        }
        new_text.push_str(sentence);
        if after.is_some_and(|c| !c.is_whitespace()) {
            new_text.push(' ');
        }
        Edit {
            range: at..at,
            new_text,
        }
    }

    /// Inserts `block` as a paragraph of its own after offset `at`.
    pub fn insert_paragraph_after(msg: &Message, at: usize, block: &str) -> Edit {
        let eol = msg.doc.line_ending;
        let text = msg.doc.text;
        let at = at.min(text.len());
        Edit {
            range: at..at,
            new_text: if at == 0 {
                format!("{block}{eol}{eol}")
            } else if text[at..].is_empty() && !text.ends_with(['\n', '\r']) {
                format!("{eol}{eol}{block}{eol}")
            } else {
                format!("{eol}{eol}{block}")
            },
        }
    }

    /// Inserts `block` as a paragraph of its own before offset `at`.
    pub fn insert_paragraph_before(msg: &Message, at: usize, block: &str) -> Edit {
        let eol = msg.doc.line_ending;
        Edit {
            range: at..at,
            new_text: format!("{block}{eol}{eol}"),
        }
    }

    /// Replaces sentence `i` with `new_text`. A greeting that opens the
    /// sentence ("Hi Dana, ...") is kept.
    pub fn replace_sentence(msg: &Message, i: usize, new_text: &str) -> Edit {
        let mut range = msg.sentence_buf(i);
        if let Some(g) = msg.greeting.as_ref().filter(|g| g.sentence == i) {
            let after = msg.buf(g.range.clone()).end;
            let text = msg.doc.text;
            let gap = text[after..range.end].len() - text[after..range.end].trim_start().len();
            range = (after + gap).min(range.end)..range.end;
        }
        Edit {
            range,
            new_text: new_text.to_string(),
        }
    }

    /// Deletes sentence `i` and the spaces that separated it from the
    /// next sentence on its line (or from the previous one).
    pub fn delete_sentence(msg: &Message, i: usize) -> Edit {
        let text = msg.doc.text;
        let r = msg.sentence_buf(i);
        let after = &text[r.end..];
        let trailing = after.len() - after.trim_start_matches([' ', '\t']).len();
        let next_is_text = after[trailing..]
            .chars()
            .next()
            .is_some_and(|c| !matches!(c, '\n' | '\r'));
        let range = if next_is_text {
            r.start..r.end + trailing
        } else {
            let before = &text[..r.start];
            let leading = before.len() - before.trim_end_matches([' ', '\t']).len();
            let at_line_start = before[..before.len() - leading]
                .chars()
                .next_back()
                .is_none_or(|c| matches!(c, '\n' | '\r'));
            if at_line_start {
                // the sentence is the whole line: take the line and its end
                let eol = after.len() - after.trim_start_matches([' ', '\t', '\r']).len();
                let eol = eol + usize::from(after[eol..].starts_with('\n'));
                r.start - leading..r.end + eol
            } else {
                r.start - leading..r.end
            }
        };
        Edit {
            range,
            new_text: String::new(),
        }
    }

    /// Deletes several sentences: one edit per run of neighbours, since
    /// the deletions of two sentences on one line share the space between
    /// them, and LSP clients reject overlapping edits.
    pub fn delete_sentences(msg: &Message, sentences: &[usize]) -> Vec<Edit> {
        let mut ranges: Vec<std::ops::Range<usize>> = sentences
            .iter()
            .map(|&i| delete_sentence(msg, i).range)
            .collect();
        ranges.sort_by_key(|r| (r.start, r.end));
        let mut merged: Vec<std::ops::Range<usize>> = Vec::new();
        for r in ranges {
            match merged.last_mut() {
                Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                _ => merged.push(r),
            }
        }
        merged
            .into_iter()
            .map(|range| Edit {
                range,
                new_text: String::new(),
            })
            .collect()
    }

    /// `s` with its first letter in capitals.
    pub fn capitalise(s: &str) -> String {
        let mut c = s.chars();
        match c.next() {
            Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
            None => String::new(),
        }
    }
}
