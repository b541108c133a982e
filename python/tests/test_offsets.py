"""Entity offsets are Python string indices (code points), whatever comes before the mention."""

import pytest

import alam

# (prefix written before the mention, what it exercises). Each prefix is followed by the
# mention طهران and a suffix; the mention must start at len(prefix) code points.
PREFIXES = [
    ("وصل الوفد إلى ", "plain Arabic"),
    ("وَصَلَ الوَفْدُ إِلَى ", "diacritics (harakat)"),
    ("وصـــل الوفـــد إلى ", "tatweel"),
    ("\u200cوصل\u200c الوفد\u200c إلى ", "ZWNJ"),
    ("😀🇸🇦 وصل الوفد إلى ", "astral characters (emoji, flag)"),
    ("Reuters: وصل 𝔸 الوفد إلى ", "ASCII and a mathematical letter"),
    ("\ufeff\u202bوصل الوفد\u202c إلى ", "BOM and bidi controls"),
    ("ﻭﺻﻞ ﺍﻟﻮﻓﺪ ﺇﻟﻰ ", "presentation forms"),
]


@pytest.mark.parametrize("prefix, what", PREFIXES, ids=[w for _, w in PREFIXES])
@pytest.mark.parametrize("mention", ["طهران", "طَهْرَان", "طهـــران", "طهرانَ"])
def test_offsets_after_any_prefix(prefix, what, mention):
    text = prefix + mention + "، ثم غادر 😀 إلى دمشق"
    tehran, damascus = alam.extract(text)
    assert (tehran.id, tehran.text) == ("IR", mention)
    assert (tehran.start, tehran.end) == (len(prefix), len(prefix) + len(mention))
    assert text[tehran.start : tehran.end] == mention
    assert (damascus.id, damascus.start) == ("SY", text.index("دمشق"))
    data = text.encode("utf-8")
    for e in (tehran, damascus):
        assert e.byte_start == len(text[: e.start].encode("utf-8"))
        assert data[e.byte_start : e.byte_end].decode("utf-8") == e.text


def test_zwnj_inside_a_persian_spelling():
    # A ZWNJ inside the mention stays in it; an emoji before it counts as one index.
    name = "علی خامنه\u200cای"
    text = "😀 قال " + name + " إن"
    es = alam.extract(text)
    assert [(e.kind, e.id, e.text) for e in es] == [("official", "ali-khamenei", name)]
    assert (es[0].start, es[0].end) == (6, 6 + len(name))


def test_offsets_of_many_entities_in_a_long_document():
    # Many mentions after many astral characters: each offset counted from the document start.
    unit = "😀 زار وفدٌ طَهْرَانَ ثم دمشـــق. "
    text = unit * 2000
    es = alam.extract(text)
    assert len(es) == 4000
    for i, e in enumerate(es):
        base = (i // 2) * len(unit)
        word = "طَهْرَانَ" if i % 2 == 0 else "دمشـــق"
        assert (e.start, e.text) == (base + unit.index(word), word)
        assert text[e.start : e.end] == e.text


def test_nested_offsets_are_code_points_too():
    text = "😀😀 هاجمت قوات سوريا الديمقراطية مواقع"
    outer, inner = alam.extract(text, nested=True)
    assert text[outer.start : outer.end] == "قوات سوريا الديمقراطية"
    assert (inner.text, inner.start) == ("سوريا", text.index("سوريا"))
