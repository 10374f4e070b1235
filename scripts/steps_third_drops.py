"""Matches of scripts/make_tatoeba_third.py dropped by review by eye (both halves, before grading)."""

REVIEW_DROPS: set[str] = {
    # another time than the step's (the film is on Saturday)
    "Nos vemos en la estación mañana.",
    # a place only the speaker can see, no answer in a chat
    "Yo vivo justo allá.",
    "Vivo cruzando la calle.",
    # near something else than the centre the question names
    "Vivo cerca del dique.",
    "Vivo cerca del trabajo.",
    "Mi casa está lejos de aquí.",
    # no school subject
    "Me gusta la escritura.",
    # a job or a skill, not what the father is like; «hábil» is no A1 word
    "Mi padre es un cirujano experto.",
    "Mi padre es un hábil pescador.",
    "Mi padre es profesor de inglés.",
    # «he came», not wine
    "Él vino.",
    # a place other than the learner's town, or a room, not the weather
    "Está nevando allí.",
    "Hace calor en la habitación.",
    "No está frío.",
    # an order to the one who asks after the answer
    "Hace frío afuera. Ponte tu abrigo.",
    # another job than the learner's
    "Me gusta ese trabajo.",
    # late, not with whom
    "Voy con retraso.",
}
