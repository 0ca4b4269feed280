// The webapp exposes these libraries as window globals; plugin bundles list them as webpack externals
// and would crash at load time without them. Same versions as the webapp pins (react 18.2, redux 5, react-redux 9.2).
import React from 'react';
import ReactDOM from 'react-dom';
import * as ReactIntl from 'react-intl';
import * as ReactRedux from 'react-redux';
import * as Redux from 'redux';

import {navigate} from './router';

declare global {
    interface Window {
        React: typeof React;
        ReactDOM: typeof ReactDOM;
        Redux: typeof Redux;
        ReactRedux: typeof ReactRedux;
        ReactIntl: typeof ReactIntl;
        WebappUtils: {readonly browserHistory: {push(path: string): void}};
    }
}

export function installPluginGlobals(): void {
    window.React = React;
    window.ReactDOM = ReactDOM;
    window.Redux = Redux;
    window.ReactRedux = ReactRedux;
    window.ReactIntl = ReactIntl;
    // webapp/channels/src/plugins/export.js: the router's history, read through a getter, is how a
    // plugin opens a page of the webapp (e.g. a channel at /<team>/channels/<name>).
    const history = {push: (path: string) => navigate(path)};
    window.WebappUtils = {
        get browserHistory() {
            return history;
        },
    };

    // prop-types is not installed in this repo, so window.PropTypes is deliberately absent.
}
