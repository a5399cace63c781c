//! What each sentence does beyond the frame: reasons and the sentences
//! that elaborate them.

use std::sync::LazyLock;

use crate::prose::count_words;
use crate::vocab::Scenario;

use super::types::{Message, Roles};

impl Message<'_> {
    pub(super) fn is_reason(&self, i: usize, role: &Roles) -> bool {
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
            || self.tells_an_obligation(i)
    }

    /// Something the writer has to do or be at instead, said in so many
    /// words ("My supervising attorney moved a deposition to Wednesday and
    /// I have to be there", "I need to stay in Jaipur for my father"): a
    /// clash or a duty, which is a reason though it names no cause.
    fn tells_an_obligation(&self, i: usize) -> bool {
        let t = &self.readings[i].tokens;
        let w = |k: usize| t.get(k).map_or("", |x| x.word.as_str());
        (0..t.len()).any(|k| {
            matches!(w(k), "i" | "we")
                && (k + 1..(k + 3).min(t.len())).any(|j| {
                    (matches!(w(j), "have" | "has" | "need" | "got") && w(j + 1) == "to"
                        || w(j) == "must")
                        && {
                            let v = if w(j) == "must" { j + 1 } else { j + 2 };
                            // ("I have to be honest" is no duty: being
                            // somewhere is)
                            matches!(
                                w(v),
                                "stay"
                                    | "handle"
                                    | "work"
                                    | "cover"
                                    | "look"
                                    | "care"
                                    | "travel"
                                    | "sit"
                                    | "fly"
                            ) || w(v) == "be"
                                && matches!(
                                    w(v + 1),
                                    "there"
                                        | "at"
                                        | "in"
                                        | "on"
                                        | "home"
                                        | "with"
                                        | "away"
                                        | "back"
                                )
                                || w(v) == "go" && matches!(w(v + 1), "to" | "back" | "home")
                        }
                })
        })
    }

    /// A sentence that only elaborates the reason before it ("I started
    /// an evening course in January.") is a reason too.
    pub(super) fn mark_elaborations(&self, roles: &mut [Roles]) {
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

    pub(super) fn count_body_words(&self) -> usize {
        let prose = &self.doc.prose;
        let total = prose.word_count();
        match self.subject {
            Some(s) => total - count_words(prose.sentence_text(&prose.sentences[s])),
            None => total,
        }
    }
}

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
