/**
 * A confirmation (antd Popconfirm) answered from the keyboard, as its `onOpenChange`: open, the cursor goes to its
 * "Quay lại" (components/focus `focusConfirmBack`); closed with the cursor lost on its hidden button, back to the button
 * that asked (useReturnFocus, as a closing drawer or dialog gives it back).
 */
import { useCallback } from 'react';
import { focusConfirmBack } from '../components/focus';
import { useReturnFocus } from './useReturnFocus';

export function useConfirmFocus(): (open: boolean) => void {
  const back = useReturnFocus();
  return useCallback(
    (open: boolean) => {
      if (!open) return back.restore();
      back.remember();
      focusConfirmBack();
    },
    [back],
  );
}
