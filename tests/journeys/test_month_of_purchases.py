"""A month at Dinas Pendidikan dan Kebudayaan: the Pejabat Pengadaan buys from five sellers whose taxes differ —
(a) PKP goods ≤ Rp2 juta, (b) PKP goods > Rp2 juta (PPN + PPh 22), (c) services from a non-PKP CV with NPWP
through MBiz, which collects under PMK 58/2022, (d) catering from a CV without NPWP through MBiz, (h) catering
from an individual (PPh 21, issue 20). The PPK approves and prints each SP, the PP records the marketplace steps,
the PPK inspects and signs each BAST, the Bendahara asks and the PA/KPA consents to pay, the Bendahara pays,
prints the kuitansi and the month's books and closes each order — every officer syncing after his sitting.
Every paper is then reprinted and checked against the server, the history and the tax rules (checks.py)."""

from __future__ import annotations

import pytest

from tests.journeys import defects as D
from tests.journeys.catalog import ITEMS
from tests.journeys.checks import *  # noqa: F403  (the invariant tests, parametrized by CASES)
from tests.journeys.story import Journey, Purchase, online_month

OPD = "33.00-DISDIKBUD"
CASES = ["a", "b", "c", "d", "h"]
RECEIPTS = {"c@before": D.PMK58_PPH23_DROPPED, "d@before": D.PMK58_PPH23_DROPPED, "h@before": D.PPH21,
            "b@after": D.PAYMENT_LOST_AT_SYNC, "c@after": D.both(D.PMK58_PPH23_DROPPED, D.PAYMENT_LOST_AT_SYNC),
            "d@after": D.both(D.PMK58_PPH23_DROPPED, D.PAYMENT_LOST_AT_SYNC),
            "h@after": D.both(D.PPH21, D.PAYMENT_LOST_AT_SYNC)}
DEPOSITS = {key: D.NO_DEPOSITS for key in ("b", "c", "d", "h")}
KNOWN: dict[str, dict[str, str]] = {
    "purchase_blocked": {"a": D.PKP_DESK_BLOCKED, "b": D.PKP_DESK_BLOCKED},
    "sp_number_is_the_same_everywhere": {"*": D.SP_RENUMBERED},
    "kuitansi_gross_withheld_net": {"a": D.SELLER_PPN_WITHHELD, "h": D.PPH21},
    "kuitansi_lists_what_the_bendahara_withholds": {"a": D.SELLER_PPN_WITHHELD, "h": D.PPH21},
    "bku_books_each_withheld_tax_once_as_receipt": RECEIPTS,
    "tax_book_keeps_each_withheld_tax_once_as_receipt": RECEIPTS,
    "bku_books_each_withheld_tax_once_as_deposit": DEPOSITS,
    "tax_book_keeps_each_withheld_tax_once_as_deposit": DEPOSITS,
    "bku_leaves_out_taxes_collected_by_others": {"a@before": D.SELLER_PPN_WITHHELD},
    "tax_book_leaves_out_taxes_collected_by_others": {"a@before": D.SELLER_PPN_WITHHELD},
    "bku_line_carries_the_recorded_bku_number": {"*@before": D.BKU_LINE_NUMBER,
                                                 "*@after": D.both(D.BKU_LINE_NUMBER, D.PAYMENT_LOST_AT_SYNC)},
    "register_row_amounts": {"a@before": D.SELLER_PPN_WITHHELD, "c@before": D.PMK58_PPH23_DROPPED,
                             "d@before": D.PMK58_PPH23_DROPPED, "h@before": D.PPH21,
                             "*@after": D.PAYMENT_LOST_AT_SYNC},
    "register_row_numbers": {"*@before": D.SP_RENUMBERED,
                             "*@after": D.PAYMENT_LOST_AT_SYNC},
    "no_raw_code_on_any_page": {"*": D.RAW_CODES},
}


@pytest.fixture(scope="module")
def journey(office_for) -> Journey:
    office = office_for(OPD, marketplaces=True)  # MBiz collects under PMK 58/2022
    return online_month(office, [Purchase(ITEMS[key], bku=f"{461 + n:04d}") for n, key in enumerate(CASES)])
