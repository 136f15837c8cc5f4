"""Messages of sync by USB stick (#18): what the officer, the relaying PC and the provincial office read when a
file on a stick is refused or only partly applied. Shared by the desktop and the server (its CLI and relay)."""

from desktop.domain.messages import QT_TRANSLATE_NOOP

TEXTS = {
    # any file on a stick
    "usb_file_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "Berkas {file} tidak dapat dibaca dari flashdisk ({reason}). Periksa flashdisk lalu coba lagi."),
    "usb_not_blangkon": QT_TRANSLATE_NOOP(
        "Messages", "Berkas {file} bukan berkas Blangkon. Pilih berkas yang dibuat menu \"Ekspor ke USB\" atau "
        "dari kantor provinsi."),
    "usb_truncated": QT_TRANSLATE_NOOP(
        "Messages", "Berkas {file} tidak utuh (terpotong saat disalin). Tidak ada yang diterapkan. Salin ulang "
        "berkas dari PC asalnya, lalu lepas flashdisk dengan \"Eject\" sebelum dicabut."),
    "usb_damaged": QT_TRANSLATE_NOOP(
        "Messages", "Berkas {file} rusak atau telah diubah (isinya tidak cocok dengan tanda tangan/hash). Tidak ada "
        "yang diterapkan. Buat atau salin ulang berkasnya dari PC asal."),
    "usb_wrong_kind": QT_TRANSLATE_NOOP(
        "Messages", "Berkas {file} adalah {found}, bukan {expected}. Pilih berkas yang tepat."),
    "usb_version_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Berkas {file} dibuat versi Blangkon yang lebih baru (format {version}). Perbarui aplikasi ini "
        "dulu."),
    # outbox files, at the server or a relaying PC
    "usb_other_server": QT_TRANSLATE_NOOP(
        "Messages", "Berkas {file} disandikan untuk server lain (kunci {key_id}). Ekspor ulang setelah PC "
        "asal tersinkron dengan server ini."),
    "usb_device_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Perangkat {device} belum terdaftar di server provinsi, jadi tanda tangannya tidak dapat "
        "diperiksa. PC itu perlu sinkron daring sekali (perangkat didaftarkan otomatis)."),
    "usb_bad_signature": QT_TRANSLATE_NOOP(
        "Messages", "Tanda tangan berkas {file} tidak cocok dengan kunci perangkat {device}. Berkas ditolak; "
        "tidak ada yang diterapkan."),
    "usb_other_opd": QT_TRANSLATE_NOOP(
        "Messages", "Berkas {file} berasal dari OPD {found}, bukan OPD {expected}. Berkas ditolak; serahkan ke "
        "OPD pemiliknya."),
    "usb_already_imported": QT_TRANSLATE_NOOP(
        "Messages", "Berkas ini (ekspor nomor {seq} dari perangkat {device}) sudah diimpor pada {at}. Tidak ada "
        "perintah yang diterapkan dua kali; tanda terima yang sama dibuat ulang."),
    # receipts, on the offline PC
    "usb_receipt_other_device": QT_TRANSLATE_NOOP(
        "Messages", "Tanda terima {file} untuk perangkat lain ({found}), bukan PC ini ({expected}). Tidak ada yang "
        "diubah; bawa ke PC pemiliknya."),
    "usb_receipt_twice": QT_TRANSLATE_NOOP(
        "Messages", "Tanda terima ekspor nomor {seq} sudah diimpor sebelumnya. Tidak ada yang diubah."),
    "usb_receipt_older": QT_TRANSLATE_NOOP(
        "Messages", "Tanda terima ekspor nomor {seq} lebih lama dari yang terakhir diimpor (nomor {last}). Tidak "
        "ada yang diubah; hasilnya sudah termasuk dalam tanda terima yang lebih baru."),
    "usb_receipt_unknown_export": QT_TRANSLATE_NOOP(
        "Messages", "Tanda terima nomor {seq} tidak cocok dengan ekspor mana pun dari PC ini (ekspor terakhir nomor "
        "{last}). Tidak ada yang diubah."),
    "usb_no_server_keys": QT_TRANSLATE_NOOP(
        "Messages", "PC ini belum mengenal kunci server provinsi. Sinkron daring sekali atau minta admin TI "
        "memasang berkas provisi yang memuat kunci server."),
    "usb_no_device_key": QT_TRANSLATE_NOOP(
        "Messages", "Kunci perangkat tidak tersedia (brankas kata sandi sistem terkunci atau tidak ada), jadi berkas "
        "tidak dapat ditandatangani. Buka kunci brankas lalu ulangi."),
    "usb_relay_offline": QT_TRANSLATE_NOOP(
        "Messages", "PC ini belum tersambung ke server provinsi. Masuk secara daring atau sinkronkan sekali, lalu "
        "unggah berkas lagi. Berkas di flashdisk tidak berubah."),
    "usb_nothing_to_export": QT_TRANSLATE_NOOP(
        "Messages", "Tidak ada perintah yang menunggu dikirim. Tidak ada berkas yang dibuat."),
    # catalog snapshots
    "usb_catalog_older": QT_TRANSLATE_NOOP(
        "Messages", "Katalog di berkas ini (urutan {found}) lebih lama dari katalog di PC ini (urutan {current}). "
        "Tidak ada yang diubah; minta berkas katalog yang lebih baru."),
    "usb_catalog_same": QT_TRANSLATE_NOOP(
        "Messages", "Katalog di berkas ini sama dengan katalog di PC ini (urutan {current}). Tidak ada yang diubah."),
    "usb_catalog_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "Isi katalog di berkas tidak cocok dengan daftar isinya ({detail}). Katalog lama tetap dipakai; "
        "minta berkas baru."),
}
