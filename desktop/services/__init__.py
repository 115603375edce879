"""Qt-aware services without widgets: background tasks, polling, scheduling, alerts."""
