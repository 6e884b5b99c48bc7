"""Clause checks for causal signals: is there really an event on each side?

A causal word is only a candidate. "Trigger" can name a part of a gun, "so" can mean
"so far", a "to" can lead to a place or to what someone was *asked* to do, and "due to"
can mean "scheduled to". Each check here looks at the words around one signal, with
cheap rules over the small word classes in `data/lexicons/causal-structure.yml` (no
tagger, no model), and returns None when the signal stands, or a short reason a
student can read when it is a look-alike:

>>> s = Sentence("The firearm's trigger mechanism was examined.")
>>> check("verb", s, 14, 21)
'is a noun here (a thing), not something making something happen'
>>> check("verb", Sentence("The cuts triggered a strike."), 9, 18) is None
True

Checks are named in `causal.yml` (`check: verb`), so a teacher can see which signal
gets which test. Every rule is a guess about English that can be wrong; the known
failures in tests/cases/causal.json keep a record of where.
"""

from __future__ import annotations

import itertools
import re

from medialit.detectors.clause_sides import (
    appeal_before,
    check_causal_as,
    check_change_after,
    check_covary,
    check_due_to,
    check_event_after,
    check_event_effect,
    check_hidden_hand,
    check_not_topic,
    check_opening,
    check_who_benefits,
    definition,
    disclosed_later,
    imperative_opening,
    literal_deed,
    literal_head,
    measure_before,
    routine,
)
from medialit.detectors.clause_words import (
    Sentence,
    base_verb,
    event_noun,
    finite_verb,
    function_word,
    has_verb,
    is_passive,
    is_word,
    lexical_verb,
    noun_head,
    words,
)

_TIMING_LINK = re.compile(
    r"\b(?:(?:only|just|right|shortly|soon|days|hours|weeks|months|minutes|a day|a week|"
    r"the day|the week|the morning|the night) (?:after|before|as)|the (?:very|same) "
    r"(?:day|week|month|year|moment|time|morning|night|evening|hour)|(?:precisely|exactly|"
    r"just|right) (?:as|when)|within (?:hours|days|weeks|minutes) of|at the same time|"
    r"coincid(?:ed|es|ing) with|no sooner|on the eve of|in the same (?:week|month|year)|until "
    r"(?:after|the day after|the week after)|(?:just|right|only) (?:as|before))\b"
)
_INTERROGATIVE = frozenset(("whether", "what", "who", "why", "how", "if"))


# --- the checks: each returns None when the signal stands, or why it does not --------


def check_verb(s: Sentence, i: int, j: int) -> str | None:
    """A causal verb used as a verb, with an effect: 'sparked the protests',
    'were sparked by'. Not a noun ('the trigger mechanism'), not literal ('stoked the
    hearth'), not a passive that names no cause ('was fuelled at the aerodrome')."""
    w = words()
    first = s.word(i)
    before = s.word(i - 1)
    noun_before = (
        before in w["determiners"] or before.endswith(("'s", "’s")) or before in ("’", "'")
    )
    if (noun_before and not first.endswith("ed")) or (
        i == 0 and j - i == 1 and first.endswith("s") and not first.endswith("ss")
    ):  # 'Sparks flew from the grinder': a sentence opens with no verb in -s
        return "is a noun here (a thing), not something making something happen"
    last = s.word(j - 1)
    if is_passive(s, i) and last.endswith(("ed", "en", "got", "bred")) and j - i == 1:
        window = s.tokens[j : j + 8]
        if "by" not in window and "from" not in window:
            return "says what was done to something but names no cause"
        return None
    nxt = s.word(j)
    if j - i == 1 and (
        nxt in ("at", "on", "with", "during", "before", "after", "into", "in")
        or not nxt
        or not is_word(nxt)
    ):
        return "has no effect after it here"
    head = literal_head(s, j, objects=True) if last != "of" else None
    if head:  # 'spelled the end of the post office': what ends is the thing
        return f"is meant literally here (it acts on '{head}', not on events)"
    return literal_deed(s, i, j)


def check_copula(s: Sentence, i: int, j: int) -> str | None:
    """'X was the root of Y' and 'The cause of the outage was a squirrel' claim a cause;
    'The genesis of the festival is chronicled' and 'the results were posted' name a
    topic."""
    w = words()
    _, before = s.prev_word(i)
    if before in w["be"] or before in ("lies", "lay", "lie", "at", "as"):
        return None
    _, topic = noun_head(s, j)
    if topic in w["contest_nouns"]:
        return f"gives the outcome of a {topic}, not an effect of a cause"
    if literal_head(s, j):
        return f"names where a place or a thing ('{literal_head(s, j)}') comes from, not a cause"
    end = s.clause_end(j)
    for k in range(j, end):
        if s.tokens[k] in w["be"] and s.tokens[k] not in ("got", "get", "gets"):
            _, after = s.next_word(k + 1)
            if after == "being" or (after.endswith(("ed", "en")) and after not in ("even",)):
                break
            if after in w["unknown_words"]:
                return f"says the cause is {after}; it names none"
            if disclosed_later(s, k, after):
                return f"says the cause will be or is being looked into ('{after}'); it names none"
            return None
        if s.tokens[k] in (",", "that", "which", "who"):
            break
    return "names a topic here; the sentence does not say what caused it"


def check_event_subject(s: Sentence, i: int, j: int) -> str | None:
    """'The frost damaged the blossom' and 'was flattened by the storm' name an event as
    the cause; 'Police shot two men' reports a deed."""
    w = words()
    k, before = s.prev_word(i)
    if before in w["be"] and s.word(i).endswith("ing"):
        k, before = s.prev_word(k)  # 'high rents are driving families out': not a passive
    elif before in w["be"] or (before in w["auxiliaries"] and s.word(k - 1) in w["be"]):
        for m in range(j, min(j + 4, len(s.tokens))):
            if s.tokens[m] in ("by", "in", "during", "amid"):
                _, head = noun_head(s, m + 1)
                if event_noun(head):
                    return None
        return "reports a harm but names no event as its cause"
    if before == "," and s.word(i).endswith("ing"):
        return None  # ', killing three': the event before is the cause
    if before in w["auxiliaries"] or before in w["modals"]:
        k, before = s.prev_word(k)
    if event_noun(before) and (j - i > 1 or is_word(s.word(j))):
        return None
    start = s.clause_start(i)
    if any(event_noun(t) or t in words()["change_words"] for t in s.tokens[start:k]) and (
        j - i > 1 or is_word(s.word(j))
    ):
        return None  # 'Strikes at the port have left shelves empty
    return "~reports a deed or a change; no event is named as its cause"


def check_real_hedge(s: Sentence, i: int, j: int) -> str | None:
    """'may' as the month, or 'could' inside 'so that ... could', hedges nothing."""
    t = s.word(i)
    if t == "may" and s.text[s.starts[i] : s.starts[i] + 1] == "M" and i > 0:
        return "is the month"
    if t in ("could", "can") and s.word(i + 1) in ("no", "not", "n't") and s.word(i + 2) != "have":
        return "says what could no longer be done, not a doubt"  # 'could no longer open'
    if t in ("may", "might", "could", "would"):
        window = s.tokens[max(0, i - 5) : i]
        for a, b in itertools.pairwise(window):
            if (a == "so" and b == "that") or (a == "order" and b == "that"):
                return "belongs to an aim ('so that ... could'), not a doubt"
    return None


def check_clause_after(s: Sentence, i: int, j: int) -> str | None:
    """An inference marker ('hence', 'thus', 'therefore', 'no wonder') with something
    concluded after it."""
    nxt = s.word(j)
    if nxt == "far" and s.word(i) == "thus":
        return "~means 'until now' here"
    if nxt in (":", ".", "") and s.word(i) in ("thus", "so"):
        return "means 'like this' here, not 'because of that'"
    rest = [t for t in s.tokens[j:] if is_word(t)]
    if len(rest) < 2:
        return "concludes nothing in this sentence"
    if s.word(i) == "thereby" and nxt in ("hangs", "hang"):
        return "~is a set phrase ('thereby hangs a tale')"
    return definition(s, i, j)


def check_so(s: Sentence, i: int, j: int) -> str | None:
    """', so the teachers now commute' (a consequence) but not 'so far', 'so-called',
    'so to speak', 'and so did income' (= also) or a question opened by 'So,'."""
    nxt = s.word(j)
    if nxt in words()["so_phrases"] or nxt.startswith("so-"):
        return "is part of a set phrase here ('so far', 'so many'), not 'therefore'"
    if nxt in words()["auxiliaries"]:
        return "means 'also' here ('and so did ...'), not 'therefore'"
    if nxt in ("many", "much", "few", "little") and (
        "that" in s.tokens[j:] or s.word(j + 1) == "as"
    ):
        return "~measures how much here ('so many that'), not 'therefore'"
    if nxt in (",", "?") or s.tokens[-1:] == ["?"]:
        return "opens a question or a new turn here, not a consequence"
    if not any(is_word(t) for t in s.tokens[j + 1 : j + 4]):
        return "concludes nothing in this sentence"
    if nxt in words()["imperative_verbs"] and not finite_verb(s.word(j + 1)):
        return "gives an instruction here ('so dress accordingly'), not a consequence"
    if (
        not has_verb(s, 0, i)
        and i > 1
        and not any(is_word(t) and not function_word(t) for t in s.tokens[max(0, i - 4) : i])
    ):
        return "has no cause before it in this sentence"
    return None


_TO_IDIOMS = re.compile(
    r"to (?:be (?:fair|honest|sure|clear|frank|precise|blunt|certain|exact)|put it|sum up|"
    r"begin with|start with|say nothing|say the least|my mind|this day|and fro|date|reason)\b"
)


def check_purpose_to(s: Sentence, i: int, j: int) -> str | None:
    """'closed the branch to free up cash' says what an action was for. Not 'to the
    meeting' (a place), 'intend to vote' (a plan), 'urged residents to conserve' (a
    request), 'a petition to save' (the thing itself), 'is due to appear' (a date)."""
    w = words()
    to = next((k for k in range(i, j) if s.tokens[k] == "to"), j - 1)
    verb = s.word(to + 1)
    if not base_verb(verb) or (to + 1 > 0 and s.capital(to + 1)) or verb in w["number_words"]:
        return "~leads to a place or a thing here, not to an aim"
    if _TO_IDIOMS.match(s.lowered, s.starts[to]):
        return "~is a set phrase here"
    if w["reception_nouns"] & {s.word(to + 1), s.word(to + 2)}:
        return "~says how something was received ('to ... applause'), not an aim"
    if verb in words()["message_verbs"]:
        return "is a request or a message, not an aim pursued by an action"
    k, before = s.prev_word(to)
    if before in ("than", "not", "and", "or", "but", "only", "as", "rather"):
        k, before = s.prev_word(k)  # 'less out of necessity than to pressure'
    stepped = before == "down" and s.word(k - 1) in ("stepped", "stood", "steps", "stands")
    if not stepped and (
        before in w["to_complements"] or before in w["be"] or before in w["words_before_to"]
    ):
        return f"follows '{before}': a plan, wish or duty, not an aim that an action pursues"
    if before in w["to_nouns"]:
        return f"says what the {before} is, not why something was done"
    if verb in w["capacities"] and any(
        t in ("built", "designed", "made", "constructed", "equipped", "fitted", "big", "large")
        for t in s.tokens[max(0, to - 3) : to]
    ):
        return "says what a thing can do, not why something was done"
    if (
        before.endswith(("able", "ible", "ful", "ous"))
        or before in ("so", "too", "enough")
        or s.word(k - 1) == "too"  # 'too tired to drive'
    ):
        return f"follows '{before}': says how something is, not why it was done"
    start = s.clause_start(to)
    for m in range(to - 1, start - 1, -1):
        t = s.tokens[m]
        if t in w["requests"] or (t == "for" and s.word(m - 1) in w["verbs_before_for_to"]):
            return f"is what someone is asked to do ('{t}'), not why something was done"
        if t == "to" and not base_verb(s.word(m + 1)) and s.word(m - 1) not in w["requests"]:
            break  # 'moved to the night shift to curb': the earlier 'to' took its own
        if t in w["to_prepositional"]:
            return f"~belongs to '{t}' here ('linked X to Y'): it joins two things, not an aim"
        if (
            t in w["to_complements"]
            and t not in words()["complements_not_verbs"]
            and s.word(m + 1) not in w["determiners"]  # 'offered the park to win over'
        ):
            return f"follows '{t}': a plan, wish or duty, not an aim that an action pursues"
        if finite_verb(t, s.word(m - 1)) and t not in w["auxiliaries"]:
            break  # another verb in between: the 'to' belongs to that one
    measure = measure_before(s, to, start)
    if measure:
        return f"~says what the time or money was spent on ('{measure}'), not why"
    if (start == 0 and imperative_opening(s)) or appeal_before(s, to, start):
        return "is an order or an appeal (what should be done), not a claim about why"
    if to == 0 or start == to:
        if "," in s.tokens[to:]:
            return _instruction(s, s.tokens.index(",", to))  # 'To save money, the council closed'
        return "~has no action before it that it could be the aim of"
    if not any(lexical_verb(s, m) for m in range(start, to)):
        return "~has no action before it that it could be the aim of"
    if verb in w["routine_aims"] and s.word(to + 2) not in ("off", "up", "out", "to", "for"):
        return f"says what people went or met to do ('to {verb}'), not why something happened"
    return None


def _instruction(s: Sentence, comma: int) -> str | None:
    """After 'To apply,' or 'In order to apply,' an order ('fill in the form') makes the
    sentence an instruction, not a claim about why something happened."""
    nxt = s.word(comma + 1)
    order = nxt == "please" or (
        base_verb(nxt) and nxt not in words()["determiners"] and not s.capital(comma + 1)
    )
    if order and not finite_verb(s.word(comma + 2)):
        return "gives an instruction, not a claim about why something happened"
    return None


def check_purpose_opening(s: Sentence, i: int, j: int) -> str | None:
    """'In order to cut costs, the firm closed two branches' claims an aim; 'In order to
    apply, fill in the form' is an instruction."""
    if i == 0 and "," in s.tokens[j:]:
        return _instruction(s, s.tokens.index(",", j))
    return None


def check_purpose_passive(s: Sentence, i: int, j: int) -> str | None:
    """'was designed to push drivers out' (an aim) but not 'is designed to hold forty
    buses' (a capacity) nor active 'intends to vote' (a plan)."""
    if not is_passive(s, i):
        return "says what someone plans, not why something was done"
    if s.word(j) in words()["capacities"] or s.word(j - 1) in words()["capacities"]:
        return "says what a thing can do, not why it was done"
    return None


def check_by_ing(s: Sentence, i: int, j: int) -> str | None:
    """'By capping rents, the ordinance kept tenants' names a means and its result."""
    k = next((m for m in range(i, min(j + 1, len(s.tokens))) if s.tokens[m] == "by"), i)
    verb = s.word(k + 1)
    if not verb.endswith("ing") or verb in words()["ing_nouns"] or len(verb) < 5:
        return "gives an agent or a time here, not a means"
    if not has_verb(s, 0, len(s.tokens)):
        return "names a means but no result"
    return None


def check_not_before_noun(s: Sentence, i: int, j: int) -> str | None:
    """'It is no accident that ...' denies a coincidence; 'no accident blackspots' does not."""
    nxt = s.word(j)
    if is_word(nxt) and not function_word(nxt) and nxt not in ("then", "either", "at"):
        return "describes a thing here, not a link between events"
    return None


def check_timing_later(s: Sentence, i: int, j: int) -> str | None:
    """'It is telling that X happened only after Y' hints at a cause through timing;
    'It is telling how few came' hints at nothing causal."""
    habit = routine(s)
    if habit:
        return f"comes round as a habit ('{habit}'); the order in time is no cause"
    if _TIMING_LINK.search(s.lowered, s.starts[j] if j < len(s.starts) else len(s.lowered)):
        return None
    return "hints at something, but links no two events in time"


_READER = re.compile(
    r"if (?:you|you've|you're|you'd) (?:missed|want|like|need|prefer|are|have|would|fancy|"
    r"haven't|didn't|can't|wish|enjoyed|liked|ask)\b|if (?:i|we) (?:may|might|am|'m|’m|"
    r"recall|remember)\b|if memory serves"
)


def check_condition(s: Sentence, i: int, j: int) -> str | None:
    """'If fares rise, ridership may fall' makes one thing depend on another. Not 'if
    anything', 'even if', 'as if', 'asked if', an aside to the reader ('if you missed
    it, ...'), nor a warning or threat ('warned it could strike if ...')."""
    words()
    before = s.word(i - 1)
    if (
        before in ("even", "as", "what")
        or before in words()["embedding_words"]
        or before == "whether"
    ):
        return "is not a condition here"
    if s.word(i + 1) in words()["if_phrases"] or _READER.match(s.lowered, s.starts[i]):
        return "is a set phrase or an aside to the reader, not a condition"
    for t in s.tokens[:i]:
        if t in (
            "cautioned",
            "warned",
            "warns",
            "warning",
            "threatened",
            "threatens",
            "threatening",
            "vowed",
            "vows",
        ):
            return f"is part of a warning ('{t}'), not a claim about causes"
    comma = next((k for k in range(j, len(s.tokens)) if s.tokens[k] in (",", ";")), len(s.tokens))
    if any(t in ("may", "can", "should", "must", "cannot") for t in s.tokens[j:comma]):
        return "argues from a rule or a permission ('if X may ...'), not from a cause"
    if not any(t in words()["consequence_words"] for t in s.tokens):
        return "~has no consequence (will, would, may ...) in this sentence"
    return None


def check_inverted_condition(s: Sentence, i: int, j: int) -> str | None:
    """'Should the dam fail, the town would flood'."""
    if i != 0:
        return "~is not at the start of the sentence"
    if not any(t in words()["modals"] for t in s.tokens[j:]):
        return "has no consequence (will, would ...) after it"
    return None


def check_imperative_and(s: Sentence, i: int, j: int) -> str | None:
    """'Scrap the subsidy and the villages will lose their bus': do X and Y follows."""
    first = s.word(0)
    if (
        function_word(first)
        or first.endswith(("s", "ed", "ing", "ly"))
        or first in ("please", "let", "thanks", "thank")
    ):
        return "~does not start with an order, so 'and' only adds"
    if not any(t in words()["modals"] for t in s.tokens[i:]):
        return "~has no consequence (will, would ...) after 'and'"
    return None


def check_since(s: Sentence, i: int, j: int) -> str | None:
    """'Since the price had doubled, drivers stopped work' (because) but not 'since
    2019', 'ever since we moved', 'since taking office' or 'has risen since then'."""
    w = words()
    nxt = s.word(j)
    ever = s.word(i - 1) == "ever" and i == 1  # 'Ever since the store opened, shops have struggled'
    if (s.word(i - 1) in ("ever", "long", "just", "shortly", "soon") and not ever) or not is_word(
        nxt
    ):
        return "gives a time here"
    if (
        finite_verb(nxt)
        or nxt.endswith("ing")
        or nxt in w["calendar_nouns"]
        or nxt in ("then", "when")
    ):
        return "gives a time here"
    if nxt[0].isdigit() or nxt in w["time_names"]:
        return "gives a time here"
    comma = next((k for k in range(j, len(s.tokens)) if s.tokens[k] in (",", ";")), None)
    if comma is None or not has_verb(s, j, comma):
        return "gives a time here"
    main = s.tokens[comma + 1 :] if i <= int(ever) else s.tokens[:i]
    for a, b in itertools.pairwise(main):
        if b in w["change_participles"] and i <= int(ever):
            return None  # 'Since the bridge was closed, traders have lost half ...': post hoc
        if a in ("has", "have", "'ve", "’ve", "hasn't", "haven't") and (
            b.endswith(("ed", "en")) or b in w["irregular_past"] or b == "been"
        ):
            return "gives a time here (what has happened since)"
    return "gives a time here" if ever else None


def check_thanks(s: Sentence, i: int, j: int) -> str | None:
    """'Thanks to the tutors, scores have climbed' gives a cause; 'Thanks to everyone
    who came' and 'Many thanks to the volunteers who set up the stalls' thank someone."""
    nxt = s.word(j)
    if nxt in ("everyone", "everybody", "all", "you", "those", "anyone", "readers"):
        return "thanks someone here; it does not give a cause"
    _, before = s.prev_word(i)
    opening = i == 0 or before in ("many", "special", "huge", "big", "sincere", "warm", "and")
    comma = s.tokens.index(",", j) if "," in s.tokens[j:] else len(s.tokens)
    if opening and not has_verb(s, comma + 1, len(s.tokens)):
        return "thanks someone here; no effect follows it"
    return None


def check_after_event(s: Sentence, i: int, j: int) -> str | None:
    """'in the wake of the riots' can give a cause; 'in the wake of the summer holidays'
    only dates what follows."""
    _, head = noun_head(s, j)
    if head in words()["calendar_nouns"] or not head:
        return "only dates what follows; a time is not a cause"
    return None


def check_motive_past(s: Sentence, i: int, j: int) -> str | None:
    """'it wanted the numbers gone' explains an action told in the same sentence."""
    verbs = sum(
        1 for k, t in enumerate(s.tokens) if (k < i or k >= j) and finite_verb(t, s.word(k - 1))
    )
    if verbs == 0:
        return "says what someone wanted, but explains no action in this sentence"
    return None


def _event_at(s: Sentence, m: int) -> bool:
    t = s.tokens[m]
    return lexical_verb(s, m) or event_noun(t)


def check_event_link(s: Sentence, i: int, j: int) -> str | None:
    """'Police fired tear gas after the crowd threw stones' has an event on each side of
    'after'; 'Protests began after the holiday weekend' has none after it."""
    start = max(
        (k + 1 for k in range(i) if s.tokens[k] in (";", ":", "—", '"', "“", "”")), default=0
    )
    if not any(_event_at(s, m) for m in range(start, i)):
        return "~has no event before it in this sentence"
    end = j
    while end < len(s.tokens) and end < j + 8 and s.tokens[end] not in (",", ";", ":", ".", "—"):
        end += 1
    if not any(_event_at(s, m) for m in range(j, end)):
        return "only dates what follows; no event after it could be a cause"
    return None


CHECKS = {
    "verb": check_verb,
    "copula": check_copula,
    "clause-after": check_clause_after,
    "so": check_so,
    "purpose-to": check_purpose_to,
    "purpose-passive": check_purpose_passive,
    "by-ing": check_by_ing,
    "not-before-noun": check_not_before_noun,
    "timing-later": check_timing_later,
    "condition": check_condition,
    "inverted-condition": check_inverted_condition,
    "imperative-and": check_imperative_and,
    "since": check_since,
    "thanks": check_thanks,
    "due-to": check_due_to,
    "after-event": check_after_event,
    "who-benefits": check_who_benefits,
    "motive-past": check_motive_past,
    "event-subject": check_event_subject,
    "real-hedge": check_real_hedge,
    "event-link": check_event_link,
    "purpose-opening": check_purpose_opening,
    "event-after": check_event_after,
    "hidden-hand": check_hidden_hand,
    "opening": check_opening,
    "not-topic": check_not_topic,
    "event-effect": check_event_effect,
    "causal-as": check_causal_as,
    "change-after": check_change_after,
    "covary": check_covary,
}


_QUESTION_OPENERS = frozenset(
    (
        *("is", "are", "was", "were", "do", "does", "did", "can", "could", "would", "will"),
        *("has", "have", "had", "should", "isn't", "aren't", "wasn't", "didn't", "doesn't"),
    )
)


def _in_question(s: Sentence, i: int) -> bool:
    """Token i lies in a direct question: a stretch ending in '?' that opens with a verb
    ('Is it because ...?'). 'Why did it close? Because ...' is a question and an answer."""
    end = next((k for k in range(i, len(s.tokens)) if s.tokens[k] in (".", "?", "!")), None)
    if end is None or s.tokens[end] != "?":
        return False
    start = max((k + 1 for k in range(i) if s.tokens[k] in (".", "?", "!", ":", ";")), default=0)
    return s.word(start) in _QUESTION_OPENERS


def scope_reason(s: Sentence, i: int, question: bool = True) -> str | None:
    """Why a causal signal at token i is not asserted at all: it sits in a question the
    sentence asks ('examine what caused'), or in a title ('What Caused the Crash')."""
    start = s.clause_start(i)
    window = s.tokens[max(0, start - 3) : i]
    for k, t in enumerate(window[:-1] if len(window) > 1 else []):
        if t not in words()["embedding_words"]:
            continue
        for nxt in window[k + 1 : k + 4]:  # 'ask what', 'decide for themselves whether'
            if nxt in _INTERROGATIVE or (nxt == "of" and t in ("question", "questions")):
                return f"sits inside a question ('{t} … {nxt}'); the sentence does not claim it"
    for k in range(max(0, i - 3), i):
        if s.tokens[k] in ("'", "‘", "“", '"') and s.word(k - 1) in words()["mention_nouns"]:
            return f"is quoted after '{s.word(k - 1)}', as words, not used to claim anything"
    if s.word(i - 1) in ("whatever", "whichever") or s.word(i - 2) in ("whatever", "whichever"):
        return "names no reason ('whatever the reason'), it sets any reason aside"
    lead = s.tokens[:i]
    if question and _in_question(s, i):
        return "is asked as a question here, not claimed"
    if lead and lead[0] == "whether":
        return "sits inside a question ('whether'); the sentence does not claim it"
    for k in range(max(0, i - 6), i):
        if s.tokens[k] in ("'", "‘", "“", '"'):
            close = next((m for m in range(i + 1, min(i + 8, len(s.tokens))) if s.tokens[m] in
                          ("'", "’", "”", '"')), i)  # fmt: skip
            quoted = s.text[s.starts[k] + 1 : s.starts[max(close, i)]].split() or [s.word(i)]
            small = ("the", "of", "a", "an", "and", "in", "on", "to", "for", "at", "by")
            if quoted[0][:1].isupper() and all(
                q[:1].isupper() or q in small for q in quoted if q[:1].isalpha()
            ):
                return "is part of a title, not a claim"
    return None


def check(name: str, s: Sentence, start: int, end: int) -> str | None:
    """Run the named check on the signal at characters start..end of `s`."""
    i, j = s.at(start), s.at(end)
    return CHECKS[name](s, i, max(j, i + 1))
