import { detached } from './text/detached';

/**
 * The value `map` remembers for `key`, made by `make` and remembered if it has none. The map is emptied
 * once it holds `limit` entries, so that a long session or a huge text keeps no more than that.
 */
export function rememberedIn<K, V>(map: Map<K, V>, key: K, limit: number, make: (key: K) => V): V {
  let value = map.get(key);
  if (value === undefined) {
    if (map.size >= limit) map.clear();
    // The memos live as long as the process; a key cut from a draft would keep the whole draft.
    const kept = typeof key === 'string' ? (detached(key) as K) : key;
    value = make(kept);
    map.set(kept, value);
  }
  return value;
}
