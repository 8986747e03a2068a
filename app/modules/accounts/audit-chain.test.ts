import { describe, expect, it } from "vitest";
import { auditHash, firstBrokenRow, genesisHash, type StoredAuditRow } from "./audit-chain";

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
