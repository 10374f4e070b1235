"""The rules of scripts/make_tatoeba_steps.py: (steps, regex on the folded sentence, question).

The first rule whose regex matches the whole folded sentence wins; `question` says whether
the sentence must be a question (asking a price or the way) or must not be one. A rule with
several steps gives each sentence to one of them (by its SHA-1). Generator-time only.
"""

from __future__ import annotations

YAML_ONLY_LESSONS = {
    "tienda", "tiempo", "salud", "casa", "viaje", "fiesta", "clase", "hotel", "trabajo", "deporte",
}  # fmt: skip

_CLOTHES = (
    r"(chaqueta|camisa|camiseta|falda|vestido|abrigo|pantalones|pantalon|zapatos|sombrero"
    r"|sueter|jersey|corbata|bufanda|botas|calcetines|gorra|traje|blusa|guantes|cinturon"
    r"|pollera|campera|chompa|bañador|impermeable|par de [a-z]+)"
)
_COLOUR = r"(rojo|roja|azul|verde|negro|negra|blanco|blanca|amarillo|amarilla|gris|marron|rosa|naranja|morado|morada)"
_BODY = (
    r"(cabeza|brazo|brazos|pierna|piernas|pie|pies|espalda|estomago|barriga|garganta|muela"
    r"|muelas|diente|dientes|oido|oidos|orejas|ojos|ojo|cuello|hombro|rodilla|rodillas"
    r"|mano|manos|dedo|cadera|pecho|tripa|todo|todo el cuerpo|mandibula|articulaciones)"
)
_ILL = r"(fiebre|tos|gripe|gripa|la gripe|un resfriado|un resfrio|resfriado|catarro|un catarro|dolor de [a-z]+|nauseas|diarrea|alergia)"
_TRANSPORT = r"(en (coche|auto|carro|autobus|bus|tren|metro|bicicleta|bici|taxi|moto|colectivo|camion)|a pie|andando|caminando)"
_PLACE_NOUNS = (
    r"(estacion|hospital|aeropuerto|baño|servicio|servicios|parque|hotel|museo|biblioteca"
    r"|iglesia|restaurante|farmacia|banco|parada|cafeteria|oficina de correos|correos"
    r"|embajada|tienda|zoologico|boleteria|taquilla|salida|terminal|gasolinera|playa"
    r"|supermercado|mercado|centro|plaza|comisaria|escuela|universidad|cine|teatro)"
)
_SPORT = r"(al |a la )?(tenis|futbol|baloncesto|basquet|basquetbol|beisbol|voleibol|golf|rugby|ajedrez|hockey|padel|squash|balonmano|futbol americano)"
_NUMBER = r"(un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|cuarenta|[0-9]+)"
_HOUR = rf"(a la una|a las {_NUMBER}( [0-9]+)?( y (media|cuarto|[a-z]+))?|a mediodia|a medianoche)( (de la|por la) (mañana|tarde|noche))?"
_SUBJECTS = r"(las )?(matematicas|historia|fisica|quimica|biologia|ingles|geografia|literatura|arte|musica|ciencias|economia|filosofia|frances|español|aleman|informatica)"
_THINGS = r"(lapiz|lapices|boligrafo|cuaderno|libro|diccionario|goma|papel|regla|mochila|ordenador|computadora|calculadora|hoja|hojas|pluma|tijeras)"
_FAREWELL = (
    r"((muchas |mil )?gracias|adios|hasta luego|hasta pronto|hasta la vista|nos vemos|chao|chau)"
)
_PAY = (
    ("cafe", 7), ("tienda", 8), ("viaje", 4), ("hotel", 5),
)  # fmt: skip
_GOODBYE = (("cafe", 8), ("viaje", 8), ("clase", 8), ("hotel", 6), ("fiesta", 8))
_THANKS = (("cafe", 8), ("viaje", 8), ("hotel", 6))
_ACCEPT = (("weekend", 4), ("fiesta", 3), ("deporte", 6))
_TO_WORK = (("viaje", 6), ("trabajo", 5))
_PRICE = (("tienda", 6), ("viaje", 3), ("cafe", 6))

# (steps, regex, question)
STEPS_RULES: list[tuple[tuple[tuple[str, int], ...], str, bool]] = [
    # prices and the way: questions back that the step asks for
    ((("tienda", 6),), rf"^(perdon |disculpe )?cuanto (cuesta|cuestan|vale|valen) (este|esta|estos|estas|el|la|los|las) {_CLOTHES}( [a-z]+)?$", True),
    ((("viaje", 3),), r"^(perdon |disculpe )?cuanto (cuesta|cuestan|vale|valen|es) (el|un|este|la|una) (billete|pasaje|boleto)( [a-z]+){0,3}$", True),
    (_PRICE, r"^(perdon |disculpe )?cuanto (es|son|le debo|te debo|cuesta|cuestan)( todo)?$", True),
    ((("directions", 1), ("directions", 3)), rf"^(perdon |perdone |disculpe |disculpa )?(donde (esta|estan|hay)|como (llego|puedo llegar|se llega) a|hay) (el |la |los |las |un |una |al |a la )?{_PLACE_NOUNS}( [a-z]+){{0,4}}$", True),
    ((("directions", 3),), r"^(esta|queda) (lejos|cerca)( de aqui)?$", True),
    # shopping
    ((("tienda", 1),), rf"^(yo )?(busco|estoy buscando|quiero|quisiera|necesito) (un|una|unos|unas) {_CLOTHES}( [a-z]+){{0,4}}$", False),
    ((("tienda", 3),), r"^(si |no )?(no )?(me gusta|me encanta)( mucho| muchisimo)?$", False),
    ((("tienda", 4),), r"^(no )?me queda (muy |un poco |demasiado )?(bien|mal|grande|pequeño|pequeña|chico|chica|corto|corta|largo|larga|ajustado|ajustada|apretado|apretada|perfecto|perfecta)$", False),
    ((("tienda", 5),), r"^(no )?me quedan (muy |un poco |demasiado )?[a-z]+$", False),
    ((("tienda", 7), ("casa", 7)), rf"^(es|son) {_COLOUR}( y {_COLOUR})?$", False),
    (_PAY, r"^(puedo |voy a |quiero |quisiera )?(pagar|pago|pagare) (con tarjeta|en efectivo|al contado|con cheque|en dolares|en euros|con tarjeta de credito)( por favor)?$", False),
    # the weather
    ((("tiempo", 2),), r"^(hoy )?(hace|esta haciendo) (mucho |un poco de |bastante |demasiado )?(frio|calor)( hoy| aqui| afuera)?$", False),
    ((("tiempo", 2),), r"^(yo )?tengo (mucho |un poco de )?(frio|calor)$", False),
    ((("tiempo", 3),), r"^(hoy )?(esta|sigue) (muy )?(nublado|despejado|soleado)( hoy)?$", False),
    ((("tiempo", 1),), r"^(hoy )?(hace|esta haciendo|esta|sigue|hay) (mucho |muy |un poco de |bastante )?(sol|viento|buen tiempo|mal tiempo|fresco|niebla|lloviendo|nevando|humedo|tormenta|un dia [a-z]+)( hoy| aqui| afuera| todavia)?$", False),
    ((("tiempo", 1),), r"^(hoy )?(llueve|nieva|esta lloviendo|esta nevando)( mucho| a cantaros| hoy)?$", False),
    ((("tiempo", 4),), r"^((aqui |en [a-z]+ )?(en invierno|en verano|en otoño|en primavera) [a-z ]*(hace|llueve|nieva|esta)( [a-z]+){0,4}|(aqui |en [a-z]+ )?(hace|llueve|nieva)( [a-z]+){0,3} en (invierno|verano|otoño|primavera))$", False),
    ((("tiempo", 4),), r"^(aqui )?(hace|llueve|nieva)( [a-z]+){0,3} (en|durante) (el )?(invierno|verano|otoño|primavera)$", False),
    ((("tiempo", 5),), r"^((yo )?(amo|adoro|prefiero|me gusta mas|me gusta mucho|me encanta) (el |la )(invierno|verano|otoño|primavera)( que (el |la )(invierno|verano|otoño|primavera))?|lo que mas me gusta es (el |la )(invierno|verano|otoño|primavera))$", False),
    ((("tiempo", 5),), r"^((mi estacion favorita es|me gusta (mas )?|me encanta|prefiero) (el |la )(invierno|verano|otoño|primavera)|(el |la )(invierno|verano|otoño|primavera) es mi estacion favorita)( [a-z]+){0,3}$", False),
    ((("tiempo", 6),), r"^cuando llueve,? (yo )?[a-z]+( [a-z]+){0,5}$", False),
    ((("tiempo", 7),), r"^(en invierno )?(yo )?(llevo|uso|me pongo) (un|una|unos|unas) [a-z]+( [a-z]+){0,3}( en invierno)?$", False),
    # health
    ((("salud", 2),), rf"^(me duele|me duelen) (mucho |un poco )?(el |la |los |las )?{_BODY}( [a-z]+)?$", False),
    ((("salud", 4),), rf"^(si )?(yo )?tengo (un poco de |mucha )?{_ILL}( y [a-z ]+)?$", False),
    ((("salud", 1),), r"^(no )?(estoy|me siento|me encuentro) (muy |un poco |bastante )?(mal|enferm[oa]|resfriad[oa]|mareado|mareada|fatal|debil)( hoy)?$", False),
    ((("salud", 1),), r"^no (me siento|estoy|me encuentro) (muy )?bien$", False),
    ((("salud", 6),), r"^(si |no )?(no )?(estoy|me siento) (muy |un poco |bastante |tan )?(cansad[oa]|agotad[oa]|exhaust[oa]|reventad[oa]|muert[oa] de cansancio)$", False),
    ((("salud", 7),), r"^(tengo que|debo|necesito) (descansar|dormir|quedarme en (casa|cama|la cama)|tomar (medicina|medicinas|la medicina|un medicamento|pastillas|aspirinas?)|ir al (medico|doctor|hospital)|beber [a-z ]+|acostarme)( [a-z]+){0,3}$", False),
    ((("salud", 8),), r"^(ella )?(tiene que|debe) (descansar|dormir|quedarse en (casa|cama|la cama)|tomar [a-z ]+|ir al (medico|doctor)|beber [a-z ]+)$", False),
    # the home
    ((("casa", 1),), r"^(yo )?vivo en (un|una) (casa|piso|apartamento|departamento|apartamento|chalet|estudio)( [a-z]+){0,4}$", False),
    ((("casa", 2),), r"^mi (casa|piso|apartamento|departamento) es( muy| un poco| bastante)? [a-z]+( y( muy)? [a-z]+)?$", False),
    ((("casa", 3),), rf"^((mi|nuestra) (casa|piso|apartamento|departamento) )?tiene {_NUMBER} (habitaciones|dormitorios|cuartos)( [a-z]+){{0,3}}$", False),
    ((("casa", 4),), r"^(en mi (habitacion|dormitorio|cuarto) hay [a-z ]+|hay [a-z ]+ en mi (habitacion|dormitorio|cuarto))$", False),
    ((("casa", 6),), r"^(mi |el )?(gato|gata) esta (en|sobre|debajo|bajo|encima|detras|delante|junto|al lado|durmiendo)( [a-z]+){0,5}$", False),
    ((("casa", 8),), r"^(si |no )?(hay|tenemos) (un )?(jardin|patio|terraza|balcon)( [a-z]+){0,5}$", False),
    # a trip
    ((("viaje", 1),), r"^(yo )?(quiero|quisiera|me gustaria|voy a|deseo) (ir|viajar) (a|al) [a-z]+( [a-z]+)?$", False),
    ((("viaje", 2),), r"^(de |solo de )?ida( y vuelta)?( por favor)?$", False),
    ((("viaje", 5), ("fiesta", 5)), r"^(yo )?(viajo|vengo|voy|viajamos|venimos) (con (mi|mis|un|una) [a-z]+( [a-z]+)?|sol[oa])$", False),
    (_TO_WORK, rf"^(yo )?(normalmente |siempre |generalmente )?(voy|vengo|suelo ir|vamos)( al trabajo| a trabajar| a la oficina)? {_TRANSPORT}( al trabajo| a trabajar| a la oficina)?( todos los dias| cada dia)?$", False),
    ((("viaje", 7),), r"^(si |no )?(no )?(me gusta|me encanta|odio|prefiero) (mucho )?(viajar|ir) en (tren|autobus|coche|avion|barco)$", False),
    # a party
    ((("fiesta", 1), ("numbers", 8)), r"^mi cumpleaños es (el|en) [a-z0-9 ]+$", False),
    ((("fiesta", 2),), rf"^(voy a cumplir|cumplo|cumplire) {_NUMBER}( [a-z]+)?( años)?$", False),
    ((("fiesta", 4),), r"^(yo )?(voy a traer|traigo|traere|puedo traer) [a-z ]+$", False),
    ((("fiesta", 6),), r"^(si |no )?(no )?(me gusta|me encanta|odio|se) (mucho )?bailar( [a-z]+){0,3}$", False),
    ((("fiesta", 7),), rf"^(yo )?(llego|llegare|voy a llegar|estare alli|estare ahi) ({_HOUR}|tarde|temprano|pronto|a tiempo)$", False),
    # class
    ((("clase", 2),), rf"^(mi (asignatura|materia|clase) favorita es (la |el )?[a-z]+|(me gustan|me gusta|me encanta|me encantan) (mucho )?(la |las |el )?{_SUBJECTS})$", False),
    ((("clase", 3), ("numbers", 6)), rf"^(en mi clase )?(hay|somos) {_NUMBER}( [a-z]+)? (estudiantes|alumnos|personas|chicos|chicas)?( en (mi|la|nuestra) clase)?$", False),
    ((("clase", 4), ("routine", 5)), rf"^(mi |la |nuestra )?(clase|escuela) (empieza|comienza) {_HOUR}$", False),
    ((("clase", 5),), r"^(mi|nuestro|nuestra) (profesor|profesora|maestro|maestra) se llama [a-z]+( [a-z]+)?$", False),
    ((("clase", 6),), r"^(mi|nuestro|nuestra) (profesor|profesora|maestro|maestra) es( muy| un poco| bastante)? [a-z]+( y( muy)? [a-z]+)?$", False),
    ((("clase", 7),), rf"^(yo )?necesito (un|una|unos|unas|el|la|mi|mis)( nuevo| nueva)? {_THINGS}( [a-z]+){{0,3}}$", False),
    # a hotel
    ((("hotel", 2),), rf"^(me quedo|me quedare|voy a quedarme|me voy a quedar|nos quedamos|nos quedaremos|me gustaria quedarme|quiero quedarme) {_NUMBER} (noches|dias|semanas|noche|semana)( mas)?$", False),
    ((("hotel", 3),), r"^((quiero|quisiera|me gustaria) )?una habitacion (individual|doble|sencilla|simple|para dos|para una persona|para dos personas)( [a-z]+){0,3}( por favor)?$", False),
    ((("hotel", 4),), rf"^(voy a desayunar|desayuno|desayunare) {_HOUR}$", False),
    # work
    ((("trabajo", 1),), r"^(yo )?soy (un |una )?(maestr[oa]|profesor|profesora|enfermer[oa]|medic[oa]|doctor|doctora|abogad[oa]|periodista|programador|programadora|ingenier[oa]|cociner[oa]|camarer[oa]|policia|bombero|carpinter[oa]|dentista|actor|actriz|escritor|escritora|fotograf[oa]|piloto|musico|granjer[oa]|taxista|arquitect[oa]|secretari[oa]|vendedor|vendedora|contador|contadora|peluquer[oa]|traductor|traductora|electricista|panader[oa]|cientific[oa]|artista|cantante|pintor|pintora|mecanic[oa]|veterinari[oa]|funcionari[oa]|agricultor|agricultora|ama de casa|jubilad[oa]|cartero|conductor|conductora|empresari[oa]|banquer[oa])( de [a-z]+)?$", False),
    ((("trabajo", 2),), r"^(yo )?trabajo (para|desde|cerca de) [a-z ]+$", False),
    ((("trabajo", 3), ("routine", 5)), rf"^(yo )?(normalmente )?(empiezo|comienzo|entro)( a trabajar)? {_HOUR}$", False),
    ((("trabajo", 4),), rf"^(yo )?trabajo ({_NUMBER} horas( al dia| a la semana| diarias| cada dia)?|todo el dia|mucho|de [a-z]+ a [a-z]+)$", False),
    ((("trabajo", 6),), r"^(si |no )?(no )?(me gusta|me encanta|odio|adoro|disfruto|estoy content[oa] con|estoy cansad[oa] de) (mucho )?mi (trabajo|empleo)$", False),
    # sports
    ((("deporte", 1),), rf"^(yo )?(juego|practico|hago) {_SPORT}( [a-z]+){{0,2}}$", False),
    ((("deporte", 1),), r"^(yo )?(practico (judo|karate|yoga|natacion|atletismo|ciclismo|boxeo|esgrima|surf)|(nado|corro|hago ejercicio) (casi )?(todos los dias|cada dia|todas las mañanas|cada vez que puedo|los fines de semana))$", False),
    ((("deporte", 2),), rf"^(yo )?(juego|practico)( {_SPORT})? ({_NUMBER} veces (a la|por) semana|todos los dias|cada dia|(todos )?los (lunes|martes|miercoles|jueves|viernes|sabados|domingos|fines de semana)|cada (lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin de semana))$", False),
    ((("deporte", 3),), rf"^(yo )?(juego|practico)( {_SPORT})? con (mi|mis|un|una|unos) [a-z]+( [a-z]+)?$", False),
    ((("deporte", 4),), r"^mi equipo favorito (es|son) [a-z ]+$", False),
    ((("deporte", 5),), r"^(en mi tiempo libre|en mis ratos libres|los fines de semana),? (yo )?[a-z]+( [a-z]+){0,5}$", False),
    # built-in lessons' steps the earlier sets left empty
    ((("cafe", 2),), r"^((yo )?(quiero|quisiera|tomare|me gustaria|voy a tomar|deme|traigame|para mi) )?(un|una|otro|otra) (cafe|te|cerveza|vaso|taza|copa|botella|zumo|jugo|refresco|limonada|chocolate)( [a-z]+){0,4}( por favor)?$", False),
    ((("cafe", 3),), r"^((yo )?(quiero|quisiera|tomare|me gustaria|voy a tomar|voy a pedir|para mi) (un|una|el|la)|un|una) (bocadillo|sandwich|ensalada|tostada|hamburguesa|pizza|sopa|tortilla|filete|pescado|pollo|croissant|cruasan|pastel|trozo de [a-z]+)( [a-z]+){0,4}( por favor)?$", False),
    ((("cafe", 5),), r"^(si )?(esta|estan|este [a-z]+ esta|esta [a-z]+ esta|el [a-z]+ esta|la [a-z]+ esta) (muy )?(rico|rica|riquisimo|riquisima|bueno|buena|buenisimo|buenisima|delicioso|deliciosa|sabroso|sabrosa|exquisito|exquisita)$", False),
    ((("directions", 5),), r"^(no )?(esta|queda) (muy |bastante |un poco )?(cerca|lejos)( de aqui)?$", False),
    ((("directions", 5),), r"^(esta|queda) a (un|una|dos|tres|cinco|diez|quince|veinte) (minutos|minuto|cuadras|calles|kilometros|metros)( [a-z]+){0,3}$", False),
    ((("directions", 6),), r"^(si |no )?(siga|sigue|gira|gire|dobla|doble|tuerce|tuerza|vaya|ve) (todo recto|derecho|a la (derecha|izquierda))( [a-z ]+)?$", False),
    ((("directions", 7),), r"^(si |no )?(hay|no hay) (una )?farmacia( [a-z]+){0,5}$", False),
    ((("family", 1),), r"^(mi familia es|tengo una familia|somos una familia)( muy)? (grande|pequeña|numerosa)$", False),
    ((("family", 6),), r"^mi (padre|papa) es( muy| un poco| bastante)? [a-z]+( y( muy)? [a-z]+)?$", False),
    ((("greetings", 6),), r"^(si |no )?(yo )?(no )?hablo (un poco de |muy bien |bien |algo de |muy poco )?español( [a-z ]+)?$", False),
    ((("greetings", 2),), r"^(hola )?(me llamo|mi nombre es) [a-z]+$", False),
    ((("likes", 1),), r"^(si |no )?(no )?(me gusta|me encanta) (mucho )?(la musica)( [a-z]+){0,2}$", False),
    ((("likes", 3),), r"^(si |no )?(no )?(me gustan|me encantan) (mucho )?los deportes$", False),
    ((("likes", 5),), r"^(si |no )?(no )?(me gusta|me encanta) (mucho )?(ir a la biblioteca|leer en la biblioteca|estudiar en la biblioteca)( [a-z]+){0,3}$", False),
    ((("likes", 6),), r"^(me gusta leer|leo|me gustan) (novelas|libros|revistas|comics|poesia|poemas|cuentos|el periodico|los periodicos|los comics|los cuentos|la poesia|las revistas)( [a-z]+){0,3}$", False),
    ((("numbers", 4), ("family", 2)), r"^(no tengo hermanos|soy hij[oa] unic[oa]|no tengo ni hermanos ni hermanas)$", False),
    ((("routine", 3),), r"^(yo )?(normalmente |siempre |generalmente )?(desayuno|tomo|como) [a-z ]+ (en el|para el|de) desayuno$", False),
    ((("routine", 3),), r"^(yo )?(normalmente |siempre |generalmente )?desayuno [a-z ]+$", False),
    ((("routine", 6),), r"^(por la tarde|en la tarde|por las tardes|en las tardes),? (yo )?[a-z]+( [a-z]+){0,5}$", False),
    ((("routine", 7),), r"^(nosotros )?(normalmente |siempre |generalmente )?(cenamos|ceno) (a las|tarde|temprano|a eso de)( [a-z0-9 ]+)?$", False),
    ((("routine", 8),), r"^(yo )?(normalmente |siempre |generalmente )?(me voy a la cama|me voy a dormir|me acuesto) (a las|tarde|temprano|antes de|despues de|a eso de)( [a-z0-9 ]+)?$", False),
    ((("weekend", 2),), r"^con (mi|mis|un|una|unos|unas) [a-z]+( [a-z]+)?$", False),
    ((("weekend", 3), ("tiempo", 8)), r"^(mañana |el domingo )?(yo )?(voy a (quedarme|descansar|ir|jugar|ver|visitar|limpiar|estudiar|salir|leer|nadar)|vamos a (ir|jugar|ver|visitar|salir)|me voy a quedar|pienso (ir|quedarme|jugar|visitar)|ire a) [a-z ]+$", False),
    (_ACCEPT, r"^(si )?(me encantaria|con mucho gusto|claro que si|por supuesto|claro|con gusto|vale|de acuerdo|por que no)( ir)?$", False),
    ((("weekend", 5),), r"^(si )?(de acuerdo|esta bien|vale|me parece bien|perfecto|a las [a-z ]+ esta bien)$", False),
    ((("weekend", 7),), r"^(gracias )?(igualmente|tu tambien|lo mismo digo|lo mismo para ti)$", False),
    (_THANKS, r"^(muchas |mil )?gracias( de nuevo| nuevamente| por todo)?$", False),
    (_GOODBYE, rf"^{_FAREWELL}( {_FAREWELL})?( [a-z]+)?$", False),
    ((("cafe", 1), ("greetings", 1)), r"^(hola|buenos dias|buenas tardes|buenas noches|buenas)( [a-z]+)?$", False),
]  # fmt: skip
