//! Applying fixes: the planner that makes one coherent edit list for a
//! whole message ([`plan`]), the validator every plan passes before it
//! is written ([`validate`]), and the loop that plans, applies and
//! re-checks until nothing more changes.

mod dangling;
pub mod plan;
pub mod validate;

pub use plan::{Plan, Scope, fix_until_stable, pinned};

use crate::vocab::{Edit, Finding, apply_edits, overlaps};

/// Applies the preferred fix of every finding as it stands, skipping any
/// fix whose edits overlap an edit already taken: each rule's own fix,
/// unplanned (the planner starts from these). Returns the new text and how many
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
