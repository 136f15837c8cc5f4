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
