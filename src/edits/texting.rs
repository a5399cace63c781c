//! Texting spellings in a message to an employer, and how each is
//! written out: a lone "i", contractions without their apostrophe
//! ("cant", "im"), sentences and names typed in lower case. casual-tone
//! reports them; words inserted into a text that will be written out take
//! capitals too.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::message::Message;
use crate::vocab::{Finding, Medium};

/// Short words that are slang in lower case but acronyms in capitals.
pub const CASE_SENSITIVE: &[&str] = &[
    "u", "ur", "ya", "ye", "fr", "np", "bc", "rn", "atm", "cos", "coz", "tho", "sup", "ta", "sth",
    "mate", "ty", "ppl", "abt", "sry", "cud", "gud",
];

/// Casual words that are ordinary in a text or a call to a recruiter.
pub const SPOKEN: &[&str] = &[
    "cheers",
    "y'all",
    "yeah",
    "yep",
    "yup",
    "no worries",
    "awesome",
    "super keen",
    "ok cool",
];

/// Contractions typed without their apostrophe, and how they are written.
const BARE_CONTRACTIONS: &[(&str, &str)] = &[
    ("cant", "can't"),
    ("dont", "don't"),
    ("wont", "won't"),
    ("didnt", "didn't"),
    ("doesnt", "doesn't"),
    ("isnt", "isn't"),
    ("wasnt", "wasn't"),
    ("werent", "weren't"),
    ("arent", "aren't"),
    ("havent", "haven't"),
    ("hasnt", "hasn't"),
    ("hadnt", "hadn't"),
    ("couldnt", "couldn't"),
    ("wouldnt", "wouldn't"),
    ("shouldnt", "shouldn't"),
    ("im", "I'm"),
    ("ive", "I've"),
    ("youre", "you're"),
    ("youve", "you've"),
    ("youll", "you'll"),
    ("theyre", "they're"),
    ("theyve", "they've"),
    ("thats", "that's"),
    ("whats", "what's"),
    ("theres", "there's"),
    ("shes", "she's"),
    ("itll", "it'll"),
];

/// Words after which "ill" is "I'll" ("ill be free", "ill call you").
const AFTER_ILL: &[&str] = &[
    "be",
    "have",
    "let",
    "call",
    "get",
    "try",
    "send",
    "come",
    "see",
    "need",
    "take",
    "do",
    "make",
    "just",
    "probably",
    "definitely",
    "still",
    "also",
    "keep",
    "text",
    "email",
    "ring",
    "pass",
    "reach",
    "give",
    "stay",
    "look",
    "update",
    "message",
    "apply",
    "always",
    "never",
];

/// Words after which "its" is "it's" ("its been", "its not", "its a").
const AFTER_ITS: &[&str] = &[
    "a",
    "an",
    "the",
    "been",
    "not",
    "all",
    "just",
    "so",
    "too",
    "really",
    "ok",
    "okay",
    "fine",
    "going",
    "gonna",
    "only",
    "still",
    "also",
    "always",
    "very",
    "quite",
    "pretty",
    "getting",
    "nothing",
    "something",
    "me",
    "better",
    "best",
    "no",
    "probably",
    "definitely",
];

/// Words after "hi" or "this is" that are no name.
const NOT_NAMES: &[&str] = &[
    "there",
    "all",
    "everyone",
    "everybody",
    "team",
    "guys",
    "folks",
    "again",
    "sir",
    "madam",
    "mam",
    "maam",
    "and",
    "just",
    "so",
    "im",
    "its",
    "this",
    "thanks",
    "thank",
    "how",
    "hope",
    "good",
    "sorry",
    "yes",
    "no",
    "hr",
    "me",
    "about",
    "regarding",
    "re",
    "not",
    "the",
    "a",
    "an",
    "your",
    "my",
    "really",
    "very",
    "still",
    "also",
    "going",
    "gonna",
    "unable",
    "available",
    "busy",
    "fine",
    "ok",
    "okay",
    "afraid",
    "writing",
    "messaging",
    "texting",
    "calling",
    "sure",
    "glad",
    "happy",
    "interested",
    "late",
    "bad",
    "great",
    "over",
    "bru",
    "bro",
    "mate",
    "dude",
    "boss",
    "chief",
    "fam",
    "hun",
    "babe",
    "love",
    "pal",
];

/// Words that may follow a name typed after "hi" ("hi carla thanks ...").
const AFTER_NAME: &[&str] = &[
    "from", "here", "again", "its", "it's", "this", "thanks", "thank", "sorry", "just", "im",
    "i'm", "i",
];

/// Names of days and months that are no other word, in lower case.
const CALENDAR: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

static WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[A-Za-z]+(?:['’][A-Za-z]+)*").expect("valid regex"));

/// The texting spellings of `msg` and how each is written out (prose
/// ranges, in order); words that `others` take out do not count as a
/// sentence's first.
pub fn texting_edits(msg: &Message, others: &[Finding]) -> Vec<(Range<usize>, String)> {
    let flat = &msg.doc.prose.flat;
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    for i in 0..msg.doc.prose.sentences.len() {
        let roles = msg.roles[i];
        if roles.head || roles.subject {
            continue;
        }
        let sr = msg.sentence_range(i);
        let sentence = &flat[sr.clone()];
        let words: Vec<_> = WORD.find_iter(sentence).collect();
        // words other findings take out ("lol", "ngl"): the first word
        // left after them opens the sentence
        let gone = |m: &regex::Match| {
            let r = msg.buf(sr.start + m.start()..sr.start + m.end());
            others.iter().any(|f| {
                f.range.start <= r.start
                    && r.end <= f.range.end
                    && f.fixes
                        .iter()
                        .find(|x| x.preferred)
                        .is_some_and(|x| x.edits.iter().all(|e| e.new_text.is_empty()))
            })
        };
        let opener = words.iter().position(|m| !gone(m));
        let lead = opener.map_or(0, |o| words[o].start());
        let opens_sentence = words
            .first()
            .is_some_and(|w0| sentence[..w0.start()].chars().all(|c| !c.is_alphanumeric()));
        // (each word in lower case once: this runs on every keystroke)
        let lows: Vec<String> = words
            .iter()
            .map(|m| m.as_str().to_ascii_lowercase())
            .collect();
        for (k, m) in words.iter().enumerate() {
            let w = m.as_str();
            let lower = lows[k].as_str();
            let lw = |j: usize| lows.get(j).map(String::as_str);
            let next = lw(k + 1);
            let after_char = sentence[m.end()..].chars().next();
            let before_char = sentence[..m.start()].chars().next_back();
            let typed_small = w.chars().skip(1).all(char::is_lowercase);
            let mut new: Option<String> = None;
            if w == "i" && after_char != Some('.') && before_char != Some('.') {
                new = Some("I".into());
            } else if let Some((_, full)) = BARE_CONTRACTIONS.iter().find(|(b, _)| *b == lower) {
                // "Im" at a sentence's start; "IM" and "SHES" are not typed
                // as texting
                if typed_small {
                    new = Some((*full).to_string());
                }
            } else if lower == "were"
                && typed_small
                && (k == 0
                    || matches!(
                        lw(k - 1),
                        Some("so" | "and" | "but" | "because" | "cos" | "as")
                    ))
                && next.is_some_and(|n| n.len() > 4 && n.ends_with("ing"))
            {
                // "Were moving up to Newcastle": "we're" with its
                // apostrophe lost ("we were moving" has its subject)
                new = Some("we're".into());
            } else if lower == "ill" && typed_small && next.is_some_and(|n| AFTER_ILL.contains(&n))
            {
                new = Some("I'll".into());
            } else if lower == "its" && typed_small {
                // "its" opening a clause, or before words no possessive
                // takes ("its been", "its a shame")
                // ("Alan its Kev Marsh": after the reader's name, before
                // the writer's)
                let named = |j: usize| {
                    words
                        .get(j)
                        .is_some_and(|w| w.as_str().starts_with(char::is_uppercase))
                };
                let opens = k == 0
                    || sentence[words[k - 1].end()..m.start()].contains([',', ';', ':'])
                    || k == 2 && matches!(lw(0), Some("hi" | "hey" | "hello"))
                    || k == 1 && named(0) && named(2)
                    // "sorry its Jayden": the writer saying who it is, at
                    // the start
                    || i <= 2 && k <= 4 && named(k + 1) && {
                        let after = sentence[words[k + 1].end()..].trim_start();
                        after.is_empty()
                            || after.starts_with([',', '.', '(', '!', '-', '–'])
                            || lw(k + 2).is_some_and(|n| AFTER_NAME.contains(&n))
                            || named(k + 2)
                    };
                if opens || next.is_some_and(|n| AFTER_ITS.contains(&n)) {
                    new = Some("it's".into());
                }
            }
            // days and months ("on friday"); not "may" or "march"
            if new.is_none() && CALENDAR.contains(&w) {
                new = Some(crate::prose::capitalise(w));
            }
            // a name typed in lower case after "hi" or in "this is ...",
            // "it's ..." ("hi marco its deshawn from the ad")
            let greeted = || {
                k == 1
                    && matches!(
                        lw(0),
                        Some("hi" | "hey" | "hello" | "hiya" | "dear" | "morning" | "afternoon")
                    )
            };
            let introduced = || {
                k >= 1
                    && i <= 2
                    && (matches!(lw(k - 1), Some("its" | "it's" | "im" | "i'm"))
                        || k >= 2
                            && matches!(
                                (lw(k - 2), lw(k - 1)),
                                (Some("this"), Some("is")) | (Some("name"), Some("is"))
                            ))
            };
            let ends_here = || {
                let rest = sentence[m.end()..].trim_start();
                rest.is_empty()
                    || rest.starts_with([',', '.', '!', '-', '–'])
                    || next.is_some_and(|n| AFTER_NAME.contains(&n))
            };
            let plain = new.is_none()
                && w.len() >= 2
                && (greeted() || introduced())
                && w.chars().all(|c| c.is_ascii_lowercase())
                && !NOT_NAMES.contains(&lower);
            if plain && ends_here() {
                new = Some(crate::prose::capitalise(w));
            }
            // the sentence's first word, in lower case
            let first = Some(k) == opener
                && opens_sentence
                && lead == m.start()
                && w.starts_with(|c: char| c.is_ascii_lowercase())
                && w.chars().skip(1).all(|c| !c.is_uppercase())
                && !sentence[m.end()..].starts_with(['@', '.', '/', '_']);
            // (a kiss is no word: "for me? x")
            let kiss = lower.chars().all(|c| c == 'x');
            if first && !kiss {
                new = Some(crate::prose::capitalise(new.as_deref().unwrap_or(w)));
            }
            // a word typed with a capital keeps it ("Dont" → "Don't")
            if w.starts_with(char::is_uppercase) {
                new = new.map(|n| crate::prose::capitalise(&n));
            }
            if let Some(n) = new {
                if n != w {
                    edits.push((sr.start + m.start()..sr.start + m.end(), n));
                }
            }
        }
    }
    edits
}

/// How many of `edits` respell a word rather than only capitalise it.
pub fn respelled(msg: &Message, edits: &[(Range<usize>, String)]) -> usize {
    let flat = &msg.doc.prose.flat;
    edits
        .iter()
        .filter(|(r, n)| !flat[r.clone()].eq_ignore_ascii_case(n))
        .count()
}

/// Whether texting spelling is a habit in these edits rather than a slip:
/// a word respelled, and two things to write out at least.
pub fn habitual(msg: &Message, edits: &[(Range<usize>, String)]) -> bool {
    respelled(msg, edits) > 0 && edits.len() >= 2
}

/// Whether a text will be written out with capitals and apostrophes by
/// casual-tone's fix (it has slang, and texting spellings with it): words
/// inserted into it then take capitals too.
pub fn tidies_texting(msg: &Message) -> bool {
    let edits = texting_edits(msg, &[]);
    msg.medium == Medium::Text
        && (msg.hits.get("casual").iter().any(|h| reportable(msg, h)) || careless(msg, &edits))
        && habitual(msg, &edits)
}

/// Whether a text typed with its capitals lost the apostrophes of two
/// words at least ("Dont need to ring me back", "I cant do tomorrow, its
/// my sons birthday"): careless to a recruiter, where a text typed all in
/// lower case ("hi jess, its tom") is a register of its own.
pub fn careless(msg: &Message, edits: &[(Range<usize>, String)]) -> bool {
    let flat = &msg.doc.prose.flat;
    let apostrophes = edits
        .iter()
        .filter(|(r, n)| n.contains('\'') && !flat[r.clone()].contains('\''))
        .count();
    let capitals = edits
        .iter()
        .filter(|(r, n)| flat[r.clone()] != **n && flat[r.clone()].eq_ignore_ascii_case(n))
        .count();
    apostrophes >= 2 && capitals == 0
}

/// Whether casual-tone reports the listed words at `h` (prose range): not
/// in the subject line, not words of ordinary speech in a text or a call,
/// not an acronym in capitals.
pub fn reportable(msg: &Message, h: &Range<usize>) -> bool {
    let flat = &msg.doc.prose.flat;
    let in_subject = msg
        .subject
        .map(|s| msg.sentence_range(s))
        .is_some_and(|s| s.start <= h.start && h.end <= s.end);
    let words = &flat[h.clone()];
    let lower = words.to_lowercase();
    !(in_subject
        || msg.medium != Medium::Email && SPOKEN.contains(&lower.as_str())
        || CASE_SENSITIVE.contains(&lower.as_str())
            && words.chars().any(char::is_uppercase)
            && words != "Ta"
            && words != "Mate")
}
