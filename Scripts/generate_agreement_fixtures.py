#!/usr/bin/env python3
"""Generates the fixtures that check ClipBench's agreement coefficients against reference implementations.

The output, Tests/ClipBenchTests/Fixtures/agreement/label-agreement.json, is committed, so `swift test`
needs no Python. Re-run this script only to regenerate it (the seed below makes it reproducible):

    python3 -m venv /tmp/agreement-venv
    /tmp/agreement-venv/bin/pip install krippendorff==0.9.0 statsmodels==0.15.0
    /tmp/agreement-venv/bin/python Scripts/generate_agreement_fixtures.py

Each case is a random table of nominal labels (items × raters) drawn from ClipBench's region labels,
each rater copying a shared "true" label with some probability and otherwise drawing at random, so
agreement ranges from chance to near-perfect. The references:
- Cohen's kappa (two raters): statsmodels.stats.inter_rater.cohens_kappa on the 2-way contingency table;
- Fleiss' kappa: statsmodels.stats.inter_rater.fleiss_kappa(aggregate_raters(table)[0], method="fleiss");
- Krippendorff's alpha (nominal): krippendorff.alpha(reliability_data=raters × items, level_of_measurement="nominal").
Every item is labelled by every rater (ClipBench gives every non-whitespace character a label, `none`
where no region covers it), so the cases have no missing values.
"""
import json
import random
from pathlib import Path

import krippendorff
import numpy as np
import statsmodels
from statsmodels.stats.inter_rater import aggregate_raters, cohens_kappa, fleiss_kappa

OUTPUT = Path(__file__).resolve().parent.parent / "Tests" / "ClipBenchTests" / "Fixtures" / "agreement" / "label-agreement.json"
LABELS = ["headline", "metadata", "body", "boilerplate", "none"]


def random_case(generator, raters, items, copy_probability, label_count):
    labels = LABELS[:label_count]
    weights = [generator.random() + 0.2 for _ in labels]
    table = []
    for _ in range(items):
        truth = generator.choices(labels, weights)[0]
        table.append([truth if generator.random() < copy_probability else generator.choice(labels) for _ in range(raters)])
    return table


def references(table):
    raters = len(table[0])
    index = {label: position for position, label in enumerate(sorted({label for row in table for label in row}))}
    codes = np.array([[index[label] for label in row] for row in table])
    case = {
        "fleiss_kappa": float(fleiss_kappa(aggregate_raters(codes)[0], method="fleiss")),
        "krippendorff_alpha": float(krippendorff.alpha(reliability_data=codes.T.astype(float), level_of_measurement="nominal")),
    }
    if raters == 2:
        contingency = np.zeros((len(index), len(index)))
        for first, second in codes:
            contingency[first, second] += 1
        case["cohen_kappa"] = float(cohens_kappa(contingency).kappa)
    return case


def main():
    generator = random.Random(20261201)
    cases = []
    for raters in (2, 3, 4, 6):
        for items, copy_probability, label_count in ((12, 0.9, 2), (60, 0.6, 3), (250, 0.8, 5), (400, 0.3, 4), (90, 0.97, 5)):
            table = random_case(generator, raters, items, copy_probability, label_count)
            if len({label for row in table for label in row}) < 2:
                continue
            case = {"raters": raters, "items": [list(row) for row in table]}
            case.update(references(table))
            cases.append(case)
    document = {
        "generator": "Scripts/generate_agreement_fixtures.py",
        "references": {"krippendorff": krippendorff.__version__ if hasattr(krippendorff, "__version__") else "0.9.0",
                       "statsmodels": statsmodels.__version__},
        "cases": cases,
    }
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    # One case per line keeps the file small and its diffs readable.
    header = json.dumps({key: value for key, value in document.items() if key != "cases"}, ensure_ascii=False)[:-1]
    lines = [json.dumps(case, ensure_ascii=False, separators=(",", ":")) for case in cases]
    OUTPUT.write_text(header + ', "cases": [\n' + ",\n".join(lines) + "\n]}\n", encoding="utf-8")
    print(f"wrote {len(cases)} cases to {OUTPUT}")


if __name__ == "__main__":
    main()
