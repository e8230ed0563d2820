"""``warcheck serve``: a local web app and REST API over a store.

FastAPI with server-rendered Jinja2 pages, no JavaScript build step; Leaflet
is vendored under ``static/leaflet`` with its licence, and nothing is loaded
from elsewhere (map tiles only when a tile URL is configured). Read-only
unless started ``writable``; it binds to loopback unless told otherwise.
Like the command line, it uses only the façade (``warcheck/__init__.py``).
"""

from __future__ import annotations

from warcheck.web.app import create_app
from warcheck.web.config import Settings

__all__ = ["Settings", "create_app"]
