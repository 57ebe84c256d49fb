/** UI-only state (zustand): never holds persisted data; that lives in Dexie. */
import { create } from 'zustand';

export type UiState = {
  readonly siderCollapsed: boolean;
  /** The clerk folded or unfolded the menu with its arrow: the window's width no longer decides it. */
  readonly siderChosen: boolean;
  /** The menu folded or unfolded: by the clerk ('chosen'), or by the window crossing 1200 px ('width'), which gives way to the clerk's choice. */
  setSiderCollapsed(collapsed: boolean, by: 'chosen' | 'width'): void;
};

export const useUiStore = create<UiState>((set) => ({
  siderCollapsed: false,
  siderChosen: false,
  setSiderCollapsed: (collapsed, by) =>
    set((s) => (by === 'chosen' ? { siderCollapsed: collapsed, siderChosen: true } : s.siderChosen ? s : { siderCollapsed: collapsed })),
}));
