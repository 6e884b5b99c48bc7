"""The case and exercise packages, read with `ast`: small modules, no borrowed private names,
and a case layer that never reaches up (not even inside a function)."""

from __future__ import annotations

import ast

import pytest

from conftest import ROOT

PACKAGE = ROOT / "medialit"
CHECKED = sorted(
    [
        *(PACKAGE / "case").glob("*.py"),
        *(PACKAGE / "exercises").glob("*.py"),
        PACKAGE / "lesson.py",
        PACKAGE / "notebook" / "causal.py",
        PACKAGE / "teacher" / "validate.py",
    ]
)
ABOVE_CASE = ("detectors", "compare", "exercises", "notebook", "teacher", "cli", "lesson")


def _imports(path):
    """Every `from medialit... import ...` in a module, at any depth: (module, names)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("medialit"):
            yield node.module, [alias.name for alias in node.names]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("medialit"):
                    yield alias.name, []


@pytest.mark.parametrize("path", CHECKED, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_small_and_no_private_names_from_other_modules(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 600
    for module, names in _imports(path):
        private = [n for n in names if n.startswith("_")]
        assert not private, f"{path.name} imports {private} from {module}"


@pytest.mark.parametrize("path", sorted((PACKAGE / "case").glob("*.py")), ids=lambda p: p.name)
def test_the_case_layer_imports_nothing_above_it(path):
    for module, _ in _imports(path):
        layer = module.split(".")[1] if "." in module else ""
        assert layer not in ABOVE_CASE, f"case/{path.name} imports {module}"
