import { invalidNumber, invalidValue } from '../errors';
import type { ItemDefinition, ScaleDefinition, SectionDefinition } from './types';
import { IPS_25 } from './ips25';

/** Every scale the add-in knows. A new scale is one more data module here. */
export const SCALES: readonly ScaleDefinition[] = [IPS_25];

/** The default scale: the 25-item IPS Supported Employment Fidelity Scale. */
export const DEFAULT_SCALE = IPS_25;

const byId = new Map<string, ItemDefinition>();
for (const scale of SCALES) for (const item of scale.items) byId.set(item.id, item);

/** The item with this stable id; throws when unknown (a programming error, not user input). */
export function itemById(id: string, scale: ScaleDefinition = DEFAULT_SCALE): ItemDefinition {
  const item =
    scale.items.find((candidate) => candidate.id === id) ?? (scale === DEFAULT_SCALE ? byId.get(id) : undefined);
  if (!item) throw new Error(`unknown item id: ${id}`);
  return item;
}

/**
 * The item a user means: its number on the score sheet (1–25) or its stable id
 * (case-insensitive). The error names the argument and lists what is accepted.
 */
export function findItem(ref: unknown, argument = 'item', scale: ScaleDefinition = DEFAULT_SCALE): ItemDefinition {
  const count = scale.items.length;
  if (typeof ref === 'number') {
    const item = Number.isInteger(ref) ? scale.items.find((candidate) => candidate.sheetNumber === ref) : undefined;
    if (!item)
      throw invalidNumber(`argument '${argument}': expected an item number 1–${count} or an item id, got ${ref}`);
    return item;
  }
  if (typeof ref === 'string' && ref.trim() !== '') {
    const wanted = ref.trim().toLowerCase();
    const item = scale.items.find((candidate) => candidate.id.toLowerCase() === wanted);
    if (item) return item;
    throw invalidValue(
      `argument '${argument}': unknown item "${ref.trim()}"; expected an item number 1–${count} or an id such as "${scale.items[0]?.id}"`,
    );
  }
  throw invalidValue(`argument '${argument}': expected an item number 1–${count} or an item id`);
}

export function sectionOf(item: ItemDefinition, scale: ScaleDefinition = DEFAULT_SCALE): SectionDefinition {
  const section = scale.sections.find((candidate) => candidate.id === item.sectionId);
  if (!section) throw new Error(`item ${item.id} has unknown section ${item.sectionId}`);
  return section;
}

export function itemsInSection(sectionId: string, scale: ScaleDefinition = DEFAULT_SCALE): readonly ItemDefinition[] {
  return scale.items.filter((item) => item.sectionId === sectionId);
}

/** "Bemanning 1" / "Staffing 1": how the scale labels an item. */
export function itemLabel(item: ItemDefinition, language: 'nb' | 'en', scale: ScaleDefinition = DEFAULT_SCALE): string {
  return `${sectionOf(item, scale).name[language]} ${item.number}`;
}
