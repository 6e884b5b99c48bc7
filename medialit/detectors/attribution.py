"""Attribution: who is quoted or cited in a text, and with which verb.

"Zas said", "according to the Interior Ministry", "critics claimed": each names a
source and a verb. The verbs are data (`data/lexicons/attribution-verbs.yml`), each
with what it adds beyond the words reported ("claimed" casts doubt; "admitted"
implies the statement is true). The speaker is found by a simple rule, shown with
every hit so a student can check it: the name or role just before the verb
("Tokayev said", "the ministry has said"), just after it ("said Tokayev"), or after
"according to".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from medialit.text import Article, article_from_text, lexicon_error, read_lexicon

ROLE = (
    r"(?:president|prime minister|minister|ministry|officials?|spokes(?:man|woman|person)|"
    r"secretary(?:-general)?|government|police|critics|analysts|witnesses|sources|"
    r"commentators|observers|residents|protesters|diplomats|experts|editors|leaders|"
    r"agency|agencies|kremlin|state department|white house|alliance|organisation|organization|"
    r"statement|report|study|survey|newspaper|channel|website|outlet|television)"
)
NAME = r"(?-i:[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*)*)"
SPEAKER = (
    rf"(?:(?:the|a|an|its|his|her|their|our)\s+)?(?:[\w'’-]+\s+){{0,3}}?{ROLE}"
    rf"|{NAME}|(?-i:he|she|they|we|I|He|She|They|We)"
)
DETERMINERS = frozenset(re.findall(r"\S+", "the a an its his her their our"))
LEADING = frozenset(
    re.findall(
        r"\S+",
        "that this on in at of whatever if when as and but so then while after before since - "
        "january february march april may june july august september october november december "
        "evening morning night day week month year",
    )
)
BETWEEN = r",?(?:\s+(?:has|have|had|also|later|again|then|publicly|repeatedly)){0,3}\s+"


@dataclass(frozen=True)
class Verb:
    """An attribution verb of the list: its forms and what it adds."""

    key: str
    forms: tuple[str, ...]
    adds: str


@dataclass(frozen=True)
class Attribution:
    """A source cited in a sentence: who, with which verb, where, and what the verb adds."""

    speaker: str
    verb: str  # as written
    key: str  # the verb's entry in the list ("claimed" for "claims")
    adds: str
    sentence: str
    span: tuple[int, int]  # the speaker-and-verb phrase in the sentence

    def to_dict(self) -> dict:
        """The attribution as JSON."""
        return {
            "speaker": self.speaker,
            "verb": self.verb,
            "key": self.key,
            "adds": self.adds,
            "sentence": self.sentence,
            "span": list(self.span),
        }


@lru_cache(maxsize=1)
def attribution_verbs() -> tuple[Verb, ...]:
    """The list of attribution verbs.

    >>> next(v for v in attribution_verbs() if v.key == "claimed").forms
    ('claimed', 'claims')
    """
    name = "attribution-verbs.yml"
    verbs = []
    for key, entry in (read_lexicon(name) or {}).items():
        if not isinstance(entry, dict) or not entry.get("forms"):
            raise lexicon_error(name, f"'{key}' needs 'forms:', a list of the verb as written", key)
        adds = " ".join(str(entry.get("adds", "")).split())
        verbs.append(Verb(str(key), tuple(str(f).lower() for f in entry["forms"]), adds))
    return tuple(verbs)


@lru_cache(maxsize=1)
def _patterns() -> tuple[list[re.Pattern], dict[str, Verb]]:
    by_form = {f: v for v in attribution_verbs() for f in v.forms}
    verbs = "|".join(re.escape(f) for f in sorted(by_form, key=len, reverse=True) if " " not in f)
    flags = re.IGNORECASE
    return [
        re.compile(rf"(?P<speaker>{SPEAKER}){BETWEEN}(?P<verb>\b(?:{verbs}))\b", flags),
        re.compile(
            rf"(?P<verb>\b(?:{verbs}))\s+(?P<speaker>{NAME}|(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,2}}?{ROLE})",
            flags,
        ),
        re.compile(rf"(?P<verb>\baccording\s+to)\s+(?P<speaker>{SPEAKER})", flags),
    ], by_form


def _clean_speaker(speaker: str) -> str:
    """Trim words the pattern swept up before the speaker ("That evening the government")."""
    speaker = speaker.rsplit(" - ", 1)[-1]  # a dateline: "NUR-SULTAN - President ..."
    tokens = speaker.replace(",", " ").split()
    dets = [k for k, t in enumerate(tokens) if t.lower() in DETERMINERS]
    if dets and re.fullmatch(ROLE, " ".join(tokens[-1:]), re.IGNORECASE):
        return " ".join(tokens[dets[-1] :])
    while tokens and (tokens[0].lower() in LEADING or tokens[0][:1].isdigit()):
        tokens.pop(0)
    speaker = " ".join(tokens)
    return speaker if re.search(r"\b[A-Z]\.$", speaker) else speaker.rstrip(".")


def _sentences(text: str | Article) -> list[str]:
    article = text if isinstance(text, Article) else article_from_text(text, "text", ".txt")
    return [s.text for s in article.sentences]


def find_attributions(text: str | Article) -> list[Attribution]:
    """Who is quoted or cited in each sentence, with the verb, in reading order.

    >>> [(a.speaker, a.verb, a.key) for a in find_attributions(
    ...     "Tokayev said 20,000 bandits attacked. Critics claimed the figure was invented. "
    ...     "According to the Interior Ministry, 9,900 people were detained.")]
    [('Tokayev', 'said', 'said'), ('Critics', 'claimed', 'claimed'), \
('the Interior Ministry', 'According to', 'reported')]
    """
    patterns, by_form = _patterns()
    out = []
    for sentence in _sentences(text):
        hits = []
        for pattern in patterns:
            for m in pattern.finditer(sentence):
                verb = " ".join(m.group("verb").split())
                speaker = _clean_speaker(m.group("speaker"))
                if not speaker or speaker.lower() in by_form or speaker.lower() in LEADING:
                    continue
                hits.append((m.start(), m.end(), speaker, verb))
        taken: list[tuple[int, int]] = []
        for start, end, speaker, verb in sorted(hits):
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            entry = by_form[verb.lower()]
            out.append(Attribution(speaker, verb, entry.key, entry.adds, sentence, (start, end)))
    return out


def speaker_counts(text: str | Article) -> Counter:
    """How often each speaker is cited (as written, so "Tokayev" and "the president" differ).

    >>> speaker_counts("Zas said so. Zas added that it was calm. Critics claimed otherwise.")
    Counter({'Zas': 2, 'Critics': 1})
    """
    return Counter(a.speaker for a in find_attributions(text))
