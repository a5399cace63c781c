//! What a rule is, where its explanation lives, and helpers every rule
//! may use.

use std::ops::Range;

use crate::config::Config;
use crate::message::Message;
use crate::reading::scorer::{self, Model};
use crate::vocab::{Finding, Intent, Severity};

include!(concat!(env!("OUT_DIR"), "/rule_docs.rs"));

/// A registered rule.
pub struct Rule {
    pub id: &'static str,
    pub default_severity: Severity,
    /// One line for `tactful rules` and the rules table.
    pub summary: &'static str,
    /// What the rule's preferred fix means to do, for the fix planner.
    pub intent: Intent,
    pub check: fn(&Message, &Config) -> Vec<Finding>,
}

impl Rule {
    /// The rule's full explanation (its file's doc comment).
    pub fn doc(&self) -> &'static str {
        doc(self.id)
    }
}

/// The explanation of a rule, from its doc comment.
pub fn doc(id: &str) -> &'static str {
    RULE_DOCS
        .iter()
        .find(|(i, _)| *i == id)
        .map_or("", |(_, d)| d)
}

/// Where a rule's documentation lives online (diagnostics link to it).
pub fn doc_url(id: &str) -> String {
    format!("https://github.com/tactful-dev/tactful/blob/main/docs/rules/{id}.md")
}

/// Keeps the first of findings whose ranges overlap.
pub(crate) fn dedup_overlapping(mut v: Vec<Finding>) -> Vec<Finding> {
    v.sort_by_key(|f| (f.range.start, std::cmp::Reverse(f.range.end)));
    let mut out: Vec<Finding> = Vec::new();
    for f in v {
        if out.last().is_some_and(|l| f.range.start < l.range.end) {
            continue;
        }
        out.push(f);
    }
    out
}

/// How far above its calibrated threshold a scorer's margin must be when
/// a rule asks it of every body sentence. A threshold lets about 2% of
/// sentences without the label fire; over the ten or so sentences of a
/// message that would be one message in six, so such a rule asks for
/// odds about e (2.7) times higher. A rule that asks only of the one or
/// two sentences that carry the decision keeps the calibrated threshold.
pub(crate) const EVERY_SENTENCE: f32 = 1.0;

/// The words of sentence `i` that weighed most with a trained scorer
/// ([`crate::reading::scorer`]) that finds the sentence carries `model`'s
/// label with a margin at least `raise` above its threshold, strongest
/// first, as prose ranges with their text: the three strongest n-grams,
/// those that overlap or touch made one ("felt", "like a" → "felt like
/// a"); none when every strong n-gram is function words only. `None` when
/// it does not find so.
pub(crate) fn scored(
    msg: &Message,
    i: usize,
    model: Model,
    raise: f32,
) -> Option<Vec<(Range<usize>, String)>> {
    let text = msg.sentence_text(i);
    let reading = &msg.readings[i];
    if reading.margins(text).margin(model) < scorer::threshold(model) + raise {
        return None;
    }
    let at = msg.sentence_range(i).start;
    // (span, rank of its strongest n-gram)
    let mut spans: Vec<(Range<usize>, usize)> = scorer::reason_spans(model, reading, text)
        .into_iter()
        .take(3)
        .enumerate()
        .map(|(rank, (r, _))| (r, rank))
        .collect();
    spans.sort_by_key(|(r, _)| r.start);
    let mut merged: Vec<(Range<usize>, usize)> = Vec::new();
    for (r, rank) in spans {
        match merged.last_mut() {
            Some((m, k))
                if r.start <= m.end + 1 && text.get(m.end..r.start.max(m.end)) != Some(",") =>
            {
                m.end = m.end.max(r.end);
                *k = (*k).min(rank);
            }
            _ => merged.push((r, rank)),
        }
    }
    merged.sort_by_key(|(_, rank)| *rank);
    Some(
        merged
            .into_iter()
            .filter_map(|(r, _)| Some((at + r.start..at + r.end, text.get(r)?.to_string())))
            .collect(),
    )
}

/// Scorer words quoted for a message: “a”, “b”.
pub(crate) fn quote(words: &[(Range<usize>, String)]) -> String {
    words
        .iter()
        .map(|(_, w)| format!("“{w}”"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Whether the medium is only the default guess: nothing in the message,
/// the flags, the front matter or `medium` in the configuration says it is
/// an email. A Subject: line or an email's closing written into what may
/// be a chat would be out of place, so such fixes are only offered.
pub(crate) fn medium_guessed(msg: &Message, cfg: &Config) -> bool {
    msg.medium_source == crate::message::Source::Default && cfg.medium.is_none()
}

/// Whether the writer's name, as the message's facts give it, already
/// appears in the text ("Hi, this is Shemar ...", "... – Kofi"): a
/// greeting or sign-off added to a text need not say it again.
pub(crate) fn names_its_writer(msg: &Message, writer: Option<&String>) -> bool {
    writer.is_some_and(|name| msg.doc.prose.flat.contains(name.as_str()))
}
