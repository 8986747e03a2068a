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
