"""How the web app was started: the store, whether it may write, the map tiles, the limits."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

MAX_UPLOAD = 2_000_000
"""Default cap on a request body in bytes (a pasted or uploaded article), ``--max-upload``."""

LOOPBACK = ("127.0.0.1", "::1", "localhost")


@dataclass(frozen=True)
class Settings:
    """The app's configuration, fixed when it starts.

    ``db`` is the store's file (it must exist) or ``postgresql://`` URL; ``writable``
    lets the analyse page and ``POST /api/analyze`` store what they analyse; ``tile_url`` is a
    Leaflet tile URL template (``https://tiles.example/{z}/{x}/{y}.png``), blank
    for no background tiles (offline); ``max_upload`` caps request bodies.
    """

    db: Path | str
    writable: bool = False
    tile_url: str = ""
    tile_attribution: str = ""
    max_upload: int = MAX_UPLOAD

    @property
    def tile_origin(self) -> str:
        """The scheme and host of ``tile_url`` (for the CSP), or an empty string."""
        if "://" not in self.tile_url:
            return ""
        scheme, rest = self.tile_url.split("://", 1)
        host = rest.split("/", 1)[0]
        return f"{scheme}://{host}" if "{" not in host else f"{scheme}://*.{host.split('.', 1)[-1]}"


def is_loopback(host: str) -> bool:
    """Whether binding to ``host`` keeps the server reachable from this machine only."""
    return host in LOOPBACK or host.startswith("127.")
