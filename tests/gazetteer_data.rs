//! The embedded gazetteers are valid, and every kind of bad gazetteer input gives an error that
//! names file, line and problem.

use alam::normalize;
use alam::{Error, Extractor};

const COUNTRIES_HEADER: &str = "id\tiso3\tname_ar\tname_en\tcapital_ar\tcapital_en\tstatus\tsource";
const OFFICIALS_HEADER: &str = "id\tname_ar\tname_en\twikidata\tsource";
const OFFICES_HEADER: &str = "official\trole\tcountry\tstart\tend\tsource";
const GROUPS_HEADER: &str =
    "id\tname_ar\tname_en\tcategory\tcountries\tparent\tpredecessors\tdesignations\twikidata\tsource";
/// A country alias file's header: its first column says which records it names.
const ALIASES_HEADER: &str = "country\talias\tform\tflags\tcues\tsource";
/// The alias header of earlier versions: the file name must name exactly one kind.
const LEGACY_ALIASES_HEADER: &str = "id\talias\tform\tflags\tcues\tsource";

const COUNTRY_ROW: &str = "SY\tSYR\tسوريا\tSyria\tدمشق\tDamascus\tun_member\tcldr";

#[test]
fn the_embedded_gazetteers_build_and_cover_the_world() {
    let ex = Extractor::builder()
        .build()
        .expect("embedded data is valid");
    let g = ex.gazetteer();
    // every UN member and both observers
    let un = g
        .countries()
        .iter()
        .filter(|c| {
            matches!(
                c.status,
                alam::CountryStatus::UnMember | alam::CountryStatus::UnObserver
            )
        })
        .count();
    assert_eq!(un, 195);
    for id in ["PS", "VA", "XK", "TW", "EH", "X-SOMALILAND"] {
        assert!(g.country(id).is_some(), "{id} missing");
    }
    // every country can be found by its canonical name
    for c in g.countries() {
        // An ambiguous name (بنين 'sons', مالي 'financial') needs context: its first cue, or
        // else the capital elsewhere in the document.
        let ambiguous = g.aliases().iter().find(|a| {
            a.kind() == alam::EntityKind::Country
                && normalize(&a.text).as_str() == normalize(&c.name_ar).as_str()
                && a.flags.ambiguous
                && g.record(a.record).id() == c.id
        });
        let text = match (ambiguous, &c.capital_ar) {
            (Some(a), _) if !a.cues.is_empty() => {
                format!("خبر: {}", a.cues[0].replace('_', &c.name_ar))
            }
            (Some(_), Some(capital)) => format!("خبر عن {} وعاصمتها {capital}", c.name_ar),
            _ => format!("خبر عن {} اليوم", c.name_ar),
        };
        let found = ex.extract(&text);
        assert!(
            found
                .iter()
                .any(|e| e.id() == Some(c.id.as_str()) || e.country() == Some(c.id.as_str())),
            "{} ({}) not found by its name {:?}: {:?}",
            c.id,
            c.name_en,
            c.name_ar,
            found.iter().map(|e| e.id()).collect::<Vec<_>>()
        );
    }
}

#[test]
fn offices_reference_known_countries_and_are_ordered() {
    let g = Extractor::default_ref().gazetteer();
    for o in g.officials() {
        for t in &o.offices {
            if let Some(c) = t.country() {
                assert!(g.country(c).is_some(), "{}: unknown country {c}", o.id);
            }
            let org = t.org.as_deref().unwrap_or("un");
            let known = g.country(org).is_some()
                || g.organization(org).is_some()
                || g.armed_group(org).is_some();
            assert!(known, "{}: unknown org {org}", o.id);
            if let Some(end) = t.end {
                assert!(t.start <= end, "{}: term ends before it starts", o.id);
            }
        }
    }
    for grp in g.armed_groups() {
        for c in &grp.countries {
            assert!(g.country(c).is_some(), "{}: unknown country {c}", grp.id);
        }
    }
}

#[test]
fn no_person_holds_one_office_twice_at_once() {
    // Two data sessions can add the same term (merged rows): a person's terms of one office
    // never overlap.
    let g = Extractor::default_ref().gazetteer();
    for o in g.officials() {
        for (i, a) in o.offices.iter().enumerate() {
            for b in &o.offices[i + 1..] {
                let same = (a.role, &a.org, &a.about) == (b.role, &b.org, &b.about);
                let overlap =
                    a.end.map_or(true, |e| b.start < e) && b.end.map_or(true, |e| a.start < e);
                assert!(
                    !(same && overlap),
                    "{}: two overlapping {} terms from {} and {}",
                    o.id,
                    a.role,
                    a.start,
                    b.start
                );
            }
        }
    }
}

/// Named gazetteer sources.
type Files = Vec<(&'static str, String)>;

fn build(files: &[(&str, String)]) -> Result<Extractor, Error> {
    let mut b = Extractor::builder().without_defaults();
    for (name, text) in files {
        b = b.add_source(name, text);
    }
    b.build()
}

fn countries(rows: &[&str]) -> (&'static str, String) {
    (
        "countries.tsv",
        format!("{COUNTRIES_HEADER}\n{}\n", rows.join("\n")),
    )
}

/// A country, the official `a-b` and one row of `offices.tsv` for them.
fn with_office(row: &str) -> Files {
    vec![
        countries(&[COUNTRY_ROW]),
        file("officials.tsv", OFFICIALS_HEADER, &["a-b\tأ ب\tA B\t\tx"]),
        file("offices.tsv", OFFICES_HEADER, &[row]),
    ]
}

fn file(name: &'static str, header: &str, rows: &[&str]) -> (&'static str, String) {
    (name, format!("{header}\n{}\n", rows.join("\n")))
}

/// One line per malformed input: the files, the expected `file:line:` and a word of the problem.
#[test]
fn malformed_files_name_file_line_and_problem() {
    let long_line = format!("SY\t{}", "ا".repeat(1 << 19));
    let cases: Vec<(Files, &str, &str)> = vec![
        (
            vec![countries(&["SY\tSYR\tسوريا"])],
            "countries.tsv:2:",
            "expected 8 tab-separated fields, found 3",
        ),
        (
            vec![countries(&[&long_line])],
            "countries.tsv:2:",
            "expected 8 tab-separated fields, found 2",
        ),
        (
            vec![countries(&["SY\tSYR\tسوريا \tSyria\t\t\tun_member\tx"])],
            "countries.tsv:2:",
            "trailing whitespace",
        ),
        (
            vec![countries(&["SY\tSYR\tسوريا\tSyria\t\t\tmember\tx"])],
            "countries.tsv:2:",
            "unknown status",
        ),
        (
            vec![countries(&["sy\tSYR\tسوريا\tSyria\t\t\tun_member\tx"])],
            "countries.tsv:2:",
            "neither an ISO alpha-2",
        ),
        (
            vec![countries(&[COUNTRY_ROW, COUNTRY_ROW])],
            "countries.tsv:3:",
            "duplicate id \"SY\" (first defined at countries.tsv:2)",
        ),
        (
            vec![("x.tsv", "id\tfoo\n".to_owned())],
            "x.tsv:1:",
            "unknown header row",
        ),
        (
            vec![("x.tsv", "# only a comment\n".to_owned())],
            "x.tsv",
            "empty file",
        ),
        (
            with_office("a-b\thead_of_state\tSY\t2016-02-30\t\tx"),
            "offices.tsv:2:",
            "invalid date \"2016-02-30\"",
        ),
        (
            with_office("a-b\thead_of_state\tSY\t2016-01-02\t2015-01-01\tx"),
            "offices.tsv:2:",
            "term ends (2015-01-01) before it starts (2016-01-02)",
        ),
        (
            with_office("a-b\thead_of_state\tZZ\t2016-01-02\t\tx"),
            "offices.tsv:2:",
            "unknown country \"ZZ\"",
        ),
        (
            with_office("c-d\thead_of_state\tSY\t2016-01-02\t\tx"),
            "offices.tsv:2:",
            "unknown official \"c-d\"",
        ),
        (
            with_office("a-b\tking\tSY\t2016-01-02\t\tx"),
            "offices.tsv:2:",
            "unknown role \"king\"",
        ),
        (
            vec![
                countries(&[COUNTRY_ROW]),
                file("officials.tsv", OFFICIALS_HEADER, &["A B\tأ ب\tA B\t\tx"]),
            ],
            "officials.tsv:2:",
            "not a lower-case ASCII slug",
        ),
        (
            vec![
                countries(&[COUNTRY_ROW]),
                file(
                    "country_aliases.tsv",
                    ALIASES_HEADER,
                    &["SY\t\tname\t\t\tx"],
                ),
            ],
            "country_aliases.tsv:2:",
            "alias is empty",
        ),
        (
            vec![
                countries(&[COUNTRY_ROW]),
                file(
                    "country_aliases.tsv",
                    ALIASES_HEADER,
                    &["SY\t\u{064E}\u{0640}\tname\t\t\tx"],
                ),
            ],
            "country_aliases.tsv:2:",
            "normalizes to nothing",
        ),
        (
            vec![
                countries(&[COUNTRY_ROW]),
                file(
                    "country_aliases.tsv",
                    ALIASES_HEADER,
                    &["ZZ\tزز\tname\t\t\tx"],
                ),
            ],
            "country_aliases.tsv:2:",
            "unknown country \"ZZ\": a country id is an upper-case ISO",
        ),
        (
            vec![
                countries(&[COUNTRY_ROW]),
                file(
                    "country_aliases.tsv",
                    ALIASES_HEADER,
                    &["SY\tسورية\tnickname\t\t\tx"],
                ),
            ],
            "country_aliases.tsv:2:",
            "unknown form \"nickname\"; valid: name, long_name, capital, demonym, seat, label, \
             full_name, short_name, surname, acronym, self_designation, role, reference or in_name",
        ),
        (
            vec![
                countries(&[COUNTRY_ROW]),
                file(
                    "country_aliases.tsv",
                    ALIASES_HEADER,
                    &["SY\tسورية\tname\tvague\t\tx"],
                ),
            ],
            "country_aliases.tsv:2:",
            "unknown flag \"vague\"; valid: ambiguous, common, article, literal, pejorative, \
             historical, standalone or as_written",
        ),
        (
            vec![
                countries(&[COUNTRY_ROW]),
                file(
                    "country_aliases.tsv",
                    ALIASES_HEADER,
                    &["SY\tسورية\tname\tambiguous\tحركة\tx"],
                ),
            ],
            "country_aliases.tsv:2:",
            "placeholder _",
        ),
        (
            vec![
                countries(&[COUNTRY_ROW]),
                file("aliases.tsv", LEGACY_ALIASES_HEADER, &["SY\tسورية\tname\t\t\tx"]),
            ],
            "aliases.tsv:1:",
            "does not say which records the file names (and the file name names 0 kinds); name \
             the first column after the kind: country\\talias\\tform\\tflags\\tcues\\tsource, \
             official\\talias\\tform\\tflags\\tcues\\tsource, \
             armed_group\\talias\\tform\\tflags\\tcues\\tsource or \
             organization\\talias\\tform\\tflags\\tcues\\tsource",
        ),
        (
            // A name with both "official" and "group" picks neither.
            vec![
                countries(&[COUNTRY_ROW]),
                file(
                    "official_group_aliases.tsv",
                    LEGACY_ALIASES_HEADER,
                    &["SY\tسورية\tname\t\t\tx"],
                ),
            ],
            "official_group_aliases.tsv:1:",
            "(and the file name names 2 kinds)",
        ),
        (
            vec![countries(&[COUNTRY_ROW]), file("aliases.tsv", "person\talias\tform\tflags\tcues\tsource", &[])],
            "aliases.tsv:1:",
            "unknown header row \"person\\talias\\tform\\tflags\\tcues\\tsource\"; valid header rows: \
             id\\tiso3\\tname_ar",
        ),
        (
            vec![
                countries(&[COUNTRY_ROW]),
                file("mine.tsv", ALIASES_HEADER, &["sy\tسورية\tname\t\t\tx"]),
            ],
            "mine.tsv:2:",
            "unknown country \"sy\": a country id is an upper-case ISO 3166-1 alpha-2 code (IR) \
             or X- and an upper-case slug (X-SOMALILAND), one of the ids of the countries file; \
             did you mean \"SY\"?",
        ),
        (
            vec![
                countries(&[COUNTRY_ROW]),
                file("offices.tsv", OFFICES_HEADER, &["a-b\tpresident\tSY\t2000-01-01\t\tx"]),
            ],
            "offices.tsv:2:",
            "unknown role \"president\"; valid: head_of_state, head_of_government, foreign_minister, \
             defence_minister, crown_prince, supreme_leader, vice_president, un_secretary_general, \
             military_commander, interior_minister, finance_minister, energy_minister, speaker, army_chief, group_leader, \
             party_leader, envoy, org_head or minister",
        ),
        (
            with_office("a-b\thead_of_state\tsy\t2000-01-01\t\tx"),
            "offices.tsv:2:",
            "unknown country \"sy\": a country id is an upper-case ISO 3166-1 alpha-2 code (IR) or \
             X- and an upper-case slug (X-SOMALILAND), one of the ids of the countries file; did \
             you mean \"SY\"?",
        ),
        (
            with_office("a-b\thead_of_state\tLY\t2000-01-01\t\tx"),
            "offices.tsv:2:",
            "one of the ids of the countries file",
        ),
        (
            vec![countries(&["SY\tSYR\tسوريا\tSyria\t\t\tmember\tx"])],
            "countries.tsv:2:",
            "unknown status \"member\"; valid: un_member, un_observer, partially_recognised, \
             unrecognised, territory, constituent or former",
        ),
        (
            vec![
                countries(&[COUNTRY_ROW]),
                file(
                    "armed_groups.tsv",
                    GROUPS_HEADER,
                    &["g\tج\tG\trebels\tSY\t\t\t\t\tx"],
                ),
            ],
            "armed_groups.tsv:2:",
            "unknown category \"rebels\"; valid: jihadist, insurgent, militia, state_force, \
             private_military, separatist, armed_wing, coalition, party or movement",
        ),
        (
            vec![
                countries(&[COUNTRY_ROW, "LB\tLBN\tلبنان\tLebanon\t\t\tun_member\tx"]),
                file(
                    "country_aliases.tsv",
                    ALIASES_HEADER,
                    &["LB\tسوريا\tname\t\t\tx"],
                ),
            ],
            "country_aliases.tsv:2:",
            "also names SY (countries.tsv:2)",
        ),
        (
            vec![
                countries(&[COUNTRY_ROW, "LB\tLBN\tلبنان\tLebanon\t\t\tun_member\tx"]),
                file(
                    "country_aliases.tsv",
                    ALIASES_HEADER,
                    &["LB\tسوري\tdemonym\t\t\tx", "SY\tالسوريون\tname\t\t\tx"],
                ),
            ],
            "country_aliases.tsv:2:",
            "(variant \"سوريا\") of LB also names SY",
        ),
        (
            vec![
                countries(&[COUNTRY_ROW]),
                file(
                    "country_aliases.tsv",
                    ALIASES_HEADER,
                    &["SY\tسورية\tname\t\t\tx", "SY\tسورية\tname\tambiguous\t\tx"],
                ),
            ],
            "country_aliases.tsv:3:",
            "duplicate alias \"سورية\" (name) of SY (first at country_aliases.tsv:2)",
        ),
        (
            vec![
                countries(&[COUNTRY_ROW]),
                file(
                    "armed_groups.tsv",
                    GROUPS_HEADER,
                    &["g\tج\tG\tmilitia\tSY\tnone\t\t\t\tx"],
                ),
            ],
            "armed_groups.tsv:2:",
            "unknown armed group \"none\"",
        ),
        (
            vec![
                countries(&[COUNTRY_ROW]),
                file(
                    "armed_groups.tsv",
                    GROUPS_HEADER,
                    &["g\tج\tG\tgang\tSY\t\t\t\t\tx"],
                ),
            ],
            "armed_groups.tsv:2:",
            "unknown category \"gang\"",
        ),
        (
            vec![
                countries(&[COUNTRY_ROW]),
                file(
                    "armed_groups.tsv",
                    GROUPS_HEADER,
                    &["g\tج\tG\tmilitia\tQQ\t\t\t\t\tx"],
                ),
            ],
            "armed_groups.tsv:2:",
            "unknown country \"QQ\"",
        ),
    ];
    for (files, location, problem) in cases {
        let err = build(&files).expect_err(problem).to_string();
        assert!(
            err.starts_with(location),
            "{err:?} should start with {location:?}"
        );
        assert!(err.contains(problem), "{err:?} should contain {problem:?}");
    }
}

#[test]
fn ambiguous_aliases_may_be_shared_and_a_bom_and_crlf_are_accepted() {
    let text = format!(
        "\u{FEFF}{COUNTRIES_HEADER}\r\n{COUNTRY_ROW}\r\nOM\tOMN\tعمان\tOman\tمسقط\tMuscat\tun_member\tx\r\nJO\tJOR\tالأردن\tJordan\t\t\tun_member\tx\r\n"
    );
    let aliases = format!(
        "{ALIASES_HEADER}\nOM\tعمان\tname\tambiguous\tسلطنة _\tx\nJO\tعمّان\tcapital\tambiguous\tالعاصمة الأردنية _\tx\nOM\tعُمان\tname\tambiguous\t\tx\n"
    );
    let ex = build(&[("countries.tsv", text), ("country_aliases.tsv", aliases)]).expect("valid");
    let ids = |t: &str| {
        ex.extract(t)
            .iter()
            .map(|e| e.id().unwrap_or("").to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids("زار سلطنة عمان"), ["OM"]);
    assert_eq!(ids("في العاصمة الأردنية عمان"), ["JO"]);
    assert!(ids("عمان").is_empty());
    // the diacritics normalization removes decide: عمّان is the city, عُمان the country
    assert_eq!(ids("ثمّنت عمّان الدور"), ["JO"]);
    assert_eq!(ids("زار عُمان الوزير"), ["OM"]);
}

#[test]
fn files_on_disk_invalid_utf8_and_missing_files_name_the_file() {
    let dir = std::env::temp_dir().join(format!("alam-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let bad = dir.join("countries.tsv");
    let mut bytes = format!("{COUNTRIES_HEADER}\n{COUNTRY_ROW}\n").into_bytes();
    bytes.extend_from_slice(b"LB\tLBN\t\xff\xfe\tLebanon\t\t\tun_member\tx\n");
    std::fs::write(&bad, bytes).expect("write");
    let err = Extractor::builder()
        .without_defaults()
        .add_file(&bad)
        .build()
        .expect_err("invalid utf-8");
    let msg = err.to_string();
    assert!(
        msg.ends_with("countries.tsv:3: not valid UTF-8 (byte offset 7 of line 3)"),
        "{msg}"
    );

    let missing = dir.join("nope.tsv");
    let err = Extractor::builder()
        .add_file(&missing)
        .build()
        .expect_err("missing");
    assert!(matches!(err, Error::Io { .. }));
    assert!(err.to_string().contains("nope.tsv: cannot read"), "{err}");

    // The legacy header is accepted where the file name names one kind.
    let good = dir.join("my_country_aliases.tsv");
    std::fs::write(
        &good,
        format!("{LEGACY_ALIASES_HEADER}\nSY\tسورية الأسد\tlabel\t\t\tx\n"),
    )
    .expect("write");
    let ex = Extractor::builder()
        .add_file(&good)
        .build()
        .expect("valid user file");
    let text = "في سورية الأسد";
    let e = &ex.extract(text)[0];
    assert_eq!((e.id(), e.text(text)), (Some("SY"), "سورية الأسد"));
    std::fs::remove_dir_all(&dir).ok();
}
