// Theme handling as the webapp does it: the theme lives in the user's `theme` preference (so plugins
// reading getTheme(state) see it) and every colour is also set as a CSS variable on :root, with an
// `-rgb` twin, which is what plugin CSS is expected to use.
import {Preferences} from 'mattermost-redux/constants';

import type {Theme} from 'mattermost-redux/selectors/entities/preferences';

export type ThemeName = 'denim' | 'onyx';

const STORAGE_KEY = 'local-mattermost.theme';

// Theme key -> CSS variable, as applyTheme in the webapp's utils names them.
const CSS_VARIABLES: Array<[keyof Theme, string]> = [
    ['sidebarBg', '--sidebar-bg'],
    ['sidebarText', '--sidebar-text'],
    ['sidebarUnreadText', '--sidebar-unread-text'],
    ['sidebarTextHoverBg', '--sidebar-text-hover-bg'],
    ['sidebarTextActiveBorder', '--sidebar-text-active-border'],
    ['sidebarTextActiveColor', '--sidebar-text-active-color'],
    ['sidebarHeaderBg', '--sidebar-header-bg'],
    ['sidebarHeaderTextColor', '--sidebar-header-text-color'],
    ['sidebarTeamBarBg', '--sidebar-teambar-bg'],
    ['onlineIndicator', '--online-indicator'],
    ['awayIndicator', '--away-indicator'],
    ['dndIndicator', '--dnd-indicator'],
    ['mentionBg', '--mention-bg'],
    ['mentionColor', '--mention-color'],
    ['centerChannelBg', '--center-channel-bg'],
    ['centerChannelColor', '--center-channel-color'],
    ['newMessageSeparator', '--new-message-separator'],
    ['linkColor', '--link-color'],
    ['buttonBg', '--button-bg'],
    ['buttonColor', '--button-color'],
    ['errorTextColor', '--error-text'],
    ['mentionHighlightBg', '--mention-highlight-bg'],
    ['mentionHighlightLink', '--mention-highlight-link'],
];

export function themeByName(name: ThemeName): Theme {
    return Preferences.THEMES[name];
}

export function storedThemeName(): ThemeName {
    return window.localStorage.getItem(STORAGE_KEY) === 'onyx' ? 'onyx' : 'denim';
}

export function storeThemeName(name: ThemeName): void {
    window.localStorage.setItem(STORAGE_KEY, name);
}

export function hexToRgbTriplet(hex: string): string {
    const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
    if (!m || !m[1] || !m[2] || !m[3]) {
        return '0, 0, 0';
    }
    return `${parseInt(m[1], 16)}, ${parseInt(m[2], 16)}, ${parseInt(m[3], 16)}`;
}

export function applyThemeCss(theme: Theme, name: ThemeName): void {
    const root = document.documentElement;
    for (const [key, variable] of CSS_VARIABLES) {
        const value = theme[key];
        if (typeof value === 'string') {
            root.style.setProperty(variable, value);
            root.style.setProperty(`${variable}-rgb`, hexToRgbTriplet(value));
        }
    }
    root.dataset.theme = name;
    root.style.colorScheme = name === 'onyx' ? 'dark' : 'light';
}
