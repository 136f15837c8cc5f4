"""How the reconciliation screen words statuses, match reasons and shapes (translation context
"BankReconciliation"; the service hands over codes, never sentences)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.services.bank_view import CandidateView, LineStatus

CTX = "BankReconciliation"
STATUS = {
    LineStatus.CONFIRMED: QT_TRANSLATE_NOOP("BankReconciliation", "Terkonfirmasi"),
    LineStatus.PROPOSED: QT_TRANSLATE_NOOP("BankReconciliation", "Usulan cocok"),
    LineStatus.FEE: QT_TRANSLATE_NOOP("BankReconciliation", "Biaya bank?"),
    LineStatus.REVERSAL: QT_TRANSLATE_NOOP("BankReconciliation", "Retur / dikembalikan"),
    LineStatus.DUPLICATE: QT_TRANSLATE_NOOP("BankReconciliation", "Kemungkinan ganda"),
    LineStatus.AMBIGUOUS: QT_TRANSLATE_NOOP("BankReconciliation", "Beberapa calon — pilih"),
    LineStatus.PARTIAL: QT_TRANSLATE_NOOP("BankReconciliation", "Sebagian"),
    LineStatus.UNEXPLAINED: QT_TRANSLATE_NOOP("BankReconciliation", "Tidak dikenal"),
}
STATUS_COLORS = {
    LineStatus.CONFIRMED: "#1d6b2f", LineStatus.PROPOSED: "#1f4e8c", LineStatus.UNEXPLAINED: "#a61b1b",
    LineStatus.FEE: "#8a5a00", LineStatus.REVERSAL: "#8a5a00", LineStatus.DUPLICATE: "#a61b1b",
    LineStatus.AMBIGUOUS: "#8a5a00", LineStatus.PARTIAL: "#8a5a00",
}
REASONS = {
    "amount": QT_TRANSLATE_NOOP("BankReconciliation", "jumlah sama"),
    "partial": QT_TRANSLATE_NOOP("BankReconciliation", "jumlah berbeda"),
    "account": QT_TRANSLATE_NOOP("BankReconciliation", "rekening penerima"),
    "name": QT_TRANSLATE_NOOP("BankReconciliation", "nama penerima"),
    "reference": QT_TRANSLATE_NOOP("BankReconciliation", "nomor SP/BKU/NTPN"),
}
SHAPES = {
    "one": QT_TRANSLATE_NOOP("BankReconciliation", "1 baris = 1 pembayaran"),
    "bulk": QT_TRANSLATE_NOOP("BankReconciliation", "transfer massal: 1 baris = %1 pembayaran"),
    "split": QT_TRANSLATE_NOOP("BankReconciliation", "dibayar dalam %1 baris"),
    "partial": QT_TRANSLATE_NOOP("BankReconciliation", "sebagian dari pembayaran"),
}
KINDS = {
    "payment": QT_TRANSLATE_NOOP("BankReconciliation", "Pembayaran"),
    "deposit": QT_TRANSLATE_NOOP("BankReconciliation", "Setoran pajak"),
    "receipt": QT_TRANSLATE_NOOP("BankReconciliation", "Penerimaan"),
}
LINK_KINDS = {
    "match": QT_TRANSLATE_NOOP("BankReconciliation", "dicocokkan"),
    "fee": QT_TRANSLATE_NOOP("BankReconciliation", "biaya bank"),
    "reversal": QT_TRANSLATE_NOOP("BankReconciliation", "retur"),
    "other": QT_TRANSLATE_NOOP("BankReconciliation", "dijelaskan dengan catatan"),
}


_DAYS = QT_TRANSLATE_NOOP("BankReconciliation", "bank %1 hari %2")
_AFTER = QT_TRANSLATE_NOOP("BankReconciliation", "sesudah")
_BEFORE = QT_TRANSLATE_NOOP("BankReconciliation", "sebelum")
_SAME_DAY = QT_TRANSLATE_NOOP("BankReconciliation", "tanggal sama")


def tr(text: object) -> str:
    """Translate a literal marked with QT_TRANSLATE_NOOP("BankReconciliation", …)."""
    return QCoreApplication.translate(CTX, str(text))


def status_text(status: LineStatus) -> str:
    return tr(STATUS[status])


def shape_text(c: CandidateView) -> str:
    count = len(c.entry_ids) if c.shape == "bulk" else len(c.line_ids)
    return tr(SHAPES.get(c.shape, c.shape)).replace("%1", str(count))


def reasons_text(c: CandidateView) -> str:
    parts = [tr(REASONS[r]) for r in c.reasons if r in REASONS]
    if c.day_offset:
        parts.append(tr(_DAYS).replace("%1", str(abs(c.day_offset)))
                     .replace("%2", tr(_AFTER) if c.day_offset > 0 else tr(_BEFORE)))
    else:
        parts.append(tr(_SAME_DAY))
    return ", ".join(parts)
