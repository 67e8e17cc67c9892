import type { StateCreator } from 'zustand';
import type { SavedMapping } from '../../lib/state/persisted';
import type { SavedState } from '../saved';

export interface MappingsSlice {
  /** Remembered column mappings by header-set key (the import on screen stores its own, in the worker). */
  mappings: Record<string, SavedMapping>;
  rememberMapping: (headerKey: string, saved: SavedMapping) => void;
}

export const createMappingsSlice: StateCreator<SavedState, [], [], MappingsSlice> = (set) => ({
  mappings: {},
  rememberMapping: (headerKey, saved) =>
    // defineProperty: the key is built from file text and may read "__proto__".
    set((s) => ({ mappings: Object.defineProperty({ ...s.mappings }, headerKey, { value: saved, enumerable: true, writable: true, configurable: true }) })),
});
