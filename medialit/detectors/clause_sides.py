"""Clause checks that ask what stands on the far side of a causal phrase: an event, or a
place, a thing, a sum of money, a duty?

"The cuts led to longer queues" names an effect; "the road leads to the lighthouse"
names a place. "Drought lies behind the crop failure" gives a cause; "the village lies
behind the hill" gives a position. Each check here returns None when the signal
stands, or a short reason a student can read when it is a look-alike, like the
checks of `clauses.py` (which lists them all in its `CHECKS`):

>>> check_event_after(Sentence("The road leads to the old lighthouse."), 2, 4)
"is about a place or a thing here ('lighthouse'), not an event"
>>> check_event_after(Sentence("The cuts led to longer queues."), 2, 4) is None
True

The word classes (`places_and_things`, `money_words`, ...) are in
`data/lexicons/causal-structure.yml`. Every rule is a guess about English that can be
wrong; the known failures in tests/cases/causal.json keep a record of where.
"""

from __future__ import annotations

import re

from medialit.detectors.clause_words import (
    Sentence,
    base_verb,
    event_noun,
    finite_verb,
    has_verb,
    is_word,
    lexical_verb,
    noun_head,
    words,
)

_GAIN_TOPIC = re.compile(
    r"[^.;:?!]*?\b(?:(?:is|are|was|were) (?:the|a|an) (?:\w+ )?(?:subject|topic|question|"
    r"theme|focus|matter)\b|is for \w+ to (?:judge|decide)|remains? to be seen|worth asking)"
)

_POINTERS = ("who", "whom", "whoever", "which", "what", "whose", "that", "ask", "guess")


_ROUTINE = re.compile(
    r"\bas (?:it|they|he|she|we|you|prices|sales) (?:always |usually |often )?(?:do|does|did)\b"
    r"|\bas (?:usual|always|ever|every year|each year|it does every)\b|\b(?:twice|once|three "
    r"times) a (?:day|week|month|year)\b|\bevery (?:year|spring|summer|autumn|winter|day|week|"
    r"month|season|weekend)\b"
)


def routine(s: Sentence) -> str | None:
    """The words that make a change a habit ('as it does twice a day', 'every spring'),
    so that what comes before it in time is no cause.

    >>> routine(Sentence("Sales rose after Easter, as they do every year."))
    'as they do'
    """
    m = _ROUTINE.search(s.lowered)
    return m[0] if m else None


def literal_head(s: Sentence, j: int, objects: bool = False) -> str | None:
    """The noun at token j on (over 'of', 'the', adjectives) when it names a place, a
    thing or a living thing, else None. With `objects`, also what a literal 'stoke' or
    'fuel' acts on (`concrete_objects`: 'fire', 'engine'), which as a topic is an event.

    >>> literal_head(Sentence("It points to the car park."), 3)
    'park'
    >>> literal_head(Sentence("It led to the school being closed."), 3) is None
    True
    """
    if s.word(j) in ("of", "for"):
        j += 1
    if s.word(j) in ("one", "ones"):
        return s.word(j)  # 'like the old one': a thing compared with a thing
    k, head = noun_head(s, j)
    w = words()
    nxt = s.word(k + 1)
    if nxt in ("being", "to", "closing") or (nxt.endswith("ing") and len(nxt) > 4):
        return None  # 'the school being closed': the event is what happens to it
    if head and (head in w["places_and_things"] or (objects and head in w["concrete_objects"])):
        return head
    return None


def check_event_after(s: Sentence, i: int, j: int) -> str | None:
    """'led to longer queues', 'lies behind the crop failure', 'owes its success to':
    the far side is an event. Not a place or a thing ('points to the car park'), not a
    debt ('owes money to his brother'), not a duty ('is responsible for cleaning').

    >>> check_event_after(Sentence("He owes money to his brother."), 1, 4)
    "says who is owed something ('money'), not what caused something"
    """
    w = words()
    inside = s.tokens[i:j]
    if inside[:1] and inside[0].startswith("ow"):
        owed = [t for t in inside[1:] if t in w["money_words"] or t[:1].isdigit()]
        if owed:
            return f"says who is owed something ('{owed[0]}'), not what caused something"
    if inside[-2:] == ["responsible", "for"]:
        _, before = s.prev_word(i)
        if before in ("is", "are", "am", "be", "'s", "’s") and s.word(j).endswith("ing"):
            return "names a duty here ('responsible for ...ing'), not a cause"
        _, head = noun_head(s, j)
        if head in w["duty_nouns"] or s.word(j + 1) in w["duty_nouns"]:
            return f"names a duty here ('responsible for the {head or s.word(j + 1)}'), not a cause"
    head = literal_head(s, j)
    if head:
        return f"is about a place or a thing here ('{head}'), not an event"
    return None


_ON_OWN = ("their", "its", "his", "her")


def check_hidden_hand(s: Sentence, i: int, j: int) -> str | None:
    """'Crowds do not gather on their own' and 'the attacks were planned in advance'
    hint at someone directing events; 'walked home on their own' and 'book your
    tickets in advance' do not.

    >>> check_hidden_hand(Sentence("The children walked home on their own."), 4, 7)
    '~says someone acted alone here; it does not deny it'
    """
    first = s.word(i)
    if first == "on" and s.word(i + 1) in _ON_OWN:
        start = max(0, i - 10)
        lead = s.tokens[start:i]
        if (
            not any(
                t in ("not", "n't", "never", "no", "hardly", "nobody", "none") or t.endswith("n't")
                for t in lead
            )
            and "?" not in s.tokens[i:]
        ):
            return "~says someone acted alone here; it does not deny it"
        return None
    if (
        first == "in"
        and s.word(i + 1) == "advance"
        and (imperative_opening(s) or any(t in words()["booking_words"] for t in s.tokens[:i]))
    ):
        return "~is advice to plan ahead here, not a hint that someone planned events"
    return None


def imperative_opening(s: Sentence) -> bool:
    """The sentence opens with an order or an appeal ('Please sign', 'Join us to',
    'Click here to'), so what follows is asked of the reader, not claimed.

    >>> imperative_opening(Sentence("Join us to celebrate the anniversary.")), \\
    ...     imperative_opening(Sentence("Police closed the road to clear it."))
    (True, False)
    """
    first, second = s.word(0), s.word(1)
    if first in ("please", "let", "let's"):
        return True
    if not base_verb(first) or first in words()["determiners"]:
        return False
    w = words()
    return (
        second in ("us", "me", "them", "your", "our", "it", "this", "these", "those")
        or second in w["order_adverbs"]
        or (second in ("the", "a", "an") and not finite_verb(s.word(2)))
    )


def measure_before(s: Sentence, to: int, start: int) -> str | None:
    """Between the clause start and token `to`: 'took four years', 'costs forty
    pounds', 'will need courage'. Then the 'to' says what the time or money was spent
    on, not why something was done ('The bridge took four years to build').

    >>> s = Sentence("The new bridge took four years to build.")
    >>> measure_before(s, s.tokens.index("to"), 0)
    'took'
    """
    w = words()
    for m in range(start, to):
        if s.tokens[m] in w["measure_verbs"]:
            rest = s.tokens[m + 1 : to]
            if any(t in w["measure_nouns"] or t[:1].isdigit() for t in rest) and all(
                is_word(t) or t[:1].isdigit() or t in ("£", "$", "€", ",", ".") for t in rest
            ):
                return s.tokens[m]
    return None


def check_opening(s: Sentence, i: int, j: int) -> str | None:
    """An opening phrase that explains the action told after its comma: a means
    ('Using emergency powers, the governor froze the rents') or a motive ('Fearing a
    backlash, the board shelved the pay rise'). Not 'Through the gate, the children
    ran' (a way through a place), nor an opening with no action after it.

    >>> check_opening(Sentence("Fearing a backlash, the board shelved the rise."), 0, 1) is None
    True
    """
    if i != 0:
        return "~does not open the sentence, so it explains no action after it"
    comma = next((k for k in range(j, len(s.tokens)) if s.tokens[k] == ","), None)
    if comma is None or not has_verb(s, comma + 1, len(s.tokens)):
        return "~has no action after it that it could explain"
    head = literal_head(s, j)
    if head:
        return f"is a way through a place or a thing here ('{head}'), not a means"
    return None


def check_not_topic(s: Sentence, i: int, j: int) -> str | None:
    """'The real reason the trust closed the unit is money' gives a motive; 'the
    committee discussed the real reasons people volunteer' names a topic.

    >>> check_not_topic(Sentence("They discussed the real reasons."), 2, 5)
    "names a topic here ('discussed'), not a motive the sentence gives"
    """
    k = i - 1
    while k >= 0 and s.tokens[k] in words()["determiners"]:
        k -= 1
    before = s.word(k)
    if before in words()["topic_verbs"] or before in words()["embedding_words"]:
        return f"names a topic here ('{before}'), not a motive the sentence gives"
    return None


def check_event_effect(s: Sentence, i: int, j: int) -> str | None:
    """'The drought yielded a sharp jump in prices', 'the levy generated fury': a verb
    of making with an event, a change or a feeling after it. Not 'the orchard yields
    apples' or 'the plant produces cars' (a product), nor 'the yield' (a noun).

    >>> check_event_effect(Sentence("The plant produces cars."), 2, 3)
    "makes a thing here ('cars'), not an event or a change"
    """
    w = words()
    before = s.word(i - 1)
    if before in w["determiners"] or before.endswith(("'s", "’s")):
        return "is a noun here (a thing), not something making something happen"
    if before in w["be"] or (before in w["adverbs"] and s.word(i - 2) in w["be"]):
        if "by" in s.tokens[j : j + 8]:
            return None
        return "says what was made but names no cause"
    _, head = noun_head(s, j)
    if head and (event_noun(head) or head in w["change_words"] or head in w["effect_nouns"]):
        return None
    return f"makes a thing here ('{head or s.word(j)}'), not an event or a change"


def check_causal_as(s: Sentence, i: int, j: int) -> str | None:
    """'The match was postponed as the pitch was waterlogged' gives a reason; 'as the
    band began to play' (a time), 'as we were told' (a manner) and 'twice as many as'
    (a comparison) do not. The 'as' clause must state a condition (was, had, could ...
    not 'was leaving'), and the sentence must have an action it explains.

    >>> check_causal_as(Sentence("We went home, as the bridge was closed."), 4, 5) is None
    True
    """
    w = words()
    lead = s.tokens[max(0, i - 4) : i]
    if any(t in ("as", "same", "such", "so", "twice", "much", "many") for t in lead) or s.word(
        i - 1
    ) in ("even", "just", "only", "right", "exactly", "precisely", "soon", "long"):
        return "~compares or gives a time here, not a reason"
    if "as" in s.tokens[j : j + 3]:
        return "~compares here ('as many as'), not a reason"
    end = next(
        (k for k in range(j, len(s.tokens)) if s.tokens[k] in (",", ";", ":", ".", "—")),
        len(s.tokens),
    )
    verb = next((k for k in range(j, min(end, j + 8)) if s.tokens[k] in w["auxiliaries"]), None)
    if verb is None or s.tokens[verb] in ("do", "does", "did", "will", "shall"):
        return "~gives a time or a manner here, not a reason"
    _, after = s.next_word(verb + 1)
    if after.endswith("ing") and after not in w["ing_nouns"]:
        return "~gives a time here (something was going on), not a reason"
    if after in w["manner_participles"]:
        return f"~gives a manner here ('as ... {after}'), not a reason"
    passive = s.tokens[verb] in w["be"] and (
        after.endswith(("ed", "en")) or after in w["irregular_past"] or after in _PAST_PARTICIPLES
    )
    if passive and after not in w["state_participles"]:
        return f"~gives a time here ('as ... was {after}'), not a reason"
    if i == 0:
        if end == len(s.tokens) or not has_verb(s, end + 1, len(s.tokens)):
            return "~has no action after it that it could explain"
    elif not has_verb(s, 0, i):
        return "~has no action before it that it could explain"
    return None


_PAST_PARTICIPLES = ("lit", "hung", "laid", "sung", "rung", "read", "spun", "cast", "swept")


def appeal_before(s: Sentence, to: int, start: int) -> bool:
    """Between the clause start and token `to`, 'should', 'must' or 'ought to' with a verb
    that has not happened yet ('The council must act now to save the library'): an
    appeal. 'should never have closed it to save money' tells what was done, so no.

    >>> s = Sentence("The council must act now to save the library.")
    >>> appeal_before(s, s.tokens.index("to"), 0)
    True
    """
    for m in range(start, to):
        if s.tokens[m] in ("should", "must", "ought", "shouldn't", "mustn't"):
            _, nxt = s.next_word(m + 1)
            return nxt not in ("have", "'ve", "’ve", "been")
    return False


def check_change_after(s: Sentence, i: int, j: int) -> str | None:
    """'Sales halved after the mill closed' sets a change right after an event, and lets
    the order in time say what caused it (post hoc). 'Prices rose after the summer
    holidays' names only a time.

    >>> check_change_after(Sentence("Sales halved after the mill closed."), 1, 3) is None
    True
    """
    _, head = noun_head(s, j)
    if head in words()["calendar_nouns"] or not is_word(s.word(j)) or s.word(j)[:1].isdigit():
        return "~only dates the change; a time is not a cause"
    habit = routine(s)
    if habit:
        return f"comes round as a habit ('{habit}'); the order in time is no cause"
    end = j
    while end < len(s.tokens) and end < j + 8 and s.tokens[end] not in (",", ";", ":", "."):
        end += 1
    if not any(lexical_verb(s, m) or event_noun(s.tokens[m]) for m in range(j, end)):
        return "~only dates the change; no event after it could be a cause"
    return None


def check_due_to(s: Sentence, i: int, j: int) -> str | None:
    """'closed due to a lorry fire' (a cause) but not 'is due to appear' (a date)."""
    _, before = s.prev_word(i)
    nxt = s.word(j)
    w = words()
    then = s.word(j + 1)
    if (
        before in w["be"]
        and base_verb(nxt)
        and nxt not in w["chance_nouns"]
        and (
            nxt in w["scheduled_verbs"]
            or then in w["determiners"]
            or then in w["prepositions"]
            or then in w["pronouns"]
            or then in w["order_adverbs"]
        )
    ):  # 'is due to inspect the bearings', not 'was due to hardline policies'
        return "means 'scheduled to' here, not 'because of'"
    if before in ("", ",", "and", "but") and nxt in w["scheduled_verbs"]:
        return "means 'scheduled to' here, not 'because of'"  # 'Due to open next spring, ...'
    return None


def disclosed_later(s: Sentence, k: int, after: str) -> bool:
    """'will be set out', 'has not been established', 'is being examined' at token k (a
    form of 'be'): the sentence promises or looks for a cause, and names none.

    >>> s = Sentence("The reasons will be set out next month.")
    >>> disclosed_later(s, 3, "set")
    True
    """
    if after not in words()["disclosure_participles"]:
        return False
    lead = s.tokens[max(0, k - 3) : k + 1]
    return (
        any(t in words()["modals"] or t in ("not", "yet", "n't") or t.endswith("n't") for t in lead)
        or s.word(k + 1) == "being"
    )


def _eventish(t: str) -> bool:
    w = words()
    return (
        event_noun(t)
        or t in w["effect_nouns"]
        or t in w["change_words"]
        or t in w["abstract_effects"]
        or bool(re.search(r"(?<!busi)(?<!wit)(?<!har)(?:ness|ism|ancy|ency|acy)$", t))
    )


def _person_before(s: Sentence, i: int) -> bool:
    """The subject before the verb at token i is a person or people: a pronoun, a name,
    or a word such as 'chef', 'rowers', 'gardener'."""
    w = words()
    k = i - 1
    while k >= 0 and (s.tokens[k] in w["auxiliaries"] or s.tokens[k] in w["adverbs"]):
        k -= 1
    t = s.word(k)
    if t in ("i", "we", "you", "he", "she", "they", "who"):
        return True
    return (
        (s.capital(k) and k > 0)
        or t in w["people_nouns"]
        or s.word(k - 1) in ("my", "our", "your")
        or bool(re.search(r"(?:er|or|ist|ian)s?$", t) and len(t) > 5)
    )


def literal_deed(s: Sentence, i: int, j: int) -> str | None:
    """A spinner's verb for 'cause' that also names a plain deed ('stoked the forge',
    'breeds spaniels', 'catapulted the umbrella into the harbour') makes a causal claim
    only with an event on one side: as its subject ('the levy stoked anger') or as what
    it makes ('stoked fears', 'propelled the party to victory').

    >>> literal_deed(Sentence("The smith stoked the forge."), 2, 3)
    "is meant literally here (a deed done to 'forge', not an event made to happen)"
    >>> literal_deed(Sentence("The smith stoked fears."), 2, 3) is None
    True
    """
    w = words()
    if s.word(i) not in w["literal_verbs"]:
        return None
    _, head = noun_head(s, j)
    if not head or _eventish(head) or head in w["pronouns"]:
        return None
    if any(_eventish(t) for t in s.tokens[s.clause_start(i) : i]):
        return None  # the subject is an event: 'the price rise stoked the row'
    if not _person_before(s, i) and not literal_head(s, j, objects=True):
        return None  # 'the bypass has spawned a cluster of warehouses': a thing as cause
    for k in range(j, min(j + 8, len(s.tokens))):
        if s.tokens[k] in ("to", "into"):
            _, dest = noun_head(s, k + 1)
            if dest and _eventish(dest):
                return None
    return f"is meant literally here (a deed done to '{head}', not an event made to happen)"


def check_who_benefits(s: Sentence, i: int, j: int) -> str | None:
    """'Ask who benefits and you'll find ...' or 'not hard to guess which capital
    benefits' point at a culprit; 'I'm not sure who benefits', 'examine who benefits'
    or a bare 'Ask who gains from it.' do not."""
    lead = s.tokens[max(0, i - 5) : i]
    if _GAIN_TOPIC.search(s.lowered, s.starts[min(j, len(s.tokens) - 1)]):
        return "names who gains as a topic to weigh, not an answer"
    if s.word(i) in ("stand", "stands", "stood"):
        if any(
            t in ("who", "whom", "whoever", "which", "what", "whose", "that", "ask") for t in lead
        ):
            return None
        return "~says who may profit, not who caused anything"
    for t in lead:
        if t in words()["embedding_words"] and t not in ("ask", "asks", "question", "know"):
            return f"only asks the question ('{t}'), it points at no one"
        if t in ("asked", "unsure") or (t == "sure" and "not" in lead):
            return f"only asks the question ('{t}'), it points at no one"
    if any(t in ("guess", "obvious", "clear", "plain", "see", "surprise") for t in lead):
        return None
    rest = s.tokens[j:]
    if ":" in rest or "and" in rest or ("?" in rest and rest.index("?") < len(rest) - 2):
        return None
    return "asks who gains but suggests no answer in this sentence"


def check_covary(s: Sentence, i: int, j: int) -> str | None:
    """'Every time the club raises prices, attendance drops' and 'The more it spends on
    consultants, the less it has for libraries' say that one thing moves another. Not
    'Every time I visit, the café has a new cake' (no change follows).

    >>> check_covary(Sentence("Every time I visit, the café has a new cake."), 0, 2)
    '~links two things in time, but no change follows'
    """
    if s.word(i) == "the":
        return None  # 'the more ..., the less ...' names a change on each side
    start = s.clause_start(i) if i else 0
    end = s.clause_end(j) if i else len(s.tokens)
    for k in range(start, end):  # a change, but not an order just after a comma ('drop in')
        if s.tokens[k] in words()["covary_changes"] and s.word(k - 1) != ",":
            return None
    return "~links two things in time, but no change follows"


def definition(s: Sentence, i: int, j: int) -> str | None:
    """'Hiraeth is a Welsh word, which means a longing for home': 'means' after a word or
    a name gives what it means, not a consequence (a phrase with no verb after it, and a
    word, a name or a quotation before it). 'The cuts, meaning fewer buses' still counts.

    >>> definition(Sentence("The name Fairhaven, meaning safe harbour, is old."), 4, 5)
    'gives what a word or a name means, not a consequence'
    """
    if s.word(j - 1) not in ("means", "meaning", "meant"):
        return None
    end = j
    while end < len(s.tokens) and s.tokens[end] not in (",", ";", ":", ".", "—"):
        end += 1
    if has_verb(s, j, end):
        return None
    before = s.tokens[max(0, i - 8) : i]
    named = {"name", "named", "word", "words", "term", "phrase", "sign", "title", "motto"}
    if any(t in named or t in ("'", "‘", "’", "“", "”", '"') for t in before):
        return "gives what a word or a name means, not a consequence"
    return None
