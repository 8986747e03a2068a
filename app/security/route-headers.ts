import type { HeadersArgs } from "react-router";

/**
 * A route's own answer headers that must reach the browser. React Router
 * passes on only cookies from a loader or action unless the route exports
 * `headers`; a route that answers 429 exports this, so `Retry-After` says
 * how long to wait.
 */
const passedOn = ["Retry-After"];

export function passOnHeaders({ actionHeaders, loaderHeaders, errorHeaders, parentHeaders }: HeadersArgs) {
  const headers = new Headers(parentHeaders);
  for (const source of [loaderHeaders, actionHeaders, errorHeaders]) {
    for (const name of passedOn) {
      const value = source?.get(name);
      if (value) headers.set(name, value);
    }
  }
  return headers;
}
