import type { RED_FLAGS_EN } from '../en/red-flags.ts';

/** Spanish texts of the red-flag screen: `rf.<id>.label` (for clinicians), `.reason` and `.action` (for runners). */
export const RED_FLAGS_ES: Record<keyof typeof RED_FLAGS_EN, string> = {
  'rf.cauda-equina.label':
    'Síntomas de cauda equina (anestesia en silla de montar, alteración vesical, intestinal o sexual)',
  'rf.cauda-equina.reason':
    'El adormecimiento entre las piernas o los cambios nuevos al orinar, al controlar las heces o en la función sexual pueden significar que los nervios de la parte baja de la columna están comprimidos.',
  'rf.cauda-equina.action':
    'Ve a urgencias ahora. Diles que puedes tener un síndrome de cauda equina (cola de caballo).',
  'rf.bilateral-neuro.label': 'Debilidad o hipoestesia bilateral en miembros inferiores, marcha inestable',
  'rf.bilateral-neuro.reason':
    'La debilidad o el adormecimiento en las dos piernas puede significar que los nervios de la columna están comprimidos.',
  'rf.bilateral-neuro.action': 'Ve a urgencias ahora.',
  'rf.pulmonary-embolism.label': 'Disnea, dolor torácico o hemoptisis (posible embolia pulmonar)',
  'rf.pulmonary-embolism.reason':
    'La falta de aire, el dolor en el pecho o toser sangre pueden significar que un coágulo de sangre ha llegado a los pulmones.',
  'rf.pulmonary-embolism.action': 'Llama ahora al número de emergencias.',
  'rf.limb-ischaemia.label':
    'Pierna fría, pálida o con hipoestesia de forma aguda (posible isquemia aguda de extremidad)',
  'rf.limb-ischaemia.reason':
    'Una pierna que de repente se queda fría, pálida o adormecida puede no estar recibiendo suficiente sangre.',
  'rf.limb-ischaemia.action': 'Llama ahora al número de emergencias.',
  'rf.compartment.label':
    'Tumefacción rápida y a tensión del muslo con dolor desproporcionado (posible síndrome compartimental)',
  'rf.compartment.reason':
    'Un muslo que se hincha rápido y se pone duro, con un dolor mucho peor de lo esperado, puede llegar a comprimir sus propios músculos y nervios.',
  'rf.compartment.action': 'Ve a urgencias ahora.',
  'rf.rhabdomyolysis.label': 'Orina oscura u oliguria tras un esfuerzo extremo (posible rabdomiólisis)',
  'rf.rhabdomyolysis.reason':
    'Una orina oscura, u orinar muy poco, tras un esfuerzo muy duro puede significar que se está destruyendo músculo, y eso sobrecarga los riñones.',
  'rf.rhabdomyolysis.action': 'Ve a urgencias ahora y bebe agua por el camino.',
  'rf.major-trauma.label': 'Traumatismo grave al inicio',
  'rf.major-trauma.reason': 'Un dolor después de un accidente grave puede deberse a un hueso roto.',
  'rf.major-trauma.action': 'Llama al número de emergencias o ve a urgencias ahora.',
  'rf.infection.label': 'Fiebre, escalofríos o afectación del estado general (posible infección)',
  'rf.infection.reason':
    'Tener fiebre o encontrarte mal junto con este dolor puede significar una infección en una articulación, un hueso o un músculo.',
  'rf.infection.action':
    'Ve al médico hoy. Ve a urgencias si te encuentras muy mal o te cuesta pensar con claridad.',
  'rf.infection-neuro.label':
    'Fiebre con déficit neurológico (posible absceso espinal o articulación séptica)',
  'rf.infection-neuro.reason':
    'La fiebre junto con adormecimiento o un pie que se debilita puede significar una infección que comprime los nervios.',
  'rf.infection-neuro.action': 'Ve a urgencias ahora.',
  'rf.foot-drop.label': 'Debilidad progresiva o pie caído',
  'rf.foot-drop.reason':
    'Un pie que se está debilitando significa que un nervio está tan presionado que deja de funcionar bien.',
  'rf.foot-drop.action': 'Ve al médico hoy.',
  'rf.dvt.label':
    'Tumefacción, calor o enrojecimiento inexplicados en pantorrilla o muslo (posible trombosis venosa profunda)',
  'rf.dvt.reason':
    'La hinchazón, el calor o el enrojecimiento sin una lesión pueden ser un coágulo de sangre en una vena de la pierna.',
  'rf.dvt.action':
    'Ve al médico hoy para que te hagan una prueba de imagen. No te des masajes, no uses rodillo de espuma ni estires la pierna hasta que hayan descartado un coágulo.',
  'rf.malignancy.label':
    'Dolor constante o nocturno, pérdida de peso, antecedentes de cáncer o masa que crece',
  'rf.malignancy.reason':
    'Un dolor que nunca se alivia o que te despierta por la noche, perder peso, haber tenido cáncer o un bulto que crece son motivos para que un médico descarte algo grave.',
  'rf.malignancy.action': 'Ve a tu médico en el plazo de una semana y cuéntale estas señales.',
  'rf.hip-dislocation.label':
    'Prótesis de cadera: dolor súbito, pierna acortada o rotada, imposibilidad de carga',
  'rf.hip-dislocation.reason':
    'Si tienes una prótesis de cadera, un dolor repentino y una pierna que parece más corta o girada pueden significar que la prótesis se ha salido de su sitio o que el hueso se ha roto.',
  'rf.hip-dislocation.action': 'Ve a urgencias ahora.',
  'rf.hip-infection.label':
    'Prótesis de cadera: fiebre, signos en la herida o dolor constante de nueva aparición',
  'rf.hip-infection.reason':
    'Si tienes una prótesis de cadera, la fiebre, una cicatriz roja o que supura, o un dolor constante nuevo pueden significar una infección o que la prótesis se ha aflojado.',
  'rf.hip-infection.action': 'Contacta hoy con el equipo que te operó, o ve a urgencias.',
  'rf.avulsion.label':
    'Chasquido con hematoma extenso, debilidad o cojera (posible avulsión proximal de isquiotibiales)',
  'rf.avulsion.reason':
    'Un chasquido seguido de un moretón grande, debilidad o cojera puede significar que los tendones de los isquiotibiales (los músculos de la parte de atrás del muslo) se han soltado del hueso en el que te sientas (isquion). Evolucionan mucho mejor si se reparan en pocas semanas.',
  'rf.avulsion.action':
    'Ve hoy o mañana a un médico del deporte o a urgencias y pregunta por una prueba de imagen. Hasta entonces, no estires ni ejercites la pierna.',
  'rf.avulsion-possible.label': 'Lesión por elongación con hematoma extenso o debilidad: descartar avulsión',
  'rf.avulsion-possible.reason':
    'Una lesión por estirar demasiado con un moretón grande o debilidad necesita una revisión para comprobar que el tendón sigue unido al hueso.',
  'rf.avulsion-possible.action':
    'Ve a tu médico o a un médico del deporte en el plazo de una semana, o antes si empeora.',
  'rf.apophyseal.label': 'Edad ≤ 25 años con dolor súbito en el isquion (posible avulsión apofisaria)',
  'rf.apophyseal.reason':
    'En adolescentes y adultos jóvenes, los isquiotibiales (los músculos de la parte de atrás del muslo) pueden arrancar el cartílago de crecimiento del isquion junto con un trozo de hueso. Hace falta una radiografía.',
  'rf.apophyseal.action':
    'Ve al médico hoy o mañana y pide una radiografía de la pelvis. Hasta entonces, no estires ni ejercites la pierna.',
  'rf.femoral-neck.label':
    'Dolor inguinal con el impacto, o al caminar o por la noche con baja disponibilidad energética (posible fractura por estrés del cuello femoral)',
  'rf.femoral-neck.reason':
    'El dolor en la ingle o en la parte delantera de la cadera al caer o al saltar, o al caminar o por la noche en alguien que quizá come demasiado poco para lo que entrena, puede ser una fractura por estrés en la parte alta del hueso del muslo (fémur), que puede romperse del todo si sigues corriendo.',
  'rf.femoral-neck.action': 'Deja de correr, apoya la pierna lo menos posible y ve al médico hoy.',
  'rf.bone-stress.label':
    'Dolor con el impacto y aumento de carga o baja disponibilidad energética, o dolor pélvico al caminar o por la noche con baja disponibilidad energética (posible lesión ósea por estrés)',
  'rf.bone-stress.reason':
    'El dolor al saltar o al caer junto con más entrenamiento o comer demasiado poco, o un dolor profundo en la pelvis al caminar o por la noche en alguien que come demasiado poco, puede ser una fractura por estrés.',
  'rf.bone-stress.action':
    'Deja de correr ya y ve al médico en el plazo de una semana. Pregunta si necesitas una prueba de imagen.',
  'rf.numbness.label': 'Hipoestesia de distribución dermatómica sin debilidad',
  'rf.numbness.reason':
    'Una zona de piel adormecida significa que un nervio está lo bastante irritado como para que lo revisen bien.',
  'rf.numbness.action':
    'Ve al médico en el plazo de una semana. Ve ese mismo día si la pierna o el pie se debilitan.',
  'rf.vascular.label': 'Dolor de esfuerzo reproducible que cede en minutos (posible causa arterial)',
  'rf.vascular.reason':
    'Un dolor que aparece en el mismo momento de cada carrera y se va a los pocos minutos de parar puede ser un problema de circulación de la sangre.',
  'rf.vascular.action':
    'Ve al médico en el plazo de una semana. Llama al número de emergencias si la pierna se queda fría, pálida o adormecida.',
  'rf.young-back.label': 'Edad < 20 años con dolor lumbar persistente',
  'rf.young-back.reason':
    'Un dolor en la parte baja de la espalda que no se va, en un deportista joven, puede ser una fractura por estrés en la columna.',
  'rf.young-back.action': 'Ve a un médico del deporte en el plazo de una semana.',
  'rf.inflammatory.label':
    'Dolor glúteo alternante > 3 meses, edad < 45 años (posible dolor lumbar inflamatorio)',
  'rf.inflammatory.reason':
    'Un dolor de nalga que cambia de lado y dura meses puede ser una enfermedad inflamatoria de las articulaciones.',
  'rf.inflammatory.action':
    'Ve a tu médico en el plazo de una semana y pregunta si necesitas ver a un reumatólogo.',
  'rf.bilateral-nerve-pain.label': 'Síntomas radiculares bilaterales (ardor u hormigueo en las dos piernas)',
  'rf.bilateral-nerve-pain.reason':
    'Un dolor con ardor u hormigueo en las dos piernas puede significar que los nervios de la parte baja de la columna están comprimidos.',
  'rf.bilateral-nerve-pain.action':
    'Ve al médico hoy. Ve a urgencias de inmediato si notas adormecimiento entre las piernas o problemas para orinar.',
  'rf.dvt-swelling.label':
    'Tumefacción de la pantorrilla o el hueco poplíteo (posible TVP o quiste de Baker roto)',
  'rf.dvt-swelling.reason':
    'Una pantorrilla o una parte de atrás de la rodilla hinchada puede ser un coágulo en una vena de la pierna, empezara como empezara el dolor.',
  'rf.dvt-swelling.action':
    'Ve al médico hoy para que te hagan una ecografía. No te des masajes, no uses el rodillo ni estires la pierna hasta que descarten un coágulo.',
  'rf.dvt-risk.label':
    'Dolor en la pantorrilla o el hueco poplíteo con un factor de riesgo de ETV (viaje, cirugía, yeso, trombo previo, estrógenos, embarazo)',
  'rf.dvt-risk.reason':
    'El dolor en la pantorrilla o detrás de la rodilla después de un viaje largo, una operación o un yeso, o si ya tuviste un trombo, tomas la píldora o estás embarazada, puede ser un coágulo.',
  'rf.dvt-risk.action':
    'Ve al médico en el plazo de una semana, y ese mismo día si la pantorrilla se hincha, se pone caliente o roja, o te falta el aire.',
  'rf.bleeding-risk.label': 'Anticoagulación o trastorno de la coagulación con hematoma grande o tumefacción',
  'rf.bleeding-risk.reason':
    'Si tomas un anticoagulante o tienes un trastorno de la coagulación, un moretón grande o una hinchazón pueden seguir sangrando dentro del muslo.',
  'rf.bleeding-risk.action':
    'Ve al médico hoy. Ve a urgencias de inmediato si el muslo se pone tenso y duro o el dolor no deja de aumentar.',
  'rf.bleeding-risk-minor.label': 'Anticoagulación o trastorno de la coagulación con hematoma pequeño',
  'rf.bleeding-risk-minor.reason':
    'Si tomas un anticoagulante, incluso un moretón pequeño merece que un médico lo sepa y compruebe que no crece.',
  'rf.bleeding-risk-minor.action':
    'Ve al médico en el plazo de una semana, y ese mismo día si el moretón crece o el muslo se hincha.',
  'rf.older-new-pain.label':
    'Edad > 50 con dolor nuevo sin una lesión, una sesión dura, un cambio de entrenamiento ni episodios previos que lo expliquen',
  'rf.older-new-pain.reason':
    'A partir de los 50, un dolor nuevo que no explican una lesión, una sesión dura ni un cambio en el entrenamiento necesita que un médico descarte algo serio.',
  'rf.older-new-pain.action': 'Ve a tu médico en el plazo de una semana.',
  'rf.fragility-fall.label':
    'Caída con ≥ 65 años, con corticoides u osteoporosis (posible fractura por fragilidad)',
  'rf.fragility-fall.reason':
    'A partir de los 65, si tomas corticoides desde hace tiempo o tienes los huesos frágiles, incluso una caída pequeña puede fisurar la pelvis o la cadera.',
  'rf.fragility-fall.action':
    'Ve al médico en el plazo de una semana y pregunta por una radiografía. Ve ese mismo día si te cuesta apoyar peso en la pierna.',
  'rf.fragility-fall-weight.label':
    'Caída con ≥ 65 años, con corticoides u osteoporosis, y ahora cojera o imposibilidad de apoyar',
  'rf.fragility-fall-weight.reason':
    'Después de una caída, cojear o casi no poder apoyar la pierna puede ser una fractura de cadera o de pelvis, sobre todo a partir de los 65 o con los huesos frágiles.',
  'rf.fragility-fall-weight.action':
    'Ve al médico hoy para una radiografía: un centro de atención urgente o urgencias del hospital. Hasta entonces, no cargues peso en la pierna.',
  'rf.apophyseal-possible.label':
    'Edad < 20 con una lesión repentina del muslo al esprintar, patear o estirar de más',
  'rf.apophyseal-possible.reason':
    'En adolescentes, un tirón repentino en la parte de atrás del muslo a menudo se toma por una distensión cuando en realidad se ha arrancado un trozo de cartílago de crecimiento.',
  'rf.apophyseal-possible.action':
    'Ve al médico en unos días y pregunta si hace falta una radiografía. Hasta entonces, no lo estires.',
  'rf.young-bone-pain.label': 'Edad ≤ 24 con dolor óseo inexplicado en reposo o por la noche',
  'rf.young-bone-pain.reason':
    'En una persona joven, un dolor de hueso que aparece en reposo o por la noche sin una lesión necesita una radiografía para descartar un problema del hueso.',
  'rf.young-bone-pain.action':
    'Ve al médico en el plazo de una semana y pregunta por una radiografía en 2 días.',
};
