"""Plain values the catalog screen works with. Kept free of store/SQLAlchemy imports so desktop.ui can use them."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.domain.rules import Marketplace

# Category codes of the provincial catalog with their Indonesian names (the UI translates these).
CATEGORY_NAMES: dict[str, str] = {
    "KATERING": "Katering makanan",
    "ATK": "Alat tulis dan perlengkapan kantor",
    "KEBERSIHAN": "Sabun, masker dan hand sanitizer",
    "FURNITUR": "Furnitur",
    "KONVEKSI": "Konveksi dan seragam",
    "BERAS": "Beras dan bahan pangan",
    "PASIR": "Pasir dan material bangunan",
    "JASA": "Jasa (kebersihan, servis, sewa)",
}

MARKETPLACE_NAMES: dict[str, str] = {m.value: m.label for m in Marketplace}  # owner: desktop.domain.rules

LEGAL_FORM_NAMES: dict[str, str] = {"perorangan": "Perorangan (UMKM)", "badan_usaha": "Badan usaha"}


@dataclass(frozen=True)
class CatalogFilter:
    text: str = ""
    category: str | None = None
    kabkota_code: str | None = None
    marketplace: str | None = None
    legal_form: str | None = None
    price_min: int | None = None
    price_max: int | None = None
    never_sold_only: bool = False


@dataclass(frozen=True)
class SearchResult:
    ids: tuple[int, ...]
    total: int
    exact: bool = True
    never_sold: frozenset[int] = frozenset()  # ids (of those returned) whose provider has no sale yet
    boosted: frozenset[int] = frozenset()  # ids lifted by the fairness boost ("dinaikkan: penyedia baru")


@dataclass(frozen=True)
class ProductRow:
    """One table row: what the lazy model shows; fetched a page at a time."""

    id: int
    name: str
    price: int
    unit: str
    category: str
    provider_id: int
    provider_name: str
    kabkota: str
    marketplace: str
    legal_form: str
    stock: int
    never_sold: bool
    active: bool = True


@dataclass(frozen=True)
class ProductDetail:
    row: ProductRow
    description: str = ""
    kind: str = ""
    tkdn: float | None = None
    pdn: bool | None = None
    version: int = 0
    provider_owner: str = ""
    provider_address: str = ""
    provider_pkp: bool = False
    provider_npwp: bool = False  # only whether the seller has one (taxes differ); never shown in full here
    provider_suket_pp55: bool = False


@dataclass(frozen=True)
class FilterOptions:
    categories: tuple[tuple[str, str], ...] = ()  # (code, name)
    kabkotas: tuple[tuple[str, str], ...] = ()  # (code, name)
    marketplaces: tuple[tuple[str, str], ...] = ()
    legal_forms: tuple[tuple[str, str], ...] = field(default_factory=lambda: tuple(LEGAL_FORM_NAMES.items()))
    product_count: int = 0
