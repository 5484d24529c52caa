import pytest

from hadath.errors import LexiconError
from hadath.lexicon.gazetteer import Gazetteer, nisba_forms
from hadath.lexicon.loader import SCHEMAS, load_table


def test_all_shipped_lexicons_load():
    gaz = Gazetteer.load()
    assert len(gaz.entries) > 1000
    assert gaz.lookup("قطر")[0].id == "QAT"


def test_schema_error_names_file_and_line(tmp_path):
    (tmp_path / "bodies.tsv").write_text(
        "# comment\nnames_ar\tname_en\tsector\tkind\nوزارة الخارجية\tForeign Ministry\tXXX\tbody\n",
        encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_table("bodies.tsv", directory=tmp_path)
    msg = str(err.value)
    assert "bodies.tsv:3" in msg and "sector" in msg and "hint" in msg


def test_unknown_sense_rule_names_file_and_line(tmp_path):
    from hadath.events.lexicon import TriggerIndex
    from hadath.lexicon.loader import lexicon_dir

    lines = (lexicon_dir() / "triggers.tsv").read_text(encoding="utf-8").splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("lemma\t"))
    bad = "هاجم\tهاجم*\tASSAULT\t\tverb\tactive\t\t0.85\tverbal=ATTACK\tattack"
    (tmp_path / "triggers.tsv").write_text("\n".join(lines[:header + 1] + [bad]) + "\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        TriggerIndex.load(tmp_path)
    assert f"triggers.tsv:{header + 2}" in str(err.value) and "verbal=ATTACK" in str(err.value)


def test_wrong_header_is_reported(tmp_path):
    (tmp_path / "bodies.tsv").write_text("names\tname_en\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="header"):
        load_table("bodies.tsv", directory=tmp_path)


def test_missing_file_has_a_hint(tmp_path):
    with pytest.raises(LexiconError, match="missing"):
        load_table("bodies.tsv", directory=tmp_path)


def test_people_schema_is_shared_by_all_people_files():
    assert "people" in SCHEMAS


def test_nisba_forms():
    forms = nisba_forms("أمريكي")
    for f in ("امريكي", "الامريكي", "امريكيه", "الامريكيه", "الامريكيين", "امريكيون"):
        assert f in forms


def test_the_cue_sets_load_with_their_schema():
    """The sense rules' cue words are data (lexicons/cues.tsv), checked like every lexicon."""
    from hadath.events.sense import GOD, VIOLENCE_WORDS, cue
    from hadath.lexicon.schemas import CUES

    rows = load_table("cues.tsv", schema=CUES)
    assert len({r["name"] for r in rows}) == len(rows) >= 50
    assert "الله" in GOD and "انتحاري" in VIOLENCE_WORDS
    with pytest.raises(LexiconError) as err:
        cue("NO_SUCH_SET")
    assert "cues.tsv" in str(err.value)
