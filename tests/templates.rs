//! Every whole-message template `tactful new` prints is clean under
//! `tactful check`, with facts known and unknown.

use tactful::config::Config;
use tactful::document::Format;
use tactful::engine;
use tactful::message::Facts;
use tactful::vocab::{Medium, Scenario};
use tactful::wording::Situation;

fn check_clean(facts: &Facts, cfg_name: Option<&str>) {
    for scenario in Scenario::ALL {
        for medium in Medium::ALL {
            let mut cfg = Config::default();
            cfg.profile.name = cfg_name.map(str::to_string);
            let draft = Situation::new(scenario, medium, facts, &cfg).template(&cfg, "\n");
            cfg.force_medium = Some(medium);
            cfg.force_scenario = Some(scenario);
            let report = engine::check(&draft, Format::Markdown, &cfg);
            let found: Vec<_> = report.findings.iter().map(|f| f.rule).collect();
            assert!(
                found.is_empty(),
                "{} / {}: {found:?}\n{draft}",
                scenario.as_str(),
                medium.as_str()
            );
            assert!(!draft.contains('{'), "an unfilled slot in:\n{draft}");
        }
    }
}

#[test]
fn templates_with_every_fact_are_clean() {
    let facts = Facts {
        recipient: Some("Ms. Larsen".into()),
        company: Some("Acme Analytics".into()),
        role: Some("Data Analyst".into()),
        writer: Some("Sam Lee".into()),
        approached: false,
    };
    check_clean(&facts, None);
}

#[test]
fn templates_without_facts_word_around_them() {
    check_clean(&Facts::default(), Some("Jordan Lee"));
}

#[test]
fn templates_infer_their_own_medium_where_words_allow() {
    let facts = Facts {
        recipient: Some("Dana".into()),
        writer: Some("Sam".into()),
        ..Facts::default()
    };
    let cfg = Config::default();
    for medium in [Medium::Email, Medium::Text, Medium::Phone] {
        let draft =
            Situation::new(Scenario::AnotherOffer, medium, &facts, &cfg).template(&cfg, "\n");
        let report = engine::check(&draft, Format::PlainText, &cfg);
        assert_eq!(report.medium, medium, "{draft}");
    }
}

/// The editor's templates are `tactful new`'s drafts with blanks: filled
/// with the same facts, they are the same text, word for word.
#[test]
fn the_editor_templates_and_tactful_new_share_their_wording() {
    use tactful::templates::Fill;
    let cfg = Config::default();
    let facts = Facts {
        recipient: Some("Ms. Larsen".into()),
        company: None,
        role: Some("Data Analyst".into()),
        writer: Some("Sam Lee".into()),
        approached: false,
    };
    let fill = Fill {
        snippet: false,
        writer: Some("Sam Lee"),
    };
    let mut compared = 0;
    for medium in Medium::ALL {
        for t in tactful::templates::templates(medium) {
            let editor = fill
                .render(&t.text(&cfg, true))
                .replace("[Name]", "Ms. Larsen")
                .replace("[Role]", "Data Analyst");
            let new = format!(
                "{}{}",
                tactful::wording::front_matter(t.medium, "\n"),
                Situation::new(t.scenario, t.medium, &facts, &cfg)
                    .template_in(t.variant, &cfg, "\n")
            );
            assert_eq!(editor, new, "{}", t.title());
            compared += 1;
        }
    }
    assert_eq!(compared, 4 * 16);
}
