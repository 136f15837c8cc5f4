"""fiscal years closed per OPD (tutup buku, #17): commands dated in a closed year are refused

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 15:30:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0011'
down_revision: Union[str, Sequence[str], None] = '0010'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('closed_year',
    sa.Column('opd_id', sa.String(length=64), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('closed_on', sa.String(length=10), nullable=False),
    sa.Column('closed_by', sa.String(length=36), nullable=False),
    sa.Column('closed_at', sa.String(length=32), nullable=False),
    sa.Column('doc', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('opd_id', 'year', name=op.f('pk_closed_year'))
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table('closed_year')
