import type { StateCreator } from 'zustand';
import type { SavedMapping } from '../persisted';
import type { TrackerState } from '../index';

export interface MappingsSlice {
  /** Remembered column mappings by header-set key. */
  mappings: Record<string, SavedMapping>;
  lastHeaderKey: string | null;
  rememberMapping: (headerKey: string, saved: SavedMapping) => void;
}

export const createMappingsSlice: StateCreator<TrackerState, [], [], MappingsSlice> = (set) => ({
  mappings: {},
  lastHeaderKey: null,
  rememberMapping: (headerKey, saved) =>
    set((s) => ({ mappings: { ...s.mappings, [headerKey]: saved }, lastHeaderKey: headerKey })),
});
