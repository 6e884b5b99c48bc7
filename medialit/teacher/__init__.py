"""For teachers: answer keys, the student pack, the class report, the lab set-up. May import
exercises/ and every layer below it; never notebook/."""

from medialit.teacher.answerkeys import build_keys, lesson_notebooks
from medialit.teacher.classreport import as_json, summarise, write_report
from medialit.teacher.labsetup import OVERRIDES, write_overrides
from medialit.teacher.studentpack import build_student_pack
from medialit.teacher.validate import validate_case

__all__ = [
    "OVERRIDES",
    "as_json",
    "build_keys",
    "build_student_pack",
    "lesson_notebooks",
    "summarise",
    "validate_case",
    "write_overrides",
    "write_report",
]
