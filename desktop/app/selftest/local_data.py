"""The officers' own database: whole, audit chain intact, backed up, private (issue 15). Read-only: the
self-test never migrates or writes the file it checks."""

from __future__ import annotations

import sqlite3
import stat
import sys
from pathlib import Path

from desktop.app import paths
from desktop.app.selftest.base import FAIL, OK, WARN, Check
from desktop.store import health
from desktop.store.backups import Backups
from desktop.store.repositories.audit import verify_rows

AUDIT_SQL = ("SELECT id, at, actor_user_id, action, order_id, details, prev_hash, entry_hash FROM audit_log "
             "ORDER BY id")


def check_local_store(data_dir: Path) -> Check:
    db = data_dir / paths.DB_FILE
    if not db.exists():
        return Check("Data lokal", OK, f"belum ada {db.name} (dibuat saat aplikasi pertama dibuka)")
    restore = "jalankan `blangkon db restore` (memulihkan pekerjaan yang belum terkirim dari cadangan terbaru)"
    reason = health.probe_file(db)
    if reason is not None:
        return Check("Data lokal", FAIL, f"{db.name} rusak: {health.REASONS[reason]}", restore)
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            problems = health.full_check(conn)
            broken, checked, _ = verify_rows(conn.execute(AUDIT_SQL))
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if not health.is_damage(exc):
            return Check("Data lokal", WARN, f"{db.name} tidak bisa dibaca sekarang: {exc}",
                         "tutup aplikasi Blangkon yang sedang berjalan lalu ulangi")
        problems, broken, checked = [str(exc)], None, 0
    if problems:
        return Check("Data lokal", FAIL, f"{db.name} rusak: {'; '.join(problems[:3])}", restore)
    if broken is not None:
        return Check("Data lokal", FAIL, f"log audit telah diubah di luar aplikasi (mulai entri {broken})",
                     "laporkan ke admin TI; jangan menghapus berkas data")
    kept = Backups(db).all()
    newest = f", terbaru {kept[0].taken_at:%Y-%m-%d %H:%M} UTC" if kept else ""
    detail = f"{db.name} utuh (pemeriksaan lengkap), log audit {checked} entri utuh, {len(kept)} cadangan{newest}"
    loose = _loose_permissions(data_dir, db)
    if loose:
        return Check("Data lokal", WARN, f"{detail}; dapat dibaca pengguna lain: {', '.join(loose)}",
                     "buka aplikasi sekali (izin diperbaiki otomatis) atau chmod 700 folder dan 600 berkasnya")
    return Check("Data lokal", OK, detail)


def _loose_permissions(data_dir: Path, db: Path) -> list[str]:
    if sys.platform == "win32":
        return []
    loose = [str(data_dir)] if stat.S_IMODE(data_dir.stat().st_mode) & 0o077 else []
    return loose + [p.name for p in (db, Path(f"{db}-wal")) if p.exists() and stat.S_IMODE(p.stat().st_mode) & 0o077]
