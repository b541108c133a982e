"""Shared fixtures: sentences written for these tests, and the optional shared news corpus."""

from pathlib import Path

import pytest

import alam

#: Sentences written for these tests (not taken from any corpus), each with several entities.
SENTENCES = [
    (
        "استقبل الرئيس التركي رجب طيب أردوغان في أنقرة وفداً سعودياً، وبحث معه الهجمات التي "
        "تبنتها حركة الشباب في الصومال."
    ),
    "وأكد وزير الخارجية الإيراني عباس عراقجي أن طهران لن تقبل بشروط واشنطن.",
    "قصفت طائرات التحالف مواقع لتنظيم داعش قرب الموصل، وقال الجيش العراقي إن بغداد ستعلن النتائج.",
    "زار وفدٌ من الأُرْدُنّ دمشقَ ثم عاد إلى عمّان.",
    "وقال وزير الخارجية الإيراني إن بلاده لن تتراجع.",
    "لا يذكر هذا السطر أي بلد ولا أي جماعة.",
    "هاجمت قوات سوريا الديمقراطية مواقع قرب الرقة، وللعراق دورٌ في ملاحقة فلول التنظيم.",
    "وصـــل الوفـــد المصري إلى الخرطـــوم 😀 بعد لقاء في القاهرة.",
    "",
]

#: A date for each sentence (some None): decides who held an office named by its title.
DATES = ["2025-03-01", "2025-03-01", None, None, "2016-01-01", None, "2019-05-05", None, None]

#: 8 MB of real news, one document per line (outside the repository; absent elsewhere).
SHARED_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "saudinewsnet-aljazirah-8mb.txt"


@pytest.fixture(scope="session")
def extractor():
    """The default extractor (embedded gazetteers)."""
    return alam.Extractor()


def as_tuples(entities):
    """(kind, id, text, start, end) of each entity, for readable comparisons."""
    return [(e.kind, e.id, e.text, e.start, e.end) for e in entities]
