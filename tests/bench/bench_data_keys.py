"""`python -m tests.bench data_keys`: what holding the data keys by the officers' passwords costs (issue 15,
docs/DATA_AT_REST.md "Keys: keyring and the officer's password").

Prints, wall and CPU (2 shared cores: the wall figure is noisy, the CPU one is the cost), medians of --runs:
- the argon2id derivation of an officer's wrapping key (the cost of one password guess against a stolen folder);
- `unlock` after a login on a PC without a keyring: first visit (new pair + new key + wraps) and a later visit
  on a PC shared by 7 officers (each first visit without a keyring made a key: 7 keys) — the time a login gains;
- one wrap and one unwrap of a data key; opening a value sealed with the oldest of 5 keys vs with the current key.
No product target: a login already costs one argon2id verifier check of the same cost.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def _timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    walls, cpus = [], []
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return statistics.median(walls), statistics.median(cpus)


def _print(name: str, wall: float, cpu: float, unit: str = "ms", scale: float = 1000) -> None:
    print(f"{name}: {wall * scale:.2f} {unit} wall, {cpu * scale:.2f} {unit} CPU", flush=True)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="bench_data_keys")
    parser.add_argument("--runs", type=int, default=7)
    args, _ = parser.parse_known_args(argv)

    import keyring
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from keyring.backends.fail import Keyring as NoKeyring

    from desktop.services import data_protection as dp
    from desktop.services.credentials import CredentialStore
    from desktop.store import Store

    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    print(f"load average before: {os.getloadavg()[0]:.2f}", flush=True)
    try:
        kdf = {"alg": "argon2id", "salt": "AAAAAAAAAAAAAAAAAAAAAA==", **dp.KDF_COST}
        _print(f"argon2id derive (t={dp.KDF_COST['t']}, m={dp.KDF_COST['m'] // 1024} MiB, p={dp.KDF_COST['p']})",
               *_timed(lambda: dp._derive("kata-sandi-yang-panjang", kdf), args.runs))
        credentials = CredentialStore()
        with tempfile.TemporaryDirectory(prefix="blangkon-keys-bench-") as tmp:
            firsts: list[tuple[float, float]] = []
            for i in range(args.runs):  # each run a fresh PC: the officer's first visit
                with Store.open(Path(tmp) / f"first{i}" / "b.db") as fresh:
                    def first_visit(s: Store = fresh) -> object:
                        return dp.unlock(s, credentials, "u-0", "sandi-0")

                    firsts.append(_timed(first_visit, 1))
            _print("unlock, first visit (new pair, new key, wraps)", statistics.median(f[0] for f in firsts),
                   statistics.median(f[1] for f in firsts))
            with Store.open(Path(tmp) / "shared" / "b.db") as store:
                for officer in range(7):  # each first visit without a keyring makes a key: 7 officers, 7 keys
                    dp.unlock(store, credentials, f"u-{officer}", f"sandi-{officer}")
                with store.unit_of_work(readonly=True) as uow:
                    keys = len(uow.keys.data_keys())
                    officers = len(uow.keys.officer_keys())
                _print(f"unlock, later visit ({officers} officers, {keys} keys)",
                       *_timed(lambda: dp.unlock(store, credentials, "u-2", "sandi-2"), args.runs))
            key, pub = os.urandom(32), X25519PrivateKey.generate()
            recipient = pub.public_key().public_bytes_raw()
            blob = dp.wrap("k", key, recipient)
            _print("wrap one data key (X25519 + HKDF + AES-GCM)", *_timed(lambda: dp.wrap("k", key, recipient), 200),
                   unit="µs", scale=1e6)
            _print("unwrap one data key", *_timed(lambda: dp.unwrap("k", blob, pub), 200), unit="µs", scale=1e6)
            five = {f"k{i}": os.urandom(32) for i in range(5)}
            sealer = dp.KeySetSealer(five, "k4")
            oldest = dp.AesGcmSealer(five["k0"]).seal("orders.notes", "Jl. Pahlawan No. 9, Semarang")
            newest = sealer.seal("orders.notes", "Jl. Pahlawan No. 9, Semarang")
            _print("open a value, current key of 5", *_timed(lambda: sealer.open("orders.notes", newest), 2000),
                   unit="µs", scale=1e6)
            _print("open a value, oldest key of 5 (4 tag failures first)",
                   *_timed(lambda: sealer.open("orders.notes", oldest), 2000), unit="µs", scale=1e6)
    finally:
        keyring.set_keyring(previous)
    print(f"load average after: {os.getloadavg()[0]:.2f}", flush=True)
