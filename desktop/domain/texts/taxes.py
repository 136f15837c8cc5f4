"""Messages of the tax engine: tax rule files (tax_rules), purchases (tax_shapes) and taxes."""

from desktop.domain.messages import QT_TRANSLATE_NOOP

TEXTS = {
    # the rule file (for the admin)
    "tax_percent_invalid": QT_TRANSLATE_NOOP("Messages", "{where}: '{field}' harus persen berupa teks, misalnya \"1.5\"."),
    "tax_amount_invalid": QT_TRANSLATE_NOOP("Messages", "{where}: '{field}' harus rupiah bulat atau null."),
    "tax_field_required": QT_TRANSLATE_NOOP("Messages", "{where}: kolom '{field}' wajib diisi."),
    "tax_rule_not_object": QT_TRANSLATE_NOOP("Messages", "{where}: setiap aturan harus berupa objek."),
    "tax_fraction_invalid": QT_TRANSLATE_NOOP("Messages", "{where}: 'nilai_lain' harus {fields} bulat."),
    "tax_exempt_kinds_invalid": QT_TRANSLATE_NOOP("Messages", "{where}: 'exempt_kinds' berisi jenis yang tidak dikenal."),
    "tax_pph_not_object": QT_TRANSLATE_NOOP("Messages", "{where}: aturan PPh harus berupa objek."),
    "tax_collector_unknown": QT_TRANSLATE_NOOP("Messages", "{where}: 'collector' {value} tidak dikenal."),
    "tax_ppn_missing": QT_TRANSLATE_NOOP("Messages", "{where}: bagian 'ppn' wajib ada."),
    "tax_pph_kinds": QT_TRANSLATE_NOOP("Messages", "{where}: bagian 'pph' harus memuat goods, services dan catering."),
    "tax_brackets_missing": QT_TRANSLATE_NOOP("Messages", "{where}: 'brackets' harus daftar lapisan tarif."),
    "tax_bracket_not_object": QT_TRANSLATE_NOOP("Messages", "{where}: lapisan harus berupa objek."),
    "tax_brackets_order": QT_TRANSLATE_NOOP(
        "Messages", "{where}: lapisan tarif harus naik, dan hanya lapisan terakhir tanpa batas atas (up_to null)."),
    "tax_pph21_unknown": QT_TRANSLATE_NOOP("Messages", "{where}: 'kinds' atau 'collector' tidak dikenal."),
    "tax_pph21_no_kinds": QT_TRANSLATE_NOOP("Messages", "{where}: 'kinds' wajib berisi jenis belanja."),
    "tax_rounding_mode": QT_TRANSLATE_NOOP("Messages", "{where}: 'mode' harus HALF_UP atau DOWN."),
    "tax_file_not_object": QT_TRANSLATE_NOOP("Messages", "{source}: isi berkas harus berupa objek JSON."),
    "tax_list_missing": QT_TRANSLATE_NOOP("Messages", "{source}: daftar '{key}' wajib ada dan tidak kosong."),
    "tax_collection_missing": QT_TRANSLATE_NOOP("Messages", "{source}: bagian 'collection' wajib ada."),
    "tax_collection_entry_missing": QT_TRANSLATE_NOOP("Messages", "{source}: 'collection.{name}' wajib ada."),
    "tax_pph21_not_list": QT_TRANSLATE_NOOP("Messages", "{source}: 'pph21_bukan_pegawai' harus berupa daftar."),
    "tax_collector_invalid": QT_TRANSLATE_NOOP("Messages", "Pemungut pajak {collector} tidak dikenal."),
    "term_ppn": QT_TRANSLATE_NOOP("Messages", "PPN"),
    "term_tax_rounding": QT_TRANSLATE_NOOP("Messages", "pembulatan pajak"),
    "term_pph21_non_employee": QT_TRANSLATE_NOOP("Messages", "PPh 21 bukan pegawai"),
    "term_collection_by": QT_TRANSLATE_NOOP("Messages", "pemungutan oleh {collector}"),
    # a purchase the engine cannot compute
    "gross_not_integer": QT_TRANSLATE_NOOP("Messages", "Harga bruto harus bilangan bulat rupiah (bukan {type})."),
    "gross_negative": QT_TRANSLATE_NOOP("Messages", "Harga bruto tidak boleh negatif ({value}). Periksa isiannya."),
    "gross_too_large": QT_TRANSLATE_NOOP("Messages", "Harga bruto terlalu besar. Periksa jumlah digitnya."),
    "purchase_kind_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Jenis belanja '{kind}' tidak dikenal. Pilih barang (goods), jasa (services) atau katering "
        "(catering)."),
    "collector_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Pemungut pajak '{collector}' tidak dikenal. Pilih BENDAHARA atau PIHAK_LAIN (lokapasar yang "
        "ditunjuk PMK 58/2022)."),
    "purchase_flag_invalid": QT_TRANSLATE_NOOP("Messages", "Isian '{flag}' harus ya/tidak (true/false)."),
    "seller_form_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Bentuk usaha penyedia '{form}' tidak dikenal. Pilih perorangan atau badan usaha."),
    "pkp_without_npwp": QT_TRANSLATE_NOOP(
        "Messages", "Penyedia PKP pasti ber-NPWP (pengukuhan PKP mensyaratkan NPWP), tetapi data penyedia ini tanpa "
        "NPWP/NIK. Lengkapi NPWP penyedia di katalog atau periksa status PKP-nya."),
    "transaction_date_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Tanggal transaksi tidak sah. Pilih tanggal dari kalender."),
    "suket_without_npwp": QT_TRANSLATE_NOOP(
        "Messages", "Suket PP 55 hanya diterbitkan bagi wajib pajak yang ber-NPWP. Periksa data penyedia: isi "
        "NPWP/NIK-nya atau hapus tanda Suket PP 55."),
    "luxury_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Tanda barang mewah (PPnBM) hanya untuk barang dari penyedia PKP."),
    "purchase_invalid": QT_TRANSLATE_NOOP("Messages", "Data pembelian tidak sah untuk dihitung pajaknya."),
    "dpp_invalid": QT_TRANSLATE_NOOP("Messages", "DPP {value} harus rupiah bulat, tidak negatif. Periksa isiannya."),
}
