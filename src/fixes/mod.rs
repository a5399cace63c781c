//! Applying fixes: the preferred fix of each finding, and the loop that
//! applies and re-checks until nothing more changes.

use crate::config::Config;
use crate::document::Format;
use crate::engine;
use crate::vocab::{Edit, Finding, apply_edits, overlaps};

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
pub fn fix_until_stable(text: &str, format: Format, cfg: &Config) -> (String, usize) {
    let mut current = text.to_string();
    let mut total = 0;
    for _ in 0..4 {
        let report = engine::check(&current, format, cfg);
        let (next, applied) = apply_preferred(&current, &report.findings);
        if applied == 0 || next == current {
            break;
        }
        total += applied;
        current = next;
    }
    (current, total)
}
