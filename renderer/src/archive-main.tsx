/** Entry of the province archive's screens served on the LAN (archive.html): no IndexedDB, the server's store over HTTP. */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { ArchiveApp } from './features/archive-app/ArchiveApp';
import { PlatformProvider } from './platform/context';
import { browserPlatform } from './platform/browser';
import { initI18n, isLanguage, type Language } from './i18n';
import './styles.css';

const LANGUAGE_KEY = 'luutru-archive-language';

async function start() {
  const stored = localStorage.getItem(LANGUAGE_KEY);
  const i18n = await initI18n(isLanguage(stored) ? stored : 'vi');
  document.documentElement.lang = i18n.language;

  function Root() {
    const [, setLang] = useState(i18n.language);
    const onLanguage = (l: Language) => {
      void i18n.changeLanguage(l);
      document.documentElement.lang = l;
      localStorage.setItem(LANGUAGE_KEY, l);
      setLang(l);
    };
    return (
      <StrictMode>
        <PlatformProvider api={browserPlatform}>
          <I18nextProvider i18n={i18n}>
            <ArchiveApp onLanguage={onLanguage} />
          </I18nextProvider>
        </PlatformProvider>
      </StrictMode>
    );
  }
  createRoot(document.getElementById('root')!).render(<Root />);
}

void start();
