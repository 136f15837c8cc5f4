"""Document speed: one Surat Pesanan, a batch of 100 kuitansi, a month's BKU of 2,000 lines (issue 7 targets).

Usage: python -m tests.bench documents   (or python -m tests.bench.bench_documents)
"""

from __future__ import annotations

import statistics
import sys
import time
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


def main(argv: list[str]) -> None:
    signer, server_key = demo.demo_signer()
    options = DocumentOptions(status="official")
    order = demo.example("A")
    build_surat_pesanan(order, options, signer)  # warm-up: font loading and template parsing happen once
    times = []
    for _ in range(15):
        started = time.perf_counter()
        build_surat_pesanan(order, options, signer)
        times.append((time.perf_counter() - started) * 1000)
    print(f"surat_pesanan_one: {statistics.median(times):.0f} ms (target 150 ms; p95-ish max {max(times):.0f} ms)")

    payments = [replace(demo.payment_for(demo.example("ABCDE"[i % 5]), 1000 + i), nomor_bukti=f"{1000 + i}/BP/XI/2026")
                for i in range(100)]
    started = time.perf_counter()
    total_bytes = sum(len(build_kuitansi(p, options, signer)) for p in payments)
    print(f"kuitansi_batch_100: {time.perf_counter() - started:.2f} s (target 10 s; {total_bytes / 100 / 1024:.0f} KB each)")

    month = _month_with_lines(2000)
    lines = len(ledger.bku_lines(month))
    started = time.perf_counter()
    pdf = build_bku(month, options, signer)
    elapsed = time.perf_counter() - started
    print(f"bku_month_{lines}_lines: {elapsed:.2f} s (target 5 s; {pdf.count(b'/Type /Page') - pdf.count(b'/Type /Pages')} pages)")

    text = signer.qr_text(DocumentPayload("SP", order.sp_number, order.order_id, order.total, order.sp_date))
    started = time.perf_counter()
    for _ in range(200):
        assert verify_qr(text, [server_key]).ok
    print(f"qr_verify: {(time.perf_counter() - started) / 200 * 1000:.2f} ms (target none; offline check per scan)")


if __name__ == "__main__":
    main(sys.argv[1:])
