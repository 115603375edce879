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
    "funding_documents",
)

TITLES: dict[str, str] = {
    "hkex_app": "HKEX application proofs and PHIPs",
    "hkex_news": "HKEX listing documents",
    "hkex_new_listings": "HKEX New Listing Report",
    "csrc": "CSRC overseas listing filings",
    "cninfo": "cninfo A-share announcements",
    "news": "News feeds",
    "prices": "Share prices (Hong Kong)",
    "funding_documents": "Funding rounds in offer documents",
}


# Each module's DEFAULT_INTERVAL_MIN, here too so that scheduling at start-up does not
# import every source (and httpx) on the GUI thread; a test keeps the two equal.
DEFAULT_INTERVALS: dict[str, int] = {
    "hkex_app": 60,
    "hkex_news": 30,
    "hkex_new_listings": 1440,
    "csrc": 1440,
    "cninfo": 60,
    "news": 30,
    "prices": 1440,
    "funding_documents": 360,
}


def load(source_id: str) -> ModuleType:
    """The source's module (imported on first use: polling starts after the first paint)."""
    if source_id not in SOURCE_IDS:
        raise KeyError(f"unknown source {source_id!r}")
    return import_module(f"desktop.sources.{source_id}")
