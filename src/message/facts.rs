//! Facts a fix can reuse: recipient, role, company, writer.

use super::names;
use super::structure::{dash_name_suffix, is_name_like};
use super::types::{Facts, Message, Overrides};

impl Message<'_> {
    pub(super) fn find_facts(&self, given: &Overrides) -> Facts {
        let mut facts = Facts {
            recipient: self
                .greeting
                .as_ref()
                .and_then(|g| g.name.clone())
                .or_else(|| self.quoted_sender()),
            ..Facts::default()
        };
        let flat = &self.doc.prose.flat;
        for i in self.body_sentences().chain(self.subject) {
            let t = &flat[self.sentence_range(i)];
            if facts.role.is_some() && facts.company.is_some() {
                break;
            }
            if let Some((role, company)) = names::role_at_company(t) {
                if facts.role.is_none() {
                    facts.role = Some(t[role].trim().to_string());
                }
                if facts.company.is_none() {
                    facts.company = Some(clean_company(&t[company]));
                }
            }
            if facts.company.is_none() {
                if let Some(company) = names::at_company(t) {
                    facts.company = Some(clean_company(&t[company]));
                }
            }
            if facts.role.is_none() {
                if let Some(role) = names::role_only(t) {
                    facts.role = Some(t[role].trim().to_string());
                }
            }
        }
        facts.writer = self
            .writer_from_sign_off()
            // "This is Chidinma Okafor" in the opening lines (after a
            // salutation or an apology for writing on a Sunday)
            .or_else(|| {
                self.doc.prose.sentences.iter().take(3).find_map(|s| {
                    let t = self.doc.prose.sentence_text(s);
                    names::introduced_name(t)
                        .or_else(|| names::name_here(t))
                        .map(|name| t[name].trim().to_string())
                        .filter(|name| could_be_a_name(name))
                })
            })
            .or_else(|| self.writer_from_letter_head())
            .or_else(|| self.writer_from_signature())
            .or_else(|| given.writer.map(str::to_string));
        facts.approached = self.approached();
        // a quoted message of the writer's own names no one to greet
        if facts.recipient.is_some() && facts.recipient == facts.writer {
            facts.recipient = None;
        }
        facts
    }

    /// Whether the employer approached the writer: thanks "for reaching
    /// out" or "for thinking of me", "you contacted me", "your message"
    /// or "InMail", a headhunter.
    fn approached(&self) -> bool {
        self.body_sentences().any(|i| {
            let words: Vec<&str> = self.readings[i]
                .tokens
                .iter()
                .map(|t| t.word.as_str())
                .collect();
            words.windows(2).any(|w| {
                matches!(
                    (w[0], w[1]),
                    (
                        "for" | "you",
                        "reaching" | "reached" | "contacting" | "contacted"
                    ) | (
                        "contacting" | "contacted" | "approaching" | "approached",
                        "me"
                    ) | ("thinking", "of")
                        | ("your", "message" | "inmail" | "dm" | "note")
                )
            }) || words
                .iter()
                .any(|w| matches!(*w, "headhunting" | "headhunted" | "inmail"))
        })
    }

    /// The sender of the message quoted below a reply, who is the one
    /// replied to: "> From: Fiona Ashworth", "On 28 Aug 2024, at 14:02,
    /// Fiona Ashworth <fiona@example.com> wrote:".
    fn quoted_sender(&self) -> Option<String> {
        let name = |s: &str| {
            let s = s.split('<').next().unwrap_or(s).trim().trim_matches('"');
            // ("Hiring Team, ValuMart #0412": the name before the comma;
            // a store number is no part of it)
            let s = s.split(',').next().unwrap_or(s).trim();
            let numbered = s.contains('#') || s.chars().any(|c| c.is_ascii_digit());
            (is_name_like(s) && s.contains(' ') && !s.contains('@') && !numbered)
                .then(|| s.to_string())
        };
        self.doc.text.lines().find_map(|line| {
            let l = line.trim_start_matches(['>', ' ']);
            if let Some(rest) = l.strip_prefix("From:") {
                return name(rest);
            }
            let head = l.strip_prefix("On ")?.strip_suffix("wrote:")?;
            // the name comes after the date's last comma
            name(head.rsplit(',').next()?)
        })
    }

    /// A letter's sender: the first line of its head when it is a name
    /// over an address (two or more more lines of head before the
    /// salutation): "Priya Ramanathan / 14 Clarendon Road / Leeds".
    fn writer_from_letter_head(&self) -> Option<String> {
        let g = self.greeting.as_ref()?;
        let lines: Vec<&str> = (0..g.sentence)
            .filter(|&i| self.roles[i].head)
            .flat_map(|i| self.sentence_text(i).lines())
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        // ("K. G. Dilshan Fernando," ends its line as an address line does)
        let first = lines.first()?.trim_end_matches([',', ';']).trim_end();
        let address = lines
            .iter()
            .skip(1)
            .take(3)
            .any(|l| l.chars().any(|c| c.is_ascii_digit()));
        (lines.len() >= 3 && address && is_name_like(first) && !first.starts_with('['))
            .then(|| first.to_string())
    }

    /// The name heading an email signature, the first line after its "-- "
    /// line: "-- / Andrea Salcedo Rivas / Growth Marketing".
    fn writer_from_signature(&self) -> Option<String> {
        let text = self.doc.text;
        let mut lines = text.lines().map(str::trim_end);
        lines.find(|l| *l == "--" || *l == "-- ")?;
        let first = lines.map(str::trim).find(|l| !l.is_empty())?;
        (is_name_like(first) && !first.starts_with('[')).then(|| first.to_string())
    }

    pub(super) fn writer_from_sign_off(&self) -> Option<String> {
        let s = self.sign_off?;
        let n = self.roles.len();
        let text = self.sentence_text(s);
        if let Some(name) = dash_name_suffix(text) {
            // "– [Your Name]" signs off but names no one
            return (!name.starts_with('[')).then(|| name.to_string());
        }
        if let Some((_, name)) = text.split_once(',') {
            let name = name.trim().trim_end_matches(['.', '!']);
            if is_name_like(name) {
                return Some(name.to_string());
            }
        }
        if self.is_closing_line(s) {
            return (s + 1..n)
                .map(|j| self.sentence_text(j))
                .find(|t| is_name_like(t))
                .map(str::to_string);
        }
        is_name_like(text).then(|| text.to_string())
    }
}

pub(super) fn clean_company(s: &str) -> String {
    s.trim()
        .trim_end_matches(['.', ',', '!', '?', ':', ';'])
        .trim_end_matches("’s")
        .trim_end_matches("'s")
        .to_string()
}

/// Whether words read after "it's" can be a name: not a word stressed in
/// capitals ("it's EVERY Friday") nor a day ("it's Monday tomorrow").
fn could_be_a_name(name: &str) -> bool {
    let first = name.split_whitespace().next().unwrap_or("");
    let lower = first.to_lowercase();
    let shouted =
        first.chars().all(|c| !c.is_lowercase()) && crate::phrases::is_common_word(&lower);
    !shouted && !crate::reading::frames::is_day(&lower)
}
