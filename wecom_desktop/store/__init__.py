"""The archive database: SQLAlchemy models, migrations, batch writes and queries."""
