"""Self-test line for where the data folder lives: a network drive or a too-long Windows path (see
desktop/services/data_location.py)."""

from __future__ import annotations

from pathlib import Path

from desktop.app.selftest.base import OK, WARN, Check
from desktop.services.data_location import check_location


def check_data_location(data_dir: Path) -> Check:
    report = check_location(data_dir)
    if report.ok:
        return Check("Lokasi data", OK, f"{data_dir} ada di disk lokal")
    return Check("Lokasi data", WARN, " ".join(report.problems), "pindahkan folder data ke disk lokal (Pengaturan)")
