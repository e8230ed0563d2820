"""Errors that warcheck reports to the user as one line, never a traceback."""

from __future__ import annotations


class WarcheckError(Exception):
    """Base class: a problem with the user's input or request, stated in one line."""

    exit_code = 2


class InputError(WarcheckError):
    """The input cannot be analysed: empty, binary, not UTF-8, too large, no text."""


class FetchError(WarcheckError):
    """A URL could not be fetched, or was refused (scheme, private address, size, type)."""


class DataError(WarcheckError):
    """A dataset file for evaluation is missing columns or malformed."""


class PipelineError(WarcheckError):
    """Stages break a contract: a field required but not assigned before, or changed undeclared."""


class StoreError(WarcheckError):
    """The corpus database cannot be opened, is not a warcheck store, or a query is malformed."""
