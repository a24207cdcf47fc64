import { invalidValue, notAvailable } from '../errors';
import { DEFAULT_SCALE, findItem } from '../scale/registry';
import type { Score } from '../scale/types';
import { fidelityLevel, toScore, totalScore } from '../totals';
import { isBlank, isOmitted, list, readLanguage, scalar, type CellArg } from '../cells';
import { LANGUAGE_PARAMETER, rangeParameter, scalarParameter } from '../items/shared/define';
import type { FunctionSpec } from './types';

const ITEM_PARAMETER = scalarParameter(
  'item',
  'Evalueringspunktets nummer på skårskjemaet (1–25) eller dets ID, f.eks. "staffing.caseload_size".',
  'The item\'s number on the score sheet (1–25) or its id, e.g. "staffing.caseload_size".',
);

const SCORE_PARAMETER = scalarParameter('score', 'Valgfritt: skår 1–5.', 'Optional: a score 1–5.', true);

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
    description: {
      nb: 'Totalskår for alle 25 evalueringspunkter (25–125). Gir #N/A med navn på punktene som mangler skår.',
      en: 'Total of all 25 item scores (25–125). Gives #N/A naming the items without a score.',
    },
    parameters: [
      rangeParameter(
        'scores',
        'De 25 konsensusskårene i skårskjemaets rekkefølge.',
        'The 25 consensus scores in score-sheet order.',
      ),
    ],
    result: { type: 'number', dimensionality: 'scalar' },
    invoke: (scores) => totalScore(readScores(scores ?? null)).total,
  },
  {
    name: 'LEVEL',
    description: {
      nb: 'Kvalitetsnivået for en totalskår: Meget god kvalitet, God kvalitet, Godkjent kvalitet eller Ikke IPS.',
      en: 'The fidelity level of a total score.',
    },
    parameters: [scalarParameter('total', 'Totalskår (25–125).', 'Total score (25–125).'), LANGUAGE_PARAMETER],
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
    description: {
      nb: 'Navnet på et evalueringspunkt; med skår også ankerteksten for skåren.',
      en: "The name of an item; with a score, also that score's anchor text.",
    },
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
    description: {
      nb: 'Begrensningene håndboken angir for et punkt: én rad per begrensning med vilkåret og høyeste skår. Rekkefølgen er den caps-argumentene bruker.',
      en: 'The caps the manual states for an item: one row per cap with its condition and the highest score. The order is the one caps arguments use.',
    },
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
    description: {
      nb: 'Ankerteksten for en skår på et evalueringspunkt; uten skår alle fem ankrene i en rad.',
      en: 'The anchor text of a score on an item; without a score, all five anchors in a row.',
    },
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
