"""The rules of scripts/make_tatoeba_seventh.py: (steps, regex on the folded sentence, question).

A seventh round (2026-12-06, issue 19) for the steps no earlier round covered well, above all
the six newest YAML-only lessons (perdidos, concierto, excursion, taller, boda, mudanza), then
the YAML-only and built-in steps with one row or none. As in steps_rules.py the first matching
rule wins and a rule naming several steps that ask the same thing gives each sentence to one
of them by its SHA-1. PAST_RULES answer a question about the past (what one lost, what
happened, how it went), so no preterite test applies to them. Generator-time only.
"""

from __future__ import annotations

_THING = (
    r"(mochila|cartera|billetera|paraguas|movil|celular|telefono|reloj|pasaporte|gafas|anteojos"
    r"|lentes|anillo|arete|pendiente|collar|pulsera|libro|camara|maleta|bolso|bolsa|abrigo"
    r"|chaqueta|guantes|bufanda|sombrero|gorra|boleto|billete|llave|llaves|boligrafo|pluma"
    r"|lapiz|monedero|cuaderno|agenda|portatil|ordenador|computadora|tableta|bicicleta)"
    r"( favorit[oa]| nuev[oa]| de [a-z]+)?"
)
_COLOUR_F = r"(negra|roja|blanca|amarilla|azul|verde|gris|marron|rosa|naranja|morada|violeta|beige)"
_MATERIAL = r"(tela|cuero|piel|plastico|lana|algodon|metal|madera|nailon|nylon)"
_PAST_DAY = (
    r"(ayer|anoche|anteayer|esta mañana|esta tarde|el (lunes|martes|miercoles|jueves|viernes"
    r"|sabado|domingo)( pasado)?)( por la (mañana|tarde|noche))?"
)
_DAY = r"(el (lunes|martes|miercoles|jueves|viernes|sabado|domingo)|mañana|pasado mañana|este fin de semana)"
_STYLE = (
    r"(la musica( [a-z]+)?|el rock|el jazz|el pop|el blues|el reggae|el rap|el flamenco"
    r"|la salsa|la opera|el tango|el hip hop|el heavy metal|el country|el reggaeton)"
)
_PLACE_OUT = r"(montaña|playa|lago|bosque|campo|rio|sierra|costa|mar|montañas|cascada|pueblo)"
_VEHICLE = r"(tren|coche|carro|auto|autobus|bus|bici|bicicleta|moto|taxi|metro|barco)"
_CLOTHES = (
    r"(abrigo|chaqueta|jersey|sueter|chompa|bufanda|gorro|gorra|sombrero|guantes|botas|zapatos"
    r"|zapatillas|impermeable|chubasquero|camiseta|pantalones|calcetines|campera|anorak)"
)
_FOOD_OUT = (
    r"(bocadillos?|sandwich(es)?|fruta|manzanas|platanos|galletas|queso|pan|ensalada|tortilla)"
)
_MEAL = r"(pizza|hamburguesa|paella|sushi|pasta|ensalada|tacos|bocadillo|sandwich|tortilla|pollo|pescado)"
_PHONE = r"(la pantalla|mi movil|el movil|mi telefono|el telefono|mi celular|el celular|la bateria|mi ordenador|el ordenador)"
_TASTY = r"(rico|rica|ricos|ricas|delicioso|deliciosa|deliciosos|deliciosas|buenisimo|buenisima|sabroso|sabrosa|riquisimo|riquisima)"
_GREAT = r"(genial|estupendo|fantastico|increible|maravilloso|muy bueno|muy bien|divertido|muy divertido|buenisimo|precioso)"
_DIGITS = r"(el )?[0-9][0-9 ]{5,}"

# (steps, regex, question)
SEVENTH_RULES: list[tuple[tuple[tuple[str, int], ...], str, bool]] = [
    # the lost-property office: what, its colour, size and stuff, what is inside, a number, thanks
    ((("perdidos", 1),), rf"^(yo )?(he perdido|perdi) (mi|mis|un|una|unos|unas) {_THING}$", False),
    ((("perdidos", 1),), rf"^(yo )?(he perdido|perdi) (el|la|los|las) {_THING} de (mi|mis) [a-z]+$", False),
    ((("perdidos", 2),), rf"^(es|es de color) {_COLOUR_F}$", False),
    ((("perdidos", 3),), rf"^es (muy |bastante |un poco )?(grande|pequeña|mediana)( y (es )?de {_MATERIAL})?$", False),
    ((("perdidos", 3),), rf"^es de {_MATERIAL}$", False),
    ((("perdidos", 6),), rf"^hay (un|una|unos|unas|mi|mis|dos|tres) {_THING}( y (un|una|unos|unas|mi|mis) {_THING})?$", False),
    ((("perdidos", 7), ("telefono", 7), ("numbers", 5)), rf"^(mi numero( de telefono)? es|es) {_DIGITS}$", False),
    ((("perdidos", 8),), r"^(muchas |mil )?gracias por (su|tu) (ayuda|amabilidad)$", False),
    # the concert: the music one likes, a favourite singer, the price, the start, who comes
    ((("concierto", 1), ("likes", 2)), rf"^(me gusta|me encanta)( mucho)? {_STYLE}$", False),
    ((("concierto", 2),), r"^mi (cantante|grupo|banda|musico|compositor|compositora) (favorit[oa]|preferid[oa]) es [a-z ]+$", False),
    ((("concierto", 5),), r"^(cuesta|cuestan|vale|valen|son) [a-z0-9 ]+ (euros|dolares|pesos|libras)( cada una)?$", False),
    ((("concierto", 6),), r"^(el concierto )?(empieza|comienza) (a|sobre|hacia) las [a-z0-9 ]+$", False),
    ((("concierto", 7),), r"^(viene|vienen) (mi|mis) [a-z]+( [a-z]+)?$", False),
    # the outing: where, how, what to eat, the weather, what to wear, meeting
    ((("excursion", 1),), rf"^(quiero|quisiera|me gustaria|prefiero) ir (a la|al|a las) {_PLACE_OUT}$", False),
    ((("excursion", 2),), rf"^(vamos|podemos ir|iremos|vayamos|podriamos ir) en {_VEHICLE}$", False),
    ((("excursion", 3),), rf"^(llevamos|podemos llevar|llevemos|vamos a llevar) (unos |unas |un |una )?{_FOOD_OUT}( y {_FOOD_OUT})?$", False),
    ((("excursion", 5),), r"^(creo que |mañana |el sabado )?va a (hacer (sol|frio|calor|buen tiempo|mal tiempo|viento|bastante frio|mucho frio|mucho calor)|llover|nevar)( [a-z ]+)?$", False),
    ((("excursion", 5),), r"^(mañana |el sabado )?(llovera|nevara|hara (sol|frio|calor|bueno|buen tiempo|mal tiempo|viento))( mañana| el sabado)?$", False),
    ((("excursion", 6),), rf"^(tienes que llevar|lleva|llevate|ponte|trae) (un|una|unos|unas|el|la|los|las|tu|tus) {_CLOTHES}( [a-z ]+)?$", False),
    ((("excursion", 7),), r"^dura (unas |mas o menos |mas de |casi )?[a-z0-9]+ (horas|hora|minutos)$", False),
    ((("excursion", 8),), r"^(quedamos|veamonos|nos vemos) a las [a-z0-9 ]+( en [a-z ]+)?$", False),
    # the repair shop: what is wrong, asking when it is ready, paying
    ((("taller", 1),), rf"^({_PHONE} )?(ya |todavia )?(esta rot[oa]|no funciona|no carga|no se enciende|no enciende)$", False),
    ((("taller", 7),), r"^cuando (esta|estara) (listo|lista|terminado|arreglado)$", True),
    ((("taller", 5), ("peluqueria", 8)), r"^cuanto (es|le debo|cuesta)$", True),
    ((("taller", 8),), r"^(pago|pagare|voy a pagar) (con tarjeta( de credito)?|en efectivo|al contado)$", False),
    # questions back: the boarding time, the museum's hours, where the friend lives
    ((("aeropuerto", 5),), r"^a que hora (empieza|es|comienza) el embarque$", True),
    ((("museo", 3),), r"^a que hora (cierra|abre) el museo$", True),
    ((("cumple", 4),), r"^(y )?donde vives$", True),
    # a pet one has, a sport one does
    ((("mascota", 1),), r"^(si,? )?(yo )?tengo (un|una|dos|tres|cuatro) (gato|gatos|perro|perros|pez|peces|conejo|conejos|hamster|pajaro|pajaros|loro|tortuga|tortugas)$", False),
    ((("gimnasio", 1),), r"^(yo )?(practico|juego al|juego a|hago) (judo|karate|yoga|tenis|futbol|natacion|atletismo|boxeo|ciclismo|baloncesto|basquet|voleibol|beisbol|golf|pilates|taekwondo|esqui|surf|padel)( todos los [a-z]+| a menudo)?$", False),
    # where one wants to go: a town or a country named
    ((("tren", 1),), r"^(quiero|me gustaria|quisiera) ir a (?!la |el |las |los |casa|buscar|ver|dormir|comer|un |una )[a-z]+( [a-z]+)?$", False),
    # the wedding: how one knows the couple, the food, dancing, congratulations
    ((("boda", 1),), r"^(soy|somos) (amigo|amiga|amigos|amigas|primo|prima|primos|compañeros de trabajo|compañeros de clase)( de [a-z]+)?$", False),
    ((("boda", 1),), r"^(trabajamos|estudiamos) juntos$", False),
    ((("boda", 5),), rf"^((la comida|todo) )?(esta|estan) (muy |realmente )?{_TASTY}$", False),
    ((("boda", 7),), r"^(si,? )?(claro,? )?(me encanta bailar|bailemos|vamos a bailar)$", False),
    ((("boda", 8),), r"^(enhorabuena|felicidades|muchas felicidades|felicitaciones)$", False),
    # the move: which day, the time, boxes, what one carries, helping, a meal
    ((("mudanza", 1),), rf"^(puedo|podria|puedo ayudarte|te puedo ayudar) {_DAY}$", False),
    ((("mudanza", 2),), r"^(vengo|vendre|llego|llegare) (a|sobre|hacia) las [a-z0-9 ]+$", False),
    ((("mudanza", 3),), r"^(traigo|puedo traer|traere|te traigo) [a-z0-9]+ cajas$", False),
    ((("mudanza", 5), ("piso", 6)), r"^hay ascensor$", True),
    ((("mudanza", 4), ("piso", 5)), r"^en que piso esta$", True),
    ((("mudanza", 6),), r"^(yo )?(llevo|me llevo|puedo llevar) (la|las|el|los) (sillas|silla|mesa|sofa|cama|lampara|cajas|libros|sillones)$", False),
    ((("mudanza", 7),), r"^(si,? )?(claro,? )?(te ayudo|yo te ayudo|te echo una mano|claro que te ayudo)$", False),
    ((("mudanza", 8), ("playa", 6)), rf"^(quiero|quisiera|me apetece|prefiero|me gustaria) (comer )?(un |una )?{_MEAL}$", False),
]  # fmt: skip

# answers about the past: no preterite test
PAST_RULES: list[tuple[tuple[tuple[str, int], ...], str, bool]] = [
    ((("perdidos", 1),), rf"^(yo )?perdi (mi|mis|un|una|unos|unas) {_THING}$", False),
    ((("perdidos", 4),), r"^(creo que )?(la|lo) (perdi|he perdido|deje|olvide) en (el|la) [a-z]+$", False),
    ((("perdidos", 5),), rf"^{_PAST_DAY}$", False),
    ((("taller", 3),), r"^(se me cayo|se cayo|se me rompio|se rompio|lo deje caer|la deje caer|se me mojo|se mojo)( al suelo| al agua| en el agua| en la piscina)?$", False),
    ((("concierto", 8),), rf"^((si,? )?(fue|estuvo) {_GREAT}|(si,? )?me gusto mucho|(el concierto) (fue|estuvo) {_GREAT})$", False),
    ((("boda", 3),), r"^(he venido|vine|hemos venido|vinimos) (solo|sola|con (mi|mis) [a-z]+( [a-z]+)?)$", False),
]  # fmt: skip
