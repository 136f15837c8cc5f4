"""Frozen entry point of `blangkon-server`, shipped next to `blangkon` in the same folder (shared _internal/)."""

import multiprocessing
import sys

from sync.server.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
