"""register of document numbers that became final on an order (#12.1)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 09:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0005'
down_revision: Union[str, Sequence[str], None] = '0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('number_used',
    sa.Column('opd_id', sa.String(length=64), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('doc_type', sa.String(length=16), nullable=False),
    sa.Column('number', sa.BigInteger(), nullable=False),
    sa.Column('text', sa.String(length=128), nullable=False),
    sa.Column('order_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=128), nullable=True),
    sa.Column('used_by', sa.String(length=36), nullable=False),
    sa.Column('used_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('opd_id', 'year', 'doc_type', 'number', name=op.f('pk_number_used'))
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table('number_used')
