/**
 * The scale's long texts load on first use where size matters (Excel's functions.js): the registry
 * is built from an outline generated from ips25.ts (scripts/scale-outline.mjs), and reads the
 * texts from the full scale once it is provided.
 */
import { describe, expect, it, vi } from 'vitest';
import { outlineIsFresh, REGENERATE_COMMAND } from '../../scripts/scale-outline.mjs';
import { IPS_25 } from '../../src/core/scale/ips25';
import { DEFAULT_SCALE } from '../../src/core/scale/registry';

/** A registry module of its own, to which no test setup has given the texts. */
async function freshRegistry() {
  vi.resetModules();
  return import('../../src/core/scale/registry');
}

describe('the scale outline', () => {
  it(`is the one ips25.ts gives (else run ${REGENERATE_COMMAND})`, async () => {
    expect(await outlineIsFresh()).toBe(true);
  });

  it('holds none of the long texts: no criterion, anchor, component or cap condition, manual lines or legend', async () => {
    const { IPS_25_OUTLINE } = await import('../../src/core/scale/ips25-outline');
    expect(IPS_25_OUTLINE).not.toHaveProperty('dataSources');
    for (const item of IPS_25_OUTLINE.items) {
      expect(item).not.toHaveProperty('manualLines');
      for (const cap of item.caps ?? []) expect(cap).not.toHaveProperty('manualLines');
    }
    const outline = JSON.stringify(IPS_25_OUTLINE);
    for (const item of IPS_25.items) {
      for (const text of [
        item.criterion,
        ...item.anchors,
        ...(item.components ?? []),
        ...(item.caps ?? []).map((cap) => cap.condition),
      ]) {
        expect(outline).not.toContain(JSON.stringify(text.nb).slice(1, -1));
      }
    }
  });
});

describe('the registry with the texts provided', () => {
  it('gives the whole scale of ips25.ts: every item with its texts, caps with their conditions', () => {
    expect(JSON.parse(JSON.stringify(DEFAULT_SCALE))).toEqual(JSON.parse(JSON.stringify(IPS_25)));
    expect(DEFAULT_SCALE.items[6]!.components).toEqual(IPS_25.items[6]!.components);
  });
});

describe('the registry before the texts are provided', () => {
  it('scores without them: ids, kinds, names, bands and cap limits are there', async () => {
    const registry = await freshRegistry();
    expect(registry.scaleTextsLoaded()).toBe(false);
    const item = registry.findItem(1);
    expect(item.id).toBe(IPS_25.items[0]!.id);
    expect(item.name).toEqual(IPS_25.items[0]!.name);
    expect(item.caps?.map((cap) => cap.maxScore)).toEqual(IPS_25.items[0]!.caps?.map((cap) => cap.maxScore));
    expect(registry.scaleTextReadsBeforeLoad()).toBe(0);
  });

  it('throws ScaleTextsNotLoaded for a text, and counts the read', async () => {
    const registry = await freshRegistry();
    const item = registry.findItem(1);
    expect(() => item.criterion).toThrow(registry.ScaleTextsNotLoaded);
    expect(() => item.caps![0]!.condition).toThrow(registry.ScaleTextsNotLoaded);
    expect(registry.scaleTextReadsBeforeLoad()).toBe(2);
  });

  it('loadScaleTexts loads ips25.ts once; then the texts are read from it', async () => {
    const registry = await freshRegistry();
    const loading = registry.loadScaleTexts();
    expect(registry.loadScaleTexts()).toBe(loading);
    await loading;
    expect(registry.scaleTextsLoaded()).toBe(true);
    expect(registry.findItem(25).anchors).toEqual(IPS_25.items[24]!.anchors);
  });

  it('provideScaleTexts refuses a scale the outline was not made from', async () => {
    const registry = await freshRegistry();
    const other = { ...IPS_25, items: IPS_25.items.slice(1) };
    expect(() => registry.provideScaleTexts(other)).toThrow(/not the scale the outline was generated from/);
    expect(registry.scaleTextsLoaded()).toBe(false);
  });
});
