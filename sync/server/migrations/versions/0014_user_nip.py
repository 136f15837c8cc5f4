"""the officer's NIP on the account (#13.19): app_user.nip, nullable

Accounts made before this revision have none; `blangkon-server users nip USERNAME --nip …` fills it in.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 17:05:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0014'
down_revision: Union[str, Sequence[str], None] = '0013'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column('app_user', sa.Column('nip', sa.String(length=18), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('app_user') as batch:  # SQLite before 3.35 cannot drop a column in place
        batch.drop_column('nip')
