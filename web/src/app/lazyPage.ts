import { type ComponentType, lazy, type LazyExoticComponent } from "react";

/**
 * A page (or a portal's layout) whose code is loaded when a route first shows it: `name` is its
 * named export. The signed-in layout shows "Laddar…" meanwhile (a Suspense boundary around its
 * outlet); a chunk that fails to load (say, after a new version was deployed) reaches the route's
 * error page, which offers a reload.
 */
export function lazyPage<M extends Record<K, ComponentType>, K extends keyof M & string>(load: () => Promise<M>, name: K): LazyExoticComponent<M[K]> {
  return lazy(async () => ({ default: (await load())[name] }));
}
