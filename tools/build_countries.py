#!/usr/bin/env python3
"""Build alam's country gazetteer: gazetteers/countries.tsv and gazetteers/country_aliases.tsv.

Inputs: the seed tables in /work/shared/data-sources (see its README for how they were
extracted): countries.tsv, demonyms.tsv, non_iso_entities.tsv. Everything else lives in the
curated tables below (source tag `curated`).

Never used: the columns `ar_common_world_countries` and `ar_official_world_countries` of
countries.tsv (npm world-countries, ODbL-1.0), nor world-countries' iso3 `UNK` for Kosovo.

Usage:  python3 tools/build_countries.py [--src DIR] [--out DIR] [--check-only]
The script validates its output (header, column counts, ids, forms, flags, cues, and
normalized-alias collisions across records, demonym inflections included) and exits non-zero
on any problem.
"""

import argparse
import csv
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SRC = "/work/shared/data-sources"
DEFAULT_OUT = os.path.join(os.path.dirname(HERE), "gazetteers")

COUNTRY_HEADER = ["id", "iso3", "name_ar", "name_en", "capital_ar", "capital_en", "status", "source"]
ALIAS_HEADER = ["id", "alias", "form", "flags", "cues", "source"]
FORMS = {"name", "long_name", "capital", "demonym", "seat", "label"}
FLAGS = ["ambiguous", "article", "literal", "pejorative", "historical"]  # canonical order
STATUSES = {"un_member", "un_observer", "partially_recognised", "unrecognised", "territory"}
SOURCES = {"cldr", "i18n-iso-countries", "pycountry", "arwikicats", "countries-list", "curated"}

# ISO codes left out: uninhabited territories.
SKIP_ISO = {"AQ", "BV", "HM", "UM", "TF", "GS"}

# ---------------------------------------------------------------------------------------------
# Curated: status of the non-UN-member records we keep (UN members come from CLDR's UN group).
# ---------------------------------------------------------------------------------------------
STATUS_OVERRIDE = {
    "PS": "un_observer",
    "VA": "un_observer",
    "XK": "partially_recognised",
    "TW": "partially_recognised",
    "EH": "territory",  # UN non-self-governing territory; the SADR's names are its aliases
}

# Entities without an ISO code: id -> (English name, ArWikiCats key for the Arabic name,
# status, capital_ar, capital_en). Capitals are curated.
NON_ISO = {
    "X-SOMALILAND": ("Somaliland", "somaliland", "unrecognised", "هرجيسا", "Hargeisa"),
    "X-ABKHAZIA": ("Abkhazia", "abkhazia", "partially_recognised", "سوخومي", "Sukhumi"),
    "X-SOUTH-OSSETIA": ("South Ossetia", "south ossetia", "partially_recognised", "تسخينفالي", "Tskhinvali"),
    "X-NORTHERN-CYPRUS": ("Northern Cyprus", "northern cyprus", "partially_recognised", "", "North Nicosia"),
    "X-TRANSNISTRIA": ("Transnistria", "transnistria", "unrecognised", "تيراسبول", "Tiraspol"),
    "X-ARTSAKH": ("Artsakh", "artsakh", "unrecognised", "ستيباناكيرت", "Stepanakert"),
}

# demonyms.tsv places without ISO code that belong to a record here
DEMONYM_PLACE_TO_ID = {"abkhazia": "X-ABKHAZIA"}

# Capitals that neither seed source has in Arabic (the 14 missing UN members plus a few kept
# territories and entities). id -> capital_ar (capital_en comes from countries-list).
CURATED_CAPITAL = {
    "AG": "سانت جونز",
    "BI": "غيتيغا",
    "BO": "سوكري",
    "CR": "سان خوسيه",
    "GD": "سانت جورجز",
    "JM": "كينغستون",
    "KM": "موروني",
    "MA": "الرباط",
    "MN": "أولان باتور",
    "MT": "فاليتا",
    "NR": "يارين",
    "SC": "فيكتوريا",
    "SZ": "لوبامبا",
    "TO": "نوكوالوفا",
    "XK": "بريشتينا",
    "VA": "مدينة الفاتيكان",
    "US": "واشنطن",  # ArWikiCats has "واشنطن العاصمة." (kept as an alias, dot removed)
}
CURATED_CAPITAL_EN = {"VA": "Vatican City", "XK": "Pristina"}

# Where CLDR's exemplar city and ArWikiCats' capital differ, the one the Arabic press uses
# goes to capital_ar and the other becomes a `capital` alias. Default: CLDR.
CAPITAL_PREFER_ARWIKICATS = {
    "AF": False,  # كابول (CLDR) over كابل (also 'cable')
    "AR": True,   # بوينس آيرس
    "DZ": True,   # مدينة الجزائر (not the country name)
    "GL": True,   # نوك (غودثاب is the old name)
    "MD": True,   # كيشيناو
    "ME": True,   # بودغوريتسا
    "PG": True,   # بورت مورسبي
    "SL": True,   # فريتاون
    "SO": True,   # مقديشو
    "TN": True,   # مدينة تونس (not the country name)
    "FK": True,   # ستانلي
}
# Capital spellings from a source that are not used at all.
CAPITAL_DROP = {
    ("GL", "غودثاب"),   # Godthåb, the old Danish name; added below as historical
    ("PM", "مكويلون"),  # CLDR's match is Miquelon, not the capital Saint-Pierre
}

# ---------------------------------------------------------------------------------------------
# Curated aliases: (id, alias, form, flags, cues)
# ---------------------------------------------------------------------------------------------
A, ART, LIT, PEJ, HIST = "ambiguous", "article", "literal", "pejorative", "historical"

CURATED_ALIASES = [
    # --- press spellings and short forms (form name) ---
    ("US", "أمريكا", "name", "", ""),
    ("US", "أميركا", "name", "", ""),
    ("US", "الولايات المتحدة الأمريكية", "long_name", "", ""),
    ("SY", "سورية", "name", "", ""),
    ("RU", "روسيا الاتحادية", "name", "", ""),
    ("GB", "بريطانيا", "name", "", ""),
    ("GB", "بريطانيا العظمى", "name", "", ""),
    ("AE", "الإمارات", "name", "", ""),
    ("CN", "الصين الشعبية", "name", "", ""),
    ("BA", "البوسنة", "name", "", ""),
    ("BY", "بيلاروسيا", "name", "", ""),
    ("MD", "مولدافيا", "name", "", ""),
    ("KG", "قرغيزستان", "name", "", ""),
    ("ME", "مونتينيغرو", "name", "", ""),
    ("MK", "مقدونيا", "name", (HIST, A), ""),
    ("CD", "الكونغو الديمقراطية", "name", "", ""),
    ("CD", "الكونغو كينشاسا", "name", "", ""),
    ("CG", "الكونغو برازافيل", "name", "", ""),
    ("CD", "الكونغو", "name", (A,), ""),
    ("CG", "الكونغو", "name", (A,), ""),
    ("CD", "زائير", "name", (HIST,), ""),
    ("CF", "أفريقيا الوسطى", "name", "", ""),
    ("PH", "الفيليبين", "name", "", ""),
    ("LK", "سري لانكا", "name", "", ""),
    ("CR", "كوستا ريكا", "name", "", ""),
    ("PR", "بورتو ريكو", "name", "", ""),
    ("FK", "جزر مالفيناس", "name", "", ""),
    ("BJ", "داهومي", "name", (HIST,), ""),
    ("BF", "فولتا العليا", "name", (HIST,), ""),
    ("EC", "الإكوادور", "name", (ART,), ""),
    ("GA", "الغابون", "name", (ART,), ""),
    ("VA", "الكرسي الرسولي", "name", "", ""),
    ("X-SOMALILAND", "صوماليلاند", "name", "", ""),
    ("X-NORTHERN-CYPRUS", "شمال قبرص", "name", "", ""),
    ("EH", "الجمهورية الصحراوية", "name", "", ""),
    # --- official long forms not (correctly) in pycountry ---
    ("AE", "دولة الإمارات العربية المتحدة", "long_name", "", ""),
    ("YE", "الجمهورية اليمنية", "long_name", "", ""),
    ("LY", "دولة ليبيا", "long_name", "", ""),
    ("MR", "الجمهورية الإسلامية الموريتانية", "long_name", "", ""),
    ("IR", "جمهورية إيران الإسلامية", "long_name", "", ""),
    ("TR", "الجمهورية التركية", "long_name", "", ""),
    ("TR", "جمهورية تركيا", "long_name", "", ""),
    ("FR", "الجمهورية الفرنسية", "long_name", "", ""),
    ("KP", "جمهورية كوريا الديمقراطية الشعبية", "long_name", "", ""),
    ("TW", "جمهورية الصين", "long_name", "", ""),
    ("XK", "جمهورية كوسوفو", "long_name", "", ""),
    ("IE", "جمهورية أيرلندا", "long_name", "", ""),
    ("VA", "حاضرة الفاتيكان", "long_name", "", ""),
    ("AF", "إمارة أفغانستان الإسلامية", "long_name", "", ""),
    ("X-SOMALILAND", "جمهورية أرض الصومال", "long_name", "", ""),
    ("X-NORTHERN-CYPRUS", "جمهورية شمال قبرص التركية", "long_name", "", ""),
    # --- capitals: press variants and ambiguous ones ---
    ("US", "واشنطن العاصمة", "capital", "", ""),  # ArWikiCats' string without its trailing dot
    ("AE", "أبوظبي", "capital", "", ""),
    ("IN", "نيو دلهي", "capital", "", ""),
    ("KP", "بيونغيانغ", "capital", "", ""),
    ("KR", "سيول", "capital", (A,), "العاصمة الكورية الجنوبية _|حكومة _"),
    ("DZ", "الجزائر العاصمة", "capital", "", ""),
    ("TN", "تونس العاصمة", "capital", "", ""),
    ("KZ", "نور سلطان", "capital", (HIST,), ""),
    ("GL", "غودثاب", "capital", (HIST,), ""),
    ("BO", "لاباز", "capital", "", ""),
    ("SZ", "مبابان", "capital", "", ""),
    ("BI", "بوجمبورا", "capital", (HIST,), ""),
    ("JO", "عمان", "capital", (A,), "العاصمة الأردنية _"),
    ("OM", "عمان", "name", (A,), "سلطنة _|سلطان _|حكومة _|وزير خارجية _"),
    ("IL", "القدس", "capital", (A,), ""),
    ("PS", "القدس", "capital", (A,), ""),  # the capital the State of Palestine proclaims
    ("AF", "كابل", "capital", (A,), "العاصمة الأفغانية _|حكومة _|مطار _"),
    ("OM", "مسقط", "capital", (A,), "العاصمة العمانية _"),
    ("LY", "طرابلس", "capital", (A,), "العاصمة الليبية _|حكومة _|_ الليبية|_ الغرب"),
    ("MA", "الرباط", "capital", (A,), "العاصمة المغربية _"),
    ("EH", "العيون", "capital", (A,), "مدينة _"),
    ("MV", "ماليه", "capital", (A,), "العاصمة المالديفية _"),
    ("BG", "صوفيا", "capital", (A,), "العاصمة البلغارية _"),
    ("TL", "ديلي", "capital", (A,), ""),
    ("SC", "فيكتوريا", "capital", (A,), ""),
    ("CR", "سان خوسيه", "capital", (A,), ""),
    ("PR", "سان خوان", "capital", (A,), ""),
    ("BM", "هاميلتون", "capital", (A,), ""),
    ("FK", "ستانلي", "capital", (A,), ""),
    ("FK", "استانلي", "capital", (A,), ""),
    ("IM", "دوغلاس", "capital", (A,), ""),
    ("MS", "بليموث", "capital", (A,), ""),
    ("GY", "جورج تاون", "capital", (A,), ""),
    ("CL", "سانتياغو", "capital", (A,), "العاصمة التشيلية _"),
    ("TG", "لومه", "capital", (A,), "العاصمة التوغولية _"),  # also لومه 'blaming him'
    ("JE", "جيرسي", "name", (A,), "جزيرة _"),  # also (نيو) جيرسي
    ("JE", "جيرزي", "name", (A,), "جزيرة _"),
    # --- country names that are also common words ---
    ("ML", "مالي", "name", (A,), "دولة _|جمهورية _|شمال _|_ والنيجر|_ وبوركينا فاسو"),
    ("MA", "المغرب", "name", (A,), "ملك _|عاهل _|حكومة _|سفير _|في _|إلى _|_ والجزائر"),
    ("BJ", "بنين", "name", (A,), "جمهورية _|دولة _|_ وتوغو|_ ونيجيريا"),
    ("GE", "جورجيا", "name", (A,), "جمهورية _|_ وأرمينيا|_ وأذربيجان|رئيسة _|رئيس _"),
    ("ME", "الجبل الأسود", "name", (A,), "جمهورية _|دولة _|_ وصربيا"),
    ("BT", "بوتان", "name", (A,), "مملكة _|ملك _"),
    # --- government seats ---
    ("US", "البيت الأبيض", "seat", "", ""),
    ("RU", "الكرملين", "seat", "", ""),
    ("FR", "الإليزيه", "seat", "", ""),
    ("FR", "قصر الإليزيه", "seat", "", ""),
    ("GB", "داونينغ ستريت", "seat", "", ""),
    ("GB", "قصر باكنغهام", "seat", "", ""),
    ("LB", "قصر بعبدا", "seat", "", ""),
    ("EG", "قصر الاتحادية", "seat", "", ""),
    ("TN", "قصر قرطاج", "seat", "", ""),
    ("DZ", "قصر المرادية", "seat", "", ""),
    ("IL", "تل أبيب", "seat", "", ""),  # not the capital; the press's metonym for the government
    # --- political labels ---
    ("IL", "الكيان الصهيوني", "label", (PEJ,), ""),
    ("IL", "الكيان الإسرائيلي", "label", (PEJ,), ""),
    ("IL", "دولة الاحتلال", "label", (PEJ,), ""),
    ("IL", "كيان الاحتلال", "label", (PEJ,), ""),
    ("IL", "العدو الصهيوني", "label", (PEJ,), ""),
    ("IL", "العدو الإسرائيلي", "label", (PEJ,), ""),
    ("IL", "الكيان الغاصب", "label", (PEJ,), ""),
    ("IL", "الكيان المحتل", "label", (PEJ,), ""),
    ("IL", "الدولة العبرية", "label", "", ""),
    ("US", "الشيطان الأكبر", "label", (PEJ,), ""),
    ("US", "العم سام", "label", "", ""),
    ("IR", "نظام الملالي", "label", (PEJ,), ""),
    ("SA", "بلاد الحرمين", "label", "", ""),
    ("EG", "أرض الكنانة", "label", "", ""),
    # --- demonym stems (inflected by the code) ---
    ("US", "أميركي", "demonym", "", ""),
    ("AM", "أرمني", "demonym", "", ""),
    ("HU", "هنغاري", "demonym", "", ""),
    ("UZ", "أوزبكي", "demonym", "", ""),
    ("KZ", "كازاخي", "demonym", "", ""),
    ("GL", "غرينلاندي", "demonym", "", ""),
    ("CD", "كونغولي", "demonym", (A,), ""),
    ("CG", "كونغولي", "demonym", (A,), ""),
    ("CD", "كونغوي", "demonym", (A,), ""),
    ("EH", "صحراوي", "demonym", (A,), "الشعب _|اللاجئين _|اللاجئون _"),
    # --- irregular plurals (literal|article) ---
    ("US", "أمريكان", "demonym", (LIT, ART), ""),
    ("US", "أميركان", "demonym", (LIT, ART), ""),
    # --- multi-word demonyms as fixed forms ---
    *[("KP", t, "demonym", (LIT,), "") for t in (
        "كوري شمالي", "الكوري الشمالي", "كورية شمالية", "الكورية الشمالية",
        "كوريون شماليون", "الكوريون الشماليون", "كوريين شماليين", "الكوريين الشماليين")],
    *[("KR", t, "demonym", (LIT,), "") for t in (
        "كوري جنوبي", "الكوري الجنوبي", "كورية جنوبية", "الكورية الجنوبية",
        "كوريون جنوبيون", "الكوريون الجنوبيون", "كوريين جنوبيين", "الكوريين الجنوبيين")],
    *[("ZA", t, "demonym", (LIT,), "") for t in (
        "جنوب أفريقي", "الجنوب أفريقي", "جنوب أفريقية", "الجنوب أفريقية")],
    *[("SS", t, "demonym", (LIT,), "") for t in (
        "جنوب سوداني", "الجنوب سوداني", "جنوب سودانية", "الجنوب سودانية")],
]

# Source demonyms that get flags or are left out.
DEMONYM_FLAGS = {
    ("ML", "مالي"): ((A,), "الجيش _|الرئيس _|المجلس العسكري _|الحكومة _"),
    ("KM", "قمري"): ((A,), "الرئيس _|الحكومة _"),
    ("HU", "مجري"): ((A,), "رئيس الوزراء _|الحكومة _|البرلمان _"),  # مجرى 'course' folds to مجري
    ("RO", "روماني"): ((A,), "الرئيس _|الحكومة _|رئيس الوزراء _"),  # also 'Roman'
    ("TM", "تركماني"): ((A,), ""),  # also Iraqi/Syrian Turkmen
    ("CG", "كونغوي"): ((A,), ""),
    ("CD", "زائيري"): ((HIST,), ""),
}
DEMONYM_PLURAL_FLAGS = {
    ("AL", "ألبان"): (A,),   # also 'dairy'
    ("RO", "رومان"): (A,),   # also the (ancient) Romans
}
DEMONYM_DROP = {
    ("ZW", "رودوسي"),      # Rhodesian: not Zimbabwe's demonym
    ("CV", "رأس أخضري"),   # not press usage
    ("GI", "جبل طارقي"),
    ("SM", "سان ماريني"),
    ("CD", "كونغوي ديمقراطي"),
}

# pycountry strings left out (wrong or not a name) and comma-inverted forms handled specially.
PYCOUNTRY_DROP = {
    "جمهورية الفرنسية",       # ungrammatical; the curated الجمهورية الفرنسية replaces it
    "الجمهورية الهلنستية",     # 'Hellenistic', not 'Hellenic'
    "المالديف",               # listed under MD (Moldova) by mistake
    "المقعد المقدس (ولاية مدينة الفاتيكان)",
    "جزيرة جويرزني",
    "تايوان، محافظة صينية",
    "ساينت هيلينا، تريستان دا كونا",
}
PYCOUNTRY_HISTORICAL = {"جمهورية أفغانستان الإسلامية"}
I18N_HISTORICAL = {("SZ", "سوازيلاند")}

LONG_PREFIXES = ("جمهورية", "الجمهورية", "مملكة", "المملكة", "دولة", "إمارة", "سلطنة", "اتحاد",
                 "إتحاد", "الاتحاد", "كومنولث", "ولايات", "الولايات", "دوقية")

def name_form(s):
    """A name opening with a state-form word (جمهورية, مملكة, دولة, ...) is the long form."""
    return "long_name" if s.startswith(LONG_PREFIXES) else "name"


# ---------------------------------------------------------------------------------------------
# Normalization (mirrors src/normalize.rs and src/variants.rs for the collision check)
# ---------------------------------------------------------------------------------------------
MARKS = re.compile("[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ئ": "ي", "ة": "ه",
                      "ؤ": "و", "ی": "ي", "ک": "ك", "ۀ": "ه"})
NISBA_SUFFIXES = ["", "ه", "ان", "ين", "ون", "ات", "تان", "تين"]


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = MARKS.sub("", s).translate(FOLD)
    return re.sub(r"\s+", " ", s).strip()


def variants(alias, form, flags):
    base = norm(alias)
    if form == "demonym" and "literal" not in flags and base.endswith("ي"):
        bare = base[2:] if base.startswith("ال") else base
        out = []
        for suf in NISBA_SUFFIXES:
            out += [bare + suf, "ال" + bare + suf]
        return out
    out = [base]
    if "article" in flags:
        out.append(base[2:] if base.startswith("ال") and len(base) > 2 else "ال" + base)
    return out


def clean(s):
    """Strip tashkeel/shadda and join the conjunction و to its word (pycountry writes 'و ')."""
    s = unicodedata.normalize("NFC", s)
    s = re.sub("[\u064B-\u065F\u0670\u0640]", "", s)
    s = re.sub(r"(^| )و ", r"\1و", s)
    return re.sub(r"\s+", " ", s).strip()


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def split(cell):
    return [v.strip() for v in cell.split("|") if v.strip()]


# ---------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------
def build(src):
    rows = {r["iso2"]: r for r in read_tsv(os.path.join(src, "countries.tsv"))}
    non_iso = {r["en_key"]: r["ar_name"] for r in read_tsv(os.path.join(src, "non_iso_entities.tsv"))}

    countries = []
    aliases = []  # dicts id, alias, form, flags(tuple), cues, source

    def add_alias(cid, text, form, flags=(), cues="", source="curated"):
        text = text.strip()
        if text:
            aliases.append(dict(id=cid, alias=text, form=form, flags=tuple(flags), cues=cues, source=source))

    for cc, r in sorted(rows.items()):
        if cc in SKIP_ISO:
            continue
        is_un = r["un_member_cldr"] == "yes"
        if is_un:
            status = "un_member"
        elif cc in STATUS_OVERRIDE:
            status = STATUS_OVERRIDE[cc]
        else:
            status = "territory"
        src_tags = ["cldr"]
        iso3 = r["iso3"] if cc != "XK" else ""  # XK has no ISO alpha-3 (UNK is world-countries')
        if iso3:
            src_tags.append("pycountry")
        if not is_un and cc in STATUS_OVERRIDE:
            src_tags.append("curated")

        # --- capital ---
        cap_en = r["capital_en_countries_list"] or CURATED_CAPITAL_EN.get(cc, "")
        if r["capital_en_countries_list"]:
            src_tags.append("countries-list")
        cldr_cap = r["capital_ar_cldr_exemplar"]
        awc_cap = r["capital_ar_arwikicats"].rstrip(".").strip()
        cands = []
        if cldr_cap and (cc, cldr_cap) not in CAPITAL_DROP:
            cands.append((cldr_cap, "cldr"))
        if awc_cap and (cc, awc_cap) not in CAPITAL_DROP:
            cands.append((awc_cap, "arwikicats"))
        if CAPITAL_PREFER_ARWIKICATS.get(cc):
            cands.sort(key=lambda c: c[1] != "arwikicats")
        cap_ar, cap_src = "", ""
        if cc in CURATED_CAPITAL:
            cap_ar, cap_src = CURATED_CAPITAL[cc], "curated"
        elif cands:
            cap_ar, cap_src = cands[0]
        if cap_src and cap_src not in src_tags:
            src_tags.append(cap_src)
        for text, tag in cands:
            if norm(text) != norm(cap_ar) and norm(text) != norm(r["ar_name_cldr"]):
                add_alias(cc, text, "capital", source=tag)
        if cc == "HK":
            cap_en = ""  # no capital city for a SAR
        countries.append([cc, iso3, r["ar_name_cldr"], r["en_name_cldr"], cap_ar, cap_en, status, "|".join(src_tags)])

        # --- names ---
        for alt in split(r["ar_alt_cldr"]):
            if "(" in alt or " - " in alt:
                continue
            add_alias(cc, alt, name_form(alt), (HIST,) if (cc, alt) in I18N_HISTORICAL else (), source="cldr")
        i18n = r["ar_name_i18n_iso_countries"]
        if i18n and "(" not in i18n:
            add_alias(cc, i18n, name_form(i18n), (HIST,) if (cc, i18n) in I18N_HISTORICAL else (),
                      source="i18n-iso-countries")
        for raw in split(r["ar_names_pycountry"]):
            s = clean(raw)
            if s in PYCOUNTRY_DROP or "(" in s:
                continue
            if "، " in s:
                head, tail = s.split("، ", 1)
                if head.split()[0] not in tail:
                    continue
                s = tail
            form = name_form(s)
            flags = (HIST,) if s in PYCOUNTRY_HISTORICAL else ()
            add_alias(cc, s, form, flags, source="pycountry")

        # --- demonyms (ArWikiCats) ---
        ms = split(r["demonym_ar_m"])
        cols = {k: split(r["demonym_ar_" + k]) for k in ("f", "m_def", "f_def", "m_pl", "f_pl")}
        for i, m in enumerate(ms):
            if (cc, m) in DEMONYM_DROP:
                continue
            if " " in m:  # multi-word: fixed forms, as the source has them
                for t in [m] + [cols[k][i] for k in ("f", "m_def", "f_def", "m_pl") if i < len(cols[k])]:
                    add_alias(cc, t, "demonym", (LIT,), source="arwikicats")
                continue
            flags, cues = DEMONYM_FLAGS.get((cc, m), ((), ""))
            add_alias(cc, m, "demonym", flags, cues, source="arwikicats")
            if i < len(cols["m_pl"]):
                pl = cols["m_pl"][i]
                if norm(pl) != norm(m + "ون"):
                    pflags = (LIT, ART) + DEMONYM_PLURAL_FLAGS.get((cc, pl), ())
                    add_alias(cc, pl, "demonym", pflags, source="arwikicats")

    # --- entities without ISO code ---
    for cid, (en, key, status, cap_ar, cap_en) in NON_ISO.items():
        tags = ["arwikicats", "curated"]
        countries.append([cid, "", non_iso[key], en, cap_ar, cap_en, status, "|".join(tags)])
    # ArWikiCats demonyms of entities without an ISO code (demonyms.tsv rows with no iso2)
    for d in read_tsv(os.path.join(src, "demonyms.tsv")):
        cid = DEMONYM_PLACE_TO_ID.get(d["en_place"]) if not d["iso2"] else None
        if cid:
            add_alias(cid, d["male"], "demonym", source="arwikicats")
            if norm(d["males"]) != norm(d["male"] + "ون"):
                add_alias(cid, d["males"], "demonym", (LIT, ART), source="arwikicats")
    add_alias("X-ARTSAKH", non_iso["republic of artsakh"], "long_name", source="arwikicats")
    add_alias("X-ARTSAKH", non_iso["nagorno-karabakh"], "name", source="arwikicats")
    add_alias("X-NORTHERN-CYPRUS", non_iso["turkish republic of northern cyprus"], "name", source="arwikicats")
    add_alias("EH", non_iso["sahrawi arab democratic republic"], "long_name", source="arwikicats")

    for cid, text, form, flags, cues in CURATED_ALIASES:
        add_alias(cid, text, form, tuple(flags) if flags else (), cues, "curated")

    countries.sort(key=lambda c: c[0])
    return countries, merge_aliases(countries, aliases)


def merge_aliases(countries, aliases):
    """One row per (id, normalized alias, form): drop aliases equal to the implicit ones, merge
    sources, and let curated rows (which carry flags and cues) win."""
    implicit = set()
    for c in countries:
        implicit.add((c[0], norm(c[2]), "name"))
        implicit.add((c[0], norm(c[2]), "long_name"))
        if c[4]:
            implicit.add((c[0], norm(c[4]), "capital"))
    out = {}
    for a in aliases:
        key = (a["id"], norm(a["alias"]), a["form"])
        if key in implicit and not a["flags"] and not a["cues"]:
            continue
        # an alias equal to the record's canonical name but of another form adds nothing
        # (e.g. the demonym stem بوروندي is handled by its own form; keep it)
        if key in out:
            prev = out[key]
            prev["flags"] = tuple(f for f in FLAGS if f in prev["flags"] or f in a["flags"])
            prev["cues"] = prev["cues"] or a["cues"]
            srcs = prev["source"].split("|")
            if a["source"] not in srcs:
                prev["source"] = "|".join(srcs + [a["source"]])
        else:
            out[key] = dict(a, flags=tuple(f for f in FLAGS if f in a["flags"]))
    # Names equal to another record's name form of the same id are redundant across forms:
    # name vs long_name of the same text -> keep the first (name).
    seen = {}
    result = []
    for a in out.values():
        k = (a["id"], norm(a["alias"]), a["form"] in ("name", "long_name"))
        if a["form"] in ("name", "long_name") and k in seen:
            prev = seen[k]
            prev["flags"] = tuple(f for f in FLAGS if f in prev["flags"] or f in a["flags"])
            continue
        seen[k] = a
        result.append(a)
    order = {c[0]: i for i, c in enumerate(countries)}
    form_order = ["name", "long_name", "capital", "demonym", "seat", "label"]
    result.sort(key=lambda a: (order[a["id"]], form_order.index(a["form"]), norm(a["alias"])))
    return result


# ---------------------------------------------------------------------------------------------
# Write and validate
# ---------------------------------------------------------------------------------------------
def write(out_dir, countries, aliases):
    with open(os.path.join(out_dir, "countries.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(COUNTRY_HEADER) + "\n")
        for c in countries:
            f.write("\t".join(c) + "\n")
    with open(os.path.join(out_dir, "country_aliases.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(ALIAS_HEADER) + "\n")
        for a in aliases:
            f.write("\t".join([a["id"], a["alias"], a["form"], "|".join(a["flags"]), a["cues"], a["source"]]) + "\n")


def load(path, header):
    problems = []
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f]
    if lines[0].split("\t") != header:
        problems.append(f"{path}: header {lines[0]!r}")
    rows = []
    for n, line in enumerate(lines[1:], 2):
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != len(header):
            problems.append(f"{path}:{n}: {len(cells)} columns")
            continue
        rows.append((n, dict(zip(header, cells))))
    return rows, problems


def validate(out_dir):
    crows, problems = load(os.path.join(out_dir, "countries.tsv"), COUNTRY_HEADER)
    arows, p2 = load(os.path.join(out_dir, "country_aliases.tsv"), ALIAS_HEADER)
    problems += p2
    ids = Counter(r["id"] for _, r in crows)
    problems += [f"countries: duplicate id {i}" for i, k in ids.items() if k > 1]
    idlist = [r["id"] for _, r in crows]
    if idlist != sorted(idlist):
        problems.append("countries: not sorted by id")
    for n, r in crows:
        if not re.fullmatch(r"[A-Z]{2}|X-[A-Z0-9-]+", r["id"]):
            problems.append(f"countries:{n}: bad id {r['id']}")
        for col in ("name_ar", "name_en"):
            if not r[col]:
                problems.append(f"countries:{n}: empty {col}")
        if r["status"] not in STATUSES:
            problems.append(f"countries:{n}: status {r['status']}")
        for t in split(r["source"]):
            if t not in SOURCES:
                problems.append(f"countries:{n}: source {t}")
    need = Counter(r["status"] for _, r in crows)
    if need["un_member"] != 193:
        problems.append(f"{need['un_member']} UN members, expected 193")

    # every alias row, plus the implicit ones
    entries = []  # (id, variant text, ambiguous, origin)
    for _, r in crows:
        entries.append((r["id"], norm(r["name_ar"]), False, "name_ar", r["name_ar"], "name"))
        if r["capital_ar"]:
            entries.append((r["id"], norm(r["capital_ar"]), False, "capital_ar", r["capital_ar"], "capital"))
    explicit = set()
    for n, a in arows:
        where = f"aliases:{n}"
        if a["id"] not in ids:
            problems.append(f"{where}: unknown id {a['id']}")
        if not a["alias"].strip() or not norm(a["alias"]):
            problems.append(f"{where}: empty alias")
        if a["form"] not in FORMS:
            problems.append(f"{where}: form {a['form']}")
        flags = split(a["flags"])
        for fl in flags:
            if fl not in FLAGS:
                problems.append(f"{where}: flag {fl}")
        for cue in split(a["cues"]):
            if cue.count("_") != 1 or cue.strip() == "_":
                problems.append(f"{where}: cue {cue!r}")
        if a["cues"] and "ambiguous" not in flags:
            problems.append(f"{where}: cues on a non-ambiguous alias")
        for t in split(a["source"]):
            if t not in SOURCES:
                problems.append(f"{where}: source {t}")
        if a["form"] == "demonym" and "literal" not in flags and not norm(a["alias"]).endswith("ي"):
            problems.append(f"{where}: demonym stem {a['alias']} does not end in ي")
        if a["form"] == "demonym" and "literal" not in flags and " " in a["alias"].strip():
            problems.append(f"{where}: multi-word demonym stem {a['alias']} must be literal")
        if "صهيونيه" in norm(a["alias"]).split():
            problems.append(f"{where}: alias contains Zionism")
        explicit.add((a["id"], norm(a["alias"])))
        for v in variants(a["alias"], a["form"], flags):
            entries.append((a["id"], v, "ambiguous" in flags, where, a["alias"], a["form"]))
    # explicit rows override implicit ones with the same normalized text
    entries = [e for e in entries if not (e[3] in ("name_ar", "capital_ar") and (e[0], e[1]) in explicit)]
    by_text = defaultdict(list)
    for e in entries:
        by_text[e[1]].append(e)
    for text, es in by_text.items():
        if len({e[0] for e in es}) > 1:
            bad = [e for e in es if not e[2]]
            if bad:
                problems.append("collision " + text + ": " + "; ".join(f"{e[0]} {e[4]} ({e[3]})" for e in es))
    # the seed article's mentions must all be covered
    texts = {}
    for e in entries:
        texts.setdefault(e[1], set()).add(e[0])
    for mention, cid in SEED_MENTIONS:
        if cid not in texts.get(norm(mention), set()):
            problems.append(f"seed mention {mention} not covered for {cid}")
    if "صهيونيه" in texts or "الصهيونيه" in texts:
        problems.append("الصهيونية (Zionism) is an alias")
    return problems, crows, arows


SEED_MENTIONS = [
    ("إيران", "IR"), ("روسيا", "RU"), ("سوريا", "SY"), ("طهران", "IR"), ("الإيراني", "IR"),
    ("الروسي", "RU"), ("السوري", "SY"), ("الولايات المتحدة", "US"), ("العراق", "IQ"),
    ("اليمن", "YE"), ("الكيان الصهيوني", "IL"), ("السعودي", "SA"), ("الكيان الإسرائيلي", "IL"),
    ("السعودية", "SA"), ("الروسية", "RU"), ("دمشق", "SY"), ("موسكو", "RU"),
]


def stats(crows, arows):
    st = Counter(r["status"] for _, r in crows)
    fm = Counter(a["form"] for _, a in arows)
    fl = Counter(f for _, a in arows for f in split(a["flags"]))
    src = Counter(s for _, a in arows for s in split(a["source"]))
    return st, fm, fl, src


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", default=DEFAULT_SRC)
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--check-only", action="store_true")
    args = ap.parse_args()
    if not args.check_only:
        countries, aliases = build(args.src)
        write(args.out, countries, aliases)
    problems, crows, arows = validate(args.out)
    st, fm, fl, src = stats(crows, arows)
    print(f"countries.tsv: {len(crows)} rows; by status {dict(sorted(st.items()))}")
    print(f"country_aliases.tsv: {len(arows)} rows; by form {dict(sorted(fm.items()))}")
    print(f"  flags {dict(sorted(fl.items()))}; sources {dict(sorted(src.items()))}")
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
