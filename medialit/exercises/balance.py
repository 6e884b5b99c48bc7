"""Choosing the items of a sorting exercise: as many fair items as flagged ones, spread
over the texts and their framings, and at most half the texts giving one of each (a
pattern students would learn). `generate` uses it for lessons 00-05, `build_summative`
for lesson 06's unseen texts.
"""

from __future__ import annotations

from collections import Counter


def spread(items: list[tuple[str, object]], texts: dict, count: int, start: int = 0) -> list:
    """`count` items taken in turn from each text, texts of different framings first,
    beginning with the `start`th text (so that two sides of an exercise cover all texts).

    >>> from medialit.case import load_case
    >>> spread([("wire-report", 1), ("wire-report", 2), ("state-editorial", 3)],
    ...        load_case("kazakhstan-2022").articles, 3)
    [('wire-report', 1), ('state-editorial', 3), ('wire-report', 2)]
    """
    by_text: dict[str, list] = {}
    for text_id, item in items:
        by_text.setdefault(text_id, []).append(item)
    order = sorted(by_text, key=lambda t: (list(texts).index(t) if t in texts else 99))
    framings: dict[str, list[str]] = {}
    for text_id in order:
        framings.setdefault(str(texts[text_id].meta.get("framing") or ""), []).append(text_id)
    texts = [t for group in zip(*_padded(list(framings.values())), strict=True) for t in group if t]
    texts = texts[start % len(texts) :] + texts[: start % len(texts)] if texts else texts
    picked, depth = [], 0
    while len(picked) < count and any(depth < len(by_text[t]) for t in texts):
        picked += [(t, by_text[t][depth]) for t in texts if depth < len(by_text[t])]
        depth += 1
    return picked[:count]


def _padded(groups: list[list[str]]) -> list[list[str | None]]:
    longest = max((len(g) for g in groups), default=0)
    return [g + [None] * (longest - len(g)) for g in groups]


def balanced(texts: dict, flagged: list, fair: list, size: int) -> list[dict]:
    """As many fair items as flagged ones, spread over the texts, mixed in reading order,
    and no more than half the texts giving one of each (`_varied`). `texts` are the
    texts the items come from (a case's articles, by id), in reading order; `flagged`
    and `fair` are (text id, quote) pairs.

    >>> from medialit.case import load_case
    >>> texts = load_case("kazakhstan-2022").articles
    >>> balanced(texts, [("wire-report", "a")], [("personal-blog", "b"), ("wire-report", "c")], 8)
    [{'article': 'wire-report', 'quote': 'a'}, {'article': 'personal-blog', 'quote': 'b'}]
    """
    half = min(size // 2, len(flagged), len(fair))
    if half == 0:
        return []
    order = list(texts)
    got_flagged, got_fair = spread(flagged, texts, half), spread(fair, texts, half, start=half)
    _varied(got_flagged, got_fair, flagged, fair, order)
    chosen = got_flagged + got_fair
    chosen.sort(key=lambda pair: (order.index(pair[0]), pair[1]))
    return [{"article": text_id, "quote": quote} for text_id, quote in chosen]


def _varied(got_flagged: list, got_fair: list, flagged: list, fair: list, order: list) -> None:
    """Swap items in place until at most half the texts give one flagged and one fair item,
    a pattern students would learn: of two such texts, one gives a second flagged item
    instead of its fair one, the other a second fair item instead of its flagged one, so
    the totals stay as they were. Texts with nothing to spare keep their items."""
    while True:
        flags = Counter(t for t, _ in got_flagged)
        fairs = Counter(t for t, _ in got_fair)
        texts = sorted(set(flags) | set(fairs), key=order.index)
        even = [t for t in texts if flags[t] == 1 and fairs[t] == 1]
        if len(texts) < 3 or len(even) <= len(texts) / 2:
            return

        def spare(pool: list, got: list, text: str) -> list:
            return [pair for pair in pool if pair[0] == text and pair not in got]

        more_flagged = next((t for t in even if spare(flagged, got_flagged, t)), None)
        more_fair = next(
            (t for t in even if t != more_flagged and spare(fair, got_fair, t)), None
        )
        if more_flagged is None or more_fair is None:
            return
        got_fair.remove(next(p for p in got_fair if p[0] == more_flagged))
        got_fair.append(spare(fair, got_fair, more_fair)[0])
        got_flagged.remove(next(p for p in got_flagged if p[0] == more_fair))
        got_flagged.append(spare(flagged, got_flagged, more_flagged)[0])
