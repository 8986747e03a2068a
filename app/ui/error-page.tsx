import { Link } from "react-router";

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
    <div className="zicht-content">
      <h1 className="utrecht-heading-1">{title}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{text}</p>
      {urgent ? <p className="utrecht-paragraph zicht-urgent-line">{urgent}</p> : null}
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/" reloadDocument>
          {homeLabel}
        </Link>
      </p>
    </div>
  );
}
