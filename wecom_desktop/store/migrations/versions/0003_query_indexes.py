"""query indexes: media by status with kind or size; messages but text by conversation and type

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_messages_conversation_type_time",
        "messages",
        ["conversation_id", "msgtype", "msgtime", "id"],
        sqlite_where=sa.text("msgtype != 'text'"),
    )
    op.create_index("ix_media_status_kind", "media", ["status", "kind", "attempts"])
    op.create_index("ix_media_status_size", "media", ["status", "size"])
    # Every query it answered starts with status, so either index above answers it now.
    op.drop_index("ix_media_status", table_name="media")


def downgrade() -> None:
    op.create_index("ix_media_status", "media", ["status"])
    op.drop_index("ix_media_status_size", table_name="media")
    op.drop_index("ix_media_status_kind", table_name="media")
    op.drop_index("ix_messages_conversation_type_time", table_name="messages")
