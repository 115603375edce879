"""One module per data source. Each has a pure ``parse(bytes) -> list[SourceItem]``."""
