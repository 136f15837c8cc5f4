"""`python -m desktop` runs the desktop app (same as the `blangkon` command)."""

from desktop.app.cli import main

raise SystemExit(main())
