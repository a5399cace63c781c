//! A server document receiving arbitrary incremental edits at arbitrary
//! positions (past the end, inside surrogate pairs and CRLF pairs,
//! reversed ranges), in UTF-8, UTF-16 and UTF-32, compared with a plain
//! `String` model clamped by `LineIndex`. At the end the analysis of the
//! document is compared with a fresh check of the model's text.
#![no_main]

use std::str::FromStr;

use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use tactful::document::Format;
use tactful::lsp::analysis;
use tactful::lsp::state::State;
use tactful::position::{Encoding, LineIndex, Position};
use tower_lsp_server::ls_types::{self as lsp, TextDocumentContentChangeEvent, Uri};

/// Pieces text is built from: the awkward cases for positions.
const PIECES: &[&str] = &[
    "a",
    "Hi ",
    "thanks",
    "é",
    "王",
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
    "```",
    "-- \n",
    "---\n",
    "I must decline.",
    "\u{feff}",
];

fn text(u: &mut Unstructured) -> Result<String> {
    let n = u.int_in_range(0..=12)?;
    let mut s = String::new();
    for _ in 0..n {
        s.push_str(u.choose(PIECES)?);
    }
    Ok(s)
}

fn position(u: &mut Unstructured, model: &str) -> Result<lsp::Position> {
    let lines = LineIndex::new(model).line_count() as u32;
    let line = match u.int_in_range(0..=9)? {
        0 => u32::MAX,
        1 => lines + u.int_in_range(0..=3)?,
        _ => u.int_in_range(0..=lines.saturating_sub(1))?,
    };
    let character = match u.int_in_range(0..=9)? {
        0 => u32::MAX,
        _ => u.int_in_range(0..=12)?,
    };
    Ok(lsp::Position::new(line, character))
}

fn run(u: &mut Unstructured) -> Result<()> {
    let encoding = *u.choose(&[Encoding::Utf8, Encoding::Utf16, Encoding::Utf32])?;
    let format = *u.choose(&[Format::Markdown, Format::PlainText])?;
    let uri = Uri::from_str("file:///fuzz/draft.md").expect("a valid uri");
    let mut model = text(u)?;
    let mut state = State {
        encoding,
        ..State::default()
    };
    state.open(uri.clone(), 0, format, &model);
    let mut version = 0;
    for _ in 0..u.int_in_range(0..=16)? {
        let mut changes = Vec::new();
        for _ in 0..u.int_in_range(1..=3)? {
            let new_text = text(u)?;
            let range = if u.ratio(1, 12)? {
                None
            } else {
                Some(lsp::Range::new(position(u, &model)?, position(u, &model)?))
            };
            // the model: the whole text, clamped by the line index
            match range {
                None => model = new_text.clone(),
                Some(r) => {
                    let index = LineIndex::new(&model);
                    let at = |p: lsp::Position| {
                        index.offset(
                            &model,
                            Position {
                                line: p.line,
                                character: p.character,
                            },
                            encoding,
                        )
                    };
                    let (a, b) = (at(r.start), at(r.end));
                    model.replace_range(a.min(b)..a.max(b), &new_text);
                }
            }
            changes.push(TextDocumentContentChangeEvent {
                range,
                range_length: None,
                text: new_text,
            });
        }
        version = u.int_in_range(-2..=version + 2)?;
        state
            .change(&uri, version, &changes)
            .expect("the document is open");
        let doc = &state.documents[&uri];
        assert_eq!(
            doc.rope.to_string(),
            model,
            "after {changes:?} ({encoding:?})"
        );
        assert_eq!(doc.rope.len_lines(), LineIndex::new(&model).line_count());
    }
    let snapshot = state.snapshot(&uri).expect("the document is open");
    let (incremental, failure) = analysis::analyse(snapshot);
    assert!(failure.is_none(), "the engine panicked: {failure:?}");
    let fresh = tactful::engine::check(&model, format, &state.config);
    let ranges = |f: &[tactful::rules::Finding]| -> Vec<(&'static str, std::ops::Range<usize>)> {
        f.iter().map(|f| (f.rule, f.range.clone())).collect()
    };
    assert_eq!(ranges(incremental.findings()), ranges(&fresh.findings));
    Ok(())
}

fuzz_target!(|data: &[u8]| {
    let _ = run(&mut Unstructured::new(data));
});
