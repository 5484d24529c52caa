"""hadath (حدث): Arabic news to structured, verifiable political event data."""

from __future__ import annotations

from .config import Config
from .document import SCHEMA_VERSION, Document
from .errors import HadathError
from .pipeline import Pipeline

__version__ = "0.1.0"
__all__ = ["Config", "Document", "HadathError", "Pipeline", "SCHEMA_VERSION", "extract", "__version__"]


def extract(text: str, *, published: str | None = None, id: str | None = None,
            meta: dict[str, str] | None = None, config: Config | None = None) -> Document:
    """Extract entities, times, quotes and events from one Arabic article.

    ``published`` (``YYYY-MM-DD``) anchors relative dates (``أمس``, ``يوم الاثنين``).
    The default pipeline is built on first use and reused; pass ``config`` for a
    pipeline with other settings (or build a :class:`Pipeline` yourself).
    """
    from .api import default_pipeline

    return default_pipeline(config or Config())(text, published=published, id=id, meta=meta)
