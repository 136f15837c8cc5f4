"""PPh 21 for a "bukan pegawai": an individual (perorangan) paid for services or catering (DOMAIN.md §5.2 F).

Progressive Pasal 17(1)(a) layers on 50 % of the gross (PMK 168/2023); 20 % higher without NPWP (a resident's NIK
counts as NPWP). The rule, its layers and the surcharge are effective-dated data (resources/tax/tax_rules.json).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from desktop.domain.money import format_decimal, format_number, format_percent
from desktop.domain.tax_rules import Bracket, Pph21Rule

_HUNDRED = Decimal(100)


def layered(brackets: tuple[Bracket, ...], base: int, factor: Decimal) -> tuple[Decimal, list[str], Decimal]:
    """Tax on `base` through the layers, each rate multiplied by `factor` (1.2 without NPWP).

    Returns the unrounded tax, one formula term per layer used, and the rate of the highest layer reached."""
    total, terms, lower, top = Decimal(0), [], 0, Decimal(0)
    for layer in brackets:
        if base <= lower:
            break
        upper = base if layer.up_to is None else min(base, layer.up_to)
        rate = layer.rate_percent * factor
        total += Decimal(upper - lower) * rate / _HUNDRED
        terms.append(f"{format_percent(rate)} × {format_number(upper - lower)}")
        top = rate
        if layer.up_to is None:
            break
        lower = layer.up_to
    return total, terms, top


def pph21_bukan_pegawai(
    rule: Pph21Rule, gross: int, has_npwp: bool, rounded: Callable[[Decimal], int]
) -> tuple[int, int, Decimal | None, list[tuple[str, str, int, str]]]:
    """(DPP = 50 % of gross, tax, single rate or None when several layers apply, explanation steps).

    Each step is (label, formula, amount, which citation: "rule" | "brackets" | "no_npwp")."""
    raw_dpp = Decimal(gross) * rule.dpp_percent / _HUNDRED
    dpp = rounded(raw_dpp)
    steps = [("DPP PPh 21", f"{format_percent(rule.dpp_percent)} × {format_number(gross)} = "
              f"{format_decimal(raw_dpp)} → {format_number(dpp)}", dpp, "rule")]
    factor = Decimal(1)
    if not has_npwp:
        factor = (_HUNDRED + rule.no_npwp_surcharge_percent) / _HUNDRED
        steps.append(("Tanpa NPWP/NIK", f"tarif × {format_percent(factor * _HUNDRED)} "
                      f"(lebih tinggi {format_percent(rule.no_npwp_surcharge_percent)})", 0, "no_npwp"))
    raw, terms, top = layered(rule.brackets, dpp, factor)
    amount = rounded(raw)
    steps.append((f"PPh {rule.article}", f"{' + '.join(terms) or '0'} = {format_decimal(raw)} → "
                  f"{format_number(amount)} (dipotong {rule.collector.value})", amount, "brackets"))
    return dpp, amount, (top if len(terms) <= 1 else None), steps
