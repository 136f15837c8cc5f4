"""Checks of the libraries the app relies on at run time: SQLite/FTS5, the keyring, reportlab with the bundled
fonts, and the translations."""

from __future__ import annotations

import io
import shutil
import sqlite3
import threading

from desktop.app.selftest.base import FAIL, OK, WARN, Check, is_frozen
from desktop.domain.resources import resources_root
from desktop.services.keyring_help import backend_label, no_keyring_advice


def check_sqlite() -> Check:
    con = sqlite3.connect(":memory:")
    try:
        con.execute("CREATE VIRTUAL TABLE t USING fts5(name, tokenize='unicode61 remove_diacritics 2', "
                    "prefix='2 3')")
        con.executemany("INSERT INTO t(name) VALUES (?)", [("Kopi arabika Temanggung",), ("Kertas HVS A4",)])
        hits = con.execute("SELECT count(*) FROM t WHERE t MATCH 'kop* arab*'").fetchone()[0]
        json_ok = con.execute("SELECT json_extract('{\"a\": 7}', '$.a')").fetchone()[0] == 7
    except sqlite3.Error as exc:
        return Check("SQLite", FAIL, f"SQLite {sqlite3.sqlite_version} tanpa FTS5/JSON ({exc})",
                     "pasang ulang aplikasi; pencarian katalog butuh SQLite dengan FTS5")
    finally:
        con.close()
    if hits != 1 or not json_ok:
        return Check("SQLite", FAIL, f"SQLite {sqlite3.sqlite_version}: FTS5 memberi hasil salah ({hits})",
                     "laporkan ke admin TI beserta keluaran ini")
    return Check("SQLite", OK, f"SQLite {sqlite3.sqlite_version}, FTS5 (prefix, remove_diacritics) dan JSON jalan")


def _keyring_probe() -> tuple[str, float, list[str]]:
    import keyring
    from keyring.backend import get_all_keyring

    kr = keyring.get_keyring()
    others = sorted(f"{type(k).__module__}.{type(k).__name__}" for k in get_all_keyring())
    return f"{type(kr).__module__}.{type(kr).__name__}", float(getattr(kr, "priority", 0)), others


def check_keyring(timeout: float = 5.0) -> Check:
    result: list[tuple[str, float, list[str]]] = []
    error: list[BaseException] = []

    def probe() -> None:
        try:
            result.append(_keyring_probe())
        except BaseException as exc:
            error.append(exc)

    worker = threading.Thread(target=probe, daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        return Check("Keyring", WARN, f"brankas kata sandi tidak menjawab dalam {timeout:.0f} detik",
                     "buka kunci brankas lalu ulangi; tanpa itu login tidak diingat; " + no_keyring_advice())
    if error:
        return Check("Keyring", WARN, f"brankas kata sandi tidak bisa dibuka: {error[0]}",
                     "aplikasi tetap jalan, tetapi Anda harus login setiap kali dibuka")
    name, priority, available = result[0]
    if name.startswith("keyring.backends.fail") or name.startswith("keyring.backends.null"):
        usable = ", ".join(a.rsplit(".", 2)[-2] for a in available) or "tidak ada"
        return Check("Keyring", WARN, f"tidak ada brankas kata sandi ({name}; yang bisa dipakai: {usable})",
                     "aplikasi tetap jalan tetapi tidak bisa mengingat login atau menandatangani QR dokumen; "
                     + no_keyring_advice())
    if name.startswith("keyrings.alt"):
        return Check("Keyring", WARN, f"brankas {name} menyimpan sandi tanpa enkripsi yang layak",
                     "hapus paket keyrings.alt dan pakai brankas sistem")
    return Check("Keyring", OK, f"{backend_label(name)} ({name}, prioritas {priority:g})")


def check_pdf_fonts() -> Check:
    fonts_dir = resources_root() / "fonts"
    ttfs = sorted(fonts_dir.glob("*.ttf")) if fonts_dir.is_dir() else []
    if not ttfs:
        return Check("Huruf PDF", FAIL, f"tidak ada huruf TTF di {fonts_dir}",
                     "pasang ulang aplikasi; dokumen (SP, BAST, kuitansi) butuh huruf bawaan")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for i, ttf in enumerate(ttfs):
        face = f"SelfTest-{ttf.stem}"
        try:
            pdfmetrics.registerFont(TTFont(face, str(ttf)))
        except Exception as exc:
            return Check("Huruf PDF", FAIL, f"huruf {ttf.name} rusak: {exc}", "pasang ulang aplikasi")
        pdf.setFont(face, 11)
        pdf.drawString(72, 770 - 18 * i, f"{ttf.stem}: Surat Pesanan Rp1.234.567,00 — satu juta dua ratus ribu")
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode import createBarcodeDrawing

    # Documents carry a QR code; reportlab loads its barcode modules by name, which a bundle can miss.
    qr = createBarcodeDrawing("QR", value="https://blangkon.jatengprov.go.id/v/SP-0001", width=72, height=72)
    renderPDF.draw(qr, pdf, 72, 72)
    pdf.showPage()
    pdf.save()
    data = buffer.getvalue()
    if not data.startswith(b"%PDF-") or b"/FontFile2" not in data:
        return Check("Huruf PDF", FAIL, "PDF uji tidak memuat huruf tertanam", "laporkan ke admin TI")
    return Check("Huruf PDF", OK, f"{len(ttfs)} huruf ({', '.join(t.stem for t in ttfs)}) + kode QR, PDF uji "
                 f"{len(data)} bita")


def _lrelease() -> str | None:
    try:
        from desktop.ui.i18n import lrelease_executable
    except ImportError:
        return shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return lrelease_executable()


def check_translations() -> Check:
    folder = resources_root() / "translations"
    qm = sorted(folder.glob("*.qm")) if folder.is_dir() else []
    ts = sorted(folder.glob("*.ts")) if folder.is_dir() else []
    if not qm and not ts:
        return Check("Terjemahan", WARN, f"belum ada berkas terjemahan di {folder}",
                     "aplikasi tampil dalam Bahasa Indonesia saja")
    if not qm:
        if is_frozen():
            return Check("Terjemahan", FAIL, f"{len(ts)} berkas .ts tanpa .qm di {folder}",
                         "bundel dibuat tanpa menyusun terjemahan; buat ulang paket dengan `make package`")
        if _lrelease() is not None:  # desktop/ui/i18n.py compiles missing .qm files into the cache at start
            return Check("Terjemahan", OK, f"{len(ts)} berkas .ts; .qm disusun otomatis saat aplikasi mulai "
                         "(kode sumber)")
        return Check("Terjemahan", WARN, f"{len(ts)} berkas .ts tanpa .qm, dan lrelease tidak ada",
                     "pasang ulang venv (PySide6 membawa lrelease); sampai itu aplikasi berbahasa Indonesia")
    try:
        from PySide6.QtCore import QTranslator
    except ImportError:
        return Check("Terjemahan", OK, f"{len(qm)} berkas .qm ({', '.join(q.stem for q in qm)})")
    broken = [q.name for q in qm if not QTranslator().load(str(q))]
    if broken:
        return Check("Terjemahan", FAIL, f"berkas terjemahan rusak: {', '.join(broken)}", "pasang ulang aplikasi")
    return Check("Terjemahan", OK, f"{len(qm)} berkas .qm dimuat ({', '.join(q.stem for q in qm)})")
