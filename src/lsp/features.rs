//! Read-only features over a current [`Analysis`]: hover, the outline of
//! message parts, the summary code lens and completion.

use tower_lsp_server::ls_types::{
    CodeLens, Command, CompletionItem, CompletionItemKind, CompletionTextEdit, DocumentSymbol,
    Hover, HoverContents, InsertTextFormat, MarkupContent, MarkupKind, Position, Range, SymbolKind,
    TextEdit,
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

/// Templates on a near-empty buffer; otherwise phrases for the parts the
/// message still lacks, then for the part under the cursor.
pub fn completion(a: &Analysis, pos: Position, snippets: bool) -> Vec<CompletionItem> {
    let Some(report) = &a.report else {
        return Vec::new();
    };
    let conv = a.converter();
    let offset = conv.offset(pos);
    let line_start = a.text[..offset].rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let fill = Fill {
        snippet: snippets,
        writer: a.config.profile.name.as_deref(),
    };
    let format = if snippets {
        InsertTextFormat::SNIPPET
    } else {
        InsertTextFormat::PLAIN_TEXT
    };
    if super::actions::nearly_empty(a) {
        // replaces what is typed on the line so far (ranges must be one line)
        let range = Range::new(conv.position(line_start), pos);
        let typed = a.text[line_start..offset].to_string();
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
                filter_text: Some(typed.clone()),
                insert_text_format: Some(format),
                text_edit: Some(CompletionTextEdit::Edit(TextEdit::new(
                    range,
                    fill.render(&t.text(front_matter)),
                ))),
                ..CompletionItem::default()
            })
            .collect();
    }
    let word_start = a.text[line_start..offset]
        .rfind(char::is_whitespace)
        .map_or(line_start, |i| line_start + i + 1);
    let range = Range::new(conv.position(word_start), pos);
    let present: Vec<PartKind> = report.parts.iter().map(|p| p.kind).collect();
    let current = report
        .parts
        .iter()
        .find(|p| p.range.start <= offset && offset <= p.range.end)
        .map(|p| p.kind);
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
        for (i, phrase) in templates::phrases(kind, report.scenario)
            .into_iter()
            .enumerate()
        {
            let plain = Fill {
                snippet: false,
                writer: fill.writer,
            }
            .render(phrase);
            items.push(CompletionItem {
                label: plain.lines().next().unwrap_or_default().to_string(),
                kind: Some(CompletionItemKind::TEXT),
                detail: Some(format!("tactful: {}", kind.as_str())),
                sort_text: Some(format!("{rank}-{}-{i}", kind as usize)),
                insert_text_format: Some(format),
                text_edit: Some(CompletionTextEdit::Edit(TextEdit::new(
                    range,
                    fill.render(phrase),
                ))),
                ..CompletionItem::default()
            });
        }
    }
    items
}
