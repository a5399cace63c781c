//! Whole-message templates and phrases for the server's completion and
//! code actions. The words are [`crate::wording`]'s, the same that
//! `tactful new` prints and the fixes insert; here the facts are blanks
//! the writer fills (snippet tabstops in the editor).

use crate::config::Config;
use crate::message::Facts;
use crate::vocab::{Medium, PartKind, Scenario};
use crate::wording::{self, Situation, Slot};

/// Blanks a template leaves for the writer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Blank {
    Recipient,
    Role,
    Writer,
}

impl Blank {
    fn label(self) -> &'static str {
        match self {
            Blank::Recipient => "Name",
            Blank::Role => "Role",
            Blank::Writer => "Your Name",
        }
    }

    fn tabstop(self) -> usize {
        match self {
            Blank::Recipient => 1,
            Blank::Role => 2,
            Blank::Writer => 3,
        }
    }
}

/// How blanks are written out.
pub struct Fill<'a> {
    /// Snippet tabstops (`${1:Name}`) instead of `[Name]` placeholders.
    pub snippet: bool,
    /// The writer's name from config `profile.name`.
    pub writer: Option<&'a str>,
}

impl Fill<'_> {
    /// Renders `src`, where `{recipient}`, `{role}` and `{writer}` are
    /// blanks; other text is literal.
    pub fn render(&self, src: &str) -> String {
        let mut out = String::with_capacity(src.len() + 32);
        let mut rest = src;
        while let Some(open) = rest.find('{') {
            self.literal(&rest[..open], &mut out);
            let after = &rest[open..];
            let Some(close) = after.find('}') else {
                self.literal(after, &mut out);
                return out;
            };
            match &after[1..close] {
                "recipient" => self.blank(Blank::Recipient, &mut out),
                "role" => self.blank(Blank::Role, &mut out),
                "writer" => self.blank(Blank::Writer, &mut out),
                _ => self.literal(&after[..=close], &mut out),
            }
            rest = &after[close + 1..];
        }
        self.literal(rest, &mut out);
        out
    }

    fn blank(&self, blank: Blank, out: &mut String) {
        if let (Blank::Writer, Some(name)) = (blank, self.writer) {
            self.literal(name, out);
        } else if self.snippet {
            out.push_str(&format!("${{{}:{}}}", blank.tabstop(), blank.label()));
        } else {
            out.push_str(&format!("[{}]", blank.label()));
        }
    }

    fn literal(&self, text: &str, out: &mut String) {
        if !self.snippet {
            out.push_str(text);
            return;
        }
        for c in text.chars() {
            if matches!(c, '$' | '}' | '\\') {
                out.push('\\');
            }
            out.push(c);
        }
    }
}

/// A whole message for one scenario (and variant) in one medium.
pub struct Template {
    pub medium: Medium,
    pub scenario: Scenario,
    /// One of the scenario's [`wording::variants`], or `None` for wording
    /// that fits any.
    pub variant: Option<&'static str>,
}

impl Template {
    pub fn title(&self) -> String {
        format!(
            "Decline template: {} ({})",
            self.name(),
            self.medium.as_str()
        )
    }

    /// The scenario and its variant: `relocation/moving`.
    pub fn name(&self) -> String {
        match self.variant {
            Some(v) => format!("{}/{v}", self.scenario.as_str()),
            None => self.scenario.as_str().to_string(),
        }
    }

    /// The template's source, with blanks in braces; `front_matter` adds
    /// a header that pins the medium, for buffers that have none.
    pub fn text(&self, cfg: &Config, front_matter: bool) -> String {
        let body =
            blank_situation(self.scenario, self.medium, cfg).template_in(self.variant, cfg, "\n");
        if front_matter {
            format!("{}{body}", wording::front_matter(self.medium, "\n"))
        } else {
            body
        }
    }
}

/// The situation a template is worded for: the reader, the role and the
/// writer are blanks (`{recipient}`, `{role}`, `{writer}`) that [`Fill`]
/// renders; the company is worded around.
fn blank_situation(scenario: Scenario, medium: Medium, cfg: &Config) -> Situation {
    let facts = Facts {
        recipient: Some("{recipient}".into()),
        company: None,
        role: Some("{role}".into()),
        writer: Some("{writer}".into()),
        approached: false,
    };
    Situation::new(scenario, medium, &facts, cfg)
}

/// Templates offered on an empty buffer: every scenario (and each variant)
/// in the message's medium, then the general one in each other medium.
pub fn templates(medium: Medium) -> Vec<Template> {
    let mut out = Vec::new();
    for scenario in Scenario::ALL {
        out.push(Template {
            medium,
            scenario,
            variant: None,
        });
        out.extend(wording::variants(scenario).into_iter().map(|v| Template {
            medium,
            scenario,
            variant: Some(v),
        }));
    }
    out.extend(
        Medium::ALL
            .iter()
            .filter(|&&m| m != medium)
            .map(|&m| Template {
                medium: m,
                scenario: Scenario::General,
                variant: None,
            }),
    );
    out
}

/// Phrases for one part of a message: the wording `tactful new` and the
/// fixes use for this scenario and medium, then the other ways
/// [`wording::alternatives`] has. Blanks are in braces.
pub fn phrases(kind: PartKind, scenario: Scenario, medium: Medium, cfg: &Config) -> Vec<String> {
    let situation = blank_situation(scenario, medium, cfg);
    let own = match kind {
        PartKind::Subject => Some(situation.phrase(Slot::Subject)),
        PartKind::Greeting => Some(situation.phrase(Slot::Greeting)),
        PartKind::Gratitude => Some(situation.phrase(Slot::Gratitude)),
        PartKind::Decision => Some(situation.phrase(Slot::Decision)),
        PartKind::Reason => Some(situation.phrase(Slot::Reason)),
        PartKind::DoorOpen => Some(situation.phrase(Slot::DoorOpen)),
        PartKind::SignOff => Some(format!("{}\n{{writer}}", situation.phrase(Slot::Closing))),
        PartKind::Alternative => None,
    };
    let mut out: Vec<String> = own.into_iter().collect();
    for more in wording::alternatives(kind.as_str()) {
        if !out.contains(more) {
            out.push(more.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;
    use crate::engine;
    use crate::vocab::Severity;

    #[test]
    fn blanks_render_as_snippets_or_placeholders() {
        let snippet = Fill {
            snippet: true,
            writer: None,
        };
        assert_eq!(
            snippet.render("Dear {recipient}, $5 {x} from {writer}"),
            "Dear ${1:Name}, \\$5 {x\\} from ${3:Your Name}"
        );
        let plain = Fill {
            snippet: false,
            writer: Some("Jordan Lee"),
        };
        assert_eq!(
            plain.render("Dear {recipient}, from {writer}"),
            "Dear [Name], from Jordan Lee"
        );
    }

    /// A filled-in template is a good message: the engine finds no fault
    /// worse than a hint in it.
    #[test]
    fn filled_templates_are_clean() {
        let cfg = Config::default();
        let mut failures = Vec::new();
        for medium in Medium::ALL {
            for t in templates(medium) {
                let text = t
                    .text(&cfg, true)
                    .replace("{recipient}", "Dana")
                    .replace("{role}", "Data Analyst")
                    .replace("{writer}", "Jordan Lee");
                let report = engine::check(&text, Format::Markdown, &cfg);
                let bad: Vec<_> = report
                    .findings
                    .iter()
                    .filter(|f| f.severity <= Severity::Info)
                    .map(|f| (f.rule, &text[f.range.clone()]))
                    .collect();
                if !bad.is_empty() {
                    failures.push(format!("{}: {bad:?}\n{text}", t.title()));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    }
}
