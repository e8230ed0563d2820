"""The knowledge base: actors, partisan labels, outlets, operations, weapons, the gazetteer.

Everything is read once, lazily, from the data files in ``warcheck/knowledge/data/``
through the one loader (:mod:`warcheck.knowledge.loader`) and checked on load
(every ``kind`` and ``camp`` is a :mod:`warcheck.vocab` key, ids are unique,
references point to known ids, every entry names its source). A broken data
file raises :class:`KnowledgeError` naming every problem found.

The public names are re-exported here, so callers write ``knowledge.actors()``;
they live in modules named after what they hold:

* :mod:`~warcheck.knowledge.records` -- the frozen records (:class:`Actor`,
  :class:`Label`, :class:`CampMarker`, :class:`Operation`, :class:`Weapon`);
* :mod:`~warcheck.knowledge.catalogue` -- the cached look-ups (:func:`actors`,
  :func:`actor`, :func:`operations`, :func:`label_uses`, :func:`weapons`,
  :func:`cue_lexicon`, ...);
* :mod:`~warcheck.knowledge.outlets` -- :func:`outlet`, by name, domain or URL;
* :mod:`~warcheck.knowledge.world` -- every state of the world as a government and a
  forces actor (:func:`states`, :func:`speaker_names`, :func:`generic_heads`, ...);
* :mod:`~warcheck.knowledge.validation` -- the checks run on load;
* :mod:`~warcheck.knowledge.gazetteer` -- places (imported on its own: it is big);
* :mod:`~warcheck.knowledge.loader` -- reading the data files.

No submodule is named like a function re-exported here: importing it would
replace the function on this package.
"""

from __future__ import annotations

from warcheck.knowledge.catalogue import (
    actor,
    actors,
    blockers,
    camp_markers,
    cue_lexicon,
    government_of_capital,
    label_uses,
    labels_by_camp,
    military_nouns,
    operations,
    weapons,
)
from warcheck.knowledge.loader import KnowledgeError
from warcheck.knowledge.outlets import outlet
from warcheck.knowledge.records import Actor, CampMarker, Label, Operation, Weapon
from warcheck.knowledge.validation import validate_actors, validate_operations
from warcheck.knowledge.world import (
    GenericHead,
    State,
    generic_heads,
    government_of_state,
    speaker_names,
    speaker_pattern,
    states,
)

__all__ = [
    "Actor",
    "CampMarker",
    "GenericHead",
    "KnowledgeError",
    "Label",
    "Operation",
    "State",
    "Weapon",
    "actor",
    "actors",
    "blockers",
    "camp_markers",
    "generic_heads",
    "government_of_capital",
    "government_of_state",
    "label_uses",
    "labels_by_camp",
    "cue_lexicon",
    "military_nouns",
    "operations",
    "outlet",
    "speaker_names",
    "speaker_pattern",
    "states",
    "validate_actors",
    "validate_operations",
    "weapons",
]
