"""Titles and details of the pre-submission check panel (desktop.services.order_checks, price_service): code →
Indonesian template (see desktop.domain.messages). A check item's title and detail are Messages, so the panel
reads in the user's language."""

from desktop.domain.messages import QT_TRANSLATE_NOOP, Catalog

CHECK_TEXTS = Catalog({
    "lines_none": QT_TRANSLATE_NOOP("Messages", "Belum ada barang/jasa"),
    "lines_none_hint": QT_TRANSLATE_NOOP("Messages", "Tambahkan minimal satu produk dari katalog."),
    "lines_count": QT_TRANSLATE_NOOP("Messages", "{count} baris barang/jasa"),
    "lines_total": QT_TRANSLATE_NOOP("Messages", "Total {total}."),
    "routing_missing": QT_TRANSLATE_NOOP("Messages", "Jalur belanja belum dipilih"),
    "routing_missing_hint": QT_TRANSLATE_NOOP("Messages", "Pilih lokapasar atau e-katalog lokal."),
    "routing_unchecked": QT_TRANSLATE_NOOP("Messages", "Jalur belanja tidak dapat diperiksa"),
    "routing_ok": QT_TRANSLATE_NOOP("Messages", "Batas nilai lokapasar"),
    "routing_over_cap": QT_TRANSLATE_NOOP("Messages", "Melebihi batas {cap} untuk lokapasar"),
    "with_legal_basis": QT_TRANSLATE_NOOP("Messages", "{text} Dasar: {basis}."),
    "split_order": QT_TRANSLATE_NOOP("Messages", "Kemungkinan pemecahan paket"),
    "split_order_hint": QT_TRANSLATE_NOOP("Messages", "{warning} Gabungkan pesanan atau tulis alasannya di catatan."),
    "split_order_none": QT_TRANSLATE_NOOP("Messages", "Tidak ada indikasi pemecahan paket"),
    "split_order_none_hint": QT_TRANSLATE_NOOP(
        "Messages", "Tidak ada pesanan lain ke penyedia dan sub-kegiatan ini yang bersama-sama melewati batas."),
    "sod_ok": QT_TRANSLATE_NOOP("Messages", "Pembuat berbeda dengan penyetuju"),
    "sod_ok_hint": QT_TRANSLATE_NOOP("Messages", "Pesanan akan disetujui PPK: {names}."),
    "sod_no_ppk": QT_TRANSLATE_NOOP("Messages", "Belum ada PPK lain yang dapat menyetujui"),
    "sod_no_ppk_you": QT_TRANSLATE_NOOP(
        "Messages", "Anda tidak boleh menyetujui pesanan sendiri. Pastikan PPK OPD sudah pernah masuk di aplikasi ini "
        "atau sinkronkan daftar pengguna."),
    "sod_no_ppk_creator": QT_TRANSLATE_NOOP(
        "Messages", "Pembuat pesanan tidak boleh menyetujui pesanan sendiri. Pastikan PPK OPD sudah pernah masuk di "
        "aplikasi ini atau sinkronkan daftar pengguna."),
    "seller_missing": QT_TRANSLATE_NOOP("Messages", "Penyedia belum dipilih"),
    "seller_missing_hint": QT_TRANSLATE_NOOP("Messages", "Tambahkan produk; penyedianya ikut terpilih."),
    "seller_delisted": QT_TRANSLATE_NOOP("Messages", "Penyedia tidak aktif lagi"),
    "seller_delisted_hint": QT_TRANSLATE_NOOP(
        "Messages", "{seller} sudah keluar dari katalog. Pilih produk dari penyedia lain."),
    "seller_tax_id": QT_TRANSLATE_NOOP("Messages", "Identitas pajak penyedia ada"),
    "seller_tax_id_hint": QT_TRANSLATE_NOOP("Messages", "{seller}: {kind} {number}."),
    "seller_no_tax_id": QT_TRANSLATE_NOOP("Messages", "Penyedia tanpa NPWP/NIK"),
    "seller_no_tax_id_hint": QT_TRANSLATE_NOOP(
        "Messages", "Tarif PPh menjadi 100% lebih tinggi. Minta penyedia melengkapi NPWP/NIK sebelum bayar."),
    "seller_pkp": QT_TRANSLATE_NOOP("Messages", "Status PKP penyedia"),
    "seller_pkp_yes": QT_TRANSLATE_NOOP(
        "Messages", "PKP: harga sudah termasuk PPN; faktur pajak wajib dilampirkan saat penagihan."),
    "seller_pkp_no": QT_TRANSLATE_NOOP("Messages", "Bukan PKP: tidak ada PPN pada pesanan ini."),
    "meterai_unchecked": QT_TRANSLATE_NOOP("Messages", "Meterai tidak dapat diperiksa"),
    "meterai_due": QT_TRANSLATE_NOOP("Messages", "Kuitansi wajib bermeterai"),
    "meterai_none": QT_TRANSLATE_NOOP("Messages", "Tanpa meterai"),
    "kode_rup_missing": QT_TRANSLATE_NOOP("Messages", "Kode RUP belum diisi"),
    "kode_rup_missing_hint": QT_TRANSLATE_NOOP("Messages", "Isi Kode RUP dari SiRUP untuk paket ini."),
    "sub_kegiatan_missing": QT_TRANSLATE_NOOP("Messages", "Sub-kegiatan belum dipilih"),
    "sub_kegiatan_missing_hint": QT_TRANSLATE_NOOP("Messages", "Pilih sub-kegiatan yang membiayai belanja ini."),
    "kode_rekening_missing": QT_TRANSLATE_NOOP("Messages", "Kode rekening belum dipilih"),
    "kode_rekening_missing_hint": QT_TRANSLATE_NOOP(
        "Messages", "Pilih kode rekening belanja (mis. 5.1.02.01.01.0024)."),
    "delivery_address_missing": QT_TRANSLATE_NOOP("Messages", "Alamat pengiriman kosong"),
    "delivery_address_missing_hint": QT_TRANSLATE_NOOP("Messages", "Isi alamat kantor tujuan pengiriman."),
    "budget_ok": QT_TRANSLATE_NOOP("Messages", "Kode anggaran lengkap"),
    "budget_ok_hint": QT_TRANSLATE_NOOP(
        "Messages", "RUP {kode_rup}; sub-kegiatan {sub_kegiatan}; rekening {kode_rekening}."),
    "term_sub_kegiatan_list": QT_TRANSLATE_NOOP("Messages", "Sub-kegiatan"),
    "code_unknown": QT_TRANSLATE_NOOP("Messages", "{what} {code} tidak ada dalam daftar"),
    "code_unknown_nearest": QT_TRANSLATE_NOOP(
        "Messages", "Kode ini tidak ditemukan di daftar referensi. Mungkin maksud Anda: {nearest}."),
    "code_unknown_pick": QT_TRANSLATE_NOOP(
        "Messages", "Kode ini tidak ditemukan di daftar referensi. Pilih dari daftar, atau sinkronkan bila kodenya "
        "baru."),
    "kode_rekening_list_missing": QT_TRANSLATE_NOOP("Messages", "Daftar kode rekening belum ada di PC ini"),
    "sub_kegiatan_list_missing": QT_TRANSLATE_NOOP("Messages", "Daftar sub-kegiatan belum ada di PC ini"),
    "code_unchecked_hint": QT_TRANSLATE_NOOP(
        "Messages", "{code} belum dapat diperiksa. Sinkronkan agar daftar referensi terunduh."),
    "stock_exceeded": QT_TRANSLATE_NOOP("Messages", "Jumlah {product} melebihi stok katalog"),
    "stock_exceeded_hint": QT_TRANSLATE_NOOP(
        "Messages", "Dipesan {qty} {unit}, stok di katalog {stock}. Tanyakan ketersediaan ke penyedia atau kurangi "
        "jumlahnya."),
    "delivery_date_missing": QT_TRANSLATE_NOOP("Messages", "Tanggal kirim belum diisi"),
    "delivery_date_missing_hint": QT_TRANSLATE_NOOP(
        "Messages", "Isi batas waktu pengiriman agar tercetak di Surat Pesanan."),
    "delivery_date_past": QT_TRANSLATE_NOOP("Messages", "Tanggal kirim sudah lewat"),
    "delivery_date_past_hint": QT_TRANSLATE_NOOP("Messages", "Pilih tanggal kirim hari ini atau nanti."),
    "price_changed": QT_TRANSLATE_NOOP("Messages", "Harga {product} berubah"),
    "price_changed_hint": QT_TRANSLATE_NOOP(
        "Messages", "Dikutip {quoted}, kini {current}. Terima harga baru atau hapus baris ini."),
    "product_gone": QT_TRANSLATE_NOOP("Messages", "{product} tidak tersedia lagi"),
    "product_gone_hint": QT_TRANSLATE_NOOP(
        "Messages", "Produk ini sudah tidak dijual. Hapus baris ini atau ganti dengan produk lain."),
    "prices_fair": QT_TRANSLATE_NOOP("Messages", "Harga wajar dibanding produk sebanding"),
    "prices_fair_hint": QT_TRANSLATE_NOOP(
        "Messages", "Tidak ada baris yang jauh di atas median produk sebanding (kategori dan satuan sama)."),
    "price_to_check": QT_TRANSLATE_NOOP("Messages", "Periksa harga: {product}"),
})
