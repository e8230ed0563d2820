"""Outlets: the actors that publish news, looked up by name, dataset name, domain or URL."""

from __future__ import annotations

import functools
from urllib.parse import urlsplit

from warcheck.knowledge.catalogue import actors
from warcheck.knowledge.records import Actor
from warcheck.text import outlet_key


@functools.cache
def _outlet_index() -> tuple[dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    domains: dict[str, str] = {}
    for a in actors().values():
        if not a.is_outlet:
            continue
        for d in a.domains:
            domains.setdefault(d.lower().removeprefix("www.").split("/")[0], a.id)
        for n in (a.id, a.name, *a.outlet_names, *a.aliases):
            key = outlet_key(n)
            if key:
                names.setdefault(key, a.id)
    return names, domains


def outlet(name_or_domain: str) -> Actor | None:
    """Return the outlet known by this name, dataset name, domain or URL, else ``None``.

    Matching ignores case, punctuation and spacing ("Al-Manar" = "al manar"),
    a leading ``www.`` and any URL scheme or path; a sub-domain falls back to
    its parent domain ("english.alaraby.co.uk" -> "alaraby.co.uk").
    """
    value = name_or_domain.strip()
    if not value:
        return None
    names, domains = _outlet_index()
    host = value.lower()
    if "://" in host or host.startswith("//"):
        host = urlsplit(host if "://" in host else "http:" + host).hostname or ""
    else:
        host = host.split("/")[0]
    host = host.removeprefix("www.").rstrip(".")
    if "." in host and " " not in host:
        parts = host.split(".")
        for i in range(len(parts) - 1):
            aid = domains.get(".".join(parts[i:]))
            if aid is not None:
                return actors()[aid]
    aid = names.get(outlet_key(value))
    return actors()[aid] if aid is not None else None
