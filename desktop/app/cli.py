"""`blangkon` command line: the desktop app by default, plus headless sub-commands.

Each sub-command lives in its own module (cmd_*.py) owned by the part of the tree it serves; this file only
dispatches, importing each sub-command only when it runs so `blangkon --help` stays fast (no Qt, no SQLAlchemy).
The imports are plain ones inside small functions, not dotted strings: a renamed module fails `make lint`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable


def _sync(argv: list[str]) -> int:
    from desktop.app.cmd_sync import main as run

    return int(run(argv) or 0)


def _documents(argv: list[str]) -> int:
    from desktop.app.cmd_documents import main as run

    return int(run(argv) or 0)


def _usb(argv: list[str]) -> int:
    from desktop.app.cmd_usb import main as run

    return int(run(argv) or 0)


def _db(argv: list[str]) -> int:
    from desktop.app.cmd_db import main as run

    return int(run(argv) or 0)


SUBCOMMANDS: dict[str, tuple[Callable[[list[str]], int], str]] = {
    "sync": (_sync, "Sinkronkan katalog dan pesanan tanpa membuka jendela (untuk admin)"),
    "documents": (_documents, "Cetak contoh dokumen (SP, BAST, kuitansi, buku) ke PDF"),
    "usb": (_usb, "Sinkronisasi lewat flashdisk: ekspor perintah, impor tanda terima dan katalog"),
    "db": (_db, "Periksa, cadangkan dan pulihkan basis data lokal (pekerjaan yang belum terkirim)"),
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in SUBCOMMANDS:
        return SUBCOMMANDS[argv[0]][0](argv[1:])
    parser = argparse.ArgumentParser(
        prog="blangkon",
        description="Blangkon Desktop — belanja langsung UMKM Jawa Tengah, bisa bekerja tanpa koneksi.",
        epilog="Sub-perintah: " + "; ".join(f"{k}: {v[1]}" for k, v in SUBCOMMANDS.items()),
    )
    parser.add_argument("--self-test", action="store_true", help="periksa instalasi lalu keluar")
    parser.add_argument("--data-dir", help="folder data (bawaan: folder data pengguna)")
    parser.add_argument("--server", help="alamat server provinsi (bawaan: server demo lokal)")
    parser.add_argument("--demo-products", type=int, default=None, help="jumlah produk demo server lokal")
    args = parser.parse_args(argv)
    if args.self_test:
        from desktop.app import selftest

        return selftest.main(args)
    from desktop.app import first_window  # not bootstrap: the login window comes before the heavy imports

    return first_window.run(args)


if __name__ == "__main__":
    raise SystemExit(main())
