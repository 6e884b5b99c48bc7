"""Does a student's reason point at evidence? Words from the text, or a point the key looks for.

A reason counts when it quotes at least two words in a row from the text it is about
(a phrase, not a single common word), or when it makes one of the exercise's `look_for`
points: at least half of the point's meaningful words (two or more for longer points)
appear in the reason, in any order and any form that starts the same way. "I do not
know lol" meets neither.
"""

from __future__ import annotations

import functools

from medialit.text import read_word_list, words


@functools.cache
def small_words() -> frozenset[str]:
    """Words a reason must share more than: the function words and the filler words.

    >>> {"the", "lol", "know"} <= small_words(), "badge" in small_words()
    (True, False)
    """
    return frozenset(read_word_list("function-words.txt") + read_word_list("filler-words.txt"))


def words_of(text: str) -> list[str]:
    """The words of a text as the kit's tokenizer reads them, lower case, punctuation gone.

    >>> words_of("It's 'official', it says!")
    ["it's", 'official', 'it', 'says']
    """
    return [w.key for w in words(text)]


def _stem(word: str) -> str:
    return word[:5]


def quoted_phrase(reason: str, text: str, size: int = 2) -> str:
    """The first run of `size` words in a row that the reason shares with the text, or "".

    The run must hold a word of four letters or more that is not a small word ("do not
    know" does not count).

    >>> quoted_phrase("It says it sells the badge to anyone", "A price list sells the badge.")
    'sells the badge'
    >>> quoted_phrase("I do not know", "I do not know who runs it.")
    ''
    """
    said, source = words_of(reason), words_of(text)
    runs = {tuple(source[i : i + size]) for i in range(len(source) - size + 1)}
    joined = f" {' '.join(source)} "
    for i in range(len(said) - size + 1):
        run = tuple(said[i : i + size])
        if run in runs and any(w not in small_words() and len(w) > 3 for w in run):
            end = i + size
            while end < len(said) and f" {' '.join(said[i : end + 1])} " in joined:
                end += 1  # the longest run that starts here
            return " ".join(said[i:end])
    return ""


def meets_point(reason: str, point: str) -> bool:
    """True when the reason makes the point: enough of its meaningful words, in any order.

    >>> meets_point("The outlet is talking about itself", "the outlet speaks about itself")
    True
    >>> meets_point("It looks nice", "the outlet speaks about itself")
    False
    """
    wanted = {_stem(w) for w in words_of(point) if w not in small_words()}
    said = {_stem(w) for w in words_of(reason) if w not in small_words()}
    if not wanted:
        return False
    needed = 1 if len(wanted) == 1 else max(2, (len(wanted) + 1) // 2)
    return len(wanted & said) >= needed


def evidence_in(reason: str, texts: list[str], look_for: list[str] | tuple[str, ...]) -> str:
    """What in a reason counts as evidence, in words ("" when nothing does).

    >>> evidence_in("Nobody is named and it sells badges", ["A price list."],
    ...     ["does not say who runs it", "sells the badge"])
    'it makes the point "sells the badge"'
    >>> evidence_in("It sells the badge to anyone.", ["A price list sells the badge."], [])
    'it quotes "sells the badge" from the text'
    >>> evidence_in("I do not know lol", ["I do not know."], ["sells the badge"])
    ''
    """
    for text in texts:
        phrase = quoted_phrase(reason, text)
        if phrase:
            return f'it quotes "{phrase}" from the text'
    for point in look_for:
        if meets_point(reason, point):
            return f'it makes the point "{point}"'
    return ""
