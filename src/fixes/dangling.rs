//! Words a fix would leave pointing at nothing: a cut takes a sentence or
//! a clause, and the sentence after it still says "that" of it ("If they
//! can do that let me know", "not doing that again", "That's not a small
//! difference."), counts on from it ("a fourth time" once the third is
//! gone), or says "again" of an apology or a thank-you that no longer
//! comes first ("again I am sorry").
//!
//! The check reads the text before the fix, with the fix's edits: what was
//! cut, and which sentence comes next that the fix keeps. It knows no
//! rule; the planner decides what to do about what it finds.

use std::ops::Range;

use crate::vocab::Edit;

/// A sentence the fix keeps that points back at words it cuts: its range in
/// the text before the fix, and the words that point.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pointer {
    pub sentence: Range<usize>,
    pub words: String,
}

/// The first sentence of `before` that `edits` would leave pointing at
/// words they cut, if any.
pub fn dangling(before: &str, edits: &[&Edit]) -> Option<Pointer> {
    let mut sorted = edits.to_vec();
    sorted.sort_by_key(|e| (e.range.start, e.range.end));
    for e in &sorted {
        if e.range.end > before.len() || !cuts(&before[e.range.clone()], &e.new_text) {
            continue;
        }
        // the sentence that now follows what was cut: the rest of the
        // sentence the cut ended in, or the next one the fix keeps
        let mut from = e.range.end;
        let mut next = None;
        for _ in 0..3 {
            let Some(s) = sentence_from(before, from) else {
                break;
            };
            if covered(&s, &sorted, before) {
                from = s.end;
                continue;
            }
            next = Some(s);
            break;
        }
        // (a lead that answers the condition cut goes with it: "If that's
        // not realistic, please ..." becomes "Please ...")
        if let Some(s) = next {
            let said = as_left(before, &sorted, &s);
            let said = &said[lead_end(&said).unwrap_or(0)..];
            // where the cut took a clause and left the sentence standing,
            // "that" may well mean what stands ("the panel seemed checked
            // out. That's not a culture ..."): only "that" done again, of
            // a verb the cut said, is surely the cut's ("unless they can
            // do $19" → "If they can do that")
            let clause = words_left_of_sentence(before, e) >= 4;
            let removed = tokens(&before[e.range.clone()]);
            if let Some((words, verb)) = points_back(said) {
                let sure = !clause || verb.is_some_and(|v| removed.contains(&v));
                if sure {
                    return Some(Pointer { sentence: s, words });
                }
            }
            // "Actually no, I'm going to ..." takes back what was cut
            if words_left_of_sentence(before, e) == 0 {
                if let Some(n) = correction_lead(said) {
                    let words = lower(said[..n].trim_end_matches([',', ' ', '.', '-', '–']));
                    return Some(Pointer { sentence: s, words });
                }
            }
        }
        // counting on, or "again" of an apology or thanks: a few sentences
        // on, as long as what came first is gone from everything kept
        let removed = lower(&before[e.range.clone()]);
        let mut from = e.range.end;
        for _ in 0..4 {
            let Some(s) = sentence_from(before, from) else {
                break;
            };
            from = s.end;
            if covered(&s, &sorted, before) {
                continue;
            }
            let said = lower(&as_left(before, &sorted, &s));
            let kept = lower(&kept_before(before, &sorted, s.start));
            if let Some(words) = repeats(&said, &removed, &kept) {
                return Some(Pointer { sentence: s, words });
            }
            // a bare "Could you ask them?" a sentence or two after the
            // request it asked about, with no other request kept between
            let between = lower(&as_left(before, &sorted, &(e.range.end..s.start)));
            let asked = between.contains('?')
                || ["could you", "can you", "would you", "please"]
                    .iter()
                    .any(|x| between.contains(x));
            let w = tokens(&said);
            if !asked && bare_ask(&w) && !kept.contains('?') {
                return Some(Pointer {
                    sentence: s,
                    words: w.join(" "),
                });
            }
        }
    }
    None
}

/// Where the words after an opening "Otherwise" / "If not" / "Else" /
/// "Or" (and its comma), or after a condition's answer said at length
/// ("If that's not realistic, please ..."), start in `text`, when a letter
/// starts them.
pub(super) fn lead_end(text: &str) -> Option<usize> {
    // "If that's not realistic, ...", "If that isn't possible, ...": the
    // condition's answer said at more length, up to its comma
    let lower = text.to_lowercase();
    if lower.starts_with("if that") || lower.starts_with("if this") {
        let comma = text.find(',')?;
        let head = &lower[..comma];
        let words = head.split_whitespace().count();
        let negated = head.contains("not") || head.contains("n't") || head.contains("n’t");
        if negated && words <= 6 {
            let rest = text[comma..].trim_start_matches([',', ' ']);
            return rest
                .starts_with(char::is_alphabetic)
                .then_some(text.len() - rest.len());
        }
        return None;
    }
    let lead = ["otherwise", "if not", "else", "or"].iter().find(|l| {
        text.get(..l.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(l))
            && !text[l.len()..].starts_with(char::is_alphanumeric)
    })?;
    let rest = text[lead.len()..].trim_start_matches([',', ' ']);
    rest.starts_with(char::is_alphabetic)
        .then_some(text.len() - rest.len())
}

/// How long the words are that open `text` by taking back what was said
/// just before ("Actually no, ", "On second thought, ", "Scratch that. "),
/// with the comma or space after them, when a letter follows.
pub fn correction_lead(text: &str) -> Option<usize> {
    let lower = lower(text);
    let lead = [
        "actually no",
        "actually, no",
        "no wait",
        "no, wait",
        "wait no",
        "wait, no",
        "on second thought",
        "on second thoughts",
        "on reflection, no",
        "scratch that",
        "then again",
    ]
    .iter()
    .filter(|l| lower.starts_with(*l) && !lower[l.len()..].starts_with(char::is_alphanumeric))
    .max_by_key(|l| l.len())?;
    let rest = text[lead.len()..].trim_start_matches([',', ' ', '.', '-', '–', '—', '!']);
    rest.starts_with(char::is_alphabetic)
        .then_some(text.len() - rest.len())
}

/// Whether an edit takes words away: three words or more of the old text
/// that the new text does not say.
fn cuts(old: &str, new: &str) -> bool {
    let new_words = tokens(new);
    tokens(old)
        .iter()
        .filter(|w| w.chars().any(char::is_alphabetic) && !new_words.contains(w))
        .count()
        >= 3
}

/// The sentence that goes on from byte `from`: the rest of the sentence
/// `from` is in when words are left of it, else the next sentence. Its
/// range runs to its stop (included) or the end of its line.
fn sentence_from(text: &str, from: usize) -> Option<Range<usize>> {
    let end_of = |start: usize| -> usize {
        let rest = &text[start..];
        let mut end = rest.len();
        let mut chars = rest.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if c == '\n' {
                end = i;
                break;
            }
            if matches!(c, '.' | '!' | '?' | '…') {
                // the stop and any stops after it
                let mut j = i + c.len_utf8();
                while let Some(&(k, d)) = chars.peek() {
                    if matches!(d, '.' | '!' | '?' | '"' | '”' | ')') {
                        j = k + d.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                }
                if rest[j..].chars().next().is_none_or(char::is_whitespace) {
                    end = j;
                    break;
                }
            }
        }
        start + end
    };
    let mut start = from;
    for _ in 0..4 {
        if start >= text.len() {
            return None;
        }
        let end = end_of(start);
        let piece = &text[start..end];
        if piece.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
            let lead = piece.len() - piece.trim_start().len();
            return Some(start + lead..end);
        }
        // past the stop or the line's end
        start = text[end..]
            .char_indices()
            .find(|&(_, c)| !c.is_whitespace())
            .map_or(text.len(), |(i, _)| end + i);
        if start == end {
            start = end + text[end..].chars().next().map_or(1, char::len_utf8);
        }
    }
    None
}

/// How many words of the sentence `e` cuts into are left of it, before and
/// after the cut: none when the cut takes a whole sentence.
fn words_left_of_sentence(text: &str, e: &Edit) -> usize {
    let head = &text[..e.range.start];
    let from = head.rfind(['.', '!', '?', '\n']).map_or(0, |i| i + 1);
    // (a cut that ends on its sentence's stop leaves nothing after it)
    if text[..e.range.end].trim_end().ends_with(['.', '!', '?']) {
        return tokens(&head[from..]).len();
    }
    let tail = &text[e.range.end..];
    let to = tail.find(['.', '!', '?', '\n']).unwrap_or(tail.len());
    tokens(&head[from..]).len() + tokens(&tail[..to]).len()
}

/// Whether the edits delete every word of `s`.
fn covered(s: &Range<usize>, edits: &[&Edit], text: &str) -> bool {
    text[s.clone()].char_indices().all(|(i, c)| {
        !c.is_alphanumeric() || {
            let at = s.start + i;
            edits
                .iter()
                .any(|e| e.new_text.trim().is_empty() && e.range.start <= at && at < e.range.end)
        }
    })
}

/// Sentence `s` of `text` as the fix leaves it: the edits inside it made.
fn as_left(text: &str, edits: &[&Edit], s: &Range<usize>) -> String {
    let mut out = String::new();
    let mut at = s.start;
    for e in edits {
        // (an insert at its end comes after it: a sentence of its own)
        if e.range.start < at || e.range.end > s.end || e.range.start == s.end {
            continue;
        }
        out.push_str(&text[at..e.range.start]);
        out.push_str(&e.new_text);
        at = e.range.end;
    }
    out.push_str(&text[at..s.end]);
    out
}

/// The text before byte `upto` as the fix leaves it.
fn kept_before(text: &str, edits: &[&Edit], upto: usize) -> String {
    let mut out = String::new();
    let mut at = 0;
    for e in edits {
        if e.range.end > upto || e.range.start < at {
            continue;
        }
        out.push_str(&text[at..e.range.start]);
        out.push_str(&e.new_text);
        at = e.range.end;
    }
    out.push_str(&text[at.min(upto)..upto]);
    out
}

fn lower(s: &str) -> String {
    s.to_lowercase().replace(['’', '‘'], "'")
}

/// Lower-case words, apostrophes kept ("that's", "i'm").
fn tokens(s: &str) -> Vec<String> {
    lower(s)
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// "that" or "this" standing for something said before, near the start of
/// the sentence: "That's not a small difference", "If they can do that
/// let me know", "not doing that again", "I cannot do personal care like
/// this". Not "that" after a verb of saying or hoping ("I hope that is
/// all right"), nor "that" before a noun of its own ("that portakabin").
fn points_back(sentence: &str) -> Option<(String, Option<String>)> {
    let w = tokens(sentence);
    let at = |k: usize| w.get(k).map(String::as_str);
    if bare_ask(&w) {
        return Some((w.join(" "), None));
    }
    // "This is Chidinma Okafor, ...": who speaks, not what went before
    let introduces = {
        let lower = sentence.to_lowercase();
        lower.find("this is ").is_some_and(|i| {
            sentence[i + 8..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        })
    };
    // "If it's easier to move it, that would be amazing": "that" is the
    // condition just said
    let condition_first = matches!(at(0), Some("if" | "when" | "whenever"));
    let first_comma = sentence.find(',').map(|i| tokens(&sentence[..i]).len());
    for k in 0..w.len().min(8) {
        let word = w[k].as_str();
        if introduces && matches!(word, "this" | "this's") {
            continue;
        }
        if condition_first && first_comma.is_some_and(|c| k >= c) {
            break;
        }
        // ("that's all", "that's where things are": the whole of it;
        // "My number is 614-555-0182, that's 614-555-0182": a number the
        // sentence said, said again)
        let said_again = |n: Option<&str>| {
            n.is_some_and(|x| {
                x.starts_with(|c: char| c.is_ascii_digit()) && w[..k].iter().any(|y| y == x)
            })
        };
        let whole = |n: Option<&str>| {
            said_again(n)
                || matches!(
                    n,
                    Some(
                        "all"
                        | "it"
                        | "where"
                        | "life"
                        | "fine"
                        | "okay"
                        | "ok"
                        | "alright"
                        | "everything"
                        | "how"
                        // "so that's me, thanks", "that's about it"
                        | "me"
                        | "us"
                        | "about"
                    )
                )
        };
        if matches!(word, "that's" | "thats" | "this's") {
            if (k == 0 || !says(at(k - 1))) && !whole(at(k + 1)) {
                return Some((w[k].clone(), None));
            }
            continue;
        }
        let it = word == "it"
            && k > 0
            && matches!(
                at(k - 1),
                Some("doing" | "do" | "did" | "go" | "going" | "through")
            )
            && matches!(at(k + 1), Some("again" | "anymore"));
        if !matches!(word, "that" | "this") && !it {
            continue;
        }
        let prev = k.checked_sub(1).and_then(at);
        let next = at(k + 1);
        // ("I did not appreciate that at all": what was done, not a
        // clause to come)
        // (not "You've always been kind, and I appreciate that": what
        // the sentence said first)
        let thing_done = prev == Some("appreciate")
            && first_comma.is_none_or(|c| c > k)
            && (next.is_none() || next == Some("at") && at(k + 2) == Some("all"));
        if !thing_done
            && (says(prev) || matches!(prev, Some("if" | "so" | "such" | "than" | "all" | "now")))
        {
            continue;
        }
        if matches!(next, Some("is" | "was")) && whole(at(k + 2)) {
            continue;
        }
        let stands = matches!(
            next,
            Some(
                "is" | "was"
                    | "isn't"
                    | "wasn't"
                    | "will"
                    | "would"
                    | "won't"
                    | "makes"
                    | "made"
                    | "means"
                    | "meant"
                    | "sounds"
                    | "again"
                    | "anymore"
                    | "either"
                    | "happen"
                    | "happens"
                    | "happened"
            )
        );
        let object = matches!(
            prev,
            Some(
                "do" | "did"
                    | "doing"
                    | "does"
                    | "done"
                    | "about"
                    | "like"
                    | "with"
                    | "after"
                    | "over"
                    | "accept"
                    | "handle"
                    | "repeat"
                    | "through"
                    | "manage"
                    | "expect"
            )
        ) && (matches!(
            next,
            None | Some("and" | "but" | "so" | "then" | "let" | "please" | "again" | "anymore")
        ) || next == Some("at") && at(k + 2) == Some("all"));
        // ("I really hate to do this, but ...": what comes next)
        if word == "this" && next == Some("but") {
            continue;
        }
        if it || stands || object || thing_done {
            let from = k.saturating_sub(3);
            let verb = prev
                .filter(|_| object || it || thing_done)
                .map(str::to_string);
            return Some((w[from..(k + 2).min(w.len())].join(" "), verb));
        }
    }
    None
}

/// A request with nothing of its own to ask: "Could you ask them?", "Can
/// you check with them please?", "Let me know what they say." What it asks
/// about was said before it.
fn bare_ask(w: &[String]) -> bool {
    let w: Vec<&str> = w
        .iter()
        .map(String::as_str)
        .filter(|x| !matches!(*x, "please" | "pls" | "plz" | "kindly" | "maybe" | "just"))
        .collect();
    let pronoun = |x: &str| matches!(x, "them" | "him" | "her" | "it");
    // "let me know what they say / think / come back with"
    if let [
        "let",
        "me",
        "know",
        "what",
        "they" | "he" | "she",
        rest @ ..,
    ] = w.as_slice()
    {
        return matches!(
            rest,
            ["say"] | ["think"] | ["decide"] | ["come", "back", "with"] | ["reply"] | ["said"]
        );
    }
    let rest = match w.as_slice() {
        ["could" | "can" | "would" | "will", "you", rest @ ..] => rest,
        rest => rest,
    };
    match rest {
        ["ask" | "check" | "confirm" | "query", p] => pronoun(p),
        ["check" | "confirm", "with", p] | ["find", "out", "from", p] => pronoun(p),
        ["ask", p, "for", "me"] | ["check", "with", p, "for", "me"] => pronoun(p),
        ["run", p, "by" | "past", q] | ["put", p, "to", q] => {
            *p == "it" && matches!(*q, "them" | "him" | "her")
        }
        _ => false,
    }
}

/// Whether `w` says, hopes or knows: "that" after it opens a clause.
fn says(w: Option<&str>) -> bool {
    matches!(
        w,
        Some(
            "hope"
                | "think"
                | "know"
                | "understand"
                | "sure"
                | "believe"
                | "trust"
                | "say"
                | "said"
                | "mean"
                | "feel"
                | "felt"
                | "realise"
                | "realize"
                | "given"
                | "note"
                | "confirm"
                | "appreciate"
        )
    )
}

/// A sentence that counts on from, or says "again" of, what only the cut
/// text said: "a fourth time" once "the third time" went, "again I am
/// sorry" with no apology kept before it, "thanks again" with no thanks.
/// `removed` is the cut text and `kept` what the fix keeps before the
/// sentence, lower-cased.
fn repeats(sentence: &str, removed: &str, kept: &str) -> Option<String> {
    let w = tokens(sentence);
    // "again" beside the word it repeats: "apologies again", "again I am
    // sorry", "thank you again"; not "I can't come again" beside a sorry
    let beside = |is: &dyn Fn(&str) -> bool| {
        w.iter().enumerate().any(|(k, t)| {
            t == "again"
                && w[k.saturating_sub(3)..(k + 4).min(w.len())]
                    .iter()
                    .any(|x| is(x))
        })
    };
    // "apologies again", "again I am sorry"
    let apology = |t: &str| t == "sorry" || t.starts_with("apolog");
    if beside(&apology) {
        let was = tokens(removed).iter().any(|t| apology(t));
        let still = tokens(kept).iter().any(|t| apology(t));
        if was && !still {
            return Some("again".into());
        }
    }
    let thanks = |t: &str| t.starts_with("thank") || t == "grateful" || t.starts_with("appreciat");
    if beside(&thanks) {
        let was = tokens(removed).iter().any(|t| thanks(t));
        let still = tokens(kept).iter().any(|t| thanks(t));
        if was && !still {
            return Some("again".into());
        }
    }
    // "a fourth time", "the third time": what came before it must be
    // counted in what is kept ("the third time", "three times"), as it was
    // in the cut
    let counted = w.windows(2).find_map(|p| {
        let n = ordinal(&p[0])?;
        matches!(p[1].as_str(), "time").then(|| (n, p.join(" ")))
    });
    if let Some((n, words)) = counted {
        let counts_to = |text: &str| {
            let t = tokens(text);
            t.iter().enumerate().any(|(k, x)| {
                ordinal(x) == Some(n - 1)
                    || n == 3 && x == "twice"
                    || n == 2 && matches!(x.as_str(), "again" | "before" | "once" | "first")
                    || x == "times" && k > 0 && cardinal(&t[k - 1]) == Some(n - 1)
            })
        };
        if counts_to(removed) && !counts_to(kept) {
            return Some(words);
        }
    }
    None
}

fn ordinal(w: &str) -> Option<u32> {
    Some(match w {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        "fifth" | "5th" => 5,
        "sixth" | "6th" => 6,
        _ => return None,
    })
}

fn cardinal(w: &str) -> Option<u32> {
    Some(match w {
        "two" | "2" => 2,
        "three" | "3" => 3,
        "four" | "4" => 4,
        "five" | "5" => 5,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str, what: &str) -> Edit {
        let start = text.find(what).expect("in text");
        Edit {
            range: start..start + what.len(),
            new_text: String::new(),
        }
    }

    #[test]
    fn that_after_a_cut_condition_points_at_nothing() {
        let t = "I don't think I will go unless they can do $19 and no saturdays. \
                 If they can do that let me know and I go.";
        let e = cut(t, " unless they can do $19 and no saturdays");
        let p = dangling(t, &[&e]).expect("dangling");
        assert!(t[p.sentence].starts_with("If they can do that"));
    }

    #[test]
    fn a_bare_ask_after_its_cut_request_points_at_nothing() {
        let t = "If they could come up to $92K, I'd keep the interview. Could you ask them? \
                 Thanks, Jo";
        let e = cut(t, "If they could come up to $92K, I'd keep the interview. ");
        let p = dangling(t, &[&e]).expect("dangling");
        assert_eq!(&t[p.sentence], "Could you ask them?");
        // an ask that says what it asks stands on its own
        let t = "If they could come up to $92K, I'd keep the interview. \
                 Could you ask them to close my file? Thanks, Jo";
        let e = cut(t, "If they could come up to $92K, I'd keep the interview. ");
        assert_eq!(dangling(t, &[&e]), None);
    }

    #[test]
    fn taking_back_what_was_cut_points_at_nothing() {
        let t = "Otherwise I'll stay on bar staff I think. Actually no I'm going to leave \
                 the interview, sorry.";
        let e = cut(t, "Otherwise I'll stay on bar staff I think. ");
        let p = dangling(t, &[&e]).expect("dangling");
        assert_eq!(p.words, "actually no");
        assert_eq!(correction_lead("Actually no I'm going"), Some(12));
        assert_eq!(correction_lead("Actually, no, I'm going"), Some(14));
        assert_eq!(correction_lead("Actually I am going"), None);
        assert_eq!(correction_lead("Then again."), None);
    }

    #[test]
    fn a_cut_the_next_sentence_does_not_lean_on_is_fine() {
        let t = "I have decided to withdraw. The pay you offered was an insult to anyone. \
                 Thank you for your time.";
        let e = cut(t, " The pay you offered was an insult to anyone.");
        assert_eq!(dangling(t, &[&e]), None);
        let t = "The hours were long and I was tired of it all. I hope that is all right.";
        let e = cut(t, "The hours were long and I was tired of it all. ");
        assert_eq!(dangling(t, &[&e]), None);
    }

    #[test]
    fn counting_on_and_again_need_what_came_first() {
        let t = "This is the third time the date has moved with no notice. \
                 I took leave twice for this. I will not do it a fourth time.";
        let e = cut(
            t,
            "This is the third time the date has moved with no notice. ",
        );
        let e2 = cut(t, "I took leave twice for this. ");
        let p = dangling(t, &[&e, &e2]).expect("dangling");
        assert!(t[p.sentence].starts_with("I will not do it"));
        // "twice" kept does not count to a fourth
        assert!(dangling(t, &[&e]).is_some());
        let t = "The date has moved three times now. It moved again today. \
                 I will not move it a fourth time.";
        let e = cut(t, "It moved again today. ");
        assert_eq!(dangling(t, &[&e]), None);
        let t = "I'm so sorry, I feel awful about this. Again I am sorry.";
        let e = cut(t, "I'm so sorry, I feel awful about this. ");
        assert!(dangling(t, &[&e]).is_some());
        // "that" as what was not appreciated: what the cut took
        let t = "The panel kept me waiting an hour. I did not appreciate that at all. I withdraw.";
        let e = cut(t, "The panel kept me waiting an hour. ");
        assert!(dangling(t, &[&e]).is_some());
        let t = "The panel kept me waiting an hour. You were kind, and I appreciate that.";
        let e = cut(t, "The panel kept me waiting an hour. ");
        assert_eq!(dangling(t, &[&e]), None);
        // "that's me" closes the call; it points at nothing cut
        let t = "I won't go on. The rota changed four times in a week. So that's me, cheers.";
        let e = cut(t, "The rota changed four times in a week. ");
        assert_eq!(dangling(t, &[&e]), None);
    }

    #[test]
    fn a_word_swapped_for_a_word_cuts_nothing() {
        let t = "hey Sam. That's all from me.";
        let e = Edit {
            range: 0..3,
            new_text: "Hi".into(),
        };
        assert_eq!(dangling(t, &[&e]), None);
    }
}
