"""What libpq (through psycopg) says when the team database's server is not there, or the
connection to it went: matched in lower case, by the store and by the plain-words errors."""

from __future__ import annotations

SERVER_UNREACHABLE: tuple[str, ...] = (
    "connection refused",
    "could not connect",
    "connection failed",
    "timeout expired",
    "could not translate host name",
    "name or service not known",
    "no route to host",
    "network is unreachable",
    "connection timed out",
)
CONNECTION_LOST: tuple[str, ...] = (
    "server closed the connection",
    "terminating connection",
    "consuming input failed",
    "connection is lost",
    "connection already closed",
    "the connection is closed",
)
