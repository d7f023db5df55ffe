import DataLoader from "dataloader";
import { In } from "typeorm";
import type { Database } from "../../db/database";
import { FundFollowUpDetails, JointRequisitionMember, NgoApplicationDetails, Requisition } from "./development-fund.entities";

function one<T extends { applicationId: number }>(ids: readonly number[], rows: T[]): (T | null)[] {
  return ids.map((id) => rows.find((r) => r.applicationId === id) ?? null);
}

export function createDevelopmentFundLoaders(db: Database) {
  return {
    requisitionByApplicationId: new DataLoader<number, Requisition | null>(async (ids) => one(ids, await db.manager.findBy(Requisition, { applicationId: In([...ids]) }))),
    jointMembersByApplicationId: new DataLoader<number, JointRequisitionMember[]>(async (ids) => {
      const rows = await db.manager.findBy(JointRequisitionMember, { applicationId: In([...ids]) });
      return ids.map((id) => rows.filter((r) => r.applicationId === id));
    }),
    ngoDetailsByApplicationId: new DataLoader<number, NgoApplicationDetails | null>(async (ids) => one(ids, await db.manager.findBy(NgoApplicationDetails, { applicationId: In([...ids]) }))),
    fundFollowUpByApplicationId: new DataLoader<number, FundFollowUpDetails | null>(async (ids) => one(ids, await db.manager.findBy(FundFollowUpDetails, { applicationId: In([...ids]) }))),
  };
}
