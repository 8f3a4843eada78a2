"""search index: normalised texts, time-ordered segments, FTS5 bigram index

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from wecom_desktop.store.search_index import FTS_CREATE, VOCAB_CREATE, reindex_all

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "search_docs",
        sa.Column("docid", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["message_id"], ["messages.id"]),
        sa.PrimaryKeyConstraint("docid"),
    )
    op.create_table(
        "search_segments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lo_docid", sa.Integer(), nullable=False),
        sa.Column("hi_docid", sa.Integer(), nullable=False),
        sa.Column("max_msgtime", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("messages") as batch_op:
        batch_op.add_column(sa.Column("search_docid", sa.Integer(), nullable=True))
    op.execute(FTS_CREATE)
    op.execute(VOCAB_CREATE)
    reindex_all(op.get_bind())  # archives written before the search index get theirs now


def downgrade() -> None:
    op.execute("DROP TABLE search_vocab")
    op.execute("DROP TABLE search_fts")
    with op.batch_alter_table("messages") as batch_op:
        batch_op.drop_column("search_docid")
    op.drop_table("search_segments")
    op.drop_table("search_docs")
