"""Initial schema: companies, events, funding rounds, source state, alerts, settings.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "company",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String, nullable=False, index=True),
        sa.Column("name_zh", sa.String),
        sa.Column("aliases", sa.JSON, nullable=False),
        sa.Column("sector", sa.String),
        sa.Column("headquarters", sa.String),
        sa.Column("founded", sa.Integer),
        sa.Column("hk_code", sa.String, index=True),
        sa.Column("a_code", sa.String),
        sa.Column("a_exchange", sa.String),
        sa.Column("notes", sa.String, nullable=False, server_default=""),
        sa.Column("tags", sa.JSON, nullable=False),
        sa.Column("facts", sa.JSON, nullable=False),
        sa.Column("origin", sa.String, nullable=False, server_default="user"),
        sa.Column("seed_key", sa.String),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "event",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "company_id",
            sa.Integer,
            sa.ForeignKey("company.id", ondelete="SET NULL"),
            index=True,
        ),
        sa.Column("kind", sa.String, nullable=False, index=True),
        sa.Column("source", sa.String, nullable=False),
        sa.Column("published", sa.Date, index=True),
        sa.Column("title", sa.String, nullable=False),
        sa.Column("url", sa.String),
        sa.Column("fingerprint", sa.String, nullable=False, unique=True),
        sa.Column("ref", sa.String),
        sa.Column("subject", sa.String, nullable=False),
        sa.Column("subject_key", sa.String, nullable=False, index=True),
        sa.Column("names", sa.JSON, nullable=False),
        sa.Column("match_reason", sa.String),
        sa.Column("raw", sa.JSON, nullable=False),
        sa.Column("seen_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "funding_round",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "company_id",
            sa.Integer,
            sa.ForeignKey("company.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("date", sa.Date),
        sa.Column("round", sa.String, nullable=False),
        sa.Column("amount", sa.Float),
        sa.Column("currency", sa.String),
        sa.Column("amount_usd", sa.Float),
        sa.Column("investors", sa.JSON, nullable=False),
        sa.Column("source_url", sa.String),
        sa.Column("notes", sa.String, nullable=False, server_default=""),
    )
    op.create_table(
        "source_state",
        sa.Column("source_id", sa.String, primary_key=True),
        sa.Column("enabled", sa.Boolean, nullable=False),
        sa.Column("interval_min", sa.Integer, nullable=False),
        sa.Column("validators", sa.JSON, nullable=False),
        sa.Column("memory", sa.JSON, nullable=False),
        sa.Column("last_run", sa.DateTime),
        sa.Column("last_success", sa.DateTime),
        sa.Column("last_error", sa.String),
        sa.Column("last_error_at", sa.DateTime),
        sa.Column("next_run", sa.DateTime),
        sa.Column("items_seen", sa.Integer, nullable=False, server_default="0"),
        sa.Column("new_events", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "alert",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "event_id",
            sa.Integer,
            sa.ForeignKey("event.id", ondelete="CASCADE"),
            nullable=False,
            unique=True,
        ),
        sa.Column("company_id", sa.Integer, index=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("read", sa.Boolean, nullable=False),
        sa.Column("delivered", sa.Boolean, nullable=False),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String, primary_key=True),
        sa.Column("value", sa.JSON),
    )


def downgrade() -> None:
    for table in ("setting", "alert", "source_state", "funding_round", "event", "company"):
        op.drop_table(table)
