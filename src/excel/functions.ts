// Excel custom-functions entry (dist/functions.js): associates every function of the core table
// with its id in functions.json. Loaded by the shared runtime's page (taskpane.html) and named as
// the CustomFunctions Script in the manifest. The scale's long texts are not in this file: the
// first call that reads one loads them (texts-on-first-use.ts).
import { FUNCTION_LIST } from '../core/functions/table';
import { loadScaleTexts, scaleTextReadsBeforeLoad, scaleTextsLoaded } from '../core/scale/registry';
import { associateAll, type CustomFunctionsHost } from './custom-functions';
import { textsOnFirstUse, type ScaleTextSource } from './texts-on-first-use';

declare const CustomFunctions: CustomFunctionsHost | undefined;

const SCALE_TEXTS: ScaleTextSource = {
  loaded: scaleTextsLoaded,
  readsBeforeLoad: scaleTextReadsBeforeLoad,
  load: loadScaleTexts,
};

/** The host, with every function it is given made to load the scale's texts on first use. */
export function withScaleTextsOnFirstUse(host: CustomFunctionsHost): CustomFunctionsHost {
  return {
    associate: (id, fn) => host.associate(id, textsOnFirstUse(fn, SCALE_TEXTS)),
    Error: host.Error,
    ErrorCode: host.ErrorCode,
  };
}

// Outside Excel (the page opened in a browser) there is no CustomFunctions global: nothing to do.
if (typeof CustomFunctions !== 'undefined') associateAll(FUNCTION_LIST, withScaleTextsOnFirstUse(CustomFunctions));
