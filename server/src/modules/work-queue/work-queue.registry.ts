import type { Database } from "../../db/database";
import type { NetworkService } from "../networks/network.service";
import type { QuestionnaireService } from "../questionnaires/questionnaire.service";
import type { TrainingService } from "../trainings/training.service";
import { developmentFundWorkQueueProviders } from "../development-funds/development-fund.work-queue";
import { grantWorkQueueProviders } from "../grants/grant.work-queue";
import { networkWorkQueueProviders } from "../networks/network.work-queue";
import { questionnaireWorkQueueProviders } from "../questionnaires/questionnaire.work-queue";
import { trainingWorkQueueProviders } from "../trainings/training.work-queue";
import type { WorkQueueProvider } from "./work-queue.types";

/** Every domain's contribution to the start page's queue. A new kind of work registers here. */
export function workQueueProviders(
  db: Database,
  services: { trainings: TrainingService; networks: NetworkService; questionnaires: QuestionnaireService },
): WorkQueueProvider[] {
  return [
    ...grantWorkQueueProviders(db),
    ...networkWorkQueueProviders(db, services.networks),
    ...developmentFundWorkQueueProviders(db),
    ...trainingWorkQueueProviders(db, services.trainings),
    ...questionnaireWorkQueueProviders(db, services.questionnaires),
  ];
}
