"""the PPK's deadline (#17): orders.approval_due, indexed with the state for the expiry job

Orders submitted before this revision have no deadline (the protocol's rule: no due day, no expiry).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 15:40:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0012'
down_revision: Union[str, Sequence[str], None] = '0011'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column('orders', sa.Column('approval_due', sa.String(length=10), nullable=True))
    op.create_index('ix_orders_state_approval_due', 'orders', ['state', 'approval_due'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_orders_state_approval_due', table_name='orders')
    with op.batch_alter_table('orders') as batch:  # SQLite before 3.35 cannot drop a column in place
        batch.drop_column('approval_due')
