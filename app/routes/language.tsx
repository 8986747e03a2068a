import { data, redirect } from "react-router";
import type { Route } from "./+types/language";
import { isLocale, localeCookieName } from "../i18n";

/** Only same-site paths are allowed as the place to return to. */
export function safeReturnPath(value: FormDataEntryValue | null): string {
  if (
    typeof value !== "string" ||
    !value.startsWith("/") ||
    value.startsWith("//") ||
    value.startsWith("/\\")
  ) {
    return "/";
  }
  return value;
}

/** POST /taal: remembers the chosen language in a cookie and goes back. Works without JavaScript. */
export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const lang = form.get("lang");
  if (!isLocale(lang)) {
    throw data(null, { status: 400 });
  }
  // Secure whenever the page itself came over HTTPS; over plain HTTP the cookie must still work.
  const secure = new URL(request.url).protocol === "https:" ? "; Secure" : "";
  return redirect(safeReturnPath(form.get("terug")), {
    headers: {
      "Set-Cookie": `${localeCookieName}=${lang}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly${secure}`,
    },
  });
}

/** GET /taal has nothing to show. */
export function loader() {
  return redirect("/");
}
