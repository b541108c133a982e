"""Extractor(gazetteers=[...]): custom TSV files (format of gazetteers/README.md) and their errors.

The entities in these files are invented for the tests.
"""

import os
import pathlib

import pytest

import alam

COUNTRIES = (
    "id\tiso3\tname_ar\tname_en\tcapital_ar\tcapital_en\tstatus\tsource\n"
    "XA\t\tأرض الأحلام\tDreamland\tمدينة الغيوم\tCloud City\tunrecognised\tcurated\n"
)
GROUPS = (
    "id\tname_ar\tname_en\tcategory\tcountries\tparent\tpredecessors\tdesignations\twikidata\tsource\n"
    "# An invented militia of the invented country XA.\n"
    "blue-star-brigades\tكتائب النجم الأزرق\tBlue Star Brigades\tmilitia\tXA\t\t\t\t\tcurated\n"
)
GROUP_ALIASES = (
    "id\talias\tform\tflags\tcues\tsource\nblue-star-brigades\tالنجم الأزرق\tshort_name\t\t\tcurated\n"
)
TEXT = "وصل وفد من أرض الأحلام إلى طهران، واتهم كتائب النجم الأزرق بالهجوم على مدينة الغيوم."


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def custom_files(tmp_path):
    return [
        write(tmp_path, "my_countries.tsv", COUNTRIES),
        write(tmp_path, "my_groups.tsv", GROUPS),
        write(tmp_path, "my_group_aliases.tsv", GROUP_ALIASES),
    ]


def test_custom_gazetteer_added_to_the_defaults(custom_files):
    ex = alam.Extractor(gazetteers=custom_files)
    es = ex.extract(TEXT)
    assert [(e.kind, e.id, e.text, e.form) for e in es] == [
        ("country", "XA", "أرض الأحلام", "name"),
        ("country", "IR", "طهران", "capital"),
        ("armed_group", "blue-star-brigades", "كتائب النجم الأزرق", "name"),
        ("country", "XA", "مدينة الغيوم", "capital"),
    ]
    group = es[2]
    assert (group.name_en, group.category, group.countries, group.country) == (
        "Blue Star Brigades",
        "militia",
        ["XA"],
        "XA",
    )
    assert group.start == TEXT.index("كتائب")
    later = ex.extract("أعلن النجم الأزرق مسؤوليته")
    assert [(e.id, e.form, e.text) for e in later] == [("blue-star-brigades", "short_name", "النجم الأزرق")]
    # The embedded default is unchanged.
    assert [e.id for e in alam.extract(TEXT)] == ["IR"]


def test_custom_gazetteer_alone(custom_files):
    ex = alam.Extractor(gazetteers=[str(p) for p in custom_files], replace_defaults=True)
    assert [e.id for e in ex.extract(TEXT)] == ["XA", "blue-star-brigades", "XA"]
    assert ex.extract_many([TEXT, "طهران"], jobs=2) == [ex.extract(TEXT), []]
    assert repr(ex) == "Extractor(countries=1, officials=0, armed_groups=1)"


def test_paths_may_be_pathlike(custom_files):
    class Wrapped(os.PathLike):
        def __init__(self, p):
            self.p = p

        def __fspath__(self):
            return str(self.p)

    ex = alam.Extractor((Wrapped(p) for p in custom_files), replace_defaults=True)
    assert len(ex.extract(TEXT)) == 3


@pytest.mark.parametrize(
    "name, content, line, problem",
    [
        (
            "my_countries.tsv",
            COUNTRIES + "XB\t\tجزر الضباب\tMist Islands\t\t\tkingdom\tcurated\n",
            3,
            'unknown status "kingdom"',
        ),
        (
            "my_country_aliases.tsv",
            "id\talias\tform\tflags\tcues\tsource\nXZ\tبلاد العجائب\tname\t\t\tcurated\n",
            2,
            'unknown country "XZ"',
        ),
        ("strange.tsv", "id\talias\tform\n", 1, "unknown header row"),
        ("empty.tsv", "", None, "empty file: expected a header row"),
        (
            "my_offices.tsv",
            (
                "official\trole\tcountry\tstart\tend\tsource\n"
                "recep-tayyip-erdogan\thead_of_state\tTR\t2016-02-30\t\tcurated\n"
            ),
            2,
            'start: invalid date "2016-02-30"',
        ),
        (
            "my_groups.tsv",
            GROUPS + "red-moon\tالهلال الأحمر الثوري\tRed Moon\tmilitia\tXA\n",
            4,
            "",
        ),
    ],
    ids=["bad status", "unknown id", "unknown header", "empty file", "bad date", "short row"],
)
def test_bad_file_raises_gazetteer_error_naming_file_line_problem(tmp_path, name, content, line, problem):
    path = write(tmp_path, name, content)
    files = [write(tmp_path, "my_countries_base.tsv", COUNTRIES), path]
    if name == "my_countries.tsv":
        files = [path]
    with pytest.raises(alam.GazetteerError) as info:
        alam.Extractor(gazetteers=files)
    err = info.value
    assert isinstance(err, ValueError)
    assert (err.file, err.line) == (str(path), line)
    assert problem in err.problem
    where = f"{path}:{line}" if line else str(path)
    assert str(err) == f"{where}: {err.problem}"


def test_non_utf8_file_names_its_line(tmp_path):
    path = tmp_path / "latin1_countries.tsv"
    # A UTF-8 file whose third line was saved as Latin-1.
    path.write_bytes(
        COUNTRIES.encode("utf-8") + "XB\t\tÉtat\tState\t\t\tterritory\tcurated\n".encode("latin-1")
    )
    with pytest.raises(alam.GazetteerError) as info:
        alam.Extractor(gazetteers=[path])
    assert (info.value.file, info.value.line) == (str(path), 3)
    assert info.value.problem.startswith("not valid UTF-8")


def test_missing_file_is_an_os_error(tmp_path):
    missing = tmp_path / "nowhere.tsv"
    with pytest.raises(FileNotFoundError) as info:
        alam.Extractor(gazetteers=[missing])
    assert info.value.filename == str(missing)


@pytest.mark.parametrize(
    "gazetteers, error, message",
    [
        ("countries.tsv", TypeError, "not a single str: use gazetteers=\\[path\\]"),
        (pathlib.Path("countries.tsv"), TypeError, "not a single PosixPath|not a single WindowsPath"),
        ([3], TypeError, r"gazetteers\[0\] must be a str or os.PathLike, not int"),
        (5, TypeError, "must be a list of paths"),
    ],
)
def test_gazetteers_argument_type(gazetteers, error, message):
    with pytest.raises(error, match=message):
        alam.Extractor(gazetteers=gazetteers)


def test_replace_defaults_needs_files():
    with pytest.raises(ValueError, match="needs at least one gazetteer file"):
        alam.Extractor(replace_defaults=True)
    with pytest.raises(TypeError):
        alam.Extractor([], True)  # replace_defaults is keyword-only
