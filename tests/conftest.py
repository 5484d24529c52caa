"""Shared fixtures: one pipeline per test session, paths to ../shared when present."""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath import Config, Pipeline

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()
GOLD_DEV = SHARED / "gold" / "dev"
SCORER = SHARED / "tools" / "score.py"

ANER_TEST = SHARED / "data" / "anercorp" / "test.txt"
requires_anercorp_test = pytest.mark.skipif(
    not ANER_TEST.is_file(),
    reason=f"ANERcorp test set not found at {ANER_TEST} (the repository's sibling `shared` folder is "
           "absent); this test measures NER quality on it")

requires_shared = pytest.mark.skipif(
    not GOLD_DEV.is_dir(),
    reason="../shared (gold data and reference scorers) is not present next to the repository; "
           "these tests measure quality on the shared dev gold")


@pytest.fixture(scope="session")
def nlp() -> Pipeline:
    return Pipeline(Config())


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not (GOLD_DEV / "seed.txt").exists():
        pytest.skip("../shared/gold/dev/seed.txt is not present")
    return (GOLD_DEV / "seed.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_doc(nlp, seed_text):
    return nlp(seed_text)
