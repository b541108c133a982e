//! The data files embedded in the crate: the entity data (replaceable by the user, see
//! `ExtractorBuilder::without_defaults`) and the language rules of the lexicon (always these).
//!
//! Invariant: every file listed here exists in `gazetteers/` and ships in the package (`.ci/run`
//! checks the package list); `cargo test` validates each one.

/// The default entity data files: (file name, contents).
pub(crate) const DATA: &[(&str, &str)] = &[
    (
        "countries.tsv",
        include_str!("../../gazetteers/countries.tsv"),
    ),
    (
        "country_aliases.tsv",
        include_str!("../../gazetteers/country_aliases.tsv"),
    ),
    (
        "officials.tsv",
        include_str!("../../gazetteers/officials.tsv"),
    ),
    ("offices.tsv", include_str!("../../gazetteers/offices.tsv")),
    (
        "official_aliases.tsv",
        include_str!("../../gazetteers/official_aliases.tsv"),
    ),
    (
        "armed_groups.tsv",
        include_str!("../../gazetteers/armed_groups.tsv"),
    ),
    (
        "armed_group_aliases.tsv",
        include_str!("../../gazetteers/armed_group_aliases.tsv"),
    ),
    (
        "organizations.tsv",
        include_str!("../../gazetteers/organizations.tsv"),
    ),
    (
        "organization_aliases.tsv",
        include_str!("../../gazetteers/organization_aliases.tsv"),
    ),
    (
        "role_titles.tsv",
        include_str!("../../gazetteers/role_titles.tsv"),
    ),
    (
        "person_cues.tsv",
        include_str!("../../gazetteers/person_cues.tsv"),
    ),
    (
        "group_nouns.tsv",
        include_str!("../../gazetteers/group_nouns.tsv"),
    ),
    (
        "given_names.tsv",
        include_str!("../../gazetteers/given_names.tsv"),
    ),
    (
        "shadowing_names.tsv",
        include_str!("../../gazetteers/shadowing_names.tsv"),
    ),
];

/// The lexicon files (language rules): (file name, contents).
pub(crate) const LEXICON: &[(&str, &str)] = &[
    (
        "proclitics.tsv",
        include_str!("../../gazetteers/proclitics.tsv"),
    ),
    ("ranks.tsv", include_str!("../../gazetteers/ranks.tsv")),
    (
        "reporting_verbs.tsv",
        include_str!("../../gazetteers/reporting_verbs.tsv"),
    ),
    (
        "facility_nouns.tsv",
        include_str!("../../gazetteers/facility_nouns.tsv"),
    ),
    (
        "subordinate_titles.tsv",
        include_str!("../../gazetteers/subordinate_titles.tsv"),
    ),
    (
        "name_connectors.tsv",
        include_str!("../../gazetteers/name_connectors.tsv"),
    ),
    (
        "former_markers.tsv",
        include_str!("../../gazetteers/former_markers.tsv"),
    ),
    (
        "incoming_markers.tsv",
        include_str!("../../gazetteers/incoming_markers.tsv"),
    ),
    (
        "death_nouns.tsv",
        include_str!("../../gazetteers/death_nouns.tsv"),
    ),
    (
        "son_markers.tsv",
        include_str!("../../gazetteers/son_markers.tsv"),
    ),
    (
        "counterpart_nouns.tsv",
        include_str!("../../gazetteers/counterpart_nouns.tsv"),
    ),
    (
        "kinship_nouns.tsv",
        include_str!("../../gazetteers/kinship_nouns.tsv"),
    ),
    (
        "team_nouns.tsv",
        include_str!("../../gazetteers/team_nouns.tsv"),
    ),
    (
        "form_ranks.tsv",
        include_str!("../../gazetteers/form_ranks.tsv"),
    ),
    (
        "agreement.tsv",
        include_str!("../../gazetteers/agreement.tsv"),
    ),
];
