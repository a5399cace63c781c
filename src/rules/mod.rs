//! The rules: one file per rule id, registered in [`RULES`].
//!
//! A rule is a function from a [`Message`](crate::message::Message) to
//! [`Finding`]s in buffer byte
//! ranges. Its file's `//!` doc comment is its user-facing explanation; the
//! build script gathers those into [`doc`] for `tactful explain`, hover and
//! the generated rule docs.

pub use crate::vocab::{Edit, Finding, Fix, Severity};
pub use rule::{Rule, doc, doc_url};

mod ambiguous_decision;
mod casual_tone;
mod excessive_length;
mod impersonal_greeting;
mod long_sentence;
mod missing_decision;
mod missing_door_open;
mod missing_gratitude;
mod missing_greeting;
mod missing_sign_off;
mod missing_subject;
mod negativity;
mod negotiation_opening;
mod over_apology;
mod over_explanation;
mod shouting;
mod unfilled_placeholder;
mod vague_excuse;

mod rule;
#[cfg(test)]
pub(crate) mod testing;

pub static RULES: &[Rule] = &[
    missing_gratitude::RULE,
    ambiguous_decision::RULE,
    missing_decision::RULE,
    negativity::RULE,
    excessive_length::RULE,
    unfilled_placeholder::RULE,
    missing_greeting::RULE,
    impersonal_greeting::RULE,
    missing_sign_off::RULE,
    missing_door_open::RULE,
    over_apology::RULE,
    vague_excuse::RULE,
    casual_tone::RULE,
    over_explanation::RULE,
    negotiation_opening::RULE,
    long_sentence::RULE,
    shouting::RULE,
    missing_subject::RULE,
];

pub fn by_id(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}
