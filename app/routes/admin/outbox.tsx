import type { Route } from "./+types/outbox";
import { useLocale, useTranslate } from "../../i18n/use-translate";
import { notFound, requirePermission } from "../../modules/accounts/guard.server";
import { readOutbox } from "../../modules/accounts/mail.server";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { Entry, EntryList } from "../../ui/entry-list";
import { Fact, FactList } from "../../ui/fact-list";
import { Heading } from "../../ui/heading";
import { pageTitle } from "../../ui/meta";
import { formatMoment } from "../../ui/moment";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { Paragraph } from "../../ui/paragraph";

export const handle: RouteHandle = { breadcrumb: "admin.outbox.title" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "admin.outbox.title");
}

/** The outbox folder, for development and test only: in production this page does not exist. */
export async function loader({ request, context }: Route.LoaderArgs) {
  if (context.config.env === "production") notFound();
  await requirePermission(request, context, "read:outbox:any");
  const mails = await readOutbox(context.config);
  return { mails: mails.slice(0, 50) };
}

export default function Outbox({ loaderData }: Route.ComponentProps) {
  const t = useTranslate();
  const locale = useLocale();
  return (
    <PageContent>
      <Heading level={1}>{t("admin.outbox.title")}</Heading>
      <PageIntro>{t("admin.outbox.intro")}</PageIntro>
      {loaderData.mails.length === 0 ? (
        <Paragraph>{t("admin.outbox.none")}</Paragraph>
      ) : (
        <EntryList>
          {loaderData.mails.map((mail, index) => (
            <Entry key={index} title={mail.subject} summary={formatMoment(mail.sentAt, locale)}>
              <FactList>
                <Fact term={t("admin.outbox.to")}>{mail.to}</Fact>
              </FactList>
              <p className="zicht-outbox-mail">{mail.text}</p>
            </Entry>
          ))}
        </EntryList>
      )}
    </PageContent>
  );
}
