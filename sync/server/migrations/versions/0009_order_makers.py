"""orders record their makers (#12.8): data only, no schema change

Every stored order document gains "makers": its creator, then everyone whose draft write ("create"/"update" in
the audit trail) changed it, in the order they first did. The segregation table (sync.protocol.lifecycle.
SOD_RULES) bars them from approving it. The feed position (change_seq) is left alone: replicas need not refetch.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 12:00:00.000000

"""
import json
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0009'
down_revision: Union[str, Sequence[str], None] = '0008'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

orders = sa.table('orders', sa.column('id', sa.String), sa.column('doc', sa.Text))
events = sa.table('order_event', sa.column('seq', sa.BigInteger), sa.column('order_id', sa.String),
                  sa.column('action', sa.String), sa.column('actor', sa.String))


def upgrade() -> None:
    conn = op.get_bind()
    writers: dict[str, list[str]] = {}
    q = (sa.select(events.c.order_id, events.c.actor).where(events.c.action.in_(('create', 'update')))
         .order_by(events.c.seq).execution_options(yield_per=5000))
    for order_id, actor in conn.execute(q):
        seen = writers.setdefault(order_id, [])
        if actor not in seen:
            seen.append(actor)
    changed = []
    for oid, text in conn.execute(sa.select(orders.c.id, orders.c.doc).execution_options(yield_per=2000)):
        doc = json.loads(text)
        if 'makers' in doc:
            continue
        makers = [doc['created_by']] if doc.get('created_by') else []
        makers += [who for who in writers.get(oid, ()) if who not in makers]
        doc['makers'] = makers
        changed.append({'b_id': oid, 'b_doc': json.dumps(doc, ensure_ascii=False)})
    stmt = orders.update().where(orders.c.id == sa.bindparam('b_id')).values(doc=sa.bindparam('b_doc'))
    for start in range(0, len(changed), 2000):
        conn.execute(stmt, changed[start:start + 2000])


def downgrade() -> None:
    """Nothing to undo: the field is additive (Order.makers defaults to empty)."""
