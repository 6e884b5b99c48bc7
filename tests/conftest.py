"""Shared fixtures: the shipped case, and throw-away copies of it to break."""

from __future__ import annotations

import os
import random
import shutil
import socket
import tempfile
from pathlib import Path

import pytest

from medialit.case import Case, load_case
from medialit.paths import case_dir, case_names

ROOT = Path(__file__).resolve().parent.parent
CASE = "kazakhstan-2022"
# Every case the kit ships (data/cases/*): the lessons, keys, student pack, browser and
# network tests run on each, so no lesson works on one case only.
CASES = tuple(case_names())


def loopback_port() -> int:
    """A loopback port free now, chosen outside the kernel's ephemeral range.

    A port from bind(0) is ephemeral: between picking it and the server binding it, a
    kernel's ZeroMQ socket or an outgoing connection can take it (seen in CI: the test then
    spoke HTTP to a ZeroMQ socket). Outside that range, only a program asking for that very
    port can.
    """
    try:
        low, high = map(int, Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split())
    except (OSError, ValueError):
        low, high = 32768, 60999
    first, last = max([(10000, low - 1), (high + 1, 65535)], key=lambda span: span[1] - span[0])
    rng = random.SystemRandom()
    for _ in range(50):
        port = rng.randrange(first, last)
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free loopback port between {first} and {last}")
# Answers given during tests (and in the papermill kernels, which inherit this) go to a
# throw-away folder, never into the repository.
os.environ["MEDIALIT_ANSWERS"] = tempfile.mkdtemp(prefix="medialit-test-answers-")


@pytest.fixture(scope="session")
def case() -> Case:
    return load_case(CASE)


@pytest.fixture
def case_copy(tmp_path: Path) -> Path:
    """A copy of the shipped case in a temporary folder, free to break."""
    target = tmp_path / CASE
    shutil.copytree(case_dir(CASE), target)
    return target


@pytest.fixture(autouse=True)
def answers_in_a_fresh_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test saves students' answers in its own folder, so no test sees another's."""
    monkeypatch.setenv("MEDIALIT_ANSWERS", str(tmp_path / "my-answers"))


@pytest.fixture(scope="session")
def playwright_driver():
    """The one Playwright driver of a test session, shared by every browser test module.

    Playwright's sync API keeps an event loop running while a driver is open, so a second
    `sync_playwright()` in the same process fails ("using Playwright Sync API inside the
    asyncio loop"): test_browser.py and test_accessibility.py both launch Chromium from this.
    """
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        yield driver
