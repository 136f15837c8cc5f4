"""What a printed document needs, as plain frozen dataclasses.

The desktop services map orders, payments and settings onto these; nothing here knows about the store, so the
builders can be tested and benchmarked on their own. Money is integer rupiah; dates are `datetime.date`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal, get_args

from desktop.documents.errors import DocumentError, require_choice, require_rupiah

Paper = Literal["A4", "F4"]
Status = Literal["official", "draft", "void"]  # void: a number that will never be valid (BATAL)
TaxCollector = Literal["BENDAHARA", "PIHAK_LAIN", "PENYEDIA"]  # PENYEDIA: PPN a PKP seller deposits itself


@dataclass(frozen=True)
class Kop:
    """Letterhead: printed on the first page of every document."""

    pemda: str  # "PEMERINTAH PROVINSI JAWA TENGAH"
    opd_name: str
    address: str
    phone: str = ""
    email: str = ""
    logo_path: str | None = None
    city: str = "Semarang"  # place in the dateline


@dataclass(frozen=True)
class Signatory:
    name: str
    nip: str  # 18 digits, printed grouped "19860926 201505 1 001"; may be empty for a seller
    jabatan: str


@dataclass(frozen=True)
class Seller:
    business_name: str
    owner_name: str
    nib: str
    address: str
    bank_name: str
    bank_account: str
    npwp: str | None = None  # 16 digits; individuals use the NIK
    nik: str | None = None
    pkp: bool = False
    owner_title: str = "Pemilik"


@dataclass(frozen=True)
class CodeName:
    """A coded master-data item: sub-kegiatan, kode rekening."""

    code: str
    name: str


@dataclass(frozen=True)
class DocumentLine:
    """A line as printed (SP, BAST, kuitansi). Not an order line: the services build it from the stored one
    (desktop.store.records.OrderLine; its wire twin and their mapping are in desktop/store/order_wire.py)."""

    name: str
    qty: int
    unit: str
    unit_price: int  # gross, tax included (Blangkon prices are gross)
    spec: str = ""

    def __post_init__(self) -> None:
        if isinstance(self.qty, bool) or not isinstance(self.qty, int) or self.qty <= 0:
            raise DocumentError("document_qty_invalid", name=self.name, value=repr(self.qty))
        require_rupiah(self.unit_price, "term_unit_price_of", name=self.name)

    @property
    def subtotal(self) -> int:
        return self.qty * self.unit_price


@dataclass(frozen=True)
class TaxLine:
    """One tax on the purchase: PPN, PPh 22, PPh 23, PPh final."""

    code: str  # "PPN", "PPH21", "PPH22", "PPH23", "PPH_FINAL"
    label: str  # "PPh Pasal 22 (1,5% × DPP)"
    base: int
    amount: int
    collector: TaxCollector = "BENDAHARA"

    def __post_init__(self) -> None:
        require_rupiah(self.amount, "term_tax_named", label=self.label)
        require_choice(self.collector, get_args(TaxCollector), "term_tax_collector")


@dataclass(frozen=True)
class TaxSummary:
    """The taxes of one purchase as printed: from the stored payment record after payment
    (`taxbridge.summary_from_payment`), from the tax engine before it (`summary_from_breakdown`)."""

    collector: TaxCollector  # BENDAHARA when the bendahara collects any of the taxes
    dpp: int  # harga jual excluding PPN
    lines: tuple[TaxLine, ...] = ()
    net: int | None = None  # amount transferred to the seller, as the payment record holds it

    @property
    def withheld_lines(self) -> tuple[TaxLine, ...]:
        return tuple(t for t in self.lines if t.collector == "BENDAHARA")

    @property
    def other_lines(self) -> tuple[TaxLine, ...]:
        """Taxes the seller deposits itself or a marketplace collects: in neither the BKU nor the tax book."""
        return tuple(t for t in self.lines if t.collector != "BENDAHARA")

    @property
    def withheld(self) -> int:
        """Total the bendahara keeps back (zero when a marketplace collects)."""
        return sum(t.amount for t in self.withheld_lines)


@dataclass(frozen=True)
class OrderDoc:
    order_id: str
    sp_number: str
    sp_date: dt.date
    kop: Kop
    ppk: Signatory
    seller: Seller
    kode_rup: str
    sub_kegiatan: CodeName
    kode_rekening: CodeName
    lines: tuple[DocumentLine, ...]
    delivery_address: str
    delivery_deadline: dt.date
    tahun_anggaran: int
    shipping: int = 0
    taxes: TaxSummary | None = None
    terms: tuple[str, ...] = ()
    marketplace: str = ""
    content_hash: str = ""  # sync.protocol.orders.content_hash of the order, carried (shortened) in the QR

    def __post_init__(self) -> None:
        if not self.lines:
            raise DocumentError("document_no_lines", order=self.sp_number or self.order_id)
        require_rupiah(self.shipping, "term_shipping")

    @property
    def goods_total(self) -> int:
        return sum(line.subtotal for line in self.lines)

    @property
    def total(self) -> int:
        return self.goods_total + self.shipping


@dataclass(frozen=True)
class ReceivedLine:
    name: str
    qty_ordered: int
    qty_received: int
    unit: str
    condition: str = "Baik"


@dataclass(frozen=True)
class BastDoc:
    order: OrderDoc
    bast_number: str
    bast_date: dt.date
    inspection_date: dt.date
    received: tuple[ReceivedLine, ...]
    fungsi_ok: bool = True  # Pemeriksaan Tepat Guna checklist (DOMAIN.md §3)
    jumlah_ok: bool = True
    waktu_ok: bool = True  # the PPK's own tick; "sesuai" prints only with an arrival date on or before the deadline
    notes: str = ""
    arrived_on: dt.date | None = None  # the day the goods arrived, as recorded at receipt (None: not recorded)
    late_working_days: int | None = None  # recorded with the receipt (None: the holiday calendar was missing)

    @property
    def late_days(self) -> int:
        """Calendar days the goods arrived after the SP's deadline (0 when on time or not recorded)."""
        if self.arrived_on is None:
            return 0
        return max(0, (self.arrived_on - self.order.delivery_deadline).days)

    @property
    def on_time(self) -> bool:
        return self.waktu_ok and self.arrived_on is not None and self.late_days == 0


@dataclass(frozen=True)
class PaymentDoc:
    """Kuitansi (A2) of one paid order."""

    order: OrderDoc
    nomor_bukti: str
    bast_number: str
    bast_date: dt.date
    payment_date: dt.date
    pa_kpa: Signatory
    bendahara: Signatory
    pptk: Signatory
    receiver: Signatory  # "Barang telah diterima": the PPK or the pengurus barang
    purpose: str  # uraian, e.g. "Belanja alat tulis kantor"
    method: str = "UP"
    meterai_override: bool | None = None  # None: computed from the amount and the domain thresholds
    toko_daring: bool = False  # lets the domain apply the APBD toko-daring meterai exemption
    taxes: TaxSummary | None = None  # the payment record's taxes (None: nothing recorded yet)

    @property
    def amount(self) -> int:
        return self.order.total

    @property
    def net(self) -> int:
        """Amount transferred to the seller: the payment record's figure, never recomputed here."""
        if self.taxes is None:
            return self.amount
        return self.taxes.net if self.taxes.net is not None else self.amount - self.taxes.withheld


@dataclass(frozen=True)
class CashReceipt:
    """Money into the bendahara's cash: SP2D UP/GU/TU."""

    date: dt.date
    uraian: str
    amount: int
    reference: str = ""
    number: str = ""  # No. BKU the Bendahara recorded for it ("": numbered on in the book)

    def __post_init__(self) -> None:
        require_rupiah(self.amount, "term_receipt_of", uraian=self.uraian)


@dataclass(frozen=True)
class CashReturn:
    """Money out of the bendahara's cash that pays no order: the return of unspent UP to the Kas Daerah at the
    year's end (pengembalian sisa UP, with its STS reference) — tutup buku, #17."""

    date: dt.date
    uraian: str
    amount: int
    reference: str = ""
    number: str = ""  # No. BKU the Bendahara recorded for it

    def __post_init__(self) -> None:
        require_rupiah(self.amount, "term_return_of", uraian=self.uraian)


@dataclass(frozen=True)
class TaxDeposit:
    """Setoran of one withheld tax: billing/NTPN and date."""

    code: str
    date: dt.date
    ntpn: str


@dataclass(frozen=True)
class PaidOrder:
    """One payment in a month's books, with the taxes the bendahara withheld and later deposited."""

    date: dt.date
    order_number: str  # SP number
    seller: str
    uraian: str
    kode_rekening: str
    amount: int  # gross kuitansi amount
    taxes: tuple[TaxLine, ...] = ()
    deposits: tuple[TaxDeposit, ...] = ()
    method: str = "UP"
    bast_number: str = ""
    bku_number: str = ""  # the No. BKU recorded with the payment (= the kuitansi's Nomor Bukti)
    bank_confirmed: bool = False  # the Bendahara matched it to the bank statement (#18)

    def __post_init__(self) -> None:
        require_rupiah(self.amount, "term_payment_of_sp", number=self.order_number)
        if self.withheld > self.amount:
            raise DocumentError("document_tax_exceeds_amount", number=self.order_number)

    @property
    def withheld(self) -> int:
        return sum(t.amount for t in self.taxes)

    @property
    def net(self) -> int:
        return self.amount - self.withheld


@dataclass(frozen=True)
class BookMonth:
    kop: Kop
    year: int
    month: int
    opening_balance: int
    bendahara: Signatory
    pa_kpa: Signatory
    signed_on: dt.date
    receipts: tuple[CashReceipt, ...] = ()
    payments: tuple[PaidOrder, ...] = ()
    first_bku_number: int = 1
    returns: tuple[CashReturn, ...] = ()  # pengembalian sisa UP (pengeluaran without an order)


@dataclass(frozen=True)
class ClosingOrder:
    """An order the year-end closing carried over or cancelled (tutup buku, #17)."""

    sp_number: str
    sp_date: dt.date | None
    seller: str
    state: str  # the state's label as officers read it ("Diterima, belum BAST")
    amount: int  # the order total (owner: sync.protocol.orders.compute_total, stored on the order)
    reason: str = ""


@dataclass(frozen=True)
class ClosingTax:
    """A withheld tax still owed at the year's end, carried over to be deposited next year."""

    code: str
    sp_number: str
    paid_on: dt.date
    amount: int


@dataclass(frozen=True)
class ClosingSet:
    """The year-end closing set: the year's BKU (its closing balance), Buku Pembantu Pajak totals, the payment
    register and the orders and taxes carried over. `book` is the whole year as one BookMonth (month 12)."""

    book: BookMonth
    closed_on: dt.date | None  # None: not closed yet (printed as a draft)
    closed_by: str
    carried: tuple[ClosingOrder, ...] = ()
    cancelled: tuple[ClosingOrder, ...] = ()
    taxes: tuple[ClosingTax, ...] = ()
    up_returned: int = 0
    up_return_date: dt.date | None = None
    up_return_reference: str = ""


@dataclass(frozen=True)
class DocumentOptions:
    paper: Paper = "A4"
    status: Status = "draft"  # "DRAF" watermark until the order reaches the state that makes it official
    reprint: bool = False  # "SALINAN" mark
    serif: bool = True  # body font: DejaVu Serif (letters) or Sans

    def __post_init__(self) -> None:
        require_choice(self.paper, get_args(Paper), "term_paper_size")
        require_choice(self.status, get_args(Status), "term_document_status")


@dataclass(frozen=True)
class TimelineEvent:
    """One step of an order's history. Codes for the JSON file; the PDF prints the labels (a code never)."""

    at: str  # ISO-8601 UTC timestamp from the server (legal time)
    actor: str
    role: str  # codes: "PA_KPA", "mark_paid", "DIBAYAR"
    action: str
    from_state: str = ""
    to_state: str = ""
    note: str = ""
    role_label: str = ""  # "PA/KPA", "Membayar", "Dibayar" (sync.protocol labels, as the history screen shows)
    action_label: str = ""
    from_label: str = ""
    to_label: str = ""


@dataclass(frozen=True)
class Attachment:
    path: str
    label: str = ""  # "Invoice", "Foto barang diterima"


@dataclass(frozen=True)
class EvidenceInput:
    order: OrderDoc
    bast: BastDoc | None = None
    payment: PaymentDoc | None = None
    attachments: tuple[Attachment, ...] = ()
    timeline: tuple[TimelineEvent, ...] = field(default_factory=tuple)
