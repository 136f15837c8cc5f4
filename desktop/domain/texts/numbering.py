"""Messages of desktop.domain.numbering (document numbers, templates, number blocks) and price_check."""

from desktop.domain.messages import QT_TRANSLATE_NOOP

TEXTS = {
    "term_kode_klasifikasi": QT_TRANSLATE_NOOP("Messages", "Kode klasifikasi"),
    "term_kode_jenis_dokumen": QT_TRANSLATE_NOOP("Messages", "Kode jenis dokumen"),
    "term_kode_opd": QT_TRANSLATE_NOOP("Messages", "Kode OPD"),
    "term_jenis_dokumen": QT_TRANSLATE_NOOP("Messages", "Jenis dokumen"),
    "term_numbering_of": QT_TRANSLATE_NOOP("Messages", "penomoran {doc_type}"),
    "where_field": QT_TRANSLATE_NOOP("Messages", "{where}: {field}"),
    "numbering_code_invalid": QT_TRANSLATE_NOOP(
        "Messages", "{what} '{value}' tidak sah. Pakai huruf, angka, titik atau tanda hubung (tanpa '/' dan spasi)."),
    "template_empty": QT_TRANSLATE_NOOP("Messages", "Templat nomor kosong. Isi templat, misalnya {example}."),
    "template_unknown_fields": QT_TRANSLATE_NOOP(
        "Messages", "Templat '{template}' memakai isian tak dikenal: {unknown}. Isian yang boleh: {allowed}."),
    "template_one_seq": QT_TRANSLATE_NOOP(
        "Messages", "Templat '{template}' harus memuat tepat satu {seq} (nomor urut)."),
    "template_braces": QT_TRANSLATE_NOOP("Messages", "Templat '{template}' memuat kurung kurawal yang salah."),
    "sequence_invalid": QT_TRANSLATE_NOOP("Messages", "Nomor urut {value} tidak sah; nomor urut dimulai dari 1."),
    "document_date_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Tanggal dokumen tidak sah. Pilih tanggal dari kalender."),
    "number_format_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Nomor '{number}' tidak sesuai format {template}. Periksa penulisannya."),
    "doc_types_missing": QT_TRANSLATE_NOOP("Messages", "{where}: bagian 'doc_types' wajib ada dan tidak kosong."),
    "doc_type_periods_missing": QT_TRANSLATE_NOOP("Messages", "{where}: daftar 'periods' wajib ada."),
    "numbering_file_not_object": QT_TRANSLATE_NOOP("Messages", "{source}: isi berkas harus berupa objek."),
    "numbering_opds_not_object": QT_TRANSLATE_NOOP("Messages", "{source}: bagian 'opds' harus berupa objek."),
    "numbering_opd_not_object": QT_TRANSLATE_NOOP("Messages", "{where}: harus berupa objek."),
    "numbering_opd_unknown_types": QT_TRANSLATE_NOOP("Messages", "{where}: jenis dokumen tak dikenal: {unknown}."),
    "doc_type_unknown": QT_TRANSLATE_NOOP("Messages", "Jenis dokumen '{doc_type}' tidak dikenal. Pilih: {known}."),
    "number_not_canonical": QT_TRANSLATE_NOOP(
        "Messages", "Nomor '{text}' bukan nomor {label} OPD ini bertanggal {day} (seharusnya berbentuk {expected})."),
    "opd_unknown": QT_TRANSLATE_NOOP("Messages", "OPD belum diketahui; masuk dengan akun OPD Anda."),
    "block_year_invalid": QT_TRANSLATE_NOOP("Messages", "Tahun blok nomor {value} tidak sah."),
    "block_bound_invalid": QT_TRANSLATE_NOOP("Messages", "Batas blok nomor {value} tidak sah; mulai dari 1."),
    "block_reversed": QT_TRANSLATE_NOOP("Messages", "Blok nomor {start}-{end} terbalik: akhir < awal."),
    "cursor_invalid": QT_TRANSLATE_NOOP("Messages", "Posisi terakhir {value} di luar blok {start}-{end}."),
    "number_block_exhausted": QT_TRANSLATE_NOOP(
        "Messages", "Blok nomor {doc_type} {kode_opd} tahun {year} ({start}-{end}) sudah habis. Sinkronkan untuk "
        "meminta blok nomor baru."),
    "number_block_wrong_year": QT_TRANSLATE_NOOP(
        "Messages", "Tanggal dokumen {day} bukan tahun blok nomor {year}; nomor direset setiap tahun."),
    # price_check
    "price_rule_key_invalid": QT_TRANSLATE_NOOP("Messages", "{where}: '{key}' wajib bilangan bulat positif."),
    "price_rule_ratios": QT_TRANSLATE_NOOP(
        "Messages", "{where}: high_ratio_percent harus ≥ attention_ratio_percent; perbaiki berkasnya."),
    "price_rule_p75_not_bool": QT_TRANSLATE_NOOP("Messages", "{where}: 'must_exceed_p75' harus true atau false."),
    "price_sample_empty": QT_TRANSLATE_NOOP("Messages", "Tidak ada harga pembanding; sinkronkan katalog lalu ulangi."),
    "percentile_invalid": QT_TRANSLATE_NOOP("Messages", "Persentil {value} di luar 0-100."),
    "price_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Harga satuan {value} tidak sah; isi bilangan bulat rupiah ≥ 0."),
    "term_price_reasonableness": QT_TRANSLATE_NOOP("Messages", "kewajaran harga"),
    "price_too_few_comparables": QT_TRANSLATE_NOOP(
        "Messages", "Hanya {count} produk sebanding (minimal {minimum}); kewajaran harga tidak dapat dinilai. "
        "Bandingkan manual di marketplace lain bila ragu."),
    "price_compare": QT_TRANSLATE_NOOP(
        "Messages", "Harga {price} = {ratio}% dari median {median} (p75 {p75}, {count} produk sebanding)."),
    "price_expensive": QT_TRANSLATE_NOOP(
        "Messages", "Indikasi kemahalan. {compare} Pilih produk lebih murah (misalnya {cheapest}, {cheapest_price}) "
        "atau tulis alasan harga ini di catatan sebelum diajukan."),
    "price_attention": QT_TRANSLATE_NOOP(
        "Messages", "Harga di atas kebanyakan produk sebanding. {compare} Periksa kembali sebelum "
        "diajukan/disetujui."),
    "price_fair": QT_TRANSLATE_NOOP("Messages", "Harga wajar. {compare}"),
}
