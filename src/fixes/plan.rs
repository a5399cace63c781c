//! The fix planner: one coherent edit list for a whole message, built
//! from the findings' fixes by what each rule means to do ([`Intent`]),
//! and checked by [`validate`](super::validate) before anything is
//! written.
//!
//! - A hedged decision is stated plainly once; the other sentences that
//!   hedge or put off the same decision are removed, and no second
//!   decision is inserted.
//! - A part is never inserted twice, nor where the message already says it.
//! - The message keeps its medium and scenario while it is fixed: a text
//!   stays a text, so no Subject line is added to it.
//! - A plan with a defect is cut back: fixes are taken one at a time in
//!   order, and a fix that brings a defect is left out (its finding stays
//!   reported). The user never receives the defect.

use std::ops::Range;

use crate::config::Config;
use crate::document::{Document, Format};
use crate::edits;
use crate::engine::{self, Report};
use crate::message::Message;
use crate::reading::Stand;
use crate::rules;
use crate::vocab::{Edit, Finding, Intent, PartKind, apply_edits, overlaps};

use super::dangling::lead_end;
use super::validate::{self, Defect, words};

/// Which findings a plan is for.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    /// Every finding with a preferred fix: fix-all, `--fix`, `--diff`.
    All,
    /// These findings (indexes into the report), and the findings that
    /// share their intent where it is one for the whole message (every
    /// hedged decision is one decision): a quick fix.
    Only(&'a [usize]),
}

/// One planned, validated set of edits.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    /// Non-overlapping edits, sorted by position.
    pub edits: Vec<Edit>,
    /// The findings the plan fixes (indexes into the report).
    pub fixed: Vec<usize>,
    /// Findings whose fix was left out, and why.
    pub dropped: Vec<(usize, Defect)>,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.edits.is_empty()
    }

    /// The text with the plan applied.
    pub fn apply(&self, text: &str) -> String {
        let edits: Vec<&Edit> = self.edits.iter().collect();
        apply_edits(text, &edits)
    }
}

/// A fix the planner may take: the finding(s) it fixes and its edits.
#[derive(Debug, Clone)]
struct Candidate {
    findings: Vec<usize>,
    intent: Intent,
    edits: Vec<Edit>,
    /// Shorter or plainer versions the finding offers ("Thanks for the
    /// invite." for a text near its length budget), tried in order when
    /// the preferred one brings a defect.
    fallbacks: Vec<Vec<Edit>>,
    /// Independent small edits: those that clash with other fixes wait for
    /// the next pass, the rest are taken now (see [`Fix::piecewise`]).
    ///
    /// [`Fix::piecewise`]: crate::vocab::Fix::piecewise
    piecewise: bool,
}

/// The configuration a message is fixed under: its medium and scenario as
/// read before the first fix, so that a fix cannot turn a text into an
/// email halfway through.
pub fn pinned(cfg: &Config, report: &Report) -> Config {
    let mut c = cfg.clone();
    c.force_medium = Some(report.medium);
    c.medium_guessed = report.medium_guessed && cfg.force_medium.is_none();
    c.force_scenario = Some(report.scenario);
    c
}

/// Plans the fixes of `report` (the check of `text` under `cfg`).
pub fn plan(text: &str, format: Format, cfg: &Config, report: &Report, scope: Scope) -> Plan {
    let cfg = pinned(cfg, report);
    let whole = matches!(scope, Scope::All);
    let mut candidates = candidates(text, format, &cfg, &report.findings, scope);
    if candidates.is_empty() {
        return Plan::default();
    }
    // first everything at once; only a plan with a defect is cut back
    let (all, deferred) = compatible(&mut candidates, text);
    if std::env::var_os("TACTFUL_TRACE_PLAN").is_some() {
        for &i in &deferred {
            let c = &candidates[i];
            eprintln!("fix waits ({:?}): {:?}", c.intent, c.edits);
        }
    }
    let everything: Vec<&Candidate> = all.iter().map(|&i| &candidates[i]).collect();
    let defects = check_plan(text, format, &cfg, report, &everything, whole);
    if defects.is_empty() {
        return finish(text, everything, &deferred, Vec::new());
    }
    let check_kept = |kept: &[Candidate]| {
        check_plan(
            text,
            format,
            &cfg,
            report,
            &kept.iter().collect::<Vec<_>>(),
            whole,
        )
    };
    let mut kept: Vec<Candidate> = Vec::new();
    let mut dropped = Vec::new();
    let mut reading: Option<Message> = None;
    let planning = Planning {
        text,
        format,
        cfg: &cfg,
        candidates: &candidates,
    };
    for &i in &all {
        let c = &candidates[i];
        let mut c2 = c.clone();
        // (words a kept fix already deletes need no other fix: a sentence
        // taken with a cut, whose "if" another fix would capitalise)
        c2.edits.retain(|x| {
            x.range.is_empty()
                || !kept.iter().flat_map(|k| k.edits.iter()).any(|k| {
                    k.new_text.is_empty()
                        && k.range.start <= x.range.start
                        && x.range.end <= k.range.end
                })
        });
        if c2.edits.is_empty() {
            continue;
        }
        kept.push(c2);
        let mut defects = check_kept(&kept);
        // the finding's shorter or plainer version, if it has one
        for alt in &c.fallbacks {
            if defects.is_empty() {
                break;
            }
            // a fallback must fit beside the edits already kept
            let others = &kept[..kept.len() - 1];
            let fits = alt.iter().all(|e| {
                e.range.end <= text.len()
                    && others
                        .iter()
                        .flat_map(|o| o.edits.iter())
                        .all(|o| !overlaps(&o.range, &e.range))
            });
            if !fits {
                continue;
            }
            if let Some(last) = kept.last_mut() {
                last.edits = alt.clone();
            }
            defects = check_kept(&kept);
        }
        let defects = mend(&planning, &mut kept, &mut reading, defects, &check_kept);
        if let Some(d) = defects.into_iter().next() {
            kept.pop();
            tracing::debug!(findings = ?c.findings, "fix left out: {d}");
            if std::env::var_os("TACTFUL_TRACE_PLAN").is_some() {
                eprintln!("fix left out ({:?}): {d}", c.intent);
            }
            dropped.extend(c.findings.iter().map(|&f| (f, d.clone())));
        }
    }
    finish(text, kept.iter().collect(), &deferred, dropped)
}

/// What a plan is made from: the text, how to read it, and every candidate.
#[derive(Clone, Copy)]
struct Planning<'t, 'c> {
    text: &'t str,
    format: Format,
    cfg: &'c Config,
    candidates: &'c [Candidate],
}

/// What the planner does about the defects of the candidate it just kept
/// (the last of `kept`): a sentence left pointing at what the fix cuts
/// goes with it, says "again" for a count, or loses its "again"; a list
/// cut into is numbered on. Returns the defects that remain, for which the
/// candidate is left out.
fn mend<'t>(
    plan: &Planning<'t, '_>,
    kept: &mut [Candidate],
    reading: &mut Option<Message<'t>>,
    mut defects: Vec<Defect>,
    check_kept: &dyn Fn(&[Candidate]) -> Vec<Defect>,
) -> Vec<Defect> {
    let Planning {
        text,
        format,
        cfg,
        candidates,
    } = *plan;
    // a sentence left pointing at what the fix cuts goes with it, when
    // it says nothing of its own ("If they can do that let me know and
    // I go." after the condition); else the cut does not happen
    for _ in 0..3 {
        let Some((words, sentence)) = defects.iter().find_map(|d| match d {
            Defect::Dangling(w, s) => Some((w.clone(), s.clone())),
            _ => None,
        }) else {
            break;
        };
        // "again" of an apology or thanks that no longer comes first:
        // the word goes ("and again I apologize" → "and I apologize");
        // "Actually no, I'm going to ..." after what it took back was
        // cut loses its lead, and the sentence stays
        let counted = words.ends_with(" time") && words != "again";
        let reworded = if counted {
            Some(count_to_again(text, &sentence))
        } else if words == "again" {
            Some(drop_again(text, &sentence))
        } else {
            drop_correction_lead(text, &sentence).map(Some)
        };
        if let Some(found) = reworded {
            let Some(e) = found else {
                break;
            };
            if kept
                .iter()
                .flat_map(|o| o.edits.iter())
                .any(|o| overlaps(&o.range, &e.range))
            {
                break;
            }
            if let Some(last) = kept.last_mut() {
                last.edits.push(e);
                last.edits.sort_by_key(|x| (x.range.start, x.range.end));
            }
            defects = check_kept(kept);
            continue;
        }
        // (a sentence another fix deletes anyway goes now)
        let doomed = candidates.iter().flat_map(|c| c.edits.iter()).any(|x| {
            x.new_text.is_empty() && x.range.start <= sentence.start && sentence.end <= x.range.end
        });
        let msg = reading.get_or_insert_with(|| {
            let bank = cfg.bank();
            Message::analyse(
                Document::parse(text, format),
                &engine::overrides(cfg, &bank),
            )
        });
        let Some(e) = take_with(msg, &sentence, doomed) else {
            if std::env::var_os("TACTFUL_TRACE_PLAN").is_some() {
                eprintln!("cannot take {:?} with the cut", &text[sentence.clone()]);
            }
            break;
        };
        // (other fixes' edits inside the sentence go with it: "if" made
        // "If" in a sentence that goes)
        let n = kept.len() - 1;
        let inside = |o: &Edit| e.range.start <= o.range.start && o.range.end <= e.range.end;
        if kept[..n]
            .iter()
            .flat_map(|o| o.edits.iter())
            .any(|o| overlaps(&o.range, &e.range) && !inside(o))
        {
            break;
        }
        for o in &mut kept[..n] {
            o.edits.retain(|x| !inside(x));
        }
        if let Some(last) = kept.last_mut() {
            last.edits = joined(text, &last.edits, e);
        }
        defects = check_kept(kept);
    }
    // a numbered item cut whole: the items after it are numbered on
    if defects.iter().any(|d| matches!(d, Defect::BrokenList(_))) {
        let all: Vec<&Edit> = kept.iter().flat_map(|k| k.edits.iter()).collect();
        let more = renumber(text, &all);
        if !more.is_empty() {
            if let Some(last) = kept.last_mut() {
                last.edits.extend(more);
                last.edits.sort_by_key(|x| (x.range.start, x.range.end));
            }
            defects = check_kept(kept);
        }
    }
    defects
}

/// The deletion of the sentence at `range` (a sentence a fix would leave
/// pointing at words it cuts), when the sentence is one of the message's
/// and says nothing of its own: no thanks, greeting or sign-off, and no
/// decision, door or request unless it only reopens or bargains ("If not
/// maybe I still go, I will see.").
fn take_with(msg: &Message, range: &Range<usize>, doomed: bool) -> Option<Edit> {
    let n = msg.doc.prose.sentences.len();
    let s = (0..n).find(|&s| {
        let r = msg.sentence_buf(s);
        r.start <= range.start && range.start < r.end
    })?;
    let r = msg.sentence_buf(s);
    // the sentence must be whole: nothing of it before the words that point
    if msg.doc.text[r.start..range.start]
        .chars()
        .any(char::is_alphanumeric)
    {
        return None;
    }
    if doomed {
        return edits::delete_sentences(msg, &[s]).into_iter().next();
    }
    let roles = msg.roles[s];
    let reading = &msg.readings[s];
    if roles.gratitude || roles.greeting || roles.sign_off {
        return None;
    }
    let reopens = reading.reopens_decision()
        || reading.reopens_attendance().is_some()
        || reading.negotiates().is_some();
    if carries_a_part(msg, s, 25) && !reopens {
        return None;
    }
    edits::delete_sentences(msg, &[s]).into_iter().next()
}

/// The edit that takes the lead off the sentence at `range` when it opens
/// by taking back what came before: "Actually no I'm going to ..." →
/// "I'm going to ...".
fn drop_correction_lead(text: &str, range: &Range<usize>) -> Option<Edit> {
    let s = &text[range.clone()];
    let n = super::dangling::correction_lead(s)?;
    let first = s[n..].chars().next()?;
    Some(Edit {
        range: range.start..range.start + n + first.len_utf8(),
        new_text: first.to_uppercase().collect(),
    })
}

/// The edit that takes "again" out of the sentence at `range`: "Again, I
/// am sorry" → "I am sorry", "and again I apologize" → "and I apologize",
/// "Thanks again." → "Thanks."
fn drop_again(text: &str, range: &Range<usize>) -> Option<Edit> {
    let s = &text[range.clone()];
    let lower = s.to_lowercase();
    let at = lower.match_indices("again").map(|(i, _)| i).find(|&i| {
        let before = lower[..i].chars().next_back();
        let after = lower[i + 5..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })?;
    let start = range.start + at;
    let mut end = start + 5;
    let rest = &text[end..range.end];
    if at == 0
        || lower[..at].trim_end().ends_with([',', '.', '!', '?'])
        || lower[..at].trim().is_empty()
    {
        // at the start: the word, a comma after it and the space; the next
        // letter takes the capital if "Again" had it
        let skip = rest.len() - rest.trim_start_matches([',', ' ']).len();
        end += skip;
        let first = text[end..].chars().next()?;
        let capital = text[start..].starts_with('A');
        let new_text = if capital {
            first.to_uppercase().collect()
        } else {
            first.to_string()
        };
        return Some(Edit {
            range: start..end + first.len_utf8(),
            new_text,
        });
    }
    // inside: the word and the space before it
    let lead = text[..start].len() - text[..start].trim_end_matches(' ').len();
    Some(Edit {
        range: start - lead..end,
        new_text: String::new(),
    })
}

/// The edit that says "again" for a count whose earlier ones were cut: "I
/// will not be doing it a fourth time." → "I will not be doing it again."
fn count_to_again(text: &str, range: &Range<usize>) -> Option<Edit> {
    let s = &text[range.clone()];
    let lower = s.to_lowercase();
    let ordinals = [
        "second", "third", "fourth", "fifth", "sixth", "2nd", "3rd", "4th", "5th", "6th",
    ];
    for article in ["a ", "the ", "for a ", "for the "] {
        for o in ordinals {
            let phrase = format!("{article}{o} time");
            let Some(at) = lower.find(&phrase) else {
                continue;
            };
            let boundary = at == 0 || !lower[..at].ends_with(char::is_alphanumeric);
            let end = at + phrase.len();
            if !boundary || lower[end..].starts_with(char::is_alphanumeric) {
                continue;
            }
            // ("again" already there: the count just goes)
            if lower
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == "again")
            {
                let lead = s[..at].len() - s[..at].trim_end().len();
                return Some(Edit {
                    range: range.start + at - lead..range.start + end,
                    new_text: String::new(),
                });
            }
            return Some(Edit {
                range: range.start + at..range.start + end,
                new_text: "again".into(),
            });
        }
    }
    None
}

/// The edits that number a list on where `edits` cut some of its items
/// whole: "1. 2. 4. 5." after item 3 went becomes "1. 2. 3. 4.". Only a
/// list whose numbers ran on one by one, and only numbers no edit touches.
fn renumber(text: &str, edits: &[&Edit]) -> Vec<Edit> {
    // each numbered line: its digits' range, its number, its words' range
    let mut items: Vec<(Range<usize>, u32, Range<usize>)> = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let lead = body.len() - body.trim_start().len();
        let t = &body[lead..];
        let digits = t.chars().take_while(char::is_ascii_digit).count();
        let rest = &t[digits..];
        if (1..=2).contains(&digits) && (rest.starts_with(". ") || rest.starts_with(") ")) {
            if let Ok(n) = t[..digits].parse() {
                let d = at + lead..at + lead + digits;
                items.push((d.clone(), n, d.end + 2..at + body.len()));
            }
        }
        at += line.len();
    }
    if items.len() < 2 || items.windows(2).any(|p| p[1].1 != p[0].1 + 1) {
        return Vec::new();
    }
    let gone = |r: &Range<usize>| {
        edits
            .iter()
            .any(|e| e.new_text.is_empty() && e.range.start <= r.start && r.end <= e.range.end)
    };
    let mut out = Vec::new();
    let mut n = items[0].1;
    for (k, (digits, was, words)) in items.iter().enumerate() {
        if gone(words) || gone(digits) {
            // (an item whose lines under it stay would leave them under
            // another: no numbering on then)
            let next = items.get(k + 1).map_or(text.len(), |i| i.0.start);
            let under = &text[words.end.min(next)..next];
            let mut at = words.end;
            for line in under.split_inclusive('\n') {
                let r = at..at + line.trim_end().len();
                at += line.len();
                if !line.trim().is_empty()
                    && !gone(&(r.start + (line.len() - line.trim_start().len())..r.end))
                {
                    return Vec::new();
                }
            }
            continue;
        }
        if n != *was {
            if edits.iter().any(|e| overlaps(&e.range, digits)) {
                return Vec::new();
            }
            out.push(Edit {
                range: digits.clone(),
                new_text: n.to_string(),
            });
        }
        n += 1;
    }
    out
}

/// `edits` with `e` added, a deletion it touches made one with it.
fn joined(text: &str, edits: &[Edit], e: Edit) -> Vec<Edit> {
    let mut out: Vec<Edit> = edits.to_vec();
    let touching = out.iter_mut().find(|o| {
        o.new_text.is_empty()
            && (overlaps(&o.range, &e.range)
                || text
                    .get(o.range.end.min(e.range.end)..o.range.start.max(e.range.start))
                    .is_some_and(|gap| gap.trim().is_empty()))
    });
    match touching {
        Some(o) => o.range = o.range.start.min(e.range.start)..o.range.end.max(e.range.end),
        None => out.push(e),
    }
    out.sort_by_key(|x| (x.range.start, x.range.end));
    out
}

/// A list item whose every word the edits cut goes whole, marker and
/// line: "- So I think ... Ask her." cut sentence by sentence must not
/// leave "- " behind.
fn take_emptied_items(text: &str, edits: &mut [Edit]) {
    for k in 0..edits.len() {
        let d = &edits[k];
        if !d.new_text.is_empty() {
            continue;
        }
        let line_start = text[..d.range.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[d.range.end..]
            .find('\n')
            .map_or(text.len(), |i| d.range.end + i);
        let marker = text[line_start..d.range.start].trim();
        let numbered = marker
            .strip_suffix(['.', ')'])
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
        if !(matches!(marker, "-" | "*" | "+" | "•") || numbered)
            || !text[d.range.end..line_end].trim().is_empty()
        {
            continue;
        }
        // the line with its newline; the last line takes the one before
        let range = if line_end < text.len() {
            line_start..line_end + 1
        } else {
            line_start.saturating_sub(1)..line_end
        };
        let clear = edits
            .iter()
            .enumerate()
            .all(|(j, o)| j == k || !overlaps(&o.range, &range) && !range.contains(&o.range.start));
        if clear {
            edits[k].range = range;
        }
    }
}

fn finish(
    text: &str,
    taken: Vec<&Candidate>,
    _deferred: &[usize],
    dropped: Vec<(usize, Defect)>,
) -> Plan {
    let mut edits: Vec<Edit> = taken.iter().flat_map(|c| c.edits.iter().cloned()).collect();
    edits.sort_by_key(|e| (e.range.start, e.range.end));
    take_emptied_items(text, &mut edits);
    // a sentence reworded right after the condition it answered, which
    // another fix cut: "Otherwise I'll have to step back." loses its
    // "Otherwise"
    for k in 1..edits.len() {
        let (before, after) = edits.split_at_mut(k);
        let prev = &before[k - 1];
        let e = &mut after[0];
        let cut_just_before = prev.new_text.is_empty()
            && text
                .get(prev.range.end..e.range.start)
                .is_some_and(|gap| gap.trim().is_empty());
        if cut_just_before {
            if let Some(rest) = strip_lead(&e.new_text) {
                e.new_text = rest;
            }
        }
    }
    // and a sentence left as it was after a whole sentence cut: "Or if
    // it's easier to move it, ..." after "I'll let you know either way?"
    let mut leads = Vec::new();
    let mut folds: Vec<(usize, usize)> = Vec::new();
    for (k, d) in edits.iter().enumerate() {
        // (a cut to the end of a line of notes counts: "- ... unless you
        // can get closer to $30? then I'd do it" before "- if not, ...")
        let to_line_end = text.get(d.range.end..).is_some_and(|rest| {
            rest.trim_start_matches([' ', '\t'])
                .starts_with(['\n', '\r'])
        });
        // (or reworded without the condition it held: "So I think maybe I
        // will not sit for the interview today... or if he is free I can
        // ask him?" said as a plain decision leaves "Otherwise ..."
        // answering nothing)
        let lower = text[d.range.clone()].to_lowercase();
        let said = d.new_text.to_lowercase();
        let has_condition = |t: &str| {
            t.split(|c: char| !c.is_alphanumeric())
                .any(|w| matches!(w, "if" | "unless"))
        };
        let condition_gone =
            !d.new_text.is_empty() && has_condition(&lower) && !has_condition(&said);
        let whole = (d.new_text.is_empty() || condition_gone)
            && text[..d.range.start]
                .trim_end()
                .ends_with(['.', '!', '?', ':'])
            && (text[..d.range.end].trim_end().ends_with(['.', '!', '?'])
                || text[..d.range.end]
                    .trim_end()
                    .ends_with(crate::prose::is_emoji)
                || to_line_end);
        if !whole {
            continue;
        }
        let Some(rest) = text.get(d.range.end..) else {
            continue;
        };
        let mut start = d.range.end + (rest.len() - rest.trim_start_matches(' ').len());
        // the next line of notes, after its marker
        if to_line_end {
            let next = &text[start..];
            let line = next.trim_start_matches(['\n', '\r']);
            let item = line
                .strip_prefix("- ")
                .or_else(|| line.strip_prefix("* "))
                .or_else(|| line.strip_prefix("• "))
                .unwrap_or(line);
            if next.len() - line.len() > 2 {
                continue;
            }
            start += next.len() - item.len();
        }
        let line = &text[start..];
        let line = &line[..line.find(['.', '!', '?', '\n']).unwrap_or(line.len())];
        if strip_lead(line).is_none() {
            continue;
        }
        // the lead and the first letter after it, in the original's bytes
        // (a capital may be longer or shorter than its small letter)
        let Some((at, first)) =
            lead_end(line).and_then(|k| line[k..].chars().next().map(|c| (k, c)))
        else {
            continue;
        };
        let end = start + at + first.len_utf8();
        let free = edits.get(k + 1).is_none_or(|n| n.range.start >= end);
        if free {
            leads.push(Edit {
                range: start..end,
                new_text: first.to_uppercase().collect(),
            });
        } else if edits
            .get(k + 1)
            .is_some_and(|n| n.range.start == start + at)
        {
            // (the words after the lead are reworded: "Otherwise no
            // worries at all" → "That is quite all right")
            folds.push((k + 1, start));
        }
    }
    for (k, start) in folds {
        let next_start = edits.get(k + 1).map_or(text.len(), |n| n.range.start);
        let e = &mut edits[k];
        // (a reassurance that answered the condition goes with it:
        // "Otherwise no worries at all, and I hope ..." → "I hope ...")
        let said = text[e.range.clone()].to_lowercase();
        let after = &text[e.range.end..];
        let joint = [", and ", " and ", ", "]
            .iter()
            .find(|j| after.starts_with(**j))
            .map(|j| j.len());
        let reassures = matches!(
            said.as_str(),
            "no worries" | "no worries at all" | "no problem" | "no probs" | "all good"
        );
        match (reassures, joint) {
            (true, Some(j)) if e.range.end + j < next_start => {
                let first = after[j..].chars().next().unwrap_or(' ');
                e.range = start..e.range.end + j + first.len_utf8();
                e.new_text = first.to_uppercase().collect();
            }
            _ => {
                e.range.start = start;
                e.new_text = edits::capitalise(&e.new_text);
            }
        }
    }
    // after a sentence cut anywhere before it, a sentence that goes on
    // from what was said ("Again, I am sorry", "Anyway thanks for the
    // chance", "Also, ...") loses the word that pointed back
    if let Some(cut) = edits.iter().find(|d| {
        d.new_text.is_empty()
            && text[..d.range.end]
                .trim_end()
                .ends_with(['.', '!', '?', '"', '”'])
    }) {
        let from = cut.range.end;
        let starts = sentence_starts(text, from);
        for (n, start) in starts.into_iter().enumerate() {
            // "Either way" points at the two ways just weighed: only right
            // after the cut ("I might change my mind ..." gone) does it
            // point at nothing
            if n > 0 && text[start..].to_lowercase().starts_with("either way") {
                continue;
            }
            let Some(lead) = resuming_lead(text, start) else {
                continue;
            };
            // (an insert right before it is no clash: it goes first)
            let free = edits.iter().chain(leads.iter()).all(|e| {
                e.range.is_empty() && e.range.start == start
                    || !(overlaps(&e.range, &lead.range)
                        || e.range.start <= start && start < e.range.end)
            });
            if free {
                leads.push(lead);
            }
        }
    }
    // a condition cut from the end of a sentence ("..., unless you can
    // do $15 base, then I'd still come in.") takes the second way away:
    // "Either way" right after it points at nothing
    for d in edits.iter().filter(|d| {
        d.new_text.is_empty()
            && text[d.range.end..].starts_with(['.', '!', '?'])
            && text[d.range.clone()]
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case("unless") || w.eq_ignore_ascii_case("if"))
    }) {
        let from = d.range.end + 1;
        let Some(&start) = sentence_starts(text, from).first() else {
            continue;
        };
        if !text[start..].to_lowercase().starts_with("either way") {
            continue;
        }
        let Some(lead) = resuming_lead(text, start) else {
            continue;
        };
        let free = edits.iter().chain(leads.iter()).all(|e| {
            !(overlaps(&e.range, &lead.range) || e.range.start <= start && start < e.range.end)
        });
        if free {
            leads.push(lead);
        }
    }
    if !leads.is_empty() {
        edits.extend(leads);
        edits.sort_by_key(|e| (e.range.start, e.range.end));
    }
    // an insert that joins with ". " right after a cut that ends where
    // a stop already stands ("... another day maybe? sorry" losing its
    // "sorry"): the stop is not said twice
    for k in 1..edits.len() {
        let (before, after) = edits.split_at_mut(k);
        let prev = &before[k - 1];
        let e = &mut after[0];
        let joined = prev.new_text.is_empty()
            && prev.range.end == e.range.start
            && e.range.is_empty()
            && e.new_text.starts_with(". ");
        let stopped = text[..prev.range.start]
            .trim_end()
            .ends_with(['.', '?', '!']);
        if joined && stopped {
            e.new_text.remove(0);
        }
    }
    // a sentence's opening words cut where the word after them is
    // respelled ("sorry to do this but cant make it" → "can't make it"):
    // the respelled word opens the sentence, with the capital the cut
    // words had, or that the plan gives every sentence of a text it
    // writes out
    let capitalises = edits.iter().any(|e| {
        let old = text.get(e.range.clone()).unwrap_or("");
        !old.is_empty()
            && old.starts_with(|c: char| c.is_lowercase())
            && e.new_text == edits::capitalise(old)
    });
    for k in 1..edits.len() {
        let (before, after) = edits.split_at_mut(k);
        let d = &before[k - 1];
        let e = &mut after[0];
        let opens = text[..d.range.start]
            .trim_end_matches([' ', '\t'])
            .ends_with(['.', '!', '?', '\n', ')'])
            || d.range.start == 0;
        let cut = text.get(d.range.clone()).unwrap_or("");
        if d.new_text.is_empty()
            && opens
            && d.range.end == e.range.start
            && !e.range.is_empty()
            && e.new_text.starts_with(|c: char| c.is_lowercase())
            && (cut.starts_with(|c: char| c.is_uppercase()) || capitalises)
        {
            e.new_text = edits::capitalise(&e.new_text);
        }
    }
    // a deletion that runs over a line break and takes the break at its
    // end too, from inside a line (a note run into the one before it:
    // "application.- thank her again"), keeps the last
    for e in edits.iter_mut() {
        let gone = text.get(e.range.clone()).unwrap_or("");
        // the break, and the next note's marker, at the end
        let tail = [
            "\r\n- ", "\r\n* ", "\r\n• ", "\n- ", "\n* ", "\n• ", "\r\n", "\n",
        ]
        .into_iter()
        .find(|t| gone.ends_with(t));
        let Some(tail) = tail else { continue };
        // (a cut from inside one line to the end of the next: " ask if
        // that's a thing\n- if no remote ... changes?\n")
        let both = gone.len() > tail.len() && gone[..gone.len() - tail.len()].contains('\n');
        let joined = e.range.start > 0
            && !text[..e.range.start].ends_with('\n')
            && !text[e.range.end..].starts_with(['\n', '\r'])
            && e.range.end < text.len();
        if e.new_text.is_empty() && both && joined {
            e.range.end -= tail.len();
        }
    }
    // a deletion after a comma: what follows goes on in lower case, where
    // no other edit starts on its first letter
    for k in 0..edits.len() {
        let next_start = edits.get(k + 1).map_or(usize::MAX, |n| n.range.start);
        let e = edits::goes_on_after_comma(text, edits[k].clone());
        if e.range.end <= next_start {
            edits[k] = e;
        }
    }
    let mut fixed: Vec<usize> = taken
        .iter()
        .flat_map(|c| c.findings.iter().copied())
        .collect();
    fixed.sort_unstable();
    Plan {
        edits,
        fixed,
        dropped,
    }
}

/// The defects of applying `taken` to `text`. When the plan is for the
/// whole message (`whole`), a stay-in-touch line the plan adds while a
/// complaint stays is one too: "I'd be glad to stay in touch" after "the
/// experience did not fill me with confidence" says two things at once.
/// A quick fix the writer picks for the line alone is theirs to judge.
fn check_plan(
    text: &str,
    format: Format,
    cfg: &Config,
    report: &Report,
    taken: &[&Candidate],
    whole: bool,
) -> Vec<Defect> {
    let edits: Vec<&Edit> = taken.iter().flat_map(|c| c.edits.iter()).collect();
    let after = apply_edits(text, &edits);
    let new = engine::check(&after, format, cfg);
    let mut out = validate::defects(text, &after, &edits, report, &new, report.medium);
    let door = taken
        .iter()
        .any(|c| c.intent == Intent::Insert(PartKind::DoorOpen));
    if whole && door && new.findings.iter().any(|f| f.rule == "negativity") {
        out.push(Defect::MixedMessage);
    }
    out
}

/// Candidates whose edits fit together, in order; the rest wait for the
/// next pass (they overlap an edit taken, or fall outside the text).
fn compatible(candidates: &mut [Candidate], text: &str) -> (Vec<usize>, Vec<usize>) {
    let mut taken: Vec<Edit> = Vec::new();
    let (mut fit, mut wait) = (Vec::new(), Vec::new());
    for (i, c) in candidates.iter_mut().enumerate() {
        // (for many small edits, an insert right before a word one of them
        // respells goes first)
        let piecewise = c.piecewise;
        let clash = |e: &Edit| {
            e.range.end > text.len()
                || !text.is_char_boundary(e.range.start)
                || !text.is_char_boundary(e.range.end)
                || taken.iter().any(|t| {
                    overlaps(&t.range, &e.range)
                        && !(piecewise && t.range.is_empty() && t.range.start == e.range.start)
                })
        };
        let clashes = if piecewise {
            c.edits.retain(|e| !clash(e));
            c.edits.is_empty()
        } else {
            c.edits.iter().any(clash)
        };
        if clashes {
            wait.push(i);
        } else {
            taken.extend(c.edits.iter().cloned());
            fit.push(i);
        }
    }
    (fit, wait)
}

/// Order in which intents are planned: what fixes words in place first,
/// inserts last (they go around what is already there).
fn rank(intent: Intent) -> u8 {
    match intent {
        Intent::Fill => 0,
        Intent::Decide => 1,
        Intent::Trim => 2,
        Intent::Reword => 3,
        Intent::Insert(PartKind::Subject) => 4,
        Intent::Insert(PartKind::Greeting) => 5,
        Intent::Insert(PartKind::Gratitude) => 6,
        Intent::Insert(PartKind::Decision) => 7,
        Intent::Insert(_) => 8,
    }
}

fn intent_of(f: &Finding) -> Intent {
    rules::by_id(f.rule).map_or(Intent::Reword, |r| r.intent)
}

fn candidates(
    text: &str,
    format: Format,
    cfg: &Config,
    findings: &[Finding],
    scope: Scope,
) -> Vec<Candidate> {
    let in_scope: Vec<bool> = match scope {
        Scope::All => vec![true; findings.len()],
        Scope::Only(ids) => {
            let decide = ids.iter().any(|&i| {
                findings
                    .get(i)
                    .is_some_and(|f| intent_of(f) == Intent::Decide)
            });
            (0..findings.len())
                .map(|i| ids.contains(&i) || decide && intent_of(&findings[i]) == Intent::Decide)
                .collect()
        }
    };
    let mut out: Vec<Candidate> = Vec::new();
    let mut decisions: Vec<usize> = Vec::new();
    for (i, f) in findings.iter().enumerate() {
        if !in_scope[i] {
            continue;
        }
        let Some(fix) = f.fixes.iter().find(|x| x.preferred) else {
            continue;
        };
        let intent = intent_of(f);
        if intent == Intent::Decide {
            decisions.push(i);
            continue;
        }
        let fallbacks = f
            .fixes
            .iter()
            .filter(|x| !x.preferred && x.fallback)
            .map(|x| x.edits.clone())
            .collect();
        out.push(Candidate {
            findings: vec![i],
            intent,
            edits: fix.edits.clone(),
            fallbacks,
            piecewise: fix.piecewise,
        });
    }
    // a rewording that states the decision ("For personal reasons, I am
    // withdrawing ...") would say it twice where the message, or the plan,
    // states it already
    // the message is read again only when a candidate needs it
    let bank = cfg.bank();
    let read_msg = || {
        Message::analyse(
            Document::parse(text, format),
            &engine::overrides(cfg, &bank),
        )
    };
    let mut msg_once = None;
    let mut states_decision = false;
    for c in out.iter_mut() {
        if matches!(c.intent, Intent::Insert(_)) {
            continue;
        }
        let new: String = c.edits.iter().map(|e| e.new_text.as_str()).collect();
        if new.trim().is_empty() || crate::reading::read(&new).stand() != Stand::Clear {
            continue;
        }
        // rewording a decision that was there is no second one
        let old: String = c
            .edits
            .iter()
            .filter_map(|e| text.get(e.range.clone()))
            .collect();
        if crate::reading::read(&old).stand() != Stand::None {
            continue;
        }
        let msg = msg_once.get_or_insert_with(read_msg);
        let stated_elsewhere = (0..msg.doc.prose.sentences.len()).any(|s| {
            let r = msg.sentence_buf(s);
            msg.readings[s].stand() == Stand::Clear
                && !c.edits.iter().any(|e| overlaps(&e.range, &r))
        });
        if !stated_elsewhere && decisions.is_empty() {
            states_decision = true;
            continue;
        }
        // the decision is said elsewhere: the sentence goes instead
        let sentences: Vec<usize> = (0..msg.doc.prose.sentences.len())
            .filter(|&s| {
                let r = msg.sentence_buf(s);
                c.edits.iter().any(|e| overlaps(&e.range, &r))
            })
            .collect();
        c.edits = edits::delete_sentences(msg, &sentences);
    }
    // and a rewording that states the decision makes inserting one twice
    if states_decision {
        out.retain(|c| c.intent != Intent::Insert(PartKind::Decision));
    }
    if !decisions.is_empty() {
        let d = decide(text, format, cfg, findings, &decisions);
        // a decision that asks for another day keeps the contact going by
        // itself: no stay-in-touch line after it
        let moves = d
            .edits
            .iter()
            .any(|e| crate::reading::Reading::of(&e.new_text).asks_to_move());
        out.push(d);
        if moves {
            out.retain(|c| c.intent != Intent::Insert(PartKind::DoorOpen));
        }
        // the decision is stated: inserting another would say it twice
        out.retain(|c| c.intent != Intent::Insert(PartKind::Decision));
    }
    // (notes in bullets get no inserts: the engine offers those fixes
    // without preferring them, so none is a candidate here)
    // never insert what the message already says, nor one text twice
    let mut said: Vec<String> = Vec::new();
    out.retain(|c| {
        if !matches!(c.intent, Intent::Insert(_)) {
            return true;
        }
        let new: String = c.edits.iter().map(|e| e.new_text.as_str()).collect();
        let key = words(&new);
        // (a text's name at the end is said again by design, where the
        // opening said it: "Hi Marcia, it's Dean Hollis. ... – Dean"; not
        // where its last words say it already)
        let mut tail: Vec<&str> = text.split_whitespace().rev().take(4).collect();
        tail.reverse();
        let again =
            c.intent == Intent::Insert(PartKind::SignOff) && !words(&tail.join(" ")).contains(&key);
        if key.is_empty() || !again && words(text).contains(&key) || said.contains(&key) {
            return false;
        }
        said.push(key);
        true
    });
    let mut reason = None;
    // a short sentence that points back at one the plan takes out
    // ("Otherwise I understand.", "Please let me know if that is
    // possible.") goes with it
    if out.iter().any(|c| {
        !matches!(c.intent, Intent::Insert(_)) && c.edits.iter().any(|e| e.new_text.is_empty())
    }) {
        let msg = msg_once.get_or_insert_with(read_msg);
        let covered_by = |e: &Edit| -> Vec<usize> {
            (0..msg.doc.prose.sentences.len())
                .filter(|&s| {
                    let r = msg.sentence_buf(s);
                    e.new_text.is_empty() && e.range.start <= r.start && r.end <= e.range.end
                })
                .collect()
        };
        // (small word-by-word rewordings, "no worries" made "that is
        // fine", give way: they wait for the next pass, by when what they
        // reworded may have gone)
        let touched: Vec<Range<usize>> = out
            .iter()
            .filter(|c| {
                let small = c.intent == Intent::Reword
                    && c.edits
                        .iter()
                        .all(|e| !e.new_text.is_empty() && e.range.len() <= 24);
                !(c.piecewise || small)
            })
            .flat_map(|c| c.edits.iter().map(|e| e.range.clone()))
            .collect();
        for c in out.iter_mut() {
            if matches!(c.intent, Intent::Insert(_) | Intent::Decide) {
                continue;
            }
            let gone: Vec<usize> = c.edits.iter().flat_map(&covered_by).collect();
            let Some(&last) = gone.iter().max() else {
                // a sentence reworded shorter, its condition or hedge taken
                // out: what asks about that condition goes too ("Could you
                // let me know either way?")
                let cut_short = (0..msg.doc.prose.sentences.len()).filter(|&s| {
                    let r = msg.sentence_buf(s);
                    c.edits.iter().any(|e| {
                        // the sentence reworded whole, or a clause cut from it
                        let whole = e.range.start <= r.start + 1 && e.range.end + 1 >= r.end;
                        let inside = e.new_text.is_empty()
                            && r.start <= e.range.start
                            && e.range.end <= r.end;
                        (whole && !e.new_text.is_empty() || inside)
                            && e.new_text.len() < e.range.len()
                    })
                });
                if let Some(s) = cut_short.max() {
                    // a chain of them: "If that's doable let me know." and
                    // then "If not no hard feelings."
                    let mut chain = Vec::new();
                    let mut at = s;
                    while let Some(next) =
                        leaning_on(msg, at, &touched).filter(|&n| conditional_on_previous(msg, n))
                    {
                        chain.push(next);
                        at = next;
                    }
                    if !chain.is_empty() {
                        c.edits.extend(edits::delete_sentences(msg, &chain));
                    }
                }
                continue;
            };
            if let Some(next) = leaning_on(msg, last, &touched) {
                let mut next = vec![next];
                while let Some(more) = next
                    .last()
                    .and_then(|&n| leaning_on(msg, n, &touched))
                    .filter(|&m| conditional_on_previous(msg, m))
                {
                    next.push(more);
                }
                // the whole-sentence deletions give way to one run that
                // takes the leaning sentence too; a clause cut elsewhere in
                // the fix stays as it is ("unless you can do $20" cut, "If
                // that's doable let me know." and "If not no hard
                // feelings." gone)
                let mut all = gone.clone();
                all.extend(next);
                delete_as_one_run(msg, c, &all, |e| !covered_by(e).is_empty());
            } else if let Some(e) = drop_lead(msg, last + 1, &touched) {
                c.edits.push(e);
            }
        }
        // the sentence that announced a complaint the plan takes out whole
        // goes with it: "To be frank, the first interview left a lot to be
        // desired." before the wait and the phone, "I should be candid that
        // the interview played a large part in this decision." before the
        // panel's manners
        let gone_all: Vec<usize> = out
            .iter()
            .flat_map(|c| c.edits.iter().flat_map(&covered_by))
            .collect();
        for c in out.iter_mut() {
            if !is_complaint(c, findings) {
                continue;
            }
            let gone: Vec<usize> = c.edits.iter().flat_map(&covered_by).collect();
            let Some(&first) = gone.iter().min() else {
                continue;
            };
            if let Some(topic) = announces_complaint(msg, first, &gone_all, &touched) {
                let mut all = gone.clone();
                all.push(topic);
                delete_as_one_run(msg, c, &all, |e| !covered_by(e).is_empty());
            }
        }
        reason = plain_reason(msg, cfg, findings, &out, &covered_by).map(|(ids, e, rest)| {
            take_the_story(msg, findings, &mut out, &covered_by, rest);
            (ids, e)
        });
    }
    // many small edits across the message go around everything else
    out.sort_by_key(|c| {
        (
            c.piecewise,
            rank(c.intent),
            c.edits.first().map(|e| e.range.start),
        )
    });
    let mut out = merge_deletions(text, out);
    // (a plain reason goes with the edits of the complaint it stands for,
    // once deletions are merged: were those left out, the complaint
    // stays, and so does the reason it gives)
    if let Some((ids, Some(e))) = reason {
        attach_reason(text, &mut out, &ids, e);
    }
    // a bullet keeps its marker when only part of its line changes, and
    // what is added after a script's quoted speech goes inside the quotes
    for c in out.iter_mut() {
        for e in c.edits.iter_mut() {
            keep_list_marker(text, e);
            if matches!(c.intent, Intent::Insert(_)) {
                into_the_quote(text, e);
            }
        }
    }
    out
}

/// Takes the rest of a complaint's story (sentences `rest`, see
/// [`plain_reason`]) out with the complaints told in the same paragraphs,
/// made one candidate: its runs join theirs, so none waits a pass and
/// leaves half a story.
fn take_the_story(
    msg: &Message,
    findings: &[Finding],
    out: &mut Vec<Candidate>,
    covered_by: &dyn Fn(&Edit) -> Vec<usize>,
    rest: Vec<usize>,
) {
    if rest.is_empty() {
        return;
    }
    // (only the complaints told in those paragraphs: a thank-you that
    // grumbles, fixed apart, stays a fix of its own)
    let sentences = &msg.doc.prose.sentences;
    let told_in: Vec<usize> = rest.iter().map(|&s| sentences[s].block).collect();
    let complaints: Vec<usize> = (0..out.len())
        .filter(|&k| {
            is_complaint(&out[k], findings)
                && out[k].edits.iter().any(|e| {
                    (0..sentences.len()).any(|s| {
                        told_in.contains(&sentences[s].block)
                            && overlaps(&e.range, &msg.sentence_buf(s))
                    })
                })
        })
        .collect();
    let Some((&first, others)) = complaints.split_first() else {
        return;
    };
    for &k in others.iter().rev() {
        let c = out.remove(k);
        out[first].findings.extend(c.findings);
        out[first].edits.extend(c.edits);
    }
    let c = &mut out[first];
    c.fallbacks.clear();
    let mut all: Vec<usize> = c.edits.iter().flat_map(covered_by).collect();
    all.extend(rest);
    // one run over every sentence that goes; a cut or a rewording inside
    // one of them goes with it
    let run = edits::delete_sentences(msg, &all);
    let mut kept: Vec<Edit> = Vec::new();
    for e in c.edits.drain(..) {
        let clash = run
            .iter()
            .chain(kept.iter())
            .any(|r| overlaps(&r.range, &e.range));
        if covered_by(&e).is_empty() && !clash {
            kept.push(e);
        }
    }
    kept.extend(run);
    kept.sort_by_key(|e| e.range.start);
    c.edits = kept;
}

/// Whether candidate `c` fixes a complaint (a negativity finding).
fn is_complaint(c: &Candidate, findings: &[Finding]) -> bool {
    c.findings
        .iter()
        .any(|&f| findings.get(f).is_some_and(|f| f.rule == "negativity"))
}

/// Puts the plain reason `e` with the complaint edits it stands for
/// (`ids`): in place of a deletion that starts where it goes (the
/// complaint right after the decision), else as an edit of its own; or
/// before a stay-in-touch line added at the same place, so the two read
/// in that order.
fn attach_reason(text: &str, out: &mut Vec<Candidate>, ids: &[usize], e: Edit) {
    let at = e.range.end;
    if let Some(d) = out
        .iter_mut()
        .filter(|c| c.intent == Intent::Insert(PartKind::DoorOpen))
        .flat_map(|c| c.edits.iter_mut())
        .find(|d| d.range.start <= at && at <= d.range.end)
    {
        let door = d.new_text.trim_start();
        let lead = &e.new_text[..e.new_text.len() - e.new_text.trim_start().len()];
        d.range = d.range.start.min(e.range.start)..d.range.end.max(e.range.end);
        d.new_text = format!("{lead}{} {door}", e.new_text.trim());
        return;
    }
    let is_mine = |c: &Candidate| c.findings.iter().any(|f| ids.contains(f));
    let mine = |c: &&mut Candidate| is_mine(c);
    // a deletion that starts where the reason goes, or after nothing but
    // spaces
    let from = |d: &Edit, at: usize| {
        d.new_text.is_empty()
            && d.range.end > at
            && (d.range.start <= at
                || text
                    .get(at..d.range.start)
                    .is_some_and(|g| g.trim().is_empty()))
    };
    let starts_here = out
        .iter()
        .position(|c| is_mine(c) && c.edits.iter().any(|d| from(d, at)));
    if let Some(k) = starts_here {
        // (the deletions of the complaint that follow it become one run
        // with it: the reason takes their place)
        let j = out[k].edits.iter().position(|d| from(d, at)).unwrap_or(0);
        let mut end = out[k].edits[j].range.end;
        while let Some((m, x)) = (0..out.len())
            .filter(|&m| m != k && is_mine(&out[m]))
            .find_map(|m| {
                out[m]
                    .edits
                    .iter()
                    .position(|d| {
                        from(d, end)
                            || d.new_text.is_empty() && d.range.start < end && d.range.end > end
                    })
                    .map(|x| (m, x))
            })
        {
            let mut taken = std::mem::take(&mut out[m].edits);
            end = end.max(taken[x].range.end);
            taken.remove(x);
            let ids_taken = std::mem::take(&mut out[m].findings);
            out[k].findings.extend(ids_taken);
            out[k].edits.extend(taken);
        }
        let after = text[end.min(text.len())..].chars().next();
        let mut new = e.new_text.clone();
        // (a paragraph taken out keeps the break after it: the reason
        // ends the decision's line, what followed still starts its own)
        let start = out[k].edits[j].range.start.min(e.range.start);
        let taken = text.get(start..end).unwrap_or("");
        let tail = &taken[taken.trim_end().len()..];
        if tail.contains('\n') {
            new.push_str(tail);
        } else if after.is_some_and(|c| !c.is_whitespace()) {
            new.push(' ');
        }
        let d = &mut out[k].edits[j];
        d.range = d.range.start.min(e.range.start)..end;
        d.new_text = new;
        out.retain(|c| !c.edits.is_empty());
        return;
    }
    // else with the complaint that deletes the most
    let deleted = |c: &Candidate| -> usize {
        c.edits
            .iter()
            .filter(|d| d.new_text.is_empty())
            .map(|d| d.range.len())
            .sum()
    };
    if let Some(c) = out.iter_mut().filter(mine).max_by_key(|c| deleted(c)) {
        c.edits.push(e);
    }
}

/// A complaint that was the message's whole reason leaves none when the
/// plan takes it out ("I'm going to pass." and then two sentences about
/// the first interview): a plain reason in the scenario's words goes after
/// the decision instead, so the reader still learns why. Only where the
/// complaints were about the process, or the scenario's reason is the
/// process or the fit (not another offer, a move, pay or family, which the
/// message says in its own words), and only when the complaint ran to two
/// sentences or more and nothing else gives a reason.
fn plain_reason(
    msg: &Message,
    cfg: &Config,
    findings: &[Finding],
    out: &[Candidate],
    covered_by: &dyn Fn(&Edit) -> Vec<usize>,
) -> Option<(Vec<usize>, Option<Edit>, Vec<usize>)> {
    use crate::vocab::Scenario;
    // (notes in bullets get no parts written in; the story still goes:
    // "- I've been on the tools 19 years." once the complaint it led to
    // has gone)
    let notes = crate::message::bullet_notes(msg.doc.text);
    let complaints: Vec<usize> = (0..out.len())
        .filter(|&k| is_complaint(&out[k], findings))
        .collect();
    let bitter: Vec<usize> = complaints
        .iter()
        .flat_map(|&k| out[k].edits.iter().flat_map(covered_by))
        .collect();
    let gone: Vec<usize> = out
        .iter()
        .flat_map(|c| c.edits.iter().flat_map(covered_by))
        .collect();
    if bitter.len() < 2 {
        return None;
    }
    // a complaint about how the interviews went keeps its point, told
    // without the blame: the writer's experience of them decided it
    let of_the_process = bitter.iter().any(|&s| {
        msg.readings[s].tokens.iter().any(|t| {
            matches!(
                t.word.as_str(),
                "interview"
                    | "interviews"
                    | "interviewer"
                    | "interviewers"
                    | "panel"
                    | "process"
                    | "waiting"
                    | "waited"
                    | "kept"
                    | "round"
                    | "stage"
                    | "assessment"
                    | "delay"
                    | "late"
                    | "calls"
                    | "reception"
                    | "lobby"
            )
        })
    });
    // (a stock reason of the scenario only where the scenario's reason
    // is the process or the fit: another offer, a move, pay or family the
    // message says in its own words; the process is the reason whatever
    // the scenario, when the complaints are about it)
    // (a complaint about the pay or the work said in the same breath is
    // about that, not the process: "... an interview for a job I wouldn't
    // take")
    let about_a_topic = bitter.iter().any(|&s| msg.readings[s].topic().is_some());
    if (!of_the_process || about_a_topic)
        && !matches!(
            msg.scenario,
            Scenario::Culture
                | Scenario::AfterInterviews
                | Scenario::General
                | Scenario::RoleChanged
        )
    {
        return None;
    }
    let kept = |s: &usize| !gone.contains(s);
    // what is left of a sentence a complaint's fix cuts short was the
    // complaint's set-up ("... so I took the morning off unpaid and then
    // sat in the trailer" once "until 9:15 before anyone came to get me"
    // goes): no reason of its own
    // (unless what is left names what the reason is about: "The posting
    // was for a manager, ..." keeps its point)
    let cut_short = |s: usize| {
        let whole = msg.sentence_buf(s);
        complaints.iter().any(|&k| {
            out[k].edits.iter().any(|e| {
                let head = msg.doc.text.get(whole.start..e.range.start).unwrap_or("");
                covered_by(e).is_empty()
                    && overlaps(&e.range, &whole)
                    && crate::reading::read(head).topic().is_none()
            })
        })
    };
    // (in notes, what the writer tells themself to do gives no reason:
    // "- Hand in the site pass.", "- Leave it there, don't get into it")
    let to_self = |s: usize| {
        notes
            && msg.readings[s]
                .tokens
                .iter()
                .find(|t| t.is_word())
                .is_some_and(|t| {
                    matches!(
                        t.word.as_str(),
                        "hand"
                            | "leave"
                            | "say"
                            | "tell"
                            | "ask"
                            | "thank"
                            | "mention"
                            | "keep"
                            | "do"
                            | "give"
                            | "bring"
                            | "remember"
                            | "offer"
                            | "check"
                            | "finish"
                            | "end"
                            | "stay"
                            | "don't"
                            | "dont"
                    )
                })
    };
    let gives_reason = |s: usize| {
        !cut_short(s) && !to_self(s) && {
            let r = &msg.roles[s];
            r.reason && !(r.decision || r.gratitude || r.door_open || r.greeting || r.alternative)
                || r.decision
                    && (msg.readings[s]
                    .clauses
                    .iter()
                    .any(|c| c.causal() || c.opener == Some("so"))
                    // a decision that says why of itself: "I have decided
                    // to stay in my current post"
                    || msg.readings[s].frames.iter().any(|f| {
                        matches!(
                            f.kind,
                            crate::reading::FrameKind::Elsewhere | crate::reading::FrameKind::Fit
                        )
                    }))
        }
    };
    let reason_left = msg.body_sentences().filter(kept).any(gives_reason);
    let decision = msg
        .body_sentences()
        .filter(kept)
        .filter(|&s| msg.roles[s].decision && !msg.roles[s].reschedule)
        .last()?;
    // (nor where a fix already words one: "Replace with 'the role is not
    // the right fit for me'")
    let worded = out.iter().flat_map(|c| c.edits.iter()).any(|e| {
        e.new_text.to_lowercase().contains("right fit")
            || crate::wording::is_complaint_reason(&e.new_text)
    });
    // (with a reason given, or worded by a fix, none is added; the story
    // still goes, where it gives no reason of its own)
    let insert = !(reason_left || worded || notes);
    // (said as a fact: the decision before it already says "I have
    // decided")
    let phrase = crate::wording::Situation::of(msg, cfg).phrase(crate::wording::Slot::Reason);
    let reason = match phrase.strip_prefix("I have decided that ") {
        Some(rest) => {
            let mut c = rest.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or(phrase.clone())
        }
        None => phrase.clone(),
    };
    // (a decision that already looks back, "Having reflected on Monday's
    // meeting, I have decided ...", is not told the reflecting twice)
    let looked_back = msg.readings[decision]
        .tokens
        .iter()
        .any(|t| matches!(t.lemma.as_str(), "reflect" | "think" | "consid"));
    let reason = if of_the_process && looked_back {
        "I do not feel the role is the right fit for me.".to_string()
    } else if of_the_process && msg.medium != crate::vocab::Medium::Text {
        "Having reflected on my experience of the process so far, I do not feel the role is the right fit for me.".to_string()
    } else if of_the_process {
        "Thinking over the process so far, I don't feel the role is the right fit for me."
            .to_string()
    } else {
        reason
    };
    let ids: Vec<usize> = complaints
        .iter()
        .flat_map(|&k| out[k].findings.clone())
        .collect();
    let at = msg.sentence_buf(decision).end;
    // what stays of the complaint's paragraphs once it goes is the rest of
    // its story ("Nobody apologised.", "I took an unpaid afternoon off to
    // be there.", "It's on page one."): told beside a plain reason, the
    // story is the complaint again, so it goes too. Only sentences that
    // carry no part of the message, after the decision.
    let sentences = &msg.doc.prose.sentences;
    // (a note's story is its own line: a list of notes is one block)
    let part_of = |s: usize| {
        if notes {
            let at = msg.sentence_buf(s).start;
            msg.doc.text[..at].matches('\n').count()
        } else {
            sentences[s].block
        }
    };
    let blocks: Vec<usize> = bitter.iter().map(|&s| part_of(s)).collect();
    let rest: Vec<usize> = msg
        .body_sentences()
        .filter(|s| kept(s) && *s > decision && blocks.contains(&part_of(*s)))
        .filter(|&s| {
            let r = msg.roles[s];
            !(r.decision
                || r.gratitude
                || r.door_open
                || r.greeting
                || r.alternative
                || r.reschedule
                || r.sign_off
                || r.head
                || r.subject)
                && !msg.hits.any_inside("apology", msg.sentence_buf(s))
                && !msg.readings[s].opens_door()
                && !parting_courtesy(msg, s)
                && !(reason_left && (gives_reason(s) || msg.readings[s].topic().is_some()))
                // (nor a sentence a fix rewords: its new words are the
                // point said plainly, "The pay doesn't meet what I need
                // right now.")
                && !out.iter().flat_map(|c| c.edits.iter()).any(|e| {
                    let whole = msg.sentence_buf(s);
                    !e.new_text.trim().is_empty()
                        && e.range.start <= whole.start
                        && whole.end <= e.range.end
                })
                // (nor a verdict on the fit, however hedged: "After the
                // first round I don't think it's a good fit.")
                && !msg.readings[s].frames.iter().any(|f| f.kind == crate::reading::FrameKind::Fit)
                && !msg.readings[s].tokens.iter().any(|t| t.word == "fit")
        })
        .collect();
    Some((
        ids,
        insert.then(|| edits::insert_sentence(msg, at, &reason)),
        rest,
    ))
}

/// Whether sentence `s` is a short parting courtesy with nothing bitter in
/// it: "I wish you good luck.", "Take care.", "Goodbye.", "All the best
/// with the search."
fn parting_courtesy(msg: &Message, s: usize) -> bool {
    let reading = &msg.readings[s];
    let words = reading.tokens.iter().filter(|t| t.is_word()).count();
    words <= 10
        && reading.evaluations.is_empty()
        && reading.tokens.iter().any(|t| {
            matches!(
                t.word.as_str(),
                "wish" | "luck" | "best" | "care" | "bye" | "goodbye" | "cheers" | "well" | "hope"
            )
        })
}

/// Makes the whole-sentence deletions of candidate `c` (the edits
/// `whole` says delete whole sentences) one run over `sentences`, which
/// holds theirs and more; its other edits (a clause cut) stay as they
/// are. Nothing changes where the run would overlap one of them.
fn delete_as_one_run(
    msg: &Message,
    c: &mut Candidate,
    sentences: &[usize],
    whole: impl Fn(&Edit) -> bool,
) {
    let run = edits::delete_sentences(msg, sentences);
    let kept: Vec<Edit> = c.edits.iter().filter(|e| !whole(e)).cloned().collect();
    if kept
        .iter()
        .all(|k| run.iter().all(|r| !overlaps(&k.range, &r.range)))
    {
        c.edits = kept;
        c.edits.extend(run);
        c.edits.sort_by_key(|e| e.range.start);
    }
}

/// Whether sentence `s` only makes sense of a condition in the sentence
/// before: "If that is possible, please let me know by Friday and I will
/// confirm the slot", "If so, ...", "In that case ...", "Could you let me
/// know either way?".
fn conditional_on_previous(msg: &Message, s: usize) -> bool {
    let roles = msg.roles[s];
    let reading = &msg.readings[s];
    let w = |k: usize| reading.tokens.get(k).map(|t| t.word.as_str());
    // a condition cut short to its subject and helping verb stands for
    // one said before: "If there is, I'd be happy to keep the slot.",
    // "If you can, let me know."
    let elliptical = w(0) == Some("if")
        && (2..=4).any(|k| {
            reading.tokens.get(k).is_some_and(|t| t.word == ",")
                && matches!(
                    w(k - 1),
                    Some(
                        "is" | "are"
                            | "was"
                            | "were"
                            | "can"
                            | "could"
                            | "does"
                            | "do"
                            | "did"
                            | "will"
                            | "would"
                            | "not"
                            | "so"
                            | "possible"
                            | "doable"
                    )
                )
        });
    let conditional = elliptical
        || w(0) == Some("if")
            && matches!(w(1), Some("that" | "this" | "so" | "not"))
            && !matches!(w(2), Some("means" | "would"))
        || w(0) == Some("in") && matches!(w(1), Some("that" | "which")) && w(2) == Some("case")
        // "I'll let you know if it does.": a condition that stands for one
        // said in the sentence before
        || (0..reading.tokens.len()).any(|k| {
            w(k) == Some("if")
                && matches!(w(k + 1), Some("it" | "that"))
                && matches!(
                    w(k + 2),
                    Some("does" | "do" | "did" | "changes" | "happens" | "works")
                )
        })
        || reading
            .tokens
            .windows(2)
            .any(|p| p[0].word == "either" && p[1].word == "way")
            && reading.tokens.iter().any(|t| t.word == "know")
        // a bare "Please let me know." / "Let me know please": an answer
        // asked for, about what the sentence before offered
        || {
            let words = reading.words_only();
            words.len() <= 6
                && words.iter().any(|w| matches!(*w, "know" | "lmk"))
                && words.iter().all(|w| {
                    matches!(
                        *w,
                        "please" | "kindly" | "let" | "me" | "know" | "lmk" | "thanks" | "thank"
                            | "you" | "asap" | "soon" | "then" | "ok" | "okay" | "just"
                    )
                })
        };
    conditional
        && !roles.gratitude
        && !roles.greeting
        && !roles.sign_off
        && reading.stand() != Stand::Clear
        && crate::prose::count_words(msg.sentence_text(s)) <= 25
}

/// "Otherwise please consider this as my decline." after the condition it
/// answered is cut: the decision stays, its "Otherwise" goes ("Please
/// consider this as my decline."). Sentence `s`, when no range `taken`
/// touches it.
fn drop_lead(msg: &Message, s: usize, taken: &[Range<usize>]) -> Option<Edit> {
    if s >= msg.doc.prose.sentences.len() || !msg.roles[s].decision {
        return None;
    }
    let r = msg.sentence_buf(s);
    let text = &msg.doc.text[r.clone()];
    // ("Or" opens too many sentences of their own to be dropped here)
    if text.get(..2).is_some_and(|h| h.eq_ignore_ascii_case("or")) {
        return None;
    }
    let cut = lead_end(text)?;
    let first = text[cut..].chars().next()?;
    // another fix may reword the rest of the sentence ("for now" lifted
    // from "Otherwise I'll have to step back for now"), not its lead
    let range = r.start..r.start + cut + first.len_utf8();
    if taken.iter().any(|t| overlaps(t, &range)) {
        return None;
    }
    Some(Edit {
        range,
        new_text: first.to_uppercase().collect(),
    })
}

/// `text` without an opening "Otherwise" / "If not" / "Else" / "Or" and
/// its comma, capitalised; `None` when it has no such lead.
fn strip_lead(text: &str) -> Option<String> {
    lead_end(text).map(|k| edits::capitalise(&text[k..]))
}

/// Where the sentences after byte `from` of `text` start: after a full
/// stop, a question or exclamation mark and a space, or at a line's start.
fn sentence_starts(text: &str, from: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let rest = &text[from..];
    let lead = rest.len() - rest.trim_start().len();
    if !rest.trim().is_empty() {
        out.push(from + lead);
    }
    let bytes = rest.as_bytes();
    for k in 1..bytes.len() {
        let after_stop =
            bytes[k - 1] == b' ' && k >= 2 && matches!(bytes[k - 2], b'.' | b'!' | b'?');
        let line_start = bytes[k - 1] == b'\n';
        if (after_stop || line_start) && bytes[k].is_ascii_alphabetic() {
            out.push(from + k);
        }
        // a line of notes or a quoted line: '- "Either way, ...'
        if line_start {
            let line = &rest[k..];
            let item = line
                .strip_prefix("- ")
                .or_else(|| line.strip_prefix("* "))
                .unwrap_or(line);
            let item = item
                .strip_prefix('"')
                .or_else(|| item.strip_prefix('“'))
                .unwrap_or(item);
            if item.len() < line.len() && item.starts_with(|c: char| c.is_ascii_alphabetic()) {
                out.push(from + k + (line.len() - item.len()));
            }
        }
    }
    out.dedup();
    out
}

/// Where the words after an opening "Anyway", "Again", "Also", "Besides"
/// (and its comma) start in `text`: words that go on from something said
/// before, which a cut may have taken.
fn resuming_end(text: &str) -> Option<usize> {
    let lead = [
        "anyways",
        "anyway",
        // (the two ways it weighed may be what was cut)
        "either way",
        "again",
        "also",
        "besides",
        "on top of that",
        "in addition",
        "furthermore",
        "moreover",
        "plus",
    ]
    .iter()
    .find(|l| {
        text.get(..l.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(l))
            && !text[l.len()..].starts_with(char::is_alphanumeric)
    })?;
    let rest = text[lead.len()..].trim_start_matches([',', ' ']);
    // "Again, thank you" thanks once more; "Also" alone is no sentence
    let first = rest.split_whitespace().next()?.to_lowercase();
    if *lead == "again" && matches!(first.as_str(), "thank" | "thanks" | "with") {
        return None;
    }
    rest.starts_with(char::is_alphabetic)
        .then_some(text.len() - rest.len())
}

/// The edit that takes the resuming lead ("Anyway", "Either way", ...;
/// see [`resuming_end`]) off the sentence starting at byte `start`, its
/// next letter made a capital.
fn resuming_lead(text: &str, start: usize) -> Option<Edit> {
    let line = &text[start..];
    let line = &line[..line.find(['.', '!', '?', '\n']).unwrap_or(line.len())];
    let at = resuming_end(line)?;
    let first = line[at..].chars().next()?;
    Some(Edit {
        range: start..start + at + first.len_utf8(),
        new_text: first.to_uppercase().collect(),
    })
}

/// The sentence after `s`, when it leans on `s` (see [`points_back`]) and
/// none of the ranges `taken` touches it: it goes where `s` goes.
fn leaning_on(msg: &Message, s: usize, taken: &[Range<usize>]) -> Option<usize> {
    let next = s + 1;
    (next < msg.doc.prose.sentences.len()
        && !taken.iter().any(|t| overlaps(t, &msg.sentence_buf(next)))
        && (points_back(msg, next) || refers_into(msg, next, s) || hedges_it_too(msg, next)))
    .then_some(next)
}

/// The sentence before `first` when it only announces the complaint
/// that follows it: in the same paragraph, untouched by the plan, every
/// sentence after it in the paragraph in `gone`, no part of the message,
/// and naming the interview or process as said frankly ("To be frank,
/// ...", "I should be candid that ...") or as a part of the decision ("the
/// interview played a large part in this").
fn announces_complaint(
    msg: &Message,
    first: usize,
    gone: &[usize],
    taken: &[Range<usize>],
) -> Option<usize> {
    let topic = first.checked_sub(1)?;
    let sentences = &msg.doc.prose.sentences;
    let block = sentences[topic].block;
    if sentences[first].block != block
        || (first..sentences.len())
            .take_while(|&s| sentences[s].block == block)
            .any(|s| !gone.contains(&s))
        || taken.iter().any(|t| overlaps(t, &msg.sentence_buf(topic)))
    {
        return None;
    }
    if carries_a_part(msg, topic, 25) {
        return None;
    }
    let t = &msg.readings[topic].tokens;
    let w = |k: usize| t.get(k).map(|x| x.word.as_str());
    let process = t.iter().any(|x| {
        matches!(
            x.word.as_str(),
            "interview"
                | "interviews"
                | "process"
                | "experience"
                | "panel"
                | "visit"
                | "assessment"
                | "round"
                | "stage"
        )
    });
    let frank = t.iter().any(|x| {
        matches!(
            x.word.as_str(),
            "frank" | "frankly" | "candid" | "candidly" | "honest" | "honestly"
        )
    });
    let a_part = (0..t.len()).any(|k| {
        matches!(w(k), Some("part" | "role" | "factor"))
            && matches!(w(k + 1), Some("in" | "of"))
            && (k + 2..k + 5).any(|j| matches!(w(j), Some("decision" | "this" | "my")))
    });
    (process && (frank || a_part)).then_some(topic)
}

/// Whether sentence `s` goes on with the same doubt in the writer's own
/// voice about "that" or "it", deciding nothing ("I could probably make
/// that work for a few months.") or asks what the reader makes of it
/// ("Let me know what you think."): it stands only on what came before.
fn hedges_it_too(msg: &Message, s: usize) -> bool {
    let roles = msg.roles[s];
    let reading = &msg.readings[s];
    if !reading.frames.is_empty()
        || roles.gratitude
        || roles.decision
        || roles.door_open
        || roles.greeting
        || roles.sign_off
        || crate::prose::count_words(msg.sentence_text(s)) > 20
    {
        return false;
    }
    let t = &reading.tokens;
    let w = |k: usize| t.get(k).map(|x| x.word.as_str());
    let asks = (0..t.len()).any(|k| {
        w(k) == Some("what")
            && w(k + 1) == Some("you")
            && matches!(w(k + 2), Some("think" | "reckon"))
    });
    let own_doubt = reading.hedges.iter().any(|h| {
        h.class == crate::reading::hedges::Class::Modal
            && (h.cue.start.saturating_sub(2)..h.cue.start).any(|k| w(k) == Some("i"))
            && (h.cue.end..h.cue.end + 4).any(|k| matches!(w(k), Some("that" | "it")))
    });
    asks || own_doubt
}

/// Whether sentence `s` is a part of the message's frame (thanks, a
/// decision, a door left open, a greeting or sign-off, a request to move,
/// an alternative), states a decision, or runs over `max_words` words: a
/// sentence that stands on its own and never goes with another.
fn carries_a_part(msg: &Message, s: usize, max_words: usize) -> bool {
    let roles = msg.roles[s];
    roles.gratitude
        || roles.decision
        || roles.door_open
        || roles.greeting
        || roles.sign_off
        || roles.reschedule
        || roles.alternative
        || !msg.readings[s].frames.is_empty()
        || crate::prose::count_words(msg.sentence_text(s)) > max_words
}

/// Whether sentence `s`, a short one that is no part of the message's
/// frame, points into sentence `gone` with "that's ..." or with "that",
/// "this" or "the" before a word only `gone` used: "Thirty-one years on
/// the tools, and that's the question I get." after the question it
/// answered, "... than whoever wrote that advert" after the advert.
fn refers_into(msg: &Message, s: usize, gone: usize) -> bool {
    if carries_a_part(msg, s, 20) {
        return false;
    }
    let t = &msg.readings[s].tokens;
    let said_before: Vec<&str> = msg.readings[gone]
        .tokens
        .iter()
        .filter(|x| x.is_word() && x.word.len() > 3)
        .map(|x| x.word.as_str())
        .collect();
    let earlier =
        |word: &str| (0..gone).any(|j| msg.readings[j].tokens.iter().any(|x| x.word == word));
    // ("I hope this is acceptable", "I hope that's okay" speak of the
    // whole message)
    let hoped = |k: usize| {
        k > 0
            && matches!(
                t[k - 1].word.as_str(),
                "hope" | "think" | "know" | "if" | "understand" | "sure" | "believe" | "trust"
            )
    };
    // ("My number is 614-555-0182, that's 614-555-0182": a number the
    // sentence said, said again; not "That is 100 miles a day")
    let said_again = |k: usize| {
        t.get(k + 2).is_some_and(|x| {
            x.word.starts_with(|c: char| c.is_ascii_digit())
                && t[..k].iter().any(|y| y.word == x.word)
        })
    };
    (0..t.len().saturating_sub(1)).any(|k| {
        let (a, b) = (t[k].word.as_str(), t[k + 1].word.as_str());
        a == "that" && matches!(b, "is" | "was") && !hoped(k) && !said_again(k)
            || matches!(a, "that" | "this" | "these" | "those" | "the")
                && said_before.contains(&b)
                && !earlier(b)
    })
}

/// Whether sentence `s` leans on the sentence before it and says nothing
/// of its own: short, no part of the message (no thanks, decision, door
/// left open, greeting or sign-off), and opening with a word that points
/// back ("Otherwise I understand.", "That's all.", "No.") or asking to
/// hear about "that" ("Please let me know by Friday if that is possible.").
fn points_back(msg: &Message, s: usize) -> bool {
    let roles = msg.roles[s];
    let reading = &msg.readings[s];
    let asks_about_it = reading
        .tokens
        .windows(2)
        .any(|p| p[0].word == "let" && p[1].word == "me")
        && reading
            .tokens
            .windows(2)
            .any(|p| p[0].word == "if" && matches!(p[1].word.as_str(), "that" | "this" | "it"));
    let w = |k: usize| reading.tokens.get(k).map(|t| t.word.as_str());
    if conditional_on_previous(msg, s) {
        return true;
    }
    if roles.gratitude
        || roles.decision
        || roles.door_open && !asks_about_it
        || roles.greeting
        || roles.sign_off
        || !reading.frames.is_empty()
        || crate::prose::count_words(msg.sentence_text(s)) > 12
    {
        return false;
    }
    let opens = matches!(
        w(0),
        Some("otherwise" | "that" | "this" | "which" | "no" | "yes" | "then" | "also")
    ) || w(0) == Some("it")
        && w(1) == Some("is")
        && matches!(w(2), Some("a" | "just" | "only"));
    // the rest of the sentence before, with no subject of its own: "Or on
    // the start times?", "could work if they cover flights"
    let subject = |x: &str| matches!(x, "i" | "we" | "you" | "they" | "he" | "she" | "it");
    let elided = matches!(w(0), Some("or" | "and" | "nor"))
        && !reading.tokens.iter().take(4).any(|t| subject(&t.word))
        || matches!(w(0), Some("could" | "would" | "might" | "may" | "should"))
            && matches!(
                w(1),
                Some(
                    "be" | "work" | "do" | "help" | "suit" | "happen" | "change" | "mean" | "cost"
                )
            );
    opens || asks_about_it || elided
}

/// Deletions of neighbouring sentences share the space between them, so
/// their edits overlap and one would wait a pass, by when the message reads
/// differently (a sarcastic line is only sarcastic after the complaint it
/// follows). Candidates that are nothing but deletions and touch are made
/// one.
fn merge_deletions(text: &str, candidates: Vec<Candidate>) -> Vec<Candidate> {
    let pure = |c: &Candidate| {
        !matches!(c.intent, Intent::Insert(_) | Intent::Decide)
            && c.edits.len() == 1
            && c.edits[0].new_text.is_empty()
    };
    let mut out: Vec<Candidate> = Vec::new();
    for c in candidates {
        if pure(&c) {
            let r = c.edits[0].range.clone();
            // touching, or apart by nothing but spaces and line breaks
            let near = |q: &Range<usize>| {
                let (a, b) = if q.end <= r.start {
                    (q.end, r.start)
                } else {
                    (r.end, q.start)
                };
                // a run that starts inside a line is not joined to one in
                // a later paragraph: the line break between would go with
                // it ("at this level.Regards,")
                let first = q.start.min(r.start);
                let line_start = text[..first].trim_end_matches([' ', '\t']).len();
                let starts_line = line_start == 0 || text[..line_start].ends_with('\n');
                q.start <= r.end && r.start <= q.end
                    || a <= b
                        && text.get(a..b).is_some_and(|g| {
                            g.trim().is_empty() && (starts_line || !g.contains('\n'))
                        })
            };
            if let Some(prev) = out.iter_mut().find(|p| pure(p) && near(&p.edits[0].range)) {
                let q = &mut prev.edits[0].range;
                *q = q.start.min(r.start)..q.end.max(r.end);
                // a paragraph emptied by the run goes with its line and one
                // blank line around it, as a deleted line does
                let line_start = text[..q.start].trim_end_matches([' ', '\t']).len();
                let starts_line = line_start == 0 || text[..line_start].ends_with('\n');
                let rest = &text[q.end.min(text.len())..];
                let spaces = rest.len() - rest.trim_start_matches([' ', '\t', '\r']).len();
                if starts_line && q.start > 0 && rest[spaces..].starts_with('\n') {
                    q.start = line_start;
                    q.end += spaces + 1;
                    if text[..line_start].ends_with("\n\n") && text[q.end..].starts_with('\n') {
                        q.end += 1;
                    }
                }
                // what opened the text goes with the blank lines after it
                if q.start == 0 {
                    let rest = &text[q.end.min(text.len())..];
                    q.end += rest.len() - rest.trim_start().len();
                }
                // a run that now ends its line takes the spaces before it
                let after = &text[q.end.min(text.len())..];
                if after.is_empty() || after.starts_with(['\n', '\r']) {
                    q.start = text[..q.start].trim_end_matches([' ', '\t']).len();
                }
                prev.findings.extend(c.findings);
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// Moves the start of `e` past a list marker it would take with it ("- ",
/// "• ", "1. ") when text of the line is left after the edit: "• reason:
/// the first round was a joke. Ops manager was late" keeps its bullet
/// when the first sentence goes.
fn keep_list_marker(text: &str, e: &mut Edit) {
    let start = e.range.start;
    let line_start = text[..start].rfind('\n').map_or(0, |k| k + 1);
    if e.range.end > text.len() {
        return;
    }
    // a deletion that starts after the marker and empties the line takes
    // the marker and the line: no bare "-" is left
    let before = text[line_start..start].trim();
    if !before.is_empty() {
        let marker_only = matches!(before, "-" | "*" | "•" | "–" | "+")
            || before.len() <= 3
                && before.ends_with(['.', ')'])
                && before[..before.len() - 1]
                    .bytes()
                    .all(|b| b.is_ascii_digit());
        let line_end = text[e.range.end..]
            .find('\n')
            .map_or(text.len(), |k| e.range.end + k);
        if marker_only
            && e.new_text.trim().is_empty()
            && text[e.range.end..line_end].trim().is_empty()
        {
            e.range.start = line_start;
            e.range.end = line_end + usize::from(line_end < text.len());
        }
        return;
    }
    let from_line = &text[start..];
    let marker = ["- ", "* ", "• ", "– ", "+ "]
        .into_iter()
        .find(|m| from_line.starts_with(m))
        .map(str::len)
        .or_else(|| {
            let (n, rest) = from_line.split_once(['.', ')'])?;
            (!n.is_empty()
                && n.len() <= 2
                && n.bytes().all(|b| b.is_ascii_digit())
                && rest.starts_with(' '))
            .then_some(n.len() + 2)
        });
    let Some(len) = marker else { return };
    let line_end = text[start..].find('\n').map_or(text.len(), |k| start + k);
    let rest_of_line = &text[e.range.end.min(line_end)..line_end];
    // the whole line deleted takes its marker and its line break;
    // anything else keeps the marker
    let whole_line_goes = rest_of_line.trim().is_empty() && e.new_text.trim().is_empty();
    if whole_line_goes {
        e.range.end = e.range.end.max(line_end);
        if text[e.range.end..].starts_with("\r\n") {
            e.range.end += 2;
        } else if text[e.range.end..].starts_with('\n') {
            e.range.end += 1;
        }
        return;
    }
    if !whole_line_goes
        && !e.new_text.starts_with(&text[start..start + len])
        && start + len <= e.range.end
    {
        e.range.start = start + len;
    }
}

/// An insert just after the closing quote of quoted speech (a voicemail
/// script: `"Hi Sandra, it's Bev ... Bye now."`) goes inside it, as a
/// sentence of the speech: words outside the quotes would be said by no
/// one.
fn into_the_quote(text: &str, e: &mut Edit) {
    if !e.range.is_empty() || e.new_text.trim().is_empty() {
        return;
    }
    let before = text[..e.range.start].trim_end();
    let Some(close) = before
        .chars()
        .next_back()
        .filter(|c| matches!(c, '"' | '”'))
    else {
        return;
    };
    let q = before.len() - close.len_utf8();
    // the quote opens in the same paragraph, and the speech ends a sentence
    let para_start = before[..q].rfind("\n\n").map_or(0, |k| k + 2);
    let speech = &before[para_start..q];
    let opens = speech.matches(['"', '“']).count() % 2 == 1;
    if !opens || !speech.trim_end().ends_with(['.', '!', '?']) {
        return;
    }
    let sentence = e.new_text.trim();
    if sentence.contains('\n') {
        return;
    }
    e.range = q..q;
    e.new_text = format!(" {sentence}");
}

/// One candidate for every hedged decision: the hedged sentence that
/// carries the decision (a decision frame, else the first) is replaced by
/// the finding's plain statement, unless another sentence already decides
/// plainly; every other sentence that hedges, defers or reopens the
/// decision loses the part that does (the clause, or the sentence).
fn decide(
    text: &str,
    format: Format,
    cfg: &Config,
    findings: &[Finding],
    ids: &[usize],
) -> Candidate {
    let mut ids = ids.to_vec();
    ids.sort_by_key(|&i| findings[i].range.start);
    let bank = cfg.bank();
    let msg = Message::analyse(
        Document::parse(text, format),
        &engine::overrides(cfg, &bank),
    );
    let n = msg.doc.prose.sentences.len();
    let sentence_of = |at: usize| {
        (0..n).find(|&s| {
            let r = msg.sentence_buf(s);
            r.start <= at && at < r.end.max(r.start + 1)
        })
    };
    let hedged: Vec<Option<usize>> = ids
        .iter()
        .map(|&i| sentence_of(findings[i].range.start))
        .collect();
    // a plain decision the message already has: nothing is replaced
    let decided = msg
        .body_sentences()
        .any(|s| !hedged.contains(&Some(s)) && msg.readings[s].stand() == Stand::Clear);
    let primary = if decided {
        None
    } else {
        // the sentence with a decision frame states it; one only taken
        // for the decision ("I don't think I can move down") is a reason
        let frame = |k: &usize| hedged[*k].is_some_and(|s| !msg.readings[s].frames.is_empty());
        let role = |k: &usize| hedged[*k].is_some_and(|s| msg.roles[s].decision);
        Some(
            (0..ids.len())
                .find(frame)
                .or_else(|| (0..ids.len()).find(role))
                .unwrap_or(0),
        )
    };
    let mut edits: Vec<Edit> = primary
        .and_then(|k| findings[ids[k]].fixes.iter().find(|x| x.preferred))
        .map(|x| x.edits.clone())
        .unwrap_or_default();
    let replaced: Vec<Range<usize>> = edits.iter().map(|e| e.range.clone()).collect();
    // the decision said in the writer's own words: their other decisions,
    // said plainly, do not repeat a stock sentence ("I'm accepting it. ...
    // So I'll have to withdraw from Thursday's interview.")
    let primary_own = primary
        .and_then(|k| findings[ids[k]].fixes.iter().find(|x| x.preferred))
        .is_some_and(|x| x.own_words);
    let mut gone: Vec<usize> = Vec::new();
    // sentences said plainly in the writer's own words
    let mut said: Vec<usize> = Vec::new();
    for (k, s) in hedged.iter().enumerate() {
        let Some(s) = *s else { continue };
        if Some(k) == primary {
            continue;
        }
        let r = msg.sentence_buf(s);
        // a request for another day is a decision of its own: it stays
        if replaced.iter().any(|x| overlaps(x, &r))
            || gone.contains(&s)
            || msg.readings[s].asks_to_move()
        {
            continue;
        }
        // a sentence its rule can say plainly in the writer's own words
        // stays, said so: a reason ("I don't think I can move" → "I can't
        // move"), or, where the message decides elsewhere, the writer's
        // own decision said without its hedge; beside a replacement it
        // would state the decision a second time, so there it goes
        let own = findings[ids[k]]
            .fixes
            .iter()
            .find(|x| x.preferred && x.own_words)
            .filter(|_| primary.is_none() || primary_own || msg.readings[s].frames.is_empty());
        // (said plainly, it must not still put the decision off or bargain:
        // "..., but I would like to wait until I have the contract in
        // writing", "If there was any flexibility I'd jump at it")
        let settled = |fix: &crate::vocab::Fix| {
            fix.edits.iter().all(|e| {
                e.new_text.is_empty() || {
                    let r = crate::reading::Reading::of(&e.new_text);
                    !r.reopens_decision() && r.negotiates().is_none()
                }
            })
        };
        // (nor be a bargain or a dig another rule reads in it)
        let bargains = findings.iter().any(|f| {
            matches!(f.rule, "negotiation-opening" | "negativity") && overlaps(&f.range, &r)
        });
        if let Some(fix) = own.filter(|f| settled(f) && !bargains) {
            edits.extend(fix.edits.iter().cloned());
            said.push(s);
            continue;
        }
        gone.push(s);
    }
    // and what would reopen the decision once it is stated
    let moves = msg.body_sentences().any(|s| msg.readings[s].asks_to_move());
    // (a message that withdraws, or is made to, asks for no other day; a
    // decision that names no day is about the job, not the date: "I'm
    // going to decline the interview", "I'm not carrying on")
    let withdraws = edits.iter().any(|e| e.new_text.contains("withdraw"))
        || msg.body_sentences().any(|s| {
            let reading = &msg.readings[s];
            let day = reading.tokens.iter().any(|t| {
                crate::reading::frames::is_day(&t.word)
                    || matches!(t.word.as_str(), "tmrw" | "date" | "time" | "day")
                    || t.kind == crate::reading::tokens::Kind::Number
            });
            reading
                .frames
                .iter()
                .any(|f| f.kind != crate::reading::FrameKind::Reschedule)
                && (!day
                    || reading.tokens.iter().any(|t| {
                        matches!(
                            t.word.as_str(),
                            "application"
                                | "process"
                                | "candidacy"
                                | "role"
                                | "position"
                                | "job"
                                | "offer"
                        ) || t.lemma == "withdraw"
                    }))
        });
    for s in msg.body_sentences() {
        let r = msg.sentence_buf(s);
        let roles = &msg.roles[s];
        let reading = &msg.readings[s];
        // "I'll let you know if that changes" reads as an open door too,
        // but beside doubt ("an offer I'm leaning towards, not signed
        // yet") or a change of mind it keeps the decision open
        let doubts = reading.hedges.iter().any(|h| {
            matches!(
                h.class,
                crate::reading::Class::Stance
                    | crate::reading::Class::Provisional
                    | crate::reading::Class::Chance
            )
        }) || reading
            .tokens
            .iter()
            .any(|t| matches!(t.lemma.as_str(), "chang" | "decid" | "mind"));
        // "I will let you know as soon as possible", with no "if" or
        // "when": the decision put off, not a door
        let put_off = !reading.tokens.iter().any(|t| {
            matches!(
                t.word.as_str(),
                "if" | "when"
                    | "whenever"
                    | "should"
                    | "once"
                    | "future"
                    | "anything"
                    | "something"
            )
        });
        // ("then I will confirm if I will come": whether, not a condition;
        // the decision still to be given)
        let t = &reading.tokens;
        let whether_coming = (0..t.len()).any(|k| {
            matches!(t[k].word.as_str(), "if" | "whether")
                && t.get(k + 1).is_some_and(|x| x.word == "i")
                && t[k + 2..t.len().min(k + 5)]
                    .iter()
                    .any(|x| matches!(x.lemma.as_str(), "come" | "attend" | "make" | "join" | "go"))
        });
        let put_off = put_off || whether_coming;
        let door = roles.door_open && !((doubts || put_off) && reading.reopens_decision());
        let keeps = roles.gratitude || door || roles.alternative || roles.greeting;
        if keeps
            || gone.contains(&s)
            || said.contains(&s)
            || replaced.iter().any(|x| overlaps(x, &r))
        {
            continue;
        }
        if reading.reopens_decision() || !moves && reading.reopens_attendance().is_some() {
            gone.push(s);
        }
    }
    // "I was thinking maybe next week could work, or maybe the week after,
    // I'm not really sure yet": the wish for another day, unsure of itself,
    // is asked plainly instead of going with the doubt
    gone.sort_unstable();
    let asked = edits
        .iter()
        .any(|e| crate::reading::Reading::of(&e.new_text).asks_to_move());
    // (a plain request the replacement makes asks for the time the
    // writer floated: "Could we find another day?" beside "Maybe i can
    // still do it next week" asks for a day next week)
    if asked && !moves {
        let floated = gone
            .iter()
            .copied()
            .chain((0..n).filter(|&s| replaced.iter().any(|x| overlaps(x, &msg.sentence_buf(s)))))
            .find_map(|s| another_time(&msg.readings[s], true));
        {
            let when = floated;
            let ask = edits.iter_mut().find(|e| {
                crate::reading::Reading::of(&e.new_text).asks_to_move()
                    && e.new_text.trim_end().ends_with('?')
            });
            if let (Some(when), Some(e)) = (when, ask) {
                let body = e.new_text.trim_end();
                let head = body[..body.len() - 1]
                    .rfind(['.', '!', '?'])
                    .map_or(0, |j| j + 1);
                let tail = e.new_text[body.len()..].to_string();
                let lead = if head == 0 { "" } else { " " };
                e.new_text = format!(
                    "{}{lead}Would {when} work for you instead?{tail}",
                    &body[..head]
                );
            }
        }
    }
    if !moves && !withdraws && !asked {
        if let Some(k) = gone
            .iter()
            .position(|&s| another_time(&msg.readings[s], false).is_some())
        {
            let s = gone.remove(k);
            if let Some(when) = another_time(&msg.readings[s], false) {
                let request = format!("Would {when} work for you instead?");
                edits.push(edits::replace_sentence(&msg, s, &request));
            }
        }
    }
    // whole sentences go together (neighbours share the space between
    // them); clauses are cut one by one
    let mut whole: Vec<usize> = Vec::new();
    for s in gone {
        match take_out(&msg, s, !moves) {
            Some(e) => edits.push(e),
            None => whole.push(s),
        }
    }
    // and what leans on a sentence that goes ("Otherwise I understand.")
    // (the replacement's range is among the edits' ranges)
    let taken: Vec<Range<usize>> = edits.iter().map(|e| e.range.clone()).collect();
    // (and what goes on with the same doubt after that, or asks what the
    // reader thinks of it)
    let mut last = whole.clone();
    let mut first = true;
    while !last.is_empty() {
        let leaning: Vec<usize> = last
            .iter()
            .filter_map(|&s| leaning_on(&msg, s, &taken))
            .filter(|&n| !whole.contains(&n) && (first || hedges_it_too(&msg, n)))
            .collect();
        first = false;
        whole.extend(leaning.iter().copied());
        last = leaning;
    }
    // and what asks about the condition a rewording took out ("..., unless
    // there's room on the salary. Could you let me know either way?")
    let reworded: Vec<usize> = (0..msg.doc.prose.sentences.len())
        .filter(|&s| {
            edits
                .iter()
                .any(|e| !e.new_text.is_empty() && overlaps(&e.range, &msg.sentence_buf(s)))
        })
        .collect();
    for s in reworded {
        if let Some(n) = leaning_on(&msg, s, &taken).filter(|&n| conditional_on_previous(&msg, n)) {
            if !whole.contains(&n) {
                whole.push(n);
            }
        }
    }
    edits.extend(edits::delete_sentences(&msg, &whole));
    edits.sort_by_key(|e| (e.range.start, e.range.end));
    // deletions next to the replacement can touch it; keep them apart
    let mut clean: Vec<Edit> = Vec::new();
    for e in edits {
        if clean.iter().any(|c| overlaps(&c.range, &e.range)) {
            continue;
        }
        clean.push(e);
    }
    Candidate {
        findings: ids,
        intent: Intent::Decide,
        edits: clean,
        fallbacks: Vec::new(),
        piecewise: false,
    }
}

/// The other time a sentence floats, unsure of it ("maybe next week could
/// work", "perhaps another day"), as words for a plain request: "a day
/// next week", "another day". `None` when it names no other time or
/// floats it without a hedge. `declining`: a sentence that also declines
/// may float it (a request the replacement makes asks for it).
fn another_time(reading: &crate::reading::Reading, declining: bool) -> Option<&'static str> {
    let w: Vec<&str> = reading.tokens.iter().map(|t| t.word.as_str()).collect();
    let unsure = reading.hedges.iter().any(|h| {
        matches!(
            h.class,
            crate::reading::Class::Adverb
                | crate::reading::Class::Modal
                | crate::reading::Class::Stance
        )
    });
    // (a bargain, "if there's any flexibility I'd come in next week", is
    // no wish for another day)
    // nor a decision with a condition on it ("I'd best not come on the
    // 14th, unless things sort themselves out in the next week or so")
    if !unsure
        || reading.negotiates().is_some()
        || !declining
            && reading
                .frames
                .iter()
                .any(|f| f.kind == crate::reading::FrameKind::Decline)
    {
        return None;
    }
    let conditional = |k: usize| {
        reading
            .clauses
            .iter()
            .find(|c| c.tokens.contains(&k))
            .is_some_and(|c| c.conditional())
    };
    let pair = |a: &[&str], b: &[&str]| {
        w.windows(2)
            .enumerate()
            .any(|(k, p)| a.contains(&p[0]) && b.contains(&p[1]) && !conditional(k))
    };
    if pair(&["next"], &["week"]) || pair(&["week"], &["after"]) {
        Some("a day next week")
    } else if pair(&["another", "different", "other"], &["day", "time", "date"])
        || pair(&["later"], &["date", "in"])
    {
        Some("another day")
    } else {
        None
    }
}

/// The edit that takes the hedge or the reopening out of sentence `s`:
/// the clause that does it, from where it starts to the sentence's end,
/// when a sentence of four words or more is left before it ("I've had
/// another offer come through that I'm leaning towards accepting, so
/// I'll let you know" keeps "I've had another offer come through."), else
/// `None` for the whole sentence.
fn take_out(msg: &Message, s: usize, attendance: bool) -> Option<Edit> {
    let reading = &msg.readings[s];
    let cue = reading
        .hedges
        .iter()
        .filter(|h| {
            matches!(
                h.class,
                crate::reading::Class::Stance
                    | crate::reading::Class::Provisional
                    | crate::reading::Class::Deferral
                    | crate::reading::Class::Chance
                    | crate::reading::Class::Adverb
                    | crate::reading::Class::Modal
                    | crate::reading::Class::Condition
            )
        })
        .map(|h| h.cue.start)
        // "in no uncertain terms" is no hedge to cut at
        .filter(|&k| k == 0 || reading.tokens[k - 1].word != "no")
        .chain(attendance.then(|| reading.reopens_attendance()).flatten())
        .min();
    let k = cue?;
    // back to the word that joins the clause on: "that I'm leaning",
    // "although nothing is signed", ", so I'll let you know"
    let t = &reading.tokens;
    let mut from = k;
    for j in (k.saturating_sub(4)..k).rev() {
        if matches!(
            t[j].word.as_str(),
            "that" | "which" | "although" | "though" | "but" | "so" | "and" | "," | "unless" | "if"
        ) {
            from = j;
            if t[j].word != "," {
                break;
            }
        }
    }
    // a cut is made only where a clause is joined on ("that", "so", a
    // comma, or a condition the reading started the reopening at): never
    // inside a phrase ("I'm pretty sure", "it is not possible")
    let joined = matches!(
        t[from].word.as_str(),
        "that" | "which" | "although" | "though" | "but" | "so" | "and" | "," | "unless" | "if"
    );
    if from == 0 || !joined {
        return None;
    }
    let at = msg.sentence_range(s).start + reading.span(from..from + 1).start;
    // what is left must not put the decision off itself ("ill let u know
    // if i change my mind" cut at "if" leaves "ill let u know")
    let kept = crate::reading::Reading::of(&msg.doc.prose.flat[msg.sentence_range(s).start..at]);
    // nor be a lead that cannot stand alone ("After the second
    // interview,")
    if kept.is_fragment() {
        return None;
    }
    let defers = kept.reopens_decision()
        || kept.reopens_attendance().is_some()
        || kept
            .tokens
            .iter()
            .any(|t| matches!(t.word.as_str(), "know" | "lmk"));
    if defers {
        return None;
    }
    edits::delete_sentence_from(msg, s, at)
}

/// Plans and applies until nothing more changes (a fix that waited for an
/// overlapping one gets its turn in the next pass), at most four passes.
/// Returns the text and the number of findings fixed.
pub fn fix_until_stable(text: &str, format: Format, cfg: &Config) -> (String, usize) {
    let first = engine::check(text, format, cfg);
    let cfg = pinned(cfg, &first);
    let mut current = text.to_string();
    let mut report = first;
    let mut total = 0;
    for _ in 0..4 {
        let plan = plan(&current, format, &cfg, &report, Scope::All);
        if plan.is_empty() {
            break;
        }
        let next = plan.apply(&current);
        if next == current {
            break;
        }
        total += plan.fixed.len();
        if std::env::var_os("TACTFUL_TRACE_PLAN").is_some() {
            eprintln!("--- pass fixed {:?}:\n{next}", plan.fixed);
            for e in &plan.edits {
                eprintln!("edit {:?} {:?}", e.range, e.new_text);
            }
        }
        current = next;
        report = engine::check(&current, format, &cfg);
    }
    (current, total)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(text: &str) -> String {
        fix_until_stable(text, Format::PlainText, &Config::default()).0
    }

    #[test]
    fn an_item_cut_sentence_by_sentence_goes_with_its_marker() {
        let text = "- One.\n- Two. Three.\n- Four 🙈\n";
        let two = text.find("Two").unwrap();
        let three = text.find("Three").unwrap();
        // (two sentences cut as `joined` leaves them: one cut)
        let mut edits = vec![Edit {
            range: two..three + "Three.".len(),
            new_text: String::new(),
        }];
        take_emptied_items(text, &mut edits);
        let mut out = text.to_string();
        out.replace_range(edits[0].range.clone(), "");
        assert_eq!(out, "- One.\n- Four 🙈\n");
        // a cut that leaves words on its line, or that ends on an emoji,
        // keeps the line
        let four = text.find("Four").unwrap();
        let mut edits = vec![Edit {
            range: four..four + 4,
            new_text: String::new(),
        }];
        take_emptied_items(text, &mut edits);
        assert_eq!(edits[0].range, four..four + 4);
    }

    #[test]
    fn a_lead_is_found_in_the_original_bytes() {
        assert_eq!(lead_end("Otherwise, I'll step back."), Some(11));
        assert_eq!(lead_end("If not I will withdraw."), Some(7));
        // a small letter whose capital has another length
        assert_eq!(lead_end("Or ıf it suits you"), Some(3));
        assert_eq!(lead_end("Oregon is far"), None);
        assert_eq!(lead_end("Or"), None);
    }

    #[test]
    fn an_answer_to_a_condition_said_at_length_is_a_lead_too() {
        let text = "If that's not realistic, please cancel Monday.";
        assert_eq!(lead_end(text), Some(25));
        assert_eq!(lead_end("If that suits you, I'll call."), None);
    }

    #[test]
    fn one_decision_replaces_every_hedge() {
        let out = fixed(
            "Subject: Interview\n\nDear Ms Shah,\n\nThank you for the invitation. I think I might pass on the interview. I'll let you know for sure next week.\n\nI would be glad to stay in touch.\n\nKind regards,\nAmir Patel\n",
        );
        assert!(!out.contains("I'll let you know"), "{out}");
        assert!(!out.contains("might"), "{out}");
        assert_eq!(out.matches("decided").count(), 1, "{out}");
    }

    #[test]
    fn words_that_go_on_from_before_are_found() {
        assert_eq!(resuming_end("Anyway thanks for the chance"), Some(7));
        assert_eq!(resuming_end("Again, I am sorry"), Some(7));
        assert_eq!(resuming_end("Also, I wish you luck"), Some(6));
        assert_eq!(resuming_end("Again, thank you"), None);
        assert_eq!(resuming_end("Anywhere is fine"), None);
        assert_eq!(sentence_starts("Cut. Anyway thanks.\nBye", 4), vec![5, 20]);
    }

    #[test]
    fn a_text_stays_a_text() {
        let out = fixed("hey marta, gonna have to pass tbh, got a lot going on rn\n");
        assert!(!out.contains("Subject:"), "{out}");
    }
}

#[cfg(test)]
mod again_tests {
    use super::*;

    #[test]
    fn again_goes_from_the_sentence() {
        let t = "Hi. Thank you for understanding, and again I apologize.";
        let s = t.find("Thank").unwrap()..t.len();
        let e = drop_again(t, &s).unwrap();
        assert_eq!(
            apply_edits(t, &[&e]),
            "Hi. Thank you for understanding, and I apologize."
        );
        let t = "Hi. Again, I am sorry.";
        let e = drop_again(t, &(4..t.len())).unwrap();
        assert_eq!(apply_edits(t, &[&e]), "Hi. I am sorry.");
        let t = "Hi. I will NOT be doing it a fourth time.";
        let e = count_to_again(t, &(4..t.len())).unwrap();
        assert_eq!(apply_edits(t, &[&e]), "Hi. I will NOT be doing it again.");
        let t = "Hi. again I am sorry.";
        let e = drop_again(t, &(4..t.len())).unwrap();
        assert_eq!(apply_edits(t, &[&e]), "Hi. I am sorry.");
    }
}
