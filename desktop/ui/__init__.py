"""Widgets only: windows, models/views, dialogs."""
