"""Messages of desktop.domain.year_closing (tutup buku, #17)."""

from desktop.domain.messages import QT_TRANSLATE_NOOP

TEXTS = {
    "closing_tax_not_cancellable": QT_TRANSLATE_NOOP(
        "Messages", "Pajak yang sudah dipungut adalah hak negara: tidak dapat dibatalkan, hanya disetor. Bawa ke "
        "tahun berikutnya dan setor dengan NTPN."),
    "closing_order_not_cancellable": QT_TRANSLATE_NOOP(
        "Messages", "Pesanan berstatus {state} sudah di tangan penyedia atau sudah diterima, jadi tidak dapat "
        "dibatalkan pada tutup buku. Bawa ke tahun berikutnya."),
    "closing_reason_required": QT_TRANSLATE_NOOP(
        "Messages", "Tulis alasan pembatalan (paling sedikit {minimum} huruf) agar dapat dibaca pemeriksa."),
    "closing_cash_negative": QT_TRANSLATE_NOOP(
        "Messages", "Saldo akhir BKU minus ({balance}). Periksa pencatatan BKU sebelum tutup buku."),
    "closing_cash_short": QT_TRANSLATE_NOOP(
        "Messages", "Saldo akhir BKU ({balance}) lebih kecil dari pajak yang belum disetor ({taxes}). Periksa "
        "pencatatan setoran pajak sebelum tutup buku."),
    "closing_date_future": QT_TRANSLATE_NOOP("Messages", "Tanggal tidak boleh melewati hari ini."),
    "closing_up_return_year": QT_TRANSLATE_NOOP(
        "Messages", "Sisa UP tahun {year} dikembalikan ke Kas Daerah dalam tahun {year}; pilih tanggal tahun itu."),
    "closing_too_early": QT_TRANSLATE_NOOP(
        "Messages", "Tutup buku tahun {year} dilakukan di akhir tahun: paling awal 1 Desember {year}."),
}
