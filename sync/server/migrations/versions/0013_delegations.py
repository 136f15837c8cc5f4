"""acting officials (#17): the delegation table (Plt / Plh letters recorded by an ADMIN_OPD)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 16:10:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0013'
down_revision: Union[str, Sequence[str], None] = '0012'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        'delegation',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('opd_id', sa.String(length=64), nullable=False),
        sa.Column('role', sa.String(length=16), nullable=False),
        sa.Column('kind', sa.String(length=8), nullable=False),
        sa.Column('delegate_id', sa.String(length=36), nullable=False),
        sa.Column('delegate_nip', sa.String(length=18), nullable=False),
        sa.Column('for_user_id', sa.String(length=36), nullable=True),
        sa.Column('starts_on', sa.String(length=10), nullable=False),
        sa.Column('ends_on', sa.String(length=10), nullable=False),
        sa.Column('letter_number', sa.String(length=128), nullable=False),
        sa.Column('letter_date', sa.String(length=10), nullable=False),
        sa.Column('revoked', sa.Boolean(), nullable=False),
        sa.Column('created_by', sa.String(length=64), nullable=False),
        sa.Column('created_at', sa.String(length=32), nullable=False),
        sa.Column('revoked_by', sa.String(length=64), nullable=True),
        sa.Column('revoked_at', sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(['delegate_id'], ['app_user.id'], name=op.f('fk_delegation_delegate_id_app_user')),
        sa.ForeignKeyConstraint(['for_user_id'], ['app_user.id'], name=op.f('fk_delegation_for_user_id_app_user')),
        sa.ForeignKeyConstraint(['opd_id'], ['opd.id'], name=op.f('fk_delegation_opd_id_opd')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_delegation')),
    )
    op.create_index(op.f('ix_delegation_delegate_id'), 'delegation', ['delegate_id'], unique=False)
    op.create_index(op.f('ix_delegation_opd_id'), 'delegation', ['opd_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_delegation_opd_id'), table_name='delegation')
    op.drop_index(op.f('ix_delegation_delegate_id'), table_name='delegation')
    op.drop_table('delegation')
