//! The words every layer shares: media, scenarios, the parts of a message,
//! severities, rule ids, and findings with their fixes. Nothing here needs
//! anything above it; every other module may use it.

mod edit;
pub mod suggest;
mod terms;

pub use edit::{Edit, Finding, Fix, Intent, apply_edits, overlaps};
pub use terms::{
    Medium, Part, PartKind, RULE_IDS, Scenario, Severity, default_severity, is_rule_id,
};
