//! LSP positions ↔ engine byte offsets: the only place the server converts
//! them. Outgoing ranges go through a [`Converter`] over one analysed text;
//! incoming edit positions are resolved against the rope with
//! [`rope_offset`]. Both use [`LineIndex`], which clamps every position
//! (past a line's end, past the last line, inside a surrogate pair).

use std::borrow::Cow;
use std::ops::Range;

use ropey::Rope;
use tower_lsp_server::ls_types::{self as lsp, PositionEncodingKind};

use crate::position::{self, Encoding, LineIndex};

/// Picks the first encoding the client lists that tactful speaks (UTF-8 or
/// UTF-16); UTF-16 when it lists none, as LSP 3.17 requires.
pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Encoding {
    offered
        .unwrap_or_default()
        .iter()
        .find_map(|kind| match kind.as_str() {
            "utf-8" => Some(Encoding::Utf8),
            "utf-16" => Some(Encoding::Utf16),
            _ => None,
        })
        .unwrap_or(Encoding::Utf16)
}

pub fn encoding_kind(enc: Encoding) -> PositionEncodingKind {
    match enc {
        Encoding::Utf8 => PositionEncodingKind::UTF8,
        Encoding::Utf16 => PositionEncodingKind::UTF16,
        Encoding::Utf32 => PositionEncodingKind::UTF32,
    }
}

/// Converts between byte offsets and LSP positions over one text.
#[derive(Clone, Copy)]
pub struct Converter<'a> {
    text: &'a str,
    index: &'a LineIndex,
    encoding: Encoding,
}

impl<'a> Converter<'a> {
    pub fn new(text: &'a str, index: &'a LineIndex, encoding: Encoding) -> Converter<'a> {
        Converter {
            text,
            index,
            encoding,
        }
    }

    pub fn position(&self, offset: usize) -> lsp::Position {
        let p = self.index.position(self.text, offset, self.encoding);
        lsp::Position::new(p.line, p.character)
    }

    pub fn range(&self, range: &Range<usize>) -> lsp::Range {
        lsp::Range::new(self.position(range.start), self.position(range.end))
    }

    /// The byte offset of a client position, clamped into the text.
    pub fn offset(&self, pos: lsp::Position) -> usize {
        self.index.offset(self.text, to_engine(pos), self.encoding)
    }
}

fn to_engine(pos: lsp::Position) -> position::Position {
    position::Position {
        line: pos.line,
        character: pos.character,
    }
}

/// The byte offset in `rope` of a client position, clamped like
/// [`LineIndex::offset`]. Only the position's line is indexed, so an edit
/// costs the length of one line, not of the document.
pub fn rope_offset(rope: &Rope, pos: lsp::Position, encoding: Encoding) -> usize {
    let line = pos.line as usize;
    if line >= rope.len_lines() {
        return rope.len_bytes();
    }
    let start = rope.line_to_byte(line);
    let text: Cow<str> = rope.line(line).into();
    let index = LineIndex::new(&text);
    let within = index.offset(
        &text,
        position::Position {
            line: 0,
            character: pos.character,
        },
        encoding,
    );
    start + within
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_prefers_the_clients_order() {
        let offer = |kinds: &[&'static str]| {
            let kinds: Vec<PositionEncodingKind> = kinds
                .iter()
                .map(|&k| PositionEncodingKind::new(k))
                .collect();
            negotiate(Some(&kinds))
        };
        assert_eq!(offer(&["utf-8", "utf-16"]), Encoding::Utf8);
        assert_eq!(offer(&["utf-32", "utf-16", "utf-8"]), Encoding::Utf16);
        assert_eq!(offer(&["utf-32"]), Encoding::Utf16);
        assert_eq!(offer(&[]), Encoding::Utf16);
        assert_eq!(negotiate(None), Encoding::Utf16);
    }

    #[test]
    fn rope_offsets_clamp_like_the_line_index() {
        let text = "Hi 👋 王,\r\nthanks\rend\n";
        let rope = Rope::from_str(text);
        let index = LineIndex::new(text);
        let conv = Converter::new(text, &index, Encoding::Utf16);
        for line in 0..6 {
            for character in 0..12 {
                for enc in [Encoding::Utf8, Encoding::Utf16] {
                    let pos = lsp::Position::new(line, character);
                    let conv = Converter {
                        encoding: enc,
                        ..conv
                    };
                    assert_eq!(
                        rope_offset(&rope, pos, enc),
                        conv.offset(pos),
                        "{pos:?} {enc:?}"
                    );
                }
            }
        }
    }
}
