/**
 * antd icons that are a control's only content, named for what the control does (quiet-icon.tsx
 * hides antd's icons from screen readers): the search button of a search box, and the button that
 * clears a text box or a choice. Given through the ConfigProvider (search) or a box's `allowClear`.
 */
import CloseCircleFilled from '@ant-design/icons/CloseCircleFilled';
import SearchOutlined from '@ant-design/icons/SearchOutlined';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function SearchButtonIcon() {
  const { t } = useTranslation();
  return <SearchOutlined aria-label={t('common.search')} />;
}

/**
 * The button a clear icon sits in, left out of the Tab order: shown only under the pointer, it took a Tab stop the clerk
 * could not see, and the next Enter — "Enter saves" — cleared the box instead (a picked retention item, the reply
 * document). The pointer still clears; from the keyboard a choice is changed by picking another.
 */
const outOfTabOrder = (icon: HTMLElement | null) => icon?.closest('button')?.setAttribute('tabindex', '-1');

function ClearFieldIcon() {
  const { t } = useTranslation();
  return <CloseCircleFilled ref={outOfTabOrder} aria-label={t('common.clearField')} />;
}

/** A text box's `allowClear` whose button says what it does (it had no name). */
export const CLEAR_FIELD = { clearIcon: <ClearFieldIcon /> } as const;

/**
 * A choice box's (Select's) `allowClear`: its button is named for what it does (the select library
 * names it "Clear", in English, to a screen reader).
 */
export function useClearChoice(): { readonly clearIcon: ReactNode; readonly label: string } {
  const { t } = useTranslation();
  return useMemo(() => ({ clearIcon: <CloseCircleFilled ref={outOfTabOrder} />, label: t('common.clearChoice') }), [t]);
}
