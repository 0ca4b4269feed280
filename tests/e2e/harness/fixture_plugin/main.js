/* global window, document, fetch */
// Fixture plugin for the host smoke tests: plain browser JavaScript using only the webapp globals.
// Every registration here is something tests/e2e/host.e2e.ts checks.
(function () {
    'use strict';
    var React = window.React;
    var h = React.createElement;
    var ReactIntl = window.ReactIntl;
    var record = window.__fixture = {initializeArgs: null, events: [], reconnects: 0, uninitialized: false, rhs: null};

    function csrf() {
        var m = document.cookie.match(/(?:^|; )MMCSRF=([^;]*)/);
        return m ? m[1] : '';
    }

    function FixturePost(props) {
        return h('div', {className: 'fixture-card', 'data-testid': 'fixture-card'},
            h('i', {className: 'icon icon-check'}),
            'Fixture card: ' + String(props.post.props.label || ''),
            ' theme=' + (props.theme && props.theme.type));
    }

    function FixtureRhs() {
        return h('div', {'data-testid': 'fixture-rhs'},
            h(ReactIntl.FormattedMessage, {id: 'fixture.rhs.hello', defaultMessage: 'untranslated'}));
    }

    function RosterSetting(props) {
        React.useEffect(function () {
            var save = function () {
                window.__fixture.saveActionRan = true;
                return Promise.resolve({});
            };
            props.registerSaveAction(save);
            return function () { props.unRegisterSaveAction(save); };
        }, []);
        return h('input', {
            'data-testid': 'fixture-roster',
            value: props.value || '',
            onChange: function (e) { props.onChange(props.id, e.target.value); },
        });
    }

    function fixtureReducer(state, action) {
        var s = state || {hooks: 0};
        return action.type === 'host-fixture/hook' ? {hooks: s.hooks + 1} : s;
    }

    var plugin = {
        initialize: function (registry, store) {
            record.initializeArgs = {registryId: registry.id, hasDispatch: typeof store.dispatch === 'function', hasGetState: typeof store.getState === 'function'};
            registry.registerReducer(fixtureReducer);
            registry.registerTranslations(function (locale) {
                return locale === 'en' ? {'fixture.rhs.hello': 'Hello from the fixture RHS'} : {};
            });
            registry.registerPostTypeComponent('custom_fixture', FixturePost);
            var appBar = registry.registerAppBarComponent({
                iconUrl: '/plugins/host-fixture/public/icon.svg',
                tooltipText: 'Fixture panel',
                rhsComponent: FixtureRhs,
                rhsTitle: 'Fixture panel',
            });
            record.rhs = appBar.rhsComponent;
            registry.registerChannelHeaderButtonAction(h('i', {className: 'icon icon-check'}), function () {
                store.dispatch(appBar.rhsComponent.toggleRHSPlugin);
            }, 'Fixture panel', 'Fixture panel');
            registry.registerAdminConsoleCustomSetting('Roster', RosterSetting, {showTitle: true});

            registry.registerWebSocketEventHandler('posted', function (msg) {
                record.events.push({event: msg.event, seq: msg.seq, hasPostString: typeof msg.data.post === 'string', channelId: msg.broadcast.channel_id});
            });
            registry.registerReconnectHandler(function () { record.reconnects += 1; });

            registry.registerSlashCommandWillBePostedHook(function (message, args) {
                var trigger = message.split(' ')[0].toLowerCase();
                store.dispatch({type: 'host-fixture/hook'});
                if (trigger === '/fixture-consume') {
                    return Promise.resolve({});
                }
                if (trigger === '/fixture-error') {
                    return {error: {message: 'The fixture refused this command.'}};
                }
                if (trigger === '/fixture-ephemeral') {
                    store.dispatch({
                        type: 'RECEIVED_NEW_POST',
                        data: {
                            id: 'fixtureephemeral' + Date.now(), channel_id: args.channel_id, user_id: store.getState().entities.users.currentUserId,
                            message: 'Only you can see this fixture reply.', type: 'system_ephemeral', create_at: Date.now(), update_at: Date.now(),
                            edit_at: 0, delete_at: 0, is_pinned: false, root_id: '', original_id: '', props: {}, hashtags: '', pending_post_id: '', reply_count: 0, metadata: {},
                        },
                        features: {crtEnabled: false},
                    });
                    return {};
                }
                if (trigger === '/fixture-card') {
                    var label = message.slice(trigger.length).trim();
                    return fetch('/api/v4/posts', {
                        method: 'POST',
                        credentials: 'include',
                        headers: {'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest', 'X-CSRF-Token': csrf()},
                        body: JSON.stringify({channel_id: args.channel_id, message: 'Fixture card ' + label, type: 'custom_fixture', props: {label: label}}),
                    }).then(function (res) {
                        return res.ok ? {} : {error: {message: 'fixture post failed: ' + res.status}};
                    });
                }
                if (trigger === '/fixture-unknown') {
                    registry.registerNoSuchThing('x');
                    return {};
                }
                return {message: message, args: args};
            });
        },
        uninitialize: function () { record.uninitialized = true; },
    };

    window.registerPlugin('host-fixture', plugin);
})();
