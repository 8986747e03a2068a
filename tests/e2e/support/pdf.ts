/**
 * Just enough PDF reading for tests: check that a file is a whole PDF and
 * pull out its text. Zicht's PDFs use the standard fonts, whose text is
 * written as hex strings in TJ/Tj operators inside (deflated) content streams.
 */
import zlib from "node:zlib";

export function isCompletePdf(bytes: Buffer): boolean {
  return (
    bytes.subarray(0, 5).toString("latin1") === "%PDF-" &&
    bytes.subarray(-1024).toString("latin1").includes("%%EOF")
  );
}

/** The text shown on the pages, in reading order, as one string. */
export function pdfText(bytes: Buffer): string {
  const raw = bytes.toString("latin1");
  const streams: string[] = [];
  const pattern = /stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(raw)) !== null) {
    const start = match.index + match[0].length;
    const end = raw.indexOf("endstream", start);
    if (end < 0) break;
    const data = bytes.subarray(start, end);
    try {
      streams.push(zlib.inflateSync(data).toString("latin1"));
    } catch {
      streams.push(data.toString("latin1"));
    }
    pattern.lastIndex = end;
  }
  const decodeHex = (hex: string) => Buffer.from(hex, "hex").toString("latin1");
  return streams
    .flatMap((content) => [...content.matchAll(/\[(.*?)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)])
    .map((operator) =>
      operator[1] !== undefined
        ? [...operator[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((part) => decodeHex(part[1]!)).join("")
        : decodeHex(operator[2]!),
    )
    .join("");
}
