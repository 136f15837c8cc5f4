"""`blangkon usb`: sync by USB stick without the window (#18) — the same service the "USB" dialog uses.

    blangkon usb export PATH [--data-dir DIR]            queued commands → one signed, encrypted file
    blangkon usb import-receipt FILE [--data-dir DIR]    the server's receipt → statuses, numbers, conflicts
    blangkon usb import-catalog FILE [--data-dir DIR]    a signed catalog snapshot → the local catalog
    blangkon usb relay FILE --server URL --username U    (a connected PC) upload a stick's export, write the receipt

Exit codes: 0 done · 2 refused (the message says why; nothing was changed) · 4 server unreachable (relay) ·
5 local error · 6 local database damaged.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
from pathlib import Path

from desktop.app import paths
from desktop.app.cmd_sync import NO_PASSWORD, _read_password, _user_id
from desktop.app.provisioning import ProvisioningError, load_provisioning
from desktop.domain.errors import UsbRefused
from desktop.services import usb_keys
from desktop.services.credentials import CredentialStore
from desktop.services.data_protection import protect
from desktop.services.device_identity import DeviceIdentity
from desktop.services.sync_service import SyncService, SyncSettings
from desktop.services.usb_transfer import UsbTransfer
from desktop.store import Store, StoreError
from desktop.store.health import StoreDamagedError
from sync.client.auth import NeedsLogin
from sync.client.transport import TransportError


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="blangkon usb", description="Sinkronisasi lewat flashdisk (tanpa sinyal).")
    sub = parser.add_subparsers(dest="action", required=True)
    ex = sub.add_parser("export", help="tulis perintah yang menunggu ke satu berkas untuk flashdisk")
    ex.add_argument("path", type=Path, help="folder flashdisk atau nama berkas")
    ex.add_argument("--username", help="pegawai yang OPD-nya diekspor (bawaan: OPD perintah yang menunggu)")
    rc = sub.add_parser("import-receipt", help="terapkan tanda terima dari server")
    rc.add_argument("file", type=Path)
    ct = sub.add_parser("import-catalog", help="pasang atau perbarui katalog dari berkas flashdisk")
    ct.add_argument("file", type=Path)
    rl = sub.add_parser("relay", help="(PC terhubung) unggah berkas ekspor dari flashdisk, tulis tanda terimanya")
    rl.add_argument("file", type=Path)
    rl.add_argument("--server", required=True)
    rl.add_argument("--username", required=True)
    rl.add_argument("--ca-bundle", default=None)
    for sp in (ex, rc, ct, rl):
        sp.add_argument("--data-dir", type=Path, default=None, help="folder data (bawaan: folder data pengguna)")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse(argv)
    data_dir = paths.data_dir(args.data_dir)
    try:
        store = Store.open(data_dir / paths.DB_FILE)
    except StoreDamagedError as exc:
        print(exc.message, file=sys.stderr)
        return 6
    except StoreError as exc:
        print(exc.message, file=sys.stderr)
        return 5
    try:
        keyring = CredentialStore()
        protect(store, keyring)
        _seed_keys(store)
        usb = UsbTransfer(store, DeviceIdentity(store, keyring), data_dir / "sync")
        return _run(args, store, usb, keyring, data_dir)
    except UsbRefused as refused:
        print(f"Ditolak [{refused.code}]: {refused.message}", file=sys.stderr)
        return 2
    except StoreError as exc:
        print(exc.message, file=sys.stderr)
        return 5
    finally:
        store.close()


def _seed_keys(store: Store) -> None:
    """The server's USB keys from IT's provisioning file when this PC has none (it may never have synced)."""
    try:
        prov = load_provisioning(paths.config_dir())
    except ProvisioningError as exc:
        print(exc.message, file=sys.stderr)
        return
    usb_keys.seed(store, prov.usb_keys if prov else None)


def _opd(store: Store, usb: UsbTransfer, username: str | None) -> str:
    with store.unit_of_work(readonly=True) as uow:
        if username:
            user = uow.users.by_username(username)
            if user is None or not user.opd_id:
                raise UsbRefused("usb_nothing_to_export")
            return user.opd_id
        opds = {u.opd_id for c in uow.outbox.exportable() if (u := uow.users.get(c.actor_user_id)) and u.opd_id}
    if len(opds) != 1:
        if not opds:
            raise UsbRefused("usb_nothing_to_export")
        print("Perintah yang menunggu berasal dari beberapa OPD; pilih dengan --username.", file=sys.stderr)
        raise SystemExit(2)
    return opds.pop()


def _run(args: argparse.Namespace, store: Store, usb: UsbTransfer, keyring: CredentialStore, data_dir: Path) -> int:
    if args.action == "export":
        done = usb.export(args.path, _opd(store, usb, args.username))
        print(f"Ekspor nomor {done.seq}: {done.commands} perintah untuk {done.orders} pesanan ditulis ke {done.path}. "
              "Bawa ke PC yang terhubung (menu \"Unggah berkas USB\") atau ke kantor provinsi.")
        return 0
    if args.action == "import-receipt":
        got = usb.import_receipt(args.file)
        print(f"Tanda terima ekspor nomor {got.seq}: {got.done} diterima server, {got.rejected} ditolak (lihat "
              f"konflik di daftar pesanan), {got.waiting} masih menunggu, {got.already_settled} sudah tersinkron; "
              f"{got.orders_updated} pesanan diperbarui.")
        for problem in got.conflicts:
            print(f"  Ditolak: pesanan {problem.get('order_id')}: {problem.get('detail') or problem.get('code')}")
        return 0
    if args.action == "import-catalog":
        got_catalog = usb.import_catalog(args.file)
        print(f"Katalog {got_catalog.snapshot_id} terpasang: {got_catalog.rows} baris aktif (urutan {got_catalog.seq}).")
        return 0
    return _relay(args, store, usb, keyring, data_dir)


def _relay(args: argparse.Namespace, store: Store, usb: UsbTransfer, keyring: CredentialStore, data_dir: Path) -> int:
    service = SyncService(store, SyncSettings(args.server, data_dir / "sync", verify=args.ca_bundle or True), keyring)
    cancel = threading.Event()
    try:
        user_id = _user_id(service, store, args.username)
        if user_id is None:
            password = os.environ.get("BLANGKON_PASSWORD") or _read_password(args.username)
            if password is None:
                print(NO_PASSWORD, file=sys.stderr)
                return 2
            user_id = service.login(args.username, password, cancel)
        done = usb.relay(lambda *a, **kw: service.auth.send(user_id, *a, **kw), args.file, cancel)
    except NeedsLogin:
        print("Login gagal: nama pengguna atau kata sandi salah, atau akun tidak aktif.", file=sys.stderr)
        return 2
    except TransportError as exc:
        print(f"Server tidak dapat dihubungi; berkas di flashdisk tidak berubah ({exc}).", file=sys.stderr)
        return 4
    if done.already_imported_at:
        print(f"Catatan: berkas ini sudah pernah diunggah ({done.already_imported_at}); tidak ada yang diterapkan "
              "dua kali.")
    print(f"Ekspor nomor {done.seq}: {done.applied} diterima, {done.refused} ditolak, {done.not_run} menunggu. "
          f"Tanda terima ditulis ke {done.receipt_path}; bawa kembali ke PC asal.")
    return 0
