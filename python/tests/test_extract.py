"""alam.extract and Entity: kinds, ids, forms, records, dates, nested mentions."""

import datetime
import doctest
import json

import pytest
from conftest import as_tuples

import alam


def test_readme_example():
    # The README's three lines, on a sentence written for this test.
    text = "وأكد وزير الخارجية الإيراني عباس عراقجي أن طهران لن تقبل بشروط واشنطن."
    found = [(e.kind, e.id, e.text) for e in alam.extract(text, date="2025-03-01")]
    assert found == [
        ("official", "abbas-araghchi", "وزير الخارجية الإيراني"),
        ("official", "abbas-araghchi", "عباس عراقجي"),
        ("country", "IR", "طهران"),
        ("country", "US", "واشنطن"),
    ]


def test_every_kind_with_its_record_fields():
    text = (
        "استقبل الرئيس التركي رجب طيب أردوغان في أنقرة وفداً سعودياً، وبحث معه الهجمات التي "
        "تبنتها حركة الشباب في الصومال."
    )
    es = alam.extract(text)
    assert [(e.id, e.form) for e in es] == [
        ("recep-tayyip-erdogan", "role"),
        ("recep-tayyip-erdogan", "full_name"),
        ("TR", "capital"),
        ("SA", "demonym"),
        ("al-shabaab", "name"),
        ("SO", "name"),
    ]
    role, person, ankara, saudi, shabaab, somalia = es
    assert (role.role, role.country, role.resolution) == ("head_of_state", "TR", "role")
    assert person.role is None and person.name_en == "Recep Tayyip Erdoğan"
    assert any(t["role"] == "head_of_state" and t["country"] == "TR" for t in person.terms)
    assert all(set(t) == {"role", "country", "start", "end"} for t in person.terms)
    assert (ankara.iso3, ankara.capital_ar, ankara.capital_en) == ("TUR", "أنقرة", "Ankara")
    assert ankara.name_ar == "تركيا" and ankara.terms is None and ankara.category is None
    assert saudi.text == "سعودياً" and saudi.country == "SA"
    assert (shabaab.category, shabaab.countries[0], shabaab.country) == ("jihadist", "SO", "SO")
    assert "US-FTO" in shabaab.designations and shabaab.iso3 is None
    assert somalia.record == {
        "kind": "country",
        "id": "SO",
        "name_ar": "الصومال",
        "name_en": "Somalia",
        "iso3": "SOM",
        "capital_ar": "مقديشو",
        "capital_en": "Mogadishu",
        "status": "un_member",
    }


def test_proclitics_are_outside_the_span():
    text = "قصفت طائرات مواقع لتنظيم داعش، وللعراق دورٌ"
    es = alam.extract(text)
    assert [(e.id, e.text, e.proclitics) for e in es] == [
        ("islamic-state", "تنظيم داعش", "ل"),
        ("IQ", "لعراق", "ول"),
    ]
    assert es[1].start == text.index("وللعراق") + 2


def test_date_decides_the_holder_of_an_office():
    text = "وقال وزير الخارجية الإيراني إن بلاده لن تتراجع."
    title = "وزير الخارجية الإيراني"
    [undated] = alam.extract(text)
    assert (undated.kind, undated.id, undated.role, undated.country) == (
        "official",
        None,
        "foreign_minister",
        "IR",
    )
    assert undated.name_en is None and undated.record is None and undated.text == title
    holders = {
        "2016-01-01": "mohammad-javad-zarif",
        datetime.date(2016, 1, 1): "mohammad-javad-zarif",
        datetime.datetime(2016, 1, 1, 23, 59): "mohammad-javad-zarif",
        "2025-03-01": "abbas-araghchi",
        datetime.date(2025, 3, 1): "abbas-araghchi",
    }
    for date, holder in holders.items():
        [e] = alam.extract(text, date=date)
        assert (e.id, e.text, e.role) == (holder, title, "foreign_minister"), date


def test_nested_mentions_point_to_their_container():
    text = "هاجمت قوات سوريا الديمقراطية مواقع قرب الرقة"
    assert as_tuples(alam.extract(text)) == [("armed_group", "sdf", "قوات سوريا الديمقراطية", 6, 28)]
    outer, inner = alam.extract(text, nested=True)
    assert (outer.id, outer.parent) == ("sdf", None)
    assert (inner.id, inner.text, inner.parent) == ("SY", "سوريا", 0)
    assert text[inner.start : inner.end] == "سوريا" and inner.start == text.index("سوريا")


def test_to_dict_is_json_ready_and_repr_is_readable():
    text = "زار وفد من طهران دمشق"
    tehran, damascus = alam.extract(text)
    d = tehran.to_dict()
    assert json.loads(json.dumps(d, ensure_ascii=False)) == d
    assert (d["kind"], d["id"], d["text"], d["start"], d["end"]) == ("country", "IR", "طهران", 11, 16)
    assert (d["byte_start"], d["byte_end"]) == (len("زار وفد من ".encode()), len("زار وفد من طهران".encode()))
    assert d["record"]["capital_en"] == "Tehran" and d["form"] == "capital"
    assert repr(tehran) == "Entity(kind='country', id='IR', text='طهران', start=11, end=16, form='capital')"
    assert tehran == alam.extract(text)[0] and tehran != damascus
    assert len({tehran, damascus, alam.extract(text)[0]}) == 2


def test_no_entities_and_empty_text():
    assert alam.extract("") == []
    assert alam.extract("لا يذكر هذا السطر أي بلد.") == []
    assert alam.extract("\u200c\u0640\u064e 😀") == []


def test_extractor_default_equals_module_function(extractor):
    text = "قصفت طائرات التحالف مواقع لتنظيم داعش قرب الموصل، وقال الجيش العراقي إن بغداد ستعلن."
    assert extractor.extract(text) == alam.extract(text)
    assert repr(extractor).startswith("Extractor(countries=")
    assert "طهران" in extractor.patterns


@pytest.mark.parametrize(
    "date, error, message",
    [
        (20160101, TypeError, "date must be a datetime.date, an ISO 'YYYY-MM-DD' string or None, not int"),
        (1.5, TypeError, "not float"),
        (["2016-01-01"], TypeError, "not list"),
        ("2016-02-30", ValueError, 'date: invalid date "2016-02-30"'),
        ("09/06/2016", ValueError, 'date: invalid date "09/06/2016"'),
        ("2016-1-1", ValueError, "expected an existing YYYY-MM-DD"),
        ("", ValueError, 'invalid date ""'),
    ],
)
def test_bad_dates_are_rejected_clearly(extractor, date, error, message):
    with pytest.raises(error, match=message.replace("(", r"\(").replace(")", r"\)")):
        alam.extract("زار وفد طهران", date=date)
    with pytest.raises(error):
        extractor.extract("زار وفد طهران", date=date)


def test_bad_text_and_arguments():
    with pytest.raises(TypeError):
        alam.extract(None)
    with pytest.raises(TypeError):
        alam.extract(b"\xd8\xb7")
    with pytest.raises(TypeError):
        alam.extract("طهران", "2016-01-01")  # date is keyword-only
    with pytest.raises(UnicodeEncodeError):
        alam.extract("طهران \udc80")  # a lone surrogate has no UTF-8 form


def test_package_docstring_example_runs():
    result = doctest.testmod(alam)
    assert (result.attempted, result.failed) == (2, 0)
