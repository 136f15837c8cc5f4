"""`make bench`: runs every tests/bench/bench_*.py (or the ones named) and prints their figures.

Usage: python -m tests.bench [name ...] [--option value ...]   e.g. `make bench ARGS="server --quick"`
A bare word that names a benchmark module (domain, store, sync, server, documents, ui, stats, soak) selects it;
every other word is passed to the selected modules' main(argv). The long soak campaign runs only when named
(`make soak`). Each module prints `name: value unit (target ...)` lines.
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
    short = {n.removeprefix("bench_") for n in names}
    wanted = [a for a in argv if a in short]
    passed = [a for a in argv if a not in short]
    if wanted:
        names = [n for n in names if n.removeprefix("bench_") in wanted]
    else:
        names = [n for n in names if n != "bench_soak"]
    failures = 0
    for name in names:
        print(f"=== {name} ===", flush=True)
        started = time.perf_counter()
        try:
            importlib.import_module(f"tests.bench.{name}").main(passed)
        except Exception as exc:  # a benchmark that crashes is reported, the others still run
            failures += 1
            print(f"{name}: FAILED {type(exc).__name__}: {exc}", flush=True)
        print(f"({name} took {time.perf_counter() - started:.1f} s)\n", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
