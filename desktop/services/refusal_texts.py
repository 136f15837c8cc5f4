"""The server's refusals in the officer's language (#13: the English UI showed the server's Indonesian sentences).

The server writes its refusals (`{"code": …, "detail": …}`) in Indonesian, with the particulars (which year,
which number, which letter). `server_refusal(code, detail)` keeps that sentence as the text itself — the
Indonesian UI, logs and the CLI read the server's own words — and, when the code is one the desktop knows, lets
the renderer (desktop.ui.i18n.render) show this catalog's sentence for the code in any other language. A code
without an entry stays the server's sentence as sent."""

from __future__ import annotations

from types import MappingProxyType

from desktop.domain.messages import QT_TRANSLATE_NOOP, Catalog, Message

REFUSAL_TEXTS = Catalog({
    "refused_version_conflict": QT_TRANSLATE_NOOP(
        "Messages", "Pesanan ini sudah diubah orang lain di server. Sinkronkan, lalu periksa salinan server."),
    "refused_invalid_transition": QT_TRANSLATE_NOOP(
        "Messages", "Langkah ini tidak sesuai status pesanan di server: pengguna lain sudah bertindak lebih dulu."),
    "refused_price_changed": QT_TRANSLATE_NOOP(
        "Messages", "Harga produk di server sudah berubah. Periksa harga baru sebelum mengajukan lagi."),
    "refused_product_unavailable": QT_TRANSLATE_NOOP(
        "Messages", "Produk ini tidak dijual lagi menurut server. Hapus atau ganti barisnya."),
    "refused_stale_approval": QT_TRANSLATE_NOOP(
        "Messages", "Persetujuan ini kedaluwarsa: pesanan atau harganya berubah sesudah disetujui."),
    "refused_forbidden_role": QT_TRANSLATE_NOOP(
        "Messages", "Peran Anda tidak berwenang melakukan langkah ini menurut server."),
    "refused_not_editable": QT_TRANSLATE_NOOP("Messages", "Pesanan ini tidak dapat diubah lagi di server."),
    "refused_cap_exceeded": QT_TRANSLATE_NOOP(
        "Messages", "Nilai pesanan melebihi batas belanja jalur ini menurut server. Pilih jalur lain atau "
        "pecah kebutuhan sesuai aturan."),
    "refused_validation_error": QT_TRANSLATE_NOOP(
        "Messages", "Server menolak isian ini karena belum lengkap atau tidak sah. Periksa isian, lalu coba lagi."),
    "refused_unauthorized": QT_TRANSLATE_NOOP(
        "Messages", "Sesi server Anda telah berakhir. Masuk lagi, lalu ulangi."),
    "refused_forbidden": QT_TRANSLATE_NOOP(
        "Messages", "Akun Anda tidak berwenang melakukan langkah ini di server. Hubungi admin OPD."),
    "refused_not_found": QT_TRANSLATE_NOOP(
        "Messages", "Data ini tidak ditemukan di server. Sinkronkan, lalu coba lagi."),
    "refused_rate_limited": QT_TRANSLATE_NOOP(
        "Messages", "Server sedang menerima terlalu banyak permintaan. Tunggu sebentar, lalu coba lagi."),
    "refused_number_conflict": QT_TRANSLATE_NOOP(
        "Messages", "Server tidak dapat memakai nomor dokumen ini: nomor itu sudah dipakai, sudah dibatalkan, "
        "atau tidak dicadangkan untuk PC ini."),
    "refused_deadline_passed": QT_TRANSLATE_NOOP(
        "Messages", "Batas waktu persetujuan PPK untuk pesanan ini sudah lewat."),
    "refused_year_closed": QT_TRANSLATE_NOOP(
        "Messages", "Tahun anggaran itu sudah ditutup (tutup buku) di server; langkah bertanggal tahun itu tidak "
        "diterima lagi."),
    "refused_delegation_conflict": QT_TRANSLATE_NOOP(
        "Messages", "Pelimpahan ini bertabrakan dengan Plt/Plh lain untuk jabatan dan masa yang sama. Periksa "
        "daftar pelimpahan."),
})


class ServerRefusal(Message):
    """The server's own sentence as the text (Indonesian); other languages render the code's catalog sentence."""

    def __new__(cls, code: str, template: str, detail: str) -> ServerRefusal:
        self = str.__new__(cls, detail)
        self.code = code
        self.template = template
        self.params = MappingProxyType({})
        self.translations = MappingProxyType({"id": detail})
        return self

    def __reduce__(self) -> tuple[type[ServerRefusal], tuple[str, str, str]]:  # type: ignore[override]
        return (ServerRefusal, (self.code, self.template, str(self)))


def server_refusal(code: str, detail: str) -> str:
    """The refusal the officer reads: a ServerRefusal when the code has a sentence here, else `detail`."""
    key = f"refused_{code}"
    if key not in REFUSAL_TEXTS:
        return detail
    if not detail:
        return REFUSAL_TEXTS(key)
    return ServerRefusal(key, REFUSAL_TEXTS[key], detail)
