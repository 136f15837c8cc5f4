"""A month at Dinas Pendidikan dan Kebudayaan: the Pejabat Pengadaan buys from six sellers whose taxes differ —
(a) PKP goods ≤ Rp2 juta (the seller deposits the PPN), (b) PKP goods > Rp2 juta (PPN + PPh 22), (c) services
from a non-PKP CV with NPWP through MBiz, which collects under PMK 58/2022, (d) catering from a CV without NPWP
through MBiz, (e) an individual with a Suket PP 55 (0,5 % final), (h) catering from an individual (PPh 21,
issue 20). The PPK approves and prints each SP, follows the delivery, inspects and signs each BAST; the Bendahara
asks and the PA/KPA consents to pay; the Bendahara pays (with the NTPN of each tax withheld), prints the kuitansi
and the month's books and closes each order — every officer syncing after his sitting. Every paper is then
reprinted and checked against the server, the history and the tax rules (checks.py)."""

from __future__ import annotations

import pytest

from tests.journeys.catalog import ITEMS
from tests.journeys.checks import *  # noqa: F403  (the invariant tests, parametrized by CASES)
from tests.journeys.story import Journey, Purchase, online_month

OPD = "33.00-DISDIKBUD"
CASES = ["a", "b", "c", "d", "e", "h"]
KNOWN: dict[str, dict[str, str]] = {}  # known defects (tests.journeys.defects) → strict xfail


@pytest.fixture(scope="module")
def journey(office_for) -> Journey:
    office = office_for(OPD, marketplaces=True)  # MBiz collects under PMK 58/2022
    return online_month(office, [Purchase(ITEMS[key], bku=f"{461 + n:04d}") for n, key in enumerate(CASES)])
