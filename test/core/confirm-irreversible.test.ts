// The app's question before a step that cannot be undone (components/Confirm.tsx confirmIrreversible): it opens on
// "Quay lại", and where the cursor goes once it has gone is decided there, not by each caller — a caller acting once the
// question has gone (a merge run, the cursor put back in the field it came from) places the cursor itself; the others
// get it back on the button that asked. Each caller repeated `focusTriggerAfterClose: false`.
import type { ModalFuncProps } from 'antd';
import { describe, expect, it } from 'vitest';
import { confirmIrreversible, irreversibleQuestion } from '../../renderer/src/components/Confirm';

/** antd's `modal` as the app's question reaches it: what it was asked. */
const modal = () => {
  const asked: ModalFuncProps[] = [];
  return { asked, modal: { confirm: (config: ModalFuncProps) => (asked.push(config), { destroy: () => undefined, update: () => undefined }) } as never };
};

describe('a question before a step that cannot be undone', () => {
  it('opens on "Quay lại", and gives the cursor back to what asked when nothing acts after it (numbering, restoring, removing the sample)', () => {
    const m = modal();
    confirmIrreversible(m.modal, { title: 'Đánh số chính thức?', okText: 'Đánh số', cancelText: 'Quay lại', onOk: () => undefined });
    expect(m.asked[0]).toMatchObject({ title: 'Đánh số chính thức?', okText: 'Đánh số', focusable: { autoFocusButton: 'cancel', focusTriggerAfterClose: true } });
  });

  it('leaves the cursor to a caller that acts once it has gone (the merge asked in a slip: it said so itself)', () => {
    const afterClose = () => undefined;
    expect(irreversibleQuestion({ title: 'Gộp phiếu 12 vào phiếu 7?', afterClose })).toMatchObject({ afterClose, focusable: { autoFocusButton: 'cancel', focusTriggerAfterClose: false } });
  });

  it('a caller that must have the cursor given back says so, and still opens on "Quay lại" (a dialog closed over typing)', () => {
    expect(irreversibleQuestion({ title: 'Đóng và bỏ những gì đã gõ?', afterClose: () => undefined, focusable: { focusTriggerAfterClose: true } }).focusable).toEqual({ autoFocusButton: 'cancel', focusTriggerAfterClose: true });
  });
});
