"""An index of the pipeline's events: those with a subject, other than news, prices and
A-share announcements, by subject and id.

The Pipeline tab reads every applicant's events in subject order.  Through the index of
``subject_key`` alone that meant walking the entries of every event (news and prices
are most of them) and reading each row to look at its kind; this partial index holds
only the pipeline's events, in the order the read wants them.  The pipeline's queries
name the same kinds as literals, so that the planner can see that they are within it.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# As desktop/store/pipeline.py writes it (a migration keeps its own copy).
PIPELINE_EVENTS = "subject_key != '' AND kind NOT IN ('news', 'price', 'a_share_announcement')"


def upgrade() -> None:
    op.create_index(
        "ix_event_pipeline",
        "event",
        ["subject_key", "id"],
        sqlite_where=sa.text(PIPELINE_EVENTS),
        postgresql_where=sa.text(PIPELINE_EVENTS),
    )


def downgrade() -> None:
    op.drop_index("ix_event_pipeline", table_name="event")
