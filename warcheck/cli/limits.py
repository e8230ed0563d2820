"""``--max-seconds`` and ``--max-bytes``: the per-article limits of ``warcheck ingest``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

import warcheck

DEFAULTS = warcheck.Limits()


def _at_least_zero(kind: Callable[[str], float]) -> Callable[[str], float]:
    def parse(value: str) -> float:
        number = kind(value)
        if number < 0:
            raise argparse.ArgumentTypeError(f"{value!r} is negative (0 lifts the limit)")
        return number

    parse.__name__ = kind.__name__  # argparse names the type in its messages
    return parse


def add_limit_options(parser: Any) -> None:
    """Add the two limit options, their defaults stated in ``--help``."""
    parser.add_argument(
        "--max-seconds",
        type=_at_least_zero(float),
        default=DEFAULTS.max_seconds,
        metavar="S",
        help=(
            "time to read and analyse one article; an article still running then is skipped "
            f"and reported (default {DEFAULTS.max_seconds:g}; 0: no limit)"
        ),
    )
    parser.add_argument(
        "--max-bytes",
        type=_at_least_zero(int),
        default=DEFAULTS.max_bytes,
        metavar="N",
        help=(
            "size of one article's text or HTML in UTF-8 bytes; a larger one is skipped and "
            f"reported (default {DEFAULTS.max_bytes:,}; 0: only the 10 MB input cap)"
        ),
    )


def limits(args: argparse.Namespace) -> warcheck.Limits:
    """The limits the options give (0 lifts one)."""
    return warcheck.Limits(
        max_seconds=args.max_seconds or None, max_bytes=int(args.max_bytes) or None
    )
