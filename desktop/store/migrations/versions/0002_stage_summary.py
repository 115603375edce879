"""Keep each company's stage summary on its row so the watchlist loads in one query.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("company") as batch:
        batch.add_column(
            sa.Column("stage", sa.String, nullable=False, server_default="watching")
        )
        batch.add_column(sa.Column("stage_since", sa.Date))
        batch.add_column(sa.Column("last_event_date", sa.Date))
        batch.add_column(sa.Column("last_event_title", sa.String))
        batch.add_column(sa.Column("next_step", sa.String, nullable=False, server_default=""))
        batch.add_column(sa.Column("next_date", sa.Date))
        batch.add_column(sa.Column("lapse_date", sa.Date))
    op.create_index("ix_company_stage", "company", ["stage"])


def downgrade() -> None:
    op.drop_index("ix_company_stage", "company")
    with op.batch_alter_table("company") as batch:
        for column in (
            "lapse_date",
            "next_date",
            "next_step",
            "last_event_title",
            "last_event_date",
            "stage_since",
            "stage",
        ):
            batch.drop_column(column)
