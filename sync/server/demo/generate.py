"""`demo-data`: a plausible Central Java catalog, OPDs and one demo user per role per OPD.

Fast path on purpose (1M products < 60 s): rows are generated as tuples with one seeded `random.Random`, written
in 50k batches with psycopg COPY on PostgreSQL or `executemany` on SQLite, under the catalog writer lock, with
seq/count/checksum maintained exactly as the normal writer does.
"""

from __future__ import annotations

import random
import time
import uuid
import zlib
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, inspect, select

from sync.protocol.catalog import MOD
from sync.protocol.states import Role
from sync.server.accounts.auth import hash_password
from sync.server.catalog.feed import PRODUCT_FIELDS, PROVIDER_FIELDS, lock_catalog, save_head
from sync.server.demo import names as W
from sync.server.orders.audit import GENESIS
from sync.server.storage import models as m
from sync.server.storage.db import is_sqlite, now_iso, write_txn
from sync.server.storage.state import CATEGORIES, kabkota_rows

MARKETPLACES = ["GRATIS_ONGKIR", "MBIZ", "TISERA", "EKATALOG_LOKAL"]
MARKET_WEIGHTS = [40, 25, 20, 15]
BATCH = 50_000
DEMO_ROLES = [Role.PP, Role.PPK, Role.PPTK, Role.BENDAHARA, Role.PA_KPA, Role.ADMIN_OPD]


def providers_for(products: int) -> int:
    """~2,500 sellers per 55k products (Blangkon dashboard, Mar 2022), at least 5."""
    return max(5, round(products * 2500 / 55_000))


def _digits(rnd: random.Random, n: int) -> str:
    return str(rnd.randrange(10 ** (n - 1), 10**n))


def gen_providers(rnd: random.Random, first_id: int, count: int, kab: list[dict[str, str]]) -> list[tuple[Any, ...]]:
    out = []
    for i in range(count):
        k = kab[rnd.randrange(len(kab))]
        badan = rnd.random() < 0.48
        words = " ".join(rnd.sample(W.SHOP_WORDS, 2))
        name = f"{rnd.choice(['CV', 'PT', 'UD'])} {words}" if badan else f"Toko {words}"
        owner = f"{rnd.choice(W.FIRST)} {rnd.choice(W.LAST)}"
        code = k["kode"].replace(".", "")
        address = f"Jl. {rnd.choice(W.STREETS)} No. {rnd.randrange(1, 250)}, {k['nama']}"
        nib = _digits(rnd, 13)
        drawn = None if rnd.random() < 0.1 else _digits(rnd, 16)
        nik = code + _digits(rnd, 12)
        pkp = rnd.random() < (0.6 if badan else 0.05)
        # Entity NPWPs are "0" + the old 15 digits; a PKP always has one (derived, so the draws stay the same).
        npwp = "0" + (drawn or nik)[1:] if drawn or pkp else None
        out.append((
            first_id + i, "active", name, owner, "badan_usaha" if badan else "perorangan", k["kode"], k["nama"],
            address, nib, npwp, nik, pkp, (not badan) and rnd.random() < 0.5, rnd.choice(W.BANKS),
            _digits(rnd, 10), rnd.choices(MARKETPLACES, MARKET_WEIGHTS)[0], rnd.random() < 0.4,
        ))
    return out


def gen_products(rnd: random.Random, first_id: int, count: int, providers: list[tuple[Any, ...]]
                 ) -> Iterator[list[tuple[Any, ...]]]:
    """Yield batches of (id, status, provider_id, name, description, category, unit, price, stock, tkdn, pdn,
    kind, provider_name, kabkota_code, marketplace, legal_form)."""
    cats = [c for c, _, _ in CATEGORIES]
    cat_names = {c: n for c, n, _ in CATEGORIES}
    weights = [30, 20, 12, 8, 8, 10, 4, 8]
    rand, randrange, choice = rnd.random, rnd.randrange, rnd.choice
    batch: list[tuple[Any, ...]] = []
    np = len(providers)
    for i in range(count):
        p = providers[randrange(np)]
        cat = rnd.choices(cats, weights)[0]
        item, unit, lo, hi = choice(W.PRODUCTS[cat])
        price = randrange(lo, hi + 1) // 500 * 500 or lo
        name = f"{item}{choice(W.VARIANTS)} {p[2].split(' ', 1)[1]}"
        tk = rand()
        batch.append((
            first_id + i, "active", p[0], name, f"{cat_names[cat]} dari {p[6]}", cat, unit, price,
            randrange(0, 500), round(tk * 80, 1) if tk < 0.5 else None, tk < 0.7, W.KIND.get(cat, "goods"),
            p[2], p[5], p[15], p[4],
        ))
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _write(conn: Connection, table: str, cols: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    raw = conn.connection.driver_connection
    if is_sqlite(conn):
        marks = ",".join("?" * len(cols))
        raw.executemany(f"INSERT INTO {table} ({','.join(cols)}) VALUES ({marks})", rows)  # type: ignore[union-attr]
    else:
        with raw.cursor() as cur, cur.copy(f"COPY {table} ({','.join(cols)}) FROM STDIN") as copy:  # type: ignore[union-attr]
            for row in rows:
                copy.write_row(row)


def _with_seq(kind: str, rows: list[tuple[Any, ...]], head: dict[str, int]) -> list[tuple[Any, ...]]:
    """Prepend version/seq (in field order id, version, seq, ...) and fold rows into count/checksum."""
    out = []
    crc = zlib.crc32
    seq, total = head["seq"], head["checksum"]
    for r in rows:
        seq += 1
        total += crc(f"{kind}:{r[0]}:1".encode())
        out.append((r[0], 1, seq, *r[1:]))
    head["seq"], head["checksum"] = seq, total % MOD
    head["active_count"] += len(rows)
    return out


def generate(engine: Engine, products: int, seed: int, log: Any = print) -> dict[str, Any]:
    rnd = random.Random(seed)
    kab = kabkota_rows()
    started = time.perf_counter()
    opds = _opds(engine, kab)
    with write_txn(engine) as conn:
        meta = lock_catalog(conn)
        head = {"seq": meta.seq, "checksum": meta.checksum, "active_count": meta.active_count}
        first_prov = (conn.execute(select(func.max(m.provider.c.id))).scalar() or 0) + 1
        first_prod = (conn.execute(select(func.max(m.product.c.id))).scalar() or 0) + 1
        provs = gen_providers(rnd, first_prov, providers_for(products), kab)
        _write(conn, "provider", PROVIDER_FIELDS, _with_seq("provider", provs, head))
        for batch in gen_products(rnd, first_prod, products, provs):
            _write(conn, "product", PRODUCT_FIELDS, _with_seq("product", batch, head))
        save_head(conn, head)
    catalog_s = time.perf_counter() - started
    accounts = _users(engine, opds, seed)
    log(f"demo-data: {products} produk, {len(provs)} penyedia, {len(opds)} OPD, {len(accounts)} akun "
        f"({catalog_s:.1f} s katalog, {time.perf_counter() - started:.1f} s total)")
    return {"products": products, "providers": len(provs), "opds": len(opds), "accounts": accounts,
            "seconds": round(time.perf_counter() - started, 2)}


def _opds(engine: Engine, kab: list[dict[str, str]]) -> list[tuple[str, str]]:
    wanted = [(f"33.00-{code}", f"{name} Provinsi Jawa Tengah", "33.00") for code, name in W.PROVINCE_OPDS]
    for k in kab:
        prefix = "Kota" if k["jenis"] == "Kota" else "Kabupaten"
        wanted += [(f"{k['kode']}-{code}", f"{name} {prefix} {k['nama']}", k["kode"]) for code, name in W.REGENCY_OPDS]
    with write_txn(engine) as conn:
        have = set(conn.execute(select(m.opd.c.id)).scalars())
        new = [{"id": i, "name": n, "kabkota_code": k, "audit_head": GENESIS, "audit_count": 0}
               for i, n, k in wanted if i not in have]
        if new:
            conn.execute(insert(m.opd), new)
    return [(i, n) for i, n, _ in wanted]


TITLES = ["S.E.", "S.T.", "S.Kom.", "S.H.", "S.Sos.", "S.E., M.M.", "S.T., M.T.", "S.H., M.H."]


def demo_officer(seed: int, username: str) -> tuple[str, str]:
    """(full name, NIP) of a demo account: a person's name with a degree, and a NIP that desktop.domain's
    parse_nip accepts (born 1968–1992, TMT 23–30 years later, sequence 001–099) — printed under the signature on
    official documents (#13.19). Seeded by the username, so the same account gets the same person every run."""
    rnd = random.Random(f"{seed}:{username}")
    female = rnd.random() < 0.5
    name = f"{rnd.choice(W.FIRST)} {rnd.choice(W.LAST)}, {rnd.choice(TITLES)}"
    birth = (rnd.randint(1968, 1992), rnd.randint(1, 12), rnd.randint(1, 28))
    tmt = (birth[0] + rnd.randint(23, 30), rnd.choice((1, 3, 4, 10, 12)))
    nip = f"{birth[0]:04d}{birth[1]:02d}{birth[2]:02d}{tmt[0]:04d}{tmt[1]:02d}{2 if female else 1}{rnd.randint(1, 99):03d}"
    return name, nip


def _users(engine: Engine, opds: list[tuple[str, str]], seed: int) -> list[dict[str, Any]]:
    """One user per role per OPD plus one admin provinsi, each a named person with a NIP. All share one demo
    password (hashed once: fast)."""
    password = f"demo-{seed}"
    hashed = hash_password(password)
    with engine.connect() as conn:
        have = set(conn.execute(select(m.app_user.c.username)).scalars())
    accounts = []
    plan = [(Role.ADMIN_PROVINSI, None)] + [(role, opd_id) for opd_id, _ in opds for role in DEMO_ROLES]
    rows = []
    for role, opd_id in plan:
        username = "admin.provinsi" if opd_id is None else f"{role.value.lower()}.{opd_id.lower()}"
        if username not in have:
            full_name, nip = demo_officer(seed, username)
            rows.append({"id": str(uuid.uuid4()), "username": username, "full_name": full_name, "nip": nip,
                         "role": role.value, "opd_id": opd_id, "password_hash": hashed, "disabled": False,
                         "created_at": now_iso()})
        accounts.append({"username": username, "role": role.value, "opd_id": opd_id, "password": password})
    if rows and "nip" not in {c["name"] for c in inspect(engine).get_columns("app_user")}:
        for row in rows:  # a database before migration 0014 (the upgrade tests fill one): the NIP has no column
            del row["nip"]
    if rows:
        with write_txn(engine) as conn:
            conn.execute(insert(m.app_user), rows)
    return accounts
