"""`blangkon db`: check, back up and restore the local database (issue 15: the local store never loses work).

    blangkon db check [--full]          quick check (work tables, new audit entries) or everything
    blangkon db backup                  a backup now (they are also taken before each sync and daily)
    blangkon db backups                 the backups kept, newest first, with the unsent work each holds
    blangkon db restore [--from FILE]   set the damaged database aside and restore the newest good backup
    blangkon db restore --fresh         no usable backup: set it aside and start with an empty database
    blangkon db recover-keys --username U   after a password change on a PC without a keyring: the officer's OLD
                                        password (BLANGKON_OLD_PASSWORD, else a prompt) reopens the data keys only
                                        it held, for the new password (docs/DATA_AT_REST.md)

Exit codes: 0 healthy / done · 2 the old password opens nothing (`recover-keys`) · 5 local error (disk,
permissions) · 6 damage found (`check`) · 7 nothing to restore from (use --fresh, or ask IT) · 8 audit log changed
outside the app (`check`).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from desktop.app import paths
from desktop.store import Store, StoreError
from desktop.store.backups import Backups
from desktop.store.health import StoreDamagedError

EXIT = {"ok": 0, "nothing_opened": 2, "error": 5, "damaged": 6, "no_backup": 7, "audit": 8}
EXIT_HELP = ("kode keluar: 0 sehat/selesai; 2 kata sandi lama tidak membuka kunci apa pun; 5 galat lokal (disk, izin); 6 basis data rusak; 7 tidak ada cadangan "
             "yang utuh (pakai --fresh atau hubungi admin TI); 8 log audit diubah di luar aplikasi")


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="blangkon db", description="Periksa, cadangkan dan pulihkan basis data "
                                     "lokal.", epilog=EXIT_HELP)
    parser.add_argument("--data-dir", type=Path, default=None, help="folder data (bawaan: folder data pengguna)")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="periksa basis data")
    check.add_argument("--full", action="store_true", help="seluruh berkas dan seluruh log audit (lebih lama)")
    sub.add_parser("backup", help="buat cadangan sekarang")
    sub.add_parser("backups", help="daftar cadangan")
    restore = sub.add_parser("restore", help="pulihkan pekerjaan yang belum terkirim dari cadangan")
    restore.add_argument("--from", dest="source", type=Path, default=None, help="berkas cadangan tertentu")
    restore.add_argument("--fresh", action="store_true", help="tanpa cadangan: mulai dengan basis data kosong")
    keys = sub.add_parser("recover-keys", help="sesudah kata sandi diganti: buka lagi kunci data dengan kata sandi "
                          "lama (BLANGKON_OLD_PASSWORD atau ditanyakan)")
    keys.add_argument("--username", required=True, help="nama pengguna petugas")
    return parser.parse_args(argv)


def recover_keys(db: Path, username: str) -> int:
    from desktop.app.cmd_sync import _read_password
    from desktop.services.credentials import CredentialStore
    from desktop.services.data_protection import recover

    with Store.open(db) as store:
        with store.unit_of_work(readonly=True) as uow:
            user = uow.users.by_username(username)
        if user is None:
            print(f"Pengguna {username} belum pernah masuk di PC ini.", file=sys.stderr)
            return EXIT["nothing_opened"]
        old = os.environ.get("BLANGKON_OLD_PASSWORD") or _read_password(f"{username} (kata sandi LAMA)")
        if not old:
            print("Kata sandi lama diperlukan: isi BLANGKON_OLD_PASSWORD atau jalankan dari terminal.", file=sys.stderr)
            return EXIT["nothing_opened"]
        opened = recover(store, CredentialStore(), user.id, old)
    if not opened:
        print("Kata sandi lama ini tidak membuka kunci data apa pun di PC ini.", file=sys.stderr)
        return EXIT["nothing_opened"]
    print(f"{opened} kunci data dibuka lagi untuk kata sandi baru {username}. Masuk lagi di aplikasi untuk "
          "membuka data lama.")
    return EXIT["ok"]


def check(db: Path, full: bool) -> int:
    try:
        with Store.open(db) as store:
            problems = store.check() if full else []
            broken = store.health.audit_broken_at
    except StoreDamagedError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT["damaged"]
    audit = [p for p in problems if p.startswith("Log audit")]
    for problem in problems:
        print(f"MASALAH: {problem}", file=sys.stderr)
    if broken is not None and not audit:
        print(f"MASALAH: Log audit telah diubah di luar aplikasi (mulai entri {broken}).", file=sys.stderr)
    if len(problems) > len(audit):
        return EXIT["damaged"]
    if audit or broken is not None:
        return EXIT["audit"]
    print("Basis data lokal utuh" + (" (pemeriksaan lengkap)." if full else " (pemeriksaan cepat)."))
    return EXIT["ok"]


def backups(db: Path) -> int:
    found = Backups(db).all()
    if not found:
        print("Belum ada cadangan.")
    for info in found:
        summary = Backups.inspect(info.path)
        state = (f"{summary.drafts} draf, {summary.unsent} perintah belum terkirim" if summary else "RUSAK")
        print(f"{info.taken_at:%Y-%m-%d %H:%M} UTC  {info.reason:<7} {state}  {info.path}")
    return EXIT["ok"]


def restore(db: Path, source: Path | None, fresh: bool) -> int:
    keeper = Backups(db)
    if source is None and not fresh and keeper.newest_good() is None:
        print("Tidak ada cadangan yang utuh untuk dipulihkan. Hubungi admin TI, atau jalankan `blangkon db restore "
              "--fresh` untuk menyisihkan berkas lama dan memulai basis data kosong.", file=sys.stderr)
        return EXIT["no_backup"]
    aside, used = keeper.restore(None if fresh else source)
    if aside is not None:
        print(f"Berkas lama disisihkan (tidak dihapus): {aside}")
    with Store.open(db) as store, store.unit_of_work(readonly=True) as uow:
        unsent = uow.outbox.pending_count()
        drafts = len(uow.orders.list(sync_status=["LOCAL_ONLY", "PENDING"], with_lines=False))
    if used is None:
        print("Basis data baru yang kosong dibuat. Sinkronkan untuk mengunduh katalog dan pesanan.")
    else:
        print(f"Dipulihkan dari cadangan {used.name}: {drafts} draf dan {unsent} perintah belum terkirim. "
              "Pekerjaan setelah cadangan itu dibuat tidak ada di dalamnya; periksa daftar pesanan. Jalankan "
              "`blangkon sync`: perintah yang sudah pernah terkirim tidak tergandakan.")
    return EXIT["ok"]


def main(argv: list[str]) -> int:
    args = parse(argv)
    db = paths.data_dir(args.data_dir) / paths.DB_FILE
    try:
        if args.command == "check":
            return check(db, args.full)
        if args.command == "backups":
            return backups(db)
        if args.command == "restore":
            return restore(db, args.source, args.fresh)
        if args.command == "recover-keys":
            return recover_keys(db, args.username)
        with Store.open(db) as store:
            info = store.backup_now()
        print(f"Cadangan dibuat: {info.path if info else '-'}")
        return EXIT["ok"]
    except StoreDamagedError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT["damaged"]
    except (StoreError, OSError) as exc:
        print(getattr(exc, "message", str(exc)), file=sys.stderr)
        return EXIT["error"]
