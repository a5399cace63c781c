//! A document understood as a decline message: its parts, medium,
//! scenario and the facts a fix can reuse.
//!
//! `types` holds what a message is made of; `structure` finds its frame
//! (subject, salutation, sign-off), `roles` its reasons, `medium` its
//! medium and scenario, `facts` what fixes can reuse, `names` the role,
//! company and writer names.

use crate::document::Document;
use crate::reading::{self, FrameKind};
use crate::vocab::{Medium, Scenario};

mod facts;
mod medium;
mod names;
mod roles;
mod structure;
mod types;

pub use names::{JOB_NOUNS, introduced_name, name_here};
pub use structure::{bullet_notes, dash_name_suffix, is_name_like, starts_with_ci};
use structure::{join_subject_line, split_dash_signature};
pub use types::{Facts, Greeting, Message, Overrides, Roles, Source};

impl<'a> Message<'a> {
    pub fn analyse(doc: Document<'a>, given: &Overrides) -> Message<'a> {
        let mut doc = doc;
        join_subject_line(&mut doc);
        split_dash_signature(&mut doc);
        let hits = match doc.hits.take() {
            Some(hits) => hits,
            None => given.bank.find(&doc.prose.flat),
        };
        let n = doc.prose.sentences.len();
        let mut roles = vec![Roles::default(); n];
        let mut msg = Message {
            doc,
            hits,
            roles: Vec::new(),
            readings: Vec::new(),
            medium: Medium::Email,
            medium_source: Source::Default,
            chat: false,
            scenario: Scenario::General,
            scenario_source: Source::Default,
            facts: Facts::default(),
            subject: None,
            greeting: None,
            sign_off: None,
            words: 0,
        };
        msg.readings = (0..n)
            .map(|i| reading::read(msg.sentence_text(i)))
            .collect();
        msg.subject = msg.find_subject();
        if let Some(s) = msg.subject {
            roles[s].subject = true;
        }
        msg.greeting = msg.find_greeting();
        if let Some(g) = &msg.greeting {
            roles[g.sentence].greeting = true;
        }
        for r in roles.iter_mut().take(msg.head_len()) {
            r.head = !r.subject;
        }
        msg.sign_off = msg.find_sign_off();
        if let Some(s) = msg.sign_off {
            for r in &mut roles[s..] {
                r.sign_off = true;
            }
        }
        for (i, role) in roles.iter_mut().enumerate() {
            if role.head || role.subject || role.sign_off && msg.sign_off != Some(i) {
                continue;
            }
            let r = msg.doc.prose.sentences[i].range.clone();
            let has = |set: &str| msg.hits.any_inside(set, r.clone());
            role.gratitude = msg.has_gratitude_in(r.clone());
            let reading = &msg.readings[i];
            // a closing that keeps the door open says so ("Otherwise,
            // thank you, and do keep me in mind for other fintech roles.")
            if role.sign_off {
                role.door_open = has("door_open") || reading.opens_door();
                continue;
            }
            role.reschedule = reading.clear(&[FrameKind::Reschedule]).is_some();
            role.decision = has("decision")
                || reading
                    .clear(&[FrameKind::Decline, FrameKind::Elsewhere, FrameKind::Fit])
                    .is_some()
                || role.reschedule;
            role.door_open = has("door_open") || reading.opens_door();
            role.alternative = has("alternative");
        }
        for (i, role) in roles.iter_mut().enumerate() {
            role.reason = msg.is_reason(i, role);
        }
        msg.mark_elaborations(&mut roles);
        msg.roles = roles;
        msg.words = msg.count_body_words();
        let (medium, medium_source) = msg.pick_medium(given);
        msg.medium = medium;
        msg.medium_source = medium_source;
        msg.chat = msg.in_chat_channel(given);
        let (scenario, scenario_source) = msg.pick_scenario(given);
        msg.scenario = scenario;
        msg.scenario_source = scenario_source;
        msg.facts = msg.find_facts(given);
        msg
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;

    fn analyse(text: &str) -> Message<'_> {
        let bank = crate::phrases::default_bank();
        Message::analyse(
            Document::parse(text, Format::PlainText),
            &Overrides::none(&bank),
        )
    }

    #[test]
    fn a_greeting_word_then_who_is_writing_greets() {
        // a long first sentence, no comma after "hi"
        let m = analyse(
            "hi its jordan from the interview thing at tessmart on tuesday. just so u know im not coming friday. thanks anyway\n",
        );
        let g = m.greeting.as_ref().expect("a greeting");
        assert_eq!(g.sentence, 0);
        assert_eq!(g.name, None);
    }

    #[test]
    fn email_parts_and_facts() {
        let m = analyse(
            "Subject: Data Analyst interview\n\nDear Ms. Larsen,\n\nThank you for inviting me to interview for the Data Analyst position at Acme Corp. I have accepted another offer, so I must decline.\n\nI hope our paths cross again.\n\nKind regards,\nRafael Souza\n",
        );
        assert_eq!(m.medium, Medium::Email);
        assert_eq!(m.scenario, Scenario::AnotherOffer);
        assert_eq!(m.facts.recipient.as_deref(), Some("Ms. Larsen"));
        assert_eq!(m.facts.role.as_deref(), Some("Data Analyst"));
        assert_eq!(m.facts.company.as_deref(), Some("Acme Corp"));
        assert_eq!(m.facts.writer.as_deref(), Some("Rafael Souza"));
        let kinds: Vec<&str> = m.parts().iter().map(|p| p.kind.as_str()).collect();
        for k in [
            "subject",
            "greeting",
            "gratitude",
            "decision",
            "reason",
            "door-open",
            "sign-off",
        ] {
            assert!(kinds.contains(&k), "{k} missing from {kinds:?}");
        }
    }

    #[test]
    fn a_reply_greets_the_sender_it_quotes() {
        for quote in [
            "> From: Fiona Ashworth\n> Sent: 28 August 2024 14:02\n>\n> Dear Sam,\n> Please confirm.",
            "On Wed, 28 Aug 2024 at 14:02, Fiona Ashworth <fiona@example.com> wrote:\n> Please confirm.",
        ] {
            let text = format!(
                "Thank you for the invitation. I have accepted another offer, so I must withdraw.\n\nKind regards,\nSam Lee\n\n{quote}\n"
            );
            let m = analyse(&text);
            assert_eq!(
                m.facts.recipient.as_deref(),
                Some("Fiona Ashworth"),
                "{text}"
            );
        }
        // the writer's own message quoted names no one to greet
        let m = analyse(
            "Thank you. I must withdraw.\n\nKind regards,\nSam Lee\n\n> From: Sam Lee\n> I look forward to it.\n",
        );
        assert_eq!(m.facts.recipient, None);
    }

    #[test]
    fn text_message_signed_with_a_dash() {
        let m = analyse(
            "Hi Dana, this is Priya. Thanks for the invite, but I've accepted another offer so I'll withdraw. – Priya",
        );
        assert_eq!(m.medium, Medium::Text);
        assert_eq!(m.facts.writer.as_deref(), Some("Priya"));
        assert!(m.sign_off.is_some());
    }

    #[test]
    fn phone_script() {
        let m = analyse(
            "Hello, this is Ngozi Adebayo. Could I speak to Mr. Clarke, please?\n\nThank you for taking my call. I'm going to withdraw from the interview.\n\nI'd be glad to stay in touch.",
        );
        assert_eq!(m.medium, Medium::Phone);
        assert!(m.greeting.is_some());
    }

    #[test]
    fn names() {
        assert!(is_name_like("Siobhán Ní Bhriain"));
        assert!(is_name_like("Marieke van den Berg"));
        assert!(is_name_like("李雷"));
        assert!(is_name_like("Ms. Larsen"));
        assert!(!is_name_like("Thanks again for everything."));
        assert_eq!(
            dash_name_suffix("Happy to stay in touch. – Luca"),
            Some("Luca")
        );
        assert_eq!(dash_name_suffix("a well-known firm"), None);
        // an emoji or an emoticon closing the last sentence, then the name
        assert_eq!(
            dash_name_suffix("Please keep in touch 🙏🏾 Hawa"),
            Some("Hawa")
        );
        assert_eq!(
            dash_name_suffix("Have a good day :) Da-eun"),
            Some("Da-eun")
        );
        assert_eq!(dash_name_suffix("I loved the team 😊 really"), None);
        let m = analyse("Hi Lauren, thank u, I will have to say no to the interview 🙏🏾 Efua\n");
        assert!(m.sign_off.is_some());
        // a template's blank signs off too, and names no writer
        assert_eq!(
            dash_name_suffix("Happy to stay in touch. – [Your Name]"),
            Some("[Your Name]")
        );
        let m = analyse("Hi, thanks for the invitation; I must decline. – [Your Name]\n");
        assert!(m.sign_off.is_some());
        assert_eq!(m.facts.writer, None);
        // a word stressed in capitals after "it's" names nobody
        let m = analyse(
            "Hi Gemma, the rota says it's EVERY Saturday close, so I can't do it. Sorry x\n",
        );
        assert_eq!(m.facts.writer, None);
    }

    #[test]
    fn a_script_title_is_head_and_names_the_medium() {
        let m = analyse(
            "Notes for call with Heather (Bayview Health)\n\nHi Heather, this is Kris calling back.\n\nThank you for the invitation. I've decided to withdraw.\n",
        );
        assert!(m.greeting.is_some());
        assert!(m.roles[0].head);
        assert_eq!(m.medium, Medium::Phone);
        let m = analyse(
            "What I will say to Mr. Demir\nHello Mr. Demir, thank you for meeting me. I have decided not to continue.\n",
        );
        assert!(
            m.greeting.is_some(),
            "a title line does not run on into the salutation"
        );
        assert_eq!(m.medium, Medium::InPerson);
    }

    #[test]
    fn a_letter_head_comes_before_its_salutation() {
        let m = analyse(
            "Ana Ruiz\n12 Mill Lane\nLeeds LS1 4AB\n\nMs J. Okafor\nHarbour & Co.\n1 Quay Street\n\n2 April 2025\n\nRe: Planner interview on 10 April\n\nDear Ms Okafor,\n\nThank you for your letter. I have decided to withdraw my application.\n\nYours sincerely,\nAna Ruiz\n",
        );
        let g = m.greeting.as_ref().expect("the salutation after the head");
        assert_eq!(g.name.as_deref(), Some("Ms Okafor"));
        assert!(m.subject.is_some(), "the Re: line is the subject");
        assert_eq!(m.medium, Medium::Email);
        assert!(
            m.body_sentences()
                .all(|i| !m.sentence_text(i).contains("Mill Lane"))
        );
    }

    #[test]
    fn a_first_sentence_is_not_a_head_without_a_salutation_after_it() {
        let m = analyse("I have decided to withdraw my application. Thank you for your time.\n");
        assert!(m.roles.iter().all(|r| !r.head));
    }

    fn sign_off(text: &str) -> Option<String> {
        let m = analyse(text);
        m.sign_off.map(|s| m.sentence_text(s).to_string())
    }

    #[test]
    fn a_request_to_move_the_interview_is_a_reschedule() {
        let m = analyse(
            "Hi Jo, my exam moved to Friday morning. Could we move the interview to Monday? Thanks, Sam\n",
        );
        assert_eq!(m.scenario, Scenario::Reschedule);
        let m = analyse("Hi Jo, I have accepted another offer, so I must withdraw. Thanks, Sam\n");
        assert_ne!(m.scenario, Scenario::Reschedule);
    }

    #[test]
    fn a_signature_signs_from_its_closing_or_its_name() {
        // a name with a title under it, and no closing word
        let text = "Hello,\n\nThank you. I withdraw my application.\n\nRenee Castellano, CPA\nSenior Tax Accountant\n";
        assert_eq!(sign_off(text).as_deref(), Some("Renee Castellano, CPA"));
        let text = "Hello,\n\nThank you. I withdraw my application.\n\nBest regards,\nCarla Nunez\nOperations Manager, Hilltop Beverage Co.\n";
        assert_eq!(sign_off(text).as_deref(), Some("Best regards,"));
        // a letter's closing without its comma
        let text = "Dear Mrs. Lehmann,\n\nThank you. I will not come to the interview.\n\nWith kind regards\n\nThomas Wendt\n";
        assert_eq!(sign_off(text).as_deref(), Some("With kind regards"));
        // a text's name after its last full stop, with a kiss or two names
        assert_eq!(
            sign_off("Hi Tash, I'll give the Leeds one a miss. Sorry!! Becky x").as_deref(),
            Some("Becky x")
        );
        assert_eq!(
            sign_off(
                "Salam Mr. Fadi. I will not come on Sunday. Please remove my name. Khaled Al-Zoubi"
            )
            .as_deref(),
            Some("Khaled Al-Zoubi")
        );
        assert_eq!(
            sign_off(
                "hi Marisol, not doing the interview friday, give my spot to someone else. devon"
            )
            .as_deref(),
            Some("devon")
        );
        assert_eq!(
            sign_off("Hi Ms. Castellanos, I have to withdraw. Thank you.\n– Keisha Brandt, UT Dallas '26\n").as_deref(),
            Some("– Keisha Brandt, UT Dallas '26")
        );
        // a body line with its comma left off is no closing
        let text = "Hi Jo,\n\nThank you. I must withdraw.\nMany thanks for everything\n";
        assert_eq!(sign_off(text).as_deref(), None);
    }

    #[test]
    fn a_closing_the_bank_lacks_still_signs_above_the_name() {
        let text =
            "Kia ora Hemi,\n\nThank you. I have decided to withdraw.\n\nNgā mihi,\nTama Parata\n";
        assert_eq!(sign_off(text).as_deref(), Some("Ngā mihi,"));
        // a line of the body ending in a comma is no closing without a
        // name right under it
        let text =
            "Hi Jo,\n\nThank you. I must withdraw, as the pay is low.\n\nAnd so,\nthat is that.\n";
        assert_ne!(sign_off(text).as_deref(), Some("And so,"));
    }

    #[test]
    fn texts_sign_with_a_name_alone_even_in_lower_case() {
        assert_eq!(
            sign_off("hi megan, cant make tmrw, can we do thu instead\nthx\nrosie\n").as_deref(),
            Some("rosie")
        );
        assert_eq!(
            sign_off("Hi Ana, I have to cancel Wednesday, I'm so sorry again. Danny").as_deref(),
            Some("Danny")
        );
    }

    #[test]
    fn a_closing_and_a_name_end_a_text_on_its_last_line() {
        for (text, name) in [
            (
                "Hi Jo, could we move it to Thursday? Thanks a lot, Conor",
                "Conor",
            ),
            ("Hi Jo, I can't swap my nights. Ta, Jodie x", "Jodie x"),
            (
                "Hi Jo, I won't make it tomorrow. thanks anyway Hemi",
                "thanks anyway Hemi",
            ),
            (
                "hi jo, not coming on friday. thanks again, mae",
                "thanks again, mae",
            ),
        ] {
            assert!(
                sign_off(text).is_some_and(|s| s.contains(name)),
                "{text}: {:?}",
                sign_off(text)
            );
        }
        // the reader thanked by name, or a word that is no name
        assert!(sign_off("Hi Sarah, I must withdraw. Thank you again, Sarah.").is_none());
        assert!(sign_off("hi jo, not coming. thank you for everything, really").is_none());
    }

    #[test]
    fn a_closing_in_the_writers_own_words_signs_a_letter() {
        let text = "Dear Mr. Khan,\n\nI must withdraw my application.\n\nWith distinguished regards,\n\nAlessandro Bianchi\nLes Clefs d'Or member\n";
        assert!(sign_off(text).is_some());
        let text = "Dear Sir,\n\nI must withdraw my application.\n\nYours faithfully,\n\nEngr. Bilal Ahmed Awan\n";
        assert!(sign_off(text).is_some());
    }

    #[test]
    fn a_closing_and_a_name_slot_on_one_line() {
        assert!(
            sign_off(
                "Dear Ms. Roy,\n\nI must withdraw my application.\n\nBest regards, [Your Name]\n"
            )
            .is_some()
        );
        assert!(
            sign_off(
                "Dear Ms. Roy,\n\nI must withdraw my application.\n\nThanks and Regards, Pooja\n"
            )
            .is_some()
        );
    }
}
