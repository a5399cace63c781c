//! A buffer as tactful reads it: its format, front matter, in-file
//! directives, and the [`Prose`] that rules look at.
//!
//! Markdown structure comes from tree-sitter (`tree-sitter-md`); plain text
//! is read line by line. Excluded from prose: front matter, code, HTML
//! blocks and comments, link URLs, quoted text, reply headers ("On ...
//! wrote:"), stage directions in scripts, and everything after a `-- `
//! signature line.

use std::collections::BTreeMap;
use std::ops::Range;

use crate::phrases::Hits;
use crate::prose::{Prose, ProseBuilder};

mod lines;
mod markdown;

pub use lines::{LineRanges, line_ranges, lines};
use lines::{
    is_reply_header, is_stage_direction, line_end_with_terminator, signature_cut, split_list,
};
pub use markdown::ChunkCache;

/// The two kinds of buffer tactful reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    PlainText,
}

impl Format {
    /// From a file name; `None` for files tactful does not read.
    pub fn from_path(path: &str) -> Option<Format> {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".md") || lower.ends_with(".markdown") {
            Some(Format::Markdown)
        } else if lower.ends_with(".txt") {
            Some(Format::PlainText)
        } else {
            None
        }
    }

    /// From an LSP language id; `None` for other languages.
    pub fn from_language_id(id: &str) -> Option<Format> {
        match id {
            "markdown" => Some(Format::Markdown),
            "plaintext" | "text" => Some(Format::PlainText),
            _ => None,
        }
    }
}

/// Front matter: where it is and the flat keys tactful reads from it.
#[derive(Debug, Clone, Default)]
pub struct FrontMatter {
    pub range: Range<usize>,
    /// `---` (YAML) or `+++` (TOML).
    pub toml: bool,
    pub values: BTreeMap<String, String>,
}

#[derive(Debug, Clone)]
pub struct Document<'a> {
    pub text: &'a str,
    pub format: Format,
    pub front_matter: Option<FrontMatter>,
    /// Rule ids switched off inside the file.
    pub disabled: Vec<String>,
    /// The plain-text `tactful-disable:` first line, if any.
    pub directive_line: Option<Range<usize>>,
    pub prose: Prose,
    /// Phrase matches over `prose.flat`, when a [`ChunkCache`] with a bank
    /// supplied them (else the message analysis finds them).
    pub hits: Option<Hits>,
    /// "\r\n" when the buffer's first line ends so, else "\n".
    pub line_ending: &'static str,
}

impl<'a> Document<'a> {
    pub fn parse(text: &'a str, format: Format) -> Document<'a> {
        Self::parse_cached(text, format, None)
    }

    /// [`Document::parse`], reusing the Markdown chunks of an earlier
    /// version of the same buffer kept in `cache` (the result is the same
    /// with or without it).
    pub fn parse_cached(
        text: &'a str,
        format: Format,
        cache: Option<&mut ChunkCache>,
    ) -> Document<'a> {
        let front_matter = parse_front_matter(text);
        let body_start = front_matter.as_ref().map_or(0, |f| f.range.end);
        let mut disabled = Vec::new();
        if let Some(fm) = &front_matter {
            for key in ["tactful-disable", "disable"] {
                if let Some(v) = fm.values.get(key) {
                    disabled.extend(split_list(v));
                }
            }
        }
        let limit = signature_cut(text, body_start);
        let mut directive_line = None;
        let (prose, hits) = match format {
            Format::Markdown => {
                markdown::markdown_prose(text, body_start, limit, &mut disabled, cache)
            }
            Format::PlainText => (
                plain_prose(text, body_start, limit, &mut disabled, &mut directive_line),
                None,
            ),
        };
        disabled.sort();
        disabled.dedup();
        let line_ending = match text.find('\n') {
            Some(i) if i > 0 && text.as_bytes()[i - 1] == b'\r' => "\r\n",
            _ => "\n",
        };
        Document {
            text,
            format,
            front_matter,
            disabled,
            directive_line,
            prose,
            hits,
            line_ending,
        }
    }

    pub fn front_value(&self, key: &str) -> Option<&str> {
        self.front_matter
            .as_ref()
            .and_then(|f| f.values.get(key))
            .map(String::as_str)
    }

    /// Where the message body starts: after front matter and directives.
    pub fn body_start(&self) -> usize {
        let fm = self.front_matter.as_ref().map_or(0, |f| f.range.end);
        self.directive_line.as_ref().map_or(fm, |d| d.end.max(fm))
    }
}

fn parse_front_matter(text: &str) -> Option<FrontMatter> {
    let mut ls = line_ranges(text);
    let first_line = ls.next()?;
    let (fence, toml) = match text.get(first_line.clone())?.trim_end() {
        "---" => ("---", false),
        "+++" => ("+++", true),
        _ => return None,
    };
    let close = ls.find(|l| {
        text[l.clone()].trim_end() == fence || (!toml && text[l.clone()].trim_end() == "...")
    })?;
    let inner_start = line_end_with_terminator(text, &first_line);
    let inner = &text[inner_start..close.start];
    let range = 0..line_end_with_terminator(text, &close);
    let mut values = BTreeMap::new();
    if toml {
        if let Ok(table) = inner.parse::<toml::Table>() {
            flatten_toml(&table, "", &mut values);
        }
    } else {
        let mut list_key: Option<String> = None;
        for line in inner.lines() {
            let trimmed = line.trim();
            if let (Some(key), Some(item)) = (&list_key, trimmed.strip_prefix("- ")) {
                let entry = values.entry(key.clone()).or_insert_with(String::new);
                if !entry.is_empty() {
                    entry.push(',');
                }
                entry.push_str(item.trim().trim_matches(|c| c == '"' || c == '\''));
                continue;
            }
            list_key = None;
            if let Some((k, v)) = line.split_once(':') {
                if k.starts_with(' ') || k.trim().is_empty() {
                    continue;
                }
                let v = v.trim().trim_matches(|c| c == '"' || c == '\'');
                let key = k.trim().to_string();
                if v.is_empty() {
                    list_key = Some(key.clone());
                }
                values.insert(key, v.to_string());
            }
        }
    }
    Some(FrontMatter {
        range,
        toml,
        values,
    })
}

fn flatten_toml(table: &toml::Table, prefix: &str, out: &mut BTreeMap<String, String>) {
    for (k, v) in table {
        let key = format!("{prefix}{k}");
        match v {
            toml::Value::String(s) => {
                out.insert(key, s.clone());
            }
            toml::Value::Array(items) => {
                let joined: Vec<String> = items
                    .iter()
                    .filter_map(|i| i.as_str().map(str::to_string))
                    .collect();
                out.insert(key, joined.join(","));
            }
            toml::Value::Table(t) => flatten_toml(t, &format!("{key}."), out),
            other => {
                out.insert(key, other.to_string());
            }
        }
    }
}

fn plain_prose(
    text: &str,
    body_start: usize,
    limit: usize,
    disabled: &mut Vec<String>,
    directive_line: &mut Option<Range<usize>>,
) -> Prose {
    let mut b = ProseBuilder::new(text);
    let mut first = true;
    let mut reply_header_open = false;
    for l in line_ranges(text) {
        if l.start < body_start {
            continue;
        }
        if l.start >= limit {
            break;
        }
        let line = &text[l.clone()];
        if first {
            first = false;
            let t = line.trim();
            if let Some(rest) = t.strip_prefix("tactful-disable:") {
                disabled.extend(split_list(rest));
                *directive_line = Some(l.start..line_end_with_terminator(text, &l));
                continue;
            }
        }
        let t = line.trim_start();
        if t.is_empty() {
            b.end_block();
            continue;
        }
        // A reply header may wrap: "On Tue, 4 Mar, Dana Ferreira\n<dana@x> wrote:"
        if reply_header_open {
            reply_header_open = false;
            if t.trim_end().ends_with("wrote:") {
                b.end_block();
                continue;
            }
        }
        if t.starts_with('>') || is_reply_header(line) || is_stage_direction(line) {
            b.end_block();
            continue;
        }
        if t.to_lowercase().starts_with("on ")
            && t.contains(',')
            && !t.contains(". ")
            && t.len() < 120
        {
            // possibly the first half of a wrapped reply header
            if t.trim_end().ends_with(['>', ',']) || t.contains('@') {
                reply_header_open = true;
            }
        }
        b.push(l.start..line_end_with_terminator(text, &l));
    }
    b.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]
        /// The per-block word counts add up to a count of the whole text.
        #[test]
        fn word_counts_of_blocks_add_up(
            text in "(Hi|Dana|I'm|it’s|a|-- |> |#|\\*|\\[x\\]|é|—|🙂|42|[ .,!?:]|\r?\n|\r){0,40}",
            markdown in any::<bool>(),
        ) {
            let format = if markdown { Format::Markdown } else { Format::PlainText };
            let doc = Document::parse(&text, format);
            prop_assert_eq!(doc.prose.word_count(), crate::prose::count_words(&doc.prose.text));
        }
    }

    fn prose(text: &str, format: Format) -> String {
        Document::parse(text, format).prose.text
    }

    #[test]
    fn markdown_exclusions() {
        let md = "---\nmedium: text\n---\nHi **Dana**, see `code` and [my site](https://x.example).\n\n> quoted TBD\n\n```\nTBD\n```\n<!-- [Company Name] -->\n\n- one\n- two\n  wraps\n";
        let doc = Document::parse(md, Format::Markdown);
        assert_eq!(doc.front_value("medium"), Some("text"));
        assert_eq!(
            doc.prose.text,
            "Hi Dana, see and my site.\n\none\n\ntwo\nwraps"
        );
    }

    #[test]
    fn markdown_keeps_placeholders() {
        assert_eq!(
            prose("Dear <Name>, about [Company Name].\n", Format::Markdown),
            "Dear <Name>, about [Company Name]."
        );
    }

    #[test]
    fn markdown_keeps_money_between_dollar_signs() {
        // tree-sitter-md reads "$30 ... $35" as an inline formula
        assert_eq!(
            prose(
                "It's $30 an hour, so I won't go ahead. At $35 I would.\n\n$$x^2$$\n",
                Format::Markdown
            ),
            "It's $30 an hour, so I won't go ahead. At $35 I would."
        );
    }

    #[test]
    fn signature_and_quotes_are_cut_in_plain_text() {
        let txt = "Hi Dana,\r\nThanks.\r\n\r\nOn Tue, 4 Mar 2025, Dana <d@x.example> wrote:\r\n> Hey!!\r\nBest,\r\nMaya\r\n-- \r\nLEGAL NOTICE";
        assert_eq!(
            prose(txt, Format::PlainText),
            "Hi Dana,\nThanks.\n\nBest,\nMaya"
        );
    }

    #[test]
    fn disable_directives() {
        let d = Document::parse(
            "<!-- tactful-disable negativity casual-tone -->\nHi",
            Format::Markdown,
        );
        assert_eq!(d.disabled, ["casual-tone", "negativity"]);
        let d = Document::parse("tactful-disable: shouting\nHI THERE", Format::PlainText);
        assert_eq!(d.disabled, ["shouting"]);
        assert_eq!(d.prose.text, "HI THERE");
        let d = Document::parse(
            "---\ntactful-disable: [shouting]\n---\nHI",
            Format::Markdown,
        );
        assert_eq!(d.disabled, ["shouting"]);
    }

    #[test]
    fn toml_front_matter() {
        let d = Document::parse("+++\nmedium = \"text\"\n+++\nHi", Format::Markdown);
        assert_eq!(d.front_value("medium"), Some("text"));
        assert_eq!(d.prose.text, "Hi");
    }

    #[test]
    fn lines_split_on_all_terminators() {
        assert_eq!(lines("a\r\nb\rc\nd"), vec![0..1, 3..4, 5..6, 7..8]);
    }
}
