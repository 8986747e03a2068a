import type { ButtonHTMLAttributes } from "react";
import { classNames } from "./class-names";

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type"> {
  type?: "submit" | "button" | "reset";
  /**
   * NL Design System button appearance: the main action of a form (filled), or
   * a secondary button (`subtle`: outlined — a border, padding, a tint on
   * hover; see the theme).
   */
  appearance: "primary-action" | "subtle";
}

/** NL Design System button: `<button class="utrecht-button utrecht-button--…">`. */
export function Button({ type = "submit", appearance, className, ...props }: ButtonProps) {
  return (
    <button
      type={type}
      className={classNames("utrecht-button", `utrecht-button--${appearance}`, className)}
      {...props}
    />
  );
}
