//! The lexicon: the language rules that are word lists, loaded from TSV files (`proclitics.tsv`,
//! `ranks.tsv`, `former_markers.tsv`, `incoming_markers.tsv`, `form_ranks.tsv`, `agreement.tsv`,
//! `facility_nouns.tsv`, `subordinate_titles.tsv`, `son_markers.tsv`, `death_nouns.tsv`,
//! `counterpart_nouns.tsv`, `kinship_nouns.tsv`, `team_nouns.tsv`; see `gazetteers/README.md`)
//! instead of being written in code.
//!
//! Invariants: every word is stored in matching form (normalized), non-empty; every problem in
//! a file is an error naming the file and line; the lexicon is the embedded one (the user's
//! gazetteer files replace entity data, not these rules).

use super::hash::FastSet;
use super::parse::{Location, Row, Table};
use super::records::Form;
use super::variants::normalize_alias;
use crate::error::{Error, Result};
use crate::text::words::ProcliticChains;

/// How a definite demonym after a role title agrees with it: its matching form starts with
/// `prefix` and ends with `suffix`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Agreement {
    pub prefix: String,
    pub suffix: String,
}

impl Agreement {
    /// Whether `written` (matching form) agrees.
    pub(crate) fn fits(&self, written: &str) -> bool {
        written.starts_with(self.prefix.as_str()) && written.ends_with(self.suffix.as_str())
    }
}

/// The language rules.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lexicon {
    /// Valid proclitic chains.
    pub proclitics: ProcliticChains,
    /// Every rank and honorific that stands before a person's name.
    pub ranks: Vec<String>,
    /// The military ranks (الجنرال، العقيد): before an ambiguous surname they name only a person
    /// who held a military office.
    pub military_ranks: Vec<String>,
    /// The honorifics anyone may bear (السيد، الدكتور): before a leader's name that is also a
    /// given name they do not mark the leader.
    pub generic_ranks: Vec<String>,
    /// The ranks that may stand between a role phrase and its holder's name.
    pub role_links: FastSet<String>,
    /// Words that make a role phrase a former office.
    pub former: Vec<String>,
    /// Words that make a role phrase name the office's incoming holder.
    pub incoming: Vec<String>,
    /// Nouns of a person's death (اغتيال، وفاة) before a surname.
    pub death_nouns: FastSet<String>,
    /// Words that, before a noun of death, make it an attempt (محاولة اغتيال).
    pub death_attempts: FastSet<String>,
    /// Reporting and statement verbs (قال، أعلنت): their subject is an actor.
    pub reporting_verbs: FastSet<String>,
    /// Heads of a construct that names a facility after a person (مطار، جامعة، مركز).
    pub facility_nouns: FastSet<String>,
    /// Phrases of more than one word before a name that names a ship or a facility after a
    /// person (حاملة الطائرات): the name stands right after the phrase.
    pub facility_phrases: Vec<String>,
    /// Words that make a role title after them a lower office (نائب، مساعد، وكيل).
    pub subordinate_titles: FastSet<String>,
    /// Words that join a given name to a family name (بن، آل، أبو).
    pub name_connectors: FastSet<String>,
    /// Words after a person's name that make it their son's (الابن، جونيور).
    pub son_markers: FastSet<String>,
    /// Kinship nouns with a suffix (أخيه، عمه): after ابن they are an apposition, not a name.
    pub kinship_nouns: FastSet<String>,
    /// Team nouns in construct before a country's name (منتخب مصر): the country is part of the
    /// team's name.
    pub team_nouns: FastSet<String>,
    /// Definite team nouns before a definite demonym (المنتخب السعودي), without their article.
    pub team_stems: FastSet<String>,
    /// Words for "counterpart" (نظيره، نظيرته), each with whether the demonym after it agrees
    /// in the feminine.
    pub counterparts: Vec<(String, bool)>,
    /// Nouns that, between a role phrase and a counterpart noun, are the counterpart's
    /// antecedent instead (منتخب، فريق: a team's counterpart is a team).
    pub counterpart_antecedents: FastSet<String>,
    /// Rank of each form (by its position in [`Form::ALL`]); lower is preferred.
    form_ranks: Vec<u8>,
    /// Agreement of a masculine and of a feminine title.
    pub masculine: Agreement,
    pub feminine: Agreement,
}

impl Lexicon {
    /// The embedded lexicon.
    pub(crate) fn embedded() -> Result<Lexicon> {
        Lexicon::from_files(super::embedded::LEXICON)
    }

    /// The lexicon from its files, given as (file name, contents).
    pub(crate) fn from_files(files: &[(&str, &'static str)]) -> Result<Lexicon> {
        let file = |name: &str| -> Result<(&str, &'static str)> {
            files
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(n, t)| (*n, *t))
                .ok_or_else(|| Error::data(name, 0, "lexicon file missing"))
        };
        let mut lexicon = Lexicon::default();
        let (name, text) = file("proclitics.tsv")?;
        lexicon.read_proclitics(name, text)?;
        let (name, text) = file("ranks.tsv")?;
        for_rows(
            name,
            text,
            "rank\tafter_role\tmilitary\tgeneric\tsource",
            |row| {
                let rank = normalized(row, "rank")?;
                if row.yes_no("after_role")? {
                    lexicon.role_links.insert(rank.clone());
                }
                if row.yes_no("military")? {
                    lexicon.military_ranks.push(rank.clone());
                }
                if row.yes_no("generic")? {
                    lexicon.generic_ranks.push(rank.clone());
                }
                lexicon.ranks.push(rank);
                Ok(())
            },
        )?;
        let (name, text) = file("former_markers.tsv")?;
        for_rows(name, text, "marker\tsource", |row| {
            lexicon.former.push(normalized(row, "marker")?);
            Ok(())
        })?;
        let (name, text) = file("incoming_markers.tsv")?;
        for_rows(name, text, "marker\tsource", |row| {
            lexicon.incoming.push(normalized(row, "marker")?);
            Ok(())
        })?;
        let (name, text) = file("death_nouns.tsv")?;
        for_rows(name, text, "word\tattempt\tsource", |row| {
            let word = normalized(row, "word")?;
            match row.yes_no("attempt")? {
                true => lexicon.death_attempts.insert(word),
                false => lexicon.death_nouns.insert(word),
            };
            Ok(())
        })?;
        let (name, text) = file("son_markers.tsv")?;
        lexicon.son_markers = word_set(name, text, "marker\tgloss\tsource", "marker")?;
        let (name, text) = file("kinship_nouns.tsv")?;
        lexicon.kinship_nouns = word_set(name, text, "word\tgloss\tsource", "word")?;
        let (name, text) = file("team_nouns.tsv")?;
        lexicon.read_team_nouns(name, text)?;
        let (name, text) = file("counterpart_nouns.tsv")?;
        lexicon.read_counterparts(name, text)?;
        let (name, text) = file("subordinate_titles.tsv")?;
        lexicon.subordinate_titles = word_set(name, text, "word\tgloss\tsource", "word")?;
        let (name, text) = file("name_connectors.tsv")?;
        lexicon.name_connectors = word_set(name, text, "connector\tsource", "connector")?;
        let (name, text) = file("reporting_verbs.tsv")?;
        lexicon.reporting_verbs = word_set(name, text, "verb\tgloss\tsource", "verb")?;
        let (name, text) = file("facility_nouns.tsv")?;
        for_rows(name, text, "noun\tgloss\tsource", |row| {
            let noun = normalized(row, "noun")?;
            if noun.contains(' ') {
                lexicon.facility_phrases.push(noun);
            } else {
                lexicon.facility_nouns.insert(noun);
            }
            Ok(())
        })?;
        let (name, text) = file("form_ranks.tsv")?;
        lexicon.read_form_ranks(name, text)?;
        let (name, text) = file("agreement.tsv")?;
        lexicon.read_agreement(name, text)?;
        Ok(lexicon)
    }

    fn read_proclitics(&mut self, name: &str, text: &'static str) -> Result<()> {
        let table = Table::read(name, text)?;
        table.expect_header(name, "chain\tmerges\tsource")?;
        for row in table.rows(name) {
            let row = row?;
            let chain = row.cell("chain");
            if chain.is_empty() || normalize_alias(chain) != chain || chain.contains(' ') {
                return Err(row.loc.error(format!(
                    "chain {chain:?} must be one word of normalized letters"
                )));
            }
            self.proclitics.add(chain, row.yes_no("merges")?);
        }
        Ok(())
    }

    fn read_form_ranks(&mut self, name: &str, text: &str) -> Result<()> {
        let mut order: Vec<Form> = Vec::new();
        for_rows(name, text, "form\tsource", |row| {
            let form = row.token::<Form>("form")?;
            if order.contains(&form) {
                return Err(row.loc.error(format!("form {form} listed twice")));
            }
            order.push(form);
            Ok(())
        })?;
        let last = order.len() as u8;
        self.form_ranks = Form::ALL
            .iter()
            .map(|f| order.iter().position(|o| o == f).map_or(last, |p| p as u8))
            .collect();
        Ok(())
    }

    fn read_counterparts(&mut self, name: &str, text: &str) -> Result<()> {
        for_rows(name, text, "noun\tagreement\tsource", |row| {
            let noun = normalized(row, "noun")?;
            match row.cell("agreement") {
                "-" => {
                    self.counterpart_antecedents.insert(noun);
                }
                "m" => self.counterparts.push((noun, false)),
                "f" => self.counterparts.push((noun, true)),
                other => {
                    return Err(row
                        .loc
                        .error(format!("agreement {other:?} is not m, f or -")))
                }
            }
            Ok(())
        })
    }

    fn read_team_nouns(&mut self, name: &str, text: &str) -> Result<()> {
        for_rows(name, text, "noun\tfollows\tgloss\tsource", |row| {
            let noun = normalized(row, "noun")?;
            match (row.cell("follows"), noun.strip_prefix("ال")) {
                ("name", _) => {
                    self.team_nouns.insert(noun);
                }
                ("demonym", Some(stem)) if !stem.is_empty() => {
                    self.team_stems.insert(stem.to_owned());
                }
                ("demonym", _) => {
                    return Err(row
                        .loc
                        .error(format!("{noun:?} before a demonym must be definite (ال)")))
                }
                (other, _) => {
                    return Err(row
                        .loc
                        .error(format!("follows {other:?} is not name or demonym")))
                }
            }
            Ok(())
        })
    }

    fn read_agreement(&mut self, name: &str, text: &str) -> Result<()> {
        let mut seen = (false, false);
        for_rows(name, text, "agreement\tprefix\tsuffix\tsource", |row| {
            let rule = Agreement {
                prefix: normalize_alias(row.cell("prefix")),
                suffix: normalize_alias(row.cell("suffix")),
            };
            match row.cell("agreement") {
                "m" if !seen.0 => (self.masculine, seen.0) = (rule, true),
                "f" if !seen.1 => (self.feminine, seen.1) = (rule, true),
                other => {
                    return Err(row.loc.error(format!(
                        "agreement {other:?} is not m or f, or is given twice"
                    )))
                }
            }
            Ok(())
        })?;
        if seen != (true, true) {
            return Err(Error::data(name, 0, "needs one row for m and one for f"));
        }
        Ok(())
    }

    /// Preference of an alias form among the aliases of one record matching the same span
    /// (lower is preferred).
    pub(crate) fn form_rank(&self, form: Form) -> u8 {
        Form::ALL
            .iter()
            .position(|f| *f == form)
            .and_then(|i| self.form_ranks.get(i).copied())
            .unwrap_or(u8::MAX)
    }
}

/// Reads every row of a file with the given header.
/// The normalized words of column `column` of a lexicon file with header `header`.
fn word_set(name: &str, text: &str, header: &str, column: &str) -> Result<FastSet<String>> {
    let mut words = FastSet::default();
    for_rows(name, text, header, |row| {
        words.insert(normalized(row, column)?);
        Ok(())
    })?;
    Ok(words)
}

fn for_rows(
    name: &str,
    text: &str,
    header: &str,
    mut each: impl FnMut(&Row<'_, '_>) -> Result<()>,
) -> Result<()> {
    let table = Table::read(name, text)?;
    table.expect_header(name, header)?;
    for row in table.rows(name) {
        each(&row?)?;
    }
    Ok(())
}

/// The matching form of column `column`, which must not normalize to nothing.
fn normalized(row: &Row<'_, '_>, column: &str) -> Result<String> {
    let word = normalize_alias(row.cell(column));
    if word.is_empty() {
        return Err(empty(&row.loc, column));
    }
    Ok(word)
}

fn empty(loc: &Location, column: &str) -> Error {
    loc.error(format!("{column} is empty or normalizes to nothing"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::embedded::LEXICON;

    #[test]
    fn the_embedded_lexicon_loads() {
        let l = Lexicon::embedded().expect("embedded lexicon is valid");
        assert!(l.role_links.contains("الامير") && !l.role_links.contains("الوزير"));
        assert!(l.ranks.iter().any(|r| r == "الفريق اول"));
        assert_eq!(l.former[1], "الاسبق");
        assert!(l.form_rank(Form::FullName) < l.form_rank(Form::Surname));
        assert_eq!(l.form_rank(Form::Role), l.form_rank(Form::Reference));
        assert!(l.feminine.fits("السوريه") && !l.masculine.fits("السوريه"));
        assert!(l.counterparts.contains(&("نظيرته".to_owned(), true)));
        assert!(l.counterpart_antecedents.contains("منتخب"));
        assert!(l.team_nouns.contains("منتخبات") && !l.team_nouns.contains("المنتخب"));
        assert!(l.team_stems.contains("منتخب") && !l.team_stems.contains("المنتخب"));
        let chain = l.proclitics.prefix("وللعراق", 4).expect("a chain");
        assert_eq!((chain.as_str(), chain.merges()), ("ول", true));
    }

    /// One line per malformed lexicon: the file replaced, its text, the expected `file:line:`
    /// and a word of the problem.
    const MALFORMED: &[(&str, &str, &str, &str)] = &[
        (
            "ranks.tsv",
            "rank\tsource\n",
            "ranks.tsv:1:",
            "unknown header",
        ),
        (
            "ranks.tsv",
            "rank\tafter_role\tmilitary\tgeneric\tsource\nالسيد\tmaybe\tno\tno\tc\n",
            "ranks.tsv:2:",
            "neither yes nor no",
        ),
        (
            "ranks.tsv",
            "rank\tafter_role\tmilitary\tgeneric\tsource\n\u{064E}\tyes\tno\tno\tc\n",
            "ranks.tsv:2:",
            "normalizes to nothing",
        ),
        (
            "proclitics.tsv",
            "chain\tmerges\tsource\n# c\nوَ\tno\tc\n",
            "proclitics.tsv:3:",
            "normalized letters",
        ),
        (
            "former_markers.tsv",
            "marker\tsource\nالسابق\n",
            "former_markers.tsv:2:",
            "expected 2 tab-separated",
        ),
        (
            "form_ranks.tsv",
            "form\tsource\nname\tc\nname\tc\n",
            "form_ranks.tsv:3:",
            "listed twice",
        ),
        (
            "form_ranks.tsv",
            "form\tsource\nnom\tc\n",
            "form_ranks.tsv:2:",
            "unknown form",
        ),
        (
            "agreement.tsv",
            "agreement\tprefix\tsuffix\tsource\nm\tال\tي\tc\nm\tال\tي\tc\n",
            "agreement.tsv:3:",
            "given twice",
        ),
        (
            "agreement.tsv",
            "agreement\tprefix\tsuffix\tsource\nm\tال\tي\tc\n",
            "agreement.tsv",
            "one row for m and one for f",
        ),
        ("agreement.tsv", "", "agreement.tsv", "empty file"),
        (
            "counterpart_nouns.tsv",
            "noun\tagreement\tsource\nنظيره\tm\tc\nنظيرته\tfem\tc\n",
            "counterpart_nouns.tsv:3:",
            "not m, f or -",
        ),
        (
            "team_nouns.tsv",
            "noun\tfollows\tgloss\tsource\nمنتخب\tdemonym\tteam\tc\n",
            "team_nouns.tsv:2:",
            "must be definite",
        ),
        (
            "team_nouns.tsv",
            "noun\tfollows\tgloss\tsource\nمنتخب\tcountry\tteam\tc\n",
            "team_nouns.tsv:2:",
            "not name or demonym",
        ),
    ];

    #[test]
    fn malformed_lexicon_files_name_file_line_and_problem() {
        for (file, text, location, problem) in MALFORMED {
            let files: Vec<(&str, &'static str)> = LEXICON
                .iter()
                .map(|&(n, t)| if n == *file { (n, *text) } else { (n, t) })
                .collect();
            let err = Lexicon::from_files(&files).expect_err(file).to_string();
            assert!(
                err.starts_with(location),
                "{err:?} should start with {location:?}"
            );
            assert!(err.contains(problem), "{err:?} should contain {problem:?}");
        }
    }
}
