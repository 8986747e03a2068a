import { renderToStaticMarkup } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { describe, expect, it } from "vitest";
import { nextStep, type NextStepFacts } from "../../modules/cases/next-step";
import { CaseNextStep } from "./case-next-step";

const today = "2026-12-03";
const open: NextStepFacts = {
  caseId: "c1",
  status: "open",
  closedOn: null,
  route: "meldcode",
  steps: [
    { step: 1, status: "done" },
    { step: 2, status: "open" },
    { step: 3, status: "open" },
    { step: 4, status: "open" },
    { step: 5, status: "open" },
  ],
  framework: {},
  tasks: [],
  hasAssessment: true,
  consultations: 0,
  veiligThuisReported: false,
  canApproveClosing: false,
};

function render(facts: NextStepFacts, canWrite: boolean) {
  // A data router, as the page has: the panel reads the language from the root route.
  const Stub = createRoutesStub([
    {
      id: "root",
      path: "/",
      Component: () => <CaseNextStep next={nextStep(facts, today)} today={today} canWrite={canWrite} />,
    },
  ]);
  return renderToStaticMarkup(<Stub />);
}

describe("CaseNextStep", () => {
  it("gives someone who may write the step and the one button that does it", () => {
    const html = render(open, true);
    expect(html).toContain("Nu doen:");
    expect(html).toContain('href="/casussen/c1/stappen/2"');
    expect(html).not.toContain("alleen lezen");
  });

  it("shows a read-only viewer where the case stands, without a button they cannot use", () => {
    const html = render(open, false);
    expect(html).toContain("Volgende stap (voor wie de casus beheert):");
    expect(html).toContain("Je kunt deze casus alleen lezen.");
    expect(html).not.toContain("<a ");
  });

  it("still lets an officer without write access judge a closing request", () => {
    const html = render({ ...open, status: "closing", canApproveClosing: true }, false);
    expect(html).toContain("Nu doen:");
    expect(html).toContain("<a ");
    expect(html).not.toContain("alleen lezen");
  });

  it("names the urgent advice to follow up", () => {
    const html = render(
      { ...open, tasks: [{ kind: "urgent_advice", dueOn: today, detail: "acuut-gevaar" }] },
      true,
    );
    expect(html).toContain("Er is een dringend advies. Volg het op. Het advies: Bel eerst 112.");
    expect(html).toContain("vandaag");
  });
});
