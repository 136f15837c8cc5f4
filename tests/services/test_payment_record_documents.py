"""One truth for money (#12.2–3, #20): the kuitansi, BKU, Buku Pembantu Pajak and CSV/XLSX exports read the
payment record — gross = order total, net = amount transferred, each tax the Bendahara withheld once as a receipt
and once as a deposit, taxes collected by the seller or a marketplace in neither."""

from __future__ import annotations

import io
import re

from openpyxl import load_workbook

from desktop.documents import exports
from desktop.documents.ledger import bku_lines, tax_books
from tests.documents.conftest import pdf_text
from tests.services.test_payments import pay, to_bast
from tests.services.workflow_world import provider_row

NTPN = "0A1B2C3D4E5F6A7B"


def printed(w, order_id):
    kuitansi = pdf_text(w.documents.render(order_id, "kuitansi").pdf)
    bku = pdf_text(w.documents.render_book("bku", 2026, 11).pdf)
    book = pdf_text(w.documents.render_book("pajak", 2026, 11).pdf)
    with w.store.unit_of_work(readonly=True) as uow:
        month = w.documents.book_month(uow, 2026, 11)
    return kuitansi, bku, book, month


def figure_after(text: str, label: str) -> str:
    return re.search(re.escape(label) + r"\s*(Rp[\d.]+,\d\d)", text).group(1)


def test_ppn_the_seller_deposits_is_printed_and_booked_as_nobody_s_withholding(w):
    """#12.2: PKP seller, Rp555.000 (≤ Rp2 juta, PMK 59/2022): nothing withheld, Rp555.000 transferred."""
    order = to_bast(w, 1001, 10)
    pay(w, order)
    kuitansi, bku, book, month = printed(w, order.id)
    assert figure_after(kuitansi, "Jumlah kotor (kuitansi)") == "Rp555.000,00"
    assert figure_after(kuitansi, "Jumlah bersih dibayarkan kepada Penyedia") == "Rp555.000,00"
    assert "Jumlah pajak dipungut/dipotong" not in kuitansi
    assert "disetor sendiri oleh penyedia PKP" in kuitansi
    assert "Diterima PPN" not in bku and "Tidak ada transaksi" in book
    assert [x.kind for x in bku_lines(month)] == ["payment"] and tax_books(bku_lines(month)) == {}
    assert set(exports.books_csv(month)) == {"bku_2026_11.csv", "register_2026_11.csv"}


def test_pph23_withheld_via_a_pmk58_marketplace_is_booked_once_in_and_once_out(w):
    """#12.3: catering Rp2.500.000 from a CV without NPWP via MBiz: PPh 23 Rp100.000 withheld by the Bendahara."""
    with w.store.unit_of_work() as uow:
        uow.catalog.upsert_providers([provider_row(103, "CV Dapur Rapat", "Darmi", "badan_usaha", None, None, False,
                                                   False, "MBIZ", version=2)])
    order = to_bast(w, 3001, 100, marketplace="MBIZ")
    pay(w, order, ntpn={"PPH23": NTPN})
    kuitansi, bku, book, month = printed(w, order.id)
    assert figure_after(kuitansi, "Jumlah kotor (kuitansi)") == "Rp2.500.000,00"
    assert figure_after(kuitansi, "Jumlah pajak dipungut/dipotong") == "Rp100.000,00"
    assert figure_after(kuitansi, "Jumlah bersih dibayarkan kepada Penyedia") == "Rp2.400.000,00"
    lines = bku_lines(month)
    assert [(x.kind, x.tax_code, x.penerimaan or x.pengeluaran) for x in lines] == [
        ("payment", "", 2_500_000), ("tax_in", "PPH23", 100_000), ("tax_out", "PPH23", 100_000)]
    assert bku.count("Diterima PPh Pasal 23") == 1 and bku.count("Disetor PPh Pasal 23") == 1 and NTPN in bku
    assert "Jenis pajak: PPh Pasal 23" in book and book.count(NTPN) == 1
    (entries,) = tax_books(lines).values()
    assert [(x.pungutan, x.setoran, x.saldo) for x in entries] == [(100_000, 0, 100_000), (0, 100_000, 0)]


def test_individual_caterer_pph21_everywhere_downstream(w):
    """#20: Katering Bu Darmi (perorangan, no NPWP/NIK): PPh 21 Rp75.000 on the kuitansi, in the BKU, in its own
    Buku Pembantu Pajak section, in its own CSV file and XLSX sheet."""
    order = to_bast(w, 3001, 100)
    pay(w, order, ntpn={"PPH21": NTPN})
    kuitansi, bku, book, month = printed(w, order.id)
    assert "PPh Pasal 21 bukan pegawai (6% × 50% bruto Rp1.250.000,00)" in kuitansi
    assert figure_after(kuitansi, "Jumlah bersih dibayarkan kepada Penyedia") == "Rp2.425.000,00"
    assert "PPh Pasal 23" not in kuitansi + bku + book
    assert bku.count("Diterima PPh Pasal 21") == 1 and bku.count("Disetor PPh Pasal 21") == 1
    assert "Jenis pajak: PPh Pasal 21" in book
    files = exports.books_csv(month)
    assert "pajak_pph21_2026_11.csv" in files
    rows = files["pajak_pph21_2026_11.csv"].decode("utf-8-sig").splitlines()
    assert [r.split(";")[3:5] for r in rows[1:]] == [["75000", "0"], ["0", "75000"]]
    sheets = load_workbook(io.BytesIO(exports.books_xlsx(month))).sheetnames
    assert "PPh Pasal 21" in sheets


def test_a_deposit_not_yet_made_stays_as_a_balance(w):
    order = to_bast(w)  # example A: PPN 1.100.000 + PPh 22 150.000, both withheld
    pay(w, order, ntpn={"PPN": NTPN})
    _kuitansi, bku, _book, month = printed(w, order.id)
    books = tax_books(bku_lines(month))
    assert books["PPN"][-1].saldo == 0 and books["PPH22"][-1].saldo == 150_000
    assert bku.count("Disetor") == 1
