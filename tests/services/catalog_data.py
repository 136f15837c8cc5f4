"""Deterministic generated catalog for UI/service tests and the UI benchmark (realistic Indonesian names)."""

from __future__ import annotations

import random
from typing import Any

from desktop.store import catalog_write

KABKOTA = [("33.74", "Kota Semarang"), ("33.72", "Kota Surakarta"), ("33.25", "Kabupaten Batang"),
           ("33.26", "Kabupaten Pekalongan"), ("33.02", "Kabupaten Banyumas"), ("33.71", "Kota Magelang"),
           ("33.19", "Kabupaten Kudus"), ("33.28", "Kabupaten Tegal")]
MARKETS = ["GRATIS_ONGKIR", "MBIZ", "TISERA", "EKATALOG_LOKAL"]
ITEMS = {
    "ATK": (["Kertas HVS A4 80 gsm", "Pulpen gel hitam", "Map plastik kancing", "Spidol papan tulis",
             "Stapler besar", "Buku agenda bersampul", "Tinta printer", "Amplop coklat folio"], "rim", 30_000, 350_000),
    "KATERING": (["Nasi kotak ayam bakar", "Snack box rapat", "Tumpeng mini", "Nasi liwet Solo",
                  "Kopi arabika Temanggung", "Teh poci Tegal"], "kotak", 15_000, 60_000),
    "KEBERSIHAN": (["Sabun cuci tangan", "Hand sanitizer 500 ml", "Masker medis", "Cairan pel lantai",
                    "Tisu gulung"], "botol", 8_000, 90_000),
    "FURNITUR": (["Kursi kerja ergonomis", "Meja rapat jati Jepara", "Lemari arsip besi", "Rak buku kayu"],
                 "unit", 450_000, 9_500_000),
    "KONVEKSI": (["Seragam batik Pekalongan", "Kaos sablon kegiatan", "Topi bordir", "Rompi lapangan"],
                 "potong", 45_000, 350_000),
    "BERAS": (["Beras premium Delanggu", "Gula pasir lokal", "Minyak goreng", "Telur ayam ras"],
              "kg", 12_000, 80_000),
    "JASA": (["Servis AC split", "Jasa kebersihan gedung", "Sewa tenda dan kursi", "Cetak spanduk"],
             "paket", 150_000, 5_000_000),
}
SHOPS = ["Berkah", "Sumber Rejeki", "Makmur Jaya", "Sido Mulyo", "Lancar", "Barokah", "Sinar", "Mitra Karya",
         "Tunas Harapan", "Sri Rejeki", "Mekar Sari", "Abadi"]


def providers(n: int, rng: random.Random) -> list[dict[str, Any]]:
    out = []
    for i in range(1, n + 1):
        code, kab = KABKOTA[i % len(KABKOTA)]
        legal = "perorangan" if i % 3 else "badan_usaha"
        prefix = "UD" if legal == "perorangan" else rng.choice(["CV", "PT"])
        out.append({
            "id": i, "version": 1, "seq": i, "status": "active",
            "name": f"{prefix} {rng.choice(SHOPS)} {kab.split()[-1]} {i}", "owner_name": f"Pemilik {i}",
            "legal_form": legal, "kabkota_code": code, "kabkota": kab, "address": f"Jl. Pemuda No. {i}, {kab}",
            "nib": f"{9120000000000 + i}", "npwp": None if i % 4 == 0 else f"{1000000000000000 + i}",
            "nik": f"{3374000000000000 + i}", "pkp": i % 5 == 0, "suket_pp55": i % 2 == 0,
            "bank_name": "Bank Jateng", "bank_account": f"1-{i:06d}-9", "marketplace": MARKETS[i % 4],
            "has_sales": i % 4 != 1,  # a quarter of the sellers have never sold: the fairness goal
        })
    return out


def products(n: int, provs: list[dict[str, Any]], rng: random.Random, start_id: int = 1) -> list[dict[str, Any]]:
    cats = list(ITEMS)
    out = []
    for pid in range(start_id, start_id + n):
        cat = cats[pid % len(cats)]
        names, unit, lo, hi = ITEMS[cat]
        pr = provs[pid % len(provs)]
        price = rng.randrange(lo, hi) // 500 * 500
        out.append({
            "id": pid, "version": 1, "seq": 10_000_000 + pid, "status": "active", "provider_id": pr["id"],
            "name": f"{rng.choice(names)} {rng.choice(['', 'premium ', 'ekonomis ', 'lokal '])}#{pid}".replace("  ", " "),
            "description": f"{cat.title()} dari {pr['name']}, dikirim dari {pr['kabkota']}.",
            "category": cat, "unit": unit, "price": price, "stock": rng.randrange(0, 500), "tkdn": 40.0,
            "pdn": True, "kind": "catering" if cat == "KATERING" else ("services" if cat == "JASA" else "goods"),
            "provider_name": pr["name"], "kabkota_code": pr["kabkota_code"], "kabkota": pr["kabkota"],
            "marketplace": pr["marketplace"], "legal_form": pr["legal_form"],
        })
    return out


def fill_catalog(store: Any, n_products: int, n_providers: int | None = None, seed: int = 1,
                 batch: int = 50_000) -> None:
    """Bulk-load a generated catalog the way the replica loader does: plain inserts, then one FTS rebuild."""
    rng = random.Random(seed)
    provs = providers(n_providers or max(10, n_products // 50), rng)
    cols = catalog_write.PRODUCT_FIELDS
    with store.raw_connection() as conn:
        conn.execute("BEGIN")
        catalog_write.upsert_providers(conn, provs)
        for start in range(1, n_products + 1, batch):
            rows = products(min(batch, n_products - start + 1), provs, rng, start_id=start)
            conn.executemany(f"INSERT INTO product ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                             [tuple(int(r[c]) if isinstance(r[c], bool) else r[c] for c in cols) for r in rows])
        catalog_write.rebuild_fts(conn, optimize=False)
        conn.execute("COMMIT")
