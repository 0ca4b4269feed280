// Sessions in tests report deletions they saw only when a test asks for it: a report is a write
// that would race the test's own steps (and its 2–10 s wait would outlive the test).
export const neverReport = (): Promise<void> => new Promise(() => undefined);
