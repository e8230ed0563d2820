"""Errors that warcheck reports to the user as one line, never a traceback."""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Callable, Iterator
from pathlib import Path


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


def one_line(err: BaseException) -> str:
    """An error as one line for the user: a file error names its file, others their message."""
    if isinstance(err, OSError) and err.strerror:
        name = err.filename2 if err.filename2 is not None else err.filename
        return f"{name}: {err.strerror}" if name is not None else err.strerror
    if isinstance(err, UnicodeDecodeError):
        return f"not UTF-8 text (byte {err.start}: {err.reason})"
    text = " ".join(str(err).split())
    return text or type(err).__name__


@contextlib.contextmanager
def csv_file_errors(path: str | Path, kind: str) -> Iterator[None]:
    """Turn the errors of reading the CSV file ``path`` in the block into one-line DataErrors.

    A missing file, a folder, bytes that are not UTF-8, malformed CSV and other read
    errors each get one wording, ``"{path}: why"``; ``kind`` names what the file should
    be ("a FA-KES CSV"), for the folder's message. A DataError raised in the block passes.
    """
    try:
        yield
    except FileNotFoundError:
        raise DataError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise DataError(f"{path}: is a directory, not {kind}") from None
    except UnicodeDecodeError as err:
        raise DataError(f"{path}: not UTF-8 text (byte {err.start}: {err.reason})") from None
    except csv.Error as err:
        raise DataError(f"{path}: malformed CSV ({err})") from None
    except OSError as err:
        raise DataError(f"{path}: cannot read ({err.strerror})") from None


def run_main(prog: str, main: Callable[[], int | None]) -> int:
    """Run a script's ``main``: a user error is one line on stderr and exit 2, not a traceback.

    User errors are :class:`WarcheckError`, :class:`OSError` (a missing file, a
    folder, an output that cannot be written), undecodable text and a file that is
    not the archive it should be (``zipfile.BadZipFile``); anything else is a bug
    and keeps its traceback.
    """
    import sys
    import zipfile

    try:
        return int(main() or 0)
    except (WarcheckError, OSError, UnicodeDecodeError, zipfile.BadZipFile) as err:
        print(f"{prog}: error: {one_line(err)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{prog}: interrupted", file=sys.stderr)
        return 130
