// What a dialog holds against what it opened with: something typed there is asked about before Esc or × drops it
// (Dialog's `typed`); what the dialog was filled in with, or typed back as it was, is not.
import { describe, expect, it } from 'vitest';
import { typedOver } from '../../renderer/src/hooks/useFilledIn';

describe('typed in a dialog', () => {
  it('is a field changed from what the dialog opened with, not the values it was filled in with', () => {
    const opened = { approval: '', until: '31/12/2027', settlement: '' };
    expect(typedOver(opened, { ...opened })).toBe(false);
    expect(typedOver(opened, { ...opened, approval: 'Công văn số 12/UBND' })).toBe(true);
    // The date the dialog offered, changed.
    expect(typedOver(opened, { ...opened, until: '31/12/2028' })).toBe(true);
    // Typed, then wiped back to what it opened with: nothing to lose.
    expect(typedOver(opened, { ...opened, approval: '' })).toBe(false);
    // A space is typed too (the fields are compared as they are, not trimmed).
    expect(typedOver(opened, { ...opened, approval: ' ' })).toBe(true);
  });

  it('takes a field absent and an empty one alike', () => {
    expect(typedOver({ name: 'UBND xã', from: '1990' }, { name: 'UBND xã', from: '1990', to: '' })).toBe(false);
    expect(typedOver({ name: 'UBND xã', from: '1990' }, { name: 'UBND xã', from: '1990', to: '2025' })).toBe(true);
    expect(typedOver('', undefined)).toBe(false);
  });

  it('compares lists by what they hold: a line added, taken away or changed', () => {
    const creators = [{ name: 'UBND xã Thụy Xuân', from: '1990' }];
    expect(typedOver(creators, [{ name: 'UBND xã Thụy Xuân', from: '1990' }])).toBe(false);
    expect(typedOver(creators, [...creators, { name: 'UBND xã Thái Thụy', from: '2025' }])).toBe(true);
    expect(typedOver(creators, [])).toBe(true);
    expect(typedOver(creators, [{ name: 'UBND xã Thụy Xuân', from: '1991' }])).toBe(true);
    expect(typedOver({ creators }, { creators: [{ ...creators[0]! }] })).toBe(false);
  });

  it('tells values of different kinds apart', () => {
    expect(typedOver('', [])).toBe(true);
    expect(typedOver({ a: '' }, 'x')).toBe(true);
    expect(typedOver(1, '1')).toBe(true);
    expect(typedOver('keep', 'keep')).toBe(false);
  });
});
