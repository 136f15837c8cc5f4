"""Messages of desktop.domain.bank: statement files, CSV column mappings, matching rules (issue #18)."""

from desktop.domain.messages import QT_TRANSLATE_NOOP

TEXTS = {
    "term_bank_matching": QT_TRANSLATE_NOOP("Messages", "Aturan pencocokan rekening koran"),
    "bank_rule_invalid": QT_TRANSLATE_NOOP(
        "Messages", "{where}: nilai '{key}' tidak sah. Minta admin memperbaiki berkas aturan pencocokan bank."),
    "bank_amount_empty": QT_TRANSLATE_NOOP(
        "Messages", "{where}: jumlah uang kosong. Periksa bahwa berkas ini rekening koran yang lengkap."),
    "bank_amount_invalid": QT_TRANSLATE_NOOP(
        "Messages", "{where}: '{text}' bukan jumlah uang. Periksa pemisah ribuan dan desimal pada pemetaan kolom "
        "(misalnya 1.234.567,00 memakai titik untuk ribuan dan koma untuk desimal)."),
    "bank_debit_and_credit": QT_TRANSLATE_NOOP(
        "Messages", "{where}: kolom debet dan kredit sama-sama terisi. Satu baris mutasi hanya boleh salah satunya; "
        "periksa pemetaan kolom."),
    "bank_date_invalid": QT_TRANSLATE_NOOP(
        "Messages", "{where}: '{text}' bukan tanggal yang dikenal (format yang dicoba: {formats}). Ubah format "
        "tanggal pada pemetaan kolom."),
    "bank_mapping_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Pemetaan kolom {where} tidak sah pada '{key}'. Perbaiki atau buat ulang pemetaannya."),
    "bank_mapping_incomplete": QT_TRANSLATE_NOOP(
        "Messages", "Pemetaan kolom {where} belum lengkap: wajib ada kolom tanggal dan kolom jumlah (atau debet dan "
        "kredit)."),
    "bank_file_not_text": QT_TRANSLATE_NOOP(
        "Messages", "Berkas {file} bukan teks CSV atau MT940 (mungkin Excel/PDF). Ekspor ulang mutasi rekening dari "
        "internet banking sebagai CSV atau MT940."),
    "bank_file_empty": QT_TRANSLATE_NOOP("Messages", "Berkas {file} kosong. Pilih berkas rekening koran yang berisi mutasi."),
    "bank_file_no_lines": QT_TRANSLATE_NOOP(
        "Messages", "Berkas {file} tidak berisi satu pun baris mutasi. Periksa periode yang diekspor dari bank."),
    "bank_csv_columns_missing": QT_TRANSLATE_NOOP(
        "Messages", "Kolom yang dibutuhkan pemetaan '{mapping}' tidak ditemukan di {file} ({columns}). Pilih "
        "pemetaan lain atau atur kolomnya sekali lewat \"Atur kolom\"."),
    "bank_account_missing": QT_TRANSLATE_NOOP(
        "Messages", "Nomor rekening untuk {file} belum diisi. Isi nomor rekening Bendahara yang mutasinya diimpor."),
}
TEXTS.update({
    "bank_mapping_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Pemetaan kolom '{mapping}' tidak ditemukan. Pilih pemetaan dari daftar."),
    "bank_csv_no_mapping": QT_TRANSLATE_NOOP(
        "Messages", "Kolom berkas CSV ini tidak dikenali oleh pemetaan mana pun. Atur kolomnya sekali lewat "
        "\"Atur kolom\"; aplikasi akan mengingatnya untuk impor berikutnya."),
    "bank_mt940_truncated": QT_TRANSLATE_NOOP(
        "Messages", "Berkas MT940 {file} terpotong: saldo akhir (:62F:) tidak ada. Unduh ulang rekening koran dari "
        "bank; tidak ada baris yang diimpor."),
    "bank_mt940_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Berkas MT940 {file} tidak dapat dibaca ({problem}). Unduh ulang rekening koran dari bank."),
    "bank_account_other": QT_TRANSLATE_NOOP(
        "Messages", "Berkas {file} adalah mutasi rekening {found}, bukan rekening {expected} yang dipilih. Pilih "
        "rekening yang benar atau berkas yang benar."),
})
