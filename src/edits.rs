//! Building edits that fit where they land: spacing, capitals, the
//! document's line ending. Rules use these to make their fixes.

pub mod texting;

use crate::message::Message;
use crate::vocab::{Edit, Fix};

pub fn fix(title: impl Into<String>, edits: Vec<Edit>, preferred: bool) -> Fix {
    Fix {
        title: title.into(),
        edits,
        preferred,
        fallback: false,
        own_words: false,
        piecewise: false,
    }
}

/// The preferred fix that says the writer's own sentence plainly.
pub fn own_words(title: impl Into<String>, edits: Vec<Edit>) -> Fix {
    Fix {
        own_words: true,
        piecewise: false,
        ..fix(title, edits, true)
    }
}

/// A fallback fix: offered, and tried by the planner where the preferred
/// fix would bring a defect.
pub fn fallback(title: impl Into<String>, edits: Vec<Edit>) -> Fix {
    Fix {
        title: title.into(),
        edits,
        preferred: false,
        fallback: true,
        own_words: false,
        piecewise: false,
    }
}

/// Inserts `sentence` at buffer offset `at`, fitted to where it lands
/// (see [`fitted`]), with a space on the side where a word would
/// otherwise touch it.
pub fn insert_sentence(msg: &Message, at: usize, sentence: &str) -> Edit {
    let text = msg.doc.text;
    let at = past_closing_marks(text, at.min(text.len()));
    // a script's words in quotation marks: what is said goes inside them
    let (at, quoted) = match closing_quote_of_speech(text, at) {
        Some(q) => (q, true),
        None => (at, false),
    };
    let (start, lead, sentence) = fitted(msg, at, sentence);
    let after = text[at..].chars().next();
    let mut new_text = lead;
    new_text.push_str(&sentence);
    if !quoted && after.is_some_and(|c| !c.is_whitespace()) {
        new_text.push(' ');
    }
    Edit {
        range: start..at,
        new_text,
    }
}

/// `at` moved past the quotation marks and brackets that close the
/// sentence ending there: a sentence that ends `"imminent."` ends after
/// the mark, and nothing goes inside someone else's word.
fn past_closing_marks(text: &str, at: usize) -> usize {
    if !text[..at].ends_with(['.', '?', '!']) {
        return at;
    }
    let rest = &text[at..];
    let marks = rest
        .find(|c: char| !matches!(c, '"' | '”' | '’' | ')' | ']'))
        .unwrap_or(rest.len());
    at + marks
}

/// Where a sentence inserted at `at` goes when the text before `at` ends
/// a quotation opened at the start of a line (`"Hi, my name's Donna ...
/// pass that on to Michelle?"`): before its closing mark, so it is said
/// with the rest. A quotation inside a sentence ("he said "call me".")
/// is someone's words; nothing goes into it.
fn closing_quote_of_speech(text: &str, at: usize) -> Option<usize> {
    let before = text[..at].trim_end_matches([' ', '\t', '\n', '\r']);
    let close = before.chars().next_back()?;
    let open = match close {
        '"' => '"',
        '”' => '“',
        _ => return None,
    };
    let q = before.len() - close.len_utf8();
    let opened = if open == '"' {
        // straight marks pair up: an odd number before this one opens it
        let n = before[..q].matches('"').count();
        (n % 2 == 1).then(|| before[..q].rfind('"'))?
    } else {
        before[..q]
            .rfind(open)
            .filter(|&o| !before[o..q].contains('”'))
    }?;
    let line_start = before[..opened].rfind('\n').map_or(0, |n| n + 1);
    let lead = before[line_start..opened].trim();
    // at the start of its line, or after a cue ("Say: ", "- ")
    let spoken = lead.is_empty() || lead.ends_with(':') || lead == "-" || lead == "*";
    // the quotation holds a sentence of its own before the mark
    let ends_sentence = before[..q].ends_with(['.', '?', '!']);
    (spoken && ends_sentence).then_some(q)
}

/// Inserts `lead` (a greeting such as "Hello,") before the sentence at
/// `at`. A lead ending in a comma makes the sentence go on from it, so the
/// sentence's first word loses its capital when it is a common word
/// ("Hello, thank you ..."; a name keeps it).
pub fn insert_before_sentence(msg: &Message, at: usize, lead: &str) -> Vec<Edit> {
    let text = msg.doc.text;
    let mut edit = insert_sentence(msg, at, lead);
    let rest = &text[at.min(text.len())..];
    let word = rest
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let lowered = lower_first(word);
    if lead.ends_with(',') && lowered != word && crate::phrases::is_common_word(&lowered) {
        // one edit, since an insert and a change at one point would clash
        let first = word.chars().next().map_or(0, char::len_utf8);
        edit.range.end = at + first;
        edit.new_text
            .push_str(&lowered[..lowered.chars().next().map_or(0, char::len_utf8)]);
    }
    vec![edit]
}

/// How a sentence joins the text before offset `at`: the start of the
/// edit (at `at`, or back at the end of the word before), what goes
/// before the sentence, and the sentence itself.
///
/// - After a comma it goes on in lower case: "Hi Dana, thank you ...".
/// - After a greeting with no comma ("hi carla"), the comma is added.
/// - After other words with no stop on the same line: at the end of a
///   line it takes a line of its own (a text typed one thought per
///   line); inside a line the words before get their full stop.
/// - Otherwise a space separates it from a word.
pub fn fitted(msg: &Message, at: usize, sentence: &str) -> (usize, String, String) {
    // a text typed in lower case gets its insert in lower case too
    let owned;
    let sentence = if writes_in_lower_case(msg) {
        owned = lower_first(sentence);
        owned.as_str()
    } else {
        sentence
    };
    let text = msg.doc.text;
    let before = text[..at].trim_end_matches([' ', '\t']);
    let prev = before.chars().next_back();
    let line_rest = text[at..].split(['\n', '\r']).next().unwrap_or("");
    match prev {
        Some(',') => (at, space_before(text, at), lower_first(sentence)),
        Some(c) if c.is_alphanumeric() => {
            let end = before.len();
            let after_greeting = msg
                .greeting
                .as_ref()
                .is_some_and(|g| msg.buf(g.range.clone()).end == end);
            // (a text typed as one line goes on in that line: its last
            // words get their stop)
            let one_line = msg.body_sentences().next().is_some_and(|i| {
                let from = msg.sentence_buf(i).start.min(end);
                !text[from..end].contains(['\n', '\r'])
            });
            if after_greeting {
                (end, ", ".into(), lower_first(sentence))
            } else if before.ends_with(" x") || before.ends_with(" xx") || before.ends_with(" xxx")
            {
                // a kiss ends a text as a stop would
                (end, " ".into(), sentence.to_string())
            } else if line_rest.trim().is_empty() && !one_line {
                (end, msg.doc.line_ending.to_string(), sentence.to_string())
            } else {
                (end, ". ".into(), sentence.to_string())
            }
        }
        _ => (at, space_before(text, at), sentence.to_string()),
    }
}

/// Whether the writer of a text starts their sentences in lower case
/// ("got your msg. cant do it, im away"): at least two body sentences do,
/// and no fewer than those that start with a capital.
pub fn writes_in_lower_case(msg: &Message) -> bool {
    if msg.medium != crate::vocab::Medium::Text {
        return false;
    }
    // slang or shorthand in it: casual-tone writes the message out with
    // capitals, so inserts come with theirs
    if texting::tidies_texting(msg) {
        return false;
    }
    let (mut lower, mut upper) = (0, 0);
    for i in msg.body_sentences() {
        match msg.sentence_text(i).chars().find(|c| c.is_alphabetic()) {
            Some(c) if c.is_lowercase() => lower += 1,
            Some(c) if c.is_uppercase() => {
                // "I" and names start any sentence in capitals
                let word = first_word(msg.sentence_text(i));
                if word != "I" && !word.starts_with("I'") && !is_always_capital(word) {
                    upper += 1;
                }
            }
            _ => {}
        }
    }
    lower >= 2 && lower >= upper
}

/// A space where the text before `at` ends in a word or a stop.
fn space_before(text: &str, at: usize) -> String {
    if text[..at]
        .chars()
        .next_back()
        .is_some_and(|c| !c.is_whitespace())
    {
        " ".into()
    } else {
        String::new()
    }
}

/// The first word of `s`, apostrophes kept ("I'm").
pub fn first_word(s: &str) -> &str {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .next()
        .unwrap_or("")
}

/// "I", "I'm" and the like keep their capital anywhere.
pub fn is_always_capital(word: &str) -> bool {
    word == "I" || word.starts_with("I'") || word.starts_with("I’")
}

/// `s` with its first letter in lower case, unless the first word keeps
/// its capital anywhere ("I", "I'm") or is a name-like run of capitals.
pub fn lower_first(s: &str) -> String {
    let word = first_word(s);
    if is_always_capital(word) || word.chars().skip(1).any(char::is_uppercase) {
        return s.to_string();
    }
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
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
    let mut new_text = new_text;
    if let Some(g) = msg.greeting.as_ref().filter(|g| g.sentence == i) {
        let after = msg.buf(g.range.clone()).end;
        let text = msg.doc.text;
        let gap = text[after..range.end].len() - text[after..range.end].trim_start().len();
        let kept = (after + gap).min(range.end);
        // the greeting stays where it is: a new text that says it again
        // (the sentence said over, with its hedges lifted) loses it
        let greeting = &text[range.start..kept];
        if let Some(head) = new_text.get(..greeting.len()) {
            if !greeting.trim().is_empty() && head.eq_ignore_ascii_case(greeting) {
                new_text = &new_text[greeting.len()..];
            }
        }
        range = kept..range.end;
    }
    let (start, lead, sentence) = fitted(msg, range.start, new_text);
    let start = if start < range.start && lead.is_empty() {
        range.start
    } else {
        start
    };
    // a line of its own only for inserts: a replacement stays in place
    let lead = if lead.contains('\n') {
        ". ".into()
    } else if start == range.start {
        String::new()
    } else {
        lead
    };
    Edit {
        range: start..range.end,
        new_text: lead + &sentence,
    }
}

/// Deletes sentence `i` from the clause that starts at prose offset
/// `from` to its end, with the comma or dash that joined that clause on
/// ("the salary is £26,000, not the £32,000 advertised, and I'm annoyed
/// nobody said so before I took a morning off." keeps "... advertised.").
/// The sentence's closing punctuation stays. `None` when `from` is not
/// inside the sentence or under four words would be left.
/// Deletes the clauses of sentence `i` between prose offsets `from` and
/// `to` (where the next kept clause starts), keeping the words on either
/// side: "nah I'm good, $200 a month is crazy 💀 I'll pass" → "nah I'm
/// good, I'll pass"; from the sentence start, the next clause's "but" or
/// "and" goes too and its first word takes the capital ("I'm sure it
/// works for someone, but it's not the time" → "It's not the time").
pub fn delete_inside_sentence(msg: &Message, i: usize, from: usize, to: usize) -> Option<Edit> {
    let flat = &msg.doc.prose.flat;
    let sentence = msg.sentence_range(i);
    if from < sentence.start || to <= from || to >= sentence.end {
        return None;
    }
    let rest = &flat[to..sentence.end];
    if rest.split_whitespace().count() < 2 {
        return None;
    }
    if from > sentence.start {
        return Some(Edit {
            range: msg.buf(from..to),
            new_text: String::new(),
        });
    }
    let lead = first_word(rest);
    let skip = if matches!(
        lead.to_lowercase().as_str(),
        "but" | "and" | "yet" | "though"
    ) {
        let after = &rest[lead.len()..];
        lead.len() + after.len() - after.trim_start().len()
    } else {
        0
    };
    let kept = &rest[skip..];
    let first = kept.chars().next()?;
    if !first.is_alphabetic() || kept.split_whitespace().count() < 2 {
        return None;
    }
    let end = to + skip + first.len_utf8();
    Some(Edit {
        range: msg.buf(from..end),
        new_text: first.to_uppercase().collect(),
    })
}

pub fn delete_sentence_from(msg: &Message, i: usize, from: usize) -> Option<Edit> {
    let flat = &msg.doc.prose.flat;
    let sentence = msg.sentence_range(i);
    if from <= sentence.start || from >= sentence.end {
        return None;
    }
    // (a closing quotation mark or bracket after the stop stays too:
    // `"So I'll have to withdraw, unless ..."` keeps its `."`)
    let body = flat[sentence.start..sentence.end]
        .trim_end_matches(['.', '!', '?', ' ', '…', '"', '”', ')']);
    let end = sentence.start + body.len();
    if from >= end {
        return None;
    }
    let kept = flat[sentence.start..from]
        .trim_end()
        .trim_end_matches([',', ';', '–', '—', '-', ':'])
        .trim_end();
    if kept.split_whitespace().count() < 4 || only_a_lead(kept) {
        return None;
    }
    // "Ask Hamish to pass on that." points at what was cut
    let bare = |w: Option<&str>| {
        w.unwrap_or("")
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let last = bare(kept.split_whitespace().next_back());
    if matches!(
        last.as_str(),
        "that"
            | "this"
            | "these"
            | "those"
            | "which"
            | "who"
            | "to"
            | "the"
            | "a"
            | "and"
            | "or"
            | "but"
            | "is"
            | "was"
            | "are"
            | "were"
    ) {
        return None;
    }
    // "If that's how they treat candidates." can't stand alone
    let first = bare(kept.split_whitespace().next());
    // "Having had the interview moved three times." is no sentence
    if first.ends_with("ing") && first.len() > 4 {
        return None;
    }
    if matches!(
        first.as_str(),
        "if" | "when"
            | "although"
            | "though"
            | "because"
            | "since"
            | "unless"
            | "while"
            | "whereas"
            | "as"
            | "once"
            | "whether"
    ) {
        return None;
    }
    // what is kept ends a sentence of its own ("... interview lol. 3
    // rounds for a nurse job is wild."): the cut takes the final stop too
    if kept.ends_with(['.', '!', '?', '…']) {
        let to = flat[..sentence.end]
            .trim_end_matches([' ', '\t', '\n', '\r'])
            .len();
        return Some(Edit {
            range: tail_buf(msg, sentence.start + kept.len()..to),
            new_text: String::new(),
        });
    }
    let stopped = flat[end..sentence.end].contains(['.', '!', '?', '…']);
    let closing = if stopped { "" } else { "." };
    Some(Edit {
        range: tail_buf(msg, sentence.start + kept.len()..end),
        new_text: closing.to_string(),
    })
}

/// Whether `kept` is only the lead-in a remark opened with ("For what
/// it's worth", "To be perfectly honest", "With all due respect"): with
/// the remark cut, nothing is left to say.
fn only_a_lead(kept: &str) -> bool {
    let lower = kept
        .to_lowercase()
        .replace(['’', '‘'], "'")
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_string();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .filter(|w| {
            !matches!(
                *w,
                "and" | "but" | "so" | "just" | "quite" | "perfectly" | "very" | "all" | "due"
            )
        })
        .collect();
    matches!(
        words.as_slice(),
        ["for", "what", "it's" | "its", "worth"]
            | ["for", "what", "it", "is", "worth"]
            | ["to", "be", "honest" | "fair" | "frank" | "blunt" | "clear"]
            | ["in", "all", "honesty" | "fairness"]
            | ["in", "honesty" | "fairness"]
            | ["if", "i'm" | "im", "honest" | "being", ..]
            | ["if", "i", "am", "honest" | "being", ..]
            | ["with", "respect"]
            | ["so", "you", "know"]
            | ["you", "know"]
            | ["having", "said", "that"]
            | ["that", "said"]
            | ["for", "the", "record"]
            | ["between", "you", "and", "me"]
            | ["truth", "be", "told"]
            | ["if", "i", "may", ..]
            | ["by", "the", "way"]
            | ["on", "a" | "that", "side" | "note", ..]
            | ["one", "more", "thing"]
            | ["honestly" | "frankly" | "seriously" | "candidly"]
            | ["honestly" | "frankly" | "candidly", "speaking"]
    ) && words.len() <= 6
}

/// The buffer range of the tail of a sentence at prose range `r`, from
/// the end of the words kept before it: the spaces between go with the
/// tail ([`Message::buf`] may start past them), or "through ." would be
/// left.
pub fn tail_buf(msg: &Message, r: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let range = msg.buf(r);
    let start = msg.doc.text[..range.start]
        .trim_end_matches([' ', '\t'])
        .len();
    start..range.end
}

/// Deletes sentence `i` and the spaces that separated it from the
/// next sentence on its line (or from the previous one).
pub fn delete_sentence(msg: &Message, i: usize) -> Edit {
    let text = msg.doc.text;
    let r = msg.sentence_buf(i);
    // "Sir, very sorry, sorry to take your time.": the salutation that
    // opens the sentence stays
    if let Some(g) = msg.greeting.as_ref().filter(|g| g.sentence == i) {
        let after = msg.buf(g.range.clone()).end;
        if after > r.start && after < r.end {
            let rest = &text[after..r.end];
            let gap = rest.len() - rest.trim_start().len();
            let tail = &text[r.end..];
            let trailing = tail.len() - tail.trim_start_matches([' ', '\t']).len();
            return Edit {
                range: after + gap..r.end + trailing,
                new_text: String::new(),
            };
        }
    }
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
            let mut eol = eol + usize::from(after[eol..].starts_with('\n'));
            // a paragraph of its own: take one of the blank lines around it
            let blank_before = before[..before.len() - leading]
                .trim_end_matches('\r')
                .ends_with("\n\n")
                || before[..before.len() - leading].ends_with("\n\r\n");
            let rest = &after[eol..];
            if blank_before {
                if rest.starts_with("\r\n") {
                    eol += 2;
                } else if rest.starts_with('\n') {
                    eol += 1;
                }
            }
            r.start - leading..r.end + eol
        } else {
            r.start - leading..r.end
        }
    };
    // the quotation mark that closes a script's speech stays, after what
    // is left of it (`I hope that's okay. I feel really silly now."`)
    let mut range = range;
    let cut = &text[range.clone()];
    let line_before = text[..range.start].rsplit('\n').next().unwrap_or("");
    for (open, close) in [('"', '"'), ('“', '”')] {
        let n = |c: char| cut.chars().filter(|&x| x == c).count();
        let unmatched = if open == close {
            n(close) % 2 == 1
        } else {
            n(close) > n(open)
        };
        if unmatched && !line_before.trim().is_empty() {
            if let Some(k) = cut.rfind(close) {
                if cut[k + close.len_utf8()..].trim().is_empty() {
                    range.end = range.start + k;
                    // and the space before the cut goes, so the mark
                    // closes on the words left: `interview."`
                    let before = &text[..range.start];
                    range.start -= before.len() - before.trim_end_matches([' ', '\t']).len();
                }
            }
        }
    }
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
    let text = msg.doc.text;
    merged
        .into_iter()
        .map(|mut range| {
            // a run that empties its line (a paragraph of several
            // sentences) takes the line and one blank line around it, as
            // one sentence on its own line does
            let line_start = text[..range.start].trim_end_matches([' ', '\t']).len();
            let starts_line = line_start == 0 || text[..line_start].ends_with('\n');
            let rest = &text[range.end..];
            let spaces = rest.len() - rest.trim_start_matches([' ', '\t', '\r']).len();
            if starts_line && line_start > 0 && rest[spaces..].starts_with('\n') {
                range.start = line_start;
                range.end += spaces + 1;
                let blank_before =
                    text[..line_start].ends_with("\n\n") || text[..line_start].ends_with("\n\r\n");
                let more = &text[range.end..];
                if blank_before {
                    if more.starts_with("\r\n") {
                        range.end += 2;
                    } else if more.starts_with('\n') {
                        range.end += 1;
                    }
                }
            }
            // a run that ends its line, or its quotation, takes the spaces
            // before it too
            let after = &text[range.end..];
            if after.is_empty() || after.starts_with(['\n', '\r', '"', '”']) {
                range.start = text[..range.start].trim_end_matches([' ', '\t']).len();
            }
            Edit {
                range,
                new_text: String::new(),
            }
        })
        .collect()
}

/// A deletion after a comma ("Good evening Sir Mark, sorry for messaging
/// late. This is Rico"): the sentence that now follows the comma goes on
/// in lower case ("Sir Mark, this is Rico"), unless it opens with a name.
pub fn goes_on_after_comma(text: &str, e: Edit) -> Edit {
    let range = e.range;
    let comma_before = text[..range.start]
        .trim_end_matches([' ', '\t'])
        .ends_with(',');
    let next = first_word(&text[range.end..]);
    if e.new_text.is_empty() && comma_before && common_opener(text, next) {
        let lowered = lower_first(next);
        if lowered != next {
            let first = next.chars().next().map_or(0, char::len_utf8);
            return Edit {
                range: range.start..range.end + first,
                new_text: lowered[..lowered.len() - (next.len() - first)].to_string(),
            };
        }
    }
    Edit { range, ..e }
}

/// Whether `word`, capitalised at the start of a sentence, is an ordinary
/// word rather than a name: one of the common sentence openers, or written
/// in lower case elsewhere in `text`.
fn common_opener(text: &str, word: &str) -> bool {
    const OPENERS: &[&str] = &[
        "this",
        "that",
        "it",
        "the",
        "my",
        "we",
        "i'm",
        "thank",
        "thanks",
        "sorry",
        "please",
        "unfortunately",
        "just",
        "hope",
        "after",
        "due",
        "following",
        "as",
        "so",
        "but",
        "and",
        "regarding",
        "with",
        "since",
        "because",
        "here",
        "there",
        "apologies",
    ];
    if !word.starts_with(char::is_uppercase) || is_always_capital(word) {
        return false;
    }
    let lower = word.to_lowercase();
    OPENERS.contains(&lower.as_str())
        || text.match_indices(lower.as_str()).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + lower.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
}

pub use crate::prose::capitalise;

#[cfg(test)]
mod tests {
    use super::{closing_quote_of_speech, only_a_lead, past_closing_marks};

    #[test]
    fn a_lead_in_alone_is_nothing_to_keep() {
        for kept in [
            "For what it's worth",
            "To be perfectly honest",
            "And with all due respect",
            "If I'm being honest",
            "Honestly speaking",
        ] {
            assert!(only_a_lead(kept), "{kept}");
        }
        for kept in [
            "For what it's worth, I enjoyed meeting the team",
            "I have accepted another offer",
            "Honestly, the commute is too long for me",
            "Honestly, it is too far",
        ] {
            assert!(!only_a_lead(kept), "{kept}");
        }
    }

    #[test]
    fn a_sentence_ending_in_a_quotation_ends_after_its_mark() {
        let text = "They said the offer was \"final.\" More text.";
        let stop = text.find('.').unwrap() + 1;
        assert_eq!(past_closing_marks(text, stop), stop + 1);
        let brackets = "I was told (twice.) Next.";
        let stop = brackets.find('.').unwrap() + 1;
        assert_eq!(past_closing_marks(brackets, stop), stop + 1);
        // a mark that opens the next sentence is left where it is
        let next = "I can't come. \"Sorry,\" she said.";
        let stop = next.find('.').unwrap() + 1;
        assert_eq!(past_closing_marks(next, stop), stop);
    }

    #[test]
    fn speech_in_quotation_marks_takes_what_is_said() {
        let script = "Notes:\n\n\"Hi, I'm Ana. I can't come today.\"\n";
        let q = script.rfind('"').unwrap();
        assert_eq!(closing_quote_of_speech(script, script.len()), Some(q));
        let curly = "Say: “Thanks for seeing me. I'm withdrawing.”";
        assert_eq!(
            closing_quote_of_speech(curly, curly.len()),
            Some(curly.len() - '”'.len_utf8())
        );
        // someone's words quoted inside a sentence, or no sentence closed
        // inside the marks, take nothing
        for text in [
            "He said \"call me next week.\"",
            "\"Hi, I'm Ana\"",
            "I can't come. \"Sorry.\" Then \"bye.\"",
        ] {
            assert_eq!(closing_quote_of_speech(text, text.len()), None, "{text}");
        }
    }
}
