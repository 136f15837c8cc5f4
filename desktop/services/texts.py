"""Messages of desktop.services (refusals of the workflow, login, settings, keyring, statistics): code →
Indonesian template (see desktop.domain.messages). The pre-submission checks have their own catalog
(desktop/services/check_texts.py)."""

from desktop.domain.messages import QT_TRANSLATE_NOOP, Catalog

SERVICE_TEXTS = Catalog({
    # session and the order being worked on
    "not_logged_in": QT_TRANSLATE_NOOP("Messages", "Belum ada pengguna yang masuk. Silakan masuk terlebih dahulu."),
    "no_opd": QT_TRANSLATE_NOOP("Messages", "Akun Anda belum terhubung ke OPD. Minta admin OPD mengatur OPD akun ini."),
    "not_found": QT_TRANSLATE_NOOP(
        "Messages", "Pesanan tidak ditemukan di PC ini. Sinkronkan lalu buka lagi dari daftar pesanan."),
    "other_opd": QT_TRANSLATE_NOOP("Messages", "Pesanan ini milik OPD lain. Buka pesanan OPD Anda sendiri."),
    "conflict_open": QT_TRANSLATE_NOOP(
        "Messages", "Server menolak langkah sebelumnya pada pesanan ini. Buka pesanan dan selesaikan masalahnya "
        "dulu, lalu ulangi."),
    "commands_sealed": QT_TRANSLATE_NOOP(
        "Messages", "{count} perintah belum dikirim: isinya tersimpan terenkripsi dengan kunci yang tidak ada di "
        "sesi ini. Perintah tetap di antrean, tidak hilang; masuk dengan akun Anda di PC ini (kata sandi), lalu "
        "sinkronkan lagi."),
    # an order's short name in lists and dialogs (OrderView.title)
    "order_title": QT_TRANSLATE_NOOP("Messages", "{number} — {who}"),
    "order_title_draft": QT_TRANSLATE_NOOP("Messages", "Draf {id} — {who}"),
    "order_title_no_provider": QT_TRANSLATE_NOOP("Messages", "penyedia belum dipilih"),
    # drafting an order
    "other_provider": QT_TRANSLATE_NOOP(
        "Messages", "Satu pesanan hanya untuk satu penyedia. Buat pesanan baru untuk produk dari {provider}."),
    "duplicate_line": QT_TRANSLATE_NOOP(
        "Messages", "{product} sudah ada di pesanan. Ubah jumlahnya pada baris yang ada."),
    "unknown_field": QT_TRANSLATE_NOOP("Messages", "Kolom {fields} tidak dapat diubah di sini."),
    "bad_shipping": QT_TRANSLATE_NOOP("Messages", "Ongkos kirim harus rupiah bulat, 0 atau lebih."),
    "bad_marketplace": QT_TRANSLATE_NOOP("Messages", "Pilih jalur belanja dari daftar yang tersedia."),
    "line_product_unavailable": QT_TRANSLATE_NOOP(
        "Messages", "{product} tidak dijual lagi. Hapus baris ini atau ganti dengan produk lain."),
    "product_unavailable": QT_TRANSLATE_NOOP(
        "Messages", "Produk ini tidak ada atau sudah tidak dijual di katalog lokal. Sinkronkan katalog lalu pilih "
        "produk lain."),
    "precheck_failed": QT_TRANSLATE_NOOP(
        "Messages", "Pesanan belum dapat diajukan: {items}. Perbaiki butir bertanda ✗ dulu."),
    "cancel_reason_required": QT_TRANSLATE_NOOP(
        "Messages", "Tulis alasan pembatalan agar tercatat di riwayat pesanan."),
    "bad_action": QT_TRANSLATE_NOOP("Messages", "Langkah ini bukan langkah pengiriman."),
    "forbidden_role": QT_TRANSLATE_NOOP("Messages", "Hanya Pejabat Pengadaan atau PPK yang boleh menyusun pesanan."),
    "line_not_found": QT_TRANSLATE_NOOP(
        "Messages", "Baris pesanan tidak ditemukan; mungkin sudah dihapus. Muat ulang pesanan."),
    "bad_qty": QT_TRANSLATE_NOOP("Messages", "Jumlah harus bilangan bulat lebih dari 0, misalnya 10."),
    "qty_too_large": QT_TRANSLATE_NOOP("Messages", "Jumlah terlalu besar. Periksa kembali angka yang diketik."),
    # PPK decisions, receipt, BAST
    "stale_lines": QT_TRANSLATE_NOOP(
        "Messages", "Harga atau ketersediaan berubah untuk: {products}. Tolak pesanan agar Pejabat Pengadaan "
        "memperbaruinya."),
    "reason_required": QT_TRANSLATE_NOOP(
        "Messages", "Tulis alasan penolakan (minimal 5 huruf) agar Pejabat Pengadaan tahu apa yang harus "
        "diperbaiki."),
    "inspection_in_future": QT_TRANSLATE_NOOP("Messages", "Tanggal pemeriksaan tidak boleh setelah hari ini."),
    "date_before_sp": QT_TRANSLATE_NOOP(
        "Messages", "Tanggal pemeriksaan tidak boleh sebelum tanggal SP ({day})."),
    "arrival_date": QT_TRANSLATE_NOOP(
        "Messages", "Tanggal barang tiba harus antara tanggal SP dan tanggal pemeriksaan. Periksa tanggalnya."),
    "receipt_line_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Ada baris penerimaan yang tidak ada di pesanan. Muat ulang."),
    "received_qty_invalid": QT_TRANSLATE_NOOP("Messages", "Jumlah diterima {product} harus 0 sampai {qty}."),
    "bast_in_future": QT_TRANSLATE_NOOP("Messages", "Tanggal BAST tidak boleh setelah hari ini."),
    "bast_before_sp": QT_TRANSLATE_NOOP(
        "Messages", "Tanggal BAST tidak boleh sebelum tanggal SP ({day}). Pilih tanggal yang benar."),
    "bast_before_inspection": QT_TRANSLATE_NOOP(
        "Messages", "Tanggal BAST tidak boleh sebelum tanggal pemeriksaan ({day}). Pilih tanggal yang benar."),
    # payment
    "bad_method": QT_TRANSLATE_NOOP("Messages", "Pilih cara bayar: UP/GU, transfer, KKPD atau LS."),
    "bku_required": QT_TRANSLATE_NOOP("Messages", "Isi nomor BKU (Buku Kas Umum) untuk pembayaran ini."),
    "payment_in_future": QT_TRANSLATE_NOOP("Messages", "Tanggal bayar tidak boleh setelah hari ini."),
    "deposit_date": QT_TRANSLATE_NOOP(
        "Messages", "Tanggal setor pajak harus antara tanggal bayar dan hari ini."),
    "paid_before_bast": QT_TRANSLATE_NOOP(
        "Messages", "Tanggal bayar tidak boleh sebelum tanggal BAST. Periksa tanggalnya."),
    "deposit_unknown_tax": QT_TRANSLATE_NOOP(
        "Messages", "NTPN diisi untuk pajak yang tidak dipotong Bendahara: {taxes}. Kosongkan isian itu."),
    "ntpn_invalid": QT_TRANSLATE_NOOP(
        "Messages", "NTPN setoran {tax} harus 16 huruf/angka, seperti tertera pada bukti penerimaan negara. "
        "Periksa isiannya."),
    # documents
    "bad_document": QT_TRANSLATE_NOOP("Messages", "Jenis dokumen tidak dikenal. Pilih SP, BAST atau kuitansi."),
    "bad_book": QT_TRANSLATE_NOOP("Messages", "Pilih BKU atau Buku Pembantu Pajak."),
    "not_yet": QT_TRANSLATE_NOOP(
        "Messages", "{document} belum dapat dicetak pada status pesanan ini. Selesaikan langkah sebelumnya dulu."),
    "doc_sp": QT_TRANSLATE_NOOP("Messages", "Surat Pesanan"),
    "doc_bast": QT_TRANSLATE_NOOP("Messages", "Berita Acara Serah Terima"),
    "doc_kuitansi": QT_TRANSLATE_NOOP("Messages", "Kuitansi"),
    "doc_bku": QT_TRANSLATE_NOOP("Messages", "Buku Kas Umum"),
    "doc_pajak": QT_TRANSLATE_NOOP("Messages", "Buku Pembantu Pajak"),
    # conflicts shown after a sync
    "conflict_resolved": QT_TRANSLATE_NOOP(
        "Messages", "Konflik ini sudah diselesaikan. Muat ulang daftar pesanan."),
    "catalog_behind": QT_TRANSLATE_NOOP(
        "Messages", "Katalog di PC ini belum memuat harga terbaru {product} yang disebut server. Sinkronkan katalog "
        "dulu, lalu terima harga baru."),
    "bad_substitute": QT_TRANSLATE_NOOP(
        "Messages", "Pengganti harus produk aktif dari penyedia yang sama. Pilih produk lain atau hapus baris ini."),
    "no_lines_left": QT_TRANSLATE_NOOP(
        "Messages", "Semua baris akan terhapus. Batalkan pesanan ini atau ganti minimal satu produk."),
    "no_server_copy_yet": QT_TRANSLATE_NOOP(
        "Messages", "Salinan server belum ada di PC ini. Sinkronkan dulu, lalu buka konflik ini lagi."),
    "not_editable": QT_TRANSLATE_NOOP("Messages", "Pesanan di server sudah bukan draf; pakai salinan server."),
    # the shared order lifecycle's refusals (desktop/services/protocol_refusals.py: the same Indonesian text)
    "action_not_in_state": QT_TRANSLATE_NOOP(
        "Messages", "Aksi '{action}' tidak dapat dilakukan pada pesanan berstatus {state}."),
    "action_roles_only": QT_TRANSLATE_NOOP("Messages", "Aksi '{action}' hanya boleh dilakukan oleh: {roles}."),
    "order_not_editable": QT_TRANSLATE_NOOP(
        "Messages", "Pesanan berstatus {state} tidak dapat diubah; gunakan adendum atau batalkan."),
    "payment_not_authorized": QT_TRANSLATE_NOOP(
        "Messages", "Pembayaran belum disetujui PA/KPA (setuju dibayar). Minta otorisasi terlebih dahulu."),
    "payment_already_authorized": QT_TRANSLATE_NOOP("Messages", "Pembayaran sudah diotorisasi PA/KPA."),
    "sod_approve_makers": QT_TRANSLATE_NOOP(
        "Messages", "Anda ikut menyusun atau mengubah isi pesanan ini, jadi tidak boleh menyetujuinya sendiri. "
        "Persetujuan harus oleh PPK lain yang tidak ikut menyusun."),
    "sod_mark_paid_approved_by": QT_TRANSLATE_NOOP(
        "Messages", "PPK yang menyetujui pesanan tidak boleh juga membayarnya (Bendahara)."),
    "sod_mark_paid_received_by": QT_TRANSLATE_NOOP(
        "Messages", "Pencatat penerimaan barang tidak boleh juga membayarnya."),
    "sod_mark_paid_makers": QT_TRANSLATE_NOOP(
        "Messages", "Penyusun atau pengubah isi pesanan tidak boleh juga membayarnya."),
    # login
    "missing_fields": QT_TRANSLATE_NOOP("Messages", "Isi nama pengguna dan kata sandi, lalu tekan Masuk."),
    "offline_unknown_user": QT_TRANSLATE_NOOP(
        "Messages", "Server tidak dapat dihubungi dan pengguna ini belum pernah masuk di komputer ini. Sambungkan "
        "komputer ke jaringan, lalu masuk sekali secara daring."),
    "invalid_credentials": QT_TRANSLATE_NOOP(
        "Messages", "Nama pengguna atau kata sandi salah. Periksa huruf besar/kecil lalu coba lagi."),
    "invalid_credentials_or_session": QT_TRANSLATE_NOOP(
        "Messages", "Nama pengguna atau kata sandi salah, atau sesi Anda telah berakhir. Periksa lalu masuk kembali "
        "dengan kata sandi."),
    "server_unreachable": QT_TRANSLATE_NOOP(
        "Messages", "Server {server} tidak dapat dihubungi. Periksa jaringan atau alamat server di Pengaturan; "
        "pengguna yang pernah masuk di komputer ini tetap dapat masuk tanpa koneksi."),
    "upgrade_required": QT_TRANSLATE_NOOP(
        "Messages", "Versi aplikasi ini terlalu lama untuk server. Pasang versi terbaru, lalu masuk lagi."),
    "server_error": QT_TRANSLATE_NOOP(
        "Messages", "Server menolak permintaan masuk (HTTP {status}). Coba lagi beberapa saat lagi; bila terus "
        "terjadi, hubungi admin provinsi."),
    # settings
    "settings_nip_invalid": QT_TRANSLATE_NOOP("Messages", "{problem} Contoh NIP yang benar: 19800101 200501 1 001."),
    "server_url_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Alamat server harus diawali http:// atau https:// (contoh: https://blangkon.jatengprov.go.id)."),
    "pemda_required": QT_TRANSLATE_NOOP(
        "Messages", "Isi nama pemerintah daerah (mis. PEMERINTAH PROVINSI JAWA TENGAH)."),
    "opd_name_required": QT_TRANSLATE_NOOP("Messages", "Isi nama OPD seperti yang tercetak pada kop surat."),
    "logo_invalid": QT_TRANSLATE_NOOP("Messages", "Berkas logo harus gambar PNG atau JPG yang ada. Pilih berkas lain."),
    "signatory_name_required": QT_TRANSLATE_NOOP("Messages", "Isi nama pejabat untuk NIP yang sudah diisi."),
    "unpaid_limit_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Batas hari kerja pembayaran harus antara 0 dan 60; kosongkan untuk memakai aturan."),
    # keyring and statistics
    "keyring_unavailable": QT_TRANSLATE_NOOP(
        "Messages", "Brankas kata sandi sistem (keyring) tidak tersedia atau terkunci, jadi sesi ini tidak diingat. "
        "Anda tetap dapat bekerja sekarang, tetapi harus masuk lagi saat membuka aplikasi berikutnya. Buka kunci "
        "brankas (mis. GNOME Keyring / Windows Credential Manager) atau minta admin TI memasangnya."),
    # data keys held by the officers' passwords (issue 15, docs/DATA_AT_REST.md)
    "data_keys_locked": QT_TRANSLATE_NOOP(
        "Messages", "Sebagian data pesanan terkunci untuk akun Anda sampai petugas lain yang memegang kuncinya masuk "
        "di PC ini. Pekerjaan Anda sendiri tetap tersimpan dan terkunci dengan aman."),
    "data_keys_password_changed": QT_TRANSLATE_NOOP(
        "Messages", "Kata sandi Anda berubah sejak terakhir masuk di PC ini, jadi data yang dikunci dengan kata sandi "
        "lama belum dapat dibuka. Data itu terbuka lagi setelah petugas lain yang memegang kuncinya masuk di PC ini. "
        "Pekerjaan baru Anda tetap tersimpan dan terkunci dengan aman."),
    "data_keys_old_password": QT_TRANSLATE_NOOP(
        "Messages", "Kata sandi Anda berubah sejak terakhir masuk di PC ini. Sebagian data yang Anda simpan di PC ini "
        "hanya dapat dibuka dengan kata sandi lama, dan tidak ada petugas lain di PC ini yang memegang kuncinya. "
        "Bila Anda masih ingat kata sandi lama, minta admin TI menjalankan `blangkon db recover-keys --username "
        "{username}`, lalu masuk lagi. Tidak ada yang dihapus; pekerjaan baru Anda tersimpan dan terkunci dengan aman."),
    "data_keys_unavailable": QT_TRANSLATE_NOOP(
        "Messages", "Kunci data di PC ini tidak dapat disiapkan ({problem}). Anda tetap masuk, tetapi data yang "
        "terkunci belum dapat dibuka. Coba keluar lalu masuk lagi."),
    # an official document whose signatory has no name or NIP prints only marked DRAF (#13.19)
    "signatory_incomplete": QT_TRANSLATE_NOOP(
        "Messages", "Dokumen ini belum dapat dicetak sebagai dokumen resmi: {who}. Isi nama lengkap dan NIP (18 "
        "angka) di Pengaturan › Penandatangan, lalu buka pratinjau lagi. Sampai itu, dokumen hanya dapat dicetak "
        "bertanda DRAF."),
    "signatory_no_name": QT_TRANSLATE_NOOP("Messages", "nama dan NIP {role} belum diisi"),
    "signatory_no_nip": QT_TRANSLATE_NOOP("Messages", "NIP {role} ({name}) belum diisi"),
    # why an official document printed unsigned (#13.22): the real cause, and what IT can do
    "unsigned_no_keyring": QT_TRANSLATE_NOOP(
        "Messages", "Dokumen dicetak tanpa tanda tangan digital karena brankas kata sandi sistem (keyring) di PC ini "
        "tidak dapat dipakai, padahal kunci tanda tangan perangkat hanya disimpan di sana; kode QR hanya memuat isi "
        "dokumen."),
    "unsigned_keyring_help": QT_TRANSLATE_NOOP(
        "Messages", "Brankas: {backend}; galat: {error}. Yang dapat dilakukan admin TI: {advice}; lalu jalankan "
        "`blangkon --self-test` untuk memeriksanya dan sinkronkan sekali agar perangkat disertifikasi."),
    "unsigned_no_certificate": QT_TRANSLATE_NOOP(
        "Messages", "Dokumen dicetak tanpa tanda tangan digital: perangkat ini belum disertifikasi server provinsi. "
        "Sinkronkan sekali saat terhubung; sertifikat diambil otomatis."),
    "keyring_advice_windows": QT_TRANSLATE_NOOP(
        "Messages", "nyalakan layanan Windows Credential Manager (VaultSvc, Startup type: Manual) dan pastikan "
        "kebijakan grup tidak memblokirnya; masuk Windows dengan akun pengguna biasa (bukan akun layanan)"),
    "keyring_advice_macos": QT_TRANSLATE_NOOP(
        "Messages", "buka aplikasi Keychain Access dan pastikan keychain 'login' tidak terkunci"),
    "keyring_advice_linux": QT_TRANSLATE_NOOP(
        "Messages", "pasang dan aktifkan Secret Service — gnome-keyring (paket gnome-keyring, libsecret-1-0) atau "
        "KWallet — lalu masuk ulang ke desktop agar brankasnya terbuka"),
    "keyring_none": QT_TRANSLATE_NOOP("Messages", "tidak ada brankas yang terpasang"),
    "keyring_disabled": QT_TRANSLATE_NOOP("Messages", "brankas dimatikan (null)"),
    "keyring_plaintext": QT_TRANSLATE_NOOP("Messages", "brankas menyimpan tanpa enkripsi (keyrings.alt), ditolak"),
    # Plt / Plh delegations (#17)
    "acting_letter_note": QT_TRANSLATE_NOOP("Messages", "{reason}atas surat perintah Plt/Plh {number} tanggal {date}"),
    "delegation_offline": QT_TRANSLATE_NOOP(
        "Messages", "Server tidak terjangkau. Pelimpahan Plt/Plh hanya dapat dicatat atau dicabut saat terhubung; "
        "daftar di bawah adalah salinan sinkronisasi terakhir."),
    "delegation_refused": QT_TRANSLATE_NOOP(
        "Messages", "Server menolak pelimpahan ini (HTTP {status}); periksa isian atau hubungi admin."),
    "delegation_no_opd": QT_TRANSLATE_NOOP("Messages", "Akun ini tidak terikat OPD, jadi tidak ada pelimpahan Plt/Plh."),
    "stats_refused": QT_TRANSLATE_NOOP(
        "Messages", "Server menolak permintaan statistik (HTTP {status}); coba lagi atau hubungi admin."),
    # bank reconciliation (#18)
    "bank_file_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "Berkas {file} tidak dapat dibuka ({problem}). Periksa bahwa berkas masih ada dan dapat dibaca."),
    "bank_nothing_selected": QT_TRANSLATE_NOOP(
        "Messages", "Pilih dulu baris rekening koran (dan pembayaran yang cocok) yang akan dikonfirmasi."),
    "bank_line_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Baris rekening koran tidak ditemukan di PC ini. Muat ulang daftar lalu ulangi."),
    "bank_entry_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Pembayaran {entry} tidak tercatat di PC ini. Pencocokan hanya menautkan pembayaran yang sudah "
        "dicatat; catat pembayarannya dulu di Meja Bendahara."),
    "bank_already_linked": QT_TRANSLATE_NOOP(
        "Messages", "{what} sudah dikonfirmasi pada pencocokan lain. Batalkan pencocokan itu dulu bila keliru."),
    "bank_sign_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "Uang keluar hanya dapat dicocokkan dengan pembayaran/setoran, uang masuk dengan penerimaan. "
        "Periksa pilihan Anda."),
    "bank_note_required": QT_TRANSLATE_NOOP(
        "Messages", "Jumlah di bank dan di buku berselisih {difference}. Tulis penjelasannya di catatan sebelum "
        "mengonfirmasi."),
    "bank_note_needed": QT_TRANSLATE_NOOP(
        "Messages", "Tulis catatan yang menjelaskan baris ini (minimal 5 huruf)."),
    "bank_link_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Konfirmasi ini sudah tidak ada (mungkin sudah dibatalkan). Muat ulang daftar."),
    "bank_role": QT_TRANSLATE_NOOP(
        "Messages", "Hanya Bendahara Pengeluaran yang mengimpor rekening koran dan mengonfirmasi pencocokan."),
    "bank_import_linked": QT_TRANSLATE_NOOP(
        "Messages", "Impor ini tidak dapat dibatalkan: sebagian barisnya sudah dikonfirmasi. Batalkan konfirmasinya "
        "dulu."),
    "bank_month_invalid": QT_TRANSLATE_NOOP("Messages", "Pilih bulan dan tahun rekonsiliasi yang sah."),
    # year-end closing (tutup buku, #17)
    "closing_bendahara_only": QT_TRANSLATE_NOOP(
        "Messages", "Tutup buku dilakukan oleh Bendahara Pengeluaran OPD. Masuk dengan akun Bendahara."),
    "closing_item_gone": QT_TRANSLATE_NOOP(
        "Messages", "Pos ini tidak lagi terbuka (mungkin sudah dibayar atau disinkronkan). Muat ulang daftarnya."),
    "closing_undecided": QT_TRANSLATE_NOOP(
        "Messages", "Masih ada {count} pos terbuka tanpa keputusan: pilih dibawa ke tahun berikutnya atau batalkan."),
    "closing_up_unreturned": QT_TRANSLATE_NOOP(
        "Messages", "Sisa UP {amount} belum dicatat kembali ke Kas Daerah: catat pengembalian sisa UP dulu."),
    "closing_up_reference": QT_TRANSLATE_NOOP(
        "Messages", "Isi nomor STS (bukti setor ke Kas Daerah) dan nomor BKU pengembalian sisa UP."),
    "closing_up_recorded": QT_TRANSLATE_NOOP(
        "Messages", "Pengembalian sisa UP tahun ini sudah dicatat."),
    "closing_up_nothing": QT_TRANSLATE_NOOP(
        "Messages", "Tidak ada sisa UP untuk dikembalikan: saldo kas sama dengan pajak yang belum disetor."),
    "closing_done": QT_TRANSLATE_NOOP(
        "Messages", "Buku tahun {year} sudah ditutup; buku hanya dapat dilihat dan dicetak."),
    "closing_blocked": QT_TRANSLATE_NOOP("Messages", "Belum dapat tutup buku: {reasons}"),
})
