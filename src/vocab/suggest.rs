//! "Did you mean ...?" for a name the user mistyped: a rule id, a
//! scenario, a medium, a config key. Like clap and cargo, a close spelling
//! (by edit distance) is offered; unlike them, so is a name that starts
//! with or contains what was typed (`negotiation` → `negotiation-opening`).

/// The name in `names` nearest to `typed`, if one is near enough to
/// suggest. Case, spaces and underscores are not differences.
pub fn nearest<'a>(typed: &str, names: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let typed = normalise(typed);
    if typed.len() < 2 {
        return None;
    }
    let names: Vec<&str> = names.into_iter().collect();
    // the one name that starts with what was typed, or else contains it
    let only = |fits: &dyn Fn(&str) -> bool| match names
        .iter()
        .filter(|n| fits(n))
        .collect::<Vec<_>>()[..]
    {
        [one] => Some(*one),
        _ => None,
    };
    let by_part = only(&|n| typed.len() >= 3 && n.starts_with(typed.as_str()))
        .or_else(|| only(&|n| typed.len() >= 4 && n.contains(typed.as_str())));
    if by_part.is_some() {
        return by_part;
    }
    // else the closest spelling of the name, of its start or of one of
    // its words, within a third of what was typed
    let allowed = (typed.chars().count() / 3).max(1);
    names
        .iter()
        .map(|n| (*n, distance(&typed, n)))
        .filter(|&(_, d)| d <= allowed)
        .min_by_key(|&(n, d)| (d, n.len()))
        .map(|(n, _)| n)
}

/// How far `typed` is from `name`, its start as long as `typed`, or one
/// of its hyphenated words.
fn distance(typed: &str, name: &str) -> usize {
    let start: String = name.chars().take(typed.chars().count()).collect();
    let whole = strsim::damerau_levenshtein(typed, name);
    let words = name
        .split('-')
        .map(|w| strsim::damerau_levenshtein(typed, w))
        .min()
        .unwrap_or(whole);
    whole
        .min(strsim::damerau_levenshtein(typed, &start))
        .min(words)
}

/// `" (did you mean `x`?)"`, to follow a message, or nothing.
pub fn did_you_mean<'a>(typed: &str, names: impl IntoIterator<Item = &'a str>) -> String {
    nearest(typed, names).map_or_else(String::new, |n| format!(" (did you mean `{n}`?)"))
}

fn normalise(s: &str) -> String {
    s.trim().to_lowercase().replace(['_', ' '], "-")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::{RULE_IDS, Scenario};

    #[test]
    fn typos_prefixes_and_parts_find_their_name() {
        let rules = || RULE_IDS.iter().map(|(id, _)| *id);
        assert_eq!(nearest("negotiaton", rules()), Some("negotiation-opening"));
        assert_eq!(nearest("negotiation", rules()), Some("negotiation-opening"));
        assert_eq!(nearest("gratitude", rules()), Some("missing-gratitude"));
        assert_eq!(nearest("Casual_Tone", rules()), Some("casual-tone"));
        assert_eq!(nearest("negativty", rules()), Some("negativity"));
        assert_eq!(nearest("apology", rules()), Some("over-apology"));
        assert_eq!(nearest("sign-of", rules()), Some("missing-sign-off"));
        let scenarios = || Scenario::ALL_NAMES.iter().copied();
        assert_eq!(nearest("relocaton", scenarios()), Some("relocation"));
        assert_eq!(nearest("reloc", scenarios()), Some("relocation"));
        assert_eq!(nearest("anotheroffer", scenarios()), Some("another-offer"));
    }

    #[test]
    fn nothing_near_is_no_suggestion() {
        let rules = || RULE_IDS.iter().map(|(id, _)| *id);
        assert_eq!(nearest("pigeon", rules()), None);
        assert_eq!(nearest("x", rules()), None);
        assert_eq!(nearest("", rules()), None);
        assert_eq!(did_you_mean("zzzzzzzz", rules()), "");
    }
}
