"""The rules of scripts/make_tatoeba_third.py: (steps, regex on the folded sentence, question).

A third round (2026-12-05, issue 19 part 3) for the steps the first two rounds left with few
or no rows: the built-in lessons' orders, the bill, a meeting place, a family's home, and the
three newest YAML-only lessons (restaurante, cine, correos). As in steps_rules.py the first
matching rule wins and a rule naming several steps that ask the same thing gives each
sentence to one of them by its SHA-1. Generator-time only.
"""

from __future__ import annotations

from steps_rules import _NUMBER

_DRINK = (
    r"(cafe|cafes|te|tes|cerveza|cervezas|agua|vino|leche|zumo|jugo|refresco|limonada"
    r"|(taza|tazas|vaso|vasos|copa|copas|botella) de [a-zñ]+( de [a-zñ]+)?)"
)
_FOOD_ORDER = (
    r"(bocadillo|sandwich|pancho|perrito caliente|hamburguesa|ensalada|sopa|pizza|tortilla"
    r"|filete|bistec|pescado|pollo|pasta|espaguetis|tarta|pastel|flan|helado|postre|croissant"
    r"|tostada|tostadas|arroz|paella|carne)"
)
_MEET = r"(nos vemos|te espero|le espero|quedamos|nos encontramos|nos juntamos|veamonos)"
_MEET_AT = r"(en|delante de|enfrente de|en frente de|frente a|a la entrada de|junto a|al lado de)"
_SEND = r"(enviar|mandar|mandarle|enviarle)"
_POST = r"(carta|cartas|paquete|postal|tarjeta postal|telegrama|sobre)"
_WITH_WHOM = (("weekend", 2), ("fiesta", 5), ("viaje", 5), ("deporte", 3), ("cine", 6))
_DRINK_STEPS = (("cafe", 2), ("restaurante", 2))
_FOOD_STEPS = (("cafe", 3), ("restaurante", 3))
_BILL_STEPS = (("cafe", 6), ("restaurante", 7))
_FILM_STEPS = (("likes", 7), ("cine", 1))
_PET_STEPS = (("family", 8), ("mascota", 1))

# (steps, regex, question)
THIRD_RULES: list[tuple[tuple[tuple[str, int], ...], str, bool]] = [
    # ordering in a café or restaurant
    (_DRINK_STEPS, rf"^((yo )?(quiero|quisiera|tomo|tomare|prefiero|para mi) )?(un |una |dos |tres |otro |otra |el |la )?{_DRINK}( con [a-zñ ]+| grandes?| solo| frio| fria)?( por favor)?$", False),
    (_FOOD_STEPS, rf"^((yo )?(quiero|quisiera|tomare|prefiero|para mi|voy a pedir) )?(un |una |el |la |dos )?{_FOOD_ORDER}( de [a-zñ]+| con [a-zñ ]+)?( por favor)?$", False),
    (_BILL_STEPS, r"^((quisiera|quiero|me trae|me da|traigame|nos trae|la) )?(la )?cuenta( por favor)?$", False),
    ((("restaurante", 1),), rf"^((una |quisiera una |quiero una )?mesa para {_NUMBER}( personas)?|somos {_NUMBER})( por favor)?$", False),
    ((("cafe", 5), ("restaurante", 5)), r"^(este cafe|el cafe|la comida|la sopa|el pescado|la carne|esta comida|esta sopa) (esta|es) (muy |un poco |demasiado )?(frio|fria|rico|rica|bueno|buena|delicioso|deliciosa|salado|salada|caliente|dulce)$", False),
    ((("cafe", 4), ("restaurante", 6)), r"^no gracias (estoy llen[oa]|ya estoy llen[oa]|ya he comido bastante)$", False),
    ((("tienda", 1),), r"^(no gracias )?(solo estoy mirando|solo estoy echando un vistazo)$", False),
    ((("routine", 8),), r"^(yo )?(normalmente |siempre )?(me acuesto|me voy a la cama) (muy )?(pronto|temprano|tarde)$", False),
    # the post office
    ((("correos", 1),), rf"^(quiero|quisiera|me gustaria|necesito|vengo a) {_SEND} (esta|este|una|un|estas|estos) {_POST}( [a-zñ]+)?( a [a-zñ]+)?$", False),
    ((("correos", 3),), r"^(pesa|pesan) (solo |unos |unas |mas o menos |casi )?[a-z0-9]+ (kilos|gramos|kilo)$", False),
    # a meeting place
    ((("cine", 5),), rf"^{_MEET}( alli| ahi)? {_MEET_AT} (la|el|los|las|mi|tu|nuestra) [a-zñ]+( [a-zñ]+){{0,3}}$", False),
    # films
    (_FILM_STEPS, r"^(me gustan|me encantan|prefiero|adoro) (mucho )?(las )?(peliculas|comedias|documentales|pelis) [a-zñ]+( [a-zñ]+){0,4}$", False),
    # with whom
    (_WITH_WHOM, r"^(yo )?(voy|vengo|viajo|juego) con [a-z]+$", False),
    # the home and the town
    ((("ciudad", 5),), r"^(mi casa|yo vivo|vivo) (esta |queda )?(muy |bastante )?(cerca|lejos) de(l)? [a-zñ]+( [a-zñ]+){0,3}$", False),
    ((("ciudad", 1),), r"^(yo )?vivo (cerca de|cerca del|al lado de|al lado del|cruzando|a unas|a unos|hacia el|justo) [a-zñ]+( [a-zñ]+){0,3}$", False),
    ((("ciudad", 1),), r"^mi casa (esta|queda) (en|a) (las afueras|una colina|el centro|el campo|el norte|el sur|al norte|al sur)( [a-zñ]+){0,3}$", False),
    ((("casa", 2),), r"^mi (casa|piso|apartamento) es (muy |bastante |un poco )?[a-zñ]+$", False),
    ((("family", 7),), r"^(mis padres|mi familia) (viven|vive) (en|cerca de) [a-zñ]+( [a-zñ]+){0,3}$", False),
    ((("family", 6),), r"^mi (padre|papa) es (muy |un |una )?[a-zñ]+( [a-zñ]+){0,4}$", False),
    (_PET_STEPS, r"^(si )?(tengo|tenemos) (un|una|dos|tres) (perro|perra|gato|gata|pez|pajaro|conejo|hamster|loro|tortuga)( [a-zñ]+){0,4}$", False),
    # the weather
    ((("tiempo", 2),), r"^(no )?(hace|esta) (mucho |bastante |un poco de )?(frio|calor)( [a-zñ]+){0,4}$", False),
    ((("tiempo", 1),), r"^(esta|sigue) (lloviendo|nevando)( [a-zñ]+){1,3}$", False),
    ((("tiempo", 3),), r"^esta nublado( [a-zñ]+){1,4}$", False),
    # work, study and liking
    ((("trabajo", 2),), r"^(yo )?trabajo (para|en) (una|un) [a-zñ]+( [a-zñ]+){0,3}$", False),
    ((("trabajo", 6),), r"^(si |no )?(no )?(me gusta|me encanta) (mucho )?(este|ese|mi) (trabajo|empleo)$", False),
    ((("viaje", 7),), r"^(no )?(me gusta|odio|me encanta) viajar( [a-zñ]+){0,2}$", False),
    ((("clase", 2),), r"^(me gusta|me encanta) (mucho )?(la|el) (astronomia|escritura|arabe|quimica|fisica|historia|geografia|biologia|matematica|literatura|filosofia|economia|gramatica)$", False),
    ((("likes", 8),), r"^(me gustan|me encantan|me gusta|me encanta) (mucho )?(las|los|el|la) (berenjenas|chucrut|tomates|zanahorias|manzanas|fresas|patatas|papas|naranjas|uvas|espinacas|verduras|frutas|pasteles|galletas|dulces|chocolates|pimientos|cebollas|champiñones|hongos|gambas|mariscos|sardinas|calamares|lentejas|aceitunas|quesos)$", False),
]  # fmt: skip
