"""Lateral reading, offline: a query becomes a results page from the case's search index.

The index lives in the case folder (`search.yml`), so a teacher's case can have its own; a
case without one gets one line saying what to add. A query that finds nothing, or two pages
equally, gets the searches that would work.
"""

from __future__ import annotations

from medialit.case import SEARCH_FILE, Case, load_search_index
from medialit.errors import MedialitError
from medialit.exercises import SearchExercise, unseal_page
from medialit.shown import Shown, escape_md, shown

NO_INDEX = (
    f"*This case has no search index ({SEARCH_FILE}), so there is nothing to search offline. "
    f"To add one, copy the {SEARCH_FILE} of the kazakhstan-2022 case into this case's folder "
    "and write a page for each outlet (`medialit validate` checks it). Until then, search "
    "online, or use the dossier.*"
)


def search_results(
    case: Case, query: object, *, number: int = 1, answer_key: bool = False
) -> SearchExercise | Shown:
    """The results page a query finds, as an exercise; or one line saying what to try.

    >>> from medialit.case import load_case
    >>> page = search_results(load_case("kazakhstan-2022"), "steppe")
    >>> page.id, page.handle
    ('search-steppe-dispatch', 's')
    >>> print(search_results(load_case("kazakhstan-2022"), "weather in Almaty").text[:60])
    Nothing in this offline index fits "weather in Almaty". Try:
    """
    if not isinstance(query, str) or not query.strip():
        raise MedialitError(
            f'give the search as words in quotes, like L.search("Steppe Dispatch"), not {query!r}'
        )
    index = load_search_index(case.path)
    if index is None:
        return shown(NO_INDEX)
    page, suggestions = index.find(query)
    if page is None:
        tries = ", ".join(f'"{escape_md(s)}"' for s in suggestions)
        return shown(f'*Nothing in this offline index fits "{escape_md(query)}". Try: {tries}.*')
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
