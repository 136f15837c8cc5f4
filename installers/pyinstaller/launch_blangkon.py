"""Frozen entry point of `blangkon` (the desktop app and its sub-commands, including --self-test)."""

import multiprocessing
import sys

from desktop.app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
