"""The command line: `medialit VERB ...`, each verb a thin door onto a library function.
May import any layer below it; only `python -m medialit` (__main__.py) imports it."""

from medialit.cli.main import main

__all__ = ["main"]
