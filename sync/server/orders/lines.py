"""Rules about single order lines, checked on every draft write (and, for the catalog, at submit and approval).

- Line ids (#12.7): UUIDs unique across all orders. The first order to write an id owns it for good
  (`order_line_id`); another order using it is refused with 422 validation_error, the line in `details`, so one
  officer's draft can never break every replica of the OPD.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from sync.protocol import ErrorCode, LineCode, LineIssue, ProtocolError
from sync.server.storage import models as m
from sync.server.storage.db import is_sqlite

_IDS = m.order_line_id.c


def claim_line_ids(conn: Connection, order_id: str, line_ids: Sequence[str]) -> None:
    """Register the lines of `order_id`; refuse (and roll back) if another order already owns one of them.
    ON CONFLICT DO NOTHING then a read: a concurrent writer of the same id waits on the key, then sees its owner."""
    if not line_ids:
        return
    insert = sqlite_insert if is_sqlite(conn) else pg_insert
    conn.execute(insert(m.order_line_id).on_conflict_do_nothing(index_elements=["line_id"]),
                 [{"line_id": lid, "order_id": order_id} for lid in line_ids])
    owners = dict(conn.execute(select(_IDS.line_id, _IDS.order_id).where(_IDS.line_id.in_(list(line_ids)))).all())
    taken = [lid for lid in line_ids if owners.get(lid) != order_id]
    if taken:
        raise ProtocolError(
            ErrorCode.VALIDATION_ERROR,
            f"{len(taken)} baris memakai ID yang sudah dipakai pesanan lain (ID baris harus unik di semua pesanan). "
            "Hapus baris itu lalu tambahkan lagi produknya dari katalog.",
            order_id=order_id, details=tuple(LineIssue(lid, LineCode.LINE_ID_TAKEN.value, None, None) for lid in taken))
