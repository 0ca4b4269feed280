import React, {useState} from 'react';
import {useIntl} from 'react-intl';

import {ownersOf} from '../../domain/people';
import {rhsPageMessages as pm} from '../../i18n/messages_rhs_page';
import {SafeLink} from '../shared/safe_link';

import {ActionButton} from './action_button';
import {HandoffButton} from './handoff_button';
import {usePage} from './page_context';
import {ReleaseForm} from './release_form';

export function PluginHeader(): React.JSX.Element {
    const intl = useIntl();
    const {plugin, userName, verdict} = usePage();
    const [editingRelease, setEditingRelease] = useState(false);
    const releaseRejection = verdict({type: 'release.set', plugin: plugin.id, version: '1.0.0', url: 'https://example.com/release'});
    return (
        <header className='po-stack'>
            <div className='po-row'>
                <h2>{plugin.name}</h2>
                {plugin.archived && <span className='po-chip po-chip-archived'>{intl.formatMessage(pm.archived)}</span>}
            </div>
            <dl className='po-stack' style={{margin: 0, gap: 4}}>
                <div className='po-row'>
                    <dt className='po-muted'>{intl.formatMessage(pm.fieldId)}</dt>
                    <dd style={{margin: 0}}><code>{plugin.id}</code></dd>
                </div>
                <div className='po-row'>
                    <dt className='po-muted'>
                        <i className='icon icon-source-pull' aria-hidden='true'/>
                        {intl.formatMessage(pm.repository)}
                    </dt>
                    <dd style={{margin: 0}}><SafeLink value={plugin.repoUrl}/></dd>
                </div>
                <div className='po-row'>
                    <dt className='po-muted'>{intl.formatMessage(pm.owners)}</dt>
                    <dd style={{margin: 0}}>
                        {ownersOf(plugin).map(userName).join(', ')}
                    </dd>
                </div>
                <div className='po-row'>
                    <dt className='po-muted'>
                        <i className='icon icon-server-outline' aria-hidden='true'/>
                        {intl.formatMessage(pm.releaseInForce)}
                    </dt>
                    <dd style={{margin: 0}}>
                        {plugin.release ? <SafeLink value={plugin.release.url} label={plugin.release.version}/> : intl.formatMessage(pm.noRelease)}
                    </dd>
                </div>
            </dl>
            {editingRelease ? (
                <ReleaseForm onClose={() => setEditingRelease(false)}/>
            ) : (
                <div>
                    <ActionButton label={intl.formatMessage(pm.setRelease)} rejection={releaseRejection} onClick={() => setEditingRelease(true)}/>
                </div>
            )}
            <HandoffButton/>
        </header>
    );
}
