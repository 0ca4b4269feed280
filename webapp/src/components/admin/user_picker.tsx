// One role's roster: chips of the people in it and a username box that only ever adds users the
// server knows. An ARIA combobox, so the suggestion list works from the keyboard and is announced.
import React, {useId, useRef, useState} from 'react';
import {useIntl} from 'react-intl';

import type {UserSummary} from '../../storage/port';
import {adminMessages as m} from '../../i18n/messages_admin';
import {toUserError} from '../../state/user_errors';
import {Chips} from './chips';

export interface UserSearch {
    byUsernames(usernames: readonly string[]): Promise<UserSummary[]>;
    autocomplete(term: string, teamId?: string): Promise<UserSummary[]>;
}

export interface UserPickerProps {
    readonly roleLabel: string;
    readonly userIds: readonly string[];
    readonly userName: (userId: string) => string;
    readonly search: UserSearch;
    readonly teamId: string;
    readonly disabled: boolean;
    readonly onAdd: (user: UserSummary) => void;
    readonly onRemove: (userId: string) => void;
}

function normalise(term: string): string {
    return term.trim().replace(/^@/, '').toLowerCase();
}

export function UserPicker(props: UserPickerProps): React.JSX.Element {
    const {roleLabel, userIds, userName, search, teamId, disabled, onAdd, onRemove} = props;
    const intl = useIntl();
    const baseId = useId();
    const inputId = `${baseId}-input`;
    const listId = `${baseId}-list`;
    const errorId = `${baseId}-error`;
    const [term, setTerm] = useState('');
    const [options, setOptions] = useState<UserSummary[]>([]);
    const [active, setActive] = useState(-1);
    const [error, setError] = useState<string | null>(null);
    // Answers can arrive out of order while typing: only the newest request may set the options.
    const requestSeq = useRef(0);
    // A removed chip takes its focused button with it: focus goes back to the box, not to the page.
    const input = useRef<HTMLInputElement>(null);

    const open = options.length > 0;

    const add = (user: UserSummary): void => {
        if (userIds.includes(user.id)) {
            setError(intl.formatMessage(m.alreadyInRole, {username: user.username, role: roleLabel}));
        } else {
            onAdd(user);
            setError(null);
        }
        setTerm('');
        setOptions([]);
        setActive(-1);
        requestSeq.current += 1;
    };

    const onType = (value: string): void => {
        setTerm(value);
        setError(null);
        setActive(-1);
        const query = normalise(value);
        const seq = ++requestSeq.current;
        if (query === '') {
            setOptions([]);
            return;
        }
        search.autocomplete(query, teamId).then((found) => {
            if (seq === requestSeq.current) {
                setOptions(found.slice(0, 10));
            }
        }, (err: unknown) => {
            if (seq === requestSeq.current) {
                setOptions([]);
                setError(intl.formatMessage(m.userLookupFailed, {message: toUserError(err, 'users').message}));
            }
        });
    };

    // Enter without a highlighted suggestion: the typed name must be an exact, existing username.
    const addTyped = async (): Promise<void> => {
        const username = normalise(term);
        if (username === '') {
            return;
        }
        const seq = ++requestSeq.current;
        try {
            const found = await search.byUsernames([username]);
            if (seq !== requestSeq.current) {
                return;
            }
            const user = found.find((candidate) => candidate.username.toLowerCase() === username);
            if (user) {
                add(user);
            } else {
                setOptions([]);
                setError(intl.formatMessage(m.noUser, {username}));
            }
        } catch (err) {
            if (seq === requestSeq.current) {
                setError(intl.formatMessage(m.userLookupFailed, {message: toUserError(err, 'users').message}));
            }
        }
    };

    const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>): void => {
        if (event.key === 'ArrowDown' && open) {
            event.preventDefault();
            setActive((index) => (index + 1) % options.length);
        } else if (event.key === 'ArrowUp' && open) {
            event.preventDefault();
            setActive((index) => (index <= 0 ? options.length - 1 : index - 1));
        } else if (event.key === 'Enter') {
            // Enter must never submit the System Console form around us.
            event.preventDefault();
            const chosen = options[active];
            if (chosen) {
                add(chosen);
            } else {
                void addTyped();
            }
        } else if (event.key === 'Escape' && open) {
            event.preventDefault();
            setOptions([]);
            setActive(-1);
        }
    };

    const activeOption = options[active];

    return (
        <div className='po-stack'>
            <Chips
                label={roleLabel}
                chips={userIds.map((userId) => ({key: userId, label: userName(userId), removeLabel: intl.formatMessage(m.removeUser, {name: userName(userId), role: roleLabel})}))}
                empty={intl.formatMessage(m.emptyRole)}
                disabled={disabled}
                focusAfterRemove={input}
                onRemove={onRemove}
            />
            <div className='po-admin-picker'>
                <label
                    className='po-sr-only'
                    htmlFor={inputId}
                >
                    {intl.formatMessage(m.addUser, {role: roleLabel})}
                </label>
                <input
                    ref={input}
                    id={inputId}
                    className='po-input'
                    type='text'
                    role='combobox'
                    autoComplete='off'
                    aria-autocomplete='list'
                    aria-expanded={open}
                    aria-controls={listId}
                    aria-activedescendant={activeOption ? `${listId}-${activeOption.id}` : undefined}
                    aria-invalid={error !== null}
                    aria-describedby={error === null ? undefined : errorId}
                    placeholder={intl.formatMessage(m.addUserPlaceholder)}
                    value={term}
                    disabled={disabled}
                    onChange={(event) => onType(event.target.value)}
                    onKeyDown={onKeyDown}
                />
                <ul
                    id={listId}
                    role='listbox'
                    aria-label={intl.formatMessage(m.suggestions)}
                    className='po-admin-listbox'
                    hidden={!open}
                >
                    {options.map((user, index) => (
                        <li
                            key={user.id}
                            id={`${listId}-${user.id}`}
                            role='option'
                            aria-selected={index === active}
                            // mousedown, not click: the input keeps focus and the list stays open until chosen.
                            onMouseDown={(event) => {
                                event.preventDefault();
                                add(user);
                            }}
                        >
                            {'@' + user.username}
                            {user.displayName !== '' && user.displayName !== user.username && <span className='po-muted'>{' ' + user.displayName}</span>}
                        </li>
                    ))}
                </ul>
            </div>
            {error !== null && (
                <div
                    id={errorId}
                    className='po-error'
                    role='alert'
                >
                    {error}
                </div>
            )}
        </div>
    );
}
