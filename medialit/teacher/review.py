"""Reviewing the draft of `medialit draft`, one proposal at a time (the teacher's notebook).

`Review(case)` reads every entry of the case's key files (annotations, claims.yml).
Each entry keeps one number for the whole review. `show()` gives the next proposal
under the filter, with its sentence in context and the detector's reason; `accept`,
`relabel` and `reject` write the decision to the case at once, atomically
(`medialit.teacher.keyfile`): nothing is lost if the notebook dies. A rejected entry
stays in its file as `rejected: true`, so `medialit draft` never proposes it again.
The front-matter fields draft filled (`# drafted: why`) are items too: deciding on
one rewrites its line with `# checked: ...`, which draft never fills again.
`widget()` is the same with buttons; every call works without it, as plain text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from medialit.case import Case, load_labels, read_case
from medialit.errors import MedialitError
from medialit.shown import Shown, escape_md, shown
from medialit.teacher.keyfile import change_entry, drafted_fields, read_entries, set_field

KINDS = ("sentence", "quantity", "claim", "field")  # field: a drafted front-matter field
_SECTION = {"sentence": "sentences", "quantity": "quantities", "claim": "claims"}
_LABEL = {"sentence": "support", "quantity": "verdict", "claim": "claim", "field": "value"}


@dataclass
class ReviewItem:
    """One entry of the key: where it lives, what it says, and whether it is decided."""

    number: int
    kind: str  # sentence, quantity or claim
    text_id: str  # the text it is about ("" for a claim: it spans texts)
    file: Path
    entry: dict

    @property
    def pending(self) -> bool:
        """True while the entry is a proposal no teacher has decided on."""
        return self.entry.get("proposed") is True

    def matches(self, other: dict) -> bool:
        """True when `other` (an entry read from the file) is this entry."""
        key = "id" if self.kind == "claim" else "quote"
        return other.get(key) == self.entry.get(key)


class Review:
    """The proposals of one case and the teacher's decisions on them.

    >>> import shutil, tempfile; from medialit.paths import case_dir
    >>> folder = Path(tempfile.mkdtemp()) / "k"
    >>> _ = shutil.copytree(case_dir("kazakhstan-2022"), folder)
    >>> done, _, total, _ = Review(folder).progress().text.split()  # a hand-made key
    >>> done == total
    True
    >>> from medialit.teacher.draft import draft_case
    >>> _ = draft_case(folder); R = Review(folder); _ = R.filter(kind="quantity")
    >>> first = R.next_item().number; _ = R.accept(first)
    >>> second = R.next_item().number; _ = R.reject(second)
    >>> _ = R.relabel(R.next_item().number, verdict=["close"])
    >>> again = Review(folder).items  # what was decided is in the files
    >>> "proposed" in again[first - 1].entry, again[second - 1].entry.get("rejected")
    (False, True)
    """

    def __init__(self, case: str | Path | Case):
        loaded = case if isinstance(case, Case) else read_case(case)[0]
        if loaded is None:
            raise MedialitError(f"'{case}' has no case.yml; check the case's name or folder")
        self.case = loaded
        self.items: list[ReviewItem] = []
        self.filters: dict = {}
        for text_id in loaded.articles:
            path = loaded.path / "annotations" / f"{text_id}.yml"
            for kind in ("sentence", "quantity"):
                for entry in read_entries(path, _SECTION[kind]):
                    self._add(kind, text_id, path, entry)
        for entry in read_entries(loaded.path / "claims.yml", "claims"):
            self._add("claim", "", loaded.path / "claims.yml", entry)
        for files in ((a.id, a.path) for a in loaded.articles.values()):
            for name, value, why in drafted_fields(files[1]):
                entry = {"field": name, "value": value, "reason": why, "proposed": True}
                self._add("field", files[0], files[1], entry)
        for name, value, why in drafted_fields(loaded.path / "case.yml"):
            entry = {"field": name, "value": value, "reason": why, "proposed": True}
            self._add("field", "", loaded.path / "case.yml", entry)

    def _add(self, kind: str, text_id: str, path: Path, entry: dict) -> None:
        self.items.append(ReviewItem(len(self.items) + 1, kind, text_id, path, entry))

    # -- choosing what to see
    def filter(self, kind: str | None = None, text: str | None = None, causal: bool = False):
        """Show only one kind (sentence, quantity or claim), one text, or causal sentences.

        `R.filter()` with nothing shows everything again. Returns the progress line.
        """
        if kind is not None and kind not in KINDS:
            raise MedialitError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
        if text is not None and text not in self.case.articles:
            raise MedialitError(
                f"'{text}' is not a text; the texts are {', '.join(self.case.articles)}"
            )
        self.filters = {"kind": kind, "text": text, "causal": causal}
        return self.progress()

    def selected(self) -> list[ReviewItem]:
        """The items the filter lets through, decided or not."""
        f = self.filters
        return [
            item
            for item in self.items
            if (not f.get("kind") or item.kind == f["kind"])
            and (
                not f.get("text")
                or item.text_id == f["text"]
                or (item.kind == "claim" and f["text"] in item.entry.get("cells", {}))
            )
            and (not f.get("causal") or item.entry.get("causal") is True)
        ]

    def progress(self) -> Shown:
        """How far the review is, as "84 of 212 reviewed"."""
        chosen = self.selected()
        done = sum(not item.pending for item in chosen)
        return shown(f"**{done} of {len(chosen)} reviewed**")

    def next_item(self) -> ReviewItem | None:
        """The first undecided item the filter lets through."""
        return next((item for item in self.selected() if item.pending), None)

    # -- showing one item
    def _context(self, item: ReviewItem) -> str:
        article = self.case.articles.get(item.text_id)
        quote = str(item.entry.get("quote") or "")
        if article is None or not quote:
            return ""
        found = article.sentences_with(quote) or [s for s in article.sentences if s.text in quote]
        if not found:
            return escape_md(quote)
        paragraph = article.paragraphs[found[0].paragraph]
        mark = quote if quote in paragraph else found[0].text
        before, _, after = paragraph.partition(mark)
        return f"{escape_md(before)}**{escape_md(mark)}**{escape_md(after)}"

    def show(self, number: int | None = None) -> Shown:
        """One item (default: the next undecided one) with its context, labels and reason."""
        item = self.item(number) if number is not None else self.next_item()
        if item is None:
            return shown(f"Nothing left to review here. {self.progress().markdown}")
        e = item.entry
        state = "proposal" if item.pending else "rejected" if e.get("rejected") else "reviewed"
        lines = [f"#### Item {item.number} · {item.kind} · {item.text_id or e.get('id')} ({state})"]
        if item.kind == "field":
            where = item.file.name
            lines.append(f"{escape_md(where)}: **{e['field']}** = {escape_md(str(e['value']))}")
        elif item.kind == "claim":
            lines.append(f"Claim: {escape_md(str(e.get('claim')))}")
            for text, cell in (e.get("cells") or {}).items():
                stance = ", ".join(cell.get("stance") or []) if isinstance(cell, dict) else cell
                lines.append(f"- {escape_md(text)}: {escape_md(str(stance))}")
        else:
            lines.append(self._context(item))
            labels = {
                k: e.get(k)
                for k in (
                    "causal",
                    "support",
                    "signals",
                    "techniques",
                    "loaded",
                    "quoted",
                    "value",
                    "unit",
                    "kind",
                    "hedge",
                    "verdict",
                    "facts",
                )
                if e.get(k) is not None
            }
            lines.append("Labels: " + escape_md("; ".join(f"{k} {v}" for k, v in labels.items())))
        lines.append(
            f"Why the kit says so: {escape_md(str(e.get('reason') or e.get('note') or ''))}"
        )
        lines.append(
            f"Decide: `R.accept({item.number})`, `R.reject({item.number})` or "
            f"`R.relabel({item.number}, {_LABEL[item.kind]}=[...])`. {self.progress().markdown}"
        )
        return shown("\n\n".join(lines))

    def item(self, number: int) -> ReviewItem:
        """The item with this number, or a one-line error giving the range."""
        if not isinstance(number, int) or not 1 <= number <= len(self.items):
            raise MedialitError(f"items are numbered 1 to {len(self.items)}, not {number!r}")
        return self.items[number - 1]

    # -- deciding
    def _write(self, item: ReviewItem, new: dict) -> Shown:
        if item.kind == "field":  # a front-matter line: rewritten, marked checked
            value = None if new.get("rejected") and new["field"] == "copy_of" else new["value"]
            if new.get("rejected") and new["field"] != "copy_of":
                value = ""
            what = "turned down" if new.get("rejected") else "checked"
            set_field(item.file, new["field"], value, f"checked: {what} in review")
            item.entry = new
            return self.show()
        if not change_entry(item.file, _SECTION[item.kind], item.matches, new):
            raise MedialitError(
                f"item {item.number} is no longer in {item.file.name}; open the review again"
            )
        item.entry = new
        return self.show()

    def accept(self, number: int) -> Shown:
        """Keep the item as drafted: its `proposed:` mark goes; shows the next one."""
        item = self.item(number)
        return self._write(item, {k: v for k, v in item.entry.items() if k != "proposed"})

    def reject(self, number: int) -> Shown:
        """Turn the item down: it stays in the file as `rejected: true`, out of the key."""
        item = self.item(number)
        kept = {k: v for k, v in item.entry.items() if k not in ("proposed", "rejected")}
        return self._write(item, {**kept, "rejected": True})

    def relabel(self, number: int, **fields) -> Shown:
        """Change some fields (support=[...], causal=..., verdict=[...], note=...) and accept.

        A drafted front-matter field takes `value=...`; a claim `claim="new wording"`.

        The labels are checked against data/labels.yml before anything is written.
        """
        item = self.item(number)
        vocab = load_labels()
        known = {
            "support": vocab.support,
            "techniques": vocab.techniques,
            "verdict": vocab.verdicts,
        }
        for name, value in fields.items():
            values = value if isinstance(value, list) else [value]
            if name in known and any(v not in known[name] for v in values):
                raise MedialitError(f"{name} must be among {', '.join(known[name])}; not {value!r}")
        new = {k: v for k, v in item.entry.items() if k != "proposed"}
        new.update(fields)
        return self._write(item, new)

    def _repr_markdown_(self) -> str:
        return self.show().markdown

    def __repr__(self) -> str:
        return self.show().text

    def widget(self):
        """Buttons for the same steps: filters, the item, accept / relabel / reject."""
        from medialit.teacher.review_widget import review_widget

        return review_widget(self)
