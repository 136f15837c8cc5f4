"""Messages of desktop.store: code → Indonesian template (see desktop.domain.messages)."""

from desktop.domain.messages import QT_TRANSLATE_NOOP, Catalog

STORE_TEXTS = Catalog({
    "attachment_not_found": QT_TRANSLATE_NOOP("Messages", "Lampiran {attachment_id} tidak ada."),
    "bad_number_block": QT_TRANSLATE_NOOP("Messages", "Blok nomor {start}–{end} tidak sah."),
    "number_block_overlap": QT_TRANSLATE_NOOP(
        "Messages", "Blok nomor {doc_type} {start}–{end} ({year}) bertumpuk dengan blok lain."),
    "numbers_exhausted": QT_TRANSLATE_NOOP(
        "Messages", "Nomor {doc_type} {year} cadangan perangkat ini habis. Sinkronkan untuk mendapat blok baru."),
    "number_not_issued": QT_TRANSLATE_NOOP("Messages", "Nomor {doc_type} {number}/{year} belum pernah diterbitkan."),
    "year_locked": QT_TRANSLATE_NOOP(
        "Messages", "Buku tahun {year} sudah ditutup (tutup buku): catatan bertanggal {year} hanya dapat dilihat dan "
        "dicetak, tidak dapat diubah. Catat dengan tanggal tahun berjalan."),
    "order_not_found": QT_TRANSLATE_NOOP("Messages", "Pesanan {order_id} tidak ada di basis data lokal."),
    "bad_server_order": QT_TRANSLATE_NOOP(
        "Messages", "Salinan pesanan {order_id} dari server tidak lengkap: {problem}"),
    "no_server_copy": QT_TRANSLATE_NOOP("Messages", "Belum ada salinan server untuk pesanan {order_id}."),
    "commands_unsettled": QT_TRANSLATE_NOOP(
        "Messages", "Pesanan {order_id} masih punya perintah yang belum selesai; selesaikan dulu."),
    "not_local_only": QT_TRANSLATE_NOOP(
        "Messages", "Pesanan {order_id} sudah dikirim ke server; batalkan, jangan dihapus."),
    "command_not_found": QT_TRANSLATE_NOOP("Messages", "Perintah {cmd_id} tidak ada di antrean."),
    "command_bad_transition": QT_TRANSLATE_NOOP(
        "Messages", "Perintah {cmd_id} berstatus {status}; tidak bisa diubah begitu."),
    "command_already_sent": QT_TRANSLATE_NOOP(
        "Messages", "Perintah {cmd_id} sudah pernah dikirim; buat perintah baru."),
    "schema_too_new": QT_TRANSLATE_NOOP(
        "Messages", "Basis data {file} berskema v{version}, lebih baru dari aplikasi ini (v{latest}). Perbarui "
        "aplikasi Blangkon; jangan membuka file ini dengan versi lama."),
    "migration_failed": QT_TRANSLATE_NOOP(
        "Messages", "Pembaruan skema ke v{version} ({description}) gagal: {problem}.{hint}"),
    "migration_backup_hint": QT_TRANSLATE_NOOP("Messages", " Salinan sebelum pembaruan: {file}."),
    "nested_unit_of_work": QT_TRANSLATE_NOOP(
        "Messages", "Unit of work bertumpuk: teruskan `uow` yang sudah terbuka, jangan membuka yang baru."),
    "disk_full": QT_TRANSLATE_NOOP(
        "Messages", "Disk penuh: perubahan terakhir tidak tersimpan. Pekerjaan yang belum terkirim (draf dan antrean "
        "kirim) tetap utuh. Kosongkan ruang disk, lalu ulangi."),
    "sealed_data_unavailable": QT_TRANSLATE_NOOP(
        "Messages", "NIK, NPWP dan rekening penyedia tersimpan terenkripsi, tetapi kuncinya tidak bisa dibuka: "
        "brankas kata sandi sistem (keyring) tidak tersedia atau terkunci. Buka kunci brankas, lalu ulangi; minta "
        "admin TI bila brankas tidak ada."),
    "sealed_content_withheld": QT_TRANSLATE_NOOP(
        "Messages", "Isi pesanan ini tersimpan terenkripsi dan kuncinya tidak tersedia di sesi ini, jadi tidak dapat "
        "diubah atau dikirim; isi aslinya tidak ditimpa. Masuk dengan akun Anda di PC ini, lalu ulangi; minta admin "
        "TI bila isinya tetap tersegel."),
    "store_damaged": QT_TRANSLATE_NOOP("Messages", "Basis data lokal {file} rusak: {what}. {todo}"),
    "damage_empty": QT_TRANSLATE_NOOP("Messages", "berkasnya kosong (0 bita)"),
    "damage_not_a_database": QT_TRANSLATE_NOOP("Messages", "isinya bukan basis data SQLite"),
    "damage_malformed": QT_TRANSLATE_NOOP("Messages", "sebagian isinya rusak"),
    "damage_restore_backup": QT_TRANSLATE_NOOP(
        "Messages", "Pekerjaan yang belum terkirim dapat dipulihkan dari cadangan terbaru ({backup}): pilih Pulihkan "
        "di aplikasi, atau jalankan `blangkon db restore`."),
    "damage_no_backup": QT_TRANSLATE_NOOP(
        "Messages", "Tidak ada cadangan yang utuh. Jangan hapus berkas itu; hubungi admin TI. `blangkon db restore "
        "--fresh` menyisihkannya dan memulai basis data baru."),
})
