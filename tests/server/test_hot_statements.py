"""storage/db.py Hot/HotIn (issue 16): statements of the order-command path run on the driver's cursor must answer
exactly as SQLAlchemy would — rows, errors, long lists — on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import Engine, bindparam, insert, select
from sqlalchemy.exc import IntegrityError

from sync.protocol import ProtocolError
from sync.server.orders.lines import claim_line_ids
from sync.server.storage import models as m
from sync.server.storage.db import Hot, HotIn, write_txn

_COUNTER = HotIn(lambda names: select(m.counter.c.name, m.counter.c.value).where(m.counter.c.name.in_(names))
                 .order_by(m.counter.c.name), most=8)


def test_hot_rows_and_errors_are_sqlalchemys(engine_for: Engine) -> None:
    add = Hot(insert(m.counter))
    read = Hot(select(m.counter.c.value).where(m.counter.c.name == bindparam("n")))
    with write_txn(engine_for) as conn:
        add.run(conn, {"name": "hot-a", "value": 7})
        assert read.scalar(conn, {"n": "hot-a"}) == 7
        assert read.first(conn, {"n": "missing"}) is None
    with pytest.raises(IntegrityError), write_txn(engine_for) as conn:  # the caller's `except IntegrityError` holds
        add.run(conn, {"name": "hot-a", "value": 8})
    with engine_for.connect() as conn:
        assert read.scalar(conn, {"n": "hot-a"}) == 7  # the failed transaction left nothing


@pytest.mark.parametrize("n", [1, 3, 8, 9, 70])  # compiled per length up to `most`, beyond it SQLAlchemy's expanding IN
def test_hot_in_answers_like_sqlalchemy(engine_for: Engine, n: int) -> None:
    names = [f"hot-in-{n}-{i:03d}" for i in range(n)]
    with write_txn(engine_for) as conn:
        conn.execute(insert(m.counter), [{"name": x, "value": i} for i, x in enumerate(names)])
        got = _COUNTER.records(conn, [*names, "not-there"])
        expected = list(conn.execute(select(m.counter.c.name, m.counter.c.value)
                                     .where(m.counter.c.name.in_(names)).order_by(m.counter.c.name)))
    assert [(r.name, r.value) for r in got] == [(r.name, r.value) for r in expected]
    with engine_for.connect() as conn:
        assert _COUNTER.records(conn, []) == []


@pytest.mark.parametrize("lines", [2, 70])  # one multi-row INSERT … RETURNING, or executemany past 64 lines
def test_line_ids_are_claimed_once_whatever_the_order_size(engine_for: Engine, lines: int) -> None:
    ids = [str(uuid.uuid4()) for _ in range(lines)]
    with write_txn(engine_for) as conn:
        claim_line_ids(conn, "order-a", ids)
    with write_txn(engine_for) as conn:  # the same draft written again: its own ids, known
        claim_line_ids(conn, "order-a", ids, known=ids)
    with pytest.raises(ProtocolError) as refused, write_txn(engine_for) as conn:
        claim_line_ids(conn, "order-b", [str(uuid.uuid4()), ids[-1]])
    assert [d.line_id for d in refused.value.details] == [ids[-1]]
    with engine_for.connect() as conn:
        owners = dict(conn.execute(select(m.order_line_id.c.line_id, m.order_line_id.c.order_id)
                                   .where(m.order_line_id.c.line_id.in_(ids))).all())
    assert owners == dict.fromkeys(ids, "order-a")
