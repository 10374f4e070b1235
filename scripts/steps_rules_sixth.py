"""The rules of scripts/make_tatoeba_sixth.py: (steps, regex on the folded sentence, question).

A sixth round (2026-12-05, issue 19) for the steps no earlier round covered well, above all
the six newest YAML-only lessons (ropa, tren, gimnasio, cumple, telefono, bici), then the
YAML-only and built-in steps with one row or none. As in steps_rules.py the first matching
rule wins and a rule naming several steps that ask the same thing gives each sentence to one
of them by its SHA-1. Generator-time only.
"""

from __future__ import annotations

import re

from steps_rules_fifth import _LANG

# the preterite test of the earlier rounds, minus nouns that end in a stressed «é» (café, bebé)
PAST_SIXTH = re.compile(r"\b(?!(caf|beb|canap|jos)é\b)\w+(ó|(?<!r)é)\b")

_GIFT_WHEN = r"( nuev[oa])?( (para|por|como) (tu cumpleaños|regalo de cumpleaños|regalo))?"
_TRANSPORT = r"(taxi|metro|autobus|bus|coche|auto|tren|bicicleta|bici|moto|tranvia)"
_PLACE = r"(centro|zoo|parque|rio|playa|museo|mercado|plaza|castillo|puerto|lago|bosque|puente)"
_PAYMENT = (("ropa", 8), ("bici", 5), ("cafe", 7))
_ARRIVAL = (("cumple", 3), ("fiesta", 7))

# (steps, regex, question)
SIXTH_RULES: list[tuple[tuple[tuple[str, int], ...], str, bool]] = [
    # the birthday party: the present, the time one arrives, how one comes
    ((("cumple", 7),), rf"^te (regalare|dare|voy a regalar|voy a dar) (un|una|unos|unas|este|esta|estos|estas) [a-zñ]+{_GIFT_WHEN}$", False),
    ((("cumple", 7),), rf"^(quiero|voy a) (regalarte|darte) (un|una|unos|unas) [a-zñ]+{_GIFT_WHEN}$", False),
    (_ARRIVAL, r"^(estare|estaremos|llegare|llegaremos) (alli |ahi )?(a las|sobre las|hacia las|mas o menos a las) [a-z0-9 ]+$", False),
    (_ARRIVAL, r"^(estare|estaremos|llegare|llegaremos) (alli |ahi )?(a las|sobre las|hacia las|mas o menos a las) [a-z0-9 ]+ (vale|de acuerdo|ok)$", True),
    ((("cumple", 5),), rf"^(ire|iremos|vendre|vendremos|voy a ir|voy a venir) (en {_TRANSPORT}|a pie|andando|caminando)$", False),
    # the gym: how often
    ((("gimnasio", 2),), r"^(yo )?(troto|corro|nado|entreno|juego al [a-z]+|hago (deporte|ejercicio|yoga)|voy al gimnasio) (una vez|[a-z]+ veces) (a|por|cada) (la )?semana$", False),
    # the clothes shop: a size, how it fits
    ((("ropa", 2),), r"^(quisiera|quiero|uso|necesito|tengo) (una |la )?talla (mediana|pequeña|grande|[a-z0-9]+( y [a-z]+)?)( por favor)?$", False),
    ((("ropa", 5),), r"^(esta talla|la talla) no me queda( bien)?$", False),
    ((("ropa", 5),), r"^me queda (un poco |muy |demasiado )?(grande|pequeño|pequeña|largo|larga|corto|corta|ancho|ancha|estrecho|estrecha|bien|mal)$", False),
    # paying, asked as a question back
    (_PAYMENT, r"^(puedo|se puede|podria) pagar (con tarjeta( de credito| de debito)?|en efectivo)$", True),
    # the bike hire: where we go
    ((("bici", 7),), rf"^(vamos|iremos|vamos a ir) (al|a la) {_PLACE}$", False),
    # dessert, a drink in a café
    ((("restaurante", 6),), r"^(preferiria|prefiero|quiero|quisiera|tomare|me gustaria) (tomar |comer )?(el |un |una )?(helado|flan)( por favor)?$", False),
    ((("restaurante", 6),), r"^no (tomare|quiero) (postre|helado|flan)( gracias)?$", False),
    ((("cafe", 2),), r"^(quisiera|quiero|me gustaria) tomar (un )?(cafe|te|zumo|agua)( por favor)?$", False),
    ((("cafe", 2),), r"^tomare (un|una) (cafe|te|zumo|cortado) y (un|una) [a-zñ]+( por favor)?$", False),
    # the daily routine: bedtime, getting up, the afternoon
    ((("routine", 8),), r"^(yo )?(normalmente |siempre |casi siempre )?me acuesto (alrededor de|sobre|hacia|a) las [a-z0-9 ]+$", False),
    ((("routine", 1),), r"^(yo )?(normalmente |siempre |casi siempre )?me levanto (alrededor de|sobre|hacia|a) las [a-z0-9 ]+$", False),
    ((("routine", 6),), r"^(yo )?(toco|juego|estudio|leo|hago) [a-zñ ]+ despues (de la escuela|del colegio|del trabajo|de clase|de clases)$", False),
    # what one reads, the languages one speaks
    ((("biblioteca", 4), ("likes", 6)), r"^(yo )?(normalmente )?leo (el|los) [a-z]+( [a-z]+){0,3}$", False),
    ((("intercambio", 3),), rf"^(yo )?(puedo hablar|se hablar) {_LANG}$", False),
    # pain, the doctor's and the pharmacy's «what hurts?»
    ((("telefono", 4),), r"^(si )?me (duele|duelen) (mucho |un poco )?(una muela|la muela|las muelas|un diente|el diente|los dientes)( [a-z ]+)?$", False),
    ((("salud", 2), ("farmacia", 2)), r"^(si )?me (duele|duelen) (mucho |un poco )?(la|el|los|las) (cabeza|garganta|estomago|espalda|pierna|piernas|brazo|brazos|pie|pies|ojos|oidos|rodilla|rodillas|articulaciones|barriga|cuello|hombro|mano|manos|tripa|pecho)( [a-z ]+)?$", False),
    ((("salud", 2), ("farmacia", 2)), r"^(si )?tengo (un )?dolor( agudo| fuerte| punzante)? (de|en) (mi|el|la|los|las) [a-z]+$", False),
    ((("salud", 5), ("farmacia", 3)), r"^desde (ayer|anteayer|anoche|esta mañana|el (lunes|martes|miercoles|jueves|viernes|sabado|domingo)|hace [a-z0-9]+ (dias|semanas))$", False),
    # getting to work, a meal's time, the hours at work
    ((("viaje", 6), ("trabajo", 5)), rf"^(yo )?(normalmente |siempre |casi siempre |por lo general )?voy (al trabajo )?(en {_TRANSPORT}( o en {_TRANSPORT})?|a pie|andando|caminando)( todos los dias)?( al trabajo)?$", False),
    ((("routine", 7),), r"^(yo )?(normalmente |habitualmente |siempre |casi siempre |por lo general )?ceno (a|sobre|hacia|alrededor de) las [a-z0-9 ]+$", False),
    ((("hotel", 4),), r"^(voy a desayunar|desayunare|desayuno) (a|sobre|hacia|alrededor de) las [a-z0-9 ]+$", False),
    ((("trabajo", 3),), r"^(yo )?(normalmente |siempre )?(empiezo|comienzo|entro) (a trabajar )?(a|sobre|hacia) las [a-z0-9 ]+$", False),
    ((("trabajo", 4),), r"^(yo )?trabajo ([a-z0-9]+|unas [a-z0-9]+) horas (al|por|cada) dia$", False),
    # one's free time
    ((("deporte", 5), ("intercambio", 6)), r"^(me gusta|me encanta) (ir al cine|ir a caminar|ir a pasear|salir con (mis|mi) [a-z]+|pasear|caminar)( [a-zñ ]+)?$", False),
]  # fmt: skip
