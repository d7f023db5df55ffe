import type { EntityManager } from "typeorm";
import {
  AREA_PREFIX,
  AREAS,
  ASSESSMENT,
  type CodedAnswer,
  COORDINATOR_FUNDED,
  ensureFollowUpForm,
  GROUPS,
  METHODS,
  PLACEMENT,
  recordCodedFollowUps,
  TARGET_GROUPS,
} from "../modules/development-funds/follow-up-form";
import type { DevelopmentFundRound } from "../modules/development-funds/development-fund.entities";
import type { GrantApplication } from "../modules/grants/grant-application.entity";
import { questionnaireQuestions } from "../modules/questionnaires/questionnaire.service";

const PLACES = ["FORVALTNINGSOVERGRIPANDE", "SOCIALTJANST_ENHET", "HANDLAGGARE", "EXTERN"];

/** A fixed pseudo-random number per organisation, year and purpose: the demo looks the same on every start. */
function roll(orgId: number, year: number, salt: number): number {
  let h = (orgId * 2654435761 + year * 40503 + salt * 97) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995) >>> 0;
  return ((h ^ (h >>> 15)) >>> 0) % 100;
}

/**
 * DEMO DATA. Coded follow-ups (återrapportering) for the kommuner's reported requisitions of a
 * history round, through the same form and storage as a real follow-up: placement of the
 * coordinator, groups, methods and the used amount split over two areas. More kommuner report
 * each later year, as in Tabell 3–5 of the final report; which kommun said what is invented.
 */
export async function writeDemoFollowUps(m: EntityManager, round: DevelopmentFundRound, apps: GrantApplication[]): Promise<void> {
  const formId = await ensureFollowUpForm(m, round);
  const ids = new Map((await questionnaireQuestions(m, formId)).map((i) => [i.question.code, i.question.id]));
  const t = Math.max(0, round.year - 2015) * 6;
  const areas = Object.keys(AREAS).filter((a) => a !== "OTHER");
  const rows = apps
    .filter((a) => (a.usedAmount ?? 0) > 0)
    .map((a) => {
      const r = (salt: number) => roll(a.organisationId, round.year, salt);
      const answer = (code: string, value: CodedAnswer["value"]): CodedAnswer => ({ questionId: ids.get(code)!, value, otherText: null, comment: null });
      const first = areas[r(1) % areas.length];
      const second = areas[r(2) % areas.length];
      const used = a.usedAmount ?? 0;
      const share = first === second ? used : Math.round(used * 0.6);
      const amounts = new Map<string, number>([[first, share]]);
      amounts.set(second, (amounts.get(second) ?? 0) + used - share);
      return {
        organisationId: a.organisationId,
        userId: null,
        answers: [
          answer(PLACEMENT, { choice: r(3) < 35 + t ? PLACES[r(4) % PLACES.length] : "NONE" }),
          answer(COORDINATOR_FUNDED, { choice: r(5) < 40 + t ? "YES" : "NO" }),
          answer(GROUPS, { choices: Object.keys(TARGET_GROUPS).filter((_, i) => r(10 + i) < 15 + t + (i === 0 ? 10 : 0)) }),
          answer(ASSESSMENT, { choices: Object.keys(METHODS).filter((_, i) => r(20 + i) < (i === 0 ? 25 : 10) + t) }),
          ...[...amounts].map(([area, kr]) => answer(AREA_PREFIX + area, { number: kr })),
        ],
      };
    });
  await recordCodedFollowUps(m, formId, rows);
}
