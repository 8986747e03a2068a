import { Form } from "react-router";
import type { Route } from "./+types/search";
import { localeFromCookieHeader } from "../i18n";
import { useTranslate } from "../i18n/use-translate";
import { searchHelplines } from "../modules/advice/helpline.server";
import type { RouteHandle } from "../ui/breadcrumbs";
import { HelplineList } from "../ui/helpline-list";
import { pageTitle } from "../ui/meta";

export const handle: RouteHandle = { breadcrumb: "nav.search" };
export const maxQueryLength = 200;

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "search.title");
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const query = (new URL(request.url).searchParams.get("q") ?? "").trim();
  if (query.length > maxQueryLength) return { query, tooLong: true, helplines: [] };
  if (query === "") return { query, tooLong: false, helplines: [] };
  const locale = localeFromCookieHeader(request.headers.get("Cookie"));
  return { query, tooLong: false, helplines: await searchHelplines(context.db, query, locale) };
}

export default function Search({ loaderData }: Route.ComponentProps) {
  const t = useTranslate();
  const { query, tooLong, helplines } = loaderData;
  return (
    <div className="zicht-content">
      <h1 className="utrecht-heading-1">{t("search.title")}</h1>
      {/* An explicit action: the default repeats the current query string, which the
          server and the browser encode differently (a hydration mismatch). */}
      <Form method="get" action="/zoeken" role="search" className="zicht-search-form">
        <div className={tooLong ? "utrecht-form-field utrecht-form-field--invalid" : "utrecht-form-field"}>
          <label className="utrecht-form-label" htmlFor="q">
            {t("search.label")}
          </label>
          {tooLong ? (
            <p id="q-error" className="utrecht-form-field-error-message">
              {t("search.tooLong", { max: maxQueryLength })}
            </p>
          ) : null}
          <div className="zicht-search-form__row">
            <input
              id="q"
              name="q"
              type="search"
              className="utrecht-textbox utrecht-textbox--html-input"
              defaultValue={query}
              aria-invalid={tooLong || undefined}
              aria-describedby={tooLong ? "q-error" : undefined}
            />
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("search.button")}
            </button>
          </div>
        </div>
      </Form>
      {query !== "" && !tooLong ? (
        <section aria-labelledby="results-heading" className="zicht-search-results">
          <h2 id="results-heading" className="utrecht-heading-2">
            {t("search.resultsHeading", { query })}
          </h2>
          {helplines.length === 0 ? (
            <p className="utrecht-paragraph">{t("search.noResults", { query })}</p>
          ) : (
            <HelplineList helplines={helplines} />
          )}
        </section>
      ) : null}
    </div>
  );
}
