// Loads the app chunk once, on first use (opening the panel, a card scrolling into view, the
// command, the System Console page). A failed load is forgotten so the next use retries it:
// webpack also forgets a failed chunk, so a retry really goes back to the network.
import type {App, AppDeps} from './app_types';

export interface AppLoader {
    load(): Promise<App>;
    /** The app if it has loaded; events that arrive before anyone used the plugin need no work. */
    loaded(): App | null;
}

export function createAppLoader(deps: () => AppDeps, importApp: () => Promise<{createApp(deps: AppDeps): App}>): AppLoader {
    let pending: Promise<App> | null = null;
    let app: App | null = null;
    return {
        load() {
            if (!pending) {
                pending = importApp().then((module) => {
                    app = module.createApp(deps());
                    return app;
                }, (error: unknown) => {
                    pending = null;
                    throw error;
                });
            }
            return pending;
        },
        loaded: () => app,
    };
}
