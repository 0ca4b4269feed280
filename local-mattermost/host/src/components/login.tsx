// The login page. After logging in the page reloads, so plugins initialise with the new user as
// they would after a real login.
import React, {useState} from 'react';

import {seedPassword, seedUsers} from '../../../server/seed_accounts';
import {channelPath, DEFAULT_CHANNEL, DEFAULT_TEAM} from '../router';
import {login} from '../session';

export default function Login() {
    const [username, setUsername] = useState('');
    const [password, setPassword] = useState('');
    const [error, setError] = useState('');
    const [busy, setBusy] = useState(false);

    const onSubmit = async (e: React.FormEvent) => {
        e.preventDefault();
        setBusy(true);
        setError('');
        try {
            await login(username.trim(), password);
            window.location.assign(channelPath(DEFAULT_TEAM, DEFAULT_CHANNEL) + window.location.search);
        } catch (err) {
            setError(err instanceof Error ? err.message : 'Login failed.');
            setBusy(false);
        }
    };

    return (
        <div className='login-page'>
            <form
                className='login-box'
                onSubmit={onSubmit}
                aria-label='Log in'
            >
                <h1 className='login-title'>{'Log in to your account'}</h1>
                <label htmlFor='input_loginId'>{'Username'}</label>
                <input
                    id='input_loginId'
                    name='loginId'
                    autoComplete='username'
                    value={username}
                    onChange={(e) => setUsername(e.target.value)}
                />
                <label htmlFor='input_password-input'>{'Password'}</label>
                <input
                    id='input_password-input'
                    name='password'
                    type='password'
                    autoComplete='current-password'
                    value={password}
                    onChange={(e) => setPassword(e.target.value)}
                />
                {error && <div className='login-error' role='alert'>{error}</div>}
                <button
                    id='saveSetting'
                    type='submit'
                    className='btn btn-primary'
                    disabled={busy || !username}
                >
                    {'Log in'}
                </button>
                <p className='login-hint'>{`Seeded users: ${seedUsers.map((u) => u.username).join(', ')} — password ${seedPassword}.`}</p>
            </form>
        </div>
    );
}
