/**
 * Recursion without the call stack: a recursive computation written as a generator, where `yield arg` stands
 * for the recursive call `f(arg)` and evaluates to its result, run with an explicit stack of generators. Used
 * by the walks over blocks, which nest as deep as the model's decisions and loops do.
 */
export function runDeep<A, R>(f: (arg: A) => Generator<A, R, R>, arg: A): R {
  const stack: Array<Generator<A, R, R>> = [f(arg)];
  let value = undefined as unknown as R;
  while (stack.length) {
    // a new generator ignores the value passed to its first `next`
    const step = (stack[stack.length - 1] as Generator<A, R, R>).next(value);
    if (step.done) {
      stack.pop();
      value = step.value;
    } else {
      stack.push(f(step.value));
    }
  }
  return value;
}
