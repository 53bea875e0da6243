import { InputError, type InputLocation } from '../errors.js';

/** Deeper than any valid input (a history is 3 levels deep): refused before anything recurses. */
export const MAX_JSON_DEPTH = 32;

interface Container {
  /** The keys seen so far, for an object; null for an array. */
  readonly keys: Set<string> | null;
  /** How the parent names this container: "stays", "[0]". */
  readonly name: string;
  index: number;
  key: string;
}

function pathOf(stack: readonly Container[], last: string): string {
  let path = '';
  for (let i = 1; i < stack.length; i += 1) path += stack[i]!.name;
  path += last;
  return path.startsWith('.') ? path.slice(1) : path;
}

/** What ends a number or literal token: white space, a comma or a closing bracket. */
function isDelimiter(code: number): boolean {
  return code === 44 || code === 93 || code === 125 || isWhitespace(code);
}

function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** End of the string token that starts at `start` (a quote): the index after its closing quote. */
function stringEndAt(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const quote = text.indexOf('"', i);
    let backslashes = 0;
    for (let j = quote - 1; text.charCodeAt(j) === 92; j -= 1) backslashes += 1;
    if (backslashes % 2 === 0) return quote + 1;
    i = quote + 1;
  }
}

/**
 * Checks what JSON.parse lets through, on text JSON.parse has already accepted: no key twice in one
 * object (JSON.parse keeps the last, silently), and no nesting deeper than MAX_JSON_DEPTH (which
 * would make later code recurse without end). Returns the exact source text of each top-level
 * field of an object document, so that a value can be echoed as given (a batch id such as
 * 12345678901234567890 stays that, not 12345678901234567000). One pass, no recursion.
 */
export function checkJsonStructure(text: string, location: InputLocation): Map<string, string> {
  const raw = new Map<string, string>();
  const stack: Container[] = [];
  let expectKey = false;
  let valueStart = -1;
  const top = () => stack[stack.length - 1];
  const endValue = (end: number) => {
    if (valueStart >= 0 && stack.length === 1 && stack[0]!.keys !== null) raw.set(stack[0]!.key, text.slice(valueStart, end));
    valueStart = -1;
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const end = stringEndAt(text, i);
      const container = top();
      if (expectKey && container !== undefined && container.keys !== null) {
        const token = text.slice(i, end);
        const key = token.includes('\\') ? (JSON.parse(token) as string) : token.slice(1, -1);
        if (container.keys.has(key)) {
          const field = pathOf(stack, stack.length === 1 ? key : `.${key}`);
          throw new InputError('json.duplicateKey', { key }, { file: location.file, line: location.line, field });
        }
        container.keys.add(key);
        container.key = key;
        expectKey = false;
      } else if (stack.length === 1) {
        raw.set(stack[0]!.key, text.slice(i, end));
      }
      i = end - 1;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (stack.length >= MAX_JSON_DEPTH) throw new InputError('json.tooDeep', { limit: MAX_JSON_DEPTH }, location);
      const parent = top();
      const name = parent === undefined ? '' : parent.keys === null ? `[${parent.index}]` : `.${parent.key}`;
      if (stack.length === 1) valueStart = i;
      stack.push({ keys: c === 123 ? new Set() : null, name, index: 0, key: '' });
      expectKey = c === 123;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      stack.pop();
      if (stack.length === 1) endValue(i + 1);
    } else if (c === 44 /* , */) {
      const container = top()!;
      if (stack.length === 1) endValue(i);
      if (container.keys === null) container.index += 1;
      else expectKey = true;
    } else if (c === 45 || (c >= 48 && c <= 57) || c === 116 || c === 102 || c === 110) {
      // A number or true/false/null: its token runs to the next delimiter.
      let end = i + 1;
      while (end < text.length && !isDelimiter(text.charCodeAt(end))) end += 1;
      if (stack.length === 1) raw.set(stack[0]!.key, text.slice(i, end));
      i = end - 1;
    }
  }
  return raw;
}

/**
 * The quick form of `checkJsonStructure` for text JSON.parse made `value` of: in JSON every colon
 * outside a string ends a key, so when the text has as many colons as `value` has keys, no object
 * held a key twice (JSON.parse keeps one of two). One pass with no allocation; returns the source
 * text of the top-level `id` (or undefined when there is none), or null when the text needs the full
 * check: a key twice, nesting too deep, or an escaped key at the top.
 */
export function quickJsonStructure(text: string, value: unknown): string | undefined | null {
  let colons = 0;
  let depth = 0;
  let idSource: string | undefined;
  // Where the last string at depth 1 began and ended: a key when a colon follows.
  let stringStart = -1;
  let stringEnd = -1;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const end = stringEndAt(text, i);
      if (depth === 1) {
        stringStart = i;
        stringEnd = end;
      }
      i = end - 1;
    } else if (c === 58 /* : */) {
      colons += 1;
      if (depth === 1) {
        for (let k = stringStart + 1; k < stringEnd - 1; k += 1) if (text.charCodeAt(k) === 92 /* \\ */) return null;
        if (stringEnd - stringStart === 4 && text.charCodeAt(stringStart + 1) === 105 && text.charCodeAt(stringStart + 2) === 100) {
          let start = i + 1;
          while (isWhitespace(text.charCodeAt(start))) start += 1;
          let end = start + 1;
          if (text.charCodeAt(start) === 34) end = stringEndAt(text, start);
          else while (end < text.length && !isDelimiter(text.charCodeAt(end))) end += 1;
          if (idSource !== undefined) return null;
          idSource = text.slice(start, end);
        }
      }
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth += 1;
      if (depth > MAX_JSON_DEPTH) return null;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      depth -= 1;
    }
  }
  return colons === keyCount(value) ? idSource : null;
}

function keyCount(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (const item of value) count += keyCount(item);
    return count;
  }
  for (const key in value) count += 1 + keyCount((value as Record<string, unknown>)[key]);
  return count;
}

/**
 * The same depth limit for a value a door is given as such, not as text (MCP arguments, the
 * library's history and options): a container inside `MAX_JSON_DEPTH` others is refused before
 * anything recurses into the value. No recursion here either, and a value that contains itself
 * is refused as too deep (depth first, so the deepest path is reached in a few steps).
 */
export function checkValueDepth(value: unknown, location: InputLocation): void {
  if (typeof value !== 'object' || value === null) return;
  // Two stacks side by side, not an object per container: the library checks every history it is given (issue 21).
  const values: object[] = [value];
  const depths: number[] = [1];
  while (values.length > 0) {
    const item = values.pop()!;
    const depth = depths.pop()!;
    if (depth > MAX_JSON_DEPTH) throw new InputError('json.tooDeep', { limit: MAX_JSON_DEPTH }, location);
    const children: readonly unknown[] = Array.isArray(item) ? item : Object.values(item);
    for (let i = 0; i < children.length; i += 1) {
      const child = children[i];
      if (typeof child === 'object' && child !== null) {
        values.push(child);
        depths.push(depth + 1);
      }
    }
  }
}
