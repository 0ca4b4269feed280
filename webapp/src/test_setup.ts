// Setup for component tests (jsdom).
import '@testing-library/jest-dom';

// Webpack provides this free variable in the bundle; under jest it must exist to be assigned.
Object.assign(globalThis, {__webpack_public_path__: ''});

// jsdom hides Node's structuredClone; the in-memory Mattermost copies post props with it, and
// props travel as JSON on the real wire, so a JSON copy is faithful here.
if (typeof globalThis.structuredClone !== 'function') {
    Object.assign(globalThis, {structuredClone: <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T});
}
