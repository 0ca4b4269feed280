// All styling of the panel and cards, from the host's theme variables only, so light and dark themes
// (and custom ones) apply without a line of ours. There is no CSS loader in the build: the sheet is
// injected once into <head> by useStyles().
import {useEffect} from 'react';

export const STYLE_ELEMENT_ID = 'plugin-onboard-styles';

/** The theme's text colour at an opacity: borders, muted text and hover fills all derive from it. */
export const fg = (alpha: number): string => `rgba(var(--center-channel-color-rgb), ${alpha})`;

export const CSS = `
.po-root{color:var(--center-channel-color);background:var(--center-channel-bg);font-size:14px;line-height:20px;padding:12px 16px;display:flex;flex-direction:column;gap:12px;min-height:100%;box-sizing:border-box}
.po-root h2{font-size:16px;line-height:24px;font-weight:600;margin:0}
.po-root h3{font-size:14px;line-height:20px;font-weight:600;margin:0}
.po-root h4{font-size:12px;line-height:16px;font-weight:600;margin:0;text-transform:uppercase;letter-spacing:.02em;color:${fg(0.64)}}
.po-muted{color:${fg(0.64)};font-size:12px}
.po-row{display:flex;align-items:center;gap:8px;flex-wrap:wrap}
.po-spread{display:flex;align-items:center;justify-content:space-between;gap:8px}
.po-stack{display:flex;flex-direction:column;gap:8px}
.po-btn{font:inherit;font-size:12px;font-weight:600;line-height:16px;border-radius:4px;padding:6px 12px;border:1px solid transparent;cursor:pointer;background:${fg(0.08)};color:var(--center-channel-color)}
.po-btn:hover{background:${fg(0.16)}}
.po-btn-primary{background:var(--button-bg);color:var(--button-color)}
.po-btn-primary:hover{background:var(--button-bg);opacity:.92}
.po-btn-link{background:none;border:none;color:var(--link-color);padding:2px 4px}
.po-btn-link:hover{background:${fg(0.08)}}
.po-btn-danger{color:var(--error-text)}
.po-btn[disabled],.po-btn[aria-disabled="true"]{opacity:.48;cursor:not-allowed}
.po-root :focus-visible,.po-card :focus-visible,.po-line :focus-visible{outline:2px solid var(--button-bg);outline-offset:2px}
.po-input{font:inherit;color:var(--center-channel-color);background:var(--center-channel-bg);border:1px solid ${fg(0.16)};border-radius:4px;padding:6px 8px;width:100%;box-sizing:border-box}
.po-input:focus{border-color:var(--button-bg);outline:none;box-shadow:inset 0 0 0 1px var(--button-bg)}
.po-input[aria-invalid="true"]{border-color:var(--error-text)}
.po-field{display:flex;flex-direction:column;gap:4px}
.po-field label{font-size:12px;font-weight:600}
.po-error{color:var(--error-text);font-size:12px}
.po-form{border:1px solid ${fg(0.16)};border-radius:8px;padding:12px;display:flex;flex-direction:column;gap:8px}
.po-search{position:relative}
.po-search .icon{position:absolute;left:6px;top:6px;color:${fg(0.64)}}
.po-search .po-input{padding-left:28px}
.po-group{display:flex;flex-direction:column;gap:4px}
.po-plugin-row{display:flex;flex-direction:column;gap:6px;text-align:left;width:100%;font:inherit;color:inherit;background:none;border:1px solid ${fg(0.08)};border-radius:8px;padding:8px 12px;cursor:pointer}
.po-plugin-row:hover{background:${fg(0.08)}}
.po-bars{display:grid;grid-template-columns:repeat(3,1fr);gap:4px}
.po-progress{height:4px;border-radius:2px;background:${fg(0.16)};overflow:hidden}
.po-progress>span{display:block;height:100%;background:var(--online-indicator)}
.po-progress.po-partial>span{background:var(--away-indicator)}
.po-chip{display:inline-flex;align-items:center;gap:4px;font-size:11px;font-weight:600;line-height:16px;border-radius:10px;padding:0 8px;background:${fg(0.08)};color:${fg(0.72)}}
.po-chip-in-progress{background:rgba(var(--button-bg-rgb),0.12);color:var(--button-bg)}
.po-chip-ready{background:var(--away-indicator);color:var(--center-channel-bg)}
.po-chip-deployed{background:var(--online-indicator);color:var(--center-channel-bg)}
.po-chip-archived{background:var(--dnd-indicator);color:var(--center-channel-bg)}
.po-pipeline{display:flex;gap:4px;list-style:none;margin:0;padding:0}
.po-pipeline>li{flex:1 1 0;min-width:0;overflow-wrap:break-word;display:flex;flex-direction:column;gap:4px;border-top:3px solid ${fg(0.16)};padding-top:4px;font-size:12px}
.po-pipeline .po-chip{align-self:flex-start}
.po-pipeline>li.po-stage-deployed{border-top-color:var(--online-indicator)}
.po-pipeline>li.po-stage-ready{border-top-color:var(--away-indicator)}
.po-pipeline>li.po-stage-in-progress{border-top-color:var(--button-bg)}
.po-stage{border-top:1px solid ${fg(0.16)};padding-top:12px;display:flex;flex-direction:column;gap:8px}
.po-item{border:1px solid ${fg(0.16)};border-radius:8px;padding:8px 12px;display:flex;flex-direction:column;gap:8px}
.po-item ul{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:4px}
.po-check{display:flex;gap:8px;align-items:flex-start}
.po-check input{margin-top:3px}
.po-ok{color:var(--online-indicator)}
.po-bad{color:var(--error-text)}
.po-warn{color:var(--away-indicator)}
.po-missing{border-left:3px solid var(--away-indicator);padding-left:8px}
.po-check{display:flex;gap:6px;align-items:flex-start}
.po-check>.icon{flex:none;margin-top:2px}
.po-pending{border-left:3px solid ${fg(0.32)};padding-left:8px;font-size:12px}
.po-pending-failed{border-left-color:var(--error-text)}
.po-history{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:6px;font-size:12px}
.po-history li{display:flex;gap:6px;align-items:flex-start}
.po-skeleton{border-radius:4px;height:14px;background:${fg(0.08)}}
.po-skeleton-block{height:48px;border-radius:8px;background:${fg(0.08)}}
.po-card{border:1px solid ${fg(0.16)};border-radius:8px;padding:12px;max-width:480px;display:flex;flex-direction:column;gap:8px;background:var(--center-channel-bg);color:var(--center-channel-color)}
.po-card-open{font:inherit;text-align:left;background:none;border:none;padding:0;color:var(--center-channel-color);cursor:pointer;display:flex;flex-direction:column;gap:8px}
.po-card-open:hover .po-card-name{color:var(--link-color)}
.po-card-name{font-weight:600;min-width:0;overflow-wrap:anywhere}
.po-spread>*{min-width:0;overflow-wrap:anywhere}
.po-spread>.po-chip{flex-shrink:0;white-space:nowrap}
.po-card-open,.po-plugin-row{min-width:0;max-width:100%;box-sizing:border-box}
.po-env{overflow-wrap:break-word}
.po-root h2{overflow-wrap:anywhere}
.po-card .po-bars{grid-template-columns:1fr;gap:6px}
.po-root code,.po-card code{font-family:Menlo,Consolas,'Liberation Mono',monospace;font-size:12px;padding:1px 4px;border-radius:4px;background:${fg(0.08)}}
.po-root dl .po-row{flex-wrap:nowrap;align-items:baseline}
.po-root dt{flex-shrink:0}
.po-root dd{min-width:0}
.po-line{display:flex;gap:6px;align-items:center;color:${fg(0.72)};font-size:13px}
.po-why,.po-sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.po-gated:focus-within .po-why,.po-gated:hover .po-why{position:static;width:auto;height:auto;margin:0;overflow:visible;clip:auto;white-space:normal;color:${fg(0.72)};font-size:12px}
.po-check input[aria-disabled="true"]{opacity:.48;cursor:not-allowed}
.po-check-off{color:${fg(0.64)};cursor:not-allowed}
.po-reasons{margin:2px 0 0;padding-left:18px;list-style:disc}
.po-item ul.po-reasons{list-style:disc;padding-left:18px;display:block}
.po-check-note{padding-left:21px}
.po-holders{display:inline-flex;gap:4px;align-items:baseline;overflow-wrap:anywhere}
a.po-link{color:var(--link-color);word-break:break-all}
.po-text{word-break:break-word;white-space:pre-wrap}
.po-integrity{border:1px solid ${fg(0.16)};border-left:4px solid var(--away-indicator);border-radius:4px;padding:8px 12px;display:flex;flex-direction:column;gap:8px;background:${fg(0.04)}}
.po-integrity-title{display:flex;gap:6px;align-items:flex-start;font-weight:600;margin:0}
.po-integrity-title .icon{color:var(--away-indicator)}
.po-integrity ul{margin:0;padding-left:20px;display:flex;flex-direction:column;gap:4px}
.po-integrity li{overflow-wrap:anywhere}
.po-notice{border-left:4px solid var(--error-text);padding:4px 8px;display:flex;gap:8px;align-items:flex-start;justify-content:space-between}
.po-impostor{display:flex;gap:6px;align-items:center;color:${fg(0.72)};font-size:13px;font-style:italic}
`;

/** Injects a sheet once per document, found again by its element id; the first caller adds it. */
export function useInjectedStyle(id: string, css: string): void {
    useEffect(() => {
        if (document.getElementById(id)) {
            return;
        }
        const style = document.createElement('style');
        style.id = id;
        style.textContent = css;
        document.head.appendChild(style);
    }, [id, css]);
}

/** The shared sheet; every top-level component calls it. */
export function useStyles(): void {
    useInjectedStyle(STYLE_ELEMENT_ID, CSS);
}
