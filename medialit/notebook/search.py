"""Lateral reading, offline: a query becomes a results page from the case's search index.

The index lives in the case folder (`search.yml`), so a teacher's case can have its own; a
case without one gets one line saying what to add. A query that finds nothing, or two pages
equally, gets the searches that would work.
"""

from __future__ import annotations

from medialit.case import SEARCH_FILE, Case, load_search_index
from medialit.errors import MedialitError
from medialit.exercises import SearchExercise, unseal_page
from medialit.shown import Shown, escape_md, plain

NO_INDEX = (
    f"*This case has no search index ({SEARCH_FILE}), so there is nothing to search offline. "
    f"To add one, write a {SEARCH_FILE} in this case's folder with a page for each outlet "
    "(data/README.md shows its shape; `medialit validate` checks it). Until then, search "
    "online, or use the dossier.*"
)


class NoResults(Shown):
    """A search that found no results page: opening, answering or scoring it says so again."""

    def open(self, *args: object, **kwargs: object) -> NoResults:
        """Nothing to open: the same line again."""
        return self

    def answer(self, *args: object, **kwargs: object) -> NoResults:
        """Nothing to answer: the same line again."""
        return self

    def score(self) -> NoResults:
        """Nothing to score: the same line again."""
        return self


def search_results(
    case: Case, query: object = None, *, number: int = 1, answer_key: bool = False
) -> SearchExercise | NoResults:
    """The results page a query finds, as an exercise; or one line saying what to try.

    >>> from medialit.case import load_case
    >>> page = search_results(load_case("kazakhstan-2022"), "steppe")
    >>> page.id, page.handle
    ('search-steppe-dispatch', 's')
    >>> print(search_results(load_case("kazakhstan-2022"), "weather in Almaty").text[:60])
    Nothing in this offline index fits "weather in Almaty". Try:
    """
    index = load_search_index(case.path)
    if index is None:
        return NoResults(NO_INDEX, plain(NO_INDEX))
    if query is None and index.pages:
        query = index.pages[0].about  # no words given: the index's first search
    if not isinstance(query, str) or not query.strip():
        raise MedialitError(
            f'give the search as words in quotes, like L.search("name of an outlet"), not {query!r}'
        )
    page, suggestions = index.find(query)
    if page is None:
        tries = ", ".join(f'"{escape_md(s)}"' for s in suggestions)
        line = f'*Nothing in this offline index fits "{escape_md(query)}". Try: {tries}.*'
        return NoResults(line, plain(line))
    prompt = (
        f'You searched for "{query.strip()}". Do not open anything yet. Read the results: '
        "which one would you open first to find out who is behind it, and why?"
    )
    if index.salt:  # a student pack's index: the key is sealed
        page = unseal_page(page, index.salt)
    return SearchExercise(
        f"search-{page.id}",
        f"Search: {page.about}",
        prompt,
        page,
        salt=index.salt,
        number=number,
        answer_key=answer_key,
    )
