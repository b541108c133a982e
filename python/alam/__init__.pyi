"""Type stubs of ``alam`` (the compiled ``alam._alam`` re-exported)."""

import datetime
import os
from collections.abc import Iterable
from typing import Any, TypeAlias

__version__: str

DateLike: TypeAlias = datetime.date | str | None
"""A document date: a ``datetime.date`` or an ISO ``"YYYY-MM-DD"`` string (or ``None``)."""

class GazetteerError(ValueError):
    """A gazetteer file is malformed or inconsistent (message ``file:line: problem``)."""

    file: str | None
    """The file as given to ``Extractor`` (``None`` when the problem is in no one file)."""
    line: int | None
    """1-based line of the problem, ``None`` when it is not tied to one line."""
    problem: str
    """What is wrong."""

class Entity:
    """One mention of a country, official or armed group in a document.

    ``start``/``end`` are Python string indices (``document[e.start:e.end] == e.text``);
    ``byte_start``/``byte_end`` the same span in the document's UTF-8 bytes. Fields that do
    not apply to the entity's kind are ``None``. Entities are immutable, comparable and
    hashable.
    """

    @property
    def kind(self) -> str:
        """``"country"``, ``"official"`` or ``"armed_group"``."""
    @property
    def id(self) -> str | None:
        """ISO 3166-1 alpha-2 for a country, a slug for an official or group; ``None`` for a
        role mention whose holder is unknown."""
    @property
    def text(self) -> str:
        """The mention as written (diacritics included, proclitics excluded)."""
    @property
    def start(self) -> int:
        """Start of the mention as a Python string index into the document."""
    @property
    def end(self) -> int:
        """End (exclusive) of the mention as a Python string index into the document."""
    @property
    def byte_start(self) -> int:
        """Start of the mention as a byte offset into the document's UTF-8 encoding."""
    @property
    def byte_end(self) -> int:
        """End (exclusive) as a byte offset into the document's UTF-8 encoding."""
    @property
    def name_ar(self) -> str | None:
        """Canonical Arabic name (``None`` for a role whose holder is unknown)."""
    @property
    def name_en(self) -> str | None:
        """English name (``None`` for a role whose holder is unknown)."""
    @property
    def form(self) -> str:
        """What the mention names the entity by: ``name``, ``long_name``, ``capital``,
        ``demonym``, ``seat``, ``label``, ``full_name``, ``short_name``, ``surname``,
        ``acronym``, ``self_designation``, ``role`` or ``reference``."""
    @property
    def alias(self) -> str:
        """The gazetteer alias that matched, as written in the gazetteer."""
    @property
    def proclitics(self) -> str:
        """Proclitics before the mention, outside it (``"و"``, ``"ول"``, …), ``""`` if none."""
    @property
    def resolution(self) -> str:
        """``direct``, ``context_cue``, ``document``, ``follow_up`` or ``role``."""
    @property
    def country(self) -> str | None:
        """ISO code of the country the mention belongs to, if any."""
    @property
    def role(self) -> str | None:
        """For a role mention, the office (``head_of_state``, ``defence_minister``, …)."""
    @property
    def role_mismatch(self) -> bool:
        """A title followed by a person who did not hold that office (on the date)."""
    @property
    def parent(self) -> int | None:
        """For a nested mention, the index of its container in the same result."""
    @property
    def record(self) -> dict[str, Any] | None:
        """The gazetteer record ``id`` names, as a new dict, or ``None``."""
    @property
    def iso3(self) -> str | None:
        """A country's ISO 3166-1 alpha-3 code."""
    @property
    def capital_ar(self) -> str | None:
        """A country's capital in Arabic."""
    @property
    def capital_en(self) -> str | None:
        """A country's capital in English."""
    @property
    def terms(self) -> list[dict[str, str | None]] | None:
        """An official's terms of office: dicts with ``role``, ``country``, ``start``, ``end``."""
    @property
    def category(self) -> str | None:
        """An armed group's category (``jihadist``, ``militia``, …)."""
    @property
    def countries(self) -> list[str] | None:
        """An armed group's countries, main one first."""
    @property
    def designations(self) -> list[str] | None:
        """An armed group's designations (``UN:QDe.115``, ``US-FTO``, ``US-SDGT``)."""
    def to_dict(self) -> dict[str, Any]:
        """Every field as a plain, JSON-serialisable dict, ``record`` included."""
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Extractor:
    """Finds countries, officials and armed groups in Arabic text.

    ``Extractor()`` uses the embedded gazetteers; ``gazetteers`` adds TSV files of the same
    format; ``replace_defaults=True`` uses only those files. Raises ``GazetteerError`` for a
    bad file, ``OSError`` for an unreadable one. Immutable and thread-safe.
    """

    def __init__(
        self,
        gazetteers: Iterable[str | os.PathLike[str]] | None = None,
        *,
        replace_defaults: bool = False,
    ) -> None: ...
    def extract(self, text: str, *, date: DateLike = None, nested: bool = False) -> list[Entity]:
        """The entities of ``text``, sorted by start (nested ones after, with ``nested``)."""
    def extract_many(
        self,
        texts: Iterable[str],
        *,
        dates: DateLike | Iterable[DateLike] = None,
        jobs: int | None = None,
        nested: bool = False,
    ) -> list[list[Entity]]:
        """``extract`` of every text, in order, on ``jobs`` threads (default every core),
        without the GIL."""
    @property
    def patterns(self) -> list[str]:
        """Every normalized pattern of the automaton (``extract --dump-patterns``)."""

def extract(text: str, *, date: DateLike = None, nested: bool = False) -> list[Entity]:
    """The entities of ``text`` found with the embedded gazetteers."""
