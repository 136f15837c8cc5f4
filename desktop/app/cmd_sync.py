"""`blangkon sync`: one headless sync pass, for administrators and for preparing a laptop before a field trip.

    blangkon sync --server https://sync.jatengprov.go.id --username ppk.dinkes [--data-dir DIR] [--ca-bundle PEM]

Password: BLANGKON_PASSWORD (scripts), else a remembered session in the OS keyring, else a prompt (only on a
terminal). Progress goes to stderr, the final report to stdout (`--json` for machines). A server that gives no
usable answer for `--give-up-after` seconds (default 60) ends the pass; unsent work stays queued.

Exit codes (EXIT_HELP below is what `--help` prints):
  0 done · 1 partly done (retry later) · 2 login needed (wrong password, or no password and no terminal) ·
  3 client too old · 4 server unreachable · 5 local error (disk full, database locked) ·
  6 local database damaged (nothing was sent; `blangkon db restore` brings back the unsent work) ·
  130 interrupted.
Before the pass the local database is backed up (desktop.store.backups); a broken audit chain is reported.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import signal
import sys
import threading
import time
from pathlib import Path

from desktop.app import paths
from desktop.services.credentials import CredentialStore
from desktop.services.data_protection import protect, unlock
from desktop.services.sync_service import SyncService, SyncSettings
from desktop.store import Store, StoreError
from desktop.store.errors import DiskFullError
from desktop.store.health import StoreDamagedError
from sync.client.auth import NeedsLogin, UpgradeRequired
from sync.client.engine import SyncReport
from sync.client.transport import Transport, TransportConfig, TransportError

EXIT = {"ok": 0, "partial": 1, "needs_login": 2, "upgrade_required": 3, "offline": 4, "error": 5, "damaged": 6,
        "cancelled": 130}
EXIT_HELP = ("kode keluar: 0 selesai; 1 sebagian (ulangi nanti); 2 perlu login (sandi salah, atau tanpa sandi dan "
             "tanpa terminal); 3 aplikasi terlalu lama; 4 server tidak dapat dihubungi; 5 galat lokal (disk penuh, "
             "basis data terkunci); 6 basis data lokal rusak (pulihkan dengan `blangkon db restore`); 130 dihentikan")
NO_PASSWORD = ("Kata sandi diperlukan, tetapi tidak ada terminal untuk menanyakannya dan tidak ada sesi tersimpan. "
               "Isi variabel BLANGKON_PASSWORD, atau jalankan `blangkon sync` sekali dari terminal.")
PHASES = {"catalog_snapshot": "Katalog (unduh awal)", "catalog_index": "Indeks pencarian",
          "catalog_delta": "Perubahan katalog", "outbox": "Kirim perintah", "orders": "Pesanan"}


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="blangkon sync", description="Sinkronkan katalog dan pesanan tanpa jendela.",
                                     epilog=EXIT_HELP)
    parser.add_argument("--server", required=True, help="alamat server provinsi, mis. https://sync.example.go.id")
    parser.add_argument("--username", required=True, help="nama pengguna")
    parser.add_argument("--data-dir", type=Path, default=None, help="folder data (bawaan: folder data pengguna)")
    parser.add_argument("--ca-bundle", default=None, help="berkas CA (PEM) untuk sertifikat server provinsi")
    parser.add_argument("--json", action="store_true", help="laporan akhir sebagai JSON")
    parser.add_argument("--quiet", action="store_true", help="tanpa baris kemajuan")
    parser.add_argument("--give-up-after", type=float, default=60.0, metavar="DETIK",
                        help="berhenti bila server tidak menjawab selama ini (bawaan 60 detik)")
    return parser.parse_args(argv)


class ProgressPrinter:
    """At most ~4 lines a second, so a million-row download does not flood a terminal or a log file."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.last = 0.0
        self.phase = ""

    def __call__(self, phase: str, done: int, total: int) -> None:
        now = time.monotonic()
        if self.quiet or (phase == self.phase and now - self.last < 0.25 and done < total):
            return
        self.phase, self.last = phase, now
        pct = f" {100 * done // total:3d}%" if total else ""
        print(f"{PHASES.get(phase, phase)}: {done:,}/{total:,}{pct}".replace(",", "."), file=sys.stderr, flush=True)


def print_report(report: SyncReport, as_json: bool) -> None:
    data = report.summary()
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    print(f"Status            : {data['status']}")
    if data["clock_offset_s"] is not None:
        warn = "  PERINGATAN: jam komputer selisih lebih dari 5 menit" if data["clock_warning"] else ""
        print(f"Selisih jam       : {data['clock_offset_s']:+.1f} s{warn}")
    print(f"Katalog           : {data['catalog_mode']}, {data['catalog_rows']} baris diterapkan; "
          f"{data['catalog_count']} aktif, checksum {data['catalog_checksum']}")
    print(f"Perintah terkirim : {data['sent']}, ditolak {data['rejected']}, dicoba lagi nanti {data['retry_later']}")
    if data["waiting_users"]:
        print(f"Menunggu login    : {', '.join(data['waiting_users'])}")
    print(f"Pesanan diunduh   : {data['orders_pulled']}; baris draf berubah harga/ditarik: {data['stale_lines']}")
    print(f"Waktu             : {data['seconds']} s, {data['retries']} kali coba ulang")
    for error in data["errors"]:
        print(f"Catatan           : {error}")


def _user_id(service: SyncService, store: Store, username: str) -> str | None:
    with store.unit_of_work(readonly=True) as uow:
        user = uow.users.by_username(username)
    if user is None or not service.credentials.refresh_token(user.id):
        return None
    return user.id


def _unsent(store: Store) -> int:
    with store.unit_of_work(readonly=True) as uow:
        return uow.outbox.pending_count()


def _offline_message(store: Store, give_up_after: float) -> str:
    return (f"Server tidak dapat dihubungi; sinkronisasi dihentikan (batas {give_up_after:.0f} detik). "
            f"{_unsent(store)} perintah yang belum terkirim tetap tersimpan dan dikirim pada sinkronisasi berikutnya.")


def _read_password(username: str) -> str | None:
    """A prompt only when someone can answer it: a script without a terminal would hang or crash in getpass."""
    if not sys.stdin or not sys.stdin.isatty():
        return None
    try:
        return getpass.getpass(f"Kata sandi {username}: ")
    except (EOFError, OSError):
        return None


def _audit_warning(store: Store) -> None:
    broken = store.health.audit_broken_at
    if broken is not None:
        print(f"PERINGATAN: log audit lokal telah diubah di luar aplikasi (mulai entri {broken}). Laporkan ke admin "
              "TI; jalankan `blangkon --self-test` untuk pemeriksaan lengkap.", file=sys.stderr)


def main(argv: list[str]) -> int:
    args = parse(argv)
    data_dir = paths.data_dir(args.data_dir)  # the same database the desktop app opens
    try:
        store = Store.open(data_dir / paths.DB_FILE)
    except StoreDamagedError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT["damaged"]
    except StoreError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT["error"]
    try:
        _audit_warning(store)
        protect(store, CredentialStore())  # sellers' NIK/NPWP/accounts sealed with the keyring's data key
        return _run(args, store, data_dir)
    except StoreDamagedError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT["damaged"]
    except StoreError as exc:  # disk full while logging in, database locked by another program, …
        print(f"{exc.message} ({_unsent(store)} perintah menunggu dikirim.)", file=sys.stderr)
        return EXIT["error"]
    finally:
        store.close()


def _run(args: argparse.Namespace, store: Store, data_dir: Path) -> int:
    settings = SyncSettings(args.server, data_dir / "sync", verify=args.ca_bundle or True)
    transport = Transport(TransportConfig(args.server, verify=settings.verify, give_up_after=args.give_up_after,
                                          client_version=settings.client_version))
    service = SyncService(store, settings, CredentialStore(), transport=transport)
    cancel = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda *_: cancel.set())
    try:
        password = os.environ.get("BLANGKON_PASSWORD")
        user_id = None if password else _user_id(service, store, args.username)
        try:
            if user_id is None:
                if password is None:
                    password = _read_password(args.username)
                if password is None:
                    print(NO_PASSWORD, file=sys.stderr)
                    return EXIT["needs_login"]
                user_id = service.login(args.username, password, cancel)
                notice = unlock(store, CredentialStore(), user_id, password).notice  # the officer's data keys
                if notice:
                    print(f"Catatan: {notice}", file=sys.stderr)
        except NeedsLogin:
            print("Login gagal: nama pengguna atau kata sandi salah, atau akun tidak aktif.", file=sys.stderr)
            return EXIT["needs_login"]
        except UpgradeRequired:
            print("Versi Blangkon ini terlalu lama untuk server; perbarui aplikasi.", file=sys.stderr)
            return EXIT["upgrade_required"]
        except TransportError as exc:
            print(f"{_offline_message(store, args.give_up_after)} ({exc})", file=sys.stderr)
            return EXIT["offline"]
        report = service.sync_now(user_id, cancel, ProgressPrinter(args.quiet))
        print_report(report, args.json)
        if report.status == "offline":
            print(_offline_message(store, args.give_up_after), file=sys.stderr)
        if any(DiskFullError.__name__ in e for e in report.errors):
            print(f"{DiskFullError().message} ({_unsent(store)} perintah menunggu dikirim.)", file=sys.stderr)
        if service.credentials.keyring_failed:
            print("Catatan: brankas kata sandi (keyring) tidak tersedia; sesi tidak diingat.", file=sys.stderr)
        return EXIT.get(report.status, 1)
    finally:
        signal.signal(signal.SIGINT, previous)
