import type { ItemRecord } from '../../core/review/model';
import type { AppState, ItemUi } from './types';

/** Small pure steps the reducers share. */

export function updateRecord(state: AppState, itemId: string, change: (record: ItemRecord) => ItemRecord): AppState {
  const review = state.review;
  const record = review?.items[itemId];
  if (!review || !record) return state;
  return { ...state, dirty: true, review: { ...review, items: { ...review.items, [itemId]: change(record) } } };
}

export function updateUi(state: AppState, itemId: string, change: (ui: ItemUi) => ItemUi): AppState {
  const ui = state.itemUi[itemId] ?? { caps: {} };
  return { ...state, itemUi: { ...state.itemUi, [itemId]: change(ui) } };
}

export function clampIndex(state: AppState, index: number): number {
  return Math.max(0, Math.min(state.scale.items.length - 1, index));
}

/** Moving on clears a success or info message; warnings and errors stay until dismissed. */
export function moving(state: AppState): AppState {
  return state.notice && (state.notice.kind === 'success' || state.notice.kind === 'info')
    ? { ...state, notice: null }
    : state;
}
