// vitest setup (vitest.config.ts): the tests read the scale's texts as the hosts do once loaded.
// Excel's functions.js loads them on first use (tests/excel/functions-bundle.test.ts covers that).
import { IPS_25 } from '../../src/core/scale/ips25';
import { provideScaleTexts } from '../../src/core/scale/registry';

provideScaleTexts(IPS_25);
