// Events written under earlier rules keep their meaning: a log written by clients of event
// version 2 folds exactly as those clients folded it, whatever the rules of later versions say.
// The expected state was recorded from the version 2 fold before the rules changed.
import {readFileSync} from 'fs';
import {join} from 'path';

import {historyOf} from './history';
import {ITEMS} from './process';
import type {PluginState} from './tracker_state';
import {Scenario, U} from './testing/scenario';

/** The path under version 2 rules: 1.0.0 through community, then 1.0.1 re-signed and redeployed. */
function version2ReleaseLog(): Scenario {
    const s = new Scenario().writtenAs(2).policy().register().throughCommunity();
    s.release('v1.0.1');
    // Version 2 reopened QA and release CI: both were signed again, the stage deployed again.
    s.signOff('qa-pass', U.qa2).check('release', 'ci-request').signOff('release', U.integ1);
    s.deploy('community');
    s.deploy('ci-extensions-release');
    s.evidence('release-qa', 'qa-notes', 'v1.0.1 verified.', U.qa1).signOff('release-qa', U.qa1).deploy('community');
    return s;
}

/** Sub-steps renamed since (process.ts keeps their former keys): the state names them by their key of the time. */
function withFormerKeys(plugin: PluginState | undefined): unknown {
    if (!plugin) {
        return plugin;
    }
    const items = Object.fromEntries(ITEMS.map((def) => [def.key, {
        ...plugin.items[def.key],
        substeps: plugin.items[def.key].substeps.map((substep, index) => ({...substep, key: def.substeps[index]?.formerKeys?.[0] ?? substep.key})),
    }]));
    return {...plugin, items};
}

/** What a fold shows of a log: every plugin's state and every verdict. */
function folded(s: Scenario): unknown {
    const state = s.state();
    return {
        plugins: state.pluginOrder.map((id) => withFormerKeys(state.plugins[id])),
        verdicts: historyOf(state).map((line) => ({type: line.type, rejection: line.rejection?.code ?? null})),
    };
}

const EXPECTED = join(__dirname, 'testing', 'version2_release_log.json');

describe('a version 2 log', () => {
    it('folds as version 2 folded it: a new release reopened QA and release CI and moved the deployed stage back', () => {
        const expected: unknown = JSON.parse(readFileSync(EXPECTED, 'utf8'));
        expect(JSON.parse(JSON.stringify(folded(version2ReleaseLog())))).toEqual(expected);
    });

    const throughStage2 = () => new Scenario().writtenAs(2).policy().register().stage1Done().deploy('ci-extensions').stage2Done().deploy('ci-extensions-release');
    const plugin = (s: Scenario) => {
        const found = s.state().plugins['github'];
        if (!found) {
            throw new Error('github is not registered');
        }
        return found;
    };

    it('reopens every sign-off version 2 pinned to the release, keeping them for the record', () => {
        const s = throughStage2();
        const before = plugin(s);
        s.release('v1.1.0');
        const after = plugin(s);
        expect(after.items['qa-pass']).toMatchObject({status: 'pending', signOffs: {}, openSince: s.entries.at(-1)?.createAt});
        expect(after.items['qa-pass'].reopened).toEqual([before.items['qa-pass'].signOffs.signoff]);
        expect(after.items['qa-pass'].reopened[0]?.release).toBe('v1.0.0');
        expect(after.items.release.status).toBe('pending');
        expect(after.items['complete-review']).toEqual(before.items['complete-review']);
    });

    it('takes a deployed stage whose items reopen back to in-progress, keeping the deployment', () => {
        const s = throughStage2();
        const deployment = plugin(s).stages['ci-extensions-release'].deployment;
        s.release('v1.1.0');
        expect(plugin(s).stages['ci-extensions-release']).toEqual({key: 'ci-extensions-release', status: 'in-progress', deployment});
    });

    it('does not let a version 2 deployment redeploy a deployed stage, nor a version 2 QA wait for the release to run', () => {
        const s = new Scenario().writtenAs(2).policy().register().throughCommunity();
        s.deploy('ci-extensions-release');
        expect(s.last().rejection?.code).toBe('invalid');
        // Version 2 reopened the stage-2 items too; signed again, the release QA needed no deployment of the new release.
        s.release('v1.1.0').signOff('qa-pass', U.qa2).signOff('release', U.integ1).signOff('release-qa', U.qa2);
        expect(s.last().rejection).toBeNull();
    });

    it('a version 3 release change in a version 2 log reopens only the release QA', () => {
        const s = new Scenario().writtenAs(2).policy().register().throughCommunity().writtenAs(3).release('v1.1.0');
        expect(plugin(s).items['qa-pass'].status).toBe('done');
        expect(plugin(s).items.release.status).toBe('done');
        expect(plugin(s).items['release-qa'].status).toBe('pending');
        expect(plugin(s).stages['ci-extensions-release'].status).toBe('deployed');
    });
});

describe('the PM/UX findings (version 4)', () => {
    const stage2Ready = (version: number) => new Scenario().writtenAs(version).policy().register().stage1Done().deploy('ci-extensions');
    const pmState = (s: Scenario) => {
        const found = s.state().plugins['github'];
        if (!found) {
            throw new Error('github is not registered');
        }
        return found.items['pm-ux-review'];
    };

    it('a version 3 PM/UX sign-off needed no walk-through notes or communication decision, and still does not', () => {
        const s = stage2Ready(3).pmReady().signOff('pm-ux-review', U.pm1);
        expect(s.last().rejection).toBeNull();
        expect(pmState(s).status).toBe('done');
    });

    it('a version 4 PM/UX sign-off needs both, and names them', () => {
        const s = stage2Ready(4).pmReady();
        const withoutFindings = stage2Ready(4).evidence('pm-ux-review', 'summary', 'Connects GitHub.').evidence('pm-ux-review', 'use-cases', '- notifications')
            .evidence('pm-ux-review', 'docs', 'https://example.com/docs').check('pm-ux-review', 'write-summary').check('pm-ux-review', 'list-use-cases')
            .check('pm-ux-review', 'documentation').check('pm-ux-review', 'run-through', U.pm1).check('pm-ux-review', 'communication', U.pm1)
            .signOff('pm-ux-review', U.pm1);
        expect(withoutFindings.last().rejection?.list?.items).toEqual([
            "evidence 'Walk-through notes (primary use cases)' from the PM",
            "evidence 'Communication decision for the rollout' from the PM",
        ]);
        s.signOff('pm-ux-review', U.pm1);
        expect(s.last().rejection).toBeNull();
        expect(pmState(s).evidence['comms-decision']?.value).toBe('No announcement needed.');
    });

    it('to a version 3 event the new fields do not exist: recording one changes nothing, as version 3 clients folded it', () => {
        const s = stage2Ready(3).evidence('pm-ux-review', 'walkthrough-notes', 'Ran through.', U.pm1);
        expect(s.last().rejection?.message).toMatch(/has no evidence field 'walkthrough-notes'/);
        expect(pmState(s).evidence['walkthrough-notes']).toBeUndefined();
    });
});
