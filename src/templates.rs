//! Whole-message templates and phrases for the server's completion and
//! code actions.
//! Written for tactful; a template is a medium's frame around a
//! scenario's decision and reason.

use crate::vocab::{Medium, PartKind, Scenario};

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

/// A whole message for one scenario in one medium.
pub struct Template {
    pub medium: Medium,
    pub scenario: Scenario,
}

impl Template {
    pub fn title(&self) -> String {
        format!(
            "Decline template: {} ({})",
            self.scenario.as_str(),
            self.medium.as_str()
        )
    }

    /// The template's source; `front_matter` adds a header that pins the
    /// medium, for buffers that have none.
    pub fn text(&self, front_matter: bool) -> String {
        if front_matter {
            format!(
                "---\nmedium: {}\n---\n\n{}",
                self.medium.as_str(),
                self.source()
            )
        } else {
            self.source()
        }
    }

    /// The template's source, with blanks still in braces.
    pub fn source(&self) -> String {
        let (decision, reason) = decision_and_reason(self.scenario);
        match self.medium {
            Medium::Email => format!(
                "Subject: Interview for the {{role}} position\n\n\
                 Dear {{recipient}},\n\n\
                 Thank you for inviting me to interview for the {{role}} position, \
                 and for the time you have already given my application.\n\n\
                 {decision} {reason}\n\n\
                 I have enjoyed learning about the team, and I would be glad to stay in touch.\n\n\
                 Kind regards,\n{{writer}}\n"
            ),
            Medium::Text => format!(
                "Hi {{recipient}}, thank you for the interview invitation for the {{role}} role. \
                 {decision} {reason} I hope we can stay in touch.\n\nBest,\n{{writer}}\n"
            ),
            Medium::Phone => format!(
                "Hello {{recipient}}, this is {{writer}}, calling about the {{role}} interview.\n\n\
                 Thank you for the invitation and for your time so far.\n\n\
                 {decision} {reason}\n\n\
                 I would be glad to hear from you about future openings. Thank you again, \
                 and have a good day.\n"
            ),
            Medium::InPerson => format!(
                "{{recipient}}, thank you for meeting me and for considering me for the \
                 {{role}} role.\n\n\
                 {decision} {reason}\n\n\
                 I have enjoyed our conversations, and I would be happy to keep in touch.\n"
            ),
        }
    }
}

fn decision_and_reason(s: Scenario) -> (&'static str, &'static str) {
    const WITHDRAW: &str = "After careful thought, I have decided to withdraw my application.";
    let reason = match s {
        Scenario::AnotherOffer => {
            "I have accepted an offer for another position that suits my plans."
        }
        Scenario::CareerGoals => {
            "I am focusing my search on roles that match the direction I want my career to take."
        }
        Scenario::Personal => {
            "A change in my personal circumstances means this is not the right time for a move."
        }
        Scenario::Relocation => {
            "I have decided not to relocate, and the distance would not work for me."
        }
        Scenario::Compensation => {
            "The salary range is below what I need at this stage of my career."
        }
        Scenario::Culture => "I feel the way of working is not the right fit for me.",
        Scenario::RoleChanged => {
            "The role has changed since I applied, and it no longer matches what I am looking for."
        }
        Scenario::ContentCurrentRole => {
            "I have decided to stay in my current role, where I have taken on new responsibilities."
        }
        Scenario::AfterInterviews => {
            "Having reflected on our conversations, I have decided to withdraw, as the position is not the right fit for me at this time."
        }
        Scenario::Reschedule => {
            return (
                "Unfortunately, I am unable to attend the interview at the proposed time.",
                "Would it be possible to meet on another day next week instead?",
            );
        }
        Scenario::General => "It is not the right fit for me at this time.",
    };
    (WITHDRAW, reason)
}

/// Templates offered on an empty buffer: every scenario in the message's
/// medium, then the general one in each other medium.
pub fn templates(medium: Medium) -> Vec<Template> {
    let mut out: Vec<Template> = Scenario::ALL
        .iter()
        .map(|&scenario| Template { medium, scenario })
        .collect();
    out.extend(
        Medium::ALL
            .iter()
            .filter(|&&m| m != medium)
            .map(|&m| Template {
                medium: m,
                scenario: Scenario::General,
            }),
    );
    out
}

/// Phrases for one part of a message, some fitted to the scenario.
pub fn phrases(kind: PartKind, scenario: Scenario) -> Vec<&'static str> {
    match kind {
        PartKind::Subject => vec![
            "Subject: Withdrawing my application for the {role} position",
            "Subject: Interview for the {role} position",
        ],
        PartKind::Greeting => vec!["Dear {recipient},", "Hello {recipient},", "Hi {recipient},"],
        PartKind::Gratitude => vec![
            "Thank you for inviting me to interview for the {role} position.",
            "I appreciate the time you and the team have spent on my application.",
            "Thank you for considering me for this role.",
        ],
        PartKind::Decision => vec![
            decision_and_reason(scenario).0,
            "I must respectfully decline the invitation to interview.",
            "I have decided not to move forward with the interview.",
        ],
        PartKind::Reason => vec![decision_and_reason(scenario).1],
        PartKind::DoorOpen => vec![
            "I would be glad to stay in touch about future openings.",
            "I hope our paths cross again.",
            "Please keep me in mind for suitable roles in the future.",
        ],
        PartKind::Alternative => vec![
            "If it helps, I would be happy to suggest a colleague who may be a strong fit.",
            "If the timing changes, I would welcome the chance to talk again.",
        ],
        PartKind::SignOff => vec![
            "Kind regards,\n{writer}",
            "Best wishes,\n{writer}",
            "With thanks,\n{writer}",
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
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
                    .text(true)
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
