"""Where the kit's data lives, and finding a case by name."""

from __future__ import annotations

import os
from pathlib import Path

from medialit.errors import MedialitError

DEFAULT_CASE = "kazakhstan-2022"


def data_dir() -> Path:
    """The kit's `data/` folder: `$MEDIALIT_DATA` if set, else the one beside the package.

    >>> (data_dir() / "labels.yml").is_file()
    True
    """
    override = os.environ.get("MEDIALIT_DATA")
    folder = Path(override) if override else Path(__file__).resolve().parent.parent / "data"
    if not (folder / "labels.yml").is_file():
        raise MedialitError(
            f"{folder}: this is not the kit's data folder (no labels.yml); "
            "install the kit with `make lab` or set MEDIALIT_DATA to its data/ folder"
        )
    return folder


def cases() -> dict[str, Path]:
    """The cases that ship with the kit, by name, each with its folder (what `medialit
    cases` lists).

    >>> cases()["kazakhstan-2022"].relative_to(data_dir()).as_posix()
    'cases/kazakhstan-2022'
    """
    folders = sorted(p for p in (data_dir() / "cases").iterdir() if (p / "case.yml").is_file())
    return {p.name: p for p in folders}


def case_names() -> list[str]:
    """The names of the cases that ship with the kit.

    >>> "kazakhstan-2022" in case_names()
    True
    """
    return list(cases())


def case_dir(case: str | os.PathLike) -> Path:
    """The folder of a case given its name (`kazakhstan-2022`) or a path to its folder.

    >>> case_dir("kazakhstan-2022").name
    'kazakhstan-2022'
    """
    if not isinstance(case, (str, os.PathLike)):
        raise MedialitError(
            f'case must be a case name in quotes, like "{DEFAULT_CASE}", not {case!r}'
        )
    path = Path(case)
    if (path / "case.yml").is_file():
        return path
    named = data_dir() / "cases" / str(case)
    if (named / "case.yml").is_file():
        return named
    known = ", ".join(case_names()) or "none"
    if path.is_dir():
        raise MedialitError(
            f"{path}: this folder has no case.yml; copy one from "
            f"data/cases/{DEFAULT_CASE}/ and edit it (see data/README.md)"
        )
    raise MedialitError(
        f"unknown case '{case}'; use one of: {known} (or the path to a case folder)"
    )
