/**
 * @module The widget's words. All of them come with the questionnaire (its `ui` map, from the shared
 * catalogues in shared/i18n, both languages checked by the lint), except the three the script must
 * carry itself: what it shows before the questionnaire has arrived, or when it cannot arrive.
 */
import type { UiTexts } from '../shared/i18n/ui-keys.ts';
import type { Lang } from '../shared/schemas/values.ts';

export type Strings = UiTexts;

export interface Boot {
  loading: string;
  failed: string;
  retry: string;
}

export const BOOT: Record<Lang, Boot> = {
  en: { loading: 'Loading…', failed: 'Could not load. Check your connection.', retry: 'Try again' },
  es: { loading: 'Cargando…', failed: 'No se pudo cargar. Revisa tu conexión.', retry: 'Reintentar' },
};

/** `es`, `es-MX`, `ES` → Spanish; anything else → English. */
export const toLang = (tag: string | null | undefined): Lang => (/^es\b/i.test(tag ?? '') ? 'es' : 'en');
