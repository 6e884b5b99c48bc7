"""Answer keys from one source: every lesson run in answer-key mode, as notebook and HTML.

`make keys` (or `medialit keys build/keys`) runs every
`notebooks/*.ipynb` through papermill with `answer_key=True`, so a new lesson is
picked up without changing anything here. Each key is kept as the executed
notebook and as a stand-alone HTML page that reads well with no kernel: the
answers and reasons are text, and the page loads nothing from the internet.
"""

from __future__ import annotations

import html
import os
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from medialit.paths import DEFAULT_CASE

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
_SCRIPT = re.compile(r"<script\b[^>]*>.*?</script>", re.I | re.S)
_REMOTE_LINK = re.compile(r'<link[^>]*\shref="https?://[^"]*"[^>]*/?>', re.I)
# nbconvert's light theme draws code comments (#408080) and numbers (#080) at 4.2:1 on
# the grey code background; text needs 4.5:1. The same hues, darker: 5.0:1 and 5.1:1.
# A link inside a paragraph (a glossary word) is underlined, so colour is not its only cue.
READABLE_CODE = (
    "<style>:root { --jp-mirror-editor-comment-color: #3b7373; "
    "--jp-mirror-editor-number-color: #007a00; } "
    ".jp-RenderedHTMLCommon p a:link, .jp-RenderedHTMLCommon p a:visited, "
    ".jp-RenderedHTMLCommon li a:link, .jp-RenderedHTMLCommon li a:visited "
    "{ text-decoration: underline; }"
    "</style>"
)


def lesson_notebooks(folder: Path = NOTEBOOKS) -> list[Path]:
    """Every lesson notebook, in lesson order.

    >>> [p.name for p in lesson_notebooks()][:2]
    ['00-start-here.ipynb', '01-meet-the-sources.ipynb']
    """
    return sorted(folder.glob("[0-9]*.ipynb"))


def offline_html(page: str) -> str:
    """An exported page with no scripts and no links to CDNs (a key is text; it needs neither).

    >>> offline_html('<p>Key</p><script src="https://cdn.example/x.js"></script>')
    '<p>Key</p>'
    """
    return _REMOTE_LINK.sub("", _SCRIPT.sub("", page))


def notebook_html(notebook: Path) -> str:
    """An executed notebook as one HTML page that needs no kernel and no internet.

    >>> "<script" in notebook_html(NOTEBOOKS / "00-start-here.ipynb")
    False
    """
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(exclude_input_prompt=True, exclude_output_prompt=True)
    page, _ = exporter.from_notebook_node(nbformat.read(notebook, as_version=4))
    return offline_html(page).replace("</head>", READABLE_CODE + "</head>", 1)


def build_key(notebook: Path, out: Path, case: str = DEFAULT_CASE) -> tuple[Path, Path]:
    """Run one lesson in answer-key mode; returns the key notebook and its HTML page.

    The kernel runs in the lesson's folder, but this process never changes its own working
    directory (papermill's `cwd=` would, for every thread at once), and every path is made
    absolute first, so keys land in `out` whatever else runs beside this.

    >>> _, page = build_key(NOTEBOOKS / "00-start-here.ipynb", Path("build"))  # doctest: +SKIP
    >>> page.name  # doctest: +SKIP
    '00-start-here-key.html'
    """
    import papermill as pm

    notebook, out = notebook.resolve(), out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    executed = out / f"{notebook.stem}-key.ipynb"
    pm.execute_notebook(
        str(notebook),
        str(executed),
        parameters={"case": _case_for_kernel(case), "answer_key": True},
        kernel_name="python3",
        # nbclient starts the kernel in this folder; no os.chdir in this process.
        resources={"metadata": {"path": str(notebook.parent)}},
        progress_bar=False,
    )
    page = executed.with_suffix(".html")
    page.write_text(notebook_html(executed), encoding="utf-8")
    return executed, page


def _case_for_kernel(case: str) -> str:
    """A case given as a folder relative to here, made absolute (the kernel runs elsewhere);
    a case name stays a name.

    >>> _case_for_kernel("kazakhstan-2022")
    'kazakhstan-2022'
    """
    folder = Path(case)
    if not folder.is_absolute() and (folder / "case.yml").is_file():
        return str(folder.resolve())
    return case


def _absolute_data_folder() -> None:
    """`MEDIALIT_DATA`, when relative, made absolute: the kernels inherit it but run in
    notebooks/, where a relative folder would point somewhere else."""
    folder = os.environ.get("MEDIALIT_DATA")
    if folder and not Path(folder).is_absolute():
        os.environ["MEDIALIT_DATA"] = str(Path(folder).resolve())


def _index(pages: list[Path], case: str) -> str:
    rows = "\n".join(
        f'<li><a href="{html.escape(p.name)}">{html.escape(p.stem.removesuffix("-key"))}</a></li>'
        for p in pages
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<title>Media Literacy Lab: answer keys</title></head><body>\n"
        f"<h1>Answer keys · case {html.escape(case)}</h1>\n"
        "<p>For teachers only: each key shows every answer and the reason for it. "
        "Do not hand these out.</p>\n"
        f"<ul>\n{rows}\n</ul>\n</body></html>\n"
    )


def build_keys(
    out: Path, case: str = DEFAULT_CASE, notebooks: list[Path] | None = None
) -> list[Path]:
    """Every lesson's key (two at a time), plus an `index.html`; returns the HTML pages.

    Every path is resolved before the two threads start: `out` against the working directory
    this was called from, never against a lesson's folder.

    >>> [p.name for p in build_keys(Path("build/keys"))][:1]  # doctest: +SKIP
    ['00-start-here-key.html']
    """
    out = out.resolve()
    notebooks = [nb.resolve() for nb in (lesson_notebooks() if notebooks is None else notebooks)]
    kernel_case = _case_for_kernel(case)
    _absolute_data_folder()
    with ThreadPoolExecutor(max_workers=2) as pool:
        built = list(pool.map(lambda nb: build_key(nb, out, kernel_case), notebooks))
    pages = [page for _, page in built]
    (out / "index.html").write_text(_index(pages, case), encoding="utf-8")
    return pages
