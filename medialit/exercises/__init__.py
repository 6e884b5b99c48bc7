"""Exercises: each kind and its feedback, building them from a case's exercises.yml, answer
files, sealing for the student pack. May import compare/, detectors/, case/, text/ and the base."""

from medialit.exercises.answerfile import (
    FORMAT,
    AnswerFile,
    answers_folder,
    file_name,
    read_answers,
    saved_entry,
)
from medialit.exercises.base import (
    ChoiceExercise,
    Exercise,
    Feedback,
    FreeTextExercise,
    Item,
    LabelExercise,
    MatrixCell,
    MatrixExercise,
    NumberExercise,
    Score,
)
from medialit.exercises.build import build_exercise, check_exercises, lesson_specs
from medialit.exercises.build_matrix import given_claim_cells
from medialit.exercises.sealed import PACK_LIMITS, seal

__all__ = [
    "FORMAT",
    "PACK_LIMITS",
    "AnswerFile",
    "ChoiceExercise",
    "Exercise",
    "Feedback",
    "FreeTextExercise",
    "Item",
    "LabelExercise",
    "MatrixCell",
    "MatrixExercise",
    "NumberExercise",
    "Score",
    "answers_folder",
    "build_exercise",
    "check_exercises",
    "file_name",
    "given_claim_cells",
    "lesson_specs",
    "read_answers",
    "saved_entry",
    "seal",
]
