// A component whose code arrives on first render. While it loads: a quiet placeholder; if the
// chunk fails: what happened and a retry; if the loaded component throws: an error view with a
// reload, so the panel is never blank.
import React, {Component, useCallback, useEffect, useState, type ComponentType, type ErrorInfo, type ReactNode} from 'react';
import {useIntl} from 'react-intl';

import {mainMessages} from '../../i18n/messages_main';

import {memoComponent} from './memo_component';
import {useAddTranslations} from './translations';

/** What a chunk brings: the component, and the strings of its area that the view did not load yet. */
export interface LoadedPart<P> {
    readonly Component: ComponentType<P>;
    readonly messages?: Record<string, string>;
}

type Load<P> = () => Promise<LoadedPart<P>>;

export interface LazyOptions {
    /**
     * Nothing shown while loading: for an addition to a view that is already there (a notice), where a
     * "Loading…" line would flash for nothing. A failed download is still said.
     */
    readonly quiet?: boolean;
}

export function lazyComponent<P extends object>(load: Load<P>, displayName: string, options: LazyOptions = {}): ComponentType<P> {
    let resolved: ComponentType<P> | null = null;
    const Lazy = (props: P) => {
        const addTranslations = useAddTranslations();
        const [loaded, setLoaded] = useState<ComponentType<P> | null>(() => resolved);
        const [error, setError] = useState<string | null>(null);
        const start = useCallback(() => {
            setError(null);
            load().then((part) => {
                if (part.messages) {
                    addTranslations(part.messages);
                }
                resolved = part.Component;
                setLoaded(() => part.Component);
            }, (e: unknown) => setError(errorText(e)));
        }, [addTranslations]);
        useEffect(() => {
            if (!resolved) {
                start();
            }
        }, [start]);
        if (loaded) {
            const Loaded = loaded;
            return <ErrorBoundary><Loaded {...props}/></ErrorBoundary>;
        }
        if (error !== null) {
            return <LoadFailed error={error} onRetry={start}/>;
        }
        return options.quiet ? null : <Loading/>;
    };
    Lazy.displayName = `Lazy(${displayName})`;
    return memoComponent(Lazy);
}

function errorText(error: unknown): string {
    if (error instanceof Error && error.message !== '') {
        return error.message;
    }
    return String(error);
}

const boxStyle: React.CSSProperties = {padding: '16px', color: 'var(--center-channel-color)'};

function Loading() {
    const intl = useIntl();
    return <div style={boxStyle} role='status' aria-live='polite'>{intl.formatMessage(mainMessages.loading)}</div>;
}

function LoadFailed({error, onRetry}: {error: string; onRetry: () => void}) {
    const intl = useIntl();
    return (
        <div style={boxStyle} role='alert'>
            <p style={{color: 'var(--error-text)'}}>{intl.formatMessage(mainMessages.loadFailed, {error})}</p>
            <button type='button' className='btn btn-primary' onClick={onRetry}>{intl.formatMessage(mainMessages.retry)}</button>
        </div>
    );
}

class ErrorBoundary extends Component<{children: ReactNode}, {error: string | null}> {
    override state = {error: null as string | null};

    static getDerivedStateFromError(error: unknown) {
        return {error: errorText(error)};
    }

    override componentDidCatch(error: unknown, info: ErrorInfo) {
        console.error('plugin-onboard: a view crashed', error, info.componentStack);
    }

    override render() {
        if (this.state.error !== null) {
            return <Crashed error={this.state.error} onReload={() => this.setState({error: null})}/>;
        }
        return this.props.children;
    }
}

function Crashed({error, onReload}: {error: string; onReload: () => void}) {
    const intl = useIntl();
    return (
        <div style={boxStyle} role='alert'>
            <p style={{color: 'var(--error-text)'}}>{intl.formatMessage(mainMessages.crashed, {error})}</p>
            <button type='button' className='btn btn-tertiary' onClick={onReload}>{intl.formatMessage(mainMessages.reload)}</button>
        </div>
    );
}
