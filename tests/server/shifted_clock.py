"""The real `blangkon-server` on a shifted clock: the server's legal time (sync.server.clock) and the HTTP Date
header both read real time plus the offset in seconds written in FILE, re-read at each call, so a test moves the
server through a holiday week without sleeping (#17):

    python -m tests.server.shifted_clock FILE serve --db … --port …   (start_server(clock_file=FILE))

`ShiftedClock(FILE).set(moment)` writes the offset that makes "now" equal `moment` (and returns the offset).
Access and refresh tokens keep real time, as the server's own `now_s` does.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
import types
from pathlib import Path

from sync.server import clock
from sync.server.cli import main


class ShiftedClock:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def offset(self) -> float:
        try:
            return float(self.path.read_text(encoding="utf-8").strip() or 0)
        except (OSError, ValueError):
            return 0.0

    def now(self) -> float:
        return time.time() + self.offset()

    def set(self, moment: dt.datetime) -> float:
        offset = moment.timestamp() - time.time()
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(repr(offset), encoding="utf-8")
        tmp.replace(self.path)  # atomic: the server never reads half a number
        return offset


def install(path: str) -> None:
    shifted = ShiftedClock(Path(path))
    clock.set_source(shifted.now)
    import uvicorn.server

    shim = types.ModuleType("time")
    shim.__dict__.update(time.__dict__)
    shim.time = shifted.now  # type: ignore[attr-defined]
    uvicorn.server.time = shim  # type: ignore[attr-defined]  # the Date header of every response


if __name__ == "__main__":
    install(sys.argv[1])
    raise SystemExit(main(sys.argv[2:]))
