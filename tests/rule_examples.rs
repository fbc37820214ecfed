//! Every example carried by a rule file is run through the whole pipeline, and the fact it
//! describes must come out (or, for an example marked `absent`, must not).
use tongbao::{Kind, Pipeline, Rules};

#[test]
fn every_rule_example_is_extracted() {
    let rules = Rules::embedded();
    let examples = rules.examples.clone();
    assert!(
        examples.len() >= 40,
        "the rules carry too few examples ({})",
        examples.len()
    );
    let mut p = Pipeline::new(rules);
    let mut failures = Vec::new();
    for ex in &examples {
        p.reference_year = ex.reference_date.as_ref().and_then(|d| d[..4].parse().ok());
        p.reference_day = ex.reference_date.clone();
        let out = p.process_text("example.txt", &ex.text);
        let kind = Kind::parse(&ex.kind)
            .unwrap_or_else(|| panic!("{}: unknown kind {}", ex.file, ex.kind));
        let found = out.facts.iter().filter(|f| f.kind == kind).any(|f| {
            let js = f.to_json("example.txt");
            let num_ok = |field: &str, want: Option<f64>| match want {
                None => true,
                Some(w) => js[field]
                    .as_f64()
                    .is_some_and(|v| (v - w).abs() <= 1e-9 * w.abs().max(1.0)),
            };
            let str_ok = |field: &str, want: &Option<String>| match want {
                None => true,
                Some(w) => js[field].as_str() == Some(w.as_str()),
            };
            num_ok("value", ex.value)
                && num_ok("value_max", ex.value_max)
                && str_ok("unit", &ex.unit)
                && str_ok("approx", &ex.approx)
                && str_ok("basis", &ex.basis)
                && str_ok("subject", &ex.subject)
                && str_ok("role", &ex.role)
                && str_ok("name", &ex.name)
                && str_ok("date_start", &ex.date_start)
                && str_ok("date_end", &ex.date_end)
                && str_ok("scope", &ex.scope)
                && ex
                    .period_start
                    .as_ref()
                    .is_none_or(|w| js["period"]["date_start"].as_str() == Some(w.as_str()))
                && ex
                    .period_end
                    .as_ref()
                    .is_none_or(|w| js["period"]["date_end"].as_str() == Some(w.as_str()))
        });
        if ex.absent {
            if found {
                let got: Vec<String> = out
                    .facts
                    .iter()
                    .filter(|f| f.kind == kind)
                    .map(|f| f.to_json("x").to_string())
                    .collect();
                failures.push(format!(
                    "{}: `{}` → a {} it must not give:\n  {}",
                    ex.file,
                    ex.text,
                    ex.kind,
                    got.join("\n  ")
                ));
            }
            continue;
        }
        if !found {
            let got: Vec<String> = out
                .facts
                .iter()
                .map(|f| f.to_json("x").to_string())
                .collect();
            failures.push(format!(
                "{}: `{}` → no {} as described; got:\n  {}",
                ex.file,
                ex.text,
                ex.kind,
                got.join("\n  ")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rule examples failed:\n{}",
        failures.len(),
        examples.len(),
        failures.join("\n")
    );
}
