"""Seeds the store's editable master data (sub-kegiatan, kode rekening) from the bundled reference tables.

A fresh PC has empty master tables until an administrator's list arrives, and an order cannot be submitted
without a sub-kegiatan and a kode rekening. The reference data shipped under resources/reference/ (the
Permendagri 90 nomenclature the province uses) fills the pickers on first use. Seeding is idempotent: it only
fills a table that is empty (for sub-kegiatan: empty for this OPD and budget year), so lists maintained later
are never overwritten or duplicated.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.reference import load_kode_rekening, load_sub_kegiatan
from desktop.store.db import UnitOfWork
from desktop.store.records import KodeRekening, SubKegiatan

LEAF_LEVEL = 6


@dataclass(frozen=True)
class SeedResult:
    sub_kegiatan: int = 0
    kode_rekening: int = 0


def budget_leaves() -> list[KodeRekening]:
    """Only six-level kode rekening (rincian objek): the ones an order may be charged to."""
    return [KodeRekening(e.kode, e.nama) for e in load_kode_rekening() if e.level == LEAF_LEVEL]


def seed_master_data(uow: UnitOfWork, opd_id: str | None, year: int) -> SeedResult:
    """Fill empty master tables in this unit of work; returns how many rows were added."""
    rekening = 0
    if not uow.master.list_kode_rekening():
        rekening = len(leaves := budget_leaves())
        uow.master.upsert_kode_rekening(leaves)
    sub = 0
    if opd_id and not uow.master.list_sub_kegiatan(opd_id, year):
        items = [SubKegiatan(opd_id, e.kode, year, e.nama) for e in load_sub_kegiatan()]
        uow.master.upsert_sub_kegiatan(items)
        sub = len(items)
    return SeedResult(sub, rekening)
