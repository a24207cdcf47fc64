import { describe, expect, it } from 'vitest';
import { documented } from '../../src/core/functions/help';
import { FUNCTION_LIST, FUNCTIONS } from '../../src/core/functions/table';
import { DEFAULT_SCALE } from '../../src/core/scale/registry';

// Excel rejects or cuts help texts longer than 255 characters; Sheets shows them in a small box.
const HELP_TEXT_LIMIT = 255;

describe('the function table as spreadsheet metadata', () => {
  it('has unique upper-case names that are valid in both hosts', () => {
    const names = FUNCTION_LIST.map((spec) => spec.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });

  it.each(FUNCTION_LIST.map((spec) => [spec.name, documented(spec)] as const))(
    '%s: descriptions in nb and en within the help-text limit',
    (_, spec) => {
      for (const language of ['nb', 'en'] as const) {
        expect(spec.description[language].length).toBeGreaterThan(10);
        expect(spec.description[language].length).toBeLessThanOrEqual(HELP_TEXT_LIMIT);
        for (const parameter of spec.parameters) {
          expect(parameter.description[language].length, `${spec.name}.${parameter.name}`).toBeLessThanOrEqual(
            HELP_TEXT_LIMIT,
          );
        }
      }
      // Optional parameters come last: neither host can skip a required one after an optional one.
      const firstOptional = spec.parameters.findIndex((parameter) => parameter.optional);
      if (firstOptional >= 0)
        expect(spec.parameters.slice(firstOptional).every((parameter) => parameter.optional)).toBe(true);
    },
  );

  it("CAPS lists an item's caps in the order the caps arguments read them", () => {
    const item = DEFAULT_SCALE.items.find((candidate) => (candidate.caps?.length ?? 0) > 1)!;
    const rows = FUNCTIONS.CAPS!.invoke(item.id, 'en') as (string | number)[][];
    expect(rows).toEqual(item.caps!.map((cap) => [cap.condition.en, cap.maxScore]));
    const uncapped = DEFAULT_SCALE.items.find((candidate) => !candidate.caps?.length)!;
    expect(() => FUNCTIONS.CAPS!.invoke(uncapped.sheetNumber)).toThrow(/has no caps/);
  });
});
