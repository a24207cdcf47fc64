import type { Score } from '../core/scale/types';
import type { Action, AppState } from './state';
import { scoreNow } from './workflow';
import { findKey } from './focus';

/**
 * The pane's keys for going through the items without the mouse, in the item view and in rater
 * mode alike: 1–5 scores the current item (the consensus, or the rater's own score in rater
 * mode), Enter, N or → goes to the next item with focus on its score, Shift+Enter, P or ← to the
 * previous one. Never while typing in a text field or with Ctrl/Alt/Cmd held (those keys are the
 * field's and the browser's), and never on a button (Enter presses it) or in a radio group's
 * arrows (they choose the score).
 */

export type KeyCommand =
  { readonly kind: 'score'; readonly score: Score } | { readonly kind: 'next' } | { readonly kind: 'previous' };

/** What has focus: a text field, a score radio, another control, or nothing that takes keys. */
export type FocusKind = 'text' | 'radio' | 'control' | 'other';

export interface KeyPress {
  readonly key: string;
  readonly shiftKey?: boolean;
  readonly ctrlKey?: boolean;
  readonly altKey?: boolean;
  readonly metaKey?: boolean;
  readonly focus: FocusKind;
}

/** True when the state shows one item whose score the keys may set (no dialog open). */
export function keysApply(state: AppState): boolean {
  return (
    state.screen === 'review' &&
    state.review !== null &&
    state.correction === null &&
    (state.view === 'item' || (state.view === 'rater' && state.raterId !== null))
  );
}

/** The command a key press stands for, or null to leave the key to the browser. */
export function keyCommand(press: KeyPress): KeyCommand | null {
  if (press.ctrlKey || press.altKey || press.metaKey || press.focus === 'text') return null;
  const key = press.key;
  if (/^[1-5]$/.test(key)) return { kind: 'score', score: Number(key) as Score };
  if (key === 'n' || key === 'N') return { kind: 'next' };
  if (key === 'p' || key === 'P') return { kind: 'previous' };
  // Enter presses a button and arrows move within a radio group: only elsewhere are they ours.
  if (key === 'Enter' && press.focus !== 'control') return { kind: press.shiftKey ? 'previous' : 'next' };
  if ((key === 'ArrowRight' || key === 'ArrowLeft') && press.focus !== 'radio' && !press.shiftKey)
    return { kind: key === 'ArrowRight' ? 'next' : 'previous' };
  return null;
}

const TEXT_INPUTS = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'month',
  'week',
  'time',
  'datetime-local',
]);

/** How keyCommand sees the focused element. */
export function focusKind(element: Element | null): FocusKind {
  if (!element) return 'other';
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return 'text';
  if (element instanceof HTMLElement && element.isContentEditable) return 'text';
  if (element instanceof HTMLInputElement) {
    if (element.type === 'radio') return 'radio';
    return TEXT_INPUTS.has(element.type) ? 'text' : 'control';
  }
  if (element instanceof HTMLButtonElement || element instanceof HTMLAnchorElement || element.tagName === 'SUMMARY')
    return 'control';
  return 'other';
}

export interface KeyboardHandlers {
  readonly state: () => AppState;
  /** Sets the current item's score (the consensus, or the rater's score in rater mode). */
  readonly score: (score: Score) => void;
  readonly move: (direction: 'next' | 'previous') => void;
}

/** Listens on the pane's root; returns the function that stops listening. */
export function attachKeyboard(root: HTMLElement, handlers: KeyboardHandlers): () => void {
  const listener = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing || !keysApply(handlers.state())) return;
    // A question is open (overwrite, leave unsaved …): its keys are its own.
    if (root.querySelector('[aria-modal="true"]')) return;
    const command = keyCommand({
      key: event.key,
      shiftKey: event.shiftKey,
      ctrlKey: event.ctrlKey,
      altKey: event.altKey,
      metaKey: event.metaKey,
      focus: focusKind(event.target instanceof Element ? event.target : null),
    });
    if (!command) return;
    event.preventDefault();
    if (command.kind === 'score') handlers.score(command.score);
    else handlers.move(command.kind);
  };
  root.addEventListener('keydown', listener);
  return () => root.removeEventListener('keydown', listener);
}

/** The action a score key stands for in the current view: the consensus, or the rater's own score. */
export function scoreAction(state: AppState, score: Score): Action | null {
  const item = state.scale.items[state.itemIndex];
  if (!item || !keysApply(state)) return null;
  if (state.view === 'rater') return { type: 'setRaterScore', itemId: item.id, raterId: state.raterId!, score };
  return { type: 'setConsensus', itemId: item.id, score };
}

/** The data-key of the current item's score control to focus: the chosen score, else the first option. */
export function scoreFocusKey(state: AppState): string | null {
  const item = state.scale.items[state.itemIndex];
  const record = item ? state.review?.items[item.id] : undefined;
  if (!record || !keysApply(state)) return null;
  if (state.view === 'rater') return `rater-mode-${record.raterScores[state.raterId!] ?? 1}`;
  return `consensus-${scoreNow(state.review!, item!.id) ?? 'none'}`;
}

/**
 * 1–5, Enter / N / → and back: a review without the mouse. A score moves focus to the item's
 * score (rater mode goes on to the next item by itself: each rater enters 25 scores in a row).
 */
export function attachReviewKeys(
  root: HTMLElement,
  pane: { state(): AppState; dispatch(action: Action): void },
): () => void {
  /** Focus on the item's score, scrolled into view as little as needed (the item's top stays in view when it can). */
  function focusScore(): void {
    const key = scoreFocusKey(pane.state());
    const target = key ? findKey(root, key) : null;
    if (!target) return;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'nearest' });
  }
  function moveItem(direction: 'next' | 'previous'): void {
    pane.dispatch({ type: direction });
    focusScore();
  }
  return attachKeyboard(root, {
    state: pane.state,
    score(score) {
      const action = scoreAction(pane.state(), score);
      if (!action) return;
      pane.dispatch(action);
      const state = pane.state();
      if (state.view === 'rater' && state.itemIndex < state.scale.items.length - 1) moveItem('next');
      else focusScore();
    },
    move: moveItem,
  });
}
