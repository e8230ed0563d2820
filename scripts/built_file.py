"""A data file a build script makes: ``--check`` says whether it is up to date, else it is written.

Used by ``scripts/build_gazetteer.py`` and ``scripts/build_minor_places.py``:
their builds are deterministic, so "up to date" means the file holds exactly the
bytes a fresh build makes.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def arguments(doc: str, out: Path, argv: list[str] | None = None) -> argparse.Namespace:
    """``--check`` and ``--out FILE`` (default ``out``) from ``argv``; ``doc`` gives the help."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the file would change")
    ap.add_argument("--out", type=Path, default=out)
    return ap.parse_args(argv)


def check_or_write(args: argparse.Namespace, data: bytes, rows: int) -> int:
    """With ``--check``, print whether ``args.out`` holds ``data`` (exit 1 when not); else write it.

    Args:
        args: what :func:`arguments` parsed.
        data: the file a fresh build makes.
        rows: how many rows it holds, for the message.

    Returns:
        The exit status.
    """
    if args.check:
        same = args.out.exists() and args.out.read_bytes() == data
        print("up to date" if same else "out of date")
        return 0 if same else 1
    args.out.write_bytes(data)
    print(f"wrote {args.out} ({len(data) / 1e6:.2f} MB, {rows} rows)")
    return 0
