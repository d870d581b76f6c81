/**
 * Masks what may be a credential copied from a contract into a message or a stack trace that
 * publish-gate prints on its own account (a rule crash, an internal error, DEBUG output): every run of
 * 16 or more token characters mixing letters and digits becomes its first 4 characters and its length,
 * e.g. `sk_l…(32 chars)`. Paths and ordinary words are left readable.
 */
export function redactSecrets(text: string): string {
  return text.replace(/[A-Za-z0-9_\-+=]{16,}/g, (token) => (/[A-Za-z]/.test(token) && /[0-9]/.test(token) ? `${token.slice(0, 4)}…(${token.length} chars)` : token));
}

/** A message cut to one line and a bounded length, with secrets masked. */
export function safeOneLine(text: string, max = 300): string {
  const line = redactSecrets(text.split('\n')[0]);
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/** A `$ref` as shown in messages: credentials in a URL (`user:token@`, `?token=`) and token-like runs masked. */
export function displayRef(ref: string): string {
  const masked = ref
    .replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/@#?]*)@/i, (_match, scheme: string, userinfo: string) => `${scheme}${userinfo.slice(0, 4)}…(${userinfo.length} chars)@`)
    .replace(/([?&][^=&#]*=)([^&#]{8,})/g, (_match, key: string, value: string) => `${key}${value.slice(0, 4)}…(${value.length} chars)`);
  return clip(redactSecrets(masked), 200);
}

/** `text` cut to `max` characters (a hostile key or `$ref` can be megabytes long; messages stay short). */
export function clip(text: string, max = 120): string {
  const shown = text.length > max ? `${text.slice(0, max)}…(${text.length} chars)` : text;
  return printable(shown);
}

/**
 * Control and bidi characters written as `\uXXXX`: they would let a contract (or an exceptions file)
 * write escape sequences or fake lines into a terminal, a CI log or an annotation.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
