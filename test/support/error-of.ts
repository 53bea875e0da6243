import { InputError } from '../../src/errors.js';

/** The InputError an action throws; fails the test when it throws nothing or something else. */
export function errorOf(action: () => unknown): InputError {
  try {
    action();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}
