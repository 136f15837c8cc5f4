from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.store import Store, migrations
from desktop.store.errors import MigrationError, SchemaTooNewError
from desktop.store.records import SyncStatus
from tests.store.conftest import NOW

FIXTURES = Path(__file__).parent / "fixtures"
LATEST = migrations.latest_version()


def _version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_fresh_database_is_created_at_latest_without_backup(tmp_path: Path) -> None:
    with Store.open(tmp_path / "new" / "b.db") as store:
        assert store.schema_version() == LATEST
    assert list((tmp_path / "new").glob("*.bak-*")) == []


def test_there_is_a_committed_fixture_for_every_earlier_version() -> None:
    assert sorted(int(p.stem[1:]) for p in FIXTURES.glob("v*.db")) == list(range(1, LATEST))


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("v*.db")), ids=lambda p: p.stem)
def test_upgrade_committed_database_preserves_data(tmp_path: Path, fixture: Path) -> None:
    old = int(fixture.stem[1:])
    path = tmp_path / "blangkon.db"
    shutil.copy(fixture, path)
    with Store.open(path) as store:
        assert store.schema_version() == LATEST
        with store.unit_of_work() as uow:
            draft = uow.orders.require("o-1")
            assert draft.sync_status is SyncStatus.PENDING and draft.lines[0].unit_price_quoted == 120_000
            assert uow.orders.require("o-2").server_version == 3
            assert [c.cmd_id for c in uow.outbox.next_ready(NOW)] == ["cmd-1"]
            assert uow.audit.verify_chain() is None and uow.audit.count() == 2
            assert uow.numbers.next_number("opd-1", 2026, "SP").number == 4  # continues, no reuse
            assert uow.users.get_verifier("ppk.budi") == ("u-ppk", "$argon2id$fixture")
            assert uow.sync_state.get_str("catalog_cursor") == "MTo0Mg"
            assert uow.settings.get("server_url") == "https://blangkon.jatengprov.go.id"
            from desktop.store import CatalogQuery

            assert uow.catalog.search(CatalogQuery(text="kopi gayo")).ids == (11,)
            assert uow.master.get_marketplace("MBIZ") is not None
            # what v2 added works on upgraded data, and v2 data survives later steps
            if old >= 2:
                assert [e.action for e in uow.orders.events("o-2")] == ["submit", "approve"]
                assert uow.users.note_failed_login("ppk.budi", now=NOW, lock_after=3) is not None  # 2 + 1
            assert uow.users.note_failed_login("ppk.budi", now=NOW, lock_after=1) is not None
            if old >= 6:  # the version-6 keyring key is the first of the key set, so its values still open
                assert [k.id for k in uow.keys.data_keys()] == ["k-legacy-6"]
            uow.orders.save_events([{"order_id": "o-2", "seq": 9, "version": 3, "action": "approve",
                                     "from_state": "DIAJUKAN", "to_state": "DISETUJUI", "actor": "u-ppk",
                                     "role": "PPK", "at": "2026-11-20T08:00:00Z", "payload": {}}])
    backups = list(tmp_path.glob(f"blangkon.db.bak-v{old}-*"))
    assert len(backups) == 1 and _version(backups[0]) == old  # the untouched pre-upgrade copy
    assert _version(fixture) == old  # the committed file itself was not modified


def test_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    with pytest.raises(SchemaTooNewError, match="lebih baru") as err:
        Store.open(path)
    assert err.value.code == "schema_too_new"


def test_failed_step_leaves_previous_version_and_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "b.db"
    migrations.migrate(path, target=1)
    real_steps = migrations.steps()

    class Broken:
        DESCRIPTION = "broken"

        @staticmethod
        def upgrade(conn: sqlite3.Connection) -> None:
            conn.execute("CREATE TABLE half_done (x)")
            raise RuntimeError("disk full")

    broken = [*real_steps[:1], migrations.Step(2, "0002_broken", "broken", Broken)]  # type: ignore[arg-type]
    monkeypatch.setattr(migrations, "steps", lambda: broken)
    with pytest.raises(MigrationError, match="disk full") as err:
        migrations.migrate(path)
    assert "bak-v1-" in err.value.message
    assert _version(path) == 1
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    conn.close()
    monkeypatch.undo()
    assert migrations.migrate(path)[:2] == (1, LATEST)  # the real upgrade still works afterwards


def test_steps_are_numbered_and_described() -> None:
    steps = migrations.steps()
    assert [s.version for s in steps] == list(range(1, LATEST + 1))
    assert all(s.description for s in steps)


def test_migrate_is_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    assert migrations.migrate(path) == (0, LATEST, None)
    assert migrations.migrate(path) == (LATEST, LATEST, None)


def test_old_backups_are_pruned_after_a_good_upgrade(tmp_path: Path) -> None:
    import os

    path = tmp_path / "b.db"
    for i in range(5):  # leftovers of earlier upgrades, oldest first
        old = tmp_path / f"b.db.bak-v0-2026010{i}T000000Z"
        old.write_bytes(b"x")
        os.utime(old, ns=(i * 10**9, i * 10**9))
    shutil.copy(FIXTURES / "v1.db", path)
    _, _, made = migrations.migrate(path)
    kept = sorted(p.name for p in tmp_path.glob("b.db.bak-v*"))
    assert made is not None and made.name in kept and len(kept) == migrations.KEEP_BACKUPS
    assert "b.db.bak-v0-20260104T000000Z" in kept and "b.db.bak-v0-20260100T000000Z" not in kept
