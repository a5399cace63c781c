//! # casual-tone
//!
//! Fires on slang and texting shorthand ("gonna", "tbh", "lol", "nah",
//! "no thanks", "Cheers," in an email), a "Hey" greeting, and emoji in an
//! email.
//!
//! **Why it matters.** Declining is a small professional moment. Casual
//! wording can read as careless about the reader's time, even when you
//! mean it warmly. In a text message one emoji is fine; in an email it is
//! not.
//!
//! **What it looks at.** Lists of slang, shorthand and casual sign-offs,
//! and emoji. In an email, a small trained scorer (a linear model over the
//! sentence's words, letters and reading; see
//! `src/reading/models/MODEL_CARD.md`) also reads each sentence where the
//! lists found nothing, and points at the words that weighed most when it
//! is clearly surer than its calibrated threshold ("Thanks a ton"); it
//! never quotes a number, an initial or a name, and never judges the
//! salutation. It is not asked in texts and calls, whose casual register
//! is their own; there, words of ordinary speech ("Cheers", "yeah", "no
//! worries", "y'all") pass too, and only slang and shorthand are flagged.
//!
//! Texting spellings are reported once for the message: a lone "i",
//! contractions typed without their apostrophe ("cant", "im", "thats"),
//! sentences, names and days typed in lower case. In an email always (two
//! or more, one of them a spelling: a single missed capital is a slip);
//! in a text only beside slang, since a text typed in lower case is a
//! register of its own; never in a script, which is spoken. The fix
//! writes them all out. It cannot tell a possessive "its" from "it's"
//! everywhere, so it only changes "its" where no possessive could stand.
//!
//! Before: `Hey Dana, thanks for the invite but I'm gonna pass lol`
//!
//! After: `Hi Dana, thank you for the invitation, but I will not be
//! continuing with the interview.`

use std::sync::LazyLock;

use regex::Regex;

use super::rule::{EVERY_SENTENCE, Rule, dedup_overlapping, scored};
use crate::config::Config;
use crate::edits;
use crate::edits::texting::{careless, habitual, reportable, texting_edits};
use crate::message::Message;
use crate::prose::is_emoji;
use crate::reading::scorer::Model;
use crate::vocab::Medium;
use crate::vocab::{Edit, Finding, Fix, Intent, Severity};
use crate::wording::casual_replacement;

pub const RULE: Rule = Rule {
    id: "casual-tone",
    default_severity: Severity::Info,
    summary: "Slang, texting shorthand, \"Hey\", or emoji in an email",
    intent: Intent::Reword,
    check,
};

static EMOTICON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)(?P<e>[:;=][-']?[)(DPp3/\\|]|<3|xD|XD)(?:$|\s|[.,!?])")
        .expect("valid regex")
});

/// A kiss at the end of the message: "x", "xx" or "X" after the last
/// words, alone or after a stop or a name.
static KISS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[\s.!?,)])(?P<x>x{1,3}|X{1,2})[\s.!]*\z").expect("valid regex")
});

/// Whether "ur" between `before` and `after` stands for "you're": a verb
/// in -ing ("ur interviewing"), a state ("ur welcome", "ur right") or an
/// article ("ur the best"), not after a preposition; else it is "your"
/// ("ur time", "for ur understanding").
fn you_are(before: &str, after: &str) -> bool {
    // ("thank you for ur understanding": after a preposition it is "your")
    let prev = before
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .rfind(|w| !w.is_empty())
        .unwrap_or("")
        .to_lowercase();
    if matches!(
        prev.as_str(),
        "for" | "of" | "with" | "to" | "about" | "on" | "in" | "at" | "by" | "from" | "appreciate"
    ) {
        return false;
    }
    let next = after
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_lowercase();
    next.len() > 4 && next.ends_with("ing") && !next.ends_with("thing")
        || matches!(
            next.as_str(),
            "welcome"
                | "right"
                | "not"
                | "a"
                | "an"
                | "the"
                | "so"
                | "too"
                | "very"
                | "still"
                | "always"
                | "already"
                | "busy"
                | "free"
                | "able"
                | "gonna"
                | "going"
        )
}

fn check(msg: &Message, _cfg: &Config) -> Vec<Finding> {
    let flat = &msg.doc.prose.flat;
    let mut out = Vec::new();
    for h in msg.hits.get("casual") {
        // a text or a call has a register of its own: "Cheers", "yeah",
        // "no worries" are how people talk there; slang and shorthand are
        // still flagged ("ATM", "U" in capitals are initials)
        if !reportable(msg, h) {
            continue;
        }
        let words = &flat[h.clone()];
        let lower = words.to_lowercase();
        let mut f = Finding::new(
            RULE.id,
            msg.buf(h.clone()),
            format!("“{words}” is casual for a decline; choose plainer, more formal wording."),
        );
        let after = flat[h.end..].trim_start();
        // a tag after a word of feeling or assent ("sorry hey", "Sorry ya
        // for the trouble", "ok la"): a particle, which goes, not a "Hi"
        // or a "you"
        // (the words before it in its own sentence: "hey" opening a
        // paragraph is a greeting)
        let from = msg
            .doc
            .prose
            .sentence_at(h.start)
            .map_or(h.start, |i| msg.sentence_range(i).start);
        let before = flat[from..h.start].trim_end();
        let prev = before
            .rsplit(|c: char| !c.is_alphanumeric() && c != '\'')
            .next()
            .unwrap_or("")
            .to_lowercase();
        // "ya" is "you" only where a "you" fits: after a verb or a
        // preposition that takes it ("see ya", "thank ya", "for ya");
        // "thanks for everything ya" ends on a particle
        let takes_you = matches!(
            prev.as_str(),
            "see"
                | "thank"
                | "love"
                | "tell"
                | "call"
                | "text"
                | "ask"
                | "meet"
                | "to"
                | "for"
                | "with"
                | "at"
                | "miss"
                | "catch"
                | "help"
                | "bless"
                | "let"
                | "give"
                | "got"
                | "get"
                | "owe"
                | "message"
                | "ping"
                | "bug"
                | "bother"
                | "trouble"
                | "update"
                | "remind"
                | "told"
                | "asked"
                | "about"
                | "of"
                | "from"
                | "join"
                | "hear"
        );
        let particle = before.ends_with(char::is_alphanumeric)
            && match lower.as_str() {
                "hey" | "la" | "lah" => true,
                "ya" | "yah" => !takes_you,
                _ => false,
            };
        let stand_in = if particle {
            Some("")
        } else if lower == "cheers" && !after.starts_with(',') && !after.is_empty() {
            Some("thanks")
        } else if lower == "ur" && you_are(before, after) {
            // "the one ur interviewing thurs" is "you're", not "your"
            Some("you're")
        } else if matches!(lower.as_str(), "gonna" | "gotta") && before.is_empty() {
            // opening its sentence with no one doing it: "gonna pass on
            // the job" is "I'm going to pass on the job"
            Some(if lower == "gonna" {
                "I'm going to"
            } else {
                "I've got to"
            })
        } else {
            casual_replacement(words)
        };
        if let Some(new) = stand_in {
            f.fixes.push(replace_word(msg, h.clone(), new));
        }
        out.push(f);
    }
    // a kiss after the last words ("let them know for me? x", "Jade xx"):
    // for friends, not for a recruiter
    if matches!(msg.medium, Medium::Email | Medium::Text) {
        if let Some(k) = KISS.captures(flat).and_then(|c| c.name("x")) {
            let mut f = Finding::new(
                RULE.id,
                msg.buf(k.range()),
                format!(
                    "“{}” is a kiss; leave it out of a message to an employer.",
                    k.as_str()
                ),
            );
            f.fixes.push(replace_word(msg, k.range(), ""));
            out.push(f);
        }
    }
    if msg.medium == Medium::Email {
        for (i, c) in flat.char_indices() {
            if is_emoji(c) {
                let r = i..i + c.len_utf8();
                let mut f = Finding::new(
                    RULE.id,
                    msg.buf(r.clone()),
                    "An emoji reads as casual in an email; leave it for text messages.",
                );
                f.fixes.push(replace_word(msg, r, ""));
                out.push(f);
            }
        }
        for c in EMOTICON.captures_iter(flat) {
            if let Some(e) = c.name("e") {
                let mut f = Finding::new(
                    RULE.id,
                    msg.buf(e.range()),
                    "An emoticon reads as casual in an email.",
                );
                f.fixes.push(replace_word(msg, e.range(), ""));
                out.push(f);
            }
        }
    }
    // casual wording the lists do not hold, as the scorer reads it, in an
    // email (a text or a call has a casual register of its own, where the
    // scorer fires on plain sentences): one finding on the words that
    // weighed most, in a sentence where nothing else was found
    let body = msg.body_sentences().filter(|_| msg.medium == Medium::Email);
    for i in body {
        // a salutation ("Good day po", "Kia ora Melissa") is judged by the
        // lists above, not by the scorer
        if msg.roles[i].greeting || msg.roles[i].head {
            continue;
        }
        let s = msg.sentence_buf(i);
        if out
            .iter()
            .any(|f| f.range.start < s.end && s.start < f.range.end)
        {
            continue;
        }
        let Some(words) = scored(msg, i, Model::Casual, EVERY_SENTENCE) else {
            continue;
        };
        // a number, an initial or a name ("971 50 412 7781", "Md", "Bilal
        // Ahmed Awan") weighs with the model but is no casual wording
        let Some((r, w)) = words.iter().find(|(_, w)| {
            w.split_whitespace()
                .any(|t| t.chars().any(char::is_alphabetic) && t.chars().all(|c| !c.is_uppercase()))
        }) else {
            continue;
        };
        out.push(Finding::new(
            RULE.id,
            msg.buf(r.clone()),
            format!("“{w}” reads as casual for a decline; choose plainer, more formal wording."),
        ));
    }
    let mut out = dedup_overlapping(out);
    if let Some(f) = texting_spellings(msg, &mut out) {
        out.push(f);
    }
    out
}

/// Texting spellings in a message to an employer: a lone "i", contractions
/// without their apostrophe ("cant", "im", "thats"), sentences opening in
/// lower case. One finding for the message, whose fix writes them all
/// out. In an email always; in a text only beside other casual wording (a
/// text typed in lower case is a register of its own); never in a script,
/// which is spoken.
fn texting_spellings(msg: &Message, others: &mut [Finding]) -> Option<Finding> {
    let mut edits = texting_edits(msg, others);
    match msg.medium {
        Medium::Email => {}
        Medium::Text if !others.is_empty() || careless(msg, &edits) => {}
        _ => return None,
    }
    let flat = &msg.doc.prose.flat;
    // a texting spelling other findings already reword is theirs; where
    // their words open a sentence, their stand-in takes its capital ("my
    // bad" → "My mistake")
    edits.retain(|(r, n)| {
        let b = msg.buf(r.clone());
        let mut theirs = false;
        for f in others.iter_mut() {
            if !(f.range.start < b.end && b.start < f.range.end) {
                continue;
            }
            theirs = true;
            let capital = n.starts_with(char::is_uppercase) && f.range.start == b.start;
            for fix in f.fixes.iter_mut() {
                for e in fix.edits.iter_mut() {
                    if capital && e.range.start == b.start {
                        e.new_text = crate::edits::capitalise(&e.new_text);
                    }
                }
            }
        }
        !theirs
    });
    // a capital or an apostrophe missed is a slip; texting spelling is a
    // habit
    if !habitual(msg, &edits) {
        return None;
    }
    let (first, _) = edits.first()?;
    let shown: Vec<String> = edits
        .iter()
        .take(3)
        .map(|(r, n)| format!("“{}” → “{n}”", &flat[r.clone()]))
        .collect();
    let more = edits.len().saturating_sub(3);
    let mut f = Finding::new(
        RULE.id,
        msg.buf(first.clone()),
        format!(
            "Texting spelling in a message to an employer: {}{}; write words out in full and start sentences with a capital.",
            shown.join(", "),
            if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            }
        ),
    );
    let mut fix = edits::fix(
        "Write out texting spellings and capitals".to_string(),
        edits
            .iter()
            .map(|(r, n)| Edit {
                range: msg.buf(r.clone()),
                new_text: n.clone(),
            })
            .collect(),
        true,
    );
    fix.piecewise = true;
    f.fixes.push(fix);
    Some(f)
}

/// Replaces the casual words at prose range `r` with `new` (capitalised
/// like the original), or removes them with the space that separated them.
fn replace_word(msg: &Message, r: std::ops::Range<usize>, new: &str) -> Fix {
    let range = msg.buf(r);
    let text = msg.doc.text;
    let old = &text[range.clone()];
    // a shrug that ends its sentence says nothing: "got cut, so yeah."
    let shrug_at_end = old.eq_ignore_ascii_case("so yeah")
        && text[range.end..]
            .trim_start_matches(' ')
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | '\r'));
    let new = if shrug_at_end { "" } else { new };
    if new.is_empty() {
        let after = &text[range.end..];
        // an emoji that ended a sentence leaves a full stop behind: "sorry
        // for the inconvenience 🙏 If it's okay" → "inconvenience. If"
        let before = text[..range.start].trim_end_matches(' ');
        let next = after.trim_start_matches(' ');
        if before.ends_with(char::is_alphanumeric)
            && next.starts_with(char::is_uppercase)
            && after.starts_with(' ')
        {
            // after a salutation ("Hi Jess 🙈 I'm sorry") a comma
            let line = before.rsplit('\n').next().unwrap_or(before);
            let greets = msg
                .greeting
                .as_ref()
                .is_some_and(|g| msg.buf(g.range.clone()).end == before.len())
                || line.split_whitespace().count() <= 3
                    && line.split_whitespace().next().is_some_and(|w| {
                        matches!(
                            w.to_lowercase().as_str(),
                            "hi" | "hello" | "hey" | "hiya" | "dear" | "morning" | "evening"
                        )
                    });
            return edits::fix(
                format!("Remove “{old}”"),
                vec![Edit {
                    range: before.len()..range.end,
                    new_text: if greets { "," } else { "." }.to_string(),
                }],
                true,
            );
        }
        // a comma before words that end the sentence goes with them ("got
        // cut, so yeah." → "got cut.")
        if text[..range.start].ends_with(", ") && after.starts_with(['.', '!', '?']) {
            return edits::fix(
                format!("Remove “{old}”"),
                vec![Edit {
                    range: range.start - 2..range.end,
                    new_text: String::new(),
                }],
                true,
            );
        }
        // take one neighbouring space with it; punctuation after it stays
        // ("pass tbh, got" → "pass, got")
        let range = if text[..range.start].ends_with(' ')
            && (after.is_empty() || after.starts_with([',', '.', '!', '?', ';', ':', '\n', '\r']))
        {
            range.start - 1..range.end
        } else if after.starts_with(' ') {
            range.start..range.end + 1
        } else if text[..range.start].ends_with(' ') {
            range.start - 1..range.end
        } else {
            range
        };
        return edits::fix(
            format!("Remove “{old}”"),
            vec![Edit {
                range,
                new_text: String::new(),
            }],
            true,
        );
    }
    let new = if old.chars().next().is_some_and(char::is_uppercase) {
        edits::capitalise(new)
    } else {
        new.to_string()
    };
    edits::fix(
        format!("Replace “{old}” with “{new}”"),
        vec![Edit {
            range,
            new_text: new,
        }],
        true,
    )
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::testing::{assert_fires, assert_quiet, email};

    #[test]
    fn a_shrug_ending_a_sentence_goes_with_its_comma() {
        let text = email("Thank you. I have accepted another offer, so yeah. I must decline.");
        let fixed = crate::rules::testing::apply_preferred(&RULE, &text);
        assert!(fixed.contains("another offer. I must"), "{fixed}");
        // opening a sentence, it is "So"
        let text = email("Thank you. So yeah, I must decline.");
        let fixed = crate::rules::testing::apply_preferred(&RULE, &text);
        assert!(fixed.contains("Thank you. So, I must decline."), "{fixed}");
    }

    #[test]
    fn ur_is_youre_before_a_verb_and_your_after_a_preposition() {
        let text = "hey Dana, the guy ur interviewing sat. thanks for ur time, I'll pass. Sam";
        let fixed = crate::rules::testing::apply_preferred(&RULE, text);
        assert!(fixed.contains("the guy you're interviewing"), "{fixed}");
        assert!(fixed.contains("thanks for your time"), "{fixed}");
    }

    #[test]
    fn fires_on_slang_and_email_emoji() {
        for (body, span) in [
            ("Thanks for the invite. I'm gonna pass.", "gonna"),
            ("Thank you. Tbh I must decline.", "Tbh"),
            ("Thank you. Nah, I must decline.", "Nah"),
            ("Thank you 😊 I must decline.", "😊"),
        ] {
            assert_fires(&RULE, &email(body), span);
        }
        assert_fires(
            &RULE,
            "Hey Dana,\n\nThank you. I must decline.\n\nBest,\nSam",
            "Hey",
        );
        assert_fires(
            &RULE,
            "Dear Dana,\n\nThank you. I must decline.\n\nCheers,\nSam",
            "Cheers",
        );
    }

    #[test]
    fn a_greeting_after_a_line_without_a_stop_is_no_particle() {
        let text = "Subject: Interview\n\nhey,\n\nThank you. I must decline.\n\nBest,\nSam\n";
        let found = crate::rules::testing::check(&RULE, text);
        assert!(
            found
                .iter()
                .any(|f| f.fixes.iter().any(|x| x.title.contains("Hi"))),
            "{found:?}"
        );
    }

    #[test]
    fn a_particle_goes_rather_than_becoming_a_word() {
        for (text, want) in [
            (
                "Hi Lerato, I must decline the interview, sorry hey, please keep me in mind.\n- Sipho\n",
                "decline the interview, sorry, please",
            ),
            (
                "Hi Aina, I must withdraw. Sorry ya for the trouble.\n- Mei\n",
                "Sorry for the trouble.",
            ),
        ] {
            let found = crate::rules::testing::check(&RULE, text);
            let edits: Vec<_> = found.iter().flat_map(|f| f.fixes[0].edits.iter()).collect();
            let fixed = crate::vocab::apply_edits(text, &edits);
            assert!(fixed.contains(want), "{fixed}");
        }
    }

    #[test]
    fn quiet_for_names_and_text_emoji() {
        assert_quiet(
            &RULE,
            "Dear Lola,\n\nThank you. I must decline.\n\nBest,\nSam",
        );
        assert_quiet(&RULE, &email("Thank you. I must decline; no, thank you."));
        assert_quiet(
            &RULE,
            "---\nmedium: text\n---\nHi Dana, this is Sam. Thank you, but I must decline 🙏 – Sam",
        );
        assert_quiet(
            &RULE,
            &email("Thank you. The ATM team at Acme was great. I must decline."),
        );
    }

    fn written_out(text: &str) -> Option<String> {
        let found = crate::rules::testing::check(&RULE, text);
        let f = found
            .iter()
            .find(|f| f.message.starts_with("Texting spelling"))?;
        let edits: Vec<_> = f.fixes[0].edits.iter().collect();
        Some(crate::vocab::apply_edits(text, &edits))
    }

    #[test]
    fn texting_spellings_are_written_out_in_an_email() {
        let text = "Subject: Interview\n\nhi Ms Reyes,\n\ncant make it on friday, i have an exam. its a shame. im sorry.\n\nBest,\nAmal\n";
        let fixed = written_out(text).expect("a finding");
        assert!(
            fixed.contains(
                "Hi Ms Reyes,\n\nCan't make it on Friday, I have an exam. It's a shame. I'm sorry."
            ),
            "{fixed}"
        );
        // a possessive "its" and a single slip are left alone
        assert!(
            written_out(&email(
                "Thank you. I admire the company and its work. I must decline, i am afraid."
            ))
            .is_none()
        );
    }

    #[test]
    fn a_kiss_at_the_end_goes() {
        use crate::rules::testing::{assert_fires, assert_quiet};
        assert_fires(
            &RULE,
            "---\nmedium: text\n---\nHi Rosa, I've taken the job at the bakery so I won't come on Monday. Thanks for everything, Pia xx",
            "xx",
        );
        // a kiss is no placeholder's X, and an X inside a name stays
        assert_quiet(
            &RULE,
            "---\nmedium: text\n---\nHi Rosa, I've taken another job so I won't come to the Unit X interview. Thanks, Pia",
        );
    }

    #[test]
    fn a_text_is_written_out_only_beside_slang() {
        let plain = "---\nmedium: text\n---\nhi tom its sam, cant make the interview, sorry. not going ahead with it";
        assert!(written_out(plain).is_none());
        // typed with capitals, its lost apostrophes are careless
        let capitals = "---\nmedium: text\n---\nHi Tom its Sam. Cant make the interview, sorry. Im not going ahead with it.";
        let fixed = written_out(capitals).expect("a finding");
        assert!(
            fixed.contains("Can't make") && fixed.contains("I'm not"),
            "{fixed}"
        );
        let slang = "---\nmedium: text\n---\nhi tom its sam, cant make the interview tmrw, sorry. not going ahead with it x";
        let fixed = written_out(slang).expect("a finding");
        assert!(fixed.contains("Hi Tom it's Sam, can't make"), "{fixed}");
        assert!(fixed.contains(". Not going ahead"), "{fixed}");
        // a script is spoken: no spelling to write out
        assert!(written_out("Call notes\n\nhi its sam, cant make it tmrw lol").is_none());
    }
}
