"""Dashboard tables: one column spec list per section, a read-only model over the server's row dicts, and the
plain (header, rows) form the CSV/XLSX/PDF exports use — so what is exported is exactly what is shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.domain.money import format_rupiah
from desktop.ui.i18n import count_text, long_date, month_year, ui_language

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # raw values (numbers sort as numbers, not as "Rp…" text)


translate = QCoreApplication.translate  # literal texts: translate("Dashboard", "…"), which lupdate reads


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate reads; typed (PySide's returns object)
    return source


def tr(text: str) -> str:
    """A text marked QT_TRANSLATE_NOOP("Dashboard", …) below, translated at display."""
    return translate("Dashboard", text)




def decimal_sign(number: str) -> str:
    """A formatted decimal with the reader's sign: '80,1' in Indonesian, '80.1' in English."""
    return number.replace(".", ",") if ui_language() != "en" else number


def share_text(value: float | None) -> str:
    if value is None:
        return ""
    return decimal_sign(f"{value * 100:.1f}") + "%"


def short_rupiah(value: int) -> str:
    """Headline amounts: 'Rp10,59 miliar', 'Rp987,1 juta', below a million the full figure."""
    units = ((translate("Dashboard", "triliun"), 10**12, 2), (translate("Dashboard", "miliar"), 10**9, 2),
             (translate("Dashboard", "juta"), 10**6, 1))
    for unit, size, digits in units:
        if abs(value) >= size:
            return "Rp" + decimal_sign(f"{value / size:.{digits}f}") + f" {unit}"
    return format_rupiah(value)


@dataclass(frozen=True)
class Col:
    key: str  # field of the row dict (or computed by `get`)
    header: str  # untranslated Indonesian; shown through tr()
    # text | money | int | share | label (a marked text) | category | month ("2026-05") | date (ISO)
    kind: str = "text"
    get: Callable[[dict[str, Any]], Any] | None = None

    def value(self, row: dict[str, Any]) -> Any:
        return self.get(row) if self.get else row.get(self.key)

    def text(self, row: dict[str, Any]) -> str:
        v = self.value(row)
        if v is None:
            return ""
        if self.kind == "money":
            return format_rupiah(int(v))
        if self.kind == "int":
            return count_text(int(v))
        if self.kind == "share":
            return share_text(float(v))
        if self.kind == "category":  # named by the server in Indonesian; the catalog screen translates them
            return translate("CatalogController", str(v))
        if self.kind == "month":
            return month_label(str(v))
        if self.kind == "date":
            return date_label(str(v))
        return tr(str(v)) if self.kind == "label" else str(v)


def _share(part: str, whole: str) -> Callable[[dict[str, Any]], float]:
    return lambda r: (r.get(part, 0) / r[whole]) if r.get(whole) else 0.0


MARKET_NAMES = {
    "GRATIS_ONGKIR": QT_TRANSLATE_NOOP("Dashboard", "Gratis Ongkir"),
    "MBIZ": QT_TRANSLATE_NOOP("Dashboard", "MBiz"),
    "TISERA": QT_TRANSLATE_NOOP("Dashboard", "Tisera"),
    "EKATALOG_LOKAL": QT_TRANSLATE_NOOP("Dashboard", "E-katalog lokal"),
}
LEGAL_NAMES = {
    "perorangan": QT_TRANSLATE_NOOP("Dashboard", "Perorangan"),
    "badan_usaha": QT_TRANSLATE_NOOP("Dashboard", "Badan usaha"),
}
STATE_NAMES = {
    "DRAFT": QT_TRANSLATE_NOOP("Dashboard", "Draf"),
    "DIAJUKAN": QT_TRANSLATE_NOOP("Dashboard", "Menunggu persetujuan PPK"),
    "DITOLAK": QT_TRANSLATE_NOOP("Dashboard", "Ditolak"),
    "DISETUJUI": QT_TRANSLATE_NOOP("Dashboard", "Disetujui (SP)"),
    "DIKIRIM_KE_PENYEDIA": QT_TRANSLATE_NOOP("Dashboard", "Dikirim ke penyedia"),
    "DIKONFIRMASI_PENYEDIA": QT_TRANSLATE_NOOP("Dashboard", "Dikonfirmasi penyedia"),
    "DALAM_PENGIRIMAN": QT_TRANSLATE_NOOP("Dashboard", "Dalam pengiriman"),
    "DITERIMA": QT_TRANSLATE_NOOP("Dashboard", "Diterima"),
    "KETIDAKSESUAIAN": QT_TRANSLATE_NOOP("Dashboard", "Ketidaksesuaian"),
    "BAST": QT_TRANSLATE_NOOP("Dashboard", "BAST"),
    "MENUNGGU_BAYAR": QT_TRANSLATE_NOOP("Dashboard", "Menunggu bayar"),
    "DIBAYAR": QT_TRANSLATE_NOOP("Dashboard", "Dibayar"),
    "SELESAI": QT_TRANSLATE_NOOP("Dashboard", "Selesai"),
    "DIBATALKAN": QT_TRANSLATE_NOOP("Dashboard", "Dibatalkan"),
}


_UMKM_SHARE = _share("umkm_value", "value")


def _market(r: dict[str, Any]) -> str:
    return MARKET_NAMES.get(r["marketplace"], r["marketplace"])


def _legal(r: dict[str, Any]) -> str:
    return LEGAL_NAMES.get(r["legal_form"], r["legal_form"])


def _state(r: dict[str, Any]) -> str:
    return STATE_NAMES.get(r["state"], r["state"])


def _umkm(r: dict[str, Any]) -> str:
    return QT_TRANSLATE_NOOP("Dashboard", "Ya") if r.get("umkm") else QT_TRANSLATE_NOOP("Dashboard", "Tidak")


def month_label(key: str, *, short: bool = False) -> str:
    """The server's month key "2026-05" as the officer reads it ("Mei 2026" / "May 2026")."""
    try:
        year, month = (int(part) for part in key.split("-")[:2])
        return month_year(year, month, short=short)
    except ValueError:
        return key


def date_label(value: str) -> str:
    try:
        return long_date(dt.date.fromisoformat(value[:10]))
    except ValueError:
        return value


# section -> (tab title, columns). Titles and headers are Indonesian source strings, translated at display.
SECTIONS: dict[str, tuple[str, list[Col]]] = {
    "by-kabkota": (QT_TRANSLATE_NOOP("Dashboard", "Peringkat kab/kota"), [
        Col("rank", QT_TRANSLATE_NOOP("Dashboard", "Peringkat"), "int"),
        Col("name", QT_TRANSLATE_NOOP("Dashboard", "Kab/kota pembeli")),
        Col("value", QT_TRANSLATE_NOOP("Dashboard", "Nilai transaksi"), "money"),
        Col("count", QT_TRANSLATE_NOOP("Dashboard", "Jumlah transaksi"), "int"),
        Col("umkm_value", QT_TRANSLATE_NOOP("Dashboard", "Nilai ke UMKM"), "money"),
        Col("umkm_share", QT_TRANSLATE_NOOP("Dashboard", "Pangsa UMKM"), "share"),
        Col("pdn_value", QT_TRANSLATE_NOOP("Dashboard", "Nilai PDN"), "money"),
    ]),
    "by-category": (QT_TRANSLATE_NOOP("Dashboard", "Kategori"), [
        Col("name", QT_TRANSLATE_NOOP("Dashboard", "Kategori"), "category"),
        Col("value", QT_TRANSLATE_NOOP("Dashboard", "Nilai barang"), "money"),
        Col("count", QT_TRANSLATE_NOOP("Dashboard", "Jumlah transaksi"), "int"),
        Col("umkm_value", QT_TRANSLATE_NOOP("Dashboard", "Nilai ke UMKM"), "money"),
        Col("umkm_share", QT_TRANSLATE_NOOP("Dashboard", "Pangsa UMKM"), "share", _UMKM_SHARE),
        Col("pdn_share", QT_TRANSLATE_NOOP("Dashboard", "Pangsa PDN"), "share", _share("pdn_value", "value")),
    ]),
    "by-marketplace": (QT_TRANSLATE_NOOP("Dashboard", "Marketplace"), [
        Col("marketplace", QT_TRANSLATE_NOOP("Dashboard", "Marketplace"), "label", _market),
        Col("value", QT_TRANSLATE_NOOP("Dashboard", "Nilai transaksi"), "money"),
        Col("count", QT_TRANSLATE_NOOP("Dashboard", "Jumlah transaksi"), "int"),
        Col("umkm_share", QT_TRANSLATE_NOOP("Dashboard", "Pangsa UMKM"), "share", _UMKM_SHARE),
    ]),
    "by-month": (QT_TRANSLATE_NOOP("Dashboard", "Per bulan"), [
        Col("month", QT_TRANSLATE_NOOP("Dashboard", "Bulan"), "month"),
        Col("value", QT_TRANSLATE_NOOP("Dashboard", "Nilai transaksi"), "money"),
        Col("count", QT_TRANSLATE_NOOP("Dashboard", "Jumlah transaksi"), "int"),
        Col("umkm_share", QT_TRANSLATE_NOOP("Dashboard", "Pangsa UMKM"), "share", _UMKM_SHARE),
    ]),
    "by-opd": (QT_TRANSLATE_NOOP("Dashboard", "Per OPD"), [
        Col("name", QT_TRANSLATE_NOOP("Dashboard", "OPD")),
        Col("value", QT_TRANSLATE_NOOP("Dashboard", "Nilai transaksi"), "money"),
        Col("count", QT_TRANSLATE_NOOP("Dashboard", "Jumlah transaksi"), "int"),
        Col("umkm_share", QT_TRANSLATE_NOOP("Dashboard", "Pangsa UMKM"), "share", _UMKM_SHARE),
    ]),
    "orders-by-state": (QT_TRANSLATE_NOOP("Dashboard", "Status pesanan"), [
        Col("state", QT_TRANSLATE_NOOP("Dashboard", "Status"), "label", _state),
        Col("count", QT_TRANSLATE_NOOP("Dashboard", "Jumlah pesanan"), "int"),
        Col("value", QT_TRANSLATE_NOOP("Dashboard", "Nilai"), "money"),
    ]),
    "never-sold": (QT_TRANSLATE_NOOP("Dashboard", "Belum pernah terjual"), [
        Col("name", QT_TRANSLATE_NOOP("Dashboard", "Kab/kota penyedia")),
        Col("providers", QT_TRANSLATE_NOOP("Dashboard", "Penyedia aktif"), "int"),
        Col("providers_never_sold", QT_TRANSLATE_NOOP("Dashboard", "Penyedia belum pernah terjual"), "int"),
        Col("providers_never_sold_share", QT_TRANSLATE_NOOP("Dashboard", "Porsi belum terjual"), "share"),
        Col("products", QT_TRANSLATE_NOOP("Dashboard", "Produk aktif"), "int"),
        Col("products_never_sold", QT_TRANSLATE_NOOP("Dashboard", "Produk belum pernah terjual"), "int"),
    ]),
    "never-sold-providers": (QT_TRANSLATE_NOOP("Dashboard", "Daftar penyedia belum terjual"), [
        Col("kabkota", QT_TRANSLATE_NOOP("Dashboard", "Kab/kota")),
        Col("name", QT_TRANSLATE_NOOP("Dashboard", "Penyedia")),
        Col("owner_name", QT_TRANSLATE_NOOP("Dashboard", "Pemilik")),
        Col("legal_form", QT_TRANSLATE_NOOP("Dashboard", "Bentuk usaha"), "label", _legal),
        Col("marketplace", QT_TRANSLATE_NOOP("Dashboard", "Marketplace"), "label", _market),
        Col("products", QT_TRANSLATE_NOOP("Dashboard", "Jumlah produk"), "int"),
    ]),
    "sellers": (QT_TRANSLATE_NOOP("Dashboard", "Penyedia per bentuk usaha"), [
        Col("name", QT_TRANSLATE_NOOP("Dashboard", "Kab/kota penyedia")),
        Col("legal_form", QT_TRANSLATE_NOOP("Dashboard", "Bentuk usaha"), "label", _legal),
        Col("providers", QT_TRANSLATE_NOOP("Dashboard", "Penyedia aktif"), "int"),
        Col("products", QT_TRANSLATE_NOOP("Dashboard", "Produk aktif"), "int"),
    ]),
    "drill": (QT_TRANSLATE_NOOP("Dashboard", "Transaksi"), [
        Col("day", QT_TRANSLATE_NOOP("Dashboard", "Tanggal SP"), "date"),
        Col("opd_name", QT_TRANSLATE_NOOP("Dashboard", "OPD"),
            get=lambda r: r.get("opd_name") or r.get("opd_id")),
        Col("provider_name", QT_TRANSLATE_NOOP("Dashboard", "Penyedia"),
            get=lambda r: r.get("provider_name") or r.get("provider_id")),
        Col("marketplace", QT_TRANSLATE_NOOP("Dashboard", "Marketplace"), "label", _market),
        Col("state", QT_TRANSLATE_NOOP("Dashboard", "Status"), "label", _state),
        Col("total", QT_TRANSLATE_NOOP("Dashboard", "Nilai"), "money"),
        Col("umkm", QT_TRANSLATE_NOOP("Dashboard", "UMKM"), "label", _umkm),
    ]),
}


def export_rows(section: str, rows: Sequence[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    """Translated headers and cell values for exports: money and counts stay numbers, shares become percent."""
    cols = SECTIONS[section][1]
    out: list[list[Any]] = []
    for r in rows:
        line: list[Any] = []
        for c in cols:
            v = c.value(r)
            if c.kind in ("money", "int") and v is not None:
                line.append(int(v))
            elif c.kind == "share" and v is not None:
                line.append(round(float(v) * 100, 2))
            else:
                line.append(c.text(r))
        out.append(line)
    return [tr(c.header) + (" (%)" if c.kind == "share" else "") for c in cols], out


class RowsModel(QAbstractTableModel):
    """Read-only table over a list of row dicts; `data()` only formats what it holds (no I/O)."""

    def __init__(self, section: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.cols = SECTIONS[section][1]
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.cols)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = self.cols[index.column()]
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.kind in ("money", "int", "share"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == SORT_ROLE:
            value = col.value(row)
            return value if isinstance(value, (int, float)) else col.text(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.cols[section].header)
        return None


def age_text(body: dict[str, Any]) -> str:
    """The orders-by-state age buckets in one line (working days, from the server's limits)."""
    if not body:
        return ""
    limits = body.get("limits", {})
    waiting = body.get("waiting_ppk", {})

    def part(text: str, bucket: dict[str, Any]) -> str:
        return text.replace("%1", str(bucket.get("count", 0))).replace(
            "%2", short_rupiah(int(bucket.get("value", 0))))

    overdue = translate("Dashboard", "Menunggu PPK melewati %3 hari kerja: %1 pesanan (%2)")
    due_today = translate("Dashboard", "batas hari ini: %1 (%2)")
    unpaid = translate("Dashboard", "Belum dibayar lebih dari %3 hari kerja setelah BAST: %1 (%2)")
    paid_late = translate("Dashboard", "dibayar terlambat: %1 (%2)")
    lines = [
        part(overdue, waiting.get("overdue", {})).replace("%3", str(limits.get("ppk_approval_working_days", ""))),
        part(due_today, waiting.get("due_today", {})),
        part(unpaid, body.get("unpaid_overdue", {})).replace("%3", str(limits.get("unpaid_alert_working_days", ""))),
        part(paid_late, body.get("paid_late", {})),
    ]
    text = " · ".join(lines)
    if body.get("calendar_complete") is False:
        text += " " + translate("Dashboard", "(Kalender libur server belum lengkap: umur dihitung tanpa hari libur; "
                                             "minta admin menambahkan berkas kalender.)")
    return text
