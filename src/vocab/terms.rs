//! Media, scenarios, parts, severities and rule ids.

use std::ops::Range;

use serde::Serialize;

include!(concat!(env!("OUT_DIR"), "/rule_ids.rs"));

/// Whether `id` names a rule.
pub fn is_rule_id(id: &str) -> bool {
    RULE_IDS.iter().any(|(i, _)| *i == id)
}

/// A rule's default severity, from its file's `RULE` declaration.
pub fn default_severity(id: &str) -> Option<Severity> {
    RULE_IDS.iter().find(|(i, _)| *i == id).map(|(_, s)| *s)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Medium {
    Email,
    Text,
    Phone,
    InPerson,
}

impl Medium {
    pub const ALL: [Medium; 4] = [Medium::Email, Medium::Text, Medium::Phone, Medium::InPerson];
    pub const ALL_NAMES: [&'static str; 4] = ["email", "text", "phone", "in-person"];

    pub fn parse(s: &str) -> Option<Medium> {
        match s.trim().to_ascii_lowercase().as_str() {
            "email" | "e-mail" | "mail" => Some(Medium::Email),
            "text" | "sms" | "text-message" | "message" | "chat" => Some(Medium::Text),
            "phone" | "call" | "phone-call" | "voicemail" => Some(Medium::Phone),
            "in-person" | "in_person" | "inperson" | "person" | "face-to-face" => {
                Some(Medium::InPerson)
            }
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        Medium::ALL_NAMES[self as usize]
    }

    /// The medium a draft's file name says it is: `text-to-recruiter.txt`,
    /// `whatsapp-reply.md`, `linkedin-dm.txt`, `voicemail.txt`,
    /// `call-notes.md`, `in-person.md`, `email-draft.md`. One medium named,
    /// or none; "on-call" and "call centre" name no call.
    pub fn from_file_stem(stem: &str) -> Option<Medium> {
        let lower = stem.to_ascii_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let mut named = None;
        for (i, &w) in words.iter().enumerate() {
            let next = words.get(i + 1).copied().unwrap_or("");
            let before = if i > 0 { words[i - 1] } else { "" };
            let medium = match w {
                "sms" | "text" | "texts" | "whatsapp" | "dm" | "linkedin" | "messenger"
                | "viber" | "telegram" | "imessage" | "wechat" | "chat" => Medium::Text,
                "call"
                    if !matches!(next, "centre" | "center" | "centres" | "centers")
                        && before != "on" =>
                {
                    Medium::Phone
                }
                "phone" | "voicemail" | "phonecall" => Medium::Phone,
                "inperson" | "f2f" => Medium::InPerson,
                "in" if next == "person" => Medium::InPerson,
                "face" if next == "to" => Medium::InPerson,
                "email" | "letter" => Medium::Email,
                "e" if next == "mail" => Medium::Email,
                _ => continue,
            };
            match named {
                Some(m) if m != medium => return None,
                _ => named = Some(medium),
            }
        }
        named
    }

    /// Spoken media have no written sign-off or subject.
    pub fn is_spoken(self) -> bool {
        matches!(self, Medium::Phone | Medium::InPerson)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scenario {
    AnotherOffer,
    CareerGoals,
    Personal,
    Relocation,
    Compensation,
    Culture,
    RoleChanged,
    ContentCurrentRole,
    AfterInterviews,
    Reschedule,
    General,
}

impl Scenario {
    pub const ALL: [Scenario; 11] = [
        Scenario::AnotherOffer,
        Scenario::CareerGoals,
        Scenario::Personal,
        Scenario::Relocation,
        Scenario::Compensation,
        Scenario::Culture,
        Scenario::RoleChanged,
        Scenario::ContentCurrentRole,
        Scenario::AfterInterviews,
        Scenario::Reschedule,
        Scenario::General,
    ];
    pub const ALL_NAMES: [&'static str; 11] = [
        "another-offer",
        "career-goals",
        "personal",
        "relocation",
        "compensation",
        "culture",
        "role-changed",
        "content-current-role",
        "after-interviews",
        "reschedule",
        "general",
    ];

    pub fn parse(s: &str) -> Option<Scenario> {
        let s = s.trim().to_ascii_lowercase().replace('_', "-");
        Scenario::ALL_NAMES
            .iter()
            .position(|n| *n == s)
            .map(|i| Scenario::ALL[i])
    }

    pub fn as_str(self) -> &'static str {
        Scenario::ALL_NAMES[self as usize]
    }
}

/// The parts of a decline message (SPEC §2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PartKind {
    Subject,
    Greeting,
    Gratitude,
    Decision,
    Reason,
    DoorOpen,
    Alternative,
    SignOff,
}

impl PartKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PartKind::Subject => "subject",
            PartKind::Greeting => "greeting",
            PartKind::Gratitude => "gratitude",
            PartKind::Decision => "decision",
            PartKind::Reason => "reason",
            PartKind::DoorOpen => "door-open",
            PartKind::Alternative => "alternative",
            PartKind::SignOff => "sign-off",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Part {
    pub kind: PartKind,
    /// Buffer byte range.
    pub range: Range<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
    Hint,
}

impl Severity {
    pub fn parse(s: &str) -> Option<Severity> {
        match s.to_ascii_lowercase().as_str() {
            "error" => Some(Severity::Error),
            "warning" | "warn" => Some(Severity::Warning),
            "info" | "information" => Some(Severity::Info),
            "hint" => Some(Severity::Hint),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
            Severity::Hint => "hint",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_that_say_the_medium() {
        let cases = [
            ("07-carpenter-linkedin-dm", Some(Medium::Text)),
            ("text_to_recruiter", Some(Medium::Text)),
            ("WhatsApp reply", Some(Medium::Text)),
            ("call-notes-tuesday", Some(Medium::Phone)),
            ("voicemail", Some(Medium::Phone)),
            ("what-to-say-in-person", Some(Medium::InPerson)),
            ("email-draft", Some(Medium::Email)),
            ("formal-letter", Some(Medium::Email)),
            // a call centre, an on-call rota and a plain slug name no medium
            ("durban-call-centre-culture", None),
            ("ba-on-call-scope", None),
            ("harbour-relocation", None),
            ("context", None),
            // two media named: no guess
            ("email-after-call", None),
        ];
        for (stem, want) in cases {
            assert_eq!(Medium::from_file_stem(stem), want, "{stem}");
        }
    }
}
