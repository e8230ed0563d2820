"""A longer schemathesis run of the web API than the test suite's (issue 15: 0 server errors).

    python3 scripts/fuzz_api.py --db war.db [--examples 500]

Every operation of ``/openapi.json`` gets ``--examples`` generated requests,
each checked with all of schemathesis's default checks (no 5xx, documented
status codes and content types, responses that conform). The store is opened
read-only by the app; nothing is written. Exit 1 on the first failure, with
schemathesis's report and a curl command to reproduce it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import HealthCheck, given, settings

from warcheck.web import Settings, create_app


def main() -> int:
    """Fuzz every API operation against the store given."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, type=Path, help="a warcheck store (not modified)")
    parser.add_argument("--examples", type=int, default=500, help="requests per operation")
    args = parser.parse_args()
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(Settings(db=args.db)))
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(
            max_examples=args.examples, deadline=None, suppress_health_check=list(HealthCheck)
        )
        def check(case: Any) -> None:
            case.call_and_validate()

        print(f"{operation.label}: {args.examples} examples", file=sys.stderr)
        check()
    print("0 failures", file=sys.stderr)
    return 0


if __name__ == "__main__":
    from warcheck.errors import run_main

    sys.exit(run_main("fuzz_api.py", main))
