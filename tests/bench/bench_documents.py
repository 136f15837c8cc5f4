"""Document speed: one Surat Pesanan, a batch of 100 kuitansi, a month's BKU of 2,000 lines (issue 7 targets).

Usage: python -m tests.bench documents   (or python -m tests.bench.bench_documents)
Wall time is the figure compared with the target; CPU time of this process is printed beside it because the
shared 2-core machine is often busy with other work, which inflates wall time but not CPU time.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace

from desktop.documents import demo, ledger
from desktop.documents.books import build_bku
from desktop.documents.kuitansi import build_kuitansi
from desktop.documents.model import BookMonth, DocumentOptions
from desktop.documents.surat_pesanan import build_surat_pesanan
from desktop.documents.verification import DocumentPayload, verify_qr


def _month_with_lines(target: int) -> BookMonth:
    """Demo month grown until its BKU has `target` lines (payments with their tax collection/deposit lines)."""
    extra = target // 4
    while True:
        month = demo.book_month(extra_payments=extra)
        count = len(ledger.bku_lines(month))
        if count >= target:
            return month
        extra += max(1, (target - count) // 4)


def _timed(fn: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def main(argv: list[str]) -> None:
    signer, server_key = demo.demo_signer()
    options = DocumentOptions(status="official")
    order = demo.example("A")
    build_surat_pesanan(order, options, signer)  # warm-up: font loading and template parsing happen once
    runs = [_timed(lambda: build_surat_pesanan(order, options, signer)) for _ in range(15)]
    wall = statistics.median(r[0] for r in runs) * 1000
    cpu = statistics.median(r[1] for r in runs) * 1000
    print(f"surat_pesanan_one: {wall:.0f} ms (target 150 ms; cpu {cpu:.0f} ms, median of 15)")

    payments = [replace(demo.payment_for(demo.example("ABCDE"[i % 5])), nomor_bukti=f"{1000 + i:04d}")
                for i in range(100)]
    sizes: list[int] = []
    wall_s, cpu_s = _timed(lambda: sizes.extend(len(build_kuitansi(p, options, signer)) for p in payments))
    print(f"kuitansi_batch_100: {wall_s:.2f} s (target 10 s; cpu {cpu_s:.2f} s; {sum(sizes) / 100 / 1024:.0f} KB each)")

    month = _month_with_lines(2000)
    lines = len(ledger.bku_lines(month))
    pdf: list[bytes] = []
    wall_s, cpu_s = _timed(lambda: pdf.append(build_bku(month, options, signer)))
    pages = pdf[0].count(b"/Type /Page") - pdf[0].count(b"/Type /Pages")
    print(f"bku_month_{lines}_lines: {wall_s:.2f} s (target 5 s; cpu {cpu_s:.2f} s; {pages} pages)")

    text = signer.qr_text(DocumentPayload("SP", order.sp_number, order.order_id, order.total, order.sp_date))
    wall_s, cpu_s = _timed(lambda: [verify_qr(text, [server_key]) for _ in range(200)])
    print(f"qr_verify: {wall_s / 200 * 1000:.2f} ms (target none; cpu {cpu_s / 200 * 1000:.2f} ms per offline check)")


if __name__ == "__main__":
    main(sys.argv[1:])
