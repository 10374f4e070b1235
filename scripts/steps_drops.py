"""Matches of scripts/make_tatoeba_steps.py dropped on review by eye: not an answer a learner
could give, as it is, to that step's question (another place, time or topic; a place that is
no trip; a vague «allí»), or Spanish beyond A1 (a subjunctive clause)."""

REVIEW_DROPS = {
    # «¿Sigo todo recto?»: a subjunctive clause
    "Gira a la izquierda cuando se bifurque la carretera.",
    "Ve derecho hacia adelante hasta que llegues a la iglesia.",
    "¿Hay una tienda ahí?",
    # «¿Y qué vas a hacer el domingo?» / «Mañana hace buen tiempo. ¿Qué vas a hacer?»: another
    # time, or nothing said
    "Voy a ir a buscar a Tom ahora.",
    "Voy a ir allí.",
    "Voy a ver al doctor de nuevo el próximo viernes.",
    "Me voy a quedar allí un par de días.",
    "Vamos a ir a comer el viernes.",
    "Vamos a ir juntos.",
    "Pienso ir allí.",
    "Vamos a ver cómo le va a Tom.",
    "Voy a ir a Londres este verano.",
    "Voy a ir a cambiarme de ropa.",
    "Voy a ir a lo de Tomás esta noche.",
    "Voy a ir a un examen en enero.",
    # «¿Y para comer?» / «¿Está bueno?»: no dish ordered or judged
    "La pizza está en camino.",
    "El pescado es bueno para vos.",
    "El pescado sabía a salmón.",
    "La pizza es mi comida favorita.",
    "La sopa está muy caliente.",
    # «¿Qué ropa llevas en invierno?»
    "Yo llevo una vida sencilla.",
    # «¿Qué vas a traer a la fiesta?»
    "Traigo noticias.",
    # «¿Adónde quiere viajar?»: no trip
    "Me gustaría ir al mar contigo.",
    "Quiero ir a la escuela.",
    "Quiero ir a la fiesta.",
    "Quisiera ir al cine.",
    "Me gustaría ir a verte.",
    "Me gustaría ir al concierto contigo.",
    "Quiero ir a pescar.",
    "Quiero ir al centro.",
    "Quiero ir a la tienda.",
    "Voy a ir al cine.",
    # a farewell to a hotel receptionist
    "Gracias, doctor.",
}
