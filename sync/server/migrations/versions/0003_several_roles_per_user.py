"""several roles per user

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 12:05:10.685418

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0003'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema. SQLite ignores VARCHAR lengths, and rebuilding app_user there would trip the foreign
    keys that point at it, so only PostgreSQL needs the change."""
    if op.get_bind().dialect.name == "sqlite":
        return
    with op.batch_alter_table('app_user', schema=None) as batch_op:
        batch_op.alter_column('role',
               existing_type=sa.VARCHAR(length=16),
               type_=sa.String(length=64),
               existing_nullable=False)

    # ### end Alembic commands ###


def downgrade() -> None:
    """Downgrade schema."""
    if op.get_bind().dialect.name == "sqlite":
        return
    with op.batch_alter_table('app_user', schema=None) as batch_op:
        batch_op.alter_column('role',
               existing_type=sa.String(length=64),
               type_=sa.VARCHAR(length=16),
               existing_nullable=False)

    # ### end Alembic commands ###
