"""(e) Dinas Kesehatan buys batik uniforms (Rp2.500.000) from an individual seller with a Suket PP 55: the
Bendahara withholds 0,5 % final (Rp12.500) instead of PPh 22, and pays Rp2.487.500. A fresh PC: no marketplace
list, so the SP names the marketplace from its code."""

from __future__ import annotations

import pytest

from tests.journeys import defects as D
from tests.journeys.catalog import ITEMS
from tests.journeys.checks import *  # noqa: F403  (the invariant tests, parametrized by CASES)
from tests.journeys.story import Journey, Purchase, online_month

OPD = "33.00-DINKES"
CASES = ["e"]
BOOKS = {"e@before": D.PP55_CODE, "e@after": D.PAYMENT_LOST_AT_SYNC}
KNOWN: dict[str, dict[str, str]] = {
    "sp_number_is_the_same_everywhere": {"*": D.SP_RENUMBERED},
    "books_can_be_printed": {"*@before": D.PP55_CODE},
    "exports_are_the_printed_books": {"*@before": D.PP55_CODE},
    "bku_books_each_withheld_tax_once_as_receipt": BOOKS,
    "tax_book_keeps_each_withheld_tax_once_as_receipt": BOOKS,
    "bku_books_each_withheld_tax_once_as_deposit": {"e": D.both(D.NO_DEPOSITS, D.PP55_CODE)},
    "tax_book_keeps_each_withheld_tax_once_as_deposit": {"e": D.both(D.NO_DEPOSITS, D.PP55_CODE)},
    "bku_leaves_out_taxes_collected_by_others": {"e@before": D.PP55_CODE},
    "tax_book_leaves_out_taxes_collected_by_others": {"e@before": D.PP55_CODE},
    "bku_line_carries_the_recorded_bku_number": {"e@before": D.both(D.BKU_LINE_NUMBER, D.PP55_CODE),
                                                 "e@after": D.both(D.BKU_LINE_NUMBER, D.PAYMENT_LOST_AT_SYNC)},
    "register_row_amounts": BOOKS,
    "register_row_numbers": {"e@before": D.both(D.SP_RENUMBERED, D.PP55_CODE),
                             "e@after": D.PAYMENT_LOST_AT_SYNC},
    "no_raw_code_on_any_page": {"*": D.RAW_CODES},
}


@pytest.fixture(scope="module")
def journey(office_for) -> Journey:
    return online_month(office_for(OPD), [Purchase(ITEMS["e"], bku="0301")])
