"""Spaced review of each learner's own misses: items, FSRS scheduling, the queue, export.

A step the learner missed in a lesson (a cue, a reveal, a grammar error) becomes a review
item (`items.py`), scheduled by the `fsrs` package (`scheduling.py`); the due queue is built
from the store (`queue.py`); an item is asked again with the lesson's own tutor, one step
(`session.py`); the learner's items export to Anki or CSV (`export.py`); `progress.py`
sums up what the learner has done.
"""
