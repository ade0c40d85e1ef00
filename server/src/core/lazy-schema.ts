let built = 0;

/**
 * A schema built the first time it is asked for. Most runs check no file of the user's (no config, no
 * profile, no paragraph library; the shipped data is checked when it is generated, see built-ins.ts),
 * and building every schema at start-up was then the largest part of a cold start after Node's own.
 * The schemas' modules still import zod itself: a bundler keeps only the parts of zod that they name.
 */
export function lazySchema<T>(build: () => T): () => T {
  let schema: T | undefined;
  return () => {
    if (schema === undefined) {
      schema = build();
      built++;
    }
    return schema;
  };
}

/** How many schemas this process has built, for the test that holds that a lint with the built-in settings builds none. */
export function schemasBuilt(): number {
  return built;
}
