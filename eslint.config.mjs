// Lint keeps the layering honest: the domain core imports nothing from the outside world.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
    {ignores: ['node_modules/', 'webapp/dist/', 'dist/', 'public/', 'local-mattermost/host/dist/', 'coverage/', 'tests/e2e/artifacts/', 'bench/results.json']},
    js.configs.recommended,
    ...tseslint.configs.strict,
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
    {
        // The domain is pure: no React, Redux, network, Mattermost or storage imports.
        files: ['webapp/src/domain/**/*.ts'],
        ignores: ['webapp/src/domain/**/*.test.ts'],
        rules: {
            'no-restricted-imports': ['error', {patterns: [
                {group: ['react', 'react-*', 'redux', 'mattermost-redux', 'mattermost-redux/*', '@mattermost/client', '@mattermost/client/*'], message: 'domain/ is pure: no UI, store or network imports.'},
                {group: ['../*', '!../domain/*'], message: 'domain/ depends on nothing outside itself.'},
            ]}],
            'no-restricted-globals': ['error', 'fetch', 'window', 'document', 'localStorage', 'WebSocket'],
        },
    },
    {
        // Client4 lives behind the storage port, in exactly one adapter.
        files: ['webapp/src/**/*.{ts,tsx}'],
        ignores: ['webapp/src/storage/mattermost/**', 'webapp/src/**/*.test.ts', 'webapp/src/**/*.test.tsx'],
        rules: {
            'no-restricted-imports': ['error', {paths: [
                {name: 'mattermost-redux/client', message: 'Only storage/mattermost/ talks to the REST API.'},
                {name: '@mattermost/client', message: 'Only storage/mattermost/ talks to the REST API.'},
                {name: 'zod', message: 'Use zod/mini: same schemas, a quarter of the size.'},
            ], patterns: [{group: ['@mattermost/client/*'], message: 'Only storage/mattermost/ talks to the REST API.'}]}],
        },
    },
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
