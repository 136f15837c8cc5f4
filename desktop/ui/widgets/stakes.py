"""Confirmations that show what is at stake (#13.12): before the PA/KPA consents to pay ("Setuju dibayar") or the
Bendahara closes a paid order ("Tandai selesai"), the officer reads the seller, its bank account, the amount, each
tax with its collector and what the seller receives. The figures are PaymentService.stakes' (the tax engine
before payment, the stored payment record after it); this module only lays them out."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.money import format_rupiah
from desktop.services.order_view import PaymentStakes
from desktop.ui.i18n import long_date
from desktop.ui.widgets.payment_words import collector_words, method_label


def _t(text: str) -> str:
    return QCoreApplication.translate("Stakes", text)


LABELS = (  # listed literally so lupdate files them under "Stakes"
    QT_TRANSLATE_NOOP("Stakes", "Penyedia"),
    QT_TRANSLATE_NOOP("Stakes", "Rekening penyedia"),
    QT_TRANSLATE_NOOP("Stakes", "belum tercatat di katalog — periksa sebelum membayar"),
    QT_TRANSLATE_NOOP("Stakes", "Dibayar"),
    QT_TRANSLATE_NOOP("Stakes", "BKU %1"),
    QT_TRANSLATE_NOOP("Stakes", "Nilai kuitansi (bruto)"),
    QT_TRANSLATE_NOOP("Stakes", "Pajak"),
    QT_TRANSLATE_NOOP("Stakes", "tidak ada yang dipungut"),
    QT_TRANSLATE_NOOP("Stakes", "Dibayarkan ke penyedia"),
)


def stakes_table(stakes: PaymentStakes) -> str:
    """The stakes as an HTML table: labels left, amounts right-aligned, what the seller receives in bold."""
    bank_name, account = stakes.bank
    bank = " ".join(p for p in (bank_name, account) if p) or _t("belum tercatat di katalog — periksa sebelum membayar")
    rows: list[tuple[str, str, bool]] = [(_t("Penyedia"), stakes.seller or "—", False),
                                         (_t("Rekening penyedia"), bank, False)]
    if stakes.paid:
        parts = (long_date(stakes.payment_date) if stakes.payment_date else "", method_label(stakes.method),
                 _t("BKU %1").replace("%1", stakes.bku_number) if stakes.bku_number else "")
        rows.append((_t("Dibayar"), ", ".join(p for p in parts if p), False))
    rows.append((_t("Nilai kuitansi (bruto)"), format_rupiah(stakes.amount), True))
    rows += [(f"{t.label} — {collector_words(t.collector)}", format_rupiah(t.amount), True) for t in stakes.taxes]
    if not stakes.taxes:
        rows.append((_t("Pajak"), _t("tidak ada yang dipungut"), True))
    # nowrap: a label or an amount broken over two lines is misread; the box widens instead
    cell = "<td style='white-space:nowrap; padding-right:16px'>"
    cells = [f"<tr>{cell}{escape(label)}</td><td style='white-space:nowrap'{' align=right' if money else ''}>"
             f"{escape(value)}</td></tr>" for label, value, money in rows]
    cells.append(f"<tr>{cell}<b>{escape(_t('Dibayarkan ke penyedia'))}</b></td>"
                 f"<td style='white-space:nowrap' align=right><b>{escape(format_rupiah(stakes.net))}</b></td></tr>")
    return f"<table cellspacing=2>{''.join(cells)}</table>"


def stakes_text(question: str, stakes: PaymentStakes, consequence: str) -> str:
    return (f"<p><b>{escape(question)}</b></p>{stakes_table(stakes)}"
            f"<p>{escape(consequence)}</p>")


def confirm_stakes(parent: QWidget, title: str, question: str, stakes: PaymentStakes, consequence: str) -> bool:
    """Ask with the stakes on screen; "Tidak" is the default, so Enter alone never moves money."""
    answer = QMessageBox.question(parent, title, stakes_text(question, stakes, consequence),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
