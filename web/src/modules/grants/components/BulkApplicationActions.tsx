import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { ConfirmDialog } from "../../../app/ui/ConfirmDialog";
import { Dialog } from "../../../app/ui/Dialog";
import type { GrantApplicationAction, GrantApplicationRowFragment, GrantCallFieldsFragment } from "../../../generated/graphql";
import { RemindGrantCompletionsMutation } from "../operations";
import { CompletionRequestForm } from "./CompletionRequestForm";
import { ConsultationRequestForm } from "./ConsultationRequestForm";

/** The actions an officer can take on many applications at once, in the order the bar shows them. */
const BULK: GrantApplicationAction[] = ["REQUEST_CONSULTATION", "REQUEST_COMPLETION", "REMIND_COMPLETION"];
type Open = GrantApplicationAction | null;

interface Props {
  call: GrantCallFieldsFragment;
  /** The selected applications of the page. */
  rows: GrantApplicationRowFragment[];
  onDone(message: string): void;
  onClear(): void;
}

/**
 * The bar over a selection of applications: the actions the server offers for every selected
 * application (the intersection of their `availableActions`), each confirmed with the count,
 * and the export of the selection.
 */
export function BulkApplicationActions({ call, rows, onDone, onClear }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const [error, setError] = useState<string | null>(null);
  const [remind, remindState] = useMutation(RemindGrantCompletionsMutation, { refetchQueries: ["GrantApplications"] });
  const ids = rows.map((r) => r.id);
  const count = ids.length;
  const common = BULK.filter((action) => rows.every((r) => r.availableActions.includes(action)));

  const close = () => {
    setOpen(null);
    setError(null);
  };
  const done = (message: string) => {
    close();
    onClear();
    onDone(message);
  };

  return (
    <section className="card bulk-actions" aria-labelledby="bulk-actions-heading">
      <h3 id="bulk-actions-heading">{t("grants.bulk.heading", { count })}</h3>
      {common.length === 0 && <p>{t("grants.bulk.noCommon")}</p>}
      <div className="button-row">
        {common.includes("REQUEST_CONSULTATION") && (
          <button type="button" className="button" onClick={() => setOpen("REQUEST_CONSULTATION")}>
            {t("grants.consult.submitMany", { count })}
          </button>
        )}
        {common.includes("REQUEST_COMPLETION") && (
          <button type="button" className="button button--secondary" onClick={() => setOpen("REQUEST_COMPLETION")}>
            {t("grants.bulk.completionSubmit", { count })}
          </button>
        )}
        {common.includes("REMIND_COMPLETION") && (
          <button type="button" className="button button--secondary" onClick={() => setOpen("REMIND_COMPLETION")}>
            {t("grants.bulk.remind", { count })}
          </button>
        )}
        <a href={`/api/grant-calls/${call.id}/applications.csv?ids=${ids.join(",")}`} download className="button button--secondary">
          {t("grants.bulk.export")}
        </a>
        <button type="button" className="button button--secondary" onClick={onClear}>
          {t("grants.bulk.clear")}
        </button>
      </div>

      <Dialog open={open === "REQUEST_CONSULTATION"} title={t("grants.bulk.consultTitle", { count })} onClose={close}>
        <p>{t("grants.bulk.consultIntro", { body: call.consultationOrganisation?.name ?? "–" })}</p>
        <p>{t("grants.bulk.allOrNothing")}</p>
        <ConsultationRequestForm
          idPrefix="consult-many"
          applicationIds={ids}
          call={call}
          submitLabel={t("grants.consult.submitMany", { count })}
          onCancel={close}
          onDone={(n) => done(t("grants.consult.doneMany", { count: n }))}
        />
      </Dialog>
      <Dialog open={open === "REQUEST_COMPLETION"} title={t("grants.bulk.completionTitle", { count })} onClose={close}>
        <p>{t("grants.bulk.allOrNothing")}</p>
        <CompletionRequestForm
          applicationIds={ids}
          submitLabel={t("grants.bulk.completionSubmit", { count })}
          onCancel={close}
          onDone={(n) => done(t("grants.bulk.completionDone", { count: n }))}
        />
      </Dialog>
      <ConfirmDialog
        open={open === "REMIND_COMPLETION"}
        title={t("grants.bulk.remindTitle", { count })}
        confirmLabel={t("grants.bulk.remind", { count })}
        busy={remindState.loading}
        error={error}
        onClose={close}
        onConfirm={() =>
          void remind({ variables: { applicationIds: ids } }).then(
            (res) => done(t("grants.bulk.remindDone", { count: res.data?.remindGrantCompletions.length ?? count })),
            (err: unknown) => setError(errorInfo(err).message),
          )
        }
      >
        <p>{t("grants.bulk.remindBody")}</p>
        <p>{t("grants.bulk.allOrNothing")}</p>
      </ConfirmDialog>
    </section>
  );
}
