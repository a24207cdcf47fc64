import { invalidNumber, invalidValue } from '../errors';
import type { ItemDefinition, ItemOutline, ScaleDefinition, ScaleOutline, ScoreCap, SectionDefinition } from './types';
import { IPS_25_OUTLINE } from './ips25-outline';

/**
 * Thrown when an item's long text (criterion, anchors, components, a cap's condition) is read
 * before the full scale was provided. A programming error in a host that forgot provideScaleTexts
 * or loadScaleTexts, except in Excel's functions.js, which loads the texts on first use and
 * runs the call again (src/excel/functions.ts).
 */
export class ScaleTextsNotLoaded extends Error {
  constructor(scaleId: string) {
    super(`the texts of scale ${scaleId} are not loaded yet (provideScaleTexts or loadScaleTexts)`);
    this.name = 'ScaleTextsNotLoaded';
  }
}

const provided = new Map<string, ScaleDefinition>();
let textReadsBeforeLoad = 0;
let onDemand: (() => ScaleDefinition) | undefined;

function fullScale(scaleId: string): ScaleDefinition {
  const full = provided.get(scaleId);
  if (full) return full;
  if (onDemand) {
    const load = onDemand;
    onDemand = undefined;
    provideScaleTexts(load());
    return fullScale(scaleId);
  }
  textReadsBeforeLoad++;
  throw new ScaleTextsNotLoaded(scaleId);
}

/** Properties that read a text from the full scale when asked (enumerable, like plain data). */
function textProperties<T extends object>(target: T, texts: Record<string, () => unknown>): T {
  for (const [key, read] of Object.entries(texts)) Object.defineProperty(target, key, { get: read, enumerable: true });
  return target;
}

function itemWithTexts(scaleId: string, outline: ItemOutline, index: number): ItemDefinition {
  const full = () => fullScale(scaleId).items[index]!;
  const caps = outline.caps?.map((cap, capIndex) =>
    textProperties({ ...cap } as ScoreCap, {
      condition: () => full().caps![capIndex]!.condition,
      manualLines: () => full().caps![capIndex]!.manualLines,
    }),
  );
  const item = { ...outline, ...(caps ? { caps } : {}) } as ItemDefinition;
  return textProperties(item, {
    criterion: () => full().criterion,
    anchors: () => full().anchors,
    manualLines: () => full().manualLines,
    // Only items rated by their components have components (checked by scripts/scale-outline.mjs).
    ...(outline.kind === 'components' ? { components: () => full().components } : {}),
  });
}

/** The outline as a whole scale: its texts are read from the full definition once provided. */
function scaleWithTexts(outline: ScaleOutline): ScaleDefinition {
  const scale = { ...outline, items: outline.items.map((item, index) => itemWithTexts(outline.id, item, index)) };
  return textProperties(scale as unknown as ScaleDefinition, { dataSources: () => fullScale(outline.id).dataSources });
}

/**
 * Gives the registry the full scale (with its texts), e.g. `provideScaleTexts(IPS_25)` from
 * ./ips25. Hosts that do not mind its size do this at start; Excel's functions.js calls
 * loadScaleTexts on first use instead.
 */
export function provideScaleTexts(full: ScaleDefinition): void {
  const outline = SCALES.find((scale) => scale.id === full.id);
  const sameItems =
    outline !== undefined &&
    outline.items.length === full.items.length &&
    outline.items.every((item, index) => item.id === full.items[index]!.id);
  if (!sameItems) throw new Error(`provideScaleTexts: ${full.id} is not the scale the outline was generated from`);
  provided.set(full.id, full);
}

/**
 * Gives the registry the full scale the first time a text is read, from `load`, at once (no
 * Promise): for a host that holds the texts packed and unpacks them only when they are needed
 * (Apps Script's Code.js, scripts/build-gas.mjs). `load` runs at most once.
 */
export function provideScaleTextsOnDemand(load: () => ScaleDefinition): void {
  onDemand = load;
}

let loading: Promise<void> | undefined;

/** Loads the full scale (a chunk of its own in the Excel bundles) and provides it; once. */
export function loadScaleTexts(): Promise<void> {
  loading ??= import(/* webpackChunkName: "scale-texts" */ './ips25').then((module) =>
    provideScaleTexts(module.IPS_25),
  );
  return loading;
}

/** True once the default scale's texts can be read. */
export function scaleTextsLoaded(): boolean {
  return provided.has(DEFAULT_SCALE.id);
}

/** How many times a text was asked for before it was loaded (a host retries a call when this grows). */
export function scaleTextReadsBeforeLoad(): number {
  return textReadsBeforeLoad;
}

/** The 25-item IPS Supported Employment Fidelity Scale; its long texts come with provideScaleTexts. */
const IPS_25_SCALE = scaleWithTexts(IPS_25_OUTLINE);

/** Every scale the add-in knows. A new scale is one more data module (and its outline) here. */
export const SCALES: readonly ScaleDefinition[] = [IPS_25_SCALE];

/** The default scale: the 25-item IPS Supported Employment Fidelity Scale. */
export const DEFAULT_SCALE = IPS_25_SCALE;

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
