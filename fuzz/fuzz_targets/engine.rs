//! The engine on arbitrary bytes: as UTF-8 where valid, else lossily
//! decoded; both formats; every preferred fix applied. Checks that
//! findings and fixes stay inside the text on character boundaries, that
//! text outside the edits is unchanged, and that positions round-trip.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tactful::config::Config;
use tactful::document::Format;
use tactful::engine;
use tactful::{fixes, vocab};
use tactful::vocab::Medium;
use tactful::position::{Encoding, LineIndex};
use tactful::rules::Edit;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut cfg = Config::default();
    // vary the medium too: each has its own rules and budgets
    cfg.force_medium = match data.len() % 5 {
        0 => None,
        1 => Some(Medium::Email),
        2 => Some(Medium::Text),
        3 => Some(Medium::Phone),
        _ => Some(Medium::InPerson),
    };
    for format in [Format::Markdown, Format::PlainText] {
        check_one(&text, format, &cfg);
    }
});

fn check_one(text: &str, format: Format, cfg: &Config) {
    let report = engine::check(text, format, cfg);
    let index = LineIndex::new(text);
    let mut preferred: Vec<&Edit> = Vec::new();
    for f in &report.findings {
        assert_in_text(text, &f.range, f.rule);
        for enc in [Encoding::Utf8, Encoding::Utf16] {
            for at in [f.range.start, f.range.end] {
                let pos = index.position(text, at, enc);
                assert_eq!(index.offset(text, pos, enc), at, "{} {enc:?}", f.rule);
            }
        }
        assert!(
            f.fixes.iter().filter(|x| x.preferred).count() <= 1,
            "{}: more than one preferred fix",
            f.rule
        );
        for x in &f.fixes {
            let mut edits: Vec<&Edit> = x.edits.iter().collect();
            for e in &edits {
                assert_in_text(text, &e.range, f.rule);
            }
            edits.sort_by_key(|e| (e.range.start, e.range.end));
            for w in edits.windows(2) {
                assert!(
                    w[0].range.end <= w[1].range.start,
                    "{}: fix {:?} has overlapping edits",
                    f.rule,
                    x.title
                );
            }
            assert_outside_unchanged(text, &vocab::apply_edits(text, &edits), &edits, f.rule);
            if x.preferred {
                preferred.extend(x.edits.iter());
            }
        }
    }
    let (fixed, applied) = fixes::apply_preferred(text, &report.findings);
    if applied > 0 {
        assert_outside_unchanged(text, &fixed, &preferred, "all preferred fixes");
    } else {
        assert_eq!(fixed, text);
    }
    let (stable, _) = fixes::fix_until_stable(text, format, cfg);
    // the fixed text is checked again without trouble
    let _ = engine::check(&stable, format, cfg);
}

fn assert_in_text(text: &str, r: &std::ops::Range<usize>, rule: &str) {
    assert!(
        r.start <= r.end && r.end <= text.len(),
        "{rule}: range {r:?} outside a text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(r.start) && text.is_char_boundary(r.end),
        "{rule}: range {r:?} splits a character"
    );
}

/// The text before the first edit and after the last is byte-identical.
fn assert_outside_unchanged(before: &str, after: &str, edits: &[&Edit], what: &str) {
    let Some(first) = edits.iter().map(|e| e.range.start).min() else {
        return;
    };
    let last = edits.iter().map(|e| e.range.end).max().unwrap_or(first);
    assert!(
        after.as_bytes().starts_with(&before.as_bytes()[..first]),
        "{what}: text before {first} changed"
    );
    assert!(
        after.as_bytes().ends_with(&before.as_bytes()[last..]),
        "{what}: text after {last} changed"
    );
}
