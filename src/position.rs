//! Byte offsets ↔ editor positions, in one place.
//!
//! The engine works in byte offsets. Editors speak in (line, character)
//! where a character is a UTF-16 code unit (the LSP default), a byte
//! (UTF-8) or a code point (UTF-32). Lines end at `\n`, `\r\n` or `\r`,
//! as LSP says, and nowhere else. Every incoming position is clamped: past
//! the end of a line means its end, past the last line means the end of
//! the text, inside a surrogate pair or a multi-byte character means the
//! start of that character.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub enum Encoding {
    Utf8,
    #[default]
    Utf16,
    Utf32,
}

impl Encoding {
    /// Units of `c` in this encoding.
    pub fn len(self, c: char) -> usize {
        match self {
            Encoding::Utf8 => c.len_utf8(),
            Encoding::Utf16 => c.len_utf16(),
            Encoding::Utf32 => 1,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Position {
    pub line: u32,
    pub character: u32,
}

/// Line starts of one text.
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offset where each line starts.
    starts: Vec<usize>,
    len: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'\n' => starts.push(i + 1),
                b'\r' => {
                    if b.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    starts.push(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex {
            starts,
            len: text.len(),
        }
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// Byte range of line `line` without its terminator.
    fn line_bounds(&self, text: &str, line: usize) -> (usize, usize) {
        let start = self.starts[line];
        let mut end = self.starts.get(line + 1).copied().unwrap_or(self.len);
        let b = text.as_bytes();
        if end > start && b.get(end - 1) == Some(&b'\n') {
            end -= 1;
        }
        if end > start && b.get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        (start, end)
    }

    /// The position of byte `offset` (clamped to the text and to a char
    /// boundary).
    pub fn position(&self, text: &str, offset: usize, enc: Encoding) -> Position {
        let mut offset = offset.min(self.len);
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let (start, end) = self.line_bounds(text, line);
        // an offset inside a line terminator sits at the line's end
        let upto = offset.min(end);
        let character: usize = text[start..upto].chars().map(|c| enc.len(c)).sum();
        Position {
            line: line as u32,
            character: character as u32,
        }
    }

    /// The byte offset of `pos`, clamped as the module docs say.
    pub fn offset(&self, text: &str, pos: Position, enc: Encoding) -> usize {
        let line = pos.line as usize;
        if line >= self.starts.len() {
            return self.len;
        }
        let (start, end) = self.line_bounds(text, line);
        let mut units = 0usize;
        let want = pos.character as usize;
        for (i, c) in text[start..end].char_indices() {
            if units >= want {
                return start + i;
            }
            let n = enc.len(c);
            if units + n > want {
                // inside a surrogate pair or a multi-byte char
                return start + i;
            }
            units += n;
        }
        end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_round_trip_with_emoji_cjk_and_crlf() {
        let text = "Hi 👋 王芳,\r\nthanks\rend\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_count(), 4);
        let wang = text.find('王').unwrap();
        let p = idx.position(text, wang, Encoding::Utf16);
        assert_eq!(
            p,
            Position {
                line: 0,
                character: 6
            }
        );
        assert_eq!(idx.offset(text, p, Encoding::Utf16), wang);
        let p8 = idx.position(text, wang, Encoding::Utf8);
        assert_eq!(p8.character, 8);
        assert_eq!(idx.offset(text, p8, Encoding::Utf8), wang);
        let t = text.find("thanks").unwrap();
        assert_eq!(
            idx.position(text, t, Encoding::Utf16),
            Position {
                line: 1,
                character: 0
            }
        );
        let e = text.find("end").unwrap();
        assert_eq!(
            idx.position(text, e, Encoding::Utf16),
            Position {
                line: 2,
                character: 0
            }
        );
    }

    #[test]
    fn clamping() {
        let text = "a👋b\nxy";
        let idx = LineIndex::new(text);
        // inside the surrogate pair: start of the emoji
        assert_eq!(
            idx.offset(
                text,
                Position {
                    line: 0,
                    character: 2
                },
                Encoding::Utf16
            ),
            1
        );
        // past the end of a line
        assert_eq!(
            idx.offset(
                text,
                Position {
                    line: 0,
                    character: 99
                },
                Encoding::Utf16
            ),
            6
        );
        // past the last line
        assert_eq!(
            idx.offset(
                text,
                Position {
                    line: 9,
                    character: 0
                },
                Encoding::Utf16
            ),
            text.len()
        );
        // offset inside a multi-byte char and past the end
        assert_eq!(
            idx.position(text, 2, Encoding::Utf16),
            Position {
                line: 0,
                character: 1
            }
        );
        assert_eq!(
            idx.position(text, 99, Encoding::Utf16),
            Position {
                line: 1,
                character: 2
            }
        );
    }
}
