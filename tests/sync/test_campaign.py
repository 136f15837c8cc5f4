"""The randomized fault campaign, small N for CI (`make soak` runs N=1,000 via tests/bench/bench_soak.py)."""

from __future__ import annotations

from tests.sync.campaign import run_many

SEEDS = [11, 23, 37, 41, 53, 67, 79, 97]


def test_campaign_loses_and_doubles_nothing(live, tmp_path):
    outcomes = run_many(live, tmp_path, SEEDS, fresh_every=4)  # two generations of installations
    bad = [o for o in outcomes if not o.ok]
    assert not bad, "\n".join(f"seed {o.seed}: lost={o.lost} doubled={o.doubled} {o.violations}" for o in bad)
    assert sum(o.done for o in outcomes) > 3 * len(SEEDS)  # the campaign really exercised the outbox
    assert sum(o.faults for o in outcomes) > 2 * len(SEEDS)


USB_SEEDS = [5, 17, 29, 43, 61, 73]


def test_campaign_with_usb_trips_loses_and_doubles_nothing(live, tmp_path):
    """#18: the same campaign with trips by USB stick (CLI and relay, cut files, lost/repeated/older receipts)."""
    outcomes = run_many(live, tmp_path, USB_SEEDS, fresh_every=3, usb=True)
    bad = [o for o in outcomes if not o.ok]
    assert not bad, "\n".join(f"seed {o.seed}: lost={o.lost} doubled={o.doubled} {o.violations}" for o in bad)
    assert sum(o.usb_trips for o in outcomes) >= len(USB_SEEDS) // 2  # the stick really travelled
    assert sum(o.usb_receipts for o in outcomes) >= 1
    assert sum(o.done for o in outcomes) > 3 * len(USB_SEEDS)
