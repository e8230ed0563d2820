"""Schemathesis against the OpenAPI document: generated requests, and no server error.

A short run (15 examples per operation) inside the suite, driven by hypothesis
directly (schemathesis's own pytest plugin does not run under this pytest); every check
schemathesis makes by default (no 5xx, status codes and content types as
documented, responses conforming to the document) must hold.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402

from warcheck.web import Settings, create_app  # noqa: E402


def test_no_request_makes_a_server_error(store_path: Path) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(Settings(db=store_path)))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 7
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
        def check(case: Any) -> None:
            case.call_and_validate()

        check()
