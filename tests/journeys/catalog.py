"""The sellers and products the journeys buy from, imported into the live server's catalog the way a provincial
admin imports a marketplace export (`blangkon-server import-catalog FILE`). Each seller has exactly the tax
attributes its journey needs, and each product a price that makes the order total a figure of DOMAIN.md §5.2."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Item:
    """One seller with one product, and the quantity the journey orders (qty × price = the order total)."""

    key: str
    provider_id: int
    seller: str
    legal_form: str  # "perorangan" | "badan_usaha"
    pkp: bool
    npwp: str | None
    nik: str
    suket_pp55: bool
    marketplace: str
    product_id: int
    product: str
    category: str
    unit: str
    price: int
    qty: int
    withheld: tuple[tuple[str, int], ...] = ()  # taxes the Bendahara withholds: (tax, amount)
    elsewhere: tuple[tuple[str, int], ...] = ()  # taxes the seller or the marketplace collects itself

    @property
    def total(self) -> int:
        return self.price * self.qty

    @property
    def net(self) -> int:
        """What is transferred to the seller."""
        return self.total - sum(amount for _tax, amount in self.withheld)


def _npwp(n: int) -> str:
    return f"0{n:015d}"


ITEMS = {i.key: i for i in (
    # (a) PKP goods, payment ≤ Rp2 juta: the seller deposits the PPN itself (PMK 59/2022)
    Item("a", 990001, "PT Sinar Kantor Jaya", "badan_usaha", True, _npwp(710001), "", False, "GRATIS_ONGKIR",
         990101, "Kertas HVS A4 80 gsm Sinar", "ATK", "rim", 55_500, 10,
         elsewhere=(("PPN", 55_000),)),
    # (b) PKP goods > Rp2 juta: the Bendahara collects PPN and PPh 22 (DOMAIN.md example A)
    Item("b", 990002, "PT Mebel Jepara Raya", "badan_usaha", True, _npwp(710002), "", False, "GRATIS_ONGKIR",
         990102, "Meja rapat jati 240 cm Jepara", "FURNITUR", "unit", 3_700_000, 3,
         withheld=(("PPN", 1_100_000), ("PPh 22", 150_000))),
    # (c) services from a non-PKP CV with NPWP, through a marketplace that collects under PMK 58/2022
    Item("c", 990003, "CV Servis Komputer Mandiri", "badan_usaha", False, _npwp(710003), "", False, "MBIZ",
         990103, "Servis komputer dan printer Mandiri", "JASA", "unit", 250_000, 10,
         withheld=(("PPh 23", 50_000),)),
    # (d) catering from a CV without NPWP, through MBiz (defect 12.3's example: PPh 23 4% = Rp100.000)
    Item("d", 990004, "CV Dapur Rapat Sejahtera", "badan_usaha", False, None, "", False, "MBIZ",
         990104, "Snack rapat 3 item Sejahtera", "KATERING", "kotak", 25_000, 100,
         withheld=(("PPh 23", 100_000),)),
    # (e) an individual with Suket PP 55: 0,5 % final (DOMAIN.md example C)
    Item("e", 990005, "Toko Batik Laweyan Bu Ratna", "perorangan", False, None, "3372015807800002", True,
         "GRATIS_ONGKIR", 990105, "Seragam batik tulis Laweyan", "KONVEKSI", "potong", 250_000, 10,
         withheld=(("PPh final", 12_500),)),
    # (f) goods from a non-PKP CV with NPWP, bought while the server is down (PPh 22 1,5 %)
    Item("f", 990006, "CV Sumber Tani Makmur", "badan_usaha", False, _npwp(710006), "", False, "GRATIS_ONGKIR",
         990106, "Beras premium 25 kg Sumber Tani", "BERAS", "sak", 312_500, 8,
         withheld=(("PPh 22", 37_500),)),
    # (g) the PP orders 2, the PPK edits it to 40 (defect 12.8)
    Item("g", 990007, "UD Alat Kantor Semarang", "badan_usaha", False, _npwp(710007), "", False, "GRATIS_ONGKIR",
         990107, "Map snelhecter plastik UD Semarang", "ATK", "pak", 62_500, 2,
         withheld=(("PPh 22", 37_500),)),
    # (h) catering from an individual with NIK, no Suket: PPh 21 (issue 20, DOMAIN.md example F)
    Item("h", 990008, "Katering Bu Sri Rahayu", "perorangan", False, None, "3374014506750003", False, "TISERA",
         990108, "Nasi kotak ayam bakar Bu Sri", "KATERING", "kotak", 25_000, 100,
         withheld=(("PPh 21", 62_500),)),
)}

# Which marketplaces collect the taxes themselves (PMK 58/2022) — the OPD's marketplace list on the PC.
PMK58_MARKETPLACES = frozenset({"MBIZ"})


def rows() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i in ITEMS.values():
        out.append({"t": "provider", "id": i.provider_id, "name": i.seller, "owner_name": f"Pemilik {i.seller}",
                    "legal_form": i.legal_form, "kabkota_code": "33.74",
                    "address": "Jl. Pandanaran No. 12, Semarang", "nib": f"91200{i.provider_id}",
                    "npwp": i.npwp, "nik": i.nik, "pkp": i.pkp, "suket_pp55": i.suket_pp55,
                    "bank_name": "Bank Jateng", "bank_account": f"20{i.provider_id}", "marketplace": i.marketplace})
    for i in ITEMS.values():
        out.append({"t": "product", "id": i.product_id, "provider_id": i.provider_id, "name": i.product,
                    "description": f"{i.product} untuk kantor", "category": i.category, "unit": i.unit,
                    "price": i.price, "stock": 500})
    return out


def write(path: Path) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows()), encoding="utf-8")
    return path
