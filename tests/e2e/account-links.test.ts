/**
 * Issue 13, finding 11: after a successful invitation or password reset the
 * final answer is 2xx with a clear message (not 410 because the loader of the
 * now used link runs again), as a browser without JavaScript sends it (the
 * document POST) and as React Router's client sends it (the `.data`
 * requests); a used link opened later still answers 410 with a clear page.
 *
 * Plain HTTP against the built app, no browser: every request is the one a
 * browser would send, so the statuses are exactly what it would get.
 */
import fs from "node:fs";
import path from "node:path";
import { Secret, TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUsers, testPassword } from "./support/accounts";
import { useApp } from "./support/fixture";
import { makeDataDir, removeDataDir } from "./support/server";

const dataDir = makeDataDir("zicht-e2e-account-links-");
let links: Record<string, string> = {};

beforeAll(async () => {
  links = await createUsers(dataDir, { id: "e2e-links", name: "E2E-links" }, [
    ["zonder-js@e2e.nl", "professional"],
    ["met-js@e2e.nl", "professional"],
  ]);
}, 300_000);
afterAll(() => removeDataDir(dataDir));

const fixture = useApp({ dataDir, browser: false });
const totps: Record<string, TOTP> = {};

const url = (pathname: string) => `${fixture.app.url}${pathname}`;

/** A form post from our own page (the cross-site check wants the origin). */
function post(pathname: string, fields: Record<string, string>, cookie = "") {
  return fetch(url(pathname), {
    method: "POST",
    redirect: "manual",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: fixture.app.url,
      "Sec-Fetch-Site": "same-origin",
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body: new URLSearchParams(fields),
  });
}

const get = (pathname: string, cookie = "") =>
  fetch(url(pathname), { redirect: "manual", headers: cookie ? { Cookie: cookie } : {} });

/** The Set-Cookie name=value pairs of a response, as the browser would send them back. */
const cookiesOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");

/** Opens the invitation page and reads the TOTP secret from it. */
async function openInvitation(email: string): Promise<TOTP> {
  const page = await get(links[email]!);
  expect(page.status).toBe(200);
  const html = await page.text();
  const secret = /class="zicht-secret">([A-Z2-7 ]+)</.exec(html)?.[1]?.replace(/\s/g, "") ?? "";
  expect(secret).not.toBe("");
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" });
  totps[email] = totp;
  return totp;
}

const invitationFields = (totp: TOTP) => ({
  password: testPassword,
  passwordRepeat: testPassword,
  code: totp.generate(),
});

/** The link in the newest "wachtwoord herstellen" e-mail in the outbox for `email`. */
async function resetLinkFor(email: string): Promise<string> {
  await post("/wachtwoord-vergeten", { email });
  const outbox = path.join(dataDir, "outbox");
  let link = "";
  await expect
    .poll(() => {
      const names = fs.existsSync(outbox) ? fs.readdirSync(outbox).sort().reverse() : [];
      for (const name of names) {
        const mail = JSON.parse(fs.readFileSync(path.join(outbox, name), "utf8")) as {
          to: string;
          text: string;
        };
        const found = /(\/wachtwoord-herstellen\/[\w-]+)/.exec(mail.text)?.[1];
        if (mail.to === email && found) {
          link = found;
          return true;
        }
      }
      return false;
    })
    .toBe(true);
  return link;
}

const resetFields = (email: string) => {
  const password = `${testPassword}-nieuw`;
  // The enrolment used this period's code; the next period's is accepted (clock drift window).
  return {
    password,
    passwordRepeat: password,
    code: totps[email]!.generate({ timestamp: Date.now() + 30_000 }),
  };
};

async function expectUsedLink(link: string, message: string) {
  const again = await get(link);
  expect(again.status).toBe(410);
  expect(await again.text()).toContain(message);
  // The client router's request for the same page says the same.
  expect((await get(`${link}.data`)).status).toBe(410);
}

describe("gebruikte links zonder JavaScript (gewone formulieren)", () => {
  const email = "zonder-js@e2e.nl";

  it("uitnodiging: het antwoord op het formulier is 200 met de herstelcodes; de link later: 410", async () => {
    const totp = await openInvitation(email);
    const answer = await post(links[email]!, invitationFields(totp));
    expect(answer.status).toBe(200);
    const html = await answer.text();
    expect(html).toContain("Je account is klaar.");
    expect(html).toContain('class="zicht-recovery-codes"');
    await expectUsedLink(links[email]!, "Deze link werkt niet meer.");
  });

  it("wachtwoord herstellen: door naar de inlogpagina (200) met de melding; de link later: 410", async () => {
    const link = await resetLinkFor(email);
    const answer = await post(link, resetFields(email));
    expect(answer.status).toBe(302);
    expect(answer.headers.get("Location")).toBe("/inloggen");
    const signIn = await get("/inloggen", cookiesOf(answer));
    expect(signIn.status).toBe(200);
    expect(await signIn.text()).toContain("Je nieuwe wachtwoord is opgeslagen.");
    await expectUsedLink(link, "Deze link werkt niet meer.");
  });
});

describe("gebruikte links met JavaScript (de .data-verzoeken van React Router)", () => {
  const email = "met-js@e2e.nl";

  it("uitnodiging: het .data-antwoord is 200 met de codes, de revalidatie zonder de verbruikte route ook", async () => {
    const totp = await openInvitation(email);
    const link = links[email]!;
    const answer = await post(`${link}.data`, invitationFields(totp));
    expect(answer.status).toBe(200);
    const body = await answer.text();
    expect(body).toContain("codes");
    // After the action the client asks again only for the routes whose shouldRevalidate says so:
    // the invitation route says no (its link is used up), so only the root loader is asked.
    const revalidation = await get(`${link}.data?_routes=root`);
    expect(revalidation.status).toBe(200);
    await expectUsedLink(link, "Deze link werkt niet meer.");
  });

  it("wachtwoord herstellen: het .data-antwoord is een redirect naar /inloggen, en die pagina is 200 met de melding", async () => {
    const link = await resetLinkFor(email);
    const answer = await post(`${link}.data`, resetFields(email));
    // Single fetch answers a redirect as 202 with the target in the body.
    expect(answer.status).toBe(202);
    expect(await answer.text()).toContain("/inloggen");
    const cookie = cookiesOf(answer);
    const data = await get("/inloggen.data", cookie);
    expect(data.status).toBe(200);
    expect(await data.text()).toContain("flash.passwordReset");
    await expectUsedLink(link, "Deze link werkt niet meer.");
  });
});
