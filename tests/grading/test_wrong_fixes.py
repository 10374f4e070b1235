"""Fixes a learner would copy into a wrong sentence are not given (found by comparing the
fixes on the tuning pairs' learner sentences with the experts' corrections)."""

from langbot.grading import sentence_errors


def _fixes(text: str) -> list[str | None]:
    return [error.fix for error in sentence_errors(text)]


def test_a_number_before_a_month_is_its_day_not_a_count():
    """«nació 29 enero» lacks «de», but «eneros» would be a wrong fix."""
    assert "eneros" not in _fixes("Oprah nació el 29 enero de 1954.")
    assert "marzos" not in _fixes("Nació en 26 marzo de 1931.")


def test_a_count_before_another_noun_is_still_told_its_plural():
    """«dos mes»: «meses»."""
    assert "meses" in _fixes("Pasé dos mes en Chile.")
