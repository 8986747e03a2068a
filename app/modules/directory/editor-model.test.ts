import { describe, expect, it } from "vitest";
import { regionData } from "../../../content/regions";
import {
  organisationFormModel,
  postedOrganisationFormModel,
  postedServiceFormModel,
  serviceFormModel,
} from "./editor-model";
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

describe("what the organisation form shows", () => {
  const organisation = {
    name: "Fier",
    alternateName: undefined,
    description: { nl: "Expertisecentrum", en: "Centre of expertise" },
    website: "https://www.fier.nl",
    phones: [
      { number: "088-208 00 00", label: { nl: "Centrale", en: "Centrale" }, free: false },
      { number: "0800-2000", label: undefined, free: true },
    ],
    emails: [{ address: "info@fier.nl", label: { nl: "Vragen", en: "Questions" } }],
  };

  it("shows English only where it is not the Dutch, and contacts without opening hours", () => {
    expect(organisationFormModel(organisation)).toEqual({
      name: "Fier",
      alternateName: "",
      description: "Expertisecentrum",
      descriptionEn: "Centre of expertise",
      website: "https://www.fier.nl",
      phones: [
        { value: "088-208 00 00", label: "Centrale", labelEn: "", free: false, always: false, hours: [] },
        { value: "0800-2000", label: "", labelEn: "", free: true, always: false, hours: [] },
      ],
      emails: [
        {
          value: "info@fier.nl",
          label: "Vragen",
          labelEn: "Questions",
          free: false,
          always: false,
          hours: [],
        },
      ],
    });
  });

  it("shows the posted values again, every slot of the form", () => {
    const posted = postedOrganisationFormModel(
      postedValues({ name: "Fier", "email-1-address": "x", "email-1-labelEn": "Questions" }),
    );
    expect(posted).toMatchObject({ name: "Fier", alternateName: "", website: "" });
    expect(posted.phones).toHaveLength(4);
    expect(posted.emails).toHaveLength(3);
    expect(posted.emails[1]).toMatchObject({ value: "x", label: "", labelEn: "Questions" });
    expect(posted.emails[1]!.hours).toHaveLength(4);
  });
});
