"""The feedback area of every exercise widget: one ARIA live region that stays on the page.

Screen readers announce a change inside a live region that was already there; a region
that arrives together with its text is often read out by nobody. An ipywidgets `HTML`
widget replaces everything inside it on each change, region included, so the feedback
area is a small widget of its own (anywidget, a few lines of JavaScript shipped inside the
package: nothing is fetched at run time) that builds its region once and then only changes
what is inside it.
"""

from __future__ import annotations

from functools import lru_cache

LIVE_REGION_JS = """
function render({ model, el }) {
  const region = document.createElement("div");
  region.setAttribute("role", "status");
  region.setAttribute("aria-live", "polite");
  region.setAttribute("aria-atomic", "true");
  region.className = "medialit-feedback";
  el.appendChild(region);
  const show = () => { region.innerHTML = model.get("value"); };
  show();
  model.on("change:value", show);
}
export default { render };
"""


@lru_cache(maxsize=1)
def _feedback_class() -> type:
    import anywidget  # imported with the first widget, not with the lesson
    import traitlets

    class FeedbackArea(anywidget.AnyWidget):
        """Feedback HTML shown inside one live region that stays put."""

        _esm = LIVE_REGION_JS
        value = traitlets.Unicode("").tag(sync=True)

    return FeedbackArea


def feedback_area(html: str = ""):
    """A widget that shows feedback HTML in a polite live region built once; set `.value`
    to change what it says (a screen reader reads the change out).

    >>> area = feedback_area("<b>Right.</b>")
    >>> area.value = "<b>Not quite.</b>"; area.value
    '<b>Not quite.</b>'
    """
    return _feedback_class()(value=html)
