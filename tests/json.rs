//! The one JSON shape: `Mention::write_json` (what `extract --json` prints) writes exactly what
//! serde serializes, for every record of the embedded gazetteer and every kind of mention; keys
//! in the documented order; the schema's value lists are the enums' own.

use alam::{Entity, Extractor, Mention, OffsetUnit, Options};

/// Both serializations of one mention must be the same bytes.
fn same(m: Mention<'_, '_>) -> String {
    let mut fast = Vec::new();
    m.write_json(&mut fast);
    let serde = serde_json::to_string(&m).expect("serializes");
    assert_eq!(String::from_utf8(fast).expect("UTF-8"), serde);
    serde
}

fn check_all(text: &str, entities: &[Entity<'_>]) -> usize {
    let spans: Vec<alam::Span> = entities.iter().map(|e| e.span).collect();
    for unit in OffsetUnit::ALL {
        let offsets = unit.spans(text, &spans);
        for (e, at) in entities.iter().zip(offsets) {
            same(e.json(text).with_offsets(at));
            same(
                e.json(text)
                    .with_offsets(at)
                    .with_file("a \"b\"\\c.txt")
                    .with_line(9),
            );
        }
    }
    entities.len()
}

#[test]
fn the_fast_writer_matches_serde_for_every_record() {
    let ex = Extractor::default_ref();
    let g = ex.gazetteer();
    let mut seen = std::collections::HashSet::new();
    for a in g.aliases() {
        if a.flags.ambiguous {
            continue;
        }
        let text = format!("وقال {} اليوم", a.text);
        let found = ex.extract(&text);
        check_all(&text, &found);
        seen.extend(found.iter().filter_map(|e| e.id()).map(str::to_owned));
    }
    // Nearly every record has an unambiguous alias that is found alone.
    let records = g.countries().len() + g.officials().len() + g.armed_groups().len();
    assert!(
        seen.len() * 10 >= records * 9,
        "{} of {records}",
        seen.len()
    );
}

#[test]
fn the_fast_writer_matches_serde_for_roles_nested_and_marks() {
    let ex = Extractor::default_ref();
    let text = "وقال وزير الدفاع الإيراني حسين دهقان\t\"إن\" 🙂 طهران تدعم قوات سوريا الديمقراطية، \
                وقال الرئيس السوري حسين دهقان، ووزير الخارجية الأمريكي.";
    let dated = Options::default()
        .with_nested(true)
        .with_date("2016-06-09".parse().expect("date"));
    let found = ex.extract_with(text, &dated);
    assert!(found.iter().any(|e| e.parent.is_some()), "a nested mention");
    assert!(
        found.iter().any(|e| e.role.is_some_and(|r| r.mismatch)),
        "a mismatch"
    );
    check_all(text, &found);
    let undated = ex.extract(text);
    assert!(
        undated.iter().any(|e| e.role.is_some() && e.id().is_none()),
        "no holder"
    );
    check_all(text, &undated);
}

#[test]
fn keys_come_in_the_documented_order() {
    let text = "زار وزير الخارجية الإيراني دمشق";
    let e = &alam::extract(text)[0];
    let json = same(e.json(text).with_file("f").with_line(1));
    let mut at = 0;
    for key in Mention::KEYS {
        let found = json[at..]
            .find(&format!("\"{key}\":"))
            .unwrap_or_else(|| panic!("{key} missing or out of order in {json}"));
        at += found;
    }
    // Without file and line, those two keys are absent and the rest is the same.
    let plain = same(e.json(text));
    assert!(!plain.contains("\"file\"") && !plain.contains("\"line\""));
    assert_eq!(
        json.strip_suffix(",\"file\":\"f\",\"line\":1}"),
        plain.strip_suffix('}')
    );
}

#[test]
fn the_schema_lists_the_enums_own_values() {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../docs/entity.schema.json")).expect("JSON");
    let list = |v: &serde_json::Value| -> Vec<String> {
        v["enum"]
            .as_array()
            .unwrap_or_else(|| panic!("an enum: {v}"))
            .iter()
            .map(|s| s.as_str().expect("a string").to_owned())
            .collect()
    };
    let strs = |v: &[&str]| -> Vec<String> { v.iter().map(|s| (*s).to_owned()).collect() };
    let props = &schema["properties"];
    let defs = &schema["$defs"];
    assert_eq!(
        list(&props["form"]),
        strs(
            &alam::Form::ALL
                .iter()
                .map(|v| v.as_str())
                .collect::<Vec<_>>()
        )
    );
    assert_eq!(
        list(&defs["role"]),
        strs(
            &alam::Role::ALL
                .iter()
                .map(|v| v.as_str())
                .collect::<Vec<_>>()
        )
    );
    assert_eq!(
        list(&defs["country"]["properties"]["status"]),
        strs(
            &alam::CountryStatus::ALL
                .iter()
                .map(|v| v.as_str())
                .collect::<Vec<_>>()
        )
    );
    assert_eq!(
        list(&defs["armed_group"]["properties"]["category"]),
        strs(
            &alam::GroupCategory::ALL
                .iter()
                .map(|v| v.as_str())
                .collect::<Vec<_>>()
        )
    );
    // Every key, in the order of Mention::KEYS.
    let keys: Vec<&str> = props
        .as_object()
        .expect("properties")
        .keys()
        .map(String::as_str)
        .collect();
    let mut sorted_keys = Mention::KEYS.to_vec();
    sorted_keys.sort_unstable();
    let mut schema_keys = keys.clone();
    schema_keys.sort_unstable();
    assert_eq!(schema_keys, sorted_keys);
}
