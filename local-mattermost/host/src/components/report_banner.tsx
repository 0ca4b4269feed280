// The red banner that makes unsupported registry calls and plugin errors impossible to miss.
import React, {useSyncExternalStore} from 'react';

import {getReport, subscribeReport, type HostReport} from '../host_report';

let snapshot = '';
let lastReport: Pick<HostReport, 'unknownRegistryCalls' | 'pluginErrors'> = {unknownRegistryCalls: [], pluginErrors: []};

// useSyncExternalStore needs a stable snapshot; the report is mutated in place, so copy on change.
function readReport(): typeof lastReport {
    const r = getReport();
    const key = JSON.stringify([r.unknownRegistryCalls, r.pluginErrors]);
    if (key !== snapshot) {
        snapshot = key;
        lastReport = {unknownRegistryCalls: [...r.unknownRegistryCalls], pluginErrors: [...r.pluginErrors]};
    }
    return lastReport;
}

export default function ReportBanner() {
    const {unknownRegistryCalls, pluginErrors} = useSyncExternalStore(subscribeReport, readReport);
    if (unknownRegistryCalls.length === 0 && pluginErrors.length === 0) {
        return null;
    }
    return (
        <div
            className='host-report-banner'
            role='alert'
            data-testid='host-report-banner'
        >
            {unknownRegistryCalls.length > 0 && (
                <div>{`Unsupported registry method(s) called: ${[...new Set(unknownRegistryCalls)].join(', ')}`}</div>
            )}
            {pluginErrors.map((e, i) => <div key={i}>{e}</div>)}
        </div>
    );
}
