"""PPh 21 for individuals' services and catering (issue #20, DOMAIN.md §5.2 F), each tax with its collector."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.errors import TaxRuleError
from desktop.domain.taxes import Collector, Purchase, PurchaseKind, SellerForm, TaxEngine, what_if

DAY = dt.date(2026, 11, 23)
PERORANGAN = SellerForm.PERORANGAN


@pytest.fixture(scope="module")
def engine() -> TaxEngine:
    return TaxEngine.from_resources()


def individual(gross: int, kind: str = "catering", *, npwp: bool = True, suket: bool = False,
               collector: str = "BENDAHARA", day: dt.date = DAY) -> Purchase:
    return Purchase(gross, PurchaseKind(kind), False, npwp, suket, Collector(collector), day,
                    seller_form=PERORANGAN)


def test_example_f_catering_from_an_individual_with_nik(engine: TaxEngine) -> None:
    b = engine.compute(individual(2_500_000))
    assert (b.pph, b.pph_article, b.net_to_seller, b.ppn) == (62_500, "21", 2_437_500, 0)
    (item,) = b.items
    assert (item.code, item.base, item.rate, item.amount, item.collector) == (
        "PPH21", 1_250_000, Decimal(5), 62_500, Collector.BENDAHARA)
    cited = {e.label: e for e in b.explanations}
    assert cited["DPP PPh 21"].formula == "50% × 2.500.000 = 1.250.000,00 → 1.250.000"
    assert "PMK 168/2023" in cited["DPP PPh 21"].legal_basis
    assert cited["PPh 21"].formula.startswith("5% × 1.250.000 = 62.500,00 → 62.500")
    assert "Pasal 17 ayat (1) huruf a" in cited["PPh 21"].legal_basis
    assert any("bukan PPh 23" in e.formula for e in b.explanations)


def test_example_f_without_npwp_or_nik_is_twenty_percent_higher(engine: TaxEngine) -> None:
    b = engine.compute(individual(2_500_000, npwp=False))
    assert (b.pph, b.net_to_seller, b.items[0].rate) == (75_000, 2_425_000, Decimal(6))
    note = next(e for e in b.explanations if e.label == "Tanpa NPWP/NIK")
    assert "Pasal 21 ayat (5a)" in note.legal_basis and "120%" in note.formula


def test_example_f_with_suket_pp55_is_half_percent_final(engine: TaxEngine) -> None:
    b = engine.compute(individual(2_500_000, suket=True))
    assert (b.pph, b.pph_article, b.items[0].code, b.net_to_seller) == (12_500, "4(2) PP 55", "PPH_FINAL", 2_487_500)
    assert b.items[0].collector is Collector.BENDAHARA
    assert any("menggantikan PPh 21" in e.formula for e in b.explanations)


def test_services_from_an_individual_too_and_entities_keep_pph23(engine: TaxEngine) -> None:
    assert engine.compute(individual(1_000_000, "services")).pph == 25_000
    entity = engine.compute(Purchase(2_500_000, PurchaseKind.CATERING, False, True, False, Collector.BENDAHARA, DAY))
    assert (entity.pph_article, entity.pph) == ("23", 50_000)


def test_goods_from_an_individual_stay_pph22_at_the_two_million_boundary(engine: TaxEngine) -> None:
    assert engine.compute(individual(2_000_000, "goods")).pph == 0
    above = engine.compute(individual(2_000_001, "goods"))
    assert (above.pph_article, above.pph) == ("22", 30_000)
    # PPh 21 has no Rp2 juta floor: a Rp2.000.000 catering order is withheld in full.
    assert engine.compute(individual(2_000_000)).pph == 50_000
    assert engine.compute(individual(1_999_999)).pph == 50_000  # DPP 999.999,5 → 1.000.000 (half-up)


@pytest.mark.parametrize(("gross", "npwp", "pph", "single_rate"), [
    (120_000_000, True, 3_000_000, Decimal(5)),      # DPP exactly Rp60 juta: all in the 5 % layer
    (120_000_002, True, 3_000_000, None),            # DPP 60.000.001: 1 rupiah at 15 % → 0,15 → 0
    (120_000_020, True, 3_000_002, None),            # DPP 60.000.010: 3.000.000 + 1,5 → 3.000.002
    (200_000_000, True, 9_000_000, None),            # 5 % × 60 jt + 15 % × 40 jt
    (120_000_000, False, 3_600_000, Decimal(6)),     # without NPWP: 6 % up to Rp60 juta
    (200_000_000, False, 10_800_000, None),          # 6 % × 60 jt + 18 % × 40 jt
])
def test_sixty_million_dpp_boundary(engine: TaxEngine, gross: int, npwp: bool, pph: int,
                                    single_rate: Decimal | None) -> None:
    b = engine.compute(individual(gross, "services", npwp=npwp))
    assert b.pph == pph and b.items[0].rate == single_rate and b.net_to_seller == gross - pph


def test_through_a_pmk58_marketplace_the_bendahara_still_withholds_pph21(engine: TaxEngine) -> None:
    b = engine.compute(individual(2_500_000, collector="PIHAK_LAIN"))
    assert b.withheld_items == b.items and b.items[0].collector is Collector.BENDAHARA
    assert (b.pph, b.net_to_seller, b.collected_by_others) == (62_500, 2_437_500, 0)


def test_before_2024_the_old_rule_is_cited(engine: TaxEngine) -> None:
    b = engine.compute(individual(2_500_000, day=dt.date(2023, 6, 1)))
    assert b.pph == 62_500 and any("PER-16/PJ/2016" in e.legal_basis for e in b.explanations)


def test_what_if_for_an_individual(engine: TaxEngine) -> None:
    assert {k: v.pph for k, v in what_if(engine, individual(2_500_000)).items()} == {
        "sekarang": 62_500, "tanpa NPWP": 75_000, "dengan Suket PP 55": 12_500}


def test_pkp_seller_without_npwp_is_refused() -> None:
    with pytest.raises(TaxRuleError) as err:
        Purchase(11_100_000, PurchaseKind.GOODS, True, False, False, Collector.BENDAHARA, DAY)
    assert err.value.code == "pkp_without_npwp" and "PKP" in err.value.message and "NPWP" in err.value.message


def test_unknown_legal_form_is_a_typed_error() -> None:
    with pytest.raises(TaxRuleError) as err:
        Purchase(1_000, PurchaseKind.GOODS, False, True, False, Collector.BENDAHARA, DAY,
                 seller_form="koperasi")  # type: ignore[arg-type]
    assert err.value.code == "seller_form_unknown"


def test_each_tax_carries_its_collector(engine: TaxEngine) -> None:
    """#12.2: PPN on a PKP payment ≤ Rp2 juta is the seller's; #12.3: PPh 23 via a PMK 58 marketplace is the
    Bendahara's, the marketplace's PPN/PPh 22 are not."""
    small = engine.compute(Purchase(555_000, PurchaseKind.GOODS, True, True, False, Collector.BENDAHARA, DAY))
    assert [(t.code, t.collector) for t in small.items] == [("PPN", Collector.PENYEDIA)]
    assert small.withheld_items == () and small.net_to_seller == 555_000 and small.collected_by_others == small.ppn
    catering = engine.compute(Purchase(2_500_000, PurchaseKind.CATERING, False, False, False, Collector.PIHAK_LAIN,
                                       DAY))
    assert [(t.code, t.amount, t.collector) for t in catering.items] == [("PPH23", 100_000, Collector.BENDAHARA)]
    goods = engine.compute(Purchase(11_100_000, PurchaseKind.GOODS, True, True, False, Collector.PIHAK_LAIN, DAY))
    assert [(t.code, t.amount, t.collector) for t in goods.items] == [
        ("PPN", 1_100_000, Collector.PIHAK_LAIN), ("PPH22", 50_000, Collector.PIHAK_LAIN)]
    assert goods.withheld_items == () and goods.net_to_seller == 11_100_000


@pytest.mark.parametrize(("mutate", "phrase"), [
    (lambda r: r["brackets"][-1].update(up_to=1), "hanya lapisan terakhir"),
    (lambda r: r["brackets"].reverse(), "naik"),
    (lambda r: r.update(kinds=[]), "'kinds' wajib"),
    (lambda r: r.update(collector="TOKO"), "'collector'"),
    (lambda r: r.update(dpp_percent=50), "persen berupa teks"),
    (lambda r: r.update(no_npwp_legal_basis=""), "no_npwp_legal_basis"),
])
def test_malformed_pph21_rules_are_refused(mutate, phrase) -> None:
    import copy
    import json

    from desktop.domain.resources import resource_path
    from desktop.domain.tax_rules import TaxRules

    data = json.loads(resource_path("tax", "tax_rules.json").read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    mutate(data["pph21_bukan_pegawai"][1])
    with pytest.raises(TaxRuleError) as err:
        TaxRules.from_dict(data)
    assert phrase in err.value.message
