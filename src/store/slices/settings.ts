import type { StateCreator } from 'zustand';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/state/persisted';
import type { SavedState } from '../saved';

export interface SettingsSlice {
  settings: Settings;
  setSettings: (patch: Partial<Settings>) => void;
}

export const createSettingsSlice: StateCreator<SavedState, [], [], SettingsSlice> = (set) => ({
  settings: { ...DEFAULT_SETTINGS },
  // settingsAt: the newer settings win when two tabs' writes merge.
  setSettings: (patch) => set((s) => ({ settings: { ...s.settings, ...patch }, settingsAt: Date.now() })),
});
