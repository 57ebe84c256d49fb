// The app's Vietnamese and English texts as a page reads them, for tests that read lines and messages in both.
import { createInstance, type TFunction } from 'i18next';
import { vi } from '../../renderer/src/i18n/vi';
import { en } from '../../renderer/src/i18n/en';

export async function loadTranslators(): Promise<Record<'vi' | 'en', TFunction>> {
  const out = {} as Record<'vi' | 'en', TFunction>;
  for (const lng of ['vi', 'en'] as const) {
    const i18n = createInstance();
    await i18n.init({ resources: { vi: { translation: vi }, en: { translation: en } }, lng, interpolation: { escapeValue: false } });
    out[lng] = i18n.t;
  }
  return out;
}
