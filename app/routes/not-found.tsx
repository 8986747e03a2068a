import { data } from "react-router";
import type { Route } from "./+types/not-found";
import { useTranslate } from "../i18n/use-translate";
import { ErrorPage } from "../ui/error-page";
import { pageTitle } from "../ui/meta";

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "notFound.title");
}

/** Every unknown address: the friendly Dutch 404 page, with status 404. */
export function loader() {
  return data(null, { status: 404 });
}

export default function NotFound() {
  const t = useTranslate();
  return <ErrorPage title={t("notFound.title")} text={t("notFound.text")} homeLabel={t("notFound.home")} />;
}
