"""The sources the app polls, in the order a full poll runs them."""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

SOURCE_IDS: tuple[str, ...] = (
    "hkex_app",
    "hkex_news",
    "csrc",
    "cninfo",
    "hkex_new_listings",
    "news",
    "prices",
)

TITLES: dict[str, str] = {
    "hkex_app": "HKEX application proofs and PHIPs",
    "hkex_news": "HKEX listing documents",
    "hkex_new_listings": "HKEX New Listing Report",
    "csrc": "CSRC overseas listing filings",
    "cninfo": "cninfo A-share announcements",
    "news": "News feeds",
    "prices": "Share prices (Hong Kong)",
}


def load(source_id: str) -> ModuleType:
    """The source's module (imported on first use: polling starts after the first paint)."""
    if source_id not in SOURCE_IDS:
        raise KeyError(f"unknown source {source_id!r}")
    return import_module(f"desktop.sources.{source_id}")
