"""Messages of desktop.domain.money and terbilang (see desktop.domain.messages)."""

from desktop.domain.messages import QT_TRANSLATE_NOOP

TEXTS = {
    "term_money_amount": QT_TRANSLATE_NOOP("Messages", "Jumlah uang"),
    "term_number": QT_TRANSLATE_NOOP("Messages", "Angka"),
    "money_not_integer": QT_TRANSLATE_NOOP(
        "Messages", "{what} harus bilangan bulat rupiah (bukan {type}). Bulatkan ke rupiah terdekat."),
    "money_not_decimal": QT_TRANSLATE_NOOP("Messages", "Nilai {value} bukan angka desimal yang sah."),
    "percent_not_decimal": QT_TRANSLATE_NOOP("Messages", "Persentase {value} bukan angka desimal yang sah."),
    "money_not_text": QT_TRANSLATE_NOOP("Messages", "Jumlah uang harus berupa teks angka, misalnya Rp1.250.000."),
    "money_empty": QT_TRANSLATE_NOOP("Messages", "Jumlah uang kosong. Isi angka rupiah, misalnya Rp1.250.000."),
    "money_negative": QT_TRANSLATE_NOOP(
        "Messages", "Jumlah uang tidak boleh negatif. Isi angka rupiah tanpa tanda minus."),
    "money_sen_not_zero": QT_TRANSLATE_NOOP(
        "Messages", "Nilai sen ',{sen}' tidak dapat dicatat; aplikasi memakai rupiah utuh. Bulatkan ke rupiah "
        "terdekat, misalnya 1.000 atau 1.001."),
    "money_invalid_characters": QT_TRANSLATE_NOOP(
        "Messages", "'{text}' bukan jumlah rupiah. Pakai angka saja dengan titik pemisah ribuan, misalnya "
        "Rp1.250.000."),
    "money_comma_grouping": QT_TRANSLATE_NOOP(
        "Messages", "'{text}' memakai koma sebagai pemisah ribuan. Dalam rupiah pemisah ribuan adalah titik, "
        "misalnya 1.250.000."),
    "money_bad_grouping": QT_TRANSLATE_NOOP(
        "Messages", "Titik pemisah ribuan pada '{text}' tidak pada tempatnya. Tulis tiap kelompok tiga angka, "
        "misalnya 1.234.567, atau tanpa titik sama sekali."),
    "money_too_large": QT_TRANSLATE_NOOP(
        "Messages", "Jumlah {text} terlalu besar (batas {limit}). Periksa jumlah digitnya."),
}
