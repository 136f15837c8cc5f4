"""No internal code on any printed page (#12.5): every PDF `blangkon documents sample` writes — SP, BAST,
kuitansi A–E, BKU, Buku Pembantu Pajak, register, the evidence pack's documents — and the CSV/XLSX exports."""

from __future__ import annotations

import io
import zipfile

from openpyxl import load_workbook

from desktop.app.cmd_documents import sample
from tests.documents.conftest import pdf_text, raw_codes


def test_the_code_scanner_finds_codes():
    assert raw_codes("Lokapasar GRATIS_ONGKIR, PA_KPA, aksi mark_paid; NIP. 19790512 200501 1 003") == {
        "GRATIS_ONGKIR", "PA_KPA", "mark_paid"}


def test_no_document_prints_a_code(tmp_path):
    found: dict[str, set[str]] = {}
    for path in sample(tmp_path, "A4"):
        texts: dict[str, str] = {}
        if path.suffix == ".pdf":
            texts[path.name] = pdf_text(path.read_bytes())
        elif path.suffix == ".zip":
            with zipfile.ZipFile(path) as pack:
                texts.update({f"{path.name}/{n}": pdf_text(pack.read(n)) for n in pack.namelist()
                              if n.endswith(".pdf")})
        elif path.suffix == ".csv":
            texts[path.name] = path.read_bytes().decode("utf-8-sig")
        elif path.suffix == ".xlsx":
            book = load_workbook(io.BytesIO(path.read_bytes()))
            texts[path.name] = " ".join(str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True)
                                        for v in row if v is not None)
        found.update({name: codes for name, text in texts.items() if (codes := raw_codes(text))})
    assert found == {}
