"""Every lesson in a real browser: headless Chromium, driven by Playwright, against JupyterLab.

Papermill proves a notebook runs; these tests prove what a student sees. For each
`notebooks/*.ipynb` the browser opens the lesson in JupyterLab (started here, on
loopback, with a token), runs all cells from the menu bar, checks that every exercise
of the notebook (`qN = L.exercise(...)` cells) renders as a widget, answers the first
exercise it can click and waits for the feedback, and saves a screenshot to
`build/screenshots/<lesson>.png`. A hostile copy of the case (`<script>` and
`<img onerror>` in its texts) must render as text and never run.

Chromium comes from the system (`/usr/bin/chromium`, or `$MEDIALIT_CHROMIUM`); Playwright
never downloads a browser. Without Chromium the tests are skipped with a one-line reason,
except where `MEDIALIT_REQUIRE_BROWSER=1` (CI sets it in `.ci/run`): there they fail.
One JupyterLab and one browser page serve the whole session.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest

from conftest import CASE, CASES, ROOT, loopback_port
from medialit.case import load_case
from medialit.exercises import thin_slots
from medialit.paths import case_dir

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
LESSONS = [nb.stem for nb in NOTEBOOKS]
# every lesson on every shipped case; the lessons' own files carry the first case
RUNS = [(name, lesson) for name in CASES for lesson in LESSONS]
EXERCISE_CALL = re.compile(r"^(q\d+) = L\.exercise\(\"([\w-]+)\"", re.M)
SCREENSHOTS = ROOT / "build" / "screenshots"
CHROMIUM = Path(os.environ.get("MEDIALIT_CHROMIUM", "/usr/bin/chromium"))
REQUIRED = os.environ.get("MEDIALIT_REQUIRE_BROWSER") == "1"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
# What the hostile case carries. Each payload sets a flag and opens a dialog if it ever runs.
PAYLOADS = (
    '<script>window.__medialit_pwned = "script"; alert("script ran")</script>',
    "<img src=x onerror=\"window.__medialit_pwned = 'onerror'; alert('onerror ran')\">",
)
# Proof that the check can fail: raw HTML *does* run in this browser on each route the kit
# uses to show text (HTML and Markdown outputs, an ipywidgets HTML widget).
CANARY_CELL = """\
import ipywidgets
from IPython.display import HTML, Markdown, display
raw = '<img src=x onerror="window.__medialit_canary = (window.__medialit_canary || 0) + 1">'
display(HTML(raw), Markdown(raw), ipywidgets.HTML(raw))"""
SETTINGS = {  # the test lab keeps every cell in the page, and saves nothing behind our back
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
}


def no_browser_reason() -> str | None:
    if not CHROMIUM.is_file():
        return (
            f"no Chromium at {CHROMIUM}: the real-browser lesson tests did NOT run "
            "(install it: sudo apt-get install chromium)"
        )
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is missing: run `make setup`; browser tests did NOT run"
    return None


@pytest.fixture(scope="session")
def browser_available() -> None:
    reason = no_browser_reason()
    if reason and REQUIRED:
        pytest.fail(f"MEDIALIT_REQUIRE_BROWSER=1 but {reason}")
    if reason:
        pytest.skip(reason)


def _hostile_case(target: Path) -> Path:
    """A copy of the case whose texts, titles and summary carry script and onerror payloads."""
    import yaml

    shutil.copytree(case_dir(CASE), target)
    payload = " ".join(PAYLOADS)
    # The content farm's copy must stay exactly what the spinner makes of its original
    # (the case is checked when the lesson starts), so that pair keeps its own words.
    spun = {"critical-oped.md", "content-farm-copy.md"}
    texts = [*(target / "articles").glob("*.md"), *(target / "unseen").glob("*.md")]
    for article in sorted(p for p in texts if p.name not in spun):
        _, head, body = article.read_text(encoding="utf-8").split("---\n", 2)
        meta = yaml.safe_load(head)
        meta["title"] = f"{meta['title']} {payload}"
        meta["outlet"] = f"{meta['outlet']} {payload}"  # exercise items name their outlet
        paragraphs = body.strip().split("\n\n")
        # The first paragraph ends with the payload, inside its last sentence, so a quote
        # taken from that sentence puts the payload into an exercise widget too.
        paragraphs[0] = re.sub(r"\.$", f" {payload}.", paragraphs[0].rstrip())
        paragraphs.insert(0, f"Reader comment: {payload}")
        front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
        article.write_text(f"---\n{front}---\n\n" + "\n\n".join(paragraphs) + "\n", "utf-8")
    spun_outlets = {
        yaml.safe_load((target / "articles" / name).read_text("utf-8").split("---\n", 2)[1])[
            "outlet"
        ]
        for name in spun
    }
    cards = target / "sources.yml"
    spec = yaml.safe_load(cards.read_text(encoding="utf-8"))
    for card in spec["outlets"]:
        if card["name"] not in spun_outlets:
            card["name"] = f"{card['name']} {payload}"
    cards.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), "utf-8")
    manifest = target / "case.yml"
    spec = yaml.safe_load(manifest.read_text(encoding="utf-8"))
    spec["title"] = f"{spec['title']} {payload}"
    spec["summary"] = f"{payload} {spec['summary']}"
    manifest.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), "utf-8")
    return target


def _on_case(source: Path, case: str | Path) -> nbformat.NotebookNode:
    """A lesson whose parameters cell names `case` (a case name or folder)."""
    nb = nbformat.read(source, as_version=4)
    (params,) = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    params.source = re.sub(r'^case = ".*"$', f"case = {str(case)!r}", params.source, flags=re.M)
    assert str(case) in params.source
    return nb


def _lesson_file(case_name: str, lesson: str) -> str:
    """The file the lab holds for `lesson` on `case_name`."""
    return f"{lesson}.ipynb" if case_name == CASE else f"{case_name}--{lesson}.ipynb"


def _hostile_notebook(root: Path, case: Path) -> Path:
    """The first lesson, run on the hostile case, with a canary cell at the end."""
    nb = _on_case(NOTEBOOKS[0], case)
    nb.cells.append(nbformat.v4.new_code_cell(CANARY_CELL))
    path = root / "hostile.ipynb"
    nbformat.write(nb, path)
    return path


class Lab:
    """A JupyterLab server started for the tests: loopback, a fresh token, a temp folder."""

    def __init__(self, root: Path, state: Path):
        self.root = root
        self.token = secrets.token_hex(24)
        for name, settings in SETTINGS.items():
            path = state / "settings" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(settings))
        self.env = {
            **os.environ,
            "JUPYTER_RUNTIME_DIR": str(state / "runtime"),
            "JUPYTERLAB_SETTINGS_DIR": str(state / "settings"),
            "JUPYTERLAB_WORKSPACES_DIR": str(state / "workspaces"),
            # answers clicked in the browser stay with this server, never seen by other tests
            "MEDIALIT_ANSWERS": str(state / "answers"),
        }
        self.log = state / "lab.log"
        for _ in range(3):  # a port taken between picking and binding: try another
            if self._start():
                return
        raise AssertionError(f"JupyterLab did not start:\n{self.log.read_text()}")

    def _start(self) -> bool:
        """Start the server on a fresh port; False if that port turned out to be taken."""
        self.port = loopback_port()
        self.base = f"http://127.0.0.1:{self.port}"
        command = [
            sys.executable,
            "-m",
            "jupyterlab",
            "--no-browser",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={self.port}",
            # never drift to the next port: the tests would talk to whatever holds this one
            "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={self.token}",
            f"--ServerApp.root_dir={self.root}",
            # window.jupyterapp: the tests watch the notebook's kernel messages (settle)
            "--LabApp.expose_app_in_browser=True",
        ]
        if os.geteuid() == 0:
            command.append("--allow-root")
        with open(self.log, "w") as out:
            self.proc = subprocess.Popen(
                command, stdout=out, stderr=subprocess.STDOUT, env=self.env, start_new_session=True
            )
        for _ in range(240):
            if self.proc.poll() is not None:
                if "already in use" in self.log.read_text():
                    return False
                raise AssertionError(self.log.read_text())
            try:
                self.api("status")
                return True
            except (OSError, http.client.HTTPException):  # not up yet, or not ours
                time.sleep(0.25)
        self.stop()
        return False

    def api(self, path: str, method: str = "GET"):
        request = urllib.request.Request(
            f"{self.base}/api/{path}",
            method=method,
            headers={"Authorization": f"token {self.token}"},
        )
        with urllib.request.urlopen(request, timeout=10) as reply:
            body = reply.read()
        return json.loads(body) if body else None

    def shut_down_kernels(self) -> None:
        for session in self.api("sessions"):
            self.api(f"sessions/{session['id']}", method="DELETE")

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)


@pytest.fixture(scope="session")
def lab(browser_available, tmp_path_factory):
    root = tmp_path_factory.mktemp("lab-root")
    for nb in NOTEBOOKS:  # copies: running them in the browser must not touch the lessons
        shutil.copy(nb, root / nb.name)
        for name in CASES:
            if name != CASE:
                nbformat.write(_on_case(nb, name), root / _lesson_file(name, nb.stem))
    hostile = _hostile_case(tmp_path_factory.mktemp("hostile") / "hostile-case")
    _hostile_notebook(root, hostile)
    server = Lab(root, tmp_path_factory.mktemp("lab-state"))
    yield server
    server.stop()


class Browser:
    """One Chromium page, reused for every lesson; records every dialog a page opens."""

    def __init__(self, playwright):
        self.browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS, headless=True
        )
        self.context = self.browser.new_context(viewport={"width": 1280, "height": 1000})
        self.page = self.context.new_page()
        self.dialogs: list[str] = []
        self.page.on("dialog", self._on_dialog)

    def _on_dialog(self, dialog) -> None:
        if dialog.type == "beforeunload":  # leaving a notebook with unsaved outputs
            dialog.accept()
            return
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()


@pytest.fixture(scope="session")
def browser(lab, playwright_driver):
    shared = Browser(playwright_driver)
    yield shared
    shared.browser.close()


# -- running a notebook in the page

NOTEBOOK = "#jp-main-dock-panel .jp-NotebookPanel:not(.lm-mod-hidden)"
RUN_FINISHED = """(selector) => {
  const panel = document.querySelector(selector);
  if (!panel) return false;
  const prompts = [...panel.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')]
    .map(p => p.textContent.trim());
  return prompts.length > 0 && /\\[\\d+\\]/.test(prompts[0]) && !prompts.some(p => p.includes('*'));
}"""


# Every message the page sends to the open notebook's kernel is pending until the kernel's
# "idle" status for it has been handled (the kernel publishes busy and idle around each
# shell message, widget messages included; JupyterLab emits iopubMessage only after it
# has applied what came before, so the widgets' new state is in the page by then).
WATCH_KERNEL = """() => {
  const panel = window.jupyterapp.shell.currentWidget;
  const kernel = panel && panel.sessionContext && panel.sessionContext.session &&
    panel.sessionContext.session.kernel;
  if (!kernel) return false;
  if (window.__medialitKernel && window.__medialitKernel.kernel === kernel) return true;
  const w = {kernel, pending: new Set()};
  kernel.anyMessage.connect((_, {msg, direction}) => {
    if (direction === 'send' && msg.channel === 'shell') {
      w.pending.add(msg.header.msg_id);
    }
  });
  kernel.iopubMessage.connect((_, msg) => {
    if (msg.header.msg_type === 'status' && msg.content.execution_state === 'idle')
      w.pending.delete((msg.parent_header || {}).msg_id);
  });
  window.__medialitKernel = w;
  return true;
}"""
SETTLED = "() => window.__medialitKernel.pending.size === 0"
NEXT_FRAME = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"


def watch_kernel(page) -> None:
    """Start counting what the page sends the open notebook's kernel (see `settle`)."""
    page.wait_for_function(WATCH_KERNEL, timeout=30_000)


def settle(page, timeout: int = 30_000) -> None:
    """Wait until the kernel has handled every message the page sent it, then one paint.

    What a click or key press sends (a widget's new value, a button's click) leaves the
    page before Playwright's action returns, so afterwards this is deterministic: with
    nothing sent it returns at once; otherwise when the kernel is idle after the last of
    it. A widget that shows no change is then known to show none (no timeout to wait out).
    """
    page.wait_for_function(SETTLED, timeout=timeout)
    page.evaluate(NEXT_FRAME)


def open_and_run_all(lab: Lab, page, name: str):
    """Open `name` in a fresh workspace, wait for the kernel, Run All Cells, wait for the end."""
    page.goto(f"{lab.base}/lab/tree/{name}?reset&token={lab.token}")
    page.locator("#jp-main-statusbar").get_by_text("Idle").wait_for(timeout=90_000)
    notebook = page.locator(NOTEBOOK)
    notebook.wait_for(timeout=30_000)
    watch_kernel(page)
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
    page.wait_for_function(RUN_FINISHED, arg=NOTEBOOK, timeout=120_000)
    settle(page, timeout=120_000)  # the last cell's widgets have reached the page
    return notebook


def cell_texts(notebook) -> list[dict]:
    """Each cell of the open notebook: its prompt and the text of its outputs."""
    return notebook.evaluate(
        """(panel) => [...panel.querySelectorAll('.jp-Notebook .jp-Cell')].map(cell => ({
             prompt: (cell.querySelector('.jp-InputArea-prompt') || {}).textContent || '',
             output: [...cell.querySelectorAll('.jp-OutputArea-output')]
                       .map(o => o.textContent).join('\\n'),
             errors: cell.querySelectorAll('[data-mime-type="application/vnd.jupyter.stderr"]')
                       .length,
           }))"""
    )


def exercise_cells(path: Path, thin: dict | None = None) -> list[int]:
    """Indexes (among all cells) of the notebook's `qN = L.exercise(...)` cells, but for
    those of `thin` slots (a place the case is too thin for shows one line, no widget)."""
    nb = nbformat.read(path, as_version=4)
    return [
        i
        for i, c in enumerate(nb.cells)
        if c.cell_type == "code"
        and (found := EXERCISE_CALL.search(c.source))
        and found.group(2) not in (thin or {})
    ]


FEEDBACK = re.compile(r"(Right|Not quite|Thanks)[:.]")
FEEDBACK_GREW = """(el, before) =>
  (el.textContent.match(/(Right|Not quite|Thanks)[:.]/g) || []).length > before"""
# How to answer each kind of widget, in order of preference: a label button, a choice in a
# list, a tick box, and last a typed answer (a number fits number and free-text boxes).
TYPED_ANSWER = "2 because the figure doubled in a week"


def _answer(widget) -> bool:
    """Give one answer in `widget` by clicking, choosing or typing; False if it has no input."""
    toggles = widget.locator(".widget-toggle-button")
    if toggles.count():
        toggles.first.scroll_into_view_if_needed()
        toggles.first.click()
        return True
    selects = widget.locator("select")
    if selects.count():
        selects.first.select_option(index=1)
        return True
    boxes = widget.locator("input[type=checkbox]")
    if boxes.count():
        boxes.first.check()
        return True
    fields = widget.locator("input[type=text], textarea")
    buttons = widget.locator("button")
    if fields.count() and buttons.count():
        fields.first.fill(TYPED_ANSWER)
        buttons.first.click()
        return True
    return False


def answer_first_clickable(page, cells) -> tuple[int, str]:
    """Answer the first exercise that offers an input; return its widget's text afterwards.

    Feedback starts with "Right", "Not quite" or "Thanks" (then ":" or ".") whatever the
    kind of exercise; the widget must show one more of those after the answer than before.
    """
    for index, cell in cells:
        widget = cell.locator(".jp-OutputArea-output .jupyter-widgets").first
        before = widget.text_content()
        if not _answer(widget):
            continue
        settle(page)  # the kernel has handled the answer: its feedback is in the page
        grew = widget.evaluate(FEEDBACK_GREW, len(FEEDBACK.findall(before)))
        assert grew, f"cell {index}: no new feedback after an answer: {widget.text_content()!r}"
        return index, widget.text_content()
    raise AssertionError("no exercise in this lesson offers a button, a list or a box to answer")


@pytest.mark.parametrize(("case_name", "lesson"), RUNS, ids=[f"{c}/{n}" for c, n in RUNS])
def test_the_lesson_runs_in_a_browser_and_every_exercise_answers(lab, browser, case_name, lesson):
    path = ROOT / "notebooks" / f"{lesson}.ipynb"
    expected = exercise_cells(path, thin_slots(load_case(case_name), lesson))
    assert expected, f"{lesson} has no `qN = L.exercise(...)` cell"
    page = browser.page
    notebook = open_and_run_all(lab, page, _lesson_file(case_name, lesson))
    try:
        cells = cell_texts(notebook)
        nb = nbformat.read(path, as_version=4)
        assert len(cells) == len(nb.cells)
        for i, (cell, shown) in enumerate(zip(nb.cells, cells, strict=True)):
            if cell.cell_type != "code":
                continue
            assert re.fullmatch(r"\[\d+\]:", shown["prompt"].strip()), f"cell {i} did not run"
            assert "Traceback" not in shown["output"], f"cell {i}: {shown['output'][:300]}"
            assert not shown["errors"], f"cell {i} wrote to stderr: {shown['output'][:300]}"
        dom_cells = notebook.locator(".jp-Notebook .jp-Cell")
        rendered = []
        for index in expected:
            cell = dom_cells.nth(index)
            widget = cell.locator(".jp-OutputArea-output .jupyter-widgets").first
            widget.wait_for(state="visible", timeout=30_000)
            text = widget.text_content()
            assert "Error displaying widget" not in text and "Exercise" in text, text[:200]
            rendered.append((index, cell))
        assert len(rendered) == len(expected)

        index, feedback = answer_first_clickable(page, rendered)
        assert FEEDBACK.search(feedback), feedback
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        dom_cells.nth(index).scroll_into_view_if_needed()
        page.screenshot(
            path=str(SCREENSHOTS / _lesson_file(case_name, lesson).replace(".ipynb", ".png"))
        )
        assert not browser.dialogs, browser.dialogs
    finally:
        lab.shut_down_kernels()


def test_hostile_case_text_renders_as_text_and_never_runs(lab, browser):
    page = browser.page
    notebook = open_and_run_all(lab, page, "hostile.ipynb")
    try:
        page.wait_for_function("() => window.__medialit_canary === 3", timeout=30_000)
        shown = "\n".join(c["output"] for c in cell_texts(notebook))
        assert "Traceback" not in shown
        # The payloads are on screen as text: in the case summary, the texts, and a widget.
        assert 'onerror="window.__medialit_pwned' in shown
        assert "<script>window.__medialit_pwned" in shown
        widgets = notebook.locator(".jupyter-widgets").all_text_contents()
        assert any("<img src=x onerror=" in w for w in widgets), "no exercise shows a payload"
        # every image has loaded or failed (a failed one has fired its onerror by then)
        page.wait_for_function("() => [...document.images].every(i => i.complete)")
        assert page.evaluate("() => window.__medialit_pwned") is None
        assert not browser.dialogs, browser.dialogs
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shows_payload = notebook.locator(".jupyter-widgets", has_text="<img src=x onerror=")
        shows_payload.first.scroll_into_view_if_needed()
        page.screenshot(path=str(SCREENSHOTS / "hostile-case.png"))
    finally:
        lab.shut_down_kernels()


def test_ci_installs_chromium_and_makes_a_missing_browser_a_failure():
    run = (ROOT / ".ci" / "run").read_text()
    assert re.search(r"apt-get install -y (-qq )?chromium", run)
    assert re.search(r"^export MEDIALIT_REQUIRE_BROWSER=1$", run, re.M)
    assert run.index("MEDIALIT_REQUIRE_BROWSER") < run.index("\nmake test")
