//! Read-only features over a current [`Analysis`]: hover, the outline of
//! message parts, the summary code lens and completion.

use tower_lsp_server::ls_types::{
    CodeLens, Command, CompletionItem, CompletionItemKind, CompletionTextEdit,
    CompletionTriggerKind, DocumentSymbol, Hover, HoverContents, InsertTextFormat, MarkupContent,
    MarkupKind, Position, Range, SymbolKind, TextEdit,
};

use super::analysis::Analysis;
use crate::document::Document;
use crate::rules;
use crate::templates::{self, Fill};
use crate::vocab::{Medium, PartKind};

/// The rule explanation of every finding under `pos`.
pub fn hover(a: &Analysis, pos: Position) -> Option<Hover> {
    let offset = a.converter().offset(pos);
    let hits: Vec<_> = a
        .findings()
        .iter()
        .filter(|f| f.range.start <= offset && offset <= f.range.end)
        .collect();
    let first = hits.first()?;
    let value = hits
        .iter()
        .map(|f| {
            format!(
                "**{}** ({}): {}\n\n{}",
                f.rule,
                f.severity.as_str(),
                f.message,
                rules::doc(f.rule).trim()
            )
        })
        .collect::<Vec<_>>()
        .join("\n\n---\n\n");
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value,
        }),
        range: Some(a.converter().range(&first.range)),
    })
}

/// The message's parts as a flat outline.
pub fn symbols(a: &Analysis) -> Vec<DocumentSymbol> {
    let Some(report) = &a.report else {
        return Vec::new();
    };
    let conv = a.converter();
    report
        .parts
        .iter()
        .map(|p| {
            let excerpt: String = a.text[p.range.clone()]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let range = conv.range(&p.range);
            #[allow(deprecated)] // `deprecated` is a required field of the type
            DocumentSymbol {
                name: p.kind.as_str().to_string(),
                detail: Some(shorten(&excerpt, 60)),
                kind: SymbolKind::STRING,
                tags: None,
                deprecated: None,
                range,
                selection_range: range,
                children: None,
            }
        })
        .collect()
}

fn shorten(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// "118 words / 200 · email · another-offer" on the first line.
pub fn summary_lens(a: &Analysis) -> Option<CodeLens> {
    let report = a.report.as_ref()?;
    let title = format!(
        "{} words / {} · {} · {}",
        report.words,
        a.budget()?,
        report.medium.as_str(),
        report.scenario.as_str()
    );
    Some(CodeLens {
        range: Range::default(),
        // An empty command id: a label, not a button.
        command: Some(Command::new(title, String::new(), None)),
        data: None,
    })
}

const PART_ORDER: [PartKind; 8] = [
    PartKind::Subject,
    PartKind::Greeting,
    PartKind::Gratitude,
    PartKind::Decision,
    PartKind::Reason,
    PartKind::Alternative,
    PartKind::DoorOpen,
    PartKind::SignOff,
];

/// Completion that never takes over typing. Nothing is offered while the
/// cursor touches a word: Helix, VS Code and Neovim's completion plugins
/// ask as the user types (and say `Invoked` for it), and a phrase accepted
/// there would replace the word being typed. At a blank spot:
/// - on a blank line of a near-empty buffer, whole templates;
/// - when asked for (`Invoked`, or no context), phrases for the parts the
///   message lacks, then for the part under the cursor;
/// - on any other trigger, phrases for the missing parts, and only at the
///   start of a blank line or of a sentence.
///
/// Each phrase's `filterText` is its first word (a template's, its scenario
/// and medium), and its edit inserts at the cursor: a client that filters
/// the list itself keeps a phrase for little more than its own first word,
/// and the server, asked again as the user types (the list is marked
/// incomplete), offers nothing once a word is started.
pub fn completion(
    a: &Analysis,
    pos: Position,
    trigger: Option<CompletionTriggerKind>,
    snippets: bool,
) -> Vec<CompletionItem> {
    let Some(report) = &a.report else {
        return Vec::new();
    };
    let conv = a.converter();
    let offset = conv.offset(pos);
    let line_start = a.text[..offset].rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let line_end = a.text[offset..]
        .find(['\n', '\r'])
        .map_or(a.text.len(), |i| offset + i);
    let (before, after) = (&a.text[line_start..offset], &a.text[offset..line_end]);
    let touches_word = before
        .chars()
        .next_back()
        .is_some_and(|c| !c.is_whitespace())
        || after.chars().next().is_some_and(|c| !c.is_whitespace());
    if touches_word {
        return Vec::new();
    }
    let blank_line = before.trim().is_empty() && after.trim().is_empty();
    let fill = Fill {
        snippet: snippets,
        writer: a.config.profile.name.as_deref(),
    };
    let format = if snippets {
        InsertTextFormat::SNIPPET
    } else {
        InsertTextFormat::PLAIN_TEXT
    };
    if blank_line && super::actions::nearly_empty(a) {
        // replaces the blanks typed on the line (ranges must be one line)
        let range = Range::new(conv.position(line_start), pos);
        let medium = report.medium;
        let front_matter =
            line_start == 0 && Document::parse(&a.text, a.format).front_matter.is_none();
        return templates::templates(medium)
            .into_iter()
            .enumerate()
            .map(|(i, t)| CompletionItem {
                label: t.title(),
                kind: Some(CompletionItemKind::SNIPPET),
                detail: Some("tactful template".into()),
                sort_text: Some(format!("{i:02}")),
                filter_text: Some(format!("{} {}", t.name(), t.medium.as_str())),
                insert_text_format: Some(format),
                text_edit: Some(CompletionTextEdit::Edit(TextEdit::new(
                    range,
                    fill.render(&t.text(&a.config, front_matter)),
                ))),
                ..CompletionItem::default()
            })
            .collect();
    }
    let asked = trigger.is_none_or(|k| k == CompletionTriggerKind::INVOKED);
    if !asked && !blank_line && !starts_sentence(before) {
        return Vec::new();
    }
    let range = Range::new(pos, pos);
    let present: Vec<PartKind> = report.parts.iter().map(|p| p.kind).collect();
    let current = report
        .parts
        .iter()
        .find(|p| p.range.start <= offset && offset <= p.range.end)
        .map(|p| p.kind)
        .filter(|_| asked);
    let medium = report.medium;
    let missing = PART_ORDER.iter().copied().filter(|k| {
        !present.contains(k)
            && match k {
                PartKind::Subject => medium == Medium::Email,
                PartKind::SignOff => !medium.is_spoken(),
                _ => true,
            }
    });
    let mut items = Vec::new();
    for (rank, kind) in missing.map(|k| (0, k)).chain(current.map(|k| (1, k))) {
        for (i, phrase) in templates::phrases(kind, report.scenario, medium, &a.config)
            .into_iter()
            .enumerate()
        {
            let plain = Fill {
                snippet: false,
                writer: fill.writer,
            }
            .render(&phrase);
            items.push(CompletionItem {
                label: plain.lines().next().unwrap_or_default().to_string(),
                kind: Some(CompletionItemKind::TEXT),
                detail: Some(format!("tactful: {}", kind.as_str())),
                sort_text: Some(format!("{rank}-{}-{i}", kind as usize)),
                filter_text: Some(first_word(&plain).to_string()),
                insert_text_format: Some(format),
                text_edit: Some(CompletionTextEdit::Edit(TextEdit::new(
                    range,
                    fill.render(&phrase),
                ))),
                ..CompletionItem::default()
            });
        }
    }
    items
}

/// Whether the text before the cursor on its line ends a sentence (and
/// the blank after it), so a new sentence would start at the cursor.
fn starts_sentence(before: &str) -> bool {
    let ended = before
        .trim_end()
        .trim_end_matches(['"', '\'', '”', '’', ')'])
        .ends_with(['.', '!', '?']);
    ended && before.ends_with(char::is_whitespace)
}

/// The first word of `text`: "Dear" of "Dear [Name],".
fn first_word(text: &str) -> &str {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .find(|w| !w.is_empty())
        .unwrap_or(text)
}
