"""A case's notes for its lessons: what a lesson says about this case's texts.

The notebooks hold the method, true for any case; what they say about one case's
texts, outlets, people and figures lives in that case, one Markdown file a lesson
(`notes/<lesson>.md`), each part under a heading that names its place in the lesson:

```markdown
## three-accounts
Beside the baseline: the government's account and an op-ed by its critics.

## examples
- find-1: 20,000
```

The `examples` part gives the words a lesson's example cells use (a phrase to find, a
sentence to spin), one `- name: value` a line.
"""

from __future__ import annotations

import re
from pathlib import Path

HEADING = re.compile(r"(?m)^## +([\w-]+) *$")


def read_notes(folder: Path, lesson: str) -> dict[str, str]:
    """The parts of a case's notes for one lesson, by name (empty if it has none).

    >>> from medialit.paths import case_dir
    >>> notes = read_notes(case_dir("kazakhstan-2022"), "00-start-here")
    >>> "baseline" in notes
    True
    """
    path = Path(folder) / "notes" / f"{lesson}.md"
    if not path.is_file():
        return {}
    text = path.read_text(encoding="utf-8")
    marks = list(HEADING.finditer(text))
    return {
        m.group(1): text[m.end() : marks[i + 1].start() if i + 1 < len(marks) else None].strip()
        for i, m in enumerate(marks)
    }


def note_examples(notes: dict[str, str]) -> dict[str, str]:
    """The `examples` part of a lesson's notes as name: words.

    >>> note_examples({"examples": "- find-1: 20,000\\n- spin: A sentence."})
    {'find-1': '20,000', 'spin': 'A sentence.'}
    """
    found = re.findall(r"(?m)^- *([\w-]+): *(.+?) *$", notes.get("examples", ""))
    return dict(found)
