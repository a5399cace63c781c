//! What a reason is about: unpaid work, pay, the hours, the commute,
//! working on site, the level of the role, or the work itself. A
//! complaint the fixes take out leaves its point behind, said plainly
//! ("8 hours of personal care for free isn't a trial, it's free labour":
//! the writer will not work unpaid), so the reader still learns why.
//!
//! The topic is read from the sentence's words by what they name, not by
//! listed sentences; it says nothing about whether the sentence is bitter
//! (that is negativity's judgement) and is asked only of a sentence
//! already found to be a complaint or a reason.

use super::tokens::{Kind, Token};

/// What a reason is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    /// A trial shift, a test or a take-home done for nothing.
    Unpaid,
    /// The money and the level together ("a junior title at a junior
    /// salary").
    PayAndLevel,
    /// Salary, rate, package.
    Pay,
    /// The money and the hours together ("12 hour nights ... and the pay
    /// is $17.20").
    PayAndHours,
    /// Shifts, nights, rota, the hours.
    Hours,
    /// The journey to the workplace.
    Commute,
    /// Working in the office rather than remotely.
    OnSite,
    /// The level or title of the role.
    Level,
    /// The work is not what was advertised or what the writer does.
    Work,
}

impl Topic {
    /// The key of the topic's plain reason in the wording.
    pub fn as_str(self) -> &'static str {
        match self {
            Topic::Unpaid => "unpaid",
            Topic::PayAndLevel => "pay-and-level",
            Topic::Pay => "pay",
            Topic::PayAndHours => "pay-and-hours",
            Topic::Hours => "hours",
            Topic::Commute => "commute",
            Topic::OnSite => "on-site",
            Topic::Level => "level",
            Topic::Work => "work",
        }
    }
}

impl Topic {
    /// Whether a reason about this topic can stand for a complaint in a
    /// message whose scenario is `scenario`: a message about another
    /// offer or about staying put has its own reason, and the whole
    /// message's reading must not contradict the sentence's ("skip the
    /// call, not what i applied for" is about the role, whatever money it
    /// mentions).
    pub fn fits(self, scenario: crate::vocab::Scenario) -> bool {
        use crate::vocab::Scenario as S;
        match self {
            Topic::Unpaid => !matches!(scenario, S::Reschedule),
            Topic::Pay | Topic::PayAndLevel | Topic::PayAndHours => matches!(
                scenario,
                S::Compensation | S::General | S::Culture | S::AfterInterviews
            ),
            Topic::Level | Topic::Work => matches!(
                scenario,
                S::RoleChanged | S::CareerGoals | S::General | S::Culture | S::AfterInterviews
            ),
            Topic::Hours | Topic::Commute | Topic::OnSite => matches!(
                scenario,
                S::Personal
                    | S::Relocation
                    | S::General
                    | S::Culture
                    | S::AfterInterviews
                    | S::Compensation
            ),
        }
    }
}

/// What the reason told in tokens `t` is about, when its words name one
/// thing clearly.
pub fn topic(t: &[Token]) -> Option<Topic> {
    let has = |f: &dyn Fn(&str) -> bool| t.iter().any(|x| f(x.word.as_str()));
    let pair = |a: &str, b: &[&str]| {
        t.windows(2)
            .any(|w| w[0].word == a && b.contains(&w[1].word.as_str()))
    };
    // work done for nothing: "unpaid", "for free", "no pay", "without pay"
    // (time the writer took off unpaid is their cost, not work asked of
    // them for nothing: "took the morning off unpaid", "an unpaid
    // afternoon off")
    let time_off = |k: usize| {
        [k.wrapping_sub(1), k + 1].iter().any(|&j| {
            t.get(j).is_some_and(|n| {
                matches!(
                    n.word.as_str(),
                    "off" | "leave" | "day" | "days" | "morning" | "afternoon" | "holiday" | "time"
                )
            })
        })
    };
    let unpaid = t
        .iter()
        .enumerate()
        .any(|(k, x)| x.word == "unpaid" && !time_off(k))
        || has(&|w| matches!(w, "volunteer" | "volunteering"))
        || pair("for", &["free", "nothing"])
        || pair("no", &["pay", "wage", "wages", "money"])
        || pair("without", &["pay", "payment"])
        || pair("free", &["labour", "labor", "work"])
        // what a trial or a test task is paid: "if you paid people for
        // trials"
        || has(&|w| matches!(w, "trial" | "trials" | "spec"))
            && has(&|w| matches!(w, "paid" | "pay" | "paying"));
    if unpaid {
        return Some(Topic::Unpaid);
    }
    // a sentence that tells how the interviews went is about the process,
    // whatever else it names ("the panel showed up 40 minutes late ...
    // and nobody could tell me the salary band")
    let process = t
        .iter()
        .filter(|x| {
            matches!(
                x.word.as_str(),
                "panel"
                    | "interviewer"
                    | "interviewers"
                    | "camera"
                    | "cameras"
                    | "round"
                    | "waited"
                    | "waiting"
                    | "interview"
                    | "lobby"
                    | "late"
                    | "rescheduled"
                    | "showed"
            )
        })
        .map(|x| x.word.as_str())
        .collect::<std::collections::BTreeSet<_>>();
    if process.len() >= 2 {
        return None;
    }
    // (what the writer lost to come is their cost, not the offer's pay:
    // "I lost half a day's pay to sit in a trailer")
    let lost_at = t.iter().position(|x| {
        matches!(
            x.word.as_str(),
            "lost" | "lose" | "losing" | "forfeit" | "forfeited"
        )
    });
    let lost = |k: usize| lost_at.is_some_and(|l| k > l && k <= l + 5);
    // "pay" of no money: "the one who pays for that", "pay attention",
    // "it paid off", "pay the price", "pay a visit"
    let idiom = |k: usize| {
        let at = |j: usize| t.get(j).map(|x| x.word.as_str());
        t[k].lemma == "pay"
            && (at(k + 1) == Some("for")
                && matches!(
                    at(k + 2),
                    Some("that" | "it" | "this" | "those" | "everything")
                )
                || matches!(
                    at(k + 1),
                    Some("attention" | "off" | "tribute" | "respects")
                )
                || matches!(at(k + 1), Some("the" | "a"))
                    && matches!(at(k + 2), Some("price" | "visit")))
    };
    let money = t.iter().enumerate().any(|(k, x)| {
        (matches!(x.word.as_str(), "$" | "£" | "€" | "₹")
            || x.kind == Kind::Number && x.word.ends_with('k')
            || x.lemma == "pay" && x.word != "paying"
            || matches!(
                x.word.as_str(),
                "salary"
                    | "salaries"
                    | "pay"
                    | "paid"
                    | "wage"
                    | "wages"
                    | "rate"
                    | "rates"
                    | "package"
                    | "money"
                    | "base"
                    | "ctc"
                    | "compensation"
                    | "comp"
                    | "bonus"
                    | "stipend"
                    | "lowball"
                    | "lowballed"
                    | "hourly"
                    | "band"
            ))
            && !lost(k)
            && !idiom(k)
    });
    let level = has(&|w| {
        matches!(
            w,
            "junior" | "level" | "title" | "entry" | "demotion" | "downgrade" | "grade"
        )
    });
    if money && level {
        return Some(Topic::PayAndLevel);
    }
    // (a rota to be planned is the work, not its hours: "basically rota
    // scheduling and chasing invoices")
    let planned = |k: usize| {
        t.get(k + 1).is_some_and(|n| {
            matches!(
                n.word.as_str(),
                "scheduling" | "planning" | "management" | "admin" | "coordination"
            )
        })
    };
    let rota = t.iter().enumerate().any(|(k, x)| {
        matches!(x.word.as_str(), "rota" | "roster" | "rostered" | "rotas") && !planned(k)
    });
    // ("a shift lead", "the shift manager" is a title, not the hours)
    let titled = |k: usize| {
        t.get(k + 1).is_some_and(|n| {
            matches!(
                n.word.as_str(),
                "lead" | "leader" | "leads" | "manager" | "managers" | "supervisor"
            )
        })
    };
    // ("I swapped a shift to be there", "my shifts": the writer's own
    // rota, not the hours of the job)
    let own = |k: usize| {
        (k.saturating_sub(2)..k).any(|j| {
            matches!(
                t[j].word.as_str(),
                "my" | "swapped" | "swap" | "swapping" | "covered" | "cover" | "moved" | "changed"
            )
        })
    };
    let shift = t
        .iter()
        .enumerate()
        .any(|(k, x)| matches!(x.word.as_str(), "shift" | "shifts") && !titled(k) && !own(k));
    // "the hours", "long hours", not "waited two hours" (a duration)
    let working_hours = t.iter().enumerate().any(|(k, x)| {
        x.word == "hours"
            && k > 0
            && matches!(
                t[k - 1].word.as_str(),
                "the"
                    | "working"
                    | "long"
                    | "unsocial"
                    | "antisocial"
                    | "late"
                    | "these"
                    | "those"
                    | "its"
                    | "their"
                    | "your"
                    | "office"
                    | "opening"
                    | "irregular"
                    | "split"
            )
    });
    let hours = rota
        || shift
        || working_hours
        || has(&|w| {
            matches!(
                w,
                "nights"
                    | "weekends"
                    | "overtime"
                    | "twilights"
                    | "lates"
                    | "earlies"
                    | "schedule"
                    | "swing"
                    | "graveyard"
            )
        })
        || pair("night", &["work"])
        || pair("on", &["call"]);
    let commute = has(&|w| {
        matches!(
            w,
            "commute"
                | "commuting"
                | "bus"
                | "buses"
                | "trains"
                | "travel"
                | "travelling"
                | "traveling"
                | "drive"
                | "driving"
                | "journey"
                | "miles"
                | "parking"
                | "ferry"
        )
    }) || pair("each", &["way"])
        // "the train", "by train", not "train your managers"
        || t.windows(2).any(|w| {
            w[1].word == "train"
                && matches!(w[0].word.as_str(), "the" | "a" | "by" | "on" | "two" | "one" | "early")
        });
    if money {
        return Some(if hours {
            Topic::PayAndHours
        } else {
            Topic::Pay
        });
    }
    // a journey or a wait told of the interview itself is the process,
    // not the job's commute or hours ("I travelled three hours to be
    // seen at noon")
    let of_the_interview = has(&|w| {
        matches!(
            w,
            "interview"
                | "interviews"
                | "panel"
                | "assessment"
                | "reception"
                | "waited"
                | "waiting"
        )
    });
    if of_the_interview {
        return None;
    }
    // "an hour each way on two buses" is the journey, not the hours
    match (hours, commute) {
        (true, false) => return Some(Topic::Hours),
        (false, true) => return Some(Topic::Commute),
        (true, true) => {
            let journey_hours =
                working_hours && (pair("each", &["way"]) || has(&|w| w == "commute"));
            let shifts = has(&|w| matches!(w, "nights" | "weekends" | "overtime")) || rota || shift;
            return Some(if journey_hours && !shifts {
                Topic::Commute
            } else {
                Topic::Hours
            });
        }
        (false, false) => {}
    }
    let on_site = has(&|w| {
        matches!(
            w,
            "remote" | "remotely" | "hybrid" | "wfh" | "rto" | "onsite" | "in-office"
        )
    }) || pair("on", &["site"])
        || pair("in", &["office", "person"])
            && has(&|w| matches!(w, "days" | "week" | "five" | "full-time" | "every"))
        || pair("the", &["office"]) && has(&|w| matches!(w, "return" | "back" | "days"));
    if on_site {
        return Some(Topic::OnSite);
    }
    if level {
        return Some(Topic::Level);
    }
    let work = has(&|w| {
        matches!(
            w,
            "admin"
                | "administrative"
                | "duties"
                | "spec"
                | "description"
                | "advert"
                | "advertised"
                | "listing"
                | "posting"
                | "responsibilities"
                | "basically"
        )
    }) || pair("not", &["what"])
        && has(&|w| matches!(w, "role" | "job" | "position" | "do"));
    work.then_some(Topic::Work)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(s: &str) -> Option<Topic> {
        topic(&super::super::tokens::tokenize(s))
    }

    #[test]
    fn how_the_interviews_went_names_no_topic_of_the_offer() {
        assert_eq!(
            of("The panel showed up 40 minutes late and nobody could tell me the salary band."),
            None
        );
        assert_eq!(
            of("The salary band is below what I earn now."),
            Some(Topic::Pay)
        );
        assert_eq!(
            of("Maybe train your managers before you invite people in."),
            None
        );
        // "pay" of no money
        assert_eq!(
            of("The board doesn't know what it wants, and I won't be the one who pays for that."),
            None
        );
        assert_eq!(of("Nobody seemed to pay attention to my answers."), None);
        assert_eq!(
            of("It's two hours each way on the train."),
            Some(Topic::Commute)
        );
    }

    #[test]
    fn topics_by_what_the_words_name() {
        for (s, want) in [
            (
                "8 hours of personal care for free isn't a trial, it's free labour.",
                Topic::Unpaid,
            ),
            (
                "A six hour trial shift on Saturday and no pay, only staff meal.",
                Topic::Unpaid,
            ),
            (
                "You'd get better applicants if you paid people for trials.",
                Topic::Unpaid,
            ),
            ("$64k for 700 cows is frankly a joke.", Topic::Pay),
            (
                "A junior title at a junior salary, after ten years, is insulting.",
                Topic::PayAndLevel,
            ),
            (
                "The split shift, 6 to 10 and then 5 to 9, is ridiculous.",
                Topic::Hours,
            ),
            (
                "Fourteen-fifty for a shift lead is a joke when the place across the street pays seventeen.",
                Topic::Pay,
            ),
            (
                "It's over an hour each way on two buses, which is mad.",
                Topic::Commute,
            ),
            (
                "Five days in the office in 2026 is a dinosaur policy.",
                Topic::OnSite,
            ),
            (
                "It's basically rota scheduling and chasing invoices, not coordinating care.",
                Topic::Work,
            ),
            (
                "The job is basically admin, nothing like the advert.",
                Topic::Work,
            ),
        ] {
            assert_eq!(of(s), Some(want), "{s}");
        }
        for s in [
            "Your interviewers were rude and kept me waiting.",
            "Frankly, the whole process has been a mess.",
            "I waited two hours in reception and nobody came out.",
            "I travelled three hours to the interview and was seen at noon.",
        ] {
            assert_eq!(of(s), None, "{s}");
        }
    }
}
