"""warcheck's vocabularies mapped onto ACLED's: kept in :mod:`warcheck.knowledge.acled`.

The tables moved down to the knowledge layer so that the cross-check (which
must not import the corpus store) reads ACLED reference events with the same
table the ACLED-style export writes with; this module re-exports them.
"""

from __future__ import annotations

from warcheck.knowledge.acled import ACLED_TYPES, GEO_PRECISION, TIME_PRECISION

__all__ = ["ACLED_TYPES", "GEO_PRECISION", "TIME_PRECISION"]
