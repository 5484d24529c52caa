"""Confidence calibration: features of an event, the logistic fit, the shipped model."""

import math

import pytest

from conftest import SHARED, requires_shared
from hadath import Config, Pipeline
from hadath.calibration import Calibration, features, fit, judgements_path, reliability_table
from hadath.document import Event, Participant, Span
from hadath.errors import LexiconError


def _event(rule="قتل:verb:explicit", recipient=True, etype="ASSAULT", raw=0.9):
    ev = Event(id="", type=etype, mode=None, trigger=Span(0, 1, "x"), evidence=Span(0, 1, "x"),
               actor=[Participant("ISR", "MIL", None, "")],
               recipient=[Participant("PSE", None, None, "")] if recipient else [], rule=rule)
    ev.confidence = raw
    return ev


@pytest.mark.parametrize("rule, recipient, expected", [
    ("قتل:verb:explicit", True, "recipient=stated"),
    ("قتل:verb:explicit+r", True, "recipient=clause"),
    ("طالب:verb:pro-drop+R", True, "recipient=article"),
    ("طالب:verb:pro-drop+R0", True, "recipient=article-only"),
    ("قتل:verb:anonymous", False, "recipient=none"),
])
def test_features_name_how_the_roles_were_found(rule, recipient, expected):
    fs = features(_event(rule, recipient))
    assert expected in fs and "type=ASSAULT" in fs and f"actor={rule.rsplit(':', 1)[1].split('+')[0]}" in fs


def test_features_say_whether_both_sides_are_one_states_and_whether_the_article_is_political():
    ev = _event()
    assert "context=none" in features(ev) and not any(f.startswith("within=") for f in features(ev))
    ev.context = ["military"]
    ev.recipient = [Participant("ISR", "CVL", None, "")]
    ev.reported = True
    fs = features(ev)
    assert "context=some" in fs and "within=ASSAULT" in fs and "reported" in fs and "retold" not in fs


def test_the_fit_recovers_the_rates_of_its_features():
    examples = [(["a"], 1)] * 80 + [(["a"], 0)] * 20 + [(["b"], 1)] * 20 + [(["b"], 0)] * 80
    w = fit(examples, l2=0.01)

    def p(f):
        return 1 / (1 + math.exp(-(w["bias"] + w[f])))
    assert abs(p("a") - 0.8) < 0.03 and abs(p("b") - 0.2) < 0.03


def test_the_shipped_model_ranks_a_stated_attack_above_a_guessed_request():
    cal = Calibration.load()
    strong = cal(_event("قتل:verb:explicit", etype="ASSAULT"))
    weak = cal(_event("طالب:verb:pro-drop+R0", etype="REQUEST", raw=0.25))
    assert 0 < weak < strong < 1


def test_without_a_model_the_raw_score_is_kept(tmp_path):
    assert Calibration.load(tmp_path)(_event(raw=0.42)) == 0.42


def test_a_bad_weight_names_file_and_line(tmp_path):
    (tmp_path / "calibration.tsv").write_text("feature\tweight\nbias\t-1.0\ntype=ASSAULT\tlots\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        Calibration.load(tmp_path)
    assert "calibration.tsv" in str(err.value) and "3" in str(err.value)


def test_reliability_bands():
    rows = dict((b, (n, c)) for b, n, c in reliability_table([(0.05, 0), (0.25, 1), (0.75, 1), (0.95, 0)]))
    assert rows[0.0] == (1, 0) and rows[0.2] == (1, 1) and rows[0.7] == (2, 1)


def test_events_carry_calibrated_confidence_and_the_raw_score_decides_what_is_emitted(nlp):
    text = "شنت إسرائيل غارة جوية على دمشق يوم الأحد."
    raw = Pipeline(Config(calibrate_confidence=False))(text, published="2024-05-10").events
    cal = nlp(text, published="2024-05-10").events
    assert [e.type for e in raw] == [e.type for e in cal] == ["ASSAULT"]
    assert cal[0].confidence == Calibration.load()(raw[0])


def test_the_judgements_ship_with_the_source_and_name_no_article_text():
    lines = [x for x in judgements_path().read_text(encoding="utf-8").splitlines() if not x.startswith("#")]
    head = lines[0].split("\t")
    assert head == ["sample", "article_id", "type", "trigger", "evidence_start", "actor", "recipient", "verdict",
                    "pattern"]
    assert len(lines) > 2000 and all(len(x.split("\t")) == len(head) for x in lines)


@requires_shared
def test_the_judged_events_are_found_again():
    from hadath.calibration import judged_examples
    got = judged_examples(SHARED, samples={"M"})
    assert len(got) > 120 and {s for s, _, _ in got} == {"M"}, len(got)
