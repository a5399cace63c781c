//! What a message is made of once read: sentence roles, facts, the
//! salutation, and where missing parts would go.

use std::ops::Range;
use std::sync::Arc;

use serde::Serialize;

use crate::document::Document;
use crate::phrases::{Bank, Hits};
use crate::prose::count_words;
use crate::reading::Reading;
use crate::vocab::{Medium, Part, PartKind, Scenario};

/// What a sentence does in the message.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Roles {
    /// A line of the head, before the salutation: a script's title, a
    /// letter's address block or date line.
    pub head: bool,
    pub subject: bool,
    pub greeting: bool,
    pub gratitude: bool,
    pub decision: bool,
    pub reason: bool,
    pub door_open: bool,
    pub alternative: bool,
    /// Asks to move the interview: a decision of its own.
    pub reschedule: bool,
    pub sign_off: bool,
}

/// Facts a fix can reuse instead of a placeholder.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Facts {
    pub recipient: Option<String>,
    pub company: Option<String>,
    pub role: Option<String>,
    pub writer: Option<String>,
    /// The employer approached the writer ("thanks for reaching out",
    /// "your message on LinkedIn"): there is no application to withdraw.
    #[serde(skip)]
    pub approached: bool,
}

/// Where the medium or scenario came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    FrontMatter,
    Flag,
    FileName,
    Inferred,
    Default,
}

/// What the reader of a message is told rather than infers: the phrase
/// bank, and medium, scenario and writer's name given by flags or settings.
#[derive(Clone, Copy)]
pub struct Overrides<'c> {
    pub bank: &'c Bank,
    /// Medium and scenario forced for every message (CLI flags); front
    /// matter still wins.
    pub force_medium: Option<Medium>,
    pub force_scenario: Option<Scenario>,
    /// `force_medium` is a pinned guess, not something the user said.
    pub medium_guessed: bool,
    /// The medium the draft's file name says (`linkedin-dm.txt`): the
    /// user's word, unless a Subject line makes a "text" an email.
    pub named_medium: Option<Medium>,
    /// The medium when none is given or inferred.
    pub default_medium: Option<Medium>,
    /// The writer's name when the message does not give it.
    pub writer: Option<&'c str>,
}

impl<'c> Overrides<'c> {
    /// Nothing given: everything is read from the message.
    pub fn none(bank: &'c Bank) -> Overrides<'c> {
        Overrides {
            bank,
            force_medium: None,
            force_scenario: None,
            medium_guessed: false,
            named_medium: None,
            default_medium: None,
            writer: None,
        }
    }
}

pub struct Message<'a> {
    pub doc: Document<'a>,
    /// Phrase matches over `doc.prose.flat`.
    pub hits: Hits,
    /// One entry per prose sentence.
    pub roles: Vec<Roles>,
    /// What each prose sentence says, read (tokens, frames, hedges).
    pub readings: Vec<Arc<Reading>>,
    pub medium: Medium,
    pub medium_source: Source,
    /// An email-like message sent in a chat channel (a LinkedIn message
    /// with a closing block): no Subject line is expected.
    pub chat: bool,
    pub scenario: Scenario,
    pub scenario_source: Source,
    pub facts: Facts,
    /// Sentence index of the subject line, greeting sentence, and the
    /// first sentence of the sign-off.
    pub subject: Option<usize>,
    pub greeting: Option<Greeting>,
    pub sign_off: Option<usize>,
    /// Prose words, subject line excluded.
    pub words: usize,
}

/// The salutation: its prose range, and the name it addresses.
#[derive(Debug, Clone)]
pub struct Greeting {
    pub sentence: usize,
    /// Prose range of the salutation words ("Dear Ms. Larsen,").
    pub range: Range<usize>,
    pub name: Option<String>,
}

impl Message<'_> {
    pub fn sentence_text(&self, i: usize) -> &str {
        self.doc.prose.sentence_text(&self.doc.prose.sentences[i])
    }

    pub fn sentence_range(&self, i: usize) -> Range<usize> {
        self.doc.prose.sentences[i].range.clone()
    }

    /// Buffer range of prose range `r`.
    pub fn buf(&self, r: Range<usize>) -> Range<usize> {
        self.doc.prose.buffer_range(r)
    }

    /// Buffer range of sentence `i`.
    pub fn sentence_buf(&self, i: usize) -> Range<usize> {
        self.buf(self.sentence_range(i))
    }

    /// Sentences that carry the body: not subject, greeting-only or sign-off.
    pub fn body_sentences(&self) -> impl Iterator<Item = usize> + '_ {
        self.body_sentences_of(&self.roles)
    }

    /// Whether the greeting sentence holds nothing but the salutation.
    pub fn greeting_only(&self, i: usize) -> bool {
        self.greeting.as_ref().is_some_and(|g| {
            g.sentence == i && {
                let s = self.sentence_range(i);
                count_words(&self.doc.prose.text[g.range.end..s.end]) == 0
            }
        })
    }

    pub fn has_gratitude_in(&self, r: Range<usize>) -> bool {
        self.hits.inside("gratitude", r.clone()).any(|g| {
            !self
                .hits
                .get("gratitude_refusal")
                .iter()
                .any(|x| x.start < g.end && g.start < x.end)
        })
    }

    pub fn any_role(&self, f: impl Fn(&Roles) -> bool) -> bool {
        self.roles.iter().any(f)
    }

    /// The parts, in document order, as buffer ranges.
    pub fn parts(&self) -> Vec<Part> {
        let mut parts = Vec::new();
        if let Some(s) = self.subject {
            parts.push(Part {
                kind: PartKind::Subject,
                range: self.sentence_buf(s),
            });
        }
        if let Some(g) = &self.greeting {
            parts.push(Part {
                kind: PartKind::Greeting,
                range: self.buf(g.range.clone()),
            });
        }
        for (i, r) in self.roles.iter().enumerate() {
            if r.subject || r.sign_off {
                continue;
            }
            let range = self.sentence_buf(i);
            for (on, kind) in [
                (r.gratitude, PartKind::Gratitude),
                (r.decision, PartKind::Decision),
                (r.reason, PartKind::Reason),
                (r.door_open, PartKind::DoorOpen),
                (r.alternative, PartKind::Alternative),
            ] {
                if on {
                    parts.push(Part {
                        kind,
                        range: range.clone(),
                    });
                }
            }
        }
        if let Some(s) = self.sign_off {
            let last = self.roles.len() - 1;
            let start = self.sentence_buf(s).start;
            let end = self.sentence_buf(last).end;
            parts.push(Part {
                kind: PartKind::SignOff,
                range: start..end,
            });
        }
        parts.sort_by_key(|p| p.range.start);
        parts
    }

    // --- where missing parts would go (buffer offsets) ---

    /// Just after the greeting, or at the start of the body.
    pub fn after_greeting(&self) -> usize {
        match &self.greeting {
            Some(g) => self.buf(g.range.clone()).end,
            None => self.body_start(),
        }
    }

    /// Where the body starts: after the subject line if any.
    pub fn body_start(&self) -> usize {
        let after_head = self.roles.iter().take_while(|r| r.head).count();
        match self.subject {
            Some(s) if s + 1 < self.roles.len() => self.sentence_buf(s + 1).start,
            Some(s) => self.sentence_buf(s).end,
            None => self
                .doc
                .prose
                .sentences
                .get(after_head)
                .or(self.doc.prose.sentences.first())
                .map_or(self.doc.body_start(), |s| self.buf(s.range.clone()).start),
        }
    }

    /// The end of the last body sentence (before the sign-off).
    pub fn body_end(&self) -> usize {
        let last = self.body_sentences().last();
        match last {
            Some(i) => self.sentence_buf(i).end,
            None => self.after_greeting(),
        }
    }

    /// The end of the prose, after any sign-off.
    pub fn prose_end(&self) -> usize {
        match self.doc.prose.sentences.last() {
            Some(s) => self.buf(s.range.clone()).end,
            None => self.doc.body_start(),
        }
    }

    pub(super) fn body_sentences_of<'r>(
        &'r self,
        roles: &'r [Roles],
    ) -> impl Iterator<Item = usize> + 'r {
        (0..roles.len()).filter(move |&i| {
            let r = &roles[i];
            !(r.head || r.subject || r.sign_off || r.greeting && self.greeting_only(i))
        })
    }
}
