/**
 * A remembered function of one key, for look-ups a whole column repeats (a few labels, or one bad
 * value a million times). It forgets everything once it holds `limit` keys, so a column of
 * distinct values never grows memory. Values must not be undefined.
 */
export function remembered<K, V>(compute: (key: K) => V, limit = 4096): (key: K) => V {
  const memo = new Map<K, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memo.size >= limit) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
}

/** One remembered value per object (a model, a scale), gone with the object: a re-imported model is a new object and never meets stale values. */
export function perObject<O extends object, V>(make: (object: O) => V): (object: O) => V {
  const values = new WeakMap<O, V>();
  return (object) => {
    let value = values.get(object);
    if (value === undefined) values.set(object, (value = make(object)));
    return value;
  };
}
