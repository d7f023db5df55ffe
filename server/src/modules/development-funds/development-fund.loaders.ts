import DataLoader from "dataloader";
import { byKey, groupBy } from "../../graphql/batch";
import { In } from "typeorm";
import type { Database } from "../../db/database";
import { type FollowUpAnswer, followUpAnswersOf, partialReportAnswersOf } from "./follow-up-form";
import { FundFollowUpDetails, JointRequisitionMember, NgoApplicationDetails, Requisition } from "./development-fund.entities";

const one = <T extends { applicationId: number }>(ids: readonly number[], rows: T[]) => byKey(ids, rows, (r) => r.applicationId);

export function createDevelopmentFundLoaders(db: Database) {
  return {
    requisitionByApplicationId: new DataLoader<number, Requisition | null>(async (ids) =>
      one(ids, await db.manager.findBy(Requisition, { applicationId: In([...ids]) })),
    ),
    jointMembersByApplicationId: new DataLoader<number, JointRequisitionMember[]>(async (ids) =>
      groupBy(ids, await db.manager.findBy(JointRequisitionMember, { applicationId: In([...ids]) }), (r) => r.applicationId),
    ),
    ngoDetailsByApplicationId: new DataLoader<number, NgoApplicationDetails | null>(async (ids) =>
      one(ids, await db.manager.findBy(NgoApplicationDetails, { applicationId: In([...ids]) })),
    ),
    followUpAnswersByApplicationId: new DataLoader<number, FollowUpAnswer[]>((ids) => followUpAnswersOf(db.manager, ids)),
    answersByPartialReportId: new DataLoader<number, FollowUpAnswer[]>((ids) => partialReportAnswersOf(db.manager, ids)),
    fundFollowUpByApplicationId: new DataLoader<number, FundFollowUpDetails | null>(async (ids) =>
      one(ids, await db.manager.findBy(FundFollowUpDetails, { applicationId: In([...ids]) })),
    ),
  };
}
