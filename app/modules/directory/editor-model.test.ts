import { describe, expect, it } from "vitest";
import { regionData } from "../../../content/regions";
import { postedServiceFormModel, serviceFormModel } from "./editor-model";
import { parseTestService, postedValues, validServiceFields } from "./editor-testing";

describe("what the service form shows", () => {
  it("shows posted values again, and a stored service as the form would post it", () => {
    const posted = postedServiceFormModel(postedValues(validServiceFields));
    expect(posted.phones[0]).toMatchObject({
      value: "088-50 57 410",
      hours: [{ days: ["TU", "TH"], opens: "9:00", closes: "12:00" }, ...posted.phones[0]!.hours.slice(1)],
    });
    const result = parseTestService(validServiceFields);
    if (!result.ok) throw new Error("valid form refused");
    const model = serviceFormModel(result.value, regionData);
    expect(model.areas).toBe("Leeuwarden\nRotterdam");
    expect(model.national).toBe(false);
    expect(model.emails[0]).toMatchObject({ value: "vragen@voorbeeld.nl", always: true, hours: [] });
  });
});
