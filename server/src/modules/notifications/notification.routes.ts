import type { Express, Request } from "express";
import type { Actor } from "../../auth/actor";
import { authenticatedRoute } from "../../shared/http";
import type { NotificationFeed } from "./notification.feed";

/** The signed-in user's live notifications, as server-sent events (`unread` on connecting, `notification` when one arrives). */
export function registerNotificationRoutes(app: Express, feed: NotificationFeed, resolveActor: (req: Request) => Promise<Actor | null>) {
  app.get(
    "/api/notifications/events",
    authenticatedRoute(resolveActor, async (actor, _req, res) => {
      await feed.subscribe(actor.userId, res);
    }),
  );
}
