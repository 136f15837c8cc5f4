"""`blangkon --self-test` checks the officers' own database fully, audit chain included (issue 15)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.app.selftest import FAIL, OK, check_local_store
from desktop.store import Store
from tests.store.test_health import _draft


def _data(tmp_path: Path) -> Path:
    with Store.open(tmp_path / "blangkon.db") as store:
        for i in range(3):
            _draft(store, f"o-{i}")
        store.backup_now()
    return tmp_path


def test_a_healthy_database_passes_with_its_audit_and_backups(tmp_path: Path):
    check = check_local_store(_data(tmp_path))
    assert check.status == OK and "log audit 3 entri utuh" in check.detail and "1 cadangan" in check.detail


def test_an_audit_entry_changed_long_ago_fails_the_self_test(tmp_path: Path):
    data = _data(tmp_path)
    with Store.open(data / "blangkon.db"):
        pass  # the start check verified everything: only a full check can find an older edit now
    conn = sqlite3.connect(data / "blangkon.db")
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET details = '{\"total\":1}' WHERE id = 1")
    conn.commit()
    conn.close()
    check = check_local_store(data)
    assert check.status == FAIL and "mulai entri 1" in check.detail and "admin TI" in check.action


def test_a_zeroed_database_fails_with_the_restore_command(tmp_path: Path):
    data = _data(tmp_path)
    (data / "blangkon.db").write_bytes(b"")
    check = check_local_store(data)
    assert check.status == FAIL and "rusak" in check.detail and "blangkon db restore" in check.action
