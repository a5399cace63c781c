//! Edits, fixes and findings: what rules produce and fixes apply.

use std::ops::Range;

use serde::Serialize;

use super::terms::{PartKind, Severity, default_severity};

/// One replacement of buffer bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edit {
    pub range: Range<usize>,
    pub new_text: String,
}

/// A quick fix: a titled set of non-overlapping edits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fix {
    pub title: String,
    pub edits: Vec<Edit>,
    pub preferred: bool,
    /// A shorter or plainer version of the preferred fix, which the fix
    /// planner tries when the preferred one would bring a defect (a text
    /// pushed over its length budget).
    #[serde(skip)]
    pub fallback: bool,
    /// The fix says the writer's own sentence plainly (its hedges lifted
    /// out) rather than putting stock words in its place; the planner may
    /// keep such a sentence where it would otherwise take it out.
    #[serde(skip)]
    pub own_words: bool,
    /// The fix is many small independent edits (spellings across the
    /// message): the planner may take those that fit beside other fixes
    /// and leave the rest for the next pass.
    #[serde(skip)]
    pub piecewise: bool,
}

/// What a rule's preferred fix means to do to the message. The fix
/// planner combines the fixes of several findings by their intents, so
/// that together they make one message rather than a patchwork.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intent {
    /// The message lacks this part; the fix inserts it. Never inserted
    /// where the message has the part already, or twice.
    Insert(PartKind),
    /// The decision is hedged; the fix states it plainly. One statement
    /// is kept, and the other sentences that reopen the decision go.
    Decide,
    /// Words at fault are reworded or removed where they stand.
    Reword,
    /// Something is too much (apologies, length, detail); the fix cuts.
    Trim,
    /// A placeholder is filled by its role in the sentence, or removed.
    Fill,
}

/// A fault found in a message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub rule: &'static str,
    /// Buffer byte range of the words at fault, or an empty range where a
    /// missing part would go.
    pub range: Range<usize>,
    pub message: String,
    pub severity: Severity,
    pub fixes: Vec<Fix>,
}

impl Finding {
    pub fn new(rule: &'static str, range: Range<usize>, message: impl Into<String>) -> Finding {
        Finding {
            rule,
            range,
            message: message.into(),
            severity: default_severity(rule).unwrap_or(Severity::Warning),
            fixes: Vec::new(),
        }
    }
}

/// Two ranges clash if they share a byte, or if both insert at one point.
pub fn overlaps(a: &std::ops::Range<usize>, b: &std::ops::Range<usize>) -> bool {
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
}
