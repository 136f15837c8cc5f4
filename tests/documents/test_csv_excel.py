"""The one CSV dialect: what Excel with Indonesian regional settings opens correctly (issue 19)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal

from desktop.documents import csv_excel
from desktop.services.stats_service import export_csv


def decode(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "Excel reads UTF-8 only after a BOM"
    text = data.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def test_bom_semicolon_crlf_and_unicode():
    data = csv_excel.to_csv(["Penyedia", "Jumlah"], [["Siti Nurhaliza — Ñoño", 1_250_000], ["CV Maju; Jaya", 5]])
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    assert data.count(b"\r\n") == 3
    rows = decode(data)
    assert rows == [["Penyedia", "Jumlah"], ["Siti Nurhaliza — Ñoño", "1250000"], ["CV Maju; Jaya", "5"]]
    # a separator inside a value is quoted, never splits the row
    assert b'"CV Maju; Jaya"' in data


def test_numbers_money_plain_digits_fractions_with_decimal_comma():
    rows = decode(csv_excel.to_csv(["a", "b", "c", "d"], [[11_100_000, 0.4321, Decimal("12.50"), -150_000]]))
    assert rows[1] == ["11100000", "0,4321", "12,5", "-150000"]


def test_dates_booleans_and_empty():
    rows = decode(csv_excel.to_csv(["t", "ok", "x"], [[dt.date(2026, 12, 2), True, None]]))
    assert rows[1] == ["2026-12-02", "Ya", ""]


def test_formula_injection_is_neutralised():
    rows = decode(csv_excel.to_csv(["nama"], [["=HYPERLINK(\"http://x\")"], ["+62 812"], ["@SUM(A1)"], ["Kopi"]]))
    assert [r[0] for r in rows[1:]] == ["'=HYPERLINK(\"http://x\")", "'+62 812", "'@SUM(A1)", "Kopi"]


def test_dashboard_export_uses_the_same_dialect(tmp_path):
    path = tmp_path / "dasbor.csv"
    export_csv(path, ["Kab/Kota", "Nilai", "Pangsa"], [["Kota Semarang", 1_000_000, 0.25]])
    data = path.read_bytes()
    assert data == csv_excel.to_csv(["Kab/Kota", "Nilai", "Pangsa"], [["Kota Semarang", 1_000_000, 0.25]])
    assert decode(data)[1] == ["Kota Semarang", "1000000", "0,25"]
