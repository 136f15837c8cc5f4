"""The local store never loses work: damage is caught on open, backups rotate, unsent work is restored; a full
disk keeps the outbox; the audit chain is checked at start; owner-only permissions (issue 15)."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.store import Store
from desktop.store.backups import KEEP, Backups
from desktop.store.errors import DiskFullError
from desktop.store.health import MAX_PAGES_ENV, StoreDamagedError
from tests.store.conftest import NOW, make_order


def _draft(store: Store, oid: str) -> None:
    with store.unit_of_work() as uow:
        uow.orders.save_draft(make_order(oid))
        uow.outbox.enqueue(method="PUT", path=f"/v1/orders/{oid}", body={"id": oid}, actor_user_id="u-pp",
                           order_id=oid)
        uow.audit.append("create", actor_user_id="u-pp", order_id=oid)


def _unsent(store: Store) -> set[str]:
    with store.unit_of_work(readonly=True) as uow:
        return {c.order_id for c in uow.outbox.pending_for_user("u-pp")}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A database with five unsent drafts and a backup of them, as `blangkon sync` leaves it."""
    path = tmp_path / "data" / "blangkon.db"
    with Store.open(path) as store:
        for i in range(5):
            _draft(store, f"o-{i}")
        assert store.before_sync(now=NOW) is not None
    return path


@pytest.mark.parametrize("damage", [b"", b"garbage, not a database" * 100])
def test_an_empty_or_foreign_file_is_damage_and_the_drafts_come_back_from_the_backup(db: Path, damage: bytes):
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    db.write_bytes(damage)
    with pytest.raises(StoreDamagedError) as err:
        Store.open(db)  # used to start afresh over a 0-byte file: `blangkon sync` said "ok", five drafts gone
    assert err.value.code == "store_damaged" and err.value.backup is not None
    assert "Pulihkan" in err.value.message and "blangkon db restore" in err.value.message
    aside, used = Backups(db).restore()
    assert aside is not None and aside.read_bytes() == damage  # kept for IT, never deleted
    assert used == err.value.backup
    with Store.open(db) as store:
        assert _unsent(store) == {f"o-{i}" for i in range(5)}
        assert store.check() == []


def test_a_damaged_work_table_is_caught_on_open(db: Path):
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'outbox'").fetchone()[0]
    conn.close()
    with open(db, "r+b") as fh:  # scribble over the outbox table's root page
        fh.seek((root - 1) * page_size)
        fh.write(b"\xff" * page_size)
    with pytest.raises(StoreDamagedError) as err:
        Store.open(db)
    assert err.value.reason == "malformed" and err.value.backup is not None


def test_backups_rotate_skip_unchanged_work_and_never_copy_damage(tmp_path: Path):
    with Store.open(tmp_path / "blangkon.db") as store:
        first = store.before_sync(now=NOW)
        assert first is not None and first.reason == "daily"
        assert store.before_sync(now=NOW + timedelta(minutes=5)) is None  # nothing new to protect
        for i in range(KEEP + 2):
            _draft(store, f"o-{i}")
            assert store.before_sync(now=NOW + timedelta(minutes=10 + i)).reason == "sync"
        assert store.before_sync(now=NOW + timedelta(days=1, minutes=30)).reason == "daily"
        kept = store.backups.all()
        assert len(kept) == KEEP and kept[0].reason == "daily"
        assert Backups.inspect(kept[0].path).unsent == KEEP + 2
        assert all(stat.S_IMODE(b.path.stat().st_mode) == 0o600 for b in kept)


def test_a_full_disk_keeps_the_outbox_intact_and_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "blangkon.db"
    with Store.open(path) as store:
        _draft(store, "o-1")
        pages = os.path.getsize(path) // 4096 + 2
    monkeypatch.setenv(MAX_PAGES_ENV, str(pages))
    with Store.open(path) as store:
        with pytest.raises(DiskFullError) as err, store.unit_of_work() as uow:
            for i in range(200):  # a big draft that no longer fits
                uow.orders.save_draft(make_order(f"big-{i}", lines=20))
        assert err.value.code == "disk_full" and "Disk penuh" in err.value.message and "tetap utuh" in err.value.message
        assert _unsent(store) == {"o-1"}
        with store.unit_of_work(readonly=True) as uow:
            assert uow.orders.get("big-0") is None and uow.orders.get("o-1") is not None


def _tamper(path: Path, sql: str, trigger: str = "audit_log_no_update") -> None:
    conn = sqlite3.connect(path)  # someone with a SQLite tool rewrites history
    conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_an_audit_entry_edited_outside_the_app_is_found(tmp_path: Path):
    path = tmp_path / "blangkon.db"
    with Store.open(path) as store:
        for i in range(3):
            _draft(store, f"o-{i}")
    with Store.open(path) as store:  # verifies 1–3 and remembers entry 3 as the checkpoint
        assert store.health.audit_broken_at is None
        _draft(store, "o-3")
        _draft(store, "o-4")
    _tamper(path, "UPDATE audit_log SET action = 'approve' WHERE id = 4")
    with Store.open(path) as store:  # at start: the entries after the checkpoint are walked
        assert store.health.audit_broken_at == 4
    with Store.open(path) as store:  # shown again at every start: a broken chain never becomes the checkpoint
        assert store.health.audit_broken_at == 4
    _tamper(path, "UPDATE audit_log SET actor_user_id = 'u-x' WHERE id = 1")
    with Store.open(path) as store:  # an old, already verified entry: the full check (self-test, weekly) finds it
        assert store.check_audit(full=True) == 1
        assert any("Log audit" in p and "entri 1" in p for p in store.check())


def test_the_newest_audit_entries_deleted_is_found_too(tmp_path: Path):
    path = tmp_path / "blangkon.db"
    with Store.open(path) as store:
        for i in range(3):
            _draft(store, f"o-{i}")
    with Store.open(path):
        pass
    _tamper(path, "DELETE FROM audit_log WHERE id = 3", "audit_log_no_delete")
    with Store.open(path) as store:  # the checkpoint entry is gone
        assert store.health.audit_broken_at == 3


def test_data_folder_is_0700_and_files_0600(tmp_path: Path):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    path = folder / "blangkon.db"
    sqlite3.connect(path).close()
    os.chmod(path, 0o644)  # an installation from before: world-readable
    path.unlink()
    with Store.open(path) as store:
        _draft(store, "o-1")
        store.backup_now()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for file in [p for p in folder.rglob("*") if p.is_file()]:
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
    assert stat.S_IMODE((folder / "backups").stat().st_mode) == 0o700
