"""First-run rows and shared settings kept in the database (so every worker process agrees)."""

from __future__ import annotations

import datetime as dt
import json
import secrets

from sqlalchemy import Connection, Engine, bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError

from desktop.domain.reference import load_kabkota
from desktop.domain.thresholds import default_thresholds
from sync.protocol.lifecycle import SodPolicy
from sync.server.storage import models as m
from sync.server.storage.db import Hot, write_txn

# Categories seen on Blangkon Jateng (DOMAIN.md §8): code, name, kind, unit, price range (rupiah).
CATEGORIES: list[tuple[str, str, str]] = [
    ("KATERING", "Katering makanan", "catering"),
    ("ATK", "Alat tulis dan perlengkapan kantor", "goods"),
    ("KEBERSIHAN", "Sabun, masker dan hand sanitizer", "goods"),
    ("FURNITUR", "Furnitur", "goods"),
    ("KONVEKSI", "Konveksi dan seragam", "goods"),
    ("BERAS", "Beras dan bahan pangan", "goods"),
    ("PASIR", "Pasir dan material bangunan", "goods"),
    ("JASA", "Jasa (kebersihan, servis, sewa)", "services"),
]


def kabkota_rows() -> list[dict[str, str]]:
    """The kab/kota of Jawa Tengah from the one data folder (resources/reference, read by the domain)."""
    return [{"kode": k.kode, "jenis": k.jenis, "nama": k.nama} for k in load_kabkota()]


def ensure_initialized(engine: Engine) -> None:
    """Idempotent: catalog head row, token secret, kab/kota and category tables. Safe to race between workers."""
    try:
        with write_txn(engine) as conn:
            if conn.execute(select(m.catalog_meta.c.id)).first() is None:
                conn.execute(insert(m.catalog_meta).values(id=1, epoch=1, seq=0, active_count=0, checksum=0,
                                                           min_seq=0))
                conn.execute(insert(m.server_state).values(key="token_secret", value=secrets.token_hex(32)))
                conn.execute(insert(m.counter).values(name="orders", value=0))
                conn.execute(insert(m.kabkota), [
                    {"code": r["kode"], "jenis": r["jenis"], "nama": r["nama"]} for r in kabkota_rows()
                ])
                conn.execute(insert(m.category), [{"code": c, "name": n, "kind": k} for c, n, k in CATEGORIES])
    except IntegrityError:
        pass  # another worker initialised it first


_GET = Hot(select(m.server_state.c.value).where(m.server_state.c.key == bindparam("k")))


def get_state(conn: Connection, key: str) -> str | None:
    value = _GET.scalar(conn, {"k": key})
    return None if value is None else str(value)


def set_state(conn: Connection, key: str, value: str) -> None:
    done = conn.execute(update(m.server_state).where(m.server_state.c.key == key).values(value=value)).rowcount
    if not done:
        conn.execute(insert(m.server_state).values(key=key, value=value))


def sod_policy(conn: Connection) -> SodPolicy:
    raw = get_state(conn, "sod_policy")
    return SodPolicy.from_mapping(json.loads(raw)) if raw else SodPolicy()


def marketplace_cap(on_date: str) -> int:
    """The marketplace ceiling in force on `on_date` (YYYY-MM-DD): resources/rules/thresholds.json, read through
    the domain like the desktop does (one table for both wings, #14)."""
    return default_thresholds().value("marketplace_cap", dt.date.fromisoformat(on_date))
