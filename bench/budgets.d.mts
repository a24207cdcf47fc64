// Types for bench/budgets.mjs (imported by tests/build/size-budgets.test.ts).
export const FUNCTIONS_JS_GZIP_AIM_KB: number;
export const FUNCTIONS_JS_GZIP_BUDGET_KB: number;
export const APPS_SCRIPT_CODE_AIM_KB: number;
export const APPS_SCRIPT_CODE_BUDGET_KB: number;
export const APPS_SCRIPT_SIDEBAR_AIM_KB: number;
export const APPS_SCRIPT_SIDEBAR_BUDGET_KB: number;
export const APPS_SCRIPT_EVALUATE_AIM_RATIO: number;
