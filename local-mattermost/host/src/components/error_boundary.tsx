// A plugin component that throws while rendering must not blank the host; the webapp wraps
// pluggables the same way. The failure is reported like any other plugin error. Its Profiler
// measures the plugin's rendering for the bench (plugin_render_time.ts; a no-op in production React).
import React, {Profiler} from 'react';

import {recordPluginRender} from '../plugin_render_time';
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
        return <Profiler id={this.props.pluginId} onRender={recordPluginRender}>{this.props.children}</Profiler>;
    }
}
