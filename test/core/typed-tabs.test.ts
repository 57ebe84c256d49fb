// The way back to typing not saved in a drawer's tabs, once "Quay lại" (closing asked) or "Ở lại" (leaving asked) is
// answered: the tab holding it, the first in the order shown when several do, and the caret after the last character.
import { describe, expect, it } from 'vitest';
import { caretAtEnd, tabToReturnTo } from '../../renderer/src/hooks/typed-tabs';

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
