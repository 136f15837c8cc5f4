"""Domain throughput: tax breakdowns, terbilang, rupiah parsing/formatting, working-day arithmetic.

Usage: python -m tests.bench domain [--quick]
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable

from desktop.domain.calendar import WorkingCalendar
from desktop.domain.money import format_rupiah, parse_rupiah
from desktop.domain.taxes import Collector, Purchase, PurchaseKind, TaxEngine
from desktop.domain.terbilang import terbilang


def _rate(label: str, unit: str, target: str, count: int, work: Callable[[int], object]) -> None:
    started = time.perf_counter()
    for i in range(count):
        work(i)
    elapsed = time.perf_counter() - started
    print(f"{label}: {count / elapsed:,.0f} {unit} (target {target})", flush=True)


def main(argv: list[str]) -> None:
    quick = "--quick" in argv
    n = 2_000 if quick else 20_000
    rng = random.Random(20261123)
    engine = TaxEngine.from_resources()
    purchases = [
        Purchase(
            rng.randrange(0, 60_000_000),
            rng.choice(list(PurchaseKind)),
            rng.random() < 0.4,
            True,
            rng.random() < 0.3,
            rng.choice([Collector.BENDAHARA, Collector.PIHAK_LAIN]),
            dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(700)),
        )
        for _ in range(1_000)
    ]
    _rate(
        "tax_breakdowns_per_s",
        "breakdowns/s",
        ">= 5,000/s (a 100-line payment register under 20 ms)",
        n,
        lambda i: engine.compute(purchases[i % len(purchases)]),
    )
    numbers = [rng.randrange(0, 10**15) for _ in range(1_000)]
    _rate(
        "terbilang_per_s", "numbers/s", ">= 50,000/s", n * 5, lambda i: terbilang(numbers[i % len(numbers)])
    )
    texts = [format_rupiah(x) for x in numbers]
    _rate(
        "parse_rupiah_per_s",
        "parses/s",
        ">= 50,000/s (type-ahead validation)",
        n * 5,
        lambda i: parse_rupiah(texts[i % len(texts)]),
    )
    calendar = WorkingCalendar.from_resources()
    start = dt.date(2025, 1, 2)
    _rate(
        "add_3_working_days_per_s",
        "deadlines/s",
        ">= 20,000/s (PPK deadline column)",
        n,
        lambda i: calendar.add_working_days(start + dt.timedelta(days=i % 700), 3),
    )


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
