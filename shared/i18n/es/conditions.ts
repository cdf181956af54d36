import type { CONDITIONS_EN } from '../en/conditions.ts';

/** Spanish texts of the condition catalogue and the contributing factors. */
export const CONDITIONS_ES: Record<keyof typeof CONDITIONS_EN, string> = {
  'condition.muscle-strain.name': 'Lesión muscular de los isquiotibiales',
  'condition.muscle-strain.summary':
    'Un desgarro en los isquiotibiales (los músculos de la parte de atrás del muslo), normalmente en un momento concreto, como al esprintar o al estirar demasiado.',
  'condition.muscle-strain.signs':
    'Un dolor agudo y repentino, a menudo «como un disparo»; un punto claramente doloroso; duele al estirar y al doblar la rodilla contra resistencia.',
  'condition.muscle-strain.stretch':
    'Estirar poco a poco y sin dolor ayuda una vez pasados los primeros días de dolor; forzar el estiramiento al principio no ayuda.',
  'condition.fascial-strain.name': 'Lesión del tejido conectivo (fascia)',
  'condition.fascial-strain.summary':
    'Una lesión del tejido que envuelve el músculo y lo recorre por dentro: más leve que un desgarro muscular, pero tarda en irse.',
  'condition.fascial-strain.signs':
    'Un pinchazo que te dejó seguir corriendo, y después tirantez y una molestia leve que tardan en mejorar.',
  'condition.fascial-strain.stretch': 'Estirar con suavidad ayuda a que se recupere.',
  'condition.muscle-overload.name': 'Isquiotibiales sobrecargados',
  'condition.muscle-overload.summary':
    'Tirantez y dolor sin desgarro, porque los isquiotibiales hacen un trabajo que deberían hacer los glúteos, o porque una zancada larga los mantiene demasiado estirados.',
  'condition.muscle-overload.signs':
    'Una tirantez molesta que aumenta al final de las salidas largas o rápidas y en las bajadas; una zona dolorida más que un punto concreto.',
  'condition.muscle-overload.stretch':
    'Estirar con suavidad está bien, pero lo que lo soluciona es ganar fuerza y cambiar la zancada.',
  'condition.doms.name': 'Dolor muscular de aparición tardía',
  'condition.doms.summary':
    'Un dolor normal uno o dos días después de un entrenamiento especialmente largo, duro o con muchas bajadas.',
  'condition.doms.signs':
    'En las dos piernas, dolor y rigidez en todo el músculo, que llega al máximo de 1 a 3 días después del entrenamiento y se va en una semana.',
  'condition.doms.stretch': 'Estirar no hará que se pase antes, pero moverte con suavidad está bien.',
  'condition.proximal-tendinopathy.name':
    'Problema del tendón alto de los isquiotibiales (tendinopatía proximal)',
  'condition.proximal-tendinopathy.summary':
    'Un tendón irritado, a veces con una rotura parcial, donde los isquiotibiales se unen al hueso en el que te sientas (isquion).',
  'condition.proximal-tendinopathy.signs':
    'Un dolor profundo en el isquion que aparece poco a poco; empeora al sentarte, en las subidas, al correr rápido y al estirar.',
  'condition.proximal-tendinopathy.stretch': 'Estirar aprieta el tendón contra el hueso y suele empeorarlo.',
  'condition.ischial-bursitis.name': 'Bursitis del isquion',
  'condition.ischial-bursitis.summary': 'Una almohadilla de líquido (bursa) irritada sobre el isquion.',
  'condition.ischial-bursitis.signs':
    'Dolor justo en el hueso al sentarte sobre algo duro, que se alivia poco después de levantarte; correr molesta menos.',
  'condition.ischial-bursitis.stretch': 'Estirar no ayuda y puede presionar la bursa.',
  'condition.distal-tendinopathy.name':
    'Problema del tendón de los isquiotibiales detrás de la rodilla (tendinopatía distal)',
  'condition.distal-tendinopathy.summary':
    'Un tendón de los isquiotibiales irritado en el punto donde se une, al lado de la rodilla.',
  'condition.distal-tendinopathy.signs':
    'Dolor detrás de la rodilla, por dentro o por fuera, que aumenta con las cuestas, la velocidad o más distancia; un tendón en forma de cordón que duele al tocarlo.',
  'condition.distal-tendinopathy.stretch':
    'Los estiramientos profundos aprietan el tendón donde se une al hueso y pueden empeorarlo.',
  'condition.sciatic-nerve.name': 'Nervio ciático irritado',
  'condition.sciatic-nerve.summary':
    'El nervio grande que baja por la parte de atrás de la pierna está irritado, atrapado en tejido cicatricial o comprimido en la nalga.',
  'condition.sciatic-nerve.signs':
    'Ardor, hormigueo, vibración o dolor en reposo, a menudo más abajo de la rodilla; ningún punto doloroso en el músculo; subir la pierna estirada duele más que estirar con la rodilla doblada.',
  'condition.sciatic-nerve.stretch':
    'A un nervio irritado no le gusta que lo estiren: los estiramientos de isquiotibiales tiran de él y lo mantienen irritado.',
  'condition.lumbar-referred.name': 'Dolor que viene de la parte baja de la espalda',
  'condition.lumbar-referred.summary':
    'La parte baja de la espalda manda dolor a la parte de atrás del muslo, a veces por una raíz nerviosa comprimida.',
  'condition.lumbar-referred.signs':
    'El dolor del muslo va y viene con el de la espalda; sentarse con la espalda encorvada e inclinarse hacia delante lo provocan; ningún punto doloroso en el muslo.',
  'condition.lumbar-referred.stretch':
    'Estirar el muslo no trata la espalda; estirar con suavidad está bien si no provoca síntomas en la pierna.',
  'condition.si-joint.name': 'Dolor que viene de la articulación sacroilíaca',
  'condition.si-joint.summary':
    'La articulación entre la base de la columna y la pelvis manda dolor a la nalga y al muslo.',
  'condition.si-joint.signs':
    'Dolor que empieza en el bulto de hueso de la parte de atrás de la pelvis; duele apoyarse en una pierna, subir escaleras y darse la vuelta en la cama; ningún punto doloroso en el muslo.',
  'condition.si-joint.stretch': 'Estirar los isquiotibiales ni lo trata ni lo empeora; hazlo con suavidad.',
  'condition.hip-referred.name': 'Dolor que viene de la articulación de la cadera',
  'condition.hip-referred.summary':
    'La articulación de la cadera puede mandar dolor a la nalga y a la parte de atrás del muslo.',
  'condition.hip-referred.signs':
    'Dolor al doblar mucho o girar la cadera, en sillas bajas y al salir del auto; a veces dolor en la ingle o chasquidos.',
  'condition.hip-referred.stretch':
    'Estirar con suavidad está bien; doblar mucho la cadera puede provocar el dolor.',
  'condition.bone-stress-injury.name': 'Lesión ósea por estrés (fractura por estrés)',
  'condition.bone-stress-injury.summary':
    'Un hueso de la pelvis, el sacro o el muslo se está fisurando porque recibe más carga de la que puede reparar.',
  'condition.bone-stress-injury.signs':
    'Un dolor profundo que empeora poco a poco: primero al saltar y caer, luego al caminar y luego por la noche; a menudo tras aumentar los kilómetros o comer demasiado poco.',
  'condition.bone-stress-injury.stretch': 'Aquí estirar da igual: lo que importa es dejar los impactos.',
  'condition.proximal-avulsion.name': 'Tendones de los isquiotibiales arrancados del isquion (avulsión)',
  'condition.proximal-avulsion.summary':
    'Una rotura completa de los tendones de los isquiotibiales, que se separan del isquion, normalmente al resbalar y quedar con las piernas muy abiertas.',
  'condition.proximal-avulsion.signs':
    'Un chasquido, no poder seguir, un moretón grande que baja por el muslo en uno o dos días, debilidad y caminar con la pierna rígida.',
  'condition.proximal-avulsion.stretch':
    'No estires ni cargues la pierna hasta que la haya revisado un médico: puede necesitar una operación.',
  'condition.apophyseal-avulsion.name': 'Arrancamiento del cartílago de crecimiento del isquion',
  'condition.apophyseal-avulsion.summary':
    'En adolescentes y adultos jóvenes, los isquiotibiales pueden arrancar el cartílago de crecimiento del isquion junto con un trozo de hueso.',
  'condition.apophyseal-avulsion.signs':
    'Un dolor repentino en el isquion al esprintar, dar una patada, saltar o quedar con las piernas muy abiertas, entre los 13 y los 25 años aproximadamente.',
  'condition.apophyseal-avulsion.stretch':
    'No estires ni cargues la pierna hasta que te hayan hecho una radiografía.',

  'factor.weak-glutes.name': 'Glúteos que no hacen su parte',
  'factor.weak-glutes.advice':
    'Fortalece los músculos de las nalgas de los dos lados, con puentes en silla y la postura de carrera mantenida. Los fisioterapeutas suelen encontrar el lado débil en el lado contrario al dolor en corredores de fondo, pero los estudios no han confirmado qué lado es, así que trabaja los dos.',
  'factor.overstriding.name': 'Zancada demasiado larga',
  'factor.overstriding.advice':
    'Apoya el pie debajo del cuerpo: pasos algo más cortos y rápidos, sobre todo cuesta abajo, evitan que los isquiotibiales se estiren demasiado en cada paso.',
  'factor.eccentric-weakness.name': 'Isquiotibiales débiles al alargarse',
  'factor.eccentric-weakness.advice':
    'Cuando ya no duela, gana fuerza con ejercicios que alargan despacio los isquiotibiales con carga, como el puente alejando los talones y, más adelante, el curl nórdico.',
  'factor.flexibility-asymmetry.name': 'Menos flexibilidad en el lado que duele',
  'factor.flexibility-asymmetry.advice':
    'Recupera el movimiento poco a poco y sin dolor, solo cuando la recomendación sobre estirar lo permita.',
  'factor.scar-tissue.name': 'Cicatriz de una lesión antigua',
  'factor.scar-tissue.advice':
    'Un fisioterapeuta puede comprobar si el tejido cicatricial limita el músculo o el nervio, y tratarlo con terapia manual y ejercicios de deslizamiento del nervio.',
  'factor.lumbopelvic-control.name': 'Control del tronco y la pelvis',
  'factor.lumbopelvic-control.advice':
    'Los ejercicios de control del tronco y la pelvis, como el bicho muerto (dead bug) y la postura de carrera mantenida, reducen la probabilidad de que el dolor vuelva.',
  'factor.load-spike.name': 'Aumento reciente del entrenamiento',
  'factor.load-spike.advice':
    'Vuelve al entrenamiento que llevabas bien antes del cambio y después aumenta otra vez, más despacio.',
  'factor.incomplete-rehab.name': 'Vuelta a la máxima velocidad demasiado pronto',
  'factor.incomplete-rehab.advice':
    'Que deje de doler no significa que la pierna esté lista. Termina un programa de fuerza y aumenta la velocidad por etapas antes de competir o esprintar.',
  'factor.low-energy-availability.name': 'Quizá comes demasiado poco para lo que entrenas',
  'factor.low-energy-availability.advice':
    'Los huesos necesitan suficiente energía para repararse. Habla con un médico o con un nutricionista deportivo, sobre todo si ya no te viene la regla.',
};
