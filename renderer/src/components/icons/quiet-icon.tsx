/**
 * antd's icons as a screen reader should meet them. antd draws each with role="img" and its English
 * name as aria-label ("info-circle", "down", "close"), read out in the middle of the Vietnamese
 * ("exclamation-circle Chưa lưu", "down Phông"). The app draws no icon of its own: every one is
 * antd's, beside a text or inside a control with its own Vietnamese name, so it is decoration and
 * hidden from screen readers. The few that can be a control's only content (a pager's arrows, a
 * tag's or a notice's cross, the "more" dots, a password's eye) get a Vietnamese name instead.
 * An icon given its own aria-label keeps it. Put in place of antd's icon component by vite.config.ts
 * (`quietAntdIcons`), so antd's own icons use it.
 */
import { forwardRef, type ComponentType, type ForwardRefExoticComponent, type Ref } from 'react';

/** The Vietnamese name of an icon that may be all a control shows. */
export const ICON_NAMES: Readonly<Record<string, string>> = {
  close: 'Đóng',
  left: 'Trang trước',
  right: 'Trang sau',
  'double-left': 'Lùi 5 trang',
  'double-right': 'Tiến 5 trang',
  ellipsis: 'Thêm',
  eye: 'Hiện hoặc ẩn mật khẩu',
  'eye-invisible': 'Hiện hoặc ẩn mật khẩu',
};

type IconProps = Readonly<Record<string, unknown>>;

/** The screen reader's attributes for an icon named `name`, given `props`: its own label kept, else a Vietnamese one, else hidden. */
export function quietIconAttributes(name: string | undefined, props: IconProps): Record<string, unknown> {
  const given = props['aria-label'];
  // A label antd gives in English ("expanded", "collapsed" on a panel's arrow, whose header says so already) is not kept.
  const english = typeof given === 'string' && /^[a-z -]+$/.test(given);
  if (given !== undefined && !english) return {};
  const vietnamese = english || name === undefined ? undefined : ICON_NAMES[name];
  return vietnamese ? { 'aria-label': vietnamese } : { 'aria-label': undefined, role: undefined, 'aria-hidden': true };
}

/** `Icon` (antd's, with its two-tone statics) drawing the attributes of `quietIconAttributes`. */
export function quietIcon<C extends ForwardRefExoticComponent<never>>(Icon: C): C {
  const Real = Icon as unknown as ComponentType<IconProps & { ref?: Ref<HTMLSpanElement> }>;
  const Quiet = forwardRef<HTMLSpanElement, IconProps>((props, ref) => <Real {...quietIconAttributes((props.icon as { name?: string } | undefined)?.name, props)} {...props} ref={ref} />);
  Quiet.displayName = 'QuietAntdIcon';
  // The full icon's two-tone colour functions, kept (not its render: Icon is itself a forwardRef object).
  const { getTwoToneColor, setTwoToneColor } = Icon as unknown as Record<string, unknown>;
  return Object.assign(Quiet, getTwoToneColor ? { getTwoToneColor, setTwoToneColor } : {}) as unknown as C;
}
