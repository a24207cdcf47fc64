/**
 * The scale's texts as Code.js holds them (scripts/build-gas.mjs, packScale): the scale without its
 * items' texts, and the items in groups, each packed on its own (packed.ts). A function that reads
 * one item's text (IPS_ITEM with a score, IPS_ANCHOR, IPS_CAPS) unpacks that item's group only.
 */
import type { ItemDefinition, ScaleDefinition } from '../../src/core/scale/types';
import { unpackText } from './packed';

export interface PackedScale {
  /** The scale as JSON with each item only `{ id, keys }` (the names of its properties), packed. */
  readonly head: string;
  /** The items, `groupSize` at a time, each group a JSON array, packed. */
  readonly groups: readonly string[];
  readonly groupSize: number;
}

interface Head extends Omit<ScaleDefinition, 'items'> {
  readonly items: readonly { readonly id: string; readonly keys: readonly string[] }[];
}

/**
 * The full scale for provideScaleTextsOnDemand: its items have their ids at once and every other
 * property as a getter that unpacks the item's group the first time one of them is read.
 */
export function unpackScale(packed: PackedScale): ScaleDefinition {
  const head = JSON.parse(unpackText(packed.head)) as Head;
  const groups: Record<string, unknown>[][] = [];
  const group = (index: number) =>
    (groups[index] ??= JSON.parse(unpackText(packed.groups[index]!)) as Record<string, unknown>[]);
  const items = head.items.map(({ id, keys }, index) => {
    const item: Record<string, unknown> = { id };
    const full = () => group(Math.floor(index / packed.groupSize))[index % packed.groupSize]!;
    for (const key of keys)
      if (key !== 'id') Object.defineProperty(item, key, { enumerable: true, get: () => full()[key] });
    return item as unknown as ItemDefinition;
  });
  return { ...head, items };
}
