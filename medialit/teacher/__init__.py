"""For teachers: answer keys, the student pack, the class report, the lab set-up, grading
with nbgrader. May import exercises/ and every layer below it; never notebook/."""

from medialit.teacher.answerkeys import build_keys, lesson_notebooks
from medialit.teacher.classreport import as_json, class_json, summarise, write_report
from medialit.teacher.draft import DraftReport, draft_case
from medialit.teacher.labsetup import OVERRIDES, write_overrides
from medialit.teacher.nbgrader import (
    FALSE_ALARM_PENALTY,
    AuditRow,
    ExercisePoints,
    GradeCell,
    add_grade_cell,
    audit,
    exercise_points,
    grade_cells,
    gradebook_points,
    kit_points,
    lesson_max_points,
    lesson_points,
    nbgrader_config,
    overwrite_cells_anywhere,
    score_answers,
    setup_course,
)
from medialit.teacher.prepost_report import StudentChecks, read_checks
from medialit.teacher.review import Review, ReviewItem
from medialit.teacher.studentpack import build_student_pack
from medialit.teacher.validate import validate_case, validate_with_warnings
from medialit.teacher.weak_spots import weak_spots

__all__ = [
    "FALSE_ALARM_PENALTY",
    "OVERRIDES",
    "AuditRow",
    "DraftReport",
    "ExercisePoints",
    "GradeCell",
    "Review",
    "ReviewItem",
    "StudentChecks",
    "add_grade_cell",
    "as_json",
    "audit",
    "build_keys",
    "build_student_pack",
    "class_json",
    "draft_case",
    "exercise_points",
    "grade_cells",
    "gradebook_points",
    "kit_points",
    "lesson_max_points",
    "lesson_notebooks",
    "lesson_points",
    "nbgrader_config",
    "overwrite_cells_anywhere",
    "read_checks",
    "score_answers",
    "setup_course",
    "summarise",
    "validate_case",
    "validate_with_warnings",
    "weak_spots",
    "write_overrides",
    "write_report",
]
