"""#14 "the server shares the domain": thresholds, the working-day calendar and QR verification have one copy,
in desktop.domain, read from the one resources/ folder; the server keeps no data folder of its own."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from desktop.domain.calendar import WorkingCalendar
from desktop.domain.thresholds import default_thresholds
from sync.server.stats import age
from sync.server.storage.state import kabkota_rows, marketplace_cap

ROOT = Path(__file__).resolve().parents[2]


def test_the_server_keeps_no_copy_of_domain_data():
    assert not (ROOT / "sync" / "server" / "data").exists()
    data = [p for p in (ROOT / "sync" / "server").rglob("*") if p.suffix in (".json", ".csv")]
    assert data == []
    source = Path(age.__file__).read_text(encoding="utf-8")
    assert "import csv" not in source and "read_text" not in source  # no calendar parser of its own


@pytest.fixture
def resources_copy(tmp_path, monkeypatch):
    """A private resources/ folder the test may edit; caches of the domain tables are reset around it."""
    folder = tmp_path / "resources"
    shutil.copytree(ROOT / "resources" / "rules", folder / "rules")
    shutil.copytree(ROOT / "resources" / "reference", folder / "reference")
    monkeypatch.setenv("BLANGKON_RESOURCES", str(folder))
    default_thresholds.cache_clear()
    yield folder
    default_thresholds.cache_clear()


def test_marketplace_cap_is_the_one_in_resources_rules(resources_copy):
    path = resources_copy / "rules" / "thresholds.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    periods = data["rules"]["marketplace_cap"]["periods"]
    periods[-1]["effective_to"] = "2026-12-31"
    periods.append({**periods[-1], "effective_from": "2027-01-01", "value": 75_000_000})
    del periods[-1]["effective_to"]
    path.write_text(json.dumps(data), encoding="utf-8")
    default_thresholds.cache_clear()
    assert marketplace_cap("2026-12-31") == 50_000_000
    assert marketplace_cap("2027-01-02") == 75_000_000  # the server's cap moves with the desktop's table


def test_kabkota_come_from_resources_reference():
    rows = kabkota_rows()
    assert len(rows) == 35 and {"kode": "33.74", "jenis": "Kota", "nama": "Semarang"} in rows


def test_report_ages_count_on_the_domain_calendar():
    domain = WorkingCalendar.from_resources()
    report = age.ReportCalendar()
    start = dt.date(2026, 3, 10)
    for n in (0, 1, 5, 17, 40, 200):
        end = start + dt.timedelta(days=n)
        assert report.between(start, end) == domain.working_days_between(start, end)
        assert report.counter(start, end).between(start, end) == domain.working_days_between(start, end)
    assert report.missing_years == set()


def test_a_year_without_holiday_file_counts_weekdays_and_says_so():
    report = age.ReportCalendar()
    assert report.between(dt.date(2031, 1, 1), dt.date(2031, 1, 31)) == 22  # Thu 1 Jan .. Sat 31 Jan
    assert report.missing_years == {2031}
    assert report.between(dt.date(2026, 1, 1), dt.date(2031, 1, 1)) > 0  # beyond the domain's span: clamped
