"""Forty-nine more lessons written in YAML alone from the README (evals/yaml-only/lessons/tienda.yaml:
a clothes shop; tiempo.yaml: the weather and the seasons; salud.yaml: at the doctor's, with
doler, tener fiebre, estar enfermo, «¿desde cuándo?» and tener que; casa.yaml: the home, with
hay, estar + a place, «¿cuántas habitaciones?» and colours; viaje.yaml: a train ticket, with
«¿adónde?», ir en + transport, paying and «viajar con»; fiesta.yaml: a birthday party, with
a date, cumplir, accepting, traer and llegar a las; clase.yaml: the first day of class, with
necesitar, hay + a number and a teacher's name and looks; hotel.yaml: checking in, with «a
nombre de», quedarse + nights, a room, breakfast «a las…» and paying; trabajo.yaml: one's job,
with ser + a job, trabajar en, empezar a las, hours a day, ir en and gustar; deporte.yaml:
sports and free time, with jugar al, «¿cuántas veces?», con + people, a favourite team, me
gusta + an infinitive and an invitation; mercado.yaml: buying fruit, with «un kilo de»,
«¿cuánto cuesta el kilo?», estar + a taste and «¿algo más?»; ciudad.yaml: one's town, with vivir
en, ser + a description, hay against estar, cerca/lejos del and a favourite place;
mascota.yaml: one's pet, with se llama, tener + años, ser + agreement, come, duerme and me gusta
+ an infinitive; restaurante.yaml: dinner, with «para» + people, de primero / de segundo, a
choice of dishes, estar + a taste agreeing with the dish, the bill and paying; cine.yaml: going
to the cinema with a friend, with gustar + a plural, contigo, a day, «a las», quedar en + del,
who comes and «yo compro»; correos.yaml: the post office, with enviar + «a» a place, lo, pesar,
hay, normal o urgente, sellos para and «¿cuánto cuestan?»; biblioteca.yaml: joining a library,
with a card, a name, an address, gustar + a plural, how many books, «¿cuánto tiempo…?» and «los
devuelvo el…»; taxi.yaml: a taxi, with «¿adónde?», estar en + a street, llevar + luggage,
tardar, tener prisa, paying and «quédese con el cambio»; vecino.yaml: a new neighbour, with a
name, «vivo en el segundo», «desde», ser de, ser + a job, accepting and declining;
banco.yaml: the bank, with quiero +
an infinitive, «aquí tiene», cambiar + hundreds of dollars and the fee; farmacia.yaml: the
chemist's, with estar resfriado, doler, desde, tener fiebre, «¿cuántas… al día?» and paying;
peluqueria.yaml: the hairdresser's, with a booking, «a nombre de», «lo quiero» + an adjective
agreeing with el pelo, a colour and «¿cuánto es?»; aeropuerto.yaml: checking in at an airport, with
«aquí tiene», viajar a, llevar + suitcases, a seat, «¿cuál es…?», «¿a qué hora…?» and «no llevo
nada»; playa.yaml: a day at the beach, with hace + the weather, llevar, an invitation, tener calor,
what to eat, «volvemos a las…» and ser + a description; intercambio.yaml: a language exchange, with
llamarse, ser de, hablar + languages, «desde», «porque…», me gusta + an infinitive and a day; piso.yaml: renting a flat, with buscar,
«¿cuántas habitaciones?», the rent «al mes», amueblado o sin muebles, «¿en qué piso está?», «¿hay
ascensor?», mudarse and a visit; museo.yaml: a museum, with tickets, «aquí tiene mi carné», «¿a
qué hora cierra?», querer ver, an audio guide, «¿dónde está…?» and gustar + a plural;
cocina.yaml: cooking with a friend, with vamos a, necesitamos, «¿cuántos huevos?», «la corto
yo», «¿cuánto tiempo?», estar + a taste and gustar + an infinitive; ropa.yaml: buying clothes,
with busco, the size, a colour agreeing with the garment, «me la pruebo», quedar like gustar,
«¿cuánto cuesta?» and paying; tren.yaml: a train ticket, with «a» + a destination, «de ida y
vuelta», «para el…», «a las…», «somos dos», a seat, «¿cuánto cuestan?» and «¿de qué andén
sale?»; gimnasio.yaml: joining a gym, with jugar al, «¿cuántas veces a la semana?», «los
lunes», «por la tarde», quiero + an infinitive, «¿has hecho…?» and accepting an offer; cumple.yaml: a friend's birthday party, with accepting, a question back («¿a qué hora empieza?», «¿dónde vives?»), llegar
a las, ir en + transport, con + a person, «te voy a regalar» and a toast; telefono.yaml: an
appointment at the dentist's by phone, with «quiero pedir una cita», a name and its spelling,
«me duele», a weekday, «por la tarde», a phone number and confirming; bici.yaml: renting bicycles,
with «quiero alquilar», «¿cuántas?», «para tres horas», a helmet offered, paying a deposit, a map
offered, «vamos a ir por…» and «las devolvemos a las…»; perdidos.yaml: a lost-property office,
with «he perdido», a colour and a size agreeing, «de» + a material, «la perdí en…», «ayer por la
tarde», hay and a phone number; concierto.yaml: a concert with a friend, with gustar, «mi
cantante favorita es…», accepting, comprar + how many, cuesta, «empieza a las…», who comes and
«fue genial»; excursion.yaml: a day hike, with «quiero ir a», ir en, llevar + food and drink,
«va a hacer sol», «tienes que llevar…», durar and «quedamos a las… en…»), with learner answers
offered, «vamos a ir por…» and «las devolvemos a las…»; taller.yaml: a repair shop, with estar
roto agreeing with the thing, «desde», se cayó, «aquí tiene el tique», «¿cuánto cuesta…?»,
«¿cuándo está listo?» and paying; boda.yaml: a friend's wedding, with ser amigo de, ser de, «he
venido con», ser + a job, estar + a taste, gustar + a plural, a dance accepted and
congratulations; mudanza.yaml: helping a friend move house, with a day, vengo a las, traigo +
a number of boxes, «¿en qué piso está?», «¿hay ascensor?», llevar + furniture, «lo llevamos
juntos» and an order of food; navidad.yaml: the winter holidays, with pasar la Navidad en, con +
people, comer in the past, me regalaron / le regalé, Nochevieja, the weather in the past and
me gustaron; coche.yaml: renting a car, with alquilar, para + days, automático o manual, aquí
tiene mi carné, tener + años, the insurance taken or refused, lo devuelvo en and paying;
dentista.yaml: at the dentist, with me duele, desde, which tooth, tener fiebre, comer and beber
in the past, ser alérgico a, poder venir + a day and thanks; entrevista.yaml: a summer-job
interview, with studies, languages, «trabajé en…», the days and the hour one can work, a
reason, ser + traits and the pay asked;
camping.yaml: a campsite reception, with nights and people counted, tener + a tent or a
caravan, a choice of sun or shade, electricity, the showers' hours, the price per night and
where the pool is; robo.yaml: reporting a theft, with «me robaron…», where and when it
happened, estaba + a gerund, «era alto y tenía…», who was with you, an address and a phone
number; voluntariado.yaml: signing up at a food bank, with a name, a job, the days one is
free, saber / poder + an infinitive, languages, «¿has sido voluntario?» answered in the past,
a reason and when one can start; ayuntamiento.yaml: registering at the town hall, with a full
name spelt, a nationality, «nací el…», an address and floor, desde, who lives with you and
traer + documents; reciclaje.yaml: a survey on habits and the environment, with reciclar,
«las tiro en…», ir en, «dos veces al año», what one does to save energy, tener + a car, the
preterite and ir a + an infinitive; veterinario.yaml: at the vet's with one's pet, with se
llama, tener + años said of the pet, estar + an adjective agreeing with it, desde, what it eats,
«dos veces al día» and a day to come back; libreria.yaml: a book as a present, with busco +
para, le gustan + a plural, an opinion agreeing with la novela, «la quiero en…», gift wrapping,
a customer card and paying; teatro.yaml: a theatre box office, with para + a day, «la de las
ocho», how many tickets, en el patio / cerca del, a student card, «¿cuánto cuestan?», paying
and a question back; floristeria.yaml: flowers for one's mother, with le gustan, «las quiero
rojas», para + a day, a card offered and «vive en…»; piscina.yaml: swimming classes, with
«quiero apuntarme a», «sé nadar», por la tarde, tener + años and «¿quiere uno?»;
autoescuela.yaml: a driving school, with «sacar el carné», the days, «vengo en autobús», «¿lo
quiere?» and a question back; panaderia.yaml: a bakery, with «una barra de pan», «¿algo
más?», a cake's size agreeing with la tarta, para + a day, «vengo a las…», «¿cuánto es
todo?»; zapateria.yaml: a shoe shop, with «busco unas botas», a shoe size, «las quiero
negras», «me las pruebo», «me quedan grandes», «¿tiene un número menos?», «gracias a usted»;
turismo.yaml: a tourist office, with a map, «hasta el domingo», «me gustan los museos», ir a +
an infinitive, «¿dónde está…?», «estoy en un hotel cerca de…», «¿a qué hora abre…?», «viajo
con…»; zoo.yaml: a day at the zoo, with «¿cuántas entradas?», the price,
paying, «quiero ver los…», «¿cómo son?» of los pingüinos, «está al lado de…», «cierra a las…»,
a reply to thanks and a farewell; rastro.yaml: a flea market, with «busco…», «la quiero roja»,
«¿cuánto cuesta?», «es un poco cara», «sí, me la llevo», «¿cuántos discos?», paying cash and
«vuelvo el domingo»; matricula.yaml: enrolling at a university, with «quiero hacer la
matrícula», a name, ser de, «quiero estudiar…», «voy a hacer cuatro asignaturas», «aquí tiene
mi pasaporte», a day of two, a question back and a farewell; acogida.yaml: a host family, with
a name, «voy a estar tres meses», «¿qué te parece?» of la habitación, gustar + food, «me
levanto a las…», «¿tienes hermanos?», an invitation, a reply to thanks and «buenas noches»;
optica.yaml: an optician's, with «quiero unas gafas», «no veo bien de lejos», «hace dos años»,
«las quiero negras», «me quedan bien», lenses declined, the price, paying and a question back;
granja.yaml: a farm visit, with «somos cuatro», «¿cómo es?» of la vaca, «¿te gustan los
animales?», «está encima del tractor», «comen hierba», «medio kilo de queso», the price, «vamos
a comer…» and a farewell; heladeria.yaml, averia.yaml and futbol.yaml: an ice-cream shop, a
plumber at home and a football match), with learner answers
written blind and committed before the judge ran on them. A row is tuning when the SHA-1 of
"<lesson>|<step>|<text>" starts with an even hex digit (evals/yaml-only/tuning/), held out
otherwise (evals/yaml-only/heldout/, which no test reads: `langbot eval` reports it)."""

import hashlib

import pytest

import langbot.wiring  # noqa: F401  (names the built-in judge a bare Tutor uses)
from langbot.errors import LessonFileError
from langbot.evaluation import YAML_ONLY_DIR, check_eval_set, load_eval_set, run_row
from langbot.grading import grade_answer
from langbot.grading.checks import check_lessons
from langbot.lessons import Lesson, load_lesson_file
from langbot.tutor import Tutor

LESSON_DIR = YAML_ONLY_DIR / "lessons"
LESSONS = (
    "tienda", "tiempo", "salud", "casa", "viaje", "fiesta", "clase", "hotel", "trabajo", "deporte",
    "mercado", "ciudad", "mascota", "restaurante", "cine", "correos", "biblioteca", "taxi", "vecino",
    "banco", "farmacia", "peluqueria", "aeropuerto", "playa", "intercambio",
    "piso", "museo", "cocina", "ropa", "tren", "gimnasio", "cumple", "telefono", "bici",
    "perdidos", "concierto", "excursion",
    "taller", "boda", "mudanza", "navidad", "coche", "dentista",
    "entrevista", "camping", "robo",
    "voluntariado", "ayuntamiento", "reciclaje",
    "veterinario", "libreria", "teatro",
    "floristeria", "piscina", "autoescuela",
    "panaderia", "zapateria", "turismo",
    "zoo", "rastro", "matricula",
    "acogida", "optica", "granja",
    "heladeria", "averia", "futbol",
)  # fmt: skip
# Floors from the figures measured on the tuning rows (right accepted, wrong rejected):
# tienda 45/45 and 57/58, tiempo 49/49 and 45/45, salud 40/40 and 43/43, casa 42/42 and
# 30/30, viaje 23/24 and 16/16, fiesta 30/30 and 26/26, clase 21/21 and 23/24, hotel 35/37
# and 35/37, trabajo 35/35 and 37/38, deporte 39/42 and 51/52 (the everyday rules took hotel
# 34 -> 35, trabajo 33 -> 37 and deporte 47 -> 51 wrong rejected; first read: tienda 32/32 and
# 44/50, salud 21/33 and 38/41, casa 30/31 and 21/27, viaje 18/24 and 16/16, fiesta 27/30 and
# 25/26, clase 19/21 and 22/24, hotel 27/37 and 32/37, trabajo 33/35 and 32/38, deporte 28/42
# and 45/52; hotel as committed blind, before step 1 had a pattern, since removed, and step 4
# lost `action: desayunar` for the start-up check: 20/37 and 33/37). mercado, ciudad and
# mascota at their first read, floors there (rounded down): mercado 38/45 and 45/51, ciudad 35/45
# and 37/43, mascota 30/43 and 47/49, after the start-up check refused six model answers and
# their steps' `asks` changed (as committed blind: mercado 34/45 and 45/51, ciudad 37/45 and
# 40/43, mascota 23/43 and 47/49). restaurante, cine and correos (blind commit ae1d811) first
# read restaurante 36/50 and 32/38, cine 35/47 and 41/42, correos 38/57 and 43/48, the start-up
# check refusing five model answers (their `asks` kept, the readers fixed); floors at the
# figures after the general fixes (rounded down): restaurante 48/50 and 35/38, cine 44/47 and
# 41/42, correos 54/57 and 45/48. biblioteca, taxi and vecino (blind commit bf033f5) first read
# biblioteca 30/45 and 39/46, taxi 35/47 and 41/43, vecino 43/50 and 45/48, the start-up check
# refusing one model answer (taxi step 7, «No, gracias. Quédese con el cambio.», `asks` kept,
# the decline reader fixed); floors at the figures after the general fixes (rounded down):
# biblioteca 43/45 and 44/46, taxi 44/47 and 40/43, vecino 48/50 and 46/48.
# banco, farmacia and peluqueria (blind commit dd951f7) first
# read banco 33/50 and 47/51, farmacia 44/50 and 41/47, peluqueria 44/53 and 51/60, the
# start-up check refusing three of banco's model answers (their `asks` kept, the readers
# fixed); floors at the figures after the general fixes (rounded down). Those fixes took
# mercado 41/45 -> 42/45 right accepted (floor raised).
# aeropuerto, playa and intercambio (blind commit 7676dc4) first read aeropuerto 34/47 and
# 39/45, playa 42/54 and 46/50, intercambio 38/46 and 48/54 (loaded without the start-up
# check, which refused three model answers: aeropuerto step 7, playa steps 3 and 7; their
# `asks` kept, the readers fixed); floors at the figures after the general fixes (rounded
# down). Those fixes took farmacia 47/50 -> 48/50 right accepted (floor raised).
# piso, museo and cocina (blind commit c435677) first read piso 51/59 and 38/54, museo 25/39
# and 39/44, cocina 34/42 and 40/49 (loaded without the start-up check, which refused two
# model answers: piso step 4 «Amueblado, por favor. No tengo muebles.» and museo step 5 «Sí, por
# favor, una audioguía en español.»; their `asks` kept, the readers fixed); floors at the
# figures after the general fixes (rounded down).
# ropa, tren and gimnasio (blind commit 0426c8b) first read ropa 45/52 and 41/46, tren 38/50
# and 34/47, gimnasio 42/56 and 45/48 (loaded without the start-up check, which refused three
# model answers: ropa step 4 «Sí, me la pruebo, gracias.», gimnasio step 3 «Los lunes y los
# miércoles.» and step 7 «Sí, me gustaría, gracias.»; their `asks` kept, the readers fixed);
# floors at the figures after the general fixes (rounded down). Those fixes took aeropuerto
# 40/47 -> 41/47, farmacia 48/50 -> 49/50 and museo 29/39 -> 31/39 right accepted and cocina
# 41/49 -> 42/49 wrong rejected and cine 45/47 -> 46/47 right accepted («La de las siete.»)
# (floors raised).
# cumple, telefono and bici (blind commit 22aef40) first read cumple 39/47 and 44/56, telefono
# 36/44 and 44/50, bici 48/61 and 33/42 (loaded without the start-up check, which refused three
# model answers: telefono step 3 «Brown: be, erre, o, uve doble, ene.», bici step 4 «Sí, dos
# cascos, por favor.» and step 8 «Las devolvemos a las dos.»; their `asks` kept, the readers
# fixed); floors at the figures after the general fixes (rounded down). Those fixes took piso
# 40/54 -> 41/54 wrong rejected (floor raised): «¿En qué piso estoy?» asks of oneself.
# perdidos, concierto and excursion (blind commit c367c69) first read perdidos 30/43 and 38/50,
# concierto 45/54 and 40/54, excursion 42/54 and 42/51 (loaded without the start-up check, which
# refused three model answers: perdidos step 1 «He perdido mi mochila.» and step 5 «Ayer por la
# tarde.», excursion step 6 «Tienes que llevar botas de montaña y una chaqueta.»; their `asks`
# kept, the readers fixed); floors at the figures after the general fixes (rounded down).
# taller, boda and mudanza (blind commit e7319c7) first read taller 36/51 and 46/50, boda 26/41
# and 44/45, mudanza 41/56 and 29/37 (loaded without the start-up check, which refused six model
# answers: taller step 1 «La pantalla está rota.» and step 4 «Sí, aquí tiene el tique.», boda
# step 1 «Soy amigo de Pablo. Trabajamos juntos.» and step 5 «Está muy rica.», mudanza step 3
# «Traigo cinco cajas.» and step 6 «Yo llevo las sillas.»; their `asks` kept, the readers
# fixed); floors at the figures after the general fixes (rounded down). Those fixes took cumple
# 42/47 -> 43/47 right accepted («¡Felicidades!») (floor raised).
# navidad, coche and dentista (blind commit 789634e) first read navidad 44/60 and 49/58, coche
# 43/48 and 42/52, dentista 37/52 and 49/57 (loaded without the start-up check, which refused
# five model answers: navidad step 3 «Comimos pavo y turrón de postre.» and step 4 «Me
# regalaron un libro y unos guantes.», coche step 6 «Sí, quiero el seguro, por favor.» and step
# 7 «Lo devuelvo en el aeropuerto.», dentista step 6 «Sí, soy alérgico a la penicilina.»; their
# `asks` kept, the readers fixed); floors at the figures after the general fixes (rounded down).
# entrevista, camping and robo (blind commit 79bb912) first read entrevista 42/47 and 35/41,
# camping 36/48 and 32/40, robo 22/42 and 39/50 (loaded without the start-up check, which
# refused six model answers: entrevista step 8 «Sí, ¿cuánto pagan por hora?», camping step 2
# «Somos cuatro: dos adultos y dos niños.» and step 5 «Sí, necesitamos electricidad, por
# favor.», robo step 1 «Me robaron la cartera.», step 4 «Estaba comprando un billete.» and step
# 5 «Era alto y tenía el pelo negro.»; their `asks` kept, the readers fixed); floors at the
# figures after the general fixes (rounded down). Those fixes took aeropuerto 42/47 -> 43/47
# («No, no llevo líquidos ni comida.») and museo 34/39 -> 35/39 («¿Cuál es el horario del
# museo?») right accepted, and the rule day_part_link took intercambio 49/54 -> 50/54 («El jueves
# por tarde.») and perdidos 39/50 -> 40/50 («Ayer por tarde.») wrong rejected (floors raised).
# voluntariado, ayuntamiento and reciclaje (blind commit 8d2bc7e) first read voluntariado 40/44
# and 41/50, ayuntamiento 47/52 and 46/52, reciclaje 34/46 and 33/37 (loaded without the
# start-up check, which refused three model answers: voluntariado step 6 «Sí, el año pasado
# ayudé en un comedor social.» and step 8 «Puedo empezar este sábado.», reciclaje step 5 «Me
# ducho en cinco minutos y apago las luces.»; their `asks` kept, the readers fixed); floors at
# the figures after the general fixes (rounded down). Those fixes took camping 43/48 -> 44/48,
# gimnasio 54/56 -> 55/56, mascota 41/43 -> 42/43 and museo 35/39 -> 36/39 right accepted
# (floors raised).
# veterinario, libreria and teatro (blind commit bfda474; teatro's step 4 cue, which contained
# the model answer, fixed in c669528) first read veterinario 37/43 and 47/51, libreria 38/47 and
# 46/51, teatro 44/54 and 38/46 (loaded without the start-up check, which refused one model
# answer: libreria step 5 «La quiero en español, por favor. Mi hermana estudia español.»; its
# `asks` kept, the reader fixed); floors at the figures after the general fixes (rounded down).
# Those fixes took ayuntamiento 47/52 -> 48/52 wrong rejected («It's spelt M-I-L-L-E-R.»).
# floristeria, piscina and autoescuela (blind commit 7409386) first read floristeria 55/58 and
# 44/52, piscina 49/59 and 34/37, autoescuela 47/62 and 35/40 (loaded without the start-up
# check, which refused three model answers: piscina step 1 «Quiero apuntarme a las clases de
# natación.», step 7 «Sí, quiero uno azul, por favor.», autoescuela step 7 «Sí, lo quiero,
# gracias.»; their `asks` kept, the readers and one step rule fixed); floors at the figures
# after the general fixes (rounded down). Those fixes took mudanza 55/56 -> 56/56 right accepted
# («Sí, lo llevamos entre los dos.») and taller 47/50 -> 48/50 wrong rejected («¿En cuándo está
# listo?») (floors raised).
# panaderia, zapateria and turismo (blind commit 603780f; the start-up check accepted every model
# answer) first read panaderia 58/60 and 39/44, zapateria 48/51 and 45/50, turismo 53/55 and
# 41/44; floors at the figures after the general fixes (rounded down): panaderia 60/60 and
# 42/44, zapateria 50/51 and 45/50, turismo 54/55 and 43/44.
# zoo, rastro and matricula (blind commit a8930e14) first read zoo 38/47 and 34/42, rastro 43/52
# and 40/46, matricula 43/52 and 35/38 (loaded without the start-up check, which refused zoo
# step 5 «Son pequeños y muy graciosos.», rastro step 4 «Es un poco cara para mí.» and
# matricula step 4 «Quiero estudiar Historia del Arte.»; rastro step 5 «Sí, me la llevo.» too;
# their `asks` kept, the readers fixed); floors at the figures after the general fixes
# (rounded down). acogida, optica and granja (blind commit ddc4d228) first read acogida 53/57
# and 41/44, optica 51/59 and 34/38, granja 49/56 and 42/48 (loaded without the start-up check,
# which refused optica step 2 «No, no veo bien de lejos.» and granja step 5 «Comen hierba y
# zanahorias.»; their `asks` kept, the readers fixed); floors at the figures after the
# general fixes (rounded down): acogida 54/57 and 41/44, optica 54/59 and 35/38, granja 53/56
# and 44/48. heladeria, averia and futbol (blind commit b9006bb2) first read heladeria 53/58
# and 40/43, averia 50/54 and 40/48, futbol 48/51 and 44/49 (loaded without the start-up
# check, which refused averia step 5 «Sí, a las diez está bien. Estoy en casa toda la mañana.»,
# a false verb error; its `asks` kept, the step's persons fixed); floors at the figures after
# the general fixes (rounded down): heladeria 58/58 and 42/43, averia 53/54 and 42/48, futbol
# 50/51 and 46/49.
# The rows after each file's "Added afterwards" line were written later, not blind. The
# wrong answers still accepted are grammar the rules do not catch yet.
FLOORS = {
    "tienda": (1.0, 0.98),
    "tiempo": (1.0, 0.97),
    "salud": (1.0, 0.97),
    "casa": (1.0, 0.96),
    "viaje": (0.95, 1.0),
    "fiesta": (1.0, 1.0),
    "clase": (1.0, 0.95),
    "hotel": (0.94, 0.94),
    "trabajo": (1.0, 0.97),
    "deporte": (0.92, 0.98),
    "mercado": (0.93, 0.92),
    "ciudad": (0.95, 0.93),
    "mascota": (0.97, 0.95),
    "restaurante": (1.0, 0.92),
    "cine": (0.97, 0.97),
    "correos": (0.98, 0.93),
    "biblioteca": (1.0, 0.95),
    "taxi": (0.93, 0.93),
    "vecino": (0.98, 0.95),
    "banco": (0.94, 0.94),
    "farmacia": (0.98, 0.91),
    "peluqueria": (1.0, 0.88),
    "aeropuerto": (0.91, 0.86),
    "playa": (0.88, 0.98),
    "intercambio": (0.93, 0.92),
    "piso": (0.98, 0.75),
    "museo": (0.92, 0.9),
    "cocina": (0.92, 0.85),
    "ropa": (0.92, 0.91),
    "tren": (0.94, 0.76),
    "gimnasio": (0.98, 0.97),
    "cumple": (0.91, 0.85),
    "telefono": (0.95, 0.9),
    "bici": (0.91, 0.8),
    "perdidos": (0.9, 0.8),
    "concierto": (0.92, 0.74),
    "excursion": (0.96, 0.8),
    "taller": (0.86, 0.96),
    "boda": (0.92, 0.88),
    "mudanza": (1.0, 0.78),
    "navidad": (0.88, 0.82),
    "coche": (0.97, 0.82),
    "dentista": (0.84, 0.84),
    "entrevista": (0.95, 0.82),
    "camping": (0.91, 0.77),
    "robo": (0.92, 0.8),
    "voluntariado": (0.93, 0.8),
    "ayuntamiento": (0.98, 0.88),
    "reciclaje": (0.89, 0.86),
    "veterinario": (0.93, 0.94),
    "libreria": (0.95, 0.9),
    "teatro": (0.87, 0.84),
    "floristeria": (0.96, 0.86),
    "piscina": (0.94, 0.91),
    "autoescuela": (0.95, 0.9),
    "panaderia": (1.0, 0.95),
    "zapateria": (0.98, 0.9),
    "turismo": (0.98, 0.97),
    "zoo": (0.93, 0.83),
    "rastro": (0.98, 0.89),
    "matricula": (0.88, 0.92),
    "acogida": (0.94, 0.93),
    "optica": (0.91, 0.92),
    "granja": (0.94, 0.91),
    "heladeria": (1.0, 0.97),
    "averia": (0.98, 0.87),
    "futbol": (0.98, 0.93),
}


def _lessons():
    return {name: load_lesson_file(LESSON_DIR / f"{name}.yaml") for name in LESSONS}


def test_the_new_lessons_pass_the_start_up_check():
    lessons = _lessons()
    check_lessons(lessons, LESSON_DIR)  # raises naming the step if a model answer is refused
    assert all(not step.accept for lesson in lessons.values() for step in lesson.steps)


@pytest.mark.parametrize("name", LESSONS)
def test_the_rows_are_split_by_their_hash(name):
    lessons = _lessons()
    for half, even in (("tuning", True), ("heldout", False)):
        rows = load_eval_set(YAML_ONLY_DIR / half / f"{name}.yaml")
        check_eval_set(rows, lessons)
        for row in rows:
            digit = hashlib.sha1(f"{row.lesson}|{row.step}|{row.text}".encode()).hexdigest()[0]
            assert (digit in "02468ace") == even, row.where


@pytest.mark.parametrize("name", LESSONS)
def test_the_tutor_grades_the_tuning_rows_at_least_as_well_as_measured(name):
    tutor = Tutor(_lessons())
    rows = load_eval_set(YAML_ONLY_DIR / "tuning" / f"{name}.yaml")
    results = [run_row(tutor, row) for row in rows]
    right = [r for r in results if r.row.expected == "correct"]
    wrong = [r for r in results if r.row.expected == "incorrect"]
    accepted = sum(r.accepted for r in right) / len(right)
    rejected = sum(not r.accepted for r in wrong) / len(wrong)
    misses = [r.row.text for r in results if not r.right]
    assert accepted >= FLOORS[name][0], (accepted, misses)
    assert rejected >= FLOORS[name][1], (rejected, misses)


# Steps a new author may write on topics the shipped lessons lack: (bot line, asks, model
# answer, right answers, wrong answers). Each is put in place of tiempo's first step.
STEPS = [
    (
        "¿Qué ha perdido?",
        {"kind": "possession", "of": "thing"},
        "He perdido mi mochila.",
        ["Perdí las gafas.", "He perdido el móvil esta mañana."],
        ["Ha perdido las gafas.", "Me llamo Ana."],
    ),
    (
        "¿Cuándo lo perdió?",
        {"kind": "date"},
        "Ayer por la mañana.",
        ["Anoche.", "Lo perdí hace tres días.", "El sábado por la noche."],
        ["Me llamo Ana.", "En el parque."],
    ),
    (
        "¿Qué ropa me pongo para la excursión?",
        {"kind": "plan", "of": "clothes", "who": "other"},
        "Tienes que llevar un abrigo.",
        ["Debes llevar unas botas.", "Tienes que llevar una gorra y unos pantalones cortos."],
        ["Tienes que llevar agua.", "Tengo que llevar un abrigo."],
    ),
    (
        "¿Qué tal la fiesta de ayer? ¿Te gustó?",
        {"kind": "opinion"},
        "¡Fue genial!",
        ["Me encantó.", "Fue increíble.", "Estuvo genial."],
        ["Me llamo Ana.", "Voy en autobús."],
    ),
    (
        "¿Quién es tu pintor favorito?",
        {"kind": "liking"},
        "Mi pintor favorito es Velázquez.",
        ["Velázquez.", "Es Frida Kahlo."],
        ["Hola.", "Madrid."],
    ),
    (
        "¿Qué tiempo va a hacer mañana?",
        {"kind": "weather"},
        "Va a hacer sol.",
        ["Va a estar nublado.", "Va a llover."],
        ["Va a ser sol.", "Me llamo Ana."],
    ),
    (
        "¿Y para beber?",
        {"kind": "plan", "of": "drink"},
        "Agua.",
        ["Llevo zumo de naranja.", "Llevamos dos botellas de agua."],
        ["Llevo unos bocadillos.", "Llevas agua."],
    ),
    (
        "¿A qué hora quedamos?",
        {"kind": "routine_time"},
        "Quedamos a las diez.",
        ["A las diez en la plaza.", "Vale, a las once."],
        ["En la plaza.", "Me llamo Ana."],
    ),
    (
        "¿De qué color es tu bicicleta?",
        {"kind": "description", "of": "colour"},
        "Es roja.",
        ["Roja.", "Es azul."],
        ["Es rojo.", "Es amarillo."],
    ),
    (
        "¿Prefieres la camisa azul o la blanca?",
        {"kind": "liking", "of": "colour"},
        "Prefiero la azul.",
        ["La blanca.", "Me gusta más la azul.", "La azul, por favor."],
        ["Prefiero la roja.", "Me llamo Ana."],
    ),
    (
        "¿Te quedan bien los zapatos?",
        {"kind": "opinion", "yes_no": True},
        "Sí, me quedan bien.",
        ["No, me quedan pequeños.", "Sí.", "No, un poco grandes."],
        ["Sí, me queda bien.", "Hace frío."],
    ),
    (
        "¿Qué tiempo hace en verano en tu país?",
        {"kind": "description"},
        "En verano hace calor.",
        ["Hace mucho calor y sol.", "Hace bueno.", "Llueve poco."],
        ["Es calor.", "Me llamo Ana."],
    ),
    (
        "¿Cómo vas al trabajo?",
        {"kind": "activity", "of": "transport"},
        "Voy en autobús.",
        ["En autobús.", "Voy en bici.", "Siempre voy andando.", "A pie."],
        ["Va en autobús.", "Me llamo Ana.", "Voy a la playa.", "Trabajo en un banco."],
    ),
    (
        "¿Qué te duele?",
        {"kind": "state", "of": "body"},
        "Me duele la cabeza.",
        ["La cabeza.", "Me duelen los pies.", "Me duele mucho el estómago."],
        ["Me duelen la cabeza.", "Me duele los pies.", "Yo duelo la cabeza.", "La casa."],
    ),
    (
        "¿Qué desea?",
        {"kind": "order", "of": "food"},
        "Quiero un kilo de tomates.",
        ["Medio kilo de fresas, por favor.", "Póngame dos kilos de naranjas.",
         "¿Me da una docena de huevos?"],
        ["Quiero una kilo de tomates.", "I want tomatoes."],
    ),
    (
        "¿Qué vas a comprar en el mercado?",
        {"kind": "plan", "of": "food"},
        "Voy a comprar fruta.",
        ["Fruta y verduras.", "Quiero comprar pan y leche."],
        ["Voy a la playa.", "Voy a nadar.", "Voy comprar fruta."],
    ),
    (
        "¿Qué hay en tu habitación?",
        {"kind": "possession"},
        "Hay una cama y una mesa.",
        ["Una cama, una silla y un armario.", "Tengo una cama grande."],
        ["Hay un cama.", "Está una cama.", "Me llamo Ana."],
    ),
    (
        "¿Cómo es tu casa?",
        {"kind": "description"},
        "Mi casa es grande y bonita.",
        ["Es pequeña.", "Grande y luminosa."],
        ["Mi casa está grande.", "Me llamo Ana."],
    ),
    (
        "¿A qué hora sale el tren?",
        {"kind": "routine_time", "who": "other"},
        "Sale a las diez.",
        ["El tren sale a las ocho.", "A las diez y media."],
        ["Salgo a las diez.", "Es a las diez.", "Sale en las diez."],
    ),
    (
        "¿Cuánto cuesta el billete?",
        {"kind": "number"},
        "Cuesta veinte euros.",
        ["Veinte euros.", "El billete cuesta treinta euros.", "Son quince euros."],
        ["Cuesta veinte euro.", "Tengo veinte años.", "Twenty euros."],
    ),
    (
        "¿Cuánto tiempo tardas en llegar al trabajo?",
        {"kind": "number"},
        "Tardo veinte minutos.",
        ["Veinte minutos.", "Más o menos una hora."],
        ["Tarda veinte minutos.", "Tengo veinte años."],
    ),
    (
        "¿Qué billete quiere?",
        {"kind": "order"},
        "Un billete de ida y vuelta, por favor.",
        ["Un billete de ida.", "Quiero un billete de ida y vuelta."],
        ["Quiero una billete.", "Un café, por favor.", "Mi hermano."],
    ),
    (
        "¿Adónde vas este verano?",
        {"kind": "plan"},
        "Voy a Barcelona.",
        ["A Barcelona.", "Al pueblo de mis abuelos.", "Voy a Sevilla en tren."],
        ["Voy en Barcelona.", "A bailar.", "Fui a Barcelona."],
    ),
    (
        "¿Adónde quieres viajar en agosto?",
        {"kind": "plan"},
        "Quiero viajar a Roma.",
        ["A Roma.", "A Lisboa, con mi novia.", "Viajo a Grecia."],
        ["Voy en tren.", "Me llamo Ana.", "Fui a Roma el año pasado."],
    ),
    (
        "¿Cómo quiere pagar?",
        {"kind": "payment"},
        "Con tarjeta.",
        ["Pago con tarjeta.", "Prefiero pagar en efectivo.", "Quiero pagar con el móvil."],
        ["Trabajo con tarjeta.", "Pagas con tarjeta.", "Como con tarjeta."],
    ),
    (
        "¿Quieres venir al cine conmigo?",
        {"kind": "accept"},
        "Sí, me encantaría.",
        ["Sí.", "Sí, quiero.", "Sí, quiero ir.", "Sí, quiero venir."],
        ["Sí, quieres ir.", "Sí, quiero comer pizza.", "Me llamo Ana."],
    ),
    (
        "¿Qué vas a comprar en el mercado?",
        {"kind": "plan", "of": "food"},
        "Voy a comprar fruta.",
        ["Compro fruta y pan.", "Compraré unas manzanas."],
        ["Compras fruta.", "Como fruta.", "Compro."],
    ),
    (
        "¿Te gusta cantar?",
        {"kind": "liking", "of": "hobby", "yes_no": True},
        "Sí, me gusta cantar.",
        ["Un poco.", "Mucho.", "Muy poco.", "Bastante, sí.", "No mucho."],
        ["Hoy.", "Muy.", "Me llamo Ana."],
    ),
    (
        "¿Qué necesitas para el viaje?",
        {"kind": "possession", "of": "thing"},
        "Necesito una maleta.",
        ["Necesito un libro y una mochila.", "Un diccionario."],
        ["Necesitas una maleta.", "Mi profesor.", "Necesito una libro."],
    ),
    (
        "El desayuno es de siete a diez. ¿A qué hora va a desayunar?",
        {"kind": "routine_time", "action": "desayunar"},
        "Voy a desayunar a las ocho.",
        ["Desayuno a las ocho.", "A las ocho."],
        ["Voy a cenar a las ocho.", "Va a desayunar a las ocho."],
    ),
    (
        "Aquí tiene su billete. ¡Buen viaje!",
        {"kind": "farewell"},
        "Muchas gracias, adiós.",
        # thanks alone answer a wish («¡Buen viaje!» «¡Gracias!», as natives do: evals/real-native-yaml)
        ["Gracias, buen día.", "Vale, gracias. Buenas tardes.", "Gracias, que le vaya bien.", "Gracias."],
        ["Hola.", "Hola, buenas tardes.", "Un billete, por favor.", "Gracias, estoy bien."],
    ),
    (
        "Me da veinte euros. Aquí tiene el cambio: dos euros.",
        {"kind": "decline"},
        "No, gracias. Quédese con el cambio.",
        ["No, gracias.", "Quédese con el cambio, por favor.", "No, gracias, es para usted."],
        ["Me quedo con el cambio.", "Quédese con la cambio.", "Keep the change."],
    ),
    (
        "Aquí tienes los libros. ¿Tienes alguna pregunta?",
        {"kind": "question"},
        "¿Cuánto tiempo puedo tener los libros?",
        ["¿Hasta cuándo puedo tener los libros?", "¿Cuántas semanas puedo tenerlos?",
         "¿Cuándo los devuelvo?", "¿Para cuánto tiempo son?"],
        ["Me llevo dos libros.", "¿Cuánta tiempo puedo tener los libros?", "¿Cuánto cuestan?"],
    ),
    (
        "¿Lleva maletas?",
        {"kind": "possession", "of": "thing", "yes_no": True},
        "Sí, llevo dos maletas.",
        ["Sí, tres.", "No.", "Sí, una.", "Solo esta bolsa."],
        ["Sí, llevo dos maleta.", "Sí, lleva dos maletas."],
    ),
    (
        "Tardamos veinte minutos. ¿Tiene prisa?",
        {"kind": "state", "yes_no": True},
        "No, no tengo prisa.",
        ["Sí, un poco.", "Sí, tengo mucha prisa."],
        ["Sí, dos.", "Sí, estoy prisa."],
    ),
    (
        "¿Y cuál es tu dirección?",
        {"kind": "residence"},
        "Vivo en la calle Mayor, número doce.",
        ["En la calle Sol, número cinco.", "Mi dirección es calle de la Paz, número ocho."],
        ["Mi dirección está calle Mayor, número doce.", "Vive en la calle Mayor."],
    ),
    (
        "¿En qué piso vives?",
        {"kind": "residence"},
        "Vivo en el segundo piso.",
        ["En el segundo.", "En el tercero A.", "Vivo en el bajo."],
        ["Vivo en la segunda piso.", "Vives en el segundo piso.", "En el dos."],
    ),
    (
        "¿Desde cuándo vives aquí?",
        {"kind": "date"},
        "Vivo aquí desde marzo.",
        ["Desde marzo.", "Desde hace dos semanas."],
        ["Vive aquí desde enero.", "Desde dos semanas."],
    ),
    (
        "Tres semanas. ¿Qué día los vas a devolver?",
        {"kind": "date"},
        "Los devuelvo el viernes.",
        ["El día quince.", "Los voy a devolver el lunes.", "El viernes."],
        ["Las devuelvo el viernes.", "Lo devuelvo el viernes.", "Los devuelves el lunes."],
    ),
    (
        "¿Y a qué te dedicas?",
        {"kind": "job_or_studies"},
        "Soy enfermero.",
        ["Profesor.", "Enfermera, en un hospital."],
        ["Perro.", "Eres enfermero.", "Estoy enfermero."],
    ),
    (
        "¿Cómo te llamas?",
        {"kind": "name"},
        "Me llamo Ana García.",
        ["Me llamo Ana García, pero todos me llaman Anita.", "Ana García, para servirle."],
        ["Te llamo Ana.", "Se llamo Ana."],
    ),
    (
        "Son dieciocho euros. ¿Paga en efectivo o con tarjeta?",
        {"kind": "payment"},
        "En efectivo, por favor.",
        ["Aquí tiene veinte euros.", "Con tarjeta."],
        ["Aquí tiene veinte euro.", "Con el tarjeta."],
    ),
    (
        "¡Hola! ¿Qué necesitas?",
        {"kind": "order"},
        "Quiero un carné de la biblioteca, por favor.",
        ["Quiero sacar el carné de la biblioteca.", "Quisiera hacerme el carné."],
        ["I want a library card."],
    ),
    (
        "El sábado hay una cena. ¿Vienes?",
        {"kind": "decline"},
        "Lo siento, no puedo. Tengo que trabajar.",
        ["lo siento no puedo tengo que estudiar", "No, gracias."],
        ["Lo siento, no podo.", "¡Sí, claro! Me encantaría."],
    ),
    (
        "¿Has trabajado en un restaurante?",
        {"kind": "activity", "yes_no": True},
        "Sí, el verano pasado trabajé en un bar.",
        ["Sí, trabajé en una pizzería.", "Sí, he trabajado en un hotel."],
        ["Me llamo Ana.", "Sí, trabajaste en un bar."],
    ),
    (
        "¿Cuándo puedes venir?",
        {"kind": "date"},
        "Puedo venir este viernes.",
        ["Este lunes.", "Puedo venir el jueves."],
        ["Me llamo Ana.", "Puedes venir este viernes."],
    ),
    (
        "¿Qué haces para estar en forma?",
        {"kind": "routine"},
        "Corro todos los días.",
        ["Nado y monto en bici.", "Voy al gimnasio por la tarde."],
        ["Me llamo Ana.", "Corre todos los días."],
    ),
    (
        "¿Tienes bicicleta?",
        {"kind": "possession", "of": "transport", "yes_no": True},
        "Sí, tengo una bicicleta roja.",
        ["No, pero quiero comprar una.", "Sí, porque vivo lejos."],
        ["Me llamo Ana.", "Sí, tengo un bicicleta."],
    ),
    (
        "¿Cómo se escribe su apellido?",
        {"kind": "name"},
        "Se escribe pe, e, erre, e, zeta.",
        ["Perdone: pe, e, erre, e, zeta.", "Claro: pe, e, erre, e, zeta."],
        ["Me gusta el cine."],
    ),
    (
        "¿Qué documentos trae?",
        {"kind": "possession", "of": "thing"},
        "Traigo mi pasaporte.",
        ["Aquí están: el pasaporte y la foto.", "Aquí tiene: mi pasaporte."],
        ["Me llamo Ana.", "Aquí están: el pasaporte y el foto."],
    ),
    (
        "¿Cuál es su nueva dirección?",
        {"kind": "residence"},
        "Vivo en la calle Sol, número cinco.",
        ["Calle Sol 45, segundo piso.", "Calle Mayor, número diez."],
        ["Me llamo Ana.", "Vivo en el calle Sol."],
    ),
    (
        "¿De qué nacionalidad es usted?",
        {"kind": "origin"},
        "Soy francesa.",
        ["Mi nacionalidad es francesa.", "Tengo la nacionalidad alemana."],
        ["Me llamo Ana.", "Mi padre es francés."],
    ),
    (
        "¿Qué guardas en el armario?",
        {"kind": "routine", "action": "guardar"},
        "Guardo las sábanas y las mantas.",
        ["Las sábanas, las mantas y una almohada.", "Guardo las sábanas."],
        ["Voy en autobús.", "Las sábanas y las mantas son azul."],
    ),
    (  # a wanted infinitive and the preposition it takes before the thing
        "Buenos días, ¿en qué puedo ayudarle?",
        {"kind": "order"},
        "Quiero matricularme en el curso de inglés.",
        ["Quiero apuntarme a un curso de francés.", "Quiero inscribirme en el curso."],
        ["Me llamo Ana.", "Voy en autobús.", "Quiero apuntarme en un curso de francés."],
    ),
    (  # the thing offered by a pronoun for what the line named before the question
        "Tenemos un mapa de la ciudad. ¿Lo quiere?",
        {"kind": "accept_decline", "of": "thing"},
        "Sí, lo quiero, gracias.",
        ["Sí, por favor.", "No, gracias.", "Sí, lo necesito, gracias.", "Sí, ¿cuánto cuesta?",
         "Sí, lo compro."],
        ["Sí, la quiero.", "Sí, la compro.", "Me llamo Ana."],
    ),
    (  # one of the things the line named, offered by «una»: it and its adjective agree
        "Tenemos bolsas de tela. ¿Quiere una?",
        {"kind": "accept_decline", "of": "thing"},
        "Sí, quiero una grande, por favor.",
        ["Sí, una roja, por favor.", "No, gracias.", "Sí, quiero una verde."],
        ["Sí, quiero uno grande.", "Sí, quiero una rojo.", "Me llamo Ana."],
    ),
    (  # a bare «con…» says who with or how, not where
        "¿Dónde vive tu hermano?",
        {"kind": "residence", "who": "other"},
        "Vive en Sevilla.",
        ["En Sevilla.", "Vive cerca de la playa.", "Cerca del centro."],
        ["Con tarjeta, por favor.", "Con mi hermano."],
    ),
    (  # a no that says not yet opens the answer
        "¿Tienes bicicleta?",
        {"kind": "possession", "of": "thing", "yes_no": True},
        "No, no tengo bicicleta.",
        ["Todavía no.", "Aún no, pero quiero comprar una."],
        ["Me llamo Ana.", "Voy en autobús."],
    ),
    (  # how much, then a clause of its own
        "¿Sabes cocinar?",
        {"kind": "activity", "yes_no": True},
        "Sí, sé cocinar.",
        ["Un poco, pero no muy bien.", "Mucho, porque mi madre es cocinera."],
        ["Me llamo Ana.", "Tengo dos hermanos."],
    ),
    (  # an adjective after the noun (also a noun: «el gratuito») is no key of the question
        "Ya está todo. ¿Tiene alguna pregunta?",
        {"kind": "question"},
        "Sí, ¿cuándo es el concierto gratuito?",
        ["¿Cuándo es el concierto? Tengo ganas.", "¿Y cuándo es el concierto?"],
        ["¿Cuándo es la fiesta?", "Me llamo Ana."],
    ),
    (  # an amount by its measure after a request with the pronoun joined
        "¿Cuántos huevos quiere?",
        {"kind": "number"},
        "Doce huevos, por favor.",
        ["Deme una docena.", "Póngame media docena, por favor."],
        ["Me llamo Ana.", "Voy en autobús."],
    ),
    (  # one of the two things offered after a verb of choosing
        "¿Por la mañana o por la noche?",
        {"kind": "routine_time"},
        "Por la noche.",
        ["Prefiero la noche.", "Prefiero la mañana, gracias.", "Elijo la noche."],
        ["Prefiero el té.", "Prefiere la noche.", "Me llamo Ana."],
    ),
]  # fmt: skip


@pytest.mark.parametrize("bot,asks,model,rights,wrongs", STEPS, ids=[s[0] for s in STEPS])
def test_a_new_authors_step_takes_learners_words_and_refuses_wrong_ones(
    bot, asks, model, rights, wrongs
):
    data = _lessons()["tiempo"].model_dump()
    data["steps"][0].update(bot=bot, asks=asks, model_answer=model)
    data["steps"][0]["cues"] = {"general": "Answer in Spanish.", "specific": "A whole sentence."}
    lesson = Lesson.model_validate(data)
    for text in [model, *rights]:
        verdict = grade_answer(lesson, 1, text)
        assert verdict.correct, (text, verdict.category, verdict.errors)
    for text in wrongs:
        assert not grade_answer(lesson, 1, text).correct, text


def test_a_refused_model_answer_names_the_reader_and_what_to_change():
    lessons = _lessons()
    data = lessons["tienda"].model_dump()
    data["steps"][0]["model_answer"] = "Me llamo Ana."
    lessons["tienda"] = Lesson.model_validate(data)
    with pytest.raises(LessonFileError) as raised:
        check_lessons(lessons, LESSON_DIR)
    message = str(raised.value)
    assert "tienda.yaml: steps[0].model_answer 'Me llamo Ana.' is not accepted" in message
    assert "asks: {kind: order, of: clothes}" in message
    assert "lessons/vocabulary/" in message and "`accept` pattern" in message


# Gaps the readers had on earlier held-out sets, read generally: a plan said as where one goes,
# the choice a question offers, a weather answer is no activity, doler's number where the
# question names what hurts, since when, having a thing of the class asked. Each row: lesson,
# step, answer, whether it is right.
READINGS = [
    ("tiempo", 8, "Voy a la playa.", True),
    ("tiempo", 8, "Vamos a la playa con mis amigos.", True),
    ("tiempo", 8, "Vamos a ir al cine.", True),
    ("tiempo", 8, "Voy a Madrid.", True),
    ("tiempo", 8, "Voy a voy a la playa.", False),
    ("tiempo", 8, "Va a la playa.", False),
    ("tiempo", 8, "I'm going to the beach.", False),
    ("tiempo", 2, "Hace fresco.", True),
    ("tiempo", 2, "Ni frío ni calor.", True),
    ("tiempo", 2, "Hace sol.", False),
    ("tiempo", 2, "Está nublado.", False),
    ("tiempo", 1, "Hace sol.", True),
    ("tiempo", 6, "Hace frío.", False),
    ("tiempo", 6, "Cuando llueve, leo en casa.", True),
    ("tiempo", 6, "Cuando llueve, leí en casa.", False),
    ("tienda", 3, "Sí, es muy bonita.", True),
    ("tienda", 3, "Sí, es bonito.", False),
    ("tienda", 4, "Me quedan bien.", False),
    ("salud", 1, "Estoy enferma.", True),
    ("salud", 1, "Me duele la cabeza.", True),
    ("salud", 1, "Tengo mucha tos.", True),
    ("salud", 1, "Tengo un perro.", False),
    ("salud", 2, "Tengo dolor de cabeza.", True),
    ("salud", 2, "Estoy enfermo.", False),
    ("salud", 3, "No, no me duelen.", True),
    ("salud", 3, "Sí, un poco.", True),
    ("salud", 3, "Sí, me duele.", False),
    ("salud", 3, "Tengo fiebre.", False),
    ("salud", 4, "Tos.", True),
    ("salud", 4, "Tengo un poco de fiebre.", True),
    ("salud", 4, "Estoy cansado.", False),
    ("salud", 5, "Desde hace tres días.", True),
    ("salud", 5, "Ayer.", True),
    ("salud", 5, "Desde enero.", True),
    ("salud", 5, "Desde el año pasado.", True),
    ("salud", 5, "Desde tres días.", False),
    ("salud", 5, "¿Desde cuándo?", False),
    ("salud", 6, "Sí, muy cansado.", True),
    ("salud", 7, "Tengo que beber mucha agua.", True),
    ("salud", 7, "Dime la respuesta correcta.", False),
    ("salud", 8, "Ella tiene que descansar.", True),
    ("salud", 8, "Tengo que beber agua.", False),
    # a bare infinitive to a question asked with one; deber and necesitar + infinitive
    ("tiempo", 8, "Ir a la playa.", True),
    ("tiempo", 8, "Pasear por el parque.", True),
    ("tiempo", 8, "Hacer.", False),
    ("tiempo", 8, "To go to the beach.", False),
    ("tiempo", 8, "Fui a la playa.", False),
    ("salud", 7, "Descansar y beber agua.", True),
    ("salud", 7, "Debo descansar.", True),
    ("salud", 8, "Beber agua caliente.", True),
    ("salud", 8, "Debo descansar.", False),
    ("tiempo", 6, "Leer en casa.", False),
    # a home is shared: «we» for «I»; «hay» in a yes or no, how many, agreeing; a bare yes
    ("casa", 1, "Vivimos en una casa.", True),
    ("casa", 1, "Un piso.", True),
    ("casa", 1, "Un coche.", False),
    ("casa", 4, "Tenemos dos camas.", True),
    ("casa", 4, "Hay la cama.", False),
    ("casa", 8, "No, no tenemos jardín.", True),
    ("casa", 8, "No, no hay.", True),
    ("casa", 8, "Sí, hay uno pequeño.", True),
    ("casa", 8, "Sí, hay uno pequeña.", False),
    ("casa", 8, "Sí.", True),
    ("casa", 8, "Mi sofá es azul.", False),
    ("salud", 3, "Sí.", True),
    # what the answer is about: the thing the question names, or one of its kind
    ("casa", 2, "Mi sofá es azul.", False),
    ("casa", 2, "Mi casa es pequeña.", True),
    ("casa", 6, "La cocina está al lado del salón.", False),
    ("casa", 6, "Mi gato está en la cocina.", True),
    # a yes/no question about one thing: how much, or that thing, not another
    ("trabajo", 6, "Más o menos.", True),
    ("trabajo", 6, "Sí, me gusta mucho mi trabajo.", True),
    ("trabajo", 6, "Me gusta mucho el chocolate.", False),
    # «con gusto» accepts, though it also answers thanks
    ("deporte", 6, "Sí, con mucho gusto.", True),
    ("deporte", 6, "De nada.", False),
    # a name: under a booking, or alone
    ("hotel", 1, "Está a nombre de la familia Ortega.", True),
    ("hotel", 1, "Está a mi nombre, Carlos Gómez.", True),
    ("hotel", 1, "Ruiz, Pablo Ruiz.", True),
    ("hotel", 1, "Está a nombre de.", False),
    ("hotel", 1, "Tres noches.", False),
    ("hotel", 1, "Hola.", False),
    # a name the lexicon knows, typed in lower case on a phone; a lesson's word or a place is
    # no name however it is typed
    ("hotel", 1, "laura garcía", True),
    ("hotel", 1, "gracias", False),
    ("hotel", 1, "madrid", False),
    # a favourite named: a team's name after its article, in any person of ser; yours only
    ("deporte", 4, "El Barça.", True),
    ("deporte", 4, "Prefiero el Real Madrid.", True),
    ("deporte", 4, "Me gusta mucho el Valencia.", True),
    ("deporte", 4, "Soy del Betis.", True),
    ("deporte", 4, "Tu equipo favorito es el Barça.", False),
    ("deporte", 4, "Madrid.", False),
    # a choice offered: one of the two, the noun left out or not; nothing else ordered
    ("hotel", 3, "Doble.", True),
    ("hotel", 3, "Una individual.", True),
    ("hotel", 3, "Quiero una habitación doble con vistas al mar.", True),
    ("hotel", 3, "Una habitación grande.", False),
    ("hotel", 3, "Quiero un café con leche.", False),
    ("viaje", 2, "Quiero un billete de ida.", True),
    # a pastime asked: one of the vocabulary's, conjugated
    ("deporte", 1, "Corro todas las mañanas.", True),
    ("deporte", 1, "Voy al gimnasio.", True),
    ("deporte", 1, "Juego al tenista.", False),
    # how often, with no number; paying with the thing after its determiner
    ("deporte", 2, "Todos los días.", True),
    ("deporte", 2, "Me llamo Ana.", False),
    ("hotel", 5, "Con la tarjeta, si es posible.", True),
    ("hotel", 5, "Con mi hermano.", False),
    ("hotel", 5, "Pago con la tarjeta crédito.", False),
    # a pastime liked, said alone
    ("deporte", 5, "Leer.", True),
    ("deporte", 5, "Ver películas y jugar a los videojuegos.", True),
    ("deporte", 5, "Leer es aburrido.", False),
    ("deporte", 5, "Tengo un perro.", False),
    # the learner with someone answers as «we»; «we» alone does not say the learner
    ("trabajo", 2, "Mi marido y yo trabajamos en un banco.", True),
    ("trabajo", 2, "Trabajamos en un banco.", False),
    # what one does or likes with others: «we» answer for «I»; a team is people one is with
    ("deporte", 1, "Jugamos al baloncesto en un equipo.", True),
    ("deporte", 5, "Nos gusta ir a la playa.", True),
    ("deporte", 5, "Le gusta ir a la playa.", False),
    ("deporte", 3, "Con un equipo de mi barrio.", True),
    # a hedge before a bare answer; a phrase that says more of the thing ordered
    ("hotel", 4, "Creo que a las ocho.", True),
    ("hotel", 4, "Creo que.", False),
    ("hotel", 3, "Una habitación doble con vistas al mar, por favor.", True),
    ("hotel", 3, "Una habitación grande con vistas al mar.", False),
    # how one goes, said from the other end or by the vehicle; a vehicle it must be
    ("trabajo", 5, "Vengo en el autobús.", True),
    ("trabajo", 5, "Cojo el metro.", True),
    ("trabajo", 5, "Cojo un libro.", False),
    ("trabajo", 5, "Vengo a las ocho.", False),
    # where to, after «¿adónde…?»: a place after «a» or «para», with the answerer's verb
    ("correos", 2, "Lo mando a Chile.", True),
    ("correos", 2, "A mi pueblo.", True),
    ("correos", 2, "Lo envío en Chile.", False),
    ("correos", 2, "Lo envía a Chile.", False),
    ("correos", 2, "A mi tía.", False),
    # the object pronoun agrees with what the question asks about
    ("correos", 2, "La envío a Chile.", False),
    ("cine", 7, "No, yo las compro.", True),
    ("cine", 7, "No, yo los compro.", False),
    # who comes: the subject of the question's verb, agreeing with it
    ("cine", 6, "Viene mi prima Lola.", True),
    ("cine", 6, "Sí, mis amigos vienen también.", True),
    ("cine", 6, "Sí, vienen Ana y Luis.", True),
    ("cine", 6, "Sí, viene mis amigos.", False),
    ("cine", 6, "Sí, viene el autobús.", False),
    # the subject the question describes is left out: the adjective agrees with it
    ("restaurante", 5, "Está muy sabroso.", True),
    ("restaurante", 5, "Está muy sabrosa.", False),
    # a choice offered as noun and adjective; a table orders as «we»; more of the dish
    ("restaurante", 4, "El pollo.", True),
    ("restaurante", 7, "Queremos la cuenta, por favor.", True),
    ("restaurante", 4, "El pollo para mí.", True),
    ("correos", 1, "Un paquete para enviar, por favor.", True),
    ("correos", 1, "Mandar un paquete, por favor.", True),
    # any thing after a preposition is no thing asked for
    ("correos", 6, "Con tarjeta.", False),
    # what there is, said with «son»; a weight with the question's verb
    ("correos", 4, "Son libros.", True),
    ("correos", 3, "Pesa medio kilo.", True),
    # what one wants done with a thing: any infinitive between wanting and the thing
    ("banco", 1, "Quisiera abrir una cuenta.", True),
    ("banco", 1, "Necesito abrir una cuenta.", True),
    ("banco", 1, "Quiero abrir.", False),
    # a thing handed over answers whether one has it; «aquí tiene» gives the answer no person
    ("banco", 2, "Sí, aquí tiene mi pasaporte.", True),
    ("banco", 2, "Sí, aquí está.", True),
    ("banco", 2, "Sí, tengo el pasaporte aquí.", True),
    ("banco", 2, "Sí, tiengo mi pasaporte.", False),
    ("banco", 2, "Sí, aquí es mi pasaporte.", False),
    # hundreds, and a hundred with what follows it; a word of amount agrees with its noun
    ("banco", 6, "Quiero cambiar trescientos dólares.", True),
    ("banco", 6, "Ciento cincuenta dólares.", True),
    ("banco", 6, "Quiero cambiar doscientas dólares.", False),
    ("farmacia", 6, "¿Cuánta pastillas tomo al día?", False),
    # how much with a verb of paying in the person that pays or charges
    ("banco", 8, "Gracias. ¿Cuánto tengo que pagar de comisión?", True),
    ("peluqueria", 8, "¿Cuánto me cobra?", True),
    ("peluqueria", 8, "¿Qué le debo?", True),
    ("peluqueria", 8, "¿Cuánto cuestas?", False),
    ("peluqueria", 8, "¿Cuánto pagas?", False),
    # whether the shop has it is an order; how much before the word of the class asked
    ("peluqueria", 1, "¿Tiene cita para cortarme el pelo?", True),
    ("peluqueria", 5, "Un poco más corto, por favor.", True),
    ("peluqueria", 5, "Muy corto.", True),
    ("peluqueria", 5, "Muy castaño.", False),
    # to «¿le gusta?», one's liking alone; the model answer's «me gusta mucho.» sets its person
    ("peluqueria", 7, "Me encanta.", True),
    ("peluqueria", 7, "Sí, me gusta mucho.", True),
    ("peluqueria", 7, "Sí, me gustan mucho.", False),
    ("peluqueria", 7, "Me gusta el fútbol.", False),
    # a name written as one beside a known name, though also a verb form (lucía, lucir)
    ("peluqueria", 4, "Lucía Pérez.", True),
    ("peluqueria", 4, "Vivo Pérez.", False),
    # a hair colour is a colour; a request asked inside an answer to «¿algo más?»
    ("peluqueria", 6, "Rubio, porque es verano.", True),
    ("peluqueria", 6, "Lo quiero rubia.", False),
    ("farmacia", 7, "Sí, ¿tiene pañuelos?", True),
    ("farmacia", 7, "¿Algo más?", False),
    # one of two things offered, said as a participle alone
    ("piso", 4, "Amueblado.", True),
    ("piso", 4, "Sin muebles.", True),
    ("piso", 4, "Amueblada, por favor.", False),
    # an offer of one thing taken with a yes and a courtesy, not with another thing
    ("museo", 5, "Sí, por favor.", True),
    ("museo", 5, "Sí, un café.", False),
    # any verb of wanting, in the answerer's person, to «¿cuántas… necesita?»
    ("piso", 2, "Quiero tres habitaciones.", True),
    ("piso", 2, "Quiere tres habitaciones.", False),
    # «¿cuál es el precio?» asks the price; a statement about it does not
    ("piso", 3, "¿Cuál es el precio?", True),
    ("banco", 8, "¿Cuál es la comisión?", True),
    ("piso", 3, "El precio es alto.", False),
    # to «¿le gustan…?», a yes or a no and how much
    ("museo", 8, "Sí, mucho.", True),
    ("museo", 8, "No mucho.", True),
    ("museo", 8, "Sí, mucho los cuadros.", False),
    # «media hora» is an amount of time; a thing alone with a name after «de»
    ("cocina", 6, "Media hora.", True),
    ("cocina", 6, "Media.", False),
    ("museo", 4, "Los cuadros de Goya.", True),
    ("museo", 4, "Las esculturas.", True),
    # to a question asked in «we», a proposal in «we» naming a thing of the class; not a need
    ("cocina", 1, "Hacemos una tortilla.", True),
    ("cocina", 1, "Necesitamos huevos.", False),
    ("cocina", 1, "Hacen una tortilla.", False),
    ("cocina", 7, "¡Qué rica!", True),
    # the step's «we» said by the speaker alone is no verb error; another person is
    ("cocina", 2, "Necesito huevos y patatas.", True),
    ("cocina", 2, "Necesita huevos y patatas.", False),
    # a pronoun said before the verb chain and again on its infinitive
    ("piso", 7, "Me quiero mudarme el uno de marzo.", False),
    ("piso", 7, "Me quiero mudar el uno de marzo.", True),
    # a thing given to who answers: the question's or the model's verb after their pronoun,
    # said by someone else; not what who answers gave
    ("navidad", 4, "Me dieron un libro.", True),
    ("navidad", 4, "Mis padres me regalaron una bufanda.", True),
    ("navidad", 5, "Me regalaron un libro.", False),
    # the infinitive a question chains with «a» is its own verb, and its object agrees
    ("coche", 7, "Lo devuelvo en la estación.", True),
    ("coche", 7, "La devuelvo en la estación.", False),
    # an offer taken or refused with a pronoun that agrees
    ("coche", 6, "No, no lo necesito.", True),
    ("coche", 6, "No, no la quiero.", False),
    # the question's verb in the asker's person after an object pronoun answers nothing
    ("coche", 2, "Lo necesitas para tres días.", False),
    # ser and the question's adjective said of who answers; a yes and the question's link
    ("dentista", 6, "No, no soy alérgica.", True),
    ("dentista", 6, "Sí, a la penicilina.", True),
    ("dentista", 6, "Sí, tengo alérgica a la aspirina.", False),
    # «desde…» says since when, not when
    ("dentista", 7, "Desde el sábado.", False),
    ("dentista", 7, "El martes por la tarde.", True),
    # the weather asked in the past is told in the past
    ("navidad", 7, "Llovió mucho.", True),
    ("navidad", 7, "Llueve mucho.", False),
    # to «¿te gustaron…?» the liking in its number and tense
    ("navidad", 8, "Sí, me encantaron, gracias.", True),
    ("navidad", 8, "Sí, me gustó mucho.", False),
    # the noun the question names, after its own verb; not after «hay» for «tener»
    ("camping", 5, "Sí, necesitamos electricidad.", True),
    ("dentista", 4, "Sí, hay fiebre.", False),
    ("dentista", 6, "Sí, soy alérgica a la penicilina.", True),
]


@pytest.mark.parametrize("lesson,step,text,right", READINGS, ids=[r[2] for r in READINGS])
def test_the_readers_take_what_answers_the_step_and_nothing_else(lesson, step, text, right):
    verdict = grade_answer(_lessons()[lesson], step, text)
    assert verdict.correct == right, (verdict.category, verdict.errors)


@pytest.mark.parametrize(
    "text,right",
    [("Fui al cine.", True), ("Jugué al fútbol con mis amigos.", True), ("Voy al cine.", False),
     ("Fue al cine.", False), ("Hace sol.", False)],
)  # fmt: skip
def test_an_activity_asked_in_the_past_is_told_in_the_past(text, right):
    data = _lessons()["tiempo"].model_dump()
    data["steps"][0].update(bot="¿Qué hiciste ayer?", asks={"kind": "activity"})
    data["steps"][0].update(model_answer="Ayer fui a la playa.")
    data["steps"][0]["cues"] = {"general": "Answer in Spanish.", "specific": "A whole sentence."}
    verdict = grade_answer(Lesson.model_validate(data), 1, text)
    assert verdict.correct == right, (verdict.category, verdict.errors)


def test_an_activity_slot_takes_the_person_of_the_model_answer():
    data = load_lesson_file(LESSON_DIR / "tiempo.yaml").model_dump()
    step = data["steps"][5]  # «¿Qué haces cuando llueve?» «Cuando llueve, leo en casa.»
    step.update(asks=None, accept=["[cuando llueve[,]] {doing}"], slots={"doing": "activity"})
    lesson = Lesson.model_validate(data)
    assert grade_answer(lesson, 6, "Cuando llueve, veo la tele.").correct
    assert not grade_answer(lesson, 6, "Cuando llueve, ve la tele.").correct
