// The webapp exposes these libraries as window globals; plugin bundles list them as webpack externals
// and would crash at load time without them. Same versions as the webapp pins (react 18.2, redux 5, react-redux 9.2).
import React from 'react';
import ReactDOM from 'react-dom';
import * as ReactIntl from 'react-intl';
import * as ReactRedux from 'react-redux';
import * as Redux from 'redux';

declare global {
    interface Window {
        React: typeof React;
        ReactDOM: typeof ReactDOM;
        Redux: typeof Redux;
        ReactRedux: typeof ReactRedux;
        ReactIntl: typeof ReactIntl;
    }
}

export function installPluginGlobals(): void {
    window.React = React;
    window.ReactDOM = ReactDOM;
    window.Redux = Redux;
    window.ReactRedux = ReactRedux;
    window.ReactIntl = ReactIntl;

    // prop-types is not installed in this repo, so window.PropTypes is deliberately absent.
}
