//! Wording for fixes and templates, chosen for the message's scenario and
//! medium and filled with its facts (`phrases/wording.toml`).

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::config::Config;
use crate::message::{Facts, Message};
use crate::reading::Topic;
use crate::vocab::{Medium, Scenario};

#[derive(Deserialize)]
struct WordingFile {
    gratitude: BTreeMap<String, String>,
    decision: BTreeMap<String, String>,
    reason: BTreeMap<String, String>,
    complaint: BTreeMap<String, String>,
    door_open: BTreeMap<String, String>,
    greeting: BTreeMap<String, String>,
    closing: BTreeMap<String, String>,
    subject: BTreeMap<String, String>,
    alternatives: BTreeMap<String, Vec<String>>,
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

/// The one spot a template leaves when the writer's name is not known:
/// `unfilled-placeholder` flags it until it is filled.
pub const WRITER_BLANK: &str = "[Your Name]";

/// The variants of a scenario with two directions (`relocation`: `moving`
/// away, or `staying` where you are), from the wording's
/// "scenario/variant" entries.
pub fn variants(scenario: Scenario) -> Vec<&'static str> {
    let prefix = format!("{}/", scenario.as_str());
    let mut out: Vec<&'static str> = WORDING
        .decision
        .keys()
        .filter_map(|k| k.strip_prefix(prefix.as_str()))
        .map(|v| v.split('.').next().unwrap_or(v))
        .collect();
    out.dedup();
    out
}

/// The front matter a whole draft starts with: it pins the medium, so the
/// draft is read as what it is however short it is.
pub fn front_matter(medium: Medium, eol: &str) -> String {
    format!("---{eol}medium: {}{eol}---{eol}{eol}", medium.as_str())
}

/// Whether `text` is one of the plain reasons that stand for a
/// complaint ([`Situation::complaint_reason`]).
pub fn is_complaint_reason(text: &str) -> bool {
    let text = text.trim();
    WORDING.complaint.values().any(|line| line == text)
}

/// More ways to word a part (`[alternatives]`), with `{role}`,
/// `{recipient}` and `{writer}` blanks; `part` is the part's kebab-case
/// name.
pub fn alternatives(part: &str) -> &'static [String] {
    WORDING.alternatives.get(part).map_or(&[], Vec::as_slice)
}

/// What wording is chosen for: the situation and the known facts.
#[derive(Debug, Clone)]
pub struct Situation {
    pub scenario: Scenario,
    pub medium: Medium,
    pub facts: Facts,
    /// The scenario's direction, where the message says it: `moving` for
    /// a writer who is moving away ("I will move back to Shanghai next
    /// month"), not one who won't move for the job.
    pub variant: Option<&'static str>,
}

/// The first word of a full name ("Tom" of "Tom Keller"), for an informal
/// greeting; a name with a title ("Ms. Larsen", "Dr Osei") or of one word
/// as it is.
pub fn first_name(name: &str) -> &str {
    let mut words = name.split_whitespace();
    match (words.next(), words.next()) {
        (Some(first), Some(_))
            if !matches!(
                first.trim_end_matches('.'),
                "Mr" | "Mrs" | "Ms" | "Miss" | "Mx" | "Dr" | "Prof" | "Sir" | "Madam"
            ) =>
        {
            first
        }
        _ => name,
    }
}

/// Whether the writer says they are moving away themselves ("I will move
/// back to Shanghai next month", "we are relocating to Doha"), rather than
/// that they can't or won't move for the job ("I'd have to relocate",
/// "I'm not able to move to Galway").
fn moving_away(msg: &Message) -> bool {
    msg.body_sentences().any(|i| {
        let t = &msg.readings[i].tokens;
        (0..t.len()).any(|k| {
            let w = t[k].word.as_str();
            let moves = matches!(
                w,
                "move" | "moving" | "relocate" | "relocating" | "relocated" | "moved"
            );
            let whither = t.get(k + 1).is_some_and(|n| {
                matches!(
                    n.word.as_str(),
                    "to" | "back" | "abroad" | "overseas" | "away" | "home" | "across"
                )
            });
            let before = &t[k.saturating_sub(4)..k];
            let mine = before.iter().any(|x| matches!(x.word.as_str(), "i" | "we"));
            let only_if = before.iter().any(|x| {
                matches!(
                    x.word.as_str(),
                    "not" | "never" | "would" | "could" | "to" | "can" | "cannot" | "unable"
                        | "willing" | "able" | "if" | "should" | "might"
                        // "I have just been moved to a new project"
                        | "been" | "be" | "was" | "were" | "being" | "got" | "get"
                )
            });
            moves && whither && mine && !only_if
        })
    })
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
            variant: None,
        }
    }

    /// The situation of a message: its scenario, medium and facts.
    pub fn of(msg: &Message, cfg: &Config) -> Situation {
        let mut s = Situation::new(msg.scenario, msg.medium, &msg.facts, cfg);
        if msg.scenario == Scenario::Relocation && moving_away(msg) {
            s.variant = Some("moving");
        }
        s
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

    /// The point of a complaint about `topic` said plainly, in the
    /// register of the medium.
    pub fn complaint_reason(&self, topic: Topic) -> String {
        let key = topic.as_str();
        let spoken = matches!(self.medium, Medium::Text | Medium::Phone | Medium::InPerson);
        let table = &WORDING.complaint;
        spoken
            .then(|| table.get(&format!("{key}.spoken")))
            .flatten()
            .or_else(|| table.get(key))
            .cloned()
            .unwrap_or_default()
    }

    /// A sentence (or line) for `slot`, with facts filled in.
    pub fn phrase(&self, slot: Slot) -> String {
        self.phrase_in(slot, self.variant)
    }

    /// A sentence for `slot` in one of the scenario's [`variants`].
    fn phrase_in(&self, slot: Slot, variant: Option<&str>) -> String {
        let w = &*WORDING;
        let variant = variant.map(|v| format!("{}/{v}", self.scenario.as_str()));
        let variant = variant.as_deref();
        let raw = match slot {
            Slot::Gratitude => self.pick(&w.gratitude, variant),
            Slot::Decision => self.pick(&w.decision, variant),
            Slot::Reason => self.pick(&w.reason, variant),
            Slot::DoorOpen => self.pick(&w.door_open, variant),
            Slot::Greeting => {
                if self.facts.recipient.is_some() {
                    self.pick(&w.greeting, None)
                } else {
                    self.pick(&w.greeting, Some("unnamed"))
                }
            }
            Slot::Closing => self.pick(&w.closing, variant),
            Slot::Subject => self.pick(&w.subject, variant),
        };
        self.fill(&raw)
    }

    fn fill(&self, raw: &str) -> String {
        let f = &self.facts;
        // worded around an unknown writer: "Hi Dana, this is {writer}." is
        // "Hi Dana,"; "Hello, this is {writer}, calling" is "Hello, I'm
        // calling"
        let raw = if f.writer.is_none() {
            raw.replace(", this is {writer}, calling", ", I'm calling")
                .replace(", this is {writer}.", ",")
        } else {
            raw.to_string()
        };
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
            .replace("{name}", &self.name_in(&raw))
            .replace("{writer}", f.writer.as_deref().unwrap_or(""));
        // approached by the employer, the writer applied for nothing
        if f.approached {
            out = out
                .replace("withdrawing my application", "withdrawing from the process")
                .replace("withdraw my application", "withdraw from the process");
        }
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

    /// The reader's name as `raw` greets them: "Dear Fiona Ashworth,",
    /// but "Hi Fiona," (a full name only without a title, "Hi Ms.
    /// Larsen," as it is).
    fn name_in(&self, raw: &str) -> String {
        let Some(name) = self.facts.recipient.as_deref() else {
            return String::new();
        };
        let informal = raw.contains("Hi {name}") || raw.contains("Hello {name}");
        if informal {
            first_name(name).to_string()
        } else {
            name.to_string()
        }
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
        self.template_in(None, cfg, eol)
    }

    /// A whole message in one of the scenario's [`variants`] (or, with
    /// `None`, in wording that fits any), lines joined with `eol`. It
    /// reads as a finished message; where the writer's name is needed and
    /// not known, it leaves [`WRITER_BLANK`] for them to fill.
    pub fn template_in(&self, variant: Option<&str>, cfg: &Config, eol: &str) -> String {
        let para = format!("{eol}{eol}");
        let mut named = self.clone();
        if named.facts.writer.is_none() && self.medium != Medium::InPerson {
            named.facts.writer = Some(WRITER_BLANK.to_string());
        }
        let phrase = |slot| named.phrase_in(slot, variant);
        let body = [phrase(Slot::Gratitude), phrase(Slot::Decision)].join(" ");
        let door = phrase(Slot::DoorOpen);
        let mut out = String::new();
        match self.medium {
            Medium::Email => {
                out.push_str(&phrase(Slot::Subject));
                out.push_str(&para);
                out.push_str(&phrase(Slot::Greeting));
                out.push_str(&para);
                out.push_str(&body);
                out.push_str(&para);
                out.push_str(&door);
                out.push_str(&para);
                out.push_str(&named.sign_off_lines(cfg).join(eol));
            }
            Medium::Text => {
                // "Hi Dana, thanks so much ... – Sam": one line, the
                // writer's name at its end
                let mut hello = self.clone();
                hello.facts.writer = None;
                out.push_str(&hello.phrase(Slot::Greeting));
                out.push(' ');
                out.push_str(&after_comma(&body));
                out.push(' ');
                out.push_str(&door);
                if let Some(w) = &named.facts.writer {
                    out.push_str(&format!(" – {w}"));
                }
            }
            Medium::Phone | Medium::InPerson => {
                out.push_str(&phrase(Slot::Greeting));
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

/// `text` to follow a comma: its first word in lower case, unless it is
/// "I" or a name-like word that keeps its capital.
fn after_comma(text: &str) -> String {
    let first = text.split_whitespace().next().unwrap_or_default();
    let keeps = first == "I" || first.starts_with("I'") || first.starts_with("I’");
    let mut chars = text.chars();
    match chars.next() {
        Some(c) if !keeps && c.is_uppercase() && first.chars().skip(1).all(char::is_lowercase) => {
            c.to_lowercase().chain(chars).collect()
        }
        _ => text.to_string(),
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
                approached: false,
            },
            variant: None,
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
    fn an_unknown_writer_is_worded_around_in_fixes() {
        let mut s = situation(None, None);
        s.facts.writer = None;
        s.facts.recipient = None;
        s.medium = Medium::Phone;
        assert_eq!(
            s.phrase(Slot::Greeting),
            "Hello, I'm calling about the role."
        );
        s.medium = Medium::Text;
        assert_eq!(s.phrase(Slot::Greeting), "Hi,");
        s.facts.recipient = Some("Dana".into());
        assert_eq!(s.phrase(Slot::Greeting), "Hi Dana,");
        // a full name is greeted by its first in a "Hi"
        s.facts.recipient = Some("Dana Whitfield".into());
        assert_eq!(s.phrase(Slot::Greeting), "Hi Dana,");
        s.facts.recipient = Some("Ms. Whitfield".into());
        assert_eq!(s.phrase(Slot::Greeting), "Hi Ms. Whitfield,");
    }

    #[test]
    fn relocation_has_two_directions_and_wording_for_either() {
        assert_eq!(variants(Scenario::Relocation), ["moving", "staying"]);
        assert!(variants(Scenario::General).is_empty());
        let mut s = situation(None, None);
        s.scenario = Scenario::Relocation;
        let either = s.phrase(Slot::Decision);
        let moving = s.phrase_in(Slot::Decision, Some("moving"));
        let staying = s.phrase_in(Slot::Decision, Some("staying"));
        assert!(moving.contains("moving away"), "{moving}");
        assert!(staying.contains("not to relocate"), "{staying}");
        assert!(either != moving && either != staying, "{either}");
    }

    #[test]
    fn casual_words_have_plain_stand_ins() {
        assert_eq!(casual_replacement("Gonna"), Some("going to"));
        assert_eq!(casual_replacement("lol"), Some(""));
    }
}
