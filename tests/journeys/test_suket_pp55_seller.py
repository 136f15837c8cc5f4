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
KNOWN: dict[str, dict[str, str]] = {
    "bku_line_carries_the_recorded_bku_number": {"*": D.BKU_LINE_NUMBER},
}


@pytest.fixture(scope="module")
def journey(office_for) -> Journey:
    return online_month(office_for(OPD), [Purchase(ITEMS["e"], bku="0301")])
