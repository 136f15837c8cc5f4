"""`python -m tests.bench usb`: sync by USB stick (#18) — a field trip's worth of offline work carried on a stick.

One PC queues --orders=N new orders, each created and submitted (2 commands), offline; then: export (sign +
encrypt), `blangkon-server import-outbox` (every command through the online handler), receipt import on the PC.
Prints the file sizes and the time of each leg, with the load average before and after (2 shared cores: noisy).
There is no product target; the online figure to compare with is `bench_server`'s per-command time.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

OPD = "33.00-DINKES"


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="bench_usb")
    parser.add_argument("--orders", type=int, default=150)
    args, _ = parser.parse_known_args(argv)

    import keyring

    from tests.server.live import start_server
    from tests.sync.kit import Client, ServerView, install_keyring, same_provider_products

    _, previous = install_keyring()
    load_before = os.getloadavg()
    try:
        with tempfile.TemporaryDirectory(prefix="blangkon-usb-bench-") as tmp:
            srv = start_server(Path(tmp) / "srv", products=2000, seed=3)
            pc = Client(srv.url, Path(tmp) / "pc")
            try:
                pp = srv.account("PP", OPD)
                pc.login(pp)
                pc.sync(pp["username"])
                products = [p for p in ServerView(srv).products() if p["status"] == "active"]
                for i in range(args.orders):
                    oid = pc.new_draft(pp["username"], same_provider_products(products, 2, skip=i % 40), OPD)
                    pc.act(pp["username"], oid, "submit", 1)
                stick = Path(tmp) / "stick"
                stick.mkdir()
                started = time.perf_counter()
                out = pc.usb.export(stick, OPD)
                export_s = time.perf_counter() - started
                receipt = stick / "r.blkterima"
                started = time.perf_counter()
                done = srv.cli("import-outbox", str(out.path), "--receipt", str(receipt))
                import_s = time.perf_counter() - started
                assert done.returncode == 0, done.stderr
                started = time.perf_counter()
                got = pc.usb.import_receipt(receipt)
                receipt_s = time.perf_counter() - started
                size, receipt_size = out.path.stat().st_size, receipt.stat().st_size
            finally:
                pc.close()
                srv.stop()
    finally:
        keyring.set_keyring(previous)
    n = out.commands
    print(f"usb_export: {n} commands in {export_s:.2f} s, file {size / 1024:.0f} KiB ({size / n:.0f} B/command)")
    print(f"usb_import_outbox: {import_s:.1f} s for {n} commands incl. process start "
          f"({1000 * import_s / n:.1f} ms/command); {got.done} accepted, {got.rejected} refused")
    print(f"usb_receipt: {receipt_s:.2f} s to settle {got.done} commands and {got.orders_updated} orders "
          f"({receipt_size / 1024:.0f} KiB)")
    print(f"usb_load: before {load_before[0]:.1f}, after {os.getloadavg()[0]:.1f}")
