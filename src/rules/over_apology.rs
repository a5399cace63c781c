//! # over-apology
//!
//! Fires on more than one apology, or an intensified one ("I'm so, so
//! sorry", "I'm SO sorry", "really, really sorry").
//!
//! **Why it matters.** Declining an interview is normal and needs no
//! forgiveness. One apology for any inconvenience is courteous; more
//! makes the message about your guilt and invites the reader to talk you
//! round.
//!
//! **What counts.** Each "sorry", "apologies" or "I apologise" once.
//! Sympathy ("sorry to hear") is not an apology. A sentence that
//! apologises in other words ("my bad", "I feel bad that I took up a
//! slot") counts once too, when a small trained scorer (a linear model
//! over the sentence's words, letters and reading; see
//! `src/reading/models/MODEL_CARD.md`) is clearly surer than its
//! calibrated threshold; a second scorer says whether such a sentence
//! grovels. Those findings cover the whole sentence, or the clause that
//! says the feeling when an "and" joins it to what happened ("I missed
//! our phone screen this morning and I feel awful about it").
//!
//! **The fix.** One apology stays: the one owed for short notice or a
//! cancellation, else for a late reply or a missed call, else the first
//! (one said alone in its sentence before one that shares it); it is calmed
//! where it is intensified ("I feel terrible about the late notice" → "I
//! am sorry about the late notice"). The others go with what ties them to
//! the sentence ("I am sorry to inform you that I cannot attend" → "I
//! cannot attend"; "I'm sorry, I have to withdraw" → "I have to
//! withdraw"), or whole when nothing else is in their sentence; the
//! sentence of an owed apology is cut around it, never deleted ("Sorry for
//! the short notice and sorry again for any trouble." → "Sorry for the
//! short notice."). What happened stays when only the feeling goes ("I
//! missed our phone screen and I feel awful about it." → "I missed our
//! phone screen."), and so does a caller's introduction ("Hi, this is
//! Tayla, sorry, I'm calling back about the role." → "Hi, this is Tayla,
//! I'm calling back about the role.").
//!
//! Before: `I'm so sorry. I apologise again for the trouble.`
//!
//! After: `I'm sorry for any inconvenience this may cause.`

use super::rule::{EVERY_SENTENCE, Rule, scored};
use crate::config::Config;
use crate::edits;
use crate::message::Message;
use crate::prose::count_words;
use crate::reading::scorer::Model;
use crate::vocab::{Edit, Finding, Fix, Intent, Severity};

pub const RULE: Rule = Rule {
    id: "over-apology",
    default_severity: Severity::Info,
    summary: "More than one apology, or an intensified one",
    intent: Intent::Trim,
    check,
};

fn check(msg: &Message, _cfg: &Config) -> Vec<Finding> {
    let flat = &msg.doc.prose.flat;
    // apologies count in the body only, not in the subject or sign-off
    let in_body = |r: &std::ops::Range<usize>| {
        msg.doc.prose.sentence_at(r.start).is_some_and(|k| {
            let role = msg.roles[k];
            !(role.subject || role.sign_off || role.greeting && msg.greeting_only(k))
                && r.end <= msg.sentence_range(k).end
        })
    };
    let mut apologies: Vec<_> = merge(
        msg.hits
            .get("apology")
            .iter()
            .chain(msg.hits.get("apology_intense")),
    )
    .into_iter()
    .map(|a| with_subject(flat, a))
    .filter(|a| in_body(a))
    .filter(|a| {
        // sympathy, not apology: "sorry to hear", "sorry for your loss"
        let end = (a.end + 16).min(flat.len());
        let end = (end..=flat.len())
            .find(|&e| flat.is_char_boundary(e))
            .unwrap_or(flat.len());
        let around = flat[a.start..end].to_lowercase();
        !(around.contains("sorry to hear") || around.contains("for your loss"))
    })
    .collect();
    // apologies in words the phrase bank does not list ("please forgive
    // me", "I feel awful about letting you down"), as the scorer reads
    // them: whole sentences with no listed apology in them
    let paraphrased: Vec<(std::ops::Range<usize>, bool)> = msg
        .body_sentences()
        .filter(|&i| {
            let s = msg.sentence_range(i);
            !msg.hits.any_inside("apology", s.clone())
                && !msg.hits.any_inside("apology_intense", s)
                && scored(msg, i, Model::Apology, EVERY_SENTENCE).is_some()
        })
        .map(|i| {
            let intense = scored(msg, i, Model::IntenseApology, 0.0).is_some();
            (feeling_clause(msg, i), intense)
        })
        .collect();
    apologies.extend(paraphrased.iter().map(|(r, _)| r.clone()));
    apologies.sort_by_key(|r| r.start);
    let intense: Vec<_> = apologies
        .iter()
        .filter(|a| {
            if let Some((_, intense)) = paraphrased.iter().find(|(r, _)| r == *a) {
                return *intense;
            }
            msg.hits
                .inside("apology_intense", (*a).clone())
                .next()
                .is_some()
                || shouted(flat, a)
        })
        .cloned()
        .collect();
    // the apology kept is the one that serves a purpose: for short
    // notice or the trouble of a cancellation first, then for a late or
    // slow reply or a missed call; else the first
    // (read from the apology to the next one in its sentence, so "Sorry
    // for the short notice and sorry again for the trouble" owes the first)
    let owed = |a: &std::ops::Range<usize>| -> u8 {
        msg.doc.prose.sentence_at(a.start).map_or(0, |i| {
            let s = msg.sentence_range(i);
            let end = apologies
                .iter()
                .map(|b| b.start)
                .filter(|&b| b > a.start && b < s.end)
                .min()
                .unwrap_or(s.end);
            // (and from the sentence's start when it is the first in it:
            // "I know it's short notice and I do apologise for that"; the
            // words after an earlier one are that one's)
            let earlier = apologies
                .iter()
                .any(|b| b.end <= a.start && b.start >= s.start);
            let start = if earlier { a.start } else { s.start };
            let said = flat[start..end].to_lowercase();
            let words: Vec<&str> = said
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| !w.is_empty())
                .collect();
            let has = |list: &[&str]| words.iter().any(|w| list.contains(w));
            // moving the interview a second time is owed an apology: "I
            // know is the second time I ask to move it"
            // ("so sorry again" repeats the apology; "move it again" is
            // the second time)
            let again = words.windows(2).any(|p| {
                p[1] == "again"
                    && !matches!(p[0], "sorry" | "apologies" | "apologise" | "apologize")
            });
            let second_time = words
                .windows(2)
                .any(|p| matches!(p[0], "second" | "third") && matches!(p[1], "time" | "request"));
            let moved_again = (again || second_time || has(&["twice"]))
                && has(&[
                    "move",
                    "moving",
                    "reschedule",
                    "rescheduling",
                    "change",
                    "postpone",
                    "push",
                ]);
            if words.contains(&"again") && !moved_again {
                return 0;
            }
            // (and what makes it short notice: "to be doing this on the
            // day", "at the last minute", "the same day")
            let on_the_day = words
                .windows(3)
                .any(|p| matches!(p, ["on", "the", "day"] | ["the", "last", "minute"]))
                || words
                    .windows(2)
                    .any(|p| matches!(p, ["same", "day"] | ["same-day", _]));
            // (said as a feeling, "I feel terrible doing this at the last
            // minute", it is no apology to keep)
            let said_sorry = {
                let a = flat[a.clone()].to_lowercase();
                a.contains("sorry") || a.contains("apolog")
            };
            if has(&[
                "notice",
                "last-minute",
                "cancelling",
                "canceling",
                "same-day",
            ]) || moved_again
                || on_the_day && said_sorry
            {
                2
            } else if has(&["late", "delay", "delayed", "slow"])
                // "sorry I missed your call this morning"
                || has(&["missed", "miss"])
                    && has(&["call", "calls", "message", "messages", "email", "voicemail", "text"])
            {
                1
            } else {
                0
            }
        })
    };
    // (an intensified one is calmed where it is kept)
    // (one the bank lists: "I feel terrible doing this at the last
    // minute" is a feeling, and an apology said plainly is kept before it)
    let first = apologies
        .iter()
        .filter(|a| owed(a) > 0 && !paraphrased.iter().any(|(r, _)| r == *a))
        .max_by_key(|a| {
            // (one said alone in its sentence keeps it whole: "Sorry also
            // to call you back so late." before "Sorry, sorry, I missed
            // your call")
            let alone = msg.doc.prose.sentence_at(a.start).is_some_and(|i| {
                let s = msg.sentence_range(i);
                apologies.iter().filter(|b| s.contains(&b.start)).count() == 1
            });
            (
                owed(a),
                alone,
                !intense.contains(a),
                std::cmp::Reverse(a.start),
            )
        })
        .or(apologies.first())
        .cloned()
        .map(|a| {
            // of a doubled one ("Sorry, sorry to bother you"), the second,
            // which says what it is for
            apologies
                .iter()
                .find(|b| {
                    flat[a.clone()].eq_ignore_ascii_case("sorry")
                        && flat[b.start..b.end].to_lowercase().starts_with("sorry")
                        && b.start > a.end
                        && flat[a.end..b.start]
                            .chars()
                            .all(|c| c == ',' || c.is_whitespace())
                })
                .cloned()
                .unwrap_or(a)
        });
    // the apology kept, when it is owed: its sentence is cut around it,
    // never deleted whole ("I'm so sorry about this, and I'm really sorry
    // to just turn up and say it, sorry." keeps "I'm sorry about this.").
    // A message that calls off today's or tomorrow's interview owes its
    // first apology, wherever it says when.
    let short_notice = msg.body_sentences().any(|i| {
        let t = &msg.readings[i].tokens;
        let w = |k: usize| t.get(k).map_or("", |x| x.word.as_str());
        (0..t.len()).any(|k| {
            matches!(
                w(k),
                "today" | "tomorrow" | "tmrw" | "tmr" | "tonight" | "tomoz"
            ) || w(k) == "this" && matches!(w(k + 1), "morning" | "afternoon" | "evening")
                || w(k) == "short" && w(k + 1) == "notice"
                || w(k) == "last" && w(k + 1) == "minute"
        })
    });
    let kept = first
        .as_ref()
        .filter(|a| owed(a) > 0 || short_notice && !paraphrased.iter().any(|(r, _)| r == *a));
    let mut flagged: Vec<_> = intense.clone();
    if apologies.len() >= 2 {
        flagged.extend(
            apologies
                .iter()
                .filter(|a| Some(*a) != first.as_ref())
                .cloned(),
        );
    }
    flagged.sort_by_key(|r| r.start);
    flagged.dedup();
    let count = apologies.len();
    flagged
        .into_iter()
        .map(|a| {
            let message = if count >= 2 {
                format!("{count} apologies in one message; one \"I'm sorry for any inconvenience\" is enough.")
            } else {
                "An intensified apology overstates it; a plain \"I'm sorry for any inconvenience\" is enough.".to_string()
            };
            let mut f = Finding::new(RULE.id, msg.buf(a.clone()), message);
            let repeat = first.as_ref() != Some(&a);
            let fix = if paraphrased.iter().any(|(r, _)| *r == a) {
                // a whole sentence: only deleting it, when it is a repeat
                // and holds nothing else, reads right
                repeat.then(|| drop_apology(msg, &a, kept)).flatten()
            } else if repeat {
                drop_apology(msg, &a, kept).or_else(|| calm_apology(msg, &a))
            } else {
                calm_apology(msg, &a)
            };
            if let Some(fix) = fix {
                f.fixes.push(fix);
            }
            f
        })
        .collect()
}

const INTENSIFIERS: &[&str] = &[
    "so",
    "really",
    "very",
    "terribly",
    "truly",
    "deeply",
    "awfully",
    "incredibly",
    "extremely",
    "massively",
    "hugely",
    "ever",
    "do",
    "sincerely",
    "genuinely",
    "desperately",
];

/// "I'm so, so sorry" → "I'm sorry".
fn calm_apology(msg: &Message, a: &std::ops::Range<usize>) -> Option<Fix> {
    let range = msg.buf(a.clone());
    let old = &msg.doc.text[range.clone()];
    let words: Vec<&str> = old
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .filter(|w| !INTENSIFIERS.contains(&w.to_lowercase().as_str()))
        .collect();
    // "I feel terrible about the late notice" → "I am sorry about ..."
    let mut words: Vec<&str> = words;
    // (only where "sorry" reads on: "about ...", "for ...", or the end;
    // "I feel awful saying no" stays)
    let next = msg.doc.text[range.end..]
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    let reads_on = next.is_empty()
        || next.starts_with(|c: char| !c.is_alphanumeric())
        || matches!(next.as_str(), "about" | "for");
    if let Some(k) = words
        .iter()
        .position(|w| w.eq_ignore_ascii_case("feel"))
        .filter(|_| reads_on)
    {
        let next = words.get(k + 1).map(|w| w.to_lowercase());
        if matches!(
            next.as_deref(),
            Some("terrible" | "awful" | "bad" | "horrible" | "dreadful")
        ) {
            words.splice(k..k + 2, ["am", "sorry"]);
        }
    }
    let mut calm = words.join(" ");
    if calm.is_empty() || calm == old {
        return None;
    }
    if old.chars().next().is_some_and(char::is_uppercase) {
        calm = edits::capitalise(&calm);
    }
    Some(edits::fix(
        format!("Replace with \"{calm}\""),
        vec![Edit {
            range,
            new_text: calm,
        }],
        true,
    ))
}

/// Removes a repeated apology: its sentence when it holds little else,
/// or the "I'm sorry, but" before the point.
fn drop_apology(
    msg: &Message,
    a: &std::ops::Range<usize>,
    kept: Option<&std::ops::Range<usize>>,
) -> Option<Fix> {
    let i = msg.doc.prose.sentence_at(a.start)?;
    let role = msg.roles[i];
    // the sentence of the apology kept never goes whole: only this one's
    // clause ("Sorry for the short notice and sorry again for the
    // trouble." keeps "Sorry for the short notice.")
    if let Some(k) = kept.filter(|k| msg.sentence_range(i).contains(&k.start)) {
        // a doubled one right beside the one kept ("sorry sorry!!", "very
        // sorry, sorry to take your time", "sorry really sorry but"):
        // only its words and what parts them go
        let flat = &msg.doc.prose.flat;
        let parted = |x: usize, y: usize| {
            x <= y
                && flat
                    .get(x..y)
                    .is_some_and(|g| g.chars().all(|c| c == ',' || c == ' '))
        };
        // (one after the kept one goes only where nothing hangs on it:
        // "sorry really sorry but ...", not "sorry, I feel awful doing
        // this")
        let ends = |x: usize| {
            let rest = flat.get(x..).unwrap_or("").to_lowercase();
            rest.is_empty()
                || rest.starts_with([',', '.', '!', '?', ';'])
                || rest.starts_with(" but ")
                || rest.starts_with(" and ")
        };
        let text = msg.doc.text;
        let range = if parted(a.end, k.start) {
            Some(msg.buf(a.start..k.start))
        } else if parted(k.end, a.start) && ends(a.end) {
            // (from the end of the kept one's words, spaces and all)
            let r = msg.buf(k.end..a.end);
            Some(text[..r.start].trim_end_matches([' ', ',']).len()..r.end)
        } else {
            None
        };
        if let Some(mut range) = range {
            // "Sorry sorry, I will not ..." → "Sorry, I will not ...": the
            // capital the cut took goes to the kept one
            let mut new_text = String::new();
            let capital = text[range.start..].starts_with(|c: char| c.is_uppercase());
            if let Some(c) = text[range.end..]
                .chars()
                .next()
                .filter(|c| c.is_lowercase())
            {
                if capital {
                    new_text = c.to_uppercase().collect();
                    range.end += c.len_utf8();
                }
            }
            return Some(edits::fix(
                "Remove this extra apology",
                vec![Edit { range, new_text }],
                true,
            ));
        }
        return cut_apology(msg, i, a);
    }
    // (a decision the roles did not take for the message's, "I just
    // can't move down to Gisborne now, I'm so sorry", is carried too)
    // (nor does a greeting that says who calls: "Hi, um, this is Tayla
    // Hennessy, sorry, I'm calling back about the role.")
    let said = msg.sentence_text(i);
    let introduces = role.greeting
        && (crate::message::introduced_name(said).is_some()
            || crate::message::name_here(said).is_some());
    let carries = role.decision
        || introduces
        || role.gratitude
        || role.door_open
        || role.alternative
        || !msg.readings[i].frames.is_empty();
    let whole = || {
        Some(edits::fix(
            "Remove this extra apology",
            vec![edits::delete_sentence(msg, i)],
            true,
        ))
    };
    if carries {
        // (a greeting whose apology cannot be cut out still goes whole,
        // its salutation kept)
        let cut = cut_apology(msg, i, a);
        return if cut.is_none() && introduces && !(role.decision || role.gratitude) {
            whole()
        } else {
            cut
        };
    }
    // a reason or a request beside the apology keeps its words where the
    // apology's clause can be cut ("I've a client deadline that day I
    // can't shift, and I'm so sorry for not flagging it sooner", "I am
    // very sorry but I have my final exam on the 19th"); the sentence goes
    // whole when it says nothing else a rule can see, or when what is
    // left is short or still an apology ("I'm sorry to do this, and I
    // feel awful ...", "I feel terrible because you've been so kind")
    let s = msg.sentence_range(i);
    let sb = msg.sentence_buf(i);
    // an apology that opens its sentence is its main clause, unless a
    // "but" turns to the point after it
    let flat = &msg.doc.prose.flat;
    let opens = msg
        .hits
        .inside("apology", s.clone())
        .chain(std::iter::once(a.clone()))
        .any(|h| count_words(&flat[s.start..h.start.max(s.start)]) < 3);
    let turns = flat[a.end..s.end]
        .trim_start_matches([',', ' '])
        .to_lowercase()
        .starts_with("but ");
    // what cannot be done, said before the apology ("I just can't move
    // down to Gisborne now, I'm so sorry"), is the writer's point
    // (read from the sentence's tokens, where "can't", "cant", "cannot"
    // and "won't" are already "can not" and "will not")
    let lead_len = a.start.saturating_sub(s.start);
    let t = &msg.readings[i].tokens;
    let w = |k: usize| t.get(k).map_or("", |x| x.word.as_str());
    let cannot = !opens
        && (0..t.len())
            .take_while(|&k| t[k].span.end <= lead_len)
            .any(|k| {
                w(k) == "unable"
                    || w(k) == "not"
                        && (k > 0 && matches!(w(k - 1), "can" | "will") || w(k + 1) == "able")
            });
    // what happened, told before the apology ("I missed our 9:30 phone
    // screen this morning and I feel awful about it"): the reader needs
    // the event, only the feeling goes
    let tells = !opens
        && count_words(&flat[s.start..a.start]) >= 5
        && (0..t.len())
            .take_while(|&k| t[k].span.end <= lead_len)
            .any(|k| {
                matches!(w(k), "i" | "we")
                    && (k + 1..(k + 3).min(t.len())).any(|j| {
                        let v = w(j);
                        v.len() > 3 && v.ends_with("ed") && v != "need"
                            || matches!(
                                v,
                                "forgot"
                                    | "got"
                                    | "had"
                                    | "made"
                                    | "took"
                                    | "left"
                                    | "lost"
                                    | "sent"
                                    | "went"
                                    | "slept"
                                    | "overslept"
                            )
                    })
            });
    // (or after it, turned to with "but": "I've an interview with you on
    // Wednesday at three, and I'm so sorry but I can't do three")
    let cannot_after = turns
        && (0..t.len())
            .skip_while(|&k| t[k].span.start < a.end.saturating_sub(s.start))
            .any(|k| {
                w(k) == "unable" || w(k) == "not" && (k > 0 && matches!(w(k - 1), "can" | "will"))
            });
    if opens && !turns
        || !opens && !role.reason && !role.reschedule && !cannot && !tells && !cannot_after
    {
        return whole();
    }
    let Some(cut) = cut_apology(msg, i, a) else {
        return whole();
    };
    // the sentence as the cut leaves it (edits are in the buffer's bytes)
    let mut cuts: Vec<(std::ops::Range<usize>, &str)> = cut
        .edits
        .iter()
        .map(|e| (e.range.clone(), e.new_text.as_str()))
        .collect();
    if cuts
        .iter()
        .any(|(r, _)| r.start < sb.start || r.end > sb.end)
    {
        return whole();
    }
    cuts.sort_by_key(|(r, _)| std::cmp::Reverse(r.start));
    let mut left = msg.doc.text[sb.clone()].to_string();
    for (r, new) in &cuts {
        left.replace_range(r.start - sb.start..r.end - sb.start, new);
    }
    let still_sorry = msg.hits.inside("apology", s.clone()).any(|h| {
        let h = msg.buf(h);
        !cuts
            .iter()
            .any(|(r, _)| r.start <= h.start && h.end <= r.end)
    });
    if still_sorry && (cannot || tells || role.reason) {
        // the reason first, then apology on apology to the end ("... on
        // nights Tuesday and I can't swap – I'm so sorry, I did try
        // everyone, I feel awful about it, sorry."): the reason stays, all
        // after it goes
        // (every apology of that tail gets the same cut)
        let first = msg
            .hits
            .inside("apology", s.clone())
            .map(|h| h.start)
            .chain(std::iter::once(a.start))
            .min()
            .unwrap_or(a.start);
        let lead = flat[s.start..first].trim_end_matches([' ', ',', ';', '–', '—', '-']);
        let all_after = true;
        let body = flat[s.clone()].trim_end();
        let end = s.start + body.trim_end_matches(['.', '!', '?']).len();
        if all_after && count_words(lead) >= 5 && end > s.start + lead.len() {
            // (from the end of the words kept, so no space is left
            // before the stop)
            let edit = Edit {
                range: msg.buf(s.start..s.start + lead.len()).end..msg.buf(first..end).end,
                new_text: String::new(),
            };
            return Some(edits::fix("Remove this extra apology", vec![edit], true));
        }
    }
    if count_words(&left) < 5 || still_sorry {
        return whole();
    }
    Some(cut)
}

/// The part of sentence `i` that apologises in other words: from a later
/// clause that says how the writer feels ("I missed our phone screen this
/// morning and I feel absolutely awful about it" → "I feel absolutely
/// awful about it") to the end; else the whole sentence.
fn feeling_clause(msg: &Message, i: usize) -> std::ops::Range<usize> {
    let s = msg.sentence_range(i);
    let r = &msg.readings[i];
    let feels = |t: &crate::reading::tokens::Token| {
        matches!(
            t.word.as_str(),
            "feel"
                | "feeling"
                | "awful"
                | "terrible"
                | "embarrassed"
                | "ashamed"
                | "forgive"
                | "apologise"
                | "apologize"
                | "mortified"
                | "gutted"
        )
    };
    r.clauses
        .iter()
        .skip(1)
        .find(|c| matches!(c.opener, Some("and")) && r.tokens[c.tokens.clone()].iter().any(feels))
        // (after the "and" that joins it, so the joint goes with it)
        .and_then(|c| {
            let first = &r.tokens[c.tokens.start];
            let k = c.tokens.start + usize::from(first.word == "and");
            r.tokens.get(k)
        })
        .map_or(s.clone(), |t| {
            // (up to the full stop, which the sentence keeps)
            let said = msg.doc.prose.flat[s.clone()]
                .trim_end()
                .trim_end_matches(['.', '!', '?']);
            s.start + t.span.start..s.start + said.len()
        })
}

/// Removes sentence `s` from its start up to prose offset `rest`, the
/// first letter there put in capitals: "Again, I'm sorry, and thank you"
/// → "Thank you".
fn drop_up_to(msg: &Message, s: &std::ops::Range<usize>, rest: usize) -> Option<Fix> {
    let first = msg.doc.prose.flat[rest..s.end].chars().next()?;
    let range = msg.buf(s.start..rest + first.len_utf8());
    let mut cut = vec![Edit {
        range,
        new_text: first.to_uppercase().collect(),
    }];
    cut.extend(as_well(msg, s.end, rest));
    Some(edits::fix("Remove this extra apology", cut, true))
}

/// The "as well" or "too" that ends an apology kept from `rest` to the
/// sentence's end `end`, when the one before it is cut: it said "as well"
/// of that one ("I'm so sorry to be writing this, and I'm sorry for the
/// short notice as well." keeps "I'm sorry for the short notice.").
fn as_well(msg: &Message, end: usize, rest: usize) -> Option<Edit> {
    let flat = &msg.doc.prose.flat;
    let kept = flat[rest..end].trim_end().trim_end_matches(['.', '!']);
    let lower = kept.to_lowercase();
    let apology = [
        "i'm sorry",
        "i’m sorry",
        "i am sorry",
        "sorry",
        "i apologi",
        "apologies",
    ]
    .iter()
    .any(|w| lower.starts_with(w));
    let tail = [" as well", ", too", " too"]
        .iter()
        .find(|t| lower.ends_with(*t))?;
    let stop = rest + kept.len();
    // (from the word: a range that starts on a space is moved on to the
    // word after it; the space and comma before it go too)
    let words = msg.buf(stop - tail.trim_start_matches([',', ' ']).len()..stop);
    let text = msg.doc.text;
    let start = words.start
        - (text[..words.start].len() - text[..words.start].trim_end_matches([' ', ',']).len());
    apology.then(|| Edit {
        range: start..words.end,
        new_text: String::new(),
    })
}

/// The apology at `a` cut out of sentence `i`, the rest kept: a trailing
/// clause, a ", and sorry ..." joint, or an "I'm sorry, but" before the
/// point.
fn cut_apology(msg: &Message, i: usize, a: &std::ops::Range<usize>) -> Option<Fix> {
    let s = msg.sentence_range(i);
    // "I'm sorry, but I must decline." → "I must decline."
    let flat = &msg.doc.prose.flat;
    let after = &flat[a.end..s.end];
    let lead = &flat[s.start..a.start];
    // "Again, I'm very sorry, and thank you for your understanding." →
    // "Thank you for your understanding.": a lead that only resumes goes
    // with the apology and the joint after it
    let resumes = matches!(
        lead.trim()
            .trim_end_matches(',')
            .trim_end()
            .to_lowercase()
            .as_str(),
        "again" | "once again" | "and again" | "also" | "and"
    );
    if resumes {
        let joint = [", and ", ", but ", ", so "]
            .iter()
            .filter_map(|j| after.find(j).map(|p| p + j.len()))
            .min();
        if let Some(p) = joint {
            let rest = a.end + p;
            if flat[rest..s.end].starts_with(char::is_alphabetic) {
                return drop_up_to(msg, &s, rest);
            }
        }
    }
    // "About Wednesday — I'm really sorry but I have a clash" → "About
    // Wednesday — I have a clash", "its jaz, so sorry but i cant make
    // it" → "its jaz, i cant make it": after a dash, a colon or a comma
    // the apology and its "but" go, what it turned to stays
    let lead_end = lead.trim_end();
    let sorry = {
        let said = flat[a.clone()].to_lowercase();
        said.contains("sorry") || said.contains("apolog")
    };
    // (and after a full stop the reading did not split at: "...
    // (apprentice interview tmrw 3pm). sorry to do this but cant make it
    // tmrw" keeps "cant make it tmrw")
    if sorry
        && count_words(lead) > 0
        && (lead_end.ends_with(['—', '–', ':', ';', ',', '.', '!', '?'])
            || lead_end.ends_with(" -")
            // ("..., and I'm so sorry but I can't do three" keeps "..., and
            // I can't do three")
            || lead_end.to_lowercase().ends_with(", and"))
    {
        let rest = after.trim_start_matches([',', ' ']);
        // (after a full stop, a short clause of the apology's may come
        // before its "but": "sorry to do this but cant make it")
        let lower = rest.to_lowercase();
        let comma = lower.find(',').unwrap_or(lower.len());
        let but_at = if lower.starts_with("but ") {
            Some(0)
        } else if lead_end.ends_with(['.', '!', '?']) {
            lower
                .find(" but ")
                .filter(|&p| p < comma && count_words(&lower[..p]) <= 6)
                .map(|p| p + 1)
        } else {
            None
        };
        if let Some(p) = but_at {
            let from = a.end + (after.len() - rest.len()) + p + "but ".len();
            let edit = Edit {
                range: msg.buf(a.start..from).start..msg.buf(from..s.end).start,
                new_text: String::new(),
            };
            return Some(edits::fix("Remove this extra apology", vec![edit], true));
        }
    }
    // "I'm going to pass, I'm so sorry about it." → "I'm going to pass."
    // (the apology's clause goes, from the words before it to the next
    // comma or the sentence's end)
    let trailing_clause = !lead.trim_end().ends_with([',', ';']) || !after.contains([',', ';']);
    if count_words(lead) > 0 && trailing_clause && !lead.to_lowercase().trim_end().ends_with(" and")
    {
        // (with the words that made it stronger: "..., very sorry")
        let mut keep = lead.trim_end();
        while let Some((head, last)) = keep.rsplit_once(' ') {
            // ("..., and again, sorry": the comma after "again" too)
            if !matches!(
                last.trim_end_matches([',', ';']).to_lowercase().as_str(),
                "very"
                    | "so"
                    | "really"
                    | "truly"
                    | "terribly"
                    | "extremely"
                    | "deeply"
                    | "awfully"
                    // "..., and again I apologize" → "..."
                    | "again"
                    | "also"
                    | "and"
            ) {
                break;
            }
            keep = head.trim_end();
        }
        let keep = keep.trim_end_matches([',', ';', '—', '–', '-']).trim_end();
        let cut = s.start + keep.len();
        let mut clause_end = clause_end(flat, &s, a.end);
        // an aside opened by a dash runs to the sentence's end: "... the
        // exhibits — sorry, I know that's not your problem." keeps "... the
        // exhibits."
        if lead_end.ends_with(['—', '–']) || lead_end.ends_with(" -") {
            let body = flat[s.clone()].trim_end();
            let end = s.start + body.len();
            clause_end = if body.ends_with(['.', '!', '?']) {
                end - 1
            } else {
                end
            };
        }
        // (not over a second one said right after: "hey Marcus sorry
        // sorry, i know ..." keeps "hey Marcus sorry, i know ...")
        let next = after.trim_start_matches([',', ' ']);
        if next.to_lowercase().starts_with("sorry")
            && after[..after.len() - next.len()].ends_with(' ')
        {
            clause_end = a.end + (after.len() - next.len());
        }
        let mut range = msg.buf(cut..clause_end.max(a.end));
        // (after a face, from the face's end: a range that starts on a
        // space is moved on to the next word, leaving "😩 !" behind)
        if keep
            .chars()
            .next_back()
            .is_some_and(|c| !c.is_ascii() && !c.is_alphanumeric())
            || lead_end.ends_with(['—', '–'])
            || lead_end.ends_with(" -")
        {
            range.start = msg.buf(s.start..cut).end;
        }
        let edit = Edit {
            range,
            new_text: String::new(),
        };
        return Some(edits::fix("Remove this extra apology", vec![edit], true));
    }
    // "Thank you, and sorry for the hassle." → "Thank you."
    let trimmed = lead.trim_end();
    if let Some(joint) = [", and", " and", ","]
        .iter()
        .find(|j| trimmed.ends_with(*j))
    {
        let cut = s.start + trimmed.len() - joint.len();
        let clause_end = clause_end(flat, &s, a.end);
        if clause_end > cut {
            // from the end of the words kept (a range that starts on the
            // joint's space would be moved on to its word, leaving
            // "notice ." behind)
            let start = msg.buf(s.start..cut).end;
            let edit = Edit {
                range: start..msg.buf(cut..clause_end).end,
                new_text: String::new(),
            };
            return Some(edits::fix("Remove this extra apology", vec![edit], true));
        }
    }
    // "Sorry again for the trouble 🙏 Thank you for the chance": a face
    // ends the apology where the next words start with a capital
    if count_words(lead) == 0 {
        for (p, c) in after.char_indices() {
            let face = !c.is_ascii() && !c.is_alphanumeric() && !c.is_whitespace();
            if !face {
                continue;
            }
            let rest = &after[p + c.len_utf8()..];
            let gap = rest.len() - rest.trim_start().len();
            let next = rest.trim_start().chars().next();
            if gap > 0 && next.is_some_and(char::is_uppercase) {
                let rest_start = a.end + p + c.len_utf8() + gap;
                let start = msg.buf(s.start..s.start + 1).start;
                let end = msg.buf(rest_start..rest_start + 1).start;
                return Some(edits::fix(
                    "Remove this extra apology",
                    vec![Edit {
                        range: start..end,
                        new_text: String::new(),
                    }],
                    true,
                ));
            }
        }
    }
    // a doubled one ("Sorry sorry, I know it's the second time") keeps the
    // second
    if count_words(lead) == 0 {
        let next = after.trim_start_matches([',', ' ']);
        if next.len() < after.len() && next.to_lowercase().starts_with("sorry") {
            return drop_up_to(msg, &s, a.end + (after.len() - next.len()));
        }
    }
    // an apology that opens its sentence goes with what ties it to the
    // rest: "I am sorry to inform you that I cannot attend" → "I cannot
    // attend"; "I'm sorry, I have to withdraw" → "I have to withdraw";
    // "I apologise for the trouble and I'm sorry for the short notice" →
    // "I'm sorry for the short notice"
    // "sorry to do this but cant make it tmrw, stuff came up" → "cant
    // make it tmrw, ...": the apology's short clause goes with its "but"
    if count_words(lead) == 0 {
        let lower = after.to_lowercase();
        let comma = lower.find(',').unwrap_or(lower.len());
        if let Some(p) = lower.find(" but ").filter(|&p| p < comma) {
            if count_words(&lower[..p]) <= 6 {
                return drop_up_to(msg, &s, a.end + p + " but ".len());
            }
        }
    }
    if count_words(lead) == 0 {
        let lower = after.to_lowercase();
        let ties = [
            " to inform you that ",
            " to let you know that ",
            " to tell you that ",
            " to say that ",
            " to inform you ",
        ];
        let said = flat[a.clone()].to_lowercase();
        let informs = ["inform you", "say", "tell you", "let you know"]
            .iter()
            .any(|w| said.ends_with(w));
        // (the phrase found may have taken the "to": "sorry to")
        let back = if said.ends_with(" to") { 3 } else { 0 };
        let from_to = format!("{}{lower}", &said[said.len() - back..]);
        let tied = ties
            .iter()
            .find(|t| from_to.starts_with(*t))
            .map(|t| t.len() - back)
            .or_else(|| (informs && lower.starts_with(" that ")).then_some(6))
            .or_else(|| {
                // to the first comma, a short clause of its own before it
                let p = lower.find(", ")?;
                let rest = &lower[p + 2..];
                // (not over another apology: "Sorry sorry, I know it's the
                // second time" keeps the second)
                let another = lower[..p].contains("sorry") || lower[..p].contains("apolog");
                (!another
                    && count_words(&lower[..p]) <= 8
                    && ["i ", "i'm ", "i’m ", "we "]
                        .iter()
                        .any(|w| rest.starts_with(w)))
                .then_some(p + 2)
            })
            .or_else(|| {
                let p = lower.find(" and ")?;
                let rest = &lower[p + 5..];
                let another = [
                    "i'm sorry",
                    "i’m sorry",
                    "i am sorry",
                    "i apologi",
                    "sorry",
                    "apologies",
                ]
                .iter()
                .any(|w| rest.starts_with(w));
                (another && !lower[..p].contains([',', ';'])).then_some(p + 5)
            });
        if let Some(len) = tied {
            let rest_start = a.end + len;
            let first = flat[rest_start..s.end].chars().next()?;
            let first_end = rest_start + first.len_utf8();
            let range = msg.buf(s.start..first_end);
            let upper: String = first.to_uppercase().collect();
            let mut cut = vec![Edit {
                range,
                new_text: upper,
            }];
            cut.extend(as_well(msg, s.end, rest_start));
            return Some(edits::fix("Remove this extra apology", cut, true));
        }
    }
    if count_words(lead) <= 1 {
        let lower = after.to_lowercase();
        for joint in [", but ", " but ", ", however, ", ", and ", " and "] {
            if let Some(p) = lower.find(joint) {
                // "I'm sorry for the trouble and thank you for your
                // patience": only before thanks or a wish of the writer's
                let rest = &lower[p + joint.len()..];
                if joint == " and "
                    && ![
                        "thank",
                        "i hope",
                        "i wish",
                        "i really appreciate",
                        "i appreciate",
                    ]
                    .iter()
                    .any(|w| rest.starts_with(w))
                {
                    continue;
                }
                let rest_start = a.end + p + joint.len();
                return drop_up_to(msg, &s, rest_start);
            }
        }
    }
    None
}

/// Where the clause starting at `from` ends inside sentence `s`: the next
/// comma or semicolon, else just before the sentence's closing stop.
fn clause_end(flat: &str, s: &std::ops::Range<usize>, from: usize) -> usize {
    // (a closing quotation mark or bracket stays with the full stop
    // before it: `Thank you, sorry again."` keeps `Thank you."`)
    let body = flat[s.clone()]
        .trim_end()
        .trim_end_matches(['"', '”', '’', '\'']);
    let end = s.start + body.len();
    match flat[from..end.max(from)].find([',', ';']) {
        Some(p) => from + p,
        None if body.ends_with(['.', '!', '?']) => end - 1,
        None => end.max(from),
    }
}

/// "so, so sorry" → "I'm so, so sorry": the apology with who is sorry.
fn with_subject(flat: &str, a: std::ops::Range<usize>) -> std::ops::Range<usize> {
    // only the few bytes before the apology matter
    let mut from = a.start.saturating_sub(12);
    while !flat.is_char_boundary(from) {
        from -= 1;
    }
    let before = flat[from..a.start].to_lowercase();
    for subject in [
        "i'm ",
        "i’m ",
        "i am ",
        "we're ",
        "we’re ",
        "we are ",
        "im ",
        "i ",
        "we ",
        "i do ",
        "i really ",
        "i truly ",
        "i honestly ",
        "i just ",
    ] {
        if before.ends_with(subject) {
            let start = a.start - subject.len();
            let boundary = flat[..start]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            if boundary {
                return start..a.end;
            }
        }
    }
    a
}

/// Overlapping ranges merged into one per occurrence.
fn merge<'a>(
    ranges: impl Iterator<Item = &'a std::ops::Range<usize>>,
) -> Vec<std::ops::Range<usize>> {
    let mut v: Vec<_> = ranges.cloned().collect();
    v.sort_by_key(|r| r.start);
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    for r in v {
        match out.last_mut() {
            Some(last) if r.start < last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// "I'm SO sorry": capitals intensify too.
fn shouted(flat: &str, a: &std::ops::Range<usize>) -> bool {
    flat[a.clone()].split_whitespace().any(|w| {
        w.len() >= 2
            && w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
            && w != "I'm"
            && w.chars().any(char::is_alphabetic)
    })
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::testing::{assert_fires, assert_quiet, email};

    /// The text each preferred fix for `body` would change.
    fn changed(body: &str) -> Vec<String> {
        let text = email(body);
        crate::rules::testing::check(&RULE, &text)
            .iter()
            .flat_map(|f| f.fixes.iter().filter(|x| x.preferred))
            .flat_map(|x| x.edits.iter())
            .map(|e| text[e.range.clone()].to_string())
            .collect()
    }

    #[test]
    fn a_reason_beside_an_extra_apology_stays() {
        use crate::rules::testing::check;
        for (body, kept) in [
            (
                "Thank you. I'm sorry, but could we move the interview? I have a client deadline that day that I can't shift, and I'm so sorry for not flagging it sooner.",
                "deadline",
            ),
            // "I'm sorry but" before the point: the point stays
            (
                "Thank you. I'm sorry for the short notice. I am very sorry but I have my final exam on the 19th, the same morning. Could we move the interview?",
                "exam",
            ),
        ] {
            let changed = changed(body);
            assert!(
                !changed.is_empty() && changed.iter().all(|c| !c.contains(kept)),
                "{changed:?}"
            );
        }
        // an apology that opens its sentence goes whole
        let text = email(
            "Thank you. I'm sorry, but I must decline. I feel terrible because you have been so kind.",
        );
        let found = check(&RULE, &text);
        assert!(found.iter().any(|f| f.fixes.iter().any(|x| {
            x.preferred
                && x.edits
                    .iter()
                    .any(|e| text[e.range.clone()].contains("because you have"))
        })));
    }

    #[test]
    fn fires_on_repeated_or_intense_apologies() {
        for (body, span) in [
            (
                "Thank you. I'm so, so sorry, but I must decline.",
                "so, so sorry",
            ),
            ("Thank you. I'm SO sorry, but I must decline.", "SO sorry"),
            (
                "Thank you. I'm sorry, but I must decline. Apologies again for the trouble.",
                "Apologies again",
            ),
            (
                "Thank you. I'm really, really sorry, but I must decline.",
                "sorry",
            ),
        ] {
            assert_fires(&RULE, &email(body), span);
        }
    }

    /// The email of `body` with the rule's preferred fixes applied holds
    /// `kept`.
    fn keeps(body: &str, kept: &str) {
        let fixed = crate::rules::testing::apply_preferred(&RULE, &email(body));
        assert!(fixed.contains(kept), "{fixed}");
    }

    #[test]
    fn an_apology_in_an_aside_goes_with_the_aside() {
        // a clash told as a duty is a reason, and keeps its words
        keeps(
            "Thank you. Sorry for the short notice. My manager moved a deposition to Wednesday and I have to be there to handle the exhibits — sorry, I know that's not your problem. Could we do Thursday?",
            "I have to be there to handle the exhibits. Could",
        );
    }

    #[test]
    fn the_apology_kept_loses_what_tied_it_to_the_one_cut() {
        keeps(
            "I'm so sorry to be writing this, and I'm sorry for the short notice as well. I have accepted another offer.",
            "\n\nI'm sorry for the short notice. I have",
        );
        // a doubled one keeps the second, which says what it is for
        keeps(
            "Sorry sorry, I know it's the second time I ask to move it. I feel terrible. Could we move it to Friday?",
            "Sorry, I know it's the second time I ask to move it.",
        );
        let fixed = crate::rules::testing::apply_preferred(
            &RULE,
            "hey Marcus sorry sorry, i know this is the second time i'm asking to move it. could we do thursday instead? really sorry again",
        );
        assert!(fixed.starts_with("hey Marcus sorry, i know"), "{fixed}");
        // "and again" goes with the apology it led to
        keeps(
            "I'm sorry for the short notice. Thank you so much, and again, sorry.",
            "Thank you so much.\n",
        );
        // a reason with apology on apology after it keeps the reason
        keeps(
            "Sorry for the short notice. My ward has put me on nights on Tuesday and I can't swap – I'm so sorry, I did try everyone, I feel awful about it, sorry. Could we move it to Friday?",
            "put me on nights on Tuesday and I can't swap.",
        );
    }

    #[test]
    fn quiet_for_one_apology() {
        for body in [
            "Thank you. I must decline, and I'm sorry for any inconvenience.",
            "Thank you, and apologies for the slow reply. I must decline.",
            "Thank you. I was sorry to hear about the reorganisation. I'm sorry, but I must decline.",
            "Thank you. I regret that I am unable to attend.",
        ] {
            assert_quiet(&RULE, &email(body));
        }
    }
}
