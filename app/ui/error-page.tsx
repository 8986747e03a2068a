import type { MessageKey } from "../i18n";
import { Heading } from "./heading";
import { Link } from "./link";
import { PageContent } from "./page-content";
import { Paragraph } from "./paragraph";

export function ErrorPage({
  title,
  text,
  urgent,
  homeLabel,
}: {
  title: string;
  text: string;
  urgent?: string;
  homeLabel: string;
}) {
  return (
    <PageContent>
      <Heading level={1}>{title}</Heading>
      <Paragraph lead>{text}</Paragraph>
      {urgent ? <Paragraph urgent>{urgent}</Paragraph> : null}
      <Paragraph>
        <Link to="/" reloadDocument>
          {homeLabel}
        </Link>
      </Paragraph>
    </PageContent>
  );
}

/**
 * Which texts the error page shows for an answer with this status. 404 and the
 * 4xx statuses a person can meet each have their own words; any other 4xx says
 * the request was not valid, and everything else is our own error.
 */
export function errorPageMessages(status: number | null): {
  title: MessageKey;
  text: MessageKey;
  home: MessageKey;
  urgent: boolean;
} {
  const client = (title: MessageKey, text: MessageKey) => ({
    title,
    text,
    home: "error.home" as const,
    urgent: false,
  });
  switch (status) {
    case 404:
      return { title: "notFound.title", text: "notFound.text", home: "notFound.home", urgent: false };
    case 403:
      return client("forbidden.title", "forbidden.text");
    case 405:
      return client("methodNotAllowed.title", "methodNotAllowed.text");
    case 413:
      return client("tooLarge.title", "tooLarge.text");
    case 422:
      return client("unprocessable.title", "unprocessable.text");
  }
  if (status !== null && status >= 400 && status < 500) return client("badRequest.title", "badRequest.text");
  return { title: "error.title", text: "error.text", home: "error.home", urgent: true };
}
