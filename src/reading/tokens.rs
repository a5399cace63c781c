//! Words as the judgement rules read them: lower case, straight
//! apostrophes, contractions and texting spellings written out ("can't",
//! "cant" → "can" "not"; "u" → "you"), and a lemma that the forms of one
//! word share (decline, declines, declined, declining; withdrew →
//! withdraw; apologise → apologize).

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;

/// One word (or mark) of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the text that was read; the words a contraction
    /// stands for share its range.
    pub span: Range<usize>,
    /// The normalised word: lower case, straight apostrophes, spelled out.
    pub word: String,
    /// What the forms of a word share (a Snowball stem of the word's base
    /// form), for matching cues by meaning rather than by spelling.
    pub lemma: String,
    pub kind: Kind,
    /// Written in texting shorthand ("u", "gonna", "cant", "tbh").
    pub informal: bool,
    /// Written with a capital and then lower case ("Crime" in "the Major
    /// Crime Unit"): with a capitalised neighbour, part of a name.
    pub capital: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Number,
    /// A punctuation mark; `word` holds it.
    Punct,
    Emoji,
}

impl Token {
    pub fn is(&self, word: &str) -> bool {
        self.word == word
    }

    pub fn is_word(&self) -> bool {
        matches!(self.kind, Kind::Word | Kind::Number)
    }
}

/// The tokens of `text`.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 4);
    let mut taken_to = 0;
    for (at, piece) in text.split_word_bound_indices() {
        if at < taken_to {
            continue;
        }
        let first = piece.chars().next().unwrap_or(' ');
        if first.is_whitespace() {
            continue;
        }
        let span = at..at + piece.len();
        // "R$ 17k", "S$", "NZ$", "HK$": a currency sign, not the texting
        // "r" for "are"
        let currency = text[span.end..].starts_with('$')
            && piece.len() <= 2
            && piece.chars().all(|c| c.is_ascii_uppercase());
        if currency {
            taken_to = span.end + 1;
            out.push(Token {
                span: span.start..span.end + 1,
                word: format!("{}$", piece.to_lowercase()),
                lemma: String::new(),
                kind: Kind::Word,
                informal: false,
                capital: false,
            });
        } else if first.is_alphanumeric() {
            push_word(&mut out, span, piece);
        } else if crate::prose::is_emoji(first) {
            out.push(Token {
                span,
                word: piece.to_string(),
                lemma: String::new(),
                kind: Kind::Emoji,
                informal: true,
                capital: false,
            });
        } else {
            for (k, c) in piece.char_indices() {
                let span = at + k..at + k + c.len_utf8();
                let c = if matches!(c, '’' | '‘' | '`') {
                    '\''
                } else {
                    c
                };
                out.push(Token {
                    span,
                    word: c.to_string(),
                    lemma: String::new(),
                    kind: Kind::Punct,
                    informal: false,
                    capital: false,
                });
            }
        }
    }
    merge_slash_forms(&mut out);
    out
}

/// "w/" and "w/o" are one texting word, which word segmentation splits.
fn merge_slash_forms(tokens: &mut Vec<Token>) {
    let mut i = 0;
    while i + 1 < tokens.len() {
        let (a, b) = (&tokens[i], &tokens[i + 1]);
        if a.word == "w" && b.word == "/" && b.span.start == a.span.end {
            let with_o = tokens
                .get(i + 2)
                .is_some_and(|c| c.word == "o" && c.span.start == b.span.end);
            let end = if with_o { i + 3 } else { i + 2 };
            let span = a.span.start..tokens[end - 1].span.end;
            let words: &[&str] = if with_o { &["without"] } else { &["with"] };
            let new: Vec<Token> = words
                .iter()
                .map(|w| word_token(span.clone(), w, true))
                .collect();
            tokens.splice(i..end, new);
        }
        i += 1;
    }
}

fn push_word(out: &mut Vec<Token>, span: Range<usize>, piece: &str) {
    let from = out.len();
    push_word_forms(out, span, piece);
    let mut chars = piece.chars();
    // "I'm" is no name
    let capital = chars.next().is_some_and(char::is_uppercase)
        && chars.any(char::is_lowercase)
        && !matches!(piece.get(..2), Some("I'" | "I’"));
    for t in &mut out[from..] {
        t.capital = capital;
    }
}

fn push_word_forms(out: &mut Vec<Token>, span: Range<usize>, piece: &str) {
    let lower: String = piece
        .chars()
        .map(|c| {
            if matches!(c, '’' | '‘' | '`') {
                '\''
            } else {
                c
            }
        })
        .flat_map(char::to_lowercase)
        .collect();
    if lower
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        out.push(Token {
            span,
            word: lower,
            lemma: String::new(),
            kind: Kind::Number,
            informal: false,
            capital: false,
        });
        return;
    }
    if let Some(words) = expansion(&lower) {
        let informal = !lower.contains('\'') && lower != "ok";
        for w in words.split(' ') {
            out.push(word_token(span.clone(), w, informal));
        }
        return;
    }
    // "company's", "Dana's": the possessive is not a word of its own
    if let Some(stem) = lower.strip_suffix("'s") {
        out.push(word_token(span, stem, false));
        return;
    }
    out.push(word_token(span, &lower, false));
}

fn word_token(span: Range<usize>, word: &str, informal: bool) -> Token {
    Token {
        span,
        lemma: lemma(word),
        word: word.to_string(),
        kind: Kind::Word,
        informal,
        capital: false,
    }
}

/// What a contraction or a texting spelling stands for, as words
/// separated by spaces.
fn expansion(w: &str) -> Option<&'static str> {
    static MAP: LazyLock<HashMap<&'static str, &'static str>> =
        LazyLock::new(|| EXPANSIONS.iter().copied().collect());
    MAP.get(w).copied()
}

/// Contractions with and without the apostrophe, and texting spellings.
/// Ambiguous spellings ("its", "ill", "well", "were", "id", "lets") are
/// left as they are.
const EXPANSIONS: &[(&str, &str)] = &[
    ("can't", "can not"),
    ("cant", "can not"),
    ("cannot", "can not"),
    ("won't", "will not"),
    ("wont", "will not"),
    ("shan't", "shall not"),
    ("ain't", "is not"),
    ("aint", "is not"),
    ("don't", "do not"),
    ("dont", "do not"),
    ("doesn't", "does not"),
    ("doesnt", "does not"),
    ("didn't", "did not"),
    ("didnt", "did not"),
    ("isn't", "is not"),
    ("isnt", "is not"),
    ("wasn't", "was not"),
    ("wasnt", "was not"),
    ("aren't", "are not"),
    ("arent", "are not"),
    ("weren't", "were not"),
    ("werent", "were not"),
    ("couldn't", "could not"),
    ("couldnt", "could not"),
    ("wouldn't", "would not"),
    ("wouldnt", "would not"),
    ("shouldn't", "should not"),
    ("shouldnt", "should not"),
    ("mightn't", "might not"),
    ("mustn't", "must not"),
    ("needn't", "need not"),
    ("haven't", "have not"),
    ("havent", "have not"),
    ("hasn't", "has not"),
    ("hasnt", "has not"),
    ("hadn't", "had not"),
    ("hadnt", "had not"),
    ("would've", "would have"),
    ("wouldve", "would have"),
    ("could've", "could have"),
    ("couldve", "could have"),
    ("should've", "should have"),
    ("shouldve", "should have"),
    ("might've", "might have"),
    ("must've", "must have"),
    ("i'm", "i am"),
    ("im", "i am"),
    ("i've", "i have"),
    ("ive", "i have"),
    ("i'll", "i will"),
    ("i'd", "i would"),
    ("you're", "you are"),
    ("youre", "you are"),
    ("you've", "you have"),
    ("you'll", "you will"),
    ("you'd", "you would"),
    ("we're", "we are"),
    ("we've", "we have"),
    ("we'll", "we will"),
    ("we'd", "we would"),
    ("they're", "they are"),
    ("theyre", "they are"),
    ("they've", "they have"),
    ("they'll", "they will"),
    ("they'd", "they would"),
    ("he'd", "he would"),
    ("she'd", "she would"),
    ("it'd", "it would"),
    ("that'd", "that would"),
    ("he'll", "he will"),
    ("she'll", "she will"),
    ("it's", "it is"),
    ("it'll", "it will"),
    ("that's", "that is"),
    ("thats", "that is"),
    ("there's", "there is"),
    ("here's", "here is"),
    ("what's", "what is"),
    ("whats", "what is"),
    ("who's", "who is"),
    ("he's", "he is"),
    ("she's", "she is"),
    ("let's", "let us"),
    ("y'all", "you all"),
    ("u", "you"),
    ("ya", "you"),
    ("cd", "could"),
    ("wd", "would"),
    ("ur", "your"),
    ("r", "are"),
    ("pls", "please"),
    ("plz", "please"),
    ("thx", "thanks"),
    ("thnx", "thanks"),
    ("thanx", "thanks"),
    ("tks", "thanks"),
    ("tnx", "thanks"),
    ("tnks", "thanks"),
    ("tq", "thank you"),
    ("tqvm", "thank you very much"),
    ("ty", "thank you"),
    ("tysm", "thank you so much"),
    ("gonna", "going to"),
    ("wanna", "want to"),
    ("gotta", "got to"),
    ("imma", "i am going to"),
    ("prob", "probably"),
    ("probs", "probably"),
    ("rn", "right now"),
    ("tmrw", "tomorrow"),
    ("tmr", "tomorrow"),
    ("tmw", "tomorrow"),
    ("tmro", "tomorrow"),
    ("2moro", "tomorrow"),
    ("2day", "today"),
    ("tn", "tonight"),
    ("bc", "because"),
    ("cuz", "because"),
    ("coz", "because"),
    ("cos", "because"),
    ("tho", "though"),
    ("abt", "about"),
    ("b4", "before"),
    ("idk", "i do not know"),
    ("dunno", "do not know"),
    ("lmk", "let me know"),
    ("tbh", "to be honest"),
    ("ngl", "not going to lie"),
    ("nvm", "never mind"),
    ("btw", "by the way"),
    ("k", "okay"),
    ("kk", "okay"),
    ("ok", "okay"),
    ("yep", "yes"),
    ("yup", "yes"),
    ("yeah", "yes"),
    ("yea", "yes"),
    ("nope", "no"),
    ("nah", "no"),
    ("sry", "sorry"),
    ("soz", "sorry"),
    ("rly", "really"),
    ("def", "definitely"),
    ("defo", "definitely"),
    ("cya", "see you"),
    ("l8r", "later"),
    ("gr8", "great"),
    ("msg", "message"),
    ("convo", "conversation"),
];

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// The lemma of a normalised word: irregular forms to their base, British
/// -ise spellings to -ize, then the Snowball English stem.
pub fn lemma(word: &str) -> String {
    static MAP: LazyLock<HashMap<&'static str, &'static str>> =
        LazyLock::new(|| IRREGULAR.iter().copied().collect());
    if let Some(base) = MAP.get(word) {
        return STEMMER.stem(base).into_owned();
    }
    let american = american_spelling(word);
    STEMMER
        .stem(american.as_deref().unwrap_or(word))
        .into_owned()
}

/// "apologise" → "apologize", "organised" → "organized"; words where
/// "-ise" is the root ("advise", "otherwise", "surprise") keep it.
fn american_spelling(word: &str) -> Option<String> {
    const ROOT_ISE: &[&str] = &[
        "advis",
        "otherwis",
        "exercis",
        "expertis",
        "compromis",
        "enterpris",
        "promis",
        "premis",
        "surpris",
        "supervis",
        "revis",
        "televis",
        "compris",
        "despis",
        "devis",
        "franchis",
        "merchandis",
        "improvis",
        "chastis",
        "wis",
        "ris",
        "concis",
        "precis",
        "pois",
        "rais",
        "prais",
        "nois",
        "cruis",
        "bruis",
        "appris",
    ];
    if word.len() < 6 {
        return None;
    }
    for (british, american) in [
        ("isation", "ization"),
        ("ising", "izing"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ise", "ize"),
    ] {
        if let Some(root) = word.strip_suffix(british) {
            let stem = format!("{root}is");
            if ROOT_ISE.iter().any(|r| stem.ends_with(r)) {
                return None;
            }
            return Some(format!("{root}{american}"));
        }
    }
    None
}

/// Irregular forms whose stem differs from their base's.
const IRREGULAR: &[(&str, &str)] = &[
    ("withdrew", "withdraw"),
    ("withdrawn", "withdraw"),
    ("took", "take"),
    ("taken", "take"),
    ("went", "go"),
    ("gone", "go"),
    ("am", "be"),
    ("is", "be"),
    ("are", "be"),
    ("was", "be"),
    ("were", "be"),
    ("been", "be"),
    ("being", "be"),
    ("has", "have"),
    ("had", "have"),
    ("having", "have"),
    ("did", "do"),
    ("does", "do"),
    ("done", "do"),
    ("made", "make"),
    ("got", "get"),
    ("gotten", "get"),
    ("chose", "choose"),
    ("chosen", "choose"),
    ("thought", "think"),
    ("felt", "feel"),
    ("came", "come"),
    ("kept", "keep"),
    ("told", "tell"),
    ("said", "say"),
    ("saw", "see"),
    ("seen", "see"),
    ("found", "find"),
    ("gave", "give"),
    ("given", "give"),
    ("met", "meet"),
    ("sent", "send"),
    ("knew", "know"),
    ("known", "know"),
    ("paid", "pay"),
    ("wrote", "write"),
    ("written", "write"),
    ("stood", "stand"),
    ("held", "hold"),
    ("became", "become"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("rang", "ring"),
    ("rung", "ring"),
    ("undertook", "undertake"),
    ("forgave", "forgive"),
    ("forgiven", "forgive"),
    ("began", "begin"),
    ("begun", "begin"),
    ("led", "lead"),
    ("left", "leave"),
    ("lost", "lose"),
    ("meant", "mean"),
    ("sat", "sit"),
    ("broke", "break"),
    ("broken", "break"),
    ("bought", "buy"),
    ("brought", "bring"),
    ("heard", "hear"),
    ("let", "let"),
    ("put", "put"),
    ("set", "set"),
    ("cancelled", "cancel"),
    ("canceled", "cancel"),
    ("cancelling", "cancel"),
    ("canceling", "cancel"),
    ("better", "good"),
    ("best", "good"),
    ("worse", "bad"),
    ("worst", "bad"),
    ("i", "i"),
    ("me", "i"),
    ("my", "i"),
    ("myself", "i"),
    ("we", "we"),
    ("us", "we"),
    ("our", "we"),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(text).into_iter().map(|t| t.word).collect()
    }

    fn lemmas(text: &str) -> Vec<String> {
        tokenize(text)
            .into_iter()
            .filter(Token::is_word)
            .map(|t| t.lemma)
            .collect()
    }

    #[test]
    fn contractions_with_and_without_apostrophes_read_alike() {
        assert_eq!(words("I can’t make it"), words("i cant make it"));
        assert_eq!(words("I can't make it"), ["i", "can", "not", "make", "it"]);
        assert_eq!(words("Im gonna pass"), ["i", "am", "going", "to", "pass"]);
        assert_eq!(words("I WON'T"), ["i", "will", "not"]);
        assert!(
            tokenize("im gonna pass")
                .iter()
                .all(|t| t.informal || t.word == "pass")
        );
        assert!(!tokenize("I'm going to pass").iter().any(|t| t.informal));
        // a currency sign, not the texting "r"
        assert_eq!(words("R$ 17k"), ["r$", "17k"]);
        assert_eq!(words("r u free"), ["are", "you", "free"]);
    }

    #[test]
    fn forms_of_a_word_share_a_lemma() {
        let l = lemmas("decline declines declined declining");
        assert!(l.iter().all(|x| *x == l[0]), "{l:?}");
        let l = lemmas("withdraw withdrew withdrawn withdrawing");
        assert!(l.iter().all(|x| *x == l[0]), "{l:?}");
        assert_eq!(lemmas("apologise"), lemmas("apologize"));
        assert_eq!(lemmas("organised"), lemmas("organized"));
        assert_ne!(lemmas("advise"), lemmas("advize"));
    }

    #[test]
    fn spans_point_into_the_text() {
        let text = "Thanks — I can’t attend 🙂 w/ Dana's team.";
        for t in tokenize(text) {
            assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        }
        let w = words(text);
        assert!(w.contains(&"with".to_string()), "{w:?}");
        assert!(w.contains(&"dana".to_string()), "{w:?}");
        assert!(tokenize(text).iter().any(|t| t.kind == Kind::Emoji));
    }
}
