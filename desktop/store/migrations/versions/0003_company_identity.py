"""Official names and stock codes learned from the sources, with where each came from.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "company_identity",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "company_id",
            sa.Integer,
            sa.ForeignKey("company.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("field", sa.String, nullable=False),
        sa.Column("value", sa.String, nullable=False),
        sa.Column("source", sa.String, nullable=False),
        sa.Column("url", sa.String),
        sa.Column("published", sa.Date),
        sa.Column("event_id", sa.Integer),
        sa.Column("learned_at", sa.DateTime, nullable=False),
        sa.Column("removed", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.UniqueConstraint("company_id", "field", "value"),
    )
    op.create_index("ix_company_identity_company_id", "company_identity", ["company_id"])


def downgrade() -> None:
    op.drop_index("ix_company_identity_company_id", "company_identity")
    op.drop_table("company_identity")
