"""Starting the server: loopback by default, anything else only with --allow-remote."""

from __future__ import annotations

import pytest

import warcheck
from warcheck.web.server import host_warning


def test_loopback_needs_no_flag_and_prints_nothing() -> None:
    assert host_warning("127.0.0.1", allow_remote=False) is None
    assert host_warning("::1", allow_remote=False) is None


def test_another_host_is_refused_without_the_flag() -> None:
    with pytest.raises(warcheck.InputError, match="--allow-remote"):
        host_warning("0.0.0.0", allow_remote=False)


def test_another_host_with_the_flag_is_warned_about() -> None:
    warning = host_warning("0.0.0.0", allow_remote=True)
    assert warning is not None and "anyone who can reach" in warning
