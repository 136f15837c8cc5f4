"""Deterministic synthetic catalog rows in the wire shape (DESIGN.md "Catalog rows") for replica tests."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path
from typing import Any

KABKOTA = [("33.74", "Kota Semarang"), ("33.72", "Kota Surakarta"), ("33.02", "Banyumas"), ("33.01", "Cilacap")]
WORDS = ["kopi", "arabika", "kertas", "hvs", "map", "batik", "tulis", "snack", "nasi", "kotak", "tinta", "printer"]


def provider(i: int, version: int = 1, status: str = "active") -> dict[str, Any]:
    code, name = KABKOTA[i % len(KABKOTA)]
    return {
        "t": "provider", "id": i, "version": version, "seq": i, "status": status, "name": f"UD Maju {i}",
        "owner_name": f"Pemilik {i}", "legal_form": "perorangan", "kabkota_code": code, "kabkota": name,
        "address": f"Jl. Pemuda {i}", "nib": f"{i:013d}", "npwp": None, "nik": f"{i:016d}", "pkp": False,
        "suket_pp55": True, "bank_name": "Bank Jateng", "bank_account": f"{i:010d}",
        "marketplace": "EKATALOG_LOKAL", "has_sales": False,
    }


def product(i: int, providers: int, version: int = 1, price: int | None = None, status: str = "active",
            rng: random.Random | None = None) -> dict[str, Any]:
    rng = rng or random.Random(i)
    pid = 1 + i % providers
    code, _ = KABKOTA[pid % len(KABKOTA)]
    return {
        "t": "product", "id": i, "version": version, "seq": 1000 + i, "status": status, "provider_id": pid,
        "name": " ".join(rng.choice(WORDS) for _ in range(3)) + f" {i}", "description": "", "category": "ATK",
        "unit": "buah", "price": price if price is not None else 1000 * (1 + i % 97), "stock": 10,
        "tkdn": None, "pdn": True, "kind": "goods", "provider_name": f"UD Maju {pid}", "kabkota_code": code,
        "marketplace": "EKATALOG_LOKAL", "legal_form": "perorangan",
    }


def catalog(products: int, providers: int = 10) -> list[dict[str, Any]]:
    return [provider(i) for i in range(1, providers + 1)] + [product(i, providers) for i in range(1, products + 1)]


def write_chunks(rows: list[dict[str, Any]], folder: Path, per_chunk: int) -> list[Path]:
    """gzip NDJSON chunk files as the server serves them (no Content-Encoding; the bytes are the file)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n, start in enumerate(range(0, len(rows), per_chunk)):
        path = folder / f"{n}.ndjson.gz"
        body = "".join(json.dumps(r) + "\n" for r in rows[start:start + per_chunk]).encode()
        path.write_bytes(gzip.compress(body, mtime=0))
        paths.append(path)
    return paths
