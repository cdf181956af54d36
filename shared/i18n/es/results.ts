import type { RESULTS_EN } from '../en/results.ts';

/** Spanish texts of the result: urgency, stretch verdict, plan, safety net, clinician summary, disclaimer. */
export const RESULTS_ES: Record<keyof typeof RESULTS_EN, string> = {
  'urgency.emergency.title': 'Busca ayuda urgente ahora',
  'urgency.emergency.advice': 'Llama al número de emergencias o ve a urgencias ahora.',
  'urgency.same-day.title': 'Ve al médico hoy',
  'urgency.same-day.advice':
    'Ve al médico hoy: a un centro de atención urgente o, si no hay otro abierto, a urgencias del hospital.',
  'urgency.within-week.title': 'Ve al médico esta semana',
  'urgency.within-week.advice':
    'Pide cita con tu médico de familia o de cabecera, o con un médico del deporte, en el plazo de una semana.',
  'urgency.routine.title': 'Pide cita con un fisioterapeuta (kinesiólogo)',
  'urgency.routine.advice':
    'Pide cita con un fisioterapeuta o un profesional de medicina deportiva en un plazo de una a tres semanas y, mientras tanto, empieza el plan de abajo.',
  'urgency.self-care.title': 'Empieza por tu cuenta',
  'urgency.self-care.advice':
    'Puedes empezar con el plan de abajo. Ve a un fisioterapeuta (kinesiólogo) si en {period} no está claramente mejor o si empeora.',
  'urgency.reason.unsure':
    'Tuviste dudas con una señal de alarma, así que la tratamos como presente hasta que un médico la descarte: {reason}',
  'urgency.reason.combined':
    'Aparecieron juntas {count} señales de alarma que por separado necesitan un médico esta semana, así que es más seguro que te vean hoy.',
  'urgency.reason.not-asked':
    'Algunas preguntas sobre señales de alarma quedaron sin responder, así que no podemos recomendarte solo cuidados en casa. Respóndelas para estar seguros.',
  'urgency.reason.close':
    'Tus respuestas encajan casi tan bien con {name} como con la causa más probable, así que su consejo también cuenta.',
  'urgency.reason.condition': 'Es el consejo habitual para la causa más probable: {name}.',
  'urgency.reason.possible': 'Por tus respuestas, podría tratarse de {name}, y conviene descartarlo.',

  'stretch.stretch.headline': 'Sí, estirar poco a poco te ayudará',
  'stretch.gentle.headline': 'Solo estiramientos suaves y sin dolor',
  'stretch.avoid.headline': 'No lo estires: estirar lo irrita',
  'stretch.not-yet.headline': 'No lo estires todavía',
  'stretch.reason.red-flag':
    'Antes hay que revisar una señal de alarma. Los estiramientos, los masajes y correr pueden esperar hasta que te vea un médico.',
  'stretch.reason.acute':
    'Es una lesión reciente, o hay moretón o hinchazón. Estirar ahora puede agrandar el desgarro; deja que se calme una o dos semanas antes.',
  'stretch.reason.also':
    'También podría tratarse de {name}; estirar lo irrita, así que preferimos ser prudentes.',

  'see.emergency': 'Urgencias, ahora.',
  'see.same-day': 'Un médico hoy: un centro de atención urgente o urgencias del hospital.',
  'see.within-week':
    'Tu médico de familia o de cabecera, o un médico del deporte, en el plazo de una semana.',
  'see.routine':
    'Un fisioterapeuta o un profesional de medicina deportiva, en un plazo de una a tres semanas.',
  'see.self-care':
    'Todavía no hace falta pedir cita. Ve a un fisioterapeuta si en {period} no está claramente mejor.',

  'plan.urgent.title': 'Para y pide que te lo revisen',
  'plan.urgent.how':
    'No corras, no estires, no te des masajes ni uses rodillo de espuma en la pierna hasta que te vea un médico.',
  'plan.relative-rest.title': 'Baja la intensidad unos días',
  'plan.relative-rest.how':
    'Camina lo que te resulte cómodo, pero no corras hasta que caminar te resulte fácil. Moverte con suavidad es mejor que el reposo total.',
  'plan.cool-compress.title': 'Frío y compresión',
  'plan.cool-compress.how':
    'Los dos o tres primeros días, pon frío en la zona dolorida de 10 a 15 minutos varias veces al día (hielo envuelto en un paño) y usa una muslera de compresión o una venda.',
  'plan.offload-sitting-bone.title': 'Quita presión al isquion',
  'plan.offload-sitting-bone.how':
    'Siéntate sobre un cojín, evita las sillas duras y levántate cada 20 a 30 minutos. Evita sentarte con las piernas estiradas hacia delante o cruzadas.',
  'plan.avoid-tension-positions.title': 'Evita las posturas que tiran de la zona',
  'plan.avoid-tension-positions.how':
    'Por ahora, evita doblarte mucho hacia delante con las piernas estiradas, las posturas de yoga de ese tipo y los estiramientos de isquiotibiales.',
  'plan.stop-running.title': 'Deja de correr ya',
  'plan.stop-running.how':
    'Deja de correr y de saltar. Camina solo lo que puedas sin dolor hasta que un médico lo haya revisado.',
  'plan.keep-moving.title': 'Sigue moviéndote',
  'plan.keep-moving.how':
    'Caminar y moverte con suavidad ayuda más que el reposo. Evita pasar mucho tiempo en la cama o en una silla sin moverte.',
  'plan.isometric-bridge.title': 'Puente mantenido con rodillas dobladas',
  'plan.isometric-bridge.how':
    'Acuéstate boca arriba con las rodillas dobladas y los pies apoyados en el suelo. Empuja con los talones y sube un poco la cadera; mantén la postura sin moverte.',
  'plan.isometric-bridge.dose':
    '5 repeticiones de 30 a 45 segundos, una o dos veces al día. Una pequeña molestia (hasta 3 de 10) está bien si a la mañana siguiente ya se ha calmado.',
  'plan.isometric-bridge.caution':
    'Mantén las rodillas bien dobladas: un puente con las rodillas estiradas tira del tendón.',
  'plan.chair-bridge.title': 'Puentes en silla',
  'plan.chair-bridge.how':
    'Acuéstate en el suelo con los talones sobre una silla. Pega la zona lumbar al suelo, aprieta las nalgas y sube despacio la cadera. Más difícil: con una sola pierna.',
  'plan.chair-bridge.dose': 'Aguanta de 3 a 6 segundos. 2 a 3 series de 10, una o dos veces al día.',
  'plan.chair-bridge.caution':
    'Mantén la espalda recta, sin arquearla, para que trabajen las nalgas y no la espalda. Para si te provoca un dolor agudo en el muslo.',
  'plan.bridge-walkout.title': 'Puente alejando los talones',
  'plan.bridge-walkout.how':
    'Sube la cadera en puente y aleja los talones con pasos cortos hasta que las piernas estén casi estiradas; luego vuelve. Mantén la pelvis nivelada.',
  'plan.bridge-walkout.dose':
    '4 a 5 pasos hacia fuera con cada pierna en cada repetición. 2 a 3 series de 10, una o dos veces al día.',
  'plan.bridge-walkout.caution':
    'Solo cuando doblar la rodilla contra resistencia ya no duela. Para si te provoca un dolor agudo.',
  'plan.power-position.title': 'Postura de carrera mantenida',
  'plan.power-position.how':
    'Ponte sobre una pierna como en mitad de una zancada: la pierna de apoyo empuja y se alarga, la otra rodilla sube por delante. Mantén el cuerpo erguido y nota cómo empieza a trabajar la nalga de la pierna de apoyo.',
  'plan.power-position.dose':
    'Aguanta 6 segundos, de 4 a 6 veces con cada lado, una o dos veces al día y antes de correr.',
  'plan.dead-bug.title': 'Bicho muerto (dead bug)',
  'plan.dead-bug.how':
    'Acuéstate boca arriba, con los brazos hacia arriba y las rodillas dobladas por encima de la cadera. Con la zona lumbar pegada al suelo, baja despacio un brazo y la pierna contraria, y luego cambia.',
  'plan.dead-bug.dose': '2 a 3 series de 8 repeticiones lentas por cada lado, todos los días.',
  'plan.back-press-up.title': 'Extensiones de espalda boca abajo',
  'plan.back-press-up.how':
    'Acuéstate boca abajo y empuja con las manos para subir la parte de arriba del cuerpo, con la cadera apoyada en el suelo. Baja despacio.',
  'plan.back-press-up.dose':
    '10 repeticiones lentas, varias veces al día, si el dolor del muslo se alivia o sube hacia la espalda.',
  'plan.back-press-up.caution': 'Para si el dolor baja más por la pierna.',
  'plan.nerve-slider.title': 'Deslizamientos del nervio (después de que te revise un fisioterapeuta)',
  'plan.nerve-slider.how':
    'Siéntate en una silla con la espalda recta. Estira despacio la rodilla mientras miras hacia arriba, y luego dóblala mientras miras hacia abajo, para que el nervio se deslice sin estirarse.',
  'plan.nerve-slider.dose': '10 repeticiones lentas, 2 a 3 veces al día.',
  'plan.nerve-slider.caution':
    'Empieza a hacerlos solo cuando un fisioterapeuta haya confirmado que el nervio está implicado. Para si el hormigueo aumenta o no se va.',
  'plan.seated-glute-stretch.title': 'Estiramiento de nalga en silla',
  'plan.seated-glute-stretch.how':
    'Siéntate en una silla, apoya el tobillo de la pierna que duele sobre la otra rodilla e inclínate suavemente hacia delante con la espalda recta hasta notarlo en la nalga.',
  'plan.seated-glute-stretch.dose': '3 repeticiones de 30 segundos, una o dos veces al día.',
  'plan.seated-glute-stretch.caution':
    'Esto estira la nalga, no los isquiotibiales. Para si te provoca hormigueo por la pierna.',
  'plan.march-skip.title': 'Ejercicios de marcha y skipping',
  'plan.march-skip.how':
    'Marcha y después haz skipping, subiendo la rodilla con fuerza y la pierna recogida, y apoyando el pie debajo del cuerpo.',
  'plan.march-skip.dose': '3 a 4 tandas de 10 a 15 segundos, como parte del calentamiento antes de correr.',
  'plan.nordic-curl.title': 'Curl nórdico',
  'plan.nordic-curl.how':
    'Ponte de rodillas con los tobillos sujetos por otra persona o bajo un sofá. Con el cuerpo recto, déjate caer hacia delante lo más despacio que puedas y frénate con las manos.',
  'plan.nordic-curl.dose':
    'Empieza con 2 series de 4 a 6, dos veces por semana, y ve aumentando despacio a lo largo de semanas.',
  'plan.nordic-curl.caution':
    'No lo hagas mientras caminar o doblar la rodilla contra resistencia siga doliendo. Es normal notar dolor muscular la primera semana.',
  'plan.gentle-hamstring-stretch.title': 'Estiramiento suave de isquiotibiales',
  'plan.gentle-hamstring-stretch.how':
    'Acuéstate boca arriba, pasa una toalla por el pie y sube la pierna estirada hasta notar un estiramiento suave, no dolor.',
  'plan.gentle-hamstring-stretch.dose': '3 repeticiones de 30 segundos, una o dos veces al día.',
  'plan.gentle-hamstring-stretch.caution':
    'Nunca llegues al dolor, nunca hagas rebotes y para si te provoca hormigueo.',
  'plan.cross-train.title': 'Mantén la forma sin impacto',
  'plan.cross-train.how': 'Andar en bicicleta o nadar te mantiene en forma mientras el hueso se cura.',
  'plan.cross-train.caution': 'Solo si no te duele nada, y solo cuando un médico te lo haya permitido.',
  'plan.easy-running-only.title': 'Solo correr suave',
  'plan.easy-running-only.how':
    'Cuando caminar te resulte fácil, corre suave y en terreno plano. Nada de esprints, aceleraciones ni cuestas hasta que doblar la rodilla contra resistencia no duela.',
  'plan.graded-return.title': 'Vuelve por etapas',
  'plan.graded-return.how':
    'Camina, luego trota, luego corre suave, luego haz aceleraciones y luego corre más rápido. Pasa a la siguiente etapa solo si al día siguiente la anterior te sentó bien. Una molestia leve al entrenar es aceptable; un dolor agudo no.',
  'plan.cut-hills-speed.title': 'Deja las cuestas y la velocidad por ahora',
  'plan.cut-hills-speed.how':
    'Haz una pausa en las series en cuesta y en los entrenamientos de velocidad, y acorta la zancada. Correr suave y en terreno plano está bien si el dolor se queda en 3 de 10 o menos y se calma a la mañana siguiente.',
  'plan.shorter-stride.title': 'Pasos más cortos y rápidos',
  'plan.shorter-stride.how':
    'Da pasos algo más cortos y rápidos para que el pie caiga debajo de ti, sobre todo cuesta abajo.',
  'plan.undo-spike.title': 'Deshaz el aumento de entrenamiento',
  'plan.undo-spike.how':
    'Vuelve a la distancia y la intensidad que llevabas bien antes del cambio, y después aumenta más despacio.',
  'plan.strength-before-speed.title': 'Primero fuerza, luego velocidad',
  'plan.strength-before-speed.how':
    'Esta vez, no vuelvas a la máxima velocidad solo porque haya dejado de doler. Antes termina un programa de fuerza y aumenta la velocidad por etapas.',
  'plan.fuel-enough.title': 'Come lo suficiente para lo que entrenas',
  'plan.fuel-enough.how':
    'Los huesos necesitan suficiente energía para repararse. Habla con un médico o con un nutricionista deportivo, sobre todo si ya no te viene la regla o has perdido peso.',
  'plan.run-by-symptoms.title': 'Corre solo mientras siga siendo fácil',
  'plan.run-by-symptoms.how':
    'Puedes correr suave y en terreno plano si el dolor se queda en 3 de 10 o menos, no baja más por la pierna y a la mañana siguiente se ha calmado. De momento, salidas más cortas; nada de cuestas ni series.',
  'plan.run-as-comfortable.title': 'Sigue corriendo, pero quita peso del isquion',
  'plan.run-as-comfortable.how':
    'Correr rara vez lo molesta. Sigue corriendo como siempre, pero no te quedes mucho rato sentado justo después y usa un asiento blando o un cojín.',
  'plan.hold-running.title': 'Nada de correr hasta que te lo revisen',
  'plan.hold-running.how':
    'No corras ni saltes hasta que te vea un médico. Camina solo lo que te resulte cómodo.',
  'plan.nerve-slider.note':
    'No es un estiramiento: el deslizamiento mueve el nervio de un lado a otro sin tirar de él, así que es compatible con «no estires».',
  'plan.seated-glute-stretch.note':
    'Estira los músculos de la nalga que rodean el nervio, no los isquiotibiales, y suele aliviar el dolor profundo en la nalga, así que es compatible con «no estires los isquiotibiales».',
  'plan.doms-easy-days.title': 'Unos días suaves',
  'plan.doms-easy-days.how':
    'Camina, pedalea o trota suave durante unos días. El dolor debería irse en una semana.',

  'safety.emergency':
    'Llama al número de emergencias o ve a urgencias si notas adormecimiento entre las piernas, problemas para orinar o para controlar las heces, debilidad en las dos piernas, una pierna que se queda fría y pálida, o dolor en el pecho o falta de aire.',
  'safety.same-day':
    'Ve al médico ese mismo día si la pantorrilla o el muslo se hinchan, se ponen calientes o rojos, si tienes fiebre o si un pie se debilita.',
  'safety.recheck':
    'Si en {period} no está claramente mejor, o si empeora, ve a un fisioterapeuta o a un médico del deporte.',
  'period.week': 'una semana',
  'period.weeks': '{n} semanas',
  'safety.walking-worse':
    'Si caminar te duele más o empiezas a cojear, deja de correr y pide que te lo revisen.',
  'safety.walking':
    'Si empieza a dolerte al caminar o empiezas a cojear, deja de correr y pide que te lo revisen.',
  'safety.night':
    'Si empieza a dolerte por la noche o en reposo, o aparece un bulto o hinchazón, ve al médico en el plazo de una semana.',
  'safety.while-waiting':
    'Mientras esperas a que te vean, no estires, no te des masajes ni corras. Si empeora o aparecen síntomas nuevos, llama al número de emergencias.',
  'safety.unsure':
    'Tuviste dudas con algunas señales de alarma. Vigílalas y, si aparece alguna, sigue los consejos de arriba.',

  'summary.title': 'Resumen de hamstring-check para el profesional de la salud',
  'summary.not-diagnosis': 'Cuestionario respondido por la propia persona; no es un diagnóstico.',
  'summary.urgency': 'Urgencia',
  'summary.stretch': 'Recomendación sobre estiramientos',
  'summary.positives': 'Hallazgos positivos',
  'summary.red-flags': 'Detección de banderas rojas',
  'summary.ranked': 'Orígenes probables',
  'summary.tests': 'Pruebas sugeridas en consulta',
  'summary.measures': 'Medidas de resultado sugeridas',
  'summary.version': 'Versión del cuestionario',
  'summary.status.positive': 'POSITIVO',
  'summary.status.unsure': 'dudoso',
  'summary.status.negative': 'negativo',
  'summary.status.not-asked': 'no preguntado',
  'summary.band.likely': 'probable',
  'summary.band.possible': 'posible',
  'summary.band.less-likely': 'menos probable',
  'summary.none': 'ninguno',
  'summary.all-negative': 'las {count} negativas',
  'summary.accuracy': 'sensibilidad {sn}, especificidad {sp}',
  'summary.accuracy.cluster': '≥{k} de {n} positivas',
  'summary.accuracy.disc-herniation': 'hernia discal',
  'summary.accuracy.deep-gluteal-entrapment': 'atrapamiento glúteo profundo',
  'summary.source.notes': 'Notas de referencia clínica {section}',
  'summary.source.seed': '{name} (artículo de partida)',

  'test.palpation-slr':
    'Palpación (extensión de la zona dolorosa) y déficit de elevación pasiva de la pierna recta (passive SLR): valor pronóstico para la vuelta al deporte',
  'test.resisted-flexion': 'Flexión de rodilla contra resistencia en rango interno, medio y externo',
  'test.h-test': 'Prueba H de Askling (Askling H-test) antes de volver a esprintar',
  'test.glute-activation': 'Activación glútea y fuerza de extensión de cadera, bilateral',
  'test.gait-analysis':
    'Análisis de la carrera: longitud de zancada, contacto del pie respecto al centro de masas',
  'test.bent-knee-stretch': 'Prueba de estiramiento con rodilla flexionada (bent-knee stretch test)',
  'test.modified-bent-knee':
    'Prueba modificada de estiramiento con rodilla flexionada (modified bent-knee stretch test)',
  'test.puranen-orava': 'Prueba de Puranen–Orava (Puranen–Orava test)',
  'test.bursa-ultrasound': 'Ecografía de la bursa isquiática',
  'test.distal-palpation': 'Palpación de los tendones distales y flexión de rodilla contra resistencia',
  'test.knee-exclusion':
    'Descartar patología del poplíteo o del menisco, quiste de Baker, nervio peroneo común y TVP',
  'test.slump-differentiation':
    'Prueba de slump con diferenciación estructural (slump test with structural differentiation)',
  'test.slr':
    'Elevación de la pierna recta con maniobras de sensibilización (straight-leg raise with sensitisers)',
  'test.active-piriformis': 'Prueba activa del piriforme (active piriformis test)',
  'test.neuro-exam': 'Exploración neurológica (fuerza, reflejos, sensibilidad)',
  'test.repeated-movements': 'Movimientos lumbares repetidos: preferencia direccional, centralización',
  'test.crossed-slr': 'Elevación de la pierna recta cruzada (crossed straight-leg raise)',
  'test.laslett-cluster':
    'Grupo de pruebas de provocación sacroilíaca de Laslett (Laslett sacroiliac provocation cluster)',
  'test.hip-exam': 'Exploración de la cadera: FADIR, FABER, rango de rotación',
  'test.bone-mri': 'RM (las radiografías suelen ser normales al principio)',
  'test.red-s-screen':
    'Evaluación de la disponibilidad energética (RED-S), con antecedentes menstruales y vitamina D',
  'test.avulsion-exam':
    'Palpación en busca de un defecto (gap), fuerza de flexión de rodilla en decúbito prono, RM en pocos días',
  'test.pelvis-xray': 'Radiografía AP de pelvis en las primeras 48 horas',

  'measure.nprs-psfs.name':
    'Escala numérica del dolor (NPRS) y Escala Funcional Específica del Paciente (PSFS)',
  'measure.nprs-psfs.why': 'En cada visita',
  'measure.visa-h.name': 'VISA-H',
  'measure.visa-h.why': 'La tendinopatía proximal encabeza la lista',
  'measure.fash.name': 'FASH (escala de valoración funcional de las lesiones agudas de isquiotibiales)',
  'measure.fash.why': 'Una lesión muscular encabeza la lista',
  'measure.lefs.name': 'Escala funcional de la extremidad inferior (LEFS)',
  'measure.lefs.why': 'Valor basal genérico del miembro inferior',
  'measure.start-back.name': 'Herramienta Keele STarT Back',
  'measure.start-back.why':
    'La columna lumbar aparece entre las primeras causas (el uso comercial requiere licencia de Keele)',

  disclaimer:
    'hamstring-check no es un diagnóstico y no sustituye la exploración de un profesional de la salud. A partir de tus respuestas, te indica qué es lo más probable que tengas y qué hacer primero. Si algo te preocupa, o el consejo no encaja con cómo te sientes, ve a un médico o a un fisioterapeuta (kinesiólogo).',
};
