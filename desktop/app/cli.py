"""`blangkon` command line: the desktop app by default, plus headless sub-commands.

Each sub-command lives in its own module (cmd_*.py) owned by the part of the tree it serves; this file only
dispatches, importing lazily so `blangkon --help` stays fast and a missing optional part fails clearly.
"""

from __future__ import annotations

import argparse
import importlib
import sys

SUBCOMMANDS = {
    "sync": ("desktop.app.cmd_sync", "Sinkronkan katalog dan pesanan tanpa membuka jendela (untuk admin)"),
    "documents": ("desktop.app.cmd_documents", "Cetak contoh dokumen (SP, BAST, kuitansi, buku) ke PDF"),
    "db": ("desktop.app.cmd_db", "Periksa, cadangkan dan pulihkan basis data lokal (pekerjaan yang belum terkirim)"),
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in SUBCOMMANDS:
        module = importlib.import_module(SUBCOMMANDS[argv[0]][0])
        return int(module.main(argv[1:]) or 0)
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
    from desktop.app import bootstrap

    return bootstrap.run(args)


if __name__ == "__main__":
    raise SystemExit(main())
