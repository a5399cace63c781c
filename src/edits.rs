//! Building edits that fit where they land: spacing, capitals, the
//! document's line ending. Rules use these to make their fixes.

use crate::message::Message;
use crate::vocab::{Edit, Fix};

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
