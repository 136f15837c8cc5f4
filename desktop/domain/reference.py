"""Validated reference data from resources/reference/: kab/kota of Jawa Tengah, kode rekening belanja and
sub-kegiatan. The store seeds its editable master data from these."""

from __future__ import annotations

import csv
import functools
import io
from dataclasses import dataclass

from desktop.domain.errors import IdentifierError, ResourceError
from desktop.domain.identifiers import parse_kode_rekening, parse_sub_kegiatan
from desktop.domain.resources import resource_path
from desktop.domain.texts import DOMAIN_TEXTS


@dataclass(frozen=True)
class KabKota:
    kode: str  # "33.74"
    jenis: str  # "Kabupaten" | "Kota"
    nama: str  # "Semarang"

    @property
    def nama_lengkap(self) -> str:
        return f"{self.jenis} {self.nama}"


@dataclass(frozen=True)
class RekeningEntry:
    kode: str
    nama: str
    level: int
    parent: str | None


@dataclass(frozen=True)
class SubKegiatanEntry:
    kode: str
    nama: str
    kegiatan: str
    level_label: str


def _rows(filename: str, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    path = resource_path("reference", filename)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ResourceError("resource_missing", DOMAIN_TEXTS("reference_missing", path=str(path))) from exc
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames is None or tuple(reader.fieldnames) != columns:
        raise ResourceError("resource_malformed",
                            DOMAIN_TEXTS("reference_header_invalid", file=filename, columns=",".join(columns)))
    rows = []
    for line_no, row in enumerate(reader, start=2):
        values = {k: (row.get(k) or "").strip() for k in columns}
        if not all(values.values()):
            raise ResourceError("resource_malformed", DOMAIN_TEXTS(
                "reference_empty_column", where=DOMAIN_TEXTS("where_line", source=filename, line=line_no)))
        rows.append((line_no, values))
    return rows


@functools.lru_cache(maxsize=1)
def load_kabkota() -> tuple[KabKota, ...]:
    entries = []
    for line_no, row in _rows("kabkota_jateng.csv", ("kode", "jenis", "nama")):
        if row["jenis"] not in ("Kabupaten", "Kota") or not row["kode"].startswith("33."):
            raise ResourceError("resource_malformed", DOMAIN_TEXTS(
                "reference_kabkota_invalid", where=DOMAIN_TEXTS("where_line", source="kabkota_jateng.csv",
                                                               line=line_no)))
        entries.append(KabKota(row["kode"], row["jenis"], row["nama"]))
    return tuple(entries)


@functools.lru_cache(maxsize=1)
def load_kode_rekening() -> tuple[RekeningEntry, ...]:
    entries: list[RekeningEntry] = []
    known: set[str] = set()
    for line_no, row in _rows("kode_rekening_belanja.csv", ("kode", "nama")):
        try:
            parsed = parse_kode_rekening(row["kode"], require_leaf=False)
        except IdentifierError as exc:
            raise ResourceError("resource_malformed", DOMAIN_TEXTS(
                "reference_row_invalid", problem=exc.message,
                where=DOMAIN_TEXTS("where_line", source="kode_rekening_belanja.csv", line=line_no))) from exc
        if parsed.parent is not None and parsed.parent not in known:
            raise ResourceError("resource_malformed", DOMAIN_TEXTS(
                "reference_parent_later", parent=parsed.parent,
                where=DOMAIN_TEXTS("where_line", source="kode_rekening_belanja.csv", line=line_no)))
        known.add(parsed.code)
        entries.append(RekeningEntry(parsed.code, row["nama"], parsed.level, parsed.parent))
    return tuple(entries)


@functools.lru_cache(maxsize=1)
def load_sub_kegiatan() -> tuple[SubKegiatanEntry, ...]:
    entries = []
    for line_no, row in _rows("sub_kegiatan.csv", ("kode", "nama", "kegiatan")):
        try:
            parsed = parse_sub_kegiatan(row["kode"])
        except IdentifierError as exc:
            raise ResourceError("resource_malformed", DOMAIN_TEXTS(
                "reference_row_invalid", problem=exc.message,
                where=DOMAIN_TEXTS("where_line", source="sub_kegiatan.csv", line=line_no))) from exc
        entries.append(SubKegiatanEntry(parsed.code, row["nama"], row["kegiatan"], parsed.level_label))
    return tuple(entries)
