import { describe, expect, it } from 'vitest';
import { SCORE_COLOR_SCALE } from '../../../src/core/history/charts';
import { isOwnColorScale, type FoundColorStop } from '../../../src/core/workbook/color-scale';

const stop = (value: unknown, color: string, isNumber = true): FoundColorStop => ({ isNumber, value, color });
const ours = { min: stop('1', '#F8696B'), mid: stop('3', '#FFEB84'), max: stop('5', '#63BE7B') };

describe('isOwnColorScale: the add-in knows its heat maps by their points', () => {
  it('takes numbers as text, formulas or numbers, and colours in any case', () => {
    expect(isOwnColorScale(ours, SCORE_COLOR_SCALE)).toBe(true);
    expect(
      isOwnColorScale(
        { min: stop('=1', '#f8696b'), mid: stop(3, '#ffeb84'), max: stop(' 5 ', '#63be7b') },
        SCORE_COLOR_SCALE,
      ),
    ).toBe(true);
  });

  it('refuses any scale that differs in a point’s kind, value or colour, or in having a midpoint', () => {
    expect(isOwnColorScale({ ...ours, min: stop('', '#F8696B', false) }, SCORE_COLOR_SCALE)).toBe(false);
    expect(isOwnColorScale({ ...ours, mid: stop('50', '#FFEB84', false) }, SCORE_COLOR_SCALE)).toBe(false);
    expect(isOwnColorScale({ ...ours, max: stop('4', '#63BE7B') }, SCORE_COLOR_SCALE)).toBe(false);
    expect(isOwnColorScale({ ...ours, max: stop('5', '#00FF00') }, SCORE_COLOR_SCALE)).toBe(false);
    expect(isOwnColorScale({ ...ours, mid: null }, SCORE_COLOR_SCALE)).toBe(false);
    expect(isOwnColorScale({ ...ours, max: stop('five', '#63BE7B') }, SCORE_COLOR_SCALE)).toBe(false);
    expect(
      isOwnColorScale(
        { min: ours.min, mid: null, max: ours.max },
        { min: SCORE_COLOR_SCALE.min, max: SCORE_COLOR_SCALE.max },
      ),
    ).toBe(true);
  });
});
