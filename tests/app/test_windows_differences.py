"""What differs on officers' Windows PCs, exercised on Linux (issue 19): a user folder with spaces and non-ASCII
letters (C:\\Users\\Siti Nurhaliza Ñoño\\…), paths over 260 characters, an unwritable target, fonts that come
only from the bundle."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from desktop.app import cmd_documents
from desktop.app.selftest import OK, check_data_dir, check_store
from desktop.documents import demo
from desktop.documents.bast import build_bast
from desktop.documents.books import build_bku
from desktop.documents.csv_excel import to_csv
from desktop.documents.kuitansi import build_kuitansi
from desktop.documents.model import DocumentOptions
from desktop.documents.surat_pesanan import build_surat_pesanan

ROOT = Path(__file__).resolve().parents[2]
OFFICER = "Siti Nurhaliza Ñoño — Bagian Umum"


def deep_folder(base: Path, min_length: int = 300) -> Path:
    path = base / OFFICER
    while len(str(path)) < min_length:
        path = path / "Folder Sangat Panjang Dokumen Pengadaan"
    return path


def test_self_test_passes_in_a_home_with_spaces_and_unicode(tmp_path):
    home = tmp_path / "Users" / OFFICER
    home.mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_") and k != "BLANGKON_DATA_DIR"}
    env.update(HOME=str(home), PYTHONIOENCODING="cp1252:replace", PYTHONPATH=str(ROOT))
    run = subprocess.run([sys.executable, "-m", "desktop.app.cli", "--self-test"], env=env, cwd=home,
                         capture_output=True, timeout=120)
    out = run.stdout.decode("utf-8", errors="replace")
    assert run.returncode == 0, out + run.stderr.decode(errors="replace")
    data_line = next(line for line in out.splitlines() if "Folder data" in line)
    assert data_line.startswith("OK") and OFFICER in data_line  # printed intact even with a cp1252 console
    assert (home / ".local" / "share" / "blangkon-desktop").is_dir()


def test_data_folder_and_documents_beyond_260_characters(tmp_path):
    data_dir = deep_folder(tmp_path)
    assert len(str(data_dir)) >= 300
    assert check_data_dir(data_dir).status == OK
    assert check_store(data_dir).status == OK
    pdf = data_dir / "SP 000.3-017-SP-DISDIKBUD-XII-2026.pdf"
    pdf.write_bytes(build_surat_pesanan(demo.example("A"), DocumentOptions(status="official")))
    assert "SURAT PESANAN" in pypdf.PdfReader(pdf).pages[0].extract_text().upper()
    csv_path = data_dir / "bku_2026_12.csv"
    csv_path.write_bytes(to_csv(["Uraian"], [["Belanja ATK — Ñoño"]]))
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf")


DOCUMENTS = {
    "surat_pesanan": lambda: build_surat_pesanan(demo.long_order(), DocumentOptions(status="official")),
    "bast": lambda: build_bast(demo.bast_for(demo.example("A")), DocumentOptions(status="official")),
    "kuitansi": lambda: build_kuitansi(demo.payment_for(demo.example("A")), DocumentOptions(status="official")),
    "bku": lambda: build_bku(demo.book_month(), DocumentOptions(status="official")),
}


@pytest.mark.parametrize("kind", sorted(DOCUMENTS))
def test_every_font_in_a_printed_document_is_embedded(kind):
    """No font is looked up on the PC: an office PC without DejaVu prints exactly what was tested here."""
    reader = pypdf.PdfReader(io.BytesIO(DOCUMENTS[kind]()))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            fonts[str(font["/BaseFont"])] = described.get("/FontDescriptor")
    assert fonts, "no fonts found"
    for name, descriptor in fonts.items():
        assert descriptor is not None, f"{name} is a standard font the PC must supply"
        descriptor = descriptor.get_object()
        assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), f"{name} not embedded"
        assert "DejaVu" in name


def test_sample_to_an_unwritable_folder_says_so_without_a_traceback(tmp_path, capsys):
    too_long = tmp_path / ("x" * 300)  # one name longer than any file system allows
    assert cmd_documents.main(["sample", "--out", str(too_long)]) == 1
    err = capsys.readouterr().err
    assert "Tidak bisa menulis" in err and "--out" in err and "Traceback" not in err
