"""Password policy for `users add` and `reset-password` (issue 15: 9 of 10 weak passwords were accepted).

A passphrase, not a pattern: at least 10 characters, not built from the username, the person's name or the OPD,
and strong by zxcvbn (a maintained estimator with bundled lists of common passwords, words and names; score ≥ 3,
i.e. ≥ 10^8 guesses). zxcvbn knows no Indonesian, so common Indonesian words are added as user inputs.
"""

from __future__ import annotations

import re

from zxcvbn import zxcvbn

MIN_LENGTH = 10
MIN_SCORE = 3
# Common in Indonesian passwords (and in this province): counted as known words, so they add little strength.
COMMON_ID = (
    "rahasia", "katasandi", "sandi", "bismillah", "alhamdulillah", "indonesia", "merdeka", "garuda", "pancasila",
    "sayang", "cinta", "kasih", "rindu", "bunda", "ibu", "bapak", "anak", "mama", "papa", "selamat", "pagi",
    "siang", "malam", "jawa", "jateng", "jawatengah", "semarang", "solo", "surakarta", "magelang", "pekalongan",
    "tegal", "salatiga", "blangkon", "batik", "kantor", "dinas", "pemda", "pemprov", "provinsi", "kabupaten",
    "kota", "pengadaan", "barang", "jasa", "belanja", "katalog", "admin", "pegawai", "pns", "asn", "bendahara",
    "ppk", "pptk", "opd", "setda", "masuk", "login", "rumah", "keluarga", "tuhan", "allah", "amin", "doa",
)
_PARTS = re.compile(r"[^0-9a-z]+")


class WeakPassword(ValueError):
    """The Indonesian reason, ready to print."""


def _personal_words(*texts: str | None) -> list[str]:
    words: list[str] = []
    for text in texts:
        if not text:
            continue
        low = text.lower()
        words.append(low)
        words.extend(p for p in _PARTS.split(low) if len(p) >= 3)
    return words


def check_password(password: str, username: str, *, full_name: str | None = None, opd_id: str | None = None,
                   opd_name: str | None = None) -> None:
    """Raise WeakPassword with a clear Indonesian message, or return."""
    advice = ("Gunakan frasa sandi minimal 10 karakter, misalnya tiga atau empat kata acak yang tidak "
              "berhubungan dengan nama, nama pengguna atau OPD Anda (contoh bentuk: 'ember-lontong-pagi-hujan').")
    if len(password) < MIN_LENGTH:
        raise WeakPassword(f"Kata sandi terlalu pendek ({len(password)} karakter). {advice}")
    if len(password) > 1024:
        raise WeakPassword("Kata sandi terlalu panjang (maksimal 1024 karakter).")
    personal = _personal_words(username, full_name, opd_id, opd_name)
    squeezed = _PARTS.sub("", password.lower())
    for word in personal:
        token = _PARTS.sub("", word)
        if len(token) >= 4 and token in squeezed and len(squeezed) - len(token) < MIN_LENGTH:
            raise WeakPassword(f"Kata sandi tidak boleh berupa nama pengguna, nama, atau OPD Anda. {advice}")
    result = zxcvbn(password[:100], user_inputs=[*personal, *COMMON_ID])
    if result["score"] < MIN_SCORE:
        raise WeakPassword(f"Kata sandi mudah ditebak (kata sandi umum, pola, atau nama). {advice}")
