"""Demo inputs: DOMAIN.md worked examples A–E, a 40-line order and a month's books.

Used by `blangkon documents sample`, the tests and the benchmarks, so an OPD admin sees realistic documents.
Names and numbers are fictional.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import replace

from desktop.documents import ledger
from desktop.documents.model import (
    BastDoc,
    BookMonth,
    CashReceipt,
    CashReturn,
    ClosingOrder,
    ClosingSet,
    ClosingTax,
    CodeName,
    DocumentLine,
    Kop,
    OrderDoc,
    PaidOrder,
    PaymentDoc,
    ReceivedLine,
    Seller,
    Signatory,
    TaxDeposit,
    TimelineEvent,
)
from desktop.documents.taxbridge import summary_for
from desktop.documents.verification import DocumentSigner, issue_certificate, load_private_key, raw_public_key
from desktop.domain.calendar import WorkingCalendar
from desktop.domain.delivery import timeliness
from desktop.domain.resources import resource_path

SP_DATE = dt.date(2026, 11, 16)
BAST_DATE = dt.date(2026, 11, 23)  # a Monday: "Pada hari ini Senin tanggal dua puluh tiga ..."
PAY_DATE = dt.date(2026, 11, 25)

KOP = Kop(
    pemda="Pemerintah Provinsi Jawa Tengah",
    opd_name="Dinas Koperasi dan UKM Provinsi Jawa Tengah",
    address="Jl. Pahlawan No. 4, Semarang 50241",
    phone="Telepon (024) 8310000",
    email="dinkopukm@jatengprov.go.id",
    logo_path=str(resource_path("templates", "logo_demo.png")),
    city="Semarang",
)
PPK = Signatory("Rahmat Hidayat, S.E.", "197905122005011003", "Pejabat Pembuat Komitmen")
PA = Signatory("Dr. Sri Wahyuni, M.Si.", "197003151996032002", "Kepala Dinas selaku Pengguna Anggaran")
BENDAHARA = Signatory("Dewi Lestari, A.Md.", "198609262015052001", "Bendahara Pengeluaran")
PPTK = Signatory("Agus Santoso, S.T.", "198201142008011004", "Pejabat Pelaksana Teknis Kegiatan")

PKP_SELLER = Seller("CV Sumber Makmur Abadi", "Budi Prasetyo", "9120301234567", "Jl. Kaligawe Raya No. 12, Semarang",
                    "Bank Jateng", "1-234-56789-0", npwp="0123456789012345", pkp=True, owner_title="Direktur")
UMKM_SELLER = Seller("Toko Berkah Jaya", "Siti Aminah", "1203004567890", "Jl. Diponegoro No. 7, Batang",
                     "Bank Jateng", "2-345-67890-1", nik="3325014506850002")
CATERER_INDIVIDUAL = Seller("Katering Bu Sri Rahayu", "Sri Rahayu", "1203007654321", "Jl. Singosari Raya No. 8, Semarang",
                            "Bank Jateng", "4-567-89012-3", nik="3374014506750003")
CATERING_SELLER = Seller("CV Dapur Rasa Nusantara", "Hendra Wijaya", "9120305678901", "Jl. Pemuda No. 45, Semarang",
                         "Bank Jateng", "3-456-78901-2", npwp="0987654321098765", owner_title="Direktur")

ATK = CodeName("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor")
MAMIN = CodeName("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat")
SUB_LOGISTIK = CodeName("2.18.01.2.06.0004", "Penyediaan Bahan Logistik Kantor")
SUB_RAPAT = CodeName("2.18.01.2.06.0009", "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD")

_ATK_LINES = (
    DocumentLine("Kertas HVS A4 80 gsm", 100, "rim", 55_500, "500 lembar per rim, putih"),
    DocumentLine("Tinta printer", 30, "botol", 120_000, "70 ml, hitam, untuk printer tangki"),
    DocumentLine("Map snelhecter plastik", 150, "buah", 13_000, "folio, aneka warna"),
)  # 11.100.000: example A


def _order(n: int, seller: Seller, lines: tuple[DocumentLine, ...], account: CodeName = ATK,
           sub: CodeName = SUB_LOGISTIK, marketplace: str = "MBiz") -> OrderDoc:
    # Stand-in for sync.protocol.orders.content_hash, which the services compute from the real order rows.
    content = json.dumps([seller.nib, [(x.name, x.qty, x.unit_price) for x in lines]], separators=(",", ":"))
    return OrderDoc(
        content_hash=hashlib.sha256(content.encode()).hexdigest(),
        order_id=f"5f1c2a7e-0b7d-4c1e-9a31-00000000000{n}",
        sp_number=f"000.3/{16 + n:03d}/SP/DINKOP/XI/2026",
        sp_date=SP_DATE, kop=KOP, ppk=PPK, seller=seller, kode_rup=f"5812{n}774",
        sub_kegiatan=sub, kode_rekening=account, lines=lines,
        delivery_address="Gudang Dinas Koperasi dan UKM, Jl. Pahlawan No. 4, Semarang",
        delivery_deadline=dt.date(2026, 11, 21), tahun_anggaran=2026, marketplace=marketplace,
    )


EXAMPLES = "ABCDEF"


def example(letter: str) -> OrderDoc:
    """An order for DOMAIN.md §5.2 worked example A–F, with its taxes from the domain tax engine."""
    if letter == "A":
        order = _order(1, PKP_SELLER, _ATK_LINES)
    elif letter == "B":
        order = _order(2, PKP_SELLER, (DocumentLine("Toner printer laser", 1, "buah", 2_100_000, "hitam, 85A"),))
    elif letter == "C":
        order = _order(3, UMKM_SELLER, (DocumentLine("Beras premium", 20, "karung", 125_000, "5 kg per karung"),))
    elif letter == "D":
        order = _order(4, CATERING_SELLER, (DocumentLine("Snack rapat", 100, "pax", 25_000, "2 kue + air mineral"),),
                       MAMIN, SUB_RAPAT)
    elif letter == "E":
        order = _order(5, PKP_SELLER, _ATK_LINES, marketplace="Gratis Ongkir (pemungut PMK 58)")
    elif letter == "F":  # an individual caterer with NIK, no Suket: PPh 21 bukan pegawai (issue #20)
        order = _order(7, CATERER_INDIVIDUAL, (DocumentLine("Nasi kotak rapat", 100, "kotak", 25_000,
                                                            "nasi, ayam bakar, sayur, buah"),), MAMIN, SUB_RAPAT,
                       marketplace="Tisera")
    else:
        raise ValueError(f"unknown example {letter}")
    taxes = summary_for(order, collector="PIHAK_LAIN" if letter == "E" else "BENDAHARA", day=PAY_DATE,
                        kind="catering" if letter in "DF" else "goods", individual=letter == "F")
    return replace(order, taxes=taxes)


def long_order() -> OrderDoc:
    """40 lines (about Rp20 juta) to exercise pagination and repeated table headers."""
    items = ("Pulpen gel", "Pensil 2B", "Penghapus", "Spidol papan", "Stapler", "Isi staples", "Lakban",
             "Amplop coklat", "Buku agenda", "Post-it")
    lines = tuple(
        DocumentLine(f"{items[i % 10]} tipe {i // 10 + 1}", 10 + i, "buah", 5_000 + 1_000 * i, f"spesifikasi baris {i + 1}")
        for i in range(40)
    )
    order = replace(_order(6, UMKM_SELLER, lines), shipping=150_000)
    return replace(order, taxes=summary_for(order, collector="BENDAHARA", day=PAY_DATE))


def _n(order: OrderDoc) -> int:
    """Which demo order this is (1–5: examples A–E, 6: the 40-line order, 7: example F): its numbers follow, so
    every sample shows the same SP, BAST and kuitansi number for the same order."""
    return int(order.order_id.rsplit("-", 1)[1])


def bast_number(order: OrderDoc) -> str:
    return f"000.3/{30 + _n(order):03d}/BAST/DINKOP/XI/2026"  # A–E 031–035, long 036, F 037 (SP: 017–023)


def nomor_bukti(order: OrderDoc) -> str:
    """The BKU number the Bendahara records with the payment (the kuitansi's Nomor Bukti): A–E 0457–0461,
    the 40-line order 0462, F 0463."""
    return f"{456 + _n(order):04d}"


def bast_for(order: OrderDoc) -> BastDoc:
    """Examples A–E arrive on 20 November, before the deadline (21 November); the 40-line order arrives late
    on 23 November, so the samples show both BAST wordings."""
    arrived = BAST_DATE if _n(order) == 6 else dt.date(2026, 11, 20)
    due = timeliness(arrived, order.delivery_deadline, WorkingCalendar.from_resources())
    return BastDoc(
        order=order, bast_number=bast_number(order), bast_date=BAST_DATE, inspection_date=BAST_DATE,
        received=tuple(ReceivedLine(line.name, line.qty, line.qty, line.unit) for line in order.lines),
        waktu_ok=not due.late, arrived_on=arrived, late_working_days=due.late_working_days,
    )


def payment_for(order: OrderDoc) -> PaymentDoc:
    return PaymentDoc(
        order=order, nomor_bukti=nomor_bukti(order), bast_number=bast_number(order), bast_date=BAST_DATE,
        payment_date=PAY_DATE, pa_kpa=PA, bendahara=BENDAHARA, pptk=PPTK, receiver=PPK,
        purpose=f"{order.kode_rekening.name.removeprefix('Belanja ')}: {order.lines[0].name}"
        + (f" dan {len(order.lines) - 1} item lain" if len(order.lines) > 1 else ""),
        taxes=order.taxes,  # the demo's stand-in for the payment record a real order stores when paid
    )


def paid_order(payment: PaymentDoc, deposit_day: dt.date | None = None) -> PaidOrder:
    """What the bendahara's books record of one kuitansi: withheld taxes and their deposit (NTPN)."""
    order = payment.order
    taxes = payment.taxes.withheld_lines if payment.taxes else ()
    day = deposit_day or payment.payment_date + dt.timedelta(days=2)
    deposits = tuple(TaxDeposit(t.code, day, hashlib.sha256(f"{order.order_id}:{t.code}".encode()).hexdigest()[:16].upper())
                     for t in taxes)
    return PaidOrder(date=payment.payment_date, order_number=order.sp_number, seller=order.seller.business_name,
                     uraian=payment.purpose, kode_rekening=order.kode_rekening.code, amount=payment.amount,
                     taxes=taxes, deposits=deposits, method=payment.method, bast_number=payment.bast_number,
                     bku_number=payment.nomor_bukti)


def book_month(extra_payments: int = 0) -> BookMonth:
    """November 2026: an SP2D GU receipt and the payments of examples A–F (plus `extra_payments` copies)."""
    payments = [paid_order(payment_for(example(x))) for x in EXAMPLES]
    for i in range(extra_payments):
        base = payments[i % 4]
        payments.append(replace(base, date=dt.date(2026, 11, 1 + i % 28), order_number=f"{base.order_number}-{i}"))
    payments.sort(key=lambda p: p.date)
    receipts = [CashReceipt(dt.date(2026, 11, 2), "Penerimaan SP2D GU Nomor 3300/04.0/000123/GU/2026", 40_000_000,
                            "SP2D-GU-123", "456")]
    receipts += [CashReceipt(dt.date(2026, 11, 1 + i % 28), f"Penerimaan SP2D GU Nomor 3300/04.0/{124 + i:06d}/GU/2026",
                             60_000_000, f"SP2D-GU-{124 + i}") for i in range(0, extra_payments, 10)]
    return BookMonth(
        kop=KOP, year=2026, month=11, opening_balance=50_000_000, bendahara=BENDAHARA, pa_kpa=PA,
        signed_on=dt.date(2026, 11, 30),
        receipts=tuple(receipts),
        payments=tuple(payments), first_bku_number=464,  # lines with no recorded number (bench copies) follow on
    )


def closing_set() -> ClosingSet:
    """Tutup buku 2026 (#17): the November book as the year, the unspent UP returned on 31 December, two orders
    carried over to 2027, one cancelled, one tax left to deposit next year."""
    month = book_month()
    first = month.payments[0]
    undeposited = replace(first, deposits=first.deposits[1:])  # one of its taxes still owed at year end
    payments = (undeposited, *month.payments[1:])
    owed = sum(t.amount for t in first.taxes[:1])
    draft = replace(month, month=12, payments=payments, signed_on=dt.date(2026, 12, 31))
    cash = ledger.totals(draft, ledger.bku_lines(draft)).closing
    year = replace(draft, returns=(CashReturn(dt.date(2026, 12, 31), "Pengembalian sisa UP tahun 2026 ke Kas Daerah "
                                              "(STS 900/0099/2026)", cash - owed, "STS 900/0099/2026", "512"),))
    b, c, d = (example(x) for x in ("B", "C", "D"))
    return ClosingSet(
        book=year, closed_on=dt.date(2026, 12, 31), closed_by=BENDAHARA.name,
        carried=(ClosingOrder(b.sp_number, dt.date(2026, 12, 18), b.seller.business_name, "Dalam pengiriman "
                              "(belum dibayar)", b.total),
                 ClosingOrder(c.sp_number, dt.date(2026, 12, 22), c.seller.business_name, "Diterima (belum BAST)",
                              c.total, "Barang tiba 30 Desember; BAST Januari 2027")),
        cancelled=(ClosingOrder(d.sp_number, dt.date(2026, 12, 23), d.seller.business_name, "Disetujui (belum "
                                "dibayar)", d.total, "Rapat koordinasi dibatalkan; anggaran tidak dibawa"),),
        taxes=tuple(ClosingTax(t.code, first.order_number, first.date, t.amount) for t in first.taxes[:1]),
        up_returned=cash - owed, up_return_date=dt.date(2026, 12, 31), up_return_reference="STS 900/0099/2026")


_ROLES = {"PP": "PP", "PPK": "PPK", "PA_KPA": "PA/KPA", "BENDAHARA": "Bendahara"}
_ACTIONS = {"submit": "Mengajukan ke PPK", "approve": "Menyetujui (SP)", "send_to_seller": "Mengirim ke penyedia",
            "seller_confirm": "Dikonfirmasi penyedia", "ship": "Dalam pengiriman", "receive": "Memeriksa dan menerima",
            "sign_bast": "Menandatangani BAST", "authorize_payment": "Setuju dibayar (PA/KPA)", "mark_paid": "Membayar"}
_STATES = {"DRAFT": "Draf", "DIAJUKAN": "Menunggu persetujuan PPK", "DISETUJUI": "Disetujui (SP ditandatangani)",
           "DIKIRIM_KE_PENYEDIA": "Dikirim ke penyedia", "DIKONFIRMASI_PENYEDIA": "Dikonfirmasi penyedia",
           "DALAM_PENGIRIMAN": "Dalam pengiriman", "DITERIMA": "Diterima", "BAST": "BAST ditandatangani",
           "MENUNGGU_BAYAR": "Menunggu pembayaran", "DIBAYAR": "Dibayar"}


def timeline(order: OrderDoc) -> tuple[TimelineEvent, ...]:
    """A plausible lifecycle of one order (server timestamps, UTC), with the labels the history screen shows
    (sync.protocol state labels, the history's action and role labels) beside the codes."""
    steps = (
        ("2026-11-12T02:15:09Z", "Yuni Astuti", "PP", "submit", "DRAFT", "DIAJUKAN", ""),
        ("2026-11-16T03:40:51Z", PPK.name, "PPK", "approve", "DIAJUKAN", "DISETUJUI", "SP ditandatangani"),
        ("2026-11-16T04:02:13Z", "Yuni Astuti", "PP", "send_to_seller", "DISETUJUI", "DIKIRIM_KE_PENYEDIA",
         f"Pesanan lokapasar {order.marketplace}"),
        ("2026-11-17T01:30:00Z", "Yuni Astuti", "PP", "seller_confirm", "DIKIRIM_KE_PENYEDIA",
         "DIKONFIRMASI_PENYEDIA", ""),
        ("2026-11-20T06:45:27Z", "Yuni Astuti", "PP", "ship", "DIKONFIRMASI_PENYEDIA", "DALAM_PENGIRIMAN",
         "Resi JNE 0123456789"),
        ("2026-11-23T02:10:44Z", PPK.name, "PPK", "receive", "DALAM_PENGIRIMAN", "DITERIMA",
         "Fungsi, jumlah dan waktu sesuai"),
        ("2026-11-23T02:25:03Z", PPK.name, "PPK", "sign_bast", "DITERIMA", "BAST", ""),
        ("2026-11-24T01:05:40Z", PA.name, "PA_KPA", "authorize_payment", "BAST", "MENUNGGU_BAYAR", "Setuju dibayar"),
        ("2026-11-25T03:12:18Z", BENDAHARA.name, "BENDAHARA", "mark_paid", "MENUNGGU_BAYAR", "DIBAYAR", "UP, transfer"),
    )
    return tuple(TimelineEvent(at, actor, role, action, before, after, note, _ROLES[role], _ACTIONS[action],
                               _STATES[before], _STATES[after])
                 for at, actor, role, action, before, after, note in steps)


def demo_signer() -> tuple[DocumentSigner, bytes]:
    """A fixed demo device key certified by a fixed demo server key (samples are reproducible).

    Returns the signer and the demo server's raw public key (what a verifying installation trusts).
    Never use these keys for real documents: the seeds are public.
    """
    server = load_private_key(hashlib.sha256(b"blangkon demo server key").digest())
    device = load_private_key(hashlib.sha256(b"blangkon demo device key").digest())
    cert = issue_certificate(server, raw_public_key(device.public_key()), "DEMO-DEVICE-01", "DINKOPUKM")
    return DocumentSigner(device, cert), raw_public_key(server.public_key())
