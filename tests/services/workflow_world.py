"""A realistic local world for the order workflow tests: one OPD of Pemprov Jawa Tengah, its officers, three
sellers and their products, number blocks — all in a real temporary Store (no Qt, no network)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.services.approvals import ApprovalService
from desktop.services.conflicts import ConflictService
from desktop.services.documents_service import DocumentService
from desktop.services.orders import OrderService
from desktop.services.payments import PaymentService
from desktop.services.session import CurrentUser, SessionState
from desktop.store.db import Store
from desktop.store.records import KodeRekening, Marketplace, Opd, SubKegiatan, TaxCollector, User
from sync.protocol import Role

OPD = "opd-dinkop"
# Monday 23 November 2026, 10:00 WIB.
NOW = dt.datetime(2026, 11, 23, 3, 0, tzinfo=dt.UTC)

USERS = {
    "pp": CurrentUser(11, "sri.pp", "Sri Wahyuni, S.E.", Role.PP, OPD, "Dinas Koperasi dan UKM", "198609262015052001"),
    "ppk": CurrentUser(12, "budi.ppk", "Budi Santoso, S.T., M.M.", Role.PPK, OPD, "Dinas Koperasi dan UKM",
                       "197803152005011002"),
    "bendahara": CurrentUser(13, "rina.bend", "Rina Kusumawati", Role.BENDAHARA, OPD, "Dinas Koperasi dan UKM",
                             "198812102014032003"),
    "pa": CurrentUser(14, "hadi.kpa", "Drs. Hadi Prasetyo, M.Si.", Role.PA_KPA, OPD, "Dinas Koperasi dan UKM",
                      "196905121995031004"),
    "pptk": CurrentUser(15, "dewi.pptk", "Dewi Lestari, S.Kom.", Role.PPTK, OPD, "Dinas Koperasi dan UKM",
                        "199001202015032005"),
}

PROVIDERS = [
    # id, name, owner, legal_form, npwp, nik, pkp, suket, marketplace
    (101, "CV Sinar Jaya Abadi", "Agus Wibowo", "badan_usaha", "0123456789012345", None, True, False, "GRATIS_ONGKIR"),
    (102, "UD Batik Lestari", "Siti Aminah", "perorangan", None, "3325014506780001", False, True, "TISERA"),
    (103, "Katering Bu Darmi", "Darmi", "perorangan", None, None, False, False, "GRATIS_ONGKIR"),
    (104, "PT Mebel Jepara Raya", "Hendro", "badan_usaha", "0987654321098765", None, True, False, "EKATALOG_LOKAL"),
]
PRODUCTS = [
    # id, provider, name, unit, price, kind
    (1001, 101, "Kertas HVS A4 80 gram", "rim", 55_500, "goods"),
    (1002, 101, "Tinta printer Epson 003 hitam", "botol", 111_000, "goods"),
    (1003, 101, "Map plastik kancing", "lusin", 33_300, "goods"),
    (2001, 102, "Kemeja batik tulis Batang", "potong", 350_000, "goods"),
    (3001, 103, "Nasi kotak rapat", "kotak", 25_000, "catering"),
    (4001, 104, "Meja kerja jati 120 cm", "unit", 9_000_000, "goods"),
]


def provider_row(pid: int, name: str, owner: str, legal: str, npwp: Any, nik: Any, pkp: bool, suket: bool,
                 market: str, version: int = 1, status: str = "active") -> dict[str, Any]:
    return {"id": pid, "version": version, "seq": pid, "status": status, "name": name, "owner_name": owner,
            "legal_form": legal, "kabkota_code": "33.25", "kabkota": "Kabupaten Batang",
            "address": "Jl. Jenderal Sudirman No. 12, Batang", "nib": "9120001234567", "npwp": npwp, "nik": nik,
            "pkp": pkp, "suket_pp55": suket, "bank_name": "Bank Jateng", "bank_account": "1-234-56789-0",
            "marketplace": market, "has_sales": pid != 102}


def product_row(pid: int, prov: int, name: str, unit: str, price: int, kind: str, *, version: int = 1,
                status: str = "active") -> dict[str, Any]:
    provider = next(p for p in PROVIDERS if p[0] == prov)
    return {"id": pid, "version": version, "seq": 1000 + pid, "status": status, "provider_id": prov, "name": name,
            "description": name, "category": "ATK" if kind == "goods" else "KATERING", "unit": unit, "price": price,
            "stock": 100, "tkdn": None, "pdn": True, "kind": kind, "provider_name": provider[1],
            "kabkota_code": "33.25", "kabkota": "Kabupaten Batang", "marketplace": provider[8],
            "legal_form": provider[3]}


@dataclass
class World:
    store: Store
    session: SessionState
    orders: OrderService
    approvals: ApprovalService
    payments: PaymentService
    documents: DocumentService
    conflicts: ConflictService
    path: Path

    def login(self, who: str) -> CurrentUser:
        user = USERS[who]
        self.session.set_user(user)
        return user

    def set_product(self, pid: int, *, price: int | None = None, status: str = "active", version: int = 2) -> None:
        row = next(p for p in PRODUCTS if p[0] == pid)
        with self.store.unit_of_work() as uow:
            uow.catalog.upsert_products([product_row(pid, row[1], row[2], row[3], price or row[4], row[5],
                                                     version=version, status=status)])

    def draft(self, product_id: int = 1001, qty: int = 10) -> Any:
        """A complete draft by the PP, ready to submit."""
        self.login("pp")
        order = self.orders.create_draft(product_id, qty)
        return self.orders.update_fields(order.id, kode_rup="51234567", sub_kegiatan="2.18.01.2.06.0004",
                                         kode_rekening="5.1.02.01.01.0024",
                                         delivery_date=dt.date(2026, 11, 30))


def seed(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.master.upsert_opds([Opd(OPD, "DINKOP", "Dinas Koperasi dan UKM Provinsi Jawa Tengah",
                                    "Jl. Sidodadi Timur No. 14, Semarang", "Kota Semarang")])
        uow.master.upsert_sub_kegiatan([
            SubKegiatan(OPD, "2.18.01.2.06.0004", 2026, "Penyediaan Bahan Logistik Kantor"),
            SubKegiatan(OPD, "2.18.01.2.06.0009", 2026, "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD"),
        ])
        uow.master.upsert_kode_rekening([
            KodeRekening("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"),
            KodeRekening("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"),
        ])
        uow.master.upsert_marketplaces([
            Marketplace("GRATIS_ONGKIR", "Gratis Ongkir", TaxCollector.BENDAHARA),
            Marketplace("MBIZ", "MBiz", TaxCollector.PIHAK_LAIN),
            Marketplace("TISERA", "Tisera", TaxCollector.BENDAHARA),
            Marketplace("EKATALOG_LOKAL", "E-katalog lokal", TaxCollector.BENDAHARA),
        ])
        for u in USERS.values():
            uow.users.cache(User(str(u.id), u.username, u.full_name, (u.role.value,), OPD, u.nip,
                                 jabatan={"PP": "Pejabat Pengadaan", "PPK": "Pejabat Pembuat Komitmen",
                                          "BENDAHARA": "Bendahara Pengeluaran", "PA_KPA": "Kepala Dinas",
                                          "PPTK": "PPTK"}[u.role.value]))
        uow.catalog.upsert_providers([provider_row(*p) for p in PROVIDERS])
        uow.catalog.upsert_products([product_row(*p) for p in PRODUCTS])
        for doc in ("SP", "BAST", "KUITANSI"):
            uow.numbers.add_block(OPD, 2026, doc, 17, 40)


def make_world(tmp_path: Path, *, now: dt.datetime = NOW) -> World:
    path = tmp_path / "blangkon.db"
    store = Store.open(path)
    seed(store)
    session = SessionState(clock=lambda: now)
    return open_world(store, session, path)


def open_world(store: Store, session: SessionState, path: Path) -> World:
    return World(store, session, OrderService(store, session), ApprovalService(store, session),
                 PaymentService(store, session), DocumentService(store, session), ConflictService(store, session),
                 path)
