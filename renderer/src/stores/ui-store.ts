/** UI-only state (zustand): never holds persisted data; that lives in Dexie. */
import { create } from 'zustand';

export type UiState = {
  readonly siderCollapsed: boolean;
  setSiderCollapsed(collapsed: boolean): void;
};

export const useUiStore = create<UiState>((set) => ({
  siderCollapsed: false,
  setSiderCollapsed: (collapsed) => set({ siderCollapsed: collapsed }),
}));
