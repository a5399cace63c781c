//! Code actions: a `quickfix` per fix carried in a diagnostic's `data`,
//! "Disable `<rule>` in this file", `source.fixAll.tactful`, and whole
//! templates on a near-empty buffer. Every edit touches only its range.

use std::collections::HashMap;

use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Diagnostic, TextEdit, Uri, WorkspaceEdit,
};

use super::analysis::{self, Analysis, Head};
use crate::document::{Document, Format};
use crate::fixes::{self, Plan, Scope};
use crate::rules::Edit;
use crate::templates::{self, Fill};

pub fn fix_all_kind() -> CodeActionKind {
    CodeActionKind::new("source.fixAll.tactful")
}

/// Whether the client's `only` filter admits actions of `kind`.
pub fn wanted(only: Option<&[CodeActionKind]>, kind: &CodeActionKind) -> bool {
    only.is_none_or(|only| {
        only.iter().any(|o| {
            kind.as_str() == o.as_str() || kind.as_str().starts_with(&format!("{}.", o.as_str()))
        })
    })
}

fn edit(uri: &Uri, edits: Vec<TextEdit>) -> WorkspaceEdit {
    WorkspaceEdit {
        changes: Some(HashMap::from([(uri.clone(), edits)])),
        ..WorkspaceEdit::default()
    }
}

/// Quick fixes for the diagnostics the client sent: the fixes of the
/// findings they were made from. Diagnostics made for another version of
/// the document are skipped: their ranges may be stale.
pub fn quick_fixes(a: &Analysis, diagnostics: &[Diagnostic]) -> Vec<CodeAction> {
    let conv = a.converter();
    let mut out = Vec::new();
    for d in diagnostics {
        let Some(finding) = a.finding_of(d) else {
            continue;
        };
        let index = a.findings().iter().position(|f| std::ptr::eq(f, finding));
        for fix in &finding.fixes {
            // the preferred fix is the plan for this finding: checked like
            // fix-all, and left out when it would make the message worse
            let planned = match (fix.preferred, index) {
                (true, Some(i)) => match planned(a, Scope::Only(&[i])) {
                    Some(p) if !p.is_empty() => Some(p.edits),
                    _ => continue,
                },
                _ => None,
            };
            let edits = planned
                .as_ref()
                .unwrap_or(&fix.edits)
                .iter()
                .map(|e| TextEdit::new(conv.range(&e.range), e.new_text.clone()))
                .collect();
            out.push(CodeAction {
                title: fix.title.clone(),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![d.clone()]),
                edit: Some(edit(&a.uri, edits)),
                is_preferred: fix.preferred.then_some(true),
                ..CodeAction::default()
            });
        }
    }
    out
}

/// "Disable `<rule>` in this file" for each rule among `diagnostics`.
pub fn disable_actions(a: &Analysis, diagnostics: &[Diagnostic]) -> Vec<CodeAction> {
    let mut rules: Vec<&str> = diagnostics.iter().filter_map(analysis::rule_of).collect();
    rules.sort_unstable();
    rules.dedup();
    if rules.is_empty() {
        return Vec::new();
    }
    // the document's head is read once per version: parsing is most of a
    // request's cost, and an editor asks again each time the cursor moves
    let head = *a.head.get_or_init(|| Head::of(&a.text, a.format));
    rules
        .into_iter()
        .map(|rule| {
            let e = disable_edit_in(head, &a.text, a.format, rule);
            let conv = a.converter();
            CodeAction {
                title: format!("Disable {rule} in this file"),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(
                    diagnostics
                        .iter()
                        .filter(|d| analysis::rule_of(d) == Some(rule))
                        .cloned()
                        .collect(),
                ),
                edit: Some(edit(
                    &a.uri,
                    vec![TextEdit::new(conv.range(&e.range), e.new_text)],
                )),
                ..CodeAction::default()
            }
        })
        .collect()
}

/// The edit that switches `rule` off in the file: it joins an existing
/// directive on the first body line, or inserts one there (after any
/// front matter). Markdown uses `<!-- tactful-disable rule -->`, plain text
/// a `tactful-disable: rule` line; the engine reads both.
pub fn disable_edit(text: &str, format: Format, rule: &str) -> Edit {
    disable_edit_in(Head::of(text, format), text, format, rule)
}

/// [`disable_edit`] for a document whose [`Head`] is read.
fn disable_edit_in(head: Head, text: &str, format: Format, rule: &str) -> Edit {
    let at = head.at;
    let first_line = &text[at..];
    let first_line = &first_line[..first_line.find(['\r', '\n']).unwrap_or(first_line.len())];
    match format {
        Format::Markdown => {
            let trimmed = first_line.trim_end();
            if trimmed.starts_with("<!-- tactful-disable") && trimmed.ends_with("-->") {
                let close = at + trimmed.len() - "-->".len();
                let pad = if text[..close].ends_with(' ') {
                    ""
                } else {
                    " "
                };
                return Edit {
                    range: close..close,
                    new_text: format!("{pad}{rule} "),
                };
            }
        }
        Format::PlainText => {
            if head.directive && first_line.trim_start().starts_with("tactful-disable:") {
                let end = at + first_line.trim_end().len();
                return Edit {
                    range: end..end,
                    new_text: format!(" {rule}"),
                };
            }
        }
    }
    let line = match format {
        Format::Markdown => format!("<!-- tactful-disable {rule} -->"),
        Format::PlainText => format!("tactful-disable: {rule}"),
    };
    // front matter that ends the file without a newline needs one first
    let lead = if at > 0 && !text[..at].ends_with(['\n', '\r']) {
        head.line_ending
    } else {
        ""
    };
    Edit {
        range: at..at,
        new_text: format!("{lead}{line}{}", head.line_ending),
    }
}

/// The fix planner's plan for `scope`, when the text was analysed.
fn planned(a: &Analysis, scope: Scope) -> Option<Plan> {
    let report = a.report.as_ref()?;
    let key = match scope {
        Scope::All => None,
        Scope::Only(ids) => Some(ids.to_vec()),
    };
    let cached = a
        .plans
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .get(&key)
        .cloned();
    if let Some(plan) = cached {
        return Some(plan);
    }
    let plan = fixes::plan::plan(&a.text, a.format, &a.config, report, scope);
    a.plans
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .insert(key, plan.clone());
    Some(plan)
}

/// Every preferred fix as one plan (the same as `tactful check --fix`
/// makes in one pass).
pub fn fix_all(a: &Analysis) -> Option<CodeAction> {
    let plan = planned(a, Scope::All)?;
    let taken: Vec<&Edit> = plan
        .edits
        .iter()
        .filter(|e| e.range.start <= e.range.end && a.text.get(e.range.clone()).is_some())
        .collect();
    if taken.is_empty() {
        return None;
    }
    let conv = a.converter();
    let edits = taken
        .iter()
        .map(|e| TextEdit::new(conv.range(&e.range), e.new_text.clone()))
        .collect();
    Some(CodeAction {
        title: "Apply all preferred tactful fixes".into(),
        kind: Some(fix_all_kind()),
        edit: Some(edit(&a.uri, edits)),
        ..CodeAction::default()
    })
}

/// Whether the buffer is empty or nearly so: templates are offered then.
pub fn nearly_empty(a: &Analysis) -> bool {
    a.report.as_ref().is_some_and(|r| r.words <= 3)
}

/// Whole-message templates that replace the body (all but front matter).
pub fn template_actions(a: &Analysis) -> Vec<CodeAction> {
    let Some(report) = &a.report else {
        return Vec::new();
    };
    let front_matter = Document::parse(&a.text, a.format).front_matter;
    let body_start = front_matter.as_ref().map_or(0, |f| f.range.end);
    let range = a.converter().range(&(body_start..a.text.len()));
    let fill = Fill {
        snippet: false,
        writer: a.config.profile.name.as_deref(),
    };
    let medium = report.medium;
    templates::templates(medium)
        .into_iter()
        .map(|t| CodeAction {
            title: t.title(),
            kind: Some(CodeActionKind::REFACTOR_REWRITE),
            edit: Some(edit(
                &a.uri,
                vec![TextEdit::new(
                    range,
                    fill.render(&t.text(&a.config, front_matter.is_none())),
                )],
            )),
            ..CodeAction::default()
        })
        .collect()
}

/// Everything for one code-action request.
pub fn actions(
    a: &Analysis,
    context: &[Diagnostic],
    only: Option<&[CodeActionKind]>,
) -> Vec<CodeActionOrCommand> {
    let mut out = Vec::new();
    if wanted(only, &CodeActionKind::QUICKFIX) {
        out.extend(quick_fixes(a, context));
        out.extend(disable_actions(a, context));
    }
    if wanted(only, &fix_all_kind()) {
        out.extend(fix_all(a));
    }
    if wanted(only, &CodeActionKind::REFACTOR_REWRITE) && nearly_empty(a) {
        out.extend(template_actions(a));
    }
    out.into_iter()
        .map(CodeActionOrCommand::CodeAction)
        .collect()
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::lsp::analysis::analyse;
    use crate::lsp::snapshot::Snapshot;
    use crate::position::Encoding;
    use crate::rules::{Finding, Fix};

    fn uri() -> Uri {
        "file:///tmp/d.md".parse().unwrap()
    }

    /// An analysis of `text` whose findings carry the given fixes, as the
    /// engine will make them.
    fn analysis_with_fixes(text: &str, fixes: Vec<Vec<Fix>>) -> Analysis {
        let (mut a, _) = analyse(Snapshot {
            uri: uri(),
            version: 3,
            format: Format::Markdown,
            rope: ropey::Rope::from_str(text),
            config: Arc::default(),
            config_generation: 0,
            encoding: Encoding::Utf16,
            chunks: Arc::default(),
        });
        let report = a.report.as_mut().unwrap();
        report.findings = fixes
            .into_iter()
            .map(|fixes| Finding {
                fixes,
                ..Finding::new("casual-tone", 0..0, "test")
            })
            .collect();
        a
    }

    /// A message with nothing wrong but its "Hey".
    const GOOD: &str = "Hey Dana,\n\nThank you for the invitation. I have decided to withdraw my application. I'd be glad to stay in touch.\n\nBest,\nSam\n";

    fn fix(title: &str, preferred: bool, edits: &[(std::ops::Range<usize>, &str)]) -> Fix {
        Fix {
            title: title.into(),
            preferred,
            fallback: false,
            own_words: false,
            piecewise: false,
            edits: edits
                .iter()
                .map(|(range, text)| Edit {
                    range: range.clone(),
                    new_text: text.to_string(),
                })
                .collect(),
        }
    }

    #[test]
    fn quick_fixes_come_from_the_finding_a_diagnostic_names() {
        let a = analysis_with_fixes(
            GOOD,
            vec![vec![
                fix("Say thanks", true, &[(0..3, "Hello")]),
                fix("Say thank you", false, &[]),
            ]],
        );
        let diagnostics = a.diagnostics();
        let actions = quick_fixes(&a, &diagnostics);
        let summary: Vec<(&str, Option<bool>)> = actions
            .iter()
            .map(|a| (a.title.as_str(), a.is_preferred))
            .collect();
        assert_eq!(
            summary,
            [("Say thanks", Some(true)), ("Say thank you", None)]
        );
        assert_eq!(actions[0].kind, Some(CodeActionKind::QUICKFIX));
        assert_eq!(
            actions[0].edit.as_ref().unwrap().changes.as_ref().unwrap()[&uri()][0].new_text,
            "Hello"
        );
        // made for another version: stale, no fix offered
        let mut stale = diagnostics[0].clone();
        stale.data = Some(serde_json::json!({"version": 2, "finding": 0}));
        assert!(quick_fixes(&a, &[stale]).is_empty());
        // data that is not ours, or none: nothing, no panic
        let mut odd = diagnostics[0].clone();
        odd.data = Some(serde_json::json!({"version": "x"}));
        assert!(quick_fixes(&a, &[odd]).is_empty());
        let mut none = diagnostics[0].clone();
        none.data = None;
        assert!(quick_fixes(&a, &[none]).is_empty());
    }

    #[test]
    fn fix_all_takes_preferred_fixes_that_do_not_overlap() {
        let text = GOOD;
        let end = text.len();
        let a = analysis_with_fixes(
            text,
            vec![
                vec![
                    fix("not preferred", false, &[(0..3, "X")]),
                    fix("Hello", true, &[(0..3, "Hello")]),
                ],
                vec![fix("overlaps", true, &[(2..5, "Y")])],
                vec![fix("Many thanks", true, &[(11..20, "Many thanks")])],
                vec![fix("past the end", true, &[(end - 1..end + 50, "")])],
            ],
        );
        let action = fix_all(&a).unwrap();
        assert_eq!(action.kind, Some(fix_all_kind()));
        let edits = &action.edit.unwrap().changes.unwrap()[&uri()];
        let texts: Vec<&str> = edits.iter().map(|e| e.new_text.as_str()).collect();
        assert_eq!(texts, ["Hello", "Many thanks"]);
        assert!(fix_all(&analysis_with_fixes(text, vec![vec![]])).is_none());
    }

    fn apply(text: &str, e: &Edit) -> String {
        crate::vocab::apply_edits(text, &[e])
    }

    #[test]
    fn disable_in_markdown_goes_after_front_matter() {
        let text = "---\nmedium: email\n---\nHi Dana,\n";
        let e = disable_edit(text, Format::Markdown, "negativity");
        assert_eq!(
            apply(text, &e),
            "---\nmedium: email\n---\n<!-- tactful-disable negativity -->\nHi Dana,\n"
        );
        let again = apply(text, &e);
        let e2 = disable_edit(&again, Format::Markdown, "shouting");
        assert_eq!(
            apply(&again, &e2),
            "---\nmedium: email\n---\n<!-- tactful-disable negativity shouting -->\nHi Dana,\n"
        );
        let twice = apply(&again, &e2);
        let doc = Document::parse(&twice, Format::Markdown);
        assert_eq!(doc.disabled, ["negativity", "shouting"]);
    }

    #[test]
    fn disable_in_plain_text_keeps_crlf() {
        let text = "Hi Dana,\r\nNAH\r\n";
        let e = disable_edit(text, Format::PlainText, "casual-tone");
        let once = apply(text, &e);
        assert_eq!(once, "tactful-disable: casual-tone\r\nHi Dana,\r\nNAH\r\n");
        let e2 = disable_edit(&once, Format::PlainText, "shouting");
        let twice = apply(&once, &e2);
        assert_eq!(
            twice,
            "tactful-disable: casual-tone shouting\r\nHi Dana,\r\nNAH\r\n"
        );
        let doc = Document::parse(&twice, Format::PlainText);
        assert_eq!(doc.disabled, ["casual-tone", "shouting"]);
    }

    #[test]
    fn disable_after_front_matter_at_end_of_file() {
        let text = "---\nmedium: text\n---";
        let e = disable_edit(text, Format::Markdown, "shouting");
        assert_eq!(
            apply(text, &e),
            "---\nmedium: text\n---\n<!-- tactful-disable shouting -->\n"
        );
    }

    #[test]
    fn kind_filter() {
        let only = [CodeActionKind::SOURCE_FIX_ALL];
        assert!(wanted(Some(&only), &fix_all_kind()));
        assert!(!wanted(Some(&only), &CodeActionKind::QUICKFIX));
        assert!(wanted(None, &CodeActionKind::QUICKFIX));
        assert!(!wanted(
            Some(&[CodeActionKind::new("source.fix")]),
            &fix_all_kind()
        ));
    }
}
