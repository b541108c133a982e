//! Shadowing names (`shadowing_names.tsv`): fixed names that contain a country alias but do not,
//! as a whole, name that country (بحر الصين الجنوبي، ريال مدريد، وكالة الأنباء الفرنسية).
//!
//! Each row names the countries it contains and, per country, the effect on an alias of that
//! country inside the name: `suppress` (the inner mention is wrong) or `in_name` (the name is an
//! organization of that country; reported with form `in_name` only on request). Invariants
//! after validation: every row's countries exist and are distinct, it has one effect per
//! country (or one for all), its category is a known one, and its normalized name is neither
//! empty, nor another row's, nor an alias variant (a shadowing name never hides a whole entity
//! name).

use std::collections::HashMap;

use super::ids::CountryId;
use super::parse::{Location, RawShadow, ShadowEffect};
use super::variants::{normalize_alias, Variant};
use super::{FastMap, FastSet};
use crate::error::Result;

/// A validated shadowing name.
#[derive(Debug, Clone)]
pub(crate) struct ShadowName {
    /// The name as written in the file.
    pub name: String,
    /// Each country whose aliases it shadows, with the effect.
    pub contains: Vec<(CountryId, ShadowEffect)>,
}

impl ShadowName {
    /// The effect on an alias of `country` inside the name; `None` when the row does not list
    /// the country (the mention then stays as it is).
    pub(crate) fn effect_on(&self, country: CountryId) -> Option<ShadowEffect> {
        self.contains
            .iter()
            .find(|(c, _)| *c == country)
            .map(|(_, e)| *e)
    }
}

/// Validates the rows against the countries and the alias variants.
pub(crate) fn validate(
    rows: Vec<(Location, RawShadow)>,
    countries: &HashMap<String, CountryId>,
    variants: &[Vec<Variant>],
) -> Result<Vec<ShadowName>> {
    let alias_texts: FastSet<&str> = variants.iter().flatten().map(|v| v.text.as_str()).collect();
    let mut seen: FastMap<String, Location> = FastMap::default();
    let mut out = Vec::with_capacity(rows.len());
    for (loc, raw) in rows {
        let normalized = normalize_alias(&raw.name);
        if normalized.is_empty() {
            return Err(loc.error("name normalizes to nothing"));
        }
        if alias_texts.contains(normalized.as_str()) {
            return Err(loc.error(format!(
                "{:?} is written like an alias of an entity: a shadowing name may not hide one",
                raw.name
            )));
        }
        if let Some(first) = seen.get(&normalized) {
            return Err(loc.error(format!(
                "{:?} normalizes like the row at {}:{}",
                raw.name, first.file, first.line
            )));
        }
        let mut contains = Vec::with_capacity(raw.contains.len());
        for (i, id) in raw.contains.iter().enumerate() {
            let &country = countries
                .get(id)
                .ok_or_else(|| loc.error(format!("unknown country {id:?}")))?;
            if contains.iter().any(|&(c, _)| c == country) {
                return Err(loc.error(format!("country {id:?} listed twice")));
            }
            let effect = raw.effects.get(i).unwrap_or(&raw.effects[0]);
            contains.push((country, *effect));
        }
        seen.insert(normalized, loc);
        out.push(ShadowName {
            name: raw.name,
            contains,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use crate::gazetteer::build;

    fn with_shadows(rows: &str) -> crate::Result<crate::Gazetteer> {
        let mut files: Vec<(String, String)> = crate::gazetteer::tests::FILES
            .iter()
            .map(|(n, t)| ((*n).to_owned(), (*t).to_owned()))
            .collect();
        files.push((
            "shadowing_names.tsv".to_owned(),
            format!("name\tname_en\tcategory\tcontains\teffect\tsource\tattested\n{rows}"),
        ));
        build(&files)
    }

    #[test]
    fn rows_are_checked_with_file_and_line() {
        let ok = with_shadows("المرصد السوري\tSOHR\tngo\tSY\tin_name\tt\t\n").expect("a valid row");
        assert_eq!(ok.shadows().len(), 1);
        let cases = [
            (
                "بحر سوريا\tx\tlake\tSY\tsuppress\tt\t\n",
                "unknown category",
            ),
            ("بحر سوريا\tx\tsea\tSY\thide\tt\t\n", "neither suppress"),
            ("بحر سوريا\tx\tsea\tXX\tsuppress\tt\t\n", "unknown country"),
            (
                "بحر سوريا\tx\tsea\tSY|IR\tsuppress|in_name|suppress\tt\t\n",
                "3 effects",
            ),
            ("سوريا\tx\tsea\tSY\tsuppress\tt\t\n", "alias of an entity"),
            (
                "بحر سوريا\tx\tsea\tSY\tsuppress\tt\t\nبَحر سوريا\tx\tsea\tSY\tsuppress\tt\t\n",
                "normalizes like the row at shadowing_names.tsv:2",
            ),
        ];
        for (rows, want) in cases {
            let err = with_shadows(rows).expect_err(rows).to_string();
            assert!(err.contains(want), "{rows:?}: {err}");
            assert!(err.contains("shadowing_names.tsv:"), "{err}");
        }
    }
}
