//! # over-explanation
//!
//! Fires when the reason runs on (more than two sentences of reasons) or
//! shares private detail: health, family conflict, divorce, money trouble.
//!
//! **Why it matters.** The employer needs a decision, not a case for it.
//! Long reasons invite counter-arguments, and private detail cannot be
//! taken back once it sits in a company's inbox. "For personal reasons" is
//! a complete answer.
//!
//! **How it reads.** Besides tactful's phrases, a sentence shares private
//! detail when a concrete word of health (hospital, surgery, diagnosed),
//! family conflict (divorce, not speaking), money trouble (debts, loan
//! repayments, rent went up) or housing (landlord, eviction) is told of you
//! or your family in the same clause. "For family reasons" stays general
//! and is fine; the staff's burnout is not your private detail. A
//! sentence counts as a reason only when it tells one: the decision itself
//! (hedged or not), "I'll let you know", a question or request, a bargain
//! and a complaint are left to the rules that judge them.
//!
//! A word of a name ("Harrogate District Hospital") or a workplace ("a
//! position at the hospital") is not private detail. Childcare said once
//! ("the rota won't work with my childcare") is an ordinary reason; told
//! with other detail (a partner's shifts, a grandparent who can't drive)
//! it is what the detail comes to.
//!
//! **The fix.** Private detail that runs on (a first sentence of more
//! than twenty words, or three words of detail, and the sentences of the
//! same paragraph told with it) is said in one short sentence of who it
//! concerns and what kind of thing it is: "My mum is unwell, and I need to
//! be there to look after her.", "I have a health matter that needs my
//! full attention at the moment.", "A family matter needs my full
//! attention at the moment.", "A change in my childcare arrangements
//! means I can no longer make this work." A sentence of detail that ends
//! on what you cannot do in the job is cut to that ("I can't commit to
//! the night shifts the post needs."), and one that says what the job asks
//! before its detail keeps that part ("I don't think I can do a job with
//! night shifts." without "with all the physio and the scans"); medical
//! detail told on after a plain clause ("My father had a heart attack last
//! week and he is in ICU, they put in two stents ...") is cut to that
//! clause, unless what follows is what the writer must do; a note's
//! label stays ("Explain: My father is unwell, ..."). Detail of money is
//! not summed up that way (it is often the reason itself): an aside in
//! parentheses goes ("below what I earn now (I'm on $88k and we just
//! refinanced)" → "below what I earn now"), and so does a clause of money trouble joined on by "and" or
//! "so" beside one that says something else ("It's $31 an hour now and I
//! can't go backwards with the mortgage." → "It's $31 an hour now."); a
//! clause that names the job's pay ("the salary wouldn't cover my rent")
//! stays. Detail whose "she" or "he" a later sentence still needs stays.
//! A first sentence that is already brief stays as your reason (unless it
//! tells of money after a plain reason: "Reason: the salary." then "my
//! rent is 750, my loan ..."); each later sentence that only adds detail
//! is deleted, unless a sentence kept after it calls someone it names
//! "she" or "him". Replacing it with "for personal reasons" is offered,
//! never applied for you.
//!
//! **What it can't see.** Private detail in words it has no field for
//! (a condition it does not know by name, "my sugar dropped"), who a
//! relative is when they are called by a word it does not know ("my
//! Ate"), and which detail you would rather keep.
//!
//! Before: three sentences on your father's stroke, his ward and his
//! medication, and who drives your mother to see him.
//!
//! After: "My father is unwell, and I need to be there to look after him."

use super::rule::Rule;
use crate::config::Config;
use crate::edits;
use crate::message::Message;
use crate::reading::{Private, Stand, private_field};
use crate::vocab::{Finding, Intent, Severity};
use crate::vocab::{Medium, Scenario};
use crate::wording::{Situation, Slot};

pub const RULE: Rule = Rule {
    id: "over-explanation",
    default_severity: Severity::Info,
    summary: "More than two sentences of reasons, or private detail",
    intent: Intent::Trim,
    check,
};

/// More reason sentences than this is running on.
const MAX_REASON_SENTENCES: usize = 2;

/// Whether sentence `i`, given the reason role, only tells a reason: not
/// the (hedged or deferred) decision itself ("so I'm prob gonna pass",
/// "I'll let you know by Friday"), a question or request ("might we keep
/// the 19th pencilled in?"), a bargain, or a complaint, which the
/// decision, negotiation and negativity rules report on their own.
fn tells_a_reason(msg: &Message, i: usize) -> bool {
    let r = &msg.roles[i];
    let reading = &msg.readings[i];
    !(r.decision || r.greeting || r.door_open || r.reschedule || r.alternative)
        && reading.stand() == Stand::None
        && !msg.sentence_text(i).trim_end().ends_with('?')
        && reading.evaluations.is_empty()
        && reading.negotiates().is_none()
}

fn check(msg: &Message, cfg: &Config) -> Vec<Finding> {
    let mut out = Vec::new();
    let reasons: Vec<usize> = msg
        .body_sentences()
        .filter(|&i| msg.roles[i].reason && tells_a_reason(msg, i))
        .collect();
    if reasons.len() > MAX_REASON_SENTENCES {
        let start = msg.sentence_buf(reasons[MAX_REASON_SENTENCES]).start;
        let end = msg.sentence_buf(*reasons.last().unwrap_or(&reasons[0])).end;
        let mut f = Finding::new(
            RULE.id,
            start..end,
            format!(
                "{} sentences of reasons; one short reason, or none, is enough.",
                reasons.len()
            ),
        );
        let extra: Vec<usize> = reasons[MAX_REASON_SENTENCES..]
            .iter()
            .copied()
            .filter(|&i| {
                !(msg.roles[i].decision || msg.roles[i].gratitude || msg.roles[i].door_open)
            })
            .collect();
        if !extra.is_empty() {
            f.fixes.push(edits::fix(
                format!(
                    "Remove the {} extra reason sentence{}",
                    extra.len(),
                    if extra.len() == 1 { "" } else { "s" }
                ),
                edits::delete_sentences(msg, &extra),
                false,
            ));
        }
        out.push(f);
    }
    let private: Vec<usize> = msg
        .body_sentences()
        .filter(|&i| shares_private_detail(msg, i))
        .collect();
    // the first private sentence and those told with it, said briefly
    let run = private.first().map_or(Vec::new(), |&p| private_run(msg, p));
    let brief = brief_reason(msg, &run);
    let trimmed: Vec<usize> = to_trim(msg, &private)
        .into_iter()
        .filter(|i| brief.is_none() || !run.contains(i))
        .collect();
    if let Some(brief) = &brief {
        let (first, last) = (run[0], run[run.len() - 1]);
        let mut f = Finding::new(
            RULE.id,
            msg.sentence_buf(first).start..msg.sentence_buf(last).end,
            "This shares private detail an employer does not need; one short sentence is enough.",
        );
        // (a sentence of the run that tells what the job asks, before its
        // detail, keeps that: "a post with rotating nights is not going to
        // work")
        let job_parts: Vec<(usize, String)> = run[1..]
            .iter()
            .filter_map(|&i| {
                job_before_detail(msg, i)
                    .or_else(|| cannot_move_first(msg, i))
                    .map(|kept| (i, kept))
            })
            .collect();
        let gone: Vec<usize> = run[1..]
            .iter()
            .copied()
            .filter(|i| !job_parts.iter().any(|(j, _)| j == i))
            .collect();
        // (a note's label stays: "Explain: My father is unwell, ...")
        let said = msg.sentence_text(first);
        let label = said
            .find(": ")
            .filter(|&p| p > 0 && said[..p].split_whitespace().count() <= 2)
            .map_or(String::new(), |p| said[..p + 2].to_string());
        let brief = &format!("{label}{brief}");
        let mut edits = vec![edits::replace_sentence(msg, first, brief)];
        edits.extend(edits::delete_sentences(msg, &gone));
        edits.extend(
            job_parts
                .iter()
                .map(|(i, kept)| edits::replace_sentence(msg, *i, kept)),
        );
        f.fixes.push(edits::fix(
            format!("Say it briefly: \"{brief}\""),
            edits,
            true,
        ));
        let mut situation = Situation::of(msg, cfg);
        situation.scenario = Scenario::Personal;
        let plain = situation.phrase(Slot::Reason);
        let mut edits = vec![edits::replace_sentence(msg, first, &plain)];
        edits.extend(edits::delete_sentences(msg, &run[1..]));
        f.fixes.push(edits::fix(
            format!("Replace with \"{plain}\""),
            edits,
            false,
        ));
        out.push(f);
    }
    for &i in &private {
        if brief.is_some() && run.contains(&i) {
            continue;
        }
        {
            let range = msg.sentence_buf(i);
            let trim = trimmed.contains(&i);
            // (inside a run of reasons already reported, unless it can be
            // cut to what the writer cannot do in the job)
            if !trim
                && job_clause(msg, i).is_none()
                && out
                    .iter()
                    .any(|f| f.range.start <= range.start && range.end <= f.range.end)
            {
                continue;
            }
            let mut f = Finding::new(
                RULE.id,
                range,
                "This shares private detail an employer does not need; \"for personal reasons\" is enough.",
            );
            let mut situation = Situation::of(msg, cfg);
            situation.scenario = Scenario::Personal;
            let slot = if msg.roles[i].decision {
                Slot::Decision
            } else {
                Slot::Reason
            };
            let plain = situation.phrase(slot);
            if trim {
                f.fixes.push(edits::fix(
                    "Delete this sentence",
                    vec![edits::delete_sentence(msg, i)],
                    true,
                ));
            } else if let Some(kept) = without_detail(msg, i) {
                f.fixes.push(edits::fix(
                    format!("Leave out the private detail: \"{kept}\""),
                    vec![edits::replace_sentence(msg, i, &kept)],
                    true,
                ));
            }
            f.fixes.push(edits::fix(
                format!("Replace with \"{plain}\""),
                vec![edits::replace_sentence(msg, i, &plain)],
                false,
            ));
            out.push(f);
        }
    }
    out
}

fn shares_private_detail(msg: &Message, i: usize) -> bool {
    let told = |j: usize| {
        msg.hits.any_inside("private_detail", msg.sentence_range(j))
            || msg.readings[j].private_detail().is_some()
    };
    // "I am sick since last night", said once in the whole message, tells
    // no detail; beside detail told elsewhere it is part of it
    let detail_elsewhere = || {
        msg.body_sentences()
            .any(|j| j != i && told(j) && !plain_illness(msg, j))
    };
    told(i) && (!plain_illness(msg, i) || detail_elsewhere())
}

/// Whether the only word of private detail in sentence `i` is a plain
/// "sick", "ill" or "unwell", with no phrase of the bank's.
fn plain_illness(msg: &Message, i: usize) -> bool {
    let t = &msg.readings[i].tokens;
    let mut fields = t.iter().filter(|x| private_field(&x.word).is_some());
    let plain = |w: &str| matches!(w, "sick" | "ill" | "unwell");
    fields.next().is_some_and(|x| plain(&x.word))
        && fields.next().is_none()
        && !msg.hits.any_inside("private_detail", msg.sentence_range(i))
}

/// Whether `w` speaks of the job or its pay ("salary", "role", "CTC").
fn of_the_job(w: &str) -> bool {
    matches!(
        w,
        "salary"
            | "pay"
            | "package"
            | "offer"
            | "rate"
            | "wage"
            | "wages"
            | "role"
            | "position"
            | "job"
            | "commission"
            | "ctc"
            | "budget"
            | "range"
    )
}

/// The mark that closes `text`: its own full stop, question or
/// exclamation mark, else a full stop.
fn closing_stop(text: &str) -> char {
    text.trim_end()
        .chars()
        .next_back()
        .filter(|c| matches!(c, '.' | '!' | '?'))
        .unwrap_or('.')
}

/// Sentence `i` without its private detail, where the detail is an aside
/// the rest stands without: a parenthesis that tells it ("... below where
/// I am now (I'm at $104K, and we just refinanced the house) and ..."),
/// or, for money, the clauses that tell it beside one that says something
/// else ("It's $31 an hour at the moment and I can't go backwards with the
/// mortgage." → "It's $31 an hour at the moment."). A clause that speaks
/// of the job's pay as well ("the salary wouldn't cover my rent") is the
/// reason itself and stays; with nothing left to stand, `None`.
fn without_detail(msg: &Message, i: usize) -> Option<String> {
    let text = msg.sentence_text(i);
    let reading = &msg.readings[i];
    let t = &reading.tokens;
    let stop = closing_stop(text);
    // a parenthesis with private detail in it goes, with the space before
    let mut kept = String::new();
    let mut from = 0;
    let mut at = 0;
    while let Some(open) = text[at..].find('(').map(|o| at + o) {
        let Some(close) = text[open..].find(')').map(|c| open + c) else {
            break;
        };
        let private = t.iter().any(|x| {
            x.span.start > open && x.span.end <= close && private_field(&x.word).is_some()
        });
        if private {
            kept.push_str(text[from..open].trim_end());
            from = close + 1;
        }
        at = close + 1;
    }
    if from > 0 {
        kept.push_str(&text[from..]);
        return tidy(&kept, stop);
    }
    if let Some(kept) = job_clause(msg, i).or_else(|| job_before_detail(msg, i)) {
        return Some(kept);
    }
    if reading.private_kind() != Some(Private::Money) {
        return plain_lead(msg, i, stop);
    }
    // (money told beside an illness or a family member's care: cutting
    // the money alone would keep the rest)
    if msg.scenario != Scenario::Compensation
        && t.iter()
            .any(|x| private_field(&x.word).is_some_and(|k| k != Private::Money))
    {
        return None;
    }
    let money = |k: usize| private_field(&t[k].word) == Some(Private::Money);
    let job_side = |k: usize| of_the_job(&t[k].word);
    let clauses: Vec<&crate::reading::Clause> = reading
        .clauses
        .iter()
        .filter(|c| !c.tokens.is_empty())
        .collect();
    let mut kept = String::new();
    let mut any_cut = false;
    // the end of the clause kept last, when the one before was kept
    let mut kept_to: Option<usize> = None;
    for (n, c) in clauses.iter().enumerate() {
        let span = t[c.tokens.start].span.start..t[c.tokens.end - 1].span.end;
        if c.tokens.clone().any(money) && !c.tokens.clone().any(job_side) {
            // a clause joined on by "and" or "so" goes with its joint; a
            // first clause only where the next is joined on the same way;
            // none whose going would leave the words before it hanging
            // ("fixed for December for [which I took a loan for]")
            let joined = |o: Option<&str>| {
                matches!(
                    o,
                    Some("and" | "so" | "because" | "as" | "since" | "but" | "plus" | "while")
                )
            };
            let own_joint = if n == 0 {
                clauses.get(1).is_some_and(|next| joined(next.opener))
            } else {
                joined(c.opener)
            };
            let before = text[..span.start].trim_end_matches([' ', ',']);
            let last_word = before
                .rsplit(|ch: char| !ch.is_alphanumeric())
                .next()
                .unwrap_or("")
                .to_lowercase();
            let hanging = matches!(
                last_word.as_str(),
                "for"
                    | "of"
                    | "to"
                    | "with"
                    | "the"
                    | "a"
                    | "an"
                    | "my"
                    | "which"
                    | "that"
                    | "in"
                    | "on"
                    | "at"
                    | "from"
                    | "by"
            );
            // ("my wife and I just refinanced": "and I" joins a subject,
            // it starts no clause)
            let compound = c.opener == Some("and")
                && c.tokens
                    .clone()
                    .find(|&k| t[k].word != "and")
                    .is_some_and(|k| matches!(t[k].word.as_str(), "i" | "we" | "me"))
                && matches!(
                    last_word.as_str(),
                    "wife"
                        | "husband"
                        | "partner"
                        | "mum"
                        | "mom"
                        | "dad"
                        | "brother"
                        | "sister"
                        | "family"
                        | "kids"
                        | "children"
                        | "friend"
                        | "son"
                        | "daughter"
                        | "fiance"
                        | "fiancee"
                        | "girlfriend"
                        | "boyfriend"
                );
            if !own_joint || hanging || compound {
                return None;
            }
            any_cut = true;
            kept_to = None;
            continue;
        }
        // what follows a cut starts a clause of its own ("36,500" after
        // "of Rs." is the end of the clause cut, split at its stop)
        // and does not point back at it ("which is a big relief")
        if n > 0
            && kept_to.is_none()
            && !matches!(
                c.opener,
                Some("and" | "so" | "but" | "because" | "as" | "since" | "plus" | "while")
            )
        {
            return None;
        }
        match kept_to {
            // the words between two kept clauses, as written
            Some(end) => kept.push_str(&text[end..span.start]),
            None if !kept.is_empty() => kept.push(' '),
            None => {}
        }
        kept.push_str(&text[span.clone()]);
        kept_to = Some(span.end);
    }
    if !any_cut {
        return None;
    }
    tidy(&kept, stop)
}

/// What is left of a sentence made to stand alone: no opening "so" or
/// "and", no trailing comma, a capital and its stop. `None` when fewer
/// than four words are left.
/// The clauses of sentence `i` told before its private detail, when they
/// stand as a sentence with no detail of their own: "My father had his
/// second heart attack last week in Chennai and he is in ICU, they put two
/// stents ..." → "My father had his second heart attack last week in
/// Chennai."
fn plain_lead(msg: &Message, i: usize, stop: char) -> Option<String> {
    let reading = &msg.readings[i];
    let t = &reading.tokens;
    let at = reading.private_detail()?;
    let clause = reading.clauses.iter().find(|c| c.tokens.contains(&at))?;
    let end = clause.tokens.start;
    // (only clinical detail told on after "and" or a comma, where the
    // sentence decides nothing: what follows must not be the reason
    // itself, what the writer needs to do or cannot, nor a thing said as
    // a consequence)
    let coordinated = matches!(clause.opener, None | Some("and"))
        && end > 0
        && matches!(t[end - 1].word.as_str(), "," | "and")
        || clause.opener == Some("and");
    let tail = &t[end..];
    let clinical = tail
        .iter()
        .any(|x| private_field(&x.word) == Some(Private::Health));
    let reason = tail.iter().any(|x| {
        matches!(
            x.word.as_str(),
            "need" | "needs" | "must" | "because" | "so" | "nobody" | "alone" | "only" | "cannot"
        )
    }) || tail.windows(2).any(|p| {
        matches!(
            (p[0].word.as_str(), p[1].word.as_str()),
            ("have" | "has" | "had", "to")
                | ("can", "not")
                | ("no", "one")
                | ("which", "means")
                // the sentence's own clause still to come: "but with our
                // daughter starting school and my mother ..., we concluded"
                | (",", "we" | "i")
        )
    });
    if end == 0
        || !coordinated
        || !clinical
        || reason
        || msg.roles[i].decision
        || (0..end).any(|k| private_field(&t[k].word).is_some())
    {
        return None;
    }
    let text = msg.sentence_text(i);
    let kept = text.get(..reading.span(end - 1..end).end)?;
    let kept = tidy(kept, stop)?;
    let read = crate::reading::Reading::of(&kept);
    (crate::prose::count_words(&kept) >= 6
        && !read.is_fragment()
        && read.private_detail().is_none())
    .then_some(kept)
}

fn tidy(kept: &str, stop: char) -> Option<String> {
    let mut s = kept
        .trim()
        .trim_end_matches(['.', '!', '?', ',', ';', ' ', '-', '–', '—']);
    for lead in ["so ", "and ", "but ", "which ", "as "] {
        if s.len() > lead.len() && s[..lead.len()].eq_ignore_ascii_case(lead) {
            s = s[lead.len()..].trim_start();
        }
    }
    let s = s.trim_start_matches([',', ' ']);
    if s.split_whitespace().count() < 4 {
        return None;
    }
    let mut out = edits::capitalise(s);
    out = out.replace("  ", " ").replace(" ,", ",");
    out.push(stop);
    Some(out)
}

/// The sentences of private detail that can go whole (of the body
/// sentences `private`): those that only tell the reason (see
/// [`tells_a_reason`]) in the reading's own words of private detail, after
/// the first, which stays as the writer's reason (tactful's word lists
/// miss too much private detail to trust that another reason is none);
/// and none that names someone a kept sentence later calls "she" or
/// "him".
fn to_trim(msg: &Message, private: &[usize]) -> Vec<usize> {
    let only_reason = |i: usize| {
        let r = msg.roles[i];
        !(r.sign_off || r.head || r.subject)
            && tells_a_reason(msg, i)
            && !msg.sentence_text(i).contains('?')
            && msg.readings[i].private_detail().is_some()
            // (one that ends on what the writer cannot do in the job is cut
            // to that, not deleted)
            && job_clause(msg, i).is_none()
    };
    // the first stays as the reason, unless it tells of money and a plain
    // reason told before it ("Reason: the salary, 1,600 a month") already
    // is one (and kept: not one that negativity cuts as a complaint);
    // health or family told first is most often the reason itself
    let plain_before = private
        .first()
        .is_some_and(|&p| msg.readings[p].private_kind() == Some(Private::Money))
        && private.first().is_some_and(|&p| {
            let mut plain = msg.body_sentences().filter(|&j| {
                j < p
                    && msg.roles[j].reason
                    && tells_a_reason(msg, j)
                    && !shares_private_detail(msg, j)
            });
            plain.next().is_some_and(|first| {
                let bitter = super::negativity::bitter_sentences(msg);
                std::iter::once(first)
                    .chain(plain)
                    .any(|j| !bitter.contains(&j))
            })
        });
    let mut out: Vec<usize> = private
        .iter()
        .copied()
        .skip(usize::from(!plain_before))
        .filter(|&i| only_reason(i))
        .collect();
    // one that names someone a kept sentence later calls "her" stays,
    // unless a kept sentence before it names someone too
    loop {
        let kept = |j: usize| !out.contains(&j);
        let Some(k) = out.iter().position(|&i| {
            names_someone(msg, i)
                && !msg
                    .body_sentences()
                    .any(|j| j < i && kept(j) && names_someone(msg, j))
                && msg
                    .body_sentences()
                    .any(|j| j > i && kept(j) && calls_someone(msg, j))
        }) else {
            break;
        };
        out.remove(k);
    }
    out
}

/// Sentence `i` cut to its last clause, when that clause (joined on by
/// "and" or "so") says what the writer cannot do in the job and tells no
/// detail: it is the reason, the detail before it goes ("..., she's just had a knee replacement, so
/// it's all on me, and I can't commit to the evening shifts you need."
/// → "I can't commit to the evening shifts you need.")
fn job_clause(msg: &Message, i: usize) -> Option<String> {
    let reading = &msg.readings[i];
    let t = &reading.tokens;
    let last = reading
        .clauses
        .iter()
        .rev()
        .find(|c| !c.tokens.is_empty())?;
    let words = &t[last.tokens.clone()];
    let words = match words.split_first() {
        Some((o, rest)) if Some(o.word.as_str()) == last.opener => rest,
        _ => words,
    };
    let joined = matches!(last.opener, Some("and" | "so"));
    let own = words.first().is_some_and(|x| x.word == "i");
    let cannot = words
        .iter()
        .any(|x| matches!(x.word.as_str(), "not" | "unable"));
    let asked_of = words.iter().any(|x| {
        of_the_job(&x.word)
            || matches!(
                x.word.as_str(),
                "nights"
                    | "evenings"
                    | "weekends"
                    | "rota"
                    | "roster"
                    | "travel"
                    | "post"
                    | "schedule"
                    | "relocate"
                    | "move"
            )
    });
    let detail = words.iter().any(|x| private_field(&x.word).is_some());
    // (a clause before it that speaks of the job is a reason too: "The
    // salary is below what I need to cover rent, and I couldn't stay")
    let job_before = t[..last.tokens.start].iter().any(|x| {
        of_the_job(&x.word) || matches!(x.word.as_str(), "commute" | "shift" | "shifts" | "hours")
    });
    if !(joined && own && cannot && asked_of && !detail && !job_before && last.tokens.start > 0) {
        return None;
    }
    // (tidy takes the joint off and capitalises what is left)
    let text = msg.sentence_text(i);
    tidy(&text[t[last.tokens.start].span.start..], closing_stop(text))
}

/// Sentence `i` cut before its detail, when the detail only closes it
/// after a joint ("with", "because of", "given", "due to", "around") and
/// what comes before speaks of the job: "I don't think a post with
/// rotating nights is going to work with all the scans and appointments."
/// → "I don't think a post with rotating nights is going to work."
/// The first clause of a sentence that says the writer cannot move or
/// make the journey, before what it goes on to tell ("So moving is not
/// possible for us, and weekly commuting 500 km I don't want, I did this
/// before ..." → "So moving is not possible for us."): the reason the
/// employer needs, which a brief word for the family must not take away.
fn cannot_move_first(msg: &Message, i: usize) -> Option<String> {
    if msg.roles[i].decision {
        return None;
    }
    let said = msg.sentence_text(i);
    let head = said.split([',', ';']).next()?.trim();
    let words: Vec<String> = head
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let moving = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "moving" | "move" | "relocate" | "relocating" | "relocation" | "commute" | "commuting"
        )
    });
    let cannot = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "not" | "cannot" | "can't" | "can’t" | "cant" | "unable" | "impossible" | "no"
        )
    });
    let detail = words.iter().any(|w| private_field(w).is_some());
    (moving && cannot && !detail && words.len() >= 3 && head.len() < said.trim_end().len())
        .then(|| format!("{}.", head.trim_end_matches(['.', '!'])))
}

fn job_before_detail(msg: &Message, i: usize) -> Option<String> {
    // (not the decision: "I need to cancel my interview because my father
    // is sick" keeps its reason)
    if msg.roles[i].decision {
        return None;
    }
    let reading = &msg.readings[i];
    let t = &reading.tokens;
    let detail = |k: usize| private_field(&t[k].word).is_some();
    let first_detail = (0..t.len()).find(|&k| detail(k))?;
    let joint = (0..first_detail).rev().find(|&k| {
        matches!(
            t[k].word.as_str(),
            "with" | "given" | "around" | "because" | "due"
        )
    })?;
    let job = t[..joint].iter().any(|x| {
        of_the_job(&x.word)
            || matches!(
                x.word.as_str(),
                "post"
                    | "nights"
                    | "shifts"
                    | "shift"
                    | "hours"
                    | "rota"
                    | "roster"
                    | "schedule"
                    | "commute"
                    | "travel"
                    | "evenings"
                    | "weekends"
                    | "standing"
            )
    });
    // (the words between the joint and the detail tell no more of the
    // job: "with the night shifts and my back" keeps the shifts)
    let more_job = t[joint + 1..first_detail]
        .iter()
        .any(|x| of_the_job(&x.word) || matches!(x.word.as_str(), "shifts" | "nights" | "hours"));
    // (the detail closes the sentence: its clause is the last, and the
    // joint hangs on the words before it, not on "and": "and with my mom
    // moving in ..., I can't be gone twelve hours a day" goes on after it)
    // (or only more detail follows: "with all the physio and the scan
    // appointments")
    let last_clause = reading
        .clauses
        .iter()
        .filter(|c| !c.tokens.is_empty() && c.tokens.start > joint)
        .all(|c| matches!(c.opener, Some("and" | "or")) && c.tokens.clone().any(detail));
    let comma_after = t[joint..]
        .iter()
        .any(|x| matches!(x.word.as_str(), "," | ";" | "–" | "-"));
    let on_and = joint == 0 || matches!(t[joint - 1].word.as_str(), "and" | "," | "but" | "so");
    if !job || more_job || joint < 5 || !last_clause || comma_after || on_and {
        return None;
    }
    let text = msg.sentence_text(i);
    tidy(&text[..t[joint].span.start], closing_stop(text))
}

/// Words of private detail told at more length than this are said
/// briefly instead.
const BRIEF_WORDS: usize = 20;

/// The private sentence `first` and the sentences of its paragraph told
/// with it: each next one that only tells a reason and adds private
/// detail or speaks of the same people ("I have to stay with her at
/// night and my brothers are all in NZ"). Empty when `first` itself does
/// more than tell a reason.
fn private_run(msg: &Message, first: usize) -> Vec<usize> {
    let pure = |i: usize| {
        let r = msg.roles[i];
        !(r.sign_off || r.head || r.subject || r.gratitude)
            && tells_a_reason(msg, i)
            && !msg.sentence_text(i).contains('?')
    };
    if !pure(first) {
        return Vec::new();
    }
    let mut run = vec![first];
    let text = msg.doc.text;
    for i in msg.body_sentences().filter(|&i| i > first) {
        let (prev, next) = (msg.sentence_buf(run[run.len() - 1]), msg.sentence_buf(i));
        let gap = &text[prev.end.min(next.start)..next.start];
        let same_paragraph = !gap.contains("\n\n") && !gap.contains("\r\n\r\n");
        if !(same_paragraph
            && pure(i)
            && (shares_private_detail(msg, i)
                || calls_someone(msg, i)
                || msg.readings[i]
                    .tokens
                    .iter()
                    .any(|t| private_field(&t.word) == Some(Private::Childcare))
                || msg.readings[i]
                    .tokens
                    .iter()
                    .any(|t| kin_pronoun(&t.word).is_some())))
        {
            break;
        }
        run.push(i);
    }
    run
}

/// One short sentence for the private detail of `run`, when its first
/// sentence runs on (over [`BRIEF_WORDS`] words, or three words of detail)
/// and the run tells more than one word of detail: who it concerns and what kind of thing it is,
/// none of the detail ("My mum is unwell, and I need to be there to look
/// after her."). `None` when it is already brief; when the detail is of
/// money (often the reason itself: rent, a loan to repay); when the first
/// sentence opens on something else ("the other position offers a better
/// health plan, as my son has asthma"); or when a sentence kept after it
/// calls someone "she" or "him" whom the brief sentence would not name.
fn brief_reason(msg: &Message, run: &[usize]) -> Option<String> {
    let first = *run.first()?;
    // the first sentence runs on by itself: a brief one ("My father had a
    // stroke last month and I am now caring for him most days.") stays,
    // and only what follows it goes
    let fields_in = |i: usize| {
        msg.readings[i]
            .tokens
            .iter()
            .filter(|t| private_field(&t.word).is_some())
            .map(|t| t.word.as_str())
            .collect::<std::collections::BTreeSet<&str>>()
    };
    let long = msg.sentence_text(first).split_whitespace().count() > BRIEF_WORDS;
    let fields: std::collections::BTreeSet<&str> = run.iter().flat_map(|&i| fields_in(i)).collect();
    // (one clinical word in a sentence that runs on is detail enough: "they
    // think it might be her heart, they're doing an angiogram this
    // morning")
    let clinical = fields.iter().any(|w| crate::reading::is_clinical(w));
    if !(long || fields_in(first).len() >= 3) || fields.len() < 2 && !(long && clinical) {
        return None;
    }
    let reading = &msg.readings[first];
    let mut at = reading.private_detail()?;
    let mut kind = reading.private_kind()?;
    // money told with other detail ("a mortgage on the house ..., and my
    // mother lives with us since her hip operation") is said briefly as
    // the other; money alone has its own cut
    // (not where pay is the message's reason: the money is the point
    // there, "A family matter" would be false)
    if kind == Private::Money {
        if msg.scenario == Scenario::Compensation {
            return None;
        }
        let (k, other) = reading.tokens.iter().enumerate().find_map(|(k, t)| {
            private_field(&t.word)
                .filter(|&f| f != Private::Money)
                .map(|f| (k, f))
        })?;
        at = k;
        kind = other;
    }
    // care for the children, told anywhere in the run, is what the rest
    // of it leads to: a husband's new shifts and a grandmother who cannot
    // drive come to no childcare
    let childcare = run.iter().any(|&i| {
        msg.readings[i]
            .tokens
            .iter()
            .any(|t| private_field(&t.word) == Some(Private::Childcare))
    });

    let casual = msg.medium == Medium::Text;
    let t = &reading.tokens;
    // the first clause tells the detail or names the person it concerns
    // (past a note's label: "Explain: my father has ...")
    let opening = reading.clauses.iter().find(|c| {
        let words = &t[c.tokens.clone()];
        !(words.len() <= 3 && words.last().is_some_and(|x| x.word == ":"))
    })?;
    // ("I hurt my back lifting a tote": the detail read in it)
    let opens_on_it = opening.tokens.contains(&at)
        || opening.tokens.clone().any(|k| {
            private_field(&t[k].word).is_some()
                || kin_pronoun(&t[k].word).is_some_and(|_| t[k].word != "family")
        });
    if !opens_on_it {
        return None;
    }
    // whose it is: a person of the writer's named in the clause of the
    // detail; else the writer's own, when the clause says "I"; else the
    // family's
    let clause = reading.clauses.iter().find(|c| c.tokens.contains(&at))?;
    // (the one nearest before the detail: "my little girl woke up running a
    // fever ... my wife's car wouldn't start" is the girl's)
    let before = (clause.tokens.start..=at).rev();
    let after = at + 1..clause.tokens.end;
    // (a clause that only says "he" or "she" of them, "he has had asthma
    // since he was small", is of the person named earlier in the
    // sentence: "my son's school has just called")
    let called = clause
        .tokens
        .clone()
        .any(|k| matches!(t[k].word.as_str(), "he" | "she" | "him" | "her"));
    let whole_sentence = (0..at).rev();
    let kin_at = |k: usize| {
        // "my mum", "our youngest son", "my little girl"
        let owner = (1..=2)
            .filter_map(|d| k.checked_sub(d))
            .find(|&j| matches!(t[j].word.as_str(), "my" | "our"))?;
        let (obj, plural) = kin_pronoun(&t[k].word)?;
        let text = msg.sentence_text(first);
        let surface = text.get(t[owner].span.start..t[k].span.end)?;
        // "my son's been in hospital": the person, not "son's"
        let surface = surface
            .strip_suffix("'s")
            .or_else(|| surface.strip_suffix("’s"))
            .unwrap_or(surface);
        // "my mother-in-law", read as "mother"
        let rest = text.get(t[k].span.end..).unwrap_or("");
        let in_law = if rest.starts_with("-in-law") {
            "-in-law"
        } else {
            ""
        };
        Some((
            format!("{}{in_law}", edits::capitalise(surface)),
            obj,
            plural,
            t[k].word.clone(),
        ))
    };
    let kin = before.chain(after).find_map(kin_at).or_else(|| {
        called
            .then(|| whole_sentence.clone().find_map(kin_at))
            .flatten()
    });
    // the person the run opens on, when another than the one whose health
    // it tells ("my wife is not in favour of moving, as ... my
    // father-in-law recently had a bypass operation"): the family's
    // matter, not one person's illness
    let opener = opening.tokens.clone().find_map(kin_at);
    let another_opens = matches!((&kin, &opener), (Some(k), Some(o)) if o.3 != k.3);
    // (unless it is a child who is ill: "my son woke up with a fever ...
    // his daycare won't take him back")
    let child_ill = kind == Private::Health
        && kin.as_ref().is_some_and(|k| {
            matches!(
                k.3.as_str(),
                "son"
                    | "daughter"
                    | "child"
                    | "baby"
                    | "kid"
                    | "kids"
                    | "children"
                    | "boy"
                    | "girl"
                    | "toddler"
                    | "twins"
                    | "sons"
                    | "daughters"
            )
        });
    let kind = if childcare && !child_ill {
        Private::Childcare
    } else {
        kind
    };
    // a request to move the interview keeps the door open: the childcare
    // is to be sorted, not the end of it
    let moves = msg.roles.iter().any(|r| r.reschedule);
    // ("my doctor found a problem with my gallbladder" is the writer's)
    let own = clause.tokens.clone().any(|k| {
        matches!(t[k].word.as_str(), "i" | "me")
            || t[k].word == "my"
                && t.get(k + 1)
                    .is_some_and(|n| private_field(&n.word).is_some())
    });
    // ("It's the herniated disc from when I was lifting a client": no one
    // else in the sentence, the writer in it)
    let own = own
        || kin.is_none()
            && t.iter().any(|x| matches!(x.word.as_str(), "i" | "me"))
            && !t.iter().any(|x| kin_pronoun(&x.word).is_some());
    // a "she" or "he" kept after the run must be the person named
    let last = *run.last()?;
    let later: Vec<&str> = msg
        .body_sentences()
        .filter(|&j| j > last)
        .flat_map(|j| msg.readings[j].tokens.iter())
        .filter_map(|t| match t.word.as_str() {
            "she" | "her" | "hers" | "herself" => Some("her"),
            "he" | "him" | "his" | "himself" => Some("him"),
            _ => None,
        })
        .collect();
    let named = kin.as_ref().map(|(_, obj, _, _)| *obj);
    // (only someone the run speaks of can be left unnamed: a "her" kept
    // after it may be the interviewer named before it, "Could you let her
    // know for me?")
    let refers = |p: &str| {
        run.iter().any(|&j| {
            let words = &msg.readings[j].tokens;
            words.iter().enumerate().any(|(k, x)| {
                kin_pronoun(&x.word).is_some_and(|(obj, _)| obj == p)
                    || x.capital && k > 0 && x.word != "i" && !words[k - 1].word.ends_with('.')
            })
        })
    };
    // (nor one already said before the run: "thank her for the call" then
    // "tell her I am still interested" is the reader all along)
    let pronoun = |w: &str| match w {
        "she" | "her" | "hers" | "herself" => Some("her"),
        "he" | "him" | "his" | "himself" => Some("him"),
        _ => None,
    };
    let before: Vec<&str> = msg
        .body_sentences()
        .filter(|&j| j < first)
        .flat_map(|j| msg.readings[j].tokens.iter())
        .filter_map(|t| pronoun(&t.word))
        .collect();
    if later
        .iter()
        .any(|p| Some(*p) != named && refers(p) && !before.contains(p))
    {
        return None;
    }
    Some(match (kind, kin) {
        (Private::Health, _) if another_opens && casual => {
            "I've got a family situation to deal with right now.".into()
        }
        (Private::Health, _) if another_opens => {
            "A family matter needs my full attention at the moment.".into()
        }
        (Private::Health, Some((who, obj, plural, _))) => {
            let is = if plural { "are" } else { "is" };
            if casual {
                format!("{who} {is} unwell and I need to be with {obj}.")
            } else {
                format!("{who} {is} unwell, and I need to be there to look after {obj}.")
            }
        }
        (Private::Health, None) if own && casual => {
            "I've got a health issue to deal with right now.".into()
        }
        (Private::Health, None) if own => {
            "I have a health matter that needs my full attention at the moment.".into()
        }
        (Private::Childcare, _) if moves && casual => {
            "I've got a childcare problem to sort out.".into()
        }
        (Private::Childcare, _) if moves => {
            "A childcare problem has come up that I need to sort out first.".into()
        }
        (Private::Childcare, _) if casual => {
            "My childcare has fallen through, so I can't make this work right now.".into()
        }
        (Private::Childcare, _) => {
            "A change in my childcare arrangements means I can no longer make this work.".into()
        }
        _ if casual => "I've got a family situation to deal with right now.".into(),
        _ => "A family matter needs my full attention at the moment.".into(),
    })
}

/// The pronoun a person of the writer's is called by ("her" for "mum"),
/// and whether the word names more than one.
fn kin_pronoun(word: &str) -> Option<(&'static str, bool)> {
    Some(match word {
        "mum" | "mom" | "mother" | "mam" | "mama" | "wife" | "daughter" | "sister"
        | "grandmother" | "grandma" | "gran" | "nan" | "nana" | "granny" | "aunt" | "auntie"
        | "aunty" | "niece" | "fiancée" | "girlfriend" | "mother-in-law" | "girl" | "lola"
        | "nanay" | "nani" | "dadi" => ("her", false),
        "dad" | "father" | "papa" | "husband" | "son" | "brother" | "grandfather" | "grandpa"
        | "grandad" | "uncle" | "nephew" | "fiancé" | "fiance" | "boyfriend" | "father-in-law"
        | "boy" | "lolo" | "tatay" => ("him", false),
        "partner" | "child" | "kid" | "baby" | "cousin" | "friend" => ("them", false),
        "parents" | "kids" | "children" | "in-laws" | "family" => ("them", true),
        _ => return None,
    })
}

/// Whether sentence `i` names a person of the writer's ("my mum", "my
/// wife", "our son", "Grandad").
fn names_someone(msg: &Message, i: usize) -> bool {
    msg.readings[i].tokens.iter().any(|t| {
        matches!(
            t.word.as_str(),
            "mum"
                | "mom"
                | "mother"
                | "mam"
                | "mama"
                | "dad"
                | "father"
                | "papa"
                | "wife"
                | "husband"
                | "partner"
                | "son"
                | "daughter"
                | "brother"
                | "sister"
                | "baby"
                | "child"
                | "kid"
                | "grandmother"
                | "grandfather"
                | "grandma"
                | "grandpa"
                | "gran"
                | "nan"
                | "nana"
                | "granny"
                | "grandad"
                | "aunt"
                | "auntie"
                | "aunty"
                | "uncle"
                | "cousin"
                | "niece"
                | "nephew"
                | "fiancé"
                | "fiance"
                | "fiancée"
                | "boyfriend"
                | "girlfriend"
                | "in-law"
                | "father-in-law"
                | "mother-in-law"
                | "one"
                | "friend"
        )
    })
}

/// Whether sentence `i` calls someone "she", "her", "he", "him" or "his".
fn calls_someone(msg: &Message, i: usize) -> bool {
    let t = &msg.readings[i].tokens;
    // the first "she" or "his" in the sentence, unless the sentence names
    // the person before it ("My younger brother is in class 10 and there
    // is his coaching fee"): that one needs no one named earlier
    let Some(k) = t.iter().position(|x| {
        matches!(
            x.word.as_str(),
            "she" | "her" | "hers" | "herself" | "he" | "him" | "his" | "himself"
        )
    }) else {
        return false;
    };
    !t[..k].iter().any(|x| kin_pronoun(&x.word).is_some())
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::testing::{assert_fires, assert_quiet, email};

    #[test]
    fn a_workplace_a_course_or_a_plain_illness_is_no_private_detail() {
        for body in [
            "Thank you. I have accepted an offer from another hospital, so I withdraw my application.",
            "Thank you. I have been admitted to an MA in Missiology, so I withdraw my application.",
            "Thank you. I have a hospital appointment on Friday; could we move the interview to Monday?",
            "Thank you. I am sick since last night; could we move the interview to Thursday?",
        ] {
            assert_quiet(&RULE, &email(body));
        }
        // beside detail told elsewhere, "sick" is part of it
        assert_fires(
            &RULE,
            &email(
                "Thank you. I must cancel because my father is sick in Honduras. He has problems with his heart and the doctors say he may need surgery.",
            ),
            "",
        );
    }

    #[test]
    fn fires_on_long_or_private_reasons() {
        assert_fires(
            &RULE,
            &email("Thank you. I've been diagnosed with a chronic condition, so I must withdraw."),
            "diagnosed",
        );
        assert_fires(
            &RULE,
            &email(
                "Thank you. I must withdraw because my commute would be long. Since I moved, my salary needs changed. As my current team has grown, I have a promotion coming. Due to all of this, I'm staying.",
            ),
            "",
        );
    }

    #[test]
    fn private_detail_after_the_first_goes() {
        use crate::rules::testing::check;
        let body = "Thank you. I must withdraw from the interview. I was diagnosed with dengue last week. I am still on strong medication for the pain and the fever.";
        let found = check(&RULE, &email(body));
        let preferred: Vec<&str> = found
            .iter()
            .filter(|f| f.fixes.iter().any(|x| x.preferred))
            .map(|f| f.fixes[0].title.as_str())
            .collect();
        // the first stays as the reason; the one after it goes
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(preferred, ["Delete this sentence"], "{found:?}");
        assert!(found[1].range.start > found[0].range.start);
        assert!(found[1].fixes[0].preferred && !found[0].fixes[0].preferred);
    }

    #[test]
    fn someone_named_and_called_her_later_stays_named() {
        use crate::rules::testing::check;
        // "her" would point at nobody without the sentence that names mum
        let body = "Thank you. I must withdraw. I have been diagnosed with diabetes. My mum was admitted to hospital on Sunday. I have to be with her this week.";
        let found = check(&RULE, &email(body));
        assert!(
            found.iter().all(|f| f.fixes.iter().all(|x| !x.preferred)),
            "{found:?}"
        );
    }

    /// The preferred fixes' new text, joined.
    fn preferred_text(body: &str) -> String {
        use crate::rules::testing::check;
        check(&RULE, &email(body))
            .iter()
            .flat_map(|f| f.fixes.iter().filter(|x| x.preferred))
            .flat_map(|x| x.edits.iter().map(|e| e.new_text.clone()))
            .collect::<Vec<_>>()
            .join("|")
    }

    #[test]
    fn money_detail_that_is_an_aside_is_left_out() {
        // a parenthesis of private detail, whatever its kind
        let body = "Thank you. The range is below what I earn now (I'm on $88k and we just refinanced the house), so I will not be going ahead.";
        assert_eq!(
            preferred_text(body).trim(),
            "The range is below what I earn now, so I will not be going ahead."
        );
        // a clause of money trouble beside one that says something else
        let body = "Thank you. I must decline. It's $31 an hour at the moment and I can't go backwards with the mortgage.";
        assert_eq!(
            preferred_text(body).trim(),
            "It's $31 an hour at the moment."
        );
        // a clause that speaks of the job's pay is the reason: it stays;
        // so does one whose going would leave words hanging
        for body in [
            "Thank you. I must decline. The salary wouldn't cover my rent and bills.",
            "Thank you. I must decline. My sister's wedding is fixed for May, for which I have taken a loan.",
        ] {
            assert!(!preferred_text(body).contains("Leave out"), "{body}");
            assert_eq!(preferred_text(body), "", "{body}");
        }
    }

    #[test]
    fn detail_that_runs_on_is_said_briefly() {
        // whose it is, from the clause of the detail
        let body = "Thank you. I must withdraw. My grandmother was admitted to hospital on Friday after a fall, and the doctors think her hip is fractured and want to operate once her blood sugar settles. I am the only one nearby, so I will be staying with her every night this week.";
        assert_eq!(
            preferred_text(body),
            "My grandmother is unwell, and I need to be there to look after her."
        );
        // the writer's own
        let body = "Thank you. I must withdraw. I was diagnosed with a slipped disc in March and my surgeon wants to operate in the summer, with physiotherapy for three months after that and medication for the pain in the meantime.";
        assert_eq!(
            preferred_text(body),
            "I have a health matter that needs my full attention at the moment."
        );
        // the writer's own when no one else is in the sentence, though the
        // clause of the detail does not say "I"
        let body = "Thank you. I must withdraw. It's the herniated disc from when I was lifting a patient at my last job, and now I have physio twice a week for the next six weeks.";
        assert_eq!(
            preferred_text(body),
            "I have a health matter that needs my full attention at the moment."
        );
    }

    #[test]
    fn brief_detail_and_dangling_pronouns_stay() {
        // a short first sentence stays; only the detail after it goes
        let body = "Thank you. I must withdraw. My father had a stroke last month. He is in rehab and on new medication every day.";
        assert_eq!(preferred_text(body), "");
        // a brief sentence naming nobody would leave "she" pointing at no one
        let body = "Thank you. I must withdraw. Last week my lola was hospitalised with pneumonia and the doctors put her on antibiotics and oxygen, and the family has asked me to fly home to help. I do not know how long she will need me there.";
        assert!(
            !preferred_text(body).contains("family matter"),
            "{}",
            preferred_text(body)
        );
    }

    #[test]
    fn an_injury_runs_on_to_one_sentence_and_the_job_part_stays() {
        let body = "I have to withdraw. About three weeks ago I hurt my back lifting a tote of stock at work, and a few days later my GP said it's a prolapsed disc. I've been referred for an MRI but the wait is about six weeks, and I'm on strong painkillers.";
        let text = preferred_text(body);
        assert!(
            text.starts_with("I have a health matter that needs my full attention at the moment.|"),
            "{text}"
        );
        // a sentence of the run that says what the job asks keeps that
        let body = "I'm going to have to pull out. I've just found out I'm pregnant, about ten weeks, and I had a lot of bleeding early on, so the consultant said to rest. I don't think a post with rotating nights is going to work with all the scans and appointments. Could you let her know for me?";
        let text = preferred_text(body);
        assert!(
            text.contains("I don't think a post with rotating nights is going to work."),
            "{text}"
        );
        // a note's label stays
        let body = "- Explain: my father has heart surgery on Thursday (bypass, 3 arteries), my mom can't stay alone in the clinic, my brother lives in Valencia and can't come, the doctors say five days in the ICU.";
        assert!(
            preferred_text(body).starts_with("Explain: My father is unwell"),
            "{}",
            preferred_text(body)
        );
    }

    #[test]
    fn quiet_for_brief_reasons() {
        for body in [
            "Thank you. For personal reasons, I must withdraw.",
            "Thank you. Due to a family matter, I must withdraw.",
            "Thank you. I've accepted another offer, so I must withdraw.",
            "Thank you for the role at Oakmont Diagnostics. I must withdraw.",
        ] {
            assert_quiet(&RULE, &email(body));
        }
    }
}
