"""`python -m desktop.app.selftest [--data-dir DIR] [--strict]`."""

from desktop.app.selftest import main

raise SystemExit(main())
