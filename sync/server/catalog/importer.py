"""`import-catalog FILE`: CSV or NDJSON from a marketplace / e-katalog lokal export → one catalog change set.

Every row is validated (line numbers reported); valid rows are applied together; unchanged rows are skipped, so
importing the same file twice changes nothing (no new seq, no new version).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from sync.protocol.messages import LEGAL_FORMS, MARKETPLACES, PRODUCT_KINDS, ROW_STATUSES
from sync.server.catalog.feed import ChangeResult, apply_change_set, current_rows
from sync.server.storage import models as m

TRUE = {"true", "1", "ya", "y", "yes"}
FALSE = {"false", "0", "tidak", "t", "no", ""}


@dataclass
class ImportReport:
    errors: list[tuple[int, str]] = field(default_factory=list)
    result: ChangeResult | None = None
    rows: int = 0


class RowError(ValueError):
    pass


def _records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    if path.suffix.lower() in (".ndjson", ".jsonl", ".json"):
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        obj = json.loads(line)
                    except ValueError as exc:
                        yield n, {"__error__": f"JSON tidak valid: {exc}"}
                        continue
                    yield n, obj if isinstance(obj, dict) else {"__error__": "baris harus objek JSON"}
    else:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            for n, row in enumerate(csv.DictReader(fh), 2):
                yield n, {k.strip(): (v.strip() if isinstance(v, str) else v) for k, v in row.items() if k}


def _int(v: Any, name: str, minimum: int = 0) -> int:
    if isinstance(v, bool):
        raise RowError(f"'{name}' harus bilangan bulat")
    if isinstance(v, str):
        v = v.replace("Rp", "").replace(".", "").replace(" ", "") if name == "price" else v
        if not v.lstrip("-").isdigit():
            raise RowError(f"'{name}' harus bilangan bulat, bukan {v!r}")
        v = int(v)
    if not isinstance(v, int) or v < minimum:
        raise RowError(f"'{name}' harus bilangan bulat ≥ {minimum}")
    return v


def _bool(v: Any, name: str, nullable: bool = False) -> bool | None:
    if isinstance(v, bool) or (v is None and nullable):
        return v
    if isinstance(v, str):
        low = v.lower()
        if nullable and low == "":
            return None
        if low in TRUE:
            return True
        if low in FALSE:
            return False
    raise RowError(f"'{name}' harus true/false")


def _text(v: Any, name: str, required: bool = True, max_len: int = 500) -> str:
    if v is None:
        v = ""
    if not isinstance(v, str):
        raise RowError(f"'{name}' harus teks")
    if required and not v:
        raise RowError(f"'{name}' wajib diisi")
    if len(v) > max_len or "\x00" in v:
        raise RowError(f"'{name}' terlalu panjang atau berisi karakter terlarang")
    return v


def _choice(v: Any, name: str, allowed: tuple[str, ...], default: str | None = None) -> str:
    v = v if v not in (None, "") else default
    if v not in allowed:
        raise RowError(f"'{name}' harus salah satu dari {', '.join(allowed)}")
    return str(v)


def parse_provider(r: dict[str, Any], kabkota: dict[str, str]) -> dict[str, Any]:
    code = _text(r.get("kabkota_code"), "kabkota_code")
    if code not in kabkota:
        raise RowError(f"kode kab/kota tidak dikenal: {code}")
    npwp = r.get("npwp") or None
    if npwp is not None and not (isinstance(npwp, str) and len(npwp) == 16 and npwp.isdigit()):
        raise RowError("'npwp' harus 16 digit")
    if npwp is None and _bool(r.get("pkp", False), "pkp"):
        raise RowError("penyedia PKP wajib ber-NPWP (pengukuhan PKP mensyaratkan NPWP); isi 'npwp' 16 digit "
                       "atau periksa status PKP-nya")
    return {
        "id": _int(r.get("id"), "id", 1), "status": _choice(r.get("status"), "status", ROW_STATUSES, "active"),
        "name": _text(r.get("name"), "name", max_len=256),
        "owner_name": _text(r.get("owner_name"), "owner_name", max_len=256),
        "legal_form": _choice(r.get("legal_form"), "legal_form", LEGAL_FORMS), "kabkota_code": code,
        "kabkota": kabkota[code], "address": _text(r.get("address"), "address", False, 1000),
        "nib": _text(r.get("nib"), "nib", False, 32), "npwp": npwp, "nik": _text(r.get("nik"), "nik", False, 16),
        "pkp": _bool(r.get("pkp", False), "pkp"), "suket_pp55": _bool(r.get("suket_pp55", False), "suket_pp55"),
        "bank_name": _text(r.get("bank_name"), "bank_name", False, 64),
        "bank_account": _text(r.get("bank_account"), "bank_account", False, 32),
        "marketplace": _choice(r.get("marketplace"), "marketplace", MARKETPLACES),
        "has_sales": _bool(r.get("has_sales", False), "has_sales"),
        "delisted_reason": r.get("delisted_reason") or None,
    }


def parse_product(r: dict[str, Any], categories: dict[str, str]) -> dict[str, Any]:
    cat = _text(r.get("category"), "category", max_len=32)
    if cat not in categories:
        raise RowError(f"kategori tidak dikenal: {cat}")
    tkdn = r.get("tkdn")
    if tkdn in (None, ""):
        tkdn = None
    else:
        try:
            tkdn = float(tkdn)
        except (TypeError, ValueError):
            raise RowError("'tkdn' harus angka 0–100") from None
        if not 0 <= tkdn <= 100:
            raise RowError("'tkdn' harus angka 0–100")
    return {
        "id": _int(r.get("id"), "id", 1), "status": _choice(r.get("status"), "status", ROW_STATUSES, "active"),
        "provider_id": _int(r.get("provider_id"), "provider_id", 1), "name": _text(r.get("name"), "name"),
        "description": _text(r.get("description"), "description", False, 4000), "category": cat,
        "unit": _text(r.get("unit"), "unit", max_len=32), "price": _int(r.get("price"), "price"),
        "stock": _int(r.get("stock", 0), "stock"), "tkdn": tkdn, "pdn": _bool(r.get("pdn"), "pdn", True),
        "kind": _choice(r.get("kind"), "kind", PRODUCT_KINDS, categories[cat]),
        "delisted_reason": r.get("delisted_reason") or None,
    }


def import_file(engine: Engine, path: Path, dry_run: bool = False) -> ImportReport:
    report = ImportReport()
    with engine.connect() as conn:
        kabkota = {r.code: r.nama for r in conn.execute(select(m.kabkota))}
        categories = {r.code: r.kind for r in conn.execute(select(m.category))}
    providers: dict[int, dict[str, Any]] = {}
    products: list[tuple[int, dict[str, Any]]] = []
    seen: set[tuple[str, int]] = set()
    for line, rec in _records(path):
        report.rows += 1
        try:
            if "__error__" in rec:
                raise RowError(rec["__error__"])
            kind = rec.pop("t", None) or "product"
            if kind == "provider":
                row = parse_provider(rec, kabkota)
                providers[row["id"]] = row
            elif kind == "product":
                row = parse_product(rec, categories)
                products.append((line, row))
            else:
                raise RowError("'t' harus provider atau product")
            if (kind, row["id"]) in seen:
                raise RowError(f"{kind} id {row['id']} muncul lebih dari sekali")
            seen.add((kind, row["id"]))
        except RowError as exc:
            report.errors.append((line, str(exc)))
    # Products carry their provider's fields (denormalised for search): from this file, else from the DB.
    with engine.connect() as conn:
        known = current_rows(conn, "provider", {p["provider_id"] for _, p in products} - set(providers))
    good_products = []
    for line, p in products:
        prov = providers.get(p["provider_id"]) or (known[p["provider_id"]]._asdict()
                                                   if p["provider_id"] in known else None)
        if prov is None:
            report.errors.append((line, f"penyedia {p['provider_id']} tidak ada di berkas maupun katalog"))
            continue
        p.update(provider_name=prov["name"], kabkota_code=prov["kabkota_code"], marketplace=prov["marketplace"],
                 legal_form=prov["legal_form"])
        good_products.append(p)
    if not dry_run:
        report.result = apply_change_set(engine, list(providers.values()), good_products)
    return report
