"""The package's shape, checked from the source with `ast` alone (nothing here imports medialit).

Each check is a function of a repository root that returns what breaks it, one line per
problem, naming the file, the line and the offending import. The tests run every check on
this repository (an empty list passes; otherwise the lines are the failure message) and on a
small broken tree in a temporary folder, to show that each check can fail.

The layers, lowest first (ARCHITECTURE.md draws them):

    0  errors, paths, shown (and medialit/__init__.py)   used by all
    1  text/
    2  case/
    3  detectors/
    4  compare/
    5  exercises/
    6  notebook/, teacher/      (never each other)
    7  cli/ (with __main__.py), lesson.py                the doors

A module may import modules of its own unit (its subpackage; for layer 0, the three base
modules) and modules of lower layers, nothing else. Imports under `if TYPE_CHECKING:` never run,
so they are left out of the cycle check, but they still have to point down.
"""

from __future__ import annotations

import ast
import itertools
import json
import re
import textwrap
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "medialit"
MAX_LINES = 600

# The unit a module belongs to (its subpackage, or a name for a top-level module) and its layer.
LAYERS = {
    "base": 0,  # errors.py, paths.py, shown.py and the package's own __init__.py
    "text": 1,
    "case": 2,
    "detectors": 3,
    "compare": 4,
    "exercises": 5,
    "notebook": 6,
    "teacher": 6,
    "cli": 7,  # with __main__.py, the `python -m medialit` door onto it
    "lesson": 7,
}
BASE_MODULES = {"errors", "paths", "shown"}

# What tests and bench may import besides the faces: the top-level modules.
TOP_LEVEL = {f"{PACKAGE}.{name}" for name in ("lesson", "shown", "errors", "paths")} | {PACKAGE}

# The only private names a test may import, each from the module that defines it and only
# because the test is about that private thing: {(test file, module): (names, reason)}.
# Listing a module here also lets that file import the module itself (not its face).
ALLOWED_PRIVATE: dict[tuple[str, str], tuple[frozenset[str], str]] = {
    ("tests/test_fast_paths.py", "medialit.detectors.causal"): (
        frozenset({"_lower", "_signals", "_starts_finder"}),
        "checks the quick causal-signal finder against the plain regex it replaces",
    ),
    ("tests/test_fast_paths.py", "medialit.text.cleaning"): (
        frozenset({"_any_rule", "_might_be_furniture", "_untidy"}),
        "checks the quick furniture and tidy tests against the plain regexes they replace",
    ),
}


@dataclass(frozen=True)
class Import:
    """One imported medialit module (and name, for `from ... import name`) in one file."""

    file: str  # relative to the root, with forward slashes
    line: int
    statement: str  # the import as written (one line)
    target: str  # the module imported from, or imported
    name: str | None  # the name taken from it (None when the module itself is bound)
    in_function: bool
    type_checking: bool

    def where(self) -> str:
        place = " (inside a function)" if self.in_function else ""
        return f"{self.file}:{self.line}: `{self.statement}`{place}"


def is_private(name: str) -> bool:
    """A leading underscore, but not a dunder.

    >>> is_private("_sentence"), is_private("__all__"), is_private("Case")
    (True, False, False)
    """
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _once(problems: list[str]) -> list[str]:
    """Each problem once, in the order found (an import of two names is one problem)."""
    return list(dict.fromkeys(problems))


@cache
def package_files(root: Path) -> dict[str, Path]:
    """Every module of the package under `root`, by dotted name (a package by its own name)."""
    found = {}
    for path in sorted((root / PACKAGE).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


@cache
def parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _rel(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _from(base: str, name: str, modules: set[str], exports: dict[str, set[str]]):
    """What `from base import name` takes: (module, None) for a submodule that the face does
    not shadow with a name of its own (as Python does), else (base, name)."""
    sub = f"{base}.{name}"
    if sub in modules and name not in exports.get(base, set()):
        return sub, None
    return base, name


def imports_in(
    tree: ast.AST,
    file: str,
    modules: set[str],
    here: str | None = None,
    is_package: bool = False,
    exports: dict[str, set[str]] | None = None,
) -> list[Import]:
    """Every import of a medialit module anywhere in `tree`: module level, in functions,
    in classes, under `if`; relative imports resolved against `here` (the module's own name).
    `from medialit.pkg import sub` counts as importing the module `medialit.pkg.sub` when
    there is one and the face (`exports`: names each package binds) has no `sub` of its own,
    else as taking the name `sub` from `medialit.pkg`.
    """
    exports = exports or {}
    found: list[Import] = []

    def visit(node: ast.AST, in_function: bool, type_checking: bool) -> None:
        if isinstance(node, ast.Import | ast.ImportFrom):
            statement = ast.unparse(node)
            line = node.lineno
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name == PACKAGE or alias.name.startswith(PACKAGE + "."):
                        found.append(
                            Import(
                                file, line, statement, alias.name, None, in_function, type_checking
                            )
                        )
            else:
                base = node.module or ""
                if node.level:
                    package = (here or "").split(".")
                    if not is_package:
                        package = package[:-1]
                    package = package[: len(package) - (node.level - 1)]
                    base = ".".join(package + ([base] if base else []))
                if base == PACKAGE or base.startswith(PACKAGE + "."):
                    for alias in node.names:
                        target, name = _from(base, alias.name, modules, exports)
                        found.append(
                            Import(file, line, statement, target, name, in_function, type_checking)
                        )
            return
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            in_function = True
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.body:
                visit(child, in_function, True)
            for child in node.orelse:
                visit(child, in_function, type_checking)
            return
        for child in ast.iter_child_nodes(node):
            visit(child, in_function, type_checking)

    visit(tree, False, False)
    return found


def private_attributes(
    tree: ast.AST, file: str, modules: set[str], exports: dict[str, set[str]]
) -> list[tuple[Import, str]]:
    """`module._name` where `module` is a medialit module bound by an import in this file
    (`import medialit.x.y as m`, `from medialit.x import y`, or the dotted name itself)."""
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in modules:
                    aliases[alias.asname or alias.name] = alias.name
                    if not alias.asname:  # `import medialit.a.b` binds the dotted path
                        parts = alias.name.split(".")
                        for n in range(1, len(parts) + 1):
                            aliases.setdefault(".".join(parts[:n]), ".".join(parts[:n]))
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                target, name = _from(node.module, alias.name, modules, exports)
                if name is None:
                    aliases[alias.asname or alias.name] = target
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and is_private(node.attr):
            owner = aliases.get(ast.unparse(node.value))
            if owner in modules:
                use = Import(file, node.lineno, ast.unparse(node), owner, node.attr, False, False)
                found.append((use, node.attr))
    return found


@cache
def face_exports(root: Path) -> dict[str, set[str]]:
    """The names each package's `__init__.py` binds, by package."""
    return {
        module: _bound_names(parse(path))
        for module, path in package_files(root).items()
        if path.name == "__init__.py"
    }


@cache
def package_imports(root: Path) -> list[Import]:
    """Every import of a medialit module made by a module of the package."""
    files = package_files(root)
    modules, exports = set(files), face_exports(root)
    found = []
    for module, path in files.items():
        found += imports_in(
            parse(path), _rel(root, path), modules, module, path.name == "__init__.py", exports
        )
    return found


@cache
def _modules_by_file(root: Path) -> dict[str, str]:
    return {_rel(root, path): module for module, path in package_files(root).items()}


def _module_of(root: Path, file: str) -> str:
    return _modules_by_file(root)[file]


def unit(module: str) -> str:
    """The unit a module belongs to: its subpackage, or for a top-level module its name.

    >>> unit("medialit.case.load"), unit("medialit.paths"), unit("medialit.__main__")
    ('case', 'base', 'cli')
    """
    parts = module.split(".")
    if len(parts) == 1 or parts[1] in BASE_MODULES:
        return "base"
    if parts[1] == "__main__":
        return "cli"
    return parts[1]


# --- (a) no import cycle ---------------------------------------------------------------


def import_cycles(root: Path) -> list[str]:
    """Each import loop among the package's modules, edge by edge, with where each edge is.

    Function-level imports count (they close a loop at run time); `TYPE_CHECKING` ones do not.
    """
    edges: dict[str, dict[str, Import]] = {}
    for imp in package_imports(root):
        if imp.type_checking:
            continue
        source = _module_of(root, imp.file)
        if imp.target != source:
            edges.setdefault(source, {}).setdefault(imp.target, imp)
    problems = []
    for component in _strong_components(edges):
        if len(component) < 2:
            continue
        cycle = _shortest_cycle(edges, min(component), component)
        steps = [f"    {a} -> {b}   {edges[a][b].where()}" for a, b in itertools.pairwise(cycle)]
        others = sorted(set(component) - set(cycle))
        also = f"\n    (the same loop also runs through: {', '.join(others)})" if others else ""
        problems.append(f"import cycle {' -> '.join(cycle)}:\n" + "\n".join(steps) + also)
    return _once(problems)


def _strong_components(edges: dict[str, dict[str, Import]]) -> list[list[str]]:
    """Tarjan's strongly connected components, iteratively."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components = []
    nodes = sorted(set(edges) | {b for targets in edges.values() for b in targets})
    counter = 0
    for start in nodes:
        if start in index:
            continue
        work = [(start, iter(sorted(edges.get(start, {}))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, {})))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(sorted(component))
    return components


def _shortest_cycle(edges: dict[str, dict[str, Import]], start: str, within: list[str]):
    """The shortest path from `start` back to itself inside one component (breadth first)."""
    allowed = set(within)
    came_from: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for child in sorted(edges.get(node, {})):
                if child not in allowed:
                    continue
                if child == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(came_from[path[-1]])
                    return [start, *reversed(path[:-1]), start]
                if child not in came_from:
                    came_from[child] = node
                    following.append(child)
        frontier = following
    return [start, start]


# --- (b) imports point down the layers -------------------------------------------------


def layer_violations(root: Path) -> list[str]:
    """Each import that climbs a layer or goes sideways to another unit of the same layer."""
    problems = []
    for imp in package_imports(root):
        source = _module_of(root, imp.file)
        mine, theirs = unit(source), unit(imp.target)
        if mine not in LAYERS:
            problems.append(f"{imp.file}: {source} is in no layer; add '{mine}' to LAYERS")
            continue
        if theirs not in LAYERS or mine == theirs:
            continue  # a unit in no layer is reported from its own files
        if LAYERS[theirs] >= LAYERS[mine]:
            how = "sideways" if LAYERS[theirs] == LAYERS[mine] else "up"
            problems.append(
                f"{imp.where()}: {mine} (layer {LAYERS[mine]}) imports {how} into "
                f"{theirs} (layer {LAYERS[theirs]})"
            )
    seen = {p.split(":")[0] for p in problems if "is in no layer" in p}
    for module, path in package_files(root).items():
        file = _rel(root, path)
        if unit(module) not in LAYERS and file not in seen:
            problems.append(f"{file}: {module} is in no layer; add '{unit(module)}' to LAYERS")
    return _once(problems)


# --- (c) no module over 600 lines ------------------------------------------------------


def long_modules(root: Path, limit: int = MAX_LINES) -> list[str]:
    """Each module over `limit` lines, longest first."""
    sizes = [
        (len(path.read_text(encoding="utf-8").splitlines()), _rel(root, path))
        for path in package_files(root).values()
    ]
    return [
        f"{file}: {lines} lines (over {limit}); split it by concept"
        for lines, file in sorted(sizes, reverse=True)
        if lines > limit
    ]


# --- (d) no module takes another module's private names --------------------------------


def private_imports(root: Path) -> list[str]:
    """Each `from medialit.x import _name` (or `x._name` on an imported module) in the package."""
    files = package_files(root)
    problems = [
        f"{imp.where()}: takes the private name {imp.name} from {imp.target}"
        for imp in package_imports(root)
        if imp.name and is_private(imp.name)
    ]
    for path in files.values():
        for use, name in private_attributes(
            parse(path), _rel(root, path), set(files), face_exports(root)
        ):
            problems.append(
                f"{use.file}:{use.line}: `{use.statement}` uses the private name "
                f"{name} of {use.target}"
            )
    return _once(problems)


# --- (e) every face names what it offers, and all of it exists ---------------------------


def _bound_names(tree: ast.Module) -> set[str]:
    """Names a module binds at its top level (definitions, assignments, imports)."""
    names: set[str] = set()

    def bind(target: ast.AST) -> None:
        for node in ast.walk(target):
            if isinstance(node, ast.Name):
                names.add(node.id)

    def visit(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Assign):
                for target in node.targets:
                    bind(target)
            elif isinstance(node, ast.AnnAssign | ast.AugAssign):
                bind(node.target)
            elif isinstance(node, ast.Import | ast.ImportFrom):
                for alias in node.names:
                    names.add(alias.asname or alias.name.split(".")[0])
            elif isinstance(node, ast.If | ast.Try | ast.With):
                for part in ("body", "orelse", "finalbody"):
                    visit(getattr(node, part, []))
                for handler in getattr(node, "handlers", []):
                    visit(handler.body)

    visit(tree.body)
    return names


def _all_of(tree: ast.Module) -> tuple[list[str] | None, int]:
    """The last `__all__ = [...]` of a module and its line (None when it has none)."""
    value, line = None, 0
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            try:
                value, line = list(ast.literal_eval(node.value)), node.lineno
            except ValueError:
                value, line = [], node.lineno
    return value, line


def _defines(root: Path, module: str, name: str, hops: int = 5) -> bool:
    """Whether `module` really has `name`: defined there, or imported from where it is."""
    files = package_files(root)
    if f"{module}.{name}" in files:
        return True
    if module not in files or hops == 0:
        return False
    tree = parse(files[module])
    if name not in _bound_names(tree):
        return False
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(PACKAGE):
            for alias in node.names:
                if (alias.asname or alias.name) == name:
                    return _defines(root, node.module, alias.name, hops - 1)
    return True


def face_problems(root: Path) -> list[str]:
    """Each subpackage face without `__all__`, and each name in an `__all__` that does not exist."""
    problems = []
    for module, path in package_files(root).items():
        if path.name != "__init__.py":
            continue
        file = _rel(root, path)
        tree = parse(path)
        names, line = _all_of(tree)
        if names is None:
            problems.append(f"{file}: no __all__; name there what other layers may use")
            continue
        if not all(isinstance(n, str) for n in names):
            problems.append(f"{file}:{line}: __all__ must be a list of names in quotes")
            continue
        bound = _bound_names(tree)
        for name in names:
            if names.count(name) > 1:
                problems.append(f"{file}:{line}: __all__ names '{name}' twice")
            if name not in bound and f"{module}.{name}" not in package_files(root):
                problems.append(
                    f"{file}:{line}: __all__ names '{name}', which {file} does not define or import"
                )
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                for alias in node.names:
                    exported = alias.asname or alias.name
                    if exported in names and not _defines(root, node.module, alias.name):
                        problems.append(
                            f"{file}:{node.lineno}: `{ast.unparse(node)}`: {node.module} has no "
                            f"'{alias.name}'"
                        )
    return _once(problems)


# --- (f) a notebook imports medialit.lesson and nothing else ----------------------------


def _cell_source(cell: dict) -> str:
    source = cell.get("source", "")
    source = "".join(source) if isinstance(source, list) else source
    # IPython magics and shell lines are not Python; keep the line numbers.
    return "\n".join(
        "pass" if line.lstrip().startswith(("%", "!")) else line for line in source.splitlines()
    )


def notebook_imports(root: Path) -> list[str]:
    """Each import in a lesson notebook other than `from medialit import lesson`."""
    problems = []
    for path in sorted((root / "notebooks").glob("*.ipynb")):
        file = _rel(root, path)
        cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
        for number, cell in enumerate(cells, start=1):
            if cell.get("cell_type") != "code":
                continue
            try:
                tree = ast.parse(_cell_source(cell))
            except SyntaxError as error:
                problems.append(
                    f"{file} cell {number}: not Python ({error.msg}, line {error.lineno})"
                )
                continue
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    bad = [a.name for a in node.names if a.name != "medialit.lesson"]
                elif isinstance(node, ast.ImportFrom):
                    whole = [f"{node.module}.{a.name}" for a in node.names]
                    ok = node.module == "medialit.lesson" and not node.level
                    bad = [] if ok else [w for w in whole if w != "medialit.lesson"]
                else:
                    continue
                if bad:
                    problems.append(
                        f"{file} cell {number} line {node.lineno}: `{ast.unparse(node)}`: a "
                        "lesson imports only medialit.lesson and calls L.* steps"
                    )
    return _once(problems)


# --- (g) tests and bench come in through the faces --------------------------------------


def side_doors(
    root: Path,
    folders: tuple[str, ...] = ("tests", "bench"),
    allowed: dict[tuple[str, str], tuple[frozenset[str], str]] = ALLOWED_PRIVATE,
) -> list[str]:
    """Each import in tests/ or bench/ that reaches past a face into a module, and each private
    name they take, except those in `allowed`."""
    files = package_files(root)
    modules = set(files)
    faces = {m for m, p in files.items() if p.name == "__init__.py"}
    doors = faces | (TOP_LEVEL & modules)
    problems = []
    for folder in folders:
        for path in sorted((root / folder).rglob("*.py")):
            file = _rel(root, path)
            tree = parse(path)
            for imp in imports_in(tree, file, modules, exports=face_exports(root)):
                permitted = allowed.get((file, imp.target))
                if imp.target not in doors and permitted is None:
                    face = imp.target.rsplit(".", 1)[0]
                    problems.append(
                        f"{imp.where()}: reaches into the module {imp.target}; import from "
                        f"the face ({face}) instead"
                    )
                if (
                    imp.name
                    and is_private(imp.name)
                    and (permitted is None or imp.name not in permitted[0])
                ):
                    problems.append(
                        f"{imp.where()}: takes the private name {imp.name} from {imp.target}; "
                        "test the public name, or import it from the module that defines it "
                        "and list it in ALLOWED_PRIVATE with the reason"
                    )
            for use, name in private_attributes(tree, file, modules, face_exports(root)):
                permitted = allowed.get((file, use.target))
                if permitted is None or name not in permitted[0]:
                    problems.append(
                        f"{use.file}:{use.line}: `{use.statement}` uses the private name "
                        f"{name} of {use.target}; list it in ALLOWED_PRIVATE with the reason"
                    )
    return _once(problems)


# --- (h) the documentation names modules and functions that exist -----------------------

DOCS = ("README.md", "ARCHITECTURE.md", "data/README.md", "lessons/*.md")
_DOTTED = re.compile(r"\bmedialit(?:\.[A-Za-z_]\w*)+")
_PATH = re.compile(r"\bmedialit/[\w/]+\.py\b")


def stale_doc_names(root: Path, docs: tuple[str, ...] = DOCS) -> list[str]:
    """Each `medialit.x.y` or `medialit/x/y.py` in the documentation that names nothing."""
    files = package_files(root)
    problems = []
    for pattern in docs:
        for path in sorted(root.glob(pattern)):
            file = _rel(root, path)
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                for name in _DOTTED.findall(line):
                    parts = name.split(".")
                    module = max(
                        (
                            ".".join(parts[:n])
                            for n in range(1, len(parts) + 1)
                            if ".".join(parts[:n]) in files
                        ),
                        key=len,
                    )
                    rest = parts[len(module.split(".")) :]
                    if len(rest) > 1 or (rest and not _defines(root, module, rest[0])):
                        problems.append(f"{file}:{number}: {name}: {module} has no '{rest[0]}'")
                for name in _PATH.findall(line):
                    if not (root / name).is_file():
                        problems.append(f"{file}:{number}: {name}: no such file")
    return _once(problems)


# --- the checks on this repository ----------------------------------------------------


def _report(problems: list[str]) -> str:
    return f"{len(problems)} problem(s):\n" + "\n".join(problems)


def test_no_import_cycle():
    problems = import_cycles(ROOT)
    assert not problems, _report(problems)


def test_imports_point_down_the_layers():
    problems = layer_violations(ROOT)
    assert not problems, _report(problems)


def test_no_module_over_600_lines():
    problems = long_modules(ROOT)
    assert not problems, _report(problems)


def test_no_module_takes_another_modules_private_names():
    problems = private_imports(ROOT)
    assert not problems, _report(problems)


def test_every_face_names_what_it_offers_and_all_of_it_exists():
    problems = face_problems(ROOT)
    assert not problems, _report(problems)


def test_notebooks_import_only_the_lesson():
    problems = notebook_imports(ROOT)
    assert not problems, _report(problems)


def test_tests_and_bench_come_in_through_the_faces():
    problems = side_doors(ROOT)
    assert not problems, _report(problems)


def test_the_documentation_names_modules_and_functions_that_exist():
    problems = stale_doc_names(ROOT)
    assert not problems, _report(problems)


def test_every_allowed_private_name_is_still_there_and_used():
    """The allow-list shrinks with the code: each entry names a real module, file and name."""
    files = package_files(ROOT)
    for (file, module), (names, reason) in ALLOWED_PRIVATE.items():
        assert reason, (file, module)
        assert (ROOT / file).is_file(), f"ALLOWED_PRIVATE: {file} is gone; drop its entry"
        assert module in files, f"ALLOWED_PRIVATE: {module} is gone; drop its entry"
        defined = _bound_names(parse(files[module]))
        assert names <= defined, f"{module} no longer has {sorted(names - defined)}"
        tree = parse(ROOT / file)
        used = {getattr(n, "attr", None) or getattr(n, "id", None) for n in ast.walk(tree)}
        used |= {
            a.asname or a.name
            for n in ast.walk(tree)
            if isinstance(n, ast.ImportFrom)
            for a in n.names
        } | {a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names}
        assert names <= used, f"{file} no longer uses {sorted(names - used)}; drop them"


def test_the_repository_has_what_the_checks_read():
    """A check that finds nothing to read passes for the wrong reason."""
    files = package_files(ROOT)
    assert len(files) > 40 and all(unit(m) in LAYERS for m in files), sorted(
        m for m in files if unit(m) not in LAYERS
    )
    assert len(package_imports(ROOT)) > 100
    assert len(list((ROOT / "notebooks").glob("*.ipynb"))) >= 6


# --- each check can fail: a small broken tree ----------------------------------------


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return root


def _notebook(*cells: str) -> str:
    return json.dumps(
        {
            "cells": [
                {"cell_type": "code", "source": c, "metadata": {}, "outputs": []} for c in cells
            ],
            "metadata": {},
            "nbformat": 4,
            "nbformat_minor": 5,
        }
    )


GOOD = {
    "medialit/__init__.py": '"""Root."""\nfrom medialit.errors import Oops\n__all__ = ["Oops"]\n',
    "medialit/errors.py": "class Oops(Exception):\n    pass\n",
    "medialit/paths.py": "from medialit.errors import Oops\n",
    "medialit/text/__init__.py": 'from medialit.text.words import words\n__all__ = ["words"]\n',
    "medialit/text/words.py": "def words(t):\n    return t.split()\n\n\n"
    "def _tidy(t):\n    return t\n",
    "medialit/case/__init__.py": 'from medialit.case.load import load\n__all__ = ["load"]\n',
    "medialit/case/load.py": """
        from typing import TYPE_CHECKING

        from medialit.text import words
        from .model import Case

        if TYPE_CHECKING:
            from medialit.errors import Oops


        def load():
            import yaml  # heavy third-party: fine lazily

            return Case(words("a b"))
        """,
    "medialit/case/model.py": "class Case:\n    def __init__(self, w):\n        self.w = w\n",
    "medialit/lesson.py": "from medialit.case import load\n\n\nclass Lesson:\n    pass\n",
    "tests/test_words.py": "from medialit.text import words\nfrom medialit.lesson import Lesson\n",
    "notebooks/00-start.ipynb": _notebook("%matplotlib inline\nfrom medialit import lesson\n"),
}


def test_a_tidy_tree_passes_every_check(tmp_path):
    root = _tree(tmp_path, GOOD)
    assert import_cycles(root) == []
    assert layer_violations(root) == []
    assert long_modules(root) == []
    assert private_imports(root) == []
    assert face_problems(root) == []
    assert notebook_imports(root) == []
    assert side_doors(root, ("tests",), {}) == []


def test_a_loop_through_a_function_level_import_is_found(tmp_path):
    root = _tree(
        tmp_path,
        {
            **GOOD,
            "medialit/text/words.py": """
        def words(t):
            from medialit.case.load import load  # closes the loop at run time

            return t.split()
        """,
        },
    )
    [problem] = import_cycles(root)
    assert "medialit.case.load -> medialit.text" in problem
    assert (
        "medialit/text/words.py:2: `from medialit.case.load import load` (inside a function)"
        in problem
    )


def test_a_type_checking_import_closes_no_loop(tmp_path):
    root = _tree(
        tmp_path,
        {
            **GOOD,
            "medialit/text/words.py": """
        from typing import TYPE_CHECKING

        if TYPE_CHECKING:
            from medialit.case import load


        def words(t):
            return t.split()
        """,
        },
    )
    assert import_cycles(root) == []
    [problem] = layer_violations(root)  # it still climbs
    assert problem.startswith("medialit/text/words.py:4: `from medialit.case import load`")


def test_climbing_and_sideways_imports_are_found(tmp_path):
    root = _tree(
        tmp_path,
        {
            **GOOD,
            "medialit/text/words.py": "def words(t):\n    from medialit.case import load\n",
            "medialit/notebook/__init__.py": "__all__ = []\n",
            "medialit/notebook/view.py": "from medialit.teacher import keys\n",
            "medialit/teacher/__init__.py": "from medialit.teacher.keys import keys\n"
            "__all__ = ['keys']\n",
            "medialit/teacher/keys.py": "def keys():\n    pass\n",
            "medialit/gadgets.py": "from medialit.errors import Oops\n",
        },
    )
    problems = layer_violations(root)
    assert (
        "medialit/text/words.py:2: `from medialit.case import load` (inside a function): "
        "text (layer 1) imports up into case (layer 2)" in problems
    )
    assert (
        "medialit/notebook/view.py:1: `from medialit.teacher import keys`: notebook (layer 6) "
        "imports sideways into teacher (layer 6)" in problems
    )
    assert (
        "medialit/gadgets.py: medialit.gadgets is in no layer; add 'gadgets' to LAYERS" in problems
    )
    assert len(problems) == 3


def test_a_long_module_is_found(tmp_path):
    root = _tree(tmp_path, {**GOOD, "medialit/case/model.py": "x = 1\n" * 601})
    assert long_modules(root) == [
        "medialit/case/model.py: 601 lines (over 600); split it by concept"
    ]
    assert long_modules(_tree(tmp_path, {"medialit/case/model.py": "x = 1\n" * 600})) == []


def test_taking_a_private_name_is_found(tmp_path):
    root = _tree(
        tmp_path,
        {
            **GOOD,
            "medialit/case/model.py": "from medialit.text.words import _tidy\n",
            "medialit/case/load.py": "import medialit.text.words as w\nw._tidy('x')\n",
        },
    )
    problems = private_imports(root)
    assert problems == [
        "medialit/case/model.py:1: `from medialit.text.words import _tidy`: takes the private "
        "name _tidy from medialit.text.words",
        "medialit/case/load.py:2: `w._tidy` uses the private name _tidy of medialit.text.words",
    ]


def test_a_face_without_all_or_with_a_name_that_is_not_there_is_found(tmp_path):
    root = _tree(
        tmp_path,
        {
            **GOOD,
            "medialit/text/__init__.py": "from medialit.text.words import words, stems\n"
            "__all__ = ['words', 'stems', 'roots']\n",
            "medialit/case/__init__.py": "from medialit.case.load import load\n",
        },
    )
    problems = face_problems(root)
    assert (
        "medialit/text/__init__.py:2: __all__ names 'roots', which medialit/text/__init__.py "
        "does not define or import" in problems
    )
    assert (
        "medialit/text/__init__.py:1: `from medialit.text.words import words, stems`: "
        "medialit.text.words has no 'stems'" in problems
    )
    assert "medialit/case/__init__.py: no __all__; name there what other layers may use" in problems
    assert len(problems) == 3


def test_a_notebook_that_goes_round_the_lesson_is_found(tmp_path):
    root = _tree(
        tmp_path,
        {
            **GOOD,
            "notebooks/05-numbers.ipynb": _notebook(
                "from medialit import lesson\nL = lesson.start('05')",
                "from medialit import numberlesson as N\nimport pandas",
                "import medialit.lesson\nfrom medialit.lesson import start",
            ),
        },
    )
    assert notebook_imports(root) == [
        "notebooks/05-numbers.ipynb cell 2 line 1: `from medialit import numberlesson as N`: "
        "a lesson imports only medialit.lesson and calls L.* steps",
        "notebooks/05-numbers.ipynb cell 2 line 2: `import pandas`: a lesson imports only "
        "medialit.lesson and calls L.* steps",
    ]


def test_tests_reaching_past_a_face_or_taking_private_names_are_found(tmp_path):
    root = _tree(
        tmp_path,
        {
            **GOOD,
            "tests/test_words.py": """
            from medialit.text.words import words
            from medialit.text import _tidy
            from medialit.text import words as w_module
            from medialit.text.words import _tidy as allowed_here
            """,
            "tests/test_other.py": """
            import medialit.text.words as w

            def test_it():
                assert w._tidy("a")
            """,
        },
    )
    allowed = {("tests/test_words.py", "medialit.text.words"): (frozenset({"_tidy"}), "tests it")}
    assert side_doors(root, ("tests",), allowed) == [
        "tests/test_other.py:1: `import medialit.text.words as w`: reaches into the module "
        "medialit.text.words; import from the face (medialit.text) instead",
        "tests/test_other.py:4: `w._tidy` uses the private name _tidy of medialit.text.words; "
        "list it in ALLOWED_PRIVATE with the reason",
        "tests/test_words.py:2: `from medialit.text import _tidy`: takes the private name _tidy "
        "from medialit.text; test the public name, or import it from the module that defines "
        "it and list it in ALLOWED_PRIVATE with the reason",
    ]
    # Without the allowance, line 4 of test_words.py reaches into the module for a private
    # name, and line 1 reaches into it too.
    assert len(side_doors(root, ("tests",), {})) == 6


def test_a_stale_name_in_the_documentation_is_found(tmp_path):
    root = _tree(
        tmp_path,
        {
            **GOOD,
            "README.md": "Run `python -m medialit.case.load` or `medialit.text.words`.\n"
            "See `medialit.text.stems`, `medialit.case.load.reload` and\n"
            "medialit/case/model.py, medialit/case/gone.py.\n",
        },
    )
    assert stale_doc_names(root, ("README.md",)) == [
        "README.md:2: medialit.text.stems: medialit.text has no 'stems'",
        "README.md:2: medialit.case.load.reload: medialit.case.load has no 'reload'",
        "README.md:3: medialit/case/gone.py: no such file",
    ]


@pytest.mark.parametrize(
    "statement, target",
    [
        ("from . import model", "medialit.case.model"),
        ("from .model import Case", "medialit.case.model"),
        ("from .. import errors", "medialit.errors"),
        ("from ..text import words", "medialit.text"),
    ],
)
def test_relative_imports_are_resolved(statement, target):
    modules = {"medialit", "medialit.errors", "medialit.text", "medialit.case.model"}
    [imp] = imports_in(ast.parse(statement), "x.py", modules, "medialit.case.load")
    assert imp.target == target
