/**
 * Where an object keeps what `oncePer` has read from it. One property for every reading, so that an
 * object changes shape once, not once for each kind of reading.
 */
const READINGS = Symbol('readings');

type Reader = (key: never) => unknown;

/**
 * Wraps a reading of an object (a model, a profile, a profile file) so that it is worked out once per
 * object, however many rules or requests ask, and is let go with the object.
 *
 * The reading is kept on the object itself (under a symbol, not enumerable, so that JSON and deep
 * equality do not see it), not in a WeakMap keyed by it. V8's minor collections keep a WeakMap's young
 * keys alive with their values: every model linted since the last such collection lived on into the old
 * generation, about 2 MB for each 16 MB allocated while linting a tree of drafts, which made those
 * collections and the major ones that followed cost far more than the lint's own garbage.
 */
export function oncePer<K extends object, T>(read: (key: K) => T): (key: K) => T {
  return (key) => {
    const readings = readingsOf(key);
    if (!readings.has(read)) readings.set(read, read(key));
    return readings.get(read) as T;
  };
}

function readingsOf(key: object): Map<Reader, unknown> {
  const holder = key as { [READINGS]?: Map<Reader, unknown> };
  let readings = holder[READINGS];
  if (readings === undefined) {
    readings = new Map();
    Object.defineProperty(key, READINGS, { value: readings });
  }
  return readings;
}
