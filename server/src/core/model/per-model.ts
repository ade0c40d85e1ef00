import type { DecisionModel } from './model';

/** Wraps a reading of the model so that it is worked out once per model, however many rules ask. */
export function perModel<T>(read: (model: DecisionModel) => T): (model: DecisionModel) => T {
  const readings = new WeakMap<DecisionModel, T>();
  return (model) => {
    if (!readings.has(model)) readings.set(model, read(model));
    return readings.get(model) as T;
  };
}
