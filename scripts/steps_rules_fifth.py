"""The rules of scripts/make_tatoeba_fifth.py: (steps, regex on the folded sentence, question).

A fifth round (2026-12-05, issue 19) for the steps no earlier round covered well, above all
the six newest YAML-only lessons (aeropuerto, playa, intercambio, piso, museo, cocina), then
tiempo, fiesta, deporte, viaje and the built-in steps with few rows. As in steps_rules.py the
first matching rule wins and a rule naming several steps that ask the same thing gives each
sentence to one of them by its SHA-1. Generator-time only.
"""

from __future__ import annotations

from steps_rules import _HOUR, _NUMBER
from steps_rules_more import _FOOD

_LANG = (
    r"(un poco de |algo de |bien |muy bien )?(ingles|frances|aleman|italiano|portugues|japones"
    r"|chino|ruso|arabe|español|catalan|gallego|euskera|coreano|holandes|sueco|griego|polaco"
    r"|turco|hebreo|esperanto|mandarin|latin|hindi)( muy bien| bien| un poco)?"
)
_SEASON = r"(el verano|el invierno|la primavera|el otoño)"
_MONTH = (
    r"(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)"
)
_WHEN = (
    rf"(mañana|pasado mañana|el mes que viene|la semana que viene|el proximo mes|la proxima semana"
    rf"|el año que viene|el proximo año|este fin de semana|en {_MONTH}|el [a-z0-9]+ de {_MONTH}"
    r"|el (lunes|martes|miercoles|jueves|viernes|sabado|domingo)( que viene)?)"
)
_HOME = r"(piso|apartamento|departamento|casa|habitacion|cuarto|estudio)"
_KITCHEN_TOOL = r"(cuchillo|sarten|olla|cazo|cuchara|tenedor|tabla de cortar|bol|cazuela|batidora|colador|abrelatas)"
_WEATHER_WORD = r"(nieve|frio|calor|lluvia|viento|sol|niebla)"
_WEATHER_NOW = (("tiempo", 1), ("playa", 1))
_TASTE = (("restaurante", 5), ("cafe", 5))
_NOW = r"(hoy |ahora |fuera |afuera |aqui |hoy aqui )?"
_NOW_AFTER = r"( hoy| ahora| fuera| afuera| aqui)?"
_COMPANY = r"(solo|sola|con (mi|mis) [a-zñ]+( [a-zñ]+)?|con (unos|unas|algunos|algunas) amig[oa]s|con (un|una) amig[oa])"

# (steps, regex, question)
FIFTH_RULES: list[tuple[tuple[tuple[str, int], ...], str, bool]] = [
    # the airport
    ((("aeropuerto", 1),), r"^(si )?aqui (tiene|tienes|esta) (mi|el) pasaporte( por favor)?$", False),
    ((("aeropuerto", 2),), r"^(yo )?(viajo|vuelo) a [a-zñ]+( [a-zñ]+)?( hoy)?$", False),
    ((("aeropuerto", 3),), r"^(yo )?(llevo|tengo|traigo) (solo |solamente )?(una|un|dos|tres) (maleta|maletas|mochila|bolso|maletin)( y (una|un|dos) (maleta|maletas|mochila|bolso|maletin))?$", False),
    ((("aeropuerto", 4),), r"^(prefiero |quiero |quisiera )?(la )?(ventanilla|pasillo|un asiento (de|en el|junto a la) (ventanilla|pasillo))( por favor)?$", False),
    ((("aeropuerto", 5),), r"^(cual es|donde esta|que es) (la|mi) puerta( de embarque)?$", True),
    ((("aeropuerto", 6),), r"^(a que hora|cuando) (empieza|comienza|es|sale) (el embarque|el vuelo|mi vuelo|el avion)( [a-zñ0-9]+){0,2}$", True),
    ((("aeropuerto", 7),), r"^(no )?(no )?(tengo|llevo) nada( que declarar)?$", False),
    # the beach
    ((("playa", 1),), r"^(hoy )?(hace|hay) (mucho |muy |un poco de |bastante )?(sol|calor|viento)( y (mucho |un poco de )?(sol|calor|viento))?( hoy)?$", False),
    ((("playa", 2),), r"^(yo )?(llevo|traigo|tengo) (una|un|mi) (toalla|sombrilla|crema|bañador|gorra|libro)( y [a-zñ ]+)?( en la mochila)?$", False),
    ((("playa", 4),), r"^(si |no )?(no )?(tengo|llevo|traigo) (crema|protector solar|bloqueador)( solar)?( [a-zñ ]+)?$", False),
    ((("playa", 5),), r"^(si |no )?(no )?tengo (mucho |un poco de |bastante )?(calor|frio)$", False),
    ((("playa", 6),), rf"^(quiero|me apetece|tengo ganas de|prefiero) (un|una) (bocadillo|sandwich|helado|ensalada|hamburguesa|perrito caliente|{_FOOD})( de [a-zñ]+)?$", False),
    ((("playa", 7),), rf"^(volvemos|podemos volver|nos vamos|regresamos|vamos a volver) {_HOUR}$", False),
    ((("playa", 8),), r"^(si |no )?(no )?me gusta (mucho )?(esta|la) playa( [a-zñ ]+)?$", False),
    # the language exchange
    ((("intercambio", 3),), rf"^(yo )?hablo {_LANG}(( y| e)? {_LANG}){{0,3}}$", False),
    ((("intercambio", 3),), r"^(yo )?hablo (dos|tres|cuatro|cinco|seis|varios|unos pocos) (idiomas|lenguas)$", False),
    ((("intercambio", 3),), r"^(yo )?hablo (unas pocas|varias) lenguas$", False),
    ((("intercambio", 4),), r"^(yo )?(estudio|aprendo|llevo estudiando|estoy estudiando|estoy aprendiendo) (el )?español (desde|hace) [a-z0-9 ]+$", False),
    ((("intercambio", 5),), r"^porque (me gusta|me gustan|me encanta|me encantan|quiero|necesito|mi [a-zñ]+ es|es (muy |un )?[a-zñ]+)( [a-zñ]+){1,6}$", False),
    # the flat agency
    ((("piso", 1),), rf"^(busco|estoy buscando|quiero|necesito|quisiera) (alquilar )?(un|una) {_HOME}( (para alquilar|en alquiler|de alquiler|amueblad[oa]|barat[oa]|pequeñ[oa]|grande|con [a-zñ]+|cerca del centro|en el centro))?$", False),
    ((("piso", 2),), rf"^(yo )?(necesito|quiero|busco) ({_NUMBER}|una) (habitaciones|dormitorios|habitacion|dormitorio)$", False),
    ((("piso", 3),), r"^cuanto (es|cuesta|sale|vale) (el alquiler|el arriendo|al mes|por mes|el mes)( mensual| al mes| por mes)?$", True),
    ((("piso", 6),), r"^(hay|tiene|tiene el edificio) (ascensor|garaje|balcon|terraza|calefaccion|aire acondicionado|portero)$", True),
    ((("piso", 7),), rf"^(yo )?(quiero |queremos |nos gustaria |me gustaria )?(me mudo|nos mudamos|mudarme|mudarnos|me mudare|nos mudaremos|me voy a mudar|nos vamos a mudar|entrar a vivir|entrar) {_WHEN}$", False),
    # the museum
    ((("museo", 1),), rf"^(quiero|quisiera|deme|me da|necesito) ({_NUMBER}|una) entradas?( para [a-zñ ]+)?( por favor)?$", False),
    ((("museo", 3),), r"^a que hora (cierra|cierran|abre|abren) (el museo|ustedes|hoy)$", True),
    ((("museo", 4),), r"^(quiero|quisiera|me gustaria) ver (los|las) (cuadros|pinturas|esculturas|obras)( de [a-zñ]+)?$", False),
    ((("museo", 6),), r"^(perdon |disculpe )?donde (esta|estan) (el guardarropa|la consigna|los baños|el baño|los servicios|la salida|la cafeteria|la tienda)$", True),
    # the kitchen
    ((("cocina", 1),), r"^(me gustaria|quiero|vamos a|podemos|queremos|quisiera) (cocinar|preparar) [a-zñ]+( [a-zñ]+){0,4}$", False),
    ((("cocina", 1),), rf"^(me gustaria|quiero|vamos a|podemos|queremos|quisiera) hacer (un|una|unos|unas) (tortilla|paella|pizza|pasta|sopa|ensalada|pastel|tarta|galletas|bizcocho|guiso|estofado|{_FOOD})( de [a-zñ]+)?$", False),
    ((("cocina", 4),), rf"^(necesitamos|necesito|nos hace falta|hace falta) (un|una|unos|unas) {_KITCHEN_TOOL}( de cocina)?( y (un|una) {_KITCHEN_TOOL})?$", False),
    ((("cocina", 6),), r"^(unos|unas|mas o menos|mas de|menos de|como) ([a-z0-9]+ minutos|media hora|una hora|un cuarto de hora)$", False),
    ((("cocina", 8),), r"^(si |no )?(no )?(me gusta|me encanta) (mucho )?cocinar( [a-zñ ]+)?$", False),
    ((("cocina", 8),), r"^mi (pasatiempo|hobby|aficion) (favorito |preferido )?es cocinar$", False),
    # the weather
    ((("tiempo", 3),), r"^(si |no )?(hoy )?(no )?hay (nubes|ni una nube|muchas nubes)( hoy)?$", False),
    ((("tiempo", 3),), r"^(si |no )?(hoy )?(no )?(esta|el cielo esta) (nublado|despejado|cubierto)( hoy)?$", False),
    ((("tiempo", 4),), rf"^(aqui )?(tenemos|hay|hace) (mucha |mucho |poca |poco )?{_WEATHER_WORD}( aqui)? en invierno$", False),
    ((("tiempo", 4),), rf"^en invierno (aqui )?(tenemos|hay|hace) (mucha |mucho |poca |poco )?{_WEATHER_WORD}( aqui)?$", False),
    ((("tiempo", 5),), rf"^{_SEASON} es (la estacion que mas me gusta|mi estacion (favorita|preferida))$", False),
    ((("tiempo", 5),), rf"^(prefiero|me gusta mas|mi estacion (favorita|preferida) es) {_SEASON}$", False),
    # the weather today, the sky, cold or hot
    (_WEATHER_NOW, rf"^(uf+ )?{_NOW}(hace|esta haciendo) (un |mucho |muchisimo |muy |bastante |un poco de |demasiado )?(frio|calor|sol|viento|fresco|buen tiempo|mal tiempo|tiempo frio|tiempo caluroso)( muy fuerte| que pela| terrible| horrible)?{_NOW_AFTER}$", False),
    (_WEATHER_NOW, rf"^{_NOW}es un dia (muy )?(soleado|lluvioso|nublado|caluroso|frio|precioso|bonito|gris|estupendo)$", False),
    (_WEATHER_NOW, rf"^{_NOW}(esta|sigue) (lloviendo|nevando|nublado|despejado|soleado|lloviznando){_NOW_AFTER}$", False),
    (_WEATHER_NOW, r"^(parece que |creo que )?va a (llover|nevar)( hoy| pronto)?$", False),
    (_WEATHER_NOW, rf"^(el tiempo|el dia) esta (muy )?(frio|caluroso|nublado|soleado|horrible|estupendo|precioso|bueno|malo|feo){_NOW_AFTER}$", False),
    (_WEATHER_NOW, r"^empieza a hacer (mas )?(calor|frio)$", False),
    ((("tiempo", 3),), r"^(se esta|esta) (nublando|despejando)$", False),
    ((("tiempo", 2),), r"^(aqui |hoy )?no hace (tanto|tan|mucho|nada de) (frio|calor)( hoy)?( como en [a-zñ]+( [a-zñ]+)?)?$", False),
    # the café: more of something, an order with «tomaré»
    ((("cafe", 4),), r"^(mas|otro|otra) (cafe|te|agua|pan|leche|vino|cerveza|zumo|azucar|mantequilla|tostada)( por favor)?$", False),
    ((("cafe", 4),), r"^(quiero|quisiera|me da|me trae) (un poco mas|mas) de [a-zñ]+( por favor)?$", False),
    ((("cafe", 2),), r"^(tomare|voy a tomar) (un|una) (cafe|te|zumo|cerveza|vaso de [a-zñ]+|taza de [a-zñ]+|cortado|chocolate)( y (un|una) [a-zñ]+)?( por favor)?$", False),
    # how a dish tastes
    (_TASTE, r"^(si )?(esto )?(esta|es) (muy |tan |realmente )?(bueno|delicioso|rico|sabroso|buenisimo|riquisimo|exquisito)$", False),
    # the town, sport, a pet, swimming, coming back, liking one's job
    ((("ciudad", 2),), r"^(es|mi ciudad es) una (gran|pequeña|bonita|vieja|antigua|preciosa) ciudad$", False),
    ((("ciudad", 2),), r"^(es|mi ciudad es) una ciudad (muy )?(grande|pequeña|bonita|antigua|tranquila|moderna|vieja|industrial|peligrosa|gigante)$", False),
    ((("ciudad", 3),), r"^en (mi|esta|la) ciudad hay (un|una|muchos|muchas|dos|tres|varios|varias|mucho|mucha) ([a-zñ]+ ){0,2}[a-zñ]+$", False),
    ((("ciudad", 3),), r"^hay (un|una|muchos|muchas|dos|tres|varios|varias|mucho|mucha) ([a-zñ]+ ){0,2}[a-zñ]+ en (mi|esta|la) ciudad$", False),
    ((("deporte", 1),), r"^mi deporte (favorito|preferido) es (el|la) [a-zñ]+( [a-zñ]+)?$", False),
    ((("mascota", 1), ("family", 8)), r"^(si |no )?(no )?(tengo|tenemos) (perro|gato|mascota|mascotas|perros|gatos|ninguna mascota)$", False),
    ((("playa", 3),), r"^(si )?(vayamos|vamos) (a nadar|al agua)$", False),
    ((("playa", 3),), r"^(si )?nademos$", False),
    ((("playa", 7),), rf"^(volvemos|volveremos|volvere|regresamos|regresaremos|regresare|podemos volver) (a casa )?{_HOUR}$", False),
    ((("trabajo", 6),), r"^(si )?(yo )?(disfruto|me encanta|me gusta|adoro) (trabajar|mi trabajo)( aqui| mucho)?$", False),
    # what one reads
    ((("biblioteca", 4), ("likes", 6)), r"^(yo )?(normalmente |sobre todo |casi siempre )?leo (toda clase de|todo tipo de|muchos|muchas|sobre todo|solo|solamente)? ?(libros|novelas|poesia|poemas|revistas|comics|cuentos|biografias|periodicos|el periodico|libros de [a-zñ]+|novelas de [a-zñ]+)( [a-zñ]+){0,2}$", False),
    # company, dancing
    ((("viaje", 5), ("fiesta", 5), ("deporte", 3)), rf"^(yo )?(viajo|vengo|juego|voy) {_COMPANY}$", False),
    ((("fiesta", 6),), r"^(si |no )?(no )?(me gusta|me encanta) (mucho )?bailar$", False),
]  # fmt: skip
