"""account security: auth generation on users (tokens end at once), security event log

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 11:30:00

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: Union[str, Sequence[str], None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('app_user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('auth_gen', sa.Integer(), server_default='0', nullable=False))
    op.create_table(
        'security_event',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('at', sa.BigInteger(), nullable=False),
        sa.Column('kind', sa.String(length=32), nullable=False),
        sa.Column('username', sa.String(length=64), nullable=True),
        sa.Column('address', sa.String(length=64), nullable=True),
        sa.Column('actor', sa.String(length=64), nullable=True),
        sa.Column('detail', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_security_event')),
    )
    with op.batch_alter_table('security_event', schema=None) as batch_op:
        batch_op.create_index('ix_security_event_address_at', ['address', 'at'], unique=False)
        batch_op.create_index('ix_security_event_username_at', ['username', 'at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('security_event', schema=None) as batch_op:
        batch_op.drop_index('ix_security_event_username_at')
        batch_op.drop_index('ix_security_event_address_at')
    op.drop_table('security_event')
    with op.batch_alter_table('app_user', schema=None) as batch_op:
        batch_op.drop_column('auth_gen')
