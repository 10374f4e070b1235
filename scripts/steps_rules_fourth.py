"""The rules of scripts/make_tatoeba_fourth.py: (steps, regex on the folded sentence, question).

A fourth round (2026-12-05, issue 19) for the steps the first three rounds left with no
rows, mostly of the newest YAML-only lessons: banco, biblioteca, farmacia, peluqueria, taxi,
vecino, mercado, hotel, correos and cine, and the salud and trabajo steps still empty. As in
steps_rules.py the first matching rule wins and a rule naming several steps that ask the
same thing gives each sentence to one of them by its SHA-1. Generator-time only.
"""

from __future__ import annotations

from steps_rules import _BODY, _HOUR, _NUMBER
from steps_rules_more import _FOOD

_JOB_STEPS = (("banco", 4), ("vecino", 5), ("trabajo", 1))
_SINCE_STEPS = (("farmacia", 3), ("salud", 5))
_TASTE_STEPS = (("mercado", 4), ("restaurante", 5))
_WEEKDAY = r"(lunes|martes|miercoles|jueves|viernes|sabado|domingo)"
_SINCE = (
    rf"desde (ayer|anoche|anteayer|esta mañana|el {_WEEKDAY}|la semana pasada|el mes pasado"
    r"|hace [a-z0-9]+ (dias|semanas|horas|meses)|hace una semana|hace un mes|hace mucho tiempo)"
)
_ORDINAL = r"(primer|segundo|tercer|cuarto|quinto|sexto|septimo|octavo|noveno|decimo|ultimo)"
_MEASURE = (
    r"(un kilo|medio kilo|dos kilos|tres kilos|un cuarto de kilo|una docena|media docena"
    r"|una libra|dos libras|medio litro|un litro|un manojo)"
)
_READING = (
    r"(la poesia|los poemas|las poesias|las revistas|los comics|las historietas|los cuentos"
    r"|la ciencia ficcion|las biografias|los periodicos|el periodico|los libros de [a-zñ]+"
    r"|las novelas [a-zñ]+|las novelas de [a-zñ]+( [a-zñ]+)?|la novela [a-zñ]+|los mangas)"
)
_LUGGAGE = r"(maleta|maletas|equipaje|mochila|bolso|bolsa|maletin)"
_SICK_DUTY = (
    r"(descansar|dormir|dormir mucho|quedarme en (la )?cama|guardar cama|tomar [a-zñ ]+"
    r"|beber [a-zñ ]+|ir al medico|ir al hospital|ver a un medico|acostarme)"
)
_SHE_SICK_DUTY = (
    r"(descansar|dormir|quedarse en (la )?cama|guardar cama|tomar [a-zñ ]+|beber [a-zñ ]+"
    r"|ir al medico|ir al hospital|ver a un medico|acostarse)"
)

# (steps, regex, question)
FOURTH_RULES: list[tuple[tuple[tuple[str, int], ...], str, bool]] = [
    # the bank
    ((("banco", 1),), r"^(quiero|quisiera|me gustaria|necesito|vengo a|quiero que me ayude a) abrir una cuenta( [a-zñ]+){0,3}( por favor)?$", False),
    ((("banco", 6),), rf"^(quiero |quisiera |me gustaria |necesito )?(cambiar )?{_NUMBER}( [a-z]+)? (dolares|euros|yenes|libras|pesos)( a [a-z]+| en [a-z]+)?( por favor)?$", False),
    (_JOB_STEPS, r"^(yo )?me dedico a [a-zñ]+( [a-zñ]+){0,4}$", False),
    # the library
    ((("biblioteca", 4),), rf"^(me gusta|me gustan|me encanta|me encantan|prefiero) (mucho )?(leer )?{_READING}$", False),
    ((("biblioteca", 1),), r"^(quiero|quisiera|necesito|me gustaria) (sacar|pedir prestado|llevarme|devolver) (este|estos|un|unos|dos|tres|el|los) libros?( [a-zñ]+){0,3}$", False),
    # the chemist's and the doctor's
    ((("farmacia", 1),), r"^(creo que )?(yo )?(estoy|tengo|me he) (resfriad[oa]|acatarrad[oa]|un resfriado|un catarro|la gripe|gripe|gripa|un resfrio)$", False),
    (_SINCE_STEPS, rf"^(yo )?(estoy|tengo|me siento|me duele|me duelen)( [a-zñ]+){{1,3}} {_SINCE}$", False),
    ((("salud", 7),), rf"^(yo )?tengo que {_SICK_DUTY}( [a-zñ]+){{0,3}}$", False),
    ((("salud", 8),), rf"^(ella |ana )?tiene que {_SHE_SICK_DUTY}( [a-zñ]+){{0,3}}$", False),
    # the hairdresser's
    ((("peluqueria", 1),), r"^(quiero|quisiera|me gustaria|necesito|vengo a|tengo que) (cortarme el pelo|cortarme el cabello|pedir (una )?cita|hacerme un corte( de pelo)?|teñirme el pelo|un corte de pelo)( [a-zñ]+){0,3}$", False),
    # the taxi
    ((("taxi", 1),), r"^(lleveme|llevame|llevenos|llevanos) (a la|al|a) [a-zñ]+( [a-zñ]+){0,3}( por favor)?$", False),
    ((("taxi", 1),), r"^(a la|al) [a-zñ]+( [a-zñ]+){0,3} por favor$", False),
    ((("taxi", 3),), rf"^(si |no )?(no )?(llevo|tengo|traigo) (solo |solamente )?(una|un|dos|tres|mucho|mucha|poco|poca|mi|mis|este|esta)? ?{_LUGGAGE}( [a-zñ]+){{0,3}}$", False),
    ((("taxi", 4),), r"^(cuanto (tiempo )?(tarda|tardamos|se tarda|falta|queda|nos lleva)|falta mucho|queda mucho|cuando llegamos|a que hora llegamos)( [a-zñ]+){0,4}$", True),
    ((("taxi", 5),), r"^(si |no )?(no )?(tengo|estoy) (mucha |un poco de |algo de |muy )?(prisa|apurad[oa]|apuro)( [a-zñ]+){0,2}$", False),
    ((("taxi", 7),), r"^(no )?(gracias )?(quedese|quedate|quedense|quedaos) con el cambio$", False),
    # the neighbour
    ((("vecino", 2),), rf"^(yo )?vivo en el {_ORDINAL}( piso| planta)?( [a-zñ]+){{0,2}}$", False),
    ((("vecino", 3),), r"^(yo )?vivo (aqui|en [a-zñ]+) desde (hace )?[a-z0-9]+( [a-z0-9]+){0,3}$", False),
    ((("vecino", 3),), r"^(yo )?llevo [a-z0-9]+ (años|meses|semanas) (viviendo )?(aqui|en [a-zñ]+)$", False),
    # the market
    ((("mercado", 1), ("mercado", 5)), rf"^((quiero|quisiera|deme|me da|me pone|pongame|necesito) )?{_MEASURE} de {_FOOD}( por favor)?$", False),
    (_TASTE_STEPS, r"^(si )?(esta|sabe|estan|saben) (muy |un poco |demasiado |bastante )?(dulce|dulces|acida|acido|amarga|amargo|salada|salado|bien|jugosa|jugoso|madura|maduro|fresca|fresco|sabrosa|sabroso|buenisima|buenisimo|riquisima|riquisimo)$", False),
    # the hotel
    ((("hotel", 1),), r"^(tengo una reserva(cion)?|esta|hay una reserva(cion)?)? ?a nombre de [a-z]+( [a-z]+)?$", False),
    ((("hotel", 2),), rf"^(me quedo|me voy a quedar|voy a quedarme|nos quedamos|nos vamos a quedar|vamos a quedarnos|me quedare|nos quedaremos) ({_NUMBER} |una |unos |unas )?(noches?|dias|semanas?)( [a-zñ]+)?$", False),
    ((("hotel", 3),), r"^(quiero |quisiera |necesito |me gustaria |prefiero )?(una )?habitacion (doble|individual|sencilla|para (una|dos|tres) personas?|con [a-zñ]+( [a-zñ]+)?)( por favor)?$", False),
    ((("hotel", 4),), rf"^(voy a desayunar|desayunare|vamos a desayunar|desayunaremos) {_HOUR}( en punto)?$", False),
    # the post office
    ((("correos", 6),), r"^(quiero|necesito|quisiera|me da|deme) (unos |un |dos |tres |cinco |diez )?(sello|sellos|estampillas?)( [a-zñ]+){0,3}( por favor)?$", False),
    ((("correos", 7),), r"^(perdon |disculpe )?cuanto (cuesta|cuestan|vale|valen|es) (enviar|mandar|un sello|los sellos|el sello|el envio)( [a-zñ]+){0,4}$", True),
    ((("correos", 2),), r"^(lo|la|los|las) (envio|mando) a [a-zñ]+( [a-zñ]+)?$", False),
    # the cinema: who else comes
    ((("cine", 6),), r"^(si )?(tambien )?(viene|vienen) (mi|mis) [a-zñ]+( [a-zñ]+)?( tambien| con nosotros)?$", False),
    ((("cine", 6),), r"^(mi|mis) [a-zñ]+( [a-zñ]+)? (viene|vienen) (tambien|con nosotros)$", False),
    # work
    ((("trabajo", 3),), rf"^(yo )?(normalmente |siempre )?(empiezo|comienzo|entro)( a trabajar)? {_HOUR}$", False),
    ((("trabajo", 4),), rf"^(yo )?trabajo ({_NUMBER}|unas|mas de|menos de) ([a-z]+ )?horas( al dia| por dia| diarias| cada dia)$", False),
    # the ticket office
    ((("viaje", 2),), r"^((quiero|quisiera|deme|me da) )?(un )?(billete|boleto|pasaje) (de ida( y vuelta)?|sencillo|redondo)( a [a-zñ]+| para [a-zñ]+)?( por favor)?$", False),
    # the chemist's, more
    ((("farmacia", 4),), r"^(si |no )?(no )?(tengo|creo que tengo) (un poco de |algo de |mucha |bastante )?fiebre( [a-zñ]+){0,2}$", False),
    ((("farmacia", 2),), rf"^(si )?(todavia|aun|tambien) me (duele|duelen) (mucho |un poco )?(el|la|los|las) {_BODY}$", False),
    ((("farmacia", 7),), r"^(si )?(necesito|quiero|quisiera|me da|deme) (unas |unos |algunas |algo de |un |una )?(pastillas|capsulas|aspirinas?|jarabe|pañuelos|tiritas|curitas|vendas?|medicina|medicamentos?|remedio)( [a-zñ]+){0,3}( por favor)?$", False),
    ((("farmacia", 6),), r"^(cuanto tiempo|cuantas veces|cuantas|cuantos|cada cuanto|cuando) ([a-zñ]+ ){0,3}(tomar|tomo|tomarlo|tomarla|tomarlas|tomarlos)( [a-zñ]+){0,4}$", True),
    # the restaurant's bill and paying
    ((("restaurante", 7),), r"^(me|nos) (puede|podria|puedes|podrias|trae|traes) (traer )?la cuenta( por favor)?$", True),
    ((("restaurante", 7),), r"^(quisiera|quiero|queremos|quisieramos) pagar la cuenta( por favor)?$", False),
    ((("restaurante", 8),), r"^(yo pagare la cuenta|pago yo|invito yo|queremos (pagar )?(cuentas separadas|por separado)|pagamos (a medias|por separado))$", False),
    ((("restaurante", 1),), rf"^(quiero|quisiera|querria|me gustaria) reservar una mesa para {_NUMBER}( personas)?( [a-z0-9]+){{0,3}}$", False),
    # the post office, more
    ((("correos", 6),), r"^(necesito|tengo que) (comprar|conseguir) (unos |algunos |unas |algunas )?(sellos|estampillas)( [a-zñ]+){0,3}$", False),
    # the library, more
    ((("biblioteca", 6),), r"^(puedo|podria) (tomar prestado|pedir prestado|llevarme|sacar) (este|estos|el|los|un|dos|tres) libros?( [a-zñ]+){0,3}$", True),
    ((("biblioteca", 1),), r"^(quiero|necesito|busco) un libro (que leer|para leer|de [a-zñ]+)$", False),
    # the neighbour, more
    ((("vecino", 3),), r"^(yo )?(vivo|he vivido) (aqui|en esta casa|en este barrio|en este piso|en [a-zñ]+) desde (hace )?[a-z0-9]+( [a-z0-9]+){0,3}$", False),
    ((("biblioteca", 6),), r"^(cuando|hasta cuando|cuanto tiempo) (puedo|tengo que|debo) (devolver|tener|quedarme) ([a-zñ]+ ){0,2}(libro|libros|lo|los)( [a-zñ]+){0,2}$", True),
    ((("biblioteca", 6),), r"^(puedo|podria) (tomarlo|tomarlos|llevarlo|llevarlos|pedirlo|pedirlos|tenerlo|tenerlos) prestados?( [a-zñ]+){0,4}$", True),
    # the chemist's: what is the matter
    ((("farmacia", 1),), r"^(creo que )?(yo )?tengo (otitis|resaca|anginas|diarrea|nauseas|alergia|migraña|jaqueca|una infeccion|la garganta irritada)$", False),
    # the taxi: no hurry, or a hurry
    ((("taxi", 5),), r"^(no )?(no )?(tengo tiempo|tengo mucho tiempo|tengo un monton de tiempo|tengo todo el tiempo del mundo)$", False),
    ((("taxi", 5),), r"^(si )?tengo que (apurarme|darme prisa)$", False),
    # the hairdresser's: short or long
    ((("peluqueria", 5),), r"^(lo quiero|me gusta|prefiero|quiero) (el pelo |el cabello )?(corto|largo|mas corto|muy corto)( por favor)?$", False),
    # built-in lessons' empty steps
    ((("likes", 3),), r"^(si )?(me gustan|me encantan) (mucho )?(la musica y )?los deportes( y la musica)?$", False),
    ((("family", 1),), r"^mi familia (no )?es (muy |bastante |tan |una familia )?(grande|pequeña|numerosa)$", False),
]  # fmt: skip
