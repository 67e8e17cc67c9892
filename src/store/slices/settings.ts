import type { StateCreator } from 'zustand';
import { DEFAULT_SETTINGS, type Settings } from '../persisted';
import type { TrackerState } from '../index';

export interface SettingsSlice {
  settings: Settings;
  setSettings: (patch: Partial<Settings>) => void;
}

export const createSettingsSlice: StateCreator<TrackerState, [], [], SettingsSlice> = (set) => ({
  settings: { ...DEFAULT_SETTINGS },
  setSettings: (patch) => set((s) => ({ settings: { ...s.settings, ...patch } })),
});
