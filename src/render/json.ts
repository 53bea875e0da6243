/** A JSON answer as the command line prints it: two-space indents, one trailing newline. */
export function renderJson(dto: object): string {
  return `${JSON.stringify(dto, null, 2)}\n`;
}
