/**
 * The hosts `schengen serve` answers for. A page of another site can make a browser send requests
 * to this server under its own name (DNS rebinding: evil.example resolves to 127.0.0.1), and then
 * read the answers as its own. The browser still sends that name in `Host`: the server answers
 * only for the names it was meant to be reached by, and refuses the others (421).
 */

/** Always answered: the loopback addresses and localhost, as a URL's hostname writes them. */
export const LOOPBACK_HOSTS: readonly string[] = ['127.0.0.1', 'localhost', '[::1]'];

/** Addresses that listen on every interface: they name no host a browser would ask for. */
const WILDCARDS: readonly string[] = ['0.0.0.0', '[::]'];

/**
 * A host name or address as a URL's hostname writes it (lower case, an IPv6 address in brackets),
 * or null when the text is none (a port, a path, a user or a space in it, or nothing).
 */
export function hostName(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '' || /[\s/?#@\\]/.test(trimmed)) return null;
  const bracketed = trimmed.includes(':') && !trimmed.startsWith('[') ? `[${trimmed}]` : trimmed;
  try {
    const url = new URL(`http://${bracketed}/`);
    return url.port === '' && url.username === '' ? url.hostname : null;
  } catch {
    return null;
  }
}

/** The names a server listening on `address` answers for: loopback, the address itself (unless a wildcard), and `allowed`. */
export function allowedHosts(address: string, allowed: readonly string[]): string[] {
  const own = hostName(address);
  return [...(own === null || WILDCARDS.includes(own) ? [] : [own]), ...allowed];
}
