// A live event on one plugin renders that plugin's card, its event line and its row in the panel's
// list again, and nothing else: the tracker channel shows cards by the hundred.
import {act, screen, waitFor, within} from '@testing-library/react';
import React, {Profiler} from 'react';

import * as turns from '../../domain/turns';
import {RhsRoot} from '../rhs/rhs_root';
import {createHarness, type Harness} from '../shared/testing/harness';
import {CAST, policy, register} from '../shared/testing/fixtures';

import {PostCard} from './post_card';

const PLUGINS = ['alpha', 'beta', 'gamma'] as const;

/** Renders per Profiler id since the last reset. */
function renderCounter(): {onRender: React.ProfilerOnRenderCallback; counts: Map<string, number>; reset: () => void} {
    const counts = new Map<string, number>();
    return {
        counts,
        onRender: (id) => {
            counts.set(id, (counts.get(id) ?? 0) + 1);
        },
        reset: () => counts.clear(),
    };
}

/** What the channel and the panel show: each plugin's card, one event line of alpha's, and the list. */
async function channel(): Promise<{h: Harness; counter: ReturnType<typeof renderCounter>; line: string}> {
    const h = createHarness({users: CAST, me: 'alice'});
    await h.post('admin', policy(h.users));
    const cards = new Map<string, string>();
    for (const plugin of PLUGINS) {
        cards.set(plugin, (await h.post('alice', register(plugin, plugin.toUpperCase(), [h.users.alice ?? '']))).postId);
    }
    const {postId: line} = await h.post('alice', {type: 'evidence.set', plugin: 'alpha', item: 'basic-review', field: 'introduction-post', value: 'https://example.com/alpha'});
    const counter = renderCounter();
    h.live();
    h.render(
        <>
            {PLUGINS.map((plugin) => (
                <Profiler key={plugin} id={`card:${plugin}`} onRender={counter.onRender}>
                    <PostCard post={h.server.post(cards.get(plugin) ?? '')}/>
                </Profiler>
            ))}
            <Profiler id='line:alpha' onRender={counter.onRender}>
                <PostCard post={h.server.post(line)}/>
            </Profiler>
            <RhsRoot/>
        </>,
    );
    await screen.findByRole('article', {name: 'GAMMA'});
    await screen.findByRole('button', {name: 'Open GAMMA'});
    return {h, counter, line};
}

async function arrives(h: Harness, write: () => Promise<unknown>): Promise<void> {
    await act(async () => {
        await write();
        h.server.flushSocket();
        await h.session.settled();
    });
}

describe('live events render only what changed', () => {
    it("a change to beta renders beta's card and beta's row again, not alpha's or gamma's, nor alpha's event line", async () => {
        const {h, counter} = await channel();
        const rows = jest.spyOn(turns, 'turnsOf');
        counter.reset();

        await arrives(h, () => h.post('alice', {type: 'evidence.set', plugin: 'beta', item: 'basic-review', field: 'introduction-post', value: 'https://example.com/beta'}));
        await waitFor(() => expect(within(screen.getByRole('article', {name: 'BETA'})).getByText(/Check sub-step/)).toBeInTheDocument());

        expect(counter.counts.get('card:beta') ?? 0).toBeGreaterThan(0);
        expect(counter.counts.get('card:alpha') ?? 0).toBe(0);
        expect(counter.counts.get('card:gamma') ?? 0).toBe(0);
        expect(counter.counts.get('line:alpha') ?? 0).toBe(0);
        const rowsRendered = rows.mock.calls.map(([, plugin]) => plugin.id);
        expect(rowsRendered).toContain('beta');
        expect(rowsRendered).not.toContain('alpha');
        expect(rowsRendered).not.toContain('gamma');
        rows.mockRestore();
    });

    it("an edited post makes the whole record fold again: only the edited post's line and its plugin's card render again", async () => {
        const {h, counter, line} = await channel();
        counter.reset();
        // Editing an event's message marks it edited: its plugin's change no longer counts.
        await arrives(h, async () => {
            h.server.patchPost(h.users.alice ?? '', line, {message: 'edited afterwards'});
        });
        await waitFor(() => expect(counter.counts.get('line:alpha') ?? 0).toBeGreaterThan(0));
        expect(counter.counts.get('card:alpha') ?? 0).toBeGreaterThan(0);
        expect(counter.counts.get('card:beta') ?? 0).toBe(0);
        expect(counter.counts.get('card:gamma') ?? 0).toBe(0);
    });

    it('a burst of events on one plugin renders its card a few times, not once per event', async () => {
        const {h, counter} = await channel();
        counter.reset();
        const burst = 12;
        await arrives(h, async () => {
            for (let i = 0; i < burst; i++) {
                await h.post('alice', {type: 'evidence.set', plugin: 'gamma', item: 'basic-review', field: 'review-pr', value: `https://example.com/gamma/pull/${i}`});
            }
        });
        expect(counter.counts.get('card:gamma') ?? 0).toBeGreaterThan(0);
        expect(counter.counts.get('card:gamma') ?? 0).toBeLessThanOrEqual(3);
        expect(counter.counts.get('card:alpha') ?? 0).toBe(0);
    });
});
