// Types for scripts/scale-outline.mjs (imported by the tests).
export const SOURCE: string;
export const OUTLINE: string;
export const REGENERATE_COMMAND: string;
export function outlineOf<T>(scale: T): unknown;
export function outlineSource(root?: string): Promise<string>;
export function outlineIsFresh(root?: string): Promise<boolean>;
export function loadScale(root?: string): Promise<unknown>;
