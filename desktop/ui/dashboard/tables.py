"""Dashboard tables: one column spec list per section, a read-only model over the server's row dicts, and the
plain (header, rows) form the CSV/XLSX/PDF exports use — so what is exported is exactly what is shown."""

from __future__ import annotations

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

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # raw values (numbers sort as numbers, not as "Rp…" text)


def tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


def share_text(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value * 100:.1f}%".replace(".", ",")


def short_rupiah(value: int) -> str:
    """Headline amounts: 'Rp10,59 miliar', 'Rp987,1 juta', below a million the full figure."""
    for unit, size, digits in ((tr("triliun"), 10**12, 2), (tr("miliar"), 10**9, 2), (tr("juta"), 10**6, 1)):
        if abs(value) >= size:
            return f"Rp{value / size:.{digits}f}".replace(".", ",") + f" {unit}"
    return format_rupiah(value)


@dataclass(frozen=True)
class Col:
    key: str  # field of the row dict (or computed by `get`)
    header: str  # untranslated Indonesian; shown through tr()
    kind: str = "text"  # text | money | int | share
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
            return f"{int(v):,}".replace(",", ".")
        if self.kind == "share":
            return share_text(float(v))
        return tr(str(v)) if self.kind == "label" else str(v)


def _share(part: str, whole: str) -> Callable[[dict[str, Any]], float]:
    return lambda r: (r.get(part, 0) / r[whole]) if r.get(whole) else 0.0


MARKET_NAMES = {"GRATIS_ONGKIR": "Gratis Ongkir", "MBIZ": "MBiz", "TISERA": "Tisera",
                "EKATALOG_LOKAL": "E-katalog lokal"}
LEGAL_NAMES = {"perorangan": "Perorangan", "badan_usaha": "Badan usaha"}
STATE_NAMES = {"DRAFT": "Draf", "DIAJUKAN": "Menunggu persetujuan PPK", "DITOLAK": "Ditolak",
               "DISETUJUI": "Disetujui (SP)", "DIKIRIM_KE_PENYEDIA": "Dikirim ke penyedia",
               "DIKONFIRMASI_PENYEDIA": "Dikonfirmasi penyedia", "DALAM_PENGIRIMAN": "Dalam pengiriman",
               "DITERIMA": "Diterima", "KETIDAKSESUAIAN": "Ketidaksesuaian", "BAST": "BAST",
               "MENUNGGU_BAYAR": "Menunggu bayar", "DIBAYAR": "Dibayar", "SELESAI": "Selesai",
               "DIBATALKAN": "Dibatalkan"}

# section -> (tab title, columns). Titles and headers are Indonesian source strings, translated at display.
SECTIONS: dict[str, tuple[str, list[Col]]] = {
    "by-kabkota": ("Peringkat kab/kota", [
        Col("rank", "Peringkat", "int"), Col("name", "Kab/kota pembeli"), Col("value", "Nilai transaksi", "money"),
        Col("count", "Jumlah transaksi", "int"), Col("umkm_value", "Nilai ke UMKM", "money"),
        Col("umkm_share", "Pangsa UMKM", "share"), Col("pdn_value", "Nilai PDN", "money")]),
    "by-category": ("Kategori", [
        Col("name", "Kategori"), Col("value", "Nilai barang", "money"), Col("count", "Jumlah transaksi", "int"),
        Col("umkm_value", "Nilai ke UMKM", "money"), Col("umkm_share", "Pangsa UMKM", "share",
                                                          _share("umkm_value", "value")),
        Col("pdn_share", "Pangsa PDN", "share", _share("pdn_value", "value"))]),
    "by-marketplace": ("Marketplace", [
        Col("marketplace", "Marketplace", "label", lambda r: MARKET_NAMES.get(r["marketplace"], r["marketplace"])),
        Col("value", "Nilai transaksi", "money"), Col("count", "Jumlah transaksi", "int"),
        Col("umkm_share", "Pangsa UMKM", "share", _share("umkm_value", "value"))]),
    "by-month": ("Per bulan", [
        Col("month", "Bulan"), Col("value", "Nilai transaksi", "money"), Col("count", "Jumlah transaksi", "int"),
        Col("umkm_share", "Pangsa UMKM", "share", _share("umkm_value", "value"))]),
    "by-opd": ("Per OPD", [
        Col("name", "OPD"), Col("value", "Nilai transaksi", "money"), Col("count", "Jumlah transaksi", "int"),
        Col("umkm_share", "Pangsa UMKM", "share", _share("umkm_value", "value"))]),
    "orders-by-state": ("Status pesanan", [
        Col("state", "Status", "label", lambda r: STATE_NAMES.get(r["state"], r["state"])),
        Col("count", "Jumlah pesanan", "int"), Col("value", "Nilai", "money")]),
    "never-sold": ("Belum pernah terjual", [
        Col("name", "Kab/kota penyedia"), Col("providers", "Penyedia aktif", "int"),
        Col("providers_never_sold", "Penyedia belum pernah terjual", "int"),
        Col("providers_never_sold_share", "Porsi belum terjual", "share"), Col("products", "Produk aktif", "int"),
        Col("products_never_sold", "Produk belum pernah terjual", "int")]),
    "never-sold-providers": ("Daftar penyedia belum terjual", [
        Col("kabkota", "Kab/kota"), Col("name", "Penyedia"), Col("owner_name", "Pemilik"),
        Col("legal_form", "Bentuk usaha", "label", lambda r: LEGAL_NAMES.get(r["legal_form"], r["legal_form"])),
        Col("marketplace", "Marketplace", "label", lambda r: MARKET_NAMES.get(r["marketplace"], r["marketplace"])),
        Col("products", "Jumlah produk", "int")]),
    "sellers": ("Penyedia per bentuk usaha", [
        Col("name", "Kab/kota penyedia"),
        Col("legal_form", "Bentuk usaha", "label", lambda r: LEGAL_NAMES.get(r["legal_form"], r["legal_form"])),
        Col("providers", "Penyedia aktif", "int"), Col("products", "Produk aktif", "int")]),
    "drill": ("Transaksi", [
        Col("day", "Tanggal SP"), Col("opd_name", "OPD", get=lambda r: r.get("opd_name") or r.get("opd_id")),
        Col("provider_name", "Penyedia", get=lambda r: r.get("provider_name") or r.get("provider_id")),
        Col("marketplace", "Marketplace", "label", lambda r: MARKET_NAMES.get(r["marketplace"], r["marketplace"])),
        Col("state", "Status", "label", lambda r: STATE_NAMES.get(r["state"], r["state"])),
        Col("total", "Nilai", "money"), Col("umkm", "UMKM", "label", lambda r: "Ya" if r.get("umkm") else "Tidak")]),
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

    lines = [
        part(tr("Menunggu PPK melewati %3 hari kerja: %1 pesanan (%2)"), waiting.get("overdue", {}))
        .replace("%3", str(limits.get("ppk_approval_working_days", ""))),
        part(tr("batas hari ini: %1 (%2)"), waiting.get("due_today", {})),
        part(tr("Belum dibayar lebih dari %3 hari kerja setelah BAST: %1 (%2)"), body.get("unpaid_overdue", {}))
        .replace("%3", str(limits.get("unpaid_alert_working_days", ""))),
        part(tr("dibayar terlambat: %1 (%2)"), body.get("paid_late", {})),
    ]
    text = " · ".join(lines)
    if body.get("calendar_complete") is False:
        text += " " + tr("(Kalender libur server belum lengkap: umur dihitung tanpa hari libur; minta "
                              "admin menambahkan berkas kalender.)")
    return text
