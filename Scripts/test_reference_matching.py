"""Tests of the independent span-matching reference (run: python3 -m pytest Scripts/test_reference_matching.py)."""
import random

import pytest

import reference_matching as reference
from reference_matching import span


def test_counts_follow_semeval_outcomes_on_single_pairs():
    counts = reference.entity_counts([span("PER", 0, 5)], [span("LOC", 0, 5)])["overall"]
    assert counts["strict"] == {"correct": 0, "incorrect": 1, "partial": 0, "missed": 0, "spurious": 0}
    assert counts["exact"]["correct"] == 1
    assert counts["partial"]["correct"] == 1
    assert counts["type"]["incorrect"] == 1
    counts = reference.entity_counts([span("PER", 0, 5)], [span("PER", 2, 7)])["overall"]
    assert counts["partial"] == {"correct": 0, "incorrect": 0, "partial": 1, "missed": 0, "spurious": 0}
    assert counts["type"]["correct"] == 1


def test_exclusive_ends_do_not_overlap():
    counts = reference.entity_counts([span("PER", 0, 5)], [span("PER", 5, 8)])["overall"]["partial"]
    assert (counts["missed"], counts["spurious"]) == (1, 1)


def test_partial_pairs_across_types_when_that_gives_more_pairs():
    gold = [span("LOC", 3097, 3102), span("PER", 3103, 3110)]
    predicted = [span("LOC", 3097, 3108), span("ORG", 3100, 3102)]
    partial = reference.entity_counts(gold, predicted)["overall"]["partial"]
    assert partial["partial"] == 2 and partial["missed"] == 0 and partial["spurious"] == 0


def test_three_predictions_on_three_gold_give_three_pairs():
    gold = [span("PER", 0, 10), span("PER", 10, 20), span("PER", 20, 30)]
    predicted = [span("PER", 5, 18), span("PER", 12, 14), span("PER", 25, 28)]
    counts = reference.entity_counts(gold, predicted)["overall"]["type"]
    assert counts["correct"] == 3 and counts["missed"] == 0


def test_among_maximum_matchings_the_credited_pairs_win():
    # Gold [0,10) can go to the exact prediction or to [5,15); [5,15) can also take gold [10,20).
    gold = [span("PER", 0, 10), span("PER", 10, 20)]
    predicted = [span("PER", 5, 15), span("PER", 0, 10)]
    strict = reference.entity_counts(gold, predicted)["overall"]["strict"]
    assert strict["correct"] == 1 and strict["incorrect"] == 1


def test_dates_strict_is_its_own_matching():
    gold = [{"start": 0, "end": 4, "value": "2025"}, {"start": 2, "end": 8, "value": "2025-02"}]
    predicted = [{"start": 0, "end": 4, "value": "2024"}, {"start": 3, "end": 6, "value": "2025-02"}]
    assert reference.date_counts(gold, predicted) == {"strict": 1, "relaxed": 2, "value_correct": 1}


@pytest.mark.parametrize("shape", ["merged", "split", "nested", "chained", "many-overlap"])
def test_networkx_agrees_with_brute_force(shape):
    rng = random.Random(7)
    for _ in range(60):
        gold, predicted = reference.random_case(rng, shape)
        if len(gold) + len(predicted) > 10:
            continue
        assert (reference.entity_counts(gold, predicted, reference.networkx_matching)
                == reference.entity_counts(gold, predicted, reference.brute_force_matching))


def test_date_counts_agree_with_brute_force():
    rng = random.Random(11)
    for _ in range(100):
        gold, predicted = reference.date_case(rng)
        assert (reference.date_counts(gold, predicted, reference.networkx_matching)
                == reference.date_counts(gold, predicted, reference.brute_force_matching))


def test_counts_do_not_depend_on_list_order():
    rng = random.Random(3)
    for _ in range(40):
        gold, predicted = reference.random_case(rng, "many-overlap")
        expected = reference.entity_counts(gold, predicted)
        rng.shuffle(gold)
        rng.shuffle(predicted)
        assert reference.entity_counts(gold, predicted) == expected


def test_fixture_is_what_the_generator_writes():
    import json
    committed, generated = json.loads(reference.FIXTURE.read_text(encoding="utf-8")), reference.fixture()
    assert (committed["entities"], committed["dates"]) == (generated["entities"], generated["dates"])
