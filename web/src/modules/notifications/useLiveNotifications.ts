import { useApolloClient } from "@apollo/client/react";
import { useEffect } from "react";

/**
 * Keeps the unread count (and an open notifications page) current without a reload: the server
 * sends an event when a notification arrives for the signed-in user, from whichever server process
 * wrote it, and the queries that show notifications are read again. The browser reconnects by itself
 * after a lost connection.
 */
export function useLiveNotifications() {
  const client = useApolloClient();
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const source = new EventSource("/api/notifications/events");
    const refresh = () => void client.refetchQueries({ include: ["UnreadNotificationCount", "Notifications"] }).catch(() => undefined);
    source.addEventListener("notification", refresh);
    return () => source.close();
  }, [client]);
}
