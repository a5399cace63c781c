//! Configuration: `tactful.toml`, LSP settings and front matter, layered
//! so that later sources override earlier ones. A bad key or value becomes
//! a [`ConfigProblem`] and the default stays; the adapter decides what
//! follows (the server warns and goes on, the CLI stops with exit 2).

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Arc, OnceLock};

use crate::phrases::{self, Bank};
use crate::vocab::{self, Medium, Scenario, Severity, suggest};

/// The top-level keys of `tactful.toml`.
const TOP_KEYS: [&str; 5] = ["medium", "length", "rules", "profile", "phrases"];

/// Word budgets per medium (`[length]`).
#[derive(Debug, Clone, PartialEq)]
pub struct Budgets {
    pub email: usize,
    pub text: usize,
    pub phone: usize,
    pub in_person: usize,
}

impl Default for Budgets {
    fn default() -> Self {
        Budgets {
            email: 200,
            text: 60,
            phone: 150,
            in_person: 150,
        }
    }
}

impl Budgets {
    pub fn for_medium(&self, m: Medium) -> usize {
        match m {
            Medium::Email => self.email,
            Medium::Text => self.text,
            Medium::Phone => self.phone,
            Medium::InPerson => self.in_person,
        }
    }
}

/// The writer (`[profile]`), used to fill placeholders and sign-offs.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Profile {
    pub name: Option<String>,
    pub signature: Option<String>,
}

/// A rule's configured level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Off,
    On(Severity),
}

#[derive(Debug, Clone, Default)]
pub struct Config {
    /// Default medium when it cannot be inferred.
    pub medium: Option<Medium>,
    /// Medium and scenario forced for every message (CLI flags).
    pub force_medium: Option<Medium>,
    pub force_scenario: Option<Scenario>,
    /// `force_medium` pins a guess (the planner keeps the medium a
    /// message was first read in): rules treat it as a guess still.
    pub medium_guessed: bool,
    /// The medium the draft's file name says (`linkedin-dm.txt`), set per
    /// file by the CLI and the server.
    pub named_medium: Option<Medium>,
    pub length: Budgets,
    pub rules: BTreeMap<String, Level>,
    pub profile: Profile,
    /// Extra phrases per set (`[phrases]`).
    pub phrases: BTreeMap<String, Vec<String>>,
    bank: OnceLock<Arc<Bank>>,
}

impl PartialEq for Config {
    fn eq(&self, other: &Self) -> bool {
        self.medium == other.medium
            && self.force_medium == other.force_medium
            && self.force_scenario == other.force_scenario
            && self.medium_guessed == other.medium_guessed
            && self.named_medium == other.named_medium
            && self.length == other.length
            && self.rules == other.rules
            && self.profile == other.profile
            && self.phrases == other.phrases
    }
}

/// One thing wrong with a configuration source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigProblem {
    /// Where: a file path, "LSP settings" or "front matter".
    pub source: String,
    /// Dotted key, empty when the whole source is unreadable.
    pub key: String,
    pub message: String,
}

impl fmt::Display for ConfigProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.key.is_empty() {
            write!(f, "{}: {}", self.source, self.message)
        } else {
            write!(f, "{}: `{}`: {}", self.source, self.key, self.message)
        }
    }
}

impl Config {
    /// The configuration for the draft at `path`: this one, with the
    /// medium its file name says (shared as is when it says none).
    pub fn for_file(self: &Arc<Self>, path: &std::path::Path) -> Arc<Config> {
        let named = path
            .file_stem()
            .and_then(|s| s.to_str())
            .and_then(Medium::from_file_stem);
        if named == self.named_medium {
            return self.clone();
        }
        let mut cfg = (**self).clone();
        cfg.named_medium = named;
        Arc::new(cfg)
    }

    /// The phrase bank with this config's extra phrases.
    pub fn bank(&self) -> Arc<Bank> {
        self.bank
            .get_or_init(|| {
                if self.phrases.is_empty() {
                    phrases::default_bank()
                } else {
                    Arc::new(Bank::build(&self.phrases))
                }
            })
            .clone()
    }

    /// The configured level of a rule, or its default.
    pub fn level(&self, rule: &str) -> Level {
        self.rules
            .get(rule)
            .copied()
            .unwrap_or_else(|| vocab::default_severity(rule).map_or(Level::Off, Level::On))
    }

    /// Layers a TOML source over this config.
    pub fn apply_toml_str(&mut self, src: &str, source: &str) -> Vec<ConfigProblem> {
        match src.parse::<toml::Table>() {
            Ok(table) => self.apply_table(&table, source),
            Err(e) => vec![ConfigProblem {
                source: source.to_string(),
                key: String::new(),
                message: format!("not valid TOML: {}", e.message()),
            }],
        }
    }

    /// Layers JSON settings (LSP `initializationOptions` or the `tactful`
    /// section of workspace settings) over this config.
    pub fn apply_json(&mut self, value: &serde_json::Value, source: &str) -> Vec<ConfigProblem> {
        let value = match strip_nulls(value.clone()) {
            // Lua clients send an empty table `{}` as `[]`
            serde_json::Value::Array(a) if a.is_empty() => {
                serde_json::Value::Object(Default::default())
            }
            v => v,
        };
        match toml::Value::try_from(value) {
            Ok(toml::Value::Table(t)) => self.apply_table(&t, source),
            Ok(_) => vec![ConfigProblem {
                source: source.to_string(),
                key: String::new(),
                message: "expected an object of settings".into(),
            }],
            Err(e) => vec![ConfigProblem {
                source: source.to_string(),
                key: String::new(),
                message: format!("unreadable settings: {e}"),
            }],
        }
    }

    pub fn apply_table(&mut self, table: &toml::Table, source: &str) -> Vec<ConfigProblem> {
        let mut problems = Vec::new();
        let mut problem = |key: &str, message: String| {
            problems.push(ConfigProblem {
                source: source.to_string(),
                key: key.to_string(),
                message,
            })
        };
        for (key, value) in table {
            match key.as_str() {
                "medium" => match value.as_str().and_then(Medium::parse) {
                    Some(m) => self.medium = Some(m),
                    None => problem(
                        key,
                        format!(
                            "expected one of {}, found {value}{}",
                            Medium::ALL_NAMES.join(", "),
                            value
                                .as_str()
                                .map_or_else(String::new, |v| suggest::did_you_mean(
                                    v,
                                    Medium::ALL_NAMES
                                ))
                        ),
                    ),
                },
                "length" => {
                    let Some(t) = value.as_table() else {
                        problem(key, "expected a table of word budgets".into());
                        continue;
                    };
                    for (m, v) in t {
                        let k = format!("length.{m}");
                        let slot = match m.as_str() {
                            "email" => &mut self.length.email,
                            "text" => &mut self.length.text,
                            "phone" => &mut self.length.phone,
                            "in-person" | "in_person" | "inPerson" => &mut self.length.in_person,
                            _ => {
                                problem(
                                    &k,
                                    format!(
                                        "unknown medium{}; expected email, text, phone or in-person",
                                        suggest::did_you_mean(m, Medium::ALL_NAMES)
                                    ),
                                );
                                continue;
                            }
                        };
                        match v.as_integer() {
                            Some(n) if (1..=1_000_000).contains(&n) => *slot = n as usize,
                            _ => problem(
                                &k,
                                format!("expected a word count from 1 to 1000000, found {v}"),
                            ),
                        }
                    }
                }
                "rules" => {
                    let Some(t) = value.as_table() else {
                        problem(key, "expected a table of rule = severity".into());
                        continue;
                    };
                    for (rule, v) in t {
                        let k = format!("rules.{rule}");
                        if !vocab::is_rule_id(rule) {
                            let ids = vocab::RULE_IDS.iter().map(|(id, _)| *id);
                            problem(
                                &k,
                                format!(
                                    "unknown rule{}; see `tactful rules`",
                                    suggest::did_you_mean(rule, ids)
                                ),
                            );
                            continue;
                        }
                        match v.as_str().and_then(parse_level) {
                            Some(l) => {
                                self.rules.insert(rule.clone(), l);
                            }
                            None => problem(
                                &k,
                                format!(
                                    "expected \"error\", \"warning\", \"info\", \"hint\" or \"off\", found {v}{}",
                                    v.as_str()
                                        .map_or_else(String::new, |v| suggest::did_you_mean(
                                            v,
                                            ["error", "warning", "info", "hint", "off"]
                                        ))
                                ),
                            ),
                        }
                    }
                }
                "profile" => {
                    let Some(t) = value.as_table() else {
                        problem(key, "expected a table with name and signature".into());
                        continue;
                    };
                    for (k, v) in t {
                        let slot = match k.as_str() {
                            "name" => &mut self.profile.name,
                            "signature" => &mut self.profile.signature,
                            _ => {
                                problem(
                                    &format!("profile.{k}"),
                                    format!(
                                        "unknown key{}; expected name or signature",
                                        suggest::did_you_mean(k, ["name", "signature"])
                                    ),
                                );
                                continue;
                            }
                        };
                        match v.as_str() {
                            Some(s) if !s.trim().is_empty() => *slot = Some(s.to_string()),
                            Some(_) => *slot = None,
                            None => problem(
                                &format!("profile.{k}"),
                                format!("expected a string, found {v}"),
                            ),
                        }
                    }
                }
                "phrases" => {
                    let Some(t) = value.as_table() else {
                        problem(key, "expected a table of set = [phrases]".into());
                        continue;
                    };
                    let known = phrases::set_names();
                    for (set, v) in t {
                        let k = format!("phrases.{set}");
                        if !known.contains(set) {
                            problem(
                                &k,
                                format!(
                                    "unknown phrase set{}; known sets: {}",
                                    suggest::did_you_mean(
                                        set,
                                        known
                                            .iter()
                                            .map(String::as_str)
                                            .filter(|n| !n.contains(':'))
                                    ),
                                    user_sets(&known)
                                ),
                            );
                            continue;
                        }
                        let list: Option<Vec<String>> = v
                            .as_array()
                            .map(|a| a.iter().map(|x| x.as_str().map(str::to_string)).collect())
                            .unwrap_or(None);
                        match list {
                            Some(l) => {
                                let l: Vec<String> =
                                    l.into_iter().filter(|p| !p.trim().is_empty()).collect();
                                self.phrases.entry(set.clone()).or_default().extend(l);
                                self.bank = OnceLock::new();
                            }
                            None => problem(&k, "expected a list of strings".into()),
                        }
                    }
                }
                // Editors send these alongside; the server reads them.
                "path" | "trace" | "server" | "diagnosticMode" => {}
                _ => problem(
                    key,
                    format!(
                        "unknown key{}; expected medium, length, rules, profile or phrases",
                        suggest::did_you_mean(key, TOP_KEYS)
                    ),
                ),
            }
        }
        problems
    }
}

fn user_sets(known: &[String]) -> String {
    known
        .iter()
        .filter(|n| !n.contains(':'))
        .cloned()
        .collect::<Vec<_>>()
        .join(", ")
}

fn strip_nulls(v: serde_json::Value) -> serde_json::Value {
    match v {
        serde_json::Value::Object(m) => serde_json::Value::Object(
            m.into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k, strip_nulls(v)))
                .collect(),
        ),
        serde_json::Value::Array(a) => serde_json::Value::Array(
            a.into_iter()
                .filter(|v| !v.is_null())
                .map(strip_nulls)
                .collect(),
        ),
        other => other,
    }
}

pub fn parse_level(s: &str) -> Option<Level> {
    match s.to_ascii_lowercase().as_str() {
        "off" | "none" | "false" => Some(Level::Off),
        other => Severity::parse(other).map(Level::On),
    }
}

/// Finds `tactful.toml` in `dir` or the nearest parent.
pub fn find_config_file(dir: &std::path::Path) -> Option<std::path::PathBuf> {
    let mut d = Some(dir);
    while let Some(p) = d {
        let candidate = p.join("tactful.toml");
        if candidate.is_file() {
            return Some(candidate);
        }
        d = p.parent();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layered_values_and_problems() {
        let mut c = Config::default();
        let p = c.apply_toml_str(
            "medium = \"text\"\n[length]\nemail = 0\ntext = 80\n[rules]\nnegativity = \"error\"\ncasual-tone = \"off\"\nbogus = \"hint\"\n[profile]\nname = \"Jordan Lee\"\n",
            "tactful.toml",
        );
        assert_eq!(c.medium, Some(Medium::Text));
        assert_eq!(c.length.text, 80);
        assert_eq!(c.length.email, 200, "a bad budget keeps the default");
        assert_eq!(c.level("negativity"), Level::On(Severity::Error));
        assert_eq!(c.level("casual-tone"), Level::Off);
        assert_eq!(c.profile.name.as_deref(), Some("Jordan Lee"));
        let keys: Vec<&str> = p.iter().map(|p| p.key.as_str()).collect();
        assert_eq!(keys, ["length.email", "rules.bogus"]);
    }

    #[test]
    fn not_toml_is_one_problem() {
        let mut c = Config::default();
        let p = c.apply_toml_str("medium = ", "x/tactful.toml");
        assert_eq!(p.len(), 1);
        assert!(
            p[0].to_string()
                .starts_with("x/tactful.toml: not valid TOML")
        );
        assert_eq!(c, Config::default());
    }

    #[test]
    fn json_settings() {
        let mut c = Config::default();
        let p = c.apply_json(
            &serde_json::json!({"rules": {"shouting": "off"}, "length": {"text": 40}, "path": null}),
            "LSP settings",
        );
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(c.level("shouting"), Level::Off);
        assert_eq!(c.length.text, 40);
    }
}
