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

const ITEM_PARAMETER = scalarParameter('item');

export const COMPONENTS = genericItemFunction({
  name: 'COMPONENTS',
  parameters: [ITEM_PARAMETER, rangeParameter('present'), CAPS_PARAMETER],
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
  parameters: [ITEM_PARAMETER, scalarParameter('score'), CAPS_PARAMETER],
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
