"""(f) No signal at the Badan Pengelola Keuangan dan Aset Daerah: the provincial server is down. The Pejabat
Pengadaan drafts and submits an order for rice (Rp2.500.000 from a non-PKP CV with NPWP: PPh 22 1,5 %), the PPK
approves it and prints the SP — numbered from the block this PC leased earlier — all offline. When the server is
back, the PPK presses 'Sinkronkan sekarang': the number printed on the signed SP must not change. Then the
delivery, payment and books follow online, and every paper is checked (checks.py).

Screenshots of the SP preview before and after the sync go to docs/screenshots/ when
BLANGKON_JOURNEY_SCREENSHOTS=1 (so an ordinary test run leaves the tree clean)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tests.journeys.catalog import ITEMS
from tests.journeys.checks import *  # noqa: F403  (the invariant tests, parametrized by CASES)
from tests.journeys.story import (
    Journey,
    Purchase,
    after_sync,
    bendahara_pays_prints_and_closes,
    payment_requested_and_authorized,
    pp_drafts_and_submits,
    ppk_approves_and_prints_sp,
    ppk_follows_delivery_and_signs_bast,
)

OPD = "33.00-BPKAD"
CASES = ["f"]
KNOWN: dict[str, dict[str, str]] = {}  # known defects (tests.journeys.defects) → strict xfail
SYNCED = "synced"  # printed again right after the sync that delivered the offline approval
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def shots(folder: Path) -> Path:
    return SCREENSHOTS if os.environ.get("BLANGKON_JOURNEY_SCREENSHOTS") == "1" else folder


@pytest.fixture(scope="module")
def journey(office_for, live) -> Journey:
    office = office_for(OPD)
    j = Journey(office, [Purchase(ITEMS["f"], bku="0701")])
    # Both officers have used this PC online before: catalog, number blocks, offline login.
    office.login("PP")
    office.login("PPK")
    live.stop()
    try:
        pp_drafts_and_submits(j, online=False)
        ppk_approves_and_prints_sp(j, online=False, shot=shots(office.folder) / "sp_before_sync.png")
    finally:
        live.restart()
    office.sync()  # the PPK, still logged in, presses 'Sinkronkan sekarang' once the server answers
    p = j.purchase("f")
    p.printed["sp", SYNCED] = office.print_from_deliveries(
        "sp", p.order_id, shot=shots(office.folder) / "sp_after_sync.png")
    ppk_follows_delivery_and_signs_bast(j)
    payment_requested_and_authorized(j)
    bendahara_pays_prints_and_closes(j)
    after_sync(j)
    return j


def test_the_approval_was_offline(journey):
    """The SP printed before the sync was official (signed offline), numbered from this PC's block."""
    p = journey.purchase("f")
    assert p.printed["sp", "before"].official
    # the PPK's account carries a NIP from the server (#13.19): printed under a person's name, never blank
    assert re.search(r"NIP\.? ?:? ?\d{8} \d{6} \d \d{3}", p.printed["sp", "before"].text)
    assert "Pejabat Pembuat Komitmen Badan" not in p.printed["sp", "before"].text
    assert p.server["approval"]["at"] > p.server["created_at"]
