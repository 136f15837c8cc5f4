"""`blangkon-server`: serve, init-db, demo-data, import-catalog, users, snapshot, audit, policy, expire-overdue
and delegations (#17), openapi, and the USB sync commands import-outbox, export-catalog, usb-keys (#18)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from sync.server.settings import Settings, default_data_dir, default_db_url

OPENAPI_PATH = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"


def _settings(args: argparse.Namespace) -> Settings:
    data_dir = Path(args.data_dir) if getattr(args, "data_dir", None) else default_data_dir()
    return Settings(db_url=args.db or os.environ.get("BLANGKON_SERVER_DB") or default_db_url(data_dir),
                    data_dir=data_dir)


def _engine(settings: Settings) -> Any:
    from sync.server.storage.db import make_plain_engine, migrate
    from sync.server.storage.state import ensure_initialized

    migrate(settings.db_url)
    engine = make_plain_engine(settings.db_url)
    ensure_initialized(engine)
    return engine


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from sync.server.catalog.snapshot import build_snapshot, latest_manifest
    from sync.server.orders import idempotency
    from sync.server.orders.audit_key import ensure_key

    settings = _settings(args)
    engine = _engine(settings)
    ensure_key(engine, settings.data_dir)  # once, before any worker starts
    idempotency.purge(engine, settings.idempotency_retention_days)
    if latest_manifest(engine) is None:
        build_snapshot(engine, settings.snapshot_dir)  # so a fresh server can serve a first sync at once
    engine.dispose()
    os.environ["BLANGKON_SERVER_DB"] = settings.db_url
    os.environ["BLANGKON_SERVER_DATA_DIR"] = str(settings.data_dir)
    proxies = tuple(args.trusted_proxy or ()) or Settings.from_env().trusted_proxies
    os.environ["BLANGKON_SERVER_TRUSTED_PROXIES"] = ",".join(proxies)
    if args.accel_redirect:
        from sync.server.nginx_site import ACCEL_PREFIX

        os.environ["BLANGKON_SERVER_ACCEL_REDIRECT"] = ACCEL_PREFIX
    print(f"Blangkon server mendengarkan di http://{args.host}:{args.port}  (db: {_safe(settings.db_url)})",
          flush=True)
    uvicorn.run("sync.server.app:create_app_from_env", factory=True, host=args.host, port=args.port,
                workers=args.workers, log_level=args.log_level, access_log=False, **proxy_options(proxies))
    return 0


def cmd_nginx_site(args: argparse.Namespace) -> int:
    from sync.server.nginx_site import site

    print(site(upstream=args.upstream, snapshot_dir=_settings(args).snapshot_dir, listen=args.listen,
               server_name=args.server_name, tls_certificate=args.tls_certificate, tls_key=args.tls_key), end="")
    return 0


def proxy_options(trusted: tuple[str, ...]) -> dict[str, Any]:
    """X-Forwarded-For is believed only from configured proxies (uvicorn trusts loopback by default, so anyone
    on the server itself, or any request relayed by a local tool, could claim any address: issue 15)."""
    if not trusted:
        return {"proxy_headers": False, "forwarded_allow_ips": ""}
    return {"proxy_headers": True, "forwarded_allow_ips": ",".join(trusted)}


def _safe(url: str) -> str:
    """Hide a password in a DB URL before printing it."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':')[0]}:***@{host}" if ":" in creds else url
    return url


def cmd_init_db(args: argparse.Namespace) -> int:
    settings = _settings(args)
    _engine(settings).dispose()
    print(f"Basis data siap: {_safe(settings.db_url)}")
    return 0


def cmd_demo_data(args: argparse.Namespace) -> int:
    from sync.server.catalog.snapshot import build_snapshot
    from sync.server.demo.generate import generate

    settings = _settings(args)
    engine = _engine(settings)
    out = generate(engine, args.products, args.seed, log=(lambda *_: None) if args.json else print)
    if args.snapshot:
        started = time.perf_counter()
        manifest = build_snapshot(engine, settings.snapshot_dir)
        out["snapshot_id"] = manifest["snapshot_id"]
        out["snapshot_seconds"] = round(time.perf_counter() - started, 2)
    engine.dispose()
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(f"{'username':<28} {'peran':<15} {'OPD':<16} password")
        for a in out["accounts"]:
            print(f"{a['username']:<28} {a['role']:<15} {a['opd_id'] or '-':<16} {a['password']}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from sync.server.catalog.importer import import_file

    settings = _settings(args)
    engine = _engine(settings)
    report = import_file(engine, Path(args.file), dry_run=args.dry_run)
    engine.dispose()
    for line, msg in report.errors:
        print(f"{args.file}:{line}: {msg}", file=sys.stderr)
    r = report.result
    if r is not None:
        print(f"{report.rows} baris: {r.inserted} baru, {r.updated} diubah, {r.unchanged} tidak berubah, "
              f"{len(report.errors)} ditolak" + (f"; seq {r.first_seq}–{r.last_seq}" if r.last_seq else ""))
    else:
        print(f"{report.rows} baris diperiksa, {len(report.errors)} ditolak (uji coba, tidak diterapkan)")
    return 2 if report.errors else 0


def cmd_users(args: argparse.Namespace) -> int:
    from sync.server.accounts import users

    engine = _engine(_settings(args))
    try:
        if args.action == "add":
            _, password = users.add_user(engine, args.username, args.full_name or args.username, args.role,
                                         args.opd, args.password, nip=args.nip)
            print(f"Pengguna {args.username} dibuat. Kata sandi: {password}")
        elif args.action == "list":
            for u in users.list_users(engine, args.opd):
                flag = " (nonaktif)" if u.disabled else ""
                print(f"{u.username:<28} {u.role:<15} {u.opd_id or '-':<16} {u.nip or '-':<18} {u.full_name}{flag}")
        elif args.action == "nip":
            nip = users.set_nip(engine, args.username, args.nip or "")
            print(f"NIP {args.username}: {nip or '(dikosongkan)'}; tercetak di dokumen setelah ia masuk lagi.")
        elif args.action == "disable":
            users.set_disabled(engine, args.username, True)
            print(f"Pengguna {args.username} dinonaktifkan; token penyegarannya dicabut.")
        elif args.action == "enable":
            users.set_disabled(engine, args.username, False)
            print(f"Pengguna {args.username} diaktifkan.")
        elif args.action == "roles":
            roles = users.set_roles(engine, args.username, args.role or "")
            print(f"Peran {args.username}: {', '.join(r.value for r in roles)}; token aksesnya yang lama berhenti.")
        elif args.action == "unlock":
            from sync.server.accounts.throttle import unlock

            if args.address:
                unlock(engine, address=args.address)
                print(f"Alamat {args.address} dibuka: percobaan gagal sebelumnya tidak dihitung lagi (dicatat).")
            else:
                unlock(engine, username=args.username)
                print(f"Akun {args.username} dibuka: percobaan gagal sebelumnya tidak dihitung lagi (dicatat).")
        elif args.action == "events":
            import datetime as dt

            for e in users.security_log(engine, args.username):
                at = dt.datetime.fromtimestamp(e.at, dt.UTC).strftime("%Y-%m-%d %H:%M:%SZ")
                print(f"{at} {e.kind:<15} {e.username or '-':<28} {e.address or '-':<16} {e.actor or '-':<12} "
                      f"{e.detail}")
        else:
            password = users.reset_password(engine, args.username, args.password)
            print(f"Kata sandi {args.username} diganti: {password}")
    except users.UserError as exc:
        print(f"Gagal: {exc}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    return 0


def cmd_snapshot(args: argparse.Namespace) -> int:
    from sync.server.catalog.feed import bump_epoch
    from sync.server.catalog.snapshot import build_snapshot

    settings = _settings(args)
    engine = _engine(settings)
    if args.new_epoch:
        print(f"Epoch katalog baru: {bump_epoch(engine)} (semua klien akan mengunduh ulang snapshot)")
    started = time.perf_counter()
    manifest = build_snapshot(engine, settings.snapshot_dir)
    engine.dispose()
    print(f"Snapshot {manifest['snapshot_id']}: {manifest['row_count']} baris, {len(manifest['chunks'])} potongan, "
          f"{time.perf_counter() - started:.1f} s")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from sync.server.orders.audit import verify
    from sync.server.orders.audit_key import key_path, load_key

    settings = _settings(args)
    engine = _engine(settings)
    key = load_key(settings.data_dir)
    try:
        problems = verify(engine, key, settings.data_dir, checkpoint=not args.no_checkpoint)
    finally:
        engine.dispose()
    for p in problems:
        print(p, file=sys.stderr)
    if key is None:
        print(f"Kunci audit tidak ditemukan di {key_path(settings.data_dir)}; gunakan --data-dir server "
              "(atau BLANGKON_SERVER_AUDIT_KEY_FILE).", file=sys.stderr)
    if problems:
        print(f"{len(problems)} masalah ditemukan pada jejak audit.")
        return 1
    anchored = "" if args.no_checkpoint else " Titik periksa bertanda tangan ditambahkan."
    print(f"Jejak audit utuh: rantai, pemicu append-only, dan setiap pesanan cocok dengan peristiwanya.{anchored}")
    return 0


def cmd_policy(args: argparse.Namespace) -> int:
    """Show or switch the segregation-of-duties rules (DOMAIN.md §2 rule 5: an admin may switch them off)."""
    import dataclasses

    from sync.protocol.lifecycle import SodPolicy
    from sync.server.storage.db import write_txn
    from sync.server.storage.state import set_state, sod_policy

    engine = _engine(_settings(args))
    try:
        with write_txn(engine) as conn:
            current = dataclasses.asdict(sod_policy(conn))
            for item in args.set or []:
                name, _, value = item.partition("=")
                if name not in current or value.lower() not in ("true", "false"):
                    print(f"Gagal: gunakan NAMA=true|false dengan NAMA salah satu dari {', '.join(current)}",
                          file=sys.stderr)
                    return 1
                current[name] = value.lower() == "true"
            set_state(conn, "sod_policy", json.dumps(dataclasses.asdict(SodPolicy(**current))))
    finally:
        engine.dispose()
    for name, value in current.items():
        print(f"{name} = {'true' if value else 'false'}")
    return 0


def _usb_ctx(settings: Settings) -> Any:
    """What the online endpoints run with, for one CLI process: the keyed engine (audit links) and the keys."""
    from sync.server.accounts.auth import TokenSigner
    from sync.server.api.web import Ctx
    from sync.server.orders.audit_key import keyed
    from sync.server.storage.db import make_engine
    from sync.server.usb.keys import ensure_usb_key

    _engine(settings).dispose()
    engine = keyed(make_engine(settings.db_url, pool_size=2), settings.data_dir)
    ensure_usb_key(engine)
    with engine.connect() as conn:
        signer = TokenSigner.from_db(conn, settings.access_ttl_s)
    return Ctx(settings=settings, engine=engine, signer=signer)


def cmd_import_outbox(args: argparse.Namespace) -> int:
    """Apply an officer's USB export as if it had come online; write the signed receipt for the stick."""
    from desktop.domain.errors import UsbRefused
    from sync.server.usb.importer import import_outbox
    from sync.usb.codec import read_bytes, receipt_name

    path = Path(args.file)
    c = _usb_ctx(_settings(args))
    try:
        done = import_outbox(c, read_bytes(path), path.name)
    except UsbRefused as refused:
        print(f"Ditolak [{refused.code}]: {refused.message}", file=sys.stderr)
        return 2
    finally:
        c.engine.dispose()
    out = Path(args.receipt) if args.receipt else path.parent / receipt_name(done.file.device_id, done.file.seq)
    out.write_bytes(done.receipt)
    if done.already_imported_at:
        from desktop.domain.texts import DOMAIN_TEXTS

        print(DOMAIN_TEXTS("usb_already_imported", seq=done.file.seq, device=done.file.device_id,
                           at=done.already_imported_at))
    print(f"Ekspor nomor {done.file.seq} dari perangkat {done.file.device_id} (OPD {done.file.opd_id}): "
          f"{done.applied} diterima, {done.refused} ditolak, {done.not_run} menunggu. Tanda terima: {out}")
    return 0


def cmd_export_catalog(args: argparse.Namespace) -> int:
    """The latest catalog snapshot as one signed file for a stick (built first when there is none)."""
    from sync.server.catalog.snapshot import build_snapshot, chunk_path
    from sync.server.devices.certificates import server_key
    from sync.usb.catalog_file import write_catalog

    settings = _settings(args)
    c = _usb_ctx(settings)
    try:
        manifest = build_snapshot(c.engine, settings.snapshot_dir)
        with c.engine.connect() as conn:
            key = server_key(conn)
    finally:
        c.engine.dispose()
    files = [chunk_path(settings.snapshot_dir, manifest["snapshot_id"], int(ch["n"])) for ch in manifest["chunks"]]
    size = write_catalog(manifest, files, key, Path(args.file))
    print(f"Katalog {manifest['snapshot_id']}: {manifest['row_count']} baris, {size / 1e6:.1f} MB ditulis ke "
          f"{args.file}")
    return 0


def cmd_usb_keys(args: argparse.Namespace) -> int:
    """The public keys for a provisioning file (sites whose PCs have never reached the server)."""
    from sync.server.usb.keys import public_keys

    c = _usb_ctx(_settings(args))
    try:
        with c.engine.connect() as conn:
            print(json.dumps({"usb_keys": public_keys(conn)}, indent=2))
    finally:
        c.engine.dispose()
    return 0


def cmd_expire(args: argparse.Namespace) -> int:
    """Cancel the orders the PPK did not answer by their deadline (#17); `serve` also does it periodically."""
    from sync.server.orders.audit_key import keyed
    from sync.server.orders.expiry import expire_overdue

    settings = _settings(args)
    engine = _engine(settings)
    try:
        cancelled = expire_overdue(keyed(engine, settings.data_dir))  # audit links keyed like the server's own
    finally:
        engine.dispose()
    for oid in cancelled:
        print(f"dibatalkan: {oid}")
    print(f"{len(cancelled)} pesanan dibatalkan otomatis karena batas waktu PPK lewat.")
    return 0


def cmd_delegations(args: argparse.Namespace) -> int:
    """Plt / Plh delegations (#17): the same rules as the Admin OPD's API (sync.protocol.delegation)."""
    from sync.protocol import ProtocolError
    from sync.protocol.delegation import DelegationRequest
    from sync.server.accounts import delegations
    from sync.server.accounts.throttle import os_user
    from sync.server.storage.db import write_txn

    engine = _engine(_settings(args))
    try:
        with write_txn(engine) as conn:
            if args.action == "add":
                req = DelegationRequest.from_dict({
                    "role": args.role, "kind": (args.kind or "").upper(), "delegate": args.delegate or "",
                    "for_user": args.for_user, "starts_on": args.start or "", "ends_on": args.end or "",
                    "letter_number": args.letter or "", "letter_date": args.letter_date or "",
                    "delegate_nip": args.nip or ""})
                d = delegations.add(conn, args.opd, req, f"cli:{os_user()}")
                print(f"Dicatat: {d.title} {d.delegate_name} {_span(d)}, surat {d.letter_number} "
                      f"tanggal {d.letter_date} (id {d.id}).")
            elif args.action == "revoke":
                d = delegations.revoke(conn, args.id, None, f"cli:{os_user()}")
                print(f"Dicabut: {d.title} {d.delegate_name} {_span(d)} (id {d.id}).")
            else:
                for d in delegations.list_for_opd(conn, args.opd):
                    whom = f"menggantikan {d.for_name}" if d.for_user_id else "jabatan lowong"
                    flag = " (dicabut)" if d.revoked else ""
                    print(f"{d.id}  {d.title:<42} {d.delegate_name:<28} {_span(d)}  {whom}; surat "
                          f"{d.letter_number} ({d.letter_date}){flag}")
    except ProtocolError as exc:
        print(f"Gagal: {exc.detail}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    return 0


def _span(d: Any) -> str:
    return f"{d.starts_on} s.d. {d.ends_on}"


def cmd_openapi(args: argparse.Namespace) -> int:
    from sync.server.api.openapi import write_openapi

    path = Path(args.output) if args.output else OPENAPI_PATH
    write_openapi(path)
    print(f"OpenAPI ditulis ke {path}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="blangkon-server", description="Server sinkronisasi provinsi Blangkon Jateng")
    sub = p.add_subparsers(dest="command", required=True)

    def with_db(sp: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sp.add_argument("--db", help="URL basis data (bawaan: SQLite di folder data)")
        sp.add_argument("--data-dir", help="folder data (snapshot, SQLite bawaan)")
        return sp

    s = with_db(sub.add_parser("serve", help="jalankan server HTTP"))
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8765)
    s.add_argument("--workers", type=int, default=1, help="jumlah proses (PostgreSQL disarankan bila > 1)")
    s.add_argument("--log-level", default="warning")
    s.add_argument("--trusted-proxy", action="append", metavar="IP",
                   help="alamat reverse proxy yang boleh mengirim X-Forwarded-For (boleh diulang); bawaan: tidak ada")
    s.add_argument("--accel-redirect", action="store_true",
                   help="di belakang nginx (`nginx-site`): potongan snapshot dikirim oleh nginx (X-Accel-Redirect)")
    s.set_defaults(func=cmd_serve)
    n = with_db(sub.add_parser("nginx-site", help="cetak konfigurasi situs nginx untuk server ini (docs/DEPLOY.md)"))
    n.add_argument("--upstream", default="127.0.0.1:8765", help="alamat `serve` (host:port)")
    n.add_argument("--listen", default="443 ssl")
    n.add_argument("--server-name", default="_")
    n.add_argument("--tls-certificate")
    n.add_argument("--tls-key")
    n.set_defaults(func=cmd_nginx_site)
    with_db(sub.add_parser("init-db", help="buat/perbarui skema basis data")).set_defaults(func=cmd_init_db)
    d = with_db(sub.add_parser("demo-data", help="isi katalog, OPD dan akun demo"))
    d.add_argument("--products", type=int, default=55_000)
    d.add_argument("--seed", type=int, default=1)
    d.add_argument("--json", action="store_true", help="cetak akun sebagai JSON")
    d.add_argument("--snapshot", action="store_true", help="langsung bangun snapshot katalog")
    d.set_defaults(func=cmd_demo_data)
    i = with_db(sub.add_parser("import-catalog", help="impor katalog CSV/NDJSON"))
    i.add_argument("file")
    i.add_argument("--dry-run", action="store_true")
    i.set_defaults(func=cmd_import)
    u = with_db(sub.add_parser("users", help="kelola pengguna"))
    u.add_argument("action", choices=["add", "list", "disable", "enable", "roles", "nip", "reset-password",
                                      "unlock", "events"])
    u.add_argument("username", nargs="?")
    u.add_argument("--role")
    u.add_argument("--opd")
    u.add_argument("--full-name")
    u.add_argument("--password")
    u.add_argument("--nip", help="add/nip: NIP pejabat (18 angka), dicetak di bawah tanda tangannya")
    u.add_argument("--address", help="unlock: buka satu alamat IP, bukan satu akun")
    u.set_defaults(func=cmd_users)
    sn = with_db(sub.add_parser("snapshot", help="snapshot katalog"))
    sn.add_argument("action", choices=["build"])
    sn.add_argument("--new-epoch", action="store_true", help="naikkan epoch (setelah pemulihan cadangan)")
    sn.set_defaults(func=cmd_snapshot)
    a = with_db(sub.add_parser("audit", help="periksa rantai hash jejak audit"))
    a.add_argument("action", choices=["verify"])
    a.add_argument("--no-checkpoint", action="store_true", help="jangan tambahkan titik periksa bila utuh")
    a.set_defaults(func=cmd_audit)
    pol = with_db(sub.add_parser("policy", help="lihat/ubah aturan pemisahan tugas (SoD)"))
    pol.add_argument("set", nargs="*", help="mis. approver_not_payer=false")
    pol.set_defaults(func=cmd_policy)
    io = with_db(sub.add_parser("import-outbox", help="terapkan berkas ekspor USB dari PC luring; tulis tanda terima"))
    io.add_argument("file")
    io.add_argument("--receipt", help="berkas tanda terima (bawaan: di samping berkas ekspor)")
    io.set_defaults(func=cmd_import_outbox)
    ec = with_db(sub.add_parser("export-catalog", help="tulis snapshot katalog bertanda tangan untuk flashdisk"))
    ec.add_argument("file")
    ec.set_defaults(func=cmd_export_catalog)
    with_db(sub.add_parser("usb-keys", help="cetak kunci publik USB untuk berkas provisi")).set_defaults(
        func=cmd_usb_keys)
    with_db(sub.add_parser("expire-overdue", help="batalkan pesanan yang melewati batas waktu PPK")) \
        .set_defaults(func=cmd_expire)
    dl = with_db(sub.add_parser("delegations", help="pelimpahan Plt/Plh (PPK, PA/KPA, Bendahara)"))
    dl.add_argument("action", choices=["add", "list", "revoke"])
    dl.add_argument("id", nargs="?", help="revoke: id pelimpahan")
    dl.add_argument("--opd", help="add/list: OPD")
    dl.add_argument("--role", choices=["PPK", "PA_KPA", "BENDAHARA"])
    dl.add_argument("--kind", choices=["plt", "plh", "PLT", "PLH"], help="Plt (jabatan lowong) atau Plh (berhalangan)")
    dl.add_argument("--delegate", help="nama pengguna pegawai yang ditunjuk")
    dl.add_argument("--nip", help="NIP pegawai yang ditunjuk (seperti tertulis di surat)")
    dl.add_argument("--for-user", help="nama pengguna pejabat yang digantikan (kosong: jabatan lowong)")
    dl.add_argument("--from", dest="start", help="tanggal mulai YYYY-MM-DD")
    dl.add_argument("--to", dest="end", help="tanggal selesai YYYY-MM-DD")
    dl.add_argument("--letter", help="nomor surat perintah")
    dl.add_argument("--letter-date", help="tanggal surat YYYY-MM-DD")
    dl.set_defaults(func=cmd_delegations)
    o = sub.add_parser("openapi", help="tulis docs/openapi.json")
    o.add_argument("--output")
    o.set_defaults(func=cmd_openapi)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.command == "users" and args.action not in ("list", "events") and not args.username \
            and not (args.action == "unlock" and args.address):
        print("Gagal: nama pengguna wajib diisi.", file=sys.stderr)
        return 1
    if args.command == "delegations" and ((args.action == "revoke" and not args.id) or
                                          (args.action != "revoke" and not args.opd)):
        print("Gagal: sebutkan id pelimpahan (revoke) atau --opd (add/list).", file=sys.stderr)
        return 1
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
