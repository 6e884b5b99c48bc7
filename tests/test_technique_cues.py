"""Cues for the techniques the causal list cannot see (false dilemma, appeal to authority):
found in prose about other events, with the words shown; fair look-alikes left alone; the
cue list checked against the techniques of data/labels.yml."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medialit.case import load_labels
from medialit.detectors import find_technique_cues, load_technique_cues
from medialit.errors import MedialitError
from medialit.text import read_lexicon

# Written for this test about events other than the case; none comes from the cue list's
# source texts.
FLAGGED = [
    ("Either the council approves the bypass this month, or the old town centre dies.",
     "false-dilemma"),
    ("There are only two options left for the club: sell the ground or fold.", "false-dilemma"),
    ("Voters face a stark choice between lower taxes and open hospitals.", "false-dilemma"),
    ("There is no middle way on the new curfew.", "false-dilemma"),
    ("Every respected economist in the country agrees that the port deal was a mistake.",
     "appeal-to-authority"),
    ("Scientists agree that the new sweetener is perfectly safe.", "appeal-to-authority"),
    ("As any serious historian will tell you, the treaty was doomed from the start.",
     "appeal-to-authority"),
    ("Leading doctors have no doubt that the clinic closures cost lives.", "appeal-to-authority"),
]
FAIR = [
    "Residents can either take the ferry or drive round the bay, the timetable shows.",
    "Dr Amira Sesay, a hydrologist at the regional water board, said the reservoir was at 40%.",
    "The ministry's two reports reached different conclusions about the port deal.",
    "Economists at the central bank said inflation would fall to 3% by the spring.",
    "Whether either team qualifies depends on Saturday's results.",
    "Two roads lead to the valley, and both were closed by snow on Monday.",
]


@pytest.mark.parametrize(("sentence", "technique"), FLAGGED)
def test_a_cue_names_its_technique_and_shows_its_words(sentence, technique):
    cues = find_technique_cues(sentence)
    assert [c.technique for c in cues] == [technique]
    (cue,) = cues
    assert cue.words and cue.words.lower() in " ".join(sentence.split()).lower()
    assert f"'{cue.words}'" in cue.explanation
    assert sentence[cue.span[0] : cue.span[1]].split() == cue.words.split()


@pytest.mark.parametrize("sentence", FAIR)
def test_fair_look_alikes_raise_no_cue(sentence):
    assert find_technique_cues(sentence) == []


def test_every_cue_is_a_technique_students_are_taught():
    assert set(read_lexicon("technique-cues.yml")) <= set(load_labels().techniques)


def test_a_broken_cue_list_is_one_line_that_names_the_entry(tmp_path):
    bad = tmp_path / "technique-cues.yml"
    bad.write_text("false-dilemma:\n  explain: 'x'\n  patterns: ['(either']\n")
    with pytest.raises(MedialitError, match="'false-dilemma' has a broken pattern") as err:
        load_technique_cues(bad)
    assert "\n" not in str(err.value)
    unexplained = tmp_path / "unexplained.yml"  # lexicons are parsed once per file
    unexplained.write_text("appeal-to-authority:\n  patterns: ['experts agree']\n")
    with pytest.raises(MedialitError, match="needs 'explain:'"):
        load_technique_cues(unexplained)


# The development set (tests/cases/technique-cues/dev.json), written by a helper who never saw
# the cue list; the cues were widened on it. The held-out set is only scored by the bench.
DEV = json.loads((Path(__file__).parent / "cases" / "technique-cues" / "dev.json").read_text())


@pytest.mark.parametrize("item", DEV["sentences"], ids=lambda s: s["id"])
def test_development_sentences_get_their_techniques_and_only_those(item):
    cues = find_technique_cues(item["text"])
    assert [c.technique for c in cues] == item["techniques"], [c.words for c in cues]
