//! Names inside a sentence: the role and the company of "the Data Analyst
//! role at Acme Corp", and the writer of "this is Sam Lee".
//!
//! Each scanner does exactly what one regular expression did (the tests
//! below keep those expressions and compare on random sentences): the
//! leftmost match wins, words are taken greedily, and a title gives words
//! back when what follows needs them. The expressions repeated Unicode
//! letter classes, and compiling them took 32 ms and 2.8 MB, the largest
//! part of a cold start; the scanners cost nothing until they run.
//!
//! A title is `\p{Lu}[\p{L}&'’./-]*` followed by at most five more such
//! words, each after white space or after a connector (`of`, `and`, `&`,
//! `for`, `in`, `de`, `du`, `la`, `le`) between white space.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// Nouns for the job, in the order the expressions tried them.
pub const JOB_NOUNS: &[&str] = &[
    "role",
    "position",
    "post",
    "job",
    "opening",
    "vacancy",
    "opportunity",
    "interview",
];

/// Nouns that name the job in "the X role at Y": the job nouns, then these.
const MORE_ROLE_NOUNS: &[&str] = &["trial shift", "trial"];

/// What "… at Y" may follow when only the company is named: the job
/// nouns, then these.
const MORE_COMPANY_NOUNS: &[&str] = &["team", "offer"];

/// Nouns that close "the X role" when no company follows: the first job
/// nouns.
const ROLE_ONLY_NOUNS: &[&str] = JOB_NOUNS.split_at(6).0;

const DETERMINERS: &[&str] = &["the", "your", "this"];

const CONNECTORS: &[&str] = &["of", "and", "&", "for", "in", "de", "du", "la", "le"];

/// Said before one's own name; matched without regard to case.
const INTRODUCTIONS: &[&str] = &["this is", "it's", "it’s", "it is", "my name is"];

/// Words a title may have after its first one.
const MORE_TITLE_WORDS: usize = 5;

/// Words a writer's name may have after its first one.
const MORE_NAME_WORDS: usize = 2;

/// `(role, company)` of the leftmost "ROLE noun at|with COMPANY".
pub fn role_at_company(t: &str) -> Option<(Range<usize>, Range<usize>)> {
    if !t.contains("at") && !t.contains("with") {
        return None;
    }
    for (p, c) in t.char_indices() {
        if !is_upper(c) {
            continue;
        }
        // the longest title that the rest of the pattern accepts
        for &end in title_ends(t, p).iter().rev() {
            let Some(noun) = skip_space(t, end) else {
                continue;
            };
            let company = JOB_NOUNS
                .iter()
                .chain(MORE_ROLE_NOUNS)
                .filter(|n| t[noun..].starts_with(*n))
                .find_map(|n| at_company_after(t, noun + n.len()));
            if let Some(company) = company {
                return Some((p..end, company));
            }
        }
    }
    None
}

/// The company of the leftmost "noun at|with COMPANY".
pub fn at_company(t: &str) -> Option<Range<usize>> {
    if !t.contains("at") && !t.contains("with") {
        return None;
    }
    t.char_indices().find_map(|(p, _)| {
        JOB_NOUNS
            .iter()
            .chain(MORE_COMPANY_NOUNS)
            .filter(|n| t[p..].starts_with(*n))
            .find_map(|n| at_company_after(t, p + n.len()))
    })
}

/// The role of the leftmost "the|your|this ROLE noun", the noun a whole
/// word.
pub fn role_only(t: &str) -> Option<Range<usize>> {
    t.char_indices().find_map(|(p, _)| {
        DETERMINERS
            .iter()
            .filter(|d| t[p..].starts_with(*d))
            .find_map(|d| {
                let start = skip_space(t, p + d.len())?;
                title_ends(t, start)
                    .iter()
                    .rev()
                    .find(|&&end| {
                        skip_space(t, end).is_some_and(|noun| {
                            ROLE_ONLY_NOUNS.iter().any(|n| {
                                t[noun..].starts_with(n) && word_ends_at(t, noun + n.len())
                            })
                        })
                    })
                    .map(|&end| start..end)
            })
    })
}

/// The name in the leftmost "this is|it's|my name is NAME": one to three
/// capitalised words of letters, apostrophes and hyphens, each at least
/// two characters long.
pub fn introduced_name(t: &str) -> Option<Range<usize>> {
    t.char_indices().find_map(|(p, _)| {
        INTRODUCTIONS.iter().find_map(|intro| {
            let start = skip_space(t, starts_with_caseless(t, p, intro)?)?;
            let mut end = name_word(t, start)?;
            for _ in 0..MORE_NAME_WORDS {
                match skip_space(t, end).and_then(|s| name_word(t, s)) {
                    Some(e) => end = e,
                    None => break,
                }
            }
            Some(start..end)
        })
    })
}

/// "Tanvir here, the civil engineer ...", "Dana Cole here.": a name
/// opening the sentence, then "here".
pub fn name_here(t: &str) -> Option<Range<usize>> {
    let start = t.len() - t.trim_start().len();
    let mut end = name_word(t, start)?;
    if crate::phrases::is_common_word(&t[start..end].to_lowercase()) {
        return None;
    }
    if let Some(e) = skip_space(t, end).and_then(|s| name_word(t, s)) {
        end = e;
    }
    let rest = t[end..].strip_prefix(" here")?;
    rest.chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric())
        .then_some(start..end)
}

/// "at|with COMPANY" after white space, from `at`: the company's range.
fn at_company_after(t: &str, at: usize) -> Option<Range<usize>> {
    let word = skip_space(t, at)?;
    ["at", "with"]
        .iter()
        .filter(|w| t[word..].starts_with(*w))
        .find_map(|w| {
            let start = skip_space(t, word + w.len())?;
            let end = *title_ends(t, start).last()?;
            Some(start..end)
        })
}

/// Where a title starting at `p` may end: after its first word, after its
/// second, ... (at most six), each taken as far as it goes. Empty when no
/// title starts at `p`.
fn title_ends(t: &str, p: usize) -> Vec<usize> {
    let mut ends = Vec::new();
    let Some(first) = title_word(t, p) else {
        return ends;
    };
    ends.push(first);
    let mut end = first;
    for _ in 0..MORE_TITLE_WORDS {
        let Some(s) = skip_space(t, end) else {
            break;
        };
        let joined = CONNECTORS
            .iter()
            .filter(|c| t[s..].starts_with(*c))
            .find_map(|c| title_word(t, skip_space(t, s + c.len())?));
        match joined.or_else(|| title_word(t, s)) {
            Some(e) => {
                ends.push(e);
                end = e;
            }
            None => break,
        }
    }
    ends
}

/// `\p{Lu}[\p{L}&'’./-]*` at `p`: its end.
fn title_word(t: &str, p: usize) -> Option<usize> {
    let mut chars = t[p..].chars();
    let first = chars.next().filter(|&c| is_upper(c))?;
    let rest: usize = chars
        .take_while(|&c| is_letter(c) || matches!(c, '&' | '\'' | '’' | '.' | '/' | '-'))
        .map(char::len_utf8)
        .sum();
    Some(p + first.len_utf8() + rest)
}

/// `\p{Lu}[\p{L}'’-]+` at `p`: its end.
fn name_word(t: &str, p: usize) -> Option<usize> {
    let mut chars = t[p..].chars();
    let first = chars.next().filter(|&c| is_upper(c))?;
    let rest: usize = chars
        .take_while(|&c| is_letter(c) || matches!(c, '\'' | '’' | '-'))
        .map(char::len_utf8)
        .sum();
    (rest > 0).then_some(p + first.len_utf8() + rest)
}

/// The end of the white space at `at`, if there is some.
fn skip_space(t: &str, at: usize) -> Option<usize> {
    let len: usize = t[at..]
        .chars()
        .take_while(|c| c.is_whitespace())
        .map(char::len_utf8)
        .sum();
    (len > 0).then_some(at + len)
}

/// Whether a word ends at `at` (`\b` after a word character).
fn word_ends_at(t: &str, at: usize) -> bool {
    t[at..].chars().next().is_none_or(|c| !is_word(c))
}

/// `pattern` (lower case) at `p`, in any case: its end. Case folding as
/// the regex crate does it for these letters: `s` also matches `ſ`.
fn starts_with_caseless(t: &str, p: usize, pattern: &str) -> Option<usize> {
    let mut end = p;
    let mut chars = t[p..].chars();
    for want in pattern.chars() {
        let c = chars.next()?;
        let same = c.to_ascii_lowercase() == want || (want == 's' && c == 'ſ');
        if !same {
            return None;
        }
        end += c.len_utf8();
    }
    Some(end)
}

// The Unicode classes, exact: ASCII and the typographic apostrophe are
// answered here; any other character asks a one-class regex, compiled the
// first time a text needs it.

static UPPER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\A\p{Lu}\z").expect("valid regex"));
static LETTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\A\p{L}\z").expect("valid regex"));
static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\A\w\z").expect("valid regex"));

fn in_class(class: &Regex, c: char) -> bool {
    class.is_match(c.encode_utf8(&mut [0; 4]))
}

/// `\p{Lu}`
fn is_upper(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_uppercase(),
        '’' => false,
        _ => in_class(&UPPER, c),
    }
}

/// `\p{L}`
fn is_letter(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphabetic(),
        '’' => false,
        _ => in_class(&LETTER, c),
    }
}

/// `\w`
fn is_word(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphanumeric() || c == '_',
        '’' => false,
        _ => in_class(&WORD, c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    // The expressions the scanners replace: the oracle.
    const TITLE: &str = r"\p{Lu}[\p{L}&'’./-]*(?:\s+(?:of|and|&|for|in|de|du|la|le)\s+\p{Lu}[\p{L}&'’./-]*|\s+\p{Lu}[\p{L}&'’./-]*){0,5}";

    static ROLE_AT_COMPANY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?P<role>{TITLE})\s+(?:role|position|post|job|opening|vacancy|opportunity|interview|trial shift|trial)\s+(?:at|with)\s+(?P<company>{TITLE})"
        ))
        .unwrap()
    });
    static AT_COMPANY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?:role|position|post|job|opening|vacancy|opportunity|interview|team|offer)\s+(?:at|with)\s+(?P<company>{TITLE})"
        ))
        .unwrap()
    });
    static ROLE_ONLY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?:the|your|this)\s+(?P<role>{TITLE})\s+(?:role|position|post|job|opening|vacancy)\b"
        ))
        .unwrap()
    });
    static SELF_INTRO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i:this is|it's|it’s|it is|my name is)\s+(?P<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})").unwrap()
    });

    fn group(re: &Regex, t: &str, name: &str) -> Option<Range<usize>> {
        re.captures(t).map(|c| c.name(name).expect("group").range())
    }

    fn same_as_the_expressions(t: &str) {
        let expected = ROLE_AT_COMPANY.captures(t).map(|c| {
            let range = |name| c.name(name).expect("group").range();
            (range("role"), range("company"))
        });
        assert_eq!(role_at_company(t), expected, "role at company in {t:?}");
        assert_eq!(
            at_company(t),
            group(&AT_COMPANY, t, "company"),
            "at company in {t:?}"
        );
        assert_eq!(
            role_only(t),
            group(&ROLE_ONLY, t, "role"),
            "role only in {t:?}"
        );
        assert_eq!(
            introduced_name(t),
            group(&SELF_INTRO, t, "name"),
            "name in {t:?}"
        );
    }

    #[test]
    fn examples() {
        let t = "Thank you for the Senior Data Analyst role at Northwind Traders Ltd.";
        let (role, company) = role_at_company(t).unwrap();
        assert_eq!(&t[role], "Senior Data Analyst");
        assert_eq!(&t[company], "Northwind Traders Ltd.");
        let t = "I enjoyed meeting the team at Head of Sales and Marketing.";
        assert_eq!(&t[at_company(t).unwrap()], "Head of Sales and Marketing.");
        let t = "I am withdrawing from the UX Researcher position, sadly.";
        assert_eq!(&t[role_only(t).unwrap()], "UX Researcher");
        assert_eq!(role_only("the UX Researcher positions"), None);
        let t = "Tanvir Hossain here, the engineer you called.";
        assert_eq!(&t[name_here(t).unwrap()], "Tanvir Hossain");
        assert_eq!(name_here("Everyone here was kind."), None);
        assert_eq!(name_here("Sam hereby withdraws."), None);
        let t = "Hi Dana, MY NAME IS Sam O’Neil-Lee and I write about";
        assert_eq!(&t[introduced_name(t).unwrap()], "Sam O’Neil-Lee");
        // seven capitalised words: the title starts where six remain
        let t = "A Bb Cc Dd Ee Ff Gg role at X";
        assert_eq!(&t[role_at_company(t).unwrap().0], "Bb Cc Dd Ee Ff Gg");
        for t in [
            "Thank you for the Senior Data Analyst role at Northwind Traders Ltd.",
            "bathe Émile Ørsted post with Zürich Co",
            "xAnalyst trial shift at Acme",
            "it’ſ Ann",
            "",
        ] {
            same_as_the_expressions(t);
        }
    }

    /// Sentences made of the pieces the patterns care about.
    fn sentence() -> impl Strategy<Value = String> {
        let words = prop::sample::select(vec![
            "Senior",
            "Data",
            "Analyst",
            "of",
            "and",
            "&",
            "for",
            "in",
            "de",
            "du",
            "la",
            "le",
            "Head",
            "Sales",
            "role",
            "roles",
            "position",
            "post",
            "posts",
            "job",
            "opening",
            "vacancy",
            "opportunity",
            "interview",
            "trial",
            "shift",
            "trial shift",
            "team",
            "offer",
            "at",
            "with",
            "At",
            "the",
            "your",
            "this",
            "This",
            "is",
            "IS",
            "it's",
            "It’s",
            "it",
            "my",
            "My",
            "name",
            "NAME",
            "Sam",
            "Ann",
            "Émile",
            "Øystein",
            "Ж",
            "ǅ",
            "ⓐ",
            "Ⅻ",
            "ſ",
            "ı",
            "McDonald",
            "xAnalyst",
            "Sr.",
            "R&D",
            "O’Brien",
            "A/B",
            "Jean-Luc",
            "-",
            "/",
            ".",
            ",",
            "!",
            "'",
            "’",
            "steam",
            "bathe",
            "Acme",
            "Inc.",
            "role_",
            "roleé",
            "role1",
            "X",
            "a",
            "I",
            "K",
            "k",
        ]);
        let gaps = prop::sample::select(vec![" ", " ", " ", "  ", "\n", "\t", "\u{a0}", "", ","]);
        prop::collection::vec((words, gaps), 0..14).prop_map(|parts| {
            parts.into_iter().fold(String::new(), |mut s, (w, g)| {
                s.push_str(w);
                s.push_str(g);
                s
            })
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]
        #[test]
        fn the_scanners_match_the_expressions(t in sentence()) {
            same_as_the_expressions(&t);
        }
    }
}
