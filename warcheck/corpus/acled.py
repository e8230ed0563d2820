"""warcheck's figures and vocabularies as ACLED codes them, for the ACLED-style export.

The type and precision tables moved down to the knowledge layer
(:mod:`warcheck.knowledge.acled`) and the casualty figures to
:mod:`warcheck.render.acled_figures`, so that the cross-check (which must not
import the corpus store) reads ACLED reference events and vague tolls with the
same tables the export writes with; this module re-exports them.

:func:`fatalities` is ACLED's ``fatalities`` for a claim's "killed" mentions,
:func:`acled_figure` ACLED's figure for vague words ("dozens" 12, "hundreds"
100; "several" 3, the most conservative figure, since no ACLED figure for it
could be found stated: see :mod:`warcheck.render.acled_figures`).
"""

from __future__ import annotations

from warcheck.knowledge.acled import ACLED_TYPES, GEO_PRECISION, TIME_PRECISION
from warcheck.render.acled_figures import VAGUE_COUNTS, acled_figure, fatalities

__all__ = [
    "ACLED_TYPES",
    "GEO_PRECISION",
    "TIME_PRECISION",
    "VAGUE_COUNTS",
    "acled_figure",
    "fatalities",
]
