/**
 * Where the cursor goes after a save in a form that stays on screen: to the first field the
 * refusal marked (`aria-invalid` or an antd field in error, in the order of the form on screen), so the clerk corrects it
 * without hunting for it; or, once saved, back to the form's first field for the next entry
 * (left on the button, the next keystrokes went nowhere). The focus moves in an effect, after
 * React has drawn the marks, not when the answer arrives.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { focusShowingField } from '../components/focus';

const FIELDS = 'input:not([disabled]), textarea:not([disabled])';
/** A field the refusal marked: by aria-invalid, or inside an antd Form.Item in error. */
const INVALID = '[aria-invalid="true"], .ant-form-item-has-error input:not([disabled]), .ant-form-item-has-error textarea:not([disabled])';

export function useFocusAfterSave<T extends HTMLElement = HTMLDivElement>() {
  const root = useRef<T>(null);
  // A new object each time: asking twice for the same place moves the focus twice.
  const [asked, setAsked] = useState<{ readonly to: 'invalid' | 'first' }>();
  useEffect(() => {
    if (!asked) return;
    const el = root.current?.querySelector<HTMLElement>(asked.to === 'invalid' ? INVALID : FIELDS);
    if (el && asked.to === 'invalid') focusShowingField(el);
    else el?.focus();
  }, [asked]);
  const firstInvalid = useCallback(() => setAsked({ to: 'invalid' }), []);
  const firstField = useCallback(() => setAsked({ to: 'first' }), []);
  return useMemo(() => ({ root, firstInvalid, firstField }), [firstInvalid, firstField]);
}
