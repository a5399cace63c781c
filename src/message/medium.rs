//! Which medium and scenario a message is: given, or inferred from its
//! frame and wording.

use std::sync::LazyLock;

use regex::Regex;

use crate::phrases;
use crate::reading::Topic;
use crate::vocab::{Medium, Scenario};

use super::structure::{dash_name_suffix, script_cue, starts_with_ci};
use super::types::{Message, Overrides, Source};

impl Message<'_> {
    pub(super) fn pick_medium(&self, given: &Overrides) -> (Medium, Source) {
        if let Some(m) = self.doc.front_value("medium").and_then(Medium::parse) {
            return (m, Source::FrontMatter);
        }
        if let Some(m) = given.force_medium {
            let source = if given.medium_guessed {
                Source::Default
            } else {
                Source::Flag
            };
            return (m, source);
        }
        match given.named_medium {
            // a LinkedIn message laid out as a letter is read as one
            Some(Medium::Text) if self.subject.is_some() || self.has_closing_block() => {}
            Some(m) => return (m, Source::FileName),
            None => {}
        }
        if let Some(m) = self.infer_medium() {
            return (m, Source::Inferred);
        }
        (
            given.default_medium.unwrap_or(Medium::Email),
            Source::Default,
        )
    }

    /// A closing line set apart from the body, as emails have.
    fn has_closing_block(&self) -> bool {
        let prose = &self.doc.prose;
        self.sign_off.is_some_and(|s| {
            s > 0
                && self.is_closing_line(s)
                && prose.text[prose.sentences[s - 1].range.end..prose.sentences[s].range.start]
                    .contains('\n')
        })
    }

    /// Written in a chat channel (LinkedIn, WhatsApp) though laid out as a
    /// letter: the file's name or the writer's words say where it goes.
    /// Read as an email, with no Subject line expected.
    pub(super) fn in_chat_channel(&self, given: &Overrides) -> bool {
        self.medium == Medium::Email
            && self.subject.is_none()
            && self.has_closing_block()
            && (given.named_medium == Some(Medium::Text)
                || CHAT_NAMED.is_match(&self.doc.prose.flat.to_lowercase().replace('’', "'")))
    }

    pub(super) fn infer_medium(&self) -> Option<Medium> {
        if self.subject.is_some() {
            return Some(Medium::Email);
        }
        // a "To: kitchen@acme.com" header above the salutation
        let addressed = self
            .roles
            .iter()
            .enumerate()
            .take_while(|(_, r)| r.head)
            .any(|(i, _)| {
                self.sentence_text(i).lines().any(|l| {
                    let l = l.trim();
                    ["to:", "from:", "cc:"].iter().any(|p| starts_with_ci(l, p))
                        && l.split_whitespace()
                            .nth(1)
                            .is_some_and(|w| w.trim_matches(['<', '>']).contains('@'))
                })
            });
        if addressed {
            return Some(Medium::Email);
        }
        let prose = &self.doc.prose;
        // the salutation, or the first line after a head
        let opening = match &self.greeting {
            Some(g) => g.sentence,
            None => self.roles.iter().take_while(|r| r.head).count(),
        };
        let first = prose
            .sentences
            .get(opening)
            .map(|s| prose.sentence_text(s))
            .unwrap_or("");
        // "Dear Ms. Ekström, thank you for ..." run on in one short
        // paragraph, perhaps with "Regards, Johan" under it: typed as a
        // text, not laid out as an email (whose greeting has a line)
        let texted = self.greeting.as_ref().is_some_and(|g| {
            let line = prose.text[g.range.end..].split('\n').next().unwrap_or("");
            line.chars().filter(|c| c.is_alphabetic()).count() >= 12
        }) && self.words <= 120
            && match prose.blocks.len() {
                1 => true,
                2 => self.sign_off.is_some_and(|s| prose.sentences[s].block == 1),
                _ => false,
            };
        if starts_with_ci(first, "dear ") && !texted {
            return Some(Medium::Email);
        }
        let lower = prose.flat.to_lowercase().replace('’', "'");
        // a script's title says what it is: "Call notes – Acme" is said on
        // the phone, "What I'll say to Dana" face to face unless the words
        // are a call's
        let title = (0..opening)
            .filter(|&i| self.roles[i].head)
            .find_map(|i| script_cue(&self.sentence_text(i).to_lowercase()));
        match title {
            Some(Medium::Phone) => return Some(Medium::Phone),
            Some(_) => {
                let calling = CALL_CUES.iter().any(|c| lower.contains(c));
                return Some(if calling {
                    Medium::Phone
                } else {
                    Medium::InPerson
                });
            }
            None => {}
        }
        let has_closing_block = self.has_closing_block();
        // the writer says where they write: "sorry for messaging you here
        // on Messenger", "replying to your text", "via WhatsApp" (laid out
        // with a closing block, a LinkedIn message is written as a letter)
        if CHAT_NAMED.is_match(&lower) && !has_closing_block {
            return Some(Medium::Text);
        }
        // "Habari Wanjiru. This is Peter Otieno, ...": the introduction may
        // follow a greeting of its own
        let second = prose
            .sentences
            .get(opening + 1)
            .map(|s| prose.sentence_text(s))
            .unwrap_or("");
        let spoken_intro = SPOKEN_INTRO.is_match(first)
            || self.greeting.as_ref().is_some_and(|g| {
                g.sentence == opening && self.greeting_only(opening) && SELF_INTRO.is_match(second)
            });
        let calling = CALL_CUES.iter().any(|c| lower.contains(c));
        let in_person = IN_PERSON_CUES.iter().any(|c| lower.contains(c));
        if calling && !has_closing_block {
            return Some(Medium::Phone);
        }
        if in_person && !has_closing_block {
            return Some(Medium::InPerson);
        }
        let dash_signed = prose
            .sentences
            .last()
            .is_some_and(|s| dash_name_suffix(prose.sentence_text(s)).is_some());
        if dash_signed && !has_closing_block {
            return Some(Medium::Text);
        }
        if texted {
            return Some(Medium::Text);
        }
        // a short message signed with a bare name and no closing word
        // ("Good luck with the search.\nKyle"), greeted without "Dear": how
        // a DM or a text ends; an email has "Best," or "Thanks," above it
        let bare_name =
            self.sign_off.is_some_and(|s| !self.is_closing_line(s)) && !has_closing_block;
        if bare_name && self.words <= 110 && !starts_with_ci(first, "dear ") {
            return Some(Medium::Text);
        }
        // emoji, and no closing block or "Dear": a chat message
        let emoji = prose.text.chars().any(crate::prose::is_emoji);
        if emoji && !has_closing_block && !starts_with_ci(first, "dear ") && self.words <= 300 {
            return Some(Medium::Text);
        }
        if spoken_intro && !has_closing_block {
            // "Hi Dana, this is Priya" names the reader, as a text does;
            // "Hello, this is Grace" is how a call opens.
            let names_reader = self.greeting.as_ref().is_some_and(|g| g.name.is_some());
            if names_reader && (prose.blocks.len() <= 1 || self.words <= 90) {
                return Some(Medium::Text);
            }
            return Some(Medium::Phone);
        }
        if has_closing_block {
            return Some(Medium::Email);
        }
        // one short paragraph with no subject, "Dear" or closing: a text
        if prose.blocks.len() == 1 && self.words <= 80 {
            return Some(Medium::Text);
        }
        None
    }

    pub(super) fn pick_scenario(&self, given: &Overrides) -> (Scenario, Source) {
        if let Some(s) = self.doc.front_value("scenario").and_then(Scenario::parse) {
            return (s, Source::FrontMatter);
        }
        if let Some(s) = given.force_scenario {
            return (s, Source::Flag);
        }
        let body: Vec<usize> = self.body_sentences().collect();
        // a message whose only decision is a request to move the interview
        // is a reschedule, whatever its reason
        let moves = body.iter().any(|&i| self.roles[i].reschedule);
        let declines = body
            .iter()
            .any(|&i| self.roles[i].decision && !self.roles[i].reschedule);
        if moves && !declines {
            return (Scenario::Reschedule, Source::Inferred);
        }
        // a question, as "could we do Thursday instead?" is
        let asks = body
            .iter()
            .any(|&i| self.sentence_text(i).trim_end().ends_with('?'));
        let mut best = (0usize, Scenario::General);
        for s in &Scenario::ALL[..10] {
            // words such as "can't make it" suggest a reschedule only
            // where nothing else declines
            if *s == Scenario::Reschedule && declines && !asks {
                continue;
            }
            let (weak, strong) = (
                self.hits.get(s.as_str()),
                self.hits.get(&format!("strong:{}", s.as_str())),
            );
            // money named in the reason is the pay, whatever words say it
            // ("$27 an hour doesnt really work for me")
            let pay = |i: usize| {
                *s == Scenario::Compensation
                    && matches!(
                        self.readings[i].topic(),
                        Some(Topic::Pay | Topic::PayAndLevel | Topic::PayAndHours)
                    )
            };
            if weak.is_empty() && strong.is_empty() && !body.iter().any(|&i| pay(i)) {
                continue;
            }
            let mut score = 0;
            for &i in &body {
                let r = self.sentence_range(i);
                let w = if self.roles[i].reason || self.roles[i].decision {
                    2
                } else {
                    1
                };
                let (said, named) = (
                    phrases::count_inside(weak, &r),
                    phrases::count_inside(strong, &r),
                );
                score += w * said + 3 * w * named;
                // (only where no word of the pay's own said it already)
                if said + named == 0 && pay(i) {
                    score += 3 * w;
                }
            }
            if score > best.0 {
                best = (score, *s);
            }
        }
        if best.0 >= 2 {
            (best.1, Source::Inferred)
        } else {
            (Scenario::General, Source::Inferred)
        }
    }
}

/// Words of someone on the phone.
const CALL_CUES: &[&str] = &[
    "i'm calling",
    "i am calling",
    "i'm just calling",
    "calling about",
    "calling regarding",
    "calling to ",
    "calling back",
    "returning your call",
    "taking my call",
    "take my call",
    "voicemail",
    "leave a message",
    "good time to talk",
    "have a minute",
    "could i speak",
    "may i speak",
    "can i speak",
    "on the line",
    "call me back",
];

/// Words of someone saying it face to face.
const IN_PERSON_CUES: &[&str] = &[
    "in person",
    "meeting with me",
    "seeing me",
    "while i'm here",
    "while i am here",
    "sitting down with",
    "face to face",
    "today in the office",
    "stopping by",
    "for coming in",
    "for having me in",
];

/// "This is Peter Otieno, ...", "It's Declan here": a caller's or a
/// texter's introduction after a greeting of its own.
/// A chat channel named as where the writer writes: a verb of writing or
/// "here" before "on/via/over" and the channel, or the message called a
/// text or DM.
static CHAT_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)\b(?:messag\w*|text\w*|writ\w*|wrote|reply\w*|replie\w*|dm\w*|reach\w*|contact\w*|here|ping\w*)
          (?:\s+(?:you|u|to\s+you|out))?(?:\s+here)?\s+(?:on|via|over|through|in)\s+
          (?:linkedin|messenger|whatsapp|facebook|instagram|telegram|signal|viber|wechat|sms|text|chat|dm)\b
          |\b(?:this|quick)\s+(?:dm|text|whatsapp)\b",
    )
    .expect("valid regex")
});

static SELF_INTRO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:this is|it's|it’s|it is|my name is)\s+\p{Lu}").expect("valid regex")
});

static SPOKEN_INTRO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(hello|hi|hey|good (morning|afternoon|evening))\b[^!?\n]{0,40}?\b(this is|it's|it’s|it is|my name is)\s+\p{Lu}").expect("valid regex")
});
