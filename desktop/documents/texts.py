"""Messages of desktop.documents (input a document cannot be printed from, templates, fonts): code → Indonesian
template (see desktop.domain.messages). The documents themselves stay Indonesian: their texts are data in
resources/templates."""

from desktop.domain.messages import QT_TRANSLATE_NOOP, Catalog

DOCUMENT_TEXTS = Catalog({
    "document_amount_invalid": QT_TRANSLATE_NOOP(
        "Messages", "{what} harus bilangan bulat rupiah nol atau lebih (terisi {value})."),
    "document_option_invalid": QT_TRANSLATE_NOOP("Messages", "{what} '{value}' tidak dikenal. Pilih: {choices}."),
    "term_unit_price_of": QT_TRANSLATE_NOOP("Messages", "Harga satuan '{name}'"),
    "term_tax_named": QT_TRANSLATE_NOOP("Messages", "Pajak {label}"),
    "term_tax_collector": QT_TRANSLATE_NOOP("Messages", "Pemungut pajak"),
    "term_shipping": QT_TRANSLATE_NOOP("Messages", "Ongkos kirim"),
    "term_receipt_of": QT_TRANSLATE_NOOP("Messages", "Penerimaan '{uraian}'"),
    "term_return_of": QT_TRANSLATE_NOOP("Messages", "Pengembalian '{uraian}'"),
    "term_payment_of_sp": QT_TRANSLATE_NOOP("Messages", "Pembayaran SP {number}"),
    "term_paper_size": QT_TRANSLATE_NOOP("Messages", "Ukuran kertas"),
    "term_document_status": QT_TRANSLATE_NOOP("Messages", "Status dokumen"),
    "document_qty_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Jumlah '{name}' harus bilangan bulat lebih dari nol (terisi {value})."),
    "document_no_lines": QT_TRANSLATE_NOOP("Messages", "Pesanan {order} belum berisi barang/jasa; tambahkan baris."),
    "document_tax_exceeds_amount": QT_TRANSLATE_NOOP(
        "Messages", "Pajak SP {number} melebihi jumlah pembayaran; periksa rincian pajak."),
    "document_type_unknown": QT_TRANSLATE_NOOP("Messages", "Jenis dokumen '{doc_type}' tidak dikenal. Pilih: {known}."),
    "document_tax_collector": QT_TRANSLATE_NOOP(
        "Messages", "Pemungut pajak '{collector}' pada catatan pembayaran tidak dikenal; sinkronkan ulang pesanan ini."),
    "font_missing": QT_TRANSLATE_NOOP("Messages", "Huruf {path} tidak ditemukan. Pasang ulang aplikasi."),
    "template_key_missing": QT_TRANSLATE_NOOP(
        "Messages", "Teks '{key}' tidak ada di templat {name}.json. Pulihkan templat dari instalasi asli."),
    "template_placeholder_not_name": QT_TRANSLATE_NOOP(
        "Messages", "Templat {name}.json, teks '{key}': isian '{field}' tidak diizinkan; pakai nama saja."),
    "template_placeholder_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Templat {name}.json, teks '{key}': isian {problem} tidak dikenal. Periksa tanda kurung kurawal."),
    "template_missing": QT_TRANSLATE_NOOP("Messages", "Templat dokumen {path} tidak ditemukan. Pasang ulang aplikasi."),
    "template_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Templat {path} rusak (baris {line}). Perbaiki atau pulihkan berkasnya."),
    "template_not_object": QT_TRANSLATE_NOOP("Messages", "Templat {path} harus berupa objek JSON."),
})
