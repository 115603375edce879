"""Suggested funding rounds: rounds proposed from filings and news, accepted or rejected.

Revision ID: 0005
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "funding_proposal",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "company_id",
            sa.Integer,
            sa.ForeignKey("company.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("fingerprint", sa.String, nullable=False, unique=True),
        sa.Column("status", sa.String, nullable=False, server_default="proposed", index=True),
        sa.Column("round", sa.String, nullable=False, server_default=""),
        sa.Column("date", sa.Date),
        sa.Column("date_precision", sa.String, nullable=False, server_default=""),
        sa.Column("amount", sa.Float),
        sa.Column("currency", sa.String),
        sa.Column("valuation", sa.Float),
        sa.Column("valuation_currency", sa.String),
        sa.Column("investors", sa.JSON, nullable=False),
        sa.Column("sources", sa.JSON, nullable=False),
        sa.Column(
            "round_id", sa.Integer, sa.ForeignKey("funding_round.id", ondelete="SET NULL")
        ),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("decided_at", sa.DateTime),
    )


def downgrade() -> None:
    op.drop_table("funding_proposal")
