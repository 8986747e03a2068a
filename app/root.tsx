import {
  data,
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useMatches,
  useRouteLoaderData,
  type LinksFunction,
} from "react-router";
import type { Route } from "./+types/root";
import { takeFlash } from "./modules/flash/flash.server";
import { FormMessage } from "./ui/form-message";
import { listHelplines } from "./modules/advice/helpline.server";
import { getSignedIn } from "./modules/accounts/guard.server";
import { homeFor } from "./modules/accounts/web-session.server";
import { can } from "./modules/accounts/permissions";
import { countUnread } from "./modules/notifications/notifications.server";
import { localeFromCookieHeader, translator, type Locale } from "./i18n";
import { useLocale, useTranslate } from "./i18n/use-translate";
import { ErrorPage, errorPageMessages } from "./ui/error-page";
import { SiteFooter } from "./ui/site-footer";
import { SiteHeader } from "./ui/site-header";
import { audienceOf } from "./ui/audience";
import { YouthFooter, YouthHeader } from "./ui/youth-shell";
import { Breadcrumbs } from "./ui/breadcrumbs";
import { localeFromMatches } from "./ui/meta";
import stylesHref from "./ui/styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesHref },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

/**
 * Only for error pages: when the root error boundary renders, no page `meta`
 * runs, and a document without a <title> fails WCAG 2.4.2.
 */
export function meta({ error, matches }: Route.MetaArgs) {
  if (!error) return [];
  const t = translator(localeFromMatches(matches));
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const key = status === 404 ? "notFound.title" : status < 500 ? "badRequest.title" : "error.title";
  return [{ title: `${t(key)} | ${t("app.titleSuffix")}` }];
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const locale: Locale = localeFromCookieHeader(request.headers.get("Cookie"));
  const [helplines, signedIn] = await Promise.all([
    listHelplines(context.db, locale),
    getSignedIn(request, context),
  ]);
  // One indexed count: the unread notifications of a person who works with cases.
  const notifications =
    signedIn && (can(signedIn.role, "read:case:own") || can(signedIn.role, "read:case:org"))
      ? await countUnread(context.db, { tenantId: signedIn.tenantId, userId: signedIn.userId })
      : null;
  // A success message an action sent along with its redirect: shown once, then cleared.
  const taken = takeFlash(request);
  return data(
    {
      locale,
      flash: taken?.flash ?? null,
      // The header shows who is signed in, a sign-out button and the links to their work.
      account: signedIn
        ? {
            email: signedIn.email,
            csrf: signedIn.csrfToken,
            cases: can(signedIn.role, "read:case:own") || can(signedIn.role, "read:case:org"),
            workspace: homeFor(signedIn.role) === "/beheer",
            notifications,
          }
        : null,
      nonce: context.cspNonce,
      // Every page shows the urgent ones in the footer; the home page shows all (useHelplines).
      helplines,
    },
    taken ? { headers: { "Set-Cookie": taken.clear } } : undefined,
  );
}

export function Layout({ children }: { children: React.ReactNode }) {
  const root = useRouteLoaderData<typeof loader>("root");
  const locale = useLocale();
  const t = translator(locale);
  const nonce = root?.nonce;
  // Pages for young people get their own header and footer (quick exit, help numbers, plain words).
  const youth = audienceOf(useMatches()) === "youth";
  const helplines = root?.helplines ?? [];
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="description" content={t(youth ? "youth.description" : "app.tagline")} />
        <Meta />
        {/* The nonce on the client too, or hydration sees a mismatch on every <link>. */}
        <Links nonce={nonce} />
      </head>
      <body className="utrecht-theme zicht-theme">
        <div className="zicht-page">
          {youth ? <YouthHeader /> : <SiteHeader account={root?.account ?? null} />}
          <main id="inhoud" className="zicht-main" tabIndex={-1}>
            <Breadcrumbs />
            {root?.flash ? (
              <FormMessage kind="success">{t(root.flash.key, root.flash.params)}</FormMessage>
            ) : null}
            {children}
          </main>
          {youth ? (
            <YouthFooter helplines={helplines} />
          ) : (
            <SiteFooter helplines={helplines.filter((helpline) => helpline.urgent)} />
          )}
        </div>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

/** Friendly Dutch error page; never shows a stack trace (the server logs it). */
export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const t = useTranslate();
  const messages = errorPageMessages(isRouteErrorResponse(error) ? error.status : null);
  return (
    <ErrorPage
      title={t(messages.title)}
      text={t(messages.text)}
      urgent={messages.urgent ? t("error.urgent") : undefined}
      homeLabel={t(messages.home)}
    />
  );
}
