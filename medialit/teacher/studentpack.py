"""The student pack: the lessons as a folder and zip a teacher can hand out, answers sealed.

`make student-pack` (or `medialit student-pack build`) writes
`build/student-pack/` and `build/student-pack.zip`. The pack holds the lesson
notebooks (outputs cleared, with nbgrader cell metadata), a copy of the
`medialit` package, and the case with every answer taken out: no annotations,
no outlet kinds on the source cards, a claim matrix with only its worked examples
filled in, an `exercises.yml` of sealed exercises (`medialit.exercises.sealed`) that
check answers without carrying them, and a `check.yml` with both forms of the pre/post
check sealed the same way (`medialit.exercises.check_sealed`). The check is on the taught
case, or on another shipped case (`check_case`, a transfer task): that case's texts,
ledger and source cards come into the pack too, never its annotations or exercises.
"""

from __future__ import annotations

import re
import secrets
import shutil
import tomllib
from pathlib import Path

from medialit.case import SEALED, SEARCH_FILE, load_case, sealed_charts
from medialit.errors import MedialitError
from medialit.exercises import (
    CHECK_FILE,
    CHECK_HEADER,
    PACK_LIMITS,
    given_claim_cells,
    lesson_exercise,
    lesson_names,
    lesson_specs,
    seal,
    seal_search,
    sealed_forms,
)
from medialit.paths import DEFAULT_CASE, case_dir, data_dir
from medialit.teacher.answerkeys import lesson_notebooks

PACKAGE = Path(__file__).resolve().parents[1]
ROOT = PACKAGE.parent
MARKER = ".medialit-student-pack"
EXERCISE_CALL = re.compile(r'^q\d+ = L\.exercise\("([\w-]+)"\)', re.M)
TYPED_ANSWER = re.compile(r"^#\s*q\d+\.answer\(", re.M)
PACK_NOTE = (
    "> **Student pack.** The exercises in this copy check your answers and tell you why "
    "once you are right, but the answers themselves are sealed: the pack never shows them. "
    "Exercises that cannot be checked (like writing in your own words) say so; your "
    "answers to those are saved for your teacher."
)
# What a lesson's text promises that the pack does not do, and what the pack says instead.
PACK_WORDING = [
    (
        re.compile(r"(?i)\b(a|the) model answer appears after you try"),
        "in this pack no model answer appears: your answer is saved for your teacher",
    ),
    (
        re.compile(r"(?i)\ba second shows the key and why"),
        "after that this pack says only whether you are right, never the key",
    ),
]
STANDS_FOR = re.compile(r"(?m)^stands_for:.*\n(?:[ \t]+.*\n)*")
STANDS_FOR_LEFT_OUT = "stands_for: Left out of the student pack (it names the kind of outlet).\n"
CHECK_CASE_KEYS = ("id", "title", "language", "summary", "composite_note", "baseline",
                   "timeline_from", "articles", "pages", "ledger", "sources")  # fmt: skip
DRIFT_NOTE_LEFT_OUT = (
    "(The teacher's note on this pair is left out of the student pack: it explains an "
    "exercise's answer. Say in your own words what changed.)"
)


def nbgrader_metadata(cell, lesson: str, index: int) -> dict:
    """nbgrader's cell metadata: exercise cells and text locked, typed-answer cells open.

    >>> from nbformat.v4 import new_code_cell
    >>> nbgrader_metadata(new_code_cell('q1 = L.exercise("price-ratio")'), "00", 3)["grade_id"]
    '00-price-ratio'
    """
    meta = {"grade": False, "locked": True, "schema_version": 3, "solution": False}
    meta["task"] = False
    meta["grade_id"] = f"{lesson}-cell-{index}"
    if cell.cell_type == "code":
        called = EXERCISE_CALL.search(cell.source)
        if called:
            meta["grade_id"] = f"{lesson}-{called.group(1)}"
        elif TYPED_ANSWER.search(cell.source):
            meta.update(solution=True, locked=False, grade_id=f"{lesson}-typed-answers-{index}")
    return meta


def pack_wording(markdown: str) -> str:
    """A lesson's text with the promises the pack cannot keep put the pack's way.

    >>> pack_wording("Try it. A model answer appears after you try.")
    'Try it. In this pack no model answer appears: your answer is saved for your teacher.'
    """
    for pattern, words in PACK_WORDING:
        markdown = pattern.sub(
            lambda m, w=words: w[:1].upper() + w[1:] if m.group(0)[:1].isupper() else w,
            markdown,
        )
    return markdown


def pack_notebook(
    source: Path, target: Path, case: str = DEFAULT_CASE, check_case: str | None = None
) -> None:
    """A lesson notebook for the pack: outputs cleared, a note on top, nbgrader metadata;
    its settings name the pack's case and, when the check is on another case, that case.

    >>> import tempfile, nbformat; target = Path(tempfile.mkdtemp()) / "00.ipynb"
    >>> pack_notebook(ROOT / "notebooks" / "00-start-here.ipynb", target)
    >>> nbformat.read(target, as_version=4).cells[1].source.startswith("> **Student pack.**")
    True
    """
    import nbformat

    nb = nbformat.read(source, as_version=4)
    note = nbformat.v4.new_markdown_cell(PACK_NOTE)
    nb.cells.insert(1, note)
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "markdown" and index:  # not the pack's own note
            cell.source = pack_wording(cell.source)
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
            if "parameters" in cell.metadata.get("tags", []):  # the pack's own case
                cell.source = re.sub(r'(?m)^case = ".*?"', f'case = "{case}"', cell.source)
                if check_case and check_case != case:  # the case the pack's check is sealed on
                    cell.source = re.sub(
                        r"(?m)^check_case = None", f'check_case = "{check_case}"', cell.source
                    )
        cell.metadata["nbgrader"] = nbgrader_metadata(cell, source.stem, index)
    nbformat.write(nb, target)


def sealed_exercises(case: str, salt: str) -> dict:
    """Every lesson's exercises of a case, sealed (no answer in readable form).

    >>> sealed_exercises("kazakhstan-2022", "salt")["00-start-here"][0]["seals"]
    'label'
    """
    loaded = load_case(case)
    sealed: dict = {}
    for lesson in dict.fromkeys([*loaded.exercises, *lesson_names()]):  # built ones too
        specs = lesson_specs(loaded, lesson)
        if not specs:
            continue
        sealed[lesson] = []
        for n, spec in enumerate(specs, start=1):
            number = spec.get("number", n)  # its place: a thin place before it has none
            entry = {**seal(lesson_exercise(loaded, lesson, spec, number=number), salt),
                     "number": number}  # fmt: skip
            if spec.get("key_from") == "causal" and spec.get("map"):  # for L.detector_beside
                entry["detector_map"] = dict(spec["map"])
            sealed[lesson].append(entry)
    return sealed


def sealed_claims(case: str) -> dict | None:
    """The case's claim matrix for the pack: worked examples only, every other cell sealed.

    Claims, texts and the drift pairs stay (lesson 02 looks things up with them); the
    drift notes, which explain an exercise's answer, are replaced by a line saying so.

    >>> matrix = sealed_claims("kazakhstan-2022")
    >>> cells = {c["id"]: c["cells"] for c in matrix["claims"]}
    >>> cells["bandits"]["state-editorial"], cells["bandits"]["wire-report"]["stance"]
    ('sealed', ['attributes'])
    """
    import yaml

    loaded = load_case(case)
    manifest = yaml.safe_load((case_dir(case) / "case.yml").read_text(encoding="utf-8"))
    if not manifest.get("claims") or loaded.claims is None:
        return None
    raw = yaml.safe_load((case_dir(case) / manifest["claims"]).read_text(encoding="utf-8"))
    given: set[tuple[str, str]] = set()
    for lesson in dict.fromkeys([*loaded.exercises, *lesson_names()]):  # own, or the kit's
        for spec in lesson_specs(loaded, lesson):
            if isinstance(spec, dict) and spec.get("kind") == "matrix":
                given |= given_claim_cells(loaded, spec)
    # a claim the teacher rejected in review (`rejected: true`) is not in the matrix
    raw["claims"] = [c for c in raw.get("claims") or [] if not c.get("rejected")]
    for claim in raw["claims"]:
        cells = claim.get("cells") or {}
        for text_id in cells:
            if (claim.get("id"), text_id) not in given:
                cells[text_id] = SEALED
    for drift in raw.get("drift") or []:
        drift["note"] = DRIFT_NOTE_LEFT_OUT
    return raw


def without_stands_for(text: str) -> str:
    """An article's text with its front matter's `stands_for` (the outlet's kind) left out.

    >>> text = "---\\nid: a\\nstands_for: >-\\n  A news agency\\nkind: x\\n---\\nA news agency"
    >>> print(without_stands_for(text))
    ---
    id: a
    stands_for: Left out of the student pack (it names the kind of outlet).
    kind: x
    ---
    A news agency
    """
    end = text.find("\n---", 3)
    if not text.startswith("---") or end < 0:
        return text
    return STANDS_FOR.sub(lambda _: STANDS_FOR_LEFT_OUT, text[: end + 1], count=1) + text[end + 1 :]


def _without_kinds(sources: Path, texts: set[str] | None = None) -> None:
    """Source cards with each outlet's kind left out (an exercise asks for it); with
    `texts`, only the cards of those texts (the others' texts are not in the pack)."""
    import yaml

    cards = yaml.safe_load(sources.read_text(encoding="utf-8"))
    if texts is not None:
        for card in cards.get("outlets") or []:
            card["dropped"] = bool(card.get("texts")) and not set(card["texts"]) & texts
            card["texts"] = [t for t in card.get("texts") or [] if t in texts]
        cards["outlets"] = [c for c in cards.get("outlets") or [] if not c.pop("dropped")]
    for card in cards.get("outlets") or []:
        card["kind"], card["why_kind"] = [], ""
    sources.write_text(
        "# Source cards for the student pack: kinds left out (they are answers).\n"
        + yaml.safe_dump(cards, allow_unicode=True, sort_keys=False),
        encoding="utf-8",
    )


def pack_check_case(case: str, target: Path) -> None:
    """Another case's texts, ledger and source cards, for a pack whose check is on it: no
    annotations, exercises, claim matrix, charts, search index or unseen texts, and no
    outlet kinds (`without_stands_for`, source cards without kinds).

    >>> import tempfile; target = Path(tempfile.mkdtemp()) / "aspartame-2023"
    >>> pack_check_case("aspartame-2023", target)
    >>> sorted(p.name for p in target.iterdir())
    ['articles', 'case.yml', 'facts.csv', 'sources.yml']
    """
    import yaml

    source = case_dir(case)
    manifest = yaml.safe_load((source / "case.yml").read_text(encoding="utf-8"))
    kept = {key: manifest[key] for key in CHECK_CASE_KEYS if key in manifest}
    target.mkdir(parents=True)
    (target / "case.yml").write_text(
        "# The case the student pack's pre/post check is on: its texts, ledger and source\n"
        "# cards only (no annotations, no exercises). Made by `make student-pack`.\n"
        + yaml.safe_dump(kept, allow_unicode=True, sort_keys=False),
        encoding="utf-8",
    )
    texts = [*(kept.get("articles") or []), *(kept.get("pages") or [])]
    ids = set()
    for entry in [*texts, kept.get("ledger") or "facts.csv"]:
        name = str(entry.get("path") if isinstance(entry, dict) else entry)
        ids.add(Path(name).stem)
        if (source / name).is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            text = (source / name).read_text(encoding="utf-8")
            (target / name).write_text(without_stands_for(text), encoding="utf-8")
    sources = str(kept.get("sources") or "sources.yml")
    if (source / sources).is_file():
        shutil.copy2(source / sources, target / sources)
        _without_kinds(target / sources, ids)  # no card of a text kept for lesson 06


def _pack_check(check_case: str, target: Path, salt: str) -> None:
    """Both forms of the check on `check_case`, sealed into the pack case's `check.yml`,
    with the name of that case's folder in the pack (what `check_case` may say)."""
    import yaml

    sealed = {**sealed_forms(load_case(check_case), salt), "folder": case_dir(check_case).name}
    text = yaml.safe_dump(sealed, allow_unicode=True, sort_keys=False)
    (target / CHECK_FILE).write_text(CHECK_HEADER + text, encoding="utf-8")


def _pack_case(case: str, target: Path, salt: str) -> None:
    import yaml

    source = case_dir(case)
    shutil.copytree(
        source,
        target,
        ignore=shutil.ignore_patterns(
            "annotations", "exercises.yml", "technique-exercises.yml", ".*"
        ),
    )
    header = (
        "# Sealed exercises for the student pack (medialit.exercises.sealed): the checks hold no\n"
        "# answer in readable form. Made by `make student-pack`; do not edit.\n"
    )
    sealed = yaml.safe_dump(sealed_exercises(case, salt), allow_unicode=True, sort_keys=False)
    (target / "exercises.yml").write_text(header + sealed, encoding="utf-8")
    manifest = yaml.safe_load((target / "case.yml").read_text(encoding="utf-8"))
    if not manifest.get("exercises"):  # a case whose exercises are all built from its data
        with (target / "case.yml").open("a", encoding="utf-8") as handle:
            handle.write("exercises: exercises.yml  # the sealed exercises of the pack\n")
    texts = [*(manifest.get("articles") or []), *(manifest.get("unseen") or [])]
    for entry in texts:  # what a text stands for names its
        article = target / str(entry)  # outlet's kind, which an exercise asks
        if article.is_file():
            text = article.read_text(encoding="utf-8")
            article.write_text(without_stands_for(text), encoding="utf-8")
    claims = sealed_claims(case)
    if claims is not None:
        (target / str(manifest["claims"])).write_text(
            "# The claim matrix for the student pack: only the worked examples are filled in.\n"
            "# Every other cell is `sealed`: its stance and reason are in the sealed exercise.\n"
            + yaml.safe_dump(claims, allow_unicode=True, sort_keys=False, width=88),
            encoding="utf-8",
        )
    search = target / SEARCH_FILE
    if search.is_file():  # which result to open first, and each one's weight, are answers
        index = yaml.safe_load(search.read_text(encoding="utf-8"))
        search.write_text(
            "# The offline search index for the student pack: each result's key is sealed.\n"
            + yaml.safe_dump(seal_search(index, salt), allow_unicode=True, sort_keys=False),
            encoding="utf-8",
        )
    charts = target / str(manifest.get("charts") or "charts.yml")
    if manifest.get("charts") and charts.is_file():  # each chart's flaws are answers
        charts.write_text(
            "# Charts for the student pack: the flaws and why are sealed in the exercise.\n"
            + yaml.safe_dump(sealed_charts(yaml.safe_load(charts.read_text(encoding="utf-8"))),
                             allow_unicode=True, sort_keys=False),
            encoding="utf-8",
        )  # fmt: skip
    sources = target / str(manifest.get("sources") or "sources.yml")
    if sources.is_file():  # an outlet's kind is the answer to an exercise: take it out
        _without_kinds(sources)


def _requirements() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return "\n".join(project["dependencies"]) + "\n"


def _readme(case: str, lessons: list[str], check_case: str) -> str:
    listing = "\n".join(f"- `{name}.ipynb`" for name in lessons)
    on = "the same case" if check_case == case else f"the case `{check_case}` (a transfer task)"
    return f"""# Media Literacy Lab: student pack

Case: `{case}`. Pre/post check on {on}. Lessons:

{listing}

## For students

Open this folder in JupyterLab and open the lessons in order, starting with `00`. Run the
cells with Shift + Enter. The exercises tell you whether an answer is right and explain
why once it is; **this pack never shows the answers themselves**. Exercises that cannot
be checked, such as writing in your own words, say so plainly; your answers to them are
saved for your teacher. Your answers are saved as you give them, in the `my-answers/`
folder here; if you close a lesson and open it again, they come back.

## For teachers

- Hand out the folder or `student-pack.zip`. Students run the notebooks from inside this
  folder (the lessons use the `medialit/` copy and `data/` folder here). On a machine
  without the kit, install its libraries first: `pip install -r requirements.txt`.
- Collect the `my-answers/` folders and run `medialit report` on them for a class summary.
  It includes the pre/post check: form A (or B) at the start of lesson 00 and the other
  form in lesson 06, sealed like the exercises, saved with its form, case and pre or post.
  Set `check_first` in lessons 00 and 06 to swap the forms; the pack's check is on
  {on}, and `check_case` must name that case (or be None). A check on another case
  needs another pack: `medialit student-pack --check-case NAME` in the full kit.
- The answer keys are not in this pack: make them with `make keys` in the full kit.
- The notebooks carry nbgrader cell metadata (`grade_id`, `locked`; the typed-answer
  cells are answer cells), so a course that uses nbgrader can take them in as they are.

## What works differently in the pack

- Lesson 02's claim matrix shows only its worked examples; the other cells are checked
  one by one like every exercise. `L.claim_matrix()` lists the claims without stances,
  and `L.drift()` shows the drift pairs and what changed, without the teacher's notes.
- Lesson 04's `L.detector_beside(q2)` sets the detector beside your answers, not beside
  the key: the key is sealed, so the pack cannot say which of you is right.
- Where a lesson says a model answer appears after you try, or that a second wrong
  answer shows the key, the pack does neither; the lesson's text says so.

## What the seal does and does not do

{PACK_LIMITS}
"""


def build_student_pack(
    out: Path, case: str = DEFAULT_CASE, salt: str | None = None, check_case: str | None = None
) -> tuple[Path, Path]:
    """Write `out/student-pack/` and `out/student-pack.zip`; returns both paths. The pre/post
    check is sealed on `check_case` (another shipped case's name, a transfer task) or, when
    None, on `case`.

    >>> import tempfile; folder, archive = build_student_pack(Path(tempfile.mkdtemp()))
    >>> (folder / "README.md").is_file(), archive.suffix
    (True, '.zip')
    """
    salt = salt or secrets.token_hex(16)
    name = case_dir(case).name  # an unknown case stops here, before anything is written
    try:
        check_name = case_dir(check_case).name if check_case else name
    except MedialitError as exc:
        raise MedialitError(f"check case: {str(exc).splitlines()[0]}") from None
    folder = out / "student-pack"
    if folder.exists():
        if not (folder / MARKER).is_file():
            raise SystemExit(f"{folder} exists and is not a student pack; move it first")
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    (folder / MARKER).write_text("made by medialit.teacher.studentpack\n", encoding="utf-8")
    shutil.copytree(PACKAGE, folder / "medialit", ignore=shutil.ignore_patterns("__pycache__"))
    data = data_dir()
    (folder / "data").mkdir()
    (folder / "data" / "lessons").mkdir()
    for shared in ("labels.yml", "glossary.yml", "lessons/06-rubric.md"):  # 06 shows its rubric
        shutil.copy2(data / shared, folder / "data" / shared)
    if (data / "lexicons").is_dir():
        shutil.copytree(data / "lexicons", folder / "data" / "lexicons")
    _pack_case(case, folder / "data" / "cases" / name, salt)
    _pack_check(check_case or case, folder / "data" / "cases" / name, salt)
    if check_name != name:  # the texts the check quotes, for a transfer task
        pack_check_case(check_case, folder / "data" / "cases" / check_name)
    notebooks = lesson_notebooks()
    for notebook in notebooks:
        pack_notebook(notebook, folder / notebook.name, name, check_name)
    (folder / "requirements.txt").write_text(_requirements(), encoding="utf-8")
    readme = _readme(name, [nb.stem for nb in notebooks], check_name)
    (folder / "README.md").write_text(readme, encoding="utf-8")
    archive = shutil.make_archive(str(out / "student-pack"), "zip", out, "student-pack")
    return folder, Path(archive)
