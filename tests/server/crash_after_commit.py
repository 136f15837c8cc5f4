"""The real `blangkon-server`, with one test hook installed: it dies like `kill -9` right after committing a
command whose Idempotency-Key starts with MARK, before the response leaves (SYNC.md §9.3).

    python -m tests.server.crash_after_commit MARK serve --db … --port …   (start_server(crash_after_commit=MARK))

`serve` with one worker runs the app in this process, so the hook set here is the one the app calls.
"""

from __future__ import annotations

import os
import sys

from sync.server.cli import main
from sync.server.orders import idempotency


def install(mark: str) -> None:
    def die_after_commit(key: str) -> None:
        if key.startswith(mark):
            os._exit(137)

    idempotency.set_after_commit_hook(die_after_commit)


if __name__ == "__main__":
    install(sys.argv[1])
    raise SystemExit(main(sys.argv[2:]))
