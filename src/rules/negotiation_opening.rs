//! # negotiation-opening
//!
//! Fires when the decline invites bargaining: "unless you can raise the
//! salary", "if the role could be made remote, I'd reconsider".
//!
//! **Why it matters.** A conditional decline is not a decline: it asks
//! the employer to come back with more, and they may simply read it as a
//! no. If you would interview at a higher salary, say so as a question
//! before declining; if not, decline plainly.
//!
//! **Not bargaining.** Openness to other, future roles ("if you ever open
//! a team in Glasgow, I'd love to hear about it") and a refused
//! counter-offer ("no amount would change my mind").
//!
//! **How it reads.** Besides tactful's phrases, each sentence is read for
//! a condition (if, unless, provided, or an inverted "were the role ...")
//! on what the employer offers (pay, the figure, hybrid or remote work, a
//! location) together with your openness to think again (reconsider,
//! revisit, consider, talk, let me know). An "if a role nearer home ever
//! becomes available" is a door left open, not a bargain.
//!
//! Before: `I must decline, unless there's some flexibility on the pay.`
//!
//! After: `I must decline.`

use super::rule::Rule;
use crate::config::Config;
use crate::edits;
use crate::message::Message;
use crate::prose::count_words;
use crate::vocab::{Edit, Finding, Fix, Intent, Severity};

pub const RULE: Rule = Rule {
    id: "negotiation-opening",
    default_severity: Severity::Info,
    summary: "The decline invites bargaining (\"unless you can raise the salary\")",
    intent: Intent::Reword,
    check,
};

const CONDITIONS: &[&str] = &[
    "if",
    "unless",
    "should",
    "were",
    "provided",
    "providing",
    "assuming",
];

fn check(msg: &Message, _cfg: &Config) -> Vec<Finding> {
    let mut out = Vec::new();
    for i in msg.body_sentences() {
        let r = msg.sentence_range(i);
        if msg.hits.any_inside("negotiation_closed", r.clone()) {
            continue;
        }
        // "keen on the job if there's any chance of moving it to next
        // week": a condition on the day is a request to move, not a bargain
        if msg.readings[i].asks_to_move() && msg.readings[i].negotiates().is_none() {
            continue;
        }
        let text = msg.sentence_text(i).to_lowercase();
        let conditional = text
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| CONDITIONS.contains(&w));
        // a term of the offer named: the pay, the place of work, a figure
        let names_terms = text.contains(['$', '£', '€'])
            || text.split(|c: char| !c.is_alphanumeric()).any(|w| {
                matches!(
                    w,
                    "salary"
                        | "pay"
                        | "rate"
                        | "package"
                        | "remote"
                        | "hybrid"
                        | "budget"
                        | "band"
                        | "money"
                        | "compensation"
                )
            });
        let future_roles = [
            "ever ",
            "future",
            "another role",
            "other roles",
            "a different role",
            "other positions",
        ]
        .iter()
        .any(|f| text.contains(f))
            // "if you're still looking later on, I'd be glad to talk
            // again", "if my situation changes in a few years": a door
            // left open, where no term of the offer is named
            || [
                "later on",
                "later in the year",
                "in a few years",
                "in the future",
                "down the line",
                "down the road",
                "comes up",
                "come up",
                "consider me again",
                "still looking",
                "situation changes",
                "circumstances change",
            ]
            .iter()
            .any(|f| text.contains(f))
                && !names_terms;
        // what the writer was told or believed before, with no condition
        // of theirs: "I had understood that there may be some flexibility
        // around the location" tells the reason, it asks for nothing
        let reported = |at: usize| {
            let before = msg.doc.prose.flat[r.start..at].to_lowercase();
            !conditional
                && before.split(|c: char| !c.is_alphanumeric()).any(|w| {
                    matches!(
                        w,
                        "understood" | "thought" | "assumed" | "believed" | "told" | "advertised"
                    )
                })
        };
        // "Unless there's something coming up on garnish later in the
        // year?": another opening asked about, no term of this one
        let t = &msg.readings[i].tokens;
        let w = |k: usize| t.get(k).map_or("", |x| x.word.as_str());
        let another_opening = (0..t.len()).any(|k| {
            matches!(
                w(k),
                "something" | "anything" | "role" | "opening" | "position" | "vacancy" | "spot"
            ) && (k + 1..(k + 4).min(t.len())).any(|j| {
                matches!(w(j), "coming" | "comes" | "come" | "opens" | "opening")
                    && matches!(w(j + 1), "up" | "available")
                    || w(j) == "available"
            })
        }) && !names_terms;
        let strong = msg
            .hits
            .inside("negotiation", r.clone())
            .find(|h| !reported(h.start) && !another_opening);
        // ("if you could let me know when it opens" asks to hear of a
        // post, it lets the writer do nothing)
        let soft = msg.hits.inside("reconsider", r.clone()).find(|h| {
            !msg.doc.prose.flat[h.end..]
                .to_lowercase()
                .starts_with(" know")
        });
        let start = match (strong, soft) {
            (Some(s), _) => Some(s.start),
            (None, Some(s)) if conditional && !future_roles => {
                // the clause with the condition starts the finding
                let flat = &msg.doc.prose.flat[r.clone()];
                let lower = flat.to_lowercase();
                let cond = CONDITIONS
                    .iter()
                    .filter_map(|c| find_word(&lower, c))
                    .min()
                    .map_or(s.start, |p| r.start + p);
                Some(cond.min(s.start))
            }
            // read: a condition on the employer's terms with the writer's
            // openness to think again
            _ => msg.readings[i].negotiates().map(|c| {
                let span = msg.readings[i].span(c);
                r.start + span.start
            }),
        };
        if let Some(start) = start {
            let mut f = Finding::new(
                RULE.id,
                msg.buf(start..r.end),
                "This makes the decline conditional and invites a counter-offer; decline plainly, or ask first.",
            );
            f.fixes.push(drop_condition(msg, i, start));
            out.push(f);
        }
    }
    out
}

/// A cut that runs to the end of its line takes the spaces before it
/// too, so the line does not end in a space.
fn take_spaces_before(text: &str, cut: &mut [Edit]) {
    let line_end = cut.last().is_some_and(|e| {
        let rest = &text[e.range.end..];
        rest.trim_start_matches([' ', '\t'])
            .starts_with(['\n', '\r'])
            || rest.trim().is_empty()
    });
    if let (true, Some(first)) = (line_end, cut.first_mut()) {
        let before = text[..first.range.start].trim_end_matches([' ', '\t']);
        if !before.ends_with(['\n', '\r']) && !before.is_empty() {
            first.range.start = before.len();
        }
    }
}

/// The sentence after `i`, in its paragraph, when it only says what the
/// writer would then do: "then I'd totally do it", "In which case I'd be
/// happy to come in."
fn consequent(msg: &Message, i: usize) -> Option<usize> {
    let j = i + 1;
    if j >= msg.roles.len() || !msg.body_sentences().any(|k| k == j) {
        return None;
    }
    let flat = &msg.doc.prose.flat;
    let gap = &flat[msg.sentence_range(i).end..msg.sentence_range(j).start];
    if gap.contains("\n\n") {
        return None;
    }
    let next = flat[msg.sentence_range(j)].trim_start().to_lowercase();
    let then = next.starts_with("then ") || next.starts_with("in which case");
    (then && count_words(&next) <= 12).then_some(j)
}

/// Removes the bargaining clause: the whole sentence when it starts it,
/// else from the joint before it ("I must decline, but if ...") to the
/// sentence's final stop.
fn drop_condition(msg: &Message, i: usize, start: usize) -> Fix {
    let r = msg.sentence_range(i);
    let flat = &msg.doc.prose.flat;
    let lead = flat[r.start..start].trim_end_matches([' ', ',', ';', '—', '–', '-']);
    let lead = lead
        .strip_suffix(" but")
        .or_else(|| lead.strip_suffix(" though"))
        .or_else(|| lead.strip_suffix(" and"))
        .unwrap_or(lead)
        .trim_end_matches([' ', ',', ';']);
    // a lead of joiners alone ("but if they can get it up to 68 ...")
    let joiners_only = lead.split_whitespace().all(|w| {
        matches!(
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
                .as_str(),
            "" | "but" | "and" | "so" | "though" | "however" | "then" | "that" | "said" | "also"
        )
    });
    // what the writer would do on the condition, said after it ("unless
    // you can get closer to $30? then I'd totally do it") goes with it
    let then = consequent(msg, i);
    // a lead that cannot end a sentence ("the only thing that would
    // change my mind is", "I'd come back to you with") goes with the
    // condition it led to
    let last = lead
        .rsplit(' ')
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    let open_ended = matches!(
        last.as_str(),
        "is" | "was"
            | "be"
            | "are"
            | "were"
            | "that"
            | "to"
            | "the"
            | "a"
            | "of"
            | "for"
            | "with"
            | "would"
            | "could"
            | "and"
            | "or"
            | "only"
            | "if"
            | "when"
            | "than"
    ) && !lead.ends_with(['.', '!', '?', ',']);
    if count_words(lead) == 0
        || joiners_only
        || open_ended
        || !msg.roles[i].decision && count_words(lead) < 3
    {
        let gone: Vec<usize> = std::iter::once(i).chain(then).collect();
        let mut cut = edits::delete_sentences(msg, &gone);
        take_spaces_before(msg.doc.text, &mut cut);
        return edits::fix("Remove the condition", cut, true);
    }
    // the condition is a sentence of its own after a full stop
    if lead.ends_with(['.', '!', '?']) {
        let cut = r.start + lead.len();
        let end = then.map_or(r.end, |j| msg.sentence_range(j).end);
        let mut cut = vec![Edit {
            range: msg.buf(cut..end),
            new_text: String::new(),
        }];
        take_spaces_before(msg.doc.text, &mut cut);
        return edits::fix("Remove the condition", cut, true);
    }
    let cut = r.start + lead.len();
    // the closing mark stays, but a question's goes with its condition
    // ("pass on the interview unless you can bump it up??" → "pass on
    // the interview.")
    let body = flat[r.clone()].trim_end_matches(['.', '!', '?']);
    let marks = &flat[r.start + body.len()..r.end];
    let stop = if marks.is_empty() || marks.contains('?') {
        r.end
    } else {
        r.end - marks.len()
    };
    let stop = stop.max(cut);
    // the cut takes the spaces before the clause too: "interview." and
    // not "interview ."
    let range = msg.buf(cut..stop);
    let text = msg.doc.text;
    let start = text[..range.start].trim_end_matches([' ', '\t']).len();
    let mut edit = Edit {
        range: start..range.end,
        new_text: String::new(),
    };
    if stop == r.end {
        edit.new_text.push('.');
    }
    edits::fix("Remove the condition", vec![edit], true)
}

fn find_word(hay: &str, word: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(p) = hay[from..].find(word) {
        let at = from + p;
        let before = hay[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after = hay[at + word.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if before && after {
            return Some(at);
        }
        from = at + word.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::testing::{assert_fires, assert_quiet, email};

    #[test]
    fn a_figure_with_im_in_bargains_and_news_of_a_post_does_not() {
        assert_fires(
            &RULE,
            &email("Thank you. I'm going to pass at 78 base. But if you can get it to 95 I'm in!"),
            "if you can",
        );
        assert_quiet(
            &RULE,
            &email(
                "Thank you. I withdraw. I would be grateful if you could let me know when the Registrar post opens, as I would be keen to apply.",
            ),
        );
    }

    #[test]
    fn fires_on_bargaining() {
        for (body, span) in [
            (
                "Thank you. I must decline, unless there's some flexibility on the pay.",
                "unless",
            ),
            (
                "Thank you. I must decline. If the role could be made fully remote, I'd reconsider.",
                "remote",
            ),
            // the condition put first with "should"
            (
                "Thank you. I must decline. However, should management review the \
                 remuneration upward, I will be most delighted to attend.",
                "",
            ),
            (
                "Thank you. I must decline, but if you can find another £15k, I'm happy to talk.",
                "£15k",
            ),
            (
                "Thank you. I must decline. If you're able to raise it to £58,000, I'd be happy to reconsider.",
                "raise",
            ),
            // one's price named as a refusal, and the slot kept for it
            (
                "Thank you. I'm not going to move for less than $130,000 with a guaranteed bonus.",
                "less than",
            ),
            (
                "Thank you. If Garrity Lowell can get there, I'm happy to keep Friday's slot.",
                "Garrity",
            ),
        ] {
            assert_fires(&RULE, &email(body), span);
        }
    }

    #[test]
    fn the_condition_goes_with_what_the_writer_would_then_do() {
        let fixed = |text: &str| crate::rules::testing::apply_preferred(&RULE, text);
        // the answer said after the question mark goes too, and the line
        // keeps no space at its end
        let out = fixed(&email(
            "Thank you.\n\n- so I have to say no on the job... unless you can get closer to $30? then I'd totally do it\n- thanks again",
        ));
        assert!(
            out.contains("- so I have to say no on the job...\n"),
            "{out}"
        );
        // a lead that cannot end a sentence goes with its condition
        let out = fixed(&email(
            "Thank you. I have decided to stay. Candidly, the only thing that would change my mind is if you can come in north of $210K base.",
        ));
        assert!(!out.contains("my mind is"), "{out}");
        // the writer's coming on a condition of costs is a bargain too
        assert_fires(
            &RULE,
            &email(
                "Thank you. I will not come on Friday. If you can cover it, I will be there, no problem.",
            ),
            "",
        );
        assert_quiet(
            &RULE,
            &email(
                "Thank you. I must decline. If you ever need someone to cover holidays, I'd be glad to help out.",
            ),
        );
    }

    #[test]
    fn quiet_for_future_roles_and_closed_doors() {
        for body in [
            "Thank you. I must decline. If Acme ever builds a team in Glasgow, I'd love to hear about it.",
            "Thank you. The salary range sits below what I need, so I will not be moving forward.",
            "Thank you. I must decline; a higher offer would not change my mind.",
            "Thank you. I must decline. I'd be happy to talk again about future roles.",
            "Thank you. I'm staying put. If you're still looking later on, I'd be glad to talk again.",
            "Thank you. I must decline. When I applied I had understood there was some flexibility around the location, but the post is on site.",
            "Thank you. I'll pass for now. Unless there's something coming up on the savoury side later in the year?",
        ] {
            assert_quiet(&RULE, &email(body));
        }
        // terms named beside "later on" still bargain
        assert_fires(
            &RULE,
            &email(
                "Thank you. I must decline. If the salary comes up to $90k later on, I'd be glad to talk again.",
            ),
            "",
        );
    }
}
