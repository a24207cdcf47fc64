export { STYLE_ELEMENT_ID, STYLES, injectStyles } from './pane';
export { injectInputsStyles } from './inputs';
