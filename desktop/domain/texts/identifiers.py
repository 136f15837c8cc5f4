"""Messages of desktop.domain.identifiers: NIP, NIK, NPWP, kode rekening, sub-kegiatan, Kode RUP."""

from desktop.domain.messages import QT_TRANSLATE_NOOP

TEXTS = {
    "term_nip": QT_TRANSLATE_NOOP("Messages", "NIP"),
    "term_nik": QT_TRANSLATE_NOOP("Messages", "NIK"),
    "term_npwp": QT_TRANSLATE_NOOP("Messages", "NPWP"),
    "term_kode_rekening": QT_TRANSLATE_NOOP("Messages", "Kode rekening"),
    "term_sub_kegiatan": QT_TRANSLATE_NOOP("Messages", "Kode sub-kegiatan"),
    "term_kode_rup": QT_TRANSLATE_NOOP("Messages", "Kode RUP"),
    "identifier_empty": QT_TRANSLATE_NOOP("Messages", "{what} kosong. Isi {what} dengan lengkap."),
    "nip_length": QT_TRANSLATE_NOOP("Messages", "NIP harus 18 angka (terisi {count}). Periksa kembali NIP-nya."),
    "nip_not_digits": QT_TRANSLATE_NOOP(
        "Messages", "NIP hanya berisi angka (spasi boleh). Hapus huruf atau tanda baca."),
    "nip_birth_date": QT_TRANSLATE_NOOP(
        "Messages", "Delapan angka pertama NIP ({digits}) bukan tanggal lahir yang sah (TTTTBBHH)."),
    "nip_too_young": QT_TRANSLATE_NOOP(
        "Messages", "Tahun lahir pada NIP ({birth_year}) berarti pegawai ini belum berumur 17 tahun pada {year}; "
        "tidak mungkin sudah diangkat CPNS. Periksa delapan angka pertama NIP (tanggal lahir TTTTBBHH), mungkin "
        "tertukar dengan tahun pengangkatan."),
    "nip_too_old": QT_TRANSLATE_NOOP(
        "Messages", "Tahun lahir pada NIP ({birth_year}) terlalu tua untuk pegawai aktif. Periksa delapan angka "
        "pertama NIP (tanggal lahir TTTTBBHH)."),
    "nip_tmt": QT_TRANSLATE_NOOP("Messages", "Angka 9-14 NIP ({digits}) bukan bulan TMT CPNS yang sah (TTTTBB)."),
    "nip_tmt_implausible": QT_TRANSLATE_NOOP(
        "Messages", "TMT CPNS {tmt} tidak masuk akal untuk kelahiran {birth}. Periksa angka 9-14 NIP."),
    "nip_sex_digit": QT_TRANSLATE_NOOP(
        "Messages", "Angka ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan), bukan {digit}."),
    "nip_sequence": QT_TRANSLATE_NOOP("Messages", "Tiga angka terakhir NIP (nomor urut) tidak boleh 000."),
    "nik_not_digits": QT_TRANSLATE_NOOP("Messages", "NIK hanya berisi angka. Hapus huruf atau tanda baca."),
    "nik_length": QT_TRANSLATE_NOOP("Messages", "NIK harus 16 angka (terisi {count}). Salin dari KTP."),
    "nik_region": QT_TRANSLATE_NOOP(
        "Messages", "Kode wilayah NIK ({digits}) tidak sah. Enam angka pertama adalah provinsi, kabupaten/kota dan "
        "kecamatan."),
    "nik_birth_date": QT_TRANSLATE_NOOP(
        "Messages", "Angka 7-12 NIK ({digits}) bukan tanggal lahir yang sah (HHBBTT; perempuan +40)."),
    "nik_sequence": QT_TRANSLATE_NOOP("Messages", "Empat angka terakhir NIK (nomor urut) tidak boleh 0000."),
    "npwp_not_digits": QT_TRANSLATE_NOOP("Messages", "NPWP hanya berisi angka, titik dan tanda hubung. Hapus huruf."),
    "npwp_length": QT_TRANSLATE_NOOP(
        "Messages", "NPWP harus 16 angka (atau format lama 15 angka); terisi {count} angka."),
    "npwp_placeholder": QT_TRANSLATE_NOOP(
        "Messages", "NPWP {text} adalah angka isian (semua angka sama), bukan NPWP yang sah. Kosongkan bila penyedia "
        "tidak ber-NPWP, atau salin NPWP dari kartu/surat keterangan terdaftarnya."),
    "npwp_nik_invalid": QT_TRANSLATE_NOOP(
        "Messages", "NPWP 16 angka yang tidak diawali 0 adalah NIK orang pribadi, tetapi angka ini bukan NIK yang "
        "sah: {problem} NPWP badan usaha diawali 0."),
    "kode_rekening_format": QT_TRANSLATE_NOOP(
        "Messages", "Kode rekening '{code}' tidak sesuai format enam tingkat A.B.CC.DD.EE.FFFF, misalnya "
        "5.1.02.01.01.0024."),
    "sub_kegiatan_format": QT_TRANSLATE_NOOP(
        "Messages", "Kode sub-kegiatan '{code}' tidak sesuai format U.BB.PP.L.KK.SSSS (L = 1 provinsi, 2 "
        "kabupaten/kota), misalnya 2.18.01.2.06.0004."),
    "kode_rup_format": QT_TRANSLATE_NOOP(
        "Messages", "Kode RUP '{code}' tidak sah: harus 8 sampai 12 angka, sesuai SiRUP."),
}
