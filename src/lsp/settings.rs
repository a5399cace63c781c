//! Where the server's configuration comes from, layered as SPEC §7 says:
//! `tactful.toml` in the workspace root, then the client's settings
//! (`initializationOptions`, then `workspace/configuration` or
//! `workspace/didChangeConfiguration`); front matter is the engine's.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::config::{self, Config, ConfigProblem};

/// The raw configuration sources; [`Sources::build`] layers them.
#[derive(Debug, Default)]
pub struct Sources {
    /// `tactful.toml`: its path and contents (or the read error).
    pub file: Option<(PathBuf, Result<String, String>)>,
    pub initialization_options: Option<Value>,
    /// The latest `tactful` section of the client's settings.
    pub workspace: Option<Value>,
}

impl Sources {
    /// Reads the nearest `tactful.toml` of `root`, if any.
    pub fn load_file(&mut self, root: Option<&Path>) {
        self.file = root.and_then(config::find_config_file).map(|path| {
            let text = std::fs::read_to_string(&path).map_err(|e| e.to_string());
            (path, text)
        });
    }

    pub fn build(&self) -> (Config, Vec<ConfigProblem>) {
        let mut cfg = Config::default();
        let mut problems = Vec::new();
        if let Some((path, text)) = &self.file {
            let source = path.display().to_string();
            match text {
                Ok(text) => problems.extend(cfg.apply_toml_str(text, &source)),
                Err(e) => problems.push(ConfigProblem {
                    source,
                    key: String::new(),
                    message: format!("cannot read: {e}"),
                }),
            }
        }
        for value in [&self.initialization_options, &self.workspace]
            .into_iter()
            .flatten()
        {
            if !value.is_null() {
                problems.extend(cfg.apply_json(value, "LSP settings"));
            }
        }
        (cfg, problems)
    }
}

/// The `tactful` section of a settings object, or the object itself when
/// the client sent the section alone.
pub fn tactful_section(settings: Value) -> Option<Value> {
    match settings {
        Value::Null => None,
        Value::Object(mut map) if map.contains_key("tactful") => map.remove("tactful"),
        other => Some(other),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::config::Level;
    use crate::rules::Severity;

    #[test]
    fn later_sources_override_earlier_and_bad_values_keep_defaults() {
        let sources = Sources {
            file: Some((
                PathBuf::from("tactful.toml"),
                Ok("[rules]\nnegativity = \"error\"\nshouting = \"off\"\n".into()),
            )),
            initialization_options: Some(json!({"rules": {"negativity": "hint"}})),
            workspace: Some(json!({"length": {"text": "lots"}, "rules": {"shouting": "info"}})),
        };
        let (cfg, problems) = sources.build();
        assert_eq!(cfg.level("negativity"), Level::On(Severity::Hint));
        assert_eq!(cfg.level("shouting"), Level::On(Severity::Info));
        assert_eq!(cfg.length.text, 60);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].key, "length.text");
    }

    #[test]
    fn section_extraction() {
        assert_eq!(
            tactful_section(json!({"tactful": {"medium": "text"}})),
            Some(json!({"medium": "text"}))
        );
        assert_eq!(
            tactful_section(json!({"medium": "text"})),
            Some(json!({"medium": "text"}))
        );
        assert_eq!(tactful_section(Value::Null), None);
    }
}
