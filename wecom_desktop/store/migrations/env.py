"""Alembic environment: runs migrations on the engine handed over in config.attributes."""

from __future__ import annotations

from alembic import context

from wecom_desktop.store.migrations.env_filters import include_name
from wecom_desktop.store.models import Base

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_name=include_name,
    )
    context.run_migrations()
