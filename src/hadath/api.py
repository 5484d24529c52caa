"""Shared pipeline instances for the convenience API (one per config, built lazily)."""

from __future__ import annotations

from functools import lru_cache

from .config import Config
from .pipeline import Pipeline


@lru_cache(maxsize=4)
def default_pipeline(config: Config) -> Pipeline:
    """The pipeline for ``config``, built once (configs are frozen, so this is safe)."""
    return Pipeline(config)
