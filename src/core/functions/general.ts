import { invalidValue, notAvailable } from '../errors';
import { DEFAULT_SCALE, findItem } from '../scale/registry';
import type { Score } from '../scale/types';
import { fidelityLevel, toScore, totalScore } from '../totals';
import { isBlank, isOmitted, list, readLanguage, scalar, type CellArg } from '../cells';
import { LANGUAGE_PARAMETER, rangeParameter, scalarParameter } from '../items/shared/define';
import type { FunctionSpec } from './types';

const ITEM_PARAMETER = scalarParameter('item');

const SCORE_PARAMETER = scalarParameter('score', true);

function readOptionalScore(arg: CellArg): Score | undefined {
  const value = scalar(arg, 'score');
  if (isOmitted(value) || isBlank(value)) return undefined;
  return toScore(value, `argument 'score'`);
}

/** Scores in sheet order, blanks as null, so the total can name what is missing. */
function readScores(arg: CellArg) {
  const scale = DEFAULT_SCALE;
  const cells = list(arg, 'scores');
  if (cells.length !== scale.items.length) {
    throw invalidValue(
      `argument 'scores': expected ${scale.items.length} score cells in score-sheet order, got ${cells.length}`,
    );
  }
  return Object.fromEntries(
    scale.items.map((item, index) => {
      const cell = cells[index];
      return [item.id, isBlank(cell) ? null : toScore(cell, `argument 'scores' row ${index + 1}`)];
    }),
  );
}

export const GENERAL_FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: 'TOTAL',
    parameters: [rangeParameter('scores')],
    result: { type: 'number', dimensionality: 'scalar' },
    invoke: (scores) => totalScore(readScores(scores ?? null)).total,
  },
  {
    name: 'LEVEL',
    parameters: [scalarParameter('total'), LANGUAGE_PARAMETER],
    result: { type: 'string', dimensionality: 'scalar' },
    invoke: (total, language) => {
      const value = scalar(total ?? null, 'total');
      if (typeof value !== 'number') {
        throw invalidValue(
          `argument 'total': expected a total score 25–125, got ${isBlank(value) ? 'a blank cell' : JSON.stringify(value)}`,
        );
      }
      return fidelityLevel(value).name[readLanguage(scalar(language ?? null, 'language'))];
    },
  },
  {
    name: 'ITEM',
    parameters: [ITEM_PARAMETER, SCORE_PARAMETER, LANGUAGE_PARAMETER],
    result: { type: 'string', dimensionality: 'scalar' },
    invoke: (itemArg, score, language) => {
      const item = findItem(scalar(itemArg ?? null, 'item'));
      const chosen = readOptionalScore(score ?? null);
      const lang = readLanguage(scalar(language ?? null, 'language'));
      return chosen === undefined
        ? item.name[lang]
        : `${item.name[lang]} (${chosen}): ${item.anchors[chosen - 1]![lang]}`;
    },
  },
  {
    name: 'CAPS',
    parameters: [ITEM_PARAMETER, LANGUAGE_PARAMETER],
    result: { type: 'any', dimensionality: 'matrix' },
    invoke: (itemArg, language) => {
      const item = findItem(scalar(itemArg ?? null, 'item'));
      const lang = readLanguage(scalar(language ?? null, 'language'));
      const caps = item.caps ?? [];
      if (caps.length === 0) throw notAvailable(`argument 'item': ${item.name[lang]} has no caps in the manual`);
      return caps.map((cap) => [cap.condition[lang], cap.maxScore]);
    },
  },
  {
    name: 'ANCHOR',
    parameters: [ITEM_PARAMETER, SCORE_PARAMETER, LANGUAGE_PARAMETER],
    result: { type: 'any', dimensionality: 'matrix' },
    invoke: (itemArg, score, language) => {
      const item = findItem(scalar(itemArg ?? null, 'item'));
      const chosen = readOptionalScore(score ?? null);
      const lang = readLanguage(scalar(language ?? null, 'language'));
      if (chosen !== undefined) return [[item.anchors[chosen - 1]![lang]]];
      return [item.anchors.map((anchor) => anchor[lang])];
    },
  },
];
