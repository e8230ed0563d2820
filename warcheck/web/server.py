"""Running the app: loopback unless told otherwise, with a warning when it is not."""

from __future__ import annotations

import sys

import warcheck
from warcheck.web.app import create_app
from warcheck.web.config import Settings, is_loopback


def host_warning(host: str, *, allow_remote: bool) -> str | None:
    """The warning to print for ``host``, or None for loopback.

    Raises:
        InputError: ``host`` is not loopback and ``allow_remote`` was not given.
    """
    if is_loopback(host):
        return None
    if not allow_remote:
        raise warcheck.InputError(
            f"--host {host} would expose the store beyond this machine; "
            "add --allow-remote if that is what you want"
        )
    return (
        f"warning: serving on {host}: anyone who can reach this address can read the store"
        " (no authentication; use a firewall or an authenticating proxy)"
    )


def serve(settings: Settings, *, host: str, port: int, allow_remote: bool = False) -> None:
    """Serve the app with uvicorn until interrupted."""
    import uvicorn

    warning = host_warning(host, allow_remote=allow_remote)
    if warning:
        print(warning, file=sys.stderr)
    if settings.writable:
        print(f"warning: writable: analysed articles are stored in {settings.db}", file=sys.stderr)
    app = create_app(settings)
    print(f"warcheck: serving {settings.db} on http://{host}:{port}/", file=sys.stderr)
    uvicorn.run(app, host=host, port=port, server_header=False, proxy_headers=False,
                log_level="warning")  # fmt: skip
