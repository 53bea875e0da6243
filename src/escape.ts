/**
 * Characters that must never reach a terminal from a user's input, nor any message a door gives
 * back (an error's `message` in batch, HTTP, MCP and the library, which a consumer may log or
 * show): C0 controls (ESC starts
 * sequences that clear the screen, set the title, write the clipboard (OSC 52) or hide links
 * (OSC 8); BEL rings; CR and LF forge lines), DEL, C1 controls (U+0080–U+009F, 8-bit CSI and OSC),
 * and the invisible format characters that reorder or hide text (bidi embeddings and overrides
 * such as U+202E, isolates, LRM/RLM/ALM, zero-width characters, line and paragraph separators,
 * the byte-order mark).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;

function escapeOne(character: string): string {
  switch (character) {
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    case '\u001b':
      return '\\e';
    default: {
      const code = character.charCodeAt(0);
      return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    }
  }
}

/** The text with every unsafe character shown as a visible escape (ESC as \e, LF as \n, U+202E as \u202e). */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/** Each line of a multi-line text made safe, the line breaks between them kept. */
export function escapeLinesForTerminal(text: string): string {
  return text.split('\n').map(escapeForTerminal).join('\n');
}
