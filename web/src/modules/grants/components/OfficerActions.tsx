import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { formatAmount, formatDate } from "../../../app/format";
import { useSession } from "../../../app/session";
import { ConfirmDialog } from "../../../app/ui/ConfirmDialog";
import { Dialog } from "../../../app/ui/Dialog";
import type { GrantApplicationFieldsFragment } from "../../../generated/graphql";
import { DecideGrantApplicationMutation, MarkGrantPaidMutation, MarkRepaymentReceivedMutation, RemindGrantCompletionsMutation } from "../operations";
import { CompletionRequestForm } from "./CompletionRequestForm";
import { ConsultationRequestForm } from "./ConsultationRequestForm";
import { DecisionForm } from "./DecisionForm";

type Open = "completion" | "remind" | "consultation" | "decision" | "paid" | "repaid" | null;

/** What Socialstyrelsen can do with the application in its present state, as the server offers it. */
export function OfficerActions({ app, onDone }: { app: GrantApplicationFieldsFragment; onDone(message: string): void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [open, setOpen] = useState<Open>(null);
  const [error, setError] = useState<string | null>(null);
  const [markPaid, paidState] = useMutation(MarkGrantPaidMutation, { refetchQueries: ["GrantApplications"] });
  const [markRepaid, repaidState] = useMutation(MarkRepaymentReceivedMutation, { refetchQueries: ["GrantApplications"] });
  const [remindApplicant, remindState] = useMutation(RemindGrantCompletionsMutation);
  const [decideApplication, decideState] = useMutation(DecideGrantApplicationMutation, {
    refetchQueries: ["GrantApplications", "GrantCallFigures", "GrantCallsOverview"],
  });

  const offered = new Set(app.availableActions);
  const consult = offered.has("REQUEST_CONSULTATION");
  const complete = offered.has("REQUEST_COMPLETION");
  const decide = offered.has("DECIDE");
  const pay = offered.has("MARK_PAID");
  const repaid = offered.has("MARK_REPAID");
  const remind = offered.has("REMIND_COMPLETION");
  // The server gives the first day of a decision without an opinion while the answer is awaited.
  const pending = can("grant.decide") && !!app.decidableWithoutOpinionFrom && !decide;
  if (!consult && !complete && !remind && !decide && !pay && !repaid && !pending) return null;

  const close = () => {
    setOpen(null);
    setError(null);
  };
  const done = (message: string) => {
    close();
    onDone(message);
  };

  async function run(action: () => Promise<unknown>, message: string) {
    try {
      await action();
      done(message);
    } catch (err) {
      setError(errorInfo(err).message);
    }
  }

  const latest = app.consultations[app.consultations.length - 1];
  return (
    <section className="section card actions-panel" aria-labelledby="officer-actions-heading">
      <h2 id="officer-actions-heading">{t("grants.actions.heading")}</h2>
      {pending && latest && (
        <p>
          {t("grants.actions.awaitingOpinion", {
            body: latest.organisation.name,
            due: formatDate(latest.dueDate),
            from: app.decidableWithoutOpinionFrom ? formatDate(app.decidableWithoutOpinionFrom) : "–",
          })}
        </p>
      )}
      {decide && app.decidableWithoutOpinion && latest && (
        <p className="notice">{t("grants.actions.withoutOpinion", { body: latest.organisation.name, due: formatDate(latest.dueDate) })}</p>
      )}
      <div className="button-row">
        {decide && (
          <button type="button" className="button" onClick={() => setOpen("decision")}>
            {t("grants.actions.decide")}
          </button>
        )}
        {consult && (
          <button type="button" className="button button--secondary" onClick={() => setOpen("consultation")}>
            {t("grants.actions.sendForConsultation")}
          </button>
        )}
        {complete && (
          <button type="button" className="button button--secondary" onClick={() => setOpen("completion")}>
            {t("grants.actions.requestCompletion")}
          </button>
        )}
        {remind && (
          <button type="button" className="button button--secondary" onClick={() => setOpen("remind")}>
            {t("grants.actions.remindCompletion")}
          </button>
        )}
        {pay && (
          <button type="button" className="button" onClick={() => setOpen("paid")}>
            {t("grants.actions.markPaid")}
          </button>
        )}
        {repaid && (
          <button type="button" className="button" onClick={() => setOpen("repaid")}>
            {t("grants.actions.markRepaid")}
          </button>
        )}
      </div>

      <Dialog open={open === "completion"} title={t("grants.actions.requestCompletion")} onClose={close}>
        <CompletionRequestForm applicationId={app.id} onCancel={close} onDone={() => done(t("grants.completion.done"))} />
      </Dialog>
      <Dialog open={open === "consultation"} title={t("grants.actions.sendForConsultation")} onClose={close}>
        <ConsultationRequestForm
          idPrefix="consult-one"
          applicationIds={[app.id]}
          call={app.call}
          submitLabel={t("grants.actions.sendForConsultation")}
          onCancel={close}
          onDone={() => done(t("grants.consult.doneOne"))}
        />
      </Dialog>
      <Dialog open={open === "decision"} title={t("grants.actions.decide")} onClose={close}>
        <DecisionForm
          app={app}
          idPrefix="decision"
          ns="grants.decision"
          outcomeNs="decisionOutcome"
          reviewLabel={t("grants.actions.decide")}
          finalNote={t("grants.decision.irreversible")}
          warning={
            app.decidableWithoutOpinion && latest
              ? t("grants.actions.withoutOpinion", { body: latest.organisation.name, due: formatDate(latest.dueDate) })
              : undefined
          }
          summary={<p>{t("grants.decision.requested", { amount: formatAmount(app.requestedAmount) })}</p>}
          decide={(input) => decideApplication({ variables: { id: app.id, input } })}
          busy={decideState.loading}
          onCancel={close}
          onDone={() => done(t("grants.decision.done"))}
        />
      </Dialog>
      <ConfirmDialog
        open={open === "remind"}
        title={t("grants.actions.remindTitle")}
        confirmLabel={t("grants.actions.remindCompletion")}
        busy={remindState.loading}
        error={error}
        onClose={close}
        onConfirm={() => void run(() => remindApplicant({ variables: { applicationIds: [app.id] } }), t("grants.actions.remindDone"))}
      >
        <p>{t("grants.actions.remindBody", { organisation: app.organisation.name, date: app.completionDueDate ? formatDate(app.completionDueDate) : "–" })}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={open === "paid"}
        title={t("grants.payout.confirmPaidTitle")}
        confirmLabel={t("grants.actions.markPaid")}
        busy={paidState.loading}
        error={error}
        onClose={close}
        onConfirm={() => void run(() => markPaid({ variables: { id: app.id } }), t("grants.payout.paidDone"))}
      >
        <p>{t("grants.payout.confirmPaidBody", { amount: formatAmount(app.grantedAmount ?? 0), organisation: app.organisation.name })}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={open === "repaid"}
        title={t("grants.payout.confirmRepaidTitle")}
        confirmLabel={t("grants.actions.markRepaid")}
        busy={repaidState.loading}
        error={error}
        onClose={close}
        onConfirm={() => void run(() => markRepaid({ variables: { id: app.id } }), t("grants.payout.repaidDone"))}
      >
        <p>{t("grants.payout.confirmRepaidBody", { amount: formatAmount(app.repaymentAmount ?? 0), organisation: app.organisation.name })}</p>
      </ConfirmDialog>
    </section>
  );
}
