"""`make soak` (python -m tests.bench soak): the randomized fault campaign at N=1,000 (SYNC.md §9.4).

Options (use the = form: tests.bench forwards only dash arguments): --runs=N (default 1000), --steps=K
(officer actions per run, default 14), --seed=S (first seed), --quick (20 runs), --usb (half of the fault-sync
steps are trips by USB stick, #18: CLI or relay, cut files, lost/repeated/older receipts).
`--endurance` runs the 30-days-offline scenario instead (tests/sync/endurance.py, issue 15).
Prints the counts and `lost`/`doubled` lines with their target (0).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="bench_soak")
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--steps", type=int, default=14)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--quick", action="store_true", help="20 runs")
    parser.add_argument("--usb", action="store_true", help="with trips by USB stick (#18)")
    parser.add_argument("--endurance", action="store_true", help="30 days offline, 1,000 commands, 2 PCs")
    args, _ = parser.parse_known_args(argv)
    if args.endurance:
        endurance(args.seed)
        return
    runs = 20 if args.quick else args.runs

    import keyring

    from tests.server.live import start_server
    from tests.sync.campaign import Campaign
    from tests.sync.kit import install_keyring

    _, previous = install_keyring()
    started = time.perf_counter()
    totals = {"orders": 0, "done": 0, "rejected": 0, "faults": 0, "relogins": 0, "resolved": 0, "usb_trips": 0,
              "usb_receipts": 0, "usb_refusals": 0, "usb_lost_receipts": 0}
    lost = doubled = violations = harness_errors = restarts = 0
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="blangkon-soak-") as tmp:
        srv = start_server(Path(tmp) / "srv", products=2000, seed=args.seed)
        try:
            with Campaign(srv, Path(tmp) / "clients", args.steps, usb=args.usb) as campaign:
                for i in range(runs):
                    try:
                        out = campaign.run(args.seed + i)
                    except Exception as exc:  # a harness crash is reported and counted, the soak goes on
                        harness_errors += 1
                        failures.append(f"seed {args.seed + i}: harness {type(exc).__name__}: {exc}")
                        print("  FAIL " + failures[-1], flush=True)
                        if srv.proc.poll() is not None:  # the server process is gone: say why, start it again
                            err = srv.stderr_tail()
                            print(f"  server exited with {srv.proc.returncode}: {err[-1500:]}", flush=True)
                            srv.restart()
                            restarts += 1
                        continue
                    for key in totals:
                        totals[key] += getattr(out, key)
                    lost += len(out.lost)
                    doubled += len(out.doubled)
                    violations += len(out.violations)
                    if not out.ok:
                        failures.append(f"seed {out.seed}: {out.lost} {out.doubled} {out.violations[:3]}")
                        print("  FAIL " + failures[-1], flush=True)
                    if (i + 1) % 50 == 0:
                        print(f"  … {i + 1}/{runs} runs, {time.perf_counter() - started:.0f} s", flush=True)
        finally:
            srv.stop()
            keyring.set_keyring(previous)
    print(f"soak_runs: {runs} runs ({args.steps} actions each, 2 PCs, PP+PPK on both)")
    print(f"soak_orders: {totals['orders']} orders, {totals['done']} commands acknowledged, "
          f"{totals['rejected']} rejected (typed conflicts), {totals['faults']} faults injected, "
          f"{totals['relogins']} re-logins after a lost session, {totals['resolved']} conflicts resolved")
    if args.usb:
        print(f"soak_usb: {totals['usb_trips']} exports carried to the server, {totals['usb_receipts']} receipts "
              f"applied, {totals['usb_refusals']} damaged/repeated/older files refused (all expected), "
              f"{totals['usb_lost_receipts']} uploads or receipts lost on the way (their commands went online later)")
    print(f"soak_lost: {lost} orders/commands (target 0)")
    print(f"soak_doubled: {doubled} orders/commands (target 0)")
    print(f"soak_violations: {violations} serial-order/replica/local-copy violations (target 0)")
    print(f"soak_harness_errors: {harness_errors} runs (target 0); server restarts: {restarts}")
    print(f"soak_time: {time.perf_counter() - started:.1f} s")


def endurance(seed: int) -> None:
    import keyring

    from tests.server.live import start_server
    from tests.sync import endurance as scenario
    from tests.sync.kit import install_keyring

    _, previous = install_keyring()
    try:
        with tempfile.TemporaryDirectory(prefix="blangkon-endurance-") as tmp:
            srv = start_server(Path(tmp) / "srv", products=2000, seed=seed)
            try:
                f = scenario.run(srv, Path(tmp) / "clients")
            finally:
                srv.stop()
    finally:
        keyring.set_keyring(previous)
    total = sum(f.catch_up_s.values())
    print(f"endurance_commands: {f.commands} commands ({f.commands - 100} made offline over 30 simulated days, "
          f"2 PCs), {f.done} accepted, {f.rejected} rejected as typed conflicts, {f.held} held behind a conflict")
    print(f"endurance_lost: {len(f.lost)} (target 0) {f.lost[:3]}")
    print(f"endurance_doubled: {len(f.doubled)} (target 0) {f.doubled[:3]}")
    print(f"endurance_conflicts_shown: {f.conflicts_shown} of {f.rejected} (target all) {f.unshown[:3]}")
    print(f"endurance_catch_up: {total:.1f} s (pc1 {f.catch_up_s['pc1']:.1f} s, pc2 {f.catch_up_s['pc2']:.1f} s; "
          "target <= 60 s)")
