"""The lexicon data files load, note their sources, hold clean terms, and drive the analysis."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from warcheck import vocab
from warcheck.knowledge import lexicons
from warcheck.knowledge.loader import KnowledgeError

DATA = Path(lexicons.__file__).resolve().parent / "data"
PACKAGE = DATA.parents[1]


def _raw(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    return data


def _term_lists(table: dict[str, Any]) -> list[list[Any]]:
    if "groups" in table:
        return [g["terms"] for g in table["groups"]]
    if "entries" in table:
        return [list(table["entries"])]
    return [table["terms"]]


def test_every_lexicon_file_is_listed_and_loads() -> None:
    with_tables = {p.stem for p in DATA.glob("*.json") if "tables" in _raw(p.stem)}
    assert with_tables == set(lexicons.LEXICONS)
    for name in lexicons.LEXICONS:
        assert lexicons.lexicon(name), name


@pytest.mark.parametrize("name", lexicons.LEXICONS)
def test_every_table_notes_its_source(name: str) -> None:
    doc = _raw(name)
    assert doc["about"].strip()
    for key, table in doc["tables"].items():
        if "groups" in table and not str(table.get("source", "")).strip():
            assert all(str(g.get("source", "")).strip() for g in table["groups"]), key
        else:
            assert str(table["source"]).strip(), key


@pytest.mark.parametrize("name", lexicons.LEXICONS)
def test_terms_are_clean_strings_without_duplicates(name: str) -> None:
    for key, table in _raw(name)["tables"].items():
        terms = [t for lst in _term_lists(table) for t in lst]
        assert terms, key
        for term in terms:
            assert isinstance(term, str) and term and term == term.strip(), (key, term)
            assert "  " not in term, (key, term)
        assert len(terms) == len(set(terms)), (key, sorted(t for t in terms if terms.count(t) > 1))


@pytest.mark.parametrize("name", lexicons.LEXICONS)
def test_regex_tables_compile(name: str) -> None:
    for table in lexicons.lexicon(name).values():
        if table.regex:
            for term in table.terms:
                re.compile(lexicons.alternation((term,)))


def test_the_loader_rejects_a_table_without_source_or_with_duplicates(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fake(tables: dict[str, Any]) -> None:
        doc = {"about": "test", "tables": tables}
        monkeypatch.setattr(lexicons, "read_json", lambda _name: doc)

    read = lexicons.lexicon.__wrapped__
    fake({"t": {"terms": ["a", "b"]}})
    with pytest.raises(KnowledgeError, match="source"):
        read("casualty_words")
    fake({"t": {"source": "test", "terms": ["a", "b", "a"]}})
    with pytest.raises(KnowledgeError, match="duplicate"):
        read("casualty_words")
    fake({"t": {"source": "test", "groups": [{"terms": ["a"]}, {"terms": ["a"]}]}})
    with pytest.raises(KnowledgeError, match="duplicate"):
        read("casualty_words")
    fake({"t": {"source": "test", "terms": ["a", ""]}})
    with pytest.raises(KnowledgeError, match="non-empty"):
        read("casualty_words")
    fake({"t": {"source": "test", "terms": ["a"]}})
    assert read("casualty_words")["t"].terms == ("a",)


def test_source_types_are_known() -> None:
    for types in lexicons.entries("source_words", "anaphor_compatible").values():
        assert types and set(types) <= set(vocab.SOURCE_TYPE)
    assert set(lexicons.entries("source_words", "anaphor_types").values()) <= set(vocab.SOURCE_TYPE)


def test_alternation_escapes_plain_words_and_spaces_match_whitespace() -> None:
    assert lexicons.alternation(("U.S", "shot dead"), regex=False) == r"U\.S|shot\s+dead"
    assert lexicons.alternation(("civilians?", "white helmets")) == r"civilians?|white\s+helmets"


@dataclass(frozen=True)
class _Case:
    """A term added to a table, and code printing one line that the term must change.

    ``group`` gives fields of the group to extend (for a groups table); ``value`` is the new
    entry's value (for an entries table).
    """

    lexicon: str
    table: str
    term: str
    code: str
    group: dict[str, Any] | None = None
    value: Any = None

    def add(self, doc: dict[str, Any]) -> None:
        found = doc["tables"][self.table]
        if "entries" in found:
            found["entries"][self.term] = self.value
        elif self.group is not None:
            group = next(g for g in found["groups"] if self.group.items() <= g.items())
            group["terms"].append(self.term)
        else:
            found["terms"].append(self.term)


_CASUALTIES = "from warcheck.analysis.casualties import find_casualties\n"
_TIMES = "from datetime import date\nfrom warcheck.analysis.time.times import find_times\n"
_CASES = [
    _Case(
        "casualty_words",
        "heads",
        "warriors",
        _CASUALTIES + "print([c.group for c in find_casualties('At least 12 warriors died.')])",
        group={"group": "fighters"},
    ),
    _Case(
        "number_words",
        "vague_plurals",
        "billions",
        _CASUALTIES + "print(find_casualties('Billions of people were killed.'))",
        value=10**9,
    ),
    _Case(
        "number_words",
        "acled_vague_counts",
        "a handful",
        "from warcheck.corpus.acled import acled_figure\n"
        "print(acled_figure('A handful of people were killed'))",
        value=10,
    ),
    _Case(
        "time_words",
        "month_abbreviations",
        "Febr",
        _TIMES + "print([t.value for t in find_times('It was on 5 Febr 2017.', None)])",
    ),
    _Case(
        "time_words",
        "count_nouns",
        "sheep",
        _TIMES + "print([t.value for t in find_times('They came in 2000 sheep.', None)])",
    ),
    _Case(
        "time_words",
        "future_markers",
        "slated to",
        _TIMES + "text = 'The talks are slated to resume on Friday.'\n"
        "print([t.value for t in find_times(text, date(2017, 10, 4))])",
    ),
    _Case(
        "source_words",
        "military_ranks",
        "Marshal",
        "import warcheck\n"
        "analysis = warcheck.analyze('Marshal Ahmed Khalil said rebels shelled the town.')\n"
        "print([s.type for c in analysis.claims for s in c.sources])",
    ),
    _Case(
        "source_words",
        "carrier_verbs",
        "relayed",
        "import warcheck\n"
        "text = 'Rebels shelled the town, the ministry said in a statement relayed by SANA.'\n"
        "print([s.type for c in warcheck.analyze(text).claims for s in c.sources])",
    ),
    _Case(
        "source_words",
        "outlet_nouns",
        "press",
        "import warcheck\n"
        "text = 'The Zaman Baladi press said the army shelled the town.'\n"
        "print([s.name for c in warcheck.analyze(text).claims for s in c.sources])",
    ),
    _Case(
        "source_words",
        "bulletin_nouns",
        "digest",
        "import warcheck\n"
        "text = 'The Russian Defence Ministry digest said jets struck the town.'\n"
        "print([s.type for c in warcheck.analyze(text).claims for s in c.sources])",
    ),
    _Case(
        "role_words",
        "holder_verbs",
        "grabbed",
        "import warcheck\n"
        "text = 'The area grabbed by ISIS was shelled by the army, killing five civilians.'\n"
        "print([p.actor_id for c in warcheck.analyze(text).claims for p in c.agents])",
    ),
    _Case(
        "role_words",
        "reporter_verbs",
        "witnessed",
        "import warcheck\n"
        "text = 'Rebels witnessed shelling on the town of Kafr Zita.'\n"
        "print([p.actor_id for c in warcheck.analyze(text).claims for p in c.agents])",
    ),
    _Case(
        "role_words",
        "struck_nouns",
        "launch",
        "import warcheck\n"
        "text = 'Russian jets bombed ISIS launch pads near Palmyra.'\n"
        "print([p.actor_id for c in warcheck.analyze(text).claims for p in c.agents])",
    ),
    _Case(
        "role_words",
        "scene_nouns",
        "grenade",
        "import warcheck\n"
        "text = 'Turkey grenade attack kills three in Ankara'\n"
        "print([p.actor_id for c in warcheck.analyze(text).claims for p in c.agents])",
    ),
    _Case(
        "place_words",
        "place_nouns",
        "hamlet",
        "from warcheck.analysis.places import find_places\n"
        "print([p.name for p in find_places('They fled the hamlet of Talbeesah.')])",
    ),
    _Case(
        "place_words",
        "stop_abbreviations",
        "mt",
        "from warcheck.analysis.places import find_places\n"
        "print([p.name for p in find_places('They moved to Mt. Pleasant last year.')])",
    ),
    _Case(
        "place_words",
        "city_state_abbreviations",
        "Calif.",
        "from warcheck.analysis.places import find_places\n"
        "print([p.text for p in find_places('OAKLAND, Calif. (AP) - The game ended.')])",
    ),
    _Case(
        "place_words",
        "person_titles",
        "ambassador",
        "from warcheck.analysis.places import find_places\n"
        "print([p.name for p in find_places('Then Ambassador Casper left.')])",
    ),
    _Case(
        "person_words",
        "given_names",
        "talbiseh",
        "from warcheck.analysis.places import find_places\n"
        "print([p.name for p in find_places('Talbiseh Jones, 40, was charged.')])",
    ),
    _Case(
        "story_words",
        "legal_acts",
        "questioned",
        "import warcheck\n"
        "t = 'Man questioned in fatal stabbing\\n\\nA man was stabbed to death on Friday.'\n"
        "print(warcheck.analyze(t, published='2016-05-16').summary.main_event.event_type)",
        group={"event_type": "arrests"},
    ),
    _Case(
        "place_words",
        "region_adjectives",
        "Andean",
        "from warcheck.analysis.demonyms import find_demonyms\n"
        "print([p.name for p in find_demonyms('Andean farmers protested.')])",
        value="South America",
    ),
    _Case(
        "place_words",
        "minor_place_prepositions",
        "beyond",
        "from warcheck.analysis.places import find_places\n"
        "print([p.name for p in find_places('Farms beyond Visbek flooded in Germany.')])",
    ),
    _Case(
        "place_words",
        "unit_adjectives",
        "Breton",
        "from warcheck.analysis.demonyms import find_demonyms\n"
        "print([p.name for p in find_demonyms('Breton farmers protested.')])",
        value="Brittany",
    ),
    _Case(
        "place_words",
        "site_compound_ends",
        "sponsored",
        "from warcheck.analysis.places import find_places\n"
        "print([p.text for p in find_places('A Qatar-sponsored Amal Hospital in Homs opened.')])",
    ),
    _Case(
        "place_words",
        "name_openers",
        "whenever",
        "from warcheck.analysis.places import find_places\n"
        "print([p.text for p in find_places('Whenever Oldham plays at home, crowds come.')])",
    ),
    _Case(
        "place_words",
        "institution_nouns",
        "constabulary",
        "from warcheck.analysis.places import find_places\n"
        "print([p.text for p in find_places('Troy Constabulary officers came.')])",
    ),
    _Case(
        "place_words",
        "embedding_heads",
        "Authority",
        "from warcheck.analysis.place_names import widen\n"
        "from warcheck.analysis.places import find_places\n"
        "t = 'The Zimbabwe Tourism Authority met.'\n"
        "print([p.text for p in widen(t, find_places(t))])",
    ),
    _Case(
        "actor_words",
        "organisation_heads",
        "Squadron",
        "from warcheck.analysis.unknown_actors import add_unknown\n"
        "text = 'Fighters of the Desert Hawks Squadron attacked a checkpoint at dawn.'\n"
        "print([m.kind for m in add_unknown(text, [])])",
        group={"kind": "armed_group"},
    ),
    _Case(
        "reading_words",
        "abbreviations",
        "Rep",
        "from warcheck.read.sentences import split_sentences\n"
        "print(len(split_sentences('The bill by Rep. Adam Schiff passed.')))",
    ),
    _Case(
        "reading_words",
        "wrap_words",
        "beside",
        "from warcheck.read.sentences import split_sentences\n"
        "print(len(split_sentences('Rebels shelled the houses beside\\nAleppo Citadel.')))",
    ),
]


def _run(root: Path, program: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run(
        [sys.executable, "-c", program], cwd=root, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.splitlines()


def test_a_term_added_to_a_data_file_changes_what_the_analysis_finds(tmp_path: Path) -> None:
    shutil.copytree(PACKAGE, tmp_path / "warcheck", ignore=shutil.ignore_patterns("__pycache__"))
    for case in _CASES:
        path = tmp_path / "warcheck" / "knowledge" / "data" / f"{case.lexicon}.json"
        doc = json.loads(path.read_text(encoding="utf-8"))
        case.add(doc)
        path.write_text(json.dumps(doc), encoding="utf-8")
    program = "\n".join(f"exec({case.code!r})" for case in _CASES)
    before, after = _run(PACKAGE.parent, program), _run(tmp_path, program)
    assert len(before) == len(after) == len(_CASES)
    for case, old, new in zip(_CASES, before, after, strict=True):
        assert old != new, (case.lexicon, case.table, case.term)
