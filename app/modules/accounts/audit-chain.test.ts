import { describe, expect, it } from "vitest";
import {
  auditHash,
  compareHead,
  emptyHead,
  firstBrokenRow,
  formatCheckpoint,
  genesisHash,
  isHeadSignatureValid,
  readCheckpoint,
  signHead,
  type AuditHead,
  type StoredAuditRow,
} from "./audit-chain";

const key = "test-key-test-key-test-key-test-key";

function chain(count: number): StoredAuditRow[] {
  const rows: StoredAuditRow[] = [];
  let previous = genesisHash;
  for (let index = 1; index <= count; index++) {
    const fields = {
      at: new Date(Date.UTC(2026, 10, 29, 10, index)),
      actor_user_id: `u${index}`,
      tenant_id: "org-a",
      action: "sign_in.success",
      target_type: "user",
      target_id: `u${index}`,
      ip_hash: "abc",
    };
    const hash = auditHash(key, previous, fields);
    rows.push({ id: index, ...fields, previous_hash: previous, hash });
    previous = hash;
  }
  return rows;
}

describe("the audit chain", () => {
  it("accepts an untouched chain", () => {
    expect(firstBrokenRow(key, chain(5))).toBeNull();
  });

  it("finds a modified field", () => {
    const rows = chain(5);
    rows[2] = { ...rows[2]!, action: "role.change" };
    expect(firstBrokenRow(key, rows)).toBe(3);
  });

  it("finds a removed row", () => {
    const rows = chain(5);
    rows.splice(1, 1);
    expect(firstBrokenRow(key, rows)).toBe(3);
  });

  it("finds a row recomputed without the key", () => {
    const rows = chain(3);
    const forged = { ...rows[1]!, action: "nothing" };
    forged.hash = auditHash("another-key-another-key-another-key", forged.previous_hash, forged);
    rows[1] = forged;
    expect(firstBrokenRow(key, rows)).toBe(2);
  });
});

describe("the signed chain head", () => {
  const head: AuditHead = { rowCount: 12, lastId: 40, lastHash: "ab".repeat(32) };

  it("accepts its own signature and refuses any change or another key", () => {
    const signature = signHead(key, head);
    expect(signature).toMatch(/^[0-9a-f]{64}$/);
    expect(isHeadSignatureValid(key, head, signature)).toBe(true);
    expect(isHeadSignatureValid(key, { ...head, rowCount: 11 }, signature)).toBe(false);
    expect(isHeadSignatureValid(key, { ...head, lastId: 39 }, signature)).toBe(false);
    expect(isHeadSignatureValid(key, { ...head, lastHash: "cd".repeat(32) }, signature)).toBe(false);
    expect(isHeadSignatureValid("another-key-another-key-another-key", head, signature)).toBe(false);
    expect(isHeadSignatureValid(key, head, null)).toBe(false);
    expect(isHeadSignatureValid(key, head, "not-hex")).toBe(false);
  });

  it.each([
    [
      { rowsUpToHead: 9, hashAtHead: null, rowsAfterHead: 0 },
      { kind: "truncated", missing: 3 },
    ],
    [
      { rowsUpToHead: 9, hashAtHead: null, rowsAfterHead: 5 },
      { kind: "truncated", missing: 3 },
    ],
    [{ rowsUpToHead: 12, hashAtHead: "cd".repeat(32), rowsAfterHead: 0 }, { kind: "different" }],
    [{ rowsUpToHead: 12, hashAtHead: null, rowsAfterHead: 0 }, { kind: "different" }],
    [{ rowsUpToHead: 13, hashAtHead: "ab".repeat(32), rowsAfterHead: 0 }, { kind: "different" }],
    [
      { rowsUpToHead: 12, hashAtHead: "ab".repeat(32), rowsAfterHead: 2 },
      { kind: "unrecorded", extra: 2 },
    ],
    [{ rowsUpToHead: 12, hashAtHead: "ab".repeat(32), rowsAfterHead: 0 }, null],
  ])("compares the stored log %j with the head", (log, expected) => {
    expect(compareHead(head, log)).toEqual(expected);
  });

  it("takes the head of an empty log as the genesis hash", () => {
    expect(compareHead(emptyHead, { rowsUpToHead: 0, hashAtHead: null, rowsAfterHead: 0 })).toBeNull();
    expect(compareHead(emptyHead, { rowsUpToHead: 0, hashAtHead: null, rowsAfterHead: 1 })).toEqual({
      kind: "unrecorded",
      extra: 1,
    });
  });
});

describe("checkpoints", () => {
  const head: AuditHead = { rowCount: 12, lastId: 40, lastHash: "ab".repeat(32) };
  const value = formatCheckpoint(head, signHead(key, head));

  it("formats as zc1.<rows>.<last id>.<last hash>.<signature> and reads back", () => {
    expect(value).toBe(`zc1.12.40.${"ab".repeat(32)}.${signHead(key, head)}`);
    expect(readCheckpoint(key, value)).toEqual({ ok: true, head });
    expect(readCheckpoint(key, `  ${value}\n`)).toEqual({ ok: true, head });
    const empty = formatCheckpoint(emptyHead, signHead(key, emptyHead));
    expect(readCheckpoint(key, empty)).toEqual({ ok: true, head: emptyHead });
  });

  it.each([
    "",
    "zc1",
    "zc2.12.40.x.y",
    value.replace("zc1.", "zc1.-"),
    value.slice(0, -1),
    `${value}0`,
    value.toUpperCase(),
    value.replace(".40.", ".4a."),
    formatCheckpoint({ ...head, lastId: 0 }, signHead(key, { ...head, lastId: 0 })),
    "zc1.1e3.40.ab.cd",
  ])("calls %j malformed", (text) => {
    expect(readCheckpoint(key, text)).toEqual({ ok: false, problem: "malformed" });
  });

  it("calls a value with a changed number or a signature by another key forged", () => {
    expect(readCheckpoint(key, value.replace("zc1.12.", "zc1.13."))).toEqual({
      ok: false,
      problem: "forged",
    });
    const other = formatCheckpoint(head, signHead("another-key-another-key-another-key", head));
    expect(readCheckpoint(key, other)).toEqual({ ok: false, problem: "forged" });
  });
});
