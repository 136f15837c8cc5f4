"""How the screens word a payment in the user's language: the method's name, what happens to the seller's money
under that method, and who collects a tax. The codes are sync.protocol's PAYMENT_METHODS and the tax engine's
collectors; the words live here once, marked for lupdate in the "PaymentWords" context."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "PaymentWords"

METHODS = {
    "UP_TUNAI": QT_TRANSLATE_NOOP("PaymentWords", "UP/GU (tunai)"),
    "TRANSFER": QT_TRANSLATE_NOOP("PaymentWords", "Transfer bank (CMS)"),
    "KKPD": QT_TRANSLATE_NOOP("PaymentWords", "KKPD (kartu kredit)"),
    "LS": QT_TRANSLATE_NOOP("PaymentWords", "LS (langsung ke penyedia)"),
}

# The payment dialog's summary per method (#13.15): cash from UP/GU is handed over, not "ditransfer".
# %1 order, %2 kuitansi value, %3 withheld by the Bendahara, %4 what the seller receives.
SUMMARIES = {
    "UP_TUNAI": QT_TRANSLATE_NOOP("PaymentWords", "Bayar %1: nilai kuitansi %2, dipungut bendahara %3, "
                                                  "dibayar tunai (UP/GU) kepada penyedia %4."),
    "TRANSFER": QT_TRANSLATE_NOOP("PaymentWords", "Bayar %1: nilai kuitansi %2, dipungut bendahara %3, "
                                                  "ditransfer ke rekening penyedia %4."),
    "KKPD": QT_TRANSLATE_NOOP("PaymentWords", "Bayar %1: nilai kuitansi %2, dipungut bendahara %3, "
                                              "dibayar dengan kartu kredit pemerintah daerah (KKPD) kepada "
                                              "penyedia %4."),
    "LS": QT_TRANSLATE_NOOP("PaymentWords", "Bayar %1: nilai kuitansi %2, dipungut bendahara %3, "
                                            "dibayar langsung (LS) ke rekening penyedia %4."),
}

COLLECTORS = {
    "BENDAHARA": QT_TRANSLATE_NOOP("PaymentWords", "dipungut Bendahara"),
    "PIHAK_LAIN": QT_TRANSLATE_NOOP("PaymentWords", "dipungut lokapasar (PMK 58/2022)"),
    "PENYEDIA": QT_TRANSLATE_NOOP("PaymentWords", "disetor sendiri oleh penyedia"),
}


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def method_label(code: str) -> str:
    return _tr(METHODS[code]) if code in METHODS else code


def payment_summary(code: str) -> str:
    """The dialog's sentence for this method, with %1…%4 to fill."""
    return _tr(SUMMARIES.get(code, SUMMARIES["TRANSFER"]))


def collector_words(code: str) -> str:
    return _tr(COLLECTORS[code]) if code in COLLECTORS else code
