// Excel custom-functions entry (dist/functions.js): associates every function of the core table
// with its id in functions.json. Loaded by the shared runtime's page (taskpane.html) and named as
// the CustomFunctions Script in the manifest.
import { FUNCTION_LIST } from '../core/functions/table';
import { associateAll, type CustomFunctionsHost } from './custom-functions';

declare const CustomFunctions: CustomFunctionsHost | undefined;

// Outside Excel (the page opened in a browser) there is no CustomFunctions global: nothing to do.
if (typeof CustomFunctions !== 'undefined') associateAll(FUNCTION_LIST, CustomFunctions);
