"""A throwaway PostgreSQL cluster on a unix socket, for the tests and the scale check.

:func:`start` finds Debian's server binaries (``/usr/lib/postgresql/*/bin``),
runs ``initdb`` into a fresh temporary folder and starts the server with
``pg_ctl``, listening on no TCP address, only on a socket in that folder. It
returns a :class:`Server` with the libpq URL of each database
(``postgresql://postgres@/NAME?host=/tmp/...``); :meth:`Server.stop` stops
it and removes the folder. PostgreSQL refuses to run as root: as root the
folder is given to the ``postgres`` user and the binaries run as that user
(``runuser``). :class:`Unavailable` says why a server cannot be started.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path


class Unavailable(Exception):
    """PostgreSQL cannot be started here (no binaries, no ``postgres`` user, initdb failed)."""


def _binaries() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise Unavailable("no /usr/lib/postgresql/*/bin/initdb (apt-get install postgresql)")
    return Path(found[-1]).parent


def _as_owner() -> list[str]:
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        raise Unavailable("running as root and there is no 'postgres' user") from None
    if shutil.which("runuser") is None:
        raise Unavailable("running as root and runuser is missing")
    return ["runuser", "-u", "postgres", "--"]


@dataclass
class Server:
    """A running throwaway cluster."""

    folder: Path
    bin: Path
    prefix: list[str]
    _names: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def url(self, database: str = "postgres") -> str:
        """The libpq URL of a database of this cluster."""
        return f"postgresql://postgres@/{database}?host={self.folder}"

    def new_database(self) -> str:
        """Create an empty database; return its URL."""
        import psycopg

        name = f"warcheck_test_{next(self._names)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        """Stop the server and remove its folder."""
        subprocess.run(
            [*self.prefix, str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"),
             "-m", "immediate", "stop"],
            capture_output=True, check=False, timeout=60,
        )  # fmt: skip
        shutil.rmtree(self.folder, ignore_errors=True)


def start() -> Server:
    """Start a throwaway cluster (see the module's docstring).

    Raises:
        Unavailable: the server cannot be started, with the reason.
    """
    bin_dir, prefix = _binaries(), _as_owner()
    folder = Path(tempfile.mkdtemp(prefix="warcheck-pg-"))
    if prefix:
        shutil.chown(folder, "postgres", "postgres")
    data = folder / "data"
    options = f"-c listen_addresses='' -k {folder} -c fsync=off -c max_connections=40"
    steps = [
        [str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
         "-E", "UTF8", "--locale=C.UTF-8"],
        [str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l",
         str(folder / "server.log"), "-w", "-t", "60", "start"],
    ]  # fmt: skip
    for step in steps:
        done = subprocess.run([*prefix, *step], capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            shutil.rmtree(folder, ignore_errors=True)
            last = (done.stderr or done.stdout).strip().splitlines()[-1:]
            raise Unavailable(f"{Path(step[0]).name} failed: {' '.join(last)}")
    return Server(folder, bin_dir, prefix)
