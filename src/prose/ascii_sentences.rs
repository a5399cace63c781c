//! UAX #29 sentence boundaries for ASCII text, the same as
//! `unicode-segmentation`'s `split_sentence_bound_indices`, whose state
//! machine this follows rule for rule. Most paragraphs of a message are
//! ASCII, and for them a byte table replaces the crate's binary search of
//! the Unicode tables per character (17 % of `tactful check` on a folder
//! of drafts). A proptest compares both on random ASCII text.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

/// Sentence pieces of `s` as byte ranges: through the byte table when `s`
/// is ASCII, through `unicode-segmentation` otherwise.
pub fn sentence_bounds(s: &str) -> Vec<Range<usize>> {
    if !s.is_ascii() {
        return s
            .split_sentence_bound_indices()
            .map(|(i, piece)| i..i + piece.len())
            .collect();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut state = [Part::Sot; 4];
    for (pos, &b) in bytes.iter().enumerate() {
        let before = state;
        let cat = category(b);
        state = next(state, cat);
        if breaks_before(&before, cat, &bytes[pos..]) && pos > start {
            out.push(start..pos);
            start = pos;
        }
    }
    if start < bytes.len() {
        out.push(start..bytes.len());
    }
    out
}

/// Sentence_Break values that occur in ASCII.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cat {
    Cr,
    Lf,
    Sp,
    Lower,
    Upper,
    Numeric,
    ATerm,
    STerm,
    Close,
    SContinue,
    Other,
}

fn category(b: u8) -> Cat {
    match b {
        b'\r' => Cat::Cr,
        b'\n' => Cat::Lf,
        b'\t' | 0x0b | 0x0c | b' ' => Cat::Sp,
        b'a'..=b'z' => Cat::Lower,
        b'A'..=b'Z' => Cat::Upper,
        b'0'..=b'9' => Cat::Numeric,
        b'.' => Cat::ATerm,
        b'!' | b'?' => Cat::STerm,
        b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => Cat::Close,
        b',' | b'-' | b':' | b';' => Cat::SContinue,
        _ => Cat::Other,
    }
}

/// What the last four characters were, runs of Close and of Sp counting
/// once (the crate's `StatePart`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Sot,
    Other,
    Cr,
    Lf,
    ATerm,
    UpperLower,
    ClosePlus,
    SpPlus,
    STerm,
}

fn next(parts: [Part; 4], cat: Cat) -> [Part; 4] {
    match (parts[3], cat) {
        (Part::ClosePlus, Cat::Close) | (Part::SpPlus, Cat::Sp) => parts,
        _ => [
            parts[1],
            parts[2],
            parts[3],
            match cat {
                Cat::Cr => Part::Cr,
                Cat::Lf => Part::Lf,
                Cat::ATerm => Part::ATerm,
                Cat::Upper | Cat::Lower => Part::UpperLower,
                Cat::Close => Part::ClosePlus,
                Cat::Sp => Part::SpPlus,
                Cat::STerm => Part::STerm,
                _ => Part::Other,
            },
        ],
    }
}

/// Whether a sentence boundary comes before the character of category
/// `cat` at the start of `ahead`, after characters that left `before`.
fn breaks_before(before: &[Part; 4], cat: Cat, ahead: &[u8]) -> bool {
    // Every rule that breaks (SB1, SB4, SB11) needs one of these in the
    // state; most characters of a paragraph see none.
    if !before.iter().any(|p| {
        matches!(
            p,
            Part::Sot | Part::Cr | Part::Lf | Part::ATerm | Part::STerm
        )
    }) {
        return false;
    }
    let last = before[3];
    let is_term = |p: Part| p == Part::STerm || p == Part::ATerm;
    // the term before trailing Close* (SB8a) or Close* Sp* (SB8, SB10)
    let term_before = |spaces: bool| {
        let mut idx = if spaces && last == Part::SpPlus { 2 } else { 3 };
        if before[idx] == Part::ClosePlus {
            idx -= 1;
        }
        before[idx]
    };
    let para = matches!(cat, Cat::Cr | Cat::Lf);
    if last == Part::Sot {
        return true; // SB1
    }
    if cat == Cat::Lf && last == Part::Cr {
        return false; // SB3
    }
    if matches!(last, Part::Cr | Part::Lf) {
        return true; // SB4
    }
    if cat == Cat::Numeric && last == Part::ATerm {
        return false; // SB6
    }
    if cat == Cat::Upper && before[2] == Part::UpperLower && last == Part::ATerm {
        return false; // SB7
    }
    if term_before(true) == Part::ATerm && lower_follows(ahead) {
        return false; // SB8
    }
    if matches!(cat, Cat::SContinue | Cat::STerm | Cat::ATerm) && is_term(term_before(true)) {
        return false; // SB8a
    }
    if (matches!(cat, Cat::Close | Cat::Sp) || para) && is_term(term_before(false)) {
        return false; // SB9
    }
    if (cat == Cat::Sp || para) && is_term(term_before(true)) {
        return false; // SB10
    }
    // SB11: a term, Close*, Sp*, and at most one paragraph separator
    let mut idx = if matches!(last, Part::Cr | Part::Lf) {
        2
    } else {
        3
    };
    if before[idx] == Part::SpPlus {
        idx -= 1;
    }
    if before[idx] == Part::ClosePlus {
        idx -= 1;
    }
    is_term(before[idx])
}

/// SB8: after ATerm Close* Sp*, whether a lower-case letter comes before
/// any letter of another kind, separator or terminator.
fn lower_follows(ahead: &[u8]) -> bool {
    for &b in ahead {
        match category(b) {
            Cat::Lower => return true,
            Cat::Upper | Cat::Cr | Cat::Lf | Cat::STerm | Cat::ATerm => return false,
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn crate_bounds(s: &str) -> Vec<Range<usize>> {
        s.split_sentence_bound_indices()
            .map(|(i, piece)| i..i + piece.len())
            .collect()
    }

    #[test]
    fn examples() {
        for s in [
            "",
            "Hi Dana.",
            "Thank you. I must decline! Is that OK? Yes.\n\nBest,\r\nSam",
            "Mr. Smith said (\"no.\") then left.  Again... e.g. this. 3.14 is pi.",
            "U.S.A. is big. \"Quoted!\" he said? a lower start.",
            ".\n\r\r\n?! )  x",
        ] {
            assert_eq!(sentence_bounds(s), crate_bounds(s), "{s:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]
        #[test]
        fn the_same_as_unicode_segmentation_on_ascii(
            s in "([aB7.!?\"'()\\[\\]{},:;\\- \t\r\n#_\u{b}\u{c}\u{0}]|Mr|e\\.g|ok){0,30}",
        ) {
            prop_assert_eq!(sentence_bounds(&s), crate_bounds(&s), "{:?}", s);
        }

        #[test]
        fn any_ascii(s in "[\u{0}-\u{7f}]{0,40}") {
            prop_assert_eq!(sentence_bounds(&s), crate_bounds(&s), "{:?}", s);
        }
    }
}
