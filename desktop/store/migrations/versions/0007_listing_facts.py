"""Listing facts a person types on the company: listing date and offer price.

Revision ID: 0007
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("company") as batch:
        batch.add_column(sa.Column("listing_date", sa.Date))
        batch.add_column(sa.Column("offer_price", sa.Float))


def downgrade() -> None:
    with op.batch_alter_table("company") as batch:
        batch.drop_column("offer_price")
        batch.drop_column("listing_date")
