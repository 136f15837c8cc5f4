"""`make bench`: runs every tests/bench/bench_*.py (or the ones named) and prints their figures.

Usage: python -m tests.bench [name ...]   e.g. `make bench ARGS="domain documents"`
Each module exposes main(argv: list[str]) -> None and prints `name: value unit (target ...)` lines.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))
    wanted = [a for a in argv if not a.startswith("-")]
    if wanted:
        names = [n for n in names if any(w in n for w in wanted)]
    failures = 0
    for name in names:
        print(f"=== {name} ===", flush=True)
        started = time.perf_counter()
        try:
            importlib.import_module(f"tests.bench.{name}").main([a for a in argv if a.startswith("-")])
        except Exception as exc:  # a benchmark that crashes is reported, the others still run
            failures += 1
            print(f"{name}: FAILED {type(exc).__name__}: {exc}", flush=True)
        print(f"({name} took {time.perf_counter() - started:.1f} s)\n", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
