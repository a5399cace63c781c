//! Property tests: the server's document model, position conversions, fix
//! safety and re-analysis, on generated text full of the awkward cases
//! (emoji, CJK, CRLF, lone CR, Markdown).

use std::ops::Range;
use std::str::FromStr;

use proptest::prelude::*;
use tactful::config::Config;
use tactful::document::Format;
use tactful::engine;
use tactful::lsp::analysis;
use tactful::lsp::state::State;
use tactful::position::{Encoding, LineIndex, Position};
use tactful::rules::{Edit, Finding};
use tactful::{fixes, vocab};
use tower_lsp_server::ls_types::{self as lsp, TextDocumentContentChangeEvent, Uri};

/// Small pieces that make positions hard.
const PIECES: &[&str] = &[
    "a",
    "Hi ",
    "thanks",
    "é",
    "王芳",
    "👋",
    "🇳🇴",
    "\u{200d}",
    "\r\n",
    "\n",
    "\r",
    " ",
    "\t",
    "[Name]",
    "# ",
    "> ",
    "```\n",
    "-- \n",
    "---\n",
    "I must decline.",
    "😀😀",
];

/// Realistic decline sentences, good and bad, to build messages from.
const SENTENCES: &[&str] = &[
    "Thank you so much for the invitation to interview for the Data Analyst role at Acme.",
    "I really appreciate your time and the chance to learn about the team.",
    "After careful thought, I have decided to withdraw my application.",
    "Unfortunately, I must decline the interview.",
    "I'm not sure this is right for me, I'll let you know.",
    "I have accepted another offer that fits my goals.",
    "Your process was a mess and the salary is insulting.",
    "Sorry, so so sorry, I'm really sorry!!",
    "Something came up and I'm too busy.",
    "Unless you can raise the salary, I will have to pass.",
    "hey thx but nah 😅",
    "I would welcome the chance to stay in touch in the future.",
    "I am relocating to Lisbon for family reasons, my mother is ill, money is tight, and my partner got a job there.",
    "Please let [Company Name] know, {{name}}, TBD.",
    "I HATE THIS PROCESS.",
    "Best regards,",
    "Jordan Lee",
    "Dear Ms. Wang,",
    "To whom it may concern,",
    "Subject: Interview for the Data Analyst role",
    "Hello, this is Sam calling about the interview.",
];

const MARKDOWN_BITS: &[&str] = &[
    "# Draft",
    "> On Monday, Ana wrote: are you free?",
    "```\ncode [Name]\n```",
    "<!-- tactful-disable casual-tone -->",
    "---\nmedium: email\n---",
    "- a list item",
    "[link](https://example.com/[Name])",
    "`inline code`",
    "-- \nJordan",
    "👋🏽 王芳",
];

fn piece_text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..max).prop_map(|v| v.concat())
}

/// A message: sentences and Markdown bits joined by spaces or line breaks
/// (LF or CRLF, chosen per message).
fn message() -> impl Strategy<Value = String> {
    let chunk = prop_oneof![
        4 => prop::sample::select(SENTENCES),
        1 => prop::sample::select(MARKDOWN_BITS),
        1 => prop::sample::select(&["😀", "🙏", "\u{feff}", "é"][..]),
    ];
    let sep = prop::sample::select(&[" ", "\n", "\n\n", " "][..]);
    (
        prop::collection::vec((chunk, sep), 0..14),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(parts, crlf, trailing)| {
            let mut s: String = parts.into_iter().flat_map(|(c, sep)| [c, sep]).collect();
            if !trailing {
                s.truncate(s.trim_end().len());
            }
            if crlf {
                s = s.replace('\n', "\r\n");
            }
            s
        })
}

fn encoding() -> impl Strategy<Value = Encoding> {
    prop::sample::select(&[Encoding::Utf8, Encoding::Utf16, Encoding::Utf32][..])
}

fn format() -> impl Strategy<Value = Format> {
    prop::sample::select(&[Format::Markdown, Format::PlainText][..])
}

/// One edit as a client might send it: a range given as fractions of the
/// text's lines and of a line's length (so it lands in and around the
/// text, plus beyond it), or the whole text.
#[derive(Debug, Clone)]
struct ClientEdit {
    start: (u32, u32),
    end: (u32, u32),
    full: bool,
    text: String,
}

fn client_edit() -> impl Strategy<Value = ClientEdit> {
    let pos = (0u32..12, 0u32..16);
    (pos.clone(), pos, prop::bool::weighted(0.05), piece_text(6)).prop_map(
        |(start, end, full, text)| ClientEdit {
            start,
            end,
            full,
            text,
        },
    )
}

fn uri() -> Uri {
    Uri::from_str("file:///tmp/tactful-props/draft.md").expect("a valid uri")
}

/// Applies `edit` to the plain-string model, clamping like the server.
fn apply_to_model(model: &mut String, edit: &ClientEdit, enc: Encoding) {
    if edit.full {
        *model = edit.text.clone();
        return;
    }
    let index = LineIndex::new(model);
    let at = |(line, character): (u32, u32)| index.offset(model, Position { line, character }, enc);
    let (a, b) = (at(edit.start), at(edit.end));
    model.replace_range(a.min(b)..a.max(b), &edit.text);
}

fn change_event(edit: &ClientEdit) -> TextDocumentContentChangeEvent {
    TextDocumentContentChangeEvent {
        range: (!edit.full).then(|| {
            lsp::Range::new(
                lsp::Position::new(edit.start.0, edit.start.1),
                lsp::Position::new(edit.end.0, edit.end.1),
            )
        }),
        range_length: None,
        text: edit.text.clone(),
    }
}

/// The server state with one document open.
fn opened(text: &str, format: Format, enc: Encoding) -> State {
    let mut state = State {
        encoding: enc,
        ..State::default()
    };
    state.open(uri(), 1, format, text);
    state
}

fn server_text(state: &State) -> String {
    state.documents[&uri()].rope.to_string()
}

/// UTF-16 units of `s`, counted independently of the code under test.
fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

fn preferred_edits(findings: &[Finding]) -> Vec<&Edit> {
    findings
        .iter()
        .filter_map(|f| f.fixes.iter().find(|x| x.preferred))
        .flat_map(|x| x.edits.iter())
        .collect()
}

/// The text before the first edit and after the last is byte-identical.
fn assert_outside_unchanged(before: &str, after: &str, ranges: &[Range<usize>]) {
    let Some(first) = ranges.iter().map(|r| r.start).min() else {
        assert_eq!(before, after);
        return;
    };
    let last = ranges.iter().map(|r| r.end).max().unwrap_or(first);
    assert!(
        after.as_bytes().starts_with(&before.as_bytes()[..first]),
        "text before byte {first} changed"
    );
    assert!(
        after.as_bytes().ends_with(&before.as_bytes()[last..]),
        "text after byte {last} changed"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// The server's rope plus edits equals a string plus the same edits,
    /// in every encoding, with positions past the end and inside pairs.
    #[test]
    fn rope_plus_edits_equals_string_plus_edits(
        initial in piece_text(16),
        batches in prop::collection::vec(prop::collection::vec(client_edit(), 1..4), 0..8),
        enc in encoding(),
    ) {
        let mut state = opened(&initial, Format::Markdown, enc);
        let mut model = initial.clone();
        for (version, batch) in batches.iter().enumerate() {
            for e in batch {
                apply_to_model(&mut model, e, enc);
            }
            let changes: Vec<_> = batch.iter().map(change_event).collect();
            prop_assert!(state.change(&uri(), version as i32 + 2, &changes).is_some());
            prop_assert_eq!(server_text(&state), model.clone());
            prop_assert_eq!(
                state.documents[&uri()].rope.len_lines(),
                LineIndex::new(&model).line_count()
            );
        }
    }

    /// Byte offset → position → byte offset is the identity on character
    /// boundaries outside line terminators; UTF-16 and UTF-8 columns agree
    /// with an independent count; converting a UTF-16 position to UTF-8
    /// and back lands on the same byte.
    #[test]
    fn positions_round_trip(text in piece_text(24)) {
        let index = LineIndex::new(&text);
        let mut line = 0u32;
        let mut line_start = 0usize;
        let mut offset = 0usize;
        for c in text.chars().chain(std::iter::once('\0')) {
            let at_end = offset == text.len();
            let inside_crlf = offset > 0 && text.as_bytes()[offset - 1] == b'\r' && c == '\n';
            if !inside_crlf {
                let p16 = index.position(&text, offset, Encoding::Utf16);
                let p8 = index.position(&text, offset, Encoding::Utf8);
                let p32 = index.position(&text, offset, Encoding::Utf32);
                let prefix = &text[line_start..offset];
                let prefix = prefix.trim_end_matches(['\r', '\n']);
                prop_assert_eq!(p16.line, line);
                prop_assert_eq!(p16.character as usize, utf16_len(prefix));
                prop_assert_eq!(p8.character as usize, prefix.len());
                prop_assert_eq!(p32.character as usize, prefix.chars().count());
                for (p, enc) in [(p16, Encoding::Utf16), (p8, Encoding::Utf8), (p32, Encoding::Utf32)] {
                    prop_assert_eq!(index.offset(&text, p, enc), offset);
                }
                // UTF-16 → byte → UTF-8 → byte
                let via8 = index.position(&text, index.offset(&text, p16, Encoding::Utf16), Encoding::Utf8);
                prop_assert_eq!(via8, p8);
            }
            if at_end {
                break;
            }
            let next = offset + c.len_utf8();
            let breaks = c == '\n' || (c == '\r' && text.as_bytes().get(next) != Some(&b'\n'));
            if breaks {
                line += 1;
                line_start = next;
            }
            offset = next;
        }
        prop_assert_eq!(index.line_count() as u32, line + 1);
    }

    /// Every position a client can send maps to a character boundary, and
    /// positions past the end of a line or the text clamp to that end.
    #[test]
    fn any_position_lands_on_a_boundary(text in piece_text(16), line in 0u32..20, character in 0u32..40, enc in encoding()) {
        let index = LineIndex::new(&text);
        let offset = index.offset(&text, Position { line, character }, enc);
        prop_assert!(offset <= text.len());
        prop_assert!(text.is_char_boundary(offset));
        if line as usize >= index.line_count() {
            prop_assert_eq!(offset, text.len());
        }
        let back = index.position(&text, offset, enc);
        prop_assert!(back.line <= line);
    }

    /// Every fix, and all preferred fixes together, touch only their own
    /// ranges: the text before the first edit and after the last is
    /// byte-identical, and each edit lies on character boundaries.
    #[test]
    fn fixes_touch_only_their_ranges(text in message(), format in format()) {
        let cfg = Config::default();
        let report = engine::check(&text, format, &cfg);
        for f in &report.findings {
            prop_assert!(f.fixes.iter().filter(|x| x.preferred).count() <= 1, "{}", f.rule);
            for x in &f.fixes {
                for e in &x.edits {
                    prop_assert!(e.range.start <= e.range.end && e.range.end <= text.len(), "{} {:?}", f.rule, e.range);
                    prop_assert!(text.is_char_boundary(e.range.start) && text.is_char_boundary(e.range.end));
                }
                let edits: Vec<&Edit> = x.edits.iter().collect();
                let fixed = vocab::apply_edits(&text, &edits);
                let ranges: Vec<_> = edits.iter().map(|e| e.range.clone()).collect();
                assert_outside_unchanged(&text, &fixed, &ranges);
            }
        }
        let (fixed, applied) = fixes::apply_preferred(&text, &report.findings);
        if applied == 0 {
            prop_assert_eq!(&fixed, &text);
        } else {
            let ranges: Vec<_> = preferred_edits(&report.findings).iter().map(|e| e.range.clone()).collect();
            assert_outside_unchanged(&text, &fixed, &ranges);
        }
        // and the result can be checked and fixed again
        let (stable, _) = fixes::fix_until_stable(&text, format, &cfg);
        engine::check(&stable, format, &cfg);
    }

    /// The analysis of a document after a random sequence of edits equals
    /// a full analysis of its final text.
    #[test]
    fn reanalysis_after_edits_equals_full_analysis(
        initial in message(),
        edits in prop::collection::vec(client_edit(), 0..10),
        format in format(),
        enc in encoding(),
    ) {
        let mut state = opened(&initial, format, enc);
        let mut model = initial.clone();
        for (version, e) in edits.iter().enumerate() {
            apply_to_model(&mut model, e, enc);
            let snapshot = state.change(&uri(), version as i32 + 2, &[change_event(e)]);
            prop_assert!(snapshot.is_some());
            // as in the server: an analysis of a version that is no longer
            // current is neither stored nor served
            if version % 3 == 0 {
                let (older, _) = analysis::analyse(state.snapshot(&uri()).expect("open"));
                prop_assert!(state.store(&uri(), std::sync::Arc::new(older)));
            }
            if version % 3 == 1 {
                prop_assert!(state.current_analysis(&uri()).is_none());
            }
        }
        let snapshot = state.snapshot(&uri()).expect("open");
        let (analysis, failure) = analysis::analyse(snapshot);
        prop_assert!(failure.is_none(), "{:?}", failure);
        prop_assert!(state.store(&uri(), std::sync::Arc::new(analysis)));
        let analysis = state.current_analysis(&uri()).expect("current");
        prop_assert_eq!(&analysis.text, &model);
        let full = engine::check(&model, format, &Config::default());
        let report = analysis.report.as_ref().expect("a report");
        prop_assert_eq!(
            serde_json::to_value(report).expect("serializable"),
            serde_json::to_value(&full).expect("serializable")
        );
    }

    /// The engine with a chunk cache kept across a random sequence of
    /// edits reports, at every version, exactly what it reports afresh.
    #[test]
    fn a_kept_chunk_cache_changes_no_report(
        initial in message(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0usize..40, message()), 1..8),
        format in format(),
    ) {
        let cfg = Config::default();
        let mut cache = tactful::document::ChunkCache::default();
        let mut text = initial;
        for (at, delete, insert) in edits {
            let mut from = at.index(text.len() + 1);
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            let mut to = (from + delete).min(text.len());
            while !text.is_char_boundary(to) {
                to -= 1;
            }
            text.replace_range(from..to, &insert);
            let kept = engine::check_cached(&text, format, &cfg, Some(&mut cache));
            let fresh = engine::check(&text, format, &cfg);
            prop_assert_eq!(
                serde_json::to_value(&kept).expect("serializable"),
                serde_json::to_value(&fresh).expect("serializable"),
                "text: {:?}", text
            );
        }
    }

}
