/**
 * The pane's styles as a string, injected once by mountApp so every bundler (webpack for the
 * Excel pane, the Apps Script inliner, esbuild in tests) handles them the same way. Fluent-like:
 * system font stack, Office blue, 4 px radius, 32 px controls, visible focus rings. Everything is
 * scoped under .ipsf so the pane never restyles its host page.
 */
export const STYLE_ELEMENT_ID = 'ipsf-styles';

export const STYLES = `
.ipsf{--blue:#0F6CBD;--blue-hover:#115EA3;--blue-press:#0C3B5E;--blue-tint:#EBF3FC;--blue-tint2:#CFE4FA;
--fg:#242424;--fg2:#616161;--fg3:#707070;--bg:#FFFFFF;--bg2:#FAFAFA;--bg3:#F0F0F0;--stroke:#D1D1D1;--stroke2:#E0E0E0;
--danger:#B10E1C;--danger-bg:#FDF3F4;--warn:#8A3707;--warn-bg:#FFF9F5;--ok:#0E700E;--ok-bg:#F1FAF1;--radius:4px;--control:32px;
container-type:inline-size;container-name:ipsf;box-sizing:border-box;font-family:"Segoe UI","Segoe UI Web (West European)",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",Arial,sans-serif;
font-size:14px;line-height:20px;color:var(--fg);background:var(--bg);min-width:0;display:flex;flex-direction:column;height:100%;overflow:hidden}
.ipsf.ipsf-fill{position:fixed;inset:0}
.ipsf *,.ipsf *::before,.ipsf *::after{box-sizing:inherit}
.ipsf [hidden]{display:none!important}
.ipsf h1,.ipsf h2,.ipsf h3,.ipsf h4,.ipsf p,.ipsf ul,.ipsf ol,.ipsf dl,.ipsf dd,.ipsf fieldset{margin:0;padding:0}
.ipsf ul,.ipsf ol{list-style:none}
.ipsf fieldset{border:0;min-width:0}
.ipsf legend{padding:0}
.ipsf h1{font-size:16px;line-height:22px;font-weight:600}
.ipsf h2{font-size:16px;line-height:22px;font-weight:600;margin-bottom:8px}
.ipsf h3,.ipsf legend.ipsf-h{font-size:14px;line-height:20px;font-weight:600;margin-bottom:4px}
.ipsf .ipsf-muted{color:var(--fg2);font-size:12px;line-height:16px}
.ipsf .ipsf-sr{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0;padding:0;margin:-1px}
.ipsf :focus{outline:none}
.ipsf :focus-visible{outline:2px solid var(--fg);outline-offset:1px;border-radius:var(--radius)}
.ipsf-top{flex:none;z-index:2;background:var(--bg);border-bottom:1px solid var(--stroke2)}
.ipsf-bar{display:flex;align-items:center;gap:6px;padding:4px 8px 4px 12px;min-height:40px}
.ipsf-bar h1{flex:1;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.ipsf-bar .ipsf-back{padding:5px 6px;margin-left:-6px;flex:none}
.ipsf-title{min-width:0}
.ipsf-review-of{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font-weight:600}
.ipsf-main{flex:1 1 auto;min-height:0;overflow-x:hidden;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:16px;min-width:0}
.ipsf-notices .ipsf-msg{margin:0 8px 6px;padding:2px 2px 2px 10px;align-items:center}
.ipsf-msg-text{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:1;overflow:hidden}
.ipsf-msg[data-expanded="true"] .ipsf-msg-text{display:block;max-height:30vh;overflow:auto}
.ipsf-msg .ipsf-btn{flex:none}
.ipsf-btn{display:inline-flex;align-items:center;justify-content:center;gap:4px;min-height:var(--control);padding:5px 12px;border-radius:var(--radius);
border:1px solid var(--stroke);background:var(--bg);color:var(--fg);font:inherit;font-weight:600;cursor:pointer;text-align:center}
.ipsf-btn:hover{background:var(--bg3);border-color:#C7C7C7}
.ipsf-btn:active{background:#E0E0E0}
.ipsf-btn[disabled],.ipsf-btn[aria-disabled="true"]{color:#BDBDBD;background:var(--bg3);border-color:var(--stroke2);cursor:not-allowed}
.ipsf-btn.ipsf-primary{background:var(--blue);border-color:transparent;color:#fff}
.ipsf-btn.ipsf-primary:hover{background:var(--blue-hover)}
.ipsf-btn.ipsf-primary:active{background:var(--blue-press)}
.ipsf-btn.ipsf-primary[disabled]{background:var(--bg3);color:#BDBDBD}
.ipsf-btn.ipsf-subtle{border-color:transparent;background:transparent;font-weight:400}
.ipsf-btn.ipsf-subtle:hover{background:var(--bg3)}
.ipsf-btn.ipsf-small{min-height:24px;padding:1px 8px;font-size:12px}
.ipsf-btn:focus-visible{outline:2px solid var(--fg);outline-offset:1px;box-shadow:inset 0 0 0 1px #fff}
.ipsf-seg{display:inline-flex;border:1px solid var(--stroke);border-radius:var(--radius);overflow:hidden}
.ipsf-seg .ipsf-btn{border:0;border-radius:0;min-height:30px;font-weight:400}
.ipsf-seg .ipsf-btn+.ipsf-btn{border-left:1px solid var(--stroke)}
.ipsf-seg .ipsf-btn[aria-pressed="true"],.ipsf-seg .ipsf-btn[aria-selected="true"]{background:var(--blue-tint);color:var(--blue);font-weight:600}
.ipsf-field{display:flex;flex-direction:column;gap:4px;min-width:0}
.ipsf-field>label,.ipsf-label{font-weight:600;font-size:14px}
.ipsf-input,.ipsf-textarea{font:inherit;color:var(--fg);background:var(--bg);border:1px solid var(--stroke);border-bottom-color:#616161;border-radius:var(--radius);
min-height:var(--control);padding:5px 10px;width:100%;min-width:0}
.ipsf-textarea{min-height:64px;resize:vertical;line-height:20px}
.ipsf-input:hover,.ipsf-textarea:hover{border-color:#C7C7C7;border-bottom-color:#575757}
.ipsf-input:focus,.ipsf-textarea:focus{border-bottom:2px solid var(--blue);padding-bottom:4px;outline:none}
.ipsf-input:focus-visible,.ipsf-textarea:focus-visible{outline:2px solid var(--fg);outline-offset:1px}
.ipsf-input[aria-invalid="true"],.ipsf-textarea[aria-invalid="true"]{border-color:var(--danger)}
.ipsf-error{color:var(--danger);font-size:12px;line-height:16px}
.ipsf-row{display:flex;gap:8px;align-items:center;flex-wrap:wrap}
.ipsf-grow{flex:1;min-width:0}
.ipsf-card{border:1px solid var(--stroke2);border-radius:var(--radius);padding:12px;background:var(--bg);display:flex;flex-direction:column;gap:8px}
.ipsf-msg{display:flex;gap:8px;align-items:flex-start;border:1px solid;border-radius:var(--radius);padding:8px 12px;font-size:13px;line-height:18px}
.ipsf-msg p{flex:1;min-width:0;white-space:pre-line;overflow-wrap:anywhere}
.ipsf-msg-info{background:var(--blue-tint);border-color:var(--blue-tint2)}
.ipsf-msg-success{background:var(--ok-bg);border-color:#9FD89F;color:#0E4B0E}
.ipsf-msg-warning{background:var(--warn-bg);border-color:#FDCFB4;color:var(--warn)}
.ipsf-msg-error{background:var(--danger-bg);border-color:#EEACB2;color:var(--danger)}
.ipsf-total{display:flex;flex-wrap:wrap;align-items:center;gap:0 12px;padding:2px 12px;background:var(--bg2);border-top:1px solid var(--stroke2);min-height:30px}
.ipsf-total-line{flex:1 1 auto;min-width:0}
.ipsf-total-num{font-size:16px;line-height:24px;font-weight:600;color:var(--blue)}
.ipsf-total-level{font-weight:600}
.ipsf-total-missing{font-weight:600;color:var(--warn)}
.ipsf-subtotals-toggle{font-size:12px;line-height:16px;color:var(--fg2)}
.ipsf-total details[open]{flex-basis:100%}
.ipsf-total-more{font-size:12px;line-height:16px;color:var(--fg2);padding:2px 0 4px;max-height:30vh;overflow:auto}
.ipsf-total-more.ipsf-row,.ipsf-missing{gap:0 2px}
.ipsf-total summary{cursor:pointer;width:max-content;max-width:100%;border-radius:var(--radius)}
.ipsf-subtotals{display:grid;grid-template-columns:1fr auto;gap:2px 12px;margin-top:4px}
.ipsf-tabs{display:flex;flex-wrap:wrap;gap:4px;align-items:center;padding:0 8px 6px 12px}
.ipsf-tabs .ipsf-seg{flex:0 0 auto}
.ipsf-inputs-tab{flex:none;padding:4px;font-size:13px}
.ipsf-inputs-tab[aria-pressed="true"]{background:var(--blue-tint);color:var(--blue);font-weight:600}
.ipsf-unsaved{font-size:12px;color:var(--warn);font-weight:600}
.ipsf-item{display:flex;flex-direction:column;gap:16px}
.ipsf-item>section>h3{margin-bottom:6px}
.ipsf-item-head{display:flex;flex-direction:column;gap:2px}
.ipsf-item-label{color:var(--blue);font-weight:600;font-size:12px;line-height:16px;text-transform:uppercase;letter-spacing:.02em}
.ipsf-item-name{font-size:18px;line-height:24px;font-weight:600}
.ipsf-criterion{white-space:pre-line}
.ipsf-anchors{display:grid;grid-template-columns:1fr;gap:6px}
@container ipsf (min-width:640px){.ipsf-anchors{grid-template-columns:repeat(5,minmax(0,1fr))}}
.ipsf-anchor{border:1px solid var(--stroke2);border-left:4px solid var(--stroke2);border-radius:var(--radius);padding:6px 8px;background:var(--bg);cursor:pointer;font-size:13px;line-height:18px;white-space:pre-line}
.ipsf-anchor:hover{border-color:#C7C7C7;background:var(--bg2)}
.ipsf-anchor-score{display:block;font-weight:600;color:var(--fg2);margin-bottom:2px}
.ipsf-anchor[data-chosen="true"]{border-color:var(--blue);border-left-color:var(--blue);background:var(--blue-tint)}
.ipsf-anchor[data-chosen="true"] .ipsf-anchor-score{color:var(--blue)}
.ipsf-radios{display:flex;flex-wrap:wrap;gap:4px}
.ipsf-radio{position:relative;display:inline-flex}
.ipsf-radio input{position:absolute;opacity:0;inset:0;margin:0;width:100%;height:100%;cursor:pointer}
.ipsf-radio span{display:inline-flex;align-items:center;justify-content:center;min-width:40px;height:var(--control);padding:0 8px;border:1px solid var(--stroke);border-radius:var(--radius);background:var(--bg);font-weight:600}
.ipsf-radio input:hover+span{background:var(--bg3)}
.ipsf-radio input:checked+span{background:var(--blue);border-color:var(--blue);color:#fff}
.ipsf-radio input:focus-visible+span{outline:2px solid var(--fg);outline-offset:1px}
.ipsf-radios.ipsf-small .ipsf-radio span{min-width:32px;height:28px;font-weight:400}
.ipsf-raters{display:flex;flex-direction:column;gap:8px}
.ipsf-rater{display:flex;flex-direction:column;gap:2px}
.ipsf-sources{display:flex;flex-wrap:wrap;gap:4px}
.ipsf-chip{display:inline-flex;align-items:center;border:1px solid var(--stroke);border-radius:10px;padding:0 8px;font-size:12px;line-height:18px;font-weight:600;background:var(--bg2)}
.ipsf-legend{display:grid;grid-template-columns:auto 1fr;gap:2px 8px;font-size:12px;line-height:16px;color:var(--fg2);margin-top:4px}
.ipsf-legend dt{font-weight:600}
.ipsf-check{display:flex;gap:8px;align-items:flex-start;padding:4px 0}
.ipsf-check input{width:16px;height:16px;margin:2px 0 0;flex:0 0 auto;accent-color:var(--blue)}
.ipsf-check input:focus-visible{outline:2px solid var(--fg);outline-offset:2px}
.ipsf-suggest{display:flex;flex-wrap:wrap;gap:8px;align-items:center;background:var(--bg2);border-radius:var(--radius);padding:8px}
.ipsf-calc-table{border-collapse:collapse;width:100%;table-layout:fixed;font-size:13px}
.ipsf-calc-table th{font-weight:600;text-align:left;padding:2px 4px;vertical-align:bottom;font-size:12px;line-height:16px;overflow-wrap:anywhere}
.ipsf-calc-table td{padding:1px 2px}
.ipsf-calc-table th.ipsf-rowhead{width:28px;color:var(--fg3);font-weight:400;text-align:right}
.ipsf-calc-table .ipsf-input{min-height:28px;padding:3px 6px}
.ipsf-calc-table .ipsf-input:focus{padding-bottom:2px}
.ipsf-calc-wrap{overflow-x:auto}
.ipsf-result{border-left:4px solid var(--blue);background:var(--blue-tint);padding:8px;border-radius:var(--radius);display:flex;flex-direction:column;gap:4px}
.ipsf-result dl{display:grid;grid-template-columns:auto 1fr;gap:2px 8px}
.ipsf-result dt{font-weight:600}
.ipsf-result.ipsf-bad{border-left-color:var(--danger);background:var(--danger-bg);color:var(--danger)}
.ipsf-nav{flex:none;display:flex;gap:8px;align-items:center;justify-content:space-between;padding:8px 12px;background:var(--bg);border-top:1px solid var(--stroke2);z-index:1}
.ipsf-nav-pos{color:var(--fg2);font-size:12px}
.ipsf-overview section{margin-bottom:12px}
.ipsf-overview h3{display:flex;justify-content:space-between;gap:8px;padding:4px 0;border-bottom:1px solid var(--stroke2)}
.ipsf-ov-item{display:flex;gap:8px;align-items:center;width:100%;text-align:left;font:inherit;color:inherit;background:transparent;border:0;border-radius:var(--radius);padding:6px 4px;cursor:pointer;min-height:var(--control)}
.ipsf-ov-item:hover{background:var(--bg3)}
.ipsf-ov-item[aria-current="true"]{background:var(--blue-tint)}
.ipsf-ov-text{flex:1;min-width:0}
.ipsf-ov-label{display:block;font-size:12px;line-height:16px;color:var(--fg2)}
.ipsf-ov-name{display:block;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.ipsf-ov-score{flex:0 0 auto;min-width:28px;height:28px;border-radius:14px;display:inline-flex;align-items:center;justify-content:center;font-weight:600;background:var(--blue);color:#fff}
.ipsf-ov-score[data-empty="true"]{background:transparent;color:var(--warn);border:1px dashed var(--warn)}
.ipsf-start-list li{display:flex;flex-direction:column;gap:4px;padding:8px 0;border-bottom:1px solid var(--stroke2)}
.ipsf-form{display:flex;flex-direction:column;gap:12px}
.ipsf-save{display:flex;flex-direction:column;gap:8px}
.ipsf-overlay{position:fixed;inset:0;background:rgba(0,0,0,.4);display:flex;align-items:center;justify-content:center;padding:12px;z-index:10}
.ipsf-dialog{background:var(--bg);border-radius:8px;box-shadow:0 8px 32px rgba(0,0,0,.28);padding:20px;max-width:480px;width:100%;max-height:90vh;overflow:auto;display:flex;flex-direction:column;gap:12px}
.ipsf-dialog ul{font-size:13px;line-height:18px;display:flex;flex-direction:column;gap:4px;padding-left:0}
.ipsf-dialog li{overflow-wrap:anywhere;border-left:3px solid var(--warn);padding-left:8px}
.ipsf-dialog-actions{display:flex;gap:8px;justify-content:flex-end;flex-wrap:wrap}
.ipsf-tabs .ipsf-views{flex:1 1 auto;min-width:max-content;display:flex}
.ipsf-views .ipsf-btn{flex:1 1 auto;min-width:0;padding:4px;white-space:nowrap;font-size:13px}
@container ipsf (max-width:340px){.ipsf-views .ipsf-btn{padding:4px 3px}}
.ipsf-pending{color:var(--warn);font-weight:600;flex:none;justify-content:flex-start}
.ipsf-stack{display:flex;flex-direction:column;gap:8px}
.ipsf-workflow{display:flex;flex-direction:column;gap:8px}
.ipsf-suggest-pending{border:1px dashed var(--warn);background:var(--warn-bg)}
.ipsf-suggest-pending p{margin-top:2px}
.ipsf-overview>.ipsf-suggest,.ipsf-overview>.ipsf-msg{margin-bottom:12px}
.ipsf-bulk-done summary{cursor:pointer;width:max-content;border-radius:var(--radius);font-size:12px}
.ipsf-bulk-done ul{font-size:12px;line-height:16px;margin-top:4px;display:flex;flex-direction:column;gap:2px}
.ipsf-corrections{font-size:13px;line-height:18px;display:flex;flex-direction:column;gap:4px}
.ipsf-corrections li{border-left:3px solid var(--blue);padding-left:8px;overflow-wrap:anywhere}
.ipsf-ov-row{display:flex;gap:4px;align-items:center}
.ipsf-ov-row .ipsf-ov-item{flex:1;min-width:0}
.ipsf-ov-note{display:block;font-size:12px;line-height:16px;color:var(--ok)}
.ipsf-ov-pending{color:var(--warn);font-weight:600}
.ipsf-anchor-options{display:flex;flex-direction:column;gap:6px}
.ipsf-anchor-option{display:flex;gap:8px;align-items:flex-start;border:1px solid var(--stroke2);border-left:4px solid var(--stroke2);border-radius:var(--radius);padding:6px 8px;cursor:pointer;font-size:13px;line-height:18px;white-space:pre-line}
.ipsf-anchor-option:hover{background:var(--bg2)}
.ipsf-anchor-option input{width:16px;height:16px;margin:1px 0 0;flex:0 0 auto;accent-color:var(--blue)}
.ipsf-anchor-option input:focus-visible{outline:2px solid var(--fg);outline-offset:2px}
.ipsf-anchor-option[data-chosen="true"]{border-color:var(--blue);border-left-color:var(--blue);background:var(--blue-tint)}
.ipsf-anchor-option .ipsf-anchor-score{display:block}
.ipsf-consensus{display:flex;flex-direction:column;gap:16px}
.ipsf-facts{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:4px 12px}
.ipsf-facts dt{color:var(--fg2)}
.ipsf-facts dd{font-weight:600;text-align:right;overflow-wrap:anywhere}
.ipsf-badge{display:inline-block;width:max-content;max-width:100%;border-radius:10px;padding:0 8px;font-size:12px;line-height:18px;background:var(--bg3);color:var(--fg2);font-weight:600}
.ipsf-badge-high{background:var(--warn-bg);color:var(--warn);border:1px solid #FDCFB4}
.ipsf-dis-name{font-size:15px;line-height:20px;font-weight:600}
.ipsf-anchors-compare{display:grid;grid-template-columns:1fr;gap:6px}
@container ipsf (min-width:480px){.ipsf-anchors-compare{grid-template-columns:repeat(auto-fit,minmax(0,1fr))}}
.ipsf-ok{color:var(--ok);font-weight:600}
.ipsf-chip-ok{margin-left:6px;border-color:#9FD89F;background:var(--ok-bg);color:#0E4B0E}
.ipsf-code{font-family:Consolas,"Courier New",monospace;font-size:12px;line-height:16px}
.ipsf-trend{display:flex;flex-direction:column;gap:2px;margin-top:4px;font-size:12px}
.ipsf-card-repeat{border-color:var(--blue-tint2);background:var(--blue-tint)}
.ipsf select.ipsf-input{appearance:auto}
@media (forced-colors:active){.ipsf-radio input:checked+span,.ipsf-anchor[data-chosen="true"]{border:2px solid Highlight}.ipsf :focus-visible{outline-color:Highlight}}
`;

/** Injects the styles into a document once. */
export function injectStyles(doc: Document): void {
  if (doc.getElementById(STYLE_ELEMENT_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ELEMENT_ID;
  style.textContent = STYLES;
  (doc.head ?? doc.documentElement).appendChild(style);
}
