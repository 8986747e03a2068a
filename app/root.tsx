import {
  data,
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteLoaderData,
  type LinksFunction,
} from "react-router";
import type { Route } from "./+types/root";
import { listHelplines } from "./modules/advice/helpline.server";
import { localeFromCookieHeader, translator, type Locale } from "./i18n";
import { useLocale, useTranslate } from "./i18n/use-translate";
import { ErrorPage } from "./ui/error-page";
import { SiteFooter } from "./ui/site-footer";
import { SiteHeader } from "./ui/site-header";
import { Breadcrumbs } from "./ui/breadcrumbs";
import stylesHref from "./ui/styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesHref },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request, context }: Route.LoaderArgs) {
  const locale: Locale = localeFromCookieHeader(request.headers.get("Cookie"));
  const helplines = await listHelplines(context.db, locale);
  return data({
    locale,
    nonce: context.cspNonce,
    urgentHelplines: helplines.filter((helpline) => helpline.urgent),
  });
}

export function Layout({ children }: { children: React.ReactNode }) {
  const root = useRouteLoaderData<typeof loader>("root");
  const locale = useLocale();
  const t = translator(locale);
  const nonce = root?.nonce;
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="description" content={t("app.tagline")} />
        <Meta />
        <Links />
      </head>
      <body className="utrecht-theme zicht-theme">
        <div className="zicht-page">
          <SiteHeader />
          <main id="inhoud" className="zicht-main" tabIndex={-1}>
            <Breadcrumbs />
            {children}
          </main>
          <SiteFooter helplines={root?.urgentHelplines ?? []} />
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
  if (isRouteErrorResponse(error) && error.status === 404) {
    return <ErrorPage title={t("notFound.title")} text={t("notFound.text")} homeLabel={t("notFound.home")} />;
  }
  return (
    <ErrorPage
      title={t("error.title")}
      text={t("error.text")}
      urgent={t("error.urgent")}
      homeLabel={t("error.home")}
    />
  );
}
