//! A document understood as a decline message: its parts, medium,
//! scenario and the facts a fix can reuse.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::document::Document;
use crate::phrases::{self, Bank, Hits};
use crate::prose::count_words;
use crate::vocab::{Medium, Part, PartKind, Scenario};

mod names;

/// What a sentence does in the message.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Roles {
    pub subject: bool,
    pub greeting: bool,
    pub gratitude: bool,
    pub decision: bool,
    pub reason: bool,
    pub door_open: bool,
    pub alternative: bool,
    pub sign_off: bool,
}

/// Facts a fix can reuse instead of a placeholder.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Facts {
    pub recipient: Option<String>,
    pub company: Option<String>,
    pub role: Option<String>,
    pub writer: Option<String>,
}

/// Where the medium or scenario came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    FrontMatter,
    Flag,
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
    pub medium: Medium,
    pub medium_source: Source,
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
            medium: Medium::Email,
            medium_source: Source::Default,
            scenario: Scenario::General,
            scenario_source: Source::Default,
            facts: Facts::default(),
            subject: None,
            greeting: None,
            sign_off: None,
            words: 0,
        };
        msg.subject = msg.find_subject();
        if let Some(s) = msg.subject {
            roles[s].subject = true;
        }
        msg.greeting = msg.find_greeting();
        if let Some(g) = &msg.greeting {
            roles[g.sentence].greeting = true;
        }
        msg.sign_off = msg.find_sign_off();
        if let Some(s) = msg.sign_off {
            for r in &mut roles[s..] {
                r.sign_off = true;
            }
        }
        for (i, role) in roles.iter_mut().enumerate() {
            if role.subject || role.sign_off && msg.sign_off != Some(i) {
                continue;
            }
            let r = msg.doc.prose.sentences[i].range.clone();
            let has = |set: &str| msg.hits.any_inside(set, r.clone());
            role.gratitude = msg.has_gratitude_in(r.clone());
            if role.sign_off {
                continue;
            }
            role.decision = has("decision");
            role.door_open = has("door_open");
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
        let (scenario, scenario_source) = msg.pick_scenario(given);
        msg.scenario = scenario;
        msg.scenario_source = scenario_source;
        msg.facts = msg.find_facts(given);
        msg
    }

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
        match self.subject {
            Some(s) if s + 1 < self.roles.len() => self.sentence_buf(s + 1).start,
            Some(s) => self.sentence_buf(s).end,
            None => self
                .doc
                .prose
                .sentences
                .first()
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

    // --- analysis ---

    fn find_subject(&self) -> Option<usize> {
        let first_block = self.doc.prose.sentences.first()?.block;
        self.doc
            .prose
            .sentences
            .iter()
            .take_while(|s| s.block == first_block)
            .take(3)
            .position(|s| {
                let t = self.doc.prose.sentence_text(s);
                starts_with_ci(t, "subject:") || starts_with_ci(t, "subject line:")
            })
    }

    fn find_greeting(&self) -> Option<Greeting> {
        let idx = match self.subject {
            Some(s) => s + 1,
            None => 0,
        };
        let s = self.doc.prose.sentences.get(idx)?;
        let text = self.doc.prose.sentence_text(s);
        let starts_greeting = self
            .hits
            .get("greeting")
            .iter()
            .any(|g| g.start == s.range.start);
        // The salutation runs to the first comma, colon, dash or line end.
        let cut = text
            .char_indices()
            .find(|&(_, c)| matches!(c, ',' | ':' | '!' | '\n' | '—' | '–' | ';' | '.'))
            .map(|(i, c)| {
                // "Dear Mr. Smith," — a title's dot does not end it
                if c == '.' {
                    let before = &text[..i];
                    let word = before.rsplit(' ').next().unwrap_or("");
                    if ["Mr", "Mrs", "Ms", "Dr", "Mx", "Prof"].contains(&word) {
                        return text[i + 1..]
                            .find([',', ':', '!', '\n'])
                            .map_or(text.len(), |j| i + 1 + j + 1);
                    }
                }
                i + c.len_utf8()
            })
            .unwrap_or(text.len());
        let salutation = &text[..cut];
        let words = count_words(salutation);
        if starts_greeting && words <= 8 {
            let name = greeting_name(salutation);
            return Some(Greeting {
                sentence: idx,
                range: s.range.start..s.range.start + cut,
                name,
            });
        }
        // "Dana," alone on the first line
        let bare = salutation.trim_end_matches([',', ':']);
        // "Dana," alone, or "Dana, thank you ..." — but not "Frankly, ..."
        let alone = cut == text.trim_end().len();
        let vocative = !alone
            && text[cut..]
                .trim_start()
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
            && !is_discourse_word(bare);
        if (alone || vocative)
            && salutation.ends_with(',')
            && (1..=3).contains(&words)
            && is_name_like(bare)
        {
            return Some(Greeting {
                sentence: idx,
                range: s.range.start..s.range.start + cut,
                name: Some(bare.trim().to_string()),
            });
        }
        None
    }

    fn is_closing_line(&self, i: usize) -> bool {
        let s = &self.doc.prose.sentences[i];
        let text = self
            .doc
            .prose
            .sentence_text(s)
            .trim_end_matches([',', '!', '.', ' ']);
        if text.is_empty() || count_words(text) > 6 {
            return false;
        }
        let end = s.range.start + text.len();
        self.hits
            .get("closing")
            .iter()
            .any(|c| c.start == s.range.start && c.end == end)
    }

    fn find_sign_off(&self) -> Option<usize> {
        let n = self.doc.prose.sentences.len();
        if n < 2 {
            return None;
        }
        let first_body = self.greeting.as_ref().map_or(0, |g| g.sentence + 1);
        // A closing line followed only by short signature lines.
        let lo = n.saturating_sub(6).max(first_body);
        for i in (lo..n).rev() {
            let name_line = |j: usize| self.sentence_text(j).lines().next().unwrap_or("");
            if self.is_closing_line(i) && i + 1 < n && is_name_or_slot(name_line(i + 1)) {
                let tail_ok = (i + 1..n).all(|j| is_signature_line(self.sentence_text(j)));
                if tail_ok {
                    return Some(i);
                }
            }
        }
        let last = n - 1;
        let text = self.sentence_text(last);
        // "Kind regards," closing the message, the name left to the reader
        if last >= first_body && text.ends_with(',') && self.is_closing_line(last) {
            return Some(last);
        }
        // "Best, Priya" on one line
        if let Some((head, name)) = text.split_once(',') {
            let head_end = self.doc.prose.sentences[last].range.start + head.len();
            let closing = self.hits.get("closing").iter().any(|c| {
                c.start == self.doc.prose.sentences[last].range.start && c.end == head_end
            });
            if closing && is_name_like(name.trim().trim_end_matches(['.', '!'])) {
                return Some(last);
            }
        }
        // "... – Priya" at the end of a text message
        if dash_name_suffix(text).is_some() {
            return Some(last);
        }
        // a bare name on its own line after the body
        if last > first_body && is_name_like(text) {
            let prose = &self.doc.prose;
            let gap =
                &prose.text[prose.sentences[last - 1].range.end..prose.sentences[last].range.start];
            if gap.contains('\n') {
                return Some(last);
            }
        }
        None
    }

    fn is_reason(&self, i: usize, role: &Roles) -> bool {
        if role.subject || role.sign_off || role.greeting && self.greeting_only(i) {
            return false;
        }
        // an invitation to keep in touch or another time is no reason, even
        // with an "as" in it
        if role.door_open || role.alternative {
            return false;
        }
        let r = self.sentence_range(i);
        let sentence = &self.doc.prose.flat[r.clone()];
        let lower = if sentence.is_ascii() {
            // one copy instead of three for the usual sentence
            let mut lower = String::with_capacity(sentence.len() + 2);
            lower.push(' ');
            lower.push_str(sentence);
            lower.push(' ');
            lower.make_ascii_lowercase();
            lower
        } else {
            format!(" {} ", sentence.to_lowercase().replace('’', "'"))
        };
        let causal = CAUSAL_MATCHER.find_iter(&lower).next().is_some();
        // thanks and the decision count only with a stated cause
        if (role.gratitude || role.decision) && !causal {
            return false;
        }
        causal
            || Scenario::ALL[..10]
                .iter()
                .any(|s| self.hits.any_inside(s.as_str(), r.clone()))
    }

    /// A sentence that only elaborates the reason before it ("I started
    /// an evening course in January.") is a reason too.
    fn mark_elaborations(&self, roles: &mut [Roles]) {
        let body: Vec<usize> = self.body_sentences_of(roles).collect();
        for w in body.windows(2) {
            let (prev, cur) = (w[0], w[1]);
            let r = roles[cur];
            if !roles[prev].reason
                || r.reason
                || r.gratitude
                || r.decision
                || r.door_open
                || r.alternative
            {
                continue;
            }
            let range = self.sentence_range(cur);
            if self.hits.any_inside("apology", range.clone()) {
                continue;
            }
            // about the writer's situation, not the reader ("I hope you find someone")
            let words: Vec<String> = self.doc.prose.flat[range]
                .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
                .map(str::to_lowercase)
                .collect();
            let has = |w: &[&str]| words.iter().any(|x| w.contains(&x.as_str()));
            if has(&["you", "your", "you're", "you’re"]) {
                continue;
            }
            if self.doc.prose.sentences[prev].block == self.doc.prose.sentences[cur].block {
                roles[cur].reason = true;
            }
        }
    }

    fn body_sentences_of<'r>(&'r self, roles: &'r [Roles]) -> impl Iterator<Item = usize> + 'r {
        (0..roles.len()).filter(move |&i| {
            let r = &roles[i];
            !(r.subject || r.sign_off || r.greeting && self.greeting_only(i))
        })
    }

    fn count_body_words(&self) -> usize {
        let prose = &self.doc.prose;
        let total = prose.word_count();
        match self.subject {
            Some(s) => total - count_words(prose.sentence_text(&prose.sentences[s])),
            None => total,
        }
    }

    fn pick_medium(&self, given: &Overrides) -> (Medium, Source) {
        if let Some(m) = self.doc.front_value("medium").and_then(Medium::parse) {
            return (m, Source::FrontMatter);
        }
        if let Some(m) = given.force_medium {
            return (m, Source::Flag);
        }
        if let Some(m) = self.infer_medium() {
            return (m, Source::Inferred);
        }
        (
            given.default_medium.unwrap_or(Medium::Email),
            Source::Default,
        )
    }

    fn infer_medium(&self) -> Option<Medium> {
        if self.subject.is_some() {
            return Some(Medium::Email);
        }
        let prose = &self.doc.prose;
        let first = prose
            .sentences
            .first()
            .map(|s| prose.sentence_text(s))
            .unwrap_or("");
        if starts_with_ci(first, "dear ") {
            return Some(Medium::Email);
        }
        let lower = prose.flat.to_lowercase().replace('’', "'");
        // a closing line set apart from the body, as emails have
        let has_closing_block = self.sign_off.is_some_and(|s| {
            s > 0
                && self.is_closing_line(s)
                && prose.text[prose.sentences[s - 1].range.end..prose.sentences[s].range.start]
                    .contains('\n')
        });
        let spoken_intro = SPOKEN_INTRO.is_match(first);
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

    fn pick_scenario(&self, given: &Overrides) -> (Scenario, Source) {
        if let Some(s) = self.doc.front_value("scenario").and_then(Scenario::parse) {
            return (s, Source::FrontMatter);
        }
        if let Some(s) = given.force_scenario {
            return (s, Source::Flag);
        }
        let body: Vec<usize> = self.body_sentences().collect();
        let mut best = (0usize, Scenario::General);
        for s in &Scenario::ALL[..10] {
            let (weak, strong) = (
                self.hits.get(s.as_str()),
                self.hits.get(&format!("strong:{}", s.as_str())),
            );
            if weak.is_empty() && strong.is_empty() {
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
                score += w * phrases::count_inside(weak, &r);
                score += 3 * w * phrases::count_inside(strong, &r);
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

    fn find_facts(&self, given: &Overrides) -> Facts {
        let mut facts = Facts {
            recipient: self.greeting.as_ref().and_then(|g| g.name.clone()),
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
            .or_else(|| {
                let first = self.doc.prose.sentences.first()?;
                let t = self.doc.prose.sentence_text(first);
                names::introduced_name(t).map(|name| t[name].trim().to_string())
            })
            .or_else(|| given.writer.map(str::to_string));
        facts
    }

    fn writer_from_sign_off(&self) -> Option<String> {
        let s = self.sign_off?;
        let n = self.roles.len();
        let text = self.sentence_text(s);
        if let Some(name) = dash_name_suffix(text) {
            return Some(name.to_string());
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

/// Finds any of [`CAUSAL`] in one pass (a match is reported whenever one
/// occurs); asked of every sentence, where thirty `contains` scans were.
static CAUSAL_MATCHER: LazyLock<daachorse::DoubleArrayAhoCorasick<u32>> =
    LazyLock::new(|| daachorse::DoubleArrayAhoCorasick::new(CAUSAL).expect("distinct phrases"));

/// Connectives that introduce a reason.
const CAUSAL: &[&str] = &[
    " because ",
    " as i ",
    " as i'",
    " as my ",
    " as the ",
    " as it ",
    " as it's ",
    " as we ",
    " as our ",
    " since ",
    " due to ",
    " given that ",
    " so i ",
    " so i'",
    " which means ",
    " now that ",
    " reason",
    " as a result",
    " owing to ",
    " following ",
    " for personal ",
    " for family ",
    " so we ",
    " so we'",
    " so my ",
    " so it ",
    " so that ",
    " so our ",
];

static SPOKEN_INTRO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(hello|hi|hey|good (morning|afternoon|evening))\b[^!?\n]{0,40}?\b(this is|it's|it’s|it is|my name is)\s+\p{Lu}").expect("valid regex")
});

fn clean_company(s: &str) -> String {
    s.trim()
        .trim_end_matches(['.', ',', '!', '?', ':', ';'])
        .trim_end_matches("’s")
        .trim_end_matches("'s")
        .to_string()
}

pub fn starts_with_ci(text: &str, prefix: &str) -> bool {
    text.len() >= prefix.len()
        && text.is_char_boundary(prefix.len())
        && text[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// The name addressed by a salutation, if it names someone.
fn greeting_name(salutation: &str) -> Option<String> {
    let words: Vec<&str> = salutation
        .trim_end_matches([',', ':', '!', '.', ' ', '—', '–'])
        .split_whitespace()
        .collect();
    let mut rest: &[&str] = &words;
    // drop the greeting words
    while let Some((w, tail)) = rest.split_first() {
        let l = w.to_lowercase();
        if [
            "dear",
            "hi",
            "hello",
            "hey",
            "hiya",
            "good",
            "morning",
            "afternoon",
            "evening",
            "greetings",
            "yo",
            "day",
        ]
        .contains(&l.trim_end_matches(','))
        {
            rest = tail;
        } else {
            break;
        }
    }
    let name = rest.join(" ");
    let lower = name.to_lowercase();
    let impersonal = [
        "there",
        "all",
        "team",
        "everyone",
        "sir",
        "madam",
        "sir or madam",
        "sir/madam",
        "hiring manager",
        "hiring team",
        "recruiter",
        "to whom it may concern",
        "folks",
        "guys",
        "friend",
        "colleague",
    ];
    if name.is_empty()
        || impersonal
            .iter()
            .any(|i| lower == *i || lower.starts_with(&format!("{i} ")))
    {
        return None;
    }
    is_name_like(&name).then_some(name)
}

/// Words that open a sentence with a comma without addressing anyone.
fn is_discourse_word(w: &str) -> bool {
    let l = w.trim().to_lowercase();
    l.ends_with("ly")
        || [
            "however",
            "well",
            "so",
            "also",
            "yes",
            "no",
            "okay",
            "ok",
            "anyway",
            "still",
            "again",
            "overall",
            "thanks",
            "sorry",
            "look",
            "listen",
            "now",
            "then",
            "besides",
            "meanwhile",
            "otherwise",
            "instead",
            "alas",
            "oh",
            "right",
            "sure",
            "indeed",
            "nevertheless",
            "nonetheless",
            "therefore",
            "thus",
            "hence",
            "regardless",
            "today",
            "yesterday",
            "tomorrow",
            "unfortunately",
            "first",
            "second",
            "lastly",
        ]
        .contains(&l.as_str())
}

/// A name, or a template slot where the name goes ("[Your Name]").
fn is_name_or_slot(s: &str) -> bool {
    let t = s.trim();
    is_name_like(t)
        || (t.starts_with(['[', '<', '{']) && t.ends_with([']', '>', '}']) && t.len() < 40)
}

/// Looks like a personal name: a few capitalised words, no digits.
pub fn is_name_like(s: &str) -> bool {
    // "李雷 (Li Lei)", "Sam Lee, PhD": the name is the first part
    let s = s.split(['(', ',']).next().unwrap_or(s).trim();
    if s.is_empty()
        || s.chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '@' | '.' | '!' | '?' | ':' | ';'))
            && !is_titled(s)
    {
        return false;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > 5 {
        return false;
    }
    const PARTICLES: &[&str] = &[
        "de", "van", "von", "da", "di", "del", "der", "la", "le", "bin", "al", "y", "ó", "ní",
        "mac", "du", "dos", "das", "ter", "ten", "st",
    ];
    let caps = words.iter().all(|w| {
        let c = w.chars().next().unwrap_or(' ');
        c.is_uppercase()
            || (c.is_alphabetic() && !c.is_lowercase())
            || PARTICLES.contains(&w.to_lowercase().as_str())
    });
    caps && words.iter().any(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_alphabetic() && !c.is_lowercase())
    })
}

fn is_titled(s: &str) -> bool {
    let first = s.split_whitespace().next().unwrap_or("");
    ["Mr.", "Mrs.", "Ms.", "Dr.", "Mx.", "Prof."].contains(&first)
        && !s
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '@' | '!' | '?' | ':' | ';'))
}

/// A signature line under a closing: a name, a title, a phone number.
fn is_signature_line(s: &str) -> bool {
    let s = s.trim();
    count_words(s) <= 8 && !s.ends_with(['?']) && !(s.ends_with('.') && count_words(s) > 4)
}

/// A `Subject:` line is one unit however many full stops it holds
/// ("(Ref. 4471)"), and it ends at its line end.
fn join_subject_line(doc: &mut Document) {
    let prose = &mut doc.prose;
    let Some(first) = prose.sentences.first() else {
        return;
    };
    let block = first.block;
    let Some(k) = prose
        .sentences
        .iter()
        .take_while(|s| s.block == block)
        .take(3)
        .position(|s| starts_with_ci(&prose.text[s.range.clone()], "subject:"))
    else {
        return;
    };
    let start = prose.sentences[k].range.start;
    let line_end = prose.text[start..]
        .find('\n')
        .map_or(prose.text.len(), |i| start + i);
    let mut pieces: Vec<crate::prose::Sentence> = Vec::new();
    for s in prose.sentences.drain(..) {
        if s.range.start >= start && s.range.start < line_end {
            // inside the subject line: fold into it, split off what follows
            if let Some(last) = pieces.last_mut().filter(|l| l.range.start == start) {
                last.range.end = s.range.end.min(line_end);
            } else {
                pieces.push(crate::prose::Sentence {
                    range: start..s.range.end.min(line_end),
                    block: s.block,
                });
            }
            if s.range.end > line_end {
                let rest = &prose.text[line_end..s.range.end];
                let lead = rest.len() - rest.trim_start().len();
                pieces.push(crate::prose::Sentence {
                    range: line_end + lead..s.range.end,
                    block: s.block,
                });
            }
        } else {
            pieces.push(s);
        }
    }
    let subject = pieces.iter().position(|s| s.range.start == start);
    if let Some(i) = subject {
        let r = pieces[i].range.clone();
        let t = &prose.text[r.clone()];
        pieces[i].range = r.start..r.start + t.trim_end().len();
    }
    prose.sentences = pieces;
}

/// Splits "Happy to stay in touch. – Luca" into the sentence and the
/// sign-off, so the sentence keeps its role.
fn split_dash_signature(doc: &mut Document) {
    let prose = &mut doc.prose;
    let Some(last) = prose.sentences.last().cloned() else {
        return;
    };
    let text = &prose.text[last.range.clone()];
    let Some(name) = dash_name_suffix(text) else {
        return;
    };
    let name_at = last.range.start + text.rfind(name).unwrap_or(0);
    let dash_at = prose.text[..name_at]
        .rfind(['–', '—', '-', '~'])
        .unwrap_or(name_at);
    let head = prose.text[last.range.start..dash_at].trim_end();
    if head.is_empty() {
        return;
    }
    let head_end = last.range.start + head.len();
    let n = prose.sentences.len();
    prose.sentences[n - 1].range = last.range.start..head_end;
    prose.sentences.push(crate::prose::Sentence {
        range: dash_at..last.range.end,
        block: last.block,
    });
}

/// "– Priya" / "- Luca Romano" at the end of a line: the name.
pub fn dash_name_suffix(text: &str) -> Option<&str> {
    let t = text.trim_end();
    let idx = t.rfind(['–', '—', '-', '~'])?;
    let dash_len = t[idx..].chars().next().map_or(1, char::len_utf8);
    let name = t[idx + dash_len..].trim();
    let before = &t[..idx];
    let spaced = before.is_empty()
        || before.ends_with(char::is_whitespace)
        || before.ends_with(['.', '!', '?', ')']);
    (spaced && !name.is_empty() && count_words(name) <= 3 && is_name_like(name)).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;

    fn analyse(text: &str) -> Message<'_> {
        let bank = phrases::default_bank();
        Message::analyse(
            Document::parse(text, Format::PlainText),
            &Overrides::none(&bank),
        )
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
        assert!(is_name_like("李雷"));
        assert!(is_name_like("Ms. Larsen"));
        assert!(!is_name_like("Thanks again for everything."));
        assert_eq!(
            dash_name_suffix("Happy to stay in touch. – Luca"),
            Some("Luca")
        );
        assert_eq!(dash_name_suffix("a well-known firm"), None);
    }
}
