// antd's icons for a screen reader: decoration hidden, a control's only icon named in Vietnamese, an icon's own label kept.
import { describe, expect, it } from 'vitest';
import { ICON_NAMES, quietIconAttributes } from '../../renderer/src/components/icons/quiet-icon';

describe('antd icons as a screen reader meets them', () => {
  it('hides a decorative icon (its English name was read out), names a pager arrow, keeps a label given', () => {
    expect(quietIconAttributes('exclamation-circle', {})).toEqual({ 'aria-label': undefined, role: undefined, 'aria-hidden': true });
    expect(quietIconAttributes('down', {})).toEqual({ 'aria-label': undefined, role: undefined, 'aria-hidden': true });
    expect(quietIconAttributes(undefined, {})).toEqual({ 'aria-label': undefined, role: undefined, 'aria-hidden': true });
    expect(quietIconAttributes('right', {})).toEqual({ 'aria-label': 'Trang sau' });
    expect(quietIconAttributes('left', { 'aria-label': 'Thu gọn menu' })).toEqual({});
    // antd's own English label on a panel's arrow is not kept.
    expect(quietIconAttributes('right', { 'aria-label': 'expanded' })).toEqual({ 'aria-label': undefined, role: undefined, 'aria-hidden': true });
    expect(quietIconAttributes('down', { 'aria-label': 'collapsed' })).toEqual({ 'aria-label': undefined, role: undefined, 'aria-hidden': true });
    // Every name given is Vietnamese, never the icon's English one.
    for (const [name, label] of Object.entries(ICON_NAMES)) expect(label).not.toBe(name);
  });
});
