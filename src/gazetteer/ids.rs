//! Typed indices into the gazetteer's tables, so that a country index cannot be used as an
//! official's and no kind is encoded in a number range.
//!
//! Invariant: an id made by the gazetteer indexes the table of the gazetteer that made it (the
//! gazetteer refuses tables of more than `u32::MAX` rows, so every index fits).

use std::fmt;

use serde::{Serialize, Serializer};

/// Which kind of entity a record is.
///
/// ```
/// let kinds: Vec<alam::EntityKind> = alam::extract("قال حسين دهقان في طهران إن داعش")
///     .iter()
///     .map(|e| e.kind())
///     .collect();
/// use alam::EntityKind::*;
/// assert_eq!(kinds, [Official, Country, ArmedGroup]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EntityKind {
    /// A country or territory (by name, capital, demonym, seat or label).
    Country,
    /// A head of state or government, a minister or another office holder.
    Official,
    /// An armed group, militia, state force, party or movement.
    ArmedGroup,
    /// An international organization or one of its bodies (الأمم المتحدة، مجلس الأمن).
    Organization,
}

impl EntityKind {
    /// `"country"`, `"official"`, `"armed_group"` or `"organization"`.
    ///
    /// ```
    /// assert_eq!(alam::EntityKind::ArmedGroup.as_str(), "armed_group");
    /// ```
    pub fn as_str(&self) -> &'static str {
        match self {
            EntityKind::Country => "country",
            EntityKind::Official => "official",
            EntityKind::ArmedGroup => "armed_group",
            EntityKind::Organization => "organization",
        }
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for EntityKind {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

macro_rules! typed_id {
    ($(#[$meta:meta])* $vis:vis $name:ident) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis struct $name(u32);

        impl $name {
            /// The id of row `index` (the gazetteer checks every table fits in `u32`).
            pub(crate) fn new(index: usize) -> Self {
                debug_assert!(u32::try_from(index).is_ok());
                $name(index as u32)
            }

            /// The row's index in its table.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({})", stringify!($name), self.0)
            }
        }
    };
}

typed_id! {
    /// Index of a country in [`Gazetteer::countries`](crate::Gazetteer::countries).
    ///
    /// ```
    /// let g = alam::Extractor::default_ref().gazetteer();
    /// let alias = g.aliases().iter().find(|a| a.text == "طهران").unwrap();
    /// let alam::RecordId::Country(c) = alias.record else { panic!("a country") };
    /// assert_eq!(g.countries()[c.index()].id, "IR");
    /// ```
    pub CountryId
}

typed_id! {
    /// Index of an official in [`Gazetteer::officials`](crate::Gazetteer::officials).
    ///
    /// ```
    /// let g = alam::Extractor::default_ref().gazetteer();
    /// let alias = g.aliases().iter().find(|a| a.text == "حسين دهقان").unwrap();
    /// let alam::RecordId::Official(o) = alias.record else { panic!("an official") };
    /// assert_eq!(g.officials()[o.index()].id, "hossein-dehghan");
    /// ```
    pub OfficialId
}

typed_id! {
    /// Index of an armed group in [`Gazetteer::armed_groups`](crate::Gazetteer::armed_groups).
    ///
    /// ```
    /// let g = alam::Extractor::default_ref().gazetteer();
    /// let alias = g.aliases().iter().find(|a| a.text == "داعش").unwrap();
    /// let alam::RecordId::ArmedGroup(i) = alias.record else { panic!("a group") };
    /// assert_eq!(g.armed_groups()[i.index()].id, "islamic-state");
    /// ```
    pub GroupId
}

typed_id! {
    /// Index of an organization in
    /// [`Gazetteer::organizations`](crate::Gazetteer::organizations).
    ///
    /// ```
    /// let g = alam::Extractor::default_ref().gazetteer();
    /// let alias = g.aliases().iter().find(|a| a.text == "جامعة الدول العربية").unwrap();
    /// let alam::RecordId::Organization(i) = alias.record else { panic!("an organization") };
    /// assert_eq!(g.organizations()[i.index()].id, "arab-league");
    /// ```
    pub OrganizationId
}

typed_id! {
    /// Index of an alias in the gazetteer's alias table.
    pub(crate) AliasId
}

typed_id! {
    /// Index of a row of `role_titles.tsv` in the gazetteer's role-title table.
    pub(crate) TitleId
}

typed_id! {
    /// Index of a row of `group_nouns.tsv` in the gazetteer's group-noun table.
    pub(crate) NounId
}

typed_id! {
    /// Index of a row of `shadowing_names.tsv` in the gazetteer's shadowing-name table.
    pub(crate) ShadowId
}

/// The record an alias names: its kind and its row.
///
/// ```
/// let g = alam::Extractor::default_ref().gazetteer();
/// let alias = g.aliases().iter().find(|a| a.text == "دمشق").unwrap();
/// assert_eq!(alias.record.kind(), alam::EntityKind::Country);
/// assert_eq!(g.record(alias.record).id(), "SY");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordId {
    /// A country.
    Country(CountryId),
    /// An official.
    Official(OfficialId),
    /// An armed group.
    ArmedGroup(GroupId),
    /// An organization.
    Organization(OrganizationId),
}

impl RecordId {
    /// The kind of record.
    ///
    /// ```
    /// let g = alam::Extractor::default_ref().gazetteer();
    /// let alias = g.aliases().iter().find(|a| a.text == "داعش").unwrap();
    /// assert_eq!(alias.record.kind(), alam::EntityKind::ArmedGroup);
    /// ```
    pub fn kind(self) -> EntityKind {
        match self {
            RecordId::Country(_) => EntityKind::Country,
            RecordId::Official(_) => EntityKind::Official,
            RecordId::ArmedGroup(_) => EntityKind::ArmedGroup,
            RecordId::Organization(_) => EntityKind::Organization,
        }
    }
}
