"""Persistence: SQLModel tables on SQLite (WAL), migrations, bulk writes.

Importing this package is cheap; SQLModel/SQLAlchemy load only when ``tables``,
``db`` or the repositories are imported (after the first paint).
"""
