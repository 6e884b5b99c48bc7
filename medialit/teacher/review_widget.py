"""The review notebook's buttons: filters, one item, accept / relabel / reject, progress.

Every button calls the same `Review` method a teacher can type (its plain-text
fallback), so a decision is written to the case the moment the button is pressed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from medialit.errors import MedialitError
from medialit.shown import escape_html

if TYPE_CHECKING:
    from medialit.teacher.review import Review


def _html(markdown: str) -> str:
    """The item's Markdown as simple HTML: paragraphs, bold, code; everything escaped."""
    import re

    out = []
    for block in markdown.split("\n\n"):
        text = escape_html(block.replace("\\", ""))
        text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
        text = re.sub(r"`(.+?)`", r"<code>\1</code>", text)
        out.append(f"<p>{text.lstrip('#').strip()}</p>")
    return "".join(out)


def review_widget(review: Review):
    """An ipywidgets box for `review`; the typed calls do the same without it."""
    import ipywidgets as w

    kinds = w.Dropdown(
        options=[
            ("everything", ""),
            ("only sentences", "sentence"),
            ("only numbers", "quantity"),
            ("only claims", "claim"),
        ],
        description="Show",
    )
    texts = w.Dropdown(
        options=[("every text", ""), *((t, t) for t in review.case.articles)], description="Text"
    )
    causal = w.Checkbox(description="only causal")
    chosen = review.filters  # start from the filter set by typing, if any
    kinds.value, texts.value = chosen.get("kind") or "", chosen.get("text") or ""
    causal.value = bool(chosen.get("causal"))
    view = w.HTML()
    label = w.Text(placeholder="new labels, e.g. hedged, attributed", description="Relabel")
    buttons = [w.Button(description=d) for d in ("Accept", "Relabel", "Reject")]
    status = w.HTML()
    status.add_class("medialit-live")  # a screen reader hears each decision

    def refresh(*_):
        review.filter(kinds.value or None, texts.value or None, causal.value)
        item = review.next_item()
        view.value = _html(review.show().markdown)
        for button in buttons:
            button.disabled = item is None

    def decide(action):
        item = review.next_item()
        if item is None:
            return
        try:
            if action == "Accept":
                review.accept(item.number)
            elif action == "Reject":
                review.reject(item.number)
            else:
                values = [v.strip() for v in label.value.split(",") if v.strip()]
                if item.kind in ("claim", "field"):  # reworded, or a new value
                    name = "claim" if item.kind == "claim" else "value"
                    review.relabel(item.number, **{name: label.value.strip()})
                else:
                    name = "support" if item.kind == "sentence" else "verdict"
                    review.relabel(item.number, **{name: values})
            status.value = escape_html(f"Item {item.number}: {action.lower()}ed and saved.")
        except MedialitError as exc:
            status.value = escape_html(str(exc))
        refresh()

    for control in (kinds, texts, causal):
        control.observe(refresh, names="value")
    for button in buttons:
        button.on_click(lambda b: decide(b.description))
    refresh()
    return w.VBox([w.HBox([kinds, texts, causal]), view, label, w.HBox(buttons), status])
