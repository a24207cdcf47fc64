/**
 * The generic COMPONENTS and JUDGEMENT functions: they score any components or judgement item of
 * the registry (Organisasjon 2, 4–8 and the other items without a calculator of their own).
 */

import { scalar, list, readYesNo, isBlank, readNumber } from '../../cells';
import { notAvailable } from '../../errors';
import {
  ItemFunctionDefinition,
  itemFunction,
  scalarParameter,
  rangeParameter,
  CAPS_PARAMETER,
  readCapFlags,
} from '../shared/define';
import { FunctionSpec } from '../../functions/types';
import { findItem } from '../../scale/registry';
import { scoreByComponents, scoreByJudgement } from '../shared/judgement';

/** An item function that scores whichever item its `item` argument names. */
function genericItemFunction(definition: Omit<ItemFunctionDefinition, 'itemId'>): FunctionSpec {
  const { itemId, ...spec } = itemFunction({ ...definition, itemId: '' });
  void itemId;
  return spec;
}

// --- Generic: components and judgement items ---------------------------------------------

const ITEM_PARAMETER = scalarParameter(
  'item',
  'Evalueringspunktets nummer på skårskjemaet (1–25) eller dets ID, f.eks. "org.team_contact".',
  'The item\'s number on the score sheet (1–25) or its id, e.g. "org.team_contact".',
);

export const COMPONENTS = genericItemFunction({
  name: 'COMPONENTS',
  description: {
    nb: 'Skår 1–5 for et punkt som vurderes etter antall komponenter som er til stede (f.eks. Organisasjon 2, 5, 7 og 8), lest av punktets egne alternativer.',
    en: "Score 1–5 for an item rated by the number of components present (e.g. Organisation 2, 5, 7 and 8), read from the item's own anchors.",
  },
  parameters: [
    ITEM_PARAMETER,
    rangeParameter(
      'present',
      'Én ja/nei-celle per komponent i skalaens rekkefølge, nøyaktig så mange som punktet har komponenter. Tom celle = ikke til stede.',
      "One yes/no cell per component in the scale's order, exactly as many as the item has components. Blank = not present.",
    ),
    CAPS_PARAMETER,
  ],
  compute: ([itemArg, presentArg, capsArg]) => {
    const item = findItem(scalar(itemArg ?? null, 'item'), 'item');
    const cells = list(presentArg ?? null, 'present');
    if (cells.length === 0)
      throw notAvailable(
        `argument 'present': no components given; expected ${item.components?.length ?? "the item's"} yes/no cells`,
      );
    const present = cells.map((cell, index) => readYesNo(cell, { argument: 'present', row: index + 1 }));
    return scoreByComponents(item, present, readCapFlags(capsArg));
  },
});

export const JUDGEMENT = genericItemFunction({
  name: 'JUDGEMENT',
  description: {
    nb: 'Skår 1–5 for et punkt der evaluatorene velger alternativet (f.eks. Organisasjon 4 og 6): valgt skår, senket av hver begrensning håndboken angir som gjelder.',
    en: 'Score 1–5 for an item where the evaluators choose the anchor (e.g. Organisation 4 and 6): the chosen score, lowered by each cap the manual states that applies.',
  },
  parameters: [
    ITEM_PARAMETER,
    scalarParameter(
      'score',
      'Alternativet evaluatorene valgte (helt tall 1–5).',
      'The anchor the evaluators chose (a whole number 1–5).',
    ),
    CAPS_PARAMETER,
  ],
  compute: ([itemArg, scoreArg, capsArg]) => {
    const item = findItem(scalar(itemArg ?? null, 'item'), 'item');
    const value = scalar(scoreArg ?? null, 'score');
    if (isBlank(value)) throw notAvailable(`argument 'score': no score chosen; expected a whole score 1–5`);
    const chosen = readNumber(
      value,
      { argument: 'score' },
      { min: 1, max: 5, integer: true, expected: 'a whole score 1–5' },
    );
    return scoreByJudgement(item, chosen, readCapFlags(capsArg));
  },
});
