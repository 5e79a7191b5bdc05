// Named infinities for "no such time". Literals, not `Number.NEGATIVE_INFINITY`: the bundler
// inlines them as `-1/0`, shorter than a property read even at every use.

/** Earlier than any time: "never happened". */
export const LONG_AGO = -Infinity;

/** Later than any time: "never ends". */
export const NO_END = Infinity;
