/** The input tables' screen (views/inputs.ts): its own style element, added when the screen first shows. */
const INPUTS_STYLES = `
.ipsf-inputs{display:flex;flex-direction:column;gap:12px;min-width:0;overflow-wrap:break-word}
.ipsf-inputs .ipsf-table-list,.ipsf-column-cards{display:flex;flex-direction:column;gap:8px}
.ipsf-inputs .ipsf-table-card h3{display:flex;justify-content:space-between;gap:8px;align-items:baseline}
.ipsf-inputs .ipsf-status{font-size:12px;font-weight:400;color:var(--fg2)}
.ipsf-inputs .ipsf-status[data-status="present"]{color:var(--ok)}
.ipsf-inputs .ipsf-issues{max-height:240px;overflow:auto;font-size:12px;line-height:16px;display:flex;flex-direction:column;gap:2px}
.ipsf-inputs .ipsf-issues li{border-left:3px solid var(--warn);padding-left:6px;overflow-wrap:anywhere}
.ipsf-inputs select,.ipsf-inputs input,.ipsf-inputs textarea{max-width:100%}
.ipsf-column-card{border:1px solid var(--stroke2);border-radius:var(--radius);padding:8px;display:flex;flex-direction:column;gap:4px}
.ipsf-column-head{display:flex;flex-wrap:wrap;justify-content:space-between;gap:0 8px}
.ipsf-column-name{font-weight:600}
.ipsf-column-card select{width:100%}
.ipsf-samples,.ipsf-column-note,.ipsf-computed-reason{font-size:12px;line-height:16px}
.ipsf-column-note{color:var(--warn)}
.ipsf-computed-reason{display:block;font-weight:400;color:var(--fg2)}
.ipsf-inputs select.ipsf-input{padding:3px 6px;min-height:28px}
.ipsf-inputs .ipsf-computed{display:grid;grid-template-columns:1fr auto;gap:2px 12px;font-size:13px}
.ipsf-inputs .ipsf-computed dd{font-weight:600;text-align:right}
.ipsf-inputs .ipsf-sample{font:12px/16px Consolas,"Courier New",monospace;white-space:pre;overflow-x:auto;background:var(--bg3);padding:4px 6px;margin:0}
.ipsf-inputs progress{width:100%}
.ipsf-progress{position:sticky;top:0;z-index:1;background:var(--bg);padding:4px 0;font-size:13px}
.ipsf-progress:empty{display:none}
`;

export function injectInputsStyles(doc: Document): void {
  const id = 'ipsf-inputs-styles';
  if (doc.getElementById(id)) return;
  const style = doc.createElement('style');
  style.id = id;
  style.textContent = INPUTS_STYLES;
  (doc.head ?? doc.documentElement).appendChild(style);
}
