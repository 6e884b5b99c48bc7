"""The command line: `medialit VERB ...`, each verb a thin door onto a library function."""

from medialit.cli.main import main

__all__ = ["main"]
