"""The recipe behind a case's content-farm copy: spin the original, add the farm's furniture.

A case may have a `spin.yml` naming an original article, the copy to write, the
spinner's seed and rate, and what the farm's page adds (ad markers, share bars,
template leftovers). `make_farm_copy` follows the recipe; the kit's test suite checks
that the committed copy is exactly what it gives, so the copy is reproducible.

    medialit farm-copy kazakhstan-2022            # is the copy up to date?
    medialit farm-copy kazakhstan-2022 --write    # remake it
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from medialit.compare.spinner import spin
from medialit.errors import MedialitError, Problem
from medialit.paths import case_dir
from medialit.text import display_path, split_front_matter


@dataclass(frozen=True)
class FarmCopy:
    """A spun copy as the recipe makes it: its title and body paragraphs, and where it goes."""

    title: str
    paragraphs: list[str]
    path: Path


def _article_file(folder: Path, article_id: str) -> Path:
    path = folder / "articles" / f"{article_id}.md"
    if not path.is_file():
        raise MedialitError(f"{path}: no such article; check the ids in spin.yml")
    return path


def raw_paragraphs(body: str) -> list[str]:
    """A Markdown body's paragraphs exactly as written (blank-line separated, trimmed).

    >>> raw_paragraphs("[ad_1]\\n\\nOne line\\nand more.\\n\\n\\nTwo.\\n")
    ['[ad_1]', 'One line\\nand more.', 'Two.']
    """
    return [p.strip() for p in re.split(r"\n[ \t]*\n", body) if p.strip()]


def load_recipe(case: str | Path) -> dict:
    """A case's `spin.yml`.

    >>> load_recipe("kazakhstan-2022")["original"]
    'critical-oped'
    """
    path = case_dir(case) / "spin.yml"
    if not path.is_file():
        raise MedialitError(f"{path}: this case has no spin.yml, so no recipe for a spun copy")
    recipe = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    missing = [k for k in ("original", "copy", "seed") if k not in recipe]
    if missing:
        raise MedialitError(f"{path}: add {', '.join(missing)} (see the comments in the file)")
    return recipe


def make_farm_copy(case: str | Path) -> FarmCopy:
    """Follow a case's recipe: spin the original's title and body, add the farm's extras.

    >>> copy = make_farm_copy("kazakhstan-2022")
    >>> copy.title
    'In Kazakhstan, Moscow has constructed itself a brand new Warsaw Pact'
    >>> copy.paragraphs[0], copy.paragraphs[-1]
    ('[ad_1]', 'Source link')
    """
    folder = case_dir(case)
    recipe = load_recipe(folder)
    seed, rate = int(recipe["seed"]), float(recipe.get("rate", 1.0))
    meta, body = split_front_matter(_article_file(folder, recipe["original"]).read_text("utf-8"))
    paragraphs = raw_paragraphs(spin("\n\n".join(raw_paragraphs(body)), seed, rate).strip())
    for leftover in recipe.get("leftovers") or []:
        anchor = str(leftover["after"])
        hits = [i for i, p in enumerate(paragraphs) if anchor in p]
        if len(hits) != 1 or paragraphs[hits[0]].count(anchor) != 1:
            raise MedialitError(
                f"spin.yml: leftover anchor '{anchor}' must occur exactly once in the spun "
                f"text (found {sum(p.count(anchor) for p in paragraphs)})"
            )
        paragraphs[hits[0]] = paragraphs[hits[0]].replace(anchor, anchor + leftover["text"])
    paragraphs = [*recipe.get("before", []), *paragraphs, *recipe.get("after", [])]
    title = spin(str(meta.get("title", "")), seed, rate)
    return FarmCopy(title, paragraphs, _article_file(folder, recipe["copy"]))


def committed_copy(copy: FarmCopy) -> tuple[str, list[str]]:
    """The title and raw body paragraphs of the copy as committed in the case.

    >>> title, paragraphs = committed_copy(make_farm_copy("kazakhstan-2022"))
    >>> paragraphs[-1]
    'Source link'
    """
    meta, body = split_front_matter(copy.path.read_text(encoding="utf-8"))
    return str(meta.get("title", "")), raw_paragraphs(body)


def check_farm_copy(folder: str | Path) -> list:
    """Problems with a case's spun copy (none without `spin.yml`), for `medialit validate`.

    >>> check_farm_copy(case_dir("kazakhstan-2022"))
    []
    """
    folder = Path(folder)
    if not (folder / "spin.yml").is_file():
        return []
    try:
        copy = make_farm_copy(folder)
        if committed_copy(copy) == (copy.title, copy.paragraphs):
            return []
    except (MedialitError, KeyError, TypeError, ValueError) as exc:
        return [Problem(display_path(folder / "spin.yml"), "", str(exc).split(": ", 1)[-1])]
    return [
        Problem(
            display_path(copy.path),
            "",
            "differs from what spin.yml makes; run: medialit farm-copy "
            f"{folder.name} --write (after editing the original or the synonym table)",
        )
    ]


def write_farm_copy(copy: FarmCopy) -> None:
    """Write the copy's title and body into its article file; the rest of the front matter stays.

    >>> import shutil, tempfile
    >>> folder = Path(tempfile.mkdtemp()) / "case"
    >>> _ = shutil.copytree(case_dir("kazakhstan-2022"), folder)
    >>> copy = make_farm_copy(folder)
    >>> write_farm_copy(copy)
    >>> committed_copy(copy) == (copy.title, copy.paragraphs)
    True
    >>> shutil.rmtree(folder.parent)
    """
    text = copy.path.read_text(encoding="utf-8")
    end = text.index("\n---", 3) + len("\n---\n")
    front = re.sub(r"(?m)^title: .*$", lambda _: f"title: {copy.title}", text[:end], count=1)
    copy.path.write_text(front + "\n" + "\n\n".join(copy.paragraphs) + "\n", encoding="utf-8")


def farm_copy(case: str, write: bool = False) -> tuple[str, int]:
    """Check (or, with `write`, remake) a case's content-farm copy from its recipe.

    Returns the line to show and the exit status: 0 when the copy is what the recipe makes
    (or was just written), 1 when it is out of date.

    >>> farm_copy("kazakhstan-2022")
    ('content-farm-copy.md is exactly what the recipe makes.', 0)
    """
    copy = make_farm_copy(case)
    if write:
        write_farm_copy(copy)
        return f"wrote {copy.path}; now run: medialit validate {case}", 0
    if committed_copy(copy) == (copy.title, copy.paragraphs):
        return f"{copy.path.name} is exactly what the recipe makes.", 0
    return f"{copy.path.name} differs from what the recipe makes; --write remakes it.", 1
