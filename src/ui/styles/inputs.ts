/** The input tables' screen (views/inputs.ts): its own style element, added when the screen first shows. */
const INPUTS_STYLES = `
.ipsf-inputs{display:flex;flex-direction:column;gap:12px}
.ipsf-inputs .ipsf-table-list{display:flex;flex-direction:column;gap:8px}
.ipsf-inputs .ipsf-table-card h3{display:flex;justify-content:space-between;gap:8px;align-items:baseline}
.ipsf-inputs .ipsf-status{font-size:12px;font-weight:400;color:var(--fg2)}
.ipsf-inputs .ipsf-status[data-status="present"]{color:var(--ok)}
.ipsf-inputs .ipsf-issues{max-height:240px;overflow:auto;font-size:12px;line-height:16px;display:flex;flex-direction:column;gap:2px}
.ipsf-inputs .ipsf-issues li{border-left:3px solid var(--warn);padding-left:6px;overflow-wrap:anywhere}
.ipsf-inputs .ipsf-map-table,.ipsf-inputs .ipsf-preview-table{border-collapse:collapse;width:100%;font-size:12px}
.ipsf-inputs .ipsf-map-table td,.ipsf-inputs .ipsf-map-table th,.ipsf-inputs .ipsf-preview-table td,.ipsf-inputs .ipsf-preview-table th{padding:2px 4px;text-align:left;vertical-align:top;border-bottom:1px solid var(--stroke2);overflow-wrap:anywhere}
.ipsf-inputs .ipsf-preview-wrap{overflow-x:auto}
.ipsf-inputs select.ipsf-input{padding:3px 6px;min-height:28px}
.ipsf-inputs .ipsf-computed{display:grid;grid-template-columns:1fr auto;gap:2px 12px;font-size:13px}
.ipsf-inputs .ipsf-computed dd{font-weight:600;text-align:right}
.ipsf-inputs .ipsf-sample{font:12px/16px Consolas,"Courier New",monospace;white-space:pre;overflow-x:auto;background:var(--bg3);padding:4px 6px;margin:0}
.ipsf-inputs progress{width:100%}
`;

export function injectInputsStyles(doc: Document): void {
  const id = 'ipsf-inputs-styles';
  if (doc.getElementById(id)) return;
  const style = doc.createElement('style');
  style.id = id;
  style.textContent = INPUTS_STYLES;
  (doc.head ?? doc.documentElement).appendChild(style);
}
