/**
 * @module The widget's own words in English and Spanish: buttons, progress, headings, errors. Question and
 * result texts come from the API in the chosen language. Spanish is typed against English, so a missing
 * key fails the type-check.
 */

const en = {
  title: 'Pain at the back of your thigh?',
  intro:
    'In about five minutes: what it most likely is, whether to stretch it, how urgent it is and what to do first.',
  notDx: 'It is not a diagnosis and does not replace an examination.',
  noStore: 'Nothing you answer is stored.',
  start: 'Start',
  back: 'Back',
  next: 'Next',
  skip: 'Skip',
  done: 'See my result',
  retry: 'Try again',
  again: 'Start again',
  step: 'Part {n} of {t}',
  why: 'Why we ask this',
  how: 'How to do it',
  stop: 'Stop if it hurts',
  pick: 'Choose an answer to continue.',
  num: 'Enter a whole number from {n} to {t}.',
  map: 'Body map, back view',
  loading: 'Loading…',
  slow: 'Still working…',
  offline: 'We could not connect. Check your connection.',
  server: 'Something went wrong on our side.',
  busy: 'Too many requests: wait {n} seconds.',
  kept: 'Your answers are kept.',
  updated: 'The questions changed. We kept the answers that still fit.',
  result: 'Your result',
  stretch: 'Stretching',
  likely: 'What it most likely is',
  bands: { likely: 'Likely', possible: 'Possible', 'less-likely': 'Less likely' },
  for: 'Why we think so',
  against: 'What points away',
  more: '{n} more',
  factors: 'What may be adding to it',
  plan: 'What to do first',
  now: 'Now',
  exercises: 'Exercises',
  training: 'Training',
  dose: 'Dose',
  see: 'Who to see',
  safety: 'Get help sooner if',
  unknowns: 'Answering these could change the result',
  answer: 'Answer these',
  flags: 'Why this is urgent',
  summary: 'For your clinician',
  copy: 'Copy',
  copied: 'Copied',
  print: 'Print',
  sources: 'Sources',
};

export type Strings = typeof en;

const es: Strings = {
  title: '¿Dolor en la parte de atrás del muslo?',
  intro:
    'En unos cinco minutos: qué es lo más probable, si conviene estirar, qué urgencia tiene y qué hacer primero.',
  notDx: 'No es un diagnóstico y no sustituye a una exploración.',
  noStore: 'No se guarda nada de lo que respondas.',
  start: 'Empezar',
  back: 'Atrás',
  next: 'Siguiente',
  skip: 'Saltar',
  done: 'Ver mi resultado',
  retry: 'Reintentar',
  again: 'Empezar de nuevo',
  step: 'Parte {n} de {t}',
  why: 'Por qué lo preguntamos',
  how: 'Cómo hacerlo',
  stop: 'Para si duele',
  pick: 'Elige una respuesta para continuar.',
  num: 'Escribe un número entero de {n} a {t}.',
  map: 'Mapa del cuerpo, vista de espalda',
  loading: 'Cargando…',
  slow: 'Seguimos trabajando…',
  offline: 'No hemos podido conectar. Revisa tu conexión.',
  server: 'Algo ha fallado por nuestra parte.',
  busy: 'Demasiadas peticiones: espera {n} segundos.',
  kept: 'Tus respuestas se conservan.',
  updated: 'Las preguntas han cambiado. Conservamos las respuestas que siguen valiendo.',
  result: 'Tu resultado',
  stretch: 'Estiramientos',
  likely: 'Qué es lo más probable',
  bands: { likely: 'Probable', possible: 'Posible', 'less-likely': 'Menos probable' },
  for: 'Por qué lo pensamos',
  against: 'Qué apunta en contra',
  more: '{n} más',
  factors: 'Qué puede estar contribuyendo',
  plan: 'Qué hacer primero',
  now: 'Ahora',
  exercises: 'Ejercicios',
  training: 'Entrenamiento',
  dose: 'Dosis',
  see: 'A quién acudir',
  safety: 'Busca ayuda antes si',
  unknowns: 'Responder a esto podría cambiar el resultado',
  answer: 'Responder a estas',
  flags: 'Por qué es urgente',
  summary: 'Para tu profesional sanitario',
  copy: 'Copiar',
  copied: 'Copiado',
  print: 'Imprimir',
  sources: 'Fuentes',
};

export type Lang = 'en' | 'es';
export const STRINGS: Record<Lang, Strings> = { en, es };

/** Fills `{n}` and `{t}` in a string. */
export const fill = (s: string, n: string | number, t: string | number = '') =>
  s.replace('{n}', `${n}`).replace('{t}', `${t}`);

/** `es`, `es-MX`, `ES` → Spanish; anything else → English. */
export const toLang = (tag: string | null | undefined): Lang => (/^es\b/i.test(tag ?? '') ? 'es' : 'en');
