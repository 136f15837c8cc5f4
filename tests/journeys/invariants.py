"""What must hold across the seams, as assertions an auditor would make with the papers on the desk.

Readers of the printed text (pdftotext -layout) find the numbers, figures and book rows; the `assert_*` functions
compare them with what the server holds, what the history screen shows and what the tax rules say. Taxes are
named as officers name them: "PPN", "PPh 21", "PPh 22", "PPh 23", "PPh final" (PP 55/2022).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.domain.terbilang import terbilang
from tests.journeys.office import Printed
from tests.journeys.story import AFTER, BEFORE, Books, Purchase

RUPIAH = r"Rp\s?(\d{1,3}(?:\.\d{3})*),\d\d"
RAW_CODE = re.compile(r"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b")  # GRATIS_ONGKIR, PA_KPA, PPH_FINAL …
TAX_WORDS = {
    "PPN": r"\bPPN\b",
    "PPh 21": r"PPh\s+(?:Pasal\s+)?21\b",
    "PPh 22": r"PPh\s+(?:Pasal\s+)?22\b",
    "PPh 23": r"PPh\s+(?:Pasal\s+)?23\b",
    "PPh final": r"PPh\s+Final|PP\s+55",
}


def flat(text: str) -> str:
    return " ".join(text.split())


def rupiah(text: str) -> int:
    return int(text.replace(".", ""))


def figure_after(text: str, label: str) -> int | None:
    """The first Rp figure printed after `label` (label words may wrap), or None when the label is absent."""
    words = r"\s+".join(re.escape(w) for w in label.split())
    m = re.search(words + r".*?" + RUPIAH, flat(text))
    return rupiah(m.group(1)) if m else None


def mentions(text: str, tax: str) -> bool:
    return re.search(TAX_WORDS[tax], text) is not None


# -- numbers --------------------------------------------------------------------------------------------------
def header_number(doc: Printed) -> str:
    """'Nomor: …' under the title (SP, BAST) or 'Nomor Bukti : …' (kuitansi)."""
    label = r"Nomor\s+Bukti\s*:" if doc.kind == "kuitansi" else r"Nomor\s*:"
    m = re.search(label + r"\s*(\S+)", doc.text)
    assert m, f"{doc.kind}: no number printed under the title ({doc.path.name})"
    return m.group(1)


def referenced(doc: Printed, what: str) -> str:
    """The number a document quotes: 'Surat Pesanan Nomor X' or 'Serah Terima Nomor X'."""
    label = {"sp": r"Surat\s+Pesanan\s+Nomor", "bast": r"Serah\s+Terima\s+Nomor"}[what]
    m = re.search(label + r"\s+(\S+)", flat(doc.text))
    assert m, f"{doc.kind} does not quote the {what.upper()} number ({doc.path.name})"
    return m.group(1)


def history_notes(p: Purchase, step: str) -> list[str]:
    """The 'Catatan' of the history rows of one step ('Menyetujui (SP)', 'Menandatangani BAST', 'Membayar')."""
    return [row[5] for row in p.history["rows"] if row[3] == step]


def assert_one_number(what: str, seen: dict[str, str | None]) -> None:
    """Every place that shows this number shows the same one."""
    values = {v for v in seen.values()}
    assert len(values) == 1 and None not in values and "" not in values, (
        f"{what} differs between the places that show it:\n" + "\n".join(f"  {k}: {v!r}" for k, v in seen.items()))


def _printed(p: Purchase, kind: str) -> dict[str, Printed]:
    """Every print of one document, labelled by when it was printed."""
    when = {BEFORE: "before sync", AFTER: "reprinted after sync"}
    return {f"{kind.upper()} printed {when.get(phase, phase)}": doc
            for (k, phase), doc in p.printed.items() if k == kind}


def assert_sp_number(p: Purchase) -> None:
    """The SP number printed when the PPK signed = every reprint = the server's = the history's."""
    notes = history_notes(p, "Menyetujui (SP)")
    assert_one_number("SP number", {
        **{label: header_number(doc) for label, doc in _printed(p, "sp").items()},
        "server order.number": p.server.get("number"),
        "server approval.sp_number": (p.server.get("approval") or {}).get("sp_number"),
        "history title": p.history["summary"].split(" — ")[0],
        **{f"history approval row {i}": n for i, n in enumerate(notes)},
        "BAST quotes": referenced(p.printed["bast", AFTER], "sp"),
        "kuitansi quotes": referenced(p.printed["kuitansi", AFTER], "sp"),
    })


def assert_bast_number(p: Purchase) -> None:
    notes = history_notes(p, "Menandatangani BAST")
    assert_one_number("BAST number", {
        **{label: header_number(doc) for label, doc in _printed(p, "bast").items()},
        "server bast.number": (p.server.get("bast") or {}).get("number"),
        **{f"history BAST row {i}": n for i, n in enumerate(notes)},
        **{f"{label} quotes": referenced(doc, "bast") for label, doc in _printed(p, "kuitansi").items()},
    })


def assert_kuitansi_number(p: Purchase) -> None:
    notes = history_notes(p, "Membayar")
    assert_one_number("kuitansi Nomor Bukti / BKU number", {
        "typed by the Bendahara": p.bku,
        **{label: header_number(doc) for label, doc in _printed(p, "kuitansi").items()},
        "server payment.bku_number": (p.server.get("payment") or {}).get("bku_number"),
        **{f"history payment row {i}": n for i, n in enumerate(notes)},
    })


# -- the kuitansi's money -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class KuitansiFigures:
    gross: int | None
    withheld: int
    net: int | None


def kuitansi_figures(doc: Printed) -> KuitansiFigures:
    gross = figure_after(doc.text, "Terbilang")
    withheld = figure_after(doc.text, "Jumlah pajak dipungut/dipotong")
    if withheld is None:  # "Tidak ada pajak yang dipungut…" or "dipungut oleh lokapasar…": paid in full
        return KuitansiFigures(gross, 0, gross)
    return KuitansiFigures(gross, withheld, figure_after(doc.text, "Jumlah bersih dibayarkan"))


def shown(text: str) -> int:
    return rupiah(re.search(RUPIAH, text).group(1))  # type: ignore[union-attr]


def assert_kuitansi_money(p: Purchase, phase: str) -> None:
    """Kuitansi gross = order total (the server's); withheld = the Bendahara's taxes; net = the amount
    transferred (as the desk and the payment dialog told the Bendahara, and as the tax rules say)."""
    k = kuitansi_figures(p.printed["kuitansi", phase])
    item = p.item
    withheld = sum(a for _t, a in item.withheld)
    problems = []
    if k.gross != item.total or k.gross != p.server.get("total"):
        problems.append(f"gross printed {k.gross}, order total {item.total}, server total {p.server.get('total')}")
    if k.withheld != withheld:
        problems.append(f"withheld printed {k.withheld}, the Bendahara withholds {withheld} {item.withheld}")
    if k.net != item.net:
        problems.append(f"net printed {k.net}, transferred {item.net}")
    if shown(p.desk["net"]) != item.net:
        problems.append(f"the desk shows net {p.desk['net']}, transferred should be {item.net}")
    assert not problems, f"kuitansi ({phase} sync) of {item.seller}:\n  " + "\n  ".join(problems)


def assert_payment_record(p: Purchase) -> None:
    """The payment record (the one owner of the money facts) holds each tax with its collector, the amount and
    the amount transferred — on the server as on the PC."""
    payment = p.server.get("payment") or {}
    local = (p.local.payment if p.local else None) or {}
    problems = []
    for field in ("amount", "net", "bku_number", "date", "taxes"):
        if payment.get(field) != local.get(field):
            problems.append(f"{field}: server {payment.get(field)!r}, PC {local.get(field)!r}")
    taxes = payment.get("taxes") or []
    by_bendahara = [t for t in taxes if t.get("collector") == "BENDAHARA"]
    others = [t for t in taxes if t.get("collector") != "BENDAHARA"]
    for tax, amount in p.item.withheld:
        if sum(1 for t in by_bendahara if mentions(str(t.get("label")), tax) and t.get("amount") == amount) != 1:
            problems.append(f"{tax} {amount} withheld by the Bendahara is not recorded once: {taxes}")
    for tax, amount in p.item.elsewhere:
        if sum(1 for t in others if mentions(str(t.get("label")), tax) and t.get("amount") == amount) != 1:
            problems.append(f"{tax} {amount} collected by another is not recorded with its collector: {taxes}")
    if len(by_bendahara) != len(p.item.withheld):
        problems.append(f"the Bendahara withholds {len(by_bendahara)} taxes, the rules say {len(p.item.withheld)}")
    if payment.get("amount") != p.item.total or payment.get("net") != p.item.net:
        problems.append(f"amount {payment.get('amount')} / net {payment.get('net')}, want {p.item.total} / {p.item.net}")
    assert not problems, f"payment record of {p.item.seller}:\n  " + "\n  ".join(problems)


def assert_kuitansi_lists_withheld(p: Purchase, phase: str) -> None:
    """Each tax the Bendahara withholds is printed with its amount; a tax the seller or marketplace collects is
    never printed as withheld."""
    text = p.printed["kuitansi", phase].text
    section = flat(text)
    start = section.find("Rincian pajak")
    end = section.find("Jumlah pajak dipungut/dipotong")
    listed = section[start:end] if start >= 0 and end > start else ""
    for tax, amount in p.item.withheld:
        assert mentions(listed, tax) and f"{amount:,}".replace(",", ".") in listed, (
            f"kuitansi ({phase}) does not list {tax} {amount} as withheld:\n{listed or section}")
    for tax, _amount in p.item.elsewhere:
        assert not mentions(listed, tax), f"kuitansi ({phase}) prints {tax} as withheld by the Bendahara:\n{listed}"


# -- books ----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class BookRow:
    number: str  # No. BKU
    text: str  # uraian (wrapped lines joined)
    amount: int
    incoming: bool  # penerimaan / pemungutan (True) or pengeluaran / penyetoran (False)
    book: str = ""  # tax type section of the Buku Pembantu Pajak


_ROW = re.compile(r"^\s*\d\d-\d\d-\d{4}\s+(\d+)\s+(.*)$")
_NUM = re.compile(r"^-?\d{1,3}(?:\.\d{3})*$")


def book_rows(doc: Printed) -> list[BookRow]:
    """Rows of a BKU or Buku Pembantu Pajak PDF; the direction of each amount from the running balance."""
    rows: list[BookRow] = []
    saldo, section, current = 0, "", None
    for line in doc.text.splitlines():
        if m := re.search(r"Saldo awal bulan\s+(-?[\d.]+)", line):
            saldo = rupiah(m.group(1))
        if m := re.search(r"Jenis pajak:\s*(.+)$", line):
            section, saldo = m.group(1).strip(), 0
        m = _ROW.match(line)
        if m:
            cells = re.split(r"\s{2,}", m.group(2).strip())
            numbers = [c for c in cells if _NUM.match(c)]
            words = [c for c in cells if not _NUM.match(c) and not re.match(r"^\d(\.\d+){3,}$", c)]
            assert len(numbers) >= 2, f"unreadable book row in {doc.path.name}: {line!r}"
            amount, new_saldo = rupiah(numbers[-2]), rupiah(numbers[-1])
            current = [m.group(1), " ".join(words), amount, new_saldo - saldo == amount, section]
            saldo = new_saldo
            rows.append(BookRow(*current))  # type: ignore[arg-type]
        elif current is not None and line.strip() and not line.strip().startswith("Jumlah"):
            rows[-1] = BookRow(rows[-1].number, f"{rows[-1].text} {line.strip()}", rows[-1].amount,
                               rows[-1].incoming, rows[-1].book)
        else:
            current = None
    return rows


def csv_rows(books: Books, prefix: str) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for name, text in books.csv.items():
        if name.startswith(prefix):
            out += list(csv.DictReader(io.StringIO(text), delimiter=";"))
    return out


def assert_books_printed(books: Books) -> None:
    """The Bendahara can print the BKU and the Buku Pembantu Pajak, and the register and exports can be built."""
    failed = {name: doc.error for name, doc in (("BKU", books.bku), ("Buku Pembantu Pajak", books.pajak),
                                                 ("register", books.register)) if doc is None or doc.error}
    if "error" in books.csv:
        failed["CSV/XLSX exports"] = books.csv["error"]
    assert not failed, f"the books cannot be printed: {failed}"


def _book(books: Books, which: str) -> Printed:
    doc = books.bku if which == "bku" else books.pajak
    assert doc is not None and not doc.error, f"{which} was not printed: {doc.error if doc else 'missing'}"
    return doc


def _rows_about(rows: Iterable[BookRow], sp: str, tax: str, which: str) -> list[BookRow]:
    """Rows of this SP about this tax: in the BKU by their text, in the tax book by their section."""
    if which == "bku":
        return [r for r in rows if sp in r.text and mentions(r.text, tax)]
    return [r for r in rows if sp in r.text and re.search(TAX_WORDS[tax], r.book)]


def assert_book_taxes(p: Purchase, books: Books, which: str, *, receipts: bool) -> None:
    """Each tax the Bendahara withholds appears exactly once as a receipt (pungutan) — or, with receipts=False,
    exactly once as a deposit (setoran) — in the BKU or the Buku Pembantu Pajak."""
    doc = _book(books, which)
    rows, sp = book_rows(doc), str(p.server.get("number"))
    problems = []
    for tax, amount in p.item.withheld:
        hits = [r for r in _rows_about(rows, sp, tax, which) if r.incoming is receipts and r.amount == amount]
        if len(hits) != 1:
            problems.append(f"{tax} {amount}: {len(hits)} {'receipt' if receipts else 'deposit'} rows (want 1)")
    assert not problems, f"{doc.path.name} for SP {sp} of {p.item.seller}:\n  " + "\n  ".join(problems)


def assert_book_leaves_out_others(p: Purchase, books: Books, which: str) -> None:
    """A tax the seller or the marketplace collects itself is in neither the BKU nor the Buku Pembantu Pajak."""
    doc = _book(books, which)
    rows, sp = book_rows(doc), str(p.server.get("number"))
    booked = {tax: _rows_about(rows, sp, tax, which) for tax, _amount in p.item.elsewhere}
    booked = {tax: rows for tax, rows in booked.items() if rows}
    assert not booked, f"{doc.path.name} books taxes the Bendahara does not collect for SP {sp}: {booked}"


def _register_row(p: Purchase, books: Books) -> dict[str, str]:
    assert "error" not in books.csv, books.csv.get("error")
    sp = str(p.local.number if p.local else p.server.get("number"))
    rows = [r for r in csv_rows(books, "register") if r["Nomor SP"] == sp]
    assert len(rows) == 1, f"the register has {len(rows)} rows for SP {sp} (want 1)"
    return rows[0]


def assert_register_amounts(p: Purchase, books: Books) -> None:
    """The register row of this payment: gross = order total, taxes = withheld, net = transferred."""
    row = _register_row(p, books)
    want = {"Jumlah kotor (Rp)": str(p.item.total), "Pajak (Rp)": str(p.item.total - p.item.net),
            "Dibayar bersih (Rp)": str(p.item.net)}
    wrong = {k: (row.get(k), v) for k, v in want.items() if row.get(k) != v}
    assert not wrong, f"register row for SP {row['Nomor SP']}: (printed, expected) {wrong}"


def assert_register_numbers(p: Purchase, books: Books) -> None:
    """The register shows the SP and BAST numbers printed on the signed SP and BAST."""
    row = _register_row(p, books)
    want = {"Nomor SP": header_number(p.printed["sp", BEFORE]), "Nomor BAST": header_number(p.printed["bast", BEFORE])}
    wrong = {k: (row.get(k), v) for k, v in want.items() if row.get(k) != v}
    assert not wrong, f"register numbers (register, signed document) {wrong}"
    assert books.register is not None and want["Nomor SP"] in flat(books.register.text), (
        f"the register PDF does not show SP {want['Nomor SP']}: {books.register.error if books.register else ''}")


def assert_bku_number(p: Purchase, books: Books) -> None:
    """The payment's line in the BKU carries the BKU number the Bendahara recorded (and the kuitansi prints)."""
    sp = str(p.server.get("number"))
    lines = [r.number for r in book_rows(_book(books, "bku")) if sp in r.text and not r.incoming and r.amount == p.item.total]
    assert lines == [p.bku.lstrip("0")], (
        f"the BKU numbers the payment of SP {sp} {lines}, the Bendahara recorded BKU {p.bku}")


def assert_exports_match_books(books: Books) -> None:
    """The CSV export has the printed BKU's rows (number, amount, direction); the XLSX has the CSV's."""
    assert "error" not in books.csv, books.csv.get("error")
    printed = [(r.number, r.amount, r.incoming) for r in book_rows(_book(books, "bku"))]
    exported = [(r["No. BKU"], int(r["Penerimaan (Rp)"] or 0) or int(r["Pengeluaran (Rp)"] or 0),
                 int(r["Penerimaan (Rp)"] or 0) > 0) for r in csv_rows(books, "bku")]
    assert printed == exported, f"BKU PDF rows {printed} != CSV rows {exported}"
    sheet = books.xlsx.get("BKU", [])[1:]
    assert [(str(r[1]), (r[4] or r[5]), bool(r[4])) for r in sheet] == exported, "XLSX BKU differs from the CSV"


# -- every page -----------------------------------------------------------------------------------------------
def assert_terbilang(doc: Printed, main_amount: int | None = None) -> None:
    """Every amount spelled out spells the figure beside it; '# … Rupiah #' spells the document's amount."""
    text = flat(doc.text)
    pairs = re.findall(r"Rp\s?(\d{1,3}(?:\.\d{3})*)(?:,\d\d)?\s*\(([a-z ]+?) rupiah\)", text)
    wrong = [(fig, words) for fig, words in pairs if words != terbilang(rupiah(fig))]
    for words in re.findall(r"#\s*([A-Za-z ]+?)\s+Rupiah\s*#", text):
        if main_amount is None or words.lower() != terbilang(main_amount):
            wrong.append((str(main_amount), words))
    assert not wrong, f"{doc.path.name}: terbilang does not spell the figure: {wrong}"


def assert_seller_identity(p: Purchase) -> None:
    """The SP and the BAST name the seller as registered: NPWP/NIK and bank account in clear, never a sealed
    value (`enc1:…`, how the PC stores them at rest)."""
    sp = flat(p.printed["sp", AFTER].text)
    sealed = sorted({d.path.name for d in p.printed.values() if "enc1:" in d.text})
    assert not sealed, f"sealed values printed on {sealed}"
    identity = p.item.npwp or p.item.nik
    if identity:
        assert identity in sp, f"the SP does not show the seller's NPWP/NIK {identity}"
    assert f"20{p.item.provider_id}" in sp, "the SP does not show the seller's bank account"


def assert_no_raw_codes(docs: Iterable[Printed]) -> None:
    """No internal code (UPPER_SNAKE) on any printed page: every code is printed as its Indonesian label."""
    found = {d.path.name: sorted(set(RAW_CODE.findall(d.text))) for d in docs}
    found = {k: v for k, v in found.items() if v}
    assert not found, f"raw codes printed: {found}"
