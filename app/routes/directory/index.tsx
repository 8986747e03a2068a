import { data, Form } from "react-router";
import type { Route } from "./+types/index";
import { localeFromCookieHeader, translator, type MessageKey } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import { formatCount, resultsHeading, serviceView } from "../../modules/directory/directory";
import { searchDirectory, type Widening } from "../../modules/directory/directory-search.server";
import { listTerms } from "../../modules/directory/read.server";
import { termId } from "../../modules/directory/directory-content";
import type { PlaceResolution } from "../../modules/directory/regions";
import {
  directoryQueryString,
  emptyQuery,
  parseDirectoryParams,
  type DirectoryQuery,
  type Gender,
} from "../../modules/directory/search-query";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { Button } from "../../ui/button";
import { Checkbox, ChoiceGroup, Fieldset } from "../../ui/choice-group";
import { TextWithPhone } from "../../ui/contact-links";
import { EntryList } from "../../ui/entry-list";
import { fieldHintId, FormField } from "../../ui/form-field";
import { Heading } from "../../ui/heading";
import { InfoBox, InfoNote } from "../../ui/info-box";
import { Link } from "../../ui/link";
import { pageTitle } from "../../ui/meta";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { PageSection } from "../../ui/page-section";
import { Pagination } from "../../ui/pagination";
import { Paragraph } from "../../ui/paragraph";
import { TextInput } from "../../ui/text-input";
import { PlaceSuggestions } from "./place-suggestions";
import { ServiceSummary } from "./service-summary";

export const handle: RouteHandle = { breadcrumb: "nav.directory" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "nav.directory");
}

/** The form's values as typed, to fill the form again (also when they are invalid). */
function formValues(params: URLSearchParams) {
  return {
    q: params.get("q") ?? "",
    plaats: params.get("plaats") ?? "",
    leeftijd: params.get("leeftijd") ?? "",
    gender: params.get("gender") ?? "",
    hulpsoort: params.getAll("hulpsoort"),
    vorm: params.getAll("vorm"),
    lvb: params.get("lvb") === "ja",
    open: params.get("open") === "ja",
  };
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const params = new URL(request.url).searchParams;
  const locale = localeFromCookieHeader(request.headers.get("Cookie"));
  const t = translator(locale);
  const terms = await listTerms(context.db);
  const termNames = new Map(terms.map((term) => [term.id, locale === "en" ? term.name_en : term.name]));
  const options = (taxonomy: string) =>
    terms
      .filter((term) => term.taxonomy_id === taxonomy)
      .map((term) => ({ value: term.code, id: term.id, label: termNames.get(term.id) ?? term.code }));
  const values = formValues(params);
  const parsed = parseDirectoryParams(params);
  const base = {
    values,
    helpTypes: options("hulpsoort").map((option) => ({ ...option, count: undefined as number | undefined })),
    forms: options("uitbuitingsvorm").map((option) => ({
      ...option,
      count: undefined as number | undefined,
    })),
  };
  if (!parsed.ok) {
    return data(
      {
        ...base,
        errors: parsed.errors,
        searched: false,
        query: emptyQuery,
        search: undefined,
      },
      { status: 400 },
    );
  }
  const query = parsed.query;
  const now = new Date();
  const search = await searchDirectory(context.db, query, now);
  const errors: Record<string, string> = {};
  if (search.place?.kind === "unknown") {
    errors.plaats = t("directory.place.unknown", {
      name: query.place || search.recognised.find((item) => item.kind === "place")?.value || "",
    });
  }
  const searched = directoryQueryString({ ...query, page: 1 }) !== "" || query.page > 1;
  return data(
    {
      values,
      errors,
      searched,
      query,
      helpTypes: base.helpTypes.map((option) => ({
        ...option,
        count: search.facets.hulpsoort.get(option.id) ?? 0,
      })),
      forms: base.forms.map((option) => ({
        ...option,
        count: search.facets.uitbuitingsvorm.get(option.id) ?? 0,
      })),
      search: {
        total: search.total,
        totalCapped: search.totalCapped,
        // Counts stop at countLimit: "Meer dan 1.000 resultaten".
        heading: resultsHeading({ total: search.total, capped: search.totalCapped }, locale, t),
        countLabel: formatCount({ total: search.total, capped: search.totalCapped }, locale, t),
        page: search.page,
        pageCount: search.pageCount,
        results: search.results.map((result) => ({
          view: serviceView(result.service, termNames, locale, t, now),
          areaRank:
            query.place || search.recognised.some((item) => item.kind === "place")
              ? result.areaRank
              : undefined,
        })),
        recognised: search.recognised.map((item) => {
          switch (item.kind) {
            case "age":
              return t("directory.results.recognisedAge", { age: item.value });
            case "gender":
              return t(genderKeys[item.value as Gender]);
            case "form":
              return termNames.get(termId("uitbuitingsvorm", item.value)) ?? item.value;
            case "place":
              return placeName(search.place) ?? item.value;
          }
        }),
        ambiguous:
          search.place?.kind === "ambiguous"
            ? search.place.options.map((option) => ({
                name: option.name,
                href: `/wegwijzer${directoryQueryString({ ...query, place: option.name, page: 1 })}`,
              }))
            : [],
        suggestions:
          search.place?.kind === "unknown"
            ? search.place.suggestions.map((option) => ({
                name: option.name,
                href: `/wegwijzer${directoryQueryString({ ...query, place: option.name, page: 1 })}`,
              }))
            : [],
        widenings: search.widenings.map((widening) => ({
          ...widening,
          countLabel: formatCount(widening, locale, t),
          href: `/wegwijzer${directoryQueryString(widened(query, widening), { page: 1 })}`,
        })),
      },
    },
    { status: 200 },
  );
}

const genderKeys: Record<Gender, MessageKey> = {
  female: "directory.search.gender.female",
  male: "directory.search.gender.male",
  x: "directory.search.gender.x",
};

/** The official name of a resolved place. */
function placeName(place: PlaceResolution | undefined): string | undefined {
  switch (place?.kind) {
    case "municipality":
      return place.municipality.name;
    case "province":
      return place.province.name;
    case "region":
      return place.region.name;
    default:
      return undefined;
  }
}

/** The query without the filter a widening drops. */
function widened(query: DirectoryQuery, widening: Widening): DirectoryQuery {
  switch (widening.drop) {
    case "place":
      return { ...query, place: "", text: query.text };
    case "age":
      return { ...query, age: undefined };
    case "gender":
      return { ...query, gender: undefined };
    case "text":
      return { ...query, text: "" };
    case "openNow":
      return { ...query, openNow: false };
    case "lvb":
      return { ...query, lvb: false };
    case "terms":
      return { ...query, hulpsoort: [], uitbuitingsvorm: [] };
  }
}

const wideningKeys: Record<Widening["drop"], MessageKey> = {
  place: "directory.widen.place",
  age: "directory.widen.age",
  gender: "directory.widen.gender",
  text: "directory.widen.text",
  openNow: "directory.widen.openNow",
  lvb: "directory.widen.lvb",
  terms: "directory.widen.terms",
};

export default function Directory({ loaderData }: Route.ComponentProps) {
  const t = useTranslate();
  const { values, errors, search, helpTypes, forms, query } = loaderData;
  const errorList = Object.values(errors);
  return (
    <PageContent variant="wide">
      <Heading level={1}>{t("directory.title")}</Heading>
      <PageIntro>{t("directory.intro")}</PageIntro>
      <InfoNote urgent>
        <TextWithPhone text={t("directory.urgent")} number="112" />
      </InfoNote>

      {search && loaderData.searched ? (
        <p className="zicht-directory__jump">
          <Link to="#results-heading">{t("directory.results.jump", { count: search.countLabel })}</Link>
        </p>
      ) : null}
      <div className="zicht-directory">
        <Form
          method="get"
          action="/wegwijzer"
          className="zicht-directory__form"
          aria-labelledby="search-heading"
        >
          <Heading level={2} id="search-heading" appearance={3}>
            {t("directory.search.heading")}
          </Heading>
          <FormField
            inputId="q"
            label={t("directory.search.q.label")}
            hint={t("directory.search.q.hint")}
            error={errors.q}
          >
            <TextInput
              id="q"
              name="q"
              type="search"
              defaultValue={values.q}
              describedBy={fieldHintId("q")}
              invalid={Boolean(errors.q)}
              maxLength={200}
            />
          </FormField>
          <FormField
            inputId="plaats"
            label={t("directory.search.place.label")}
            hint={t("directory.search.place.hint")}
            error={errors.plaats}
          >
            <PlaceSuggestions
              inputId="plaats"
              defaultValue={values.plaats}
              invalid={Boolean(errors.plaats)}
            />
          </FormField>
          <FormField
            inputId="leeftijd"
            label={t("directory.search.age.label")}
            hint={t("directory.search.age.hint")}
            error={errors.leeftijd}
          >
            <TextInput
              id="leeftijd"
              name="leeftijd"
              inputMode="numeric"
              size={4}
              maxLength={3}
              defaultValue={values.leeftijd}
              describedBy={fieldHintId("leeftijd")}
              invalid={Boolean(errors.leeftijd)}
            />
          </FormField>
          <ChoiceGroup
            id="gender"
            name="gender"
            legend={t("directory.search.gender.legend")}
            error={errors.gender}
            defaultValue={values.gender}
            options={[
              { value: "", label: t("directory.search.gender.any") },
              { value: "meisje", label: t("directory.search.gender.female") },
              { value: "jongen", label: t("directory.search.gender.male") },
              { value: "x", label: t("directory.search.gender.x") },
            ]}
          />
          <ChoiceGroup
            id="hulpsoort"
            name="hulpsoort"
            multiple
            legend={t("directory.helpType")}
            error={errors.hulpsoort}
            defaultValue={values.hulpsoort}
            options={helpTypes.map((option) => ({
              value: option.value,
              label: option.label,
              count: option.count,
            }))}
          />
          <ChoiceGroup
            id="vorm"
            name="vorm"
            multiple
            legend={t("directory.forms")}
            error={errors.vorm}
            defaultValue={values.vorm}
            options={forms.map((option) => ({
              value: option.value,
              label: option.label,
              count: option.count,
            }))}
          />
          <Fieldset legend={t("directory.search.more.legend")}>
            <Checkbox
              id="filter-lvb"
              name="lvb"
              value="ja"
              checked={values.lvb}
              label={t("directory.search.lvb")}
            />
            <Checkbox
              id="filter-open"
              name="open"
              value="ja"
              checked={values.open}
              label={t("directory.search.openNow")}
            />
          </Fieldset>
          <div className="zicht-directory__actions">
            <Button appearance="primary-action">{t("directory.search.submit")}</Button>
            <Link to="/wegwijzer">{t("directory.search.reset")}</Link>
          </div>
        </Form>

        <div className="zicht-directory__results">
          {errorList.length > 0 ? (
            <div role="alert" className="zicht-box zicht-box--urgent">
              <Paragraph>{t("directory.search.errors")}</Paragraph>
              <ul>
                {errorList.map((error) => (
                  <li key={error}>{error}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <PlaceLinks
            headingId="which-place-heading"
            heading={t("directory.place.ambiguous")}
            places={search?.ambiguous ?? []}
          />
          <PlaceLinks
            headingId="place-suggestions-heading"
            heading={t("directory.place.suggestions")}
            places={search?.suggestions ?? []}
          />
          {search ? (
            <PageSection headingId="results-heading" heading={search.heading}>
              {search.totalCapped ? <Paragraph>{t("directory.results.narrowHint")}</Paragraph> : null}
              {search.recognised.length > 0 ? (
                <Paragraph>
                  {t("directory.results.recognised", { items: search.recognised.join(" · ") })}
                </Paragraph>
              ) : null}
              {search.total === 0 ? (
                <>
                  <Paragraph>{t("directory.results.none")}</Paragraph>
                  {search.widenings.length > 0 ? (
                    <>
                      <Paragraph>{t("directory.results.widenIntro")}</Paragraph>
                      <ul className="zicht-directory__widen">
                        {search.widenings.map((widening) => (
                          <li key={widening.drop}>
                            <Link to={widening.href}>
                              {t(wideningKeys[widening.drop], { count: widening.countLabel })}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                  <Paragraph>{t("directory.results.nationalHint")}</Paragraph>
                </>
              ) : (
                <EntryList>
                  {search.results.map((result) => (
                    <ServiceSummary key={result.view.id} service={result.view} areaRank={result.areaRank} />
                  ))}
                </EntryList>
              )}
              <Pagination
                label={t("directory.pagination.label")}
                page={search.page}
                pageCount={search.pageCount}
                href={(page) => `/wegwijzer${directoryQueryString(query, { page })}`}
                previousLabel={t("directory.pagination.previous")}
                nextLabel={t("directory.pagination.next")}
                statusLabel={t("directory.pagination.status", { page: search.page, count: search.pageCount })}
              />
            </PageSection>
          ) : null}
          <InfoBox headingId="about-list-heading" heading={t("directory.aboutList")} headingAppearance={3}>
            <Paragraph>{t("directory.incomplete")}</Paragraph>
            <Paragraph>{t("directory.sourceNote")}</Paragraph>
          </InfoBox>
        </div>
      </div>
    </PageContent>
  );
}

/** Places to choose from (which "Bergen", or names like a misspelt one), each a link that searches there. */
function PlaceLinks({
  headingId,
  heading,
  places,
}: {
  headingId: string;
  heading: string;
  places: ReadonlyArray<{ name: string; href: string }>;
}) {
  if (places.length === 0) return null;
  return (
    <InfoBox headingId={headingId} heading={heading} headingAppearance={3}>
      <ul>
        {places.map((place) => (
          <li key={place.name}>
            <Link to={place.href}>{place.name}</Link>
          </li>
        ))}
      </ul>
    </InfoBox>
  );
}
