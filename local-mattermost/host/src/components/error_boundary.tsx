// A plugin component that throws while rendering must not blank the host; the webapp wraps
// pluggables the same way. The failure is reported like any other plugin error.
import React from 'react';

import {reportPluginError} from '../plugins/loader';

type Props = {pluginId: string; where: string; children: React.ReactNode};
type State = {failed: boolean};

export default class PluginErrorBoundary extends React.Component<Props, State> {
    override state: State = {failed: false};

    static getDerivedStateFromError(): State {
        return {failed: true};
    }

    override componentDidCatch(error: unknown): void {
        reportPluginError(this.props.pluginId, `render ${this.props.where}`, error);
    }

    override render(): React.ReactNode {
        if (this.state.failed) {
            return <div className='plugin-render-error'>{`The ${this.props.pluginId} plugin failed to render here.`}</div>;
        }
        return this.props.children;
    }
}
