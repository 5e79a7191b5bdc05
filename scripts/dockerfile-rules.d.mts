/** See dockerfile-rules.mjs. */
export function dockerfileProblems(text: string, context?: { dockerignore?: string }): string[];
