import { Link as RouterLink, type LinkProps as RouterLinkProps } from "react-router";
import { classNames } from "./class-names";

export interface LinkProps extends RouterLinkProps {
  /** Extra classes after `utrecht-link`. */
  className?: string;
}

/** A link to a page of Zicht: React Router's Link with the NL Design System link style. */
export function Link({ className, ...props }: LinkProps) {
  return <RouterLink className={classNames("utrecht-link", className)} {...props} />;
}
