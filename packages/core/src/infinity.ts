// Named infinities for "no such time". One binding each keeps the minified bundle small.

/** Earlier than any time: "never happened". */
export const LONG_AGO = Number.NEGATIVE_INFINITY;

/** Later than any time: "never ends". */
export const NO_END = Number.POSITIVE_INFINITY;
