"""The offer and after: offers, the offer documents read, and the facts they printed.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "offer",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("stock_code", sa.String, nullable=False, unique=True),
        sa.Column(
            "company_id", sa.Integer, sa.ForeignKey("company.id", ondelete="SET NULL"), index=True
        ),
        sa.Column("issuer", sa.String, nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "offer_document",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("url", sa.String, nullable=False, unique=True),
        sa.Column(
            "offer_id", sa.Integer, sa.ForeignKey("offer.id", ondelete="CASCADE"), index=True
        ),
        sa.Column("status", sa.String, nullable=False, server_default="read"),
        sa.Column("reason", sa.String),
        sa.Column("doc_type", sa.String, nullable=False, server_default="other"),
        sa.Column("lang", sa.String),
        sa.Column("stock_code", sa.String),
        sa.Column("title", sa.String, nullable=False, server_default=""),
        sa.Column("published", sa.Date),
        sa.Column("page_count", sa.Integer, nullable=False, server_default="0"),
        sa.Column("checks", sa.JSON, nullable=False),
        sa.Column("read_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "offer_fact",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "offer_id",
            sa.Integer,
            sa.ForeignKey("offer.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column(
            "document_id",
            sa.Integer,
            sa.ForeignKey("offer_document.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("key", sa.String, nullable=False),
        sa.Column("value", sa.JSON),
        sa.Column("page", sa.Integer, nullable=False, server_default="0"),
        sa.Column("snippet", sa.String, nullable=False, server_default=""),
        sa.UniqueConstraint("document_id", "key"),
    )


def downgrade() -> None:
    op.drop_table("offer_fact")
    op.drop_table("offer_document")
    op.drop_table("offer")
