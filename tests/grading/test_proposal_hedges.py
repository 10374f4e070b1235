"""A proposal put as a question after any word that opens an answer (openers.yaml's kinds of
the proposal_hedges use), not only after the few words a list of its own once held."""

from helpers import accepted_at_steps

test_a_proposal_after_an_opener_is_accepted = accepted_at_steps(
    [
        ("cocina", 1, "Entonces, ¿qué tal una paella?"),  # a link, as «pues» is
        ("playa", 7, "A lo mejor, ¿a las seis?"),
        ("playa", 7, "No sé, ¿a las seis?"),  # as before
    ],
)
