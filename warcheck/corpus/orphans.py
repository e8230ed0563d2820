"""Worker processes end with the ingest that started them, even when it is killed (``kill -9``).

A killed parent cannot stop its workers, and a worker blocked writing a
result into the pool's full pipe would wait for ever (it holds the pipe's
other end itself), keeping its memory. On Linux each worker asks the kernel
to kill it when its parent dies (``prctl(PR_SET_PDEATHSIG)``); elsewhere
nothing is done.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def die_with_parent(parent: int) -> None:
    """Have this process killed when ``parent`` (its parent's pid) dies; a pool initializer."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # no C library to ask: the worker lives on
        return
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)
