"""How sure the estimate is of their top issue: the one rule the panel's headline and Next MESOs'
purpose both grade with (model/counterpart/sureness.py)."""

from __future__ import annotations

import pytest

from meso_desk.model.counterpart.sureness import top_issue_grade, top_issue_words


@pytest.mark.parametrize("p, n, grade", [
    (0.97, 6, "fairly"), (0.75, 6, "fairly"), (0.7496, 6, "fairly"), (0.749, 6, "fairly"), (0.7449, 6, "shape"), (0.6, 6, "shape"), (0.5, 6, "shape"),
    (0.49, 6, "rough"), (0.3, 6, "rough"), (0.29, 6, "hardly"),
    (0.39, 4, "hardly"), (0.4, 4, "rough"),  # rough needs 1.6 × chance too
])
def test_the_grade_follows_the_top_issues_probability(p, n, grade):
    assert top_issue_grade(p, n) == grade


def test_the_words_say_the_grade():
    assert top_issue_words(0.78, 6, "Payment term") == "fairly sure Payment term matters most to them (78 %)"
    assert top_issue_words(0.74, 6, "Payment term") == ("taking shape: Payment term probably matters most to "
                                                         "them (74 %)")
    assert top_issue_words(0.4, 6, "Payment term").startswith("rough: Payment term may matter")
    assert top_issue_words(0.2, 6, "Payment term").startswith("hardly more than a guess")
