//! # The gazetteer format: adding your own countries, officials, armed groups and aliases
//!
//! (Documentation only: this module has no items.) An [`Extractor`](crate::Extractor) is built
//! from gazetteer files: UTF-8, tab-separated, one header row, one record a line, no quoting,
//! several values in one cell separated by `|`, lines starting with `#` ignored, a byte-order
//! mark and CRLF line ends accepted. **A file's header row says what it holds**; the file's name
//! only names it in errors. Give files with
//! [`ExtractorBuilder::add_file`](crate::ExtractorBuilder::add_file) (from disk) or
//! [`add_source`](crate::ExtractorBuilder::add_source) (from memory), on top of the embedded
//! data or, after [`without_defaults`](crate::ExtractorBuilder::without_defaults), alone.
//!
//! | header row (tab-separated) | one row per |
//! |---|---|
//! | `id iso3 name_ar name_en capital_ar capital_en status source` | country or territory |
//! | `id name_ar name_en wikidata source` | official (a person) |
//! | `official role country start end source` | term of office of an official |
//! | `id name_ar name_en category countries parent predecessors designations wikidata source` | armed group |
//! | `country alias form flags cues source` | alias of a country |
//! | `official alias form flags cues source` | alias of an official |
//! | `armed_group alias form flags cues source` | alias of an armed group |
//! | `role title agreement follows country source` | role title (وزير الدفاع) |
//! | `person_cue`… see the tables below | resolver word lists |
//!
//! An alias file's first column names the kind of record its ids refer to. The header of
//! earlier versions, `id alias form flags cues source`, is still accepted when the file's name
//! names exactly one kind (`country`/`countries`, `official` or `group` in it); a name that
//! names none or several (`official_group_aliases.tsv`) is an error listing the valid headers.
//!
//! Every problem is an [`Error`](crate::Error) naming the file and line, and saying what is
//! valid: an unknown header row lists the valid ones, an unknown `role`, `form`, `category`,
//! `status` or flag lists the valid values, an unknown country id says what ids look like (and
//! suggests `LY` for `ly`).
//!
//! ## A complete example, from in-memory strings
//!
//! A made-up country (id `X-DREAMLAND`: no ISO code), its foreign minister with one term, and a
//! militia with an ambiguous short name that needs a cue word before it:
//!
//! ```
//! let countries = "id\tiso3\tname_ar\tname_en\tcapital_ar\tcapital_en\tstatus\tsource\n\
//!     X-DREAMLAND\t\tأرض الأحلام\tDreamland\tمدينة النجوم\tStar City\tunrecognised\tmy-notes\n";
//! let country_aliases = "country\talias\tform\tflags\tcues\tsource\n\
//!     X-DREAMLAND\tحالمي\tdemonym\t\t\tmy-notes\n";
//! let officials = "id\tname_ar\tname_en\twikidata\tsource\n\
//!     samir-nour\tسمير نور\tSamir Nour\t\tmy-notes\n";
//! let offices = "official\trole\tcountry\tstart\tend\tsource\n\
//!     samir-nour\tforeign_minister\tX-DREAMLAND\t2020-01-01\t\tmy-notes\n";
//! let official_aliases = "official\talias\tform\tflags\tcues\tsource\n\
//!     samir-nour\tنور\tsurname\t\t\tmy-notes\n";
//! let groups = "id\tname_ar\tname_en\tcategory\tcountries\tparent\tpredecessors\tdesignations\twikidata\tsource\n\
//!     night-riders\tفرسان الليل\tNight Riders\tmilitia\tX-DREAMLAND\t\t\t\t\tmy-notes\n";
//! let group_aliases = "armed_group\talias\tform\tflags\tcues\tsource\n\
//!     night-riders\tالفرسان\tshort_name\tambiguous\tميليشيا _\tmy-notes\n";
//!
//! let extractor = alam::Extractor::builder()
//!     .without_defaults() // only these files (the language rules stay embedded)
//!     .add_source("countries.tsv", countries)
//!     .add_source("my-aliases-1.tsv", country_aliases)
//!     .add_source("officials.tsv", officials)
//!     .add_source("offices.tsv", offices)
//!     .add_source("my-aliases-2.tsv", official_aliases)
//!     .add_source("groups.tsv", groups)
//!     .add_source("my-aliases-3.tsv", group_aliases)
//!     .build()?;
//!
//! let text = "وقال الوزير الحالمي سمير نور في مدينة النجوم إن ميليشيا الفرسان انسحبت، وأكد نور ذلك.";
//! let found: Vec<(&str, Option<&str>, &str)> = extractor
//!     .extract(text)
//!     .iter()
//!     .map(|e| (e.form.as_str(), e.id(), e.text(text)))
//!     .collect();
//! assert_eq!(
//!     found,
//!     [
//!         ("demonym", Some("X-DREAMLAND"), "الحالمي"),
//!         ("full_name", Some("samir-nour"), "سمير نور"),
//!         ("capital", Some("X-DREAMLAND"), "مدينة النجوم"),
//!         ("short_name", Some("night-riders"), "الفرسان"), // its cue ميليشيا _ is there
//!         ("surname", Some("samir-nour"), "نور"),          // after the full name
//!     ]
//! );
//! let official = extractor.gazetteer().official("samir-nour").unwrap();
//! assert_eq!(official.offices[0].role, alam::Role::ForeignMinister);
//!
//! // An error names the file and line and says what is valid.
//! let err = alam::Extractor::builder()
//!     .add_source("offices.tsv", "official\trole\tcountry\tstart\tend\tsource\n\
//!         samir-nour\tpresident\tX-DREAMLAND\t2020-01-01\t\tmy-notes\n")
//!     .build()
//!     .unwrap_err();
//! assert!(err.to_string().starts_with("offices.tsv:2: unknown role \"president\"; valid: head_of_state, "));
//! # Ok::<(), alam::Error>(())
//! ```
//!
//! The rest of this page is the data's own documentation, `gazetteers/README.md`: every file,
//! column, form, flag and rule, and where the embedded data comes from.
//!
//! ---
//!
#![doc = include_str!("../gazetteers/README.md")]
