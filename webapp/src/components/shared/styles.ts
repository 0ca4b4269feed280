// All styling of the panel and cards lives in panel.css (readable source, shipped minified: see
// scripts/css/); the webapp has no CSS pipeline for plugins, so the sheet is injected once into
// <head> by useStyles().
import {useEffect} from 'react';

import PANEL_CSS from './panel.css';

export const STYLE_ELEMENT_ID = 'plugin-onboard-styles';

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
    useInjectedStyle(STYLE_ELEMENT_ID, PANEL_CSS);
}
