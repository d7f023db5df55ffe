import { In } from "typeorm";
import { StimulusApplicationContent } from "../stimulus-application-content.entity";
import { normalisePurposes } from "../stimulus-purpose";
import { type ApplicationContentStore, CONTENT_FIELDS } from "./application-content";

/** A stimulus application's content: every field, in `stimulus_application_content`. */
export const stimulusContent: ApplicationContentStore = {
  async load(m, ids) {
    const rows = ids.length ? await m.findBy(StimulusApplicationContent, { applicationId: In([...ids]) }) : [];
    return new Map(
      rows.map((r) => [
        r.applicationId,
        {
          purpose: r.purpose,
          plannedActivities: r.plannedActivities,
          targetGroups: r.targetGroups,
          periodStart: r.periodStart,
          periodEnd: r.periodEnd,
          budgetLines: r.budgetLines,
          contactName: r.contactName,
          contactEmail: r.contactEmail,
          contactPhone: r.contactPhone,
          purposeCategories: normalisePurposes(r.purposeCategories),
        },
      ]),
    );
  },
  async save(m, applicationId, c) {
    await m.save(StimulusApplicationContent, { applicationId, ...c });
  },
  required: new Set(CONTENT_FIELDS.filter((f) => f !== "contactPhone")),
};
