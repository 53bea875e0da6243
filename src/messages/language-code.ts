/**
 * The language part of what people type or what the locale says: "NL", "nl-BE", "nl_BE.UTF-8",
 * "fr_BE@euro" → "nl" / "fr". Kept free of imports: the entry point uses it before anything loads.
 */
export function languagePart(text: string): string {
  return text.trim().split(/[-_.@]/)[0]!.toLowerCase();
}
