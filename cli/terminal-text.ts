/**
 * Text that the `zicht` command prints to a terminal, made harmless.
 *
 * Values from the database or from input (a "Klopt dit niet?" suggestion, an
 * e-mail address, a file name, the lines of an import file) may hold
 * characters that a terminal obeys instead of showing: C0 and C1 control
 * characters (ESC starts a sequence that can clear the screen, move the
 * cursor, set the window title or write a hyperlink), DEL, and the Unicode
 * direction controls that make text read differently from what it is (U+202A–
 * U+202E, U+2066–U+2069, the direction marks, the line and paragraph
 * separators). Each such character is printed as a visible escape instead
 * (`\x1b`, `\u202e`), so ESC sequences lose their ESC and show as text. Pure.
 */

// C0 controls, DEL and C1 controls; direction marks and embeddings/overrides/isolates; line and
// paragraph separators (some terminals break the line on them).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const unsafe = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const unsafeExceptNewline =
  // eslint-disable-next-line no-control-regex -- the same, newline left out
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function visible(character: string): string {
  const code = character.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** One value inside a line: every control character, newlines too, becomes a visible escape. */
export function terminalText(value: unknown): string {
  return String(value ?? "").replace(unsafe, visible);
}

/**
 * A whole message the command itself put together: its own newlines stay,
 * every other control character becomes a visible escape. The last line of
 * defence for every line `zicht` prints; values inside a multi-line message
 * should still go through `terminalText`, so they cannot add lines of their own.
 */
export function terminalLines(text: string): string {
  return text.replace(unsafeExceptNewline, visible);
}
