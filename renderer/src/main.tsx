/** Entry: pick the platform, open the database, set up i18n, render <App/>. */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { openDb, type LuutruDb } from './db/schema';
import { MigrationFailed } from './components/MigrationFailed';
import { keepTabInDialogs } from './components/focus';
import { APP_THEME } from './components/theme';
import { DbProvider } from './db/context';
import { PlatformProvider } from './platform/context';
import { browserPlatform } from './platform/browser';
import { electronPlatform } from './platform/electron';
import { initI18n, isLanguage, type Language } from './i18n';
import './styles.css';

const LANGUAGE_KEY = 'language';

async function start() {
  keepTabInDialogs();
  const platform = electronPlatform() ?? browserPlatform;
  let db: LuutruDb;
  try {
    db = await openDb();
  } catch (e) {
    // An upgrade that failed is rolled back by IndexedDB: the old data is intact. Say so, offer a copy.
    const i18n = await initI18n('vi');
    document.documentElement.lang = i18n.language;
    // In the app's theme (its font and size, antd's prebuilt styles), as every other screen.
    createRoot(document.getElementById('root')!).render(
      <ConfigProvider locale={viVN} theme={APP_THEME}>
        <I18nextProvider i18n={i18n}>
          <MigrationFailed error={e} platform={platform} />
        </I18nextProvider>
      </ConfigProvider>,
    );
    return;
  }
  const stored = await db.settings.get(LANGUAGE_KEY);
  const i18n = await initI18n(isLanguage(stored?.value) ? stored.value : 'vi');
  document.documentElement.lang = i18n.language;

  function Root() {
    const [, setLang] = useState(i18n.language);
    const onLanguage = (l: Language) => {
      void i18n.changeLanguage(l);
      document.documentElement.lang = l;
      void db.settings.put({ key: LANGUAGE_KEY, value: l });
      setLang(l);
    };
    return (
      <StrictMode>
        <PlatformProvider api={platform}>
          <DbProvider db={db}>
            <I18nextProvider i18n={i18n}>
              <App onLanguage={onLanguage} />
            </I18nextProvider>
          </DbProvider>
        </PlatformProvider>
      </StrictMode>
    );
  }
  createRoot(document.getElementById('root')!).render(<Root />);
}

start().catch((e: unknown) => {
  const el = document.getElementById('root');
  if (el) {
    el.textContent =
      'Không mở được cơ sở dữ liệu của Lưu trữ xã. Hãy đóng các cửa sổ khác của phần mềm rồi tải lại trang. Chi tiết: ' +
      (e instanceof Error ? e.message : String(e));
  }
});
