import type { CatalogueSection } from "./types";

/** Länets arbete: the county's own work. */
export const countyWorkMessages: CatalogueSection = {
  messages: {
    "countyWork.strategy-status": {
      sv: { title: "Strategi: {strategy}", body: "{strategy} har nu status {status}." },
      en: { title: "Strategy: {strategy}", body: "{strategy} now has the status {status}." },
    },
  },
};
