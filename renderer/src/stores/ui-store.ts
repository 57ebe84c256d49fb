/** UI-only state (zustand): never holds persisted data; that lives in Dexie. */
import { create } from 'zustand';

export type UiState = {
  readonly siderCollapsed: boolean;
  toggleSider(): void;
};

export const useUiStore = create<UiState>((set) => ({
  siderCollapsed: false,
  toggleSider: () => set((s) => ({ siderCollapsed: !s.siderCollapsed })),
}));
