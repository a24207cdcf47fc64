import type { ColorScalePlan, ColorStop } from './chart-plan';

/**
 * How the add-in recognises the heat maps it made. Neither host lets a conditional format carry a
 * name or a tag (Excel's ConditionalFormat has none; a Sheets ConditionalFormatRule has none, and
 * developer metadata cannot be attached to one), so a heat map is known by its signature: a colour
 * scale whose points are all numbers, with exactly the values and colours of the plan's scale
 * (1 red, 3 yellow, 5 green), on cells that meet the heat map's range. A user's own colour scale
 * differs in at least one of these: the hosts' built-in scales use lowest/highest value or
 * percentiles, not fixed numbers. Only a rule copied from the add-in's own is taken for it, and
 * replacing that by the same heat map changes nothing the user sees.
 */

/** One point of a colour scale as a host gives it back. */
export interface FoundColorStop {
  /** Whether the point is a fixed number (Excel type "Number", Sheets InterpolationType NUMBER). */
  readonly isNumber: boolean;
  /** Its value as the host gives it: a number, or text such as "1" or "=1". */
  readonly value: unknown;
  /** Its colour, e.g. "#F8696B" (hosts may give it in lower case). */
  readonly color: unknown;
}

export interface FoundColorScale {
  readonly min: FoundColorStop | null;
  readonly mid: FoundColorStop | null;
  readonly max: FoundColorStop | null;
}

function numberOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim().replace(/^=/, '').trim();
  if (text === '') return null;
  const number = Number(text);
  return Number.isFinite(number) ? number : null;
}

function sameColor(found: unknown, planned: string): boolean {
  return typeof found === 'string' && found.trim().toUpperCase() === planned.trim().toUpperCase();
}

function sameStop(found: FoundColorStop | null, planned: ColorStop | undefined): boolean {
  if (!found || !planned) return !found && !planned;
  return found.isNumber && numberOf(found.value) === planned.value && sameColor(found.color, planned.color);
}

/** Whether a colour scale read back from a host is exactly the one the add-in writes for `planned`. */
export function isOwnColorScale(found: FoundColorScale, planned: ColorScalePlan): boolean {
  return sameStop(found.min, planned.min) && sameStop(found.mid, planned.mid) && sameStop(found.max, planned.max);
}
