//! # missing-gratitude
//!
//! Fires when the message never thanks the reader or shows appreciation.
//!
//! **Why it matters.** Someone made time to consider you. A decline that
//! opens with thanks keeps the relationship warm; one without reads as
//! curt, however polite the rest is. Recruiters remember both.
//!
//! **What counts as thanks.** "Thank you", "thanks", "I'm grateful", "I
//! appreciate", "it was kind of you". A refusal such as "no thanks" does
//! not count.
//!
//! **Where it points.** Just after the greeting, where the thanks belongs.
//!
//! Before:
//!
//! ```text
//! Dear Ms. Larsen,
//! I am withdrawing my application for the Analyst role.
//! ```
//!
//! After:
//!
//! ```text
//! Dear Ms. Larsen,
//! Thank you for inviting me to interview for the Analyst role.
//! I am withdrawing my application.
//! ```

use super::rule::Rule;
use crate::config::Config;
use crate::edits;
use crate::message::Message;
use crate::vocab::{Finding, Intent, Medium, PartKind, Severity};
use crate::wording::{Situation, Slot};

pub const RULE: Rule = Rule {
    id: "missing-gratitude",
    default_severity: Severity::Warning,
    summary: "No thanks or appreciation anywhere in the message",
    intent: Intent::Insert(PartKind::Gratitude),
    check,
};

fn check(msg: &Message, cfg: &Config) -> Vec<Finding> {
    if msg.body_sentences().next().is_none() || msg.any_role(|r| r.gratitude) {
        return Vec::new();
    }
    let at = msg.after_greeting();
    let mut f = Finding::new(
        RULE.id,
        at..at,
        "The message never thanks them; open with a thank-you for the invitation or their time.",
    );
    let at = thanks_point(msg);
    let mut situation = Situation::of(msg, cfg);
    // the sentence it lands before names the role or the company already:
    // thank them without naming it twice in a row
    // (or the one it follows: "... for the apprentice interview at Redgum
    // Electrical." then the thanks)
    let text = msg.doc.text;
    let next = text[at..].lines().next().unwrap_or("");
    let line_start = text[..at].rfind('\n').map_or(0, |k| k + 1);
    let before = &text[line_start..at];
    let near = |f: &str| next.contains(f) || before.contains(f);
    let named = |fact: &Option<String>| fact.as_deref().is_some_and(near);
    let role_word = ["role", "position", "interview", "job"]
        .iter()
        .any(|w| next.to_lowercase().contains(w) || before.to_lowercase().contains(w));
    let mut thanks = situation.phrase(Slot::Gratitude);
    if named(&situation.facts.role) || named(&situation.facts.company) || role_word {
        situation.facts.role = None;
        situation.facts.company = None;
        // "... for the role." right before "... for the Product Designer
        // role": the thanks stands without it
        thanks = situation
            .phrase(Slot::Gratitude)
            .replace(" for the role.", ".")
            .replace(" about the role.", ".");
    }
    // the sentence beside it speaks of the invitation itself ("I refer
    // to your letter inviting me to attend ...", "I got the invite for
    // the sales rep interview"): thanks that name it again would repeat
    // it, so they thank for the thought instead
    let beside = msg
        .body_sentences()
        .chain(msg.greeting.as_ref().map(|g| g.sentence))
        .filter(|&i| {
            let b = msg.sentence_buf(i);
            b.start >= at && text[at..b.start].trim().is_empty()
                || b.end <= at && text[b.end..at].trim().is_empty()
        })
        .any(|i| {
            msg.readings[i]
                .tokens
                .iter()
                .any(|t| t.word.starts_with("invit"))
        });
    if beside {
        thanks = if msg.medium == Medium::Text {
            "Thanks for thinking of me.".to_string()
        } else {
            "Thank you for considering me.".to_string()
        };
    }
    // a text typed in lower case gets thanks in its own register
    if edits::writes_in_lower_case(msg) {
        thanks = "Thanks for the invite.".to_string();
    }
    // A text or a call that goes straight into its news takes its thanks
    // at the end, where people say them ("... Can we do Friday instead?
    // Thanks for understanding."), not wedged between the news and what
    // follows it.
    let ending = closing_thanks_point(msg, at);
    let at = match ending {
        Some(end) => {
            let moves = msg.any_role(|r| r.reschedule);
            let met = msg.scenario == crate::vocab::Scenario::AfterInterviews;
            thanks = match (msg.medium, moves) {
                (Medium::Text, false) if met => "Thanks for your time.",
                (_, false) if met => "Thank you for your time.",
                (Medium::Text, true) => "Thanks for understanding.",
                (Medium::Text, false) => "Thanks for thinking of me.",
                (_, true) => "Thank you for understanding.",
                (_, false) => "Thank you for thinking of me.",
            }
            .to_string();
            end
        }
        None => at,
    };
    // said to someone asked to pass the message on (a receptionist, a
    // colleague who answered the phone): the thanks are passed on too,
    // after the request
    let relay = matches!(msg.medium, Medium::InPerson | Medium::Phone)
        .then(|| msg.body_sentences().find(|&i| relays(msg, i)))
        .flatten();
    let at = match relay {
        Some(i) => {
            thanks = "Please pass on my thanks for the invitation.".to_string();
            msg.sentence_buf(i).end
        }
        None => at,
    };
    let edit = edits::insert_sentence(msg, at, &thanks);
    f.fixes
        .push(edits::fix(format!("Add \"{thanks}\""), vec![edit], true));
    // a message near its length budget gets the short thanks instead
    let short = if msg.medium == crate::vocab::Medium::Text {
        "Thanks for the invite."
    } else {
        "Thank you for the invitation."
    };
    if short != thanks && relay.is_none() && !beside && ending.is_none() {
        f.fixes.push(edits::fallback(
            format!("Add \"{short}\""),
            vec![edits::insert_sentence(msg, at, short)],
        ));
    }
    vec![f]
}

/// Whether sentence `i` asks the listener to pass the message on: "could
/// you let her know?", "Just tell him I've decided ...", "please pass
/// this on to Mr Lee".
/// Where the thanks of a text or a call go when its first sentence
/// already carries the news (the decision, a reason, a request to move):
/// the end of what is said, before any closing courtesy. `None` when the
/// thanks can open the message (nothing but a salutation or the writer's
/// name comes before `at`) or the message is an email or a letter.
fn closing_thanks_point(msg: &Message, at: usize) -> Option<usize> {
    let body: Vec<usize> = msg.body_sentences().collect();
    let end = super::missing_door_open::door_point(msg);
    // the sentence at the point goes on from the one before it ("re the
    // interview thurs. so i think i might not come in"): thanks wedged
    // between would cut the "so" off from what it follows
    let linked = body
        .iter()
        .find(|&&i| msg.sentence_buf(i).start >= at)
        .and_then(|&i| msg.readings[i].tokens.iter().find(|t| t.is_word()))
        .is_some_and(|t| matches!(t.word.as_str(), "so" | "and" | "but" | "also" | "then"));
    if linked && end > at {
        return Some(end);
    }
    if !matches!(msg.medium, Medium::Text | Medium::Phone) {
        return None;
    }
    // news said before the point: a sentence ending at or before it that
    // decides, gives a reason or asks for another day
    let news_before = body.iter().any(|&i| {
        let r = &msg.roles[i];
        let sorry = msg
            .hits
            .any_inside("apology", msg.doc.prose.sentences[i].range.clone());
        msg.sentence_buf(i).end <= at && (r.decision || r.reason || r.reschedule || sorry)
    });
    (news_before && end >= at).then_some(end)
}

fn relays(msg: &Message, i: usize) -> bool {
    let t = &msg.readings[i].tokens;
    let w = |k: usize| t.get(k).map_or("", |x| x.word.as_str());
    let third = |k: usize| {
        matches!(
            w(k),
            "him" | "her" | "them" | "mr" | "mrs" | "ms" | "miss" | "dr"
        ) || t.get(k).is_some_and(|x| x.capital && k > 0)
    };
    (0..t.len()).any(|k| match w(k) {
        // "let her know", "let Mrs Okonjo know"
        "let" => third(k + 1) && (k + 2..(k + 5).min(t.len() + 1)).any(|j| w(j) == "know"),
        // "tell him", "tell Mr Kiprono"
        "tell" => third(k + 1),
        // "pass this on", "pass the message on", "pass it along"
        // "pass this on", "pass on my thanks", "pass it along to her";
        // not a decline ("I'm gonna pass. 8 hours on a Saturday", "I'll
        // pass on the interview")
        "pass" => {
            let object = |j: usize| {
                matches!(
                    w(j),
                    "it" | "this" | "that" | "my" | "the" | "a" | "these" | "them" | "word"
                ) && !matches!(
                    w(j + 1),
                    "interview" | "role" | "job" | "position" | "opportunity" | "offer" | "trial"
                )
            };
            matches!(w(k + 1), "on" | "along") && object(k + 2)
                || object(k + 1) && matches!(w(k + 2), "on" | "along")
        }
        _ => false,
    })
}

/// Where a thank-you goes: after a greeting sentence that says more than
/// the salutation ("Hi Dana, this is Sam."), else before the first body
/// sentence.
fn thanks_point(msg: &Message) -> usize {
    if let Some(g) = &msg.greeting {
        if !msg.greeting_only(g.sentence) {
            // "Hello Ana, I am writing to say I will not attend ...": the
            // thanks open the message, right after the salutation, before
            // the decision it carries (unless the writer says who they
            // are first: "Hi, it's Leon, ...")
            let said = msg.sentence_text(g.sentence);
            let introduces = crate::message::introduced_name(said).is_some()
                || crate::message::name_here(said).is_some();
            let salutation = msg.buf(g.range.clone());
            let text = msg.doc.text;
            let role = &msg.roles[g.sentence];
            // (where the words after it start a sentence of their own,
            // with a capital; "hi sam its leah, cant make it" keeps its
            // thanks after the sentence)
            let capital = text[salutation.end..]
                .trim_start()
                .starts_with(|c: char| c.is_uppercase());
            // (nor where the decision is hedged: its fix rewords the
            // sentence, which would go on in lower case after the thanks)
            let plain = msg.readings[g.sentence].stand() != crate::reading::Stand::Hedged
                && msg.readings[g.sentence].stand() != crate::reading::Stand::Deferred;
            if (role.decision || role.reason)
                && plain
                && !introduces
                && capital
                && text[..salutation.end].ends_with(',')
            {
                return salutation.end;
            }
            // (after the decision said on from it: "cant make the
            // interview today, stuff came up. Going to have to leave it."
            // takes its thanks after both, not between them)
            let mut last = g.sentence;
            for i in msg
                .body_sentences()
                .filter(|&i| i > g.sentence && role.decision)
            {
                let r = &msg.roles[i];
                let gap = &text[msg.sentence_buf(last).end..msg.sentence_buf(i).start];
                // (one that ends its line without a stop takes nothing
                // after it)
                let stopped = msg.sentence_text(i).trim_end().ends_with(['.', '!', '?']);
                if !(r.decision && !r.gratitude && !r.door_open) || gap.contains('\n') || !stopped {
                    break;
                }
                last = i;
            }
            return msg.sentence_buf(last).end;
        }
    }
    let mut body = msg.body_sentences();
    let Some(first) = body.next() else {
        return msg.after_greeting();
    };
    // the writer says who they are first: "My name is Maria Olsen, and I
    // applied for the analyst role." The thanks follow.
    let flat = &msg.doc.prose.flat;
    let introduces = flat
        .get(msg.sentence_range(first))
        .and_then(|t| crate::message::introduced_name(t).or_else(|| crate::message::name_here(t)))
        .is_some_and(|r| r.start <= 16);
    if introduces {
        return msg.sentence_buf(first).end;
    }
    msg.sentence_buf(first).start
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::testing::{assert_fires, assert_quiet, email};

    #[test]
    fn fires_without_thanks() {
        assert_fires(&RULE, &email("I am withdrawing my application."), "");
    }

    #[test]
    fn quiet_for_thanks_in_other_words() {
        for body in [
            "Thank you for the invitation. I must decline.",
            "I'm grateful for your time, but I am withdrawing my application.",
            "I really appreciated our call. I am withdrawing my application.",
            "It was generous of you to meet me. I am withdrawing my application.",
            "THANK YOU for the invitation. I must decline.",
        ] {
            assert_quiet(&RULE, &email(body));
        }
    }

    #[test]
    fn thanks_beside_a_sentence_about_the_invitation_do_not_name_it_again() {
        use crate::rules::testing::check;
        let text = "Dear Ms. Larsen,\n\nI refer to your letter of 3 March inviting me to attend an interview on 19 March. I have accepted another offer and withdraw my application.\n\nYours sincerely,\nAoife\n";
        let found = check(&RULE, text);
        let fix = &found[0].fixes[0];
        assert_eq!(
            fix.edits[0].new_text.trim(),
            "Thank you for considering me."
        );
        assert_eq!(found[0].fixes.len(), 1, "no shorter thanks that names it");
    }

    #[test]
    fn a_text_that_opens_with_its_news_thanks_at_the_end() {
        use crate::document::{Document, Format};
        use crate::message::{Message, Overrides};
        let bank = crate::phrases::default_bank();
        let added = |text: &str| {
            let msg = Message::analyse(
                Document::parse(text, Format::PlainText),
                &Overrides::none(&bank),
            );
            let found = (RULE.check)(&msg, &crate::config::Config::default());
            let e = &found[0].fixes[0].edits[0];
            (
                e.new_text.trim().to_string(),
                text[e.range.end..].to_string(),
            )
        };
        // a request to move: thanks for understanding, after the request
        let (thanks, rest) = added(
            "Hey Marcus it's Tony, I can't make the 2pm today, I'm stuck on a job. Can we do Friday? Tony",
        );
        assert_eq!(thanks, "Thanks for understanding.");
        assert_eq!(rest.trim(), "Tony");
        // a decline said in one line goes on in that line
        let (thanks, rest) =
            added("hi jo, cant make the interview tmrw, i took another job. maybe next time\n");
        assert!(thanks.ends_with("thinking of me."), "{thanks}");
        assert!(rest.trim().is_empty(), "{rest:?}");
        // an email still opens with them
        let (thanks, _) = added(
            "Subject: Interview\n\nDear Jo,\n\nI have accepted another offer. I withdraw my application.\n\nBest,\nSam\n",
        );
        assert!(thanks.starts_with("Thank you for inviting me"), "{thanks}");
    }

    #[test]
    fn thanks_are_passed_on_by_whoever_relays_the_message() {
        use crate::rules::testing::check;
        let text = "Voicemail\n\nHi, it's Leon Baptiste. I can't make the interview with Mrs Okonjo today, so could you let her know? I'll email her later.";
        let found = check(&RULE, text);
        let fix = &found[0].fixes[0];
        assert_eq!(
            fix.edits[0].new_text.trim(),
            "Please pass on my thanks for the invitation."
        );
        // after the request to pass it on
        assert_eq!(
            &text[fix.edits[0].range.start - 1..fix.edits[0].range.start],
            "?"
        );
    }

    #[test]
    fn no_thanks_is_not_gratitude() {
        assert_fires(
            &RULE,
            "Hi Megan, this is Luca. Nah, no thanks, I'm going to pass on the interview. – Luca",
            "",
        );
    }
}
