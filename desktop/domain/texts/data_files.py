"""Messages about the data files under resources/: holiday calendar, thresholds, reference lists."""

from desktop.domain.messages import QT_TRANSLATE_NOOP

TEXTS = {
    "where_data_line": QT_TRANSLATE_NOOP("Messages", "{source} baris data {line}"),
    "where_line": QT_TRANSLATE_NOOP("Messages", "{source} baris {line}"),
    # holiday calendar
    "calendar_header_invalid": QT_TRANSLATE_NOOP("Messages", "{source}: kepala kolom harus 'tanggal,jenis,nama'."),
    "calendar_date_invalid": QT_TRANSLATE_NOOP("Messages", "{where}: tanggal '{value}' tidak sah (format TTTT-BB-HH)."),
    "calendar_date_other_year": QT_TRANSLATE_NOOP("Messages", "{where}: tanggal {day} bukan tahun {year}."),
    "calendar_kind_invalid": QT_TRANSLATE_NOOP(
        "Messages", "{where}: jenis '{value}' harus libur_nasional atau cuti_bersama."),
    "calendar_date_twice": QT_TRANSLATE_NOOP("Messages", "{where}: tanggal {day} tercantum dua kali."),
    "calendar_year_missing": QT_TRANSLATE_NOOP(
        "Messages", "Kalender hari libur tahun {year} belum tersedia. Admin perlu menambahkan berkas {file} (daftar "
        "libur nasional dan cuti bersama menurut SKB 3 Menteri) ke folder resources/calendar."),
    "calendar_year_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Kalender hari libur tahun {year} belum tersedia. Admin perlu menambahkan data tahun itu."),
    "working_days_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Jumlah hari kerja {value} tidak sah. Isi bilangan bulat antara -500 dan 500."),
    "working_days_span_too_long": QT_TRANSLATE_NOOP(
        "Messages", "Rentang {start} sampai {end} terlalu panjang untuk dihitung hari kerjanya (maksimal tiga tahun)."),
    "calendar_not_a_date": QT_TRANSLATE_NOOP("Messages", "Nilai {value} bukan tanggal. Pilih tanggal dari kalender."),
    # thresholds and rule texts
    "rules_section_missing": QT_TRANSLATE_NOOP("Messages", "{source}: bagian 'rules' tidak ada atau bukan objek."),
    "rule_periods_missing": QT_TRANSLATE_NOOP("Messages", "{where}: daftar 'periods' wajib ada dan tidak kosong."),
    "rule_period_not_object": QT_TRANSLATE_NOOP("Messages", "{where}: setiap periode harus berupa objek."),
    "rule_value_wrong_type": QT_TRANSLATE_NOOP("Messages", "{where}: 'value' harus bertipe {type}."),
    "rule_value_negative": QT_TRANSLATE_NOOP("Messages", "{where}: 'value' tidak boleh negatif."),
    "threshold_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Ambang '{name}' tidak ada di berkas aturan. Minta admin menambahkannya."),
    "rule_text_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Teks '{name}' tidak ada di berkas aturan. Minta admin menambahkannya."),
    "rule_text_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Teks aturan '{name}' memakai isian yang tidak dikenal ({problem}). Perbaiki berkasnya."),
    # reference lists
    "reference_missing": QT_TRANSLATE_NOOP(
        "Messages", "Berkas referensi {path} tidak ditemukan. Pasang ulang aplikasi."),
    "reference_header_invalid": QT_TRANSLATE_NOOP(
        "Messages", "{file}: kepala kolom harus '{columns}'. Perbaiki berkasnya."),
    "reference_empty_column": QT_TRANSLATE_NOOP("Messages", "{where}: ada kolom kosong."),
    "reference_kabkota_invalid": QT_TRANSLATE_NOOP("Messages", "{where}: kode 33.xx dan jenis Kabupaten/Kota."),
    "reference_row_invalid": QT_TRANSLATE_NOOP("Messages", "{where}: {problem}"),
    "reference_parent_later": QT_TRANSLATE_NOOP(
        "Messages", "{where}: induk {parent} harus tercantum lebih dulu."),
}
