import type { Route } from "./+types/index";
import { useTranslate } from "../../i18n/use-translate";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { pageTitle } from "../../ui/meta";

export const handle: RouteHandle = { breadcrumb: "nav.directory" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "nav.directory");
}

export default function Page() {
  const t = useTranslate();
  return (
    <div className="zicht-content">
      <h1 className="utrecht-heading-1">{t("nav.directory")}</h1>
    </div>
  );
}
