// The short imperative of a move that is not a gap of an item (those are gate_words.ts's): what
// domain/queries.ts lists for a stage that is ready to deploy.
export const deployTo = (environment: string): string => `Deploy to ${environment}`;
