"""JupyterLab settings for a classroom: no "Jupyter news" prompt on first start.

Run as `medialit lab-setup` (the Makefile and Binder's postBuild do).
It writes `share/jupyter/lab/settings/overrides.json` inside the running Python's
environment, keeping any other settings already there.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OVERRIDES = {
    "@jupyterlab/apputils-extension:notification": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
}


def write_overrides(prefix: str | Path = sys.prefix) -> Path:
    """Merge the kit's settings into `<prefix>/share/jupyter/lab/settings/overrides.json`.

    >>> import tempfile, json
    >>> path = write_overrides(tempfile.mkdtemp())
    >>> json.loads(path.read_text())["@jupyterlab/apputils-extension:notification"]["fetchNews"]
    'false'
    """
    path = Path(prefix) / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    current = {}
    if path.is_file():
        try:
            current = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            path.replace(path.with_suffix(".json.bak"))  # keep the broken file, start afresh
    for plugin, settings in OVERRIDES.items():
        current.setdefault(plugin, {}).update(settings)
    path.write_text(json.dumps(current, indent=2) + "\n", encoding="utf-8")
    return path
