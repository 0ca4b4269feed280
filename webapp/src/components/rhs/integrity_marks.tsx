// Marks of the record as a list of sentences with names (i18n/integrity_words.ts), one per mark;
// accepted ones say who accepted the loss and why.
import React from 'react';
import {useIntl} from 'react-intl';

import type {IntegrityMark} from '../../domain/tracker_state';
import {acceptanceSentence, markSentence} from '../../i18n/integrity_words';
import {integrityMessages as m} from '../../i18n/messages_integrity';
import type {TrackerView} from '../../state/types';
import {useUserName} from '../shared/use_user_name';

import {useIntegrityWords} from './use_integrity_words';

/** Marks are unique by post and kind ('fewer' marks of the tracker and of a thread share a post). */
export function markKey(mark: IntegrityMark): string {
    return `${mark.post}:${mark.kind}:${mark.scope}`;
}

export function IntegrityMarks({view, marks, label}: {view: TrackerView; marks: readonly IntegrityMark[]; label?: string}): React.JSX.Element {
    const intl = useIntl();
    const {words, format} = useIntegrityWords(view.state, useUserName(view));
    return (
        <ul aria-label={label ?? intl.formatMessage(m.marksLabel)}>
            {marks.map((mark) => {
                const accepted = acceptanceSentence(mark, words, format);
                return (
                    <li key={markKey(mark)}>
                        {markSentence(mark, words, format)}
                        {accepted !== null && <span className='po-muted'>{' '}{accepted}</span>}
                    </li>
                );
            })}
        </ul>
    );
}
