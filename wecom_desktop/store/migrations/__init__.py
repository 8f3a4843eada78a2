"""Alembic migrations of the archive schema."""
