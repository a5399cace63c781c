//! The reading layer: what a sentence says, as facts rather than strings.
//!
//! A sentence is cut into normalised tokens with lemmas ([`tokens`]),
//! then into clauses ([`clauses`]). On those, [`frames`] finds decisions
//! (who declines, withdraws, will not attend, has gone elsewhere, asks to
//! move the interview) by the lemma of the predicate and its negation, and
//! [`hedges`] finds hedge cues by class with the span of words each one
//! governs. A decision is hedged when a hedge's scope covers its frame.
//! [`evaluation`] finds what a sentence says of the employer or of the
//! writer, and with what polarity.

pub mod clauses;
pub mod evaluation;
pub mod frames;
pub mod hedges;
mod private;
pub mod scorer;
pub mod tokens;
pub mod topics;

use std::collections::HashMap;
use std::ops::Range;
use std::sync::{Arc, LazyLock, Mutex, OnceLock, PoisonError};

pub use clauses::Clause;
pub use evaluation::{EvalKind, Evaluation, reminded_point};
pub use frames::{Frame, FrameKind};
pub use hedges::{Class, Hedge, thinking_done};
use private::injured_part;
pub use private::{Private, is_clinical, private_field};
pub use tokens::Token;
pub use topics::Topic;

/// One sentence, read.
#[derive(Debug, Clone, Default)]
pub struct Reading {
    pub tokens: Vec<Token>,
    pub clauses: Vec<Clause>,
    pub frames: Vec<Frame>,
    pub hedges: Vec<Hedge>,
    pub evaluations: Vec<Evaluation>,
    /// The trained scorers' margins, one per model, once asked for
    /// ([`Reading::margins`], in the scorer's file, which reads this one).
    margins: OnceLock<[f32; 8]>,
    /// [`Reading::opens_door`], once asked: rules and roles ask it of
    /// every sentence on every keystroke.
    door: OnceLock<bool>,
}

/// How a sentence stands on the decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stand {
    /// It declines (or moves the interview) plainly.
    Clear,
    /// It tries to decide but a hedge covers the decision, or the decision
    /// hangs on a condition.
    Hedged,
    /// It defers the decision ("I'll let you know").
    Deferred,
    /// It says nothing about the decision.
    None,
}

/// Readings kept by sentence text: an editor's keystroke changes one
/// sentence, so the others are read once. A reading depends only on its
/// text, so keeping it never changes a result; the store is emptied when it
/// grows past a few thousand sentences.
static KEPT: LazyLock<Mutex<HashMap<String, Arc<Reading>>>> = LazyLock::new(Default::default);
const KEEP_AT_MOST: usize = 4096;

/// The reading of `text`, from the store when it was read before.
pub fn read(text: &str) -> Arc<Reading> {
    let kept = KEPT.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(r) = kept.get(text) {
        return Arc::clone(r);
    }
    drop(kept);
    let r = Arc::new(Reading::of(text));
    let mut kept = KEPT.lock().unwrap_or_else(PoisonError::into_inner);
    if kept.len() >= KEEP_AT_MOST {
        kept.clear();
    }
    kept.insert(text.to_string(), Arc::clone(&r));
    r
}

impl Reading {
    pub fn of(text: &str) -> Reading {
        let tokens = tokens::tokenize(text);
        let clauses = clauses::clauses(&tokens);
        let frames = frames::frames(&tokens, &clauses);
        let hedges = hedges::hedges(&tokens, &clauses);
        let evaluations = evaluation::evaluations(&tokens, &clauses);
        Reading {
            tokens,
            clauses,
            frames,
            hedges,
            evaluations,
            margins: OnceLock::new(),
            door: OnceLock::new(),
        }
    }

    /// What the sentence's reason is about, when its words name one
    /// thing clearly ([`topics`]).
    pub fn topic(&self) -> Option<Topic> {
        topics::topic(&self.tokens)
    }

    /// The hedge whose scope covers `frame`, if any.
    pub fn hedge_over(&self, frame: &Frame) -> Option<&Hedge> {
        self.hedges.iter().find(|h| {
            h.scope.contains(&frame.at)
                && match frame.kind {
                    // a request is modal by nature: "could we move it, if
                    // that suits?" is a plain request, and so is "I was wondering if I
                    // could move the interview"
                    FrameKind::Reschedule => {
                        matches!(h.class, Class::Stance | Class::Provisional)
                            && !self.tokens.get(h.cue.start).is_some_and(|t| {
                                matches!(
                                    t.word.as_str(),
                                    "wonder"
                                        | "wondering"
                                        | "wondered"
                                        | "hoping"
                                        | "hope"
                                        | "hoped"
                                )
                            })
                    }
                    _ => h.class != Class::Deferral,
                }
        })
    }

    /// The sentence's stand on the decision.
    pub fn stand(&self) -> Stand {
        let clear = self.frames.iter().any(|f| self.hedge_over(f).is_none());
        if clear {
            return Stand::Clear;
        }
        if !self.frames.is_empty() {
            return Stand::Hedged;
        }
        // doubt about the process itself, with no verb of deciding: "I'm on
        // the fence about the second round", "still deciding about the role"
        let about_process = self.hedges.iter().any(|h| {
            let weak = matches!(
                self.tokens[h.cue.start].word.as_str(),
                "think"
                    | "thinking"
                    | "guess"
                    | "suppose"
                    | "feel"
                    | "seems"
                    | "seem"
                    | "appears"
                    | "looks"
                    | "looking"
                    | "feeling"
                    | "try"
                    | "trying"
                    | "wonder"
            );
            !weak
                && matches!(h.class, Class::Stance | Class::Provisional | Class::Chance)
                && h.scope.clone().any(|k| {
                    // ("no way round it": around, not an interview round)
                    frames::is_process_noun(&self.tokens[k].word)
                        && !(self.tokens[k].word == "round"
                            && k > 0
                            && matches!(
                                self.tokens[k - 1].word.as_str(),
                                "way" | "get" | "go" | "come" | "turn" | "all"
                            ))
                })
        });
        if about_process {
            return Stand::Hedged;
        }
        if self.hedges.iter().any(|h| h.class == Class::Deferral) {
            return Stand::Deferred;
        }
        Stand::None
    }

    /// The hedge over the decision and the tokens at fault (from the cue
    /// to the end of the decision, within the sentence), when the stand is
    /// hedged or deferred.
    pub fn hedged(&self) -> Option<(Range<usize>, &Hedge)> {
        match self.stand() {
            Stand::Hedged => {
                if let Some((f, h)) = self
                    .frames
                    .iter()
                    .find_map(|f| self.hedge_over(f).map(|h| (f, h)))
                {
                    let clause = &self.clauses[f.clause].tokens;
                    let start = h.cue.start.min(clause.start);
                    let end = h.cue.end.max(f.words.end).max(clause.end);
                    return Some((start..end, h));
                }
                let h = self.hedges.iter().find(|h| {
                    matches!(h.class, Class::Stance | Class::Provisional | Class::Chance)
                })?;
                Some((
                    h.scope.start.min(h.cue.start)..h.scope.end.max(h.cue.end),
                    h,
                ))
            }
            Stand::Deferred => {
                let h = self.hedges.iter().find(|h| h.class == Class::Deferral)?;
                Some((h.scope.clone(), h))
            }
            _ => None,
        }
    }

    /// Whether the sentence asks to be taken out of the process for good
    /// ("please remove my details", "take me off your list"): a writer
    /// who asks that is closing the door, not leaving it open.
    pub fn asks_removal(&self) -> bool {
        let t = &self.tokens;
        t.iter().enumerate().any(|(i, x)| {
            matches!(x.lemma.as_str(), "remov" | "delet" | "take" | "strike")
                && t[i + 1..(i + 3).min(t.len())]
                    .iter()
                    .any(|y| y.word == "me" || y.word == "my")
                && t[i + 1..(i + 6).min(t.len())].iter().any(|y| {
                    matches!(
                        y.word.as_str(),
                        "off"
                            | "from"
                            | "out"
                            | "details"
                            | "data"
                            | "list"
                            | "database"
                            | "system"
                    )
                })
        })
    }

    /// The sentence's words, lower-cased, without punctuation or emoji.
    pub fn words_only(&self) -> Vec<&str> {
        self.tokens
            .iter()
            .filter(|t| t.is_word())
            .map(|t| t.word.as_str())
            .collect()
    }

    /// Whether a clause of these tokens cannot stand as a sentence (see
    /// [`Reading::is_fragment`]).
    pub fn clause_is_fragment(tokens: &[Token], c: &Clause) -> bool {
        lead_is_fragment(&tokens[c.tokens.clone()])
    }

    /// Whether the text read is a lead that cannot stand as a sentence: a
    /// subject waiting for its verb, led by a gerund or an infinitive
    /// ("Then finding out at the end that the role is 50 hours", "To
    /// change the title"), or a phrase opened by a preposition or a
    /// subordinator with no clause of its own ("After the second
    /// interview,", "To be honest, after three rounds.").
    pub fn is_fragment(&self) -> bool {
        lead_is_fragment(&self.tokens)
    }

    /// "Or maybe??", "maybe not?": a question of a word or two that puts
    /// what was just said back in doubt.
    pub fn second_thought(&self) -> bool {
        let words = self.words_only();
        !words.is_empty()
            && words.len() <= 3
            && words
                .iter()
                .any(|w| matches!(*w, "maybe" | "perhaps" | "idk" | "dunno"))
            && words.iter().all(|w| {
                matches!(
                    *w,
                    "or" | "maybe" | "perhaps" | "not" | "idk" | "dunno" | "lol"
                )
            })
            && self.tokens.iter().any(|t| t.word == "?")
    }

    /// Whether the sentence, beside a decision, would leave it open: it
    /// hedges or defers a decision ("I'll let you know", "I might change
    /// my mind"), or doubts without naming what ("I am not 100% sure
    /// yet", "maybe we could see how things go?"). A sentence stating
    /// the decision plainly never reopens it; nor does a mere "I think".
    pub fn reopens_decision(&self) -> bool {
        match self.stand() {
            Stand::Clear => return false,
            Stand::Hedged | Stand::Deferred => return true,
            Stand::None => {}
        }
        let has = |w: &str| self.tokens.iter().any(|t| t.word == w);
        let follows = |a: &str, b: &str| {
            self.tokens
                .windows(2)
                .any(|p| p[0].word == a && p[1].word == b)
        };
        // ("I wish to let you know that I have ...", "just to let you
        // know": telling, not putting off)
        let tells = self.tokens.windows(4).any(|p| {
            p[0].word == "to" && p[1].word == "let" && p[2].word == "you" && p[3].word == "know"
        }) || follows("know", "that");
        if self.second_thought()
            || follows("change", "my") && has("mind")
            || follows("let", "you") && has("know") && !tells
            // texting's "will lmk" for "I'll let you know"
            || has("will") && follows("let", "me") && has("know")
            || follows("keep", "you") && has("posted")
        {
            return true;
        }
        // ("he cannot talk properly yet": someone else's, not the writer's;
        // "the dates are not yet settled": a thing of the reason's)
        let of_another = |h: &Hedge| {
            self.clauses
                .iter()
                .find(|c| c.tokens.contains(&h.cue.start))
                .is_some_and(|c| {
                    let words = &self.tokens[c.tokens.start..h.cue.start];
                    let decision = words.iter().any(|t| {
                        matches!(
                            t.word.as_str(),
                            "decision" | "mind" | "answer" | "choice" | "it" | "this" | "that"
                        )
                    });
                    words
                        .iter()
                        .any(|t| matches!(t.word.as_str(), "he" | "she" | "they" | "the"))
                        && !decision
                        && !words.iter().any(|t| matches!(t.word.as_str(), "i" | "we"))
                })
        };
        let doubt = self
            .hedges
            .iter()
            .filter(|h| !of_another(h))
            .any(|h| match h.class {
                Class::Provisional | Class::Deferral => true,
                Class::Stance => matches!(
                    self.tokens[h.cue.start].word.as_str(),
                    "sure" | "certain" | "decided" | "undecided" | "fence" | "torn" | "unsure"
                ),
                _ => false,
            });
        let question = self.tokens.last().is_some_and(|t| t.word == "?")
            && self.hedges.iter().any(|h| h.class == Class::Adverb);
        // a short line of doubt or a lone condition after the decision:
        // "I don't know.", "Who knows.", "Unless something falls through."
        let words = self.tokens.iter().filter(|t| t.is_word()).count();
        let shrug = words <= 4 && (follows("not", "know") || follows("who", "knows"))
            || words <= 6
                && self.clauses.first().is_some_and(|c| c.conditional())
                && self.clauses.len() == 1;
        doubt || question || shrug
    }

    /// Whether the sentence asks to move the interview (a reschedule frame).
    pub fn asks_to_move(&self) -> bool {
        self.frames.iter().any(|f| f.kind == FrameKind::Reschedule)
    }

    /// Whether the sentence keeps the writer's attendance open after all,
    /// where the message has decided: a verb of coming or going on, said
    /// by the writer, not negated, under a modal, a "maybe" or a condition
    /// ("might still pop along if I've nothing on", "I could maybe still
    /// hop on?", "if platelets improve I will try to come", "if it can be
    /// 32 I can sit for the technical round"), or waiting to see ("will
    /// see how I feel on Sunday", "just to keep my options open"). Returns
    /// the token where the clause that does it starts.
    pub fn reopens_attendance(&self) -> Option<usize> {
        let t = &self.tokens;
        let w = |k: usize| t.get(k).map(|x| x.word.as_str());
        // "see how I feel", "see how it goes", "keep my options open",
        // "wait and see"
        for k in 0..t.len() {
            // (not a feeling about what they would be shown: "I'd hate to
            // see how it treats its drivers")
            let felt = k >= 2
                && w(k - 1) == Some("to")
                && matches!(
                    w(k - 2),
                    Some("hate" | "love" | "dread" | "shudder" | "like" | "curious" | "sad")
                );
            let waits = w(k) == Some("see")
                && !felt
                && matches!(w(k + 1), Some("how" | "what" | "if" | "whether"))
                || w(k) == Some("options") && w(k + 1) == Some("open")
                || w(k) == Some("wait") && w(k + 1) == Some("and") && w(k + 2) == Some("see")
                // "I dont know, I will see."
                || w(k) == Some("see")
                    && k > 0
                    && matches!(w(k - 1), Some("will" | "shall"))
                    && !w(k + 1).is_some_and(|n| n.chars().any(char::is_alphanumeric))
                // "either way let me know": the reader is to settle it
                || w(k) == Some("either") && w(k + 1) == Some("way") && {
                    (k + 2..t.len()).any(|j| w(j) == Some("know") || w(j) == Some("lmk"))
                };
            if waits {
                return Some(self.clause_start(k));
            }
        }
        for (k, x) in t.iter().enumerate() {
            // a verb of coming, with the particle that makes it one
            let next = w(k + 1);
            let come = match x.lemma.as_str() {
                "come" => !matches!(next, Some("or" | "across" | "from")),
                "attend" | "join" | "hop" | "pop" | "continu" | "proceed" => true,
                "turn" | "show" => next == Some("up"),
                "sit" => matches!(next, Some("for" | "in" | "the")),
                // "... and I will go, no problem", "let me know and I go."
                "go" => {
                    matches!(next, Some("ahead" | "along" | "in" | "to"))
                        || !next.is_some_and(|n| n.chars().any(char::is_alphanumeric))
                }
                // (not "we can make it work", "make it happen")
                _ => {
                    x.word == "make"
                        && next == Some("it")
                        && !matches!(
                            w(k + 2),
                            Some(
                                "work"
                                    | "happen"
                                    | "easier"
                                    | "harder"
                                    | "clear"
                                    | "known"
                                    | "right"
                                    | "up"
                                    | "through"
                                    | "official"
                                    | "sound"
                            )
                        )
                }
            };
            if !come {
                continue;
            }
            let c = self
                .clauses
                .iter()
                .position(|c| c.tokens.contains(&k))
                .unwrap_or(0);
            let from = self.clauses[c].tokens.start;
            let before = &t[from..k];
            // the writer's: "I", or no subject at all in a text ("might
            // still pop along")
            // the nearest subject before the verb decides: "if it can be
            // 32 I can sit for the round" is the writer's
            let others = before
                .iter()
                .rev()
                .find(|y| {
                    matches!(
                        y.word.as_str(),
                        "i" | "we" | "you" | "they" | "he" | "she" | "someone" | "it"
                    )
                })
                .is_some_and(|y| !matches!(y.word.as_str(), "i" | "we"));
            let negated = before.iter().rev().take(4).any(|y| {
                matches!(
                    y.word.as_str(),
                    "not" | "never" | "no" | "unable" | "cannot"
                )
            });
            if others || negated {
                continue;
            }
            let modal = before.iter().rev().take(5).any(|y| {
                matches!(
                    y.word.as_str(),
                    "might" | "may" | "could" | "maybe" | "perhaps" | "try" | "still" | "possibly"
                )
            });
            // "should management see reason to review it, I will ...": a
            // condition put first with "should"
            let inverted = t.iter().enumerate().any(|(j, y)| {
                y.word == "should"
                    && (j == 0 || matches!(t[j - 1].word.as_str(), "," | "however" | "but" | "and"))
                    && t.get(j + 1).is_some_and(|n| {
                        n.is_word() && !matches!(n.word.as_str(), "i" | "we" | "not" | "be")
                    })
            });
            let condition = self.clauses.iter().any(|c| c.conditional())
                || inverted
                || t.iter().any(|y| matches!(y.word.as_str(), "if" | "unless"));
            // "I will be most delighted to attend", "I would gladly
            // reconsider and come in" after a bargain's condition
            let reach = if self.negotiates().is_some() { 6 } else { 3 };
            let can = before
                .iter()
                .rev()
                .take(reach)
                .any(|y| matches!(y.word.as_str(), "can" | "will" | "would"))
                // "if they can do that let me know and I go": the present
                // for the future, as in many first languages
                || k > 0
                    && t[k - 1].word == "i"
                    && matches!(x.lemma.as_str(), "go" | "come")
                    && !next.is_some_and(|n| n.chars().any(char::is_alphanumeric));
            if modal || condition && can {
                // from the condition when it comes first ("if platelets
                // improve I will try to come")
                let start = self
                    .clauses
                    .iter()
                    .take(c + 1)
                    .rev()
                    .take_while(|cl| cl.tokens.start >= from || cl.conditional())
                    .last()
                    .map_or(from, |cl| cl.tokens.start.min(from));
                return Some(start);
            }
        }
        None
    }

    fn clause_start(&self, k: usize) -> usize {
        self.clauses
            .iter()
            .find(|c| c.tokens.contains(&k))
            .map_or(0, |c| c.tokens.start)
    }

    /// Whether the sentence leaves the door open: future contact or
    /// consideration ("I'd love to hear about anything in the new year",
    /// "if another spot comes up I'd like to be considered", "let's keep
    /// in touch"). Read as a verb of contact or consideration with a cue
    /// of the future, or one of the fixed ways of saying it.
    pub fn opens_door(&self) -> bool {
        *self.door.get_or_init(|| self.read_open_door())
    }

    fn read_open_door(&self) -> bool {
        let words: Vec<&Token> = self.tokens.iter().filter(|t| t.is_word()).collect();
        let has = |w: &str| words.iter().any(|t| t.word == w);
        let pair = |a: &str, b: &str| words.windows(2).any(|p| p[0].word == a && p[1].word == b);
        // "stay in touch", "keep in touch", "feel free to get in touch";
        // not "thank you for getting in touch"
        let in_touch = words.windows(3).any(|p| {
            p[1].word == "in"
                && p[2].word == "touch"
                && (matches!(p[0].lemma.as_str(), "stay" | "keep" | "remain" | "be")
                    || p[0].word == "get" && !has("thank") && !has("thanks"))
        });
        let idiom = in_touch && !has("not")
            || pair("touch", "base")
            || pair("in", "mind") && words.iter().any(|t| t.lemma == "keep" || t.lemma == "bear")
            || pair("on", "file")
            || pair("paths", "cross")
            || has("linkedin")
            // "keep me posted on anything else", "keep me in the loop"
            || words.windows(3).any(|p| {
                p[0].lemma == "keep"
                    && p[1].word == "me"
                    && matches!(p[2].word.as_str(), "posted" | "updated" | "informed" | "in")
            })
            // "I'll give you a bell / a ring / a shout"
            || words.windows(4).any(|p| {
                p[0].lemma == "give"
                    && matches!(p[1].word.as_str(), "you" | "us" | "me")
                    && p[2].word == "a"
                    && matches!(p[3].word.as_str(), "bell" | "ring" | "shout" | "buzz" | "call")
            });
        // a meeting offered as friends do: "catch up for a beer soon?",
        // "let's grab lunch when you're next in Texas", "coffee sometime?"
        let social = pair("catch", "up") && !has("on")
            || words.iter().any(|t| {
                matches!(
                    t.word.as_str(),
                    "coffee" | "lunch" | "beer" | "beers" | "drink" | "drinks" | "pint" | "cuppa"
                )
            }) && (words
                .iter()
                .any(|t| matches!(t.lemma.as_str(), "grab" | "get" | "have"))
                || has("sometime")
                || has("soon"))
                && !has("thank")
                && !has("thanks");
        if idiom || social {
            return true;
        }
        // taking it up again on a condition or later: "if that policy is
        // ever relaxed, I'd be glad to reopen the conversation", "lmk and
        // I'd jump back in", "let me know and we can pick it back up"
        let again = words
            .iter()
            .any(|t| matches!(t.lemma.as_str(), "reopen" | "revisit"))
            || words.windows(2).any(|p| {
                matches!(
                    p[0].lemma.as_str(),
                    "jump" | "pick" | "come" | "circl" | "loop"
                ) && matches!(p[1].word.as_str(), "back" | "it" | "this")
                    && words.iter().any(|t| t.word == "back")
            });
        let invited = words
            .windows(3)
            .any(|p| p[0].word == "let" && p[1].word == "me" && p[2].word == "know")
            || has("lmk");
        let condition = words.iter().any(|t| {
            matches!(
                t.word.as_str(),
                "if" | "once" | "whenever" | "ever" | "when"
            )
        });
        // ("let me know if you have any questions / need anything else":
        // help offered, no door)
        let questions = words
            .iter()
            .any(|t| matches!(t.word.as_str(), "question" | "questions" | "queries"))
            || words
                .iter()
                .any(|t| matches!(t.lemma.as_str(), "need" | "requir"));
        if (again || invited) && condition && !questions {
            return true;
        }
        let contact = words.iter().any(|t| {
            matches!(
                t.lemma.as_str(),
                "contact"
                    | "hear"
                    | "reach"
                    | "connect"
                    | "consid"
                    | "appli"
                    | "work"
                    | "cross"
                    | "talk"
                    | "speak"
                    | "meet"
                    | "revisit"
                    | "reconnect"
                    | "collabor"
                    | "chat"
                    | "email"
                    | "text"
                    | "txt"
                    | "messag"
                    | "msg"
                    | "call"
                    | "ring"
                    | "approach"
                    | "join"
                    | "interview"
                    | "reopen"
            )
        }) || words.iter().any(|t| matches!(t.word.as_str(), "write" | "wrote"))
            || has("open") && (has("to") || has("for"))
            // "maybe see you at the next workshop", not "I see that ..."
            || pair("see", "you")
            // "I'll come by and say hello"
            || pair("say", "hello")
            || pair("say", "hi")
            || words.windows(2).any(|p| {
                matches!(p[0].lemma.as_str(), "come" | "drop" | "stop" | "pop" | "swing")
                    && p[1].word == "by"
            })
            || pair("let", "me") && has("know")
            || pair("try", "again")
            // "ask if he's got anything else at Director level", "I'd be
            // keen on any part-time evening roles"
            || words.windows(2).any(|p| {
                p[0].lemma == "ask"
                    && matches!(
                        p[1].word.as_str(),
                        "if" | "whether" | "about" | "her" | "him" | "them" | "to" | "is" | "are"
                    )
            })
            || words
                .iter()
                .any(|t| matches!(t.word.as_str(), "keen" | "interested"))
                && !words
                    .iter()
                    .any(|t| matches!(t.word.as_str(), "not" | "no" | "never" | "longer"));
        // "I hope we can continue to meet at the seminars"
        let going_on = words.windows(3).any(|p| {
            p[0].lemma == "continu"
                && p[1].word == "to"
                && matches!(
                    p[2].lemma.as_str(),
                    "meet" | "see" | "talk" | "speak" | "connect" | "chat" | "collabor"
                )
        });
        // "if I'm ever back in town", not "the worst I have ever had"
        // "should a more senior vacancy arise", "if a post becomes
        // available"
        // another one, not this one back ("about the opening if it's
        // still available" hedges the decision on this role)
        let this_one = words.windows(2).any(|p| {
            matches!(p[0].word.as_str(), "the" | "this" | "that")
                && matches!(
                    p[1].word.as_str(),
                    "opening" | "role" | "position" | "job" | "vacancy" | "post"
                )
        }) || has("still");
        let arises = !this_one
            && words
                .iter()
                .any(|t| matches!(t.word.as_str(), "arise" | "arises" | "available"));
        let ever = (has("ever") || arises) && (has("if") || has("should") || has("when"));
        let future = words.iter().enumerate().any(|(k, t)| {
            let next = words.get(k + 1).map(|n| n.word.as_str());
            // ("a few days later my GP said": told after a span of time,
            // the past)
            let told_after = k > 0
                && matches!(
                    words[k - 1].word.as_str(),
                    "days" | "weeks" | "months" | "years" | "hours" | "minutes" | "moments"
                );
            matches!(
                t.word.as_str(),
                "again"
                    | "future"
                    | "someday"
                    | "sometime"
                    | "eventually"
                    | "opportunities"
                    | "openings"
                    | "vacancies"
                    | "roles"
                    | "positions"
            ) || t.word == "later" && !told_after
                // "down the line", not "before anyone came down"
                || t.word == "down"
                    && (next == Some("the") || next == Some("tha"))
                    && words.get(k + 2).is_some_and(|n| {
                        matches!(n.word.as_str(), "line" | "road" | "track" | "way" | "pike")
                    })
                || t.word == "next"
                && matches!(
                    next,
                    Some(
                        "year"
                            | "time"
                            | "round"
                            | "opening"
                            | "cycle"
                            | "spring"
                            | "summer"
                            | "autumn"
                            | "fall"
                            | "winter"
                    )
                )
                || t.word == "new" && next == Some("year")
                || t.word == "one" && next == Some("day")
                || matches!(
                    t.word.as_str(),
                    "another" | "other" | "similar" | "suitable" | "different"
                ) && matches!(
                    next,
                    Some(
                        "role"
                            | "roles"
                            | "opening"
                            | "position"
                            | "positions"
                            | "opportunity"
                            | "time"
                            | "spot"
                            | "vacancy"
                            | "team"
                            | "site"
                            | "occasion"
                            | "occasions"
                            | "chance"
                            | "chances"
                    )
                )
                // "at the next workshop", not "next week" (a day to move to)
                || t.word == "next"
                    && next.is_some_and(|n| {
                        !frames::is_day(n)
                            && !matches!(
                                n,
                                "week" | "month" | "day" | "few" | "couple" | "steps" | "step"
                                    | "stage" | "interview"
                            )
                    })
                // "if anything comes up", not "something's come up" nor
                // "if there is anything else you need"
                || matches!(t.word.as_str(), "anything" | "something")
                    && !words
                        .iter()
                        .any(|u| matches!(u.lemma.as_str(), "need" | "requir" | "help"))
                    && words
                        .iter()
                        .any(|u| matches!(u.word.as_str(), "if" | "when" | "should" | "once" | "whenever"))
                    && words.iter().any(|u| {
                        matches!(
                            u.word.as_str(),
                            "comes" | "come" | "opens" | "suitable" | "else"
                        )
                    })
        });
        // "please stop calling me about roles", "don't contact me again"
        let refused = has("stop")
            // "if she asks, no, not interested in any other role"; not
            // "not interested in this job, maybe next time"
            || (pair("not", "interested") || pair("no", "interest"))
                && words.iter().any(|t| {
                    matches!(
                        t.word.as_str(),
                        "other" | "any" | "anything" | "future" | "more" | "roles"
                    )
                })
            || words.windows(3).any(|p| {
                matches!(p[0].word.as_str(), "not" | "never")
                    && (matches!(p[1].lemma.as_str(), "contact" | "call" | "messag" | "email")
                        || matches!(p[2].lemma.as_str(), "contact" | "call" | "messag" | "email"))
            });
        // "I will think more this week and call you again": the decision
        // put off, and the call is to give it
        let deciding = self.hedges.iter().any(|h| {
            h.class == hedges::Class::Deferral
                && matches!(self.tokens[h.cue.start].word.as_str(), "think" | "reflect")
        });
        (contact && (future || ever) || going_on) && !refused && !deciding
    }

    /// The condition clause of a sentence that bargains: a condition on
    /// what the employer offers (pay, hybrid or remote work, the figure, a
    /// location) with the writer's openness to think again ("if the fixed
    /// pay can be revised, I'd be open to revisiting this"), or an "unless"
    /// on such terms. Returns the condition's tokens.
    pub fn negotiates(&self) -> Option<Range<usize>> {
        let words = &self.tokens;
        // "if you can cover it / the transport", not "weekend cover" or "to
        // cover holidays"
        let cover_costs = words.windows(2).any(|p| {
            p[0].word == "cover"
                && matches!(
                    p[1].word.as_str(),
                    "it" | "the"
                        | "my"
                        | "costs"
                        | "cost"
                        | "travel"
                        | "transport"
                        | "fare"
                        | "expenses"
                )
        });
        let term = |t: &Token| {
            matches!(
                t.word.as_str(),
                "salary"
                    | "pay"
                    | "package"
                    | "offer"
                    | "remote"
                    | "hybrid"
                    | "relocation"
                    | "hike"
                    | "ctc"
                    | "lpa"
                    | "lakh"
                    | "lakhs"
                    | "bonus"
                    | "fixed"
                    | "figure"
                    | "rate"
                    | "budget"
                    | "compensation"
                    | "base"
                    | "money"
                    | "increase"
                    | "raise"
                    | "match"
                    | "revise"
                    | "better"
                    | "higher"
                    | "flexible"
                    | "flexibility"
                    | "based"
                    | "market"
                    | "allowance"
                    | "equity"
                    | "stipend"
                    | "wfh"
                    | "title"
                    | "grade"
                    | "band"
                    | "wiggle"
                    | "remuneration"
                    | "wage"
                    | "wages"
                    | "upward"
                    | "upwards"
                    // what the writer's attendance would cost them: "if you
                    // can cover the transport", "refund the bus fare"
                    | "refund"
                    | "reimburse"
                    | "transport"
                    | "accommodation"
            ) || t.word.starts_with(['£', '$', '€', '₦', '₹', '¥'])
                || t.word == "cover" && cover_costs
                || t.word.ends_with('$')
                || t.kind == tokens::Kind::Number && t.word.len() >= 2
                || t.word.ends_with('k') && t.word.starts_with(|c: char| c.is_ascii_digit())
        };
        let open = |t: &Token| {
            matches!(
                t.lemma.as_str(),
                "reconsid"
                    | "consid"
                    | "talk"
                    | "chat"
                    | "revisit"
                    | "evalu"
                    | "differ"
                    | "willing"
                    | "happi"
                    | "happili"
                    | "glad"
                    | "open"
                    | "interest"
                    | "back"
                    | "continu"
                    | "attend"
                    | "proceed"
                    | "discuss"
                    | "explor"
                    | "take"
                    | "keen"
                    | "eager"
                    // "we can sign next week, no problem"
                    | "sign"
            ) || t.word == "again"
                || t.word == "know"
                || t.word == "touch"
        };
        // a note to ask for a better term: "Ask if they'd go to £38k
        // instead?", "ask whether they could do four days"
        if let Some(k) = (0..words.len()).find(|&k| {
            words[k].lemma == "ask"
                && words[k + 1..(k + 4).min(words.len())]
                    .iter()
                    .any(|t| matches!(t.word.as_str(), "if" | "whether"))
        }) {
            let rest = &words[k + 1..];
            let modal = rest.iter().take(5).any(|t| {
                matches!(
                    t.word.as_str(),
                    "would" | "could" | "can" | "will" | "might" | "had"
                )
            });
            // (the writer asking to move the interview is a request of
            // their own: "I would like to ask whether we could move it",
            // "asks whether the committee could meet on March 17")
            let writer = words[..k]
                .iter()
                .any(|t| matches!(t.word.as_str(), "i" | "he" | "she"));
            let moving = rest.iter().any(|t| {
                matches!(
                    t.lemma.as_str(),
                    "move" | "meet" | "reschedul" | "slot" | "interview" | "date" | "time" | "day"
                )
            });
            let asked_for = |t: &Token| term(t) && t.kind != tokens::Kind::Number;
            if modal && !writer && !moving && rest.iter().any(asked_for) {
                let c = self
                    .clauses
                    .iter()
                    .find(|c| c.tokens.contains(&k))
                    .map_or(k..words.len(), |c| c.tokens.start..words.len());
                return Some(c);
            }
        }
        for (ci, c) in self.clauses.iter().enumerate() {
            let mut r = c.tokens.clone();
            // "if ...", "unless ...", "provided ...", and the inverted "were
            // the role able to be based in Leeds, ..."
            // ("However, should management review it upward, ...")
            let lead = words[r.clone()]
                .iter()
                .take_while(|t| matches!(t.word.as_str(), "however" | "but" | "and" | ","))
                .count();
            // ("Had a proper look at the pay and ..." is a text's past
            // tense, no condition)
            let inverted = words
                .get(r.start + lead)
                .is_some_and(|t| matches!(t.word.as_str(), "were" | "should" | "had"))
                && !(words[r.start + lead].word == "had"
                    && words.get(r.start + lead + 1).is_some_and(|t| {
                        matches!(
                            t.word.as_str(),
                            "a" | "an" | "some" | "another" | "to" | "just" | "been" | "no"
                        )
                    }))
                && r.len() > 3 + lead;
            // "except you can offer at least 68.000 €": "except" with a
            // subject and a modal is "unless"
            let except = r.clone().find(|&k| {
                words[k].word == "except"
                    && words.get(k + 1).is_some_and(|t| {
                        matches!(t.word.as_str(), "you" | "they" | "if" | "the" | "your")
                    })
                    && words[k + 1..(k + 5).min(r.end)].iter().any(|t| {
                        matches!(t.word.as_str(), "can" | "could" | "will" | "would" | "if")
                    })
            });
            if let Some(k) = except {
                r.start = k;
            }
            // "But if they can make the housing 3500 ...": a condition
            // after "but" or "however" is still one
            let after_lead = words.get(r.start + lead).map(|t| t.word.as_str());
            let led = lead > 0 && matches!(after_lead, Some("if" | "unless"));
            let conditional = c.conditional() || inverted || except.is_some() || led;
            // a condition goes on in a clause joined by "and" or "or":
            // "if there's any wiggle room and you could get it up to $130k"
            let goes_on = self.clauses[ci + 1..]
                .iter()
                .take_while(|d| matches!(d.opener, Some("and" | "or")))
                .fold(r.clone(), |acc, d| acc.start..d.tokens.end);
            if !conditional {
                continue;
            }
            if !words[goes_on.clone()].iter().any(term) {
                // no term named: a bargain all the same when the condition
                // is theirs to meet ("if the team could do two days a week
                // in the office", "if Harborview were in a position to put
                // something comparable on the table", "if there's an
                // alternative") and the writer would go on for it ("I'd be
                // glad to keep going", "I'd genuinely be open to
                // revisiting")
                if theirs_to_meet(words, goes_on) && goes_on_for_it(words, r.clone()) {
                    return Some(r);
                }
                continue;
            }
            // "if a role based nearer home ever becomes available": a door
            // left open to another role, not a bargain over this one
            let another_role = words[r.clone()].iter().any(|t| {
                matches!(
                    t.word.as_str(),
                    "role"
                        | "roles"
                        | "position"
                        | "positions"
                        | "opening"
                        | "openings"
                        | "vacancy"
                        | "vacancies"
                        | "job"
                        | "jobs"
                        | "opportunity"
                        | "opportunities"
                        | "something"
                        | "anything"
                )
            }) && words[r.clone()].iter().any(|t| {
                matches!(
                    t.word.as_str(),
                    "available"
                        | "comes"
                        | "come"
                        | "opens"
                        | "arises"
                        | "crops"
                        | "becomes"
                        | "have"
                        | "has"
                        | "advertise"
                        | "advertises"
                )
            });
            if another_role {
                continue;
            }
            // "..., I will be there", "I'd come", "then I am ready to
            // come": the writer's coming, not the offer's ("if the
            // counter-offer doesn't come through", "if they can come in
            // north of $210K")
            let writer_before = |k: usize| {
                words[k.saturating_sub(4)..k].iter().any(|t| t.word == "i")
                    || r.end <= k && words[r.end..k].iter().any(|t| t.word == "i")
            };
            // ("the only thing that would change my mind is if ...")
            let there = (0..words.len()).any(|k| {
                writer_before(k)
                    && (words[k].lemma == "come"
                        // "then call me and I will go, no problem"
                        || words[k].lemma == "go"
                            && words[k].word != "gonna"
                            && match words.get(k + 1).map(|t| t.word.as_str()) {
                                None => true,
                                Some("ahead" | "along" | "in" | "through" | "na") => true,
                                Some("to") => words.get(k + 2).is_some_and(|t| {
                                    matches!(t.word.as_str(), "the" | "it" | "that" | "interview")
                                }),
                                Some(w) => !w.chars().any(char::is_alphanumeric),
                            }
                        || words[k].word == "be"
                            && words.get(k + 1).is_some_and(|t| t.word == "there")
                        // "then I do the interview", "I'll do it"
                        || words[k].lemma == "do"
                            && words[k + 1..(k + 3).min(words.len())]
                                .iter()
                                .any(|t| t.word == "interview"))
                    || words[k].lemma == "chang"
                        && words.get(k + 2).is_some_and(|t| t.word == "mind")
                    // "if you can get it to 95 I'm in!!"
                    || words[k].word == "in"
                        && k >= 2
                        && words[k - 1].word == "am"
                        && words[k - 2].word == "i"
                        && words.get(k + 1).is_none_or(|t| t.kind == tokens::Kind::Punct)
            });
            if c.opener == Some("unless")
                || words.iter().any(open)
                || there
                || goes_on_for_it(words, r.clone())
            {
                return Some(r);
            }
        }
        self.names_a_floor()
    }

    /// A figure the writer will not go below, said as a refusal: "I'm not
    /// going to move for less than $130,000", "I won't consider anything
    /// under 90k". Naming one's price asks the employer to meet it; "the
    /// salary is below what I need" gives a reason and names none.
    fn names_a_floor(&self) -> Option<Range<usize>> {
        let words = &self.tokens;
        let w = |k: usize| words.get(k).map_or("", |t| t.word.as_str());
        let figure = |t: &Token| {
            t.word.starts_with(['£', '$', '€', '₦', '₹', '¥'])
                || t.word.ends_with('k') && t.word.starts_with(|c: char| c.is_ascii_digit())
                || t.kind == tokens::Kind::Number && t.word.len() >= 4
        };
        self.clauses.iter().find_map(|c| {
            let r = c.tokens.clone();
            let refused = r.clone().any(|k| {
                w(k) == "i"
                    && (k + 1..(k + 4).min(r.end))
                        .any(|j| matches!(w(j), "not" | "never" | "cannot" | "wont" | "cant"))
            });
            let floor = r.clone().any(|k| {
                (w(k) == "less" && w(k + 1) == "than" || matches!(w(k), "under" | "below"))
                    && words[k + 1..(k + 4).min(r.end)].iter().any(figure)
            });
            (refused && floor).then_some(r)
        })
    }

    /// An excuse with no content: something indefinite that came up or is
    /// going on ("something's come up", "stuff going on at home", "things
    /// have been crazy", "due to some issues at my end"). Returns the
    /// tokens of the excuse. "For personal reasons" is a reason, not this.
    pub fn vague_excuse(&self) -> Option<Range<usize>> {
        let t = &self.tokens;
        let w = |k: usize| t.get(k).map(|x| x.word.as_str());
        for k in 0..t.len() {
            let indefinite = matches!(
                w(k),
                Some(
                    "something"
                        | "stuff"
                        | "things"
                        | "matters"
                        | "issues"
                        | "circumstances"
                        | "commitments"
                        | "situations"
                        | "situation"
                )
            );
            if !indefinite {
                continue;
            }
            // some, certain, a few, a number of, various, personal stuff
            let vague_before = (k.saturating_sub(3)..k).any(|j| {
                matches!(
                    w(j),
                    Some(
                        "some"
                            | "certain"
                            | "few"
                            | "various"
                            | "number"
                            | "personal"
                            | "private"
                            | "other"
                            | "family"
                    )
                )
            }) || matches!(w(k), Some("something" | "stuff" | "things"));
            // came up, arisen, going on, happening, been crazy, a lot
            let event = (k + 1..(k + 6).min(t.len())).any(|j| {
                matches!(
                    t[j].lemma.as_str(),
                    "come"
                        | "aris"
                        | "happen"
                        | "crop"
                        | "pop"
                        | "go"
                        | "crazi"
                        | "hectic"
                        | "nut"
                        | "lot"
                        | "mad"
                        | "chaotic"
                        | "busi"
                        | "insan"
                        | "wild"
                        | "pile"
                ) || matches!(w(j), Some("end" | "home" | "side"))
                    && (j >= 1 && matches!(w(j - 1), Some("my" | "at" | "on")))
                    // "some private matters appeared", "some things I need
                    // to attend to / deal with / sort out"
                    || t[j].lemma.starts_with("appear")
                    // (not "a few personal things I'm sorting out", which
                    // says as much as "personal reasons")
                    || matches!(t[j].lemma.as_str(), "attend" | "deal" | "sort" | "handl")
                        && matches!(w(j + 1), Some("to" | "with" | "out") | None)
                        && !(k.saturating_sub(3)..k)
                            .any(|m| matches!(w(m), Some("personal" | "family")))
            });
            // "due to some issues", "owing to circumstances"
            let cause = (k.saturating_sub(4)..k).any(|j| matches!(w(j), Some("due" | "owing")));
            // a named cause after it makes it concrete ("something came up
            // with my mother's surgery")
            // ("hectic w finals", "crazy with the move"; not "with
            // everything going on")
            let named = (k + 1..(k + 8).min(t.len())).any(|j| {
                matches!(w(j), Some("with" | "w" | "regarding" | "involving"))
                    && ((j + 1..(j + 4).min(t.len())).any(|m| matches!(w(m), Some("my" | "our")))
                        || w(j + 1).is_some_and(|n| {
                            !matches!(
                                n,
                                "everything"
                                    | "stuff"
                                    | "things"
                                    | "life"
                                    | "it"
                                    | "all"
                                    | "that"
                                    | "this"
                                    | "some"
                                    | "a"
                                    | "work"
                            )
                        }))
            });
            // "I know these things happen", "such things happen": things
            // in general, granted to them, not the writer's excuse
            let granted = k >= 1 && matches!(w(k - 1), Some("these" | "those" | "such"));
            // "unless there's something coming up later in the year", "if
            // anything comes up": an opening wished for, no excuse
            let supposed = (k.saturating_sub(3)..k)
                .any(|j| matches!(w(j), Some("if" | "unless" | "whenever" | "once" | "should")));
            if vague_before && (event || cause) && !named && !granted && !supposed {
                let end = (k + 1..(k + 6).min(t.len()))
                    .rfind(|&j| t[j].is_word())
                    .map_or(k + 1, |j| j + 1);
                let start = (k.saturating_sub(2)..k)
                    .find(|&j| matches!(w(j), Some("some" | "certain" | "due" | "owing")))
                    .unwrap_or(k);
                return Some(start..end);
            }
        }
        None
    }

    /// What the first private detail of [`Reading::private_detail`] is
    /// about.
    pub fn private_kind(&self) -> Option<Private> {
        self.private_detail().and_then(|k| {
            private_field(&self.tokens[k].word)
                .or_else(|| injured_part(&self.tokens, k).then_some(Private::Health))
        })
    }

    /// Private detail an employer need not hear: a concrete word of health,
    /// family conflict, money trouble or housing, told of the writer or
    /// their family ("my mother was admitted to hospital", "I've got some
    /// debts", "my brother isn't speaking to us"). "For family reasons" or
    /// "health reasons" stays general and is fine. Returns the word's token.
    pub fn private_detail(&self) -> Option<usize> {
        let t = &self.tokens;
        let personal = t.iter().any(|x| is_personal(&x.word));
        if !personal {
            return None;
        }
        let general = t.iter().any(|x| x.word == "reasons" || x.word == "reason");
        // a word of a capitalised name ("Harrogate District Hospital",
        // "the Day Surgery Unit") names a place, not an illness
        let part_of_name = |k: usize| {
            t[k].capital && (k > 0 && t[k - 1].capital || t.get(k + 1).is_some_and(|n| n.capital))
        };
        // "a position at the hospital there", "she works at the surgery":
        // a workplace, not a stay in one
        let workplace = |k: usize| {
            let clause = self.clauses.iter().find(|c| c.tokens.contains(&k));
            clause.is_some_and(|c| {
                let words = &t[c.tokens.clone()];
                words.iter().enumerate().any(|(j, y)| {
                    // "I work at the hospital", not "household work"
                    y.word == "work"
                        && words
                            .get(j + 1)
                            .is_some_and(|n| matches!(n.word.as_str(), "at" | "in" | "for"))
                        || matches!(
                            y.word.as_str(),
                            "position"
                                | "job"
                                | "role"
                                | "post"
                                | "works"
                                | "working"
                                | "worked"
                                | "nurse"
                                | "shift"
                                | "shifts"
                                | "vacancy"
                                | "employed"
                                | "employer"
                                | "contract"
                                | "placement"
                                | "promotion"
                                | "roster"
                                | "rota"
                                | "colleagues"
                                | "offer"
                                | "hours"
                                | "experience"
                                | "setting"
                                | "pharmacy"
                                | "agency"
                                | "salary"
                                | "interview"
                                | "resident"
                                | "cover"
                                | "covering"
                                | "staffing"
                                | "staffed"
                                | "float"
                                | "floating"
                        )
                })
            }) || {
                // "her hospital in Seoul", "my current hospital": where
                // someone works (a patient is "in hospital")
                let owner =
                    |j: usize| matches!(t[j].word.as_str(), "my" | "her" | "his" | "our" | "their");
                k >= 1
                    && (owner(k - 1)
                        || matches!(t[k - 1].word.as_str(), "current" | "old" | "new")
                            && k >= 2
                            && owner(k - 2))
            }
        };
        t.iter()
            .enumerate()
            .position(|(k, x)| {
                let w = x.word.as_str();
                // (childcare alone is an ordinary reason, "the rota won't
                // work with my childcare"; it adds to detail told with it)
                let field =
                    private_field(w).is_some_and(|f| f != Private::Childcare) || injured_part(t, k);
                // health or money words in a general phrase stay fine; "not
                // speaking" and "falling out" are the conflict, not the words
                let has = |word: &str| t.iter().any(|y| y.word == word);
                // a name's word, a workplace, or a general phrase's word
                // "admitted to an MA in Missiology", "admitted for a nursing
                // course": a place won, not a stay in hospital
                let course = w == "admitted"
                    && t[k + 1..(k + 6).min(t.len())].iter().any(|y| {
                        matches!(
                            y.word.as_str(),
                            "ma" | "msc"
                                | "mba"
                                | "phd"
                                | "course"
                                | "program"
                                | "programme"
                                | "university"
                                | "college"
                                | "school"
                                | "seminary"
                                | "degree"
                                | "bar"
                                | "training"
                                | "masters"
                                | "master's"
                        )
                    });
                // "a hospital appointment", "a doctor's appointment": the
                // plain reason, no detail of what it is for
                let appointment = matches!(w, "hospital" | "medical" | "surgery")
                    && t.get(k + 1).is_some_and(|y| y.word == "appointment");
                let word =
                    |j: Option<usize>| j.and_then(|j| t.get(j)).map_or("", |y| y.word.as_str());
                let (prev, prev2, next) = (
                    word(k.checked_sub(1)),
                    word(k.checked_sub(2)),
                    word(Some(k + 1)),
                );
                // words with an everyday sense: "a clear breakdown of the
                // package", "called out to a breakdown at the plant", "any
                // scheduling headaches", "the Wardha bypass", "the
                // Department of Surgery", "at the surgery" (a practice)
                let everyday = match w {
                    "breakdown" => {
                        next == "of"
                            || !(matches!(
                                prev,
                                "nervous" | "mental" | "emotional" | "complete" | "total" | "my"
                            ) || prev == "a"
                                && matches!(prev2, "had" | "have" | "having" | "suffered"))
                    }
                    "headaches" | "headache" => matches!(
                        prev,
                        "scheduling"
                            | "logistical"
                            | "admin"
                            | "administrative"
                            | "any"
                            | "extra"
                            | "unnecessary"
                            | "these"
                            | "those"
                            | "some"
                    ),
                    "bypass" => {
                        !matches!(
                            prev,
                            "heart"
                                | "cardiac"
                                | "triple"
                                | "double"
                                | "quadruple"
                                | "gastric"
                                | "coronary"
                        ) && !matches!(next, "surgery" | "operation")
                    }
                    "surgery" => {
                        prev == "the" && prev2 == "at"
                            || t[k].capital && prev == "of" && k >= 2 && t[k - 2].capital
                    }
                    "hospital" => prev == "your",
                    _ => false,
                };
                // a clinical word that names a job, a team or a service:
                // "how your therapists run the rehab gym", "an ultrasound
                // fellowship", "three therapists who worked in your rehab
                // department" ("my therapist", "in rehab after my surgery"
                // stay private)
                let service = matches!(
                    next,
                    "fellowship"
                        | "department"
                        | "dept"
                        | "gym"
                        | "unit"
                        | "team"
                        | "staff"
                        | "director"
                        | "manager"
                        | "program"
                        | "programme"
                        | "services"
                        | "service"
                        | "floor"
                        | "ward"
                        | "wing"
                        | "tech"
                        | "techs"
                        | "residency"
                        | "rotation"
                        | "coordinator"
                        | "aide"
                        | "aides"
                        | "nurse"
                        | "nurses"
                        | "role"
                        | "position"
                        | "job"
                        | "post"
                        | "side"
                        | "caseload"
                ) || matches!(
                    w,
                    "therapist" | "therapists" | "physiotherapist" | "physiotherapists"
                ) && !matches!(prev, "my" | "his" | "her" | "our" | "their");
                let not_private = part_of_name(k)
                    || service
                    || everyday
                    || matches!(w, "hospital" | "surgery" | "icu") && workplace(k)
                    || general && matches!(w, "sick" | "illness" | "afford")
                    || course
                    || appointment;
                field
                    && !not_private
                    && (w != "speaking" || has("not"))
                    && (w != "falling" || has("out"))
            })
            .filter(|&k| {
                // told of the writer or their family, in the same clause: "the
                // staff seemed burned out" is about them; a clinical word
                // in a sentence about the writer ("It's the herniated disc
                // from when I was lifting a client") is theirs anyway
                let clause = self.clauses.iter().find(|c| c.tokens.contains(&k));
                let clinical = is_clinical(&t[k].word);
                // (the writer's own just before it: "they found I have
                // kidney stones", "they found my kidney stones")
                let own = k >= 1 && matches!(t[k - 1].word.as_str(), "my" | "his" | "her" | "our")
                    || k >= 2
                        && matches!(t[k - 2].word.as_str(), "i" | "he" | "she" | "we")
                        && matches!(t[k - 1].word.as_str(), "have" | "has" | "had" | "got");
                clause.is_some_and(|c| {
                    clinical
                        || own
                        || t[c.tokens.clone()].iter().any(|y| is_personal(&y.word))
                            && !t[c.tokens.clone()].iter().any(|y| {
                                matches!(
                                    y.word.as_str(),
                                    "staff"
                                        | "people"
                                        | "team"
                                        | "network"
                                        | "employees"
                                        | "they"
                                        | "colleagues"
                                )
                            })
                })
            })
    }

    /// A clear decision of the given kinds.
    pub fn clear(&self, kinds: &[FrameKind]) -> Option<&Frame> {
        self.frames
            .iter()
            .find(|f| kinds.contains(&f.kind) && self.hedge_over(f).is_none())
    }

    /// The byte range in the sentence of the tokens `r`.
    pub fn span(&self, r: Range<usize>) -> Range<usize> {
        match (
            self.tokens.get(r.start),
            r.end.checked_sub(1).and_then(|e| self.tokens.get(e)),
        ) {
            (Some(a), Some(b)) => a.span.start..b.span.end,
            _ => 0..0,
        }
    }

    /// The words of tokens `r` as written, for messages.
    pub fn words<'t>(&self, text: &'t str, r: Range<usize>) -> &'t str {
        let s = self.span(r);
        &text[s]
    }
}

/// The writer, or someone of theirs: "I", "my", "she", "mum", "husband".
fn is_personal(w: &str) -> bool {
    matches!(
        w,
        "my" | "i"
            | "he"
            | "she"
            | "his"
            | "her"
            | "him"
            | "we"
            | "our"
            | "me"
            | "mum"
            | "mom"
            | "dad"
            | "mother"
            | "father"
            | "brother"
            | "sister"
            | "wife"
            | "husband"
            | "partner"
            | "son"
            | "daughter"
    )
}

/// Whether the words `t` cannot stand as a sentence (see
/// [`Reading::is_fragment`]). An aside in front ("Honestly,", "To be
/// honest,", "To explain,") is passed over and what follows it judged.
fn lead_is_fragment(t: &[Token]) -> bool {
    let skip = |from: usize| {
        (from..t.len()).find(|&k| {
            t[k].is_word()
                && !matches!(
                    t[k].word.as_str(),
                    "then"
                        | "and"
                        | "also"
                        | "plus"
                        | "but"
                        | "so"
                        | "honestly"
                        | "frankly"
                        | "really"
                )
        })
    };
    let Some(mut first) = skip(0) else {
        return false;
    };
    // a short infinitive set off by a comma is an aside
    if t[first].word == "to" {
        if let Some(comma) = (first + 1..(first + 6).min(t.len())).find(|&k| t[k].word == ",") {
            match skip(comma + 1) {
                Some(k) => first = k,
                None => return false,
            }
        }
    }
    let rest = &t[first..];
    let w = rest[0].word.as_str();
    let subject = |x: &Token| {
        matches!(
            x.word.as_str(),
            "i" | "we" | "you" | "he" | "she" | "they" | "it" | "this" | "that" | "there"
        )
    };
    let gerund = w.len() >= 5
        && w.ends_with("ing")
        && !w.ends_with("thing")
        && !matches!(
            w,
            "morning" | "evening" | "during" | "bring" | "spring" | "string" | "swing" | "sting"
                // ("gonna pass" is "going to pass")
                | "going"
        );
    // a comma and then a subject: the lead was an aside and the clause
    // goes on ("Having reflected, I ...", "Given the hours, the role ...")
    let goes_on = rest.windows(2).any(|p| {
        p[0].word == ","
            && (subject(&p[1]) || matches!(p[1].word.as_str(), "my" | "our" | "the" | "your"))
    });
    if gerund {
        return !goes_on;
    }
    if w == "to" {
        // ("To be honest I was surprised": the aside without its comma)
        let honest = rest.get(1).is_some_and(|x| x.word == "be")
            && rest.get(2).is_some_and(|x| {
                matches!(
                    x.word.as_str(),
                    "honest" | "candid" | "frank" | "fair" | "clear" | "blunt"
                )
            })
            && rest.get(3).is_some_and(subject);
        return rest.get(1).is_some_and(|x| x.kind == tokens::Kind::Word) && !honest && !goes_on;
    }
    let led = matches!(
        w,
        "after"
            | "before"
            | "since"
            | "following"
            | "given"
            | "due"
            | "with"
            | "during"
            | "despite"
            | "because"
            | "as"
            | "when"
            | "while"
            | "although"
            | "though"
            | "if"
            | "unless"
            | "upon"
            | "on"
            | "in"
            | "at"
    );
    led && !rest[1..].iter().any(subject)
}

/// A condition the employer's side would meet by doing something about
/// the offer or the process: "you/they/the team/Harborview could do,
/// offer, make, put, consider, open ...", or "there's an alternative / any
/// flexibility / room". Not a request for a reply ("if you could let me
/// know", "if you have any questions").
fn theirs_to_meet(words: &[Token], r: Range<usize>) -> bool {
    let w = |k: usize| words.get(k).map_or("", |t| t.word.as_str());
    let there = r.clone().any(|k| {
        w(k) == "there"
            && matches!(w(k + 1), "is" | "was" | "were" | "'s")
            && (k + 2..(k + 6).min(r.end))
                .any(|j| matches!(w(j), "alternative" | "flexibility" | "room" | "option"))
    });
    // "if the original scope were restored", "if later the position can
    // change back to backend development": this role's terms changed for
    // the writer, a bargain even when put off till later (not "if the
    // role opens again")
    let role_changed = r.clone().any(|k| {
        matches!(
            w(k),
            "role" | "position" | "scope" | "job" | "hours" | "schedule" | "location" | "duties"
        ) && matches!(w(k.wrapping_sub(1)), "the" | "this" | "its" | "original")
            && (k + 1..(k + 5).min(r.end)).any(|j| {
                matches!(
                    words[j].lemma.as_str(),
                    "chang" | "restor" | "revert" | "revis" | "adjust" | "switch"
                )
            })
    });
    if role_changed {
        return true;
    }
    // "if there is another chance in future", "if there's ever a way our
    // firms can work together": a door left open, not a bargain
    let later = r
        .clone()
        .any(|k| matches!(w(k), "future" | "ever" | "another" | "someday" | "later"));
    if later {
        return false;
    }
    let actor = |k: usize| {
        matches!(
            w(k),
            "you" | "they" | "he" | "she" | "team" | "company" | "firm" | "manager" | "board"
        ) || words[k].capital && k > r.start && w(k) != "i"
    };
    let modal = |k: usize| {
        matches!(
            w(k),
            "can" | "could" | "would" | "will" | "were" | "are" | "is" | "was"
        )
    };
    let act = |k: usize| {
        matches!(
            words[k].lemma.as_str(),
            "do" | "offer"
                | "make"
                | "put"
                | "consid"
                | "open"
                | "give"
                | "chang"
                | "allow"
                | "accommod"
                | "get"
                | "restor"
                | "revis"
                | "improv"
                | "match"
                | "agre"
                | "extend"
                | "posit"
                | "go"
                | "meet"
                | "bump"
                | "rais"
                | "add"
                | "drop"
                | "revisit"
                | "reconsid"
                | "review"
                | "mind"
        )
    };
    // "if Mark can do Thursday": another day, asked for, is no bargain
    let a_day = r.clone().any(|k| {
        frames::is_day(w(k)) || matches!(w(k), "time" | "slot" | "date" | "o'clock" | "am" | "pm")
    });
    if a_day {
        return false;
    }
    let asks_reply = r.clone().any(|k| {
        matches!(
            w(k),
            "know" | "questions" | "question" | "send" | "share" | "need"
        )
    });
    if asks_reply {
        return false;
    }
    there
        || r.clone().any(|k| {
            actor(k)
                && (k + 1..(k + 3).min(r.end))
                    .any(|j| modal(j) && (j + 1..(j + 5).min(r.end)).any(act))
        })
}

/// The writer would go on for it, in the main clause outside the
/// condition `cond`: glad, happy, open or willing to go on, revisit or
/// reconsider, "I'm in", "I will go", "we can sign", "I'd love to be
/// considered".
fn goes_on_for_it(words: &[Token], cond: Range<usize>) -> bool {
    let w = |k: usize| words.get(k).map_or("", |t| t.word.as_str());
    (0..words.len()).filter(|k| !cond.contains(k)).any(|k| {
        matches!(
            words[k].lemma.as_str(),
            "continu" | "proceed" | "revisit" | "reconsid" | "attend" | "sign" | "resum"
        ) || matches!(w(k), "open" | "willing") && matches!(w(k + 1), "to" | "for")
            || w(k) == "keep" && w(k + 1) == "going"
            // "I'm happy to keep Friday's slot": the interview kept
            || w(k) == "keep"
                && (k + 1..k + 4).any(|j| {
                    matches!(w(j), "slot" | "interview" | "appointment" | "spot" | "place")
                })
            || w(k) == "i" && w(k + 1) == "am" && w(k + 2) == "in"
            || w(k) == "considered" && w(k.saturating_sub(1)) == "be"
            // (and "I'd still be ...", "I would definitely come")
            || w(k) == "i" && matches!(w(k + 1), "will" | "would" | "can" | "could") && {
                let v = if matches!(w(k + 2), "still" | "definitely" | "totally" | "def" | "also")
                {
                    k + 3
                } else {
                    k + 2
                };
                matches!(w(v), "come" | "go" | "join" | "be")
            }
            // "I'd still be down to chat": willing, in slang
            || w(k) == "down" && w(k.saturating_sub(1)) == "be" && matches!(w(k + 1), "to" | "for")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removal_requests_close_the_door() {
        for t in [
            "Please remove my details from your system.",
            "take me off the list pls",
            "Kindly delete my data.",
        ] {
            assert!(Reading::of(t).asks_removal(), "{t}");
        }
        for t in [
            "Please take my application as withdrawn.",
            "Thank you for taking the time to meet me.",
        ] {
            assert!(!Reading::of(t).asks_removal(), "{t}");
        }
    }

    #[test]
    fn what_is_told_of_the_past_opens_no_door_and_keeps_nothing_open() {
        for t in [
            "I sat in the lobby for forty minutes before anyone came down for the first interview.",
            "I'd hate to see how it treats its drivers if this is how it treats candidates.",
            "We sat down and did the numbers and we can make it work if I do catering.",
        ] {
            let r = Reading::of(t);
            assert!(!r.opens_door(), "door: {t}");
            assert!(r.reopens_attendance().is_none(), "attendance: {t}");
        }
        for t in [
            "If anything opens up down the line, I'd be glad to hear from you.",
            "If the truck is ever parked near your place I'll come by and say hello.",
            "ask if he's got anything else at Director level in the GTA",
            "If you have any part-time evening roles, I'd be keen to be considered.",
        ] {
            assert!(Reading::of(t).opens_door(), "{t}");
        }
        for t in [
            "Let me know if there is anything else you need from me.",
            "I'm no longer interested in other roles.",
        ] {
            assert!(!Reading::of(t).opens_door(), "{t}");
        }
        assert!(
            Reading::of("if you guys can get it closer to $22 i'd still be down to chat though")
                .negotiates()
                .is_some()
        );
    }

    #[test]
    fn a_clinical_word_that_names_a_job_or_a_service_is_no_private_detail() {
        for t in [
            "I really appreciated seeing how your therapists run the short-term rehab gym.",
            "I've decided to stay in emergency medicine and apply for an ultrasound fellowship.",
            "Watching one therapist cover the whole ICU with vents on two floors told me enough.",
        ] {
            assert_eq!(Reading::of(t).private_detail(), None, "{t}");
        }
        for t in [
            "My therapist says I need to rest for a month.",
            "I'm in rehab after my knee surgery.",
            "My mum has an appointment at the fracture clinic after her fall.",
        ] {
            assert!(Reading::of(t).private_detail().is_some(), "{t}");
        }
    }

    #[test]
    fn doubts_beside_a_decision_reopen_it() {
        for t in [
            "I am not 100% sure yet.",
            "maybe we could see how things go?",
            "I'll let you know.",
            "will lmk asap",
            "I might change my mind though.",
            "I will confirm by Friday.",
        ] {
            assert!(Reading::of(t).reopens_decision(), "{t}");
        }
        for t in [
            "I think the team is great.",
            "I have decided to withdraw my application.",
            "Thank you for your time.",
            "Maybe our paths will cross again.",
        ] {
            assert!(!Reading::of(t).reopens_decision(), "{t}");
        }
    }
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3_000))]
        /// Any text reads without a panic, and every span lies on character
        /// boundaries inside it.
        #[test]
        fn any_text_reads(text in "(I|i|not|n't|cant|for|the|time|now|let|you|know|if|unless|but|,|\\.|;|-| |might|may|sure|on|fence|withdraw|decline|me|my|name|out|take|remove|do|thu|instead|work|pass|no|a|final|could|change|rule|as|of|stands|things|get|back|to|keep|posted|é|🙂|’|\\?|!|100|%|\\n){0,30}") {
            let r = Reading::of(&text);
            for t in &r.tokens {
                prop_assert!(t.span.end <= text.len());
                prop_assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
            }
            for h in &r.hedges {
                prop_assert!(h.cue.end <= r.tokens.len() && h.scope.end <= r.tokens.len());
                prop_assert!(h.cue.start < h.cue.end && h.scope.start <= h.scope.end);
            }
            for f in &r.frames {
                prop_assert!(f.words.end <= r.tokens.len() && f.at < r.tokens.len());
            }
            let _ = r.stand();
        }

        #[test]
        fn any_unicode_reads(text in "\\PC{0,80}") {
            let _ = Reading::of(&text).stand();
        }
    }

    #[test]
    fn a_condition_theirs_to_meet_is_a_bargain_in_any_words() {
        for s in [
            "If the board were minded to revisit those two points, I should be happy to continue.",
            "I'd still love to be considered if the team could do three days at home.",
            "But if they can make the housing 3500 then tell me and I will go directly.",
            "If there's any flexibility on that, I'd be glad to keep going.",
        ] {
            assert!(Reading::of(s).negotiates().is_some(), "{s}");
        }
        for s in [
            "If you could let me know, I would be glad to continue the conversation later.",
            "If you have any questions, I am happy to help.",
            "If Mark can do Thursday, I'll come in then.",
            "If you could send the feedback, I would be grateful.",
            "If the team ever needs a contractor, I'd be glad to help.",
        ] {
            assert!(Reading::of(s).negotiates().is_none(), "{s}");
        }
    }

    #[test]
    fn a_call_to_give_a_decision_still_to_be_made_opens_no_door() {
        assert!(!Reading::of("I'll think it over and call you again next week.").opens_door());
        assert!(
            Reading::of("I'd be glad to be considered should a senior vacancy arise.").opens_door()
        );
    }

    #[test]
    fn leads_that_cannot_stand_alone() {
        for s in [
            "After the second interview,",
            "Then finding out at the end that the role is 50 hours a week",
            "To change the title",
            "Because of the hours",
        ] {
            assert!(Reading::of(s).is_fragment(), "{s}");
        }
        for s in [
            "After the call, I decided to withdraw.",
            "To be candid, the panel seemed checked out.",
            "To explain, my wife was offered a post in Perth.",
            "Thank you for your time.",
            "I am writing to withdraw my application.",
        ] {
            assert!(!Reading::of(s).is_fragment(), "{s}");
        }
    }

    #[test]
    fn bargains_and_empty_excuses() {
        for s in [
            "If the fixed pay can be revised to 28 LPA, I would be open to revisiting this.",
            "Were the role able to be based from your Leeds office, I should be happy to reconsider.",
            "if u can do 22k + a bonus I can consider it",
            "I'm withdrawing unless the hybrid arrangement is more generous.",
            "If you can make the day rate 300 then I do the interview, otherwise no.",
            // this role's terms changed back, even later on
            "If the original scope were restored, I'd be very glad to continue.",
            "But if later the position can change back to backend development, I will be happy to reconsider.",
        ] {
            assert!(Reading::of(s).negotiates().is_some(), "{s}");
        }
        for s in [
            "If a role nearer home ever becomes available, I'd be interested to hear about it.",
            "If the position opens again later, I'd be glad to reconsider.",
            "If you have any questions, let me know.",
            "The salary is below what I need, so I'm withdrawing.",
        ] {
            assert!(Reading::of(s).negotiates().is_none(), "{s}");
        }
        for s in [
            "Something's come up this week, so I can't make Friday.",
            "Due to some issues at my end, I must withdraw.",
            "Things have been really crazy lately.",
            "stuff going on at home atm",
            "There are some things I have to deal with this month.",
            "Some private matters have appeared, so I cannot come.",
        ] {
            assert!(Reading::of(s).vague_excuse().is_some(), "{s}");
        }
        for s in [
            "For personal reasons, I must withdraw.",
            "I left hospitality because I wanted something more stable.",
            "Something came up with my mother's surgery, so I must withdraw.",
            "I have accepted another offer.",
            "There are some things I need to sort out with my visa first.",
        ] {
            assert!(Reading::of(s).vague_excuse().is_none(), "{s}");
        }
    }

    #[test]
    fn illnesses_are_known_by_their_shape() {
        for s in [
            "I've had a bad flare-up of my Crohn's since the weekend.",
            "My father was diagnosed with ulcerative colitis in May.",
            "They're doing an angiogram on my mum this morning.",
            "I need a cholecystectomy next month.",
        ] {
            assert!(Reading::of(s).private_detail().is_some(), "{s}");
        }
        for s in [
            "I have decided to stay in academia for now.",
            "I would like to stay in inpatient care.",
        ] {
            assert!(Reading::of(s).private_detail().is_none(), "{s}");
        }
    }

    #[test]
    fn private_detail_is_the_writers_own() {
        for s in [
            "My mother was admitted to hospital on Saturday.",
            "I've got some debts I'm sorting out.",
            "my brother isn't speaking to either of us",
            "I'm a single parent and my rent went up by £180.",
            "I am doing all the household work and hospital visits.",
            "I had a breakdown last spring and my therapist says to rest.",
            "My dad had a triple bypass in March.",
            "My mother had surgery on her hip.",
        ] {
            assert!(Reading::of(s).private_detail().is_some(), "{s}");
        }
        for s in [
            "For family reasons, I must withdraw.",
            "The staff I met seemed burned out.",
            "I've accepted an offer with a hospital network closer to home.",
            "Thanks for calling about the Senior Consultant role.",
            // words with an everyday sense
            "Thank you for the clear breakdown of the package for my role.",
            "I've been called out to a breakdown at the plant and won't make it.",
            "I apologize again for any scheduling headaches this causes.",
            "I was honoured to be considered for the chair of the Department of Surgery.",
            "I'm settled where I am at the surgery and I know everyone.",
            "I would be happy to apply again with your hospital.",
            // a workplace and a name, not a stay in hospital
            "My partner has been offered a position at the hospital there.",
            "My wife has taken up a post at Harrogate District Hospital.",
            "I start at the Day Surgery Unit on Monday.",
        ] {
            assert!(Reading::of(s).private_detail().is_none(), "{s}");
        }
    }

    #[test]
    fn an_injury_told_with_a_verb_is_health_detail() {
        for s in [
            "About three weeks ago I hurt my back lifting a tote of stock.",
            "She broke her wrist on Saturday.",
            "I put my back out at the weekend.",
        ] {
            let r = Reading::of(s);
            assert_eq!(r.private_kind(), Some(Private::Health), "{s}");
        }
        for s in [
            "I'll get back to you by Friday.",
            "I put my name forward last month.",
            "My back-office role ends in May.",
        ] {
            assert!(Reading::of(s).private_detail().is_none(), "{s}");
        }
    }

    #[test]
    fn a_wait_for_treatment_blames_no_one() {
        assert!(
            Reading::of("I've been referred for an MRI but the wait is about six weeks.")
                .evaluations
                .is_empty()
        );
        assert!(
            !Reading::of("I waited in reception for forty minutes.")
                .evaluations
                .is_empty()
        );
    }

    #[test]
    fn a_verb_after_and_shares_the_subject_before_it() {
        assert!(
            Reading::of("My brother lives in Valencia and can't come.")
                .frames
                .is_empty()
        );
        assert!(
            !Reading::of("I got my results and can't come.")
                .frames
                .is_empty()
        );
    }

    #[test]
    fn another_role_asked_for_is_no_bargain() {
        for s in [
            "Should Brightwell ever have remote opportunities in the region, I would be glad to hear from you.",
            "If a role based nearer home ever becomes available, I'd love to hear about it.",
        ] {
            assert!(Reading::of(s).negotiates().is_none(), "{s}");
        }
        assert!(
            Reading::of("Should you have any flexibility on the salary, I would reconsider.")
                .negotiates()
                .is_some()
        );
    }

    #[test]
    fn telling_is_not_putting_off() {
        for s in [
            "I wish to let you know that I have received my study permit.",
            "Just to let you know, I have accepted another role.",
        ] {
            assert!(!Reading::of(s).reopens_decision(), "{s}");
        }
        assert!(Reading::of("I'll let you know by Friday.").reopens_decision());
    }

    #[test]
    fn yet_hedges_its_own_clause() {
        // "yet" hedges its own clause's verb, not the decision before it
        let r = Reading::of(
            "Tell her I'm pulling out of Thursday's interview – only been there 4 months, doesn't feel right to jump ship yet",
        );
        assert_eq!(r.stand(), Stand::Clear);
        let r = Reading::of("I'd rather not withdraw, at least not yet.");
        assert_ne!(r.stand(), Stand::Clear);
    }

    #[test]
    fn stands() {
        for (s, want) in [
            ("I have decided to withdraw my application.", Stand::Clear),
            (
                "I'm withdrawing, as the commute may be too long.",
                Stand::Clear,
            ),
            ("The commute may be long, so I'm withdrawing.", Stand::Clear),
            ("I might withdraw.", Stand::Hedged),
            ("I think I'll probably pass.", Stand::Hedged),
            // thinking done, and what came of it
            (
                "I have been thinking about the offer and I will not continue.",
                Stand::Clear,
            ),
            ("I've been thinking about pulling out.", Stand::Hedged),
            // going on called too hard: an indirect no, softened
            (
                "I think it will be difficult for me to continue the process.",
                Stand::Hedged,
            ),
            ("It is impossible for me to attend on Monday.", Stand::Clear),
            // talking it over still to come, not done
            ("Let me discuss it once more at home.", Stand::Deferred),
            ("As we discussed, I will withdraw.", Stand::Clear),
            // "the move": a noun, no request to move the interview
            (
                "For me to make the move it would need to be at least KES 190,000.",
                Stand::None,
            ),
            (
                "It is hard to take the role seriously at that salary.",
                Stand::None,
            ),
            ("I'm leaning towards not continuing.", Stand::Hedged),
            ("I'll withdraw for now.", Stand::Hedged),
            ("I'll withdraw unless my visa comes through.", Stand::Hedged),
            ("I'll withdraw unless the offer improves.", Stand::Clear),
            ("There's a good chance I won't attend.", Stand::Hedged),
            ("I'll let you know by Friday.", Stand::Deferred),
            ("Perhaps our paths will cross again.", Stand::None),
            ("I would like to withdraw my application.", Stand::Clear),
            (
                "I'm not sure this role is the right fit for me.",
                Stand::Hedged,
            ),
            (
                "After careful consideration, I have decided to decline.",
                Stand::Clear,
            ),
            (
                "I considered it carefully and decided to withdraw.",
                Stand::Clear,
            ),
        ] {
            assert_eq!(Reading::of(s).stand(), want, "{s}");
        }
    }
}
