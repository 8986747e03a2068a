import type { Route } from "./+types/index";
import type { MessageKey } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import { requirePermission } from "../../modules/accounts/guard.server";
import { can, type Permission } from "../../modules/accounts/permissions";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { CardGrid, LinkCard } from "../../ui/card-grid";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { pageTitle } from "../../ui/meta";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { Paragraph } from "../../ui/paragraph";

export const handle: RouteHandle = { breadcrumb: "admin.title" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "admin.title");
}

/** The parts of the workspace, each behind its own permission. */
const workspaceParts: ReadonlyArray<{
  to: string;
  permission: Permission;
  title: MessageKey;
  text: MessageKey;
}> = [
  {
    to: "/beheer/gebruikers",
    permission: "manage:user:org",
    title: "admin.users.title",
    text: "admin.users.text",
  },
  {
    to: "/beheer/organisaties",
    permission: "manage:organisation:any",
    title: "admin.organisations.title",
    text: "admin.organisations.text",
  },
  {
    to: "/beheer/wegwijzer",
    permission: "edit:directory:any",
    title: "editor.title",
    text: "editor.text",
  },
  {
    to: "/beheer/suggesties",
    permission: "edit:directory:any",
    title: "admin.suggestions.title",
    text: "admin.suggestions.text",
  },
  {
    to: "/beheer/kennisbank",
    permission: "edit:content:any",
    title: "admin.content.title",
    text: "admin.content.text",
  },
  {
    to: "/beheer/logboek",
    permission: "read:audit:org",
    title: "admin.audit.title",
    text: "admin.audit.text",
  },
];

export async function loader({ request, context }: Route.LoaderArgs) {
  const me = await requirePermission(request, context, ...workspaceParts.map((part) => part.permission));
  const outbox = context.config.env !== "production" && can(me.role, "read:outbox:any");
  return {
    parts: workspaceParts.filter((part) => can(me.role, part.permission)).map((part) => part.to),
    outbox,
  };
}

export default function Workspace({ loaderData }: Route.ComponentProps) {
  const t = useTranslate();
  const visible = new Set(loaderData.parts);
  return (
    <PageContent>
      <Heading level={1}>{t("admin.title")}</Heading>
      <PageIntro>{t("admin.intro")}</PageIntro>
      <CardGrid>
        {workspaceParts
          .filter((part) => visible.has(part.to))
          .map((part) => (
            <LinkCard key={part.to} to={part.to} title={t(part.title)} text={t(part.text)} />
          ))}
        {loaderData.outbox ? (
          <LinkCard to="/beheer/outbox" title={t("admin.outbox.title")} text={t("admin.outbox.text")} />
        ) : null}
      </CardGrid>
      <Paragraph>
        <Link to="/account">{t("admin.account")}</Link>
      </Paragraph>
    </PageContent>
  );
}
