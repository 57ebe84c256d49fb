// The way back to typing not saved in a drawer's tabs, once "Quay lại" (closing asked) or "Ở lại" (leaving asked) is
// answered: the tab holding it, the first in the order shown when several do, and the caret after the last character;
// and where the typing is, named alike by both questions.
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { caretAtEnd, tabToReturnTo, typedWhere } from '../../renderer/src/hooks/typed-tabs';
import { loadTranslators } from '../helpers/translators';

describe('the tab to go back to', () => {
  const entryTabs = ['view', 'edit', 'follow', 'cancel', 'history'];

  it('is the tab holding the typing, wherever the clerk stands now', () => {
    expect(tabToReturnTo(entryTabs, new Set(['follow']))).toBe('follow');
    expect(tabToReturnTo(entryTabs, new Set(['cancel']))).toBe('cancel');
  });

  it('is the first in the order shown when several tabs hold typing, whatever order they were typed in', () => {
    expect(tabToReturnTo(entryTabs, new Set(['cancel', 'follow']))).toBe('follow');
    expect(tabToReturnTo(['details', 'edit', 'status', 'delete', 'documents', 'history'], new Set(['delete', 'status']))).toBe('status');
  });

  it('is none when nothing is typed, or only in a tab no longer shown', () => {
    expect(tabToReturnTo(entryTabs, new Set())).toBeUndefined();
    expect(tabToReturnTo(['correct', 'docs', 'history'], new Set(['split']))).toBeUndefined();
  });
});

describe('where the typing is, as the questions name it', () => {
  const slipTabs = ['correct', 'split', 'merge', 'docs', 'delete', 'history'];
  const labels = new Map([['correct', 'Sửa phiếu'], ['split', 'Tách phiếu'], ['merge', 'Gộp phiếu'], ['docs', 'Văn bản trong hồ sơ'], ['delete', 'Xóa phiếu'], ['history', 'Lịch sử']]);

  it('is the name of the tab holding it (a document half typed, a slip number to merge in)', () => {
    expect(typedWhere(slipTabs, new Set(['docs']), labels)).toBe('Văn bản trong hồ sơ');
    expect(typedWhere(slipTabs, new Set(['merge']), labels)).toBe('Gộp phiếu');
  });

  it('names every tab holding some, in the order shown, whatever order they were typed in', () => {
    expect(typedWhere(slipTabs, new Set(['delete', 'docs', 'merge']), labels)).toBe('Gộp phiếu, Văn bản trong hồ sơ, Xóa phiếu');
  });

  it('is none when nothing is typed; a tab with no name, or not shown, is named by its key rather than left out', () => {
    expect(typedWhere(slipTabs, new Set(), labels)).toBeUndefined();
    expect(typedWhere(['view', 'follow'], new Set(['follow']), new Map())).toBe('follow');
    expect(typedWhere(['correct', 'docs'], new Set(['split', 'docs']), labels)).toBe('Văn bản trong hồ sơ, Tách phiếu');
  });

  describe('in both questions alike', () => {
    const t: Record<'vi' | 'en', TFunction> = {} as never;
    beforeAll(async () => {
      Object.assign(t, await loadTranslators());
    });

    it('closing the drawer names the tabs as leaving the page does (it said "ở đây")', () => {
      const what = typedWhere(slipTabs, new Set(['docs', 'merge']), labels);
      for (const [lng, said] of [['vi', 'Những gì vừa gõ ở Gộp phiếu, Văn bản trong hồ sơ chưa được lưu.'], ['en', 'What was typed in Gộp phiếu, Văn bản trong hồ sơ is not saved.']] as const) {
        expect(t[lng]('app.dropTypedContent', { what })).toMatch(new RegExp(`^${said}`));
        expect(t[lng]('app.unsavedContent', { what })).toMatch(new RegExp(`^${said}`));
      }
      expect(t.vi('app.dropTypedContent', { what })).toBe('Những gì vừa gõ ở Gộp phiếu, Văn bản trong hồ sơ chưa được lưu. Đóng thì chúng mất; bấm Quay lại để gõ tiếp và lưu.');
    });

    it('a dialog, with no tabs, still says "ở đây"', () => {
      expect(t.vi('app.dropTypedHere')).toBe('Những gì vừa gõ ở đây chưa được lưu. Đóng thì chúng mất; bấm Quay lại để gõ tiếp và lưu.');
      expect(t.en('app.dropTypedHere')).toBe('What was typed here is not saved. Closing loses it; press Back to go on typing and save.');
    });
  });
});

describe('the caret put back in the field', () => {
  const field = (value: string, refuses = false) => {
    const f = {
      value,
      at: [0, 0] as [number, number],
      setSelectionRange(start: number, end: number) {
        if (refuses) throw new DOMException('not supported', 'InvalidStateError');
        f.at = [start, end];
      },
    };
    return f;
  };

  it('goes after the last character typed, nothing selected', () => {
    const note = field('Đang chờ ý kiến Chủ tịch, họp ngày 20');
    caretAtEnd(note);
    expect(note.at).toEqual([note.value.length, note.value.length]);
    const empty = field('');
    caretAtEnd(empty);
    expect(empty.at).toEqual([0, 0]);
  });

  it('is left alone in a box that has no caret (a number box)', () => {
    expect(() => caretAtEnd(field('12', true))).not.toThrow();
  });
});
