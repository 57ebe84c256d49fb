// The way back to typing not saved in a drawer's tabs, once "Quay lại" (closing asked) or "Ở lại" (leaving asked) is
// answered: the tab holding it, the first in the order shown when several do, and the caret after the last character;
// and what both questions say: where the typing is, quoted, and the button that uses it there — "Gộp phiếu", "Xóa
// phiếu", "Thêm văn bản" — where they said "bấm Lưu", a button a slip's merge or delete tab does not have.
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { caretAtEnd, labelText, tabToReturnTo, typedParts, typedQuestionWords } from '../../renderer/src/hooks/typed-tabs';
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

describe('where the typing is and what uses it, as the questions say it', () => {
  const slipTabs = ['correct', 'split', 'merge', 'docs', 'delete', 'history'];
  // As the slip drawer gives them: each tab's name and the button that uses what is typed there.
  const tabs = new Map([
    ['correct', { name: 'Sửa phiếu' }],
    ['split', { name: 'Tách phiếu', action: 'Tách phiếu' }],
    ['merge', { name: 'Gộp phiếu', action: 'Gộp phiếu' }],
    ['docs', { name: 'Văn bản trong hồ sơ' }],
    ['delete', { name: 'Xóa phiếu', action: 'Xóa phiếu' }],
    ['history', { name: 'Lịch sử' }],
  ]);
  /** Tabs holding typing, each with the button its content reported (the documents tab: adding or correcting). */
  const typed = (...entries: [string, string?][]) => new Map(entries.map(([key, action]) => [key, action] as const));
  const t: Record<'vi' | 'en', TFunction> = {} as never;
  beforeAll(async () => {
    Object.assign(t, await loadTranslators());
  });
  /** The leave question and the close question as the clerk reads them, for the tabs holding typing. */
  const questions = (lng: 'vi' | 'en', holding: ReadonlyMap<string, string | undefined>) => {
    const words = typedQuestionWords(t[lng], typedParts(slipTabs, holding, tabs)!);
    return { leave: t[lng]('app.unsavedContent', words), close: t[lng]('app.dropTypedContent', words) };
  };

  it('a slip number to merge in names the merge and its button, not "Lưu" (the drawer has no such button there)', () => {
    expect(questions('vi', typed(['merge']))).toEqual({
      leave: 'Những gì vừa gõ ở “Gộp phiếu” chưa được lưu. Rời trang này thì chúng mất; ở lại thì bấm “Gộp phiếu”.',
      close: 'Những gì vừa gõ ở “Gộp phiếu” chưa được lưu. Đóng thì chúng mất; bấm Quay lại để gõ tiếp rồi bấm “Gộp phiếu”.',
    });
    expect(questions('vi', typed(['delete'])).leave).toBe('Những gì vừa gõ ở “Xóa phiếu” chưa được lưu. Rời trang này thì chúng mất; ở lại thì bấm “Xóa phiếu”.');
    expect(questions('en', typed(['merge']))).toEqual({
      leave: 'What was typed in “Gộp phiếu” is not saved. Leaving this page loses it; to keep it, stay and press “Gộp phiếu”.',
      close: 'What was typed in “Gộp phiếu” is not saved. Closing loses it; press Back to go on typing, then press “Gộp phiếu”.',
    });
  });

  it('a document half typed names the button its editor shows: adding it, or saving its correction', () => {
    expect(questions('vi', typed(['docs', 'Thêm văn bản'])).leave).toBe('Những gì vừa gõ ở “Văn bản trong hồ sơ” chưa được lưu. Rời trang này thì chúng mất; ở lại thì bấm “Thêm văn bản”.');
    expect(questions('vi', typed(['docs', 'Lưu sửa'])).close).toBe('Những gì vừa gõ ở “Văn bản trong hồ sơ” chưa được lưu. Đóng thì chúng mất; bấm Quay lại để gõ tiếp rồi bấm “Lưu sửa”.');
  });

  it('several tabs: each named, in the order shown, each with its button (said once where it is named as its tab)', () => {
    expect(questions('vi', typed(['delete'], ['docs', 'Thêm văn bản'], ['merge'])).leave).toBe(
      'Những gì vừa gõ ở “Gộp phiếu”, “Văn bản trong hồ sơ”, “Xóa phiếu” chưa được lưu. Rời trang này thì chúng mất; ở lại thì bấm “Gộp phiếu”, “Thêm văn bản” ở “Văn bản trong hồ sơ”, “Xóa phiếu”.',
    );
    expect(questions('en', typed(['docs', 'Add document'], ['split'])).leave).toBe(
      'What was typed in “Tách phiếu”, “Văn bản trong hồ sơ” is not saved. Leaving this page loses it; to keep it, stay and press “Tách phiếu”, “Add document” in “Văn bản trong hồ sơ”.',
    );
  });

  it('a settings section, which has no button named, says its save button as before', () => {
    const one = typedQuestionWords(t.vi, [{ name: 'Thông tin đơn vị' }]);
    expect(t.vi('app.unsavedContent', one)).toBe('Những gì vừa gõ ở “Thông tin đơn vị” chưa được lưu. Rời trang này thì chúng mất; ở lại thì bấm nút Lưu.');
    const two = typedQuestionWords(t.vi, [{ name: 'Thông tin đơn vị' }, { name: 'Người ký' }]);
    expect(t.vi('app.unsavedContent', two)).toBe('Những gì vừa gõ ở “Thông tin đơn vị”, “Người ký” chưa được lưu. Rời trang này thì chúng mất; ở lại thì bấm nút Lưu ở từng phần.');
    expect(t.en('app.unsavedContent', typedQuestionWords(t.en, [{ name: 'Thông tin đơn vị' }]))).toBe('What was typed in “Thông tin đơn vị” is not saved. Leaving this page loses it; to keep it, stay and press Save.');
  });

  it('a tab with no name in words is "một thẻ của khung này", never its key (it said "follow")', () => {
    const parts = typedParts(['view', 'follow'], typed(['follow']), new Map())!;
    expect(parts).toEqual([{}]);
    expect(t.vi('app.dropTypedContent', typedQuestionWords(t.vi, parts))).toBe('Những gì vừa gõ ở một thẻ của khung này chưa được lưu. Đóng thì chúng mất; bấm Quay lại để gõ tiếp rồi bấm nút Lưu.');
    expect(t.en('app.unsavedContent', typedQuestionWords(t.en, parts))).toBe('What was typed in a tab of this panel is not saved. Leaving this page loses it; to keep it, stay and press Save.');
  });

  it('a tab no longer shown keeps its name and button, after those shown; nothing typed, no question', () => {
    expect(typedParts(['correct', 'docs'], typed(['split'], ['docs', 'Thêm văn bản']), tabs)).toEqual([
      { name: 'Văn bản trong hồ sơ', action: 'Thêm văn bản' },
      { name: 'Tách phiếu', action: 'Tách phiếu' },
    ]);
    expect(typedParts(slipTabs, typed(), tabs)).toBeUndefined();
  });

  it("a tab's name is the words of its label, an icon and words too; a label of no words has none", () => {
    expect(labelText('Gộp phiếu')).toBe('Gộp phiếu');
    expect(labelText(createElement('span', null, createElement('i', { className: 'icon' }), ' Lịch sử ', 3))).toBe('Lịch sử 3');
    expect(labelText(createElement('i', { className: 'icon' }))).toBeUndefined();
    expect(labelText(undefined)).toBeUndefined();
  });

  it('a dialog, with no tabs, still says "ở đây"', () => {
    expect(t.vi('app.dropTypedHere')).toBe('Những gì vừa gõ ở đây chưa được lưu. Đóng thì chúng mất; bấm Quay lại để gõ tiếp và lưu.');
    expect(t.en('app.dropTypedHere')).toBe('What was typed here is not saved. Closing loses it; press Back to go on typing and save.');
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
