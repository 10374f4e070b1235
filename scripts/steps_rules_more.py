"""The rules of scripts/make_tatoeba_yaml_more.py: (steps, regex on the folded sentence, question).

A second round for the thirteen lessons written in YAML alone, aimed at the steps and
lessons the first round (steps_rules.py) left with few rows: ciudad, mascota and mercado
(written after it), fiesta, hotel, and questions not yet covered. As in steps_rules.py the
first matching rule wins and a rule naming several steps that ask the same thing gives each
sentence to one of them by its SHA-1. Generator-time only.
"""

from __future__ import annotations

from steps_rules import _CLOTHES, _COLOUR, _HOUR, _NUMBER, _PLACE_NOUNS
from steps_rules import _SPORT as _SPORT_

_ANIMAL = (
    r"(perro|perra|gato|gata|perrito|perrita|gatito|gatita|pez|peces|pajaro|loro|conejo"
    r"|hamster|tortuga|caballo|canario|serpiente|raton|cobaya|perros|gatos)"
)
_PET = rf"(mi|el|la|nuestro|nuestra) {_ANIMAL}"
_FOOD = (
    r"(manzanas?|naranjas?|peras?|platanos?|bananas?|fresas?|uvas?|tomates?|patatas?|papas"
    r"|cebollas?|zanahorias?|limon(es)?|melon(es)?|sandias?|huevos|pan|queso|carne|pescado"
    r"|pollo|arroz|leche|azucar|cerezas?|melocotones|duraznos?|piñas?|lechugas?|fruta|frutas"
    r"|verduras?|aguacates?|pepinos?|ajo|mantequilla|jamon)"
)
_TOWN = r"(ciudad|pueblo|barrio|aldea)"
_CITY_PLACES = (
    r"(un rio|una catedral|un castillo|un puerto|una playa|un parque|muchos parques|muchas tiendas"
    r"|muchos museos|un museo|un lago|una universidad|un mercado|un estadio|un puente|muchas iglesias"
    r"|una iglesia|un zoologico|un aeropuerto|muchos restaurantes|un hospital|una biblioteca"
    r"|muchos bares|una estacion|un teatro|un cine|una plaza|muchos edificios|montañas|una montaña)"
)
_NEAR = (
    r"(en|cerca de|al lado de|detras de|delante de|enfrente de|frente a|junto a|encima de"
    r"|debajo de|dentro de|sobre|bajo|entre)"
)
_TRAITS = (
    r"(simpatic[oa]|amable|paciente|inteligente|list[oa]|divertid[oa]|cariños[oa]|tranquil[oa]"
    r"|nervios[oa]|timid[oa]|simpatic[oa]|bueno|buena|estrict[oa]|joven|viej[oa]|pequeñ[oa]"
    r"|grande|gord[oa]|flac[oa]|perezos[oa]|jugueton|juguetona|travies[oa]|bonit[oa]|lind[oa]"
    r"|guap[oa]|gracios[oa]|alegre|seri[oa]|sabi[oa]|interesante|aburrid[oa]|energic[oa]"
    r"|activ[oa]|fiel|leal|obediente|dulce|carinos[oa]|mimos[oa]|exigente|justo|justa)"
)
_HOBBY = (
    r"(leo|toco|escucho|veo|miro|pinto|cocino|escribo|dibujo|juego|estudio|duermo|descanso"
    r"|navego|tejo|canto|bailo|hago)"
)
_HOBBY_OBJECT = (
    r"(un libro|libros|novelas|el periodico|revistas|la guitarra|el piano|la television|la tele"
    r"|peliculas|una pelicula|musica|la radio|videojuegos|a las cartas|al ajedrez|ajedrez"
    r"|en internet|poemas|cartas|cuentos|comics|series|punto|crucigramas|rompecabezas|un poco)"
)
_FAREWELL2 = (
    r"(hasta la proxima|hasta el (lunes|martes|miercoles|jueves|viernes|sabado|domingo)"
    r"|hasta mañana|hasta la vista|que (te|le) vaya bien|que tengas un (buen|lindo) dia"
    r"|que tenga un (buen|lindo) dia|cuidate|cuidese|que te diviertas|buen viaje|igualmente"
    r"|que lo pases bien|nos vemos (pronto|mañana|luego|el [a-z]+)|hasta entonces)"
)
_BYE_STEPS = (("clase", 8), ("fiesta", 8), ("mercado", 7), ("hotel", 6), ("viaje", 8))
_ACCEPT_STEPS = (("fiesta", 3), ("deporte", 6))
_DECLINE_STEPS = (("deporte", 6),)
_FREE_TIME = (("deporte", 5), ("tiempo", 6))
_NAME_OTHER = (("mascota", 2), ("clase", 5))
_TRAIT_STEPS = (("mascota", 4), ("clase", 6))
_SHE_MUST = (("salud", 8),)
_CURE = (
    r"(descansar|dormir|dormir mas|ir al medico|ir al doctor|ir al hospital|ver a un medico"
    r"|ver a un doctor|ver al medico|quedarse en (casa|cama|la cama)|quedarme en (casa|cama|la cama)"
    r"|tomar (medicina|medicinas|la medicina|un medicamento|pastillas|una aspirina|aspirinas"
    r"|jarabe|un jarabe|antibioticos)|beber (mucha )?agua|acostarse|acostarme|tomar algo caliente)"
)

# (steps, regex, question)
MORE_RULES: list[tuple[tuple[tuple[str, int], ...], str, bool]] = [
    # pets and the home (before the city's «está en ...»)
    ((("casa", 6),), r"^((el|la|mi) (gato|gata) )?(esta|estan) (durmiendo )?(en|sobre|debajo de|encima de|detras de|bajo) (el|la) (sofa|mesa|cama|silla|alfombra|jardin|cocina|ventana|tejado|techo|armario)$", False),
    ((("mascota", 4),), rf"^{_PET} (tiene|es) (la |las |los |el |unas |unos )?[a-z]+( [a-z]+){{0,2}}$", False),
    # a date of birth for a birthday
    ((("fiesta", 1),), r"^(naci|mi cumpleaños es|mi cumpleaños cae) (el [0-9a-z]+ de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)( de [0-9]+)?|dentro de [a-z ]+|un [a-z]+ este año)$", False),
    # ciudad
    ((("ciudad", 1),), r"^(yo )?vivo (en|cerca de) (el campo|la ciudad|el centro|las afueras|un pueblo|una ciudad|el pueblo|un barrio|una aldea|[a-z]+)( [a-z]+){0,3}$", False),
    ((("ciudad", 2),), rf"^(mi {_TOWN} es|es una? {_TOWN}|vivo en una? {_TOWN})( muy| un poco| bastante)? [a-z]+( y( muy)? [a-z]+)?$", False),
    ((("ciudad", 2),), rf"^mi {_TOWN}( natal)? (es|esta) (muy |bastante )?[a-z]+( [a-z]+){{0,3}}$", False),
    ((("ciudad", 3),), r"^hay muchos (puentes|templos|hoteles|parques|museos|edificios|restaurantes|rios|teatros|jardines)( [a-z]+)? en (esta ciudad|mi ciudad|el centro|el centro urbano|[a-z]+)$", False),
    ((("ciudad", 3),), rf"^(en mi {_TOWN} )?(hay|tenemos|tiene) {_CITY_PLACES}( [a-z]+){{0,4}}$", False),
    ((("ciudad", 4),), rf"^(la catedral |la iglesia |el museo |el castillo )?(esta|queda) (en el centro|{_NEAR} (el|la|los|las|un|una|del|al) [a-z]+)( [a-z]+){{0,3}}$", False),
    ((("ciudad", 5),), r"^(yo )?vivo (muy |bastante |un poco )?(cerca|lejos)( de [a-z ]+)?$", False),
    ((("ciudad", 6),), rf"^(si |no )?(no )?(me gusta|me encanta|amo|adoro|odio) (mucho )?(mi|esta|este|la|el) ({_TOWN}|lugar)( [a-z]+){{0,2}}$", False),
    ((("ciudad", 7),), rf"^(mi lugar favorito es|me gusta mucho ir a|me encanta ir a|me gusta ir a) (el |la |al |a la )?{_PLACE_NOUNS}( [a-z]+){{0,3}}$", False),
    # mascota
    ((("mascota", 1),), rf"^(si |no )?(yo )?(no )?tengo (un|una|dos|tres|muchos|muchas) {_ANIMAL}( [a-z]+){{0,3}}$", False),
    ((("mascota", 1),), r"^(no )?(yo )?(no )?tengo (mascota|mascotas|ninguna mascota|animales)( [a-z]+){0,2}$", False),
    (_NAME_OTHER, r"^(se llama|su nombre es) [a-z]+( [a-z]+)?$", False),
    ((("mascota", 2),), rf"^{_PET} se llama [a-z]+$", False),
    ((("mascota", 3),), rf"^({_PET} )?tiene {_NUMBER}( [a-z]+)? (años|meses|semanas)( [a-z ]+)?$", False),
    ((("mascota", 4),), rf"^{_PET} es (muy |un poco |bastante |tan )?[a-z]+( y( muy)? [a-z]+)?$", False),
    (_TRAIT_STEPS, rf"^(el |ella )?es (muy |un poco |bastante |tan )?{_TRAITS}( y( muy)? {_TRAITS})?$", False),
    ((("mascota", 5),), rf"^({_PET} )?(come|comen) [a-z]+( [a-z]+){{0,4}}$", False),
    ((("mascota", 6),), rf"^({_PET} )?(duerme|duermen|esta durmiendo) ({_NEAR} [a-z ]+|conmigo|afuera|fuera|en casa|aqui|ahi|alli)$", False),
    ((("mascota", 7),), rf"^(me gusta|me encanta) [a-z]+ con {_PET}( [a-z]+){{0,3}}$", False),
    # mercado
    ((("mercado", 1),), rf"^(quiero |quisiera |deme |dame |pongame |me da |me pone )?(un kilo|medio kilo|dos kilos|tres kilos|una docena|media docena|un cuarto|una bolsa|un poco) de {_FOOD}( por favor)?$", False),
    ((("mercado", 1),), rf"^(quiero|quisiera|deme|dame|pongame|necesito) (unas |unos |dos |tres |cuatro |seis |algunas |algunos )?{_FOOD}( por favor)?$", False),
    ((("mercado", 2),), rf"^(perdon |disculpe )?(a )?cuanto (cuesta|cuestan|vale|valen|estan|esta|es|son) (el kilo de |la docena de )?(las|los|el|la|estas|estos|esta|este) {_FOOD}( [a-z]+)?$", True),
    ((("mercado", 3),), r"^(medio kilo|un kilo|dos kilos|una docena|media docena|(dos|tres|cuatro|cinco|seis|diez|doce) por favor)( por favor)?$", False),
    ((("mercado", 4),), r"^(esta|es|estan) (muy |super |bien )?(dulce|dulces|jugosa|jugoso|fresca|fresco|madura|maduro|sabrosa|sabrosa|rica|rico|deliciosa|buenisima|acida|agria)( y [a-z]+)?$", False),
    ((("mercado", 6),), r"^(no |si )?(gracias )?(ya )?(tengo|traigo|no necesito) (una )?bolsa( [a-z ]+)?$", False),
    # fiesta
    ((("fiesta", 1),), r"^(mi cumpleaños es|es|cumplo años) (el [a-z0-9]+ de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)|en (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre))$", False),
    ((("fiesta", 2),), rf"^(voy a tener|voy a cumplir|cumplo|cumplire|tendre) {_NUMBER}( [a-z]+)?( años)?( [a-z ]+)?$", False),
    (_ACCEPT_STEPS, r"^(si )?(claro )?(me encantaria|me gustaria|quiero|con gusto|con mucho gusto|me apunto|cuenta conmigo|alli estare|ahi estare|alla estare)( ir| venir| ir contigo)?$", False),
    (_DECLINE_STEPS, r"^(no |lo siento )?(no puedo|estoy ocupad[oa]|tengo que trabajar|ese dia no puedo|no tengo tiempo)( ese dia| el sabado| hoy| mañana)?$", False),
    ((("fiesta", 4),), r"^(yo )?(voy a llevar|llevo|llevare|voy a preparar|puedo llevar) (una|un|unas|unos|el|la|las|los|algo de|vino|cerveza|comida|postre|pan|queso|musica|flores|refrescos)( [a-z]+){0,3}$", False),
    ((("fiesta", 5),), r"^(yo )?(vengo|voy|voy a ir|ire|vamos) con (mi|mis|un|una|unos|unas) [a-z]+( [a-z]+)?$", False),
    ((("fiesta", 7),), rf"^(yo )?(llego|llegare|voy a llegar|estare alli|estare ahi|estare) (hacia|sobre|antes de|despues de|alrededor de|un poco|como) ({_HOUR}|las [a-z]+|tarde|temprano|[a-z]+)( [a-z]+){{0,2}}$", False),
    # hotel
    ((("hotel", 1),), r"^(esta a nombre de|a nombre de|la reserva esta a nombre de|tengo una reserva( a nombre de)?)( [a-z]+){0,3}$", False),
    ((("hotel", 2),), rf"^(me quedo|me quedare|voy a quedarme|me voy a quedar|nos quedamos|nos quedaremos|me quedaria)( aqui)? (una semana|un mes|unos dias|unos pocos dias|un par de dias|hasta el [a-z]+|solo esta noche|esta noche|{_NUMBER} (dias|semanas|noches))$", False),
    # casa
    ((("casa", 5),), r"^(la cocina |el baño |el salon |el comedor )?(esta|queda) (arriba|abajo|al fondo|a la (derecha|izquierda)|al lado del? [a-z]+|junto al? [a-z]+|enfrente del? [a-z]+|en la planta baja|en el primer piso|en el segundo piso)( [a-z]+){0,3}$", False),
    ((("casa", 6),), r"^(esta|estan) (durmiendo )?(en el jardin|en la cama|en el sofa|debajo de la (cama|mesa)|encima de la (cama|mesa)|en la cocina|en mi (cama|cuarto|habitacion)|fuera|afuera|en el tejado|en la ventana)$", False),
    ((("casa", 7),), rf"^(mi sofa es|es de color|son de color|el sofa es) {_COLOUR}( [a-z]+)?$", False),
    ((("casa", 4),), r"^(en mi (habitacion|dormitorio|cuarto) )?(hay|tengo) (una cama|un escritorio|una mesa|un armario|una silla|una lampara|un televisor|una tele|un ordenador|muchos libros)( [a-z ]+)?$", False),
    # clase
    ((("clase", 3),), rf"^(hay|somos|son) (unos |unas |mas de |casi |menos de )?{_NUMBER}( [a-z]+)?( en (mi|la|nuestra) clase)?$", False),
    ((("clase", 4),), rf"^(empieza|comienza|empiezan|comienzan) {_HOUR}$", False),
    ((("clase", 7),), r"^(yo )?(necesito|tengo que comprar|me hace falta|me hacen falta) (un|una|unos|unas|el|la|mi|mis|papel|lapices|libros|cuadernos)( [a-z]+){0,3}$", False),
    # deporte
    ((("deporte", 2),), rf"^(yo )?(juego|entreno|practico|nado|corro)( [a-z]+)? ({_NUMBER} veces (a la|por la|por) semana|todos los dias|cada dia|una vez (a la|por) semana|los fines de semana|todas las (mañanas|tardes|noches))$", False),
    ((("deporte", 3),), r"^(yo )?(juego|entreno|practico|nado|corro|salgo a correr) (con (mi|mis|un|una|unos) [a-z]+( [a-z]+)?|sol[oa])$", False),
    ((("deporte", 4),), r"^(mi equipo favorito es|soy (del|hincha del|fan del|aficionado del|seguidor del)) [a-z ]+$", False),
    (_FREE_TIME, rf"^(yo )?(normalmente |a menudo |siempre )?{_HOBBY} {_HOBBY_OBJECT}( [a-z]+){{0,2}}$", False),
    # salud
    ((("salud", 3),), r"^(si |no )?(no )?(me duelen|me duele)( un poco| mucho| bastante)?( tambien)?( los ojos)?$", False),
    ((("salud", 5),), r"^desde (ayer|anoche|anteayer|el (lunes|martes|miercoles|jueves|viernes|sabado|domingo)|hace [a-z ]+|esta mañana|la semana pasada)$", False),
    (_SHE_MUST, rf"^(ella )?(tiene que|debe|deberia|necesita) {_CURE}( [a-z]+){{0,2}}$", False),
    ((("salud", 7),), rf"^(yo )?(tengo que|debo|necesito|voy a) {_CURE}( [a-z]+){{0,2}}$", False),
    # tiempo
    ((("tiempo", 3),), r"^(si |no )?(no )?(esta|hay) (muy |un poco |bastante )?(nublado|despejado|nubes|muchas nubes|soleado)( [a-z]+)?$", False),
    ((("tiempo", 7),), rf"^(en invierno )?(yo )?(llevo|uso|me pongo) (mi |el |la |los |las )?{_CLOTHES}( [a-z]+){{0,3}}$", False),
    # tienda
    ((("tienda", 2),), rf"^(la |lo )?(quiero|prefiero|me gusta) (en )?{_COLOUR}( por favor)?$", False),
    ((("tienda", 2),), rf"^(en |de color )?{_COLOUR}( por favor)?$", False),
    ((("tienda", 4),), r"^(es|esta) (demasiado|muy|un poco) (grande|pequeño|pequeña|chico|chica|largo|larga|corto|corta|ajustado|ajustada|apretado|apretada|ancho|ancha|estrecho|estrecha)$", False),
    ((("tienda", 5),), r"^(son|estan|me estan|me van) (demasiado|muy|un poco) (grandes|pequeños|chicos|largos|cortos|ajustados|apretados|anchos|estrechos)$", False),
    # trabajo
    ((("trabajo", 5), ("viaje", 6)), r"^(yo )?(normalmente |siempre )?(camino|conduzco|manejo|tomo el (autobus|tren|metro|bus|colectivo)|cojo el (autobus|tren|metro)|voy en bici|voy caminando)( al trabajo| hasta el trabajo| a la oficina| para ir al trabajo)?$", False),
    ((("trabajo", 4),), rf"^(yo )?trabajo (unas |mas de |menos de )?{_NUMBER} horas( [a-z ]+)?$", False),
    ((("trabajo", 2),), r"^(yo )?trabajo (en (un|una|el|la|casa|una oficina|un banco|un hospital|una tienda|una escuela|una fabrica)|como [a-z]+)( [a-z]+){0,3}$", False),
    # more at steps Tatoeba says little about
    ((("hotel", 2),), r"^(me quedare|voy a quedarme|me voy a quedar|nos quedaremos)( aqui)? (hasta mañana|hasta pasado mañana|por varios dias|por unos dias|un par de dias|por un tiempo corto|una semana)$", False),
    ((("fiesta", 7),), rf"^(estare alli|estare ahi|llegare alli|llegare) ({_HOUR}|dentro de (una|media) hora|en (una|media) hora)$", False),
    ((("fiesta", 4),), r"^(traere|llevare|voy a traer|voy a llevar) (vino|cerveza|pan|queso|postre|comida|flores|musica|refrescos|una tarta|un pastel)$", False),
    ((("tienda", 8), ("hotel", 5), ("viaje", 4)), r"^(pagare|voy a pagar|pago) (con cheques de viajero|con cheque|con tarjeta|en efectivo|al contado)$", False),
    ((("salud", 2),), r"^(me duele|me duelen) (el|la|los|las) [a-z]+$", False),
    ((("salud", 4),), r"^tengo (mucho |un poco de )?(hipo|ardor de estomago|dolor de [a-z]+|tos seca|mocos|escalofrios)$", False),
    ((("deporte", 1),), rf"^(yo )?juego (mucho |a menudo )?{_SPORT_}( [a-z ]+)?$", False),
    ((("deporte", 3),), r"^(yo )?juego con (el|ella|ellos|ellas|mi [a-z]+|mis [a-z]+)$", False),
    ((("tienda", 2),), rf"^(prefiero|me gusta mas) el {_COLOUR}( oscuro| claro)?$", False),
    ((("viaje", 7),), r"^prefiero (volar|viajar|ir) en (avion|coche|autobus|barco|tren)$", False),
    ((("clase", 6),), r"^(mi|nuestro|el) profesor (es|parece) (muy |un poco |bastante )?(un |una )?[a-z]+( [a-z]+)?$", False),
    ((("clase", 4),), rf"^(la clase|las clases|mi clase)( de [a-z]+)? (empieza|comienza|empiezan|comienzan) {_HOUR}$", False),
    ((("tiempo", 2),), r"^esta (muy )?(frio|caluroso)$", False),
    # farewells the first round did not map
    (_BYE_STEPS, rf"^((muchas |mil )?gracias )?{_FAREWELL2}( [a-z]+)?$", False),
]  # fmt: skip
