//! Wording for fixes and templates, chosen for the message's scenario and
//! medium and filled with its facts (`phrases/wording.toml`).

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::config::Config;
use crate::message::{Facts, Message};
use crate::vocab::{Medium, Scenario};

#[derive(Deserialize)]
struct WordingFile {
    gratitude: BTreeMap<String, String>,
    decision: BTreeMap<String, String>,
    reason: BTreeMap<String, String>,
    door_open: BTreeMap<String, String>,
    greeting: BTreeMap<String, String>,
    closing: BTreeMap<String, String>,
    subject: BTreeMap<String, String>,
    casual: BTreeMap<String, String>,
}

static WORDING: LazyLock<WordingFile> = LazyLock::new(|| {
    toml::from_str(include_str!("phrases/wording.toml")).expect("built-in wording is valid TOML")
});

/// The parts tactful can word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    Gratitude,
    Decision,
    Reason,
    DoorOpen,
    Greeting,
    Closing,
    Subject,
}

/// What wording is chosen for: the situation and the known facts.
#[derive(Debug, Clone)]
pub struct Situation {
    pub scenario: Scenario,
    pub medium: Medium,
    pub facts: Facts,
}

impl Situation {
    /// Facts from the message, with the writer's name falling back to
    /// config `profile.name`.
    pub fn new(scenario: Scenario, medium: Medium, facts: &Facts, cfg: &Config) -> Situation {
        let mut facts = facts.clone();
        if facts.writer.is_none() {
            facts.writer = cfg.profile.name.clone();
        }
        Situation {
            scenario,
            medium,
            facts,
        }
    }

    /// The situation of a message: its scenario, medium and facts.
    pub fn of(msg: &Message, cfg: &Config) -> Situation {
        Situation::new(msg.scenario, msg.medium, &msg.facts, cfg)
    }

    /// The most specific entry for this situation.
    fn pick(&self, table: &BTreeMap<String, String>, variant: Option<&str>) -> String {
        let s = self.scenario.as_str();
        let m = self.medium.as_str();
        let mut keys: Vec<String> = Vec::new();
        if let Some(v) = variant {
            keys.push(format!("{v}.{m}"));
            keys.push(v.to_string());
        }
        keys.extend([
            format!("{s}.{m}"),
            s.to_string(),
            m.to_string(),
            "default".to_string(),
        ]);
        keys.iter()
            .find_map(|k| table.get(k))
            .cloned()
            .unwrap_or_default()
    }

    /// A sentence (or line) for `slot`, with facts filled in.
    pub fn phrase(&self, slot: Slot) -> String {
        let w = &*WORDING;
        let raw = match slot {
            Slot::Gratitude => self.pick(&w.gratitude, None),
            Slot::Decision => self.pick(&w.decision, None),
            Slot::Reason => self.pick(&w.reason, None),
            Slot::DoorOpen => self.pick(&w.door_open, None),
            Slot::Greeting => {
                if self.facts.recipient.is_some() {
                    self.pick(&w.greeting, None)
                } else {
                    self.pick(&w.greeting, Some("unnamed"))
                }
            }
            Slot::Closing => self.pick(&w.closing, None),
            Slot::Subject => self.pick(&w.subject, None),
        };
        self.fill(&raw)
    }

    fn fill(&self, raw: &str) -> String {
        let f = &self.facts;
        let the_role = match (&f.role, &f.company) {
            (Some(r), Some(c)) => format!("the {r} role at {c}"),
            (Some(r), None) => format!("the {r} role"),
            (None, Some(c)) => format!("the role at {c}"),
            (None, None) => "the role".to_string(),
        };
        let mut out = raw
            .replace("{the_role}", &the_role)
            .replace("{company}", f.company.as_deref().unwrap_or("your team"))
            .replace(
                "{company_s}",
                &f.company
                    .as_ref()
                    .map_or("your".to_string(), |c| format!("{c}'s")),
            )
            .replace(
                "{Role}",
                f.role.as_deref().unwrap_or("Interview invitation"),
            )
            .replace("{name}", f.recipient.as_deref().unwrap_or(""))
            .replace("{writer}", f.writer.as_deref().unwrap_or(""));
        // "Interview invitation interview" when the role is unknown
        out = out.replace("Interview invitation interview", "Interview invitation");
        // worded around a missing name: "Hi , this is ." → "Hi,"
        out = out
            .replace(", this is .", ".")
            .replace(", this is , calling", ", I'm calling")
            .replace(" ,", ",")
            .replace(" .", ".")
            .replace("Hi.", "Hi,")
            .replace("Hello.", "Hello,")
            .replace("  ", " ");
        out.trim().to_string()
    }

    /// A clear decision; without its reason when the message already
    /// gives one.
    pub fn decision_phrase(&self, reason_given: bool) -> String {
        if reason_given && self.scenario != Scenario::Reschedule {
            let general = Situation {
                scenario: Scenario::General,
                ..self.clone()
            };
            general.phrase(Slot::Decision)
        } else {
            self.phrase(Slot::Decision)
        }
    }

    /// The closing line and the name under it, as lines.
    pub fn sign_off_lines(&self, cfg: &Config) -> Vec<String> {
        let mut lines = vec![self.phrase(Slot::Closing)];
        if let Some(sig) = &cfg.profile.signature {
            lines.extend(sig.lines().map(str::to_string));
        } else if let Some(name) = &self.facts.writer {
            lines.push(name.clone());
        }
        lines
    }

    /// A whole message for this situation, lines joined with `eol`.
    pub fn template(&self, cfg: &Config, eol: &str) -> String {
        let para = format!("{eol}{eol}");
        let body = [self.phrase(Slot::Gratitude), self.phrase(Slot::Decision)].join(" ");
        let door = self.phrase(Slot::DoorOpen);
        let mut out = String::new();
        match self.medium {
            Medium::Email => {
                out.push_str(&self.phrase(Slot::Subject));
                out.push_str(&para);
                out.push_str(&self.phrase(Slot::Greeting));
                out.push_str(&para);
                out.push_str(&body);
                out.push_str(&para);
                out.push_str(&door);
                out.push_str(&para);
                out.push_str(&self.sign_off_lines(cfg).join(eol));
            }
            Medium::Text => {
                out.push_str(&self.phrase(Slot::Greeting));
                out.push(' ');
                out.push_str(&body);
                out.push(' ');
                out.push_str(&door);
                match &self.facts.writer {
                    Some(w) => out.push_str(&format!(" – {w}")),
                    None => {
                        out.push_str(&para);
                        out.push_str(&self.phrase(Slot::Closing));
                    }
                }
            }
            Medium::Phone | Medium::InPerson => {
                out.push_str(&self.phrase(Slot::Greeting));
                out.push_str(&para);
                out.push_str(&body);
                out.push_str(&para);
                out.push_str(&door);
            }
        }
        out.push_str(eol);
        out
    }
}

/// The neutral stand-in for a casual word, if tactful has one.
pub fn casual_replacement(word: &str) -> Option<&'static str> {
    let key = word.to_lowercase().replace('’', "'");
    WORDING.casual.get(&key).map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn situation(role: Option<&str>, company: Option<&str>) -> Situation {
        Situation {
            scenario: Scenario::AnotherOffer,
            medium: Medium::Email,
            facts: Facts {
                recipient: Some("Ms. Larsen".into()),
                company: company.map(str::to_string),
                role: role.map(str::to_string),
                writer: Some("Sam Lee".into()),
            },
        }
    }

    #[test]
    fn facts_fill_and_unknowns_are_worded_around() {
        let s = situation(Some("Data Analyst"), Some("Acme"));
        assert_eq!(
            s.phrase(Slot::Gratitude),
            "Thank you for inviting me to interview for the Data Analyst role at Acme."
        );
        let s = situation(None, None);
        assert_eq!(
            s.phrase(Slot::Gratitude),
            "Thank you for inviting me to interview for the role."
        );
        assert_eq!(s.phrase(Slot::Greeting), "Dear Ms. Larsen,");
    }

    #[test]
    fn greetings_without_names_still_read() {
        for (medium, want) in [
            (Medium::Phone, "Hello, I'm calling about the role."),
            (Medium::Text, "Hi,"),
        ] {
            let s = Situation {
                scenario: Scenario::AnotherOffer,
                medium,
                facts: Facts::default(),
            };
            assert_eq!(s.phrase(Slot::Greeting), want);
        }
    }

    #[test]
    fn casual_words_have_plain_stand_ins() {
        assert_eq!(casual_replacement("Gonna"), Some("going to"));
        assert_eq!(casual_replacement("lol"), Some(""));
    }
}
