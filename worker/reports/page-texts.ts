/**
 * @module The clinician page's own words, in each language. The summary's headings and labels come
 * from the shared catalogue (`summary.*`); these are only what the page adds around them.
 */
import type { Lang } from '../../shared/index.ts';

const EN = {
  sharedWith: 'Shared with',
  created: 'Shared on',
  expires: 'Deleted automatically on',
  reference: 'Reference',
  level: 'level',
  flag: 'Screen',
  result: 'Answer',
  test: 'Test',
  for: 'For',
  accuracy: 'Accuracy',
  source: 'Source',
  measure: 'Measure',
  why: 'Why',
  plainText: 'Plain text for your notes',
  notFoundTitle: 'This summary is not available',
  notFoundBody:
    'The link may be mistyped, or the summary is gone: summaries are deleted 30 days after they are shared, or sooner if the runner deletes theirs.',
  unavailableTitle: 'This summary cannot be shown right now',
  unavailableBody: 'Please try again in a few minutes.',
};

const ES: typeof EN = {
  sharedWith: 'Compartido con',
  created: 'Compartido el',
  expires: 'Se borra automáticamente el',
  reference: 'Referencia',
  level: 'nivel',
  flag: 'Señal de alarma',
  result: 'Respuesta',
  test: 'Prueba',
  for: 'Para',
  accuracy: 'Precisión',
  source: 'Fuente',
  measure: 'Medida',
  why: 'Por qué',
  plainText: 'Texto para copiar en la historia clínica',
  notFoundTitle: 'Este resumen no está disponible',
  notFoundBody:
    'Puede que el enlace esté mal escrito o que el resumen ya no exista: se borran a los 30 días de compartirlos, o antes si la persona que lo compartió lo borra.',
  unavailableTitle: 'Ahora no se puede mostrar este resumen',
  unavailableBody: 'Vuelve a intentarlo dentro de unos minutos.',
};

export type PageText = keyof typeof EN;
export const PAGE_TEXTS: Readonly<Record<Lang, Readonly<Record<PageText, string>>>> = { en: EN, es: ES };
