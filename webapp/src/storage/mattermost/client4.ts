// The plugin's own Client4: the real class from @mattermost/client, imported without the package
// index, which would also bundle the WebSocket client (~30 KB) that this plugin never uses — the
// webapp's socket delivers its events. Client4 is CommonJS, so only this import keeps it out.
import Client4Class from '@mattermost/client/lib/client4';

export const Client4 = new Client4Class();
