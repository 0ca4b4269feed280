// Events written under earlier rules keep their meaning: a log written by clients of event
// version 2 folds exactly as those clients folded it, whatever the rules of later versions say.
// The expected state was recorded from the version 2 fold before the rules changed.
import {readFileSync} from 'fs';
import {join} from 'path';

import {historyOf} from './history';
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

/** What a fold shows of a log: every plugin's state and every verdict. */
function folded(s: Scenario): unknown {
    const state = s.state();
    return {
        plugins: state.pluginOrder.map((id) => state.plugins[id]),
        verdicts: historyOf(state).map((line) => ({type: line.type, rejection: line.rejection?.code ?? null})),
    };
}

const EXPECTED = join(__dirname, 'testing', 'version2_release_log.json');

describe('a version 2 log', () => {
    it('folds as version 2 folded it: a new release reopened QA and release CI and moved the deployed stage back', () => {
        const expected: unknown = JSON.parse(readFileSync(EXPECTED, 'utf8'));
        expect(JSON.parse(JSON.stringify(folded(version2ReleaseLog())))).toEqual(expected);
    });
});
