/**
 * Runs async jobs one after another, in call order. Autosave and the recent
 * list use it so that a slow write cannot land after a later clear or update
 * and bring old data back.
 */
export function createSerialQueue(): <T>(job: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>): Promise<T> => {
    const run = tail.then(job, job);
    tail = run.catch(() => undefined);
    return run;
  };
}
