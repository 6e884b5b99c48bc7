"""Exercises: each kind and its feedback, building them from a case's exercises.yml, answer
files, sealing for the student pack. May import compare/, detectors/, case/, text/ and the base."""

from medialit.exercises.answerfile import (
    FORMAT,
    AnswerFile,
    answers_folder,
    file_name,
    read_answers,
    saved_entry,
    write_atomically,
)
from medialit.exercises.base import Exercise, Feedback, Item, Score, resolve_label
from medialit.exercises.build import (
    build_exercise,
    check_exercises,
    earlier_words,
    is_student_pack,
    lesson_exercise,
    lesson_specs,
    own_specs,
    thin_slots,
)
from medialit.exercises.build_matrix import given_claim_cells
from medialit.exercises.build_summative import FALLBACK as UNSEEN_FALLBACK
from medialit.exercises.charts import ChartExercise, fixes_for
from medialit.exercises.check import CheckExercise, CheckPart
from medialit.exercises.check_forms import (
    FORMS,
    build_check,
    check_for,
    check_prompts,
    form_plans,
    sealed_forms,
    used_in_lessons,
)
from medialit.exercises.check_sealed import (
    CHECK_FILE,
    CHECK_HEADER,
    SealedCheckExercise,
    sealed_check,
)
from medialit.exercises.freetext import FreeTextExercise
from medialit.exercises.generate import lesson_names, lesson_slots
from medialit.exercises.label import ChoiceExercise, LabelExercise
from medialit.exercises.matrix import MatrixCell, MatrixExercise
from medialit.exercises.number import NumberExercise
from medialit.exercises.seal import PACK_LIMITS, seal
from medialit.exercises.sealed import build_sealed
from medialit.exercises.search import (
    SearchExercise,
    seal_search,
    unseal_page,
    weighing_exercise,
)
from medialit.exercises.summative import SummativeExercise
from medialit.exercises.technique import Passage, TechniqueExercise

__all__ = [
    "CHECK_FILE",
    "CHECK_HEADER",
    "FORMAT",
    "FORMS",
    "PACK_LIMITS",
    "UNSEEN_FALLBACK",
    "AnswerFile",
    "ChartExercise",
    "CheckExercise",
    "CheckPart",
    "ChoiceExercise",
    "Exercise",
    "Feedback",
    "FreeTextExercise",
    "Item",
    "LabelExercise",
    "MatrixCell",
    "MatrixExercise",
    "NumberExercise",
    "Passage",
    "Score",
    "SealedCheckExercise",
    "SearchExercise",
    "SummativeExercise",
    "TechniqueExercise",
    "answers_folder",
    "build_check",
    "build_exercise",
    "build_sealed",
    "check_exercises",
    "check_for",
    "check_prompts",
    "earlier_words",
    "file_name",
    "fixes_for",
    "form_plans",
    "given_claim_cells",
    "is_student_pack",
    "lesson_exercise",
    "lesson_names",
    "lesson_slots",
    "lesson_specs",
    "own_specs",
    "read_answers",
    "resolve_label",
    "saved_entry",
    "seal",
    "seal_search",
    "sealed_check",
    "sealed_forms",
    "thin_slots",
    "unseal_page",
    "used_in_lessons",
    "weighing_exercise",
    "write_atomically",
]
