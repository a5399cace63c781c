//! The frame of a message: subject line, salutation, closing and
//! signature.

use crate::document::Document;
use crate::prose::count_words;
use crate::vocab::Medium;

use super::types::{Greeting, Message};

impl Message<'_> {
    pub(super) fn find_subject(&self) -> Option<usize> {
        let prose = &self.doc.prose;
        let first_block = prose.sentences.first()?.block;
        let subject_line = prose
            .sentences
            .iter()
            .take_while(|s| s.block == first_block)
            .take(3)
            .position(|s| {
                let t = prose.sentence_text(s);
                starts_with_ci(t, "subject:") || starts_with_ci(t, "subject line:")
            });
        // a letter's "Re:" or "Sub:" line among its address and date lines
        subject_line.or_else(|| {
            (0..prose.sentences.len().min(MAX_HEAD))
                .take_while(|&i| is_head(self.sentence_text(i)))
                .find(|&i| is_reference_line(self.sentence_text(i)))
        })
    }

    /// How many sentences come before the salutation as the head of the
    /// message: a script's title or notes line, a letter's address blocks,
    /// date and reference lines. Without a salutation, only a first line
    /// that announces a script ("Call notes – Acme", "What I'll say:").
    pub(super) fn head_len(&self) -> usize {
        match &self.greeting {
            Some(g) => g.sentence,
            None => {
                let first = self
                    .doc
                    .prose
                    .sentences
                    .first()
                    .map(|_| self.sentence_text(0));
                usize::from(first.is_some_and(|t| is_head(t) && announces_script(t)))
            }
        }
    }

    pub(super) fn find_greeting(&self) -> Option<Greeting> {
        let n = self.doc.prose.sentences.len();
        for idx in 0..n.min(MAX_HEAD) {
            if self.subject == Some(idx) {
                continue;
            }
            if let Some(g) = self.greeting_at(idx) {
                return Some(g);
            }
            if !is_head(self.sentence_text(idx)) {
                return None;
            }
        }
        None
    }

    /// The salutation at the start of sentence `idx`, if there is one.
    fn greeting_at(&self, idx: usize) -> Option<Greeting> {
        let s = self.doc.prose.sentences.get(idx)?;
        let full = self.doc.prose.sentence_text(s);
        // a script's first bullet or opening quote may hold the greeting:
        // "- Hi Mark, it's Deirdre.", "\"Ms. Reyes, before I leave ..."
        let text = full.trim_start_matches(['-', '*', '•', '"', '“', '\'', ' ']);
        let lead = full.len() - text.len();
        let s = &crate::prose::Sentence {
            range: s.range.start + lead..s.range.end,
            ..s.clone()
        };
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
        // a text's "hi jas can we move it": the greeting word and a name,
        // with no comma after them
        if starts_greeting {
            let mut ws = text.split_whitespace();
            let (Some(hello), Some(name)) = (ws.next(), ws.next()) else {
                return None;
            };
            let name = name.trim_end_matches([',', '!', '.']);
            // "hi its jordan from the interview thing at tessmart ...": the
            // greeting word alone, then the writer says who they are
            if hello.len() <= 8
                && matches!(
                    name.to_lowercase().replace('’', "'").as_str(),
                    "its" | "it's" | "im" | "i'm" | "this"
                )
            {
                return Some(Greeting {
                    sentence: idx,
                    range: s.range.start..s.range.start + hello.len(),
                    name: None,
                });
            }
            let function = [
                "i", "im", "i'm", "can", "so", "just", "thanks", "thank", "sorry", "it's", "its",
                "this", "there", "all", "again", "everyone", "team", "we", "how", "hope", "is",
                "am", "quick", "u", "you", "ya",
            ];
            let looks_like_name = name.chars().all(char::is_alphabetic)
                && !function.contains(&name.to_lowercase().as_str())
                && (2..=14).contains(&name.chars().count());
            if looks_like_name && hello.len() <= 8 {
                let end = text.find(name).map_or(cut, |k| k + name.len());
                return Some(Greeting {
                    sentence: idx,
                    range: s.range.start..s.range.start + end,
                    name: Some(name.to_string()),
                });
            }
        }
        // a greeting in another language before a form of address
        // ("Niaje boss, am Kevin ...", "Sannu sir, ..."): a word that is
        // no common English word, then "boss", "sir", "mate", ...
        // ("Guten Morgen Herr Hoffmann,": two such words, then a name)
        let parts: Vec<&str> = salutation
            .trim_end_matches(',')
            .split_whitespace()
            .collect();
        let foreign_word = |w: &str| {
            w.chars().all(char::is_alphabetic) && !crate::phrases::is_common_word(&w.to_lowercase())
        };
        // (and a vocative goes on in small letters or ends its line, where
        // an address line's comma goes on in capitals: "Pudong New
        // District, Shanghai")
        let after = text[cut..].trim_start_matches(' ');
        let vocative_ends = after.is_empty()
            || after.starts_with(['\n', '\r'])
            || after.starts_with(char::is_lowercase);
        if (3..=4).contains(&parts.len())
            && vocative_ends
            && salutation.ends_with(',')
            && parts[0].chars().next().is_some_and(char::is_uppercase)
            && foreign_word(parts[0])
            && foreign_word(parts[1])
            && parts[2..]
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        {
            return Some(Greeting {
                sentence: idx,
                range: s.range.start..s.range.start + cut,
                name: Some(parts[2..].join(" ")),
            });
        }
        if let [hello, address] = parts[..] {
            let foreign = hello.chars().all(char::is_alphabetic)
                && hello.chars().next().is_some_and(char::is_uppercase)
                && !crate::phrases::is_common_word(&hello.to_lowercase());
            let addressed = matches!(
                address.to_lowercase().as_str(),
                "boss"
                    | "sir"
                    | "madam"
                    | "ma'am"
                    | "maam"
                    | "mate"
                    | "bro"
                    | "team"
                    | "all"
                    | "everyone"
                    | "friend"
            );
            if salutation.ends_with(',') && foreign && addressed {
                return Some(Greeting {
                    sentence: idx,
                    range: s.range.start..s.range.start + cut,
                    name: None,
                });
            }
            // "Bula Mere, Josaia here.", "Salam Karim, this is Omar":
            // a name greeted, then the writer saying who they are
            let introduces = {
                let rest = after.to_lowercase();
                let mut ws = rest.split_whitespace();
                let (a, b) = (ws.next().unwrap_or(""), ws.next().unwrap_or(""));
                a == "this" && b == "is"
                    || matches!(a, "it's" | "its" | "it’s")
                    || b.trim_end_matches(['.', ',', '!']) == "here"
            };
            if salutation.ends_with(',')
                && foreign
                && address.chars().next().is_some_and(char::is_uppercase)
                && address.chars().all(char::is_alphabetic)
                && introduces
            {
                return Some(Greeting {
                    sentence: idx,
                    range: s.range.start..s.range.start + cut,
                    name: Some(address.to_string()),
                });
            }
        }
        // "Dana," alone on the first line
        let bare = salutation.trim_end_matches([',', ':']);
        // "Dana," alone, or "Dana, thank you ..." — but not "Frankly, ..."
        let alone = cut == text.trim_end().len();
        // "Sir, HR madam told me ...": a form of address needs no
        // lower-case word after it
        let address = matches!(
            bare.to_lowercase().as_str(),
            "sir" | "madam" | "ma'am" | "respected sir" | "respected madam"
        );
        let vocative = !alone
            && (address
                || text[cut..]
                    .trim_start()
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase))
            && !is_discourse_word(bare);
        if (alone || vocative)
            && salutation.ends_with(',')
            && (1..=3).contains(&words)
            && is_name_like(bare)
        {
            // "Respected Sir," greets, but names no one
            let lower = bare.to_lowercase();
            let named = !lower
                .split_whitespace()
                .any(|w| matches!(w, "sir" | "madam" | "sirs" | "ma'am" | "respected"));
            return Some(Greeting {
                sentence: idx,
                range: s.range.start..s.range.start + cut,
                name: named.then(|| bare.trim().to_string()),
            });
        }
        None
    }

    pub(super) fn is_closing_line(&self, i: usize) -> bool {
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
        if self
            .hits
            .get("closing")
            .iter()
            .any(|c| c.start == s.range.start && c.end == end)
        {
            return true;
        }
        // a closing of the writer's own words, on a line of its own and
        // ending in a comma: "With distinguished regards,", "With best
        // regards and prayers,"
        // (a letter's closing may go without its comma: "With kind
        // regards" above the name; a line of thanks needs it)
        let raw = self.doc.prose.sentence_text(s).trim_end();
        let word = |w: &str| {
            w.to_lowercase()
                .trim_matches(|c: char| !c.is_alphabetic())
                .to_string()
        };
        let letter = text.split_whitespace().any(|w| {
            matches!(
                word(w).as_str(),
                "regards" | "sincerely" | "faithfully" | "respectfully" | "cordially"
            )
        });
        let bare = letter
            && !raw.contains(',')
            && !raw.ends_with(['.', '!', '?', ':'])
            && self.own_line(i);
        (raw.ends_with(',') || bare)
            && !raw.contains('\n')
            && text.split_whitespace().any(|w| {
                matches!(
                    word(w).as_str(),
                    "regards"
                        | "wishes"
                        | "yours"
                        | "sincerely"
                        | "faithfully"
                        | "respectfully"
                        | "cordially"
                        | "warmly"
                        | "gratitude"
                        | "appreciation"
                        | "blessings"
                        | "prayers"
                        | "thanks"
                        | "cheers"
                )
            })
    }

    /// Whether sentence `i` is a line of its own in the buffer.
    fn own_line(&self, i: usize) -> bool {
        let r = self.doc.prose.sentences[i].range.clone();
        let buf = self.doc.text;
        let b = self.buf(r);
        let before = buf[..b.start].trim_end_matches([' ', '\t']);
        let after = buf[b.end.min(buf.len())..].trim_start_matches([' ', '\t', '\r']);
        (before.is_empty() || before.ends_with('\n'))
            && (after.is_empty() || after.starts_with('\n'))
    }

    /// Whether `name` is the reader's, as the salutation gives it.
    fn is_reader(&self, name: &str) -> bool {
        let first = |n: &str| n.split_whitespace().next().unwrap_or("").to_lowercase();
        self.greeting
            .as_ref()
            .and_then(|g| g.name.as_deref())
            .is_some_and(|r| first(r) == first(name))
    }

    /// The first line of a signature block that ends at `last`: a name
    /// with its title or firm under it ("Renee Castellano, CPA" /
    /// "Senior Tax Accountant") signs from the name, the lines in one
    /// block above `last`, each a line of its own and read as a name.
    fn signature_top(&self, last: usize, first_body: usize) -> usize {
        let sentences = &self.doc.prose.sentences;
        let mut top = last;
        while top > first_body
            && top - 1 > first_body
            && sentences[top - 1].block == sentences[last].block
            && self.own_line(top - 1)
            && is_name_like(self.sentence_text(top - 1))
        {
            top -= 1;
        }
        // with the closing above the name: "Best regards," / "Carla Nunez"
        // / "Operations Manager, Hilltop Beverage Co."
        if top > first_body && self.is_closing_line(top - 1) {
            top -= 1;
        }
        top
    }

    /// Where a legal footer at the end of the message starts (the number
    /// of sentences above it; all of them when there is none): the last
    /// paragraphs when each speaks of confidentiality, privilege, a wrong
    /// recipient or a company's registration ("This email and any
    /// attachments are confidential and may be legally privileged.",
    /// "Hargreave Lowe LLP is a limited liability partnership registered
    /// in England and Wales.").
    pub(super) fn footer_start(&self) -> usize {
        let sentences = &self.doc.prose.sentences;
        let n = sentences.len();
        let legal = |i: usize| {
            let t = self.sentence_text(i).to_lowercase();
            [
                "confidential",
                "privileged",
                "intended recipient",
                "in error",
                "registered in",
                "registered office",
                "company number",
                "limited liability partnership",
                "authorised and regulated",
                "authorized and regulated",
                "disclaimer",
                "before printing",
                "notify the sender",
            ]
            .iter()
            .any(|c| t.contains(c))
        };
        let mut start = n;
        // paragraph by paragraph from the end, while each has a legal line
        while start > 0 {
            let block = sentences[start - 1].block;
            let first = (0..start)
                .rev()
                .take_while(|&i| sentences[i].block == block)
                .last()
                .unwrap_or(start - 1);
            if !(first..start).any(legal) || first == 0 {
                break;
            }
            start = first;
        }
        start
    }

    pub(super) fn find_sign_off(&self) -> Option<usize> {
        // (a legal footer under the signature, "This email and any
        // attachments are confidential ...", is the signature's too: the
        // closing is looked for above it)
        let n = self.footer_start();
        if n < 2 {
            return None;
        }
        let first_body = self.greeting.as_ref().map_or(0, |g| g.sentence + 1);
        // A closing line followed only by short signature lines.
        let lo = n.saturating_sub(9).max(first_body);
        for i in (lo..n).rev() {
            let name_line = |j: usize| self.sentence_text(j).lines().next().unwrap_or("");
            // (a dotted or ruled line to sign on may come first:
            // "Yours faithfully," "......" "[Your Name]")
            let ruled = |j: usize| {
                let t = self.sentence_text(j).trim();
                !t.is_empty() && t.chars().all(|c| matches!(c, '.' | '_' | '-' | '…' | ' '))
            };
            let Some(name_at) = (i + 1..n).find(|&j| !ruled(j)) else {
                continue;
            };
            // a closing in words the bank does not hold ("Ngā mihi,",
            // "Saludos,", "Groetjes,"): a short line of its own ending in a
            // comma, right above the name
            let bare = || {
                let raw = self.sentence_text(i).trim_end();
                raw.ends_with(',')
                    && !raw.contains('\n')
                    && count_words(raw) <= 3
                    && raw.starts_with(|c: char| c.is_uppercase())
                    && name_at == i + 1
                    && self.own_line(i)
            };
            if (self.is_closing_line(i) || bare()) && is_name_or_slot(name_line(name_at)) {
                let tail_ok = (i + 1..n).all(|j| {
                    let t = self.sentence_text(j);
                    ruled(j) || is_signature_line(t) || is_contact_line(t)
                });
                if tail_ok {
                    return Some(i);
                }
            }
        }
        // contact lines under the name (a phone number, an address) are
        // the signature's, not the body's
        let mut last = n - 1;
        while last > first_body && is_contact_line(self.sentence_text(last)) {
            last -= 1;
        }
        let text = self.sentence_text(last);
        // "Kind regards," closing the message, the name left to the reader;
        // or a bare "Cheers" on the last line of its own
        let own_line = self.own_line(last);
        if last >= first_body
            && (text.ends_with(',') || own_line && !text.ends_with(['.', '?']))
            && self.is_closing_line(last)
        {
            return Some(last);
        }
        // "Best, Priya" on one line
        if let Some((head, name)) = text.split_once(',') {
            let head_end = self.doc.prose.sentences[last].range.start + head.len();
            let closing = self.hits.get("closing").iter().any(|c| {
                c.start == self.doc.prose.sentences[last].range.start && c.end == head_end
            });
            // the name may still be a template slot: "Best, [Your Name]"
            // (not the reader's: "Thank you again, Sarah." to Sarah)
            let name = name.trim().trim_end_matches(['.', '!']);
            if closing && is_name_or_slot(name) && !self.is_reader(name) {
                return Some(last);
            }
        }
        // "... – Priya" at the end of a text message
        if dash_name_suffix(text).is_some() {
            return Some(last);
        }
        // "... Thanks a lot, Conor", "Have a nice day, Hicham", "thanks
        // anyway Hemi", "Ta, Jodie x": a closing word and the name ending
        // the last sentence of a text
        if closing_then_name(text).is_some_and(|name| !self.is_reader(name)) {
            return Some(last);
        }
        // a bare name on its own line after the body ("Priya", or a text's
        // lower-case "kai"), or after the last sentence of a text ("...
        // sorry again. Danny")
        // some body before it: the greeting's own sentence counts unless it
        // holds nothing but the salutation
        let body_before =
            last > first_body || last == first_body && last > 0 && !self.greeting_only(last - 1);
        if body_before {
            let prose = &self.doc.prose;
            let gap =
                &prose.text[prose.sentences[last - 1].range.end..prose.sentences[last].range.start];
            let own_line = gap.contains('\n');
            // ("Becky x": a text's name with its kiss; "Khaled Al-Zoubi"
            // after the last full stop is two names, three counted words)
            let name = without_kisses(text.trim_end());
            if is_name_like(name)
                && (own_line || count_words(name) <= 2 || name.split_whitespace().count() <= 2)
            {
                return Some(self.signature_top(last, first_body));
            }
            // (or after the last full stop of a one-line text: "... give
            // my spot to someone else. devon")
            let after_stop = count_words(text) == 1
                && prose.text[..prose.sentences[last - 1].range.end]
                    .trim_end()
                    .ends_with(['.', '!', '?'])
                && !crate::phrases::is_common_word(&text.trim().to_lowercase());
            if (own_line || after_stop) && is_lower_case_name(text) {
                return Some(last);
            }
        }
        None
    }
}

/// `s` without the kisses that end a text ("Becky x", "thanks xx").
fn without_kisses(s: &str) -> &str {
    s.trim_end_matches(" xxx")
        .trim_end_matches(" xx")
        .trim_end_matches(" x")
}

/// Whether `text` ends with a closing word or phrase and a name after it:
/// "Thanks a lot, Conor", "Have a nice day, Hicham", "thanks anyway
/// Hemi", "Ta, Jodie x", "tysm, Leah", "God bless, Fatmata Sesay".
fn closing_then_name(text: &str) -> Option<&str> {
    let t = without_kisses(text.trim_end().trim_end_matches(['.', '!'])).trim_end();
    // the name: after the last comma, else the last word or two
    let (head, name) = match t.rsplit_once(',') {
        Some((h, n)) => (h.trim(), n.trim()),
        None => {
            let (h, n) = t.rsplit_once(' ')?;
            (h.trim(), n.trim())
        }
    };
    let lower_name_ok = name.len() >= 2
        && name.len() <= 12
        && name.chars().all(|c| c.is_ascii_lowercase())
        && !crate::phrases::is_common_word(name)
        && !matches!(
            name,
            "bye" | "byee" | "cya" | "ttyl" | "later" | "soon" | "xo" | "xoxo"
        )
        && t.contains(',');
    if !(is_name_like(name) && count_words(name) <= 3 || lower_name_ok) {
        return None;
    }
    // the closing: the words of the head's last clause
    // (an emoji ends a clause, and a kiss may come before the name: "😅
    // ta anyway x Shona")
    let head = without_kisses(head);
    let clause = head
        .rsplit(|c: char| matches!(c, '.' | '!' | '?' | ',') || crate::prose::is_emoji(c))
        .next()
        .unwrap_or(head)
        .trim()
        .to_lowercase();
    let clause = clause.trim_end_matches(',');
    let words: Vec<&str> = clause.split_whitespace().collect();
    if words.is_empty() || words.len() > 5 {
        return None;
    }
    let closing = matches!(
        words[0],
        "thanks"
            | "thank"
            | "thx"
            | "tysm"
            | "ta"
            | "cheers"
            | "regards"
            | "best"
            | "cordially"
            | "blessings"
            | "bless"
            | "god"
            | "take"
            | "have"
            | "many"
            | "warm"
            | "kind"
            | "all"
            | "love"
            | "sorry"
            | "talk"
            | "speak"
            | "bye"
    ) || words.len() <= 3
        && matches!(words.last(), Some(&("thanks" | "cheers" | "regards")));
    closing.then_some(name)
}

/// A line of contact details: a phone number, an email address or a link
/// ("(614) 555-0182", "+44 7700 900123", "dana@example.com").
fn is_contact_line(text: &str) -> bool {
    let t = text.trim();
    let digits = t.chars().filter(char::is_ascii_digit).count();
    // (a telephone line of a signature block runs longer: "T +44 (0)20
    // 7946 0875 | M +44 (0)7700 900261"; so does a street address with
    // its postcode)
    let words = count_words(t);
    (words <= 6 || words <= 12 && digits >= 6)
        && !t.ends_with(['.', '!', '?'])
        && (digits >= 6 || t.contains('@') || t.starts_with("http") || t.starts_with("www."))
}

/// A text's signature in lower case: one short word of letters that is not
/// a closing word or a word of the message ("kai", "ollie").
fn is_lower_case_name(text: &str) -> bool {
    let t = text.trim().trim_start_matches(['-', '–', '—', ' ']);
    let common = [
        "thanks", "thank", "cheers", "ok", "okay", "bye", "ta", "x", "xx", "xxx", "lol", "yes",
        "no", "sorry", "best", "regards", "thx", "ty", "pls", "please", "soon", "later", "cya",
        "hi", "hey", "hello", "again", "sure", "cool", "great", "anyway", "peace", "love",
    ];
    (2..=14).contains(&t.chars().count())
        && t.chars().all(|c| c.is_alphabetic())
        && !common.contains(&t.to_lowercase().as_str())
}

/// The most sentences a head holds before the salutation (two address
/// blocks, a date and a reference line, each a few lines).
const MAX_HEAD: usize = 18;

/// A line of a message's head rather than a sentence of its body: short,
/// and ending without a full stop, question or exclamation (an
/// abbreviation's dot aside: "Co.", "Ltd."). Every line of a multi-line
/// sentence must be one.
pub(super) fn is_head(text: &str) -> bool {
    text.lines().all(|line| {
        // "Maharagama.", "Colombo 09.": the town and postcode that end an
        // address block, every word a name or a number
        let town = {
            let t = line.trim();
            t.ends_with('.')
                && (1..=3).contains(&count_words(t))
                && t.split_whitespace()
                    .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        };
        if town {
            return true;
        }
        let t = line
            .trim()
            .trim_start_matches('#')
            .trim_matches(['*', '_', ' ']);
        if t.is_empty() || is_reference_line(t) {
            return true;
        }
        // a title that announces what follows may run longer ("To say to
        // Mr Castellano after my shift (he asked me ...):")
        let announces = t.ends_with(':')
            || !t.ends_with(['.', '!', '?']) && script_cue(&t.to_lowercase()).is_some();
        if count_words(t) > if announces { 30 } else { 14 } {
            return false;
        }
        match t.chars().last() {
            // "Voicemail script – call Dana before 9am!!": a title for
            // all its exclamation marks
            // ("Voicemail for Mr. Doucet – read slow!!": a title's dot)
            Some('!') => {
                script_cue(&t.to_lowercase()).is_some()
                    && t.match_indices(". ").all(|(i, _)| {
                        let word = t[..i].rsplit(' ').next().unwrap_or("");
                        (1..=3).contains(&word.chars().count())
                            && word.starts_with(char::is_uppercase)
                    })
            }
            Some('?') => false,
            Some('.') => {
                // "Blue Area, Islamabad.": an address line closed with a
                // stop, every word a name or a number
                let address = t.contains(',')
                    && count_words(t) <= 6
                    && t.split_whitespace().all(|w| {
                        w.trim_start_matches(['(', '#'])
                            .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                    });
                if address {
                    return true;
                }
                let word = t.rsplit([' ', '(']).next().unwrap_or("");
                // "St.", "Ave.", or an address line cut after a street
                // abbreviation of another language ("ul.", "str.", "nr.")
                // ("Str. Paris nr.", "9, ap."): every other word a name or
                // a number
                word.len() <= 5 && word.starts_with(char::is_uppercase)
                    || count_words(t) <= 4
                        && (word.len() <= 4
                            || word.starts_with(char::is_uppercase) && word.ends_with("str."))
                        && word.chars().all(|c| c.is_alphabetic() || c == '.')
                        && t.split_whitespace().rev().skip(1).all(|w| {
                            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                                || w.ends_with('.') && w.len() <= 4
                        })
            }
            _ => true,
        }
    })
}

/// "Re: ...", "Sub: ...", "Ref: ...": a letter's subject or reference.
pub(super) fn is_reference_line(t: &str) -> bool {
    ["re:", "sub:", "ref:", "subject:", "regarding:"]
        .iter()
        .any(|p| starts_with_ci(t.trim(), p))
}

/// A first line that says what follows is a script or notes to speak
/// from, or a message to leave.
pub(super) fn announces_script(t: &str) -> bool {
    let lower = t.to_lowercase();
    lower.trim_end().ends_with(':') || script_cue(&lower).is_some()
}

/// The medium a title line names: a call or a voicemail is a phone
/// script; a script, notes or words to say to someone's face are said in
/// person. `lower` is lower-cased.
pub(super) fn script_cue(lower: &str) -> Option<Medium> {
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(w));
    const PHONE: &[&str] = &[
        "call",
        "calls",
        "calling",
        "callback",
        "phone",
        "voicemail",
        "ring",
        "ringing",
        "telefon",
        "rang",
        "dial",
    ];
    const SPOKEN: &[&str] = &[
        "script",
        "notes",
        "say",
        "tell",
        "talk",
        "talking",
        "points",
        "meeting",
        "meet",
        "seeing",
        "person",
        "face",
        "reception",
        "coffee",
        "lunch",
        "dinner",
        "fair",
        "shift",
        "desk",
    ];
    if has(PHONE) || lower.contains("picks up") {
        Some(Medium::Phone)
    } else if has(SPOKEN) {
        Some(Medium::InPerson)
    } else {
        None
    }
}

pub fn starts_with_ci(text: &str, prefix: &str) -> bool {
    text.len() >= prefix.len()
        && text.is_char_boundary(prefix.len())
        && text[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// The name addressed by a salutation, if it names someone.
pub(super) fn greeting_name(salutation: &str) -> Option<String> {
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
            "respected",
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
        // ("Sir/Ma", "Sir / Madam": titles, no name)
        || lower
            .split(|c: char| c.is_whitespace() || c == '/')
            .any(|w| matches!(w, "sir" | "madam" | "sirs" | "ma'am" | "ma"))
    {
        return None;
    }
    is_name_like(&name).then_some(name)
}

/// Words that open a sentence with a comma without addressing anyone.
pub(super) fn is_discourse_word(w: &str) -> bool {
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
pub(super) fn is_name_or_slot(s: &str) -> bool {
    let t = s.trim();
    is_name_like(t)
        || (t.starts_with(['[', '<', '{']) && t.ends_with([']', '>', '}']) && t.len() < 40)
}

/// Looks like a personal name: a few capitalised words, no digits.
pub fn is_name_like(s: &str) -> bool {
    // "李雷 (Li Lei)", "Sam Lee, PhD": the name is the first part
    let s = s.split(['(', ',']).next().unwrap_or(s).trim();
    // "S. V. Kulkarni", "J.R. Hartley": initials keep their dots
    let initials = s.split_whitespace().all(|w| {
        !w.contains('.')
            || w.split('.').all(|p| {
                p.is_empty() || p.chars().count() == 1 && p.chars().all(char::is_uppercase)
            })
    }) && (s
        .split_whitespace()
        .last()
        .is_some_and(|w| !w.contains('.'))
        // "J.M.", "A. K.": a name signed with initials alone
        || s.chars().filter(|c| c.is_uppercase()).count() >= 2
            && s.chars().all(|c| c.is_uppercase() || c == '.' || c == ' '));
    if s.is_empty()
        || s.chars().any(|c| {
            c.is_ascii_digit() || matches!(c, '@' | '!' | '?' | ':' | ';') || c == '.' && !initials
        }) && !is_titled(s)
    {
        return false;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > 5 {
        return false;
    }
    const PARTICLES: &[&str] = &[
        "de", "van", "von", "da", "di", "del", "der", "la", "le", "bin", "al", "y", "ó", "ní",
        "mac", "du", "dos", "das", "ter", "ten", "st", "binte", "binti", "bint", "ibn", "ap",
        "ben", "el", "bt", "bte", "den", "zu",
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

pub(super) fn is_titled(s: &str) -> bool {
    let first = s.split_whitespace().next().unwrap_or("");
    // ("Md." and "Engr." sign names in South Asia, "Ma." in the
    // Philippines, "Adv." for advocates)
    [
        "Mr.", "Mrs.", "Ms.", "Dr.", "Mx.", "Prof.", "Md.", "Engr.", "Eng.", "Er.", "Ma.", "Adv.",
        "Capt.", "Sr.", "Sra.", "Srta.",
    ]
    .contains(&first)
        && !s
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '@' | '!' | '?' | ':' | ';'))
}

/// A signature line under a closing: a name, a title, a phone number.
pub(super) fn is_signature_line(s: &str) -> bool {
    let s = s.trim();
    count_words(s) <= 8 && !s.ends_with(['?']) && !(s.ends_with('.') && count_words(s) > 4)
}

/// A `Subject:` line is one unit however many full stops it holds
/// ("(Ref. 4471)"), and it ends at its line end.
pub(super) fn join_subject_line(doc: &mut Document) {
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
pub(super) fn split_dash_signature(doc: &mut Document) {
    let prose = &mut doc.prose;
    let Some(last) = prose.sentences.last().cloned() else {
        return;
    };
    let text = &prose.text[last.range.clone()];
    let Some((sep, _)) = name_suffix(text) else {
        return;
    };
    let dash_at = last.range.start + sep;
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
    name_suffix(text).map(|(_, name)| name)
}

/// Where the separator before a text's trailing name starts, and the
/// name: a dash ("... – Luca"), or an emoji or emoticon closing the last
/// sentence ("Please keep in touch 🙏🏾 Hawa", "Have a good day :) Da-eun").
fn name_suffix(text: &str) -> Option<(usize, &str)> {
    let t = text.trim_end();
    if let Some(found) = dash_suffix(t) {
        return Some(found);
    }
    // the last emoji, and only a name after it
    let (idx, c) = t
        .char_indices()
        .rev()
        .find(|&(_, c)| crate::prose::is_emoji(c) || matches!(c, ')' | '('))?;
    let mut end = idx + c.len_utf8();
    // skin tones and joiners that follow the emoji
    while let Some(n) = t[end..].chars().next().filter(|n| {
        crate::prose::is_emoji(*n)
            || matches!(*n, '\u{1F3FB}'..='\u{1F3FF}' | '\u{200D}' | '\u{FE0F}')
    }) {
        end += n.len_utf8();
    }
    let emoticon = matches!(c, ')' | '(')
        && t[..idx].ends_with([':', ';', '='])
        && t[..idx]
            .trim_end_matches([':', ';', '=', '-'])
            .ends_with(char::is_whitespace);
    if !(crate::prose::is_emoji(c) || emoticon) || !t[end..].starts_with(char::is_whitespace) {
        return None;
    }
    // the emoji stays with the sentence it closed; the name is the
    // sign-off
    let name = t[end..].trim();
    let start = end + (t[end..].len() - t[end..].trim_start().len());
    (count_words(name) <= 2 && is_name_like(name) && !t[..idx].trim().is_empty())
        .then_some((start, name))
}

fn dash_suffix(t: &str) -> Option<(usize, &str)> {
    let idx = t.rfind(['–', '—', '-', '~'])?;
    let dash_len = t[idx..].chars().next().map_or(1, char::len_utf8);
    let name = t[idx + dash_len..].trim();
    let before = &t[..idx];
    let spaced = before.is_empty()
        || before.ends_with(char::is_whitespace)
        || before.ends_with(['.', '!', '?', ')']);
    // "– [Your Name]": a signature still to fill is a signature (the
    // placeholder rule asks for the name)
    let blank = name
        .strip_prefix('[')
        .and_then(|n| n.strip_suffix(']'))
        .is_some_and(is_name_like);
    // ("– Keisha Brandt, UT Dallas '26": a name, then what she is)
    let own = name.split([',', '(']).next().unwrap_or(name);
    (spaced && !name.is_empty() && count_words(own) <= 3 && (blank || is_name_like(name)))
        .then_some((idx, name))
}

/// Whether the text is mostly bullet notes: at least two lines start with
/// a list marker, and they are at least half of its non-blank lines after
/// the first (a title).
pub fn bullet_notes(text: &str) -> bool {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim_start)
        .filter(|l| !l.is_empty())
        .skip(1)
        .collect();
    let bullets = lines
        .iter()
        .filter(|l| {
            l.starts_with(['-', '*', '•', '–'])
                || l.split_once(['.', ')']).is_some_and(|(n, _)| {
                    !n.is_empty() && n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit())
                })
        })
        .count();
    bullets >= 2 && bullets * 2 >= lines.len()
}
