import type { QUESTIONS_EN } from '../en/questions.ts';

/** Spanish texts of the questionnaire: `q.<id>` and its `.why`, `.short`, `.help`, `.stop`; `opt.<id>.<option>`. */
export const QUESTIONS_ES: Record<keyof typeof QUESTIONS_EN, string> = {
  'section.about': 'Sobre ti',
  'section.red-flags': 'Señales de alarma',
  'section.story': 'Cómo empezó',
  'section.where': 'Dónde te duele',
  'section.feel': 'Cómo lo notas',
  'section.worse': 'Qué lo empeora',
  'section.self-tests': 'Pruebas rápidas',
  'section.history': 'Tu entrenamiento y tu historial',

  'opt.yes': 'Sí',
  'opt.no': 'No',
  'opt.unsure': 'No lo sé',
  'opt.none': 'Nada de esto',
  'unit.years': 'años',

  'q.age': '¿Cuántos años tienes?',
  'q.age.why':
    'Algunas causas dependen de la edad. En adolescentes y adultos jóvenes, un dolor repentino en el hueso en el que te sientas (isquion) puede ser un arrancamiento del cartílago de crecimiento.',
  'q.age.short': 'Edad',
  'q.sex': '¿Con qué sexo naciste?',
  'q.sex.why':
    'Que deje de venirte la regla puede ser señal de que comes poco para lo que entrenas, y eso hace que los huesos se fisuren con más facilidad.',
  'q.sex.short': 'Sexo',
  'opt.sex.female': 'Femenino',
  'opt.sex.male': 'Masculino',
  'opt.sex.not-said': 'Prefiero no decirlo',
  'q.running': '¿Qué tipo de carrera haces y cuánto corres? Marca todo lo que corresponda.',
  'q.running.why':
    'Correr rápido suele causar desgarros musculares; las salidas largas, muchos kilómetros y las cuestas suelen desgastar tendones y huesos.',
  'q.running.short': 'Tipo de carrera',
  'opt.running.easy': 'Salidas a ritmo suave',
  'opt.running.long': 'Salidas largas, de media maratón o más',
  'opt.running.far': 'Más de 40 km (25 millas) a la semana',
  'opt.running.speed': 'Pista, series o competiciones',
  'opt.running.trail': 'Senderos y cuestas',
  'opt.running.team-sport': 'Esprints en un deporte de equipo',
  'opt.running.new': 'Acabo de empezar a correr',

  'q.rf-nerve': 'Desde que empezó este dolor, ¿has notado algo de esto?',
  'q.rf-nerve.why':
    'Puede significar que los nervios de la parte baja de la columna están comprimidos. Eso necesita atención en un hospital en pocas horas.',
  'q.rf-nerve.short': 'Síntomas en silla de montar, vesicales, intestinales o en ambas piernas',
  'opt.rf-nerve.saddle':
    'Adormecimiento entre las piernas, alrededor del ano o en las nalgas, por ejemplo al limpiarte',
  'opt.rf-nerve.bladder': 'Problemas nuevos para empezar o dejar de orinar, o escapes de orina',
  'opt.rf-nerve.bowel': 'Problemas nuevos para controlar las heces',
  'opt.rf-nerve.sexual': 'Adormecimiento nuevo en los genitales o un cambio en la sensibilidad sexual',
  'opt.rf-nerve.both-legs':
    'Debilidad o adormecimiento en las dos piernas, o sensación de inestabilidad al caminar o estar de pie',
  'q.rf-nerve-check':
    '¿Cuáles de estas no puedes descartar? Deja sin marcar las que sabes seguro que no tienes.',
  'q.rf-nerve-check.why':
    'Solo cuentan las que no puedes descartar. Si tienes dudas con alguna, lo más seguro es tratarla como si la tuvieras.',
  'q.rf-nerve-check.short': 'Síntomas nerviosos: sin descartar',
  'opt.rf-nerve-check.none': 'Puedo descartarlas todas',
  'opt.rf-nerve-check.unsure': 'No puedo descartar ninguna',
  'q.rf-now': '¿Tienes ahora mismo algo de esto?',
  'q.rf-now.why':
    'Cualquiera de ellas puede ser señal de algo que necesita atención médica hoy, no un plan de ejercicios.',
  'q.rf-now.short': 'Signos de urgencia actuales',
  'opt.rf-now.breathless': 'Falta de aire nueva, dolor en el pecho o tos con sangre',
  'opt.rf-now.clot':
    'La pantorrilla, la parte de atrás de la rodilla o el muslo están hinchados, calientes o rojos, sin una lesión que lo explique',
  'opt.rf-now.cold-leg': 'La pierna se ha puesto de repente fría, pálida o adormecida',
  'opt.rf-now.tense-swelling':
    'El muslo se hincha rápido y está tenso y duro, con un dolor mucho mayor de lo que esperarías',
  'opt.rf-now.dark-urine':
    'Tras un esfuerzo muy largo o duro, la orina te sale oscura, como un refresco de cola o té, u orinas muy poco',
  'opt.rf-now.fever': 'Fiebre, escalofríos o malestar general',
  'opt.rf-now.foot-drop':
    'Un pie está cada vez más débil: cae de golpe al pisar, tropiezas o no puedes sostenerte sobre el talón o la punta del pie',
  'opt.rf-now.major-trauma':
    'Empezó con un accidente grave, como una caída desde altura o un accidente de tráfico',
  'opt.rf-now.calf-swelling':
    'La pantorrilla o la parte de atrás de la rodilla se ha hinchado: se ve más grande que la de la otra pierna',
  'q.rf-now-check':
    '¿Cuáles de estas no puedes descartar? Deja sin marcar las que sabes seguro que no tienes.',
  'q.rf-now-check.why':
    'Solo cuentan las que no puedes descartar. Si tienes dudas con alguna, lo más seguro es tratarla como si la tuvieras.',
  'q.rf-now-check.short': 'Signos de urgencia: sin descartar',
  'opt.rf-now-check.none': 'Puedo descartarlas todas',
  'opt.rf-now-check.unsure': 'No puedo descartar ninguna',
  'q.rf-serious': 'Sobre tu salud en general y este dolor: ¿alguna de estas cosas es tu caso?',
  'q.rf-serious.why':
    'Un dolor que nunca se alivia, perder peso o haber tenido cáncer son motivos para que te revise un médico. Los anticoagulantes, los corticoides y el riesgo de trombos cambian lo que pueden significar un moretón, una caída o un dolor en la pantorrilla.',
  'q.rf-serious.short': 'Detección de patología grave y factores de riesgo',
  'opt.rf-serious.constant':
    'El dolor está siempre ahí y no se alivia con el reposo ni al cambiar de postura',
  'opt.rf-serious.night': 'El dolor te despierta por la noche',
  'opt.rf-serious.weight-loss': 'Has perdido peso sin intentarlo',
  'opt.rf-serious.cancer': 'Tienes o has tenido cáncer',
  'opt.rf-serious.lump': 'Tienes un bulto en el muslo que está creciendo',
  'opt.rf-serious.hip-replacement': 'Te han puesto una prótesis de cadera en este lado',
  'opt.rf-serious.blood-thinner':
    'Tomas un anticoagulante (como warfarina, acenocumarol, apixabán, rivaroxabán, dabigatrán o inyecciones de heparina; la aspirina en dosis bajas no cuenta) o tienes un trastorno de la coagulación como la hemofilia',
  'opt.rf-serious.bone-risk':
    'Has tomado corticoides en pastillas durante 3 meses o más, o te han dicho que tienes los huesos frágiles (osteoporosis)',
  'opt.rf-serious.clot-risk':
    'Has tenido un trombo antes, estás embarazada o diste a luz en las últimas 6 semanas, o tomas la píldora anticonceptiva combinada o terapia hormonal',
  'opt.rf-serious.immobile':
    'En las últimas 4 semanas: un viaje de 4 horas o más, una operación, un yeso, o 3 días o más casi todo el tiempo en cama',
  'q.rf-serious-check':
    '¿Cuáles de estas no puedes descartar? Deja sin marcar las que sabes seguro que no son tu caso.',
  'q.rf-serious-check.why':
    'Solo cuentan las que no puedes descartar. Si tienes dudas con alguna, lo más seguro es tratarla como si la tuvieras.',
  'q.rf-serious-check.short': 'Patología grave: sin descartar',
  'opt.rf-serious-check.none': 'Puedo descartarlas todas',
  'opt.rf-serious-check.unsure': 'No puedo descartar ninguna',
  'q.rf-hip': 'Desde que empezó el dolor, ¿te ha pasado algo de esto?',
  'q.rf-hip.why':
    'Los problemas de una prótesis de cadera los debe ver cuanto antes el equipo que te la puso.',
  'q.rf-hip.short': 'Complicaciones de la prótesis de cadera',
  'opt.rf-hip.dislocation':
    'Dolor repentino con la pierna más corta o girada, o no puedes apoyar peso en ella',
  'opt.rf-hip.infection':
    'Fiebre, enrojecimiento o líquido en la cicatriz, o un dolor nuevo que no se va nunca',

  'q.onset': '¿Cómo empezó el dolor?',
  'q.onset.why':
    'Un comienzo repentino apunta a un desgarro; si fue poco a poco, apunta a un tendón, un nervio o un dolor que viene de otra parte.',
  'q.onset.short': 'Inicio',
  'opt.onset.sudden': 'De repente, en un momento concreto que puedo señalar',
  'opt.onset.gradual': 'Poco a poco, a lo largo de días o semanas',
  'opt.onset.after-session': 'Me dolía al día siguiente de un entrenamiento largo, duro o nuevo',
  'q.activity': '¿Qué estabas haciendo cuando pasó?',
  'q.activity.why':
    'Los desgarros al esprintar y los que se producen por estirar demasiado se curan de forma distinta.',
  'q.activity.short': 'Mecanismo',
  'opt.activity.sprinting': 'Esprintar o acelerar',
  'opt.activity.overstretch':
    'Estirar demasiado: resbalar y quedar con las piernas muy abiertas (como en un spagat o split), una patada alta o una zancada muy grande',
  'opt.activity.kick-jump': 'Dar una patada o saltar',
  'opt.activity.fall-blow': 'Una caída o un golpe en la pierna',
  'opt.activity.running': 'Solo corría a mi ritmo normal',
  'opt.activity.none': 'Nada en particular: no sé decir en qué momento empezó',
  'q.moment': 'En ese momento o poco después, ¿pasó algo de esto? Marca todo lo que corresponda.',
  'q.moment.why':
    'Un chasquido puede significar que el tendón se ha soltado del hueso, y lo mejor es repararlo en pocas semanas.',
  'q.moment.short': 'En el momento de la lesión',
  'opt.moment.pop': 'Noté u oí un chasquido',
  'opt.moment.shot': 'Fue como un disparo o como si me agarraran la parte de atrás de la pierna',
  'opt.moment.stopped': 'Tuve que parar en el acto',
  'opt.moment.kept-going': 'Pude seguir corriendo',
  'q.bruising': '¿Tienes un moretón o hinchazón en la parte de atrás del muslo?',
  'q.bruising.why':
    'Un moretón grande que se extiende pierna abajo indica un desgarro mayor, y significa que por ahora no debes estirar.',
  'q.bruising.short': 'Hematoma',
  'opt.bruising.none': 'Ni moretón ni hinchazón',
  'opt.bruising.small': 'Un moretón pequeño',
  'opt.bruising.large': 'Un moretón grande que baja por el muslo',
  'opt.bruising.swelling': 'Hinchazón, pero sin moretón',
  'q.walking': '¿Qué tal caminas?',
  'q.walking.why':
    'Cómo caminas nos dice lo serio que es el problema y si es seguro hacer las pruebas de saltos.',
  'q.walking.short': 'Marcha',
  'opt.walking.normal': 'Normal, sin dolor',
  'opt.walking.hurts': 'Normal, pero me duele',
  'opt.walking.limp': 'Cojeo, camino con la pierna rígida o la noto débil',
  'opt.walking.barely': 'Apenas puedo caminar',
  'q.since': '¿Cuándo empezó?',
  'q.since.why': 'Una lesión reciente necesita primero reposo; un dolor que dura semanas necesita otro plan.',
  'q.since.short': 'Duración',
  'opt.since.days-0-2': 'En los últimos 2 días',
  'opt.since.days-3-7': 'Hace entre 3 y 7 días',
  'opt.since.weeks-1-3': 'Hace entre 1 y 3 semanas',
  'opt.since.weeks-3-6': 'Hace entre 3 y 6 semanas',
  'opt.since.weeks-6-12': 'Hace entre 6 semanas y 3 meses',
  'opt.since.months-3-plus': 'Hace más de 3 meses',

  'q.where': '¿Dónde lo notas? Marca cada sitio donde te duela.',
  'q.where.why':
    'Dónde duele es una de las mejores pistas: el isquion, el centro del muslo y la parte de atrás de la rodilla son problemas distintos.',
  'q.where.short': 'Localización',
  'opt.where.low-back': 'Parte baja de la espalda',
  'opt.where.pelvis-bump':
    'El bulto de hueso de la parte de atrás de la pelvis, justo debajo de la cintura del pantalón',
  'opt.where.buttock': 'En lo profundo de la nalga',
  'opt.where.sitting-bone': 'El hueso en el que te sientas (isquion), bajo el pliegue de la nalga',
  'opt.where.thigh-upper': 'Parte de atrás del muslo, arriba',
  'opt.where.thigh-middle': 'Parte de atrás del muslo, en el centro',
  'opt.where.thigh-lower': 'Parte de atrás del muslo, abajo',
  'opt.where.knee-inner': 'Detrás de la rodilla, por dentro',
  'opt.where.knee-outer': 'Detrás de la rodilla, por fuera',
  'opt.where.below-knee': 'Debajo de la rodilla: pantorrilla, espinilla o pie',
  'opt.where.groin': 'Parte delantera de la cadera o ingle',
  'q.sides': '¿Es en una pierna o en las dos?',
  'q.sides.why':
    'El dolor muscular en las dos piernas tras una salida exigente no suele ser nada; un dolor que cambia de lado conviene que lo vea un médico.',
  'q.sides.short': 'Lado',
  'opt.sides.one': 'Una pierna',
  'opt.sides.both': 'Las dos piernas',
  'opt.sides.alternates': 'Cambia de un lado a otro',

  'q.feel': '¿Cómo lo notas? Marca todo lo que corresponda.',
  'q.feel.why':
    'Un nervio irritado se nota como ardor, hormigueo o una sensación de vibración; un músculo o un tendón dan un dolor sordo o agudo.',
  'q.feel.short': 'Características del dolor',
  'opt.feel.sharp': 'Agudo o punzante',
  'opt.feel.ache': 'Un dolor profundo o sordo',
  'opt.feel.tight': 'Tirantez, como si hiciera falta estirar',
  'opt.feel.sore-stiff': 'Todo el músculo dolorido y rígido',
  'opt.feel.nerve': 'Ardor, hormigueo, vibración o como una descarga eléctrica',
  'opt.feel.numb': 'Una zona de piel adormecida',
  'opt.feel.cramp': 'Calambres',

  'opt.feel.click': 'La cadera hace clic, se engancha o se bloquea',
  'q.feel-check': 'Aunque no sepas bien cómo describirlo, ¿puedes descartar estas?',
  'q.feel-check.why':
    'El adormecimiento o el hormigueo indican que hay un nervio implicado y, si es en las dos piernas, necesitas un médico pronto. Marca las que no puedas descartar.',
  'q.feel-check.short': 'Síntomas nerviosos: sin descartar',
  'opt.feel-check.none': 'Puedo descartar las dos',
  'opt.feel-check.unsure': 'No puedo descartar ninguna',
  'q.worse': '¿Qué lo empeora? Marca todo lo que corresponda.',
  'q.worse.why':
    'Lo que duele es una buena pista: sentarse presiona el tendón, sentarse con la espalda encorvada tira del nervio y apoyarse en una pierna carga la pelvis.',
  'q.worse.short': 'Factores agravantes',
  'opt.worse.sitting': 'Sentarse, sobre todo en sillas duras o al manejar o conducir',
  'opt.worse.stretching': 'Estirar la parte de atrás del muslo',
  'opt.worse.speed': 'Correr rápido',
  'opt.worse.uphill': 'Correr cuesta arriba',
  'opt.worse.downhill': 'Correr cuesta abajo o bajar escaleras',
  'opt.worse.long-runs': 'Las salidas largas y lentas, sobre todo al final',
  'opt.worse.slump': 'Sentarse con la espalda encorvada o inclinarse hacia delante',
  'opt.worse.cough': 'Toser, estornudar o hacer fuerza',
  'opt.worse.one-leg': 'Apoyarse en esa pierna, subir escaleras o darse la vuelta en la cama',
  'opt.worse.hopping': 'Saltar sobre esa pierna o caer sobre ella',
  'opt.worse.rest-night': 'Descansar, y por la noche',
  'opt.worse.same-point':
    'Aparece siempre en el mismo momento de la carrera y se va a los pocos minutos de parar',
  'opt.worse.deep-hip':
    'Las sentadillas profundas, levantarte de una silla baja o salir de un auto, o sentarte con las piernas cruzadas',
  'q.worse-check': 'Aunque no sepas bien qué lo empeora, ¿puedes descartar estas?',
  'q.worse-check.why':
    'El dolor al caer, en reposo o por la noche, o en el mismo punto de cada carrera, puede ser una fractura por estrés o un problema de circulación. Marca las que no puedas descartar.',
  'q.worse-check.short': 'Patrones de alarma: sin descartar',
  'opt.worse-check.none': 'Puedo descartarlas todas',
  'opt.worse-check.unsure': 'No puedo descartar ninguna',
  'q.eases': '¿Y qué lo alivia? Marca todo lo que corresponda.',
  'q.eases.why':
    'Un dolor que se alivia en cuanto te levantas, o al entrar en calor, apunta a problemas distintos.',
  'q.eases.short': 'Factores de alivio',
  'opt.eases.standing': 'Levantarse de la silla: mejora en pocos minutos',
  'opt.eases.walking': 'Caminar',
  'opt.eases.warm-up': 'Entrar en calor al correr, aunque al terminar de correr duele más',
  'opt.eases.rest': 'Descansar',
  'opt.eases.gentle-stretch': 'Estirar con suavidad',

  'q.st-press-thigh': 'Presiona a lo largo de la parte de atrás del muslo. ¿Qué notas?',
  'q.st-press-thigh.why':
    'Un punto claramente doloroso apunta al propio músculo. Si no hay ningún punto doloroso, el dolor probablemente viene de un nervio, la espalda o la pelvis.',
  'q.st-press-thigh.short': 'Palpación del muslo',
  'q.st-press-thigh.help':
    'Siéntate o acuéstate. Con las yemas de los dedos, presiona con firmeza a lo largo de la parte de atrás del muslo, desde debajo de la nalga hasta la rodilla, en las dos piernas.',
  'opt.st-press-thigh.unsure': 'No la hice, o no sé decirlo',
  'q.st-press-thigh.stop': 'Presiona, sin clavar los dedos. Si al presionar notas un dolor agudo, para ahí.',
  'opt.st-press-thigh.spot': 'Un punto claramente doloroso',
  'opt.st-press-thigh.area': 'Una zona dolorida, pero sin un punto concreto',
  'opt.st-press-thigh.no-spot': 'Ningún punto doloroso',
  'q.st-sitting-bone': '¿Te duele el propio isquion al presionarlo?',
  'q.st-sitting-bone.why':
    'Si el isquion duele al presionarlo, encaja con un tendón irritado o con una almohadilla (bursa) irritada donde se unen los isquiotibiales.',
  'q.st-sitting-bone.short': 'Dolor a la palpación del isquion',
  'q.st-sitting-bone.help':
    'En una silla firme, mete la mano bajo la nalga y busca el punto de hueso duro sobre el que te sientas. Presiona ahí y compara con el otro lado.',
  'opt.st-sitting-bone.unsure': 'No la hice, o no sé decirlo',
  'q.st-sitting-bone.stop': 'Presiona con suavidad. Para si notas un dolor agudo.',
  'q.st-bump': '¿Aparece tu dolor al presionar el bulto de hueso de la parte de atrás de la pelvis?',
  'q.st-bump.why':
    'Si el dolor empieza en ese bulto, puede venir de la articulación entre la columna y la pelvis.',
  'q.st-bump.short': 'Presión sobre la articulación sacroilíaca (autoexploración)',
  'q.st-bump.help':
    'De pie, pon las manos en las caderas y desliza los pulgares hacia atrás hasta los dos bultos de hueso u hoyuelos justo debajo de la cintura del pantalón. Presiona el del lado que duele.',
  'opt.st-bump.unsure': 'No la hice, o no sé decirlo',
  'q.st-bump.stop': 'Presiona con suavidad y para si notas un dolor agudo.',
  'q.st-knee-bend': 'Acuéstate boca abajo e intenta doblar la rodilla contra resistencia. ¿Qué pasa?',
  'q.st-knee-bend.why':
    'Si al hacer trabajar el músculo duele, el problema está en el músculo. Si lo notas normal, el dolor probablemente viene de otro sitio.',
  'q.st-knee-bend.short': 'Flexión de rodilla contra resistencia (autoexploración)',
  'q.st-knee-bend.help':
    'Acuéstate boca abajo. Cruza los tobillos con la pierna que duele debajo e intenta doblar esa rodilla empujando hacia arriba contra el otro pie, primero con suavidad, durante 5 segundos. Compara con el otro lado.',
  'opt.st-knee-bend.unsure': 'No la hice, o no sé decirlo',
  'q.st-knee-bend.stop':
    'Aumenta la fuerza poco a poco y para en cuanto notes un dolor agudo o tu dolor de siempre.',
  'opt.st-knee-bend.hurts': 'Me provoca mi dolor',
  'opt.st-knee-bend.weak': 'Noto debilidad, pero no duele',
  'opt.st-knee-bend.fine': 'No duele, lo noto igual que el otro lado',
  'q.st-slr': 'Boca arriba, levanta la pierna estirada con una toalla. ¿Qué pasa?',
  'q.st-slr.why':
    'Si al mover el pie o la cabeza cambia el dolor, probablemente hay un nervio implicado, porque el músculo no se mueve con ellos.',
  'q.st-slr.short': 'SLR con maniobras de sensibilización (autoexploración)',
  'q.st-slr.help':
    'Acuéstate boca arriba. Pasa una toalla por el pie y sube despacio la pierna estirada hasta que empieces a notarlo. Mantenla ahí, lleva los dedos del pie hacia ti y luego acerca la barbilla al pecho. Después baja la pierna, dobla la rodilla, abrázala contra el pecho y estira la rodilla despacio.',
  'opt.st-slr.unsure': 'No la hice, o no sé decirlo',
  'q.st-slr.stop': 'Ve despacio y para en cuanto duela. No hagas rebotes ni sigas a pesar del dolor.',
  'opt.st-slr.nerve': 'Duele, y empeora al llevar los dedos del pie hacia mí o al levantar la cabeza',
  'opt.st-slr.knee-eases': 'Duele con la pierna estirada, pero mucho menos con la rodilla doblada',
  'opt.st-slr.local': 'Me provoca mi dolor, haga lo que haga con los dedos del pie, la cabeza o la rodilla',
  'opt.st-slr.fine': 'No duele, solo noto un estiramiento normal',
  'q.st-knee-tendon': '¿Te duele alguno de los tendones de detrás de la rodilla al presionarlo?',
  'q.st-knee-tendon.why':
    'Si duele un tendón en forma de cordón detrás de la rodilla, encaja con un tendón de los isquiotibiales irritado donde se une al hueso.',
  'q.st-knee-tendon.short': 'Dolor a la palpación de los tendones distales (autoexploración)',
  'q.st-knee-tendon.help':
    'Siéntate con la rodilla doblada. Busca los cordones firmes de detrás de la rodilla, por dentro y por fuera, y presiona a lo largo del cordón del lado que duele. Compara con la otra rodilla.',
  'opt.st-knee-tendon.unsure': 'No la hice, o no sé decirlo',
  'q.st-knee-tendon.stop': 'Presiona con suavidad y para si notas un dolor agudo.',
  'q.st-puranen': '¿Te provoca el dolor en el isquion una prueba de pie con la pierna estirada?',
  'q.st-puranen.why':
    'Esta prueba provoca dolor en el isquion en la mayoría de las personas con ese tendón irritado.',
  'q.st-puranen.short': 'Puranen–Orava (autoexploración)',
  'q.st-puranen.help':
    'De pie, apoya el talón de la pierna que duele sobre algo a la altura de la cadera, como una mesa, con la rodilla estirada. Inclínate despacio hacia delante desde las caderas.',
  'opt.st-puranen.unsure': 'No la hice, o no sé decirlo',
  'q.st-puranen.stop':
    'Inclínate solo hasta que lo notes. Para en cuanto aparezca tu dolor de siempre: es una prueba, no un estiramiento.',
  'q.st-bridge':
    'Haz un puente con una sola pierna, un lado cada vez. ¿Qué notas? Marca todo lo que corresponda.',
  'q.st-bridge.why':
    'Si una nalga no hace su parte, los isquiotibiales trabajan de más, y eso mantiene el dolor.',
  'q.st-bridge.short': 'Puente a una pierna (autoexploración)',
  'q.st-bridge.help':
    'Acuéstate boca arriba con un talón sobre una silla y la rodilla un poco doblada, y la otra pierna en el aire. Aprieta la nalga y sube la cadera. Prueba con cada lado.',
  'opt.st-bridge.unsure': 'No la hice, o no sé decirlo',
  'q.st-bridge.stop': 'Para si te provoca un dolor agudo en la parte de atrás del muslo.',
  'opt.st-bridge.hurts': 'Me provoca mi dolor',
  'opt.st-bridge.glute-same': 'La nalga del lado que duele se nota débil o tarda en activarse',
  'opt.st-bridge.glute-other': 'La nalga del otro lado se nota débil o tarda en activarse',
  'opt.st-bridge.none': 'Los dos lados se notan iguales y no duele nada',
  'q.st-hop': 'Salta 10 veces sobre la pierna que duele. ¿Te duele?',
  'q.st-hop.why':
    'Si duele al caer sobre una pierna, puede ser una fractura por estrés en sus inicios, y entonces hay que dejar de correr.',
  'q.st-hop.short': 'Salto a una pierna ×10 (autoexploración)',
  'q.st-hop.help':
    'Ponte cerca de una pared para mantener el equilibrio y da 10 saltitos sobre la pierna que duele.',
  'opt.st-hop.unsure': 'No la hice, o no sé decirlo',
  'q.st-hop.stop': 'Para en el primer salto que duela. No lo intentes si te duele al caminar.',
  'opt.st-hop.pain': 'Sí, me duele al saltar',
  'opt.st-hop.fine': 'No, puedo saltar sin problema',

  'q.previous':
    '¿Te has lesionado antes los isquiotibiales (los músculos de la parte de atrás del muslo) de esta pierna?',
  'q.previous.why': 'Haber tenido ya una lesión muscular es la señal más clara de que puede volver a pasar.',
  'q.previous.short': 'Lesión muscular previa',
  'opt.previous.no': 'No',
  'opt.previous.once': 'Sí, una vez',
  'opt.previous.more': 'Sí, más de una vez',
  'q.return': 'La última vez, ¿cómo volviste a correr?',
  'q.return.why':
    'Volver de golpe en cuanto deja de doler, sin trabajo de fuerza, es una causa frecuente de que la lesión se repita.',
  'q.return.short': 'Vuelta tras la última lesión',
  'opt.return.gradual': 'Fui aumentando poco a poco, con ejercicios de fuerza',
  'opt.return.rest-only': 'Descansé hasta que dejó de doler y volví directamente al entrenamiento completo',
  'q.back': '¿Has tenido problemas en la zona lumbar? Marca todo lo que corresponda.',
  'q.back.why':
    'La parte baja de la espalda puede mandar dolor a la parte de atrás del muslo, aunque el muslo esté sano.',
  'q.back.short': 'Antecedentes lumbares',
  'opt.back.now': 'Dolor de espalda ahora mismo',
  'opt.back.past': 'Dolor de espalda en el pasado',
  'opt.back.sciatica': 'Ciática (dolor de pierna que viene de la espalda) en el pasado',
  'q.training': 'En los últimos 3 meses, ¿has cambiado tu entrenamiento? Marca todo lo que corresponda.',
  'q.training.why':
    'Un aumento brusco de distancia, velocidad o cuestas es una de las causas de dolor más frecuentes.',
  'q.training.short': 'Cambio reciente de entrenamiento',
  'opt.training.more-distance': 'Más distancia cada semana',
  'opt.training.more-speed': 'Más trabajo de velocidad',
  'opt.training.more-hills': 'Más cuestas',
  'opt.training.race': 'Una carrera o una salida mucho más larga de lo normal',
  'opt.training.new-shoes': 'Calzado nuevo o una superficie nueva',
  'q.energy':
    'Alimentación, menstruación y huesos: ¿te pasa alguna de estas cosas? Marca todo lo que corresponda.',
  'q.energy.why':
    'Comer poco para lo que entrenas debilita los huesos y hace más probables las fracturas por estrés.',
  'q.energy.short': 'Disponibilidad energética',
  'opt.energy.periods': 'Ya no te viene la regla o te viene de forma irregular (si tienes la regla)',
  'opt.energy.weight-loss': 'Has perdido peso esta temporada',
  'opt.energy.stress-fracture': 'Ya has tenido alguna fractura por estrés',
  'opt.energy.under-fuelling': 'Sueles comer menos de lo que necesitas para tu entrenamiento',
};
