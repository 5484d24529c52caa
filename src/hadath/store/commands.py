"""CLI commands for storage and batch runs (registered by hadath.cli)."""


def register(sub) -> None:  # filled in by the storage work
    return None
