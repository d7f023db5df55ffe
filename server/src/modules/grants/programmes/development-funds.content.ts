import { In } from "typeorm";
import { NgoApplicationDetails, Requisition } from "../../development-funds/development-fund.entities";
import { type ApplicationContentStore, emptyContent } from "./application-content";

/** A requisition's content: the planned use and the contact person, beside its payment details. */
export const requisitionContent: ApplicationContentStore = {
  async load(m, ids) {
    const rows = ids.length
      ? await m.find(Requisition, {
          select: { applicationId: true, plannedUse: true, contactName: true, contactEmail: true },
          where: { applicationId: In([...ids]) },
        })
      : [];
    return new Map(
      rows.map((r) => [r.applicationId, { ...emptyContent(), budgetLines: r.plannedUse, contactName: r.contactName, contactEmail: r.contactEmail }]),
    );
  },
  async save(m, applicationId, c) {
    await m.update(Requisition, { applicationId }, { plannedUse: c.budgetLines, contactName: c.contactName, contactEmail: c.contactEmail });
  },
  // A requisition is complete when it is made (the requisition's own input says so).
  required: new Set(),
};

/** An NGO application's content: its description (the purpose), target groups, period, budget and contact, beside its details. */
export const ngoContent: ApplicationContentStore = {
  async load(m, ids) {
    const rows = ids.length
      ? await m.find(NgoApplicationDetails, {
          select: {
            applicationId: true,
            description: true,
            targetGroups: true,
            periodStart: true,
            periodEnd: true,
            budgetLines: true,
            contactName: true,
            contactEmail: true,
          },
          where: { applicationId: In([...ids]) },
        })
      : [];
    return new Map(
      rows.map((r) => [
        r.applicationId,
        {
          ...emptyContent(),
          purpose: r.description,
          targetGroups: r.targetGroups,
          periodStart: r.periodStart,
          periodEnd: r.periodEnd,
          budgetLines: r.budgetLines,
          contactName: r.contactName,
          contactEmail: r.contactEmail,
        },
      ]),
    );
  },
  async save(m, applicationId, c) {
    await m.update(
      NgoApplicationDetails,
      { applicationId },
      {
        description: c.purpose,
        targetGroups: c.targetGroups,
        periodStart: c.periodStart,
        periodEnd: c.periodEnd,
        budgetLines: c.budgetLines,
        contactName: c.contactName,
        contactEmail: c.contactEmail,
      },
    );
  },
  required: new Set(["purpose", "targetGroups", "periodStart", "periodEnd", "budgetLines", "contactName", "contactEmail"]),
};
