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
    """The cue words of the sense, modality, violence, protest and engine rules are data
    (lexicons/cues.tsv), checked like every lexicon."""
    from hadath.events.cues import cue
    from hadath.events.modality import NEGATION
    from hadath.events.sense import GOD, VIOLENCE_WORDS
    from hadath.lexicon.schemas import CUES

    rows = load_table("cues.tsv", schema=CUES)
    assert len({r["name"] for r in rows}) == len(rows) >= 50
    assert "الله" in GOD and "انتحاري" in VIOLENCE_WORDS and "لم" in NEGATION
    with pytest.raises(LexiconError) as err:
        cue("NO_SUCH_SET")
    assert "cues.tsv" in str(err.value)


def test_every_cue_set_is_used_and_written_normalised():
    """No row of cues.tsv is dead data, and its words are in the normalised form tokens are
    compared in (a word with ة, a diacritic or a hamza on its alif could never match)."""
    import re
    from pathlib import Path

    import hadath
    from hadath.lexicon.schemas import CUES

    src = Path(hadath.__file__).parent
    code = "\n".join(p.read_text(encoding="utf-8") for p in src.rglob("*.py"))
    used = set(re.findall(r'cue\("([A-Z_]+)"\)', code))
    rows = load_table("cues.tsv", schema=CUES)
    assert {r["name"] for r in rows} <= used, sorted({r["name"] for r in rows} - used)
    bad = [(r["name"], w) for r in rows for w in r["words"]
           if re.search("[\u064b-\u0652\u0629\u0623\u0625\u0622\u0649]", w)]
    assert not bad, bad


def test_an_earlier_sector_needs_its_last_day(tmp_path):
    from hadath.lexicon.loader import lexicon_dir

    for name in ("countries.tsv", "places.tsv", "bodies.tsv"):
        (tmp_path / name).write_text((lexicon_dir() / name).read_text(encoding="utf-8"), encoding="utf-8")
    header = "\t".join(c.name for c in SCHEMAS["organizations.tsv"])
    (tmp_path / "organizations.tsv").write_text(
        f"{header}\norg:x\tX\tحركة إكس\tAFG\tGOV\tarmed\t\tREB\t\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        Gazetteer.load(tmp_path)
    assert "organizations.tsv:2" in str(err.value) and "earlier_until" in str(err.value)


@pytest.mark.parametrize("last, first", [("2021-08-14", "2021-08-15"), ("2021-02", "2021-03-01"),
                                         ("2021-12", "2022-01-01"), ("2021", "2022-01-01"), ("2020-02-28", "2020-02-29")])
def test_a_later_sector_starts_the_day_after_the_earlier_ends(last, first):
    from hadath.lexicon.gazetteer import _day_after

    assert _day_after(last) == first
