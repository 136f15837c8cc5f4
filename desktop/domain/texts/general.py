"""Messages of dates, terbilang, resources, effective-dated rules and alerts (see desktop.domain.messages)."""

from desktop.domain.messages import QT_TRANSLATE_NOOP

TEXTS = {
    # terbilang
    "term_sen": QT_TRANSLATE_NOOP("Messages", "Sen"),
    "terbilang_not_integer": QT_TRANSLATE_NOOP(
        "Messages", "{what} harus bilangan bulat (bukan {type}) agar dapat ditulis dengan huruf."),
    "terbilang_negative": QT_TRANSLATE_NOOP(
        "Messages", "{what} {value} negatif; terbilang hanya untuk jumlah nol atau lebih."),
    "terbilang_too_large": QT_TRANSLATE_NOOP(
        "Messages", "{what} {value} terlalu besar untuk ditulis dengan huruf (batas {limit})."),
    # dates
    "date_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Nilai {value} bukan tanggal. Pilih tanggal dari kalender (format TTTT-BB-HH)."),
    "date_text_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Tanggal '{text}' tidak sah. Tulis dengan format TTTT-BB-HH, misalnya 2026-11-23."),
    "month_invalid": QT_TRANSLATE_NOOP("Messages", "Bulan {value} tidak dikenal. Isi angka bulan 1 sampai 12."),
    "dateline_place_empty": QT_TRANSLATE_NOOP(
        "Messages", "Tempat penandatanganan kosong. Isi nama kota, misalnya Semarang."),
    "year_invalid": QT_TRANSLATE_NOOP("Messages", "Tahun {value} tidak sah. Isi tahun empat angka, misalnya 2026."),
    # resources
    "resource_missing": QT_TRANSLATE_NOOP(
        "Messages", "Berkas data {path} tidak ditemukan. Pasang ulang aplikasi atau minta admin memulihkan folder "
        "resources."),
    "resource_malformed": QT_TRANSLATE_NOOP(
        "Messages", "Berkas data {path} rusak (baris {line}: {problem}). Minta admin memperbaiki isinya."),
    # effective-dated rule files
    "rule_date_not_text": QT_TRANSLATE_NOOP("Messages", "{where}: kolom '{field}' wajib berupa tanggal TTTT-BB-HH."),
    "rule_date_invalid": QT_TRANSLATE_NOOP(
        "Messages", "{where}: tanggal '{value}' pada kolom '{field}' tidak sah (format TTTT-BB-HH)."),
    "rule_period_reversed": QT_TRANSLATE_NOOP(
        "Messages", "{where}: effective_to {end} lebih awal dari effective_from {start}."),
    "rule_legal_basis_missing": QT_TRANSLATE_NOOP("Messages", "{where}: kolom 'legal_basis' wajib diisi dasar hukumnya."),
    "rule_uncertain_not_bool": QT_TRANSLATE_NOOP("Messages", "{where}: kolom 'uncertain' harus true atau false."),
    "rule_notes_not_text": QT_TRANSLATE_NOOP("Messages", "{where}: kolom 'notes' harus teks."),
    "rule_file_overlap": QT_TRANSLATE_NOOP(
        "Messages", "{where}: masa berlaku mulai {first} dan {second} tumpang tindih. Isi effective_to pada aturan "
        "lama sehari sebelum aturan baru berlaku."),
    "rule_day_invalid": QT_TRANSLATE_NOOP("Messages", "Tanggal {value} tidak sah untuk menentukan aturan {what}."),
    "no_rule_for_date": QT_TRANSLATE_NOOP(
        "Messages", "Belum ada aturan {what} yang berlaku pada {day}. Minta admin menambahkan aturan dengan tanggal "
        "berlaku yang sesuai di folder resources."),
    # alerts
    "alert_window_invalid": QT_TRANSLATE_NOOP("Messages", "Jendela peringatan tidak boleh negatif; isi 0 atau lebih."),
    "alert_limit_invalid": QT_TRANSLATE_NOOP("Messages", "Batas hari kerja pembayaran harus bilangan bulat ≥ 0."),
}

# procurement rules (desktop.domain.rules); the longer rule texts are data in resources/rules/thresholds.json
TEXTS |= {
    "marketplace_unknown": QT_TRANSLATE_NOOP("Messages", "Lokapasar '{value}' tidak dikenal. Pilih salah satu: {names}."),
    "amount_not_integer": QT_TRANSLATE_NOOP("Messages", "{what} harus bilangan bulat rupiah (bukan {type})."),
    "amount_negative": QT_TRANSLATE_NOOP("Messages", "{what} tidak boleh negatif ({value}). Periksa isian jumlahnya."),
    "amount_too_large": QT_TRANSLATE_NOOP("Messages", "{what} terlalu besar ({value}). Periksa jumlah digitnya."),
    "rule_date_not_a_date": QT_TRANSLATE_NOOP("Messages", "{what} {value} bukan tanggal. Pilih tanggal dari kalender."),
    "split_window_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Rentang hari pemecahan paket harus minimal 1 hari. Perbaiki berkas aturan."),
    "route_ekatalog_lokal": QT_TRANSLATE_NOOP(
        "Messages", "Pesanan melalui e-katalog lokal; batas lokapasar tidak berlaku."),
    "route_within_cap": QT_TRANSLATE_NOOP("Messages", "Total {total} tidak melebihi batas {cap}."),
    "term_order_total": QT_TRANSLATE_NOOP("Messages", "Total pesanan"),
    "term_other_order_total": QT_TRANSLATE_NOOP("Messages", "Total pesanan lain"),
    "term_document_amount": QT_TRANSLATE_NOOP("Messages", "Jumlah pada dokumen"),
    "term_order_date": QT_TRANSLATE_NOOP("Messages", "Tanggal pesanan"),
    "term_document_date": QT_TRANSLATE_NOOP("Messages", "Tanggal dokumen"),
    "term_submission_date": QT_TRANSLATE_NOOP("Messages", "Tanggal pengajuan"),
    "term_bast_date": QT_TRANSLATE_NOOP("Messages", "Tanggal BAST"),
    "term_today": QT_TRANSLATE_NOOP("Messages", "Tanggal hari ini"),
}

# login alerts (desktop.domain.alerts)
TEXTS |= {
    "alert_order": QT_TRANSLATE_NOOP("Messages", "Pesanan {number} ke {seller} ({total})"),
    "alert_order_no_seller": QT_TRANSLATE_NOOP("Messages", "Pesanan {number} ({total})"),
    "alert_unnumbered": QT_TRANSLATE_NOOP("Messages", "(belum bernomor) {order_id}"),
    "alert_ppk_overdue": QT_TRANSLATE_NOOP(
        "Messages", "{order} melewati batas persetujuan {deadline}. Setujui atau tolak sekarang; pesanan dapat "
        "dibatalkan otomatis."),
    "alert_ppk_last_day": QT_TRANSLATE_NOOP(
        "Messages", "{order} menunggu persetujuan Anda: hari ini hari terakhir (batas {deadline}). Periksa dan setujui "
        "atau tolak sebelum batas."),
    "alert_ppk_days_left": QT_TRANSLATE_NOOP(
        "Messages", "{order} menunggu persetujuan Anda: sisa {days} hari kerja (batas {deadline}). Periksa dan setujui "
        "atau tolak sebelum batas."),
    "alert_unpaid_since_bast": QT_TRANSLATE_NOOP(
        "Messages", "{order} belum dibayar {days} hari kerja sejak BAST {since} (batas {limit} hari kerja). Proses "
        "pembayaran atau catat kendalanya."),
    "alert_unpaid_since_receipt": QT_TRANSLATE_NOOP(
        "Messages", "{order} belum dibayar {days} hari kerja sejak barang diterima {since} (batas {limit} hari kerja). "
        "Proses pembayaran atau catat kendalanya."),
}
