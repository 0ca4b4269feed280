// One jest, four kinds of test, picked by file name:
//   *.test.ts   unit and contract tests in node
//   *.test.tsx  component tests in jsdom with a real Redux store
//   *.e2e.ts    browser end-to-end tests (need `make build` first; run by `make test` after the build)
const tsJest = ['ts-jest', {
    // Type errors are the typecheck step's job (tsc --noEmit); isolatedModules makes ts-jest only
    // transpile, which is much faster.
    tsconfig: {module: 'commonjs', jsx: 'react', esModuleInterop: true, target: 'ES2022', isolatedModules: true},
}];

const common = {
    transform: {'^.+\\.tsx?$': tsJest, '^.+\\.css$': '<rootDir>/scripts/css/jest_transform.js'},
    moduleFileExtensions: ['ts', 'tsx', 'js', 'json', 'css'],
    testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};

module.exports = {
    projects: [
        {...common, displayName: 'unit', testEnvironment: 'node', testMatch: ['<rootDir>/{webapp,local-mattermost,bench,scripts}/**/*.test.ts']},
        {...common, displayName: 'component', testEnvironment: 'jsdom', testMatch: ['<rootDir>/webapp/**/*.test.tsx'], setupFilesAfterEnv: ['<rootDir>/webapp/src/test_setup.ts']},
        {...common, displayName: 'e2e', testEnvironment: 'node', testMatch: ['<rootDir>/tests/e2e/**/*.e2e.ts']},
    ],
};
