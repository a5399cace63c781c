//! The prose view of a document: the words a reader sees, with markup,
//! code, quotes and signatures left out, and a map back to buffer bytes.
//!
//! Rules never look at raw Markdown. They look at [`Prose::text`], a
//! compacted copy where every run of whitespace or excluded markup is one
//! space (or one `\n` where a line ended), blocks are separated by a blank
//! line, and each byte knows the buffer offset it came from.

use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

mod ascii_sentences;

/// One prose block: a paragraph, a heading, a list item, or a plain-text
/// paragraph. Sentences never cross blocks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Byte range in [`Prose::text`].
    pub range: Range<usize>,
    /// Words in it ([`count_words`]), counted once when the block is made
    /// and kept with a cached chunk's prose.
    pub words: usize,
}

/// A sentence (or a line that stands alone, such as "Kind regards,").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in [`Prose::text`], trimmed of whitespace.
    pub range: Range<usize>,
    /// Index into [`Prose::blocks`].
    pub block: usize,
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Prose {
    /// Compacted prose; original case kept, curly apostrophes kept.
    pub text: String,
    /// The same bytes with every `\n` turned into a space, for phrase
    /// matching across hard-wrapped lines.
    pub flat: String,
    /// For each byte of `text`, the buffer offset it came from. Separator
    /// bytes map to the buffer offset of the next kept byte.
    map: Vec<usize>,
    pub blocks: Vec<Block>,
    pub sentences: Vec<Sentence>,
    /// Buffer length, the target of offsets past the end.
    buffer_len: usize,
}

/// Builds a [`Prose`] from kept buffer ranges grouped into blocks.
pub struct ProseBuilder<'a> {
    buffer: &'a str,
    prose: Prose,
    /// Whether the current block has text and a pending separator.
    pending_space: bool,
    pending_newline: bool,
    block_start: Option<usize>,
    /// Blocks from here on have no sentences yet.
    unsplit: usize,
}

impl<'a> ProseBuilder<'a> {
    pub fn new(buffer: &'a str) -> Self {
        ProseBuilder {
            buffer,
            prose: Prose {
                buffer_len: buffer.len(),
                ..Prose::default()
            },
            pending_space: false,
            pending_newline: false,
            block_start: None,
            unsplit: 0,
        }
    }

    /// Appends `part`, the prose of the buffer bytes starting at `offset`
    /// read on their own, as if its ranges had been pushed here block by
    /// block (sentences are split within blocks, so `part`'s own stand).
    /// Returns where `part`'s text starts in the prose (`None` if empty).
    pub fn append(&mut self, part: &Prose, offset: usize) -> Option<usize> {
        self.end_block();
        self.split_pending();
        let &first = part.map.first()?;
        if !self.prose.text.is_empty() {
            self.push_sep("\n\n", first + offset);
        }
        let (base, blocks) = (self.prose.text.len(), self.prose.blocks.len());
        self.prose.text.push_str(&part.text);
        self.prose.map.extend(part.map.iter().map(|m| m + offset));
        self.prose.blocks.extend(part.blocks.iter().map(|b| Block {
            range: b.range.start + base..b.range.end + base,
            words: b.words,
        }));
        self.prose
            .sentences
            .extend(part.sentences.iter().map(|s| Sentence {
                range: s.range.start + base..s.range.end + base,
                block: s.block + blocks,
            }));
        self.unsplit = self.prose.blocks.len();
        Some(base)
    }

    /// Splits the blocks pushed since the last split into sentences.
    fn split_pending(&mut self) {
        let from = self.unsplit;
        let more = split_sentences(&self.prose.text, &self.prose.blocks[from..], from);
        self.prose.sentences.extend(more);
        self.unsplit = self.prose.blocks.len();
    }

    /// Appends the buffer bytes in `range` to the current block. Whitespace
    /// runs collapse; a line break inside the range is kept as one `\n`.
    pub fn push(&mut self, range: Range<usize>) {
        let Some(piece) = self.buffer.get(range.clone()) else {
            return;
        };
        for (i, ch) in piece.char_indices() {
            let at = range.start + i;
            if ch == '\n' || ch == '\r' {
                self.pending_newline = true;
                continue;
            }
            if ch.is_whitespace() {
                self.pending_space = true;
                continue;
            }
            self.emit_separator(at);
            let mut buf = [0u8; 4];
            let enc = ch.encode_utf8(&mut buf);
            self.prose.map.extend((0..enc.len()).map(|k| at + k));
            self.prose.text.push(ch);
        }
    }

    fn emit_separator(&mut self, at: usize) {
        if self.block_start.is_none() {
            if !self.prose.text.is_empty() {
                self.push_sep("\n\n", at);
            }
            self.block_start = Some(self.prose.text.len());
        } else if self.pending_newline {
            self.push_sep("\n", at);
        } else if self.pending_space {
            self.push_sep(" ", at);
        }
        self.pending_space = false;
        self.pending_newline = false;
    }

    fn push_sep(&mut self, sep: &str, at: usize) {
        for _ in sep.bytes() {
            self.prose.map.push(at);
        }
        self.prose.text.push_str(sep);
    }

    /// Ends the current block (paragraph, list item, heading).
    pub fn end_block(&mut self) {
        if let Some(start) = self.block_start.take() {
            let end = self.prose.text.len();
            let words = count_words(&self.prose.text[start..end]);
            self.prose.blocks.push(Block {
                range: start..end,
                words,
            });
        }
        self.pending_space = false;
        self.pending_newline = false;
    }

    pub fn finish(mut self) -> Prose {
        self.end_block();
        self.split_pending();
        let mut prose = self.prose;
        prose.flat = prose.text.replace('\n', " ");
        debug_assert_eq!(prose.flat.len(), prose.text.len());
        prose
    }
}

impl Prose {
    /// Buffer offset of prose byte `i`; past the end, the offset just
    /// after the last kept character.
    pub fn to_buffer(&self, i: usize) -> usize {
        match self.map.get(i) {
            Some(&b) => b,
            None => self.map.last().map_or(0, |&b| b + 1),
        }
    }

    /// Buffer range of the prose range `r` (which must sit on char
    /// boundaries of [`Prose::text`]).
    pub fn buffer_range(&self, r: Range<usize>) -> Range<usize> {
        if r.is_empty() {
            let at = self.to_buffer(r.start);
            return at..at;
        }
        let start = self.to_buffer(r.start);
        let last = r.end - 1;
        let end = match (self.map.get(last), self.text.as_bytes().get(last)) {
            // a separator maps to the next kept character: the range runs
            // up to it, not one byte into it (which may split it)
            (Some(&b), Some(b' ' | b'\n')) => b,
            // the last byte of a multi-byte char maps to its own buffer byte
            (Some(&b), _) => b + 1,
            (None, _) => self.buffer_len,
        };
        start..end.max(start)
    }

    /// Buffer offset just after the prose byte range `r`.
    pub fn buffer_end(&self, r: Range<usize>) -> usize {
        self.buffer_range(r).end
    }

    pub fn sentence_text(&self, s: &Sentence) -> &str {
        &self.text[s.range.clone()]
    }

    pub fn flat_text(&self, r: Range<usize>) -> &str {
        &self.flat[r]
    }

    /// The sentence that contains prose byte `i`, if any.
    pub fn sentence_at(&self, i: usize) -> Option<usize> {
        let idx = self.sentences.partition_point(|s| s.range.end <= i);
        (idx < self.sentences.len() && self.sentences[idx].range.start <= i).then_some(idx)
    }

    /// Word count of the whole prose.
    /// Words in the prose: those of its blocks, since words never cross
    /// the line breaks between blocks (`count_words(&self.text)`, without
    /// segmenting a long document's text again on each keystroke).
    pub fn word_count(&self) -> usize {
        self.blocks.iter().map(|b| b.words).sum()
    }
}

/// Words as a reader counts them: UAX#29 words with a letter or digit in
/// them ("I'm" is one word, "—" none, an emoji none).
pub fn count_words(s: &str) -> usize {
    s.unicode_words().count()
}

/// Word byte ranges within `s`.
pub fn word_ranges(s: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    s.unicode_word_indices().map(|(i, w)| i..i + w.len())
}

/// Titles and short forms after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "mx", "dr", "prof", "st", "jr", "sr", "e.g", "i.e", "eg", "ie", "vs",
    "approx", "dept", "no", "fr", "rev", "hon", "capt", "sgt", "lt", "col", "gen", "mt", "ft",
    "etc", "cf", "ref", "tel", "ext", "nos", "vol", "fig",
];

fn ends_with_abbreviation(piece: &str) -> bool {
    let t = piece.trim_end();
    let Some(body) = t.strip_suffix('.') else {
        return false;
    };
    let word: String = body
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return true; // an initial: "J. Smith"
    }
    let lower = word.to_lowercase();
    // "etc." ends sentences more often than not
    lower != "etc" && ABBREVIATIONS.contains(&lower.as_str())
}

fn ends_line_unit(piece: &str) -> bool {
    let t = piece.trim_end();
    matches!(
        t.chars().last(),
        Some('.' | '!' | '?' | ':' | ';' | ',' | '…' | ')' | '"' | '”')
    ) || t.chars().last().is_some_and(is_emoji)
}

/// Rough emoji test: pictographs and symbols commonly used as emoji.
pub fn is_emoji(c: char) -> bool {
    matches!(c as u32,
        0x1F300..=0x1FAFF | 0x2600..=0x27BF | 0x1F000..=0x1F2FF | 0x2B50 | 0x2B55)
}

/// A line that opens with a salutation ("Hi Dana,", "Dear Ms. Larsen,")
/// starts a sentence of its own: a title line above it does not run on
/// into it.
fn starts_salutation(line: &str) -> bool {
    let lower = line.trim_start().to_ascii_lowercase();
    [
        "dear ",
        "hi ",
        "hi,",
        "hello",
        "hey ",
        "good morning",
        "good afternoon",
        "good evening",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
}

/// Sentences of `blocks`, the first of which is block number `first`.
fn split_sentences(text: &str, blocks: &[Block], first: usize) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (bi, block) in (first..).zip(blocks) {
        let body = &text[block.range.clone()];
        let ragged = is_ragged(body);
        // UAX#29 sentence pieces; it also breaks after every line end.
        let mut pieces: Vec<Range<usize>> = Vec::new();
        for piece in ascii_sentences::sentence_bounds(body) {
            let (i, s) = (piece.start, &body[piece]);
            let start = block.range.start + i;
            let range = start..start + s.len();
            let merge = pieces.last().is_some_and(|prev: &Range<usize>| {
                let prev_text = &text[prev.clone()];
                let next_text = s.trim_start();
                if next_text.is_empty() {
                    return true;
                }
                if ends_with_abbreviation(prev_text) {
                    return true;
                }
                if prev_text.ends_with('\n') {
                    // A hard-wrapped line continues unless it stands alone
                    // ("Dear Ms. Larsen,", "Kind regards,", a name).
                    let first = next_text.chars().next().unwrap_or(' ');
                    // an address, a link or a number line stands alone
                    let next_line = next_text.lines().next().unwrap_or("");
                    // (and a list item: "- ask him ...", "* ...", "• ...")
                    let item = ["- ", "* ", "• ", "– "]
                        .iter()
                        .any(|m| next_line.trim_start().starts_with(m));
                    if next_line.contains('@')
                        || item
                        || starts_salutation(next_line)
                        || next_line.starts_with("http")
                        || next_line.starts_with("www.")
                        || first.is_ascii_digit()
                        || first == '('
                        || first == '+'
                    {
                        return false;
                    }
                    // a short last line stands alone: a text's "thx" or its
                    // writer's name, even in lower case ("kai")
                    let last_line = !s.trim().contains('\n');
                    let rest_of_block = &text[range.end..block.range.end];
                    if last_line && rest_of_block.trim().is_empty() && count_words(next_text) <= 2 {
                        return false;
                    }
                    let line = prev_text.trim_end();
                    let line = line.rsplit('\n').next().unwrap_or(line);
                    // "Thank you for understanding," over a name: a
                    // closing line, not a clause running on
                    let name_below = (1..=4).contains(&count_words(next_line))
                        && next_line
                            .split_whitespace()
                            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
                        && !next_line.trim_end().ends_with(['.', '!', '?', ',', ':']);
                    if line.ends_with(',') && count_words(line) <= 6 && name_below {
                        return false;
                    }
                    if ragged {
                        // lines typed one thought at a time (a text): a
                        // line break ends the sentence unless the line
                        // stops where no sentence can
                        return runs_on(line);
                    }
                    let words = count_words(line);
                    let closed = ends_line_unit(line);
                    return first.is_lowercase() && !closed
                        || first.is_lowercase() && words > 6 && !line.ends_with(['.', '!', '?'])
                        || !closed && words > 7;
                }
                false
            });
            if merge {
                if let Some(prev) = pieces.last_mut() {
                    prev.end = range.end;
                }
            } else {
                pieces.push(range);
            }
        }
        // UAX#29 keeps "lol. unless u can" together (a full stop before a
        // lower-case word), which all-lower-case texting needs split;
        // abbreviations ("e.g. this") stay joined.
        let pieces: Vec<Range<usize>> = pieces
            .into_iter()
            .flat_map(|r| split_lowercase_starts(text, r))
            .flat_map(|r| split_after_emoji(text, r))
            .collect();
        for r in pieces {
            let s = &text[r.clone()];
            let lead = s.len() - s.trim_start().len();
            let trail = s.len() - s.trim_end().len();
            let r = r.start + lead..r.end - trail;
            if !r.is_empty() {
                out.push(Sentence {
                    range: r,
                    block: bi,
                });
            }
        }
    }
    out
}

/// Whether a block's lines were ended by hand rather than wrapped at a
/// width: some line before the last is much shorter than the longest, so
/// the next line's first word would have fitted on it. Hard-wrapped prose
/// fills every line but the last to about the same width.
fn is_ragged(body: &str) -> bool {
    let lines: Vec<&str> = body
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty())
        .collect();
    if lines.len() < 2 {
        return false;
    }
    let width = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    lines.windows(2).any(|w| {
        let next_word = w[1].split_whitespace().next().unwrap_or("");
        w[0].chars().count() + 1 + next_word.chars().count() < width * 3 / 4
    })
}

/// Whether a line ends where a sentence cannot: on a comma, a dash, or a
/// word that needs what follows ("and", "to", "the", "my").
fn runs_on(line: &str) -> bool {
    let t = line.trim_end();
    if t.ends_with([',', '-', '–', '—', '(']) {
        return true;
    }
    let last = t
        .rsplit(|c: char| !c.is_alphanumeric() && c != '\'')
        .next()
        .unwrap_or("")
        .to_lowercase();
    matches!(
        last.as_str(),
        "and"
            | "but"
            | "or"
            | "so"
            | "to"
            | "the"
            | "a"
            | "an"
            | "of"
            | "for"
            | "with"
            | "that"
            | "because"
            | "if"
            | "my"
            | "your"
            | "our"
            | "their"
            | "in"
            | "on"
            | "at"
            | "as"
            | "than"
            | "from"
            | "by"
            | "is"
            | "are"
            | "was"
            | "be"
            | "i"
            | "we"
            | "you"
    )
}

/// Splits `r` after ". " (or "! ", "? ") followed by a lower-case word,
/// unless the word before the stop is an abbreviation or an initial.
fn split_lowercase_starts(text: &str, r: Range<usize>) -> Vec<Range<usize>> {
    let s = &text[r.clone()];
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = s.as_bytes();
    for (i, c) in s.char_indices() {
        if !matches!(c, '.' | '!' | '?') || i + 2 > bytes.len() {
            continue;
        }
        let rest = &s[i + 1..];
        let trimmed = rest.trim_start_matches([' ', '\t']);
        if trimmed.len() == rest.len() {
            continue; // no space: "3.5", "x.example"
        }
        let Some(next) = trimmed.chars().next() else {
            continue;
        };
        if !next.is_lowercase() || c == '.' && ends_with_abbreviation(&s[start..=i]) {
            continue;
        }
        let word_before = s[..i]
            .rsplit(|ch: char| !ch.is_alphanumeric())
            .next()
            .unwrap_or("");
        if word_before.chars().count() <= 1 && c == '.' {
            continue; // "p. m." style initials
        }
        let cut = i + 1;
        out.push(r.start + start..r.start + cut);
        start = cut + (rest.len() - trimmed.len());
    }
    out.push(r.start + start..r.end);
    out
}

/// Splits `r` where an emoji ends a thought and a capital starts the
/// next: texts use the emoji as their full stop ("... then I'm out 🤷‍♀️
/// Could you keep me in mind ...", "need to go home 🙏 Maybe next week?").
/// A lower-case word after it goes on ("by 2 😩 honestly not sure").
fn split_after_emoji(text: &str, r: Range<usize>) -> Vec<Range<usize>> {
    let s = &text[r.clone()];
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !is_emoji(c) || i < start {
            continue;
        }
        // the end of the emoji's run: joiners, selectors, more emoji
        let mut j = k + 1;
        while chars
            .get(j)
            .is_some_and(|&(_, x)| is_emoji(x) || matches!(x, '\u{200d}' | '\u{fe0f}'))
        {
            j += 1;
        }
        let end = chars.get(j).map_or(s.len(), |&(at, _)| at);
        let rest = &s[end..];
        let trimmed = rest.trim_start_matches([' ', '\t']);
        // (not at the run's start: the emoji that was split at already)
        if trimmed.len() == rest.len() || s[start..i].trim().is_empty() {
            continue;
        }
        let mut next = trimmed.chars();
        let capital = next.next().is_some_and(char::is_uppercase)
            && next
                .next()
                .is_some_and(|x| x.is_alphabetic() || x == ' ' || x == '\'');
        if !capital {
            continue;
        }
        out.push(r.start + start..r.start + end);
        start = end + (rest.len() - trimmed.len());
    }
    out.push(r.start + start..r.end);
    out
}

/// `s` with its first letter in capitals.
pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prose_of(parts: &[&str]) -> Prose {
        let buf = parts.join("\n\n");
        let mut b = ProseBuilder::new(Box::leak(buf.clone().into_boxed_str()));
        let mut at = 0;
        for p in parts {
            b.push(at..at + p.len());
            b.end_block();
            at += p.len() + 2;
        }
        b.finish()
    }

    fn sentences(p: &Prose) -> Vec<&str> {
        p.sentences.iter().map(|s| p.sentence_text(s)).collect()
    }

    #[test]
    fn an_emoji_before_a_capital_ends_a_sentence() {
        let p = prose_of(&[
            "I'm out 🤷\u{200d}♀\u{fe0f} Could you keep me in mind? Home by 2 😩 honestly not sure.",
        ]);
        assert_eq!(
            sentences(&p),
            [
                "I'm out 🤷\u{200d}♀\u{fe0f}",
                "Could you keep me in mind?",
                "Home by 2 😩 honestly not sure."
            ]
        );
    }

    #[test]
    fn a_range_ending_in_a_separator_does_not_split_the_next_char() {
        // "Hi\r\né": the prose is "Hi\né"; its "\n" maps to the é
        let buf = "Hi\r\né";
        let mut b = ProseBuilder::new(buf);
        b.push(0..buf.len());
        let p = b.finish();
        assert_eq!(p.text, "Hi\né");
        assert_eq!(p.buffer_range(0..3), 0..4);
        assert_eq!(p.buffer_range(0..2), 0..2);
        assert_eq!(p.buffer_range(3..5), 4..6);
    }

    #[test]
    fn titles_do_not_end_sentences() {
        let p = prose_of(&["Dear Mr. Smith, thank you. I must decline."]);
        assert_eq!(
            sentences(&p),
            ["Dear Mr. Smith, thank you.", "I must decline."]
        );
    }

    #[test]
    fn greeting_and_sign_off_lines_stand_alone() {
        let p = prose_of(&[
            "Dear Ms. Larsen,\nThank you.",
            "Kind regards,\nRafael Souza",
        ]);
        assert_eq!(
            sentences(&p),
            [
                "Dear Ms. Larsen,",
                "Thank you.",
                "Kind regards,",
                "Rafael Souza"
            ]
        );
    }

    #[test]
    fn lower_case_texting_splits_but_abbreviations_hold() {
        let p = prose_of(&["got a lot on lol. unless u can. see e.g. this one."]);
        assert_eq!(
            sentences(&p),
            ["got a lot on lol.", "unless u can.", "see e.g. this one."]
        );
    }

    #[test]
    fn lines_typed_one_thought_at_a_time_stand_alone() {
        let p = prose_of(&[
            "hi carla thanks for getting back to me so fast\nim prob gonna pass on the barista interview, just dont think its the right thing for me rn\nhope the new cafe opening goes well and\nmaybe see you around",
        ]);
        assert_eq!(
            sentences(&p),
            [
                "hi carla thanks for getting back to me so fast",
                "im prob gonna pass on the barista interview, just dont think its the right thing for me rn",
                "hope the new cafe opening goes well and\nmaybe see you around",
            ]
        );
    }

    #[test]
    fn hard_wrapped_lines_join() {
        let p = prose_of(&[
            "Having reflected carefully on both conversations and on the direction\nI want my career to take, I have decided to withdraw.",
        ]);
        assert_eq!(sentences(&p).len(), 1);
    }

    #[test]
    fn list_items_in_plain_text_stand_alone() {
        // lines of about the same width would read as hard-wrapped prose;
        // a list marker ends the line before it all the same
        let p = prose_of(&[
            "- thank him for lining up the second round\n- second round on the 14th: not going ahead\n- the base they quoted is under what I earn now",
        ]);
        assert_eq!(sentences(&p).len(), 3);
    }

    #[test]
    fn map_points_back_to_buffer_bytes() {
        let buf = "Zoë  says\n\nhi 👋 there";
        let mut b = ProseBuilder::new(buf);
        b.push(0..10);
        b.end_block();
        b.push(11..buf.len());
        let p = b.finish();
        assert_eq!(p.text, "Zoë says\n\nhi 👋 there");
        let i = p.text.find("says").unwrap();
        assert_eq!(p.buffer_range(i..i + 4), 6..10);
        let e = p.text.find('👋').unwrap();
        assert_eq!(&buf[p.buffer_range(e..e + 4)], "👋");
        assert_eq!(p.buffer_end(0..p.text.len()), buf.len());
    }
}
