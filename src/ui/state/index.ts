/**
 * The pane's state and every change to it, as plain data and a pure reducer (one container, held
 * by app.ts): types, the initial state, the new-review form, the reducers by action group,
 * selectors, and the overwrite question's helpers.
 */
export * from './types';
export * from './initial';
export * from './form';
export * from './reducer';
export * from './selectors';
export * from './conflicts';
export * from './error-text';
