"""`python -m medialit` is the same as the `medialit` command."""

from medialit.cli import main

raise SystemExit(main())
