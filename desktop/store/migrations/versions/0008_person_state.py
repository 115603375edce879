"""What belongs to one person on a team database: their read and delivered state of
each alert.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "alert_state",
        sa.Column(
            "alert_id",
            sa.Integer,
            sa.ForeignKey("alert.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("person", sa.String, primary_key=True),
        sa.Column("read", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("delivered", sa.Boolean, nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    op.drop_table("alert_state")
