// Lint keeps the layering honest: each folder of webapp/src imports only from the layers below it
// (LAYERS), the domain core imports nothing from the outside world, and the bundle carries no Client4.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * Which folders of webapp/src each layer may import from, besides itself and packages. Everything
 * reaches the domain; the domain takes its sentences from i18n/'s word catalogues ('*_words' modules,
 * which import only types and the Markdown helpers: see i18nTypesOnly) and nothing else of i18n/; the session (state/)
 * reaches storage through its port and takes its sentences
 * from i18n/; host/ is what the webapp offers a plugin (its registry, its Redux state, ephemeral
 * posts, navigation); github/ reads public
 * facts from GitHub for the views; views (components/, command/) reach the session and the port's
 * names and types, never an adapter; only lazy/ (the
 * chunk entries) wires them all together. plugin.ts is checked by the bundle test instead: main.js
 * must hold registrations only.
 */
const LAYERS = {
    domain: ['i18n/*_words'],
    storage: ['domain'],
    state: ['domain', 'storage', 'i18n'],
    i18n: ['domain'],
    host: [],
    github: ['domain', 'i18n'],
    command: ['domain', 'i18n', 'state', 'storage/port', 'github'],
    components: ['domain', 'i18n', 'state', 'storage/port', 'host', 'github'],
    lazy: ['domain', 'storage', 'state', 'i18n', 'host', 'command', 'components', 'github'],
};

/** Test code and test support may build worlds from any layer (memory server, sessions, views). */
const TEST_FILES = ['webapp/src/**/*.test.{ts,tsx}', 'webapp/src/**/testing/**'];

/** Client4 is tests' reference only: the bundle sends its requests through storage/mattermost/api_client.ts (15 KB less on every first use). */
const NO_CLIENT4 = 'The bundle carries no Client4: requests go through storage/mattermost/ (api_client.ts); tests may use the real Client4.';
const CLIENT_PATHS = [
    {name: 'mattermost-redux/client', message: NO_CLIENT4},
    {name: '@mattermost/client', message: NO_CLIENT4},
    {name: 'zod', message: 'Use zod/mini: same schemas, a quarter of the size.'},
];
const CLIENT_PATTERN = {group: ['@mattermost/client/*', 'mattermost-redux/client/*'], message: NO_CLIENT4};
const DOMAIN_PACKAGES = {
    group: ['react', 'react-*', 'redux', 'mattermost-redux', 'mattermost-redux/*', '@mattermost/client', '@mattermost/client/*'],
    message: 'domain/ is pure: no UI, store or network imports.',
};

/**
 * i18n/ holds words, not rules: from the domain (and from packages) it takes types only, besides
 * the domain's pure Markdown helpers (domain/markdown.ts: escaping user text is part of writing a
 * post), so a catalogue never pulls the fold, the process, React or storage into whoever imports
 * it, and the domain can import its catalogues without a cycle of values.
 */
function i18nTypesOnly(depth) {
    const message = 'i18n/ imports only types from domain/ (besides domain/markdown) and from packages: a catalogue holds sentences and takes what it fills in as parameters (eslint.config.mjs i18nTypesOnly).';
    return [
        {regex: `^(\\.\\./){${depth}}domain(/(?!markdown$)|$)`, allowTypeImports: true, message},
        {regex: '^[^.]', allowTypeImports: true, message},
    ];
}

/** How deep under webapp/src/<layer>/ the layer rules look: its deepest folder today is two levels down. */
const MAX_DEPTH = 4;

/**
 * For a file `depth` folders under webapp/src, a relative import that climbs exactly to webapp/src and
 * into a layer it may not use ('storage/port' allows that one module only). Depth matters:
 * '../mattermost' from a folder of storage/ is storage's own adapter; depth tells a layer from a subfolder.
 */
function layerPattern(layer, allowed, depth) {
    const others = Object.keys(LAYERS).filter((name) => name !== layer && !allowed.includes(name));
    if (others.length === 0) {
        return null;
    }
    const partly = allowed.filter((name) => name.includes('/')).map((name) => name.split('/'));
    const folders = others.map((name) => {
        // 'i18n/*_words': any module of i18n/ named so ('*' a file name's letters and underscores).
        const only = partly.filter(([folder]) => folder === name).map(([, file]) => file.replace('*', '[a-z_]+'));
        return only.length === 0 ? `${name}(/|$)` : `${name}(/(?!(${only.join('|')})$)|$)`;
    });
    const may = allowed.length === 0 ? 'nothing outside itself' : allowed.join(', ');
    return {regex: `^(\\.\\./){${depth}}(${folders.join('|')})`, message: `${layer}/ may import from ${may} (eslint.config.mjs LAYERS).`};
}

/**
 * One no-restricted-imports per layer and depth, holding every restriction for its files: ESLint does
 * not merge a rule's options across config objects, so a later, broader entry would silently replace them.
 */
function layerRules() {
    return Object.entries(LAYERS).flatMap(([layer, allowed]) => Array.from({length: MAX_DEPTH}, (_, i) => i + 1).flatMap((depth) => {
        const files = [`webapp/src/${layer}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`];
        const patterns = [
            layerPattern(layer, allowed, depth), CLIENT_PATTERN, layer === 'domain' ? DOMAIN_PACKAGES : null, ...(layer === 'i18n' ? i18nTypesOnly(depth) : []),
        ].filter(Boolean);
        // typescript-eslint's variant of the rule: the same options, plus allowTypeImports (i18n/).
        const rules = {'@typescript-eslint/no-restricted-imports': ['error', {paths: CLIENT_PATHS, patterns}]};
        if (layer === 'domain') {
            rules['no-restricted-globals'] = ['error', 'fetch', 'window', 'document', 'localStorage', 'WebSocket'];
        }
        return [{files, ignores: TEST_FILES, rules}];
    }));
}

export default tseslint.config(
    {ignores: ['node_modules/', 'webapp/dist/', 'dist/', 'public/', 'local-mattermost/host/dist/', 'local-mattermost/host/dist-profiling/', 'coverage/', 'tests/e2e/artifacts/', 'bench/results.json']},
    js.configs.recommended,
    ...tseslint.configs.strict,
    {
        // React as the webapp runs it (18, classic JSX transform: React in scope). Types replace
        // prop-types; user-written text is never HTML (no dangerouslySetInnerHTML, no javascript: URLs).
        files: ['**/*.tsx'],
        ...react.configs.flat.recommended,
        settings: {react: {version: '18.2'}},
        rules: {
            ...react.configs.flat.recommended.rules,
            'react/prop-types': 'off',
            'react/no-danger': 'error',
            'react/jsx-no-script-url': 'error',
            'react/button-has-type': 'error',
            'react/no-unstable-nested-components': 'error',
            'react/jsx-no-useless-fragment': ['error', {allowExpressions: true}],
            'react/self-closing-comp': 'error',
        },
    },
    {
        files: ['**/*.{ts,tsx}'],
        plugins: {'react-hooks': reactHooks},
        rules: {
            ...reactHooks.configs.recommended.rules,
            '@typescript-eslint/no-explicit-any': 'error',
            '@typescript-eslint/consistent-type-imports': ['error', {fixStyle: 'inline-type-imports'}],
            '@typescript-eslint/no-non-null-assertion': 'error',
            'no-console': ['error', {allow: ['warn', 'error']}],
            eqeqeq: ['error', 'always'],
        },
    },
    ...layerRules(),
    {
        files: ['local-mattermost/**/*.{ts,tsx}', 'tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
        rules: {'no-console': 'off'},
    },
    {
        files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
        languageOptions: {globals: {require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly'}},
        rules: {'@typescript-eslint/no-require-imports': 'off'},
    },
);
