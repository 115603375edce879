from __future__ import annotations

from desktop.sources import registry


def test_every_source_module_matches_the_registry() -> None:
    assert set(registry.DEFAULT_INTERVALS) == set(registry.SOURCE_IDS) == set(registry.TITLES)
    for source_id in registry.SOURCE_IDS:
        module = registry.load(source_id)
        assert source_id == module.SOURCE_ID
        assert registry.DEFAULT_INTERVALS[source_id] == module.DEFAULT_INTERVAL_MIN
        assert callable(module.parse) and callable(module.fetch)
