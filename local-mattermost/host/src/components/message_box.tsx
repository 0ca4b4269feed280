// The center channel's textbox: Enter sends, Shift+Enter adds a line. Errors from plugin hooks or
// the server appear under the box and the text stays, as in the webapp.
import React, {useState} from 'react';
import {useSelector} from 'react-redux';

import {getCurrentChannel} from 'mattermost-redux/selectors/entities/channels';

import type {HostState} from '../store/configure';
import {submitMessage} from '../submit_message';

import {useHost} from './host_context';

export default function MessageBox() {
    const {store} = useHost();
    const channel = useSelector((state: HostState) => getCurrentChannel(state));
    const [text, setText] = useState('');
    const [error, setError] = useState('');
    const [sending, setSending] = useState(false);

    const send = async () => {
        if (!channel || sending) {
            return;
        }
        setSending(true);
        const outcome = await submitMessage(store, text, channel.id);
        setSending(false);
        if (outcome.clear) {
            setText('');
            setError('');
        } else {
            setError(outcome.error);
        }
    };

    return (
        <div className='post-create'>
            <div className={error ? 'post-create__box has-error' : 'post-create__box'}>
                <textarea
                    id='post_textbox'
                    data-testid='post_textbox'
                    aria-label={channel ? `write to ${channel.display_name}` : 'write a message'}
                    placeholder={channel ? `Write to ${channel.display_name}` : ''}
                    value={text}
                    rows={1}
                    onChange={(e) => setText(e.target.value)}
                    onKeyDown={(e) => {
                        if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                            e.preventDefault();
                            void send();
                        }
                    }}
                />
                <button
                    type='button'
                    className='post-create__send'
                    aria-label='Send'
                    disabled={sending || !text.trim()}
                    onClick={() => void send()}
                >
                    <i className='icon icon-send'/>
                </button>
            </div>
            <div
                id='postCreateFooter'
                className='post-create-footer'
            >
                {error && (
                    <div
                        className='post-error'
                        role='alert'
                        data-testid='post-error'
                    >
                        <i className='icon icon-alert-outline'/>
                        {error}
                    </div>
                )}
            </div>
        </div>
    );
}
