import { useEffect, useRef } from "react";
import { Form, Link, NavLink, useLocation } from "react-router";
import type { MessageKey } from "../i18n";
import { useLocale, useTranslate } from "../i18n/use-translate";
import { Button } from "./button";

/** The main navigation, in order. */
export const mainNavigation: ReadonlyArray<{ to: string; label: MessageKey }> = [
  { to: "/wegwijzer", label: "nav.directory" },
  { to: "/signaleren", label: "nav.screening" },
  { to: "/kennisbank", label: "nav.knowledge" },
  { to: "/bibliotheek", label: "nav.library" },
  { to: "/jongeren", label: "nav.youth" },
  { to: "/ouders", label: "nav.parents" },
  { to: "/zoeken", label: "nav.search" },
  { to: "/inloggen", label: "nav.signIn" },
];

/** The signed-in person, for the header (null when no one is signed in). */
export interface HeaderAccount {
  email: string;
  csrf: string;
  /** The role works with cases (/casussen). */
  cases: boolean;
  /** The role has a part in /beheer. */
  workspace: boolean;
  /** Unread notifications (/meldingen), for people who hold cases; null for everyone else. */
  notifications: number | null;
}

/** The eye of the Zicht logo (decorative: the name next to it is the text). */
export function LogoMark() {
  return (
    <svg
      className="zicht-logo__mark"
      viewBox="0 0 32 32"
      width="32"
      height="32"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="16" cy="16" r="15" fill="currentColor" />
      <ellipse cx="16" cy="16" rx="10" ry="6" fill="#fff" />
      <circle cx="16" cy="16" r="3.5" fill="currentColor" />
    </svg>
  );
}

/** The button that switches to the other language and comes back to this page (a plain POST form). */
export function LanguageSwitch() {
  const t = useTranslate();
  const locale = useLocale();
  const location = useLocation();
  const otherLocale = locale === "nl" ? "en" : "nl";
  return (
    <Form method="post" action="/taal" className="zicht-language" reloadDocument>
      <input type="hidden" name="lang" value={otherLocale} />
      <input type="hidden" name="terug" value={location.pathname + location.search} />
      <Button
        appearance="subtle"
        className="zicht-language__button"
        lang={otherLocale}
        aria-label={t("shell.switchToLabel")}
      >
        {t("shell.switchTo")}
      </Button>
    </Form>
  );
}

export function SiteHeader({ account }: { account: HeaderAccount | null }) {
  const t = useTranslate();
  const menu = useRef<HTMLDetailsElement>(null);
  const { pathname } = useLocation();
  // With JavaScript a link in the opened phone menu leads to a new page without a reload: close the menu then.
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);
  return (
    <header className="zicht-header">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus zicht-skip-link" href="#inhoud">
        {t("shell.skipLink")}
      </a>
      <div className="zicht-header__bar">
        {/* No aria-label: the visible name and tagline are the link's name (WCAG 2.5.3 label in name). */}
        <Link to="/" className="zicht-logo">
          <LogoMark />
          <span className="zicht-logo__text">
            <span className="zicht-logo__name">{t("app.name")}</span>
            <span className="zicht-logo__tagline">{t("app.tagline")}</span>
          </span>
        </Link>
        {/* Search from every page: a plain GET form to /zoeken (works without JavaScript). */}
        <Form
          method="get"
          action="/zoeken"
          role="search"
          aria-label={t("shell.searchLabel")}
          className="zicht-site-search"
        >
          <label className="zicht-visually-hidden" htmlFor="site-search">
            {t("shell.searchLabel")}
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            className="utrecht-textbox utrecht-textbox--html-input zicht-site-search__input"
            maxLength={200}
          />
          <Button appearance="subtle" className="zicht-site-search__button">
            {t("shell.searchButton")}
          </Button>
        </Form>
        <LanguageSwitch />
        {account ? (
          <Form method="post" action="/uitloggen" className="zicht-language" reloadDocument>
            <input type="hidden" name="csrf" value={account.csrf} />
            <Button appearance="subtle" className="zicht-language__button">
              {t("nav.signOut")}
            </Button>
          </Form>
        ) : null}
      </div>
      {/* On a phone the navigation sits behind a "Menu" button (works without JavaScript); on a wide screen it is always shown. */}
      <details className="zicht-menu" ref={menu}>
        <summary className="zicht-menu__button">{t("shell.menu")}</summary>
        <nav className="zicht-nav" aria-label={t("shell.mainNav")}>
          <ul className="zicht-nav__list">
            {mainNavigation
              .filter((item) => item.to !== "/inloggen")
              .map((item) => (
                <li key={item.to} className="zicht-nav__item">
                  <NavLink to={item.to} className="zicht-nav__link" prefetch="intent">
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
            {account?.cases ? (
              <li className="zicht-nav__item">
                <NavLink to="/casussen" className="zicht-nav__link">
                  {t("nav.cases")}
                </NavLink>
              </li>
            ) : null}
            {account && account.notifications !== null ? (
              <li className="zicht-nav__item">
                <NavLink to="/meldingen" className="zicht-nav__link">
                  {t("nav.notifications", { count: String(account.notifications) })}
                </NavLink>
              </li>
            ) : null}
            {account?.workspace ? (
              <li className="zicht-nav__item">
                <NavLink to="/beheer" className="zicht-nav__link" end>
                  {t("nav.admin")}
                </NavLink>
              </li>
            ) : null}
            <li className="zicht-nav__item">
              {account ? (
                <NavLink
                  to="/account"
                  className="zicht-nav__link"
                  aria-label={t("nav.account", { name: account.email })}
                >
                  {account.email}
                </NavLink>
              ) : (
                <NavLink to="/inloggen" className="zicht-nav__link">
                  {t("nav.signIn")}
                </NavLink>
              )}
            </li>
          </ul>
        </nav>
      </details>
    </header>
  );
}
