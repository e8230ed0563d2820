"""A worker process does not outlive an ingest killed with ``kill -9``."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

import warcheck

DRIVER = """
import sys, time
import warcheck

def items():
    for i in range(16):  # one batch, sent to the worker
        yield warcheck.Item(f"Shelling hit Aleppo on Monday {i}.", "x", f"{i:064x}", f"item {i}")
    print("feeding", flush=True)
    time.sleep(600)  # the parent waits here; its worker waits for the next batch

with warcheck.Store.open(sys.argv[1]) as store:
    store.ingest(items(), workers=1)
"""


def _children(pid: int) -> list[int]:
    with open(f"/proc/{pid}/task/{pid}/children") as f:
        return [int(p) for p in f.read().split()]


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_the_workers_die_with_a_killed_ingest(tmp_path: os.PathLike[str]) -> None:
    command = [sys.executable, "-c", DRIVER, str(tmp_path / "w.db")]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as driver:  # closes the pipe
        try:
            assert driver.stdout is not None and driver.stdout.readline() == "feeding\n"
            workers = []
            for _ in range(600):  # the pool starts its worker when the first batch is submitted
                workers = _children(driver.pid)
                if workers:
                    break
                time.sleep(0.1)
            assert workers, "no worker process started"
        finally:
            os.kill(driver.pid, signal.SIGKILL)
    for _ in range(600):  # up to a minute for the kernel's signal to land, on a loaded machine
        if not any(_alive(w) for w in workers):
            break
        time.sleep(0.1)
    assert not any(_alive(w) for w in workers)
    assert warcheck.Limits().max_seconds  # the façade still imports in this process
