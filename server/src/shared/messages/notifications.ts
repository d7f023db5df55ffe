import type { CatalogueSection } from "./types";

/** The daily digest of notifications. */
export const notificationMessages: CatalogueSection = {
  messages: {
    "notifications.digest": {
      sv: {
        title: "Samverka: {count} olästa aviseringar sedan förra sammanfattningen",
        body: "Hej!\n\nDet här har hänt i Samverka sedan förra sammanfattningen och är oläst:\n\n{items}\n\nAlla dina aviseringar finns här:",
      },
      en: {
        title: "Samverka: {count} unread notifications since the last digest",
        body: "Hello,\n\nThis has happened in Samverka since the last digest and is unread:\n\n{items}\n\nAll your notifications are here:",
      },
    },
  },
};
