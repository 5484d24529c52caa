"""The pipeline: registry order, requirements, configs, and the public API."""

import pytest

import hadath
from hadath import Config, Pipeline
from hadath.errors import EmptyInputError, HadathError, PipelineError
from hadath.stages import REGISTRY


def test_registry_chain_is_consistent():
    provided: set[str] = set()
    for spec in REGISTRY:
        assert set(spec.requires) <= provided, spec.name
        provided |= set(spec.provides)


def test_unknown_stage_is_named_with_the_known_ones():
    with pytest.raises(PipelineError, match="known stages"):
        Pipeline(Config(stages=("text", "sentiment")))


def test_missing_requirement_says_which_stage_to_add():
    with pytest.raises(PipelineError, match="add the stage"):
        Pipeline(Config(stages=("text", "events")))


def test_disabling_a_stage_drops_its_dependants():
    p = Pipeline(Config(disable=("quotes",)))
    assert "quotes" not in p.stage_names and "events" not in p.stage_names


def test_config_is_frozen():
    c = Config()
    with pytest.raises(AttributeError):
        c.use_ner = False  # type: ignore[misc]
    assert c.with_(use_ner=False).use_ner is False and c.use_ner is True


def test_extract_api():
    doc = hadath.extract("قصفت إسرائيل مواقع في جنوب لبنان أمس.", published="2024-06-02")
    d = doc.to_dict()
    assert d["schema_version"] == hadath.SCHEMA_VERSION
    assert any(e["type"] == "ASSAULT" and e["date"] == "2024-06-01" for e in d["events"])


def test_header_lines_are_metadata_and_the_id():
    doc = hadath.extract("# id: x1\n# published: 2024-02-02\n# source: test\nرحبت قطر بالاتفاق.")
    assert (doc.id, doc.published, doc.meta["source"]) == ("x1", "2024-02-02", "test")
    assert doc.text == "رحبت قطر بالاتفاق."


def test_errors_are_hadath_errors_with_a_code_and_a_hint():
    with pytest.raises(EmptyInputError) as err:
        hadath.extract("   ")
    assert isinstance(err.value, HadathError) and err.value.code.startswith("E1") and err.value.hint
    assert "header" not in str(err.value)  # no header lines here: the message says what is wrong
    with pytest.raises(EmptyInputError, match="header lines"):
        hadath.extract("# id: a1\n# published: 2015-01-01\n")


def test_the_original_text_is_never_altered():
    text = "وَقالَ الرَّئيسُ ــ «نَعَم» ١٢/٦/٢٠١٨"
    doc = hadath.extract(text)
    assert doc.text == text
    assert "".join(doc.text[t.start:t.end] for t in doc.tokens if t.is_word)
