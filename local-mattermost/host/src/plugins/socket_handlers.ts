// Plugin websocket and reconnect handlers, kept outside redux like the webapp's websocket_actions:
// one handler per (plugin, event) and one reconnect handler per plugin; a later registration replaces.
export type SocketMessage = {event: string; data: Record<string, unknown>; broadcast: Record<string, unknown>; seq: number};
type Handler = (msg: SocketMessage) => void;

const eventHandlers = new Map<string, Map<string, Handler>>();
const reconnectHandlers = new Map<string, () => void>();

export function registerEventHandler(pluginId: string, event: string, handler: Handler): void {
    const forPlugin = eventHandlers.get(pluginId) ?? new Map<string, Handler>();
    forPlugin.set(event, handler);
    eventHandlers.set(pluginId, forPlugin);
}

export function unregisterEventHandler(pluginId: string, event: string): void {
    eventHandlers.get(pluginId)?.delete(event);
}

export function registerReconnect(pluginId: string, handler: () => void): void {
    reconnectHandlers.set(pluginId, handler);
}

export function unregisterReconnect(pluginId: string): void {
    reconnectHandlers.delete(pluginId);
}

export function removePluginHandlers(pluginId: string): void {
    eventHandlers.delete(pluginId);
    reconnectHandlers.delete(pluginId);
}

// A throwing plugin handler must not stop the host or other plugins from seeing the event.
export function dispatchToPlugins(msg: SocketMessage, onError: (pluginId: string, err: unknown) => void): void {
    for (const [pluginId, handlers] of eventHandlers) {
        const handler = handlers.get(msg.event);
        if (handler) {
            try {
                handler(msg);
            } catch (err) {
                onError(pluginId, err);
            }
        }
    }
}

export function runReconnectHandlers(onError: (pluginId: string, err: unknown) => void): void {
    for (const [pluginId, handler] of reconnectHandlers) {
        try {
            handler();
        } catch (err) {
            onError(pluginId, err);
        }
    }
}
