"""The idempotency store without HTTP: in-flight refusal, lease takeover, stored refusals, release on crash."""

from __future__ import annotations

import pytest
from sqlalchemy import insert, update

from sync.protocol import ErrorCode, ProtocolError
from sync.server.orders import idempotency as idem
from sync.server.settings import Settings
from sync.server.storage import models as m


def settings(lease: int = 30) -> Settings:
    return Settings(db_url="unused", data_dir=None, idempotency_lease_s=lease)  # type: ignore[arg-type]


def test_in_flight_duplicate_is_409_and_lease_expiry_takes_over(engine_for):
    assert idem._claim(engine_for, settings(), "u1", "k", "fp") is None
    with pytest.raises(ProtocolError) as err:
        idem._claim(engine_for, settings(), "u1", "k", "fp")
    assert err.value.code is ErrorCode.REQUEST_IN_FLIGHT and err.value.retryable
    with pytest.raises(ProtocolError) as err:
        idem._claim(engine_for, settings(), "u1", "k", "other")
    assert err.value.code is ErrorCode.IDEMPOTENCY_MISMATCH
    # a worker that died before committing leaves an in-flight row; after its lease it is taken over
    with engine_for.begin() as conn:
        conn.execute(update(m.idempotency).values(lease_until=0))
    assert idem._claim(engine_for, settings(), "u1", "k", "fp") is None


def test_work_and_response_commit_together(engine_for):
    def work(conn):
        conn.execute(insert(m.server_state).values(key="probe", value="1"))
        return idem.json_response(201, {"ok": True})

    first = idem.run(engine_for, settings(), "u1", "k2", "fp", work)
    replay = idem.run(engine_for, settings(), "u1", "k2", "fp", work)  # work would fail on the duplicate key
    assert replay.replayed and replay.body == first.body and replay.status == 201


def test_refusal_is_stored_and_crash_releases_key(engine_for):
    def refuse(conn):
        raise ProtocolError(ErrorCode.INVALID_TRANSITION, "tidak boleh")

    first = idem.run(engine_for, settings(), "u1", "k3", "fp", refuse)
    assert first.status == 409 and not first.replayed
    assert idem.run(engine_for, settings(), "u1", "k3", "fp", refuse).replayed

    def crash(conn):
        raise RuntimeError("bug")

    with pytest.raises(RuntimeError):
        idem.run(engine_for, settings(), "u1", "k4", "fp", crash)
    # released: the retry runs the work again instead of waiting for the lease
    assert idem.run(engine_for, settings(), "u1", "k4", "fp",
                    lambda conn: idem.json_response(200, {})).status == 200


def test_purge_keeps_recent_records(engine_for):
    idem.run(engine_for, settings(), "u1", "k5", "fp", lambda conn: idem.json_response(200, {}))
    assert idem.purge(engine_for, 90) == 0
    assert idem.purge(engine_for, -1) == 1


def test_after_commit_seam_is_installed_by_tests_not_read_from_the_environment(engine_for):
    """#14: the kill-after-commit hook is a seam a test installs; product code reads no test environment."""
    from pathlib import Path

    source = Path(idem.__file__).read_text(encoding="utf-8")
    assert "os.environ" not in source and "_exit" not in source
    seen: list[tuple[str, int]] = []

    def hook(key: str) -> None:  # runs after the commit: another connection already sees the stored answer
        with engine_for.connect() as other:
            row = other.execute(m.idempotency.select().where(m.idempotency.c.key == key)).one()
        seen.append((key, row.status))

    idem.set_after_commit_hook(hook)
    try:
        idem.run(engine_for, settings(), "u1", "seam-1", "fp", lambda conn: idem.json_response(201, {}))
    finally:
        idem.set_after_commit_hook(None)
    assert seen == [("seam-1", 201)]
    idem.run(engine_for, settings(), "u1", "seam-2", "fp", lambda conn: idem.json_response(201, {}))
    assert len(seen) == 1  # removed again: the product runs with no hook
