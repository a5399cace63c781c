//! Markdown prose, read chunk by chunk.
//!
//! tree-sitter-md parses one to two megabytes a second, so re-parsing a
//! whole buffer on every keystroke costs more than everything else tactful
//! does together. The buffer is therefore cut into *chunks* at blank lines
//! where a new top-level block must begin: a line at column 0 after a blank
//! line, outside fenced code, multi-line HTML blocks and front matter. No
//! CommonMark construct that can hold prose survives such a line (list
//! items and quotes end there, paragraphs and tables end at the blank), so
//! each chunk parses the same alone as inside the whole buffer.
//!
//! A chunk of plain sentences, with no character Markdown gives a meaning
//! to, is read directly; any other goes through tree-sitter. What a chunk
//! yields depends only on its text, so a [`ChunkCache`] lets the language
//! server re-read only the chunks an edit touched. Where the cutter cannot
//! be sure of the block structure (an indented fence, an HTML block that
//! may swallow a fence) it stops cutting: the rest is one chunk, slower but
//! still right. The tests below check the chunked reading against one
//! tree-sitter parse of the whole buffer on generated documents.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::{Arc, OnceLock};

use tree_sitter::Node;
use tree_sitter_md::{MarkdownParser, MarkdownTree};

use super::lines::{
    disable_directive, is_reply_header, is_stage_direction, line_end_with_terminator, line_ranges,
};
use crate::phrases::{Bank, Hits};
use crate::prose::{Prose, ProseBuilder};

/// One `inline` node of a chunk (a paragraph, heading or list item text),
/// in offsets relative to the chunk.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Inline {
    node: Range<usize>,
    /// The node's bytes minus markup, code, link targets and the like.
    pieces: Vec<Range<usize>>,
    /// Disable directives in inline HTML comments.
    disabled: Vec<String>,
}

/// What one chunk holds, independent of where it sits in the buffer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Chunk {
    inlines: Vec<Inline>,
    /// Disable directives in HTML blocks.
    disabled: Vec<String>,
    /// The chunk's prose read on its own (blocks and sentences included),
    /// made the first time a whole chunk is wanted.
    prose: OnceLock<Prose>,
    /// Phrase matches over that prose, with the cache's bank.
    hits: OnceLock<Hits>,
}

impl Chunk {
    /// The chunk's prose, all its inlines kept; `src` is its text.
    fn prose(&self, src: &str) -> &Prose {
        self.prose.get_or_init(|| {
            let mut b = ProseBuilder::new(src);
            for inline in &self.inlines {
                for p in &inline.pieces {
                    b.push(p.clone());
                }
                b.end_block();
            }
            b.finish()
        })
    }

    /// Phrase matches over [`Chunk::prose`]. Matches never span the blank
    /// between two blocks, so a chunk's own are those the whole prose has.
    fn hits(&self, src: &str, bank: &Bank) -> &Hits {
        self.hits.get_or_init(|| bank.find(&self.prose(src).flat))
    }
}

/// Chunks read for one document, kept for its next version. Holds the
/// chunks of the last two readings only, so it never outgrows the
/// document.
#[derive(Debug, Default)]
pub struct ChunkCache {
    previous: HashMap<Box<str>, Arc<Chunk>>,
    current: HashMap<Box<str>, Arc<Chunk>>,
    /// The phrase bank chunks' matches were found with.
    bank: Option<Arc<Bank>>,
}

impl ChunkCache {
    /// Phrase matches are kept with `bank`; a different bank (the
    /// configuration changed) empties the cache.
    pub fn use_bank(&mut self, bank: Arc<Bank>) {
        if !self.bank.as_ref().is_some_and(|b| Arc::ptr_eq(b, &bank)) {
            self.previous.clear();
            self.current.clear();
            self.bank = Some(bank);
        }
    }

    fn get(&mut self, src: &str) -> Arc<Chunk> {
        if let Some(c) = self.current.get(src) {
            return c.clone();
        }
        let chunk = match self.previous.remove(src) {
            Some(c) => c,
            None => Arc::new(read_chunk(src)),
        };
        self.current.insert(src.into(), chunk.clone());
        chunk
    }

    /// Ends one reading: what it did not use is dropped.
    fn finish(&mut self) {
        self.previous = std::mem::take(&mut self.current);
    }

    /// Number of chunks kept (for tests and statistics).
    pub fn len(&self) -> usize {
        self.previous.len() + self.current.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The prose of a Markdown buffer. `body_start` is where front matter
/// ends; `limit` where a signature starts. With a cache, chunks read for
/// the previous version are reused.
pub(super) fn markdown_prose(
    text: &str,
    body_start: usize,
    limit: usize,
    disabled: &mut Vec<String>,
    cache: Option<&mut ChunkCache>,
) -> (Prose, Option<Hits>) {
    let ranges = chunks(text, body_start);
    match cache {
        Some(cache) => {
            let read: Vec<_> = ranges.iter().map(|r| cache.get(&text[r.clone()])).collect();
            cache.finish();
            let bank = cache.bank.clone();
            let whole = Whole {
                bank: bank.as_deref(),
            };
            assemble(
                text,
                &ranges,
                &read,
                body_start,
                limit,
                disabled,
                Some(whole),
            )
        }
        None => {
            let read: Vec<_> = ranges
                .iter()
                .map(|r| read_chunk(&text[r.clone()]))
                .collect();
            // read once: whole-chunk prose would only be built to be copied
            assemble(text, &ranges, &read, body_start, limit, disabled, None)
        }
    }
}

/// Whether [`assemble`] takes chunks whole (their cached prose), and with
/// which bank it finds their phrases.
#[derive(Clone, Copy)]
struct Whole<'b> {
    bank: Option<&'b Bank>,
}

fn assemble<C: std::borrow::Borrow<Chunk>>(
    text: &str,
    ranges: &[Range<usize>],
    read: &[C],
    body_start: usize,
    limit: usize,
    disabled: &mut Vec<String>,
    whole: Option<Whole>,
) -> (Prose, Option<Hits>) {
    let mut b = ProseBuilder::new(text);
    // where whole chunks landed in the prose, with their phrase matches
    let mut landed: Vec<(Range<usize>, &Hits)> = Vec::new();
    for (range, chunk) in ranges.iter().zip(read) {
        let off = range.start;
        let chunk: &Chunk = chunk.borrow();
        disabled.extend(chunk.disabled.iter().cloned());
        if let Some(whole) = whole.filter(|_| range.start >= body_start && range.end <= limit) {
            // nothing of it is front matter or signature: take it whole
            for inline in &chunk.inlines {
                disabled.extend(inline.disabled.iter().cloned());
            }
            let src = &text[range.clone()];
            let prose = chunk.prose(src);
            if let (Some(base), Some(bank)) = (b.append(prose, off), whole.bank) {
                landed.push((base..base + prose.text.len(), chunk.hits(src, bank)));
            }
            continue;
        }
        for inline in &chunk.inlines {
            let start = inline.node.start + off;
            if start < body_start || start >= limit {
                continue;
            }
            disabled.extend(inline.disabled.iter().cloned());
            let end = (inline.node.end + off).min(limit);
            for p in &inline.pieces {
                let (s, e) = (p.start + off, (p.end + off).min(end));
                if s < e {
                    b.push(s..e);
                }
            }
            b.end_block();
        }
    }
    let prose = b.finish();
    let hits = whole.and_then(|w| w.bank).map(|bank| {
        // cached matches where whole chunks landed; the rest found now
        let mut hits = bank.no_hits();
        let mut at = 0;
        for (r, found) in landed {
            if r.start > at {
                hits.extend_shifted(&bank.find(&prose.flat[at..r.start]), at);
            }
            hits.extend_shifted(found, r.start);
            at = r.end;
        }
        if at < prose.flat.len() {
            hits.extend_shifted(&bank.find(&prose.flat[at..]), at);
        }
        hits
    });
    (prose, hits)
}

/// Reads one chunk: directly if it is plain sentences, else by tree-sitter.
fn read_chunk(src: &str) -> Chunk {
    if let Some(chunk) = read_plain(src) {
        return chunk;
    }
    read_with_tree_sitter(src)
}

// --- cutting ---

/// What a line may leave open past a blank line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Open {
    /// A fenced code block: its fence character and length.
    Fence(u8, usize),
    /// An HTML comment, until its `-->`.
    Comment,
    /// The structure is unclear from here on: no more cuts.
    Unsure,
}

/// Chunk ranges covering all of `text`; no cut falls before `body_start`.
/// A chunk never starts with what a parser reads differently at the start
/// of a buffer: a `---`/`+++` line (front matter) or a byte order mark.
fn chunks(text: &str, body_start: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut open: Option<Open> = None;
    let mut prev_blank = false;
    // tree-sitter-md's own idea of front matter may differ from ours (it
    // allows an indented opening line): state is followed from where its
    // Markdown starts, and cuts made after both.
    let scan_from = tree_sitter_metadata_end(text).unwrap_or(0);
    let cut_from = scan_from.max(body_start);
    for l in line_ranges(text) {
        if l.start < scan_from {
            continue;
        }
        let line = &text[l.clone()];
        let bytes = line.as_bytes();
        let blank = bytes.iter().all(|&b| b == b' ' || b == b'\t');
        if open.is_none()
            && l.start >= cut_from
            && prev_blank
            && !blank
            && l.start > start
            && !matches!(bytes[0], b' ' | b'\t')
            && !matches!(line.trim_end(), "---" | "+++")
            && !line.starts_with('\u{feff}')
        {
            out.push(start..l.start);
            start = l.start;
        }
        prev_blank = blank;
        open = match open {
            Some(Open::Unsure) => break,
            Some(Open::Fence(ch, len)) => {
                (!closes_fence(line, ch, len)).then_some(Open::Fence(ch, len))
            }
            Some(Open::Comment) => (!line.contains("-->")).then_some(Open::Comment),
            None => opens(line),
        };
    }
    out.push(start..text.len());
    out
}

/// Where front matter ends as tree-sitter-md's scanner reads it: a first
/// line of exactly `---` or `+++` (indented up to 3, trailing blanks
/// allowed) up to a line starting with exactly three of the same character
/// followed by blanks; no such line, no front matter.
fn tree_sitter_metadata_end(text: &str) -> Option<usize> {
    let mut ls = line_ranges(text);
    let first = &text[ls.next()?];
    if indent(first) > 3 {
        return None;
    }
    let ch = match first.trim_matches([' ', '\t']) {
        "---" => b'-',
        "+++" => b'+',
        _ => return None,
    };
    for l in ls {
        let b = text[l.clone()].as_bytes();
        let n = b.iter().take_while(|&&c| c == ch).count();
        // (a closing line at the very end counts: the text is given a
        // final line break before it is parsed)
        if n == 3 && b[3..].iter().all(|&c| c == b' ' || c == b'\t') {
            return Some(line_end_with_terminator(text, &l));
        }
    }
    None
}

/// Spaces and tabs at the start of a line, as columns (a tab counts 4,
/// enough to tell 0, 1-3 and 4+ apart).
fn indent(line: &str) -> usize {
    line.bytes()
        .take_while(|&b| b == b' ' || b == b'\t')
        .map(|b| if b == b'\t' { 4 } else { 1 })
        .sum()
}

/// What `line` opens when nothing is open. Only what starts at column 0
/// is followed: a fence, or an HTML comment (where the disable directives
/// live). Anything else that might hold a blank line (an indented fence,
/// an HTML block, which tree-sitter-md ends in its own way) stops the
/// cutting.
fn opens(line: &str) -> Option<Open> {
    let ind = indent(line);
    let t = line.trim_start_matches([' ', '\t']);
    if let Some((ch, len)) = fence_opener(t) {
        return Some(if ind == 0 {
            Open::Fence(ch, len)
        } else {
            Open::Unsure
        });
    }
    if !t.starts_with('<') {
        return None;
    }
    if ind == 0 && t.starts_with("<!--") {
        // the end may be on the same line, after the opening
        return (!t[4..].contains("-->")).then_some(Open::Comment);
    }
    Some(Open::Unsure)
}

/// ```` ``` ```` or `~~~` (3 or more) opening a fenced code block.
fn fence_opener(t: &str) -> Option<(u8, usize)> {
    let ch = *t.as_bytes().first()?;
    if ch != b'`' && ch != b'~' {
        return None;
    }
    let len = t.bytes().take_while(|&b| b == ch).count();
    if len < 3 {
        return None;
    }
    // a backtick fence's info string holds no backtick
    if ch == b'`' && t[len..].contains('`') {
        return None;
    }
    Some((ch, len))
}

fn closes_fence(line: &str, ch: u8, len: usize) -> bool {
    if indent(line) >= 4 {
        return false;
    }
    let t = line.trim_start_matches([' ', '\t']);
    let n = t.bytes().take_while(|&b| b == ch).count();
    n >= len && t[n..].bytes().all(|b| b == b' ' || b == b'\t')
}

// --- reading ---

/// A chunk of plain sentences: one paragraph whose bytes Markdown leaves
/// alone. `None` when anything in it may be markup.
fn read_plain(src: &str) -> Option<Chunk> {
    // anywhere in a line
    const MARKUP: &[u8] = b"`*_[]<>\\|~$";
    // at the start of a line: headings, list items, setext underlines
    const LEADING: &[u8] = b"#-+=";
    let mut end = None;
    let mut seen_blank = false;
    for l in line_ranges(src) {
        let bytes = src[l.clone()].as_bytes();
        if bytes.iter().all(|&b| b == b' ' || b == b'\t') {
            seen_blank = end.is_some();
            continue;
        }
        let b0 = bytes[0];
        if seen_blank
            || b0 == b' '
            || b0 == b'\t'
            || b0.is_ascii_digit()
            || LEADING.contains(&b0)
            || end.is_none() && b0 == 0xEF
            || bytes
                .iter()
                .any(|b| MARKUP.contains(b) || *b < 0x20 && *b != b'\t')
        {
            return None;
        }
        end = Some(l.end);
    }
    let node = 0..end?;
    let text = &src[node.clone()];
    let first_line = text.lines().next().unwrap_or("");
    let skip = is_reply_header(first_line) && !text.contains('\n') || is_stage_direction(text);
    let inlines = if skip {
        Vec::new()
    } else {
        vec![Inline {
            node: node.clone(),
            pieces: vec![node],
            disabled: Vec::new(),
        }]
    };
    Some(Chunk {
        inlines,
        disabled: Vec::new(),
        prose: OnceLock::new(),
        hits: OnceLock::new(),
    })
}

thread_local! {
    static PARSER: std::cell::RefCell<MarkdownParser> = std::cell::RefCell::new(MarkdownParser::default());
}

fn read_with_tree_sitter(src: &str) -> Chunk {
    // tree-sitter-md drops the text of a heading that opens the input and
    // ends it without a line break ("# Thanks"): give it one.
    let terminated;
    let parsed = if src.ends_with(['\n', '\r']) {
        src
    } else {
        terminated = format!("{src}\n");
        &terminated
    };
    let tree = PARSER.with(|p| p.borrow_mut().parse(parsed.as_bytes(), None));
    let mut chunk = Chunk::default();
    let Some(tree) = tree else {
        return chunk;
    };
    let mut walk = MdWalk {
        text: parsed,
        tree: &tree,
        chunk: &mut chunk,
    };
    walk.block(tree.block_tree().root_node());
    let len = src.len();
    for inline in &mut chunk.inlines {
        inline.node.end = inline.node.end.min(len);
        inline.node.start = inline.node.start.min(len);
        for p in &mut inline.pieces {
            p.end = p.end.min(len);
            p.start = p.start.min(len);
        }
    }
    chunk
}

struct MdWalk<'t> {
    text: &'t str,
    tree: &'t MarkdownTree,
    chunk: &'t mut Chunk,
}

impl MdWalk<'_> {
    fn block(&mut self, node: Node) {
        match node.kind() {
            "minus_metadata"
            | "plus_metadata"
            | "fenced_code_block"
            | "indented_code_block"
            | "block_quote"
            | "link_reference_definition"
            | "thematic_break" => {}
            "html_block" => {
                if let Some(src) = self.text.get(node.byte_range()) {
                    for piece in src.split("-->") {
                        if let Some(d) = disable_directive(&format!("{piece}-->")) {
                            self.chunk.disabled.extend(d);
                        }
                    }
                }
            }
            "inline" => {
                let src = &self.text[node.byte_range()];
                let first_line = src.lines().next().unwrap_or("");
                if is_reply_header(first_line) && !src.contains('\n') || is_stage_direction(src) {
                    return;
                }
                let inline = self.inline(node);
                self.chunk.inlines.push(inline);
            }
            _ => {
                let mut cursor = node.walk();
                for child in node.children(&mut cursor) {
                    self.block(child);
                }
            }
        }
    }

    /// An `inline` node's text, leaving out what is not prose.
    fn inline(&mut self, node: Node) -> Inline {
        let mut holes: Vec<Range<usize>> = Vec::new();
        let mut disabled = Vec::new();
        // block_continuation children: "> " and list indentation
        let mut cursor = node.walk();
        for child in node.children(&mut cursor) {
            if child.kind() == "block_continuation" {
                holes.push(child.byte_range());
            }
        }
        if let Some(tree) = self.tree.inline_tree(&node) {
            self.inline_holes(tree.root_node(), &mut holes, &mut disabled);
        }
        holes.sort_by_key(|h| h.start);
        let mut pieces = Vec::new();
        let mut at = node.start_byte();
        let end = node.end_byte();
        for h in holes {
            if h.start > at {
                pieces.push(at..h.start.min(end));
            }
            at = at.max(h.end);
            if at >= end {
                break;
            }
        }
        if at < end {
            pieces.push(at..end);
        }
        Inline {
            node: node.byte_range(),
            pieces,
            disabled,
        }
    }

    fn inline_holes(
        &mut self,
        node: Node,
        holes: &mut Vec<Range<usize>>,
        disabled: &mut Vec<String>,
    ) {
        let src = self.text.get(node.byte_range()).unwrap_or("");
        match node.kind() {
            "code_span"
            | "image"
            | "uri_autolink"
            | "email_autolink"
            | "link_destination"
            | "link_title"
            | "emphasis_delimiter"
            | "code_span_delimiter" => {
                holes.push(node.byte_range());
                return;
            }
            // "$30 an hour ... up to $35": in a decline, dollar signs are
            // money, and the words between them are prose; only a display
            // formula ("$$ ... $$") is left out
            "latex_block" => {
                if src.starts_with("$$") {
                    holes.push(node.byte_range());
                }
                return;
            }
            "html_tag" => {
                if let Some(d) = disable_directive(src) {
                    disabled.extend(d);
                }
                // Keep "<Company>"-style text for placeholder checks; drop
                // comments and real tags.
                if src.starts_with("<!--") || looks_like_html_tag(src) {
                    holes.push(node.byte_range());
                }
                return;
            }
            "emphasis" | "strong_emphasis" => {
                let inner = src.trim_matches(|c| c == '*' || c == '_').trim();
                if inner.starts_with('(') && inner.ends_with(')') {
                    holes.push(node.byte_range()); // a stage direction
                    return;
                }
            }
            "inline_link" | "full_reference_link" | "collapsed_reference_link" => {
                // keep the link text, drop brackets and the target
                let mut cursor = node.walk();
                for child in node.children(&mut cursor) {
                    match child.kind() {
                        "link_text" => self.inline_holes(child, holes, disabled),
                        _ => holes.push(child.byte_range()),
                    }
                }
                return;
            }
            "backslash_escape" => {
                holes.push(node.start_byte()..node.start_byte() + 1);
                return;
            }
            "hard_line_break" => {
                if src.starts_with('\\') {
                    holes.push(node.start_byte()..node.start_byte() + 1);
                }
                return;
            }
            _ => {}
        }
        let mut cursor = node.walk();
        for child in node.children(&mut cursor) {
            self.inline_holes(child, holes, disabled);
        }
    }
}

/// `<br>`, `</span>`, `<a href=...>` — but not `<Company>` or `<Name>`.
fn looks_like_html_tag(src: &str) -> bool {
    let inner = src.trim_start_matches('<').trim_start_matches('/');
    let name: String = inner
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    if name.is_empty() || name.chars().next().is_some_and(|c| c.is_ascii_uppercase()) {
        return false;
    }
    const TAGS: &[&str] = &[
        "a", "abbr", "b", "br", "code", "del", "div", "em", "font", "hr", "i", "img", "ins", "kbd",
        "mark", "p", "s", "small", "span", "strong", "sub", "sup", "u", "details", "summary",
    ];
    TAGS.contains(&name.as_str()) || inner.contains('=') || src.ends_with("/>")
}

#[cfg(test)]
mod tests;
