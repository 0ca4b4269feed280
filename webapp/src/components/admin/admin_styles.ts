// The few rules the System Console page needs beyond the shared sheet (chips, suggestion list,
// sections), from the host's theme variables only. Injected once, like the shared sheet.
import {fg, useInjectedStyle} from '../shared/styles';

export const ADMIN_STYLE_ELEMENT_ID = 'plugin-onboard-admin-styles';

export const ADMIN_CSS = `
.po-admin{color:var(--center-channel-color);display:flex;flex-direction:column;gap:20px;font-size:14px;line-height:20px}
.po-admin h3{font-size:16px;line-height:24px;font-weight:600;margin:0}
.po-admin h4{font-size:14px;line-height:20px;font-weight:600;margin:0}
.po-admin-section{border:1px solid ${fg(0.16)};border-radius:8px;padding:16px;display:flex;flex-direction:column;gap:12px;background:var(--center-channel-bg)}
.po-admin-notice{border-left:4px solid var(--away-indicator);background:${fg(0.04)};padding:8px 12px;border-radius:4px}
.po-admin-alert{border-left:4px solid var(--error-text);background:${fg(0.04)};padding:8px 12px;border-radius:4px;color:var(--error-text)}
.po-admin-chips{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:6px}
.po-admin-chips>li{display:inline-flex;align-items:center;gap:2px;border-radius:12px;padding:2px 2px 2px 10px;background:${fg(0.08)};font-size:12px;line-height:20px}
.po-admin-chip-remove{font:inherit;border:none;background:none;color:${fg(0.56)};cursor:pointer;border-radius:50%;width:20px;height:20px;display:inline-flex;align-items:center;justify-content:center;padding:0}
.po-admin-chip-remove:hover{background:${fg(0.16)};color:var(--center-channel-color)}
.po-admin-picker{position:relative;max-width:360px}
.po-admin-listbox{position:absolute;z-index:10;left:0;right:0;top:100%;margin:2px 0 0;padding:4px 0;list-style:none;background:var(--center-channel-bg);border:1px solid ${fg(0.16)};border-radius:4px;box-shadow:0 8px 24px rgba(0,0,0,0.12);max-height:240px;overflow:auto}
.po-admin-listbox>li{padding:6px 12px;cursor:pointer}
.po-admin-listbox>li[aria-selected="true"],.po-admin-listbox>li:hover{background:rgba(var(--button-bg-rgb),0.08)}
.po-admin-grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:16px}
.po-admin-list{margin:0;padding-left:18px;display:flex;flex-direction:column;gap:4px}
.po-admin-dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 12px;margin:0}
.po-admin-dl dt{font-weight:600}
.po-admin-dl dd{margin:0;word-break:break-word}
.po-admin select.po-input{max-width:360px}
`;

export function useAdminStyles(): void {
    useInjectedStyle(ADMIN_STYLE_ELEMENT_ID, ADMIN_CSS);
}
