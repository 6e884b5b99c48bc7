"""Reading a text file a student or teacher brought, whatever its encoding."""

from __future__ import annotations

import os
from pathlib import Path

from medialit.errors import MedialitError

SUPPORTED = (".md", ".markdown", ".txt", ".html", ".htm")
# A long news article is under 100 KB and a whole book about 1 MB; a file over this size is
# refused before it is read (a clear answer at once, instead of minutes of work or memory).
MAX_MB = 10


def read_text(path: str | Path) -> str:
    """The text of `path`, decoded as UTF-8, or Windows-1252 when it is not UTF-8.

    Raises a one-line `MedialitError` for a missing path, a folder, an empty or
    binary file, or one over `MAX_MB` megabytes.

    >>> import tempfile, os
    >>> f = os.path.join(tempfile.mkdtemp(), "a.txt")
    >>> _ = open(f, "wb").write("caf\\xe9".encode("cp1252"))
    >>> read_text(f)
    'café'
    """
    path = Path(path)
    try:
        handle = path.open("rb")  # one open and one fstat instead of four look-ups
    except FileNotFoundError:
        raise MedialitError(f"{path}: no such file; check the spelling and the folder") from None
    except IsADirectoryError:
        raise MedialitError(
            f"{path}: this is a folder, not a file; give the path of a "
            f"{', '.join(SUPPORTED)} file inside it"
        ) from None
    except OSError as exc:
        raise MedialitError(
            f"{path}: the file cannot be opened ({exc.strerror or exc}); check that it is "
            "yours to read and not open in another program"
        ) from None
    with handle:
        size = os.fstat(handle.fileno()).st_size
        if size > MAX_MB * 1_000_000:
            raise MedialitError(
                f"{path}: the file is {size / 1_000_000:.1f} MB, more than the {MAX_MB} MB the "
                "kit reads; split it into one file per article"
            )
        # read what fstat saw, and one byte more: reading up to the limit at once would
        # make Python set aside 10 MB for every file
        data = handle.read(size + 1)
        if len(data) > size:  # a file still growing stops at the limit
            data += handle.read(MAX_MB * 1_000_000 + 1 - len(data))
    if not data.strip():
        raise MedialitError(f"{path}: the file is empty; paste the article's text into it and save")
    if b"\x00" in data[:8192]:
        raise MedialitError(
            f"{path}: this looks like a binary file, not text; "
            "save the article as .txt, .md or .html and try again"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Windows-1252 is a superset of Latin-1's printable range and the usual
        # encoding of older saved pages; undefined bytes fall back to Latin-1.
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")
