"""Reference events of a store matched to the claims of the incidents a cross-check reviews.

:func:`match_incidents` is the cross-check's reference step: for each
incident it reviews it reads the store's reference events of the incident's
date span (only those, never the whole table), matches the incident's claims
to them (:func:`~warcheck.crosscheck.matches.match`), replaces those claims'
rows in ``reference_matches`` and returns each claim's best match, which
:func:`~warcheck.crosscheck.review.review` weighs in the grades. The crosscheck
layer does not import the store: it talks to anything with the methods of
:class:`ReferenceStore` (``warcheck.Store`` has them); a store without them
has no reference data, and nothing is matched.

Matches are made when an incident is reviewed: after importing reference data,
a full cross-check (``full=True``) matches the incidents reviewed before.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from warcheck.crosscheck.incidents import ClaimKey
from warcheck.crosscheck.matches import Match, match, match_rows, stored_events
from warcheck.crosscheck.review import Clustering


class ReferenceStore(Protocol):
    """What the reference step needs of a store."""

    def reference_events(self, date_from: str, date_to: str) -> Iterator[dict[str, Any]]:
        """The stored reference events whose window meets the span."""
        ...

    def write_reference_matches(
        self, claims: Iterable[ClaimKey], rows: Iterable[dict[str, Any]]
    ) -> int:
        """Replace the reference matches of these claims."""
        ...


def match_incidents(
    store: Any, corpus: Clustering, keys: Iterable[ClaimKey] | None = None
) -> dict[ClaimKey, Match]:
    """Match the claims of these incidents (all when ``None``) to the store's reference events.

    Writes the matches of those claims (all of them, best first) and returns
    each matched claim's best one. A store without reference methods gives
    ``{}`` and is not written to.
    """
    if not (hasattr(store, "reference_events") and hasattr(store, "write_reference_matches")):
        return {}
    members = corpus.members()
    wanted = sorted(members) if keys is None else sorted(set(keys) & set(members))
    found: list[Match] = []
    claims: list[ClaimKey] = []
    for key in wanted:
        incident = members[key]
        claims += [c.key for c in incident]
        events = stored_events(store.reference_events, incident)
        if events:
            found += match(incident, events)
    store.write_reference_matches(claims, match_rows(found))
    best: dict[ClaimKey, Match] = {}
    for m in found:
        best.setdefault(m.claim, m)
    return best
