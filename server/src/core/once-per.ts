/**
 * Wraps a reading of an object (a model, a profile, a profile file) so that it is worked out once per
 * object, however many rules or requests ask, and is let go with the object.
 */
export function oncePer<K extends object, T>(read: (key: K) => T): (key: K) => T {
  const readings = new WeakMap<K, T>();
  return (key) => {
    if (!readings.has(key)) readings.set(key, read(key));
    return readings.get(key) as T;
  };
}
