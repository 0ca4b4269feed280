// Behaviour switches of one running server, set from LocalMattermostOptions and, for browser
// tests, from the /__local test routes.
import type {Random} from './random';

export interface ServerSettings {
    // Tie order of equal create_at and the rows a capped `since` answer keeps.
    random: Random;
    // How long a post whose message holds a URL waits for "link previews" before it is saved
    // (0: it is saved at once). See posts.ts create.
    linkPreviewDelayMs: number;
    // ServiceSettings.EnableCommands when the stored config does not say.
    enableCommands: boolean;
    // A network between client and server: every request and websocket upgrade waits this long
    // (one round trip) before it is handled. 0 is loopback.
    latencyMs: number;
}

export function defaultSettings(): ServerSettings {
    return {random: Math.random, linkPreviewDelayMs: 0, enableCommands: true, latencyMs: 0};
}
