"""Lateral reading done offline (lesson 01): the search index, the first click and its reason,
weighing the assessors, saving and restoring, and `medialit validate` on search.yml."""

from __future__ import annotations

import pytest
import yaml

from medialit.case import FIRST_CLICKS, load_case, load_search_index, read_search_index
from medialit.exercises import SearchExercise
from medialit.lesson import Lesson, start
from medialit.paths import case_dir
from medialit.shown import Shown
from medialit.teacher import validate_case

LESSON = "01-meet-the-sources"


@pytest.fixture(scope="module")
def index():
    return load_search_index(case_dir("kazakhstan-2022"))


def _page(index, page_id):
    return next(p for p in index.pages if p.id == page_id)


def _number(page, **wanted) -> int:
    """The number (from 1) of the first result with these fields."""
    for n, result in enumerate(page.results, start=1):
        if all(getattr(result, k) == v for k, v in wanted.items()):
            return n
    raise AssertionError(f"no result with {wanted} on {page.id}")


# --- the index and forgiving queries ------------------------------------------------------


@pytest.mark.parametrize(
    "query, page_id",
    [
        ("Eurasian Strategy Review", "eurasian-strategy-review"),
        ("review strategy EURASIAN", "eurasian-strategy-review"),  # any order, any case
        ("eurasian", "eurasian-strategy-review"),  # part of a name
        ("Eurasain Strategy", "eurasian-strategy-review"),  # a typo
        ("who runs the steppe dispatch?", "steppe-dispatch"),
        ("dispach", "steppe-dispatch"),
        ("20,000 terrorists", "twenty-thousand-attackers"),  # a claim, not an outlet
        ("Tokayev 20000", "twenty-thousand-attackers"),
    ],
)
def test_forgiving_queries_find_their_page(index, query, page_id):
    page, suggestions = index.find(query)
    assert page is not None and page.id == page_id
    assert suggestions == []


@pytest.mark.parametrize("query", ["weather in Almaty", "Polycentric Review", "", "!!!"])
def test_a_query_that_fits_nothing_gets_suggestions(index, query):
    page, suggestions = index.find(query)
    assert page is None
    assert set(suggestions) == {p.about for p in index.pages}


def test_every_page_mixes_assessors_and_offers_a_real_choice(index):
    for page in index.pages:
        kinds = {r.assessor for r in page.results}
        firsts = [r.first for r in page.results]
        assert len(page.results) >= 5 and len(kinds) >= 4, page.id
        assert "look-alike" in kinds, f"{page.id}: no site that looks official and is not"
        assert "weak" in firsts and ({"good", "fair"} & set(firsts)), page.id
        assert set(firsts) <= set(FIRST_CLICKS)
        # the look-alike and the outlet's own page are never a right first click
        for r in page.results:
            if r.assessor in ("look-alike", "own-page") and r.id != "office":
                assert r.first == "weak", f"{page.id}/{r.id}"
            if r.assessor == "look-alike":
                assert r.weigh == ("drop",)


def test_no_result_is_a_real_web_address(index):
    for page in index.pages:
        for r in page.results:
            assert r.site.split("/")[0].endswith(".example"), r.site


# --- the first click: choice and reason ---------------------------------------------------


def test_a_reason_without_evidence_gets_a_prompt_and_opens_nothing(index):
    page = _page(index, "eurasian-strategy-review")
    s = SearchExercise("s", "S", "P", page)
    good = _number(page, assessor="reference")
    for reason in ["I do not know lol", "it is good", "Eurasian Strategy Review", "", 7]:
        feedback = s.answer(good, reason)
        assert feedback.correct is None, reason
        assert page.results[good - 1].text[:30] not in feedback.markdown
    assert s.history == [] and s.score().answered == 0


def test_a_good_first_click_with_evidence_is_right_and_opens_the_page(index):
    page = _page(index, "eurasian-strategy-review")
    s = SearchExercise("s", "S", "P", page)
    good = _number(page, assessor="reference")
    feedback = s.answer(good, "A reference written by others, so not the site talking about itself")
    assert feedback.correct is True
    assert "Your reason counts" in feedback.markdown
    assert page.results[good - 1].text[:40] in feedback.markdown  # opened
    assert s.score().right_first_time == 1


@pytest.mark.parametrize("assessor", ["own-page", "look-alike", "rival"])
def test_opening_the_own_page_a_look_alike_or_a_rival_first_is_a_miss_with_a_why(index, assessor):
    page = _page(index, "eurasian-strategy-review")
    s = SearchExercise("s", "S", "P", page)
    n = _number(page, assessor=assessor)
    result = page.results[n - 1]
    feedback = s.answer(n, f"It says: {result.snippet}")  # quotes the result: evidence
    assert feedback.correct is False
    assert result.first_why[:40] in feedback.markdown.replace("\\", "")
    score = s.score()
    assert score.right_first_time == 0 and score.mixups and result.site in score.mixups[0]
    # a second, better click counts as a correction, not a first-time right
    s.answer(_number(page, assessor="reference"), "written by others and links to its sources")
    assert s.score().right_now == 1 and s.score().right_first_time == 0


def test_a_reason_counts_by_quoting_the_result_or_making_a_look_for_point(index):
    page = _page(index, "steppe-dispatch")
    n = _number(page, assessor="press-freedom-monitor")
    quoting = SearchExercise("s", "S", "P", page).answer(
        n, "It says 'who funds them?' in the title"
    )
    point = SearchExercise("s", "S", "P", page).answer(n, "It shows its sources for the money")
    assert quoting.correct is True and "quotes" in quoting.markdown
    assert point.correct is True and "makes the point" in point.markdown


def test_reading_another_result_waits_for_the_first_click(index):
    page = _page(index, "steppe-dispatch")
    s = SearchExercise("s", "S", "P", page)
    assert page.results[0].text[:30] not in s.open(1).markdown
    s.answer(_number(page, assessor="reference"), "written by others, with links")
    assert page.results[0].text[:30] in s.open(1).markdown
    assert "run from 1 to" in s.open(99).text


def test_a_bad_result_number_is_one_line_and_not_kept(index):
    s = SearchExercise("s", "S", "P", index.pages[0])
    assert "Say why first" in s.answer(1).markdown  # no reason given: a prompt, not a traceback
    assert "run from 1 to" in s.answer().markdown
    for number in (0, 99, "two", None, True):
        feedback = s.answer(number, "written by others")
        assert feedback.correct is None and "run from 1 to" in feedback.markdown
    assert s.history == []


# --- weighing the assessors: hits and false alarms -----------------------------------------


def test_weighing_scores_hits_and_false_alarms_on_setting_aside(index):
    L = Lesson(LESSON, load_case("kazakhstan-2022"))
    page = _page(index, "eurasian-strategy-review")
    w = L.weigh("eurasian")
    look_alike, reference = (
        _number(page, assessor="look-alike"),
        _number(page, assessor="reference"),
    )
    assert w.answer(look_alike, "drop").correct is True  # a hit
    assert w.answer(reference, "drop").correct is False  # a false alarm
    assert w.answer(_number(page, assessor="own-page"), "lean").correct is False
    score = w.score()
    assert (score.hits, score.false_alarms) == (1, 1)
    # a reference is a map: both lean and care are accepted
    again = L.weigh("eurasian", fresh=True)
    assert again.answer(reference, "care").correct and again.answer(reference, "lean").correct


# --- the lesson: saving, restoring, a case without an index --------------------------------


def test_search_answers_are_saved_and_restored(tmp_path):
    folder = str(tmp_path / "answers")
    L = start(LESSON, answers_folder=folder)
    s = L.search("Steppe Dispatch")
    page = s.page
    s.answer(_number(page, assessor="own-page"), "It is the outlet speaking about itself")
    s.answer(_number(page, assessor="reference"), "written by others, with links")
    w = L.weigh(s)
    w.answer(_number(page, assessor="look-alike"), "drop")
    again = start(LESSON, answers_folder=folder)
    s2, w2 = again.search("steppe"), again.weigh("steppe")
    assert len(s2.history) == 2 and s2.score().right_first_time == 0 and s2.score().right_now == 1
    assert w2.score().hits == 1
    assert "Your answers so far" in s2.show().markdown


def test_answer_key_mode_shows_the_key_and_saves_nothing():
    L = Lesson(LESSON, load_case("kazakhstan-2022"), answer_key=True)
    shown = L.search("eurasian").show().markdown
    assert "answer key" in shown and "First click: **weak**" in shown and "**good**" in shown


def test_a_case_without_an_index_gets_one_line_saying_what_to_add(case_copy):
    (case_copy / "search.yml").unlink()
    L = Lesson(LESSON, load_case(case_copy))
    result = L.search("steppe")
    assert isinstance(result, Shown) and "search.yml" in result.text
    assert len(result.text.splitlines()) == 1
    assert any("search.yml" in m for m in L.what_is_missing())
    assert not any(
        "search.yml" in m for m in Lesson("00-start-here", load_case(case_copy)).what_is_missing()
    )


def test_a_query_that_is_not_text_is_a_one_line_error():
    from medialit.errors import MedialitError

    with pytest.raises(MedialitError, match="words in quotes"):
        Lesson(LESSON, load_case("kazakhstan-2022")).search(42)


def test_the_widget_gives_answers_through_answer(index):
    pytest.importorskip("ipywidgets")
    page = _page(index, "steppe-dispatch")
    s = SearchExercise("s", "S", "P", page)
    box = s.widget()
    choose, reason, button = box.children[1], box.children[2], box.children[3]
    choose.value = _number(page, assessor="reference")
    reason.value = "written by others, with links to its sources"
    button.click()
    assert len(s.history) == 1 and "Right" in box.children[4].value


# --- medialit validate: the shape of search.yml ---------------------------------------------


def _edit_index(folder, change):
    path = folder / "search.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


@pytest.mark.parametrize(
    "change, expected",
    [
        (lambda d: d["pages"][0]["results"][0].update(assessor="blogger"), "assessor"),
        (lambda d: d["pages"][0]["results"][0].update(first="best"), ".first"),
        (lambda d: d["pages"][0]["results"][0].update(weigh=["trust"]), ".weigh"),
        (lambda d: d["pages"][0]["results"][1].pop("snippet"), ".snippet"),
        (lambda d: d["pages"][1].update(results=d["pages"][1]["results"][:2]), "at least three"),
        (lambda d: [r.update(first="weak") for r in d["pages"][2]["results"]], "good (or fair)"),
        (
            lambda d: d["pages"][2]["results"][1].update(id=d["pages"][2]["results"][0]["id"]),
            "share an id",
        ),
        (lambda d: d.update(pages="none"), "pages"),
    ],
)
def test_validate_names_each_shape_problem_in_search_yml(case_copy, change, expected):
    _edit_index(case_copy, change)
    problems = [str(p) for p in validate_case(case_copy)]
    assert len(problems) == 1, problems
    assert "search.yml" in problems[0] and expected in problems[0]


def test_validate_passes_the_shipped_index_and_reads_bad_yaml(case_copy):
    assert read_search_index(case_dir("kazakhstan-2022"))[1] == []
    (case_copy / "search.yml").write_text("pages: [\n  - id: x\n", encoding="utf-8")
    problems = [str(p) for p in validate_case(case_copy)]
    assert len(problems) == 1 and "not valid YAML" in problems[0]


# --- the student pack: the key sealed, the same verdicts ------------------------------------


def _sealed_copy(case_copy):
    from medialit.exercises import seal_search

    path = case_copy / "search.yml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    path.write_text(yaml.safe_dump(seal_search(raw, "pack-salt")), encoding="utf-8")
    return raw, path.read_text(encoding="utf-8")


def test_the_pack_index_holds_no_key_and_gives_the_same_verdicts(case_copy, index):
    raw, text = _sealed_copy(case_copy)
    for page in raw["pages"]:
        for result in page["results"]:
            assert result["first_why"][:40] not in text and result["weigh_why"][:40] not in text
    sealed = yaml.safe_load(text)
    for page in sealed["pages"]:
        for result in page["results"]:
            assert not {"first", "first_why", "weigh", "weigh_why"} & set(result)
    assert validate_case(case_copy) == []
    packed = Lesson(LESSON, load_case(case_copy))
    real = Lesson(LESSON, load_case("kazakhstan-2022"))
    for page in index.pages:
        for n, result in enumerate(page.results, start=1):
            reason = f"It says: {result.snippet}"
            mine = packed.search(page.about).answer(n, reason)
            theirs = real.search(page.about).answer(n, reason)
            assert mine.correct == theirs.correct and mine.markdown == theirs.markdown


def test_the_pack_shows_no_key_and_seals_the_weighing(case_copy, index):
    _sealed_copy(case_copy)
    key_mode = Lesson(LESSON, load_case(case_copy), answer_key=True)
    assert "carries no answer key" in key_mode.search("steppe").show().text
    packed = Lesson(LESSON, load_case(case_copy))
    page = _page(index, "steppe-dispatch")
    w = packed.weigh("steppe")
    look_alike = _number(page, assessor="look-alike")
    assert w.answer(look_alike, "drop").correct is True
    reference = _number(page, assessor="reference")
    w.answer(reference, "drop")
    second = w.answer(reference, "drop").markdown
    assert "does not show the answer" in second
    assert (w.score().hits, w.score().false_alarms) == (1, 1)
