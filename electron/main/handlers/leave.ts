/**
 * Closing or reloading the window while a page holds typed changes not saved: the page refuses the unload
 * (`beforeunload`, renderer/src/hooks/useLeaveGuard.ts) and Electron, which shows no question of its own, would keep
 * the window open without a word — so the main process asks, in the app's words, and lets the window go only if told.
 */
export const LEAVE_QUESTION = {
  type: 'question',
  // The words of the app's own question (renderer i18n app.unsaved*), the section not named (the window's close does not know it).
  title: 'Có thay đổi chưa lưu',
  message: 'Có thay đổi đã gõ nhưng chưa lưu.',
  detail: 'Đóng cửa sổ (hoặc tải lại trang) thì các thay đổi đó sẽ mất. Chọn "Ở lại" để quay về lưu.',
  buttons: ['Ở lại', 'Rời trang, bỏ thay đổi'],
  // Enter and Esc stay (the question must not be answered by a key pressed for something else).
  defaultId: 0,
  cancelId: 0,
  noLink: true,
} as const;

/** Whether the answer (the index of the button chosen) lets the window go. */
export function leaves(response: number): boolean {
  return response === 1;
}
