"""The façade's local-gazetteer functions (``warcheck.import_gazetteer`` and friends).

Kept here, loaded on first use, so that ``import warcheck`` stays light; see
:mod:`warcheck.knowledge.gazetteer_import` and :mod:`warcheck.knowledge.gazetteer_local`.
"""

from __future__ import annotations

from typing import Any


def import_gazetteer(path: str, *, name: str | None = None) -> dict[str, Any]:
    """Import a GeoNames dump (``XX.zip``, ``XX.txt``) as a local gazetteer, used from then on.

    Populated places and administrative units the bundled index lacks are written to the
    user's data folder (``$WARCHECK_DATA_DIR/gazetteer``, else
    ``~/.local/share/warcheck/gazetteer``); place resolution reads them after the bundled
    index. Returns the report: ``name``, ``path``, ``read``, ``places``, ``units``, ``already``.

    Raises:
        DataError: the file is missing or not a GeoNames dump, or local gazetteers are off.
    """
    from warcheck.knowledge.gazetteer import reload
    from warcheck.knowledge.gazetteer_import import import_dump

    report = import_dump(path, name)
    reload()
    return report._asdict()


def gazetteers() -> list[dict[str, Any]]:
    """The local gazetteers: ``name``, ``file``, ``bytes``, ``rows``, ``source``, ``imported``."""
    from warcheck.knowledge.gazetteer_local import list_all

    return list_all()


def remove_gazetteer(name: str) -> str:
    """Delete the local gazetteer ``name``; returns its path.

    Raises:
        DataError: there is no local gazetteer of that name.
    """
    from warcheck.knowledge.gazetteer import reload
    from warcheck.knowledge.gazetteer_local import remove

    path = remove(name)
    reload()
    return str(path)
