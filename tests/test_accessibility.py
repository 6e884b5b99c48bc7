"""Accessibility of what the kit renders: axe-core, keyboard-only answers, charts.

Three things a student or teacher meets are checked with axe-core in headless Chromium:

* every lesson in JupyterLab after Run All, with every exercise answered once (so the
  feedback, right, wrong and "try again", is on the page too). axe is scoped to the
  notebook's output areas (`.jp-OutputArea-output`: what the kit renders); JupyterLab's
  own chrome (menus, toolbars, the code editors) is scanned separately and reported,
  never failed on: the kit cannot change it;
* every HTML answer key that `make keys` writes (built here by the command the
  Makefile's recipe runs, with this Python, into a temporary folder);
* every lesson of the student pack (`make student-pack`, likewise), run in JupyterLab.

The keyboard test answers one exercise of each kind (label buttons, choice, number,
free text, claim-matrix cell) with Tab, Shift+Tab, Enter, Space and the arrow keys only:
no mouse click into a widget. It checks the widget can be reached, that the answer is
taken, and that the feedback lands in an ARIA live region (`aria-live` polite or
assertive, or role status/alert) whose text changes, so a screen reader announces it.

After each click or key press the tests wait until the notebook's kernel has handled
what the page sent it (`tb.settle`), then look: no fixed waits, and no timeout to wait
out where a widget rightly shows nothing new.

Charts (matplotlib PNGs in outputs) must carry real alt text and a one-line summary in
words beside them (a figcaption, or the next output of the same cell).

A serious or critical axe violation in what the kit renders fails the test that found
it. Everything found (and what JupyterLab itself does) is written to
`build/a11y/report.json` and `report.md` (`$MEDIALIT_A11Y_OUT` to change).

Chromium comes from the system (`/usr/bin/chromium` or `$MEDIALIT_CHROMIUM`); Playwright
never downloads a browser. axe-core comes from the `axe-playwright-python` wheel (it
ships `axe.min.js`), `node_modules/axe-core`, or `$MEDIALIT_AXE_JS`; never from a CDN.
Without Chromium or axe-core the tests are skipped with a one-line reason, except where
`MEDIALIT_REQUIRE_BROWSER=1`: there they fail. The JupyterLab server, the browser and
the helpers to run a lesson are those of `tests/test_browser.py`.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import warnings
from collections import Counter
from pathlib import Path

import nbformat
import pytest
import test_browser as tb  # Lab, Browser, open_and_run_all, NOTEBOOK, ...

KIT = Path(__file__).resolve().parent.parent

LESSONS = tb.LESSONS
OUT = Path(os.environ.get("MEDIALIT_A11Y_OUT", KIT / "build" / "a11y"))
FAILING = ("serious", "critical")
FEEDBACK = re.compile(r"(Right|Not quite|Thanks|Saved for your teacher)[:.]")
LIVE_REGION = (
    '[aria-live="polite"], [aria-live="assertive"], [role="status"], [role="alert"], '
    '[role="log"]'
)
# Alt text that says nothing: Jupyter's and nbconvert's stand-ins for a missing alt.
PLACEHOLDER_ALT = {"", "image", "no description has been provided for this image"}


# -- what is needed, and the loud skip without it


def _axe_script() -> Path | None:
    candidates = []
    if os.environ.get("MEDIALIT_AXE_JS"):
        candidates.append(Path(os.environ["MEDIALIT_AXE_JS"]))
    try:
        import axe_playwright_python

        candidates.append(Path(axe_playwright_python.__file__).parent / "axe.min.js")
    except ImportError:
        pass
    candidates += [
        KIT / "node_modules" / "axe-core" / "axe.min.js",
    ]
    return next((p for p in candidates if p.is_file()), None)


def _why_not() -> str | None:
    if not tb.CHROMIUM.is_file():
        return (
            f"NO CHROMIUM at {tb.CHROMIUM}: the accessibility tests did NOT run "
            "(sudo apt-get install chromium, or set MEDIALIT_CHROMIUM)"
        )
    reason = tb.no_browser_reason()
    if reason:
        return f"accessibility tests did NOT run: {reason}"
    if _axe_script() is None:
        return (
            "NO axe-core (pip install axe-playwright-python, or npm install axe-core): "
            "the accessibility tests did NOT run"
        )
    return None


@pytest.fixture(scope="session")
def a11y_available() -> None:
    reason = _why_not()
    if reason and tb.REQUIRED:
        pytest.fail(f"MEDIALIT_REQUIRE_BROWSER=1 but {reason}")
    if reason:
        pytest.skip(reason)


# -- the report, written once at the end


@pytest.fixture(scope="session")
def report():
    found: dict = {"violations": {}, "chrome": {}, "keyboard": {}, "charts": {}, "timings": {}}
    yield found
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "report.json").write_text(json.dumps(found, indent=1, ensure_ascii=False), "utf-8")
    (OUT / "report.md").write_text(_markdown_report(found), "utf-8")


def _rule_counts(rows: list[dict]) -> dict[str, int]:
    return dict(Counter(f"{r['rule']} ({r['impact']})" for r in rows).most_common())


def _markdown_report(found: dict) -> str:
    lines = ["# Accessibility report", ""]
    for title, key in (
        ("What the kit renders (serious and critical)", "violations"),
        ("JupyterLab's own chrome (reported, not failed on)", "chrome"),
    ):
        lines += [f"## {title}", ""]
        totals: Counter = Counter()
        for where, rows in sorted(found[key].items()):
            counts = _rule_counts(rows)
            totals.update(counts)
            shown = ", ".join(f"{k}: {n}" for k, n in counts.items()) or "none"
            lines.append(f"- **{where}**: {len(rows)} — {shown}")
        lines += ["", "Totals: " + (", ".join(f"{k}: {n}" for k, n in totals.items()) or "0")]
        lines.append("")
        if key == "violations":
            for where, rows in sorted(found[key].items()):
                for r in rows:
                    lines.append(
                        f"  - `{where}` {r['rule']} ({r['impact']}) `{r['target']}`: "
                        f"`{r['html'][:160]}`"
                    )
            lines.append("")
    lines += ["## Keyboard only", ""]
    for kind, result in found["keyboard"].items():
        lines.append(f"- **{kind}**: {json.dumps(result, ensure_ascii=False)}")
    lines += ["", "## Charts", ""]
    for where, images in sorted(found["charts"].items()):
        for image in images:
            lines.append(f"- **{where}**: {json.dumps(image, ensure_ascii=False)}")
    lines += ["", "## Timings (s)", ""]
    lines += [f"- {k}: {v:.1f}" for k, v in found["timings"].items()]
    return "\n".join(lines) + "\n"


# -- axe in the page

AXE_RUN = """async ([context, options]) => {
  const r = await axe.run(context, options);
  const slim = kind => r[kind].map(v => ({id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => ({target: n.target, html: n.html, impact: n.impact,
                              summary: n.failureSummary || ''}))}));
  return {violations: slim('violations'), incomplete: slim('incomplete'),
          passes: Object.fromEntries(r.passes.map(v => [v.id, v.nodes.length]))};
}"""


def run_axe(page, context, options: dict | None = None) -> dict:
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(_axe_script().read_text(encoding="utf-8"))
    return page.evaluate(AXE_RUN, [context, options or {}])


def flatten(result: dict, impacts: tuple[str, ...] | None = FAILING) -> list[dict]:
    """One row per failing node: rule id, impact, target, HTML snippet, why."""
    rows = []
    for rule in result["violations"]:
        for node in rule["nodes"]:
            impact = node.get("impact") or rule["impact"]
            if impacts and impact not in impacts:
                continue
            target = node["target"]
            rows.append(
                {
                    "rule": rule["id"],
                    "impact": impact,
                    "target": " ".join(t if isinstance(t, str) else json.dumps(t) for t in target),
                    "html": node["html"][:400],
                    "why": node["summary"][:400],
                }
            )
    return rows


def _explain(rows: list[dict]) -> str:
    counts = ", ".join(f"{k}: {n}" for k, n in _rule_counts(rows).items())
    first = "\n".join(f"  {r['rule']} {r['target']}\n    {r['html'][:200]}" for r in rows[:8])
    return f"{len(rows)} serious/critical axe violations ({counts}):\n{first}"


# -- JupyterLab: one server for the lessons and the student pack


def make_recipe(target: str, out: Path) -> list[str]:
    """The command `make <target>` runs, with this Python and `out` for its build folder.

    Read from the Makefile, so the test follows the kit's own command (`make` itself would
    set up a venv inside the kit first). The recipe's first argument under build/ is the
    output folder; it becomes `out` (absolute, so a chdir in the command cannot move it).
    """
    recipe = re.search(rf"^{re.escape(target)}:.*\n\t(.+)$", (KIT / "Makefile").read_text(), re.M)
    assert recipe, f"no `{target}` target in {KIT / 'Makefile'}"
    bindir = str(Path(sys.executable).parent)
    line = (
        recipe.group(1)
        .replace("$(PY)", sys.executable)
        .replace("$(VENV)/bin", bindir)
        .replace("$(CASE)", tb.CASE)
    )
    line = re.sub(r"\$\(if \$\(\w+\),.*?,\)", "", line)  # an optional setting left unset
    words = shlex.split(line)
    (where,) = [i for i, w in enumerate(words) if w == "build" or w.startswith("build/")][:1]
    words[where] = str(out.resolve())
    return words


@pytest.fixture(scope="session")
def pack(a11y_available, tmp_path_factory, report) -> Path:
    """The student pack, built as `make student-pack` builds it (into a temporary folder)."""
    out = tmp_path_factory.mktemp("pack-build")
    started = time.monotonic()
    subprocess.run(make_recipe("student-pack", out), cwd=KIT, check=True, capture_output=True)
    report["timings"]["student pack: build"] = time.monotonic() - started
    return out / "student-pack"


@pytest.fixture(scope="session")
def lab(a11y_available, keys_build, pack, tmp_path_factory, report):
    root = tmp_path_factory.mktemp("a11y-lab-root")
    for nb in tb.NOTEBOOKS:  # copies: running them must not touch the lessons
        shutil.copy(nb, root / nb.name)
    shutil.copytree(pack, root / "student-pack")
    started = time.monotonic()
    server = tb.Lab(root, tmp_path_factory.mktemp("a11y-lab-state"))
    report["timings"]["JupyterLab start"] = time.monotonic() - started
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser(lab, playwright_driver):
    shared = tb.Browser(playwright_driver)
    shared.opened = None  # which notebook the page shows, and for what
    yield shared
    shared.browser.close()


def _answers_folder(lab) -> Path:
    return lab.log.parent / "answers"  # Lab sets MEDIALIT_ANSWERS=<state>/answers


def open_fresh(lab, browser, name: str, purpose: str):
    """Open and run `name` with no saved answers (each purpose starts from a blank lesson)."""
    if browser.opened == (name, purpose):
        return browser.page.locator(tb.NOTEBOOK)
    lab.shut_down_kernels()
    shutil.rmtree(_answers_folder(lab), ignore_errors=True)
    page = browser.page
    page.set_viewport_size({"width": 1280, "height": 1000})
    notebook = tb.open_and_run_all(lab, page, name)
    notebook.locator(".jp-OutputArea-output .jupyter-widgets").first.wait_for(timeout=30_000)
    browser.opened = (name, purpose)
    return notebook


# -- every exercise answered once (by mouse: this only sets the stage for axe)



def _act(page, action) -> None:
    """Do `action`, then wait until the kernel has handled what it sent (`tb.settle`).

    Whether the widget then shows feedback or nothing new, axe scans what is there.
    """
    action()
    tb.settle(page)


def answer_everything(page, notebook) -> int:
    """Give each item of each exercise one answer; a short then a long free text."""
    widgets = notebook.locator(".jp-OutputArea-output > .jupyter-widgets.widget-vbox")
    answered = 0
    for widget in widgets.all():
        for group in widget.locator(".widget-toggle-buttons").all():
            _act(page, group.locator("button").first.click)
            answered += 1
        for select in widget.locator("select").all():
            _act(page, lambda s=select: s.select_option(index=1))
            answered += 1
        check = widget.locator("button.widget-button")
        for field in widget.locator("input[type=text]").all():
            field.fill("0")  # a number far too low: the "wrong" colour
            _act(page, check.first.click)
            answered += 1
        for area in widget.locator("textarea").all():
            area.fill("too short")  # the "type more" hint colour
            _act(page, check.first.click)
            area.fill("I think it matters who published it and why they did.")
            _act(page, check.first.click)
            answered += 1
    return answered


SHOW_ALL = """(selector) => {
  for (const e of document.querySelectorAll('.jp-WindowedPanel-outer')) e.scrollTop = 0;
  const outputs = document.querySelectorAll(selector + ' .jp-OutputArea-output');
  return Math.ceil(Math.max(0, ...[...outputs].map(o => o.getBoundingClientRect().bottom)));
}"""
TALLEST = 32_000  # px: a taller notebook has its last outputs left out of the contrast check


def show_everything(page) -> int:
    """Make the whole notebook visible, so axe's colour-contrast rule sees every output.

    JupyterLab's body has height 0 and overflow hidden; axe reads that as clipping all
    the text (the colour-contrast rule then checks a handful of nodes). A body as tall as
    the window changes nothing on screen, and a window as tall as the notebook puts
    every output in view. Returns how far down the last output ends (px).
    """
    page.add_style_tag(content="html, body { height: 100% !important; }")
    bottom = page.evaluate(SHOW_ALL, tb.NOTEBOOK)
    page.set_viewport_size({"width": 1280, "height": max(1000, min(bottom + 200, TALLEST))})
    page.evaluate(tb.NEXT_FRAME)  # JupyterLab lays out again on the next frames
    bottom = page.evaluate(SHOW_ALL, tb.NOTEBOOK)
    page.evaluate(tb.NEXT_FRAME)
    return bottom


IMAGES = """(panel) => [...panel.querySelectorAll('.jp-OutputArea-output img')].map(img => {
  const child = img.closest('.jp-OutputArea-child');
  const figure = img.closest('figure');
  const caption = figure && figure.querySelector('figcaption');
  const next = child && child.nextElementSibling;
  const nextText = next ? next.textContent.replace(/^\\s*\\[\\d+\\]:/, '').trim() : '';
  const cell = img.closest('.jp-Cell');
  return {
    cell: [...panel.querySelectorAll('.jp-Notebook .jp-Cell')].indexOf(cell),
    alt: img.getAttribute('alt'),
    renderedAs: img.closest('[data-mime-type]') ?
      img.closest('[data-mime-type]').getAttribute('data-mime-type') : '',
    caption: caption ? caption.textContent.trim() : '',
    next: nextText.split('\\n')[0].slice(0, 300),
  };
})"""


def render_and_scan(lab, browser, report, name: str, where: str) -> dict:
    """Open, run, answer everything, then axe the outputs and the chrome; cached per name."""
    cache = browser.__dict__.setdefault("scans", {})
    if name in cache:
        return cache[name]
    started = time.monotonic()
    notebook = open_fresh(lab, browser, name, "axe")
    page = browser.page
    ran = time.monotonic()
    answered = answer_everything(page, notebook)
    height = show_everything(page)
    if height > TALLEST:
        warnings.warn(f"{where}: {height}px; no contrast check below {TALLEST}px", stacklevel=1)
    outputs = run_axe(page, {"include": [[".jp-OutputArea-output"]]})
    chrome = run_axe(page, {"exclude": [[".jp-OutputArea-output"]]})
    images = notebook.evaluate(IMAGES)
    page.set_viewport_size({"width": 1280, "height": 1000})
    browser.opened = None  # the page was changed (answers, style): open afresh next time
    scan = {
        "outputs": outputs,
        "chrome": chrome,
        "images": images,
        "answered": answered,
        "height": height,
        "contrast_checked": outputs["passes"].get("color-contrast", 0)
        + sum(len(v["nodes"]) for v in outputs["violations"] if v["id"] == "color-contrast"),
    }
    report["violations"][where] = flatten(outputs)
    report["chrome"][where] = flatten(chrome, impacts=None)
    report["charts"][where] = images
    report.setdefault("notebook heights (px)", {})[where] = height
    report["timings"][f"{where}: open + run all"] = ran - started
    report["timings"][f"{where}: answer + axe"] = time.monotonic() - ran
    cache[name] = scan
    return scan


# -- 1a. the lessons' outputs in JupyterLab


@pytest.mark.parametrize("lesson", LESSONS)
def test_lesson_outputs_have_no_serious_axe_violations(lab, browser, report, lesson):
    scan = render_and_scan(lab, browser, report, f"{lesson}.ipynb", f"lesson {lesson}")
    # a vacuous scan (text hidden from axe) must not pass as a clean one
    assert scan["contrast_checked"] >= 20, f"axe checked only {scan['contrast_checked']} texts"
    chrome = report["chrome"][f"lesson {lesson}"]
    serious = [r for r in chrome if r["impact"] in FAILING]
    if serious:  # JupyterLab's own: reported, not failed on
        warnings.warn(
            f"{lesson}: JupyterLab chrome has {len(serious)} serious/critical axe "
            f"violations ({_rule_counts(serious)}); see {OUT / 'report.md'}",
            stacklevel=1,
        )
    rows = report["violations"][f"lesson {lesson}"]
    assert not rows, _explain(rows)


# -- 1b. the HTML answer keys


@pytest.fixture(scope="session")
def keys_build(a11y_available, request, tmp_path_factory):
    """`make keys` (as its recipe runs it) started in the background, when a test needs keys.

    The lab asks for this first, so the keys are built while the lessons run in the
    browser; `keys` waits for it. Yields (process, folder, log, start time), or None.
    """
    wanted = any("keys" in getattr(item, "fixturenames", ()) for item in request.session.items)
    if os.environ.get("MEDIALIT_KEYS_DIR") or not wanted:
        yield None
        return
    out = tmp_path_factory.mktemp("keys").resolve()
    log = out.with_name(out.name + ".log")  # a file, not a pipe: a full pipe would stall it
    started = time.monotonic()
    with open(log, "wb") as sink:
        proc = subprocess.Popen(make_recipe("keys", out), cwd=KIT, stdout=sink, stderr=sink)
    yield proc, out, log, started
    if proc.poll() is None:  # the session ended before the keys were needed
        proc.kill()
        proc.wait()


@pytest.fixture(scope="session")
def keys(keys_build, report) -> list[Path]:
    """The answer keys as `make keys` writes them ($MEDIALIT_KEYS_DIR: keys made already)."""
    if os.environ.get("MEDIALIT_KEYS_DIR"):
        return sorted(Path(os.environ["MEDIALIT_KEYS_DIR"]).glob("*-key.html"))
    proc, out, log, started = keys_build
    waited = time.monotonic()
    proc.wait()
    assert proc.returncode == 0, f"the keys build failed:\n{log.read_text(errors='replace')}"
    report["timings"]["answer keys: build started, s before"] = waited - started
    report["timings"]["answer keys: waited for the build"] = time.monotonic() - waited
    return sorted(out.glob("*-key.html"))


KEY_IMAGES = """() => [...document.querySelectorAll('img')].map(img => {
  const figure = img.closest('figure');
  const caption = figure && figure.querySelector('figcaption');
  const child = img.closest('.jp-OutputArea-child');
  const next = child && child.nextElementSibling;
  return {alt: img.getAttribute('alt'), caption: caption ? caption.textContent.trim() : '',
          next: next ? next.textContent.trim().split('\\n')[0].slice(0, 300) : ''};
})"""


def scan_key(browser, keys, report, lesson: str) -> dict:
    """axe on one answer-key page (the whole page: it is all the kit's); cached."""
    cache = browser.__dict__.setdefault("key_scans", {})
    if lesson in cache:
        return cache[lesson]
    (page_path,) = [k for k in keys if k.name == f"{lesson}-key.html"]
    page = browser.page
    browser.opened = None
    started = time.monotonic()
    page.set_viewport_size({"width": 1280, "height": 1000})
    page.goto(page_path.as_uri())
    result = run_axe(page, "html")
    where = f"answer key {lesson}"
    report["violations"][where] = flatten(result)
    report["charts"][where] = page.evaluate(KEY_IMAGES)
    report["timings"][f"{where}: axe"] = time.monotonic() - started
    cache[lesson] = {"result": result, "images": report["charts"][where]}
    return cache[lesson]


@pytest.mark.parametrize("lesson", LESSONS)
def test_answer_key_page_has_no_serious_axe_violations(browser, keys, report, lesson):
    scan = scan_key(browser, keys, report, lesson)
    assert scan["result"]["passes"].get("color-contrast", 0) >= 20, "axe saw almost no text"
    rows = report["violations"][f"answer key {lesson}"]
    assert not rows, _explain(rows)


# -- 1c. the student pack's lessons in JupyterLab


@pytest.mark.parametrize("lesson", LESSONS)
def test_student_pack_outputs_have_no_serious_axe_violations(lab, browser, report, lesson):
    scan = render_and_scan(
        lab, browser, report, f"student-pack/{lesson}.ipynb", f"student pack {lesson}"
    )
    assert scan["contrast_checked"] >= 20, f"axe checked only {scan['contrast_checked']} texts"
    rows = report["violations"][f"student pack {lesson}"]
    assert not rows, _explain(rows)


# -- 3. charts: alt text, and a summary in words beside them


def _chart_problems(images: list[dict]) -> list[str]:
    problems = []
    for image in images:
        alt = (image.get("alt") or "").strip()
        if alt.casefold() in PLACEHOLDER_ALT:
            problems.append(f"cell {image.get('cell')}: no alt text (alt={image.get('alt')!r})")
        summary = image.get("caption") or image.get("next") or ""
        if not summary.strip():
            problems.append(f"cell {image.get('cell')}: no summary in words beside the chart")
    return problems


@pytest.mark.parametrize("lesson", LESSONS)
def test_charts_have_alt_text_and_a_one_line_summary(lab, browser, report, lesson):
    scan = render_and_scan(lab, browser, report, f"{lesson}.ipynb", f"lesson {lesson}")
    problems = _chart_problems(scan["images"])
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lesson", LESSONS)
def test_answer_key_charts_have_alt_text_and_a_summary(browser, keys, report, lesson):
    problems = _chart_problems(scan_key(browser, keys, report, lesson)["images"])
    assert not problems, "\n".join(problems)


# -- 2. keyboard only

CELLS = f"{tb.NOTEBOOK} .jp-Notebook .jp-Cell"
ACTIVE_CELL = f"""() => [...document.querySelectorAll('{CELLS}')]
  .findIndex(c => c.classList.contains('jp-mod-active'))"""
FOCUS = f"""() => {{
  const a = document.activeElement;
  if (!a || a === document.body) return {{where: 'body'}};
  const cell = a.closest('.jp-Cell');
  const style = getComputedStyle(a);
  return {{
    tag: a.tagName.toLowerCase(),
    text: (a.textContent || a.getAttribute('aria-label') || '').trim().slice(0, 40),
    value: a.value === undefined ? null : String(a.value),
    cell: cell ? [...document.querySelectorAll('{CELLS}')].indexOf(cell) : -1,
    inOutput: !!a.closest('.jp-OutputArea-output'),
    focusRing: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 ?
      `outline ${{style.outlineWidth}} ${{style.outlineColor}}` :
      (style.boxShadow !== 'none' ? 'box-shadow' : 'border only'),
  }};
}}"""
WATCH_LIVE = f"""(cellIndex) => {{
  const cell = document.querySelectorAll('{CELLS}')[cellIndex];
  const selector = '{LIVE_REGION}';
  const before = new Set(cell.querySelectorAll(selector));
  window.__medialitLive = [];
  if (window.__medialitObserver) window.__medialitObserver.disconnect();
  const seen = node => {{
    const el = node.nodeType === 1 ? node : node.parentElement;
    if (!el) return;
    const inside = el.querySelectorAll ? [...el.querySelectorAll(selector)] : [];
    const regions = [el.closest(selector), ...inside];
    for (const r of regions) if (r && cell.contains(r)) window.__medialitLive.push({{
      text: r.textContent.trim().slice(0, 160), role: r.getAttribute('role'),
      live: r.getAttribute('aria-live'), there_before: before.has(r)}});
  }};
  window.__medialitObserver = new MutationObserver(records => {{
    for (const rec of records) {{ seen(rec.target); rec.addedNodes.forEach(seen); }}
  }});
  window.__medialitObserver.observe(cell, {{subtree: true, childList: true, characterData: true}});
  return before.size;
}}"""
FEEDBACK_CHANGED = """([cellIndex, selector, before]) => {
  const cell = document.querySelectorAll(selector)[cellIndex];
  const text = [...cell.querySelectorAll('.jp-OutputArea-output')]
    .map(o => o.textContent).join(' ');
  return text !== before && /(Right|Not quite|Thanks|Saved for your teacher)[:.]/.test(text);
}"""

KINDS = {  # kind -> (lesson, exercise handle)
    "label buttons": ("00-start-here", "q1"),
    "choice": ("00-start-here", "q2"),
    "number entry": ("00-start-here", "q3"),
    "free text": ("00-start-here", "q4"),
    "claim-matrix cell": ("02-same-event-different-stories", "q1"),
}


def _cell_of(lesson: str, handle: str) -> int:
    nb = nbformat.read(KIT / "notebooks" / f"{lesson}.ipynb", as_version=4)
    call = re.compile(rf"^{handle} = L\.exercise\(", re.M)
    (index,) = [
        i for i, c in enumerate(nb.cells) if c.cell_type == "code" and call.search(c.source)
    ]
    return index


class Keys:
    """Presses keys (only the allowed ones) and keeps a log of where focus went."""

    ALLOWED = frozenset(
        {"Tab", "Shift+Tab", "Enter", "Space", "ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"}
    )

    def __init__(self, page):
        self.page = page
        self.log: list[str] = []

    def press(self, key: str) -> dict:
        assert key in self.ALLOWED, key
        self.page.keyboard.press(key)
        tb.settle(self.page)  # whatever the key sent the kernel is handled, then a paint
        focus = self.page.evaluate(FOCUS)
        self.log.append(f"{key} -> {focus.get('tag', focus.get('where'))}"
                        f"[{focus.get('cell', '')}] {focus.get('text', '')!r}")
        return focus

    def type(self, text: str) -> None:  # typing an answer into a focused box
        self.page.keyboard.type(text, delay=5)
        self.log.append(f"typed {text!r}")

    def go_to_cell(self, target: int) -> bool:
        """Arrow keys in command mode until `target` is the active cell (focus on the cell)."""
        for _ in range(120):
            active = self.page.evaluate(ACTIVE_CELL)
            focus = self.page.evaluate(FOCUS)
            if active == target and focus.get("tag") == "div" and not focus["inOutput"]:
                return True
            self.press("ArrowUp" if active > target else "ArrowDown")
            if self.page.evaluate(ACTIVE_CELL) == active and active != target:
                return False  # the arrows did not move the notebook's selection
        return False

    def tab_into(self, cell: int, limit: int = 12) -> dict | None:
        """Tab until focus is inside `cell`'s outputs; None if it leaves the cell first."""
        for _ in range(limit):
            focus = self.press("Tab")
            if focus.get("inOutput") and focus.get("cell") == cell:
                return focus
            if focus.get("cell") not in (cell,):
                return None
        return None


def _outputs_text(page, cell: int) -> str:
    return page.evaluate(
        """([i, s]) => [...document.querySelectorAll(s)[i]
             .querySelectorAll('.jp-OutputArea-output')].map(o => o.textContent).join(' ')""",
        [cell, CELLS],
    )


def _wait_feedback(page, cell: int, before: str) -> bool:
    """True if the cell's outputs show feedback and differ from `before`, once settled.

    No timeout to wait out: when the kernel has handled all the key presses sent
    (`tb.settle`), feedback that is not there will not come.
    """
    tb.settle(page)
    return page.evaluate(FEEDBACK_CHANGED, [cell, CELLS, before])


def _answer_by_keyboard(kind: str, keys: Keys, page, cell: int, result: dict) -> bool:
    """The key presses for one kind of exercise; True when feedback appeared."""
    before = _outputs_text(page, cell)
    if kind in ("label buttons", "choice"):
        keys.press("Space")  # the first option, focused by Tab
        space = _wait_feedback(page, cell, before)
        before = _outputs_text(page, cell)
        keys.press("Tab")  # the next option (an item's buttons are each a tab stop)
        keys.press("Enter")
        enter = _wait_feedback(page, cell, before)
        result["Space answers"], result["Enter answers"] = space, enter
        before = _outputs_text(page, cell)
        focus = keys.press("ArrowRight")  # a button group: do arrows move between options?
        result["ArrowRight stays in the widget"] = bool(focus.get("inOutput"))
        return space or enter
    if kind == "number entry":
        keys.type("2")
        keys.press("Enter")
        result["Enter in the box checks"] = _wait_feedback(page, cell, before)
        before = _outputs_text(page, cell)
        focus = keys.press("Tab")
        result["Tab reaches Check"] = focus.get("tag") == "button"
        keys.press("Enter")
        return _wait_feedback(page, cell, before) or result["Enter in the box checks"]
    if kind == "free text":
        keys.type("I think who published it matters, because owners shape what is said.")
        focus = keys.press("Tab")
        result["Tab leaves the text box"] = focus.get("tag") == "button"
        keys.press("Space")
        return _wait_feedback(page, cell, before)
    if kind == "claim-matrix cell":
        first = page.evaluate(FOCUS)
        focus = keys.press("ArrowDown")  # a closed <select>: arrows should change the stance
        result["ArrowDown on the closed list changes it"] = (
            focus.get("tag") == "select" and focus.get("value") not in ("", first.get("value"))
        )
        result["ArrowDown kept focus in the widget"] = bool(focus.get("inOutput"))
        # JupyterLab took the arrow (focus left the widget): back to the cell by keyboard
        if not focus.get("inOutput") and not (keys.go_to_cell(cell) and keys.tab_into(cell)):
            return False
        keys.press("Enter")  # opens the list
        keys.press("ArrowDown")
        keys.press("ArrowDown")
        focus = keys.press("Enter")  # picks the option
        result["Enter, arrows, Enter picks a stance"] = focus.get("value") not in ("", None)
        return _wait_feedback(page, cell, before)
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", list(KINDS))
def test_keyboard_only_answer_is_taken_and_announced(lab, browser, report, kind):
    lesson, handle = KINDS[kind]
    cell = _cell_of(lesson, handle)
    started = time.monotonic()
    open_fresh(lab, browser, f"{lesson}.ipynb", "keyboard")
    page = browser.page
    keys = Keys(page)
    result: dict = {"lesson": lesson, "exercise": handle, "cell": cell}
    report["keyboard"][kind] = result
    try:
        result["arrows reach the cell"] = keys.go_to_cell(cell)
        assert result["arrows reach the cell"], f"arrow keys could not select cell {cell}"
        focus = keys.tab_into(cell)
        result["Tab reaches the widget"] = focus is not None
        assert focus, f"Tab never reached the exercise in cell {cell}: {keys.log[-6:]}"
        result["first focus"] = f"{focus['tag']} {focus['text']!r}"
        result["focus ring"] = focus["focusRing"]
        focus_back = keys.press("Shift+Tab")
        result["Shift+Tab goes back out"] = not focus_back.get("inOutput")
        keys.press("Tab")
        regions_before = page.evaluate(WATCH_LIVE, cell)
        result["live regions before answering"] = regions_before
        answered = _answer_by_keyboard(kind, keys, page, cell, result)
        result["answered"] = answered
        tb.settle(page)  # the observer's records are in (mutation callbacks run before a paint)
        live = page.evaluate("() => window.__medialitLive || []")
        announced = [x for x in live if FEEDBACK.search(x["text"])]
        result["announced in a live region"] = bool(announced)
        result["live region there before the answer"] = any(x["there_before"] for x in announced)
        if announced:
            result["live region"] = {k: announced[-1][k] for k in ("role", "live", "text")}
        # A region that arrives with its text is often read out by nobody: the feedback
        # must change inside a region that was on the page before the answer.
        needed = ("answered", "announced in a live region", "live region there before the answer")
        problems = [k for k in needed if not result[k]]
        assert not problems, f"{kind}: not {problems}; keys: {keys.log}"
    finally:
        result["keys"] = keys.log
        report["timings"][f"keyboard {kind}"] = time.monotonic() - started
