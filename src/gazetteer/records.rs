//! The typed gazetteer records: countries, officials with their offices, armed groups,
//! international organizations, aliases.
//!
//! Records are plain data with public fields; they are built only by the parser (`parse.rs`)
//! and checked by the validation (`validate.rs`), which guarantee the invariants documented on
//! each field (ids unique per kind, country codes known, dates valid and ordered).

use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};

use super::ids::{CountryId, EntityKind, RecordId};

/// A calendar date (`YYYY-MM-DD`), used for terms of office and document dates.
///
/// ```
/// let d: alam::Date = "2016-06-09".parse().unwrap();
/// assert_eq!(d.to_string(), "2016-06-09");
/// assert!(d < "2017-01-01".parse().unwrap());
/// assert!("2016-02-30".parse::<alam::Date>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// Makes a date, or `None` if it does not exist in the proleptic Gregorian calendar.
    ///
    /// ```
    /// assert_eq!(alam::Date::new(2024, 2, 29).unwrap().to_string(), "2024-02-29");
    /// assert!(alam::Date::new(2023, 2, 29).is_none());
    /// ```
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (day >= 1 && day <= days).then_some(Date { year, month, day })
    }

    /// The year.
    ///
    /// ```
    /// assert_eq!("2016-06-09".parse::<alam::Date>().unwrap().year(), 2016);
    /// ```
    pub fn year(&self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    pub(crate) fn month(&self) -> u8 {
        self.month
    }

    /// The day of the month, from 1.
    pub(crate) fn day(&self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before), for date differences.
    pub(crate) fn days(&self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

/// The error of parsing a [`Date`].
///
/// ```
/// let err = "2016-02-30".parse::<alam::Date>().unwrap_err();
/// assert_eq!(err.to_string(), "invalid date \"2016-02-30\": expected an existing YYYY-MM-DD");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError(String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid date {:?}: expected an existing YYYY-MM-DD",
            self.0
        )
    }
}

impl std::error::Error for DateError {}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || DateError(s.to_owned());
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(err());
        }
        let num = |r: std::ops::Range<usize>| -> Result<u16, DateError> {
            let part = &s[r];
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().map_err(|_| err())
            } else {
                Err(err())
            }
        };
        let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
        Date::new(year, month as u8, day as u8).ok_or_else(err)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A date known to the year, the month or the day (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), used for
/// birth and death dates; printed and serialized as written.
///
/// ```
/// let d: alam::PartialDate = "1937-04".parse().unwrap();
/// assert_eq!((d.year(), d.month(), d.day()), (1937, Some(4), None));
/// assert_eq!(d.to_string(), "1937-04");
/// assert!("1937-13".parse::<alam::PartialDate>().is_err());
/// assert!("1937-02-30".parse::<alam::PartialDate>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    year: u16,
    month: Option<u8>,
    day: Option<u8>,
}

impl PartialDate {
    /// The year.
    ///
    /// ```
    /// assert_eq!("1952".parse::<alam::PartialDate>().unwrap().year(), 1952);
    /// ```
    pub fn year(&self) -> u16 {
        self.year
    }

    /// The month (1–12), if known.
    ///
    /// ```
    /// assert_eq!("1952-07".parse::<alam::PartialDate>().unwrap().month(), Some(7));
    /// assert_eq!("1952".parse::<alam::PartialDate>().unwrap().month(), None);
    /// ```
    pub fn month(&self) -> Option<u8> {
        self.month
    }

    /// The day of the month, if known (then the month is known too).
    ///
    /// ```
    /// assert_eq!("1952-07-23".parse::<alam::PartialDate>().unwrap().day(), Some(23));
    /// ```
    pub fn day(&self) -> Option<u8> {
        self.day
    }
}

impl FromStr for PartialDate {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || DateError(s.to_owned());
        let digits = |part: &str| -> Result<u16, DateError> {
            if !part.is_empty() && part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().map_err(|_| err())
            } else {
                Err(err())
            }
        };
        match s.len() {
            10 => {
                let d: Date = s.parse()?;
                Ok(PartialDate {
                    year: d.year,
                    month: Some(d.month),
                    day: Some(d.day),
                })
            }
            7 if s.as_bytes()[4] == b'-' => {
                let (year, month) = (digits(&s[..4])?, digits(&s[5..])?);
                if !(1..=12).contains(&month) {
                    return Err(err());
                }
                Ok(PartialDate {
                    year,
                    month: Some(month as u8),
                    day: None,
                })
            }
            4 => Ok(PartialDate {
                year: digits(s)?,
                month: None,
                day: None,
            }),
            _ => Err(err()),
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A token enum of the gazetteer files: its values and their tokens, for parsing a cell and
/// for listing the valid values in an error.
pub(crate) trait Token: Sized + Copy + 'static {
    /// Every value, in declaration order.
    const VALUES: &'static [Self];
    /// The token of a value.
    fn token(&self) -> &'static str;
    /// The value of a token.
    fn parse_token(token: &str) -> Option<Self>;
    /// The valid tokens, for an error message: `a, b or c`.
    fn valid() -> String {
        crate::text::valid(Self::VALUES.iter().map(Self::token))
    }
}

/// Defines a `#[non_exhaustive]` enum of snake_case tokens that parse from and print as the
/// token used in the gazetteer files.
macro_rules! token_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $token:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            /// Every value, in declaration order.
            ///
            /// ```
            #[doc = concat!("for v in alam::", stringify!($name), "::ALL {")]
            #[doc = concat!("    assert_eq!(alam::", stringify!($name), "::from_token(v.as_str()), Some(*v));")]
            /// }
            /// ```
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The token used for this value in the gazetteer files and in JSON.
            ///
            /// ```
            #[doc = concat!("let first = alam::", stringify!($name), "::ALL[0];")]
            #[doc = concat!("assert_eq!(first.to_string(), first.as_str());")]
            /// ```
            pub fn as_str(&self) -> &'static str {
                match self {
                    $($name::$variant => $token,)+
                }
            }

            /// Parses a token as used in the gazetteer files.
            ///
            /// ```
            #[doc = concat!("assert_eq!(alam::", stringify!($name), "::from_token(\"no such token\"), None);")]
            /// ```
            pub fn from_token(token: &str) -> Option<Self> {
                match token {
                    $($token => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl Token for $name {
            const VALUES: &'static [Self] = Self::ALL;

            fn token(&self) -> &'static str {
                self.as_str()
            }

            fn parse_token(token: &str) -> Option<Self> {
                Self::from_token(token)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    };
}

token_enum! {
    /// The political status of a country record.
    ///
    /// ```
    /// let g = alam::Extractor::default_ref().gazetteer();
    /// assert_eq!(g.country("PS").unwrap().status, alam::CountryStatus::UnObserver);
    /// assert_eq!(alam::CountryStatus::UnObserver.as_str(), "un_observer");
    /// ```
    CountryStatus {
        /// A member state of the United Nations.
        UnMember = "un_member",
        /// A UN observer state (Palestine, the Holy See).
        UnObserver = "un_observer",
        /// A state recognised by some UN members (Kosovo, Taiwan, the Sahrawi Republic).
        PartiallyRecognised = "partially_recognised",
        /// A self-declared state recognised by no or almost no UN member (Somaliland).
        Unrecognised = "unrecognised",
        /// A dependent or autonomous territory (Hong Kong, Greenland).
        Territory = "territory",
        /// A constituent country of a state, named as a nation in its own right (Scotland,
        /// England, Wales and Northern Ireland in the United Kingdom).
        Constituent = "constituent",
        /// A state that no longer exists (the Soviet Union, Yugoslavia, the Ottoman Empire).
        Former = "former",
    }
}

token_enum! {
    /// An office an official holds, and the office a role mention names.
    ///
    /// ```
    /// let e = &alam::extract("قال وزير الخارجية السوري")[0];
    /// assert_eq!(e.role.unwrap().role, alam::Role::ForeignMinister);
    /// assert_eq!(alam::Role::ForeignMinister.as_str(), "foreign_minister");
    /// assert_eq!(alam::Role::from_token("head_of_state"), Some(alam::Role::HeadOfState));
    /// ```
    Role {
        /// President, monarch or equivalent.
        HeadOfState = "head_of_state",
        /// Prime minister or equivalent.
        HeadOfGovernment = "head_of_government",
        /// Minister of foreign affairs.
        ForeignMinister = "foreign_minister",
        /// Minister of defence.
        DefenceMinister = "defence_minister",
        /// Crown prince (heir apparent of a monarchy).
        CrownPrince = "crown_prince",
        /// Supreme Leader (Iran).
        SupremeLeader = "supreme_leader",
        /// Vice-president.
        VicePresident = "vice_president",
        /// Secretary-General of the United Nations.
        UnSecretaryGeneral = "un_secretary_general",
        /// Commander of a military force (e.g. Iran's Quds Force, a group's armed wing).
        MilitaryCommander = "military_commander",
        /// Minister of the interior.
        InteriorMinister = "interior_minister",
        /// Minister of finance (treasury).
        FinanceMinister = "finance_minister",
        /// Minister of oil, petroleum or energy.
        EnergyMinister = "energy_minister",
        /// Speaker (president) of a parliament or legislative council.
        Speaker = "speaker",
        /// Chief of staff of the armed forces.
        ArmyChief = "army_chief",
        /// Leader of an armed group (its `org` is an armed-group id).
        GroupLeader = "group_leader",
        /// Leader of a party or political movement (its `org` is a group id of category
        /// `party` or `movement`).
        PartyLeader = "party_leader",
        /// Envoy or special representative of an organization, to the country `about`.
        Envoy = "envoy",
        /// Head of an international organization (secretary-general, president, director).
        OrgHead = "org_head",
        /// Minister of another portfolio, or minister of state (the UAE's minister of state for
        /// foreign affairs): an office that finds its holder by name and date; no role title
        /// names it, and a state has many at once, so its terms are not one continuous office.
        Minister = "minister",
    }
}

impl Role {
    /// Whether the role is a minister's portfolio (foreign affairs, defence, interior, finance,
    /// energy): its bare title (وزير الدفاع) before a surname says which office the person
    /// held, unlike الرئيس or الأمير, which the press also gives as honorifics.
    pub(crate) fn is_portfolio(self) -> bool {
        matches!(
            self,
            Role::ForeignMinister
                | Role::DefenceMinister
                | Role::InteriorMinister
                | Role::FinanceMinister
                | Role::EnergyMinister
        )
    }
}

token_enum! {
    /// What kind of armed actor a group is.
    ///
    /// ```
    /// let g = alam::Extractor::default_ref().gazetteer();
    /// assert_eq!(g.armed_group("sdf").unwrap().category, alam::GroupCategory::Coalition);
    /// ```
    GroupCategory {
        /// Salafi-jihadist organisation.
        Jihadist = "jihadist",
        /// Insurgent or rebel group.
        Insurgent = "insurgent",
        /// Militia (often state-aligned or sectarian).
        Militia = "militia",
        /// Regular armed forces or security forces of a state.
        StateForce = "state_force",
        /// Private military company.
        PrivateMilitary = "private_military",
        /// Separatist armed movement.
        Separatist = "separatist",
        /// Armed wing of a political movement.
        ArmedWing = "armed_wing",
        /// Coalition or umbrella of armed groups.
        Coalition = "coalition",
        /// Political party (it may have an armed wing, its own record).
        Party = "party",
        /// Political or religious movement that is not a registered party (the Muslim
        /// Brotherhood, the Sadrist movement, the PLO).
        Movement = "movement",
    }
}

token_enum! {
    /// What an alias (and so a mention) names its entity by.
    ///
    /// ```
    /// let forms: Vec<alam::Form> = alam::extract("قال الإيرانيون في طهران إن إيران")
    ///     .iter()
    ///     .map(|e| e.form)
    ///     .collect();
    /// assert_eq!(forms, [alam::Form::Demonym, alam::Form::Capital, alam::Form::Name]);
    /// ```
    Form {
        /// The (or a) name of the country or group.
        Name = "name",
        /// A country's official long form (الجمهورية العربية السورية).
        LongName = "long_name",
        /// The capital, used for the state (طهران for Iran's government).
        Capital = "capital",
        /// A demonym (الإيراني، السوريون).
        Demonym = "demonym",
        /// A government seat used for the government (البيت الأبيض).
        Seat = "seat",
        /// A political label that names a state or group (الكيان الصهيوني).
        Label = "label",
        /// An official's full name.
        FullName = "full_name",
        /// A short form (بن سلمان; تنظيم الدولة).
        ShortName = "short_name",
        /// A surname used alone after the person was named in full.
        Surname = "surname",
        /// An acronym (داعش، قسد).
        Acronym = "acronym",
        /// The name a group uses for itself (أنصار الله).
        SelfDesignation = "self_designation",
        /// A role named by title and country (وزير الدفاع الإيراني).
        Role = "role",
        /// A generic noun referring back to a group named earlier (الحركة).
        Reference = "reference",
        /// A country named inside an organization's name (وكالة الأنباء **الفرنسية**): reported
        /// only with [`Options::in_name`](crate::Options::in_name).
        InName = "in_name",
    }
}

/// A country or territory.
///
/// ```
/// let iraq = alam::Extractor::default_ref().gazetteer().country("IQ").unwrap();
/// assert_eq!((iraq.iso3.as_deref(), iraq.name_en.as_str()), (Some("IRQ"), "Iraq"));
/// assert_eq!(iraq.capital_ar.as_deref(), Some("بغداد"));
/// assert_eq!(iraq.status, alam::CountryStatus::UnMember);
/// ```
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct Country {
    /// ISO 3166-1 alpha-2 (`IR`), or `X-` and an upper-case slug where no ISO code exists.
    pub id: String,
    /// ISO 3166-1 alpha-3, if any.
    pub iso3: Option<String>,
    /// Canonical Arabic name.
    pub name_ar: String,
    /// English name.
    pub name_en: String,
    /// Arabic name of the capital, if known.
    pub capital_ar: Option<String>,
    /// English name of the capital, if known.
    pub capital_en: Option<String>,
    /// Political status.
    pub status: CountryStatus,
    /// Provenance tags.
    pub source: Vec<String>,
}

/// A person who holds or held an office.
///
/// ```
/// let g = alam::Extractor::default_ref().gazetteer();
/// let saddam = g.official("saddam-hussein").unwrap();
/// assert_eq!(saddam.died.map(|d| d.year()), Some(2006));
/// assert!(saddam.well_known);
/// ```
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct Official {
    /// Lower-case ASCII slug (`hossein-dehghan`).
    pub id: String,
    /// Full Arabic name.
    pub name_ar: String,
    /// English name.
    pub name_en: String,
    /// Wikidata QID, if known.
    pub wikidata: Option<String>,
    /// Date of birth, as precise as known.
    pub born: Option<PartialDate>,
    /// Date of death, as precise as known; `None` for the living and the unknown.
    pub died: Option<PartialDate>,
    /// Known to news readers by surname alone even with no date given (بوتين، نتنياهو): a
    /// `standalone` surname of this person is reported without a document date.
    pub well_known: bool,
    /// Terms of office, sorted by start date.
    pub offices: Vec<Office>,
    /// Provenance tags.
    pub source: Vec<String>,
}

impl Official {
    /// The offices held on `date` (start inclusive, end exclusive).
    ///
    /// ```
    /// let o = alam::Extractor::default_ref().gazetteer().official("hossein-dehghan").unwrap();
    /// let roles: Vec<alam::Role> = o.offices_on("2016-06-09".parse().unwrap()).map(|t| t.role).collect();
    /// assert_eq!(roles, [alam::Role::DefenceMinister]);
    /// assert_eq!(o.offices_on("2010-01-01".parse().unwrap()).count(), 0);
    /// ```
    pub fn offices_on(&self, date: Date) -> impl Iterator<Item = &Office> {
        self.offices.iter().filter(move |o| o.holds_on(date))
    }
}

/// One term of office.
///
/// ```
/// let o = alam::Extractor::default_ref().gazetteer().official("hossein-dehghan").unwrap();
/// let term = &o.offices[0];
/// assert_eq!(term.start.to_string(), "2013-08-15");
/// assert_eq!(term.end.map(|d| d.to_string()).as_deref(), Some("2017-08-20"));
/// ```
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct Office {
    /// The office.
    pub role: Role,
    /// What the office belongs to: a country id (`IR`), an organization id (`arab-league`)
    /// or an armed-group / party id (`hezbollah`); `None` only for a
    /// [`Role::UnSecretaryGeneral`] row of the old schema.
    pub org: Option<String>,
    /// For an [`Role::Envoy`]: the country the envoy is sent to.
    pub about: Option<String>,
    /// `org`'s record and `about`'s row, set by the validation.
    #[serde(skip)]
    pub(crate) key: OfficeKey,
    /// First day in office.
    pub start: Date,
    /// Day the term ended; `None` while it is open. Never before `start`.
    pub end: Option<Date>,
    /// Provenance tags.
    pub source: Vec<String>,
}

impl Office {
    /// The country of the office: `org` when it is a country id, else the envoy's `about`.
    ///
    /// ```
    /// let g = alam::Extractor::default_ref().gazetteer();
    /// let office = &g.official("hossein-dehghan").unwrap().offices[0];
    /// assert_eq!((office.org.as_deref(), office.country()), (Some("IR"), Some("IR")));
    /// ```
    pub fn country(&self) -> Option<&str> {
        match &self.org {
            Some(org) if is_country_id(org) => Some(org),
            _ => self.about.as_deref(),
        }
    }

    /// Whether the term covers `date` (the start day included, the end day excluded).
    ///
    /// ```
    /// let o = alam::Extractor::default_ref().gazetteer().official("hossein-dehghan").unwrap();
    /// assert!(o.offices[0].holds_on("2013-08-15".parse().unwrap())); // the first day
    /// assert!(!o.offices[0].holds_on("2017-08-20".parse().unwrap())); // the end day is excluded
    /// ```
    pub fn holds_on(&self, date: Date) -> bool {
        self.start <= date && self.end.map_or(true, |end| date < end)
    }
}

/// An office as the resolver looks it up: the role, the record it belongs to and, for an
/// envoy, the country it is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct OfficeKey {
    pub role: Role,
    pub org: Option<RecordId>,
    pub about: Option<CountryId>,
}

impl OfficeKey {
    /// The office's country: its org when a country, else the envoy's `about`.
    pub fn country(&self) -> Option<CountryId> {
        match self.org {
            Some(RecordId::Country(c)) => Some(c),
            _ => self.about,
        }
    }
}

impl Default for OfficeKey {
    fn default() -> Self {
        OfficeKey {
            role: Role::HeadOfState,
            org: None,
            about: None,
        }
    }
}

/// Whether `id` has the shape of a country id (upper-case: `IR`, `X-SOMALILAND`) rather than
/// a record slug (lower-case: `hezbollah`, `arab-league`).
pub(crate) fn is_country_id(id: &str) -> bool {
    !id.is_empty() && !id.bytes().any(|b| b.is_ascii_lowercase())
}

/// An international organization or one of its bodies (الأمم المتحدة، مجلس الأمن،
/// جامعة الدول العربية).
///
/// ```
/// let g = alam::Extractor::default_ref().gazetteer();
/// let league = g.organization("arab-league").unwrap();
/// assert_eq!(league.name_en, "Arab League");
/// ```
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct Organization {
    /// Lower-case ASCII slug (`arab-league`, `un-security-council`).
    pub id: String,
    /// Canonical Arabic name.
    pub name_ar: String,
    /// English name.
    pub name_en: String,
    /// The organization it is a body or mission of (`un` for the Security Council).
    pub parent: Option<String>,
    /// Wikidata QID, if known.
    pub wikidata: Option<String>,
    /// Provenance tags.
    pub source: Vec<String>,
}

/// A renaming or succession: the group was formerly `id`.
///
/// ```
/// let g = alam::Extractor::default_ref().gazetteer();
/// let is = g.armed_group("islamic-state").unwrap();
/// assert_eq!(is.predecessors[0].id, "islamic-state-of-iraq");
/// ```
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct Predecessor {
    /// Id of the earlier group.
    pub id: String,
    /// Date of the renaming, if known.
    pub date: Option<Date>,
}

/// A non-state armed group, militia or state force.
///
/// ```
/// let text = "قصفت طائرات مواقع داعش";
/// let e = &alam::extract(text)[0];
/// let Some(alam::Record::ArmedGroup(g)) = e.record else { panic!("a group") };
/// assert_eq!((g.name_en.as_str(), g.category), ("Islamic State", alam::GroupCategory::Jihadist));
/// assert_eq!(g.countries, ["IQ", "SY"]);
/// assert!(g.designations.iter().any(|d| d == "US-FTO"));
/// ```
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct ArmedGroup {
    /// Lower-case ASCII slug (`islamic-state`).
    pub id: String,
    /// Canonical Arabic name.
    pub name_ar: String,
    /// English name.
    pub name_en: String,
    /// What kind of armed actor it is.
    pub category: GroupCategory,
    /// Country ids where it operates, main one first.
    pub countries: Vec<String>,
    /// The group it is a wing, branch or faction of.
    pub parent: Option<String>,
    /// Groups it was renamed from or succeeded.
    pub predecessors: Vec<Predecessor>,
    /// Designations such as `UN:QDe.115` or `US-FTO`.
    pub designations: Vec<String>,
    /// Wikidata QID, if known.
    pub wikidata: Option<String>,
    /// Provenance tags.
    pub source: Vec<String>,
}

/// Properties of an alias, from the `flags` column.
///
/// ```
/// let g = alam::Extractor::default_ref().gazetteer();
/// let hamas = g.aliases().iter().find(|a| a.text == "حماس").unwrap();
/// assert!(hamas.flags.ambiguous); // also an ordinary word: needs context
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct AliasFlags {
    /// Also an ordinary word or another entity's name: reported only with supporting context.
    pub ambiguous: bool,
    /// Generate the other article form (with ال if it has none, without if it has).
    pub article: bool,
    /// A demonym given as a fixed form, not a stem to inflect.
    pub literal: bool,
    /// A label that frames the entity negatively.
    pub pejorative: bool,
    /// A former name or an old spelling.
    pub historical: bool,
    /// With `ambiguous`: the ordinary-word reading is the usual one (سلام 'peace', فتح
    /// 'opening'), so the alias is reported only with a cue, a title, or a mention of the same
    /// entity in the document, never because its country is mentioned.
    pub common: bool,
    /// On a `surname`: distinctive enough to name the person alone, without an earlier full
    /// name, when the person held a covered office on the document date (or, with no date, is
    /// [`well_known`](Official::well_known)) and no other person with that surname did.
    pub standalone: bool,
    /// A hamza on an alef that the alias does not have makes the word another one: بان (Ban
    /// Ki-moon) is not بأن 'that', though matching folds أ to ا.
    pub as_written: bool,
}

/// One alias row: a way the text may name a record.
///
/// ```
/// let g = alam::Extractor::default_ref().gazetteer();
/// let alias = g.aliases().iter().find(|a| a.text == "داعش").unwrap();
/// assert_eq!(alias.form, alam::Form::Acronym);
/// assert_eq!(alias.kind(), alam::EntityKind::ArmedGroup);
/// ```
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct Alias {
    /// The record it names (see [`Gazetteer::record`](crate::Gazetteer::record)).
    #[serde(skip)]
    pub record: RecordId,
    /// The alias as written in the gazetteer.
    pub text: String,
    /// What the alias names the entity by.
    pub form: Form,
    /// Flags.
    pub flags: AliasFlags,
    /// Context patterns that support an ambiguous alias, `_` standing for the alias.
    pub cues: Vec<String>,
    /// Provenance tags.
    pub source: Vec<String>,
}

impl AliasFlags {
    /// Every flag's name in the `flags` column, in the order the README lists them.
    ///
    /// ```
    /// assert!(alam::AliasFlags::NAMES.contains(&"ambiguous"));
    /// ```
    pub const NAMES: &'static [&'static str] = &[
        "ambiguous",
        "common",
        "article",
        "literal",
        "pejorative",
        "historical",
        "standalone",
        "as_written",
    ];

    /// Sets the flag named `name` (one of [`NAMES`](Self::NAMES)); `false` for an unknown name.
    ///
    /// ```
    /// let mut flags = alam::AliasFlags::default();
    /// assert!(flags.set("ambiguous") && flags.ambiguous);
    /// assert!(!flags.set("vague"));
    /// ```
    pub fn set(&mut self, name: &str) -> bool {
        let flag = match name {
            "ambiguous" => &mut self.ambiguous,
            "common" => &mut self.common,
            "article" => &mut self.article,
            "literal" => &mut self.literal,
            "pejorative" => &mut self.pejorative,
            "historical" => &mut self.historical,
            "standalone" => &mut self.standalone,
            "as_written" => &mut self.as_written,
            _ => return false,
        };
        *flag = true;
        true
    }
}

impl Alias {
    /// The kind of record the alias names.
    ///
    /// ```
    /// let g = alam::Extractor::default_ref().gazetteer();
    /// let alias = g.aliases().iter().find(|a| a.text == "دهقان").unwrap();
    /// assert_eq!(alias.kind(), alam::EntityKind::Official);
    /// ```
    pub fn kind(&self) -> EntityKind {
        self.record.kind()
    }
}

/// A record of the gazetteer, borrowed.
///
/// ```
/// let g = alam::Extractor::default_ref().gazetteer();
/// let alias = g.aliases().iter().find(|a| a.text == "طهران").unwrap();
/// let record = g.record(alias.record);
/// assert_eq!((record.kind(), record.id()), (alam::EntityKind::Country, "IR"));
/// assert_eq!((record.name_ar(), record.name_en()), ("إيران", "Iran"));
/// ```
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum Record<'g> {
    /// A country or territory.
    Country(&'g Country),
    /// An official.
    Official(&'g Official),
    /// An armed group.
    ArmedGroup(&'g ArmedGroup),
    /// An international organization.
    Organization(&'g Organization),
}

impl<'g> Record<'g> {
    /// The record's kind.
    ///
    /// ```
    /// let r = alam::extract("في دمشق")[0].record.unwrap();
    /// assert_eq!(r.kind(), alam::EntityKind::Country);
    /// ```
    pub fn kind(&self) -> EntityKind {
        match self {
            Record::Country(_) => EntityKind::Country,
            Record::Official(_) => EntityKind::Official,
            Record::ArmedGroup(_) => EntityKind::ArmedGroup,
            Record::Organization(_) => EntityKind::Organization,
        }
    }

    /// The record's id (`IR`, `hossein-dehghan`, `islamic-state`).
    ///
    /// ```
    /// let r = alam::extract("في دمشق")[0].record.unwrap();
    /// assert_eq!(r.id(), "SY");
    /// ```
    pub fn id(&self) -> &'g str {
        match self {
            Record::Country(c) => &c.id,
            Record::Official(o) => &o.id,
            Record::ArmedGroup(g) => &g.id,
            Record::Organization(o) => &o.id,
        }
    }

    /// Canonical Arabic name.
    ///
    /// ```
    /// let r = alam::extract("في دمشق")[0].record.unwrap();
    /// assert_eq!(r.name_ar(), "سوريا");
    /// ```
    pub fn name_ar(&self) -> &'g str {
        match self {
            Record::Country(c) => &c.name_ar,
            Record::Official(o) => &o.name_ar,
            Record::ArmedGroup(g) => &g.name_ar,
            Record::Organization(o) => &o.name_ar,
        }
    }

    /// English name.
    ///
    /// ```
    /// let r = alam::extract("في دمشق")[0].record.unwrap();
    /// assert_eq!(r.name_en(), "Syria");
    /// ```
    pub fn name_en(&self) -> &'g str {
        match self {
            Record::Country(c) => &c.name_en,
            Record::Official(o) => &o.name_en,
            Record::ArmedGroup(g) => &g.name_en,
            Record::Organization(o) => &o.name_en,
        }
    }
}

/// A record serializes as its typed struct ([`Country`], [`Official`] or [`ArmedGroup`], all
/// fields in declaration order); the entity's `kind` says which.
///
/// ```
/// let g = alam::Extractor::default_ref().gazetteer();
/// let alias = g.aliases().iter().find(|a| a.text == "داعش").unwrap();
/// let json = serde_json::to_string(&g.record(alias.record)).unwrap();
/// assert!(json.starts_with(r#"{"id":"islamic-state","name_ar":"#));
/// assert!(json.contains(r#""category":"jihadist","countries":["IQ","SY""#));
/// ```
impl Serialize for Record<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Record::Country(c) => c.serialize(s),
            Record::Official(o) => o.serialize(s),
            Record::ArmedGroup(g) => g.serialize(s),
            Record::Organization(o) => o.serialize(s),
        }
    }
}

token_enum! {
    /// What follows a role title to name the office's country or organization.
    ///
    /// ```
    /// let g = alam::Extractor::default_ref().gazetteer();
    /// let t = g.role_titles().iter().find(|t| t.title == "وزير دفاع").unwrap();
    /// assert_eq!(t.follows, alam::TitleFollows::Country); // وزير دفاع إيران
    /// ```
    TitleFollows {
        /// The definite demonym, agreeing in gender (وزير الدفاع الإيراني).
        Demonym = "demonym",
        /// The country's name, the title in construct (وزير دفاع إيران).
        Country = "country",
        /// Nothing: the title alone names the office (الأمين العام للأمم المتحدة).
        Nothing = "none",
        /// An organization or armed group / party named right after the title, in construct or
        /// with the preposition ل (الأمين العام لحزب الله، الأمين العام لجامعة الدول العربية).
        Org = "org",
        /// The preposition إلى and a country's name: the country an envoy is sent to
        /// (المبعوث الأممي إلى اليمن); the row's `org` is the sending organization.
        About = "about",
    }
}

/// A title that names an office (a row of `role_titles.tsv`): with the country or
/// organization named after it, or alone, it makes a role mention.
///
/// ```
/// let g = alam::Extractor::default_ref().gazetteer();
/// let t = g.role_titles().iter().find(|t| t.title == "وزير الدفاع").unwrap();
/// assert_eq!((t.role, t.follows), (alam::Role::DefenceMinister, alam::TitleFollows::Demonym));
/// ```
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct RoleTitle {
    /// The office.
    pub role: Role,
    /// The title as written in the gazetteer (وزير الدفاع).
    pub title: String,
    /// The demonym after it agrees in the feminine (رئيس الحكومة الإسرائيلية).
    pub feminine: bool,
    /// What follows the title.
    pub follows: TitleFollows,
    /// The one country or organization this title row is for (a restricted row overrides the
    /// generic rows of the same title for it), or, with [`TitleFollows::Nothing`] and
    /// [`TitleFollows::About`], the office's country or organization; `None` otherwise.
    pub org: Option<String>,
    /// `org`'s record.
    #[serde(skip)]
    pub(crate) org_record: Option<RecordId>,
}

#[cfg(test)]
mod tests {
    use super::Date;

    #[test]
    fn day_counts_are_civil_days() {
        let d = |s: &str| s.parse::<Date>().expect("date").days();
        assert_eq!(d("1970-01-01"), 0);
        assert_eq!(d("2000-03-01") - d("2000-02-28"), 2); // 2000 is a leap year
        assert_eq!(d("1900-03-01") - d("1900-02-28"), 1); // 1900 is not
        assert_eq!(d("2024-05-20") - d("2024-05-19"), 1);
    }
}
