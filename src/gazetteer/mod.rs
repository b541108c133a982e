//! Gazetteers: typed records of countries, officials, armed groups and international
//! organizations with their aliases, and the lexicon of language rules that the resolver
//! applies to them.
//!
//! A [`Gazetteer`] is built from TSV files (schema in `gazetteers/README.md`): `parse.rs` reads
//! the rows by column name, `validate.rs` checks them as a whole: ids are unique per kind;
//! every reference (an office's official, org and country, a group's countries, parent and
//! predecessors, an alias's record) exists; every alias normalizes to something; and no
//! normalized alias or generated variant (`variants.rs`) names two records unless both are
//! marked ambiguous. A gazetteer that exists has passed all of these checks, and every typed id
//! it hands out indexes its tables.

mod embedded;
mod hash;
mod ids;
mod lexicon;
mod parse;
mod records;
mod shadows;
mod validate;
mod variants;

use std::collections::HashMap;

pub(crate) use hash::{FastMap, FastSet};
pub(crate) use ids::{AliasId, NounId, ShadowId, TitleId};
pub use ids::{CountryId, EntityKind, GroupId, OfficialId, OrganizationId, RecordId};
pub(crate) use lexicon::Lexicon;
pub(crate) use parse::ShadowEffect;
pub(crate) use records::OfficeKey;
pub use records::{
    Alias, AliasFlags, ArmedGroup, Country, CountryStatus, Date, DateError, Form, GroupCategory,
    Office, Official, Organization, PartialDate, Predecessor, Record, Role, RoleTitle,
    TitleFollows,
};
pub(crate) use shadows::ShadowName;
pub(crate) use validate::{Cue, GroupNoun};
pub(crate) use variants::{merged_form, normalize_alias, Variant};

use crate::error::{Error, Result};
use parse::RawGazetteer;

/// Validated gazetteer data: the records and every alias that names them.
///
/// ```
/// let g = alam::Extractor::default_ref().gazetteer();
/// let iran = g.country("IR").unwrap();
/// assert_eq!(iran.name_en, "Iran");
/// assert!(g.countries().len() >= 195);
/// ```
#[derive(Debug, Clone)]
pub struct Gazetteer {
    countries: Vec<Country>,
    officials: Vec<Official>,
    groups: Vec<ArmedGroup>,
    organizations: Vec<Organization>,
    aliases: Vec<Alias>,
    /// The generated variants of each alias, made once at build.
    alias_variants: Vec<Vec<Variant>>,
    /// Normalized context cues of each alias (empty for most).
    cues: Vec<Vec<Cue>>,
    /// Countries of each official's offices and of each group.
    official_countries: Vec<Vec<CountryId>>,
    group_countries: Vec<Vec<CountryId>>,
    roles: Vec<RoleTitle>,
    /// Normalized role titles (وزير الدفاع) and ranks (الجنرال) that may stand before a
    /// person's name.
    titles: FastSet<String>,
    /// Normalized titles of a minister's portfolio (وزير الدفاع), with the roles they name.
    portfolio_titles: FastMap<String, Vec<Role>>,
    /// Normalized verbs and nouns that, before a common-word surname, say a person is meant;
    /// true for those that also mark a person not named before.
    person_cues: FastMap<String, bool>,
    /// Normalized given names (`given_names.tsv`), for the rule that a country form which is
    /// a given name, after a title or before a family name, names a person; true for a name the
    /// file writes with a final ي (علي), which a word written with ى (على) is not.
    given_names: FastMap<String, bool>,
    group_nouns: Vec<GroupNoun>,
    /// The names that shadow a country alias inside them (`shadowing_names.tsv`).
    shadows: Vec<ShadowName>,
    /// Office → officials who held it, for resolving role mentions.
    holders: FastMap<OfficeKey, Vec<OfficialId>>,
    lexicon: Lexicon,
    country_index: HashMap<String, CountryId>,
    official_index: HashMap<String, OfficialId>,
    group_index: HashMap<String, GroupId>,
    organization_index: HashMap<String, OrganizationId>,
}

impl Gazetteer {
    /// All countries and territories.
    ///
    /// ```
    /// let g = alam::Extractor::default_ref().gazetteer();
    /// assert!(g.countries().iter().any(|c| c.id == "IQ"));
    /// ```
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// All officials, each with their offices.
    ///
    /// ```
    /// let g = alam::Extractor::default_ref().gazetteer();
    /// assert!(g.officials().iter().any(|o| o.id == "hossein-dehghan"));
    /// ```
    pub fn officials(&self) -> &[Official] {
        &self.officials
    }

    /// All armed groups.
    ///
    /// ```
    /// let g = alam::Extractor::default_ref().gazetteer();
    /// assert!(g.armed_groups().iter().any(|a| a.id == "islamic-state"));
    /// ```
    pub fn armed_groups(&self) -> &[ArmedGroup] {
        &self.groups
    }

    /// All international organizations and their bodies.
    ///
    /// ```
    /// let g = alam::Extractor::default_ref().gazetteer();
    /// assert!(g.organizations().iter().any(|o| o.id == "arab-league"));
    /// ```
    pub fn organizations(&self) -> &[Organization] {
        &self.organizations
    }

    /// All aliases, explicit and implicit (canonical names and capitals).
    ///
    /// ```
    /// let g = alam::Extractor::default_ref().gazetteer();
    /// assert!(g.aliases().iter().any(|a| a.text == "داعش"));
    /// ```
    pub fn aliases(&self) -> &[Alias] {
        &self.aliases
    }

    /// The role titles (rows of `role_titles.tsv`).
    ///
    /// ```
    /// let g = alam::Extractor::default_ref().gazetteer();
    /// assert!(g.role_titles().iter().any(|t| t.title == "وزير الدفاع"));
    /// ```
    pub fn role_titles(&self) -> &[RoleTitle] {
        &self.roles
    }

    /// The country with this id.
    ///
    /// ```
    /// let g = alam::Extractor::default_ref().gazetteer();
    /// assert_eq!(g.country("IQ").unwrap().capital_en.as_deref(), Some("Baghdad"));
    /// assert!(g.country("iq").is_none()); // ids are upper-case
    /// ```
    pub fn country(&self, id: &str) -> Option<&Country> {
        self.country_index
            .get(id)
            .map(|&i| &self.countries[i.index()])
    }

    /// The official with this id.
    ///
    /// ```
    /// let g = alam::Extractor::default_ref().gazetteer();
    /// assert_eq!(g.official("hossein-dehghan").unwrap().name_ar, "حسين دهقان");
    /// ```
    pub fn official(&self, id: &str) -> Option<&Official> {
        self.official_index
            .get(id)
            .map(|&i| &self.officials[i.index()])
    }

    /// The armed group with this id.
    ///
    /// ```
    /// let g = alam::Extractor::default_ref().gazetteer();
    /// assert_eq!(g.armed_group("islamic-state").unwrap().category, alam::GroupCategory::Jihadist);
    /// ```
    pub fn armed_group(&self, id: &str) -> Option<&ArmedGroup> {
        self.group_index.get(id).map(|&i| &self.groups[i.index()])
    }

    /// The organization with this id.
    ///
    /// ```
    /// let g = alam::Extractor::default_ref().gazetteer();
    /// assert_eq!(g.organization("un").map(|o| o.name_en.as_str()), Some("United Nations"));
    /// assert!(g.organization("UN").is_none()); // ids are lower-case slugs
    /// ```
    pub fn organization(&self, id: &str) -> Option<&Organization> {
        self.organization_index
            .get(id)
            .map(|&i| &self.organizations[i.index()])
    }

    /// The record `id` names (an id from this gazetteer, such as an [`Alias::record`]).
    ///
    /// ```
    /// let g = alam::Extractor::default_ref().gazetteer();
    /// let alias = g.aliases().iter().find(|a| a.text == "داعش").unwrap();
    /// assert_eq!(g.record(alias.record).name_en(), "Islamic State");
    /// ```
    pub fn record(&self, id: RecordId) -> Record<'_> {
        match id {
            RecordId::Country(c) => Record::Country(&self.countries[c.index()]),
            RecordId::Official(o) => Record::Official(&self.officials[o.index()]),
            RecordId::ArmedGroup(g) => Record::ArmedGroup(&self.groups[g.index()]),
            RecordId::Organization(o) => Record::Organization(&self.organizations[o.index()]),
        }
    }

    pub(crate) fn country_at(&self, id: CountryId) -> &Country {
        &self.countries[id.index()]
    }

    pub(crate) fn official_at(&self, id: OfficialId) -> &Official {
        &self.officials[id.index()]
    }

    pub(crate) fn alias(&self, id: AliasId) -> &Alias {
        &self.aliases[id.index()]
    }

    pub(crate) fn title(&self, id: TitleId) -> &RoleTitle {
        &self.roles[id.index()]
    }

    /// The generated variants of alias `id`.
    pub(crate) fn alias_variants(&self, id: AliasId) -> &[Variant] {
        &self.alias_variants[id.index()]
    }

    /// Normalized cues of alias `id`.
    pub(crate) fn cues(&self, id: AliasId) -> &[Cue] {
        &self.cues[id.index()]
    }

    /// Head nouns of group names and the nouns that refer back to a group later.
    pub(crate) fn group_nouns(&self) -> &[GroupNoun] {
        &self.group_nouns
    }

    /// The shadowing names (`shadowing_names.tsv`).
    pub(crate) fn shadows(&self) -> &[ShadowName] {
        &self.shadows
    }

    /// The shadowing name `id`.
    pub(crate) fn shadow(&self, id: ShadowId) -> &ShadowName {
        &self.shadows[id.index()]
    }

    /// Whether normalized `words` are a role title or a rank.
    pub(crate) fn is_title(&self, words: &str) -> bool {
        self.titles.contains(words)
    }

    /// The roles that normalized `words` name when they are the title of a minister's portfolio
    /// (وزير الدفاع: defence minister); `None` for any other title or words.
    pub(crate) fn portfolio_roles(&self, words: &str) -> Option<&[Role]> {
        self.portfolio_titles.get(words).map(Vec::as_slice)
    }

    /// Whether `normalized` (a normalized word or phrase) is a given name of
    /// `given_names.tsv` (تركي، كلاوس).
    ///
    /// ```
    /// use alam::normalize;
    /// let g = alam::Extractor::default_ref().gazetteer();
    /// assert!(g.is_given_name(normalize("تركي").as_str()));
    /// assert!(!g.is_given_name(normalize("سوري").as_str()));
    /// ```
    pub fn is_given_name(&self, normalized: &str) -> bool {
        self.given_names.contains_key(normalized)
    }

    /// Whether the word `written` (as in the text, its normalization `normalized`) is a given
    /// name: [`is_given_name`](Self::is_given_name), except that a name ending in ي written
    /// with a final ى is another word (على 'on' is not the name علي, though both normalize
    /// alike).
    pub(crate) fn is_given_name_as_written(&self, normalized: &str, written: &str) -> bool {
        self.given_names
            .get(normalized)
            .is_some_and(|&ya_final| !(ya_final && written.ends_with('ى')))
    }

    /// The normalized patterns alias `i` (an index into [`aliases`](Self::aliases)) is compiled
    /// into: its generated variants (inflections, the other article form, the joined عبد
    /// spelling), each with whether it is the ل-merged form, matched only right after the
    /// preposition ل (للعراق). Empty for an index out of range. For auditing the patterns
    /// against real text (`tools/collisions.py`).
    ///
    /// ```
    /// let g = alam::Extractor::default_ref().gazetteer();
    /// let i = g.aliases().iter().position(|a| a.text == "ألماني").unwrap();
    /// let patterns: Vec<(&str, bool)> = g.alias_patterns(i).collect();
    /// assert!(patterns.contains(&("الالمانيه", false)));
    /// assert!(patterns.contains(&("لالمانيه", true)));
    /// assert!(!patterns.iter().any(|(p, _)| *p == "ماني"));
    /// ```
    pub fn alias_patterns(&self, i: usize) -> impl Iterator<Item = (&str, bool)> + '_ {
        self.alias_variants
            .get(i)
            .into_iter()
            .flatten()
            .map(|v| (v.text.as_str(), v.merged))
    }

    /// Whether normalized `word` is a reporting verb of `reporting_verbs.tsv` (قال، اعلنت).
    pub(crate) fn is_reporting_verb(&self, word: &str) -> bool {
        self.lexicon.reporting_verbs.contains(word)
    }

    /// Whether normalized `word` is a person cue; with `unnamed`, one that marks a person not
    /// named before in the document (column `unnamed` of `person_cues.tsv`).
    pub(crate) fn is_person_cue(&self, word: &str, unnamed: bool) -> bool {
        self.person_cues
            .get(word)
            .is_some_and(|&marks_unnamed| marks_unnamed || !unnamed)
    }

    /// The language rules.
    pub(crate) fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Countries a record belongs to: the country itself, an official's office countries, a
    /// group's countries; none for an organization.
    pub(crate) fn record_countries<'a>(&'a self, record: &'a RecordId) -> &'a [CountryId] {
        match record {
            RecordId::Country(c) => std::slice::from_ref(c),
            RecordId::Official(o) => &self.official_countries[o.index()],
            RecordId::ArmedGroup(g) => &self.group_countries[g.index()],
            RecordId::Organization(_) => &[],
        }
    }

    /// Whether anyone of the gazetteer ever held `office`.
    pub(crate) fn has_holders(&self, office: OfficeKey) -> bool {
        self.holders.get(&office).is_some_and(|h| !h.is_empty())
    }

    /// The officials who held `office` on `date`.
    pub(crate) fn holders_on(
        &self,
        office: OfficeKey,
        date: Date,
    ) -> impl Iterator<Item = OfficialId> + '_ {
        self.holders_whose_term(office, move |t| t.holds_on(date))
    }

    /// Officials whose term of `office` ended at most a month before `date` (on it included):
    /// when nobody holds the office on the date, news of the departure (a death, a removal)
    /// still names the departed holder by the office.
    pub(crate) fn recent_holders(
        &self,
        office: OfficeKey,
        date: Date,
    ) -> impl Iterator<Item = OfficialId> + '_ {
        self.holders_whose_term(office, move |t| {
            t.end
                .is_some_and(|e| e <= date && date.days() - e.days() <= HELD_GRACE_DAYS)
        })
    }

    /// Officials whose term of `office` starts within [`INCOMING_DAYS`] after `date`: the
    /// office's incoming holder (named, elected or designated, not yet in office).
    pub(crate) fn incoming_holders(
        &self,
        office: OfficeKey,
        date: Date,
    ) -> impl Iterator<Item = OfficialId> + '_ {
        self.holders_whose_term(office, move |t| {
            t.start > date && t.start.days() - date.days() <= INCOMING_DAYS
        })
    }

    /// The officials with a term of `office` that `fits`.
    fn holders_whose_term<'a>(
        &'a self,
        office: OfficeKey,
        fits: impl Fn(&Office) -> bool + 'a,
    ) -> impl Iterator<Item = OfficialId> + 'a {
        self.holders
            .get(&office)
            .into_iter()
            .flatten()
            .copied()
            .filter(move |&o| {
                self.official_at(o)
                    .offices
                    .iter()
                    .any(|t| t.key == office && fits(t))
            })
    }

    /// Whether official `o` held `office`, on `date` (or up to a month before it) if given,
    /// else at any time.
    pub(crate) fn held(&self, o: OfficialId, office: OfficeKey, date: Option<Date>) -> bool {
        self.official_at(o).offices.iter().any(|t| {
            t.key == office
                && date.map_or(true, |d| {
                    // News about a departure (a resignation, a death) still names the person by
                    // the office: a term that ended up to a month before the date counts.
                    t.start <= d
                        && t.end
                            .map_or(true, |e| d.days() - e.days() <= HELD_GRACE_DAYS)
                })
        })
    }
}

/// How many days after a term's end a text may still call the person by the office.
const HELD_GRACE_DAYS: i64 = 31;

/// How long before taking office a holder is the incoming one (an inauguration follows an
/// election by up to about three months).
const INCOMING_DAYS: i64 = 90;

/// The embedded default data files: (file name, contents).
pub(crate) fn embedded_files() -> &'static [(&'static str, &'static str)] {
    embedded::DATA
}

/// Parses and validates the given files (name, contents) into a gazetteer, with the embedded
/// lexicon.
pub(crate) fn build<N, T>(files: &[(N, T)]) -> Result<Gazetteer>
where
    N: AsRef<str> + Sync,
    T: AsRef<str> + Sync,
{
    Gazetteer::from_raw(parse_files(files)?, Lexicon::embedded()?)
}

/// From how many bytes of files the parsing is shared with a second thread.
const PARSE_SPLIT_FROM: usize = 64 << 10;

/// The rows of `files`, in file order. Large inputs are parsed on two threads: the files up to
/// about half of the bytes on a second one, the rest on this one, then appended in order; the
/// first error in file order is the one reported, as in a parse on one thread.
fn parse_files<N, T>(files: &[(N, T)]) -> Result<RawGazetteer>
where
    N: AsRef<str> + Sync,
    T: AsRef<str> + Sync,
{
    let parse = |files: &[(N, T)]| -> Result<RawGazetteer> {
        let mut raw = RawGazetteer::default();
        for (name, text) in files {
            raw.add(name.as_ref(), text.as_ref())?;
        }
        Ok(raw)
    };
    let total: usize = files.iter().map(|(_, t)| t.as_ref().len()).sum();
    if total < PARSE_SPLIT_FROM || files.len() < 2 {
        return parse(files);
    }
    let mut bytes = 0;
    let split = files
        .iter()
        .position(|(_, t)| {
            bytes += t.as_ref().len();
            bytes * 2 >= total
        })
        .map_or(files.len(), |i| (i + 1).min(files.len() - 1));
    let (head, tail) = files.split_at(split);
    std::thread::scope(|s| {
        let spawned = std::thread::Builder::new().spawn_scoped(s, || parse(head));
        let later = parse(tail);
        // On this thread when no thread could be started: the same result.
        let earlier = match spawned.map(|h| h.join()) {
            Ok(Ok(result)) => result,
            _ => parse(head),
        };
        let mut raw = earlier?;
        raw.append(later?);
        Ok(raw)
    })
}

/// Reads a gazetteer file as UTF-8, naming the file (and line) on failure.
pub(crate) fn read_file(path: &std::path::Path) -> Result<String> {
    let file = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| Error::Io {
        file: file.clone(),
        source,
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let before = &e.as_bytes()[..at];
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        Error::Utf8 {
            file,
            line,
            offset: at - line_start,
        }
    })
}

/// A small in-memory gazetteer for the unit tests of every layer.
#[cfg(test)]
pub(crate) mod tests {
    use super::{build, AliasId, Gazetteer};

    const COUNTRIES: &str = "id\tiso3\tname_ar\tname_en\tcapital_ar\tcapital_en\tstatus\tsource\n\
        IR\tIRN\tإيران\tIran\tطهران\tTehran\tun_member\tt\n\
        SY\tSYR\tسوريا\tSyria\tدمشق\tDamascus\tun_member\tt\n\
        IQ\tIRQ\tالعراق\tIraq\tبغداد\tBaghdad\tun_member\tt\n\
        SA\tSAU\tالسعودية\tSaudi Arabia\tالرياض\tRiyadh\tun_member\tt\n\
        LB\tLBN\tلبنان\tLebanon\tبيروت\tBeirut\tun_member\tt\n\
        ML\tMLI\tمالي\tMali\tباماكو\tBamako\tun_member\tt\n\
        MY\tMYS\tماليزيا\tMalaysia\t\t\tun_member\tt\n\
        JO\tJOR\tالأردن\tJordan\t\t\tun_member\tt\n\
        OM\tOMN\tسلطنة عمان\tOman\t\t\tun_member\tt\n\
        US\tUSA\tالولايات المتحدة\tUnited States\tواشنطن\tWashington\tun_member\tt\n";
    const COUNTRY_ALIASES: &str = "country\talias\tform\tflags\tcues\tsource\n\
        IR\tإيراني\tdemonym\t\t\tt\n\
        SY\tسوري\tdemonym\t\t\tt\n\
        ML\tمالي\tname\tambiguous\tجمهورية _|!الدعم _\tt\n\
        JO\tعَمّان\tcapital\tambiguous\t\tt\n\
        OM\tعُمان\tname\tambiguous\t\tt\n\
        US\tأمريكي\tdemonym\t\t\tt\n\
        US\tأمريكان\tdemonym\tliteral|article\t\tt\n";
    const OFFICIALS: &str = "id\tname_ar\tname_en\twikidata\tsource\n\
        hossein-dehghan\tحسين دهقان\tHossein Dehghan\t\tt\n\
        bashar-al-assad\tبشار الأسد\tBashar al-Assad\t\tt\n\
        hafez-al-assad\tحافظ الأسد\tHafez al-Assad\t\tt\n";
    const OFFICES: &str = "official\trole\tcountry\tstart\tend\tsource\n\
        hossein-dehghan\tdefence_minister\tIR\t2013-08-15\t2017-08-20\tt\n\
        bashar-al-assad\thead_of_state\tSY\t2000-07-17\t2024-12-08\tt\n\
        hafez-al-assad\thead_of_state\tSY\t1971-03-14\t2000-06-10\tt\n";
    const OFFICIAL_ALIASES: &str = "official\talias\tform\tflags\tcues\tsource\n\
        hossein-dehghan\tدهقان\tsurname\t\t\tt\n\
        bashar-al-assad\tالأسد\tsurname\tambiguous\tالرئيس _\tt\n\
        hafez-al-assad\tالأسد\tsurname\tambiguous\tالرئيس الراحل _\tt\n";
    const GROUPS: &str = "id\tname_ar\tname_en\tcategory\tcountries\tparent\tpredecessors\tdesignations\twikidata\tsource\n\
        islamic-state\tتنظيم الدولة الإسلامية\tIslamic State\tjihadist\tIQ|SY\t\t\t\t\tt\n\
        hamas\tحركة المقاومة الإسلامية\tHamas\tinsurgent\t\t\t\t\t\tt\n\
        sdf\tقوات سوريا الديمقراطية\tSyrian Democratic Forces\tinsurgent\tSY\t\t\t\t\tt\n\
        popular-committees\tاللجان الشعبية\tPopular Committees\tmilitia\t\t\t\t\t\tt\n\
        pij\tحركة الجهاد الإسلامي\tPalestinian Islamic Jihad\tinsurgent\t\t\t\t\t\tt\n";
    const GROUP_ALIASES: &str = "armed_group\talias\tform\tflags\tcues\tsource\n\
        islamic-state\tتنظيم الدولة\tshort_name\t\t\tt\n\
        hamas\tحماس\tacronym\tambiguous\tحركة _\tt\n";
    const ROLE_TITLES: &str = "role\ttitle\tagreement\tfollows\tcountry\tsource\n\
        defence_minister\tوزير الدفاع\tm\tdemonym\t\tt\n\
        defence_minister\tوزير دفاع\tm\tcountry\t\tt\n\
        head_of_state\tالرئيس\tm\tdemonym\t\tt\n\
        head_of_government\tالرئيس\tm\tdemonym\tIR\tt\n\
        head_of_government\tرئيس الحكومة\tf\tdemonym\t\tt\n\
        un_secretary_general\tالأمين العام للأمم المتحدة\tm\tnone\t\tt\n";
    const GROUP_NOUNS: &str = "noun\treference\tsource\nحركة\tالحركة\tt\nقوات\tالقوات\tt\n";
    const PERSON_CUES: &str = "cue\tunnamed\tsource\nقال\t\tt\nكان\t\tt\nتصريحات\tyes\tt\n";

    /// The small gazetteer's files: (name, contents).
    pub(crate) const FILES: &[(&str, &str)] = &[
        ("countries.tsv", COUNTRIES),
        ("country_aliases.tsv", COUNTRY_ALIASES),
        ("officials.tsv", OFFICIALS),
        ("offices.tsv", OFFICES),
        ("official_aliases.tsv", OFFICIAL_ALIASES),
        ("armed_groups.tsv", GROUPS),
        ("armed_group_aliases.tsv", GROUP_ALIASES),
        ("role_titles.tsv", ROLE_TITLES),
        ("group_nouns.tsv", GROUP_NOUNS),
        ("person_cues.tsv", PERSON_CUES),
    ];

    /// The small gazetteer.
    pub(crate) fn small() -> Gazetteer {
        let files: Vec<(String, String)> = FILES
            .iter()
            .map(|(n, t)| ((*n).to_owned(), (*t).to_owned()))
            .collect();
        build(&files).expect("the test gazetteer is valid")
    }

    #[test]
    fn no_role_title_names_the_role_minister() {
        let files: Vec<(String, String)> = FILES
            .iter()
            .map(|(n, t)| {
                let mut t = (*t).to_owned();
                if *n == "role_titles.tsv" {
                    t.push_str("minister\tوزير العدل\tm\tdemonym\t\tt\n");
                }
                ((*n).to_owned(), t)
            })
            .collect();
        let e = build(&files)
            .expect_err("a title of the role minister")
            .to_string();
        assert!(e.starts_with("role_titles.tsv:8:"), "{e}");
        assert!(e.contains("a title cannot name the role minister"), "{e}");
    }

    #[test]
    fn person_cues_read_the_old_header_and_reject_a_bad_unnamed_cell() {
        let with = |cues: &str| {
            let files: Vec<(String, String)> = FILES
                .iter()
                .map(|(n, t)| {
                    let t = if *n == "person_cues.tsv" { cues } else { t };
                    ((*n).to_owned(), t.to_owned())
                })
                .collect();
            build(&files)
        };
        let g = with("cue\tsource\nقال\tt\n").expect("the old header is read");
        assert!(g.is_person_cue("قال", false));
        assert!(!g.is_person_cue("قال", true));
        let g = small();
        assert!(g.is_person_cue("تصريحات", true));
        assert!(!g.is_person_cue("كان", true));
        let err = with("cue\tunnamed\tsource\nقال\tmaybe\tt\n").expect_err("a bad cell");
        assert!(err.to_string().contains("unnamed"), "{err}");
    }

    /// The id of the alias written `text` in the gazetteer.
    pub(crate) fn alias_id(g: &Gazetteer, text: &str) -> AliasId {
        let i = g.aliases().iter().position(|a| a.text == text);
        AliasId::new(i.unwrap_or_else(|| panic!("no alias {text:?}")))
    }

    #[test]
    fn the_tables_are_indexed_by_typed_ids() {
        let g = small();
        let a = g.alias(alias_id(&g, "دمشق"));
        assert_eq!(g.record(a.record).id(), "SY");
        assert_eq!(a.form, super::Form::Capital);
        // implicit aliases come first, explicit rows override them
        assert_eq!(g.aliases()[0].text, "إيران");
        let oman = g.alias(alias_id(&g, "عُمان"));
        assert!(oman.flags.ambiguous);
        assert_eq!(
            g.record_countries(&g.alias(alias_id(&g, "تنظيم الدولة")).record)
                .len(),
            2
        );
        let syria = g.country_index["SY"];
        let office = super::OfficeKey {
            role: super::Role::HeadOfState,
            org: Some(super::RecordId::Country(syria)),
            about: None,
        };
        let on = |d: &str| -> Vec<&str> {
            g.holders_on(office, d.parse().expect("date"))
                .map(|o| g.official_at(o).id.as_str())
                .collect()
        };
        assert_eq!(on("1990-01-01"), ["hafez-al-assad"]);
        assert_eq!(on("2010-01-01"), ["bashar-al-assad"]);
        assert!(g.is_title("الرييس") && g.is_title("الفريق اول") && !g.is_title("قال"));
    }

    #[test]
    fn files_parsed_on_two_threads_give_the_rows_and_the_first_error_of_one_thread() {
        use super::{embedded_files, parse_files, RawGazetteer, PARSE_SPLIT_FROM};

        let files = embedded_files();
        let total: usize = files.iter().map(|(_, t)| t.len()).sum();
        assert!(total > 2 * PARSE_SPLIT_FROM);
        let mut one = RawGazetteer::default();
        for (name, text) in files {
            one.add(name, text).expect("the embedded files parse");
        }
        let two = parse_files(files).expect("the embedded files parse");
        assert_eq!(format!("{two:?}"), format!("{one:?}"));
        // a bad row in each half: the first file's is the one reported
        let cues = |bad: &str| format!("cue\tsource\n{}{bad}\n", "قال\tt\n".repeat(9000));
        let files = [
            ("first_cues.tsv", cues("أكد")),
            ("later_cues.tsv", cues("أضاف\tt\tt")),
        ];
        let err = parse_files(&files).expect_err("two bad rows").to_string();
        assert!(
            err.starts_with("first_cues.tsv:9002: expected 2 tab-separated fields, found 1"),
            "{err}"
        );
    }
}
